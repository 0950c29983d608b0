//! Turning a JSON object into a [`Record`] (and JSON text into one) without going through the
//! derived `Deserialize`: its `#[serde(flatten)]` buffers every field of every record into an
//! intermediate tree first, which is most of the cost of loading 10,000 records at start-up or
//! from a backup. The rules are exactly the derived ones (tested against it below): `id`,
//! `kind`, `created` and `rev` are required strings (`rev` in its stamp form), `deleted` is an
//! optional boolean, and every other field lands in `fields` untouched.

use super::clock::Rev;
use super::record::Record;
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::fmt;

/// Why a JSON value is not a record.
#[derive(Debug)]
pub enum EnvelopeError {
    /// Not JSON, or not a JSON object.
    Json(serde_json::Error),
    NotAnObject,
    /// An envelope field is missing or has the wrong type (or `rev` is not a stamp).
    Field(&'static str),
}

impl fmt::Display for EnvelopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EnvelopeError::Json(e) => write!(f, "{e}"),
            EnvelopeError::NotAnObject => f.write_str("a record must be a JSON object"),
            EnvelopeError::Field(name) => write!(f, "missing or invalid field `{name}`"),
        }
    }
}

/// The record an object describes; the object's non-envelope fields move into it as they are.
pub fn record_from_object(obj: Map<String, Value>) -> Result<Record, EnvelopeError> {
    // One pass that routes each field, then the rest rebuilt in one go (a map built from sorted
    // keys is filled without rebalancing): cheaper than removing five keys one by one.
    let mut envelope = Envelope::default();
    let mut rest: Vec<(String, Value)> = Vec::with_capacity(obj.len());
    for (key, value) in obj {
        match envelope.slot(&key) {
            Some(slot) => *slot = Some(value),
            None => rest.push((key, value)),
        }
    }
    envelope.into_record(rest.into_iter().collect())
}

/// Parses one record written by `serde_json::to_string(&record)`. The text is read straight
/// into the record: no map of the whole object first, and the envelope's keys, the same in
/// every record, are matched without being copied (start-up reads 12,000 of these).
pub fn record_from_json(text: &str) -> Result<Record, EnvelopeError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let record = de
        .deserialize_map(RecordVisitor)
        .map_err(EnvelopeError::Json)?;
    de.end().map_err(EnvelopeError::Json)?;
    record
}

/// The envelope fields of a record being read, each as found (or not) in the object.
#[derive(Default)]
struct Envelope {
    id: Option<Value>,
    kind: Option<Value>,
    created: Option<Value>,
    rev: Option<Value>,
    deleted: Option<Value>,
}

impl Envelope {
    /// Where the value of `key` goes, or `None` for one of the kind's own fields.
    fn slot(&mut self, key: &str) -> Option<&mut Option<Value>> {
        match key {
            "id" => Some(&mut self.id),
            "kind" => Some(&mut self.kind),
            "created" => Some(&mut self.created),
            "rev" => Some(&mut self.rev),
            "deleted" => Some(&mut self.deleted),
            _ => None,
        }
    }

    fn into_record(self, fields: Map<String, Value>) -> Result<Record, EnvelopeError> {
        let string = |v: Option<Value>, field: &'static str| match v {
            Some(Value::String(s)) => Ok(s),
            _ => Err(EnvelopeError::Field(field)),
        };
        let id = string(self.id, "id")?;
        let kind = string(self.kind, "kind")?;
        let created = string(self.created, "created")?;
        let rev = Rev::parse(&string(self.rev, "rev")?).ok_or(EnvelopeError::Field("rev"))?;
        let deleted = match self.deleted {
            None => false,
            Some(Value::Bool(b)) => b,
            Some(_) => return Err(EnvelopeError::Field("deleted")),
        };
        Ok(Record {
            id,
            kind,
            created,
            rev,
            deleted,
            fields,
        })
    }
}

/// Reads a JSON object field by field into a record. Its value is the record or why the object
/// is not one, so a wrong envelope field is reported as [`record_from_object`] reports it.
struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = Result<Record, EnvelopeError>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut envelope = Envelope::default();
        let mut fields = Map::new();
        // As in a parsed map, a key given twice keeps its last value.
        while let Some(FieldName(key)) = map.next_key()? {
            let value: Value = map.next_value()?;
            match envelope.slot(&key) {
                Some(slot) => *slot = Some(value),
                None => {
                    fields.insert(key.into_owned(), value);
                }
            }
        }
        Ok(envelope.into_record(fields))
    }
}

/// An object key, borrowed from the text when it has no escapes.
struct FieldName<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for FieldName<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NameVisitor;
        impl<'de> Visitor<'de> for NameVisitor {
            type Value = FieldName<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<FieldName<'de>, E> {
                Ok(FieldName(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FieldName<'de>, E> {
                Ok(FieldName(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<FieldName<'de>, E> {
                Ok(FieldName(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(NameVisitor)
    }
}

/// Like [`record_from_object`] for any value.
pub fn record_from_value(value: Value) -> Result<Record, EnvelopeError> {
    match value {
        Value::Object(obj) => record_from_object(obj),
        _ => Err(EnvelopeError::NotAnObject),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn derived(v: &Value) -> Option<Record> {
        serde_json::from_value(v.clone()).ok()
    }

    fn fast(v: &Value) -> Option<Record> {
        record_from_value(v.clone()).ok()
    }

    #[test]
    fn reads_what_serialisation_writes() {
        let v = json!({
            "id": "6f1c2b7e-4a3d-4c1e-9b2a-1d2e3f405162",
            "kind": "entry",
            "created": "2026-11-25T10:00:00.000Z",
            "rev": "1764064800000-000000-dev",
            "title": "Belajar",
            "future": {"nested": [1, 2, 3]}
        });
        let r = record_from_value(v.clone()).unwrap();
        assert_eq!(Some(&r), derived(&v).as_ref());
        assert_eq!(serde_json::to_value(&r).unwrap(), v);
        let text = serde_json::to_string(&r).unwrap();
        assert_eq!(record_from_json(&text).unwrap(), r);
    }

    #[test]
    fn refuses_what_the_derived_reader_refuses() {
        let base =
            json!({"id": "a", "kind": "entry", "created": "c", "rev": "1764064800000-000000-d"});
        assert!(derived(&base).is_some() && fast(&base).is_some());
        for (field, bad) in [
            ("id", json!(1)),
            ("kind", Value::Null),
            ("created", json!([])),
            ("rev", json!("not a stamp")),
            ("deleted", Value::Null),
            ("deleted", json!("yes")),
        ] {
            let mut v = base.clone();
            v[field] = bad;
            assert!(derived(&v).is_none(), "{field}");
            assert!(fast(&v).is_none(), "{field}");
        }
        for field in ["id", "kind", "created", "rev"] {
            let mut v = base.clone();
            v.as_object_mut().unwrap().remove(field);
            assert!(derived(&v).is_none() && fast(&v).is_none(), "{field}");
        }
        assert!(matches!(
            record_from_value(json!([1])),
            Err(EnvelopeError::NotAnObject)
        ));
        assert!(matches!(record_from_json("{"), Err(EnvelopeError::Json(_))));
    }

    #[test]
    fn the_text_reader_reads_escaped_and_repeated_keys_as_a_parsed_map_does() {
        let text = r#"{"\u0069d": "x", "kind": "entry", "kind": "goal",
            "created": "c", "rev": "1764064800000-000000-d", "ti\u0074le": "T", "title": "U"}"#;
        let parsed: Value = serde_json::from_str(text).unwrap();
        let r = record_from_json(text).unwrap();
        assert_eq!((r.id.as_str(), r.kind.as_str()), ("x", "goal"));
        assert_eq!(r.fields["title"], "U");
        assert_eq!(Some(r), fast(&parsed));
        for not_a_record in ["[1]", "\"x\"", "{\"id\": 1}", "{} {}", "{\"id\":"] {
            assert!(record_from_json(not_a_record).is_err(), "{not_a_record}");
        }
    }

    fn field_value() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i32>().prop_map(|n| json!(n)),
            "\\PC{0,12}".prop_map(Value::String),
            Just(json!(["x", 1])),
            Just(json!({"k": "v"})),
        ]
    }

    proptest! {
        /// Whatever the object holds, the fast reader and the derived one agree.
        #[test]
        fn agrees_with_the_derived_reader(
            extra in proptest::collection::btree_map(
                prop_oneof![
                    Just("id".to_string()), Just("kind".to_string()), Just("created".to_string()),
                    Just("rev".to_string()), Just("deleted".to_string()), "[a-z_]{1,8}",
                ],
                field_value(),
                0..8,
            ),
            good in proptest::collection::vec(any::<bool>(), 5),
        ) {
            let mut obj = Map::new();
            let defaults = [
                ("id", json!("6f1c2b7e-4a3d-4c1e-9b2a-1d2e3f405162")),
                ("kind", json!("goal")),
                ("created", json!("2026-11-25T10:00:00.000Z")),
                ("rev", json!("1764064800000-000003-dev")),
                ("deleted", json!(true)),
            ];
            for ((k, v), keep) in defaults.into_iter().zip(good) {
                if keep {
                    obj.insert(k.to_string(), v);
                }
            }
            for (k, v) in extra {
                obj.insert(k, v);
            }
            let v = Value::Object(obj);
            prop_assert_eq!(fast(&v), derived(&v));
            // The text reader agrees too, reading the same object from its JSON.
            prop_assert_eq!(record_from_json(&v.to_string()).ok(), derived(&v));
        }
    }
}
