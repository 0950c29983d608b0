//! The plan as the page shows and prints it: the same sections, order and words as its
//! Markdown file ([`crate::domain::plan::markdown`]), in the plan's language. The document is
//! marked with that language (`lang`) when it differs from the app's, so a screen reader reads
//! it with the right voice.

use crate::domain::plan::words::{self, fill, Label, Word, Words};
use crate::domain::plan::{Plan, PlannedGoal};
use crate::i18n::Lang;
use leptos::prelude::*;

/// A table that scrolls inside its own box on a narrow screen (focusable, so it scrolls by
/// keyboard) instead of pushing the page sideways. Named "Table: …" so it is not a second
/// region with its section's name.
fn scroll_table(w: &dyn Words, name: &str, table: impl IntoView) -> impl IntoView {
    let label = fill(w.label(Label::TableOf), &[("name", name)]);
    view! {
        <div class="table-scroll plan-table-scroll" role="region" tabindex="0" aria-label=label>
            {table}
        </div>
    }
}

#[component]
pub fn PlanDocument(plan: Plan, lang: Lang, app_lang: Lang) -> impl IntoView {
    let w: &dyn Words = &lang;
    let title = words::title(w, plan.period);
    let doc_lang = (lang != app_lang).then(|| lang.code());
    view! {
        <article class="plan-doc" lang=doc_lang aria-labelledby="plan-doc-title" data-testid="plan-doc">
            <h2 id="plan-doc-title" class="plan-doc-title">{title}</h2>
            {who(&plan, lang)}
            {gaps(&plan, lang)}
            {goals(&plan, lang)}
            {done(&plan, lang)}
            {assignments(&plan, lang)}
            {mentoring(&plan, lang)}
            {signatures(&plan, lang)}
        </article>
    }
}

fn section(id: &'static str, heading: String, body: AnyView) -> impl IntoView {
    view! {
        <section class="plan-section" aria-labelledby=id>
            <h3 id=id>{heading}</h3>
            {body}
        </section>
    }
}

fn fact(label: &'static str, value: String) -> impl IntoView {
    view! {
        <div class="plan-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
        </div>
    }
}

fn or_not_filled(w: &dyn Words, s: &str) -> String {
    if s.is_empty() {
        w.label(Label::NotFilled).to_string()
    } else {
        s.to_string()
    }
}

fn who(plan: &Plan, lang: Lang) -> impl IntoView {
    let w: &dyn Words = &lang;
    let who = &plan.who;
    let role = words::target_role(w, &who.target_role, who.target_position)
        .unwrap_or_else(|| w.label(Label::NotFilled).to_string());
    let framework = who.assessment.as_ref().map(|a| {
        let assessed = fill(w.label(Label::AssessedOn), &[("date", &w.date(a.date))]);
        let value = if a.framework.is_empty() {
            assessed
        } else {
            format!("{} ({assessed})", a.framework)
        };
        fact(w.label(Label::Framework), value)
    });
    let body = view! {
        <dl class="plan-facts">
            {fact(w.label(Label::Name), or_not_filled(w, &who.name))}
            {fact(w.label(Label::Position), or_not_filled(w, &who.position))}
            {fact(w.label(Label::Unit), or_not_filled(w, &who.unit))}
            {fact(w.label(Label::TargetRole), role)}
            {framework}
            {fact(w.label(Label::Period), format!("{} – {}", w.date(plan.period.from), w.date(plan.period.to)))}
            {fact(w.label(Label::Made), w.date(plan.made))}
        </dl>
    }
    .into_any();
    section("plan-who", w.label(Label::SectionWho).to_string(), body)
}

fn gaps(plan: &Plan, lang: Lang) -> impl IntoView {
    let w: &dyn Words = &lang;
    let body = if plan.who.assessment.is_none() {
        view! { <p class="plan-empty">{w.label(Label::NoAssessment)}</p> }.into_any()
    } else if plan.gaps.is_empty() {
        view! { <p class="plan-empty">{w.label(Label::NoGaps)}</p> }.into_any()
    } else {
        let rows = plan
            .gaps
            .iter()
            .map(|g| {
                let goals = if g.goals.is_empty() {
                    view! { <em class="plan-uncovered">{w.label(Label::NoGoalYet)}</em> }.into_any()
                } else {
                    view! {
                        <ul class="plan-inline-list">
                            {g.goals.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                };
                view! {
                    <tr>
                        <th scope="row">{g.name.clone()}</th>
                        <td class="num">{g.current}</td>
                        <td class="num">{g.target}</td>
                        <td class="num">{g.size()}</td>
                        <td>{goals}</td>
                    </tr>
                }
            })
            .collect_view();
        let table = view! {
            <table class="plan-table plan-gaps">
                <thead><tr>
                    <th scope="col">{w.label(Label::Competency)}</th>
                    <th scope="col" class="num">{w.label(Label::Current)}</th>
                    <th scope="col" class="num">{w.label(Label::Target)}</th>
                    <th scope="col" class="num">{w.label(Label::GapSize)}</th>
                    <th scope="col">{w.label(Label::GoalsColumn)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        };
        view! {
            <p>{w.label(Label::GapsIntro)}</p>
            {scroll_table(w, w.label(Label::SectionGaps), table)}
            <p class="plan-coverage">{words::coverage(w, &plan.gaps)}</p>
        }
        .into_any()
    };
    section("plan-gaps", w.label(Label::SectionGaps).to_string(), body)
}

fn goal_card(g: &PlannedGoal, lang: Lang) -> impl IntoView {
    let w: &dyn Words = &lang;
    let target = g
        .target_date
        .map_or_else(|| w.label(Label::NoTargetDate).to_string(), |d| w.date(d));
    let gaps = (!g.gaps.is_empty()).then(|| {
        let list: Vec<String> = g.gaps.iter().map(words::gap_ref).collect();
        fact(w.label(Label::Addresses), list.join(", "))
    });
    let other = (!g.other_competencies.is_empty()).then(|| {
        fact(
            w.label(Label::AlsoDevelops),
            g.other_competencies.join(", "),
        )
    });
    let methods = if g.methods.is_empty() {
        w.label(Label::NoMethods).to_string()
    } else {
        words::methods_text(w, &g.methods)
    };
    let milestones = (!g.milestones.is_empty()).then(|| {
        let items = g
            .milestones
            .iter()
            .map(|m| {
                let (done, when) = match (m.done, m.due) {
                    (Some(d), _) => (true, Some(fill(w.label(Label::MilestoneDone), &[("date", &w.date(d))]))),
                    (None, Some(d)) => (false, Some(fill(w.label(Label::MilestoneDue), &[("date", &w.date(d))]))),
                    (None, None) => (false, None),
                };
                view! {
                    <li class:done=done>
                        <span class="plan-tick" aria-hidden="true">{if done { "☑" } else { "☐" }}</span>
                        <span>{m.title.clone()}</span>
                        {when.map(|s| view! { <span class="plan-when">{format!(" ({s})")}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="plan-milestones">
                <h5>{w.label(Label::Milestones)}</h5>
                <ul>{items}</ul>
            </div>
        }
    });
    view! {
        <article class="plan-goal" data-testid="plan-goal">
            <h4>{g.title.clone()}</h4>
            <dl class="plan-facts plan-goal-facts">
                {fact(w.label(Label::Status), w.word(Word::GoalStatus(g.status)).to_string())}
                {fact(w.label(Label::TargetDate), target)}
                {fact(w.label(Label::Progress), w.percent(u32::from(g.progress)))}
                {(!g.why.is_empty()).then(|| fact(w.label(Label::Why), g.why.clone()))}
                {(!g.measure.is_empty()).then(|| fact(w.label(Label::Measure), g.measure.clone()))}
                {gaps}
                {other}
                {fact(w.label(Label::Methods), methods)}
            </dl>
            {milestones}
        </article>
    }
}

fn goals(plan: &Plan, lang: Lang) -> impl IntoView {
    let w: &dyn Words = &lang;
    let body = if plan.goals.is_empty() {
        view! { <p class="plan-empty">{w.label(Label::NoGoals)}</p> }.into_any()
    } else {
        let cards = plan.goals.iter().map(|g| goal_card(g, lang)).collect_view();
        let split = if plan.planned_split.is_empty() {
            view! { <p>{w.label(Label::SplitNone)}</p> }.into_any()
        } else {
            view! {
                <p class="plan-split"><strong>{w.label(Label::PlannedSplit)}": "</strong>{words::shares_line(w, &plan.planned_split)}</p>
                <p class="plan-note">{w.label(Label::SplitNote)}</p>
            }
            .into_any()
        };
        view! {
            <p>{w.label(Label::GoalsIntro)}</p>
            {cards}
            {split}
            {words::without_method(w, plan.goals_without_method).map(|s| view! { <p class="plan-note">{s}</p> })}
        }
        .into_any()
    };
    section("plan-goals", w.label(Label::SectionGoals).to_string(), body)
}

fn done(plan: &Plan, lang: Lang) -> impl IntoView {
    let w: &dyn Words = &lang;
    let d = &plan.done;
    let balance = if d.until < plan.period.from {
        w.label(Label::NotStarted).to_string()
    } else {
        let head = words::balance_heading(w, plan.period.from, d.until);
        if d.balance.is_empty() {
            format!("{head}: {}", w.label(Label::BalanceEmpty))
        } else {
            format!(
                "{head} ({}): {}",
                words::balance_basis(w, &d.balance),
                words::shares_line(w, &d.balance)
            )
        }
    };
    let trainings = if d.trainings.is_empty() {
        view! { <p class="plan-empty">{w.label(Label::TrainingsNone)}</p> }.into_any()
    } else {
        let rows = d
            .trainings
            .iter()
            .map(|t| {
                view! {
                    <tr>
                        <th scope="row">{t.title.clone()}</th>
                        <td class="nowrap">{w.date(t.date)}</td>
                        <td>{words::follow_up(w, t)}</td>
                    </tr>
                }
            })
            .collect_view();
        scroll_table(
            w,
            w.label(Label::Trainings),
            view! {
                <table class="plan-table">
                    <thead><tr>
                        <th scope="col">{w.label(Label::Training)}</th>
                        <th scope="col">{w.label(Label::Date)}</th>
                        <th scope="col">{w.label(Label::FollowUp)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            },
        )
        .into_any()
    };
    let achievements = if d.achievements.is_empty() {
        view! { <p class="plan-empty">{w.label(Label::AchievementsNone)}</p> }.into_any()
    } else {
        view! {
            <ul class="plan-list">
                {d.achievements.iter().map(|a| view! {
                    <li><span class="nowrap">{w.date(a.date)}</span>" — "{a.title.clone()}</li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let body = view! {
        <ul class="plan-list">
            {d.jp.iter().map(|jp| view! { <li>{words::jp_line(w, jp)}</li> }).collect_view()}
            <li>{balance}</li>
        </ul>
        <h4>{w.label(Label::Trainings)}</h4>
        {trainings}
        <h4>{w.label(Label::Achievements)}</h4>
        {achievements}
    }
    .into_any();
    section("plan-done", w.label(Label::SectionDone).to_string(), body)
}

fn assignments(plan: &Plan, lang: Lang) -> impl IntoView {
    let w: &dyn Words = &lang;
    let body = if plan.assignments.is_empty() {
        view! { <p class="plan-empty">{w.label(Label::AssignmentsNone)}</p> }.into_any()
    } else {
        view! {
            <ul class="plan-list">
                {plan.assignments.iter().map(|a| {
                    let mut parts = vec![words::assignment_name(w, a)];
                    parts.extend(words::dates(w, a.start, a.end));
                    parts.push(w.word(Word::AssignmentStatus(a.status)).to_string());
                    parts.push(words::readiness(w, a.readiness.score));
                    view! {
                        <li><strong>{w.word(Word::AssignmentType(a.assignment_type))}": "</strong>{parts.join(" · ")}</li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    section(
        "plan-assignments",
        w.label(Label::SectionAssignments).to_string(),
        body,
    )
}

fn mentoring(plan: &Plan, lang: Lang) -> impl IntoView {
    let w: &dyn Words = &lang;
    let body = if plan.mentoring.is_empty() {
        view! { <p class="plan-empty">{w.label(Label::MentoringNone)}</p> }.into_any()
    } else {
        view! {
            <ul class="plan-list">
                {plan.mentoring.iter().map(|m| {
                    let roles: Vec<&str> = m.roles.iter().map(|r| w.word(Word::Role(*r))).collect();
                    let name = m.name.clone().filter(|n| !n.is_empty()).map(|n| format!(" ({n})"));
                    let mut parts = vec![w.word(Word::Cadence(m.cadence)).to_string(), w.word(Word::Mode(m.mode)).to_string()];
                    if m.status != crate::domain::mentoring::person::PersonStatus::Active {
                        parts.push(w.word(Word::PersonStatus(m.status)).to_string());
                    }
                    parts.push(words::held(w, m.held));
                    parts.extend(words::next_due(w, m));
                    view! {
                        <li><strong>{roles.join(", ")}</strong>{name}" · "{parts.join(" · ")}</li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    section(
        "plan-mentoring",
        w.label(Label::SectionMentoring).to_string(),
        body,
    )
}

fn signatures(plan: &Plan, lang: Lang) -> impl IntoView {
    let w: &dyn Words = &lang;
    let s = &plan.signature;
    let body = view! {
        <p>{w.label(Label::SignaturesIntro)}</p>
        <table class="plan-table plan-signatures">
            <thead><tr>
                <td></td>
                <th scope="col">{w.label(Label::Employee)}</th>
                <th scope="col">{w.label(Label::Supervisor)}</th>
            </tr></thead>
            <tbody>
                <tr><th scope="row">{w.label(Label::Name)}</th><td>{s.employee.clone()}</td><td>{s.supervisor.clone()}</td></tr>
                <tr class="plan-sign-row"><th scope="row">{w.label(Label::Signature)}</th><td></td><td></td></tr>
                <tr><th scope="row">{w.label(Label::Date)}</th><td></td><td></td></tr>
            </tbody>
        </table>
    }
    .into_any();
    section(
        "plan-signatures",
        w.label(Label::SectionSignatures).to_string(),
        body,
    )
}
