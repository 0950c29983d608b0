//! Today, the home screen, built from what exists: goals due soon or at risk and the next
//! milestones, the 70-20-10 balance of the last 90 days, journaling cadence, training
//! follow-ups, and days since the last backup. First run shows a welcome instead.

use crate::browser;
use crate::domain::balance::{balance, entries_per_week, week_starts, Period};
use crate::domain::entry::Entry;
use crate::domain::goal::{flags, progress, sort_for_list, Goal, GoalStatus};
use crate::domain::record::kinds;
use crate::domain::sort::OneSort;
use crate::i18n::Key;
use crate::pages::growth::BalanceFigure;
use crate::state::use_state;
use crate::ui::charts::{ProgressBar, WeekColumns};
use crate::ui::Loading;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

const CADENCE_WEEKS: usize = 8;
/// Past this many days without a backup, Today nudges the user to make one.
pub const BACKUP_NUDGE_DAYS: i64 = 7;

#[component]
pub fn TodayPage() -> impl IntoView {
    let state = use_state();
    let today = browser::today();
    let goals = Memo::new(move |_| {
        let mut g = state.views::<Goal>(kinds::GOAL);
        sort_for_list(&mut g, today, |(_, g)| g);
        g
    });
    let empty = move || {
        state.entries.with(|e| e.is_empty())
            && goals.with(|g| g.is_empty())
            && !crate::pages::mentoring::has_people(state)
    };
    // index.html paints this screen's first-run welcome before the app's code has arrived
    // (public/first-paint.js); it learns here whether the next start will show the welcome, and
    // gives way once this screen has its own content.
    Effect::new(move |_| {
        if state.loaded.get() {
            browser::first_screen_shown(if empty() { "welcome" } else { "journal" });
        }
    });
    view! {
        <section class="page today" aria-labelledby="today-title">
            <header class="page-header">
                <h1 id="today-title">{move || state.t(Key::TodayTitle)}</h1>
                <p class="muted">{move || state.lang.get().date(today)}</p>
            </header>
            <Show when=move || state.loaded.get() fallback=move || view! { <Loading/> }>
                <BackupNudge/>
                <crate::pages::mentor::comments::TodayFeedback/>
                <Show when=move || !empty() fallback=|| view! { <Welcome/> }>
                    <div class="today-grid">
                        <crate::pages::mentoring::TodayMentoring/>
                        <GoalsCard goals=goals/>
                        <div class="card">
                            <h2>{move || state.t(Key::BalanceTitle)}</h2>
                            <p class="field-hint">{move || state.t(Key::BalanceLast90)}</p>
                            <BalanceFigure data=Signal::derive(move || {
                                let rows = state.sorted_entries();
                                let entries: Vec<&Entry> = rows.iter().map(|r| &r.entry).collect();
                                balance(&entries, today, Period::Days90)
                            })/>
                            <a href="/growth">{move || state.t(Key::SeeAll)}</a>
                        </div>
                        <Cadence/>
                        <FollowUpsDue/>
                    </div>
                </Show>
            </Show>
        </section>
    }
}

#[component]
fn Welcome() -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let nav2 = navigate.clone();
    view! {
        <div class="empty-state welcome">
            <h2>{move || state.t(Key::WelcomeTitle)}</h2>
            <p>{move || state.t(Key::WelcomeBody)}</p>
            <div class="actions center">
                <button type="button" class="btn btn-primary" on:click=move |_| {
                    crate::pages::goals::open_new_goal(state, &navigate)
                }>{move || state.t(Key::WelcomeGoal)}</button>
                <button type="button" class="btn btn-secondary" on:click=move |_| crate::pages::editor::open_new_entry(&nav2)>
                    {move || state.t(Key::WelcomeEntry)}
                </button>
            </div>
        </div>
    }
}

#[component]
fn GoalsCard(goals: Memo<Vec<(String, Goal)>>) -> impl IntoView {
    let state = use_state();
    let today = browser::today();
    let attention = move || {
        goals.with(|g| {
            g.iter()
                .filter(|(_, g)| {
                    let f = flags(g, today);
                    f.due_soon || f.at_risk || f.overdue || f.overdue_milestones > 0
                })
                .take(5)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let milestones = move || {
        let mut v: Vec<(String, String, String, Option<crate::domain::date::Date>)> =
            goals.with(|g| {
                g.iter()
                    .filter(|(_, g)| g.status == GoalStatus::Active)
                    .filter_map(|(id, g)| {
                        g.next_milestone()
                            .map(|m| (id.clone(), g.title.clone(), m.title.clone(), m.due))
                    })
                    .collect()
            });
        v.one_sort_by_key(|(_, _, _, due)| due.map(|d| d.to_days()).unwrap_or(i64::MAX));
        v.truncate(5);
        v
    };
    view! {
        <div class="card">
            <h2>{move || state.t(Key::GoalsAttention)}</h2>
            {move || {
                let items = attention();
                if items.is_empty() {
                    view! { <p class="muted">{state.t(Key::GoalsAllOnTrack)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list goal-mini">
                            {items.into_iter().map(|(id, g)| {
                                let f = flags(&g, today);
                                let p = progress(&g);
                                let title = g.title.clone();
                                view! {
                                    <li>
                                        <a href=format!("/goals/{id}")>{title.clone()}</a>
                                        <span class="flags">
                                            {f.overdue.then(|| view! { <span class="badge badge-danger">{state.t(Key::FlagOverdue)}</span> })}
                                            {f.at_risk.then(|| view! { <span class="badge badge-warn">{state.t(Key::FlagAtRisk)}</span> })}
                                            {f.due_soon.then(|| view! { <span class="badge">{state.t(Key::FlagDueSoon)}</span> })}
                                        </span>
                                        <ProgressBar value=f64::from(p) / 100.0 label=format!("{title}: {p} %")/>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <h3>{move || state.t(Key::NextMilestones)}</h3>
            {move || {
                let items = milestones();
                let lang = state.lang.get();
                if items.is_empty() {
                    view! { <p class="muted">{state.t(Key::NoMilestones)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {items.into_iter().map(|(id, goal, m, due)| view! {
                                <li><a href=format!("/goals/{id}")>{m}</a>
                                    <span class="muted">{format!(" · {goal}{}", due.map(|d| format!(" · {}", lang.date(d))).unwrap_or_default())}</span></li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </div>
    }
}

#[component]
fn Cadence() -> impl IntoView {
    let state = use_state();
    let today = browser::today();
    let counts = Memo::new(move |_| {
        let dates: Vec<_> = state
            .entries
            .with(|m| m.values().map(|r| r.entry.date).collect());
        entries_per_week(&dates, today, CADENCE_WEEKS)
    });
    let starts = week_starts(today, CADENCE_WEEKS);
    view! {
        <div class="card">
            <h2>{move || state.t(Key::CadenceTitle)}</h2>
            <p class="field-hint">{move || state.t(Key::CadenceWeeks)}</p>
            {move || view! { <WeekColumns counts=counts.get()/> }}
            // Hidden in a clipping box: a table cannot be narrower than its text, and at 200 %
            // text a hidden table of that width made the whole page scroll sideways.
            <div class="visually-hidden">
                <table>
                    <thead><tr><th scope="col">{move || state.t(Key::WeekOf)}</th><th scope="col">{move || state.t(Key::Entries)}</th></tr></thead>
                    <tbody>
                        {move || {
                            let lang = state.lang.get();
                            starts.iter().zip(counts.get()).map(|(d, c)| view! {
                                <tr><td>{lang.date(*d)}</td><td>{c}</td></tr>
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <p class="cadence-summary">{move || {
                let c = counts.get();
                let total: usize = c.iter().sum();
                state.lang.get().entries_count(total)
            }}</p>
        </div>
    }
}

#[component]
fn FollowUpsDue() -> impl IntoView {
    let state = use_state();
    let today = browser::today();
    let count = Memo::new(move |_| state.follow_ups_due(today).len());
    view! {
        <Show when=move || { count.get() > 0 }>
            <div class="card">
                <h2>{move || state.t(Key::FollowUpTitle)}</h2>
                <p>{move || state.lang.get().follow_ups_due(count.get())}</p>
                <a class="btn btn-secondary" href="/growth">{move || state.t(Key::SeeAll)}</a>
            </div>
        </Show>
    }
}

/// Days since the last backup, always shown once there is data; when there was none or it is
/// old (or storage may be evicted), it becomes a nudge with a one-tap way to the backup.
#[component]
fn BackupNudge() -> impl IntoView {
    let state = use_state();
    let line = move || {
        if !state.entries.with(|e| !e.is_empty()) {
            return None;
        }
        let days = state.last_backup.get().map(|ms| {
            browser::today().to_days()
                - crate::domain::date::Date::from_millis(ms, browser::tz_offset_minutes()).to_days()
        });
        let not_persisted = state.storage.with(|s| s.persisted == Some(false));
        let urgent = days.is_none_or(|d| d >= BACKUP_NUDGE_DAYS)
            || (not_persisted && days.is_none_or(|d| d >= 1));
        let text = match days {
            None => state.t(Key::BackupNever).to_string(),
            Some(d) => state.lang.get().days_since_backup(d),
        };
        Some((text, urgent))
    };
    view! {
        {move || line().map(|(text, urgent)| if urgent {
            view! {
                <div class="nudge" role="status">
                    <span>{text}</span>
                    <a class="btn btn-small btn-primary" href="/data">{state.t(Key::BackupNudge)}</a>
                </div>
            }.into_any()
        } else {
            view! { <p class="muted backup-line" data-testid="today-backup">{text}</p> }.into_any()
        })}
    }
}
