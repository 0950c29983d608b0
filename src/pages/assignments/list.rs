//! The Assignments list: a form that creates an assignment from the template of a chosen type,
//! then the assignments, current ones first, each with its readiness score and the most
//! pressing thing left to do.

use super::create;
use crate::browser;
use crate::domain::assignment::readiness::readiness;
use crate::domain::assignment::{list_cmp, Assignment, AssignmentType};
use crate::domain::record::kinds;
use crate::domain::sort::OneSort;
use crate::i18n::assignment_messages::{fill, status_label, type_hint, type_label};
use crate::i18n::AssignmentKey as K;
use crate::pages::goals::ProgressBar;
use crate::state::use_state;
use crate::ui::{icons, Loading};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn AssignmentsPage() -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let all = Memo::new(move |_| {
        let mut items = state.views::<Assignment>(kinds::ASSIGNMENT);
        items.one_sort_by(|a, b| list_cmp(&a.1, &b.1));
        items
    });
    let chosen = RwSignal::new(AssignmentType::Secondment);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        create(state, chosen.get_untracked(), &navigate);
    };

    view! {
        <section class="page assignments" aria-labelledby="assignments-title">
            <header class="page-header">
                <div>
                    <h1 id="assignments-title">{move || state.t(K::Title)}</h1>
                    <p class="muted asg-intro">{move || state.t(K::Intro)}</p>
                </div>
            </header>

            <form class="card asg-new" aria-labelledby="asg-new-heading" on:submit=submit>
                <h2 id="asg-new-heading">{move || state.t(K::NewHeading)}</h2>
                <div class="asg-new-row">
                    <div class="field">
                        <label for="asg-new-type">{move || state.t(K::NewType)}</label>
                        <select id="asg-new-type" aria-describedby="asg-new-type-hint asg-new-note"
                            on:change=move |ev| {
                                if let Some(t) = AssignmentType::parse(&event_target_value(&ev)) {
                                    chosen.set(t);
                                }
                            }>
                            {AssignmentType::ALL.into_iter().map(|t| view! {
                                <option value=t.as_str() selected=move || chosen.get() == t>
                                    {move || state.t(type_label(t))}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="btn btn-primary">
                        {icons::plus()}<span>{move || state.t(K::NewCreate)}</span>
                    </button>
                </div>
                <p id="asg-new-type-hint" class="field-hint">{move || state.t(type_hint(chosen.get()))}</p>
                <p id="asg-new-note" class="field-hint">{move || state.t(K::NewTemplateNote)}</p>
            </form>

            <Show when=move || state.loaded.get() fallback=move || view! {
                <Loading/>
            }>
                <Show when=move || all.with(|a| !a.is_empty()) fallback=move || view! { <EmptyAssignments/> }>
                    <section aria-labelledby="asg-list-heading">
                        <div class="list-meta">
                            <h2 id="asg-list-heading" class="asg-list-heading">{move || state.t(K::ListHeading)}</h2>
                            <span>{move || state.lang.get().assignments_count(all.with(|a| a.len()))}</span>
                        </div>
                        <ul class="goal-list asg-list">
                            {move || all.get().into_iter().map(|(id, a)| view! { <AssignmentCard id=id a=a/> }).collect_view()}
                        </ul>
                    </section>
                </Show>
            </Show>
        </section>
    }
}

#[component]
fn AssignmentCard(id: String, a: Assignment) -> impl IntoView {
    let state = use_state();
    let r = readiness(&a, browser::today());
    let warned = !a.warnings().is_empty();
    let status = a.status;
    let t = a.assignment_type;
    let (start, end) = (a.start, a.end);
    let unit = [a.host_unit.trim(), a.host_org.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let a = StoredValue::new(a);
    let name = move || state.lang.get().assignment_name(&a.read_value());
    let first = r.outstanding.first().copied();
    let score = r.score;
    view! {
        <li class="goal-card asg-card" data-status=status.as_str()>
            <div class="goal-card-head">
                <a class="goal-card-link" href=format!("/assignments/{id}")>{name}</a>
                <span class="asg-status" data-status=status.as_str()>{move || state.t(status_label(status))}</span>
            </div>
            <span class="goal-meta">
                <span class="badge">{move || state.t(type_label(t))}</span>
                <span>{move || state.lang.get().assignment_dates(start, end)}</span>
                {(!unit.is_empty()).then(|| view! { <span class="asg-card-unit">{unit}</span> })}
            </span>
            {match score {
                Some(s) => view! {
                    <ProgressBar value=Signal::derive(move || s)
                        label=Signal::derive(move || fill(state.t(K::ReadinessOf), &[("name", &name())]))/>
                }.into_any(),
                None => view! { <span class="muted asg-no-score">{move || state.t(K::NoScoreShort)}</span> }.into_any(),
            }}
            {first.map(|o| view! { <span class="goal-next muted">{move || state.lang.get().readiness_line(&o)}</span> })}
            {warned.then(|| view! {
                <span class="goal-flags"><span class="flag flag-due-soon">{move || {
                    let w = a.read_value().warnings();
                    match w.first() {
                        Some(crate::domain::assignment::AssignmentWarning::InternshipOverOneYear { limit }) => {
                            let lang = state.lang.get();
                            fill(lang.t(K::WarnInternship), &[("date", &lang.date(*limit))])
                        }
                        _ => state.t(K::WarnExchange).to_string(),
                    }
                }}</span></span>
            })}
        </li>
    }
}

#[component]
fn EmptyAssignments() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="empty-state asg-empty">
            <svg class="empty-illustration" viewBox="0 0 120 90" aria-hidden="true" focusable="false">
                <rect x="22" y="28" width="76" height="50" rx="8" fill="var(--surface-2)" stroke="var(--border)"/>
                <path d="M46 28v-8a6 6 0 0 1 6-6h16a6 6 0 0 1 6 6v8" fill="none" stroke="var(--text)" stroke-width="3"/>
                <path d="M22 48h76" stroke="var(--border)" stroke-width="2"/>
                <circle cx="86" cy="66" r="15" fill="var(--accent)"/>
                <path d="M79 66l5 5 9-10" fill="none" stroke="var(--on-accent)" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>
            </svg>
            <h2>{move || state.t(K::EmptyTitle)}</h2>
            <p>{move || state.t(K::EmptyBody)}</p>
        </div>
    }
}
