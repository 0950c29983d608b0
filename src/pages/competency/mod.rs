//! Competency self-assessment screens: the overview (`/competencies`: start or resume an
//! assessment, latest results, trend, all assessments, frameworks and sources), one assessment
//! (`/competencies/assessment/:id`: the rating flow while in progress, the results once
//! completed) and one framework (`/competencies/framework/:id`: read-only for the built-in ones,
//! editable for the person's own). The arithmetic lives in [`crate::domain::competency`].

mod assessment;
mod evidence;
mod flow;
mod framework;
mod list;
pub(crate) mod radar;
mod results;

pub use assessment::AssessmentPage;
pub use framework::FrameworkPage;
pub use list::CompetenciesPage;

use crate::browser;
use crate::domain::competency::assessment::{Assessment, Dated};
use crate::domain::competency::builtin::{self, Language};
use crate::domain::competency::framework::Framework;
use crate::domain::record::kinds;
use crate::domain::sort::OneSort;
use crate::i18n::competency_strings::level_name;
use crate::i18n::{CompetencyKey, Lang};
use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::NavigateOptions;

/// Fills `{name}` placeholders of a translated template.
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut s = template.to_string();
    for (name, value) in values {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}

pub(crate) fn language(lang: Lang) -> Language {
    match lang {
        Lang::Id => Language::Indonesian,
        Lang::En => Language::English,
    }
}

/// "Level 3 · Intermediate".
pub(crate) fn level_label(lang: Lang, level: u8) -> String {
    format!(
        "{} · {}",
        fill(lang.t(CompetencyKey::LevelN), &[("n", &level.to_string())]),
        lang.t(level_name(level))
    )
}

/// A table cell's level: the number, or a dash that reads as "not assessed" (or whatever
/// `none` says) to assistive technology, which keeps the numeric columns narrow on a phone.
pub(crate) fn level_cell(level: Option<u8>, none: CompetencyKey) -> impl IntoView {
    let state = crate::state::use_state();
    match level {
        Some(l) => view! { <span>{l.to_string()}</span> }.into_any(),
        None => view! {
            <span aria-hidden="true">"–"</span>
            <span class="visually-hidden">{move || state.t(none)}</span>
        }
        .into_any(),
    }
}

/// A framework by id: a built-in one in the current language, or a live custom record.
/// Reactive (language and records) when called inside a reactive scope.
pub(crate) fn find_framework(state: AppState, id: &str) -> Option<Framework> {
    if builtin::is_builtin(id) {
        return builtin::framework(id, language(state.lang.get()));
    }
    // Through `views`, so a screen re-runs for framework changes only, not for every entry.
    state
        .views::<Framework>(kinds::FRAMEWORK)
        .into_iter()
        .find_map(|(fid, f)| (fid == id).then_some(f))
}

/// Every framework the person can use: the built-in ones first, then their own by name.
pub(crate) fn all_frameworks(state: AppState) -> Vec<(String, Framework)> {
    let lang = language(state.lang.get());
    let mut own = state.views::<Framework>(kinds::FRAMEWORK);
    own.one_sort_by(|a, b| {
        a.1.name
            .to_lowercase()
            .cmp(&b.1.name.to_lowercase())
            .then_with(|| a.0.cmp(&b.0))
    });
    builtin::IDS
        .iter()
        .filter_map(|id| builtin::framework(id, lang).map(|f| (id.to_string(), f)))
        .chain(own)
        .collect()
}

/// Every live assessment with its creation stamp (for same-day order), in no particular order.
pub(crate) fn dated_assessments(state: AppState) -> Vec<Dated> {
    let views = state.views::<Assessment>(kinds::ASSESSMENT);
    state.records.with_untracked(|m| {
        views
            .into_iter()
            .map(|(id, assessment)| Dated {
                created: m.get(&id).map(|r| r.created.clone()).unwrap_or_default(),
                id,
                assessment,
            })
            .collect()
    })
}

/// The framework's name for lists, or "Untitled".
pub(crate) fn framework_name(lang: Lang, f: Option<&Framework>) -> String {
    match f.map(|f| f.name.trim()) {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => lang.t(CompetencyKey::Untitled).to_string(),
    }
}

/// Creates an in-progress assessment of `framework_id` dated today and opens its first card.
pub(crate) fn start_assessment(
    state: AppState,
    framework_id: &str,
    navigate: &impl Fn(&str, NavigateOptions),
) {
    let id = browser::new_id();
    let a = Assessment::new(framework_id, browser::today());
    state.save_view(kinds::ASSESSMENT, &id, &a);
    navigate(
        &format!("/competencies/assessment/{id}"),
        Default::default(),
    );
}

/// The assessment as stored now (untracked), for actions that change it.
pub(crate) fn stored_assessment(state: AppState, id: &str) -> Option<Assessment> {
    state
        .records
        .with_untracked(|m| m.get(id).cloned())
        .filter(|r| !r.deleted && r.kind == kinds::ASSESSMENT)
        .and_then(|r| r.view::<Assessment>().ok())
}

/// Applies a change to the assessment as stored now and saves it when it changed something.
/// Starting from the stored value means an action never undoes a concurrent save.
pub(crate) fn change_assessment(
    state: AppState,
    id: &str,
    f: impl FnOnce(&mut Assessment) -> bool,
) -> bool {
    let Some(mut a) = stored_assessment(state, id) else {
        return false;
    };
    if !f(&mut a) {
        return false;
    }
    state.save_view(kinds::ASSESSMENT, id, &a);
    true
}
