//! Mentoring (DESIGN.md §3): the people one meets for development, the sessions held with them,
//! the action items agreed there, the cadence figures that keep the commitment visible, and
//! the calendar (.ics) export. Plain Rust like the rest of the domain: "today" and "now" come in
//! as arguments.
//!
//! - [`person`]: the `person` record (roles, organisation, agreed cadence, status and pauses).
//! - [`session`]: the `session` record (planned → held or cancelled, notes, rating, goals).
//! - [`action`]: the `action` record (owner, due and done dates) and the "overdue first" order.
//! - [`cadence`]: next due date, held vs expected over 90 days, on-time streak, overdue.
//! - [`ics`]: the RFC 5545 writer.
//! - [`restore`]: the import checks for the three kinds.
//!
//! Every typed view reads leniently, like goals: a field that does not parse takes its default
//! instead of making the record unreadable; unknown fields stay in the record envelope.

pub mod action;
pub mod cadence;
pub mod ics;
pub mod person;
pub mod restore;
pub mod session;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

/// Names and one-line texts (an action item, an organisation).
pub const SHORT_MAX: usize = 200;
/// A few paragraphs: agenda, outcomes, feedback, how you met, contact notes.
pub const TEXT_MAX: usize = 4_000;
/// Session notes are Markdown documents, as long as a journal entry may be.
pub const NOTES_MAX: usize = super::entry::BODY_MAX;

/// How two people meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    #[default]
    Online,
    InPerson,
    Mixed,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Online, Mode::InPerson, Mode::Mixed];

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Online => "online",
            Mode::InPerson => "in_person",
            Mode::Mixed => "mixed",
        }
    }

    pub fn parse(s: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// A value that does not parse takes its default rather than failing the whole record.
pub(crate) fn lenient<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + Default,
{
    let v = Value::deserialize(d)?;
    Ok(serde_json::from_value(v).unwrap_or_default())
}

/// Keeps the items of a list that parse; a non-list is an empty list.
pub(crate) fn lenient_vec<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    Ok(match Value::deserialize(d)? {
        Value::Array(items) => items
            .into_iter()
            .filter_map(|v| serde_json::from_value(v).ok())
            .collect(),
        _ => Vec::new(),
    })
}

/// Text longer than `max` characters (after trimming).
pub(crate) fn too_long(s: &str, max: usize) -> bool {
    s.trim().chars().count() > max
}
