//! The readiness score of an assignment and the facts that explain it.
//!
//! # Stage
//!
//! Where the person stands relative to the assignment dates: **before** departure (today is
//! before the start date), **during** (from the start date to the end date, both included), or
//! **after** (past the end date). Without a start date the status decides: exploring,
//! preparing and withdrawn are before; on assignment is during; re-entry and completed are after.
//!
//! # Score
//!
//! Each checklist item weighs by its phase and the stage:
//!
//! | phase                                              | before | during | after |
//! |----------------------------------------------------|--------|--------|-------|
//! | prepare, agree, hand over, practicalities          | 1      | 1      | 1     |
//! | during                                             | 0      | 2      | 1     |
//! | re-entry                                           | 0      | 1      | 2     |
//!
//! So before departure only what must be done before departure counts; once on assignment the
//! current phase counts double, and a handover never done still counts as a gap. Items marked
//! not applicable are left out. A done item earns its whole weight, an item in progress half.
//!
//! `base = round(100 × earned / possible)` (half up, in integers). Each open high risk without
//! a mitigation then takes [`RISK_PENALTY`] points off, at most [`PENALTY_MAX`] in all, never
//! below 0. With nothing to count (no items of a weighted phase, or all not applicable) there
//! is no score.
//!
//! # Explanation
//!
//! For every weighted phase with open items: how many, and by when. The deadline of the
//! phases before departure is the start date, that of the "during" phase the end date, and an
//! open item's own due date when it is earlier. A deadline already past is late. Late groups
//! come first, then by deadline (undated last), then in phase order.

use super::{Assignment, AssignmentStatus, ItemStatus, Phase};
use crate::domain::date::Date;
use crate::domain::sort::OneSort;

/// Points one open, unmitigated high risk takes off the score.
pub const RISK_PENALTY: u8 = 10;
/// The most all such risks together take off.
pub const PENALTY_MAX: u8 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    Before,
    During,
    After,
}

pub fn stage(a: &Assignment, today: Date) -> Stage {
    match (a.start, a.end) {
        (Some(s), _) if today < s => Stage::Before,
        (_, Some(e)) if today > e => Stage::After,
        (Some(_), _) => Stage::During,
        (None, _) => match a.status {
            AssignmentStatus::Exploring
            | AssignmentStatus::Preparing
            | AssignmentStatus::Withdrawn => Stage::Before,
            AssignmentStatus::OnAssignment => Stage::During,
            AssignmentStatus::Reentry | AssignmentStatus::Completed => Stage::After,
        },
    }
}

/// How much one item of `phase` counts at `stage`; see the module comment.
pub fn weight(phase: Phase, stage: Stage) -> u32 {
    match (stage, phase) {
        (Stage::Before, p) if !p.before_departure() => 0,
        (Stage::During, Phase::During) | (Stage::After, Phase::Reentry) => 2,
        _ => 1,
    }
}

/// By when a group of open items should be done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    /// No date known.
    None,
    /// Before the start date (departure).
    Departure(Date),
    /// An item's own due date, earlier than the phase's.
    Due(Date),
    /// Until the end date.
    End(Date),
}

impl Deadline {
    pub fn date(self) -> Option<Date> {
        match self {
            Deadline::None => None,
            Deadline::Departure(d) | Deadline::Due(d) | Deadline::End(d) => Some(d),
        }
    }
}

/// Open items of one phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outstanding {
    pub phase: Phase,
    /// To do or in progress.
    pub open: usize,
    pub deadline: Deadline,
    /// The deadline has passed.
    pub late: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness {
    pub stage: Stage,
    /// 0–100, the penalty applied; None when nothing counts yet.
    pub score: Option<u8>,
    /// Before the risk penalty.
    pub base: Option<u8>,
    pub penalty: u8,
    /// Open high risks with no mitigation.
    pub unmitigated_high: usize,
    /// Items that count now (weighted phases, not "not applicable") and how many are done.
    pub counted: usize,
    pub done: usize,
    /// What is left, most pressing first.
    pub outstanding: Vec<Outstanding>,
    /// Open items of phases that do not count yet (during and re-entry, before departure).
    pub later: usize,
}

pub fn readiness(a: &Assignment, today: Date) -> Readiness {
    let stage = stage(a, today);
    let mut earned: u64 = 0; // in half weights
    let mut possible: u64 = 0;
    let mut counted = 0;
    let mut done = 0;
    let mut later = 0;
    for item in &a.checklist {
        if item.status == ItemStatus::NotApplicable {
            continue;
        }
        let w = u64::from(weight(item.phase, stage));
        if w == 0 {
            later += usize::from(item.status.is_open());
            continue;
        }
        counted += 1;
        possible += 2 * w;
        earned += w * match item.status {
            ItemStatus::Done => 2,
            ItemStatus::InProgress => 1,
            _ => 0,
        };
        done += usize::from(item.status == ItemStatus::Done);
    }
    // round half up of 100·earned/possible, in integers.
    let base = (possible > 0).then(|| ((200 * earned + possible) / (2 * possible)) as u8);
    let unmitigated_high = a.risks.iter().filter(|r| r.is_unmitigated_high()).count();
    let penalty = (unmitigated_high.min(usize::from(u8::MAX)) as u8)
        .saturating_mul(RISK_PENALTY)
        .min(PENALTY_MAX);
    let score = base.map(|b| b.saturating_sub(penalty));

    let mut outstanding: Vec<Outstanding> = Phase::ALL
        .into_iter()
        .filter(|p| weight(*p, stage) > 0)
        .filter_map(|phase| {
            let open: Vec<_> = a
                .phase_items(phase)
                .filter(|i| i.status.is_open())
                .collect();
            if open.is_empty() {
                return None;
            }
            let phase_deadline = if phase.before_departure() {
                a.start.map(Deadline::Departure)
            } else if phase == Phase::During {
                a.end.map(Deadline::End)
            } else {
                None
            };
            let earliest_due = open.iter().filter_map(|i| i.due).min();
            let deadline = match (phase_deadline, earliest_due) {
                (Some(p), Some(d)) if Some(d) < p.date() => Deadline::Due(d),
                (Some(p), _) => p,
                (None, Some(d)) => Deadline::Due(d),
                (None, None) => Deadline::None,
            };
            Some(Outstanding {
                phase,
                open: open.len(),
                deadline,
                late: deadline.date().is_some_and(|d| d < today),
            })
        })
        .collect();
    outstanding.one_sort_by(|x, y| {
        y.late
            .cmp(&x.late)
            .then_with(|| match (x.deadline.date(), y.deadline.date()) {
                (Some(a), Some(b)) => a.cmp(&b),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then_with(|| x.phase.rank().cmp(&y.phase.rank()))
    });

    Readiness {
        stage,
        score,
        base,
        penalty,
        unmitigated_high,
        counted,
        done,
        outstanding,
        later,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::assignment::risk::RiskStatus;
    use crate::domain::assignment::{AssignmentType, ChecklistItem};

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn item(id: &str, phase: Phase, status: ItemStatus) -> ChecklistItem {
        ChecklistItem {
            id: id.into(),
            text: id.into(),
            phase,
            status,
            ..ChecklistItem::default()
        }
    }

    /// An assignment from 12 March to 30 September 2027 with the given items and no risks.
    fn with_items(items: Vec<ChecklistItem>) -> Assignment {
        Assignment {
            start: Some(d(2027, 3, 12)),
            end: Some(d(2027, 9, 30)),
            checklist: items,
            ..Assignment::default()
        }
    }

    fn high_risk(id: &str) -> crate::domain::assignment::risk::Risk {
        let mut r = crate::domain::assignment::risk::Risk::new(id.into(), "Berisiko");
        r.likelihood = 3;
        r.impact = 3;
        r
    }

    #[test]
    fn stage_from_dates_then_status() {
        let a = with_items(vec![]);
        assert_eq!(stage(&a, d(2027, 3, 11)), Stage::Before);
        assert_eq!(
            stage(&a, d(2027, 3, 12)),
            Stage::During,
            "the start day is on assignment"
        );
        assert_eq!(
            stage(&a, d(2027, 9, 30)),
            Stage::During,
            "so is the last day"
        );
        assert_eq!(stage(&a, d(2027, 10, 1)), Stage::After);
        let mut undated = Assignment::default();
        let t = d(2027, 1, 1);
        for (s, want) in [
            (AssignmentStatus::Exploring, Stage::Before),
            (AssignmentStatus::Preparing, Stage::Before),
            (AssignmentStatus::Withdrawn, Stage::Before),
            (AssignmentStatus::OnAssignment, Stage::During),
            (AssignmentStatus::Reentry, Stage::After),
            (AssignmentStatus::Completed, Stage::After),
        ] {
            undated.status = s;
            assert_eq!(stage(&undated, t), want, "{s:?}");
        }
        undated.end = Some(d(2026, 12, 1));
        undated.status = AssignmentStatus::Preparing;
        assert_eq!(stage(&undated, t), Stage::After, "an end date passed wins");
    }

    #[test]
    fn before_departure_only_departure_items_count() {
        let a = with_items(vec![
            item("p1", Phase::Prepare, ItemStatus::Done),
            item("a1", Phase::Agree, ItemStatus::Todo),
            item("h1", Phase::Handover, ItemStatus::Done),
            item("x1", Phase::Practicalities, ItemStatus::Todo),
            item("d1", Phase::During, ItemStatus::Todo),
            item("r1", Phase::Reentry, ItemStatus::Todo),
        ]);
        let r = readiness(&a, d(2027, 3, 1));
        assert_eq!(r.stage, Stage::Before);
        assert_eq!((r.counted, r.done, r.later), (4, 2, 2));
        assert_eq!(r.score, Some(50));
        // The same checklist during the assignment: during counts double, re-entry once.
        // earned = p1 1 + h1 1 = 2 of possible 1+1+1+1+2+1 = 7 → 28.57 → 29.
        let r = readiness(&a, d(2027, 4, 1));
        assert_eq!(r.stage, Stage::During);
        assert_eq!((r.counted, r.later), (6, 0));
        assert_eq!(r.score, Some(29));
        // After return, re-entry counts double: 2 of 7 → 29 as well, but a done re-entry
        // item weighs 2 after return (4 of 7 → 57) and only 1 during (3 of 7 → 43).
        assert_eq!(readiness(&a, d(2027, 10, 2)).score, Some(29));
        let mut back = a.clone();
        back.set_item_status("r1", ItemStatus::Done);
        assert_eq!(readiness(&back, d(2027, 10, 2)).score, Some(57));
        assert_eq!(readiness(&back, d(2027, 4, 1)).score, Some(43));
    }

    #[test]
    fn in_progress_earns_half_and_rounds_half_up() {
        let a = with_items(vec![
            item("p1", Phase::Prepare, ItemStatus::InProgress),
            item("p2", Phase::Prepare, ItemStatus::Todo),
            item("p3", Phase::Prepare, ItemStatus::Todo),
            item("p4", Phase::Prepare, ItemStatus::Todo),
            item("p5", Phase::Prepare, ItemStatus::Todo),
            item("p6", Phase::Prepare, ItemStatus::Todo),
            item("p7", Phase::Prepare, ItemStatus::Todo),
            item("p8", Phase::Prepare, ItemStatus::Todo),
        ]);
        // Half of one of eight: 6.25 → 6.
        let r = readiness(&a, d(2027, 1, 1));
        assert_eq!((r.score, r.done), (Some(6), 0));
        let a = with_items(vec![
            item("p1", Phase::Prepare, ItemStatus::InProgress),
            item("p2", Phase::Prepare, ItemStatus::Todo),
            item("p3", Phase::Prepare, ItemStatus::Todo),
            item("p4", Phase::Prepare, ItemStatus::Todo),
        ]);
        // 12.5 rounds half up to 13.
        assert_eq!(readiness(&a, d(2027, 1, 1)).score, Some(13));
    }

    #[test]
    fn not_applicable_items_are_left_out() {
        let mut a = with_items(vec![
            item("p1", Phase::Prepare, ItemStatus::Done),
            item("p2", Phase::Prepare, ItemStatus::NotApplicable),
            item("a1", Phase::Agree, ItemStatus::NotApplicable),
        ]);
        let r = readiness(&a, d(2027, 1, 1));
        assert_eq!((r.score, r.counted), (Some(100), 1));
        assert!(r.outstanding.is_empty());
        a.checklist[0].status = ItemStatus::NotApplicable;
        let r = readiness(&a, d(2027, 1, 1));
        assert_eq!(
            (r.score, r.base, r.counted),
            (None, None, 0),
            "nothing to count"
        );
        assert_eq!(readiness(&with_items(vec![]), d(2027, 1, 1)).score, None);
        // Only later phases: before departure nothing counts yet.
        let a = with_items(vec![item("d1", Phase::During, ItemStatus::Todo)]);
        let r = readiness(&a, d(2027, 1, 1));
        assert_eq!((r.score, r.later), (None, 1));
    }

    #[test]
    fn unmitigated_high_risks_lower_the_score() {
        let mut a = with_items(vec![
            item("p1", Phase::Prepare, ItemStatus::Done),
            item("p2", Phase::Prepare, ItemStatus::Done),
        ]);
        let mut medium = high_risk("m");
        medium.impact = 2;
        medium.likelihood = 2;
        a.risks = vec![high_risk("r1"), high_risk("r2"), medium];
        let r = readiness(&a, d(2027, 1, 1));
        assert_eq!((r.base, r.penalty, r.score), (Some(100), 20, Some(80)));
        assert_eq!(r.unmitigated_high, 2);

        a.risks[0].mitigation = "Sepakati harapan tertulis".into();
        let r = readiness(&a, d(2027, 1, 1));
        assert_eq!((r.penalty, r.score, r.unmitigated_high), (10, Some(90), 1));
        a.risks[1].status = RiskStatus::Closed;
        assert_eq!(readiness(&a, d(2027, 1, 1)).score, Some(100));

        // The penalty is capped, and the score never drops below 0.
        a.risks = (0..6).map(|i| high_risk(&format!("h{i}"))).collect();
        let r = readiness(&a, d(2027, 1, 1));
        assert_eq!((r.penalty, r.score), (PENALTY_MAX, Some(70)));
        a.checklist[0].status = ItemStatus::Todo;
        a.checklist[1].status = ItemStatus::Todo;
        assert_eq!(readiness(&a, d(2027, 1, 1)).score, Some(0));
        // No score to lower when nothing counts.
        a.checklist.clear();
        assert_eq!(readiness(&a, d(2027, 1, 1)).score, None);
    }

    #[test]
    fn explanation_groups_by_phase_and_deadline() {
        let mut a = with_items(vec![
            item("p1", Phase::Prepare, ItemStatus::Done),
            item("a1", Phase::Agree, ItemStatus::Todo),
            item("a2", Phase::Agree, ItemStatus::InProgress),
            item("a3", Phase::Agree, ItemStatus::Todo),
            item("a4", Phase::Agree, ItemStatus::NotApplicable),
            item("h1", Phase::Handover, ItemStatus::Todo),
            item("d1", Phase::During, ItemStatus::Todo),
        ]);
        a.item_mut("h1").unwrap().due = Some(d(2027, 2, 20));
        let r = readiness(&a, d(2027, 2, 1));
        assert_eq!(
            r.outstanding,
            vec![
                Outstanding {
                    phase: Phase::Handover,
                    open: 1,
                    deadline: Deadline::Due(d(2027, 2, 20)),
                    late: false,
                },
                Outstanding {
                    phase: Phase::Agree,
                    open: 3,
                    deadline: Deadline::Departure(d(2027, 3, 12)),
                    late: false,
                },
            ]
        );
        assert_eq!(r.later, 1);

        // On assignment: the departure items are late and come first; "during" runs to the end.
        let r = readiness(&a, d(2027, 4, 1));
        let got: Vec<(Phase, bool, Deadline)> = r
            .outstanding
            .iter()
            .map(|o| (o.phase, o.late, o.deadline))
            .collect();
        assert_eq!(
            got,
            vec![
                (Phase::Handover, true, Deadline::Due(d(2027, 2, 20))),
                (Phase::Agree, true, Deadline::Departure(d(2027, 3, 12))),
                (Phase::During, false, Deadline::End(d(2027, 9, 30))),
            ]
        );

        // A due date later than departure does not move the departure deadline.
        a.item_mut("h1").unwrap().due = Some(d(2027, 5, 1));
        let r = readiness(&a, d(2027, 2, 1));
        assert_eq!(
            r.outstanding[0].deadline,
            Deadline::Departure(d(2027, 3, 12))
        );
        // Without dates, groups follow the phase order and have no deadline.
        a.start = None;
        a.end = None;
        a.item_mut("h1").unwrap().due = None;
        let r = readiness(&a, d(2027, 2, 1));
        let phases: Vec<Phase> = r.outstanding.iter().map(|o| o.phase).collect();
        assert_eq!(phases, vec![Phase::Agree, Phase::Handover]);
        assert!(r
            .outstanding
            .iter()
            .all(|o| o.deadline == Deadline::None && !o.late));
    }

    #[test]
    fn a_fresh_secondment_from_the_template() {
        let mut n = 0;
        let mut ids = || {
            n += 1;
            format!("i{n}")
        };
        let mut a = Assignment::from_template(AssignmentType::Secondment, true, &mut ids);
        a.start = Some(d(2027, 3, 12));
        let today = d(2027, 1, 10);
        let r = readiness(&a, today);
        assert_eq!(r.base, Some(0));
        assert_eq!(
            r.unmitigated_high, 2,
            "mismatched expectations and work-life strain"
        );
        assert_eq!(r.score, Some(0));
        // Tick every departure item: 100, less the two unmitigated high risks.
        let ids: Vec<String> = a
            .checklist
            .iter()
            .filter(|i| i.phase.before_departure())
            .map(|i| i.id.clone())
            .collect();
        for id in &ids {
            a.set_item_status(id, ItemStatus::Done);
        }
        let r = readiness(&a, today);
        assert_eq!((r.base, r.score), (Some(100), Some(80)));
        assert!(r.outstanding.is_empty());
        let rid = a
            .risks
            .iter()
            .find(|r| r.is_unmitigated_high())
            .unwrap()
            .id
            .clone();
        a.risk_mut(&rid).unwrap().mitigation = "Kesepakatan tertulis".into();
        assert_eq!(readiness(&a, today).score, Some(90));
    }
}
