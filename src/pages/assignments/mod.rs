//! Assignment screens: the list with creation from a template (`/assignments`), and one
//! assignment (`/assignments/:id`) with its autosaving details, objectives, readiness score and
//! its explanation, the readiness checklist and the risk register. Every change goes through
//! the methods of [`crate::domain::assignment::Assignment`]; these screens only call them.

mod checklist;
mod detail;
mod list;
mod readiness;
mod risks;

pub use detail::AssignmentPage;
pub use list::AssignmentsPage;

use crate::browser;
use crate::domain::assignment::{validate, Assignment, AssignmentError, AssignmentType};
use crate::domain::date::Date;
use crate::domain::record::kinds;
use crate::i18n::{AssignmentKey as K, Lang};
use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::NavigateOptions;

/// The assignment as stored now (None when missing, deleted or of another kind).
fn stored(state: AppState, id: &str) -> Option<Assignment> {
    state
        .records
        .with_untracked(|m| m.get(id).cloned())
        .filter(|r| !r.deleted && r.kind == kinds::ASSIGNMENT)
        .and_then(|r| r.view::<Assignment>().ok())
}

/// The assignment as stored, tracked: screens follow saves, other tabs and imports.
fn live(state: AppState, id: StoredValue<String>) -> Memo<Option<Assignment>> {
    Memo::new(move |_| {
        state.records.with(|m| {
            m.get(&id.get_value())
                .filter(|r| !r.deleted && r.kind == kinds::ASSIGNMENT)
                .and_then(|r| r.view::<Assignment>().ok())
        })
    })
}

/// Applies an edit to the assignment as stored now and saves it, unless the edit introduces a
/// validation error (those are returned, nothing is saved; errors that were there before do
/// not block it). Ok(false) when the edit changed nothing.
fn act(
    state: AppState,
    id: &str,
    f: impl FnOnce(&mut Assignment) -> bool,
) -> Result<bool, Vec<AssignmentError>> {
    let Some(before) = stored(state, id) else {
        return Ok(false);
    };
    let mut after = before.clone();
    if !f(&mut after) {
        return Ok(false);
    }
    let old = validate(&before);
    let new: Vec<AssignmentError> = validate(&after)
        .into_iter()
        .filter(|e| !old.contains(e))
        .collect();
    if !new.is_empty() {
        return Err(new);
    }
    state.save_view(kinds::ASSIGNMENT, id, &after);
    Ok(true)
}

/// Creates an assignment of type `t` from its template and opens it (`?new=1`: left
/// untouched, it is discarded on close, so a mis-tap leaves nothing behind).
fn create(state: AppState, t: AssignmentType, navigate: &impl Fn(&str, NavigateOptions)) {
    let id = browser::new_id();
    let indonesian = state.lang.get_untracked() == Lang::Id;
    let a = Assignment::from_template(t, indonesian, &mut browser::new_id);
    state.save_view(kinds::ASSIGNMENT, &id, &a);
    navigate(&format!("/assignments/{id}?new=1"), Default::default());
}

/// The message for a validation error.
fn error_key(e: &AssignmentError) -> K {
    match e {
        AssignmentError::TextTooLong { .. } => K::ErrTooLong,
        AssignmentError::StartOutOfRange | AssignmentError::EndOutOfRange => K::ErrDateRange,
        AssignmentError::EndBeforeStart => K::ErrEndBeforeStart,
        AssignmentError::TooManyCompetencies { .. } => K::ErrTooManyCompetencies,
        AssignmentError::TooManyItems { .. } => K::ErrTooManyItems,
        AssignmentError::ItemTextEmpty { .. } => K::ErrItemEmpty,
        AssignmentError::ItemTextTooLong { .. } => K::ErrItemTooLong,
        AssignmentError::ItemNoteTooLong { .. } => K::ErrNoteTooLong,
        AssignmentError::ItemDueOutOfRange { .. } => K::ErrItemDue,
        AssignmentError::ItemEvidenceNotLink { .. } => K::ErrEvidence,
        AssignmentError::TooManyRisks { .. } => K::ErrTooManyRisks,
        AssignmentError::RiskTitleEmpty { .. } => K::ErrRiskTitleEmpty,
        AssignmentError::RiskTextTooLong { .. } => K::ErrRiskTooLong,
    }
}

/// Several messages as one string (None when there are none).
fn messages(lang: Lang, keys: &[K]) -> Option<String> {
    let mut keys = keys.to_vec();
    keys.dedup();
    (!keys.is_empty()).then(|| {
        keys.iter()
            .map(|k| lang.t(*k))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// A date typed into a date field: empty is None; text that is not a date is an error.
fn parse_date(text: &str) -> Result<Option<Date>, ()> {
    let t = text.trim();
    if t.is_empty() {
        Ok(None)
    } else {
        Date::parse(t).map(Some).ok_or(())
    }
}

/// The chevron of a details toggle (decorative: the button carries the name).
fn chevron() -> AnyView {
    view! {
        <svg class="icon asg-chevron" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
    .into_any()
}
