//! A `person` record: someone the user meets for their development — a mentor, mentee, coach,
//! supervisor, peer or contact — with the agreed cadence, the preferred mode and whether the
//! relationship is active, paused or ended.
//!
//! # Pauses
//!
//! Pausing or ending a relationship opens a [`Pause`]; resuming (or reopening an ended one)
//! closes it. The cadence figures skip paused days (see [`super::cadence`]), so a month off
//! neither makes a mentor "overdue" nor lowers the held-vs-expected count. Ending is a pause
//! with a label: the figures freeze on the day it ended.
//!
//! Contact notes are free text kept on this device; the app never sends them anywhere
//! (DESIGN.md §2, §8).

use super::cadence::Cadence;
use super::{lenient, lenient_vec, too_long, Mode, SHORT_MAX, TEXT_MAX};
use crate::domain::date::Date;
use crate::domain::sort::OneSort;
use crate::domain::text::fold;
use serde::{Deserialize, Serialize};

/// What the person is to the user. Several may hold at once (a supervisor who also coaches).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Mentor,
    Mentee,
    Coach,
    Supervisor,
    Peer,
    Contact,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Mentor,
        Role::Mentee,
        Role::Coach,
        Role::Supervisor,
        Role::Peer,
        Role::Contact,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Mentor => "mentor",
            Role::Mentee => "mentee",
            Role::Coach => "coach",
            Role::Supervisor => "supervisor",
            Role::Peer => "peer",
            Role::Contact => "contact",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PersonStatus {
    #[default]
    Active,
    Paused,
    Ended,
}

impl PersonStatus {
    pub const ALL: [PersonStatus; 3] = [
        PersonStatus::Active,
        PersonStatus::Paused,
        PersonStatus::Ended,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PersonStatus::Active => "active",
            PersonStatus::Paused => "paused",
            PersonStatus::Ended => "ended",
        }
    }

    pub fn parse(s: &str) -> Option<PersonStatus> {
        PersonStatus::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// Days the relationship was on hold: `from` inclusive, `until` (the day it resumed)
/// exclusive; `until` is None while it lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pause {
    pub from: Date,
    #[serde(default)]
    pub until: Option<Date>,
}

/// The typed view of a `person` record's own fields. Optional fields serialise as `null` when
/// empty, which `Record::set_view` turns into "absent" (that is how clearing a date sticks).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Person {
    #[serde(default, deserialize_with = "lenient")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub roles: Vec<Role>,
    #[serde(default, deserialize_with = "lenient")]
    pub organisation: String,
    #[serde(default, deserialize_with = "lenient")]
    pub unit: String,
    /// How and where the two met.
    #[serde(default, deserialize_with = "lenient")]
    pub met: String,
    /// When the relationship started; the cadence counts from here until the first session.
    #[serde(default, deserialize_with = "lenient")]
    pub since: Option<Date>,
    #[serde(default, deserialize_with = "lenient")]
    pub contact_notes: String,
    #[serde(default, deserialize_with = "lenient")]
    pub cadence: Cadence,
    #[serde(default, deserialize_with = "lenient")]
    pub mode: Mode,
    #[serde(default, deserialize_with = "lenient")]
    pub status: PersonStatus,
    /// Oldest first; written by [`Person::pause`], [`Person::end`] and [`Person::resume`].
    #[serde(default, deserialize_with = "lenient_vec")]
    pub pauses: Vec<Pause>,
    /// The day the relationship ended, while it is ended.
    #[serde(default, deserialize_with = "lenient")]
    pub ended: Option<Date>,
}

impl Person {
    /// A new active relationship starting `today`, with the defaults most people pick: a
    /// monthly mentor, met online.
    pub fn new(today: Date) -> Person {
        Person {
            roles: vec![Role::Mentor],
            since: Some(today),
            cadence: Cadence::Monthly,
            ..Person::default()
        }
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Adds or removes a role, keeping the roles in their canonical order.
    pub fn set_role(&mut self, role: Role, on: bool) {
        self.roles.retain(|r| *r != role);
        if on {
            self.roles.push(role);
            self.roles
                .one_sort_by_key(|r| Role::ALL.iter().position(|x| x == r));
        }
    }

    fn open_pause(&mut self, today: Date) {
        if self.pauses.last().is_none_or(|p| p.until.is_some()) {
            self.pauses.push(Pause {
                from: today,
                until: None,
            });
        }
    }

    /// Puts an active relationship on hold. False unless it was active.
    pub fn pause(&mut self, today: Date) -> bool {
        if self.status != PersonStatus::Active {
            return false;
        }
        self.status = PersonStatus::Paused;
        self.open_pause(today);
        true
    }

    /// Ends the relationship (from active or paused). False if it already ended.
    pub fn end(&mut self, today: Date) -> bool {
        if self.status == PersonStatus::Ended {
            return false;
        }
        self.status = PersonStatus::Ended;
        self.ended = Some(today);
        // A paused relationship that ends stays off from the day it was paused.
        self.open_pause(today);
        true
    }

    /// Makes a paused or ended relationship active again from `today`. False if active.
    pub fn resume(&mut self, today: Date) -> bool {
        if self.status == PersonStatus::Active {
            return false;
        }
        self.status = PersonStatus::Active;
        self.ended = None;
        if let Some(p) = self.pauses.last_mut() {
            if p.until.is_none() {
                // Resuming on the day it paused leaves an empty pause; drop it.
                if p.from >= today {
                    self.pauses.pop();
                } else {
                    p.until = Some(today);
                }
            }
        }
        true
    }

    /// Whether a search query (folded, several words all required) matches the person's
    /// name, organisation, unit, how they met or contact notes.
    pub fn matches(&self, query: &str) -> bool {
        let haystack = fold(&format!(
            "{} {} {} {} {}",
            self.name, self.organisation, self.unit, self.met, self.contact_notes
        ));
        fold(query)
            .split_whitespace()
            .all(|word| haystack.contains(word))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonError {
    NameEmpty,
    NameTooLong { max: usize },
    NoRole,
    OrganisationTooLong { max: usize },
    UnitTooLong { max: usize },
    MetTooLong { max: usize },
    NotesTooLong { max: usize },
    SinceOutOfRange,
}

impl PersonError {
    /// The form field the message belongs beside.
    pub fn field(&self) -> &'static str {
        match self {
            PersonError::NameEmpty | PersonError::NameTooLong { .. } => "name",
            PersonError::NoRole => "roles",
            PersonError::OrganisationTooLong { .. } => "organisation",
            PersonError::UnitTooLong { .. } => "unit",
            PersonError::MetTooLong { .. } => "met",
            PersonError::NotesTooLong { .. } => "contact_notes",
            PersonError::SinceOutOfRange => "since",
        }
    }
}

pub fn validate(p: &Person) -> Vec<PersonError> {
    let mut errors = Vec::new();
    if p.name.trim().is_empty() {
        errors.push(PersonError::NameEmpty);
    } else if too_long(&p.name, SHORT_MAX) {
        errors.push(PersonError::NameTooLong { max: SHORT_MAX });
    }
    if p.roles.is_empty() {
        errors.push(PersonError::NoRole);
    }
    if too_long(&p.organisation, SHORT_MAX) {
        errors.push(PersonError::OrganisationTooLong { max: SHORT_MAX });
    }
    if too_long(&p.unit, SHORT_MAX) {
        errors.push(PersonError::UnitTooLong { max: SHORT_MAX });
    }
    if too_long(&p.met, TEXT_MAX) {
        errors.push(PersonError::MetTooLong { max: TEXT_MAX });
    }
    if too_long(&p.contact_notes, TEXT_MAX) {
        errors.push(PersonError::NotesTooLong { max: TEXT_MAX });
    }
    if p.since.is_some_and(|d| !d.in_range()) {
        errors.push(PersonError::SinceOutOfRange);
    }
    errors
}

/// The People list filter: a search query and an optional role.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonFilter {
    pub query: String,
    pub role: Option<Role>,
}

impl PersonFilter {
    pub fn matches(&self, p: &Person) -> bool {
        self.role.is_none_or(|r| p.has_role(r)) && p.matches(&self.query)
    }

    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty() && self.role.is_none()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::record::{kinds, Record};
    use serde_json::json;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn new_person_defaults_and_validation() {
        let mut p = Person::new(d(2026, 11, 25));
        assert_eq!(p.status, PersonStatus::Active);
        assert_eq!(p.cadence, Cadence::Monthly);
        assert_eq!(validate(&p), vec![PersonError::NameEmpty]);
        p.name = "Ibu Sari".into();
        assert!(validate(&p).is_empty());
        p.set_role(Role::Mentor, false);
        assert_eq!(validate(&p), vec![PersonError::NoRole]);
        assert_eq!(PersonError::NoRole.field(), "roles");
        p.name = "x".repeat(SHORT_MAX + 1);
        p.unit = "y".repeat(SHORT_MAX + 1);
        p.contact_notes = "z".repeat(TEXT_MAX + 1);
        p.since = Some(d(1800, 1, 1));
        p.set_role(Role::Peer, true);
        assert_eq!(
            validate(&p),
            vec![
                PersonError::NameTooLong { max: SHORT_MAX },
                PersonError::UnitTooLong { max: SHORT_MAX },
                PersonError::NotesTooLong { max: TEXT_MAX },
                PersonError::SinceOutOfRange,
            ]
        );
    }

    #[test]
    fn roles_keep_canonical_order_without_duplicates() {
        let mut p = Person::new(d(2026, 1, 1));
        p.set_role(Role::Contact, true);
        p.set_role(Role::Coach, true);
        p.set_role(Role::Coach, true);
        assert_eq!(p.roles, vec![Role::Mentor, Role::Coach, Role::Contact]);
        p.set_role(Role::Mentor, false);
        assert_eq!(p.roles, vec![Role::Coach, Role::Contact]);
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
    }

    #[test]
    fn pause_end_resume_keep_the_pauses() {
        let mut p = Person::new(d(2026, 1, 1));
        assert!(!p.resume(d(2026, 1, 2)), "already active");
        assert!(p.pause(d(2026, 2, 1)));
        assert!(!p.pause(d(2026, 2, 2)), "already paused");
        assert!(p.resume(d(2026, 3, 1)));
        assert_eq!(
            p.pauses,
            vec![Pause {
                from: d(2026, 2, 1),
                until: Some(d(2026, 3, 1))
            }]
        );
        // Paused then ended: the off period starts at the pause.
        p.pause(d(2026, 4, 1));
        assert!(p.end(d(2026, 5, 1)));
        assert!(!p.end(d(2026, 5, 2)));
        assert_eq!(p.status, PersonStatus::Ended);
        assert_eq!(p.ended, Some(d(2026, 5, 1)));
        assert_eq!(p.pauses.len(), 2);
        assert_eq!(p.pauses[1].from, d(2026, 4, 1));
        assert!(p.resume(d(2026, 6, 1)));
        assert_eq!(p.ended, None);
        assert_eq!(p.pauses[1].until, Some(d(2026, 6, 1)));
        // Ending an active one opens a pause on the day; reopening that day leaves none.
        p.end(d(2026, 7, 1));
        p.resume(d(2026, 7, 1));
        assert_eq!(p.pauses.len(), 2);
        assert_eq!(p.status, PersonStatus::Active);
    }

    #[test]
    fn search_and_role_filter() {
        let mut p = Person::new(d(2026, 1, 1));
        p.name = "Dr. Ratna Siregar".into();
        p.organisation = "Kementerian Keuangan".into();
        p.unit = "Biro SDM".into();
        p.contact_notes = "Suka kopi; bertemu di kantin".into();
        assert!(p.matches(""));
        assert!(p.matches("ratna"));
        assert!(p.matches("KEUANGAN sdm"));
        assert!(p.matches("kantin"));
        assert!(!p.matches("ratna pajak"));
        let f = PersonFilter {
            query: "siregar".into(),
            role: Some(Role::Mentor),
        };
        assert!(f.matches(&p) && !f.is_empty());
        let f = PersonFilter {
            query: String::new(),
            role: Some(Role::Peer),
        };
        assert!(!f.matches(&p));
        assert!(PersonFilter::default().is_empty());
    }

    #[test]
    fn record_round_trip_and_odd_values() {
        let mut rec: Record = serde_json::from_value(json!({
            "id": "p1", "kind": kinds::PERSON, "created": "2026-11-25T10:00:00.000Z",
            "rev": "1764064800000-000000-dev", "name": "Budi", "roles": ["mentor", "guru", 3],
            "cadence": "fortnightly", "since": "2026-02-30", "status": "paused",
            "pauses": [{"from": "2026-10-01"}, {"until": "x"}], "future": true
        }))
        .unwrap();
        let p: Person = rec.view().unwrap();
        assert_eq!(p.roles, vec![Role::Mentor]);
        assert_eq!(p.cadence, Cadence::None);
        assert_eq!(p.since, None);
        assert_eq!(p.status, PersonStatus::Paused);
        assert_eq!(p.pauses.len(), 1);
        let mut p2 = p.clone();
        p2.resume(d(2026, 11, 1));
        p2.cadence = Cadence::Biweekly;
        rec.set_view(&p2).unwrap();
        assert_eq!(rec.fields["future"], json!(true));
        assert_eq!(rec.fields["cadence"], json!("biweekly"));
        assert!(!rec.fields.contains_key("since"));
        assert_eq!(rec.view::<Person>().unwrap(), p2);
    }
}
