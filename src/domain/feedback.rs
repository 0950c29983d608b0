//! Comments and the `jejak-feedback` file (DESIGN.md §6): a mentor's remarks on a mentee's
//! shared records, and how they land beside the mentee's own records.
//!
//! A comment is an ordinary `comment` record, so it merges like everything else: importing the
//! same feedback file twice finds every comment unchanged and writes nothing, an edited comment
//! (newer rev) replaces the old one, and a comment the mentor deleted arrives as a tombstone.

use super::date::rfc3339;
use super::files::{CURRENT_VERSION, FORMAT_FEEDBACK};
use super::import::{ProblemReason, RecordProblem};
use super::merge::wins;
use super::record::{kinds, Record};
use crate::domain::sort::OneSort;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// The longest comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 5_000;
/// The longest author name, in characters.
pub const MAX_AUTHOR_CHARS: usize = 80;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Comment {
    /// The record commented on, or the package id for a remark on the share as a whole.
    pub target: String,
    /// The share package this comment answers.
    pub package: String,
    /// The mentee the package came from: on the mentee's device, comments whose `mentee` is
    /// their own id are feedback they received.
    pub mentee: String,
    #[serde(default)]
    pub text: String,
    /// The mentor's name as they gave it.
    #[serde(default)]
    pub author: String,
    /// Set by the mentee when they have read it; only Today's "new feedback" list uses it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub read: bool,
}

impl Comment {
    pub fn is_general(&self) -> bool {
        self.target == self.package
    }
}

/// Checks an imported comment record field by field (so the report names the field).
pub fn check_import(obj: &mut Map<String, Value>) -> Result<(), ProblemReason> {
    for field in ["text", "author", "read"] {
        if obj.get(field) == Some(&Value::Null) {
            obj.remove(field);
        }
    }
    for field in ["target", "package", "mentee"] {
        match obj.get(field) {
            Some(Value::String(s)) if super::id::is_uuid(s) => {}
            None | Some(Value::Null) => return Err(ProblemReason::MissingField(field)),
            Some(_) => return Err(ProblemReason::WrongType { field }),
        }
    }
    for (field, max) in [("text", MAX_COMMENT_CHARS), ("author", MAX_AUTHOR_CHARS)] {
        match obj.get(field) {
            None => {}
            Some(Value::String(s)) if s.chars().count() <= max => {}
            Some(_) => return Err(ProblemReason::WrongType { field }),
        }
    }
    match obj.get("read") {
        None | Some(Value::Bool(_)) => Ok(()),
        Some(_) => Err(ProblemReason::WrongType { field: "read" }),
    }
}

/// What a feedback file says about itself besides its comments.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackHeader {
    pub package_id: String,
    pub mentee_id: String,
    pub author: String,
}

/// The `jejak-feedback` file for one package: its comments, tombstones included so a comment
/// the mentor deleted disappears on the mentee's side too. Sorted by id: same data, same bytes.
pub fn write_feedback(
    header: &FeedbackHeader,
    comments: &[Record],
    app_version: &str,
    exported_at_millis: i64,
    device: &str,
) -> String {
    let q = |s: &str| serde_json::to_string(s).expect("a string always serialises");
    let mut sorted: Vec<&Record> = comments.iter().collect();
    sorted.one_sort_by(|a, b| a.id.cmp(&b.id));
    let mut out = String::with_capacity(512 + comments.len() * 256);
    out.push_str("{\n");
    out.push_str(&format!("  \"format\": {},\n", q(FORMAT_FEEDBACK)));
    out.push_str(&format!("  \"version\": {CURRENT_VERSION},\n"));
    out.push_str(&format!("  \"app_version\": {},\n", q(app_version)));
    out.push_str(&format!(
        "  \"exported_at\": {},\n",
        q(&rfc3339(exported_at_millis))
    ));
    out.push_str(&format!("  \"device\": {},\n", q(device)));
    out.push_str(&format!("  \"package_id\": {},\n", q(&header.package_id)));
    out.push_str(&format!("  \"mentee_id\": {},\n", q(&header.mentee_id)));
    out.push_str(&format!("  \"author\": {},\n", q(&header.author)));
    out.push_str("  \"records\": [");
    for (i, r) in sorted.iter().enumerate() {
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        out.push_str(&serde_json::to_string(r).expect("records hold only JSON values"));
    }
    out.push_str(if sorted.is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    });
    out
}

/// `jejak-feedback-<date>.json`.
pub fn feedback_file_name(date: super::date::Date) -> String {
    format!("{FORMAT_FEEDBACK}-{date}.json")
}

/// Where one incoming comment lands on the mentee's device.
#[derive(Debug, Clone, PartialEq)]
pub enum Landing {
    /// Beside one of the mentee's records (of this kind).
    OnRecord { kind: String },
    /// On the share as a whole.
    General,
    /// Its record no longer exists here (deleted, or never synced to this device). The comment
    /// is kept and listed with this explanation rather than dropped.
    Orphan,
}

/// The preview of a feedback import.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FeedbackPreview {
    pub package_id: String,
    pub author: String,
    /// Comments to write: new here, or newer than the copy here (edits and deletions).
    pub to_write: Vec<Record>,
    /// Of `to_write`, the new and changed live comments with where they land.
    pub landings: Vec<(Record, Landing)>,
    /// Comments this device already has in this version (or a newer one).
    pub unchanged: usize,
    /// Of `to_write`, comments the mentor deleted.
    pub removed: usize,
    /// Records that are not comments for this package, or are damaged.
    pub problems: Vec<RecordProblem>,
}

/// Why a feedback file cannot be imported although it parsed.
#[derive(Debug, Clone, PartialEq)]
pub enum FeedbackError {
    BadField(&'static str),
    /// The feedback answers a share made by someone else (another mentee id).
    NotForMe,
}

/// Works out what importing a parsed feedback file would change. `my_mentee_id` is None when
/// this device has never shared anything (then no feedback can be for it).
pub fn preview_feedback(
    local: &HashMap<String, Record>,
    extra: &Map<String, Value>,
    records: Vec<Record>,
    mut problems: Vec<RecordProblem>,
    my_mentee_id: Option<&str>,
) -> Result<FeedbackPreview, FeedbackError> {
    let id_field = |name: &'static str| match extra.get(name) {
        Some(Value::String(s)) if super::id::is_uuid(s) => Ok(s.clone()),
        _ => Err(FeedbackError::BadField(name)),
    };
    let package_id = id_field("package_id")?;
    let mentee_id = id_field("mentee_id")?;
    if my_mentee_id != Some(mentee_id.as_str()) {
        return Err(FeedbackError::NotForMe);
    }
    let author = match extra.get("author") {
        Some(Value::String(s)) => s.chars().take(MAX_AUTHOR_CHARS).collect(),
        _ => String::new(),
    };
    let mut out = FeedbackPreview {
        package_id: package_id.clone(),
        author,
        ..Default::default()
    };
    for (index, r) in records.into_iter().enumerate() {
        let belongs = r.kind == kinds::COMMENT
            && r.view::<Comment>()
                .is_ok_and(|c| c.package == package_id && c.mentee == mentee_id);
        if !belongs {
            problems.push(RecordProblem {
                index,
                id: Some(r.id.clone()),
                reason: ProblemReason::NotForThisPackage,
            });
            continue;
        }
        if local.get(&r.id).is_some_and(|l| !wins(&r, l)) {
            out.unchanged += 1;
            continue;
        }
        if r.deleted {
            // A deletion of a comment this device never had changes nothing worth saying.
            if local.get(&r.id).is_some_and(|l| !l.deleted) {
                out.removed += 1;
            }
        } else if let Ok(c) = r.view::<Comment>() {
            let landing = if c.is_general() {
                Landing::General
            } else {
                match local.get(&c.target) {
                    Some(t) if !t.deleted => Landing::OnRecord {
                        kind: t.kind.clone(),
                    },
                    _ => Landing::Orphan,
                }
            };
            out.landings.push((r.clone(), landing));
        }
        out.to_write.push(r);
    }
    out.problems = problems;
    Ok(out)
}

/// The live comments on one target, oldest first.
pub fn comments_on<'a>(
    comments: impl IntoIterator<Item = &'a (String, Comment, String)>,
    target: &str,
) -> Vec<&'a (String, Comment, String)> {
    let mut out: Vec<_> = comments
        .into_iter()
        .filter(|(_, c, _)| c.target == target)
        .collect();
    out.one_sort_by(|a, b| a.2.cmp(&b.2).then_with(|| a.0.cmp(&b.0)));
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::clock::Rev;
    use crate::domain::files::FileKind;
    use crate::domain::import::parse_file;
    use serde_json::json;

    const PKG: &str = "6f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f";
    const ME: &str = "1f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f";
    const GOAL: &str = "00000000-0000-4000-8000-000000000001";
    const GONE: &str = "00000000-0000-4000-8000-000000000002";

    fn rev(ms: u64) -> Rev {
        Rev {
            millis: ms,
            counter: 0,
            device: "mentor".into(),
        }
    }

    fn comment(n: u32, target: &str, text: &str, ms: u64) -> Record {
        let mut r = Record::new(
            kinds::COMMENT,
            format!("00000000-0000-4000-9000-{n:012}"),
            1_780_000_000_000,
            rev(ms),
        );
        r.set_view(&Comment {
            target: target.into(),
            package: PKG.into(),
            mentee: ME.into(),
            text: text.into(),
            author: "Pak Budi".into(),
            read: false,
        })
        .unwrap();
        r
    }

    fn file(comments: &[Record]) -> String {
        write_feedback(
            &FeedbackHeader {
                package_id: PKG.into(),
                mentee_id: ME.into(),
                author: "Pak Budi".into(),
            },
            comments,
            "0.1.0",
            1_780_000_100_000,
            "mentor-laptop",
        )
    }

    fn local_with_goal() -> HashMap<String, Record> {
        let mut goal = Record::new(kinds::GOAL, GOAL.into(), 1_700_000_000_000, rev(1));
        goal.fields.insert("title".into(), json!("Lead"));
        let mut gone = Record::new(kinds::GOAL, GONE.into(), 1_700_000_000_000, rev(1));
        gone.deleted = true;
        HashMap::from([(GOAL.into(), goal), (GONE.into(), gone)])
    }

    fn preview_of(
        local: &HashMap<String, Record>,
        text: &str,
    ) -> Result<FeedbackPreview, FeedbackError> {
        let parsed = parse_file(text.as_bytes(), FileKind::Feedback).unwrap();
        preview_feedback(
            local,
            &parsed.extra,
            parsed.records,
            parsed.problems,
            Some(ME),
        )
    }

    #[test]
    fn comments_land_on_records_on_the_package_or_in_the_orphan_list() {
        let text = file(&[
            comment(1, GOAL, "Good progress", 1_780_000_000_000),
            comment(2, PKG, "Overall: well done", 1_780_000_000_000),
            comment(3, GONE, "About the old goal", 1_780_000_000_000),
        ]);
        let p = preview_of(&local_with_goal(), &text).unwrap();
        assert_eq!(p.to_write.len(), 3);
        let landings: Vec<&Landing> = p.landings.iter().map(|(_, l)| l).collect();
        assert_eq!(
            landings,
            vec![
                &Landing::OnRecord {
                    kind: "goal".into()
                },
                &Landing::General,
                &Landing::Orphan
            ]
        );
        assert_eq!(p.author, "Pak Budi");
    }

    #[test]
    fn importing_the_same_file_twice_adds_nothing() {
        let text = file(&[comment(1, GOAL, "Good", 1_780_000_000_000)]);
        let mut local = local_with_goal();
        let first = preview_of(&local, &text).unwrap();
        for r in first.to_write {
            local.insert(r.id.clone(), r);
        }
        let second = preview_of(&local, &text).unwrap();
        assert!(second.to_write.is_empty());
        assert_eq!(second.unchanged, 1);

        // Marking it read here (a newer local rev) does not make the old file look new.
        let id = "00000000-0000-4000-9000-000000000001";
        let mut read = local[id].clone();
        read.fields.insert("read".into(), json!(true));
        read.rev = Rev {
            millis: 1_790_000_000_000,
            counter: 0,
            device: "mentee".into(),
        };
        local.insert(id.into(), read);
        let third = preview_of(&local, &text).unwrap();
        assert!(third.to_write.is_empty());
    }

    #[test]
    fn edits_and_deletions_arrive() {
        let mut local = local_with_goal();
        let original = comment(1, GOAL, "Good", 1_780_000_000_000);
        local.insert(original.id.clone(), original.clone());
        let edited = comment(1, GOAL, "Very good", 1_780_000_500_000);
        let p = preview_of(&local, &file(&[edited])).unwrap();
        assert_eq!(p.to_write.len(), 1);
        assert_eq!(p.landings.len(), 1);

        let mut tomb = comment(1, GOAL, "", 1_780_000_900_000);
        tomb.deleted = true;
        let p = preview_of(&local, &file(&[tomb])).unwrap();
        assert_eq!((p.to_write.len(), p.removed, p.landings.len()), (1, 1, 0));
    }

    #[test]
    fn feedback_for_someone_else_or_another_package_is_refused() {
        let text = file(&[comment(1, GOAL, "Good", 1)]);
        let parsed = parse_file(text.as_bytes(), FileKind::Feedback).unwrap();
        let other = "2f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f";
        assert_eq!(
            preview_feedback(
                &HashMap::new(),
                &parsed.extra,
                parsed.records.clone(),
                vec![],
                Some(other)
            ),
            Err(FeedbackError::NotForMe)
        );
        assert_eq!(
            preview_feedback(&HashMap::new(), &parsed.extra, parsed.records, vec![], None),
            Err(FeedbackError::NotForMe)
        );

        // A comment naming another package inside the file is reported, not imported.
        let mut stray = comment(2, GOAL, "stray", 1);
        stray.fields.insert("package".into(), json!(other));
        let p = preview_of(&local_with_goal(), &file(&[stray])).unwrap();
        assert!(p.to_write.is_empty());
        assert_eq!(p.problems[0].reason, ProblemReason::NotForThisPackage);
    }

    #[test]
    fn damaged_comments_are_refused_by_field() {
        let mut bad_target = serde_json::to_value(comment(1, GOAL, "Good", 1)).unwrap();
        bad_target["target"] = json!(42);
        let mut long_text = serde_json::to_value(comment(2, GOAL, "Good", 1)).unwrap();
        long_text["text"] = json!("x".repeat(MAX_COMMENT_CHARS + 1));
        let mut no_package = serde_json::to_value(comment(3, GOAL, "Good", 1)).unwrap();
        no_package.as_object_mut().unwrap().remove("package");
        let (ok, problems) = crate::domain::import::restore(
            vec![bad_target, long_text, no_package],
            FileKind::Feedback,
        );
        assert!(ok.is_empty());
        let reasons: Vec<ProblemReason> = problems.into_iter().map(|p| p.reason).collect();
        assert_eq!(
            reasons,
            vec![
                ProblemReason::WrongType { field: "target" },
                ProblemReason::WrongType { field: "text" },
                ProblemReason::MissingField("package"),
            ]
        );
    }

    #[test]
    fn the_file_is_deterministic() {
        let a = comment(2, GOAL, "b", 1);
        let b = comment(1, GOAL, "a", 1);
        assert_eq!(file(&[a.clone(), b.clone()]), file(&[b, a]));
        assert!(parse_file(file(&[]).as_bytes(), FileKind::Feedback).is_ok());
    }
}
