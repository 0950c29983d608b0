//! Checks for imported `framework` and `assessment` records (called from the import
//! pipeline's restore step). Null optional fields are dropped, types are checked strictly (the
//! typed views read leniently, so a wrong type would otherwise silently become a default), and
//! the record must pass the same validation as the editor. A record that fails is reported and
//! left out; nothing stored changes.

use super::assessment::{self, Assessment, AssessmentError, Status};
use super::builtin::Position;
use super::framework::{self, Framework, FrameworkError, Group};
use super::{valid_level, LEVELS};
use crate::domain::date::{Date, MAX_YEAR, MIN_YEAR};
use crate::domain::import::ProblemReason;
use serde_json::{Map, Value};

fn drop_null(obj: &mut Map<String, Value>, field: &str) {
    if obj.get(field) == Some(&Value::Null) {
        obj.remove(field);
    }
}

fn optional_str<'a>(
    obj: &'a Map<String, Value>,
    field: &'static str,
) -> Result<Option<&'a str>, ProblemReason> {
    match obj.get(field) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(ProblemReason::WrongType { field }),
    }
}

fn required_str<'a>(
    obj: &'a Map<String, Value>,
    field: &'static str,
) -> Result<&'a str, ProblemReason> {
    match obj.get(field) {
        None | Some(Value::Null) => Err(ProblemReason::MissingField(field)),
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s),
        Some(Value::String(_)) => Err(ProblemReason::MissingField(field)),
        Some(_) => Err(ProblemReason::WrongType { field }),
    }
}

/// A list field: absent is fine, otherwise an array whose items pass `item`.
fn check_list(
    obj: &Map<String, Value>,
    field: &'static str,
    item: impl Fn(&Value) -> bool,
) -> Result<(), ProblemReason> {
    match obj.get(field) {
        None => Ok(()),
        Some(Value::Array(items)) if items.iter().all(item) => Ok(()),
        Some(_) => Err(ProblemReason::WrongType { field }),
    }
}

/// Null, absent, or a whole number on the 1–5 scale.
fn level_ok(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::Number(n)) => n.as_u64().is_some_and(|l| l <= 255 && valid_level(l as u8)),
        Some(_) => false,
    }
}

pub fn check_framework(obj: &mut Map<String, Value>) -> Result<(), ProblemReason> {
    for field in ["name", "description", "competencies", "based_on"] {
        drop_null(obj, field);
    }
    required_str(obj, "name")?;
    optional_str(obj, "description")?;
    optional_str(obj, "based_on")?;
    check_list(obj, "competencies", |c| {
        let Value::Object(c) = c else { return false };
        let str_or_absent = |f: &str| matches!(c.get(f), None | Some(Value::String(_)));
        matches!(c.get("id"), Some(Value::String(s)) if !s.is_empty())
            && matches!(c.get("name"), Some(Value::String(_)))
            && str_or_absent("description")
            && match c.get("group") {
                None => true,
                Some(Value::String(g)) => Group::parse(g).is_some(),
                Some(_) => false,
            }
            && matches!(c.get("levels"), Some(Value::Array(l))
                if l.len() == LEVELS.len() && l.iter().all(Value::is_string))
    })?;
    let f: Framework = serde_json::from_value(Value::Object(obj.clone()))
        .map_err(|_| ProblemReason::WrongType { field: "framework" })?;
    match framework::validate(&f).first() {
        None => Ok(()),
        Some(e) => Err(framework_reason(e)),
    }
}

fn framework_reason(e: &FrameworkError) -> ProblemReason {
    match e {
        FrameworkError::NameEmpty => ProblemReason::MissingField("name"),
        FrameworkError::NameTooLong { .. } => ProblemReason::StringTooLong {
            field: "name".into(),
        },
        FrameworkError::DescriptionTooLong { .. } => ProblemReason::StringTooLong {
            field: "description".into(),
        },
        _ => ProblemReason::WrongType {
            field: "competencies",
        },
    }
}

pub fn check_assessment(obj: &mut Map<String, Value>) -> Result<(), ProblemReason> {
    for field in [
        "framework",
        "target_role",
        "target_position",
        "status",
        "step",
        "ratings",
    ] {
        drop_null(obj, field);
    }
    let date = Date::parse(required_str(obj, "date")?)
        .ok_or(ProblemReason::WrongType { field: "date" })?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&date.year) {
        return Err(ProblemReason::AbsurdDate { field: "date" });
    }
    required_str(obj, "framework")?;
    optional_str(obj, "target_role")?;
    if let Some(p) = optional_str(obj, "target_position")? {
        Position::parse(p).ok_or(ProblemReason::WrongType {
            field: "target_position",
        })?;
    }
    if let Some(s) = optional_str(obj, "status")? {
        Status::parse(s).ok_or(ProblemReason::WrongType { field: "status" })?;
    }
    match obj.get("step") {
        None => {}
        Some(Value::Number(n)) if n.as_u64().is_some() => {}
        Some(_) => return Err(ProblemReason::WrongType { field: "step" }),
    }
    check_list(obj, "ratings", |r| {
        let Value::Object(r) = r else { return false };
        matches!(r.get("competency"), Some(Value::String(s)) if !s.is_empty())
            && matches!(r.get("name"), None | Some(Value::String(_)))
            && matches!(r.get("evidence"), None | Some(Value::String(_)))
            && matches!(r.get("not_assessed"), None | Some(Value::Bool(_)))
            && level_ok(r.get("level"))
            && level_ok(r.get("target"))
            && match r.get("entries") {
                None => true,
                Some(Value::Array(e)) => e.iter().all(Value::is_string),
                Some(_) => false,
            }
    })?;
    let a: Assessment = serde_json::from_value(Value::Object(obj.clone())).map_err(|_| {
        ProblemReason::WrongType {
            field: "assessment",
        }
    })?;
    match assessment::validate(&a).first() {
        None => Ok(()),
        Some(e) => Err(assessment_reason(e)),
    }
}

fn assessment_reason(e: &AssessmentError) -> ProblemReason {
    match e {
        AssessmentError::DateOutOfRange => ProblemReason::AbsurdDate { field: "date" },
        AssessmentError::FrameworkMissing => ProblemReason::MissingField("framework"),
        AssessmentError::RoleTooLong { .. } => ProblemReason::StringTooLong {
            field: "target_role".into(),
        },
        AssessmentError::EvidenceTooLong { .. } => ProblemReason::StringTooLong {
            field: "ratings".into(),
        },
        _ => ProblemReason::WrongType { field: "ratings" },
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::builtin::{self, Language, ASN_ID};
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => unreachable!(),
        }
    }

    fn good_framework() -> Value {
        let f = builtin::framework(ASN_ID, Language::Indonesian).unwrap();
        let mut v = serde_json::to_value(Framework::copy_of(&f, ASN_ID, "Salinan")).unwrap();
        v["description"] = Value::Null;
        v
    }

    fn good_assessment() -> Value {
        json!({
            "date": "2026-11-25", "framework": ASN_ID, "status": "completed", "step": 3,
            "target_role": "Kepala Subbagian", "target_position": "administrator",
            "ratings": [
                {"competency": "asn-integrity", "name": "Integritas", "level": 3, "target": 3,
                 "evidence": "Menolak gratifikasi", "entries": ["e1"]},
                {"competency": "asn-communication", "level": null, "not_assessed": true, "target": null}
            ],
            "unknown_future_field": {"kept": true}
        })
    }

    #[test]
    fn good_records_pass_and_nulls_go() {
        let mut f = obj(good_framework());
        assert_eq!(check_framework(&mut f), Ok(()));
        assert!(!f.contains_key("description"), "null dropped");
        let mut a = obj(good_assessment());
        a.insert("step".into(), Value::Null);
        assert_eq!(check_assessment(&mut a), Ok(()));
        assert!(!a.contains_key("step"));
        assert!(a.contains_key("unknown_future_field"));
    }

    /// Through the whole import pipeline: the good records arrive, the bad one is reported.
    #[test]
    fn import_keeps_good_records_and_reports_a_bad_one() {
        use crate::domain::files::write_backup;
        use crate::domain::import::parse_backup;
        use crate::domain::record::Record;
        let envelope = |id: &str, kind: &str, mut v: Value| {
            v["id"] = json!(id);
            v["kind"] = json!(kind);
            v["created"] = json!("2026-11-25T10:00:00.000Z");
            v["rev"] = json!("1764064800000-000000-dev");
            serde_json::from_value::<Record>(v).unwrap()
        };
        let f = envelope(
            "00000000-0000-4000-8000-000000000001",
            "framework",
            good_framework(),
        );
        let a = envelope(
            "00000000-0000-4000-8000-000000000002",
            "assessment",
            good_assessment(),
        );
        let mut bad = good_assessment();
        bad["ratings"][0]["level"] = json!(7);
        let bad = envelope("00000000-0000-4000-8000-000000000003", "assessment", bad);
        let text = write_backup(&[f.clone(), a.clone(), bad], "0.1.0", 0, "HP");
        let parsed = parse_backup(text.as_bytes()).unwrap();
        let ids: Vec<&str> = parsed.records.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, vec![f.id.as_str(), a.id.as_str()]);
        assert_eq!(parsed.problems.len(), 1);
        assert_eq!(
            parsed.problems[0].reason,
            ProblemReason::WrongType { field: "ratings" }
        );
        let back: Assessment = parsed.records[1].view().unwrap();
        assert_eq!(back.ratings[0].level, Some(3));
    }

    #[test]
    fn bad_frameworks_are_refused_with_a_reason() {
        let case = |edit: &dyn Fn(&mut Value)| {
            let mut v = good_framework();
            edit(&mut v);
            check_framework(&mut obj(v)).unwrap_err()
        };
        assert_eq!(
            case(&|v| v["name"] = json!("  ")),
            ProblemReason::MissingField("name")
        );
        assert_eq!(
            case(&|v| v["name"] = json!(7)),
            ProblemReason::WrongType { field: "name" }
        );
        assert_eq!(
            case(&|v| v["name"] = json!("x".repeat(200))),
            ProblemReason::StringTooLong {
                field: "name".into()
            }
        );
        let competencies = ProblemReason::WrongType {
            field: "competencies",
        };
        assert_eq!(case(&|v| v["competencies"] = json!("all")), competencies);
        assert_eq!(
            case(&|v| v["competencies"][0]["levels"] = json!(["a", "b"])),
            competencies
        );
        assert_eq!(
            case(&|v| v["competencies"][0]["group"] = json!("astral")),
            competencies
        );
        assert_eq!(
            case(&|v| v["competencies"][0]["id"] = json!("")),
            competencies
        );
        assert_eq!(
            case(&|v| v["competencies"][1]["id"] = v["competencies"][0]["id"].clone()),
            competencies,
            "duplicate ids"
        );
        assert_eq!(
            case(&|v| v["based_on"] = json!(1)),
            ProblemReason::WrongType { field: "based_on" }
        );
    }

    #[test]
    fn bad_assessments_are_refused_with_a_reason() {
        let case = |edit: &dyn Fn(&mut Value)| {
            let mut v = good_assessment();
            edit(&mut v);
            check_assessment(&mut obj(v)).unwrap_err()
        };
        assert_eq!(
            case(&|v| v
                .as_object_mut()
                .unwrap()
                .remove("date")
                .map(|_| ())
                .unwrap()),
            ProblemReason::MissingField("date")
        );
        assert_eq!(
            case(&|v| v["date"] = json!("25/11/2026")),
            ProblemReason::WrongType { field: "date" }
        );
        assert_eq!(
            case(&|v| v["date"] = json!("2450-01-01")),
            ProblemReason::AbsurdDate { field: "date" }
        );
        assert_eq!(
            case(&|v| v["framework"] = json!("")),
            ProblemReason::MissingField("framework")
        );
        assert_eq!(
            case(&|v| v["target_position"] = json!("menteri")),
            ProblemReason::WrongType {
                field: "target_position"
            }
        );
        assert_eq!(
            case(&|v| v["status"] = json!("done")),
            ProblemReason::WrongType { field: "status" }
        );
        assert_eq!(
            case(&|v| v["step"] = json!(-1)),
            ProblemReason::WrongType { field: "step" }
        );
        let ratings = ProblemReason::WrongType { field: "ratings" };
        assert_eq!(case(&|v| v["ratings"][0]["level"] = json!(6)), ratings);
        assert_eq!(case(&|v| v["ratings"][0]["level"] = json!(2.5)), ratings);
        assert_eq!(
            case(&|v| v["ratings"][0]["target"] = json!("high")),
            ratings
        );
        assert_eq!(case(&|v| v["ratings"][0]["entries"] = json!([1])), ratings);
        assert_eq!(
            case(&|v| v["ratings"][1]["competency"] = json!("asn-integrity")),
            ratings
        );
        assert_eq!(
            case(&|v| v["ratings"][0]["evidence"] = json!("x".repeat(2_001))),
            ProblemReason::StringTooLong {
                field: "ratings".into()
            }
        );
        assert_eq!(
            case(&|v| v["target_role"] = json!("x".repeat(121))),
            ProblemReason::StringTooLong {
                field: "target_role".into()
            }
        );
    }
}
