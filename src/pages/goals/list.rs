//! The Goals list: active goals first (most urgent on top), filters by status and category,
//! one card per goal with its progress bar and flags, shown a page at a time, and an empty state
//! that says what goals are for.

use super::{fill, flag_badges, open_new_goal, title_or_untitled, ProgressBar};
use crate::browser;
use crate::domain::goal::{
    flags, progress, sort_for_list, Goal, GoalCategory, GoalFilter, GoalStatus,
};
use crate::domain::record::kinds;
use crate::i18n::GoalKey;
use crate::i18n::{labels, Key, PlanKey};
use crate::state::use_state;
use crate::ui::{icons, Loading, ShowMore};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// Cards built at first and per "Show more": a journal kept for years can hold hundreds of
/// goals, and building them all took most of a second on a throttled phone-class CPU.
const PAGE: usize = 30;

/// The list's filters and how far it was paged, kept at app level so they survive opening a goal.
#[derive(Clone, Copy)]
pub struct GoalFilters {
    pub status: RwSignal<Option<GoalStatus>>,
    pub category: RwSignal<Option<GoalCategory>>,
    limit: RwSignal<usize>,
}

impl GoalFilters {
    pub fn provide() {
        provide_context(GoalFilters {
            status: RwSignal::new(None),
            category: RwSignal::new(None),
            limit: RwSignal::new(PAGE),
        });
    }

    /// A changed filter starts the list again from its first page.
    fn set(&self, status: Option<GoalStatus>, category: Option<GoalCategory>) {
        self.status.set(status);
        self.category.set(category);
        self.limit.set(PAGE);
    }

    fn filter(&self) -> GoalFilter {
        GoalFilter {
            status: self.status.get(),
            category: self.category.get(),
        }
    }
}

#[component]
pub fn GoalsPage() -> impl IntoView {
    let state = use_state();
    let filters = use_context::<GoalFilters>().unwrap_or_else(|| {
        GoalFilters::provide();
        expect_context::<GoalFilters>()
    });
    let navigate = use_navigate();
    let all = Memo::new(move |_| {
        let mut goals = state.views::<Goal>(kinds::GOAL);
        sort_for_list(&mut goals, browser::today(), |(_, g)| g);
        goals
    });
    let shown = Memo::new(move |_| {
        let f = filters.filter();
        all.with(|goals| {
            goals
                .iter()
                .filter(|(_, g)| f.matches(g))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let total = move || all.with(|a| a.len());
    let filtering = move || !filters.filter().is_empty();
    let new_goal = move |_| open_new_goal(state, &navigate);

    view! {
        <section class="page goals" aria-labelledby="goals-title">
            <header class="page-header">
                <div>
                    <h1 id="goals-title">{move || state.t(Key::GoalsTitle)}</h1>
                    <p class="muted goals-intro">{move || state.t(GoalKey::GoalsIntro)}</p>
                </div>
                <div class="header-actions">
                    <button type="button" class="btn btn-primary" on:click=new_goal>
                        {icons::plus()}
                        <span>{move || state.t(GoalKey::GoalNew)}</span>
                    </button>
                    <a class="btn btn-secondary" href="/plan" title=move || state.t(PlanKey::OpenPlanHint)>
                        {icons::plan()}
                        <span>{move || state.t(PlanKey::OpenPlan)}</span>
                    </a>
                </div>
            </header>

            <Show when=move || state.loaded.get() fallback=move || view! {
                <Loading/>
            }>
                <Show when=move || { total() > 0 } fallback=move || view! { <EmptyGoals/> }>
                    <div class="filters goal-filters" role="group" aria-label=move || state.t(Key::Filters)>
                        <div class="field">
                            <label for="goal-filter-status">{move || state.t(GoalKey::GoalFilterStatus)}</label>
                            <select id="goal-filter-status" on:change=move |ev| {
                                filters.set(GoalStatus::parse(&event_target_value(&ev)), filters.category.get_untracked());
                            }>
                                <option value="" selected=move || filters.status.get().is_none()>
                                    {move || state.t(GoalKey::GoalFilterAllStatuses)}
                                </option>
                                {GoalStatus::ALL.into_iter().map(|s| view! {
                                    <option value=s.as_str() selected=move || filters.status.get() == Some(s)>
                                        {move || state.t(labels::goal_status(s))}
                                    </option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="goal-filter-category">{move || state.t(GoalKey::GoalFilterCategory)}</label>
                            <select id="goal-filter-category" on:change=move |ev| {
                                filters.set(filters.status.get_untracked(), GoalCategory::parse(&event_target_value(&ev)));
                            }>
                                <option value="" selected=move || filters.category.get().is_none()>
                                    {move || state.t(GoalKey::GoalFilterAllCategories)}
                                </option>
                                {GoalCategory::ALL.into_iter().map(|c| view! {
                                    <option value=c.as_str() selected=move || filters.category.get() == Some(c)>
                                        {move || state.t(labels::goal_category(c))}
                                    </option>
                                }).collect_view()}
                            </select>
                        </div>
                    </div>

                    <div class="list-meta" aria-live="polite">
                        <span>{move || {
                            let lang = state.lang.get();
                            let n = shown.with(|s| s.len());
                            if filtering() {
                                fill(lang.t(GoalKey::GoalsShownOf), &[("shown", &n.to_string()), ("total", &total().to_string())])
                            } else if n == 1 {
                                lang.t(GoalKey::GoalsCountOne).to_string()
                            } else {
                                fill(lang.t(GoalKey::GoalsCount), &[("n", &n.to_string())])
                            }
                        }}</span>
                        <Show when=filtering>
                            <button type="button" class="btn btn-link" on:click=move |_| filters.set(None, None)>
                                {move || state.t(Key::ClearFilters)}
                            </button>
                        </Show>
                    </div>

                    <Show when=move || shown.with(|s| !s.is_empty()) fallback=move || view! {
                        <p class="empty-note">{state.t(GoalKey::GoalsNoMatches)}</p>
                    }>
                        <ul class="goal-list">
                            {move || {
                                let limit = filters.limit.get();
                                shown.with(|s| {
                                    s.iter().take(limit).cloned()
                                        .map(|(id, goal)| view! { <GoalCard id=id goal=goal/> })
                                        .collect_view()
                                })
                            }}
                        </ul>
                        <ShowMore limit=filters.limit step=PAGE
                            more=Signal::derive(move || shown.with(|s| s.len()) > filters.limit.get())/>
                    </Show>
                </Show>
            </Show>
        </section>
    }
}

#[component]
fn GoalCard(id: String, goal: Goal) -> impl IntoView {
    let state = use_state();
    let today = browser::today();
    let f = flags(&goal, today);
    let p = progress(&goal);
    let status = goal.status;
    let category = goal.category;
    let target = goal.target_date;
    let title = goal.title.clone();
    let title_for_bar = goal.title.clone();
    let done = goal.milestones.iter().filter(|m| m.done.is_some()).count();
    let total = goal.milestones.len();
    let next = goal.next_milestone().map(|m| m.title.clone());
    let closed_status = status.is_closed();
    view! {
        <li class="goal-card" data-status=status.as_str()>
            <div class="goal-card-head">
                <a class="goal-card-link" href=format!("/goals/{id}")>
                    {move || title_or_untitled(state.lang.get(), &title)}
                </a>
                <span class="goal-status" data-status=status.as_str()>
                    {move || state.t(labels::goal_status(status))}
                </span>
            </div>
            <span class="goal-meta">
                <span class="badge" data-category=category.as_str()>{move || state.t(labels::goal_category(category))}</span>
                <span>{move || {
                    let lang = state.lang.get();
                    match target {
                        Some(d) => fill(lang.t(GoalKey::GoalTargetOn), &[("date", &lang.date(d))]),
                        None => lang.t(GoalKey::GoalNoTarget).to_string(),
                    }
                }}</span>
                {(total > 0).then(|| view! {
                    <span>{move || fill(state.t(GoalKey::GoalMilestonesDone), &[("done", &done.to_string()), ("total", &total.to_string())])}</span>
                })}
            </span>
            <ProgressBar value=Signal::derive(move || p)
                label=Signal::derive(move || {
                    let lang = state.lang.get();
                    fill(lang.t(GoalKey::GoalProgressOf), &[("title", &title_or_untitled(lang, &title_for_bar))])
                })/>
            {flag_badges(state, f)}
            {(!closed_status).then(|| next.map(|n| view! {
                <span class="goal-next muted">{"→ "}{n}</span>
            }))}
        </li>
    }
}

#[component]
fn EmptyGoals() -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    view! {
        <div class="empty-state">
            <svg class="empty-illustration" viewBox="0 0 120 90" aria-hidden="true" focusable="false">
                <circle cx="55" cy="45" r="34" fill="var(--surface-2)" stroke="var(--border)"/>
                <circle cx="55" cy="45" r="22" fill="none" stroke="var(--accent)" stroke-width="4"/>
                <circle cx="55" cy="45" r="8" fill="var(--accent)"/>
                <path d="M55 45l38-30" stroke="var(--text)" stroke-width="3" stroke-linecap="round"/>
                <path d="M86 12l9 2-2 9" fill="none" stroke="var(--text)" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>
            </svg>
            <h2>{move || state.t(GoalKey::GoalsEmptyTitle)}</h2>
            <p>{move || state.t(GoalKey::GoalsEmptyBody)}</p>
            <button type="button" class="btn btn-primary" on:click=move |_| open_new_goal(state, &navigate)>
                {move || state.t(GoalKey::GoalsEmptyCta)}
            </button>
        </div>
    }
}
