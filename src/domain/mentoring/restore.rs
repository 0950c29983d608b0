//! Import checks for `person`, `session` and `action` records (DESIGN.md §4, the "restore"
//! step of [`crate::domain::import`]). Each check drops null optional fields (so the typed
//! view's default applies), checks every known field's JSON type and allowed values, and
//! applies the editor's own validation, so an imported record always reads back exactly as
//! stored. Unknown fields are left alone: a newer version's fields survive.
//!
//! The one editor rule not applied is "held sessions are not in the future": it depends on the
//! importing device's clock, and a backup from a phone with a wrong date must still load.

use super::action::{self, Action, ActionError, Owner};
use super::cadence::Cadence;
use super::person::{self, Person, PersonError, PersonStatus, Role};
use super::session::{self, Session, SessionError, SessionStatus, Time, DURATION_MAX, RATING_MAX};
use super::Mode;
use crate::domain::date::Date;
use crate::domain::import::ProblemReason;
use serde_json::{Map, Value};

type Obj = Map<String, Value>;

fn drop_nulls(obj: &mut Obj, fields: &[&str]) {
    for f in fields {
        if obj.get(*f) == Some(&Value::Null) {
            obj.remove(*f);
        }
    }
}

fn optional_str<'a>(obj: &'a Obj, field: &'static str) -> Result<Option<&'a str>, ProblemReason> {
    match obj.get(field) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(ProblemReason::WrongType { field }),
    }
}

/// A string that must be there and not blank.
fn required_text<'a>(obj: &'a Obj, field: &'static str) -> Result<&'a str, ProblemReason> {
    match optional_str(obj, field)? {
        Some(s) if !s.trim().is_empty() => Ok(s),
        _ => Err(ProblemReason::MissingField(field)),
    }
}

fn optional_enum<T>(
    obj: &Obj,
    field: &'static str,
    parse: fn(&str) -> Option<T>,
) -> Result<(), ProblemReason> {
    match optional_str(obj, field)? {
        Some(s) if parse(s).is_none() => Err(ProblemReason::WrongType { field }),
        _ => Ok(()),
    }
}

fn date_of(value: &Value, field: &'static str) -> Result<Date, ProblemReason> {
    let d = value
        .as_str()
        .and_then(Date::parse)
        .ok_or(ProblemReason::WrongType { field })?;
    if !d.in_range() {
        return Err(ProblemReason::AbsurdDate { field });
    }
    Ok(d)
}

fn optional_date(obj: &Obj, field: &'static str) -> Result<(), ProblemReason> {
    match obj.get(field) {
        None => Ok(()),
        Some(v) => date_of(v, field).map(|_| ()),
    }
}

fn string_list(obj: &Obj, field: &'static str) -> Result<(), ProblemReason> {
    match obj.get(field) {
        None => Ok(()),
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => Ok(()),
        Some(_) => Err(ProblemReason::WrongType { field }),
    }
}

fn optional_int(obj: &Obj, field: &'static str, min: u64, max: u64) -> Result<(), ProblemReason> {
    match obj.get(field) {
        None => Ok(()),
        Some(v) => match v.as_u64() {
            Some(n) if (min..=max).contains(&n) => Ok(()),
            _ => Err(ProblemReason::WrongType { field }),
        },
    }
}

fn too_long(field: &str) -> ProblemReason {
    ProblemReason::StringTooLong {
        field: field.to_string(),
    }
}

fn view<T: serde::de::DeserializeOwned>(obj: &Obj, kind: &'static str) -> Result<T, ProblemReason> {
    serde_json::from_value(Value::Object(obj.clone()))
        .map_err(|_| ProblemReason::WrongType { field: kind })
}

/// Checks a `person` record's fields.
pub fn restore_person(obj: &mut Obj) -> Result<(), ProblemReason> {
    drop_nulls(
        obj,
        &[
            "name",
            "roles",
            "organisation",
            "unit",
            "met",
            "since",
            "contact_notes",
            "cadence",
            "mode",
            "status",
            "pauses",
            "ended",
        ],
    );
    required_text(obj, "name")?;
    match obj.get("roles") {
        Some(Value::Array(items)) if !items.is_empty() => {
            if !items
                .iter()
                .all(|r| r.as_str().and_then(Role::parse).is_some())
            {
                return Err(ProblemReason::WrongType { field: "roles" });
            }
        }
        Some(Value::Array(_)) | None => return Err(ProblemReason::MissingField("roles")),
        Some(_) => return Err(ProblemReason::WrongType { field: "roles" }),
    }
    for field in ["organisation", "unit", "met", "contact_notes"] {
        optional_str(obj, field)?;
    }
    optional_date(obj, "since")?;
    optional_date(obj, "ended")?;
    optional_enum(obj, "cadence", Cadence::parse)?;
    optional_enum(obj, "mode", Mode::parse)?;
    optional_enum(obj, "status", PersonStatus::parse)?;
    match obj.get("pauses") {
        None => {}
        Some(Value::Array(items)) => {
            for item in items {
                let Value::Object(p) = item else {
                    return Err(ProblemReason::WrongType { field: "pauses" });
                };
                date_of(p.get("from").unwrap_or(&Value::Null), "pauses")?;
                match p.get("until") {
                    None | Some(Value::Null) => {}
                    Some(v) => {
                        date_of(v, "pauses")?;
                    }
                }
            }
        }
        Some(_) => return Err(ProblemReason::WrongType { field: "pauses" }),
    }
    let p: Person = view(obj, "person")?;
    match person::validate(&p).first() {
        None => Ok(()),
        Some(PersonError::NameEmpty) => Err(ProblemReason::MissingField("name")),
        Some(PersonError::NoRole) => Err(ProblemReason::MissingField("roles")),
        Some(PersonError::SinceOutOfRange) => Err(ProblemReason::AbsurdDate { field: "since" }),
        Some(e) => Err(too_long(e.field())),
    }
}

/// Checks a `session` record's fields.
pub fn restore_session(obj: &mut Obj) -> Result<(), ProblemReason> {
    drop_nulls(
        obj,
        &[
            "person",
            "date",
            "time",
            "duration_minutes",
            "mode",
            "status",
            "agenda",
            "notes",
            "outcomes",
            "feedback",
            "rating",
            "goals",
        ],
    );
    required_text(obj, "person")?;
    match obj.get("date") {
        None => return Err(ProblemReason::MissingField("date")),
        Some(v) => {
            date_of(v, "date")?;
        }
    }
    if let Some(t) = optional_str(obj, "time")? {
        Time::parse(t).ok_or(ProblemReason::WrongType { field: "time" })?;
    }
    optional_int(obj, "duration_minutes", 1, u64::from(DURATION_MAX))?;
    optional_int(obj, "rating", 1, u64::from(RATING_MAX))?;
    optional_enum(obj, "mode", Mode::parse)?;
    optional_enum(obj, "status", SessionStatus::parse)?;
    for field in ["agenda", "notes", "outcomes", "feedback"] {
        optional_str(obj, field)?;
    }
    string_list(obj, "goals")?;
    let s: Session = view(obj, "session")?;
    match session::validate_fields(&s).first() {
        None => Ok(()),
        Some(SessionError::NoPerson) => Err(ProblemReason::MissingField("person")),
        Some(SessionError::DateMissing) => Err(ProblemReason::MissingField("date")),
        Some(SessionError::DateOutOfRange) => Err(ProblemReason::AbsurdDate { field: "date" }),
        Some(
            e @ (SessionError::DurationZero
            | SessionError::DurationTooLong { .. }
            | SessionError::RatingOutOfRange
            | SessionError::HeldInFuture),
        ) => Err(ProblemReason::WrongType { field: e.field() }),
        Some(e) => Err(too_long(e.field())),
    }
}

/// Checks an `action` record's fields.
pub fn restore_action(obj: &mut Obj) -> Result<(), ProblemReason> {
    drop_nulls(
        obj,
        &["text", "owner", "person", "session", "goal", "due", "done"],
    );
    required_text(obj, "text")?;
    required_text(obj, "person")?;
    optional_enum(obj, "owner", Owner::parse)?;
    optional_str(obj, "session")?;
    optional_str(obj, "goal")?;
    optional_date(obj, "due")?;
    optional_date(obj, "done")?;
    let a: Action = view(obj, "action")?;
    match action::validate(&a).first() {
        None => Ok(()),
        Some(ActionError::TextEmpty) => Err(ProblemReason::MissingField("text")),
        Some(ActionError::NoPerson) => Err(ProblemReason::MissingField("person")),
        Some(e @ (ActionError::DueOutOfRange | ActionError::DoneOutOfRange)) => {
            Err(ProblemReason::AbsurdDate { field: e.field() })
        }
        Some(e) => Err(too_long(e.field())),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Obj {
        match v {
            Value::Object(m) => m,
            _ => unreachable!(),
        }
    }

    fn check(f: fn(&mut Obj) -> Result<(), ProblemReason>, v: Value) -> Result<Obj, ProblemReason> {
        let mut o = obj(v);
        f(&mut o).map(|_| o)
    }

    /// Through the import pipeline: the three kinds reach these checks, bad records are
    /// reported with their reason and the good ones come through unchanged.
    #[test]
    fn import_pipeline_uses_these_checks() {
        use crate::domain::files::FileKind;
        use crate::domain::import::restore;
        let rec = |n: u32, kind: &str, fields: Value| {
            let mut v = json!({
                "id": format!("5d0c6a57-2f4e-4b8a-9c11-{n:012}"),
                "kind": kind,
                "created": "2026-11-25T10:00:00.000Z",
                "rev": "1764064800000-000000-dev",
            });
            for (k, x) in fields.as_object().unwrap() {
                v[k] = x.clone();
            }
            v
        };
        let raw = vec![
            rec(
                1,
                "person",
                json!({"name": "Sari", "roles": ["mentor"], "cadence": "monthly"}),
            ),
            rec(2, "person", json!({"name": "Tanpa peran", "roles": []})),
            rec(
                3,
                "session",
                json!({"person": "p", "date": "2026-11-25", "status": "held", "rating": 5}),
            ),
            rec(
                4,
                "session",
                json!({"person": "p", "date": "2026-11-25", "rating": 9}),
            ),
            rec(
                5,
                "action",
                json!({"text": "Kirim draf", "person": "p", "due": "2026-12-01"}),
            ),
            rec(
                6,
                "action",
                json!({"text": "Kirim draf", "person": "p", "owner": "boss"}),
            ),
            // A tombstone only carries its envelope.
            {
                let mut t = rec(7, "session", json!({}));
                t["deleted"] = json!(true);
                t
            },
        ];
        let (records, problems) = restore(raw.clone(), FileKind::Backup);
        let ids: Vec<&str> = records.iter().map(|r| &r.id[24..]).collect();
        assert_eq!(
            ids,
            vec![
                "000000000001",
                "000000000003",
                "000000000005",
                "000000000007"
            ]
        );
        let reasons: Vec<(usize, ProblemReason)> =
            problems.into_iter().map(|p| (p.index, p.reason)).collect();
        assert_eq!(
            reasons,
            vec![
                (1, ProblemReason::MissingField("roles")),
                (3, ProblemReason::WrongType { field: "rating" }),
                (5, ProblemReason::WrongType { field: "owner" }),
            ]
        );
        assert_eq!(serde_json::to_value(&records[0]).unwrap(), raw[0]);
    }

    #[test]
    fn good_person_passes_and_nulls_go() {
        let o = check(
            restore_person,
            json!({"name": "Sari", "roles": ["mentor", "coach"], "since": null, "cadence": "biweekly",
                   "pauses": [{"from": "2026-01-01", "until": null}], "status": "paused", "x_new": 1}),
        )
        .unwrap();
        assert!(!o.contains_key("since"));
        assert_eq!(o["x_new"], 1);
        let p: Person = serde_json::from_value(Value::Object(o)).unwrap();
        assert_eq!(p.cadence, Cadence::Biweekly);
    }

    #[test]
    fn bad_people() {
        let base = json!({"name": "Sari", "roles": ["mentor"]});
        let with = |k: &str, v: Value| {
            let mut b = base.clone();
            b[k] = v;
            check(restore_person, b).unwrap_err()
        };
        assert_eq!(
            with("name", json!("  ")),
            ProblemReason::MissingField("name")
        );
        assert_eq!(
            with("name", json!(5)),
            ProblemReason::WrongType { field: "name" }
        );
        assert_eq!(
            with("roles", json!([])),
            ProblemReason::MissingField("roles")
        );
        assert_eq!(
            with("roles", json!(["sponsor"])),
            ProblemReason::WrongType { field: "roles" }
        );
        assert_eq!(
            with("roles", json!("mentor")),
            ProblemReason::WrongType { field: "roles" }
        );
        assert_eq!(
            with("cadence", json!("daily")),
            ProblemReason::WrongType { field: "cadence" }
        );
        assert_eq!(
            with("since", json!("2026-02-30")),
            ProblemReason::WrongType { field: "since" }
        );
        assert_eq!(
            with("since", json!("1850-01-01")),
            ProblemReason::AbsurdDate { field: "since" }
        );
        assert_eq!(
            with("pauses", json!([{"until": "2026-01-01"}])),
            ProblemReason::WrongType { field: "pauses" }
        );
        assert_eq!(
            with("pauses", json!([3])),
            ProblemReason::WrongType { field: "pauses" }
        );
        assert_eq!(
            with("unit", json!("u".repeat(201))),
            ProblemReason::StringTooLong {
                field: "unit".into()
            }
        );
        assert_eq!(
            with("contact_notes", json!(["a"])),
            ProblemReason::WrongType {
                field: "contact_notes"
            }
        );
    }

    #[test]
    fn sessions() {
        let good = json!({"person": "p1", "date": "2026-11-25", "time": "09:30", "rating": 4,
                          "duration_minutes": 45, "status": "held", "goals": ["g1"], "notes": null});
        let o = check(restore_session, good.clone()).unwrap();
        assert!(!o.contains_key("notes"));
        let with = |k: &str, v: Value| {
            let mut b = good.clone();
            b[k] = v;
            check(restore_session, b).unwrap_err()
        };
        assert_eq!(
            with("person", json!("")),
            ProblemReason::MissingField("person")
        );
        assert_eq!(
            with("date", Value::Null),
            ProblemReason::MissingField("date")
        );
        assert_eq!(
            with("date", json!("2301-01-01")),
            ProblemReason::AbsurdDate { field: "date" }
        );
        assert_eq!(
            with("time", json!("9.30")),
            ProblemReason::WrongType { field: "time" }
        );
        assert_eq!(
            with("rating", json!(6)),
            ProblemReason::WrongType { field: "rating" }
        );
        assert_eq!(
            with("rating", json!(2.5)),
            ProblemReason::WrongType { field: "rating" }
        );
        assert_eq!(
            with("duration_minutes", json!(0)),
            ProblemReason::WrongType {
                field: "duration_minutes"
            }
        );
        assert_eq!(
            with("status", json!("postponed")),
            ProblemReason::WrongType { field: "status" }
        );
        assert_eq!(
            with("mode", json!("phone")),
            ProblemReason::WrongType { field: "mode" }
        );
        assert_eq!(
            with("goals", json!([1])),
            ProblemReason::WrongType { field: "goals" }
        );
        assert_eq!(
            with("agenda", json!("a".repeat(4001))),
            ProblemReason::StringTooLong {
                field: "agenda".into()
            }
        );
        // A held session dated in the future is kept: the importing clock may be wrong.
        assert!(check(
            restore_session,
            json!({"person": "p", "date": "2199-01-01", "status": "held"})
        )
        .is_ok());
    }

    #[test]
    fn actions() {
        let good = json!({"text": "Kirim draf", "person": "p1", "owner": "them", "due": "2026-12-01",
                          "done": null, "session": "s1", "goal": null});
        let o = check(restore_action, good.clone()).unwrap();
        assert!(!o.contains_key("done") && !o.contains_key("goal"));
        let with = |k: &str, v: Value| {
            let mut b = good.clone();
            b[k] = v;
            check(restore_action, b).unwrap_err()
        };
        assert_eq!(
            with("text", json!(" ")),
            ProblemReason::MissingField("text")
        );
        assert_eq!(
            with("person", Value::Null),
            ProblemReason::MissingField("person")
        );
        assert_eq!(
            with("owner", json!("boss")),
            ProblemReason::WrongType { field: "owner" }
        );
        assert_eq!(
            with("due", json!(20261201)),
            ProblemReason::WrongType { field: "due" }
        );
        assert_eq!(
            with("done", json!("1800-01-01")),
            ProblemReason::AbsurdDate { field: "done" }
        );
        assert_eq!(
            with("session", json!(1)),
            ProblemReason::WrongType { field: "session" }
        );
        assert_eq!(
            with("text", json!("t".repeat(201))),
            ProblemReason::StringTooLong {
                field: "text".into()
            }
        );
    }
}
