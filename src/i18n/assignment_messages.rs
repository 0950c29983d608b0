//! Assignment texts built from values: the readiness explanation ("3 items to agree with your
//! supervisor before 12 March 2027"), counts, names and date ranges, and the labels of the
//! assignment enums.

use super::{AssignmentKey as K, Lang};
use crate::domain::assignment::readiness::{Deadline, Outstanding};
use crate::domain::assignment::risk::{RiskLevel, RiskStatus};
use crate::domain::assignment::{Assignment, AssignmentStatus, AssignmentType, ItemStatus, Phase};
use crate::domain::date::Date;

pub fn type_label(t: AssignmentType) -> K {
    match t {
        AssignmentType::Secondment => K::TypeSecondment,
        AssignmentType::Internship => K::TypeInternship,
        AssignmentType::Exchange => K::TypeExchange,
        AssignmentType::Rotation => K::TypeRotation,
        AssignmentType::Project => K::TypeProject,
    }
}

pub fn type_hint(t: AssignmentType) -> K {
    match t {
        AssignmentType::Secondment => K::TypeSecondmentHint,
        AssignmentType::Internship => K::TypeInternshipHint,
        AssignmentType::Exchange => K::TypeExchangeHint,
        AssignmentType::Rotation => K::TypeRotationHint,
        AssignmentType::Project => K::TypeProjectHint,
    }
}

pub fn status_label(s: AssignmentStatus) -> K {
    match s {
        AssignmentStatus::Exploring => K::StatusExploring,
        AssignmentStatus::Preparing => K::StatusPreparing,
        AssignmentStatus::OnAssignment => K::StatusOnAssignment,
        AssignmentStatus::Reentry => K::StatusReentry,
        AssignmentStatus::Completed => K::StatusCompleted,
        AssignmentStatus::Withdrawn => K::StatusWithdrawn,
    }
}

pub fn phase_label(p: Phase) -> K {
    match p {
        Phase::Prepare => K::PhasePrepare,
        Phase::Agree => K::PhaseAgree,
        Phase::Handover => K::PhaseHandover,
        Phase::Practicalities => K::PhasePractical,
        Phase::During => K::PhaseDuring,
        Phase::Reentry => K::PhaseReentry,
    }
}

pub fn item_status_label(s: ItemStatus) -> K {
    match s {
        ItemStatus::Todo => K::ItemTodo,
        ItemStatus::InProgress => K::ItemInProgress,
        ItemStatus::Done => K::ItemDone,
        ItemStatus::NotApplicable => K::ItemNotApplicable,
    }
}

pub fn risk_status_label(s: RiskStatus) -> K {
    match s {
        RiskStatus::Open => K::RiskOpen,
        RiskStatus::Mitigated => K::RiskMitigated,
        RiskStatus::Closed => K::RiskClosed,
    }
}

pub fn level_label(l: RiskLevel) -> K {
    match l {
        RiskLevel::Low => K::LevelLow,
        RiskLevel::Medium => K::LevelMedium,
        RiskLevel::High => K::LevelHigh,
    }
}

pub fn likelihood_label(v: u8) -> K {
    match v {
        1 => K::Likelihood1,
        2 => K::Likelihood2,
        _ => K::Likelihood3,
    }
}

pub fn impact_label(v: u8) -> K {
    match v {
        1 => K::Impact1,
        2 => K::Impact2,
        _ => K::Impact3,
    }
}

/// Fills `{name}` placeholders of a translated template.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut s = template.to_string();
    for (name, value) in values {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}

impl Lang {
    pub fn assignments_count(self, n: usize) -> String {
        match (self, n) {
            (Lang::Id, n) => format!("{n} penugasan"),
            (Lang::En, 1) => "1 assignment".to_string(),
            (Lang::En, n) => format!("{n} assignments"),
        }
    }

    /// What the assignment is called in lists and headings: "Role at Host", or the type at
    /// the host, or just the role or the type.
    pub fn assignment_name(self, a: &Assignment) -> String {
        let role = a.role.trim();
        let host = a.host_org.trim();
        let at = |what: &str| match self {
            Lang::Id => format!("{what} di {host}"),
            Lang::En => format!("{what} at {host}"),
        };
        match (role.is_empty(), host.is_empty()) {
            (false, false) => at(role),
            (false, true) => role.to_string(),
            (true, false) => at(self.t(type_label(a.assignment_type))),
            (true, true) => self.t(type_label(a.assignment_type)).to_string(),
        }
    }

    pub fn assignment_dates(self, start: Option<Date>, end: Option<Date>) -> String {
        match (start, end, self) {
            (Some(s), Some(e), _) => format!("{} – {}", self.date(s), self.date(e)),
            (Some(s), None, Lang::Id) => format!("Mulai {}", self.date(s)),
            (Some(s), None, Lang::En) => format!("Starts {}", self.date(s)),
            (None, Some(e), Lang::Id) => format!("Hingga {}", self.date(e)),
            (None, Some(e), Lang::En) => format!("Until {}", self.date(e)),
            (None, None, Lang::Id) => "Belum ada tanggal".to_string(),
            (None, None, Lang::En) => "No dates yet".to_string(),
        }
    }

    pub fn phase_done(self, done: usize, total: usize) -> String {
        match self {
            Lang::Id => format!("{done} dari {total} selesai"),
            Lang::En => format!("{done} of {total} done"),
        }
    }

    /// One line of the readiness explanation, e.g. "3 items to agree with your supervisor
    /// before 12 March 2027".
    pub fn readiness_line(self, o: &Outstanding) -> String {
        let n = o.open;
        let what = match self {
            Lang::Id => {
                let rest = match o.phase {
                    Phase::Prepare => "hal persiapan yang perlu diselesaikan",
                    Phase::Agree => "hal yang perlu disepakati dengan atasan",
                    Phase::Handover => "hal serah terima yang perlu dituntaskan",
                    Phase::Practicalities => "urusan praktis yang perlu dibereskan",
                    Phase::During => "hal yang perlu dijaga selama penugasan",
                    Phase::Reentry => "hal untuk persiapan kembali ke unit asal",
                };
                format!("{n} {rest}")
            }
            Lang::En => {
                let one = n == 1;
                let noun = |singular: &str, plural: &str| {
                    format!("{n} {}", if one { singular } else { plural })
                };
                match o.phase {
                    Phase::Prepare => {
                        noun("preparation item to finish", "preparation items to finish")
                    }
                    Phase::Agree => noun(
                        "item to agree with your supervisor",
                        "items to agree with your supervisor",
                    ),
                    Phase::Handover => noun("handover item to finish", "handover items to finish"),
                    Phase::Practicalities => {
                        noun("practical matter to settle", "practical matters to settle")
                    }
                    Phase::During => noun(
                        "item to keep up during the assignment",
                        "items to keep up during the assignment",
                    ),
                    Phase::Reentry => noun("item for your return", "items for your return"),
                }
            }
        };
        let Some(date) = o.deadline.date() else {
            return what;
        };
        let lead = match (o.late, o.deadline, self) {
            (true, _, Lang::Id) => " — terlambat sejak",
            (true, _, Lang::En) => " — overdue since",
            (false, Deadline::Departure(_), Lang::Id) => " sebelum",
            (false, Deadline::Departure(_), Lang::En) => " before",
            (false, Deadline::Due(_), Lang::Id) => " paling lambat",
            (false, Deadline::Due(_), Lang::En) => " by",
            (false, _, Lang::Id) => " hingga",
            (false, _, Lang::En) => " until",
        };
        format!("{what}{lead} {}", self.date(date))
    }

    pub fn readiness_penalty(self, risks: usize, points: u8) -> String {
        match (self, risks) {
            (Lang::Id, n) => format!("{n} risiko tinggi belum punya mitigasi (−{points} poin)"),
            (Lang::En, 1) => format!("1 high risk has no mitigation yet (−{points} points)"),
            (Lang::En, n) => format!("{n} high risks have no mitigation yet (−{points} points)"),
        }
    }

    pub fn readiness_later(self, n: usize) -> String {
        match (self, n) {
            (Lang::Id, n) => format!("Untuk nanti: {n} hal selama penugasan dan saat kembali."),
            (Lang::En, 1) => {
                "For later: 1 item for during the assignment and your return.".to_string()
            }
            (Lang::En, n) => {
                format!("For later: {n} items for during the assignment and your return.")
            }
        }
    }

    /// "Readiness 64 of 100" for the score's accessible name and the list cards.
    pub fn readiness_score(self, score: u8) -> String {
        match self {
            Lang::Id => format!("{score} dari 100"),
            Lang::En => format!("{score} of 100"),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn explanation_lines() {
        let o = Outstanding {
            phase: Phase::Agree,
            open: 3,
            deadline: Deadline::Departure(d(2027, 3, 12)),
            late: false,
        };
        assert_eq!(
            Lang::En.readiness_line(&o),
            "3 items to agree with your supervisor before 12 March 2027"
        );
        assert_eq!(
            Lang::Id.readiness_line(&o),
            "3 hal yang perlu disepakati dengan atasan sebelum 12 Maret 2027"
        );
        let one = Outstanding {
            phase: Phase::Handover,
            open: 1,
            deadline: Deadline::Departure(d(2027, 3, 12)),
            late: true,
        };
        assert_eq!(
            Lang::En.readiness_line(&one),
            "1 handover item to finish — overdue since 12 March 2027"
        );
        assert_eq!(
            Lang::Id.readiness_line(&one),
            "1 hal serah terima yang perlu dituntaskan — terlambat sejak 12 Maret 2027"
        );
        let undated = Outstanding {
            phase: Phase::Reentry,
            open: 2,
            deadline: Deadline::None,
            late: false,
        };
        assert_eq!(Lang::En.readiness_line(&undated), "2 items for your return");
        let due = Outstanding {
            phase: Phase::Practicalities,
            open: 1,
            deadline: Deadline::Due(d(2027, 2, 1)),
            late: false,
        };
        assert_eq!(
            Lang::En.readiness_line(&due),
            "1 practical matter to settle by 1 February 2027"
        );
        assert_eq!(
            Lang::Id.readiness_line(&due),
            "1 urusan praktis yang perlu dibereskan paling lambat 1 Februari 2027"
        );
        assert_eq!(
            Lang::En.readiness_penalty(2, 20),
            "2 high risks have no mitigation yet (−20 points)"
        );
        assert_eq!(
            Lang::En.readiness_penalty(1, 10),
            "1 high risk has no mitigation yet (−10 points)"
        );
    }

    #[test]
    fn names_and_dates() {
        let mut a = Assignment::default();
        assert_eq!(Lang::En.assignment_name(&a), "Secondment");
        a.host_org = "Bappenas".into();
        assert_eq!(Lang::Id.assignment_name(&a), "Detasering di Bappenas");
        a.role = "Analis kebijakan".into();
        assert_eq!(Lang::En.assignment_name(&a), "Analis kebijakan at Bappenas");
        a.host_org = " ".into();
        assert_eq!(Lang::Id.assignment_name(&a), "Analis kebijakan");
        assert_eq!(
            Lang::En.assignment_dates(Some(d(2027, 3, 12)), Some(d(2027, 9, 30))),
            "12 March 2027 – 30 September 2027"
        );
        assert_eq!(Lang::Id.assignment_dates(None, None), "Belum ada tanggal");
        assert_eq!(Lang::En.assignments_count(1), "1 assignment");
        assert_eq!(Lang::Id.assignments_count(3), "3 penugasan");
    }

    #[test]
    fn fill_placeholders() {
        assert_eq!(fill("Due {date}", &[("date", "1 May")]), "Due 1 May");
    }
}
