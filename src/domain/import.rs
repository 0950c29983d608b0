//! The import pipeline (DESIGN.md §4, §6): parse → check the envelope → migrate → restore →
//! preview → apply. Each step is a function of its own with its own tests; the browser only
//! supplies bytes, shows the [`Preview`] and writes what [`into_writes`] returns.
//!
//! Two kinds of failure are kept apart on purpose. An [`ImportError`] refuses the whole file
//! (nothing in it can be trusted). A [`RecordProblem`] drops one record and says why, so the
//! valid records of a partly damaged file can still be imported after the user has seen what
//! is skipped. Both are data, not text: the UI words them in the user's language.

use super::clock::Hlc;
use super::date::{parse_rfc3339, Date, MAX_YEAR, MIN_YEAR};
use super::entry::{validate, Entry, EntryError, EntryKind, LearningType};
use super::files::{
    check_envelope, parse_json, read_header, shorten, FileKind, Header, MAX_STRING_BYTES,
};
use super::id::is_uuid;
use super::merge::wins;
use super::migrate::migrate;
use super::record::{kinds, Record};
use super::settings::Theme;
use crate::domain::sort::OneSort;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// Why a whole file is refused. One variant per failure the user must be told about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`super::files::MAX_FILE_BYTES`]; refused before reading or parsing.
    TooLarge { bytes: u64, limit: u64 },
    /// No bytes, or only whitespace.
    Empty,
    /// Not UTF-8 text (a picture, a PDF, a UTF-16 file…).
    Binary,
    /// Text, but not JSON; where the parser gave up (1-based).
    NotJson { line: usize, column: usize },
    /// JSON that stops in the middle: an interrupted download or copy.
    Truncated,
    /// Valid JSON, but an array, string, number… instead of an object.
    NotAnObject { found: &'static str },
    /// Nested deeper than [`super::files::MAX_DEPTH`].
    TooDeep,
    /// A JSON object without a Jejak `format`: another program's file.
    NotJejak,
    /// A Jejak file of another kind than the one being imported here.
    WrongFormat {
        found: String,
        expected: &'static str,
    },
    /// A `jejak-…` format this version does not know (probably from a newer app).
    UnknownFormat { found: String },
    /// Written by a newer app: the user must update before importing.
    NewerVersion { found: u64, supported: u32 },
    /// A header field is missing or of the wrong type.
    BadHeader { field: &'static str },
    /// There is no `records` list.
    NoRecords,
    /// A migration step could not convert the file from version `from`.
    MigrationFailed { from: u32 },
}

impl ImportError {
    /// A stable identifier, for message lookup, test ids and logs.
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::TooLarge { .. } => "too_large",
            ImportError::Empty => "empty",
            ImportError::Binary => "binary",
            ImportError::NotJson { .. } => "not_json",
            ImportError::Truncated => "truncated",
            ImportError::NotAnObject { .. } => "not_an_object",
            ImportError::TooDeep => "too_deep",
            ImportError::NotJejak => "not_jejak",
            ImportError::WrongFormat { .. } => "wrong_format",
            ImportError::UnknownFormat { .. } => "unknown_format",
            ImportError::NewerVersion { .. } => "newer_version",
            ImportError::BadHeader { .. } => "bad_header",
            ImportError::NoRecords => "no_records",
            ImportError::MigrationFailed { .. } => "migration_failed",
        }
    }
}

/// Why one record was skipped. A record gets one reason: the first check it fails, in the
/// order the variants are listed (entry validation reports all its errors at once).
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemReason {
    NotAnObject,
    MissingField(&'static str),
    /// The field has the wrong JSON type, or a value outside its allowed set (e.g. an
    /// `entry_kind` this version does not know).
    WrongType {
        field: &'static str,
    },
    /// The id is not a UUID.
    BadId,
    /// The id already appeared earlier in the file (second and later occurrences).
    DuplicateId,
    /// `rev` is not a stamp this app writes, or lies beyond year 2200 (it would win every
    /// merge forever).
    BadRev,
    /// `created` is not an RFC 3339 timestamp.
    BadCreated,
    /// A date outside 1900–2200: `date` of an entry or `created`.
    AbsurdDate {
        field: &'static str,
    },
    /// A string (or key) longer than [`MAX_STRING_BYTES`] under this top-level field (which may
    /// be one this version does not know, hence a `String`).
    StringTooLong {
        field: String,
    },
    /// A `kind` outside the ten of DESIGN.md §5. The file version is one this app reads, so a
    /// kind it does not know is corruption or forgery rather than a newer feature.
    UnknownKind(String),
    /// An entry that fails the same validation the editor applies.
    InvalidEntry(Vec<EntryError>),
    /// A tombstone in a share file (shares carry only live records).
    UnexpectedTombstone,
    /// In a feedback file: a record that is not a comment on the file's own share package.
    NotForThisPackage,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RecordProblem {
    /// Position in the file's `records` list (0-based).
    pub index: usize,
    /// The record's id when it has a string one (shortened if absurdly long).
    pub id: Option<String>,
    pub reason: ProblemReason,
}

/// A file that passed every whole-file check, its records restored.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub header: Header,
    pub records: Vec<Record>,
    pub problems: Vec<RecordProblem>,
    /// Top-level fields besides the header and `records` (a share's display name and package
    /// id, say), for the code that handles that kind of file.
    pub extra: Map<String, Value>,
}

/// Parses a `jejak-backup` file.
pub fn parse_backup(bytes: &[u8]) -> Result<Parsed, ImportError> {
    parse_file(bytes, FileKind::Backup)
}

/// Parses a plaintext Jejak file of the `expected` kind through the whole-file steps and
/// restores its records. An encrypted file must be decrypted first: it is `WrongFormat` here.
pub fn parse_file(bytes: &[u8], expected: FileKind) -> Result<Parsed, ImportError> {
    let value = parse_json(bytes)?;
    let (kind, version) = check_envelope(&value, Some(expected))?;
    let value = migrate(version, value)?;
    let raw = split_file(value)?;
    let (records, problems) = restore(raw.records, kind);
    Ok(Parsed {
        header: raw.header,
        records,
        problems,
        extra: raw.extra,
    })
}

/// A migrated file taken apart: its header, its raw records and any other top-level fields.
#[derive(Debug, Clone, PartialEq)]
pub struct RawFile {
    pub header: Header,
    pub records: Vec<Value>,
    pub extra: Map<String, Value>,
}

/// Splits a migrated file into its header, its raw records and any other top-level fields.
pub fn split_file(value: Value) -> Result<RawFile, ImportError> {
    let Value::Object(mut obj) = value else {
        return Err(ImportError::NotAnObject {
            found: super::files::json_type(&value),
        });
    };
    let header = read_header(&obj)?;
    let records = match obj.remove("records") {
        Some(Value::Array(list)) => list,
        _ => return Err(ImportError::NoRecords),
    };
    for key in ["format", "version", "app_version", "exported_at", "device"] {
        obj.remove(key);
    }
    Ok(RawFile {
        header,
        records,
        extra: obj,
    })
}

/// Pipeline step "restore", in the spirit of Excalidraw's restore functions: every raw record
/// either becomes a [`Record`] — repaired where that is safe — or a [`RecordProblem`].
///
/// Repairs (meaning is unchanged, so the rev is kept): `deleted` missing or null → false;
/// null optional fields → absent (the typed view's default); entry tags trimmed, leading `#`
/// dropped, lowercased, empty ones and duplicates removed. Text with HTML or script is kept
/// verbatim: it is only ever rendered escaped (DESIGN.md §8).
pub fn restore(raw: Vec<Value>, file: FileKind) -> (Vec<Record>, Vec<RecordProblem>) {
    let mut r = Restore::new(file, raw.len());
    for value in raw {
        r.push(value);
    }
    r.finish()
}

/// [`restore`] one raw record at a time, for a file checked in slices between which the page
/// gets a turn (`super::checking`). Pushing a file's records in order gives exactly what
/// `restore` gives for the whole list.
#[derive(Debug)]
pub struct Restore {
    file: FileKind,
    seen: HashSet<String>,
    records: Vec<Record>,
    problems: Vec<RecordProblem>,
    index: usize,
}

impl Restore {
    pub fn new(file: FileKind, capacity: usize) -> Restore {
        Restore {
            file,
            seen: HashSet::with_capacity(capacity),
            records: Vec::with_capacity(capacity),
            problems: Vec::new(),
            index: 0,
        }
    }

    pub fn push(&mut self, value: Value) {
        match restore_one(value, &mut self.seen, self.file) {
            Ok(r) => self.records.push(r),
            Err((id, reason)) => self.problems.push(RecordProblem {
                index: self.index,
                id,
                reason,
            }),
        }
        self.index += 1;
    }

    pub fn finish(self) -> (Vec<Record>, Vec<RecordProblem>) {
        (self.records, self.problems)
    }
}

type Refused = (Option<String>, ProblemReason);

fn restore_one(
    value: Value,
    seen: &mut HashSet<String>,
    file: FileKind,
) -> Result<Record, Refused> {
    let Value::Object(mut obj) = value else {
        return Err((None, ProblemReason::NotAnObject));
    };
    let id = match obj.get("id") {
        None | Some(Value::Null) => return Err((None, ProblemReason::MissingField("id"))),
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err((None, ProblemReason::WrongType { field: "id" })),
    };
    let shown = Some(shorten(&id));
    let refuse = |reason| Err((shown.clone(), reason));
    if !is_uuid(&id) {
        return refuse(ProblemReason::BadId);
    }
    // The first occurrence claims the id whatever its fate: a file with two records under one
    // id is damaged, and guessing which one is meant could silently pick the wrong one.
    if !seen.insert(id) {
        return refuse(ProblemReason::DuplicateId);
    }
    if let Err(reason) = check_envelope_fields(&mut obj, file) {
        return refuse(reason);
    }
    if let Err(reason) = check_string_sizes(&obj) {
        return refuse(reason);
    }
    let deleted = obj.get("deleted") == Some(&Value::Bool(true));
    // A tombstone only has to carry its envelope: whatever fields it kept are history.
    if !deleted {
        let checked = match obj.get("kind").and_then(Value::as_str) {
            Some(kinds::ENTRY) => restore_entry(&mut obj),
            Some(kinds::SETTING) => check_settings(&mut obj),
            Some(kinds::PERSON) => super::mentoring::restore::restore_person(&mut obj),
            Some(kinds::SESSION) => super::mentoring::restore::restore_session(&mut obj),
            Some(kinds::ACTION) => super::mentoring::restore::restore_action(&mut obj),
            Some(kinds::FRAMEWORK) => super::competency::restore::check_framework(&mut obj),
            Some(kinds::ASSESSMENT) => super::competency::restore::check_assessment(&mut obj),
            Some(kinds::ASSIGNMENT) => super::assignment::check_import(&mut obj),
            Some(kinds::COMMENT) => super::feedback::check_import(&mut obj),
            _ => Ok(()),
        };
        if let Err(reason) = checked {
            return refuse(reason);
        }
    }
    // Every field the envelope needs was checked above, so this cannot fail in practice; if it
    // does, the record is skipped rather than the import aborted.
    super::envelope::record_from_object(obj)
        .or_else(|_| refuse(ProblemReason::WrongType { field: "record" }))
}

fn check_envelope_fields(
    obj: &mut Map<String, Value>,
    file: FileKind,
) -> Result<(), ProblemReason> {
    let kind = required_str(obj, "kind")?;
    if !kinds::ALL.contains(&kind) {
        return Err(ProblemReason::UnknownKind(shorten(kind)));
    }
    let created = required_str(obj, "created")?;
    let created_ms = parse_rfc3339(created).ok_or(ProblemReason::BadCreated)?;
    if !Date::from_millis(created_ms, 0).in_range() {
        return Err(ProblemReason::AbsurdDate { field: "created" });
    }
    let rev = required_str(obj, "rev")?;
    let rev = super::clock::Rev::parse(rev).ok_or(ProblemReason::BadRev)?;
    let latest = Date::new(MAX_YEAR, 12, 31)
        .expect("valid")
        .add_days(1)
        .to_days()
        * 86_400_000;
    if i64::try_from(rev.millis).map_or(true, |ms| ms >= latest) {
        return Err(ProblemReason::BadRev);
    }
    match obj.get("deleted") {
        None | Some(Value::Bool(_)) => {}
        Some(Value::Null) => {
            obj.remove("deleted");
        }
        Some(_) => return Err(ProblemReason::WrongType { field: "deleted" }),
    }
    if file == FileKind::Share && obj.get("deleted") == Some(&Value::Bool(true)) {
        return Err(ProblemReason::UnexpectedTombstone);
    }
    Ok(())
}

fn required_str<'a>(
    obj: &'a Map<String, Value>,
    field: &'static str,
) -> Result<&'a str, ProblemReason> {
    match obj.get(field) {
        None | Some(Value::Null) => Err(ProblemReason::MissingField(field)),
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(ProblemReason::WrongType { field }),
    }
}

/// Finds the first string or key anywhere in the record longer than [`MAX_STRING_BYTES`].
/// Depth is bounded by the file's depth check, so the recursion is too.
fn check_string_sizes(obj: &Map<String, Value>) -> Result<(), ProblemReason> {
    fn too_long(v: &Value) -> bool {
        match v {
            Value::String(s) => s.len() > MAX_STRING_BYTES,
            Value::Array(a) => a.iter().any(too_long),
            Value::Object(o) => o
                .iter()
                .any(|(k, v)| k.len() > MAX_STRING_BYTES || too_long(v)),
            _ => false,
        }
    }
    for (key, value) in obj {
        if key.len() > MAX_STRING_BYTES || too_long(value) {
            return Err(ProblemReason::StringTooLong {
                field: shorten(key),
            });
        }
    }
    Ok(())
}

/// Removes a known optional field whose value is null, so the typed view's default applies.
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

fn check_string_list(obj: &Map<String, Value>, field: &'static str) -> Result<(), ProblemReason> {
    match obj.get(field) {
        None => Ok(()),
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => Ok(()),
        Some(_) => Err(ProblemReason::WrongType { field }),
    }
}

/// Checks an entry's fields one by one (so the report names the field), repairs its tags, then
/// applies the editor's own validation.
fn restore_entry(obj: &mut Map<String, Value>) -> Result<(), ProblemReason> {
    for field in [
        "entry_kind",
        "title",
        "body",
        "tags",
        "learning",
        "hours",
        "links",
    ] {
        drop_null(obj, field);
    }
    let date = Date::parse(required_str(obj, "date")?)
        .ok_or(ProblemReason::WrongType { field: "date" })?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&date.year) {
        return Err(ProblemReason::AbsurdDate { field: "date" });
    }
    if let Some(s) = optional_str(obj, "entry_kind")? {
        EntryKind::parse(s).ok_or(ProblemReason::WrongType {
            field: "entry_kind",
        })?;
    }
    if let Some(s) = optional_str(obj, "learning")? {
        LearningType::parse(s).ok_or(ProblemReason::WrongType { field: "learning" })?;
    }
    optional_str(obj, "title")?;
    optional_str(obj, "body")?;
    check_string_list(obj, "tags")?;
    check_string_list(obj, "links")?;
    match obj.get("hours") {
        None | Some(Value::Number(_)) => {}
        Some(_) => return Err(ProblemReason::WrongType { field: "hours" }),
    }
    if let Some(Value::Array(tags)) = obj.get_mut("tags") {
        let mut clean: Vec<Value> = Vec::with_capacity(tags.len());
        for t in tags.iter().filter_map(Value::as_str) {
            let tag = Value::String(t.trim().trim_start_matches('#').trim().to_lowercase());
            if tag != "" && !clean.contains(&tag) {
                clean.push(tag);
            }
        }
        *tags = clean;
    }
    // Read in place: copying the object first would double the cost of restoring an entry.
    let entry =
        Entry::deserialize(&*obj).map_err(|_| ProblemReason::WrongType { field: "entry" })?;
    let errors = validate(&entry);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ProblemReason::InvalidEntry(errors))
    }
}

fn check_settings(obj: &mut Map<String, Value>) -> Result<(), ProblemReason> {
    drop_null(obj, "language");
    drop_null(obj, "theme");
    drop_null(obj, "display_name");
    drop_null(obj, "position");
    drop_null(obj, "unit");
    drop_null(obj, "mentee_id");
    optional_str(obj, "language")?;
    optional_str(obj, "display_name")?;
    optional_str(obj, "position")?;
    optional_str(obj, "unit")?;
    if let Some(id) = optional_str(obj, "mentee_id")? {
        if !is_uuid(id) {
            return Err(ProblemReason::WrongType { field: "mentee_id" });
        }
    }
    if let Some(t) = optional_str(obj, "theme")? {
        Theme::parse(t).ok_or(ProblemReason::WrongType { field: "theme" })?;
    }
    Ok(())
}

/// Both sides changed one record since they last exchanged data. The newer rev wins by default
/// (that is always `incoming` here: see [`preview`]); the user may keep `local` instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub local: Record,
    pub incoming: Record,
}

impl Conflict {
    /// Whether the file's version wins by default (last writer wins).
    pub fn incoming_wins(&self) -> bool {
        wins(&self.incoming, &self.local)
    }
}

/// What an import would do, shown to the user before anything is written. Every list is sorted
/// by id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Preview {
    /// Live records this device does not have.
    pub new: Vec<Record>,
    /// Newer versions of records this device has (including un-deleting).
    pub updated: Vec<Record>,
    /// Records this device already has in the same or a newer version.
    pub unchanged: usize,
    /// Changed on both sides since the last exchange; incoming wins unless kept local.
    pub conflicts: Vec<Conflict>,
    /// Newer tombstones for records this device has alive.
    pub deleted: Vec<Record>,
    /// Tombstones for records this device never had or already deleted: stored silently, so
    /// the delete keeps travelling to other devices, but nothing for the user to review.
    pub tombstones_only: Vec<Record>,
    /// Records skipped, with reasons (from `restore`).
    pub problems: Vec<RecordProblem>,
}

impl Preview {
    /// How many records `apply` will write.
    pub fn write_count(&self) -> usize {
        self.new.len()
            + self.updated.len()
            + self.conflicts.iter().filter(|c| c.incoming_wins()).count()
            + self.deleted.len()
            + self.tombstones_only.len()
    }

    /// True when applying would change nothing.
    pub fn is_empty(&self) -> bool {
        self.write_count() == 0
    }
}

/// Pipeline step "preview": sorts incoming records against this device's.
///
/// `last_sync_millis` is when this device last exchanged data (made or imported a backup).
/// A conflict is a record both sides changed since then — local and incoming content differ,
/// both revs are later than the last sync (or there was none), and they come from different
/// devices. It is reported whichever side is newer, so the user always sees which version wins;
/// when this device's version is the newer one, the import leaves it as it is.
pub fn preview(
    local: &HashMap<String, Record>,
    incoming: Vec<Record>,
    problems: Vec<RecordProblem>,
    last_sync_millis: Option<i64>,
) -> Preview {
    let mut p = Preview {
        problems,
        ..Preview::default()
    };
    // One record per id (restore already guarantees it for parsed files; other callers may not).
    for inc in one_per_id(incoming) {
        let Some(loc) = local.get(&inc.id) else {
            if inc.deleted {
                p.tombstones_only.push(inc);
            } else {
                p.new.push(inc);
            }
            continue;
        };
        if inc != *loc && is_conflict(loc, &inc, last_sync_millis) {
            p.conflicts.push(Conflict {
                local: loc.clone(),
                incoming: inc,
            });
        } else if !wins(&inc, loc) {
            p.unchanged += 1;
        } else if inc.deleted && loc.deleted {
            p.tombstones_only.push(inc);
        } else if inc.deleted {
            p.deleted.push(inc);
        } else {
            p.updated.push(inc);
        }
    }
    p
}

/// The records sorted by id with one per id, the winner under [`wins`] (as `merge(&[], ..)`
/// gives, without copying every record).
fn one_per_id(mut records: Vec<Record>) -> Vec<Record> {
    // Stable, so among equal ids the file order decides ties exactly as `merge` does.
    records.one_sort_by(|a, b| a.id.cmp(&b.id));
    let mut out: Vec<Record> = Vec::with_capacity(records.len());
    for r in records {
        match out.last_mut() {
            Some(last) if last.id == r.id => {
                if wins(&r, last) {
                    *last = r;
                }
            }
            _ => out.push(r),
        }
    }
    out
}

fn is_conflict(local: &Record, incoming: &Record, last_sync: Option<i64>) -> bool {
    let after_sync =
        |r: &Record| last_sync.is_none_or(|s| i128::from(r.rev.millis) > i128::from(s));
    let same_content = local.kind == incoming.kind
        && local.deleted == incoming.deleted
        && local.created == incoming.created
        && local.fields == incoming.fields;
    local.rev.device != incoming.rev.device
        && after_sync(local)
        && after_sync(incoming)
        && !same_content
        && !(local.deleted && incoming.deleted)
}

/// Pipeline step "apply": the records to write, sorted by id, in one transaction.
///
/// For conflicts whose id is in `keep_local`, this device's version is written back with a
/// fresh rev from `clock` (which first observes every incoming rev), so it beats the incoming
/// version here and on every device that later merges with this one. Ids in `keep_local` that
/// are not conflicts are ignored. `now_millis` is the wall clock (negative is treated as 0).
/// It takes the preview, so thousands of records move into the result uncopied.
pub fn into_writes(
    preview: Preview,
    keep_local: &HashSet<String>,
    clock: &mut Hlc,
    now_millis: i64,
) -> Vec<Record> {
    let Preview {
        new,
        updated,
        conflicts,
        deleted,
        tombstones_only,
        ..
    } = preview;
    let mut out: Vec<Record> = Vec::with_capacity(
        new.len() + updated.len() + deleted.len() + tombstones_only.len() + conflicts.len(),
    );
    out.extend(new);
    out.extend(updated);
    out.extend(deleted);
    out.extend(tombstones_only);
    for r in &out {
        clock.observe(&r.rev);
    }
    for c in &conflicts {
        clock.observe(&c.incoming.rev);
        clock.observe(&c.local.rev);
    }
    for c in conflicts {
        // When this device's version is already the newer one it wins as it is: nothing to write.
        if !c.incoming_wins() {
            continue;
        }
        if keep_local.contains(&c.local.id) {
            let mut kept = c.local;
            kept.rev = clock.tick(now_millis.max(0) as u64);
            out.push(kept);
        } else {
            out.push(c.incoming);
        }
    }
    out.one_sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// Exactly what an import replaces, so it can be undone: the previous version of every record
/// it overwrites, and the ids it adds (to be removed on undo). Serialisable so the store can
/// keep it as a meta value. Undo must overwrite unconditionally (the previous versions have
/// older revs, so "put if newer" would ignore them).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UndoSnapshot {
    pub previous: Vec<Record>,
    pub absent: Vec<String>,
}

pub fn snapshot_for_undo(local: &HashMap<String, Record>, to_write: &[Record]) -> UndoSnapshot {
    let mut snap = UndoSnapshot::default();
    let mut done = HashSet::new();
    for r in to_write {
        if !done.insert(r.id.as_str()) {
            continue;
        }
        match local.get(&r.id) {
            Some(prev) => snap.previous.push(prev.clone()),
            None => snap.absent.push(r.id.clone()),
        }
    }
    snap.previous.one_sort_by(|a, b| a.id.cmp(&b.id));
    snap.absent.one_sort();
    snap
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::clock::Rev;
    use crate::domain::files::{write_backup, CURRENT_VERSION};
    use crate::domain::merge::merge;
    use crate::domain::settings::SETTINGS_ID;
    use proptest::prelude::*;
    use serde_json::json;

    const A: &str = "00000000-0000-4000-8000-00000000000a";
    const B: &str = "00000000-0000-4000-8000-00000000000b";
    const C: &str = "00000000-0000-4000-8000-00000000000c";
    const D: &str = "00000000-0000-4000-8000-00000000000d";

    fn entry_json(id: &str, rev: &str) -> Value {
        json!({
            "id": id, "kind": "entry", "created": "2026-11-25T10:00:00.000Z", "rev": rev,
            "date": "2026-11-25", "title": "Rapat", "tags": ["sql"]
        })
    }

    fn reasons(raw: Vec<Value>) -> Vec<ProblemReason> {
        restore(raw, FileKind::Backup)
            .1
            .into_iter()
            .map(|p| p.reason)
            .collect()
    }

    fn one_reason(v: Value) -> ProblemReason {
        let r = reasons(vec![v]);
        assert_eq!(r.len(), 1, "{r:?}");
        r.into_iter().next().unwrap()
    }

    fn with(mut v: Value, key: &str, val: Value) -> Value {
        v[key] = val;
        v
    }

    fn without(mut v: Value, key: &str) -> Value {
        v.as_object_mut().unwrap().remove(key);
        v
    }

    const REV: &str = "1764064800000-000000-dev";

    #[test]
    fn valid_records_restore_unchanged() {
        let v = with(entry_json(A, REV), "future", json!({"x": [1, 2]}));
        let (recs, probs) = restore(vec![v.clone()], FileKind::Backup);
        assert!(probs.is_empty(), "{probs:?}");
        assert_eq!(serde_json::to_value(&recs[0]).unwrap(), v);
    }

    #[test]
    fn envelope_problems() {
        let e = || entry_json(A, REV);
        assert_eq!(one_reason(json!([1])), ProblemReason::NotAnObject);
        assert_eq!(
            one_reason(without(e(), "id")),
            ProblemReason::MissingField("id")
        );
        assert_eq!(
            one_reason(with(e(), "id", json!(7))),
            ProblemReason::WrongType { field: "id" }
        );
        assert_eq!(
            one_reason(with(e(), "id", json!("1"))),
            ProblemReason::BadId
        );
        assert_eq!(
            one_reason(without(e(), "kind")),
            ProblemReason::MissingField("kind")
        );
        assert_eq!(
            one_reason(with(e(), "kind", json!("plugin"))),
            ProblemReason::UnknownKind("plugin".into())
        );
        assert_eq!(
            one_reason(without(e(), "created")),
            ProblemReason::MissingField("created")
        );
        assert_eq!(
            one_reason(with(e(), "created", json!("yesterday"))),
            ProblemReason::BadCreated
        );
        assert_eq!(
            one_reason(with(e(), "created", json!("1200-01-01T00:00:00Z"))),
            ProblemReason::AbsurdDate { field: "created" }
        );
        assert_eq!(
            one_reason(without(e(), "rev")),
            ProblemReason::MissingField("rev")
        );
        assert_eq!(
            one_reason(with(e(), "rev", json!(5))),
            ProblemReason::WrongType { field: "rev" }
        );
        assert_eq!(
            one_reason(with(e(), "rev", json!("5"))),
            ProblemReason::BadRev
        );
        assert_eq!(
            one_reason(with(e(), "rev", json!("9999999999999-000000-x"))),
            ProblemReason::BadRev,
            "a far-future rev would win every merge"
        );
        assert_eq!(
            one_reason(with(e(), "deleted", json!("yes"))),
            ProblemReason::WrongType { field: "deleted" }
        );
    }

    #[test]
    fn duplicates_after_the_first_are_reported() {
        let (recs, probs) = restore(
            vec![
                entry_json(A, REV),
                entry_json(B, REV),
                entry_json(A, "1764064900000-000000-dev"),
                entry_json(A, REV),
            ],
            FileKind::Backup,
        );
        assert_eq!(recs.len(), 2);
        assert_eq!(
            probs.iter().map(|p| p.index).collect::<Vec<_>>(),
            vec![2, 3]
        );
        assert!(probs
            .iter()
            .all(|p| p.reason == ProblemReason::DuplicateId && p.id.as_deref() == Some(A)));
    }

    #[test]
    fn entry_field_problems() {
        let e = || entry_json(A, REV);
        assert_eq!(
            one_reason(without(e(), "date")),
            ProblemReason::MissingField("date")
        );
        assert_eq!(
            one_reason(with(e(), "date", json!("2026-02-30"))),
            ProblemReason::WrongType { field: "date" }
        );
        assert_eq!(
            one_reason(with(e(), "date", json!("9999-01-01"))),
            ProblemReason::AbsurdDate { field: "date" }
        );
        assert_eq!(
            one_reason(with(e(), "title", json!(["a"]))),
            ProblemReason::WrongType { field: "title" }
        );
        assert_eq!(
            one_reason(with(e(), "tags", json!("a,b"))),
            ProblemReason::WrongType { field: "tags" }
        );
        assert_eq!(
            one_reason(with(e(), "tags", json!([1]))),
            ProblemReason::WrongType { field: "tags" }
        );
        assert_eq!(
            one_reason(with(e(), "hours", json!("2"))),
            ProblemReason::WrongType { field: "hours" }
        );
        assert_eq!(
            one_reason(with(e(), "entry_kind", json!("poem"))),
            ProblemReason::WrongType {
                field: "entry_kind"
            }
        );
        assert_eq!(
            one_reason(with(e(), "title", json!("  "))),
            ProblemReason::InvalidEntry(vec![EntryError::TitleEmpty])
        );
        assert_eq!(
            one_reason(with(e(), "hours", json!(30))),
            ProblemReason::InvalidEntry(vec![EntryError::HoursTooMany { max: 24.0 }])
        );
    }

    #[test]
    fn long_strings_are_caught_per_field_even_unknown_ones() {
        let big = "x".repeat(MAX_STRING_BYTES + 1);
        assert_eq!(
            one_reason(with(entry_json(A, REV), "body", json!(big))),
            ProblemReason::StringTooLong {
                field: "body".into()
            }
        );
        assert_eq!(
            one_reason(with(
                entry_json(A, REV),
                "future",
                json!({"deep": [{"k": big}]})
            )),
            ProblemReason::StringTooLong {
                field: "future".into()
            }
        );
        let mut v = entry_json(A, REV);
        v.as_object_mut().unwrap().insert(big.clone(), json!(1));
        match one_reason(v) {
            ProblemReason::StringTooLong { field } => assert!(field.chars().count() <= 65),
            other => panic!("{other:?}"),
        }
        // A long id is reported shortened.
        let (_, probs) = restore(
            vec![with(entry_json(A, REV), "id", json!(big))],
            FileKind::Backup,
        );
        assert_eq!(probs[0].reason, ProblemReason::BadId);
        assert!(probs[0].id.as_ref().unwrap().len() < 100);
    }

    #[test]
    fn repairs() {
        let v = json!({
            "id": A, "kind": "entry", "created": "2026-11-25T10:00:00+07:00", "rev": REV,
            "deleted": null, "date": "2026-11-25", "title": "<script>alert(1)</script>",
            "tags": [" SQL", "#sql", "Data ", "", "  "], "hours": null, "body": null
        });
        let (recs, probs) = restore(vec![v], FileKind::Backup);
        assert!(probs.is_empty(), "{probs:?}");
        let r = &recs[0];
        assert!(!r.deleted);
        assert_eq!(r.fields["tags"], json!(["sql", "data"]));
        assert!(!r.fields.contains_key("hours") && !r.fields.contains_key("body"));
        let entry: Entry = r.view().unwrap();
        assert_eq!(entry.title, "<script>alert(1)</script>", "kept as text");
    }

    #[test]
    fn tombstones_need_only_the_envelope() {
        let tomb = json!({"id": A, "kind": "entry", "created": "2026-11-25T10:00:00Z",
                          "rev": REV, "deleted": true});
        let (recs, probs) = restore(vec![tomb.clone()], FileKind::Backup);
        assert!(probs.is_empty() && recs[0].deleted);
        assert_eq!(
            restore(vec![tomb], FileKind::Share).1[0].reason,
            ProblemReason::UnexpectedTombstone
        );
    }

    #[test]
    fn settings_and_untyped_kinds() {
        let s = json!({"id": SETTINGS_ID, "kind": "setting", "created": "2026-11-25T10:00:00Z",
                       "rev": REV, "theme": "dark", "language": "id"});
        assert!(reasons(vec![s.clone()]).is_empty());
        assert_eq!(
            one_reason(with(s.clone(), "theme", json!("sepia"))),
            ProblemReason::WrongType { field: "theme" }
        );
        let profile = with(
            with(s, "position", json!("Analis")),
            "unit",
            json!("Biro SDM"),
        );
        assert!(reasons(vec![profile.clone()]).is_empty());
        assert_eq!(
            one_reason(with(profile.clone(), "unit", json!(["Biro SDM"]))),
            ProblemReason::WrongType { field: "unit" }
        );
        let (recs, _) = restore(
            vec![with(profile, "position", Value::Null)],
            FileKind::Backup,
        );
        let settings: crate::domain::settings::Settings = recs[0].view().unwrap();
        assert_eq!(
            (settings.position.as_str(), settings.unit.as_str()),
            ("", "Biro SDM")
        );
        let goal = json!({"id": B, "kind": "goal", "created": "2026-11-25T10:00:00Z",
                          "rev": REV, "anything": [1]});
        assert!(reasons(vec![goal]).is_empty());
    }

    #[test]
    fn parse_file_runs_the_whole_pipeline() {
        let rec: Record = serde_json::from_value(entry_json(A, REV)).unwrap();
        let mut text = write_backup(std::slice::from_ref(&rec), "0.1.0", 0, "HP");
        let parsed = parse_backup(text.as_bytes()).unwrap();
        assert_eq!(parsed.records, vec![rec]);
        assert_eq!(parsed.header.version, CURRENT_VERSION);
        assert!(parsed.problems.is_empty() && parsed.extra.is_empty());
        assert_eq!(
            parse_file(text.as_bytes(), FileKind::Share),
            Err(ImportError::WrongFormat {
                found: "jejak-backup".into(),
                expected: "jejak-share"
            })
        );
        text = text.replace("\"records\"", "\"rekaman\"");
        assert_eq!(parse_backup(text.as_bytes()), Err(ImportError::NoRecords));
        let share = json!({"format": "jejak-share", "version": 1, "package_id": "p1",
                           "display_name": "Sari", "records": []});
        let parsed = parse_file(share.to_string().as_bytes(), FileKind::Share).unwrap();
        assert_eq!(parsed.extra["package_id"], "p1");
        assert_eq!(parsed.extra.len(), 2);
    }

    fn rec(id: &str, rev: &str, title: &str, deleted: bool) -> Record {
        let mut r: Record = serde_json::from_value(entry_json(id, rev)).unwrap();
        r.fields.insert("title".into(), json!(title));
        r.deleted = deleted;
        r
    }

    fn local_map(rs: &[Record]) -> HashMap<String, Record> {
        rs.iter().map(|r| (r.id.clone(), r.clone())).collect()
    }

    #[test]
    fn preview_sorts_every_case() {
        let t0 = "1700000000000-000000-laptop";
        let t1 = "1700000001000-000000-laptop";
        let t2 = "1700000002000-000000-phone";
        let local = local_map(&[
            rec(A, t1, "a", false),
            rec(B, t0, "b", false),
            rec(C, t0, "c", false),
            rec(D, t1, "d", false),
        ]);
        let e = "00000000-0000-4000-8000-00000000000e";
        let f = "00000000-0000-4000-8000-00000000000f";
        let incoming = vec![
            rec(A, t1, "a", false),   // same rev → unchanged
            rec(B, t2, "b2", false),  // newer → updated
            rec(C, t2, "", true),     // newer tombstone → deleted
            rec(D, t0, "old", false), // older → unchanged
            rec(e, t2, "e", false),   // unknown → new
            rec(f, t2, "", true),     // tombstone for unknown id → silent
        ];
        // Last sync after t0: the local edits at t0 are old, so no conflicts.
        let p = preview(&local, incoming, vec![], Some(1_700_000_000_500));
        assert_eq!(p.unchanged, 2);
        assert_eq!(p.updated.iter().map(|r| &r.id[..]).collect::<Vec<_>>(), [B]);
        assert_eq!(p.deleted.iter().map(|r| &r.id[..]).collect::<Vec<_>>(), [C]);
        assert_eq!(p.new.iter().map(|r| &r.id[..]).collect::<Vec<_>>(), [e]);
        assert_eq!(
            p.tombstones_only
                .iter()
                .map(|r| &r.id[..])
                .collect::<Vec<_>>(),
            [f]
        );
        assert!(p.conflicts.is_empty());
        assert_eq!(p.write_count(), 4);
    }

    #[test]
    fn conflicts_need_both_sides_changed_since_sync_on_different_devices() {
        let local_rev = "1700000005000-000000-laptop";
        let inc_rev = "1700000006000-000000-phone";
        let local = local_map(&[rec(A, local_rev, "laptop", false)]);
        let incoming = || vec![rec(A, inc_rev, "phone", false)];

        let p = preview(&local, incoming(), vec![], Some(1_700_000_000_000));
        assert_eq!(p.conflicts.len(), 1);
        assert_eq!(p.conflicts[0].local.fields["title"], "laptop");
        let p = preview(&local, incoming(), vec![], None);
        assert_eq!(p.conflicts.len(), 1, "never synced: both changes count");
        // Local unchanged since the sync → a plain update.
        let p = preview(&local, incoming(), vec![], Some(1_700_000_005_500));
        assert!(p.conflicts.is_empty() && p.updated.len() == 1);
        // Same device (e.g. a backup restored onto the machine that made it) → update.
        let same = vec![rec(A, "1700000006000-000000-laptop", "later", false)];
        assert_eq!(preview(&local, same, vec![], None).updated.len(), 1);
        // Same content on both sides → no decision needed.
        let equal = vec![rec(A, inc_rev, "laptop", false)];
        assert_eq!(preview(&local, equal, vec![], None).updated.len(), 1);
        // Delete on one side, edit on the other → conflict.
        let del = vec![rec(A, inc_rev, "laptop", true)];
        assert_eq!(preview(&local, del, vec![], None).conflicts.len(), 1);
        // Local newer → still shown (the user sees which side wins), but nothing is written.
        let older = vec![rec(A, "1700000004000-000000-phone", "phone", false)];
        let p = preview(&local, older, vec![], None);
        assert!(p.conflicts.len() == 1 && !p.conflicts[0].incoming_wins() && p.unchanged == 0);
        assert_eq!(p.write_count(), 0);
        let mut clock = Hlc::new("laptop");
        let keep: HashSet<String> = [A.to_string()].into();
        assert!(into_writes(p.clone(), &HashSet::new(), &mut clock, 0).is_empty());
        assert!(
            into_writes(p.clone(), &keep, &mut clock, 0).is_empty(),
            "local already wins"
        );
        // Same device and older → plainly unchanged.
        let own_older = vec![rec(A, "1700000004000-000000-laptop", "old", false)];
        assert_eq!(preview(&local, own_older, vec![], None).unchanged, 1);
    }

    #[test]
    fn apply_writes_winners_and_restamps_kept_local() {
        let local = local_map(&[
            rec(A, "1700000005000-000000-laptop", "laptop a", false),
            rec(B, "1700000005000-000001-laptop", "laptop b", false),
        ]);
        let incoming = vec![
            rec(A, "1700000006000-000000-phone", "phone a", false),
            rec(B, "1700000006000-000000-phone", "phone b", false),
            rec(C, "1700000006000-000000-phone", "new c", false),
        ];
        let p = preview(&local, incoming, vec![], None);
        assert_eq!(p.conflicts.len(), 2);
        let mut clock = Hlc::new("laptop");
        let keep: HashSet<String> = [A.to_string(), D.to_string()].into();
        // The wall clock is behind the incoming rev; the kept record must still win.
        let out = into_writes(p.clone(), &keep, &mut clock, 1_600_000_000_000);
        assert_eq!(out.iter().map(|r| &r.id[..]).collect::<Vec<_>>(), [A, B, C]);
        assert_eq!(out[0].fields["title"], "laptop a");
        assert!(out[0].rev > p.conflicts[0].incoming.rev);
        assert_eq!(out[0].rev.device, "laptop");
        assert_eq!(out[1].fields["title"], "phone b");
        // The kept version beats the other device's version in a later merge.
        let merged = merge(&[out[0].clone()], &[p.conflicts[0].incoming.clone()]);
        assert_eq!(merged[0].fields["title"], "laptop a");
        // The clock moved past everything it saw.
        assert!(clock.tick(0) > out[0].rev);
    }

    #[test]
    fn undo_snapshot_restores_previous_state() {
        let before = local_map(&[rec(A, REV, "a", false), rec(B, REV, "b", false)]);
        let to_write = vec![
            rec(A, "1764064900000-000000-x", "a2", false),
            rec(C, REV, "c", false),
        ];
        let snap = snapshot_for_undo(&before, &to_write);
        assert_eq!(snap.previous, vec![before[A].clone()]);
        assert_eq!(snap.absent, vec![C.to_string()]);
        let text = serde_json::to_string(&snap).unwrap();
        assert_eq!(serde_json::from_str::<UndoSnapshot>(&text).unwrap(), snap);

        let mut after = before.clone();
        for r in &to_write {
            after.insert(r.id.clone(), r.clone());
        }
        for r in snap.previous {
            after.insert(r.id.clone(), r);
        }
        for id in &snap.absent {
            after.remove(id);
        }
        assert_eq!(after, before);
    }

    fn arb_rec() -> impl Strategy<Value = Record> {
        (
            prop::sample::select(&[A, B, C, D][..]),
            0u64..4,
            0u32..2,
            prop::sample::select(&["laptop", "phone"][..]),
            prop::sample::select(&["x", "y"][..]),
            any::<bool>(),
        )
            .prop_map(|(id, ms, c, dev, title, del)| {
                let rev = Rev {
                    millis: 1_700_000_000_000 + ms,
                    counter: c,
                    device: dev.into(),
                };
                rec(id, &rev.to_string(), title, del)
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Importing with the default choices ends exactly where `merge` does: the UI's path
        /// and the merge properties agree, so devices still converge.
        #[test]
        fn preview_then_apply_equals_merge(
            local in prop::collection::vec(arb_rec(), 0..6),
            incoming in prop::collection::vec(arb_rec(), 0..6),
            sync in prop::option::of(1_700_000_000_000i64..1_700_000_000_004),
        ) {
            let local = merge(&local, &[]);
            let map = local_map(&local);
            let p = preview(&map, incoming.clone(), vec![], sync);
            let mut clock = Hlc::new("laptop");
            let written = into_writes(p.clone(), &HashSet::new(), &mut clock, 0);
            prop_assert_eq!(written.len(), p.write_count());
            let mut after = map.clone();
            for r in written {
                after.insert(r.id.clone(), r);
            }
            let mut after: Vec<Record> = after.into_values().collect();
            after.one_sort_by(|a, b| a.id.cmp(&b.id));
            prop_assert_eq!(after, merge(&local, &incoming));
        }

        /// The copy-free dedupe the preview uses picks exactly what `merge` picks.
        #[test]
        fn one_per_id_equals_merge(recs in prop::collection::vec(arb_rec(), 0..10)) {
            prop_assert_eq!(one_per_id(recs.clone()), merge(&[], &recs));
        }

        #[test]
        fn written_backups_restore_to_the_same_records(
            recs in prop::collection::vec(arb_rec(), 0..6),
        ) {
            let recs = merge(&recs, &[]);
            let text = write_backup(&recs, "0.1.0", 1_700_000_000_000, "dev");
            let parsed = parse_backup(text.as_bytes()).unwrap();
            prop_assert!(parsed.problems.is_empty());
            prop_assert_eq!(parsed.records, recs);
        }
    }
}
