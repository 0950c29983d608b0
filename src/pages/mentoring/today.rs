//! The Mentoring card on Today: the next planned session, people not met for too long (past
//! their cadence plus the grace), who is due next, planned sessions whose day has passed
//! without being recorded, and the open action items, overdue first. Shown once there is
//! anyone in Mentoring.

use super::actions::{ActionRow, RowContext};
use super::{figures_for, fill, has_people, name_of};
use crate::browser;
use crate::domain::date::Date;
use crate::domain::mentoring::action::{open_first, Action};
use crate::domain::mentoring::person::Person;
use crate::domain::mentoring::session::{next_planned, Session, Time};
use crate::domain::record::kinds;
use crate::domain::sort::OneSort;
use crate::i18n::MentoringKey as K;
use crate::state::use_state;
use leptos::prelude::*;

/// Open actions shown before "all people".
const ACTIONS_SHOWN: usize = 5;
/// People listed under "due next".
const DUE_SHOWN: usize = 3;

#[derive(Clone, PartialEq)]
struct Summary {
    next: Option<(String, String, Date, Option<Time>)>,
    /// (person id, name, due date, days overdue), longest overdue first.
    overdue: Vec<(String, String, Date, i64)>,
    /// (person id, name, due date), soonest first.
    due_next: Vec<(String, String, Date)>,
    to_record: Vec<String>,
    /// (action id, person name) of the open actions, overdue first.
    actions: Vec<(String, String)>,
    actions_total: usize,
}

#[component]
pub fn TodayMentoring() -> impl IntoView {
    let state = use_state();
    let today = browser::today();
    let summary = Memo::new(move |_| {
        let lang = state.lang.get();
        let people: Vec<(String, Person)> = state.views(kinds::PERSON);
        let sessions: Vec<(String, Session)> = state.views(kinds::SESSION);
        let person = |id: &str| people.iter().find(|(p, _)| p == id).map(|(_, p)| p);
        let refs = || sessions.iter().map(|(i, s)| (i.as_str(), s));
        let next = next_planned(refs(), None, today).and_then(|(sid, s)| {
            Some((
                sid.to_string(),
                name_of(lang, person(&s.person)),
                s.date?,
                s.time,
            ))
        });
        let mut overdue = Vec::new();
        let mut due_next = Vec::new();
        for (pid, p) in &people {
            let f = figures_for(pid, p, &sessions, today);
            match f.next_due {
                Some(due) if f.overdue => {
                    overdue.push((pid.clone(), name_of(lang, Some(p)), due, f.overdue_days))
                }
                Some(due) => due_next.push((pid.clone(), name_of(lang, Some(p)), due)),
                None => {}
            }
        }
        overdue.one_sort_by(|a, b| b.3.cmp(&a.3).then_with(|| a.1.cmp(&b.1)));
        due_next.one_sort_by(|a, b| a.2.cmp(&b.2).then_with(|| a.1.cmp(&b.1)));
        due_next.truncate(DUE_SHOWN);
        let to_record = sessions
            .iter()
            .filter(|(_, s)| s.needs_recording(today))
            .map(|(i, _)| i.clone())
            .collect();
        let open = open_first(state.views::<Action>(kinds::ACTION), today);
        let actions_total = open.len();
        let actions = open
            .into_iter()
            .take(ACTIONS_SHOWN)
            .map(|(aid, a)| (aid, name_of(lang, person(&a.person))))
            .collect();
        Summary {
            next,
            overdue,
            due_next,
            to_record,
            actions,
            actions_total,
        }
    });
    let s = move || summary.get();

    view! {
        <Show when=move || has_people(state)>
            <section class="card today-mentoring" aria-labelledby="today-mentoring-heading">
                <h2 id="today-mentoring-heading">{move || state.t(K::TodayTitle)}</h2>
                <h3>{move || state.t(K::TodayNextSession)}</h3>
                {move || match s().next {
                    Some((sid, name, date, time)) => view! {
                        <p class="today-next">
                            <a href=format!("/sessions/{sid}")>{move || state.lang.get().date_time(date, time)}</a>
                            " "
                            <span>{move || fill(state.t(K::TodayWith), &[("name", &name)])}</span>
                        </p>
                    }.into_any(),
                    None => view! { <p class="muted">{move || state.t(K::TodayNoSession)}</p> }.into_any(),
                }}
                <Show when=move || !s().overdue.is_empty()>
                    <h3>{move || state.t(K::TodayOverdue)}</h3>
                    <ul class="plain-list mentoring-people">
                        {move || s().overdue.into_iter().map(|(pid, name, due, days)| view! {
                            <li>
                                <a href=format!("/people/{pid}")>{name}</a>
                                <span class="flag flag-overdue">{move || state.lang.get().overdue_by(days)}</span>
                                <span class="muted">{move || fill(state.t(K::CardNextDue), &[("date", &state.lang.get().date(due))])}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                </Show>
                <Show when=move || !s().due_next.is_empty()>
                    <h3>{move || state.t(K::TodayDueNext)}</h3>
                    <ul class="plain-list mentoring-people">
                        {move || s().due_next.into_iter().map(|(pid, name, due)| view! {
                            <li>
                                <a href=format!("/people/{pid}")>{name}</a>
                                <span class="muted">{move || state.lang.get().date(due)}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                </Show>
                {move || {
                    let to_record = s().to_record;
                    (!to_record.is_empty()).then(|| {
                        let n = to_record.len();
                        let first = to_record[0].clone();
                        view! {
                            <p class="nudge-line">
                                <a href=format!("/sessions/{first}")>{move || state.lang.get().to_record(n)}</a>
                            </p>
                        }
                    })
                }}
                <h3>{move || state.t(K::TodayActions)}</h3>
                <Show when=move || !s().actions.is_empty() fallback=move || view! {
                    <p class="muted">{move || state.t(K::OpenActionsEmpty)}</p>
                }>
                    <ul class="action-list">
                        <For each=move || s().actions key=|(aid, _)| aid.clone() let:((aid, name))>
                            <ActionRow id=aid person_name=Signal::derive(move || name.clone())
                                context=RowContext::Elsewhere with_name=true/>
                        </For>
                    </ul>
                </Show>
                {move || {
                    let total = s().actions_total;
                    (total > ACTIONS_SHOWN).then(|| view! {
                        <p class="field-hint">{move || fill(state.t(K::ActionsShownOf), &[("shown", &ACTIONS_SHOWN.to_string()), ("total", &total.to_string())])}</p>
                    })
                }}
                <a href="/people" class="see-all">{move || state.t(K::TodayAllPeople)}</a>
            </section>
        </Show>
    }
}
