//! Mentoring sentences with numbers (plural-aware in English) and dates with times, plus the
//! labels of the mentoring enums, so screens never spell either out.

use super::{Lang, MentoringKey as K};
use crate::domain::date::Date;
use crate::domain::mentoring::action::Owner;
use crate::domain::mentoring::cadence::Cadence;
use crate::domain::mentoring::person::{PersonStatus, Role};
use crate::domain::mentoring::session::{SessionStatus, Time};
use crate::domain::mentoring::Mode;

impl Lang {
    pub fn people_count(self, n: usize) -> String {
        match (self, n) {
            (Lang::Id, n) => format!("{n} orang"),
            (Lang::En, 1) => "1 person".to_string(),
            (Lang::En, n) => format!("{n} people"),
        }
    }

    pub fn people_shown_of(self, shown: usize, total: usize) -> String {
        match self {
            Lang::Id => format!("{shown} dari {total} orang"),
            Lang::En => format!("{shown} of {total} people"),
        }
    }

    pub fn overdue_by(self, days: i64) -> String {
        match (self, days) {
            (Lang::Id, d) => format!("Terlambat {d} hari"),
            (Lang::En, 1) => "Overdue by 1 day".to_string(),
            (Lang::En, d) => format!("Overdue by {d} days"),
        }
    }

    pub fn sessions_count(self, n: usize) -> String {
        match (self, n) {
            (Lang::Id, n) => format!("{n} sesi"),
            (Lang::En, 1) => "1 session".to_string(),
            (Lang::En, n) => format!("{n} sessions"),
        }
    }

    pub fn held_of_expected(self, held: usize, expected: Option<usize>) -> String {
        match (self, expected) {
            (Lang::Id, Some(e)) => format!("{held} terlaksana · {e} diharapkan"),
            (Lang::Id, None) => format!("{held} terlaksana"),
            (Lang::En, Some(e)) => format!("{held} held · {e} expected"),
            (Lang::En, None) => format!("{held} held"),
        }
    }

    pub fn to_record(self, n: usize) -> String {
        match (self, n) {
            (Lang::Id, n) => {
                format!("{n} sesi terjadwal sudah lewat dan menunggu ditandai terlaksana atau dibatalkan")
            }
            (Lang::En, 1) => {
                "1 planned session has passed and waits to be marked held or cancelled".to_string()
            }
            (Lang::En, n) => {
                format!("{n} planned sessions have passed and wait to be marked held or cancelled")
            }
        }
    }

    pub fn minutes(self, n: u32) -> String {
        match (self, n) {
            (Lang::Id, n) => format!("{n} menit"),
            (Lang::En, 1) => "1 minute".to_string(),
            (Lang::En, n) => format!("{n} minutes"),
        }
    }

    /// A time of day as written in the language: "09.30" (Indonesian), "09:30" (English).
    pub fn time(self, t: Time) -> String {
        match self {
            Lang::Id => format!("{:02}.{:02}", t.hour, t.minute),
            Lang::En => t.to_string(),
        }
    }

    /// "25 November 2026, 09.30", or just the date when there is no time.
    pub fn date_time(self, d: Date, t: Option<Time>) -> String {
        match t {
            Some(t) => format!("{}, {}", self.date(d), self.time(t)),
            None => self.date(d),
        }
    }
}

pub fn role(r: Role) -> K {
    match r {
        Role::Mentor => K::RoleMentor,
        Role::Mentee => K::RoleMentee,
        Role::Coach => K::RoleCoach,
        Role::Supervisor => K::RoleSupervisor,
        Role::Peer => K::RolePeer,
        Role::Contact => K::RoleContact,
    }
}

pub fn cadence(c: Cadence) -> K {
    match c {
        Cadence::Weekly => K::CadenceWeekly,
        Cadence::Biweekly => K::CadenceBiweekly,
        Cadence::Monthly => K::CadenceMonthly,
        Cadence::Quarterly => K::CadenceQuarterly,
        Cadence::None => K::CadenceNone,
    }
}

/// The grace rule of [`crate::domain::mentoring::cadence`] in words.
pub fn grace(c: Cadence) -> K {
    match c {
        Cadence::Weekly => K::GraceWeekly,
        Cadence::Biweekly => K::GraceBiweekly,
        Cadence::Monthly => K::GraceMonthly,
        Cadence::Quarterly => K::GraceQuarterly,
        Cadence::None => K::GraceNone,
    }
}

pub fn mode(m: Mode) -> K {
    match m {
        Mode::Online => K::ModeOnline,
        Mode::InPerson => K::ModeInPerson,
        Mode::Mixed => K::ModeMixed,
    }
}

pub fn person_status(s: PersonStatus) -> K {
    match s {
        PersonStatus::Active => K::StatusActive,
        PersonStatus::Paused => K::StatusPaused,
        PersonStatus::Ended => K::StatusEnded,
    }
}

pub fn session_status(s: SessionStatus) -> K {
    match s {
        SessionStatus::Planned => K::SessionPlanned,
        SessionStatus::Held => K::SessionHeld,
        SessionStatus::Cancelled => K::SessionCancelled,
    }
}

/// "Me", or the person's name for their own actions.
pub fn owner(lang: Lang, o: Owner, person_name: &str) -> String {
    match o {
        Owner::Me => lang.t(K::OwnerMe).to_string(),
        Owner::Them if person_name.trim().is_empty() => lang.t(K::OwnerThem).to_string(),
        Owner::Them => person_name.trim().to_string(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn plurals_and_times() {
        assert_eq!(Lang::En.people_count(1), "1 person");
        assert_eq!(Lang::En.people_count(3), "3 people");
        assert_eq!(Lang::Id.people_count(3), "3 orang");
        assert_eq!(Lang::En.overdue_by(1), "Overdue by 1 day");
        assert_eq!(Lang::Id.overdue_by(4), "Terlambat 4 hari");
        assert_eq!(Lang::En.held_of_expected(2, Some(6)), "2 held · 6 expected");
        assert_eq!(Lang::Id.held_of_expected(2, None), "2 terlaksana");
        let d = Date::new(2026, 12, 1).unwrap();
        let t = Time::new(9, 5);
        assert_eq!(Lang::Id.date_time(d, t), "1 Desember 2026, 09.05");
        assert_eq!(Lang::En.date_time(d, t), "1 December 2026, 09:05");
        assert_eq!(Lang::En.date_time(d, None), "1 December 2026");
        assert_eq!(owner(Lang::Id, Owner::Them, " Sari "), "Sari");
        assert_eq!(owner(Lang::En, Owner::Them, ""), "The other person");
        assert_eq!(owner(Lang::En, Owner::Me, "Sari"), "Me");
    }
}
