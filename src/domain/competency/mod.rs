//! Competency self-assessment: frameworks (two built in, read-only and bilingual; custom ones
//! stored as `framework` records), assessments (`assessment` records: dated ratings 1–5 with
//! evidence and a target level per competency), the gap and change computations, the trend
//! over time, the radar chart's geometry and the development methods suggested for a gap.
//!
//! Everything here is plain data and arithmetic; the screens only draw it.

pub mod assessment;
pub mod builtin;
pub mod framework;
pub mod methods;
pub mod radar;
pub mod restore;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// The lowest and highest level of every framework (the civil-service standard's 1–5).
pub const LEVEL_MIN: u8 = 1;
pub const LEVEL_MAX: u8 = 5;
/// Levels 1..=5 in order, for loops over a scale.
pub const LEVELS: [u8; 5] = [1, 2, 3, 4, 5];

/// A level read from anywhere (a record, a form) is only a level if it is on the scale.
pub fn valid_level(level: u8) -> bool {
    (LEVEL_MIN..=LEVEL_MAX).contains(&level)
}

/// A value that does not parse takes its default rather than failing the whole record, so an
/// odd field from a newer version (or a hand-edited file) costs that field, not the record.
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

/// A level that is off the scale (0, 9, "high") reads as "not given".
pub(crate) fn lenient_level<'de, D>(d: D) -> Result<Option<u8>, D::Error>
where
    D: Deserializer<'de>,
{
    let v: Option<u8> = lenient(d)?;
    Ok(v.filter(|l| valid_level(*l)))
}

/// Characters, not bytes: Indonesian and English text both count what the person sees.
pub(crate) fn too_long(s: &str, max: usize) -> bool {
    s.trim().chars().count() > max
}
