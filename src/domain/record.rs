//! The record envelope shared by every kind (DESIGN.md §5) and the change values the store
//! applies.
//!
//! A record keeps every field it was given, known or not, so that a newer app version's fields
//! survive a round trip through this one. Kind-specific types (`Entry`, …) read from and write
//! into the `fields` map rather than replacing it.

use super::clock::Rev;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The collections of DESIGN.md §5. Kept as strings on the record so an unknown kind from a
/// newer version is still stored and written back.
pub mod kinds {
    pub const ENTRY: &str = "entry";
    pub const GOAL: &str = "goal";
    pub const FRAMEWORK: &str = "framework";
    pub const ASSESSMENT: &str = "assessment";
    pub const PERSON: &str = "person";
    pub const SESSION: &str = "session";
    pub const ACTION: &str = "action";
    pub const ASSIGNMENT: &str = "assignment";
    pub const COMMENT: &str = "comment";
    pub const SETTING: &str = "setting";
    pub const ALL: [&str; 10] = [
        ENTRY, GOAL, FRAMEWORK, ASSESSMENT, PERSON, SESSION, ACTION, ASSIGNMENT, COMMENT, SETTING,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    pub kind: String,
    pub created: String,
    pub rev: Rev,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    /// The kind's own fields, including any this version does not know.
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}

impl Record {
    /// A fresh record of `kind` with no fields yet.
    pub fn new(kind: &str, id: String, created_millis: i64, rev: Rev) -> Record {
        Record {
            id,
            kind: kind.to_string(),
            created: super::date::rfc3339(created_millis),
            rev,
            deleted: false,
            fields: Map::new(),
        }
    }

    /// Reads the kind's typed view. Missing optional fields take their defaults.
    pub fn view<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_value(Value::Object(self.fields.clone()))
    }

    /// Writes a typed view over the fields, keeping unknown ones.
    pub fn set_view<T: Serialize>(&mut self, view: &T) -> Result<(), serde_json::Error> {
        if let Value::Object(map) = serde_json::to_value(view)? {
            for (k, v) in map {
                if v.is_null() {
                    self.fields.remove(&k);
                } else {
                    self.fields.insert(k, v);
                }
            }
        }
        Ok(())
    }

    /// True when `self` should replace `other` under last-writer-wins (DESIGN.md §7).
    pub fn newer_than(&self, other: &Record) -> bool {
        self.rev > other.rev
    }
}

/// An edit as data: what the store applies, the tab channel broadcasts and tests replay. Every
/// variant carries the record as it is after the change, so applying is always "put if newer".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", content = "record", rename_all = "lowercase")]
pub enum Change {
    Create(Record),
    Update(Record),
    Delete(Record),
}

impl Change {
    pub fn record(&self) -> &Record {
        match self {
            Change::Create(r) | Change::Update(r) | Change::Delete(r) => r,
        }
    }

    pub fn into_record(self) -> Record {
        match self {
            Change::Create(r) | Change::Update(r) | Change::Delete(r) => r,
        }
    }
}

/// Applies one record to a collection under last-writer-wins; returns whether it changed.
pub fn apply_newer(map: &mut std::collections::HashMap<String, Record>, incoming: Record) -> bool {
    match map.get(&incoming.id) {
        // The same rule as a merge, so live tab sync and file import end in the same state.
        Some(existing) if !super::merge::wins(&incoming, existing) => false,
        _ => {
            map.insert(incoming.id.clone(), incoming);
            true
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> Value {
        json!({
            "id": "6f1c2b7e-4a3d-4c1e-9b2a-1d2e3f405162",
            "kind": "entry",
            "created": "2026-11-25T10:00:00.000Z",
            "rev": "1764064800000-000000-dev",
            "title": "Belajar",
            "future_field": {"nested": [1, 2, 3]},
            "another": "kept"
        })
    }

    #[test]
    fn unknown_fields_survive_round_trip() {
        let rec: Record = serde_json::from_value(sample()).unwrap();
        assert!(!rec.deleted);
        assert_eq!(serde_json::to_value(&rec).unwrap(), sample());
    }

    #[test]
    fn set_view_keeps_unknown_fields() {
        #[derive(Serialize, Deserialize)]
        struct T {
            title: String,
        }
        let mut rec: Record = serde_json::from_value(sample()).unwrap();
        rec.set_view(&T {
            title: "Baru".into(),
        })
        .unwrap();
        let v = serde_json::to_value(&rec).unwrap();
        assert_eq!(v["title"], "Baru");
        assert_eq!(v["another"], "kept");
        assert_eq!(v["future_field"]["nested"][2], 3);
    }

    proptest::proptest! {
        /// Whatever fields a newer version adds, a round trip through this version and an edit
        /// of the known fields keep them exactly.
        #[test]
        fn unknown_fields_survive_any_round_trip(
            extra in proptest::collection::btree_map("x_[a-z]{1,8}", proptest::prelude::any::<i64>(), 0..6),
            text in "\\PC{0,40}",
            deleted in proptest::prelude::any::<bool>(),
        ) {
            let mut v = sample();
            for (k, n) in &extra {
                v[k.as_str()] = json!({"n": n, "s": text});
            }
            v["deleted"] = json!(deleted);
            let mut rec: Record = serde_json::from_value(v.clone()).unwrap();
            let back = serde_json::to_value(&rec).unwrap();
            for k in extra.keys() {
                proptest::prop_assert_eq!(&back[k.as_str()], &v[k.as_str()]);
            }
            proptest::prop_assert_eq!(rec.deleted, deleted);
            #[derive(Serialize, Deserialize)]
            struct T { title: String }
            rec.set_view(&T { title: text.clone() }).unwrap();
            let edited = serde_json::to_value(&rec).unwrap();
            proptest::prop_assert_eq!(&edited["title"], &json!(text));
            for k in extra.keys() {
                proptest::prop_assert_eq!(&edited[k.as_str()], &v[k.as_str()]);
            }
        }
    }

    #[test]
    fn tombstone_serialises_flag() {
        let mut rec: Record = serde_json::from_value(sample()).unwrap();
        rec.deleted = true;
        let v = serde_json::to_value(&rec).unwrap();
        assert_eq!(v["deleted"], true);
    }

    #[test]
    fn change_round_trips_and_applies_lww() {
        let rec: Record = serde_json::from_value(sample()).unwrap();
        let change = Change::Update(rec.clone());
        let text = serde_json::to_string(&change).unwrap();
        assert_eq!(serde_json::from_str::<Change>(&text).unwrap(), change);

        let mut map = std::collections::HashMap::new();
        assert!(apply_newer(&mut map, rec.clone()));
        assert!(!apply_newer(&mut map, rec.clone()), "same rev is not newer");
        let mut older = rec.clone();
        older.rev = Rev::parse("1764064700000-000000-dev").unwrap();
        older.fields.insert("title".into(), json!("old"));
        assert!(!apply_newer(&mut map, older));
        assert_eq!(map[&rec.id].fields["title"], "Belajar");
    }
}
