//! The words of a development plan, as slots the i18n module fills: the domain names what a
//! plan says ([`Label`], the labels of domain values as [`Word`]) and builds its sentences
//! from them ([`Words`]), so the screen and the Markdown file say exactly the same thing in
//! either language. The texts themselves live in `crate::i18n::plan_strings`.
//!
//! Templates carry `{name}` placeholders, filled by [`fill`].

use super::{Gap, GapRef, PlanPeriod, Training};
use crate::domain::assignment::{AssignmentStatus, AssignmentType};
use crate::domain::balance::{round1, Balance, JpSummary};
use crate::domain::competency::builtin::Position;
use crate::domain::date::Date;
use crate::domain::entry::LearningType;
use crate::domain::goal::GoalStatus;
use crate::domain::mentoring::cadence::Cadence;
use crate::domain::mentoring::person::{PersonStatus, Role};
use crate::domain::mentoring::Mode;

/// Declares [`Label`] with the list of all its values, so a test can check every text.
macro_rules! labels {
    ($($name:ident),* $(,)?) => {
        /// Every fixed text of a plan: headings, field names, sentences with placeholders.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Label { $($name),* }

        impl Label {
            pub const ALL: &'static [Label] = &[$(Label::$name),*];
        }
    };
}

labels! {
    // Title and who
    DocTitle, SectionWho, Name, Position, Unit, TargetRole, Framework, AssessedOn, Period,
    Made, NotFilled,
    // Gaps
    SectionGaps, GapsIntro, NoAssessment, NoGaps, Competency, Current, Target, GapSize,
    GoalsColumn, NoGoalYet, Uncovered, AllCovered,
    // Planned development
    SectionGoals, GoalsIntro, NoGoals, Status, TargetDate, NoTargetDate, Progress, Why,
    Measure, Addresses, AlsoDevelops, Methods, NoMethods, Milestones, MilestoneDue,
    MilestoneDone, MethodExperience, MethodSocial, MethodFormal, PlannedSplit, SplitNote,
    SplitNone, WithoutMethodOne, WithoutMethodMany,
    // Done so far
    SectionDone, JpLine, JpReached, BalanceLine, ByHours, ByEntries, BalanceEmpty, NotStarted,
    Trainings, TrainingsNone, Training, Date, FollowUp, Applied, NotApplied, FollowUpDue,
    FollowUpFrom, Achievements, AchievementsNone,
    // Assignments
    SectionAssignments, AssignmentsNone, RoleAtHost, Readiness, ReadinessNone,
    // Mentoring
    SectionMentoring, MentoringNone, HeldOne, HeldMany, NextDue, NextDueOverdue,
    // Signatures
    SectionSignatures, SignaturesIntro, Employee, Supervisor, Signature,
    // On screen only: the name of a table that scrolls in its own box on a phone.
    TableOf,
}

/// The label of a domain value, from the module that owns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    GoalStatus(GoalStatus),
    Position(Position),
    AssignmentType(AssignmentType),
    AssignmentStatus(AssignmentStatus),
    Role(Role),
    Cadence(Cadence),
    Mode(Mode),
    PersonStatus(PersonStatus),
}

/// A plan's language: its texts and how it writes dates and numbers.
pub trait Words {
    fn label(&self, l: Label) -> &'static str;
    fn word(&self, w: Word) -> &'static str;
    /// A long date, "25 November 2026".
    fn date(&self, d: Date) -> String;
    /// A number with the language's decimal separator (already rounded by the caller).
    fn decimal(&self, v: f64) -> String;
    /// A whole percentage with the language's spacing ("50%" / "50 %").
    fn percent(&self, p: u32) -> String;
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut s = template.to_string();
    for (name, value) in values {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}

/// The label of a planned development method (a 70-20-10 bucket).
pub fn method(m: LearningType) -> Label {
    match m {
        LearningType::Experience => Label::MethodExperience,
        LearningType::Social => Label::MethodSocial,
        LearningType::Formal => Label::MethodFormal,
    }
}

/// "2026" for a calendar year, else "1 January 2026 – 30 June 2026".
pub fn period_text(w: &dyn Words, p: PlanPeriod) -> String {
    if p.is_calendar_year() {
        p.from.year.to_string()
    } else {
        format!("{} – {}", w.date(p.from), w.date(p.to))
    }
}

/// The planned methods of a goal, in the model's order: "Experience and assignments (70),
/// Formal learning (10)".
pub fn methods_text(w: &dyn Words, methods: &[LearningType]) -> String {
    methods
        .iter()
        .map(|m| w.label(method(*m)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Individual Development Plan 2026".
pub fn title(w: &dyn Words, p: PlanPeriod) -> String {
    format!("{} {}", w.label(Label::DocTitle), period_text(w, p))
}

/// "3 → 4".
pub fn levels(current: u8, target: u8) -> String {
    format!("{current} → {target}")
}

/// "Komunikasi (2 → 4)".
pub fn gap_ref(g: &GapRef) -> String {
    format!("{} ({})", g.name, levels(g.current, g.target))
}

/// "Gaps without a goal yet: A, B." or "Every gap has a goal."; None without gaps.
pub fn coverage(w: &dyn Words, gaps: &[Gap]) -> Option<String> {
    if gaps.is_empty() {
        return None;
    }
    let open: Vec<&str> = gaps
        .iter()
        .filter(|g| g.goals.is_empty())
        .map(|g| g.name.as_str())
        .collect();
    Some(if open.is_empty() {
        w.label(Label::AllCovered).to_string()
    } else {
        fill(w.label(Label::Uncovered), &[("list", &open.join(", "))])
    })
}

/// "Target role: Kepala Subbagian (Administrator)" without the label: the role, the position
/// level, both, or None.
pub fn target_role(w: &dyn Words, role: &str, position: Option<Position>) -> Option<String> {
    let pos = position.map(|p| w.word(Word::Position(p)));
    match (role.is_empty(), pos) {
        (false, Some(p)) => Some(format!("{role} ({p})")),
        (false, None) => Some(role.to_string()),
        (true, Some(p)) => Some(p.to_string()),
        (true, None) => None,
    }
}

/// The three shares of a balance with their labels: "Experience … 50 % · Coaching … 33 % · …".
pub fn shares_line(w: &dyn Words, b: &Balance) -> String {
    let p = b.percents();
    LearningType::ALL
        .iter()
        .enumerate()
        .map(|(i, m)| format!("{} {}", w.label(method(*m)), w.percent(p[i])))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "Learning hours 2026: 14.7 of 20 JP (target reached)".
pub fn jp_line(w: &dyn Words, jp: &JpSummary) -> String {
    let line = fill(
        w.label(Label::JpLine),
        &[
            ("year", &jp.year.to_string()),
            ("jp", &w.decimal(round1(jp.jp))),
            ("target", &w.decimal(round1(jp.target))),
        ],
    );
    if jp.reached() {
        format!("{line} {}", w.label(Label::JpReached))
    } else {
        line
    }
}

/// "70-20-10 balance, 1 January 2026 – 25 November 2026".
pub fn balance_heading(w: &dyn Words, from: Date, to: Date) -> String {
    fill(
        w.label(Label::BalanceLine),
        &[("from", &w.date(from)), ("to", &w.date(to))],
    )
}

/// "by hours" / "by number of entries".
pub fn balance_basis(w: &dyn Words, b: &Balance) -> &'static str {
    w.label(if b.used_hours {
        Label::ByHours
    } else {
        Label::ByEntries
    })
}

/// The follow-up of a training in a few words: "Applied: what changed", "Waiting for a
/// follow-up", "Follow-up from 17 December 2026".
pub fn follow_up(w: &dyn Words, t: &Training) -> String {
    match &t.follow_up {
        super::FollowUpState::Recorded(f) => {
            let head = w.label(if f.applied {
                Label::Applied
            } else {
                Label::NotApplied
            });
            let outcome = one_line(&f.outcome);
            if outcome.is_empty() {
                head.to_string()
            } else {
                format!("{head}: {outcome}")
            }
        }
        super::FollowUpState::Due => w.label(Label::FollowUpDue).to_string(),
        super::FollowUpState::NotYet { from } => {
            fill(w.label(Label::FollowUpFrom), &[("date", &w.date(*from))])
        }
    }
}

/// "Readiness 45 %", or that it cannot be scored yet.
pub fn readiness(w: &dyn Words, score: Option<u8>) -> String {
    match score {
        Some(s) => fill(
            w.label(Label::Readiness),
            &[("n", &w.percent(u32::from(s)))],
        ),
        None => w.label(Label::ReadinessNone).to_string(),
    }
}

/// "Analis Kebijakan at Direktorat …", the role alone, or the type at the host.
pub fn assignment_name(w: &dyn Words, a: &super::PlannedAssignment) -> String {
    let kind = w.word(Word::AssignmentType(a.assignment_type));
    let what = if a.role.is_empty() {
        kind
    } else {
        a.role.as_str()
    };
    if a.host.is_empty() {
        what.to_string()
    } else {
        fill(
            w.label(Label::RoleAtHost),
            &[("role", what), ("host", &a.host)],
        )
    }
}

/// "6 January 2027 – 30 June 2027", or one end, or nothing.
pub fn dates(w: &dyn Words, start: Option<Date>, end: Option<Date>) -> Option<String> {
    match (start, end) {
        (Some(s), Some(e)) => Some(format!("{} – {}", w.date(s), w.date(e))),
        (Some(s), None) => Some(format!("{} –", w.date(s))),
        (None, Some(e)) => Some(format!("– {}", w.date(e))),
        (None, None) => None,
    }
}

/// "3 sessions held in this period".
pub fn held(w: &dyn Words, n: usize) -> String {
    if n == 1 {
        w.label(Label::HeldOne).to_string()
    } else {
        fill(w.label(Label::HeldMany), &[("n", &n.to_string())])
    }
}

/// "next due 10 December 2026", or that it is overdue.
pub fn next_due(w: &dyn Words, m: &super::Mentor) -> Option<String> {
    let d = m.next_due?;
    let label = if m.overdue {
        Label::NextDueOverdue
    } else {
        Label::NextDue
    };
    Some(fill(w.label(label), &[("date", &w.date(d))]))
}

/// "2 goals have no development method yet."
pub fn without_method(w: &dyn Words, n: usize) -> Option<String> {
    match n {
        0 => None,
        1 => Some(w.label(Label::WithoutMethodOne).to_string()),
        n => Some(fill(
            w.label(Label::WithoutMethodMany),
            &[("n", &n.to_string())],
        )),
    }
}

/// Text on one line: line breaks and runs of white space become one space.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
