//! Tests of the assignment record: templates copied into it, checklist and risk edits,
//! validation and warnings, list order, and the import check.

use super::risk::RiskStatus;
use super::*;
use crate::domain::record::{kinds, Record};
use serde_json::json;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::new(y, m, day).unwrap()
}

fn counter() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("id-{n}")
    }
}

fn fresh(t: AssignmentType, indonesian: bool) -> Assignment {
    Assignment::from_template(t, indonesian, &mut counter())
}

#[test]
fn instantiating_copies_the_template_with_own_ids() {
    let a = fresh(AssignmentType::Exchange, true);
    let tpl: Vec<&template::TemplateItem> = template::items_for(AssignmentType::Exchange).collect();
    assert_eq!(a.checklist.len(), tpl.len());
    for (item, t) in a.checklist.iter().zip(&tpl) {
        assert_eq!(item.template.as_deref(), Some(t.key));
        assert_eq!(item.text, t.text.id);
        assert_eq!(item.phase, t.phase);
        assert_eq!(item.status, ItemStatus::Todo);
    }
    let mut ids: Vec<&str> = a
        .checklist
        .iter()
        .map(|i| i.id.as_str())
        .chain(a.risks.iter().map(|r| r.id.as_str()))
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "every item and risk has its own id");
    assert_eq!(a.risks.len(), 7);
    assert_eq!(a.status, AssignmentStatus::Exploring);
    assert!(a.is_untouched());

    // Editing the copy leaves the template as it was: a second copy is pristine again.
    let mut edited = a.clone();
    edited.checklist[0].text = "Teks saya sendiri".into();
    edited.remove_item(&a.checklist[1].id);
    let again = fresh(AssignmentType::Exchange, true);
    assert_eq!(again.checklist[0].text, tpl[0].text.id);
    assert_eq!(again.checklist.len(), tpl.len());
    assert_eq!(template::ITEMS[0].text.id, tpl[0].text.id);
}

#[test]
fn untouched_text_follows_the_language() {
    let a = fresh(AssignmentType::Secondment, false);
    let first = &a.checklist[0];
    let t = first.template_item().unwrap();
    assert_eq!(first.display_text(true), t.text.id);
    assert_eq!(first.display_text(false), t.text.en);
    let mut own = first.clone();
    own.text = "Cek kecocokan dengan rencana karier".into();
    assert_eq!(
        own.display_text(false),
        "Cek kecocokan dengan rencana karier"
    );
    let mut unknown = first.clone();
    unknown.template = Some("prepare.from_a_newer_version".into());
    assert_eq!(unknown.display_text(true), first.text);
    // Copied in one language and left alone, the assignment is still untouched in the other.
    let mut mixed = fresh(AssignmentType::Secondment, true);
    mixed.checklist[0].text = t.text.en.to_string();
    assert!(mixed.is_untouched());
}

#[test]
fn untouched_notices_every_kind_of_change() {
    let base = fresh(AssignmentType::Internship, true);
    let changes: Vec<fn(&mut Assignment)> = vec![
        |a| a.role = "Analis".into(),
        |a| a.start = Some(Date::new(2027, 1, 1).unwrap()),
        |a| a.status = AssignmentStatus::Preparing,
        |a| a.goals.push("g".into()),
        |a| a.checklist[2].status = ItemStatus::Done,
        |a| a.checklist[2].note = "catatan".into(),
        |a| {
            a.checklist.pop();
        },
        |a| a.risks[0].mitigation = "rencana".into(),
        |a| a.risks[0].likelihood = 3,
        |a| a.risks[0].status = RiskStatus::Closed,
        |a| {
            a.add_risk("x".into(), "Baru");
        },
    ];
    for (k, change) in changes.into_iter().enumerate() {
        let mut a = base.clone();
        change(&mut a);
        assert!(!a.is_untouched(), "change {k}");
    }
}

#[test]
fn internship_over_one_year_is_warned_not_blocked() {
    let mut a = fresh(AssignmentType::Internship, true);
    a.start = Some(d(2027, 1, 10));
    a.end = Some(d(2028, 1, 10));
    assert!(a.warnings().is_empty(), "exactly one year is allowed");
    a.end = Some(d(2028, 1, 11));
    assert_eq!(
        a.warnings(),
        vec![AssignmentWarning::InternshipOverOneYear {
            limit: d(2028, 1, 10)
        }]
    );
    assert!(validate(&a).is_empty(), "a warning, not an error");
    // Other types may last longer.
    a.assignment_type = AssignmentType::Secondment;
    assert!(a.warnings().is_empty());
    // 29 February counts to 28 February.
    assert_eq!(one_year_after(d(2028, 2, 29)), d(2029, 2, 28));
    assert_eq!(one_year_after(d(2027, 12, 31)), d(2028, 12, 31));
    a.assignment_type = AssignmentType::Internship;
    a.start = Some(d(2028, 2, 29));
    a.end = Some(d(2029, 3, 1));
    assert_eq!(a.warnings().len(), 1);
    a.end = None;
    assert!(a.warnings().is_empty(), "no end date, nothing to judge");
}

#[test]
fn exchange_records_both_institutions() {
    let mut a = fresh(AssignmentType::Exchange, true);
    assert_eq!(
        a.warnings(),
        vec![AssignmentWarning::ExchangeNeedsBothInstitutions]
    );
    a.host_org = "Kementerian Keuangan".into();
    assert_eq!(a.warnings().len(), 1);
    a.home_org = "  ".into();
    assert_eq!(a.warnings().len(), 1, "blank is not recorded");
    a.home_org = "Bappenas".into();
    assert!(a.warnings().is_empty());
}

#[test]
fn checklist_edits() {
    let mut a = Assignment::default();
    assert!(a.add_item("a".into(), "  Satu ", Phase::Prepare, None));
    assert!(
        !a.add_item("a".into(), "Lagi", Phase::Prepare, None),
        "id taken"
    );
    a.add_item("x".into(), "Serah terima", Phase::Handover, None);
    a.add_item("b".into(), "Dua", Phase::Prepare, None);
    a.add_item("c".into(), "Tiga", Phase::Prepare, Some(d(2027, 2, 1)));
    assert_eq!(a.item("a").unwrap().text, "Satu");
    let order = |a: &Assignment| {
        a.checklist
            .iter()
            .map(|i| i.id.as_str())
            .collect::<String>()
    };
    let prep = |a: &Assignment| {
        a.phase_items(Phase::Prepare)
            .map(|i| i.id.as_str())
            .collect::<String>()
    };
    assert_eq!(order(&a), "axbc");
    // Moves skip items of other phases: the screen shows phases apart.
    assert!(a.move_item("b", true));
    assert_eq!(prep(&a), "bac");
    assert_eq!(order(&a), "bxac");
    assert!(!a.move_item("b", true), "top of its phase");
    assert!(!a.move_item("c", false), "bottom of its phase");
    assert!(!a.move_item("x", true), "alone in its phase");
    assert!(!a.move_item("zz", true));
    assert!(a.move_item("b", false));
    assert_eq!(prep(&a), "abc");

    assert!(a.set_item_status("b", ItemStatus::Done));
    assert!(!a.set_item_status("b", ItemStatus::Done), "unchanged");
    assert!(!a.set_item_status("zz", ItemStatus::Done));
    assert!(a.set_item_phase("a", Phase::Handover));
    assert!(!a.set_item_phase("a", Phase::Handover));
    assert_eq!(
        a.phase_items(Phase::Handover)
            .map(|i| i.id.as_str())
            .collect::<Vec<_>>(),
        vec!["x", "a"],
        "joins the end of its new phase"
    );
    assert!(a.remove_item("a"));
    assert!(!a.remove_item("a"));
    assert_eq!(order(&a), "xbc");
}

#[test]
fn risk_goal_and_competency_edits() {
    let mut a = Assignment::default();
    assert!(a.add_risk("r".into(), "  Beban kerja ganda "));
    assert!(!a.add_risk("r".into(), "lagi"));
    assert_eq!(a.risk("r").unwrap().title, "Beban kerja ganda");
    assert_eq!((a.risks[0].likelihood, a.risks[0].impact), (2, 2));
    a.risk_mut("r").unwrap().owner = "Atasan".into();
    assert!(a.remove_risk("r") && !a.remove_risk("r"));

    assert!(a.link_goal("g1") && !a.link_goal("g1"));
    assert!(a.unlink_goal("g1") && !a.unlink_goal("g1"));

    a.set_competencies_text(" Analisis kebijakan, komunikasi ;\nKomunikasi, , Negosiasi ");
    assert_eq!(
        a.competencies,
        vec!["Analisis kebijakan", "komunikasi", "Negosiasi"]
    );
    a.set_competencies_text("");
    assert!(a.competencies.is_empty());
}

#[test]
fn validation_rules() {
    let ok = || {
        let mut a = fresh(AssignmentType::Secondment, true);
        a.role = "Analis kebijakan".into();
        a.start = Some(d(2027, 3, 12));
        a.end = Some(d(2027, 9, 30));
        a
    };
    assert!(validate(&ok()).is_empty());

    let mut a = ok();
    a.role = "x".repeat(SHORT_MAX + 1);
    a.host_supervisor = "é".repeat(SHORT_MAX);
    a.objectives = "x".repeat(LONG_MAX + 1);
    let fields: Vec<&str> = validate(&a).iter().map(|e| e.field()).collect();
    assert_eq!(fields, vec!["role", "objectives"], "characters, not bytes");

    let mut a = ok();
    a.end = Some(d(2027, 3, 11));
    assert_eq!(validate(&a), vec![AssignmentError::EndBeforeStart]);
    a.end = Some(d(2027, 3, 12));
    assert!(validate(&a).is_empty(), "a one-day assignment");
    a.start = Some(d(1800, 1, 1));
    a.end = Some(d(2300, 1, 1));
    assert_eq!(
        validate(&a),
        vec![
            AssignmentError::StartOutOfRange,
            AssignmentError::EndOutOfRange
        ]
    );

    let mut a = ok();
    let id = a.checklist[0].id.clone();
    a.checklist[0].text = "  ".into();
    a.checklist[1].note = "x".repeat(LONG_MAX + 1);
    a.checklist[2].due = Some(d(1850, 1, 1));
    a.checklist[3].evidence = "javascript:alert(1)".into();
    a.checklist[4].evidence = "https://drive.example.go.id/surat-tugas.pdf".into();
    a.checklist[5].text = "y".repeat(ITEM_TEXT_MAX + 1);
    let errs = validate(&a);
    assert_eq!(errs.len(), 5);
    assert_eq!(errs[0], AssignmentError::ItemTextEmpty { id: id.clone() });
    assert!(matches!(errs[1], AssignmentError::ItemNoteTooLong { .. }));
    assert!(matches!(errs[2], AssignmentError::ItemDueOutOfRange { .. }));
    assert!(matches!(
        errs[3],
        AssignmentError::ItemEvidenceNotLink { .. }
    ));
    assert!(matches!(errs[4], AssignmentError::ItemTextTooLong { .. }));
    assert!(errs.iter().all(|e| e.field() == "checklist"));
    assert_eq!(errs[0].row_id(), Some(id.as_str()));

    let mut a = ok();
    a.risks[0].title = "".into();
    a.risks[1].mitigation = "x".repeat(LONG_MAX + 1);
    let errs = validate(&a);
    assert_eq!(errs.len(), 2);
    assert!(errs.iter().all(|e| e.field() == "risks"));

    let mut a = ok();
    for i in 0..ITEMS_MAX {
        a.add_item(format!("n{i}"), "x", Phase::During, None);
    }
    for i in 0..RISKS_MAX {
        a.add_risk(format!("r{i}"), "x");
    }
    a.competencies = (0..=COMPETENCIES_MAX).map(|i| format!("c{i}")).collect();
    let errs = validate(&a);
    assert_eq!(
        errs,
        vec![
            AssignmentError::TooManyCompetencies {
                max: COMPETENCIES_MAX
            },
            AssignmentError::TooManyItems { max: ITEMS_MAX },
            AssignmentError::TooManyRisks { max: RISKS_MAX },
        ]
    );
}

#[test]
fn web_links() {
    assert!(is_web_link("https://example.org/a"));
    assert!(is_web_link(" http://intranet/berkas "));
    for bad in [
        "",
        "https://",
        "ftp://x",
        "javascript:alert(1)",
        "https://a b",
        "www.x.id",
    ] {
        assert!(!is_web_link(bad), "{bad}");
    }
    assert!(!is_web_link(&format!("https://{}", "a".repeat(LINK_MAX))));
}

#[test]
fn list_order_and_current() {
    let mk = |role: &str, status: AssignmentStatus, start: Option<Date>| Assignment {
        role: role.into(),
        status,
        start,
        ..Assignment::default()
    };
    let mut items = vec![
        (
            "w",
            mk(
                "withdrawn",
                AssignmentStatus::Withdrawn,
                Some(d(2027, 1, 1)),
            ),
        ),
        (
            "e2",
            mk(
                "explore-late",
                AssignmentStatus::Exploring,
                Some(d(2027, 9, 1)),
            ),
        ),
        (
            "c1",
            mk("done-old", AssignmentStatus::Completed, Some(d(2024, 1, 1))),
        ),
        ("p", mk("prepare", AssignmentStatus::Preparing, None)),
        (
            "e1",
            mk(
                "explore-early",
                AssignmentStatus::Exploring,
                Some(d(2027, 2, 1)),
            ),
        ),
        (
            "o",
            mk("on", AssignmentStatus::OnAssignment, Some(d(2026, 1, 1))),
        ),
        (
            "c2",
            mk("done-new", AssignmentStatus::Completed, Some(d(2025, 1, 1))),
        ),
        (
            "e3",
            mk("explore-undated", AssignmentStatus::Exploring, None),
        ),
    ];
    assert_eq!(current(&items).unwrap().0, "o");
    items.sort_by(|x, y| list_cmp(&x.1, &y.1));
    let order: Vec<&str> = items.iter().map(|(id, _)| *id).collect();
    assert_eq!(order, vec!["o", "p", "e1", "e2", "e3", "c2", "c1", "w"]);
    let closed: Vec<(&str, Assignment)> = items
        .into_iter()
        .filter(|(_, a)| a.status.is_closed())
        .collect();
    assert!(current(&closed).is_none());
}

#[test]
fn enums_round_trip_their_names() {
    for t in AssignmentType::ALL {
        assert_eq!(AssignmentType::parse(t.as_str()), Some(t));
        assert_eq!(serde_json::to_value(t).unwrap(), json!(t.as_str()));
    }
    for s in AssignmentStatus::ALL {
        assert_eq!(AssignmentStatus::parse(s.as_str()), Some(s));
        assert_eq!(serde_json::to_value(s).unwrap(), json!(s.as_str()));
    }
    for p in Phase::ALL {
        assert_eq!(Phase::parse(p.as_str()), Some(p));
        assert_eq!(serde_json::to_value(p).unwrap(), json!(p.as_str()));
    }
    for s in ItemStatus::ALL {
        assert_eq!(ItemStatus::parse(s.as_str()), Some(s));
        assert_eq!(serde_json::to_value(s).unwrap(), json!(s.as_str()));
    }
    for s in RiskStatus::ALL {
        assert_eq!(RiskStatus::parse(s.as_str()), Some(s));
        assert_eq!(serde_json::to_value(s).unwrap(), json!(s.as_str()));
    }
}

fn record(fields: serde_json::Value) -> Record {
    let mut v = json!({
        "id": "6f1c2b7e-4a3d-4c1e-9b2a-1d2e3f405162", "kind": kinds::ASSIGNMENT,
        "created": "2026-11-25T10:00:00.000Z", "rev": "1764064800000-000000-dev"
    });
    for (k, val) in fields.as_object().unwrap() {
        v[k] = val.clone();
    }
    serde_json::from_value(v).unwrap()
}

#[test]
fn record_round_trip_keeps_unknown_and_clears_dates() {
    let mut rec = record(json!({
        "assignment_type": "internship", "role": "Analis", "start": "2027-01-04",
        "end": "2027-06-30", "future_field": {"a": 1},
        "checklist": [{"id": "c1", "text": "Satu", "phase": "agree", "status": "done",
                       "future_item_field": true}]
    }));
    let mut a: Assignment = rec.view().unwrap();
    assert_eq!(a.assignment_type, AssignmentType::Internship);
    assert_eq!(a.checklist[0].status, ItemStatus::Done);
    a.end = None;
    a.add_item("c2".into(), "Dua", Phase::Prepare, None);
    rec.set_view(&a).unwrap();
    assert!(!rec.fields.contains_key("end"), "a cleared date is removed");
    assert_eq!(rec.fields["future_field"], json!({"a": 1}));
    assert_eq!(
        rec.fields["checklist"][1],
        json!({"id": "c2", "text": "Dua", "phase": "prepare", "status": "todo"})
    );
    let back: Assignment = rec.view().unwrap();
    assert_eq!(back, a);
}

#[test]
fn odd_records_load_leniently() {
    let a: Assignment = serde_json::from_value(json!({})).unwrap();
    assert_eq!(a, Assignment::default());
    let a: Assignment = serde_json::from_value(json!({
        "assignment_type": "sabbatical", "status": 3, "role": ["x"], "start": "2027-02-30",
        "goals": ["g1", 2], "checklist": [{"id": "a", "text": "ok", "phase": "later"}, 5],
        "risks": [{"id": "r", "title": "t", "likelihood": 3, "impact": 1}, "x"]
    }))
    .unwrap();
    assert_eq!(a.assignment_type, AssignmentType::Secondment);
    assert_eq!(a.status, AssignmentStatus::Exploring);
    assert_eq!(a.role, "");
    assert_eq!(a.start, None);
    assert_eq!(a.goals, vec!["g1"]);
    assert_eq!(a.checklist.len(), 1);
    assert_eq!(a.checklist[0].phase, Phase::Prepare);
    assert_eq!((a.risks.len(), a.risks[0].likelihood), (1, 3));
}

fn import(fields: serde_json::Value) -> Result<Map<String, Value>, ProblemReason> {
    let mut obj = fields.as_object().unwrap().clone();
    check_import(&mut obj).map(|_| obj)
}

#[test]
fn import_accepts_a_full_record_and_drops_nulls() {
    let obj = import(json!({
        "assignment_type": "exchange", "status": "preparing", "role": "Analis",
        "host_org": "Kemenkeu", "home_org": "Bappenas", "start": "2027-01-04", "end": null,
        "objectives": null, "goals": ["g"], "competencies": ["Negosiasi"],
        "checklist": [{"id": "c1", "template": "prepare.fit_goals", "text": "Satu",
                       "phase": "prepare", "status": "in_progress", "due": null,
                       "note": "n", "evidence": "https://x.id/a"}],
        "risks": [{"id": "r1", "template": null, "title": "Budaya", "likelihood": 3,
                   "impact": 2, "mitigation": "", "owner": "Saya", "status": "mitigated"}],
        "unknown_later_field": 1
    }))
    .unwrap();
    assert!(!obj.contains_key("end") && !obj.contains_key("objectives"));
    assert!(!obj["checklist"][0].as_object().unwrap().contains_key("due"));
    assert!(!obj["risks"][0]
        .as_object()
        .unwrap()
        .contains_key("template"));
    assert_eq!(obj["unknown_later_field"], 1);
    assert!(import(json!({})).is_ok(), "every field is optional");
}

#[test]
fn import_refuses_bad_records_naming_the_field() {
    let wrong = |field| Err(ProblemReason::WrongType { field });
    type Case = (serde_json::Value, Result<Map<String, Value>, ProblemReason>);
    let cases: Vec<Case> = vec![
        (
            json!({"assignment_type": "sabbatical"}),
            wrong("assignment_type"),
        ),
        (json!({"status": 2}), wrong("status")),
        (json!({"role": 5}), wrong("role")),
        (json!({"start": "12/03/2027"}), wrong("start")),
        (
            json!({"end": "2301-01-01"}),
            Err(ProblemReason::AbsurdDate { field: "end" }),
        ),
        (
            json!({"start": "2027-05-01", "end": "2027-04-01"}),
            wrong("end"),
        ),
        (json!({"goals": "g1"}), wrong("goals")),
        (json!({"competencies": [1]}), wrong("competencies")),
        (json!({"checklist": {}}), wrong("checklist")),
        (json!({"checklist": [3]}), wrong("checklist")),
        (
            json!({"checklist": [{"text": "no id"}]}),
            wrong("checklist"),
        ),
        (
            json!({"checklist": [{"id": "a", "text": "x", "phase": "someday"}]}),
            wrong("checklist"),
        ),
        (
            json!({"checklist": [{"id": "a", "text": "x", "status": "maybe"}]}),
            wrong("checklist"),
        ),
        (
            json!({"checklist": [{"id": "a", "text": "x", "due": "soon"}]}),
            wrong("checklist"),
        ),
        (
            json!({"checklist": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]}),
            wrong("checklist"),
        ),
        (
            json!({"checklist": [{"id": "a", "text": "   "}]}),
            wrong("checklist"),
        ),
        (
            json!({"checklist": [{"id": "a", "text": "x", "evidence": "javascript:alert(1)"}]}),
            wrong("checklist"),
        ),
        (
            json!({"risks": [{"id": "r", "title": "x", "likelihood": 4}]}),
            wrong("risks"),
        ),
        (
            json!({"risks": [{"id": "r", "title": "x", "impact": "3"}]}),
            wrong("risks"),
        ),
        (
            json!({"risks": [{"id": "r", "title": "x", "status": "gone"}]}),
            wrong("risks"),
        ),
        (json!({"risks": [{"id": "r"}]}), wrong("risks")),
        (json!({"risks": [{"id": "", "title": "x"}]}), wrong("risks")),
    ];
    for (fields, want) in cases {
        assert_eq!(import(fields.clone()), want, "{fields}");
    }
}

#[test]
fn import_pipeline_reports_a_bad_assignment_and_keeps_the_good_one() {
    use crate::domain::files::FileKind;
    use crate::domain::import::restore;
    let good = json!({
        "id": "6f1c2b7e-4a3d-4c1e-9b2a-1d2e3f405162", "kind": "assignment",
        "created": "2026-11-25T10:00:00.000Z", "rev": "1764064800000-000000-dev",
        "assignment_type": "internship", "role": "Magang di Biro Hukum", "end": null
    });
    let bad = json!({
        "id": "7f1c2b7e-4a3d-4c1e-9b2a-1d2e3f405162", "kind": "assignment",
        "created": "2026-11-25T10:00:00.000Z", "rev": "1764064800000-000000-dev",
        "risks": [{"id": "r", "title": "x", "likelihood": 9}]
    });
    let (records, problems) = restore(vec![good, bad], FileKind::Backup);
    assert_eq!(records.len(), 1);
    assert!(!records[0].fields.contains_key("end"));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].index, 1);
    assert_eq!(
        problems[0].reason,
        ProblemReason::WrongType { field: "risks" }
    );
}
