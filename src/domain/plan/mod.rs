//! The development plan (issue 20): the individual development plan (*rencana pengembangan
//! kompetensi*, IDP) a person talks through with their direct supervisor (*atasan langsung*)
//! and HR, assembled for a chosen period from the records Jejak already holds. Nothing of it is
//! stored: the plan is built anew from the goals, assessments, journal, assignments and people
//! every time, and only the choices made for it ([`choices::Choices`]) are kept, by the screen.
//!
//! The figures come from the modules that own them — gaps from [`assessment::rows`] and
//! [`assessment::gaps`], JP from [`balance::jp_for_year`], the 70-20-10 balance from
//! [`balance::balance_between`], follow-ups from [`balance::needs_follow_up`], readiness from
//! [`readiness::readiness`], next due dates from [`cadence::figures`] — so the plan never
//! disagrees with the screen a figure comes from.
//!
//! # What goes in
//!
//! - **Who**: the display name, position and unit from the settings; the target role and
//!   position from the latest completed assessment ([`assessment::latest_completed`], any
//!   framework), with that framework's name and the assessment's date.
//! - **Gaps**: that assessment's competencies below their target, largest gap first (ties in
//!   the framework's order), each with the planned goals that develop it (the goal lists the
//!   competency in `competencies`). A gap no planned goal develops is *uncovered*, and the plan
//!   says so.
//! - **Planned development**: the goals active at some time in the period — active goals that
//!   became active on or before its last day, achieved goals that also closed on or after its
//!   first day (an unknown date does not exclude) — and, when chosen, every draft (a draft has
//!   no dates yet). Dropped goals never: they are not a plan. In the Goals list order on the day
//!   the plan is made ([`goal::list_cmp`]).
//! - **Planned split**: each planned goal with methods weighs one, shared evenly among its
//!   methods, so ticking all three does not make a goal count three times; the shares come from
//!   [`balance::from_weights`] like the balance's own. Goals without a method are counted apart.
//! - **Done so far**: JP for every calendar year the period touches, against the target; the
//!   balance, trainings (with their follow-up) and achievements of the journal entries dated in
//!   the period up to the day the plan is made (planned learning is not yet learning done).
//! - **Assignments** planned or running (exploring, preparing, on assignment, re-entry) that
//!   had not ended before the period began — one starting after it is still being prepared
//!   for — with their readiness on the day the plan is made.
//! - **Mentoring**: people with a mentor or coach role whose relationship had not ended before
//!   the period began; cadence, mode, sessions held in the period and the next due date. Their
//!   names only when the person chooses to show them: a plan goes to HR, and the people in a
//!   journal are private unless their owner says otherwise (DESIGN.md §2).
//! - **Signatures**: the employee (display name) and the supervisor — the name of a person with
//!   the supervisor role, again only when names are shown.

pub mod choices;
pub mod markdown;
pub mod words;

use super::assignment::readiness::{self, Readiness};
use super::assignment::{self, Assignment, AssignmentStatus, AssignmentType};
use super::balance::{
    self, balance_between, from_weights, jp_for_year, Balance, FollowUp, JpSummary,
};
use super::competency::assessment::{self, Dated};
use super::competency::builtin::{self, Language, Position};
use super::competency::framework::Framework;
use super::date::Date;
use super::entry::{Entry, EntryKind, LearningType};
use super::goal::{self, Goal, GoalStatus, Milestone};
use super::mentoring::cadence::{self, Cadence};
use super::mentoring::person::{Person, PersonStatus, Role};
use super::mentoring::session::{Session, SessionStatus};
use super::mentoring::Mode;
use super::settings::Settings;
use crate::domain::sort::OneSort;
use std::collections::HashMap;

/// The days a plan covers, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanPeriod {
    pub from: Date,
    pub to: Date,
}

impl PlanPeriod {
    /// The calendar year `year`.
    pub fn year(year: i32) -> PlanPeriod {
        PlanPeriod {
            from: Date {
                year,
                month: 1,
                day: 1,
            },
            to: Date {
                year,
                month: 12,
                day: 31,
            },
        }
    }

    pub fn contains(self, d: Date) -> bool {
        d >= self.from && d <= self.to
    }

    /// Exactly one calendar year, from 1 January to 31 December.
    pub fn is_calendar_year(self) -> bool {
        self == PlanPeriod::year(self.from.year)
    }

    /// The calendar years the period touches, oldest first.
    pub fn years(self) -> std::ops::RangeInclusive<i32> {
        self.from.year..=self.to.year
    }
}

/// Everything a plan is assembled from, already parsed (live records only). The screen passes
/// what the app state holds; tests pass what a fixture file holds.
pub struct Sources<'a> {
    /// The day the plan is made ("today" in the person's time zone).
    pub made: Date,
    /// The plan's language, for the built-in frameworks' names.
    pub language: Language,
    pub settings: &'a Settings,
    pub goals: &'a [(String, Goal)],
    pub assessments: &'a [Dated],
    /// The person's own frameworks; the built-in ones are made here in `language`.
    pub frameworks: &'a [(String, Framework)],
    /// Journal entries with their ids.
    pub entries: &'a [(&'a str, &'a Entry)],
    /// The follow-up stored on a training entry (it lives in the record, not in [`Entry`]).
    pub follow_up: &'a dyn Fn(&str) -> Option<FollowUp>,
    pub assignments: &'a [(String, Assignment)],
    pub people: &'a [(String, Person)],
    pub sessions: &'a [(String, Session)],
}

/// What the person chose for this plan (besides its language, which only the words need).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub period: PlanPeriod,
    /// Draft goals are planned development too.
    pub include_drafts: bool,
    /// Mentors', coaches' and the supervisor's names appear.
    pub show_names: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub made: Date,
    pub period: PlanPeriod,
    pub who: Who,
    /// Largest gap first.
    pub gaps: Vec<Gap>,
    pub goals: Vec<PlannedGoal>,
    /// The planned goals' methods as 70-20-10 shares; empty when no goal has a method.
    pub planned_split: Balance,
    /// Planned goals without a method.
    pub goals_without_method: usize,
    pub done: Done,
    pub assignments: Vec<PlannedAssignment>,
    pub mentoring: Vec<Mentor>,
    pub signature: Signature,
}

impl Plan {
    /// The gaps no planned goal develops.
    pub fn uncovered(&self) -> impl Iterator<Item = &Gap> {
        self.gaps.iter().filter(|g| g.goals.is_empty())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Who {
    pub name: String,
    pub position: String,
    pub unit: String,
    /// From the latest completed assessment; empty when it names none.
    pub target_role: String,
    pub target_position: Option<Position>,
    /// The assessment the gaps come from; None when there is no completed one.
    pub assessment: Option<AssessedWith>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AssessedWith {
    pub date: Date,
    /// The framework's name in the plan's language (a built-in one) or as the person wrote it.
    pub framework: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub competency: String,
    pub name: String,
    pub current: u8,
    pub target: u8,
    /// Titles of the planned goals that develop it, in plan order.
    pub goals: Vec<String>,
}

impl Gap {
    pub fn size(&self) -> u8 {
        self.target.saturating_sub(self.current)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlannedGoal {
    pub id: String,
    pub title: String,
    pub why: String,
    pub measure: String,
    pub status: GoalStatus,
    pub target_date: Option<Date>,
    /// 0–100, as the Goals screen shows it.
    pub progress: u8,
    pub milestones: Vec<Milestone>,
    /// The gaps it develops, as "name current → target", largest gap first.
    pub gaps: Vec<GapRef>,
    /// Names of other linked competencies (no gap, or outside the assessed framework).
    pub other_competencies: Vec<String>,
    pub methods: Vec<LearningType>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GapRef {
    pub name: String,
    pub current: u8,
    pub target: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Done {
    /// One per calendar year the period touches, oldest first.
    pub jp: Vec<JpSummary>,
    /// The last day the balance, trainings and achievements count: the period's end, or the
    /// day the plan is made when that is earlier. Before the period's start nothing counts.
    pub until: Date,
    pub balance: Balance,
    /// Oldest first.
    pub trainings: Vec<Training>,
    /// Oldest first.
    pub achievements: Vec<Achievement>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Training {
    pub title: String,
    pub date: Date,
    pub hours: Option<f64>,
    pub follow_up: FollowUpState,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FollowUpState {
    /// Followed up: applied on the job or not, and what changed.
    Recorded(FollowUp),
    /// Six weeks or more ago and not followed up yet.
    Due,
    /// Too recent: the follow-up is asked for from this day.
    NotYet { from: Date },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Achievement {
    pub title: String,
    pub date: Date,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlannedAssignment {
    pub assignment_type: AssignmentType,
    pub status: AssignmentStatus,
    pub role: String,
    /// Host unit and organisation, as written.
    pub host: String,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub readiness: Readiness,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mentor {
    /// Their mentor and coach roles (at least one).
    pub roles: Vec<Role>,
    /// Only when names are shown.
    pub name: Option<String>,
    pub cadence: Cadence,
    pub mode: Mode,
    pub status: PersonStatus,
    /// Held sessions dated in the period, up to the day the plan is made.
    pub held: usize,
    pub next_due: Option<Date>,
    /// The next session is later than the agreed cadence allows.
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Signature {
    pub employee: String,
    /// A supervisor's name when names are shown and someone has that role.
    pub supervisor: Option<String>,
}

/// The roles that make someone part of the plan's mentoring section.
const GUIDES: [Role; 2] = [Role::Mentor, Role::Coach];

/// Assembles the plan; see the module comment for every rule.
pub fn assemble(src: &Sources, options: &Options) -> Plan {
    let period = options.period;
    let made = src.made;
    let (who, rows) = who_and_rows(src);
    let goals = planned_goals(src, options);
    let (split, without_method) = planned_split(&goals);
    let planned: Vec<PlannedGoal> = goals
        .iter()
        .map(|(id, g)| planned_goal(src, id, g, &rows))
        .collect();

    let gaps: Vec<Gap> = assessment::gaps(&rows)
        .into_iter()
        .map(|r| Gap {
            competency: r.competency.clone(),
            name: r.name.clone(),
            current: r.current.unwrap_or(0),
            target: r.target.unwrap_or(0),
            goals: goals
                .iter()
                .filter(|(_, g)| g.competencies.contains(&r.competency))
                .map(|(_, g)| g.title.trim().to_string())
                .collect(),
        })
        .collect();

    Plan {
        made,
        period,
        who,
        gaps,
        goals: planned,
        planned_split: split,
        goals_without_method: without_method,
        done: done_so_far(src, period),
        assignments: planned_assignments(src, period),
        mentoring: mentoring(src, options),
        signature: Signature {
            employee: src.settings.display_name.trim().to_string(),
            supervisor: options.show_names.then(|| supervisor(src.people)).flatten(),
        },
    }
}

fn framework_of(src: &Sources, id: &str) -> Option<Framework> {
    if builtin::is_builtin(id) {
        return builtin::framework(id, src.language);
    }
    src.frameworks
        .iter()
        .find(|(fid, _)| fid == id)
        .map(|(_, f)| f.clone())
}

/// The "who" block and the latest completed assessment's rows (empty without one).
fn who_and_rows(src: &Sources) -> (Who, Vec<assessment::Row>) {
    let s = src.settings;
    let mut who = Who {
        name: s.display_name.trim().to_string(),
        position: s.position.trim().to_string(),
        unit: s.unit.trim().to_string(),
        ..Who::default()
    };
    let Some(latest) = assessment::latest_completed(src.assessments) else {
        return (who, Vec::new());
    };
    let a = &latest.assessment;
    let framework = framework_of(src, &a.framework);
    let previous = assessment::previous(src.assessments, &latest.id).map(|p| &p.assessment);
    let rows = match &framework {
        Some(f) => assessment::rows(f, a, previous),
        None => assessment::rows_as_rated(a, previous),
    };
    who.target_role = a.target_role.trim().to_string();
    who.target_position = a.target_position;
    who.assessment = Some(AssessedWith {
        date: a.date,
        framework: framework
            .map(|f| f.name.trim().to_string())
            .unwrap_or_default(),
    });
    (who, rows)
}

/// The goals of the plan, in the Goals list order on the day it is made.
fn planned_goals<'a>(src: &'a Sources, options: &Options) -> Vec<(&'a str, &'a Goal)> {
    let p = options.period;
    let mut goals: Vec<(&str, &Goal)> = src
        .goals
        .iter()
        .filter(|(_, g)| match g.status {
            GoalStatus::Draft => options.include_drafts,
            GoalStatus::Active => g.activated.is_none_or(|a| a <= p.to),
            GoalStatus::Achieved => {
                g.activated.is_none_or(|a| a <= p.to) && g.closed.is_none_or(|c| c >= p.from)
            }
            GoalStatus::Dropped => false,
        })
        .map(|(id, g)| (id.as_str(), g))
        .collect();
    goals.one_sort_by(|a, b| goal::list_cmp(a.1, b.1, src.made).then_with(|| a.0.cmp(b.0)));
    goals
}

/// A goal's methods in the model's order, each once: a file edited by hand (or by another
/// program) may hold them in any order or twice, and a method must not count double.
fn methods_of(g: &Goal) -> Vec<LearningType> {
    LearningType::ALL
        .into_iter()
        .filter(|m| g.methods.contains(m))
        .collect()
}

fn planned_split(goals: &[(&str, &Goal)]) -> (Balance, usize) {
    let mut weights = [0.0; 3];
    let mut counts = [0; 3];
    let mut without = 0;
    for (_, g) in goals {
        let methods = methods_of(g);
        if methods.is_empty() {
            without += 1;
            continue;
        }
        let share = 1.0 / methods.len() as f64;
        for m in &methods {
            let i = balance::bucket(*m);
            weights[i] += share;
            counts[i] += 1;
        }
    }
    (from_weights(weights, counts, false), without)
}

/// A competency's name in any framework the plan knows: the assessed rows first, then the
/// built-in and the person's own frameworks.
fn competency_name(src: &Sources, rows: &[assessment::Row], id: &str) -> Option<String> {
    if let Some(r) = rows.iter().find(|r| r.competency == id) {
        return Some(r.name.clone());
    }
    builtin::IDS
        .iter()
        .filter_map(|b| builtin::framework(b, src.language))
        .chain(src.frameworks.iter().map(|(_, f)| f.clone()))
        .find_map(|f| f.competency(id).map(|c| c.name.clone()))
}

fn planned_goal(src: &Sources, id: &str, g: &Goal, rows: &[assessment::Row]) -> PlannedGoal {
    let gap_rows: HashMap<&str, &assessment::Row> = assessment::gaps(rows)
        .into_iter()
        .map(|r| (r.competency.as_str(), r))
        .collect();
    let mut gaps: Vec<&assessment::Row> = g
        .competencies
        .iter()
        .filter_map(|c| gap_rows.get(c.as_str()).copied())
        .collect();
    gaps.one_sort_by_key(|r| std::cmp::Reverse(r.gap()));
    let mut other: Vec<String> = Vec::new();
    for c in g
        .competencies
        .iter()
        .filter(|c| !gap_rows.contains_key(c.as_str()))
    {
        if let Some(name) = competency_name(src, rows, c) {
            if !other.contains(&name) {
                other.push(name);
            }
        }
    }
    PlannedGoal {
        methods: methods_of(g),
        id: id.to_string(),
        title: g.title.trim().to_string(),
        why: g.why.trim().to_string(),
        measure: g.measure.trim().to_string(),
        status: g.status,
        target_date: g.target_date,
        progress: goal::progress(g),
        milestones: g.milestones.clone(),
        gaps: gaps
            .into_iter()
            .map(|r| GapRef {
                name: r.name.clone(),
                current: r.current.unwrap_or(0),
                target: r.target.unwrap_or(0),
            })
            .collect(),
        other_competencies: other,
    }
}

fn done_so_far(src: &Sources, period: PlanPeriod) -> Done {
    let all: Vec<&Entry> = src.entries.iter().map(|(_, e)| *e).collect();
    let target = src.settings.jp_target.unwrap_or(balance::DEFAULT_JP_TARGET);
    let jp = period
        .years()
        .map(|y| jp_for_year(&all, y, target))
        .collect();
    let until = period.to.min(src.made);
    let mut in_span: Vec<(&str, &Entry)> = src
        .entries
        .iter()
        .filter(|(_, e)| e.date >= period.from && e.date <= until)
        .map(|(id, e)| (*id, *e))
        .collect();
    in_span.one_sort_by(|a, b| a.1.date.cmp(&b.1.date).then_with(|| a.0.cmp(b.0)));
    let trainings = in_span
        .iter()
        .filter(|(_, e)| e.entry_kind == EntryKind::Training)
        .map(|(id, e)| {
            let recorded = (src.follow_up)(id);
            let state = match recorded {
                Some(f) => FollowUpState::Recorded(f),
                None if balance::needs_follow_up(e, None, src.made) => FollowUpState::Due,
                None => FollowUpState::NotYet {
                    from: balance::follow_up_from(e),
                },
            };
            Training {
                title: e.title.trim().to_string(),
                date: e.date,
                hours: e.hours,
                follow_up: state,
            }
        })
        .collect();
    let achievements = in_span
        .iter()
        .filter(|(_, e)| e.entry_kind == EntryKind::Achievement)
        .map(|(_, e)| Achievement {
            title: e.title.trim().to_string(),
            date: e.date,
        })
        .collect();
    Done {
        jp,
        until,
        balance: balance_between(&all, period.from, until),
        trainings,
        achievements,
    }
}

fn planned_assignments(src: &Sources, period: PlanPeriod) -> Vec<PlannedAssignment> {
    let mut list: Vec<&(String, Assignment)> = src
        .assignments
        .iter()
        .filter(|(_, a)| !a.status.is_closed() && a.end.is_none_or(|e| e >= period.from))
        .collect();
    list.one_sort_by(|x, y| assignment::list_cmp(&x.1, &y.1).then_with(|| x.0.cmp(&y.0)));
    list.into_iter()
        .map(|(_, a)| PlannedAssignment {
            assignment_type: a.assignment_type,
            status: a.status,
            role: a.role.trim().to_string(),
            host: [a.host_unit.trim(), a.host_org.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            start: a.start,
            end: a.end,
            readiness: readiness::readiness(a, src.made),
        })
        .collect()
}

fn mentoring(src: &Sources, options: &Options) -> Vec<Mentor> {
    let period = options.period;
    let until = period.to.min(src.made);
    let mut people: Vec<&(String, Person)> = src
        .people
        .iter()
        .filter(|(_, p)| GUIDES.iter().any(|r| p.has_role(*r)))
        .filter(|(_, p)| {
            !(p.status == PersonStatus::Ended && p.ended.is_some_and(|e| e < period.from))
        })
        .collect();
    people.one_sort_by(|a, b| {
        a.1.name
            .to_lowercase()
            .cmp(&b.1.name.to_lowercase())
            .then_with(|| a.0.cmp(&b.0))
    });
    people
        .into_iter()
        .map(|(id, p)| {
            let held: Vec<Date> = src
                .sessions
                .iter()
                .filter(|(_, s)| s.person == *id && s.status == SessionStatus::Held)
                .filter_map(|(_, s)| s.date)
                .collect();
            let figures = cadence::figures(p, &held, src.made);
            Mentor {
                roles: GUIDES.into_iter().filter(|r| p.has_role(*r)).collect(),
                name: options.show_names.then(|| p.name.trim().to_string()),
                cadence: p.cadence,
                mode: p.mode,
                status: p.status,
                held: held
                    .iter()
                    .filter(|d| **d >= period.from && **d <= until)
                    .count(),
                next_due: figures.next_due,
                overdue: figures.overdue,
            }
        })
        .collect()
}

/// The name of an active (else any) person with the supervisor role, by name order.
fn supervisor(people: &[(String, Person)]) -> Option<String> {
    let mut bosses: Vec<&Person> = people
        .iter()
        .map(|(_, p)| p)
        .filter(|p| p.has_role(Role::Supervisor) && !p.name.trim().is_empty())
        .collect();
    bosses.one_sort_by(|a, b| {
        (a.status != PersonStatus::Active)
            .cmp(&(b.status != PersonStatus::Active))
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    bosses.first().map(|p| p.name.trim().to_string())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
