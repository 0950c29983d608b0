//! The plan's assembly rules, one by one, on small hand-made journals. The whole plan in both
//! languages, from a fixture file, is `tests/plan.rs`.

use super::markdown::{file_name, text};
use super::words::{self, Label, Word, Words};
use super::*;
use crate::domain::balance::FollowUp;
use crate::domain::competency::assessment::Assessment;
use crate::domain::competency::builtin::ASN_ID;
use serde_json::json;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::new(y, m, day).unwrap()
}

fn goal(v: serde_json::Value) -> Goal {
    serde_json::from_value(v).unwrap()
}

fn entry(kind: &str, date: &str, title: &str, learning: &str, hours: Option<f64>) -> Entry {
    serde_json::from_value(json!({
        "entry_kind": kind, "date": date, "title": title, "learning": learning, "hours": hours
    }))
    .unwrap()
}

/// The owned data a [`Sources`] borrows.
#[derive(Default)]
struct Journal {
    settings: Settings,
    goals: Vec<(String, Goal)>,
    assessments: Vec<Dated>,
    entries: Vec<(String, Entry)>,
    follow_ups: Vec<(String, FollowUp)>,
    assignments: Vec<(String, Assignment)>,
    people: Vec<(String, Person)>,
    sessions: Vec<(String, Session)>,
}

impl Journal {
    fn plan(&self, made: Date, options: Options) -> Plan {
        let entries: Vec<(&str, &Entry)> =
            self.entries.iter().map(|(i, e)| (i.as_str(), e)).collect();
        let follow_up = |id: &str| {
            self.follow_ups
                .iter()
                .find(|(i, _)| i == id)
                .map(|(_, f)| f.clone())
        };
        assemble(
            &Sources {
                made,
                language: Language::English,
                settings: &self.settings,
                goals: &self.goals,
                assessments: &self.assessments,
                frameworks: &[],
                entries: &entries,
                follow_up: &follow_up,
                assignments: &self.assignments,
                people: &self.people,
                sessions: &self.sessions,
            },
            &options,
        )
    }
}

fn year(y: i32) -> Options {
    Options {
        period: PlanPeriod::year(y),
        include_drafts: false,
        show_names: false,
    }
}

fn assessment(id: &str, date: Date, done: bool, ratings: &[(&str, u8, u8)]) -> Dated {
    let mut a = Assessment::new(ASN_ID, date);
    for (c, level, target) in ratings {
        a.rate(c, "", Some(*level));
        a.set_target(c, "", Some(*target));
    }
    a.target_role = "Kepala Subbagian".into();
    if done {
        a.complete();
    }
    Dated {
        id: id.into(),
        created: format!("{date}T00:00:00.000Z"),
        assessment: a,
    }
}

#[test]
fn goals_in_the_period() {
    let j = Journal {
        goals: vec![
            (
                "a".into(),
                goal(json!({"title": "Active now", "status": "active", "activated": "2026-03-01"})),
            ),
            (
                "b".into(),
                goal(
                    json!({"title": "Active from next year", "status": "active", "activated": "2027-01-02"}),
                ),
            ),
            (
                "c".into(),
                goal(
                    json!({"title": "Achieved in it", "status": "achieved", "activated": "2025-06-01", "closed": "2026-02-01"}),
                ),
            ),
            (
                "d".into(),
                goal(
                    json!({"title": "Achieved before it", "status": "achieved", "activated": "2025-01-01", "closed": "2025-12-31"}),
                ),
            ),
            (
                "e".into(),
                goal(json!({"title": "Draft", "status": "draft"})),
            ),
            (
                "f".into(),
                goal(
                    json!({"title": "Dropped", "status": "dropped", "activated": "2026-01-05", "closed": "2026-05-01"}),
                ),
            ),
            (
                "g".into(),
                goal(
                    json!({"title": "Active, date unknown", "status": "active", "target_date": "2026-12-20"}),
                ),
            ),
        ],
        ..Journal::default()
    };
    let titles = |p: &Plan| p.goals.iter().map(|g| g.title.clone()).collect::<Vec<_>>();
    let plan = j.plan(d(2026, 12, 7), year(2026));
    assert_eq!(
        titles(&plan),
        vec!["Active, date unknown", "Active now", "Achieved in it"],
        "due soon first, then by the Goals list order; drafts and dropped out"
    );
    let with_drafts = j.plan(
        d(2026, 12, 7),
        Options {
            include_drafts: true,
            ..year(2026)
        },
    );
    assert!(titles(&with_drafts).contains(&"Draft".to_string()));
    let next = j.plan(d(2026, 12, 7), year(2027));
    assert_eq!(
        titles(&next),
        vec![
            "Active, date unknown",
            "Active from next year",
            "Active now"
        ],
        "achieved last year is out; equal urgency by title"
    );
}

#[test]
fn gaps_name_their_goals_and_the_uncovered_ones() {
    let j = Journal {
        assessments: vec![
            assessment("old", d(2026, 1, 10), true, &[("asn-integrity", 1, 5)]),
            assessment(
                "latest",
                d(2026, 10, 1),
                true,
                &[
                    ("asn-integrity", 3, 4),
                    ("asn-cooperation", 2, 4),
                    ("asn-communication", 4, 4),
                    ("asn-results", 2, 5),
                ],
            ),
            // Newer but not completed: not what the plan is built on.
            assessment("draft", d(2026, 11, 1), false, &[("asn-integrity", 1, 5)]),
        ],
        goals: vec![
            (
                "g1".into(),
                goal(json!({"title": "Lead the data project", "status": "active",
                "competencies": ["asn-cooperation", "asn-communication", "asn-integrity", "nowhere"],
                "methods": ["social", "experience", "social"]})),
            ),
            (
                "g2".into(),
                goal(json!({"title": "Integrity course", "status": "active",
                "competencies": ["asn-integrity"], "methods": ["formal"]})),
            ),
            (
                "g3".into(),
                goal(json!({"title": "Dropped one", "status": "dropped",
                "competencies": ["asn-results"]})),
            ),
            (
                "g4".into(),
                goal(json!({"title": "No method", "status": "active"})),
            ),
        ],
        ..Journal::default()
    };
    let plan = j.plan(d(2026, 12, 7), year(2026));
    let who = &plan.who;
    assert_eq!(who.target_role, "Kepala Subbagian");
    let assessed = who.assessment.as_ref().unwrap();
    assert_eq!(assessed.date, d(2026, 10, 1));
    assert_eq!(
        assessed.framework,
        "Civil-service competency standard (ASN)"
    );

    let gaps: Vec<(&str, u8, u8, Vec<String>)> = plan
        .gaps
        .iter()
        .map(|g| (g.name.as_str(), g.current, g.target, g.goals.clone()))
        .collect();
    assert_eq!(
        gaps,
        vec![
            ("Results orientation", 2, 5, vec![]),
            (
                "Cooperation",
                2,
                4,
                vec!["Lead the data project".to_string()]
            ),
            (
                "Integrity",
                3,
                4,
                vec![
                    "Integrity course".to_string(),
                    "Lead the data project".to_string()
                ]
            ),
        ],
        "largest first; a dropped goal covers nothing"
    );
    let uncovered: Vec<&str> = plan.uncovered().map(|g| g.name.as_str()).collect();
    assert_eq!(uncovered, vec!["Results orientation"]);

    let lead = plan
        .goals
        .iter()
        .find(|g| g.title == "Lead the data project")
        .unwrap();
    let refs: Vec<String> = lead.gaps.iter().map(words::gap_ref).collect();
    assert_eq!(refs, vec!["Cooperation (2 → 4)", "Integrity (3 → 4)"]);
    assert_eq!(
        lead.other_competencies,
        vec!["Communication"],
        "met competency named apart; an unknown id left out"
    );

    assert_eq!(
        lead.methods,
        vec![LearningType::Experience, LearningType::Social],
        "in the model's order, each once, however the record holds them"
    );
    // Two goals with methods: one split over two methods, one on one method.
    assert_eq!(plan.planned_split.percents(), [25, 25, 50]);
    assert_eq!(plan.goals_without_method, 1);
}

#[test]
fn no_assessment_means_no_gaps() {
    let j = Journal {
        assessments: vec![assessment(
            "x",
            d(2026, 1, 1),
            false,
            &[("asn-integrity", 1, 3)],
        )],
        ..Journal::default()
    };
    let plan = j.plan(d(2026, 12, 7), year(2026));
    assert!(plan.who.assessment.is_none() && plan.gaps.is_empty());
    assert!(plan.planned_split.is_empty());
}

#[test]
fn done_so_far_counts_the_period_up_to_today() {
    let mut j = Journal {
        settings: Settings {
            jp_target: Some(10.0),
            ..Settings::default()
        },
        entries: vec![
            (
                "t-old".into(),
                entry("training", "2025-12-20", "Last year", "formal", Some(6.0)),
            ),
            (
                "t1".into(),
                entry("training", "2026-02-01", "Applied one", "formal", Some(3.0)),
            ),
            (
                "t2".into(),
                entry("training", "2026-03-01", "Forgotten one", "formal", None),
            ),
            (
                "t3".into(),
                entry("training", "2026-11-30", "Recent one", "formal", Some(1.5)),
            ),
            (
                "t4".into(),
                entry(
                    "training",
                    "2026-12-20",
                    "Planned course",
                    "formal",
                    Some(8.0),
                ),
            ),
            (
                "w1".into(),
                entry(
                    "achievement",
                    "2026-06-01",
                    "Report early",
                    "experience",
                    None,
                ),
            ),
            (
                "w2".into(),
                entry(
                    "reflection",
                    "2026-07-01",
                    "Thinking",
                    "experience",
                    Some(6.0),
                ),
            ),
            (
                "m1".into(),
                entry(
                    "mentoring_note",
                    "2027-01-05",
                    "Next year",
                    "social",
                    Some(1.0),
                ),
            ),
        ],
        ..Journal::default()
    };
    j.follow_ups.push((
        "t1".into(),
        FollowUp {
            applied: true,
            outcome: "Used the checklist\nin every audit".into(),
            date: d(2026, 4, 1),
        },
    ));
    let made = d(2026, 12, 7);
    let plan = j.plan(made, year(2026));
    let done = &plan.done;
    assert_eq!(done.until, made);
    assert_eq!(done.jp.len(), 1);
    // 3 + 1.5 + 8 (planned, dated this year: JP counts the calendar year) + 6 hours.
    assert!((done.jp[0].jp - 18.5 * 60.0 / 45.0).abs() < 1e-9);
    assert_eq!(done.jp[0].target, 10.0);
    // Balance: formal 3 + 1 (no hours) + 1.5, experience 1 + 6; the planned course is out.
    assert_eq!(done.balance.hours, [7.0, 0.0, 5.5]);
    let states: Vec<(&str, &FollowUpState)> = done
        .trainings
        .iter()
        .map(|t| (t.title.as_str(), &t.follow_up))
        .collect();
    assert_eq!(states.len(), 3);
    assert!(matches!(states[0], ("Applied one", FollowUpState::Recorded(f)) if f.applied));
    assert_eq!(states[1], ("Forgotten one", &FollowUpState::Due));
    assert_eq!(
        states[2],
        (
            "Recent one",
            &FollowUpState::NotYet {
                from: d(2027, 1, 11)
            }
        )
    );
    assert_eq!(done.achievements.len(), 1);
    assert_eq!(done.achievements[0].title, "Report early");

    // A custom period over two years: JP per year, balance up to today only.
    let span = Options {
        period: PlanPeriod {
            from: d(2025, 12, 1),
            to: d(2027, 3, 31),
        },
        ..year(2026)
    };
    let plan = j.plan(made, span);
    let years: Vec<i32> = plan.done.jp.iter().map(|s| s.year).collect();
    assert_eq!(years, vec![2025, 2026, 2027]);
    assert_eq!(plan.done.trainings.len(), 4, "last December's training too");

    // Next year's plan made now: nothing done yet.
    let plan = j.plan(made, year(2027));
    assert!(plan.done.until < plan.period.from);
    assert!(plan.done.balance.is_empty() && plan.done.trainings.is_empty());
}

#[test]
fn assignments_planned_or_running_in_the_period() {
    let a = |v: serde_json::Value| -> Assignment { serde_json::from_value(v).unwrap() };
    let j = Journal {
        assignments: vec![
            (
                "1".into(),
                a(
                    json!({"assignment_type": "secondment", "status": "preparing", "role": "Analis",
                "host_org": "Bappenas", "host_unit": "Direktorat Aparatur", "start": "2027-01-06", "end": "2027-06-30",
                "checklist": [{"id": "i1", "text": "Agree", "phase": "agree", "status": "done"},
                              {"id": "i2", "text": "Hand over", "phase": "handover", "status": "todo"}]}),
                ),
            ),
            (
                "2".into(),
                a(
                    json!({"assignment_type": "project", "status": "completed", "start": "2026-01-01"}),
                ),
            ),
            (
                "3".into(),
                a(json!({"assignment_type": "internship", "status": "exploring"})),
            ),
            (
                "4".into(),
                a(
                    json!({"assignment_type": "rotation", "status": "on_assignment", "start": "2025-01-01", "end": "2025-12-31"}),
                ),
            ),
        ],
        ..Journal::default()
    };
    let plan = j.plan(d(2026, 12, 7), year(2027));
    let kinds = |p: &Plan| {
        p.assignments
            .iter()
            .map(|a| a.assignment_type)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds(&plan),
        vec![AssignmentType::Secondment, AssignmentType::Internship],
        "closed ones and one that ended before the period left out"
    );
    assert_eq!(
        kinds(&j.plan(d(2026, 12, 7), year(2026))),
        vec![AssignmentType::Secondment, AssignmentType::Internship],
        "one that starts after the period is being prepared for in it"
    );
    assert_eq!(kinds(&j.plan(d(2026, 12, 7), year(2025))).len(), 3);
    let s = &plan.assignments[0];
    assert_eq!(s.host, "Direktorat Aparatur, Bappenas");
    assert_eq!(s.readiness.score, Some(50));
    assert_eq!(s.readiness.stage, readiness::Stage::Before);
    assert_eq!(plan.assignments[1].readiness.score, None, "no checklist");
}

#[test]
fn mentoring_names_only_when_chosen() {
    let p = |v: serde_json::Value| -> Person { serde_json::from_value(v).unwrap() };
    let s = |person: &str, date: &str, status: &str| -> Session {
        serde_json::from_value(json!({"person": person, "date": date, "status": status})).unwrap()
    };
    let j = Journal {
        people: vec![
            (
                "r".into(),
                p(
                    json!({"name": "Bu Ratna", "roles": ["mentor"], "cadence": "monthly", "mode": "online", "since": "2026-01-01"}),
                ),
            ),
            (
                "c".into(),
                p(
                    json!({"name": "Pak Coach", "roles": ["coach", "supervisor"], "cadence": "quarterly", "status": "paused",
                "pauses": [{"from": "2026-10-01"}]}),
                ),
            ),
            (
                "e".into(),
                p(
                    json!({"name": "Old mentor", "roles": ["mentor"], "status": "ended", "ended": "2025-06-01"}),
                ),
            ),
            (
                "s".into(),
                p(json!({"name": "Pak Agus", "roles": ["supervisor"]})),
            ),
            ("x".into(), p(json!({"name": "A peer", "roles": ["peer"]}))),
        ],
        sessions: vec![
            ("1".into(), s("r", "2025-12-01", "held")),
            ("2".into(), s("r", "2026-10-10", "held")),
            ("3".into(), s("r", "2026-11-10", "held")),
            ("4".into(), s("r", "2026-12-10", "planned")),
        ],
        ..Journal::default()
    };
    let plan = j.plan(d(2026, 12, 7), year(2026));
    assert_eq!(
        plan.mentoring.len(),
        2,
        "ended before the period and peers left out"
    );
    let ratna = &plan.mentoring[0];
    assert_eq!(ratna.name, None);
    assert_eq!(ratna.roles, vec![Role::Mentor]);
    assert_eq!((ratna.held, ratna.next_due), (2, Some(d(2026, 12, 10))));
    let coach = &plan.mentoring[1];
    assert_eq!(coach.roles, vec![Role::Coach]);
    assert_eq!((coach.status, coach.next_due), (PersonStatus::Paused, None));
    assert!(!ratna.overdue && !coach.overdue);
    assert_eq!(plan.signature.supervisor, None);

    let named = j.plan(
        d(2026, 12, 7),
        Options {
            show_names: true,
            ..year(2026)
        },
    );
    assert_eq!(named.mentoring[0].name.as_deref(), Some("Bu Ratna"));
    assert_eq!(
        named.signature.supervisor.as_deref(),
        Some("Pak Agus"),
        "an active supervisor before a paused one"
    );
}

/// A language that writes every label as its name, to test the writer's structure.
struct Names;

impl Words for Names {
    fn label(&self, l: Label) -> &'static str {
        Box::leak(format!("{l:?}").into_boxed_str())
    }
    fn word(&self, w: Word) -> &'static str {
        Box::leak(format!("{w:?}").into_boxed_str())
    }
    fn date(&self, d: Date) -> String {
        d.to_string()
    }
    fn decimal(&self, v: f64) -> String {
        v.to_string()
    }
    fn percent(&self, p: u32) -> String {
        format!("{p}%")
    }
}

#[test]
fn markdown_escapes_the_persons_text() {
    assert_eq!(
        text("*Baru* <b>a|b</b> & [x](y) `c` _d_ \\"),
        "\\*Baru\\* \\<b\\>a\\|b\\</b\\> \\& \\[x\\](y) \\`c\\` \\_d\\_ \\\\"
    );
    assert_eq!(text("two\nlines\t and  spaces"), "two lines and spaces");
    let j = Journal {
        settings: Settings {
            display_name: "Rina | Wati".into(),
            ..Settings::default()
        },
        goals: vec![(
            "g".into(),
            goal(json!({"title": "# Not a *heading*", "status": "active",
            "milestones": [{"id": "m", "title": "[x] step", "done": "2026-02-01"}]})),
        )],
        ..Journal::default()
    };
    let md = markdown::plan_markdown(&j.plan(d(2026, 12, 7), year(2026)), &Names);
    assert!(md.contains("### # Not a \\*heading\\*\n"), "{md}");
    assert!(
        md.contains("  - [x] \\[x\\] step (MilestoneDone)\n"),
        "{md}"
    );
    assert!(md.contains("| Name | Rina \\| Wati |  |\n"), "{md}");
    assert!(md.starts_with("# DocTitle 2026\n\n## SectionWho\n"));
    assert!(md.ends_with("| Date |  |  |\n") && !md.ends_with("\n\n"));
    assert_eq!(
        file_name(PlanPeriod::year(2026)),
        "jejak-development-plan-2026.md"
    );
    assert_eq!(
        file_name(PlanPeriod {
            from: d(2026, 1, 1),
            to: d(2026, 6, 30)
        }),
        "jejak-development-plan-2026-01-01-2026-06-30.md"
    );
}
