//! The Competencies overview: start a self-assessment, resume a half-done one, the latest
//! results at a glance, the trend of every competency over time, all assessments, the
//! frameworks (built-in and the person's own) and where the standard comes from.

use super::{
    all_frameworks, dated_assessments, fill, find_framework, framework_name, level_cell,
    start_assessment,
};
use crate::browser;
use crate::domain::competency::assessment::{
    self, gaps, sort_chronologically, summary, Dated, Trend,
};
use crate::domain::competency::builtin::{self, ASN_ID};
use crate::domain::competency::framework::Framework;
use crate::domain::competency::radar::{num, sparkline};
use crate::domain::record::kinds;
use crate::i18n::competency_strings::short_date;
use crate::i18n::{CompetencyKey, Lang, PlanKey};
use crate::state::use_state;
use crate::ui::{icons, Loading};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

fn count_text(lang: Lang, n: usize) -> String {
    if n == 1 {
        lang.t(CompetencyKey::CompetencyCountOne).to_string()
    } else {
        fill(
            lang.t(CompetencyKey::CompetencyCount),
            &[("n", &n.to_string())],
        )
    }
}

fn gap_count_text(lang: Lang, n: usize) -> String {
    match n {
        0 => lang.t(CompetencyKey::NoGaps).to_string(),
        1 => lang.t(CompetencyKey::GapCountOne).to_string(),
        n => fill(lang.t(CompetencyKey::GapCount), &[("n", &n.to_string())]),
    }
}

#[component]
pub fn CompetenciesPage() -> impl IntoView {
    let state = use_state();
    // Oldest first; every section below picks from this one list.
    let dated = Memo::new(move |_| {
        let mut list = dated_assessments(state);
        sort_chronologically(&mut list);
        list
    });
    let has_any = move || dated.with(|d| !d.is_empty());

    view! {
        <section class="page competencies" aria-labelledby="competencies-title">
            <header class="page-header">
                <div>
                    <h1 id="competencies-title">{move || state.t(CompetencyKey::Title)}</h1>
                    <p class="muted page-intro">{move || state.t(CompetencyKey::Intro)}</p>
                </div>
                <a class="btn btn-secondary" href="/plan" title=move || state.t(PlanKey::OpenPlanHint)>
                    {icons::plan()}
                    <span>{move || state.t(PlanKey::OpenPlan)}</span>
                </a>
            </header>
            <Show when=move || state.loaded.get() fallback=move || view! {
                <Loading/>
            }>
                <Show when=move || !has_any()>
                    <div class="empty-state competency-empty">
                        <svg class="empty-illustration" viewBox="0 0 120 90" aria-hidden="true" focusable="false">
                            <polygon points="60,8 100,36 86,82 34,82 20,36" fill="var(--surface-2)" stroke="var(--border)" stroke-width="2"/>
                            <polygon points="60,26 84,42 76,70 44,70 36,42" fill="none" stroke="var(--accent)" stroke-width="3"/>
                            <polygon points="60,18 92,40 70,66 40,74 30,40" fill="none" stroke="var(--text)" stroke-width="2" stroke-dasharray="5 4"/>
                        </svg>
                        <h2>{move || state.t(CompetencyKey::EmptyTitle)}</h2>
                        <p>{move || state.t(CompetencyKey::EmptyBody)}</p>
                    </div>
                </Show>
                <StartCard/>
                <InProgress dated=dated/>
                <Latest dated=dated/>
                <TrendSection dated=dated/>
                <AllAssessments dated=dated/>
                <Frameworks dated=dated/>
                <About/>
            </Show>
        </section>
    }
}

#[component]
fn StartCard() -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let frameworks = Memo::new(move |_| all_frameworks(state));
    let chosen = RwSignal::new(ASN_ID.to_string());
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = chosen.get_untracked();
        // A framework deleted meanwhile (another tab) falls back to the standard.
        let id = if frameworks.with_untracked(|f| f.iter().any(|(fid, _)| *fid == id)) {
            id
        } else {
            ASN_ID.to_string()
        };
        start_assessment(state, &id, &navigate);
    };
    view! {
        <section class="card start-card" aria-labelledby="start-heading">
            <h2 id="start-heading">{move || state.t(CompetencyKey::NewAssessment)}</h2>
            <form class="start-form" on:submit=start>
                <div class="field">
                    <label for="start-framework">{move || state.t(CompetencyKey::FieldFramework)}</label>
                    <select id="start-framework" on:change=move |ev| chosen.set(event_target_value(&ev))>
                        {move || {
                            let lang = state.lang.get();
                            frameworks.get().into_iter().map(|(id, f)| {
                                let label = format!("{} ({})", framework_name(lang, Some(&f)), count_text(lang, f.competencies.len()));
                                let selected = chosen.get_untracked() == id;
                                view! { <option value=id selected=selected>{label}</option> }
                            }).collect_view()
                        }}
                    </select>
                </div>
                <button type="submit" class="btn btn-primary">{move || state.t(CompetencyKey::Start)}</button>
            </form>
        </section>
    }
}

#[component]
fn InProgress(dated: Memo<Vec<Dated>>) -> impl IntoView {
    let state = use_state();
    let open = Memo::new(move |_| {
        dated.with(|d| {
            d.iter()
                .rev()
                .filter(|d| !d.assessment.is_completed())
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || open.with(|o| !o.is_empty())>
            <section class="card in-progress" aria-labelledby="in-progress-heading">
                <h2 id="in-progress-heading">{move || state.t(CompetencyKey::InProgressTitle)}</h2>
                <ul class="assessment-list">
                    {move || open.get().into_iter().map(|d| {
                        let f = find_framework(state, &d.assessment.framework);
                        let lang = state.lang.get();
                        let total = f.as_ref().map_or(0, |f| f.competencies.len());
                        let answered = f.as_ref().map_or(0, |f| d.assessment.answered(f));
                        let date = lang.date(d.assessment.date);
                        view! {
                            <li class="assessment-row">
                                <div class="assessment-row-text">
                                    <span class="assessment-row-title">{fill(lang.t(CompetencyKey::AssessmentOn), &[("date", &date)])}</span>
                                    <span class="muted">{framework_name(lang, f.as_ref())}" · "
                                        {fill(lang.t(CompetencyKey::AnsweredOf), &[("n", &answered.to_string()), ("total", &total.to_string())])}</span>
                                </div>
                                <a class="btn btn-primary" href=format!("/competencies/assessment/{}", d.id)
                                    aria-label=fill(lang.t(CompetencyKey::ResumeNamed), &[("date", &date)])>
                                    {lang.t(CompetencyKey::Resume)}
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

#[component]
fn Latest(dated: Memo<Vec<Dated>>) -> impl IntoView {
    let state = use_state();
    let latest = Memo::new(move |_| {
        dated.with(|d| {
            d.iter()
                .rev()
                .find(|d| d.assessment.is_completed())
                .cloned()
        })
    });
    view! {
        {move || latest.get().map(|d| {
            let lang = state.lang.get();
            let f = find_framework(state, &d.assessment.framework);
            let empty = Framework::default();
            let list = dated.get();
            let prev = assessment::previous(&list, &d.id).map(|p| &p.assessment);
            let rows = assessment::rows(f.as_ref().unwrap_or(&empty), &d.assessment, prev);
            let s = summary(&rows);
            let top: Vec<(String, u8, u8)> = gaps(&rows)
                .into_iter()
                .take(3)
                .map(|r| (r.name.clone(), r.current.unwrap_or(0), r.target.unwrap_or(0)))
                .collect();
            let role = d.assessment.target_role.trim().to_string();
            view! {
                <section class="card latest" aria-labelledby="latest-heading">
                    <h2 id="latest-heading">{lang.t(CompetencyKey::LatestTitle)}</h2>
                    <p class="latest-meta">
                        <strong>{lang.date(d.assessment.date)}</strong>" · "{framework_name(lang, f.as_ref())}
                        {(!role.is_empty()).then(|| format!(" · {}", fill(lang.t(CompetencyKey::TargetRoleIs), &[("role", &role)])))}
                    </p>
                    <p class="muted">{fill(lang.t(CompetencyKey::SummaryLine), &[
                        ("assessed", &s.assessed.to_string()),
                        ("total", &(s.assessed + s.not_assessed).to_string()),
                        ("met", &s.met.to_string()),
                        ("gaps", &s.gaps.to_string()),
                    ])}</p>
                    {(!top.is_empty()).then(|| view! {
                        <h3 class="latest-sub">{lang.t(CompetencyKey::TopGaps)}</h3>
                        <ul class="latest-gaps">
                            {top.into_iter().map(|(name, c, t)| view! {
                                <li><span>{name}</span><span class="muted">{fill(lang.t(CompetencyKey::GapLine), &[("current", &c.to_string()), ("target", &t.to_string())])}</span></li>
                            }).collect_view()}
                        </ul>
                    })}
                    <a class="btn btn-secondary" href=format!("/competencies/assessment/{}", d.id)>{lang.t(CompetencyKey::OpenResults)}</a>
                </section>
            }
        })}
    }
}

#[component]
fn TrendSection(dated: Memo<Vec<Dated>>) -> impl IntoView {
    let state = use_state();
    // Frameworks with at least one completed assessment, the latest one's first.
    let used = Memo::new(move |_| {
        let mut ids: Vec<String> = Vec::new();
        dated.with(|d| {
            for a in d.iter().rev().filter(|d| d.assessment.is_completed()) {
                if !ids.contains(&a.assessment.framework) {
                    ids.push(a.assessment.framework.clone());
                }
            }
        });
        ids
    });
    let picked = RwSignal::new(None::<String>);
    let current = Memo::new(move |_| {
        let ids = used.get();
        picked
            .get()
            .filter(|p| ids.contains(p))
            .or_else(|| ids.first().cloned())
    });
    let trend = Memo::new(move |_| {
        let Some(fid) = current.get() else {
            return Trend::default();
        };
        let f = find_framework(state, &fid).unwrap_or_default();
        dated.with(|d| assessment::trend(&fid, &f, d))
    });
    view! {
        <Show when=move || current.with(Option::is_some)>
            <section class="card trend" aria-labelledby="trend-heading">
                <h2 id="trend-heading">{move || state.t(CompetencyKey::TrendTitle)}</h2>
                <p class="muted">{move || state.t(CompetencyKey::TrendIntro)}</p>
                <Show when=move || used.with(|u| u.len() > 1)>
                    <div class="field trend-pick">
                        <label for="trend-framework">{move || state.t(CompetencyKey::FieldFramework)}</label>
                        <select id="trend-framework" on:change=move |ev| picked.set(Some(event_target_value(&ev)))>
                            {move || used.get().into_iter().map(|id| {
                                let name = framework_name(state.lang.get(), find_framework(state, &id).as_ref());
                                let selected = current.get_untracked().as_deref() == Some(id.as_str());
                                view! { <option value=id selected=selected>{name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                </Show>
                <Show when=move || trend.with(|t| t.assessments.len() == 1)>
                    <p class="muted">{move || state.t(CompetencyKey::TrendOne)}</p>
                </Show>
                {move || {
                    let t = trend.get();
                    let lang = state.lang.get();
                    view! {
                        <div class="table-scroll" role="region" aria-labelledby="trend-caption" tabindex="0">
                            <table class="trend-table">
                                // Named for assistive technology; the section's heading and intro say it
                                // on screen, where a caption would scroll away with a wide table.
                                <caption id="trend-caption" class="visually-hidden">{lang.t(CompetencyKey::TrendCaption)}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{lang.t(CompetencyKey::ColCompetency)}</th>
                                        <th scope="col" class="spark-col"><span class="visually-hidden">{lang.t(CompetencyKey::TrendTitle)}</span></th>
                                        {t.assessments.iter().map(|(_, d)| view! {
                                            <th scope="col" class="num"><time datetime=d.to_string()>{short_date(lang, *d)}</time></th>
                                        }).collect_view()}
                                    </tr>
                                </thead>
                                <tbody>
                                    {t.rows.iter().map(|r| {
                                        let (d, pts) = sparkline(&r.levels, 80.0, 20.0);
                                        view! {
                                            <tr>
                                                <th scope="row">{r.name.clone()}</th>
                                                <td class="spark-col">
                                                    <svg class="sparkline" viewBox="-4 -4 88 28" width="88" height="28" aria-hidden="true" focusable="false">
                                                        <path d=d class="spark-line"/>
                                                        {pts.into_iter().map(|(x, y)| view! { <circle cx=num(x) cy=num(y) r="2.5" class="spark-dot"/> }).collect_view()}
                                                    </svg>
                                                </td>
                                                {r.levels.iter().map(|l| view! {
                                                    <td class="num" class:not-assessed=l.is_none()>{level_cell(*l, CompetencyKey::NotAssessedShort)}</td>
                                                }).collect_view()}
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <p class="table-note" aria-hidden="true">{lang.t(CompetencyKey::DashNote)}</p>
                    }
                }}
            </section>
        </Show>
    }
}

#[component]
fn AllAssessments(dated: Memo<Vec<Dated>>) -> impl IntoView {
    let state = use_state();
    view! {
        <Show when=move || dated.with(|d| !d.is_empty())>
            <section class="card all-assessments" aria-labelledby="history-heading">
                <h2 id="history-heading">{move || state.t(CompetencyKey::HistoryTitle)}</h2>
                <ul class="assessment-list">
                    {move || {
                        let list = dated.get();
                        let lang = state.lang.get();
                        list.iter().rev().map(|d| {
                            let f = find_framework(state, &d.assessment.framework);
                            let done = d.assessment.is_completed();
                            let gap_text = done.then(|| {
                                let empty = Framework::default();
                                let rows = assessment::rows(f.as_ref().unwrap_or(&empty), &d.assessment, None);
                                gap_count_text(lang, gaps(&rows).len())
                            });
                            view! {
                                <li class="assessment-row">
                                    <div class="assessment-row-text">
                                        <a class="assessment-row-title" href=format!("/competencies/assessment/{}", d.id)>
                                            {fill(lang.t(CompetencyKey::AssessmentOn), &[("date", &lang.date(d.assessment.date))])}
                                        </a>
                                        <span class="muted">{framework_name(lang, f.as_ref())}
                                            {(!d.assessment.target_role.trim().is_empty()).then(|| format!(" · {}", d.assessment.target_role.trim()))}
                                            {gap_text.map(|g| format!(" · {g}"))}</span>
                                    </div>
                                    <span class="assessment-status" data-status=d.assessment.status.as_str()>
                                        {lang.t(if done { CompetencyKey::StatusCompleted } else { CompetencyKey::StatusInProgress })}
                                    </span>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}

#[component]
fn Frameworks(dated: Memo<Vec<Dated>>) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let frameworks = Memo::new(move |_| all_frameworks(state));
    let new_name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<CompetencyKey>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked();
        let name = name.trim();
        if name.is_empty() {
            error.set(Some(CompetencyKey::ErrNameEmpty));
            crate::ui::focus_when_ready("new-framework-name");
            return;
        }
        if crate::domain::competency::too_long(name, crate::domain::competency::framework::NAME_MAX)
        {
            error.set(Some(CompetencyKey::ErrTooLong));
            return;
        }
        let id = browser::new_id();
        state.save_view(kinds::FRAMEWORK, &id, &Framework::new(name));
        navigate(&format!("/competencies/framework/{id}"), Default::default());
    };
    view! {
        <section class="card frameworks" aria-labelledby="frameworks-heading">
            <h2 id="frameworks-heading">{move || state.t(CompetencyKey::FrameworksTitle)}</h2>
            <ul class="framework-list">
                {move || {
                    let lang = state.lang.get();
                    frameworks.get().into_iter().map(|(id, f)| {
                        let built = builtin::is_builtin(&id);
                        let used = dated.with(|d| d.iter().filter(|a| a.assessment.framework == id).count());
                        view! {
                            <li class="framework-row">
                                <a href=format!("/competencies/framework/{id}")>{framework_name(lang, Some(&f))}</a>
                                <span class="framework-row-meta">
                                    <span class="badge" data-builtin=built.to_string()>{lang.t(if built { CompetencyKey::BuiltIn } else { CompetencyKey::Custom })}</span>
                                    <span class="muted">{count_text(lang, f.competencies.len())}</span>
                                    {(used > 0).then(|| view! { <span class="muted">{if used == 1 {
                                        lang.t(CompetencyKey::UsedByOne).to_string()
                                    } else {
                                        fill(lang.t(CompetencyKey::UsedBy), &[("n", &used.to_string())])
                                    }}</span> })}
                                </span>
                            </li>
                        }
                    }).collect_view()
                }}
            </ul>
            <form class="new-framework" on:submit=create novalidate>
                <div class="field">
                    <label for="new-framework-name">{move || state.t(CompetencyKey::NewFrameworkName)}</label>
                    <input id="new-framework-name" type="text" autocomplete="off" maxlength="400"
                        aria-invalid=move || error.get().is_some().to_string()
                        aria-describedby="new-framework-error"
                        prop:value=move || new_name.get()
                        on:input=move |ev| { new_name.set(event_target_value(&ev)); error.set(None); }/>
                    <p id="new-framework-error" class="field-error" aria-live="polite">{move || error.get().map(|k| state.t(k))}</p>
                </div>
                <button type="submit" class="btn btn-secondary">{icons::plus()}<span>{move || state.t(CompetencyKey::NewFramework)}</span></button>
            </form>
        </section>
    }
}

#[component]
fn About() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="card about-standard" aria-labelledby="about-heading">
            <h2 id="about-heading">{move || state.t(CompetencyKey::AboutTitle)}</h2>
            <p>{move || state.t(CompetencyKey::AboutAsn)}</p>
            <p>{move || state.t(CompetencyKey::AboutPositions)}</p>
            <p>{move || state.t(CompetencyKey::AboutGeneric)}</p>
            <p>{move || state.t(CompetencyKey::AboutMethods)}</p>
        </section>
    }
}
