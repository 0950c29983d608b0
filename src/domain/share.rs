//! Sharing with a mentor (DESIGN.md §1, §6): which records a share package holds, what the
//! person is told will leave the device, and the `jejak-share` file itself.
//!
//! Privacy is the rule here: a share holds only what the scope names. Networking entries and
//! people (contact notes, how and where you met) stay home unless the person ticks them
//! explicitly, tombstones and settings never leave, and nothing is pulled in "because it is
//! linked" except the records needed to read what was chosen (the action items of a shared
//! session, the custom framework of a shared assessment).

use super::date::{rfc3339, Date};
use super::entry::{Entry, EntryKind};
use super::files::{CURRENT_VERSION, FORMAT_SHARE};
use super::goal::{Goal, GoalStatus};
use super::record::{kinds, Record};
use crate::domain::sort::OneSort;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashSet};

/// What the person chose to share. Serialised into the file as `scope`, so the mentor can see
/// what was (and was not) included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShareScope {
    /// Goals with these statuses; empty shares no goals.
    #[serde(default)]
    pub goal_statuses: Vec<GoalStatus>,
    /// Journal entries; None shares none.
    #[serde(default)]
    pub entries: Option<EntryFilter>,
    /// The latest N completed assessments (0: none); one still being rated never leaves.
    #[serde(default)]
    pub latest_assessments: usize,
    /// Sessions (and their action items) with this person; None shares none.
    #[serde(default)]
    pub sessions_with: Option<String>,
    #[serde(default)]
    pub assignments: bool,
    /// People records (names, roles, contact notes). Off unless chosen explicitly.
    #[serde(default)]
    pub people: bool,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EntryFilter {
    /// Entry kinds to include. [`EntryKind::Networking`] is never in the default.
    #[serde(default)]
    pub kinds: Vec<EntryKind>,
    /// Only entries with at least one of these tags; empty means any tag.
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub from: Option<Date>,
    #[serde(default)]
    pub to: Option<Date>,
}

impl EntryFilter {
    /// Every kind except networking notes, which are private by default.
    pub fn default_kinds() -> Vec<EntryKind> {
        EntryKind::ALL
            .into_iter()
            .filter(|k| *k != EntryKind::Networking)
            .collect()
    }

    fn matches(&self, e: &Entry) -> bool {
        self.kinds.contains(&e.entry_kind)
            && (self.tags.is_empty() || e.tags.iter().any(|t| self.tags.contains(t)))
            && self.from.is_none_or(|f| e.date >= f)
            && self.to.is_none_or(|t| e.date <= t)
    }
}

impl Default for ShareScope {
    /// What the share screen starts with: active goals and the latest assessment — the two
    /// things a mentor most often asks about — and nothing private.
    fn default() -> Self {
        ShareScope {
            goal_statuses: vec![GoalStatus::Active],
            entries: None,
            latest_assessments: 1,
            sessions_with: None,
            assignments: false,
            people: false,
        }
    }
}

/// Field names of other modules' records that sharing reads. Kept here, in one place, because
/// the share filter depends on them and a rename there must show up here.
mod field {
    pub const SESSION_PERSON: &str = "person";
    pub const ACTION_SESSION: &str = "session";
    pub const ACTION_PERSON: &str = "person";
    pub const ASSESSMENT_DATE: &str = "date";
    pub const ASSESSMENT_FRAMEWORK: &str = "framework";
    pub const ASSESSMENT_STATUS: &str = "status";
    pub const ASSESSMENT_DONE: &str = "completed";
}

fn str_field<'a>(r: &'a Record, name: &str) -> Option<&'a str> {
    r.fields.get(name).and_then(Value::as_str)
}

/// The records a share with `scope` holds, in a stable order (by kind, then id).
pub fn select(records: &[&Record], scope: &ShareScope) -> Vec<Record> {
    let live = || records.iter().copied().filter(|r| !r.deleted);
    let mut chosen: Vec<&Record> = Vec::new();

    if !scope.goal_statuses.is_empty() {
        chosen.extend(live().filter(|r| {
            r.kind == kinds::GOAL
                && r.view::<Goal>()
                    .is_ok_and(|g| scope.goal_statuses.contains(&g.status))
        }));
    }

    if let Some(filter) = &scope.entries {
        chosen.extend(live().filter(|r| {
            r.kind == kinds::ENTRY && r.view::<Entry>().is_ok_and(|e| filter.matches(&e))
        }));
    }

    if scope.latest_assessments > 0 {
        let mut done: Vec<&Record> = live()
            .filter(|r| {
                r.kind == kinds::ASSESSMENT
                    && str_field(r, field::ASSESSMENT_STATUS) == Some(field::ASSESSMENT_DONE)
            })
            .collect();
        // Newest first by assessment date, then by creation for two on one day.
        done.one_sort_by(|a, b| {
            str_field(b, field::ASSESSMENT_DATE)
                .cmp(&str_field(a, field::ASSESSMENT_DATE))
                .then_with(|| b.created.cmp(&a.created))
        });
        done.truncate(scope.latest_assessments);
        // A custom framework travels with its assessments, or the mentor could not read them.
        let frameworks: HashSet<&str> = done
            .iter()
            .filter_map(|r| str_field(r, field::ASSESSMENT_FRAMEWORK))
            .collect();
        chosen.extend(done);
        chosen.extend(
            live().filter(|r| r.kind == kinds::FRAMEWORK && frameworks.contains(r.id.as_str())),
        );
    }

    if let Some(person) = &scope.sessions_with {
        let sessions: Vec<&Record> = live()
            .filter(|r| {
                r.kind == kinds::SESSION
                    && str_field(r, field::SESSION_PERSON) == Some(person.as_str())
            })
            .collect();
        let ids: HashSet<&str> = sessions.iter().map(|r| r.id.as_str()).collect();
        chosen.extend(sessions.iter().copied());
        chosen.extend(live().filter(|r| {
            r.kind == kinds::ACTION
                && (str_field(r, field::ACTION_SESSION).is_some_and(|s| ids.contains(s))
                    || str_field(r, field::ACTION_PERSON) == Some(person.as_str()))
        }));
    }

    if scope.assignments {
        chosen.extend(live().filter(|r| r.kind == kinds::ASSIGNMENT));
    }

    if scope.people {
        chosen.extend(live().filter(|r| r.kind == kinds::PERSON));
    }

    let mut seen = HashSet::new();
    let mut out: Vec<Record> = chosen
        .into_iter()
        .filter(|r| seen.insert(r.id.as_str()))
        .cloned()
        .collect();
    out.one_sort_by(|a, b| a.kind.cmp(&b.kind).then_with(|| a.id.cmp(&b.id)));
    out
}

/// How many records of each kind a selection holds: the "what will leave this device" summary.
pub fn count_by_kind(records: &[Record]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for r in records {
        *counts.entry(r.kind.clone()).or_insert(0) += 1;
    }
    counts
}

/// Everything a share file says about itself besides its records.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareHeader {
    /// A new random id per share: feedback names the package it answers.
    pub package_id: String,
    /// Stable per person (kept in settings), so a mentor's inbox groups packages by mentee.
    pub mentee_id: String,
    pub display_name: String,
    pub scope: ShareScope,
}

/// The `jejak-share` file: the backup layout (header one field per line, one record per line)
/// plus the package fields.
pub fn write_share(
    header: &ShareHeader,
    records: &[Record],
    app_version: &str,
    exported_at_millis: i64,
    device: &str,
) -> String {
    let q = |s: &str| serde_json::to_string(s).expect("a string always serialises");
    let scope = serde_json::to_string(&header.scope).expect("the scope is plain data");
    let mut out = String::with_capacity(512 + records.len() * 512);
    out.push_str("{\n");
    out.push_str(&format!("  \"format\": {},\n", q(FORMAT_SHARE)));
    out.push_str(&format!("  \"version\": {CURRENT_VERSION},\n"));
    out.push_str(&format!("  \"app_version\": {},\n", q(app_version)));
    out.push_str(&format!(
        "  \"exported_at\": {},\n",
        q(&rfc3339(exported_at_millis))
    ));
    out.push_str(&format!("  \"device\": {},\n", q(device)));
    out.push_str(&format!("  \"package_id\": {},\n", q(&header.package_id)));
    out.push_str(&format!("  \"mentee_id\": {},\n", q(&header.mentee_id)));
    out.push_str(&format!(
        "  \"display_name\": {},\n",
        q(&header.display_name)
    ));
    out.push_str(&format!("  \"scope\": {scope},\n"));
    out.push_str("  \"records\": [");
    for (i, r) in records.iter().enumerate() {
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        out.push_str(&serde_json::to_string(r).expect("records hold only JSON values"));
    }
    out.push_str(if records.is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    });
    out
}

/// `jejak-share-<name>-YYYY-MM-DD.json`, the name reduced to safe file-name characters.
pub fn share_file_name(display_name: &str, date: Date) -> String {
    let slug: String = display_name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug: String = slug.chars().take(40).collect();
    if slug.is_empty() {
        format!("{FORMAT_SHARE}-{date}.json")
    } else {
        format!("{FORMAT_SHARE}-{slug}-{date}.json")
    }
}

/// Why a share file cannot go into the inbox although it parsed.
#[derive(Debug, Clone, PartialEq)]
pub enum PackageError {
    /// `package_id`, `mentee_id` or `display_name` is missing or not a short string.
    BadField(&'static str),
}

/// A share package as the mentor keeps it: read-only, beside (never inside) their own data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Package {
    pub package_id: String,
    pub mentee_id: String,
    pub display_name: String,
    /// RFC 3339, from the file header: orders packages of one mentee.
    pub exported_at: String,
    #[serde(default)]
    pub scope: Option<ShareScope>,
    pub records: Vec<Record>,
}

impl Package {
    /// Builds a package from a parsed share file's extra fields and restored records.
    pub fn from_parts(
        extra: &Map<String, Value>,
        exported_at: &str,
        records: Vec<Record>,
    ) -> Result<Package, PackageError> {
        let text = |name: &'static str, max: usize| -> Result<String, PackageError> {
            match extra.get(name) {
                Some(Value::String(s)) if !s.trim().is_empty() && s.chars().count() <= max => {
                    Ok(s.trim().to_string())
                }
                _ => Err(PackageError::BadField(name)),
            }
        };
        let package_id = text("package_id", 64)?;
        if !super::id::is_uuid(&package_id) {
            return Err(PackageError::BadField("package_id"));
        }
        let mentee_id = text("mentee_id", 64)?;
        if !super::id::is_uuid(&mentee_id) {
            return Err(PackageError::BadField("mentee_id"));
        }
        let display_name = text("display_name", MAX_NAME_CHARS)?;
        // An unreadable scope only loses the "what was shared" note, never the records.
        let scope = extra
            .get("scope")
            .and_then(|v| serde_json::from_value(v.clone()).ok());
        // A share carries the mentee's work, never their settings or someone's comments.
        let records = records
            .into_iter()
            .filter(|r| r.kind != kinds::SETTING && r.kind != kinds::COMMENT)
            .collect();
        Ok(Package {
            package_id,
            mentee_id,
            display_name,
            exported_at: exported_at.to_string(),
            scope,
            records,
        })
    }

    pub fn views<T: serde::de::DeserializeOwned>(&self, kind: &str) -> Vec<(String, T)> {
        self.records
            .iter()
            .filter(|r| r.kind == kind)
            .filter_map(|r| r.view::<T>().ok().map(|v| (r.id.clone(), v)))
            .collect()
    }

    pub fn record(&self, id: &str) -> Option<&Record> {
        self.records.iter().find(|r| r.id == id)
    }
}

/// The longest display name a share may carry.
pub const MAX_NAME_CHARS: usize = 80;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::clock::Rev;
    use crate::domain::files::FileKind;
    use crate::domain::import::parse_file;
    use serde_json::json;

    fn rec(kind: &str, n: u32, fields: Value) -> Record {
        let mut r = Record::new(
            kind,
            format!("00000000-0000-4000-8000-{n:012}"),
            1_700_000_000_000,
            Rev {
                millis: 1_700_000_000_000,
                counter: 0,
                device: "dev1".into(),
            },
        );
        if let Value::Object(m) = fields {
            r.fields = m;
        }
        r
    }

    fn fixture() -> Vec<Record> {
        let mut deleted_goal = rec(kinds::GOAL, 3, json!({"title": "Gone", "status": "active"}));
        deleted_goal.deleted = true;
        vec![
            rec(
                kinds::GOAL,
                1,
                json!({"title": "Lead a team", "status": "active"}),
            ),
            rec(
                kinds::GOAL,
                2,
                json!({"title": "Old", "status": "achieved"}),
            ),
            deleted_goal,
            rec(
                kinds::ENTRY,
                10,
                json!({"title": "Reflect", "date": "2026-03-01", "entry_kind": "reflection", "tags": ["rapat"]}),
            ),
            rec(
                kinds::ENTRY,
                11,
                json!({"title": "Met Budi", "date": "2026-03-02", "entry_kind": "networking"}),
            ),
            rec(
                kinds::ENTRY,
                12,
                json!({"title": "Diklat", "date": "2025-01-02", "entry_kind": "training"}),
            ),
            rec(
                kinds::ASSESSMENT,
                20,
                json!({"date": "2026-01-01", "framework": "00000000-0000-4000-8000-000000000040", "status": "completed"}),
            ),
            rec(
                kinds::ASSESSMENT,
                21,
                json!({"date": "2026-06-01", "framework": "builtin-asn", "status": "completed"}),
            ),
            rec(
                kinds::ASSESSMENT,
                22,
                json!({"date": "2026-09-01", "framework": "builtin-asn", "status": "in_progress"}),
            ),
            rec(kinds::FRAMEWORK, 40, json!({"name": "Mine"})),
            rec(
                kinds::PERSON,
                30,
                json!({"name": "Ibu Sari", "contact_notes": "phone 0812"}),
            ),
            rec(kinds::PERSON, 31, json!({"name": "Pak Andi"})),
            rec(
                kinds::SESSION,
                50,
                json!({"person": "00000000-0000-4000-8000-000000000030"}),
            ),
            rec(
                kinds::SESSION,
                51,
                json!({"person": "00000000-0000-4000-8000-000000000031"}),
            ),
            rec(
                kinds::ACTION,
                60,
                json!({"session": "00000000-0000-4000-8000-000000000050", "text": "Read"}),
            ),
            rec(
                kinds::ACTION,
                61,
                json!({"session": "00000000-0000-4000-8000-000000000051", "text": "Other"}),
            ),
            rec(kinds::ASSIGNMENT, 70, json!({"host": "BKN"})),
            rec(kinds::SETTING, 80, json!({"theme": "dark"})),
            rec(kinds::COMMENT, 90, json!({"text": "hi"})),
        ]
    }

    fn ids(records: &[Record]) -> Vec<u32> {
        records
            .iter()
            .map(|r| r.id[24..].parse().unwrap())
            .collect::<Vec<u32>>()
    }

    fn sorted(mut v: Vec<u32>) -> Vec<u32> {
        v.one_sort();
        v
    }

    #[test]
    fn default_scope_shares_active_goals_and_latest_completed_assessment_only() {
        let all = fixture();
        let refs: Vec<&Record> = all.iter().collect();
        let out = select(&refs, &ShareScope::default());
        assert_eq!(sorted(ids(&out)), vec![1, 21]);
    }

    #[test]
    fn private_things_stay_home_unless_chosen() {
        let all = fixture();
        let refs: Vec<&Record> = all.iter().collect();
        let everything = ShareScope {
            goal_statuses: GoalStatus::ALL.to_vec(),
            entries: Some(EntryFilter {
                kinds: EntryFilter::default_kinds(),
                ..Default::default()
            }),
            latest_assessments: 10,
            sessions_with: Some("00000000-0000-4000-8000-000000000030".into()),
            assignments: true,
            people: false,
        };
        let out = select(&refs, &everything);
        let got = sorted(ids(&out));
        // No networking entry (11), no people (30, 31), no tombstone (3), no settings (80) or
        // comments (90), no sessions with someone else (51, 61), no unfinished assessment (22).
        assert_eq!(got, vec![1, 2, 10, 12, 20, 21, 40, 50, 60, 70]);
        assert!(out.iter().all(|r| !r.deleted));

        let with_private = ShareScope {
            people: true,
            entries: Some(EntryFilter {
                kinds: EntryKind::ALL.to_vec(),
                ..Default::default()
            }),
            ..everything
        };
        let got = sorted(ids(&select(&refs, &with_private)));
        assert!(got.contains(&11) && got.contains(&30) && got.contains(&31));
        assert!(!got.contains(&80) && !got.contains(&90) && !got.contains(&3));
    }

    #[test]
    fn entry_filters_by_tag_and_dates() {
        let all = fixture();
        let refs: Vec<&Record> = all.iter().collect();
        let scope = |f: EntryFilter| ShareScope {
            goal_statuses: vec![],
            latest_assessments: 0,
            entries: Some(f),
            ..ShareScope::default()
        };
        let base = EntryFilter {
            kinds: EntryFilter::default_kinds(),
            ..Default::default()
        };
        let tagged = EntryFilter {
            tags: vec!["rapat".into()],
            ..base.clone()
        };
        assert_eq!(ids(&select(&refs, &scope(tagged))), vec![10]);
        let dated = EntryFilter {
            from: Date::parse("2026-01-01"),
            to: Date::parse("2026-12-31"),
            ..base.clone()
        };
        assert_eq!(ids(&select(&refs, &scope(dated))), vec![10]);
        let training = EntryFilter {
            kinds: vec![EntryKind::Training],
            ..base
        };
        assert_eq!(ids(&select(&refs, &scope(training))), vec![12]);
    }

    #[test]
    fn latest_assessments_are_counted_newest_first() {
        let all = fixture();
        let refs: Vec<&Record> = all.iter().collect();
        let scope = ShareScope {
            goal_statuses: vec![],
            latest_assessments: 2,
            ..ShareScope::default()
        };
        // Both completed ones, and the custom framework the older one uses.
        assert_eq!(sorted(ids(&select(&refs, &scope))), vec![20, 21, 40]);
    }

    #[test]
    fn share_file_round_trips_into_a_package() {
        let all = fixture();
        let refs: Vec<&Record> = all.iter().collect();
        let records = select(&refs, &ShareScope::default());
        let header = ShareHeader {
            package_id: "6f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f".into(),
            mentee_id: "1f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f".into(),
            display_name: "Rina \"Ibu\" Wati".into(),
            scope: ShareScope::default(),
        };
        let text = write_share(&header, &records, "0.1.0", 1_780_000_000_000, "laptop");
        let parsed = parse_file(text.as_bytes(), FileKind::Share).unwrap();
        assert!(parsed.problems.is_empty());
        let pkg =
            Package::from_parts(&parsed.extra, &parsed.header.exported_at, parsed.records).unwrap();
        assert_eq!(pkg.display_name, "Rina \"Ibu\" Wati");
        assert_eq!(pkg.scope, Some(ShareScope::default()));
        assert_eq!(pkg.records, records);
        assert_eq!(pkg.views::<Goal>(kinds::GOAL)[0].1.title, "Lead a team");

        let empty = write_share(&header, &[], "0.1.0", 1_780_000_000_000, "laptop");
        assert!(parse_file(empty.as_bytes(), FileKind::Share).is_ok());
    }

    #[test]
    fn a_package_needs_its_ids_and_name() {
        let good = json!({
            "package_id": "6f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f",
            "mentee_id": "1f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f",
            "display_name": "Rina",
        });
        let Value::Object(good) = good else {
            unreachable!()
        };
        assert!(Package::from_parts(&good, "", vec![]).is_ok());
        for (field, bad) in [
            ("package_id", json!("not-a-uuid")),
            ("mentee_id", json!(7)),
            ("display_name", json!("   ")),
            ("display_name", json!("x".repeat(MAX_NAME_CHARS + 1))),
        ] {
            let mut m = good.clone();
            m.insert(field.into(), bad);
            assert_eq!(
                Package::from_parts(&m, "", vec![]),
                Err(PackageError::BadField(field))
            );
        }
        let mut m = good.clone();
        m.remove("display_name");
        assert_eq!(
            Package::from_parts(&m, "", vec![]),
            Err(PackageError::BadField("display_name"))
        );
    }

    #[test]
    fn settings_and_comments_never_enter_a_package() {
        let all = fixture();
        let Value::Object(extra) = json!({
            "package_id": "6f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f",
            "mentee_id": "1f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f",
            "display_name": "Rina",
        }) else {
            unreachable!()
        };
        let pkg = Package::from_parts(&extra, "", all).unwrap();
        assert!(pkg
            .records
            .iter()
            .all(|r| r.kind != kinds::SETTING && r.kind != kinds::COMMENT));
    }

    #[test]
    fn file_names_are_safe() {
        let d = Date::new(2026, 11, 25).unwrap();
        assert_eq!(
            share_file_name("Rina Wati / BKN", d),
            "jejak-share-rina-wati-bkn-2026-11-25.json"
        );
        assert_eq!(share_file_name("  ", d), "jejak-share-2026-11-25.json");
    }
}
