//! The People list: everyone in Mentoring, those needing attention first (overdue, then by
//! next due date; paused and ended ones last), with search, a role filter, each person's
//! cadence at a glance, and the calendar export of everything planned.

use super::export::ExportButton;
use super::{display_name, figures_for, fill, open_new_person};
use crate::browser;
use crate::domain::mentoring::cadence::Figures;
use crate::domain::mentoring::person::{Person, PersonFilter, PersonStatus, Role};
use crate::domain::mentoring::session::{next_planned, Session};
use crate::domain::record::kinds;
use crate::domain::sort::OneSort;
use crate::i18n::mentoring_messages as labels;
use crate::i18n::MentoringScreensKey;
use crate::i18n::{Key, MentoringKey as K};
use crate::state::use_state;
use crate::ui::{icons, Loading};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::cell::RefCell;

// The list's search and role filter outlive the screen (opening a person and coming back keeps
// them), like the journal's and the goals' filters.
thread_local! {
    static KEPT: RefCell<(String, Option<Role>)> = const { RefCell::new((String::new(), None)) };
}

#[derive(Clone, Copy)]
struct PeopleFilters {
    query: RwSignal<String>,
    role: RwSignal<Option<Role>>,
}

fn filters() -> PeopleFilters {
    let (query, role) = KEPT.with(|k| k.borrow().clone());
    let f = PeopleFilters {
        query: RwSignal::new(query),
        role: RwSignal::new(role),
    };
    Effect::new(move |_| {
        let kept = (f.query.get(), f.role.get());
        KEPT.with(|k| *k.borrow_mut() = kept);
    });
    f
}

#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    person: Person,
    figures: Figures,
    next_planned: Option<crate::domain::date::Date>,
}

/// Attention order: active before paused before ended; among active ones, overdue first
/// (longest overdue on top), then by next due date (none last); then by name.
fn order(a: &Row, b: &Row) -> std::cmp::Ordering {
    let rank = |r: &Row| match r.person.status {
        PersonStatus::Active => 0,
        PersonStatus::Paused => 1,
        PersonStatus::Ended => 2,
    };
    rank(a)
        .cmp(&rank(b))
        .then_with(|| b.figures.overdue.cmp(&a.figures.overdue))
        .then_with(|| b.figures.overdue_days.cmp(&a.figures.overdue_days))
        .then_with(|| {
            let key = |r: &Row| r.figures.next_due.map_or(i64::MAX, |d| d.to_days());
            key(a).cmp(&key(b))
        })
        .then_with(|| {
            crate::domain::text::fold(&a.person.name)
                .cmp(&crate::domain::text::fold(&b.person.name))
        })
        .then_with(|| a.id.cmp(&b.id))
}

#[component]
pub fn PeoplePage() -> impl IntoView {
    let state = use_state();
    let f = filters();
    let navigate = use_navigate();
    let today = browser::today();
    let all = Memo::new(move |_| {
        let sessions: Vec<(String, Session)> = state.views(kinds::SESSION);
        let mut rows: Vec<Row> = state
            .views::<Person>(kinds::PERSON)
            .into_iter()
            .map(|(id, person)| {
                let figures = figures_for(&id, &person, &sessions, today);
                let next_planned = next_planned(
                    sessions.iter().map(|(i, s)| (i.as_str(), s)),
                    Some(&id),
                    today,
                )
                .and_then(|(_, s)| s.date);
                Row {
                    id,
                    person,
                    figures,
                    next_planned,
                }
            })
            .collect();
        rows.one_sort_by(order);
        rows
    });
    let filter = move || PersonFilter {
        query: f.query.get(),
        role: f.role.get(),
    };
    let shown = Memo::new(move |_| {
        let flt = filter();
        all.with(|rows| {
            rows.iter()
                .filter(|r| flt.matches(&r.person))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let total = move || all.with(|a| a.len());
    let filtering = move || !filter().is_empty();
    let add = move |_| open_new_person(state, &navigate);

    view! {
        <section class="page people" aria-labelledby="people-title">
            <header class="page-header">
                <div>
                    <h1 id="people-title">{move || state.t(MentoringScreensKey::PeopleTitle)}</h1>
                    <p class="muted people-intro">{move || state.t(MentoringScreensKey::PeopleIntro)}</p>
                </div>
                <button type="button" class="btn btn-primary" on:click=add>
                    {icons::plus()}
                    <span>{move || state.t(MentoringScreensKey::PersonAdd)}</span>
                </button>
            </header>

            <Show when=move || state.loaded.get() fallback=move || view! {
                <Loading/>
            }>
                <Show when=move || { total() > 0 } fallback=move || view! { <EmptyPeople/> }>
                    <div class="filters people-filters" role="group" aria-label=move || state.t(Key::Filters)>
                        <div class="field">
                            <label for="people-search">{move || state.t(MentoringScreensKey::PeopleSearch)}</label>
                            <input id="people-search" type="search" autocomplete="off"
                                placeholder=move || state.t(MentoringScreensKey::PeopleSearchPlaceholder)
                                prop:value=move || f.query.get()
                                on:input=move |ev| f.query.set(event_target_value(&ev))/>
                        </div>
                        <div class="field">
                            <label for="people-role">{move || state.t(MentoringScreensKey::FilterRole)}</label>
                            <select id="people-role" on:change=move |ev| f.role.set(Role::parse(&event_target_value(&ev)))>
                                <option value="" selected=move || f.role.get().is_none()>{move || state.t(MentoringScreensKey::FilterAllRoles)}</option>
                                {Role::ALL.into_iter().map(|r| view! {
                                    <option value=r.as_str() selected=move || f.role.get() == Some(r)>
                                        {move || state.t(labels::role(r))}
                                    </option>
                                }).collect_view()}
                            </select>
                        </div>
                    </div>

                    <div class="list-meta" aria-live="polite">
                        <span>{move || {
                            let lang = state.lang.get();
                            let n = shown.with(|s| s.len());
                            if filtering() { lang.people_shown_of(n, total()) } else { lang.people_count(n) }
                        }}</span>
                        <Show when=filtering>
                            <button type="button" class="btn btn-link" on:click=move |_| {
                                f.query.set(String::new());
                                f.role.set(None);
                            }>{move || state.t(Key::ClearFilters)}</button>
                        </Show>
                    </div>

                    <Show when=move || shown.with(|s| !s.is_empty()) fallback=move || view! {
                        <p class="empty-note">{state.t(MentoringScreensKey::PeopleNoMatches)}</p>
                    }>
                        <ul class="person-list">
                            {move || shown.get().into_iter().map(|row| view! { <PersonCard row=row/> }).collect_view()}
                        </ul>
                    </Show>
                    <ExportButton label=K::ExportAll/>
                </Show>
            </Show>
        </section>
    }
}

#[component]
fn PersonCard(row: Row) -> impl IntoView {
    let state = use_state();
    let Row {
        id,
        person,
        figures,
        next_planned,
    } = row;
    let name = person.name.clone();
    let roles = person.roles.clone();
    let status = person.status;
    let place: Vec<String> = [person.organisation.trim(), person.unit.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let cadence = person.cadence;
    view! {
        <li class="person-card" data-status=status.as_str() class:overdue=figures.overdue>
            <div class="person-card-head">
                <a class="person-card-link" href=format!("/people/{id}")>
                    {move || display_name(state.lang.get(), &name)}
                </a>
                {(status != PersonStatus::Active).then(|| view! {
                    <span class="person-status" data-status=status.as_str()>{move || state.t(labels::person_status(status))}</span>
                })}
            </div>
            <span class="person-meta">
                {roles.into_iter().map(|r| view! { <span class="badge role-badge">{move || state.t(labels::role(r))}</span> }).collect_view()}
                {(!place.is_empty()).then(|| view! { <span>{place.join(" · ")}</span> })}
            </span>
            <span class="person-cadence">
                <span>{move || state.t(labels::cadence(cadence))}</span>
                {figures.next_due.map(|d| view! {
                    <span>{move || fill(state.t(K::CardNextDue), &[("date", &state.lang.get().date(d))])}</span>
                })}
                {next_planned.map(|d| view! {
                    <span>{move || fill(state.t(MentoringScreensKey::CardPlanned), &[("date", &state.lang.get().date(d))])}</span>
                })}
                {figures.overdue.then(|| view! {
                    <span class="flag flag-overdue">{move || state.lang.get().overdue_by(figures.overdue_days)}</span>
                })}
            </span>
        </li>
    }
}

#[component]
fn EmptyPeople() -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    view! {
        <div class="empty-state">
            <svg class="empty-illustration" viewBox="0 0 120 90" aria-hidden="true" focusable="false">
                <circle cx="42" cy="32" r="14" fill="var(--surface-2)" stroke="var(--accent)" stroke-width="3"/>
                <path d="M18 78c0-14 11-24 24-24s24 10 24 24" fill="var(--surface-2)" stroke="var(--accent)" stroke-width="3"/>
                <circle cx="82" cy="38" r="11" fill="var(--surface-2)" stroke="var(--text)" stroke-width="3"/>
                <path d="M64 78c2-11 9-19 18-19s16 8 18 19" fill="none" stroke="var(--text)" stroke-width="3" stroke-linecap="round"/>
            </svg>
            <h2>{move || state.t(MentoringScreensKey::PeopleEmptyTitle)}</h2>
            <p>{move || state.t(MentoringScreensKey::PeopleEmptyBody)}</p>
            <button type="button" class="btn btn-primary" on:click=move |_| open_new_person(state, &navigate)>
                {move || state.t(MentoringScreensKey::PeopleEmptyCta)}
            </button>
        </div>
    }
}
