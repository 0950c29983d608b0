//! The Mentoring screens: the People list (`/people`) with search and a role filter, one
//! person (`/people/:id`) with the cadence figures, sessions, open action items and the
//! calendar export, and one session (`/sessions/:id`) from planned to held or cancelled, with
//! its notes and action items. The Today card lives here too ([`TodayMentoring`]).
//!
//! All the arithmetic (due dates, streaks, order of actions, the .ics text) is in
//! [`crate::domain::mentoring`]; these screens read records through the state and write typed
//! views back.

mod actions;
mod checks;
mod export;
mod list;
mod person;
mod session;
mod today;

pub use list::PeoplePage;
pub use person::PersonPage;
pub use session::SessionPage;
pub use today::TodayMentoring;

use crate::browser;
use crate::domain::date::Date;
use crate::domain::mentoring::action::{open_first, Action};
use crate::domain::mentoring::cadence::{figures, Figures};
use crate::domain::mentoring::person::Person;
use crate::domain::mentoring::session::{last_held, Session, SessionStatus, Time};
use crate::domain::record::kinds;
use crate::i18n::mentoring_messages as labels;
use crate::i18n::{Lang, MentoringKey as K};
use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::NavigateOptions;

pub(crate) use crate::pages::goals::fill;

/// Whether there is anyone in Mentoring (Today shows its welcome only when there is nothing).
pub fn has_people(state: AppState) -> bool {
    state
        .records
        .with(|m| m.values().any(|r| r.kind == kinds::PERSON && !r.deleted))
}

/// A live record of `kind` read as `T`, untracked (for actions that start from what is stored).
pub(crate) fn stored<T: serde::de::DeserializeOwned>(
    state: AppState,
    kind: &str,
    id: &str,
) -> Option<T> {
    state
        .records
        .with_untracked(|m| m.get(id).cloned())
        .filter(|r| !r.deleted && r.kind == kind)
        .and_then(|r| r.view::<T>().ok())
}

/// A person's name as shown: trimmed, or "Unnamed" while it is empty.
pub(crate) fn display_name(lang: Lang, name: &str) -> String {
    if name.trim().is_empty() {
        lang.t(K::Unnamed).to_string()
    } else {
        name.trim().to_string()
    }
}

/// The person's name, "Unnamed" for an empty one, or "Unknown person" for a missing record.
pub(crate) fn name_of(lang: Lang, person: Option<&Person>) -> String {
    match person {
        Some(p) => display_name(lang, &p.name),
        None => lang.t(K::UnknownPerson).to_string(),
    }
}

/// The dates of the held sessions with `person`.
pub(crate) fn held_dates(sessions: &[(String, Session)], person: &str) -> Vec<Date> {
    sessions
        .iter()
        .filter(|(_, s)| s.person == person && s.is_held())
        .filter_map(|(_, s)| s.date)
        .collect()
}

pub(crate) fn figures_for(
    person_id: &str,
    person: &Person,
    sessions: &[(String, Session)],
    today: Date,
) -> Figures {
    figures(person, &held_dates(sessions, person_id), today)
}

/// Creates a person and opens them (`?new=1`: left without a name, they are discarded on
/// close, so a mis-tap leaves no "Unnamed" person behind).
pub fn open_new_person(state: AppState, navigate: &impl Fn(&str, NavigateOptions)) {
    let id = browser::new_id();
    state.save_view(kinds::PERSON, &id, &Person::new(browser::today()));
    navigate(&format!("/people/{id}?new=1"), Default::default());
}

/// The agenda a new session starts with: the open actions of the last held session with the
/// person, one per line, in the user's language. Empty when there are none.
fn agenda_from_last(
    lang: Lang,
    person_id: &str,
    person_name: &str,
    sessions: &[(String, Session)],
    actions: Vec<(String, Action)>,
    today: Date,
) -> String {
    let Some((last_id, _)) = last_held(sessions.iter().map(|(i, s)| (i.as_str(), s)), person_id)
    else {
        return String::new();
    };
    let from_last: Vec<(String, Action)> = actions
        .into_iter()
        .filter(|(_, a)| a.session.as_deref() == Some(last_id))
        .collect();
    let open = open_first(from_last, today);
    if open.is_empty() {
        return String::new();
    }
    let mut text = lang.t(K::AgendaFromLast).to_string();
    for (_, a) in open {
        let mut detail = labels::owner(lang, a.owner, person_name);
        if let Some(due) = a.due {
            detail.push_str(", ");
            detail.push_str(&fill(
                lang.t(K::ActionDueInline),
                &[("date", &lang.date(due))],
            ));
        }
        text.push_str(&format!("\n- {} ({detail})", a.text.trim()));
    }
    text.push('\n');
    text
}

/// Plans a session with the person (on the next due date, or today when that has passed), or
/// with `now` starts one that is held at this moment — unless a session is already planned for
/// today, which is then opened instead. Either way the agenda starts with the open actions of
/// the last session. Returns the session id.
pub(crate) fn new_session(state: AppState, person_id: &str, now: bool) -> Option<String> {
    let person: Person = stored(state, kinds::PERSON, person_id)?;
    let today = browser::today();
    let sessions: Vec<(String, Session)> = untrack(|| state.views::<Session>(kinds::SESSION));
    if now {
        if let Some((id, _)) = sessions.iter().find(|(_, s)| {
            s.person == person_id && s.status == SessionStatus::Planned && s.date == Some(today)
        }) {
            return Some(id.clone());
        }
    }
    let date = if now {
        today
    } else {
        figures_for(person_id, &person, &sessions, today)
            .next_due
            .map_or(today, |d| d.max(today))
    };
    let mut s = Session::planned(person_id, date, person.mode);
    if now {
        let t = Time::from_millis(browser::now_millis(), browser::tz_offset_minutes());
        // To the quarter hour below: what a person would write down.
        s.time = Time::new(t.hour, t.minute - t.minute % 15);
        s.status = SessionStatus::Held;
    }
    let lang = state.lang.get_untracked();
    let actions = untrack(|| state.views::<Action>(kinds::ACTION));
    s.agenda = agenda_from_last(lang, person_id, &person.name, &sessions, actions, today);
    let id = browser::new_id();
    state.save_view(kinds::SESSION, &id, &s);
    Some(id)
}

/// A status badge for a session.
pub(crate) fn session_badge(state: AppState, status: SessionStatus) -> impl IntoView {
    view! {
        <span class="session-status" data-status=status.as_str()>
            {move || state.t(labels::session_status(status))}
        </span>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::mentoring::action::Owner;
    use crate::domain::mentoring::Mode;

    #[test]
    fn agenda_lists_the_open_actions_of_the_last_held_session() {
        let d = |day| Date::new(2026, 11, day).unwrap();
        let today = d(25);
        let mut old = Session::planned("p", d(1), Mode::Online);
        old.status = SessionStatus::Held;
        let mut last = Session::planned("p", d(15), Mode::Online);
        last.status = SessionStatus::Held;
        let planned = Session::planned("p", d(28), Mode::Online);
        let sessions = vec![
            ("s-old".to_string(), old),
            ("s-last".to_string(), last),
            ("s-next".to_string(), planned),
        ];
        let act =
            |text: &str, session: &str, owner, due: Option<Date>, done: Option<Date>| Action {
                text: text.into(),
                owner,
                person: "p".into(),
                session: Some(session.into()),
                due,
                done,
                ..Action::default()
            };
        let actions = vec![
            (
                "a1".into(),
                act("Kirim draf kajian", "s-last", Owner::Me, Some(d(30)), None),
            ),
            (
                "a2".into(),
                act(
                    "Kenalkan ke Biro Hukum",
                    "s-last",
                    Owner::Them,
                    Some(d(20)),
                    None,
                ),
            ),
            (
                "a3".into(),
                act("Sudah selesai", "s-last", Owner::Me, None, Some(d(16))),
            ),
            (
                "a4".into(),
                act("Dari sesi lama", "s-old", Owner::Me, None, None),
            ),
        ];
        let text = agenda_from_last(Lang::Id, "p", "Bu Sari", &sessions, actions.clone(), today);
        assert_eq!(
            text,
            "Tindak lanjut terbuka dari sesi terakhir:\n\
             - Kenalkan ke Biro Hukum (Bu Sari, tenggat 20 November 2026)\n\
             - Kirim draf kajian (Saya, tenggat 30 November 2026)\n"
        );
        assert_eq!(
            agenda_from_last(Lang::En, "q", "", &sessions, actions, today),
            ""
        );
    }
}
