//! The development plan from a prepared journal (`tests/fixtures/plan/journal.json`, a backup
//! file): what it holds, section by section, and the whole plan as Markdown in both languages
//! against golden files. After an intended change of the plan's words or layout, regenerate
//! them with `UPDATE_GOLDEN=1 cargo test --test plan` and review the diff.
//!
//! Also here: the goal's planned methods (the field the plan added) survive a backup, a merge,
//! a migration, an older version's edit and a share.
#![cfg(not(target_arch = "wasm32"))]

use jejak::domain::balance::{read_follow_up, round1};
use jejak::domain::clock::Rev;
use jejak::domain::competency::assessment::{Assessment, Dated};
use jejak::domain::competency::builtin::{Language, Position};
use jejak::domain::competency::framework::Framework;
use jejak::domain::date::Date;
use jejak::domain::entry::{Entry, LearningType};
use jejak::domain::files::write_backup;
use jejak::domain::goal::Goal;
use jejak::domain::import::parse_backup;
use jejak::domain::merge::merge;
use jejak::domain::plan::markdown::{file_name, plan_markdown};
use jejak::domain::plan::{assemble, FollowUpState, Options, Plan, PlanPeriod, Sources};
use jejak::domain::record::{kinds, Record};
use jejak::domain::settings::{Settings, SETTINGS_ID};
use jejak::domain::share::{select, ShareScope};
use jejak::i18n::Lang;
use serde_json::json;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan")
}

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::new(y, m, day).unwrap()
}

/// The day the plans here are made.
fn made() -> Date {
    d(2026, 11, 25)
}

fn journal() -> Vec<Record> {
    let bytes = std::fs::read(fixtures().join("journal.json")).unwrap();
    let parsed = parse_backup(&bytes).unwrap();
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    parsed.records
}

fn views<T: serde::de::DeserializeOwned>(records: &[Record], kind: &str) -> Vec<(String, T)> {
    records
        .iter()
        .filter(|r| r.kind == kind && !r.deleted)
        .map(|r| (r.id.clone(), r.view::<T>().unwrap()))
        .collect()
}

/// The plan of the fixture journal, the way the screen assembles it from the app's records.
fn plan_of(records: &[Record], lang: Lang, options: Options) -> Plan {
    let settings: Settings = records
        .iter()
        .find(|r| r.id == SETTINGS_ID)
        .map(|r| r.view().unwrap())
        .unwrap_or_default();
    let entries = views::<Entry>(records, kinds::ENTRY);
    let entry_refs: Vec<(&str, &Entry)> = entries.iter().map(|(i, e)| (i.as_str(), e)).collect();
    let assessments: Vec<Dated> = records
        .iter()
        .filter(|r| r.kind == kinds::ASSESSMENT && !r.deleted)
        .map(|r| Dated {
            id: r.id.clone(),
            created: r.created.clone(),
            assessment: r.view::<Assessment>().unwrap(),
        })
        .collect();
    let follow_up = |id: &str| records.iter().find(|r| r.id == id).and_then(read_follow_up);
    let goals = views(records, kinds::GOAL);
    let frameworks: Vec<(String, Framework)> = views(records, kinds::FRAMEWORK);
    let assignments = views(records, kinds::ASSIGNMENT);
    let people = views(records, kinds::PERSON);
    let sessions = views(records, kinds::SESSION);
    assemble(
        &Sources {
            made: made(),
            language: match lang {
                Lang::Id => Language::Indonesian,
                Lang::En => Language::English,
            },
            settings: &settings,
            goals: &goals,
            assessments: &assessments,
            frameworks: &frameworks,
            entries: &entry_refs,
            follow_up: &follow_up,
            assignments: &assignments,
            people: &people,
            sessions: &sessions,
        },
        &options,
    )
}

fn this_year() -> Options {
    Options {
        period: PlanPeriod::year(2026),
        include_drafts: false,
        show_names: false,
    }
}

#[test]
fn who_gaps_and_the_goals_that_close_them() {
    let plan = plan_of(&journal(), Lang::Id, this_year());
    let who = &plan.who;
    assert_eq!(who.name, "Rina Wati");
    assert_eq!(who.position, "Analis Kebijakan Ahli Pertama");
    assert_eq!(who.unit, "Biro Perencanaan, Setda Provinsi Jawa Tengah");
    assert_eq!(who.target_role, "Kepala Subbagian Perencanaan");
    assert_eq!(who.target_position, Some(Position::Administrator));
    let a = who.assessment.as_ref().unwrap();
    assert_eq!(
        (a.date, a.framework.as_str()),
        (d(2026, 11, 1), "Standar Kompetensi ASN"),
        "the latest completed assessment, its framework in the plan's language"
    );

    let gaps: Vec<(&str, u8, u8, usize)> = plan
        .gaps
        .iter()
        .map(|g| (g.name.as_str(), g.current, g.target, g.goals.len()))
        .collect();
    assert_eq!(
        gaps,
        vec![
            ("Komunikasi", 2, 4, 1),
            ("Kerja Sama", 3, 4, 1),
            ("Mengelola Perubahan", 2, 3, 1),
            ("Pengambilan Keputusan", 3, 4, 0),
        ]
    );
    let uncovered: Vec<&str> = plan.uncovered().map(|g| g.name.as_str()).collect();
    assert_eq!(
        uncovered,
        vec!["Pengambilan Keputusan"],
        "the draft and the dropped goal that name it do not count"
    );

    let titles: Vec<&str> = plan.goals.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Menerapkan proyek perubahan PKA",
            "Memimpin proyek dasbor data regional",
            "Membangun jejaring lintas instansi",
            "Lulus pelatihan analisis data",
        ],
        "active (due soon first), then achieved this year; not last year's, drafts or dropped"
    );
    // Methods: {experience, social}, {experience, formal}, none, {formal}.
    assert_eq!(plan.planned_split.percents(), [33, 17, 50]);
    assert_eq!(plan.goals_without_method, 1);
    let pka = &plan.goals[0];
    assert_eq!(
        pka.other_competencies,
        vec!["Integritas"],
        "linked, but no gap"
    );

    let with_drafts = plan_of(
        &journal(),
        Lang::Id,
        Options {
            include_drafts: true,
            ..this_year()
        },
    );
    assert_eq!(with_drafts.uncovered().count(), 0, "the draft covers it");
}

#[test]
fn done_so_far_assignments_and_mentoring() {
    let plan = plan_of(&journal(), Lang::En, this_year());
    let done = &plan.done;
    assert_eq!(done.until, made());
    assert_eq!(done.jp.len(), 1);
    // 6 + 3 + 1.5 + 1.5 + 1 + 0.5 hours in 2026 (last November's course is 2025's).
    assert_eq!(round1(done.jp[0].jp), 18.0);
    assert!(!done.jp[0].reached());
    assert_eq!(done.balance.hours, [4.0, 2.0, 10.5]);
    assert_eq!(done.balance.percents(), [24, 12, 64]);
    let follow_ups: Vec<(&str, &FollowUpState)> = done
        .trainings
        .iter()
        .map(|t| (t.title.as_str(), &t.follow_up))
        .collect();
    assert_eq!(follow_ups.len(), 3);
    assert!(matches!(follow_ups[0].1, FollowUpState::Recorded(f) if f.applied));
    assert_eq!(follow_ups[1].1, &FollowUpState::Due);
    assert_eq!(
        follow_ups[2].1,
        &FollowUpState::NotYet {
            from: d(2026, 12, 17)
        }
    );
    assert_eq!(done.achievements.len(), 2);

    assert_eq!(
        plan.assignments.len(),
        1,
        "the completed rotation is not a plan"
    );
    let a = &plan.assignments[0];
    assert_eq!(
        a.host,
        "Direktorat Aparatur Negara, Kementerian PPN/Bappenas"
    );
    // Agree done, hand-over half, practicalities not yet: 50, less 10 for the open high risk.
    assert_eq!((a.readiness.base, a.readiness.score), (Some(50), Some(40)));

    let mentors: Vec<(Option<&str>, usize, Option<Date>, bool)> = plan
        .mentoring
        .iter()
        .map(|m| (m.name.as_deref(), m.held, m.next_due, m.overdue))
        .collect();
    assert_eq!(
        mentors,
        vec![
            (None, 3, Some(d(2026, 12, 10)), false),
            (None, 2, Some(d(2026, 11, 3)), true)
        ],
        "a mentor and a coach, no peers, no names unless chosen"
    );
    assert_eq!(plan.signature.employee, "Rina Wati");
    assert_eq!(plan.signature.supervisor, None);
}

fn golden(name: &str, actual: &str) {
    let path = fixtures().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    assert!(
        expected == actual,
        "{name} differs from the golden file; if intended, regenerate with UPDATE_GOLDEN=1.\n\
         --- actual ---\n{actual}"
    );
}

#[test]
fn markdown_in_both_languages_matches_the_golden_files() {
    let records = journal();
    for (lang, name) in [(Lang::Id, "plan-id.md"), (Lang::En, "plan-en.md")] {
        let plan = plan_of(&records, lang, this_year());
        golden(name, &plan_markdown(&plan, &lang));
    }
    let chosen = Options {
        period: PlanPeriod {
            from: d(2026, 7, 1),
            to: d(2027, 6, 30),
        },
        include_drafts: true,
        show_names: true,
    };
    let plan = plan_of(&records, Lang::En, chosen);
    assert_eq!(
        plan.signature.supervisor.as_deref(),
        Some("Pak Agus Santoso")
    );
    golden(
        "plan-en-drafts-names-2026-07-2027-06.md",
        &plan_markdown(&plan, &Lang::En),
    );
    assert_eq!(
        file_name(chosen.period),
        "jejak-development-plan-2026-07-01-2027-06-30.md"
    );
}

#[test]
fn the_plan_leaves_private_notes_out() {
    let records = journal();
    for lang in [Lang::Id, Lang::En] {
        for show_names in [false, true] {
            let plan = plan_of(
                &records,
                lang,
                Options {
                    show_names,
                    ..this_year()
                },
            );
            let md = plan_markdown(&plan, &lang);
            assert!(!md.contains("Pribadi"), "contact notes never appear");
            assert!(!md.contains("Dimas"), "peers never appear");
            assert_eq!(md.contains("Bu Ratna Sari"), show_names);
            assert_eq!(md.contains("Pak Agus Santoso"), show_names);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The goal's planned methods in files, merges and older versions
// ---------------------------------------------------------------------------------------------

const GOAL_ID: &str = "9a100000-0000-4000-8000-0000000000aa";

fn goal_record(rev: &str, methods: &[&str]) -> Record {
    serde_json::from_value(json!({
        "id": GOAL_ID, "kind": "goal", "created": "2026-03-01T02:00:00.000Z", "rev": rev,
        "title": "Memimpin rapat", "status": "active", "competencies": ["asn-communication"],
        "methods": methods
    }))
    .unwrap()
}

#[test]
fn planned_methods_survive_backup_merge_and_older_files() {
    let here = goal_record("1780000001000-000000-laptop", &["experience", "social"]);
    // Backup written and read back.
    let text = write_backup(
        std::slice::from_ref(&here),
        "0.1.0",
        1_780_000_002_000,
        "Laptop",
    );
    let back = parse_backup(text.as_bytes()).unwrap();
    assert!(back.problems.is_empty());
    let goal: Goal = back.records[0].view().unwrap();
    assert_eq!(
        goal.methods,
        vec![LearningType::Experience, LearningType::Social]
    );
    assert_eq!(goal.competencies, vec!["asn-communication"]);

    // Merge: the newer edit wins with its methods, in either order.
    let phone = goal_record("1780000005000-000000-phone", &["formal"]);
    for merged in [
        merge(std::slice::from_ref(&here), std::slice::from_ref(&phone)),
        merge(std::slice::from_ref(&phone), std::slice::from_ref(&here)),
    ] {
        let g: Goal = merged[0].view().unwrap();
        assert_eq!(g.methods, vec![LearningType::Formal]);
    }

    // A version-1 file from before the field existed: the goal simply has no methods.
    let old = json!({
        "format": "jejak-backup", "version": 1, "app_version": "0.1.0",
        "exported_at": "2026-01-01T00:00:00.000Z", "device": "old",
        "records": [{"id": GOAL_ID, "kind": "goal", "created": "2026-01-01T00:00:00.000Z",
                     "rev": "1767225600000-000000-old", "title": "Lama", "status": "active"}]
    });
    let parsed = parse_backup(old.to_string().as_bytes()).unwrap();
    assert!(parsed.problems.is_empty());
    let g: Goal = parsed.records[0].view().unwrap();
    assert!(g.methods.is_empty() && g.competencies.is_empty());

    // An older app that does not know the field edits the goal: the field stays, unchanged.
    #[derive(serde::Serialize, serde::Deserialize)]
    struct OlderGoal {
        title: String,
    }
    let mut edited = here.clone();
    let mut older: OlderGoal = edited.view().unwrap();
    older.title = "Memimpin rapat lintas unit".into();
    edited.set_view(&older).unwrap();
    edited.rev = Rev::parse("1780000009000-000000-oldphone").unwrap();
    let g: Goal = edited.view().unwrap();
    assert_eq!(g.title, "Memimpin rapat lintas unit");
    assert_eq!(
        g.methods,
        vec![LearningType::Experience, LearningType::Social]
    );

    // A share for a mentor carries the goal whole.
    let shared = select(&[&here], &ShareScope::default());
    assert_eq!(shared[0].fields["methods"], json!(["experience", "social"]));
}
