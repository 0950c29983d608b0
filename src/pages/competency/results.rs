//! The results of a completed assessment: summary, radar chart with its table, the gap list
//! (largest first) with development methods that become a goal in one step, the change since
//! the previous assessment, what was not assessed, and the evidence recorded.

use super::flow::DeleteAssessment;
use super::radar::RadarChart;
use super::{change_assessment, dated_assessments, fill, find_framework, framework_name};
use crate::browser;
use crate::domain::competency::assessment::{self, gaps, not_assessed, summary, Assessment, Row};
use crate::domain::competency::framework::Framework;
use crate::domain::competency::methods::{for_row, Method};
use crate::domain::goal::{Goal, GoalCategory, TEXT_MAX, TITLE_MAX};
use crate::domain::record::kinds;
use crate::i18n::competency_strings::{method, share};
use crate::i18n::{CompetencyKey, Lang};
use crate::state::{use_state, AppState};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

fn clip(s: String, max: usize) -> String {
    if s.chars().count() <= max {
        s
    } else {
        s.chars().take(max).collect()
    }
}

/// The goal a gap becomes: a Skill goal named after the competency and target level, with the
/// assessment and the chosen method in "why" and the target level's descriptor as the measure.
fn goal_for_gap(
    lang: Lang,
    a: &Assessment,
    framework: &Framework,
    row: &Row,
    m: Method,
) -> Option<Goal> {
    let (current, target) = (row.current?, row.target?);
    let title = fill(
        lang.t(CompetencyKey::GoalTitle),
        &[("competency", &row.name), ("n", &target.to_string())],
    );
    let (name, hint) = method(m);
    let role = a.target_role.trim();
    let why_template = if role.is_empty() {
        CompetencyKey::GoalWhyNoRole
    } else {
        CompetencyKey::GoalWhy
    };
    let why = fill(
        lang.t(why_template),
        &[
            ("date", &lang.date(a.date)),
            ("current", &current.to_string()),
            ("target", &target.to_string()),
            ("role", role),
            ("method", lang.t(name)),
            ("hint", lang.t(hint)),
        ],
    );
    let descriptor = framework
        .competency(&row.competency)
        .map(|c| c.level_text(target).trim().to_string())
        .unwrap_or_default();
    let measure = fill(
        lang.t(CompetencyKey::GoalMeasure),
        &[("n", &target.to_string()), ("descriptor", &descriptor)],
    );
    let measure = measure.trim_end_matches(": ").to_string();
    let mut goal = Goal::new(clip(title, TITLE_MAX), browser::today());
    goal.category = GoalCategory::Skill;
    goal.why = clip(why, TEXT_MAX);
    goal.measure = clip(measure, TEXT_MAX);
    goal.competencies = vec![row.competency.clone()];
    Some(goal)
}

#[component]
pub(super) fn Results(id: StoredValue<String>, live: Memo<Option<Assessment>>) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let framework_id = Memo::new(move |_| {
        live.with(|a| a.as_ref().map(|a| a.framework.clone()).unwrap_or_default())
    });
    let framework = Memo::new(move |_| find_framework(state, &framework_id.get()));
    let previous = Memo::new(move |_| {
        let list = dated_assessments(state);
        assessment::previous(&list, &id.get_value()).cloned()
    });
    let rows = Memo::new(move |_| {
        live.with(|a| {
            let Some(a) = a else { return Vec::new() };
            let empty = Framework::default();
            framework.with(|f| {
                previous.with(|p| {
                    assessment::rows(
                        f.as_ref().unwrap_or(&empty),
                        a,
                        p.as_ref().map(|p| &p.assessment),
                    )
                })
            })
        })
    });
    let previous_date =
        Memo::new(move |_| previous.with(|p| p.as_ref().map(|p| p.assessment.date)));
    let sum = Memo::new(move |_| rows.with(|r| summary(r)));

    let reopen = move |_| {
        change_assessment(state, &id.get_value(), |a| a.reopen());
        crate::ui::focus_when_ready("level-opt-1");
    };
    let make_goal = move |row: Row, m: Method| {
        let lang = state.lang.get_untracked();
        let (Some(a), Some(f)) = (live.get_untracked(), framework.get_untracked()) else {
            return;
        };
        if let Some(goal) = goal_for_gap(lang, &a, &f, &row, m) {
            let gid = browser::new_id();
            state.save_view(kinds::GOAL, &gid, &goal);
            navigate(&format!("/goals/{gid}"), Default::default());
        }
    };

    let meta = move || {
        let lang = state.lang.get();
        live.with(|a| a.as_ref().map(|a| lang.date(a.date)).unwrap_or_default())
    };
    let role = move || {
        live.with(|a| {
            a.as_ref()
                .map(|a| a.target_role.trim().to_string())
                .unwrap_or_default()
        })
    };

    view! {
        <section class="page assessment-results" aria-labelledby="results-heading">
            <header class="page-header">
                <div class="results-head">
                    <h1 id="results-heading" tabindex="-1">{move || state.t(CompetencyKey::ResultsTitle)}</h1>
                    <p class="results-meta">
                        <time>{meta}</time>" · "
                        <a href=move || format!("/competencies/framework/{}", framework_id.get())>
                            {move || framework.with(|f| framework_name(state.lang.get(), f.as_ref()))}
                        </a>
                    </p>
                    <Show when=move || !role().is_empty()>
                        <p class="results-role">{move || fill(state.t(CompetencyKey::TargetRoleIs), &[("role", &role())])}</p>
                    </Show>
                    <p class="muted results-summary">{move || {
                        let s = sum.get();
                        fill(state.t(CompetencyKey::SummaryLine), &[
                            ("assessed", &s.assessed.to_string()),
                            ("total", &(s.assessed + s.not_assessed).to_string()),
                            ("met", &s.met.to_string()),
                            ("gaps", &s.gaps.to_string()),
                        ])
                    }}</p>
                </div>
                <div class="editor-actions">
                    <button type="button" class="btn btn-secondary" on:click=reopen>{move || state.t(CompetencyKey::EditAnswers)}</button>
                    <a class="btn btn-secondary" href="/competencies">{move || state.t(CompetencyKey::BackToList)}</a>
                </div>
            </header>
            <Show when=move || framework.with(Option::is_none)>
                <p class="empty-note" role="note">{move || state.t(CompetencyKey::FrameworkGone)}</p>
            </Show>

            <section class="card results-chart" aria-labelledby="chart-heading">
                <h2 id="chart-heading">{move || state.t(CompetencyKey::ChartTitle)}</h2>
                {move || view! { <RadarChart rows=rows.get() previous_date=previous_date.get()/> }}
            </section>

            <section class="card results-gaps" aria-labelledby="gaps-heading">
                <h2 id="gaps-heading">{move || state.t(CompetencyKey::GapsTitle)}</h2>
                {move || {
                    let all = rows.get();
                    let list: Vec<Row> = gaps(&all).into_iter().cloned().collect();
                    if sum.get().with_target == 0 {
                        return view! { <p class="muted">{move || state.t(CompetencyKey::GapsNoTargets)}</p> }.into_any();
                    }
                    if list.is_empty() {
                        return view! { <p class="muted">{move || state.t(CompetencyKey::GapsNone)}</p> }.into_any();
                    }
                    let make_goal = make_goal.clone();
                    view! {
                        <ol class="gap-list">
                            {list.into_iter().map(|row| view! { <GapItem row=row make_goal=make_goal.clone()/> }).collect_view()}
                        </ol>
                    }.into_any()
                }}
            </section>

            <section class="card results-change" aria-labelledby="change-heading">
                <h2 id="change-heading">{move || state.t(CompetencyKey::ChangeTitle)}</h2>
                <ChangeList rows=rows previous_date=previous_date/>
            </section>

            <Show when=move || rows.with(|r| !not_assessed(r).is_empty())>
                <section class="card results-not-assessed" aria-labelledby="na-heading">
                    <h2 id="na-heading">{move || state.t(CompetencyKey::NotAssessedTitle)}</h2>
                    <ul class="plain-list">
                        {move || rows.with(|r| not_assessed(r).into_iter().map(|r| view! { <li>{r.name.clone()}</li> }).collect_view())}
                    </ul>
                </section>
            </Show>

            <EvidenceRecorded live=live rows=rows/>
            <crate::pages::mentor::comments::ReceivedComments target=Signal::derive(move || id.get_value())/>
            <DeleteAssessment id=id/>
        </section>
    }
}

#[component]
fn GapItem<F>(row: Row, make_goal: F) -> impl IntoView
where
    F: Fn(Row, Method) + Clone + Send + Sync + 'static,
{
    let state = use_state();
    let gap = row.gap().unwrap_or(0);
    let (current, target) = (row.current.unwrap_or(0), row.target.unwrap_or(0));
    let methods = for_row(&row);
    let name = row.name.clone();
    view! {
        <li class="gap-item">
            <div class="gap-head">
                <h3>{name.clone()}</h3>
                <span class="gap-size">{move || if gap == 1 {
                    state.t(CompetencyKey::GapShortOne).to_string()
                } else {
                    fill(state.t(CompetencyKey::GapShort), &[("n", &gap.to_string())])
                }}</span>
            </div>
            <p class="gap-levels">{move || fill(state.t(CompetencyKey::GapLine), &[("current", &current.to_string()), ("target", &target.to_string())])}</p>
            <h4 class="methods-heading">{move || state.t(CompetencyKey::MethodsHeading)}</h4>
            <ul class="method-list">
                {methods.into_iter().map(|m| {
                    let (mname, mhint) = method(m);
                    let row = row.clone();
                    let name = name.clone();
                    let make_goal = make_goal.clone();
                    view! {
                        <li class="method" data-method=m.as_str()>
                            <div class="method-text">
                                <span class="method-share">{move || state.t(share(m.share()))}</span>
                                <strong class="method-name">{move || state.t(mname)}</strong>
                                <span class="method-hint">{move || state.t(mhint)}</span>
                            </div>
                            <button type="button" class="btn btn-secondary btn-small method-goal"
                                aria-label=move || fill(state.t(CompetencyKey::MakeGoalNamed), &[("method", state.t(mname)), ("competency", &name)])
                                on:click=move |_| make_goal(row.clone(), m)>
                                {move || state.t(CompetencyKey::MakeGoal)}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </li>
    }
}

#[component]
fn ChangeList(
    rows: Memo<Vec<Row>>,
    previous_date: Memo<Option<crate::domain::date::Date>>,
) -> impl IntoView {
    let state = use_state();
    move || {
        let Some(date) = previous_date.get() else {
            return view! { <p class="muted">{move || state.t(CompetencyKey::ChangeFirst)}</p> }
                .into_any();
        };
        let all = rows.get();
        let s = summary(&all);
        let same = all.iter().filter(|r| r.change() == Some(0)).count();
        view! {
            <p class="muted">{move || fill(state.t(CompetencyKey::ChangeSince), &[("date", &state.lang.get().date(date))])}" "
                {move || fill(state.t(CompetencyKey::ChangeSummary), &[("up", &s.improved.to_string()), ("down", &s.declined.to_string()), ("same", &same.to_string())])}
            </p>
            <ul class="change-list">
                {all.into_iter().map(|r| {
                    let change = r.change();
                    let (class, arrow) = match change {
                        Some(c) if c > 0 => ("change-up", "↑"),
                        Some(c) if c < 0 => ("change-down", "↓"),
                        Some(_) => ("change-same", "="),
                        None => ("change-none", ""),
                    };
                    view! {
                        <li>
                            <span class="change-name">{r.name.clone()}</span>
                            <span class=format!("change-badge {class}")>
                                {(!arrow.is_empty()).then(|| view! { <span aria-hidden="true">{arrow}</span> })}
                                <span>{move || match change {
                                    Some(c) if c > 0 => fill(state.t(CompetencyKey::ChangeUp), &[("n", &c.to_string())]),
                                    Some(c) if c < 0 => fill(state.t(CompetencyKey::ChangeDown), &[("n", &(-c).to_string())]),
                                    Some(_) => state.t(CompetencyKey::ChangeSame).to_string(),
                                    None => state.t(CompetencyKey::ChangeNone).to_string(),
                                }}</span>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }.into_any()
    }
}

#[component]
fn EvidenceRecorded(live: Memo<Option<Assessment>>, rows: Memo<Vec<Row>>) -> impl IntoView {
    let state = use_state();
    let items = Memo::new(move |_| {
        live.with(|a| {
            let Some(a) = a else { return Vec::new() };
            rows.with(|rows| {
                rows.iter()
                    .filter_map(|row| {
                        let r = a.rating(&row.competency)?;
                        (!r.evidence.trim().is_empty() || !r.entries.is_empty()).then(|| {
                            (
                                row.name.clone(),
                                r.evidence.trim().to_string(),
                                r.entries.clone(),
                            )
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let entry_link = move |state: AppState, eid: String| {
        let row = state.entry(&eid);
        let title = match row.as_ref().map(|r| r.entry.title.trim().to_string()) {
            Some(t) if !t.is_empty() => t,
            Some(_) => state.t(crate::i18n::Key::Untitled).to_string(),
            None => state.t(CompetencyKey::EntryMissing).to_string(),
        };
        match row {
            Some(_) => view! { <li><a href=format!("/journal/{eid}")>{title}</a></li> }.into_any(),
            None => view! { <li class="muted">{title}</li> }.into_any(),
        }
    };
    view! {
        <Show when=move || items.with(|i| !i.is_empty())>
            <section class="card results-evidence" aria-labelledby="evidence-heading">
                <h2 id="evidence-heading">{move || state.t(CompetencyKey::EvidenceTitle)}</h2>
                <dl class="evidence-recorded">
                    {move || items.get().into_iter().map(|(name, text, entries)| view! {
                        <dt>{name}</dt>
                        <dd>
                            {(!text.is_empty()).then(|| view! { <p class="evidence-quote">{text}</p> })}
                            {(!entries.is_empty()).then(|| view! {
                                <ul class="evidence-links">{entries.into_iter().map(|e| entry_link(state, e)).collect_view()}</ul>
                            })}
                        </dd>
                    }).collect_view()}
                </dl>
            </section>
        </Show>
    }
}
