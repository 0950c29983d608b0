//! The development plan as a Markdown file, for editing elsewhere (a word processor, an
//! agency's own template). It holds the same sections, in the same order and the same words,
//! as the plan on screen and on paper.
//!
//! # Format
//!
//! CommonMark with GitHub tables, LF line ends, one final newline. The sections are level-2
//! headings, each goal a level-3 heading. Text the person wrote is put on one line (line
//! breaks become spaces: it sits in list items and table cells) and escaped with a backslash
//! where Markdown would read it as markup: `\` `` ` `` `*` `_` `[` `]` `<` `>` `|` `&`. So a
//! goal called `*Baru* <b>` stays that text, and a `|` never splits a table cell.

use super::words::{self, fill, Label, Word, Words};
use super::{Plan, PlanPeriod};
use std::fmt::Write as _;

/// `jejak-development-plan-2026.md`, or with both dates for another period.
pub fn file_name(p: PlanPeriod) -> String {
    if p.is_calendar_year() {
        format!("jejak-development-plan-{}.md", p.from.year)
    } else {
        format!("jejak-development-plan-{}-{}.md", p.from, p.to)
    }
}

/// Person-written text on one line, its Markdown markup escaped (see the module comment).
pub fn text(s: &str) -> String {
    let line = words::one_line(s);
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Bold `label:` and a value, for the list items of a section.
fn field(out: &mut String, w: &dyn Words, label: Label, value: &str) {
    let _ = writeln!(out, "- **{}:** {value}", w.label(label));
}

fn or_not_filled(w: &dyn Words, s: &str) -> String {
    if s.is_empty() {
        w.label(Label::NotFilled).to_string()
    } else {
        text(s)
    }
}

/// The whole plan in the language of `w`.
pub fn plan_markdown(plan: &Plan, w: &dyn Words) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", words::title(w, plan.period));
    who(&mut out, plan, w);
    gaps(&mut out, plan, w);
    goals(&mut out, plan, w);
    done(&mut out, plan, w);
    assignments(&mut out, plan, w);
    mentoring(&mut out, plan, w);
    signatures(&mut out, plan, w);
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn heading(out: &mut String, w: &dyn Words, label: Label) {
    let _ = writeln!(out, "## {}\n", w.label(label));
}

fn who(out: &mut String, plan: &Plan, w: &dyn Words) {
    let who = &plan.who;
    heading(out, w, Label::SectionWho);
    field(out, w, Label::Name, &or_not_filled(w, &who.name));
    field(out, w, Label::Position, &or_not_filled(w, &who.position));
    field(out, w, Label::Unit, &or_not_filled(w, &who.unit));
    let role = words::target_role(w, &text(&who.target_role), who.target_position);
    field(
        out,
        w,
        Label::TargetRole,
        &role.unwrap_or_else(|| w.label(Label::NotFilled).to_string()),
    );
    if let Some(a) = &who.assessment {
        let assessed = fill(w.label(Label::AssessedOn), &[("date", &w.date(a.date))]);
        let value = if a.framework.is_empty() {
            assessed
        } else {
            format!("{} ({assessed})", text(&a.framework))
        };
        field(out, w, Label::Framework, &value);
    }
    field(
        out,
        w,
        Label::Period,
        &format!("{} – {}", w.date(plan.period.from), w.date(plan.period.to)),
    );
    field(out, w, Label::Made, &w.date(plan.made));
    out.push('\n');
}

fn gaps(out: &mut String, plan: &Plan, w: &dyn Words) {
    heading(out, w, Label::SectionGaps);
    if plan.who.assessment.is_none() {
        let _ = writeln!(out, "{}\n", w.label(Label::NoAssessment));
        return;
    }
    if plan.gaps.is_empty() {
        let _ = writeln!(out, "{}\n", w.label(Label::NoGaps));
        return;
    }
    let _ = writeln!(out, "{}\n", w.label(Label::GapsIntro));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} |",
        w.label(Label::Competency),
        w.label(Label::Current),
        w.label(Label::Target),
        w.label(Label::GapSize),
        w.label(Label::GoalsColumn)
    );
    out.push_str("|---|---:|---:|---:|---|\n");
    for g in &plan.gaps {
        let goals = if g.goals.is_empty() {
            format!("*{}*", w.label(Label::NoGoalYet))
        } else {
            g.goals
                .iter()
                .map(|t| text(t))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {goals} |",
            text(&g.name),
            g.current,
            g.target,
            g.size()
        );
    }
    out.push('\n');
    // The names are the person's own for a custom framework: escaped like any of their text.
    let open: Vec<String> = plan.uncovered().map(|g| text(&g.name)).collect();
    let line = if open.is_empty() {
        w.label(Label::AllCovered).to_string()
    } else {
        fill(w.label(Label::Uncovered), &[("list", &open.join(", "))])
    };
    let _ = writeln!(out, "{line}\n");
}

fn goals(out: &mut String, plan: &Plan, w: &dyn Words) {
    heading(out, w, Label::SectionGoals);
    if plan.goals.is_empty() {
        let _ = writeln!(out, "{}\n", w.label(Label::NoGoals));
    } else {
        let _ = writeln!(out, "{}\n", w.label(Label::GoalsIntro));
    }
    for g in &plan.goals {
        let _ = writeln!(out, "### {}\n", text(&g.title));
        let target = g
            .target_date
            .map_or_else(|| w.label(Label::NoTargetDate).to_string(), |d| w.date(d));
        let _ = writeln!(
            out,
            "- **{}:** {} · **{}:** {target} · **{}:** {}",
            w.label(Label::Status),
            w.word(Word::GoalStatus(g.status)),
            w.label(Label::TargetDate),
            w.label(Label::Progress),
            w.percent(u32::from(g.progress))
        );
        if !g.why.is_empty() {
            field(out, w, Label::Why, &text(&g.why));
        }
        if !g.measure.is_empty() {
            field(out, w, Label::Measure, &text(&g.measure));
        }
        if !g.gaps.is_empty() {
            let list: Vec<String> = g
                .gaps
                .iter()
                .map(|r| format!("{} ({})", text(&r.name), words::levels(r.current, r.target)))
                .collect();
            field(out, w, Label::Addresses, &list.join(", "));
        }
        if !g.other_competencies.is_empty() {
            let list: Vec<String> = g.other_competencies.iter().map(|n| text(n)).collect();
            field(out, w, Label::AlsoDevelops, &list.join(", "));
        }
        let methods = if g.methods.is_empty() {
            format!("*{}*", w.label(Label::NoMethods))
        } else {
            words::methods_text(w, &g.methods)
        };
        field(out, w, Label::Methods, &methods);
        if !g.milestones.is_empty() {
            let _ = writeln!(out, "- **{}:**", w.label(Label::Milestones));
            for m in &g.milestones {
                let (tick, when) = match (m.done, m.due) {
                    (Some(d), _) => (
                        "x",
                        Some(fill(w.label(Label::MilestoneDone), &[("date", &w.date(d))])),
                    ),
                    (None, Some(d)) => (
                        " ",
                        Some(fill(w.label(Label::MilestoneDue), &[("date", &w.date(d))])),
                    ),
                    (None, None) => (" ", None),
                };
                let when = when.map(|s| format!(" ({s})")).unwrap_or_default();
                let _ = writeln!(out, "  - [{tick}] {}{when}", text(&m.title));
            }
        }
        out.push('\n');
    }
    if !plan.goals.is_empty() {
        if plan.planned_split.is_empty() {
            let _ = writeln!(out, "{}\n", w.label(Label::SplitNone));
        } else {
            let _ = writeln!(
                out,
                "**{}:** {}\n",
                w.label(Label::PlannedSplit),
                words::shares_line(w, &plan.planned_split)
            );
            let _ = writeln!(out, "{}\n", w.label(Label::SplitNote));
        }
        if let Some(line) = words::without_method(w, plan.goals_without_method) {
            let _ = writeln!(out, "{line}\n");
        }
    }
}

fn done(out: &mut String, plan: &Plan, w: &dyn Words) {
    let d = &plan.done;
    heading(out, w, Label::SectionDone);
    for jp in &d.jp {
        let _ = writeln!(out, "- {}", words::jp_line(w, jp));
    }
    if d.until < plan.period.from {
        let _ = writeln!(out, "- {}", w.label(Label::NotStarted));
    } else {
        let head = words::balance_heading(w, plan.period.from, d.until);
        if d.balance.is_empty() {
            let _ = writeln!(out, "- {head}: {}", w.label(Label::BalanceEmpty));
        } else {
            let _ = writeln!(
                out,
                "- {head} ({}): {}",
                words::balance_basis(w, &d.balance),
                words::shares_line(w, &d.balance)
            );
        }
    }
    out.push('\n');

    let _ = writeln!(out, "### {}\n", w.label(Label::Trainings));
    if d.trainings.is_empty() {
        let _ = writeln!(out, "{}\n", w.label(Label::TrainingsNone));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            w.label(Label::Training),
            w.label(Label::Date),
            w.label(Label::FollowUp)
        );
        out.push_str("|---|---|---|\n");
        for t in &d.trainings {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                text(&t.title),
                w.date(t.date),
                text(&words::follow_up(w, t))
            );
        }
        out.push('\n');
    }

    let _ = writeln!(out, "### {}\n", w.label(Label::Achievements));
    if d.achievements.is_empty() {
        let _ = writeln!(out, "{}\n", w.label(Label::AchievementsNone));
    } else {
        for a in &d.achievements {
            let _ = writeln!(out, "- {} — {}", w.date(a.date), text(&a.title));
        }
        out.push('\n');
    }
}

fn assignments(out: &mut String, plan: &Plan, w: &dyn Words) {
    heading(out, w, Label::SectionAssignments);
    if plan.assignments.is_empty() {
        let _ = writeln!(out, "{}\n", w.label(Label::AssignmentsNone));
        return;
    }
    for a in &plan.assignments {
        let mut parts = vec![text(&words::assignment_name(w, a))];
        parts.extend(words::dates(w, a.start, a.end));
        parts.push(w.word(Word::AssignmentStatus(a.status)).to_string());
        parts.push(words::readiness(w, a.readiness.score));
        let _ = writeln!(
            out,
            "- **{}:** {}",
            w.word(Word::AssignmentType(a.assignment_type)),
            parts.join(" · ")
        );
    }
    out.push('\n');
}

fn mentoring(out: &mut String, plan: &Plan, w: &dyn Words) {
    heading(out, w, Label::SectionMentoring);
    if plan.mentoring.is_empty() {
        let _ = writeln!(out, "{}\n", w.label(Label::MentoringNone));
        return;
    }
    for m in &plan.mentoring {
        let roles: Vec<&str> = m.roles.iter().map(|r| w.word(Word::Role(*r))).collect();
        let mut who = format!("**{}**", roles.join(", "));
        if let Some(name) = m.name.as_deref().filter(|n| !n.is_empty()) {
            let _ = write!(who, " ({})", text(name));
        }
        let mut parts = vec![who, w.word(Word::Cadence(m.cadence)).to_string()];
        parts.push(w.word(Word::Mode(m.mode)).to_string());
        if m.status != crate::domain::mentoring::person::PersonStatus::Active {
            parts.push(w.word(Word::PersonStatus(m.status)).to_string());
        }
        parts.push(words::held(w, m.held));
        parts.extend(words::next_due(w, m));
        let _ = writeln!(out, "- {}", parts.join(" · "));
    }
    out.push('\n');
}

fn signatures(out: &mut String, plan: &Plan, w: &dyn Words) {
    heading(out, w, Label::SectionSignatures);
    let _ = writeln!(out, "{}\n", w.label(Label::SignaturesIntro));
    let s = &plan.signature;
    let _ = writeln!(
        out,
        "|  | {} | {} |",
        w.label(Label::Employee),
        w.label(Label::Supervisor)
    );
    out.push_str("|---|---|---|\n");
    let _ = writeln!(
        out,
        "| {} | {} | {} |",
        w.label(Label::Name),
        text(&s.employee),
        s.supervisor.as_deref().map(text).unwrap_or_default()
    );
    let _ = writeln!(out, "| {} |  |  |", w.label(Label::Signature));
    let _ = writeln!(out, "| {} |  |  |", w.label(Label::Date));
}
