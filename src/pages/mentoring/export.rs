//! The calendar download: planned sessions and the cadence reminders, worded in the user's
//! language, written by [`crate::domain::mentoring::ics`] and saved as a `text/calendar` file.

use super::{figures_for, fill, name_of};
use crate::browser;
use crate::domain::mentoring::ics::{self, Event};
use crate::domain::mentoring::person::{Person, PersonStatus};
use crate::domain::mentoring::session::{last_held, Session};
use crate::domain::record::kinds;
use crate::i18n::mentoring_messages as labels;
use crate::i18n::MentoringScreensKey;
use crate::i18n::{Lang, MentoringKey as K};
use crate::state::AppState;
use crate::transfer::files;
use leptos::prelude::*;

/// Why nothing was saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExportProblem {
    Nothing,
    Refused,
}

impl ExportProblem {
    pub fn key(self) -> K {
        match self {
            ExportProblem::Nothing => K::ExportNothing,
            ExportProblem::Refused => K::ExportFailed,
        }
    }
}

/// The events for one person (`Some(id)`) or for everyone.
fn events(state: AppState, lang: Lang, only: Option<&str>) -> Vec<Event> {
    let today = browser::today();
    let people: Vec<(String, Person)> = state.views(kinds::PERSON);
    let sessions: Vec<(String, Session)> = state.views(kinds::SESSION);
    let person = |id: &str| people.iter().find(|(p, _)| p == id).map(|(_, p)| p);
    let mut out = Vec::new();
    let refs = || sessions.iter().map(|(i, s)| (i.as_str(), s));
    for (id, s) in ics::sessions_to_export(refs(), only, today) {
        let name = name_of(lang, person(&s.person));
        let mut description = fill(
            lang.t(MentoringScreensKey::IcsMode),
            &[("mode", lang.t(labels::mode(s.mode)))],
        );
        if !s.agenda.trim().is_empty() {
            description.push_str(&format!(
                "\n\n{}:\n{}",
                lang.t(MentoringScreensKey::FieldAgenda),
                s.agenda.trim()
            ));
        }
        let summary = fill(
            lang.t(MentoringScreensKey::IcsSessionSummary),
            &[("name", &name)],
        );
        out.extend(ics::session_event(id, s, summary, description));
    }
    for (pid, p) in people
        .iter()
        .filter(|(pid, _)| only.is_none_or(|o| o == pid))
    {
        if p.status != PersonStatus::Active {
            continue;
        }
        let f = figures_for(pid, p, &sessions, today);
        let first = f.next_due.map_or(today, |d| d.max(today));
        // The pair usually meets at the time of their last session, if it had one.
        let time =
            last_held(refs(), pid).and_then(|(_, s)| s.time.map(|t| (t, s.duration_minutes)));
        let name = name_of(lang, Some(p));
        let summary = fill(
            lang.t(MentoringScreensKey::IcsCadenceSummary),
            &[
                ("name", &name),
                ("cadence", lang.t(labels::cadence(p.cadence))),
            ],
        );
        let description = format!(
            "{} {}",
            lang.t(MentoringScreensKey::IcsCadenceDescription),
            lang.t(labels::grace(p.cadence))
        );
        out.extend(ics::cadence_event(
            pid,
            p.cadence,
            first,
            time,
            summary,
            description,
        ));
    }
    out
}

/// Builds the calendar and starts the download.
pub(crate) fn download_calendar(state: AppState, only: Option<&str>) -> Result<(), ExportProblem> {
    let lang = state.lang.get_untracked();
    let events = untrack(|| events(state, lang, only));
    if events.is_empty() {
        return Err(ExportProblem::Nothing);
    }
    let who = only
        .and_then(|id| super::stored::<Person>(state, kinds::PERSON, id))
        .map(|p| p.name)
        .unwrap_or_default();
    let text = ics::calendar(
        lang.t(MentoringScreensKey::IcsCalendarName),
        &events,
        browser::now_millis(),
    );
    let name = ics::file_name(&who, browser::today());
    files::download(&name, "text/calendar;charset=utf-8", &text).map_err(|_| ExportProblem::Refused)
}

/// The export button with its hint and message line.
#[component]
pub(crate) fn ExportButton(
    #[prop(optional, into)] person: Option<String>,
    label: K,
) -> impl IntoView {
    let state = crate::state::use_state();
    let problem = RwSignal::new(None::<ExportProblem>);
    let person = StoredValue::new(person);
    let export = move |_| {
        problem.set(
            person
                .with_value(|p| download_calendar(state, p.as_deref()))
                .err(),
        );
    };
    view! {
        <div class="ics-export">
            <button type="button" class="btn btn-secondary" on:click=export
                aria-describedby="ics-export-hint">
                <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                    <path d="M4 6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2zM4 10h16M8 2v4M16 2v4M12 13v5M9.5 15.5 12 18l2.5-2.5"
                        fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
                </svg>
                <span>{move || state.t(label)}</span>
            </button>
            <p id="ics-export-hint" class="field-hint">{move || state.t(K::ExportIcsHint)}</p>
            <p class="field-error" role="alert">{move || problem.get().map(|p| state.t(p.key()))}</p>
        </div>
    }
}
