//! User settings kept as one `setting` record, so they travel with a backup.
//!
//! The record has a fixed id (a valid v4 UUID) so that two devices' settings merge into one
//! record by last-writer-wins instead of piling up.

use serde::{Deserialize, Serialize};

pub const SETTINGS_ID: &str = "00000000-0000-4000-8000-000000000001";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        [Theme::System, Theme::Light, Theme::Dark]
            .into_iter()
            .find(|t| t.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Settings {
    /// `id` or `en`; None follows the browser language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default)]
    pub theme: Theme,
    /// Yearly learning-hours target in JP (45-minute lessons); None means the civil-service 20.
    #[serde(default)]
    pub jp_target: Option<f64>,
    /// The person's name as a mentor sees it: on shares they send and on comments they write.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub display_name: String,
    /// The person's current position (*jabatan*), as they write it: the development plan's
    /// "who" section. Kept here, beside the name, because it describes the person and travels
    /// with a backup, not because of any one plan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub position: String,
    /// The person's work unit (*unit kerja*), for the same section.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// Random, made on the first share and kept: a mentor's inbox groups packages by it, and
    /// feedback carrying it is recognised as this person's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentee_id: Option<String>,
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn settings_id_is_a_uuid() {
        assert!(super::super::id::is_uuid(SETTINGS_ID));
    }

    #[test]
    fn theme_round_trip_and_defaults() {
        for t in [Theme::System, Theme::Light, Theme::Dark] {
            assert_eq!(Theme::parse(t.as_str()), Some(t));
        }
        let s: Settings = serde_json::from_value(serde_json::json!({})).unwrap();
        assert_eq!(s, Settings::default());
    }
}
