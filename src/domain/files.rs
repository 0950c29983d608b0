//! The file formats of DESIGN.md §6: the shared header, the backup writer, and the cheap
//! whole-file checks (size, emptiness, binary, nesting depth, JSON syntax, `format`, `version`)
//! that run before any record is looked at.
//!
//! The checks are ordered from cheapest to dearest so that hostile input is refused before it
//! costs anything: the size is known before the bytes are even read (`check_size`), the nesting
//! depth is found by a byte scan before serde_json recurses, and only then is the JSON parsed.
//! What a file *contains* (records) is the import pipeline's business (`import.rs`).

use super::date::{parse_rfc3339, rfc3339, Date};
use super::import::ImportError;
use super::record::Record;
use crate::domain::sort::OneSort;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub const FORMAT_BACKUP: &str = "jejak-backup";
pub const FORMAT_SHARE: &str = "jejak-share";
pub const FORMAT_FEEDBACK: &str = "jejak-feedback";
pub const FORMAT_ENCRYPTED: &str = "jejak-encrypted";

/// The file version this app writes. Changing what `write_backup` produces requires a new
/// version and a migration step (`migrate.rs`); `tests/files.rs` fails until both exist.
pub const CURRENT_VERSION: u32 = 1;

/// Files above this are refused before parsing (and, in the browser, before reading: call
/// [`check_size`] with the file's size). 25 MiB holds well over 10,000 journal entries with
/// long bodies, yet parses in well under a second on a low-end phone, so a larger file is
/// almost surely not a Jejak file and would only freeze the page.
pub const MAX_FILE_BYTES: usize = 25 * 1024 * 1024;

/// Deepest `[`/`{` nesting accepted anywhere in a file. Jejak's own files nest about six
/// levels (file → records → record → field → list → item); serde_json gives up at 128 anyway,
/// and the byte scan refuses deeper input before serde_json recurses at all.
pub const MAX_DEPTH: usize = 64;

/// Longest single string (or object key) accepted inside a record. The longest field the app
/// writes is an entry body (200,000 bytes); a megabyte string is an attack or corruption.
pub const MAX_STRING_BYTES: usize = 1024 * 1024;

/// Longest header string (`app_version`, `exported_at`, `device`): they are shown in the
/// preview, so a megabyte device name must not reach the screen.
pub const MAX_HEADER_STRING_BYTES: usize = 1024;

/// The header every Jejak file starts with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    pub version: u32,
    pub app_version: String,
    pub exported_at: String,
    /// The exporting device's name (or id when it has no name), for the preview.
    pub device: String,
}

impl Header {
    /// `exported_at` in milliseconds, when it is a readable timestamp. The header is kept
    /// lenient (a bad timestamp does not refuse a file full of good records), so the UI asks
    /// here rather than trusting the string.
    pub fn exported_at_millis(&self) -> Option<i64> {
        parse_rfc3339(&self.exported_at)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileKind {
    Backup,
    Share,
    Feedback,
    Encrypted,
}

impl FileKind {
    pub const ALL: [FileKind; 4] = [
        FileKind::Backup,
        FileKind::Share,
        FileKind::Feedback,
        FileKind::Encrypted,
    ];

    /// The `format` string in the header.
    pub fn format(self) -> &'static str {
        match self {
            FileKind::Backup => FORMAT_BACKUP,
            FileKind::Share => FORMAT_SHARE,
            FileKind::Feedback => FORMAT_FEEDBACK,
            FileKind::Encrypted => FORMAT_ENCRYPTED,
        }
    }

    pub fn from_format(s: &str) -> Option<FileKind> {
        FileKind::ALL.into_iter().find(|k| k.format() == s)
    }
}

/// Refuses a file by its length alone. The browser knows `File.size` before reading, so it
/// calls this first and never loads a 50 MB file into memory.
pub fn check_size(len: u64) -> Result<(), ImportError> {
    if len > MAX_FILE_BYTES as u64 {
        return Err(ImportError::TooLarge {
            bytes: len,
            limit: MAX_FILE_BYTES as u64,
        });
    }
    Ok(())
}

/// What kind of Jejak file `bytes` is, and its header, after the cheap whole-file checks.
/// The records are not looked at; the UI uses this to decide whether to ask for a passphrase
/// (`Encrypted`) or which import to run.
pub fn detect(bytes: &[u8]) -> Result<(FileKind, Header), ImportError> {
    let value = parse_json(bytes)?;
    let (kind, _) = check_envelope(&value, None)?;
    let header = read_header(value.as_object().expect("checked by check_envelope"))?;
    Ok((kind, header))
}

/// Pipeline step "parse": bytes to a JSON value, refusing oversize, empty, binary, too deeply
/// nested and malformed input with the matching error.
pub fn parse_json(bytes: &[u8]) -> Result<Value, ImportError> {
    parse_json_with_depth(bytes, MAX_DEPTH)
}

/// `parse_json` with the scan's depth limit as a parameter, so a test can switch the scan off
/// and prove serde_json's own recursion limit is mapped to `TooDeep` as well.
pub(crate) fn parse_json_with_depth(bytes: &[u8], max_depth: usize) -> Result<Value, ImportError> {
    check_size(bytes.len() as u64)?;
    // Windows editors prepend a byte-order mark, which serde_json rejects; it is not content.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    // NUL never occurs in JSON text (it must be escaped inside strings), but is in nearly every
    // binary format, so it tells "a picture" from "broken text" even when the prefix is UTF-8.
    if bytes.contains(&0) {
        return Err(ImportError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Binary)?;
    if nesting_exceeds(text.as_bytes(), max_depth) {
        return Err(ImportError::TooDeep);
    }
    serde_json::from_str(text).map_err(|e| map_json_error(&e))
}

fn map_json_error(e: &serde_json::Error) -> ImportError {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => ImportError::Truncated,
        // serde_json reports its recursion limit as a syntax error; only the message tells.
        Category::Syntax if e.to_string().starts_with("recursion limit exceeded") => {
            ImportError::TooDeep
        }
        _ => ImportError::NotJson {
            line: e.line(),
            column: e.column(),
        },
    }
}

/// True when `[`/`{` nesting outside strings goes deeper than `max`. One pass, no allocation,
/// no recursion: safe on any input. Brackets inside strings do not count.
///
/// Most of a journal file is text inside strings, so a string is skipped by looking only for
/// its next quote or backslash rather than stepping through every byte's state, which takes
/// about 40 % less time on the benchmark's 11.5 MB backup.
fn nesting_exceeds(bytes: &[u8], max: usize) -> bool {
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i = string_end(bytes, i + 1);
                continue;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    false
}

/// Where the string whose text starts at `from` ends: just past its closing quote, or the end
/// of `bytes` when it is never closed (serde_json then reports the file as cut off).
fn string_end(bytes: &[u8], mut from: usize) -> usize {
    while let Some(p) = bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| b == b'"' || b == b'\\'))
    {
        from += p;
        if bytes[from] == b'"' {
            return from + 1;
        }
        // A backslash escapes the byte after it, a quote included.
        from += 2;
    }
    bytes.len()
}

/// Pipeline step "check the envelope": a JSON object with a Jejak `format` (of the `expected`
/// kind, when given) and a `version` this app can read. Returns the kind and the version.
pub fn check_envelope(
    value: &Value,
    expected: Option<FileKind>,
) -> Result<(FileKind, u32), ImportError> {
    let obj = match value {
        Value::Object(obj) => obj,
        other => {
            return Err(ImportError::NotAnObject {
                found: json_type(other),
            })
        }
    };
    // A file without a Jejak format is some other program's JSON, however it is shaped.
    let format = match obj.get("format") {
        Some(Value::String(s)) if s.starts_with("jejak-") => s,
        _ => return Err(ImportError::NotJejak),
    };
    let kind = FileKind::from_format(format).ok_or_else(|| ImportError::UnknownFormat {
        found: shorten(format),
    })?;
    if let Some(expected) = expected {
        if kind != expected {
            return Err(ImportError::WrongFormat {
                found: format.clone(),
                expected: expected.format(),
            });
        }
    }
    let version = match obj.get("version").and_then(Value::as_u64) {
        Some(v) if v >= 1 => v,
        _ => return Err(ImportError::BadHeader { field: "version" }),
    };
    if version > u64::from(CURRENT_VERSION) {
        return Err(ImportError::NewerVersion {
            found: version,
            supported: CURRENT_VERSION,
        });
    }
    Ok((kind, version as u32))
}

/// Reads the header of a file that passed `check_envelope`. The descriptive fields are
/// optional (a hand-made or older file may lack them: they default to empty) but must be
/// short strings when present.
pub fn read_header(obj: &Map<String, Value>) -> Result<Header, ImportError> {
    let text = |field: &'static str| -> Result<String, ImportError> {
        match obj.get(field) {
            None | Some(Value::Null) => Ok(String::new()),
            Some(Value::String(s)) if s.len() <= MAX_HEADER_STRING_BYTES => Ok(s.clone()),
            Some(_) => Err(ImportError::BadHeader { field }),
        }
    };
    let format = match obj.get("format") {
        Some(Value::String(s)) => s.clone(),
        _ => return Err(ImportError::NotJejak),
    };
    let version = obj
        .get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or(ImportError::BadHeader { field: "version" })?;
    Ok(Header {
        format,
        version,
        app_version: text("app_version")?,
        exported_at: text("exported_at")?,
        device: text("device")?,
    })
}

/// The JSON type name of a value, for `NotAnObject`.
pub fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Hostile files can put megabytes where a short name is expected; errors and problem reports
/// carry at most this many characters of such text.
pub(crate) fn shorten(s: &str) -> String {
    const MAX_CHARS: usize = 64;
    match s.char_indices().nth(MAX_CHARS) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// A full backup: every record, tombstones included, sorted by id so the same data always
/// gives the same bytes (diffable, and the golden-file test can compare exactly).
///
/// Layout: the header one field per line, then one record per line. That keeps a 10,000-entry
/// file compact while a person (or `git diff`) can still read it.
pub fn write_backup(
    records: &[Record],
    app_version: &str,
    exported_at_millis: i64,
    device: &str,
) -> String {
    let mut sorted: Vec<&Record> = records.iter().collect();
    sorted.one_sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.rev.cmp(&b.rev)));
    let quote = |s: &str| serde_json::to_string(s).expect("a string always serialises");
    let mut out = String::with_capacity(256 + records.len() * 512);
    out.push_str("{\n");
    out.push_str(&format!("  \"format\": {},\n", quote(FORMAT_BACKUP)));
    out.push_str(&format!("  \"version\": {CURRENT_VERSION},\n"));
    out.push_str(&format!("  \"app_version\": {},\n", quote(app_version)));
    out.push_str(&format!(
        "  \"exported_at\": {},\n",
        quote(&rfc3339(exported_at_millis))
    ));
    out.push_str(&format!("  \"device\": {},\n", quote(device)));
    if sorted.is_empty() {
        out.push_str("  \"records\": []\n}\n");
        return out;
    }
    out.push_str("  \"records\": [\n");
    for (i, r) in sorted.iter().enumerate() {
        out.push_str("    ");
        // Record fields are a BTreeMap-backed Map (serde_json without `preserve_order`), so
        // keys come out sorted after the envelope: deterministic.
        out.push_str(&serde_json::to_string(r).expect("records hold only JSON values"));
        out.push_str(if i + 1 < sorted.len() { ",\n" } else { "\n" });
    }
    out.push_str("  ]\n}\n");
    out
}

/// `jejak-backup-YYYY-MM-DD.json`, the local date of the export.
pub fn backup_file_name(date: Date) -> String {
    format!("{FORMAT_BACKUP}-{date}.json")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::clock::Rev;
    use serde_json::json;

    fn rec(id: &str, deleted: bool) -> Record {
        let mut r = Record::new(
            "entry",
            id.into(),
            1_764_064_800_000,
            Rev::parse("1764064800000-000000-dev").unwrap(),
        );
        r.deleted = deleted;
        r.fields.insert("title".into(), json!("Belajar <b>SQL</b>"));
        r.fields.insert("date".into(), json!("2026-11-25"));
        r
    }

    #[test]
    fn size_limit_is_checked_from_the_length_alone() {
        assert_eq!(check_size(MAX_FILE_BYTES as u64), Ok(()));
        assert_eq!(
            check_size(50 * 1024 * 1024),
            Err(ImportError::TooLarge {
                bytes: 50 * 1024 * 1024,
                limit: MAX_FILE_BYTES as u64
            })
        );
    }

    #[test]
    fn cheap_checks_in_order() {
        assert_eq!(parse_json(b""), Err(ImportError::Empty));
        assert_eq!(parse_json(b" \n\t"), Err(ImportError::Empty));
        assert_eq!(parse_json(b"\xEF\xBB\xBF"), Err(ImportError::Empty));
        assert_eq!(
            parse_json(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(ImportError::Binary)
        );
        assert_eq!(parse_json(b"{\"a\":\0}"), Err(ImportError::Binary));
        assert_eq!(parse_json(b"\xff\xfe{"), Err(ImportError::Binary));
        assert_eq!(
            parse_json(b"hello"),
            Err(ImportError::NotJson { line: 1, column: 1 })
        );
        assert_eq!(
            parse_json(b"{\n  \"a\": 1,,\n}"),
            Err(ImportError::NotJson {
                line: 2,
                column: 10
            })
        );
        assert_eq!(
            parse_json(b"{\"format\": \"jejak-backup\", \"records\": ["),
            Err(ImportError::Truncated)
        );
        assert_eq!(
            parse_json(b"{\"a\": \"unterminated"),
            Err(ImportError::Truncated)
        );
        assert_eq!(
            parse_json(b"\xEF\xBB\xBF{\"a\": 1}"),
            Ok(json!({"a": 1})),
            "a byte-order mark is not content"
        );
    }

    /// The scan as a plain byte-by-byte state machine: what `nesting_exceeds` must agree with.
    fn nesting_exceeds_by_byte(bytes: &[u8], max: usize) -> bool {
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        for &b in bytes {
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    if depth > max {
                        return true;
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        false
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Any mix of brackets, quotes, backslashes and text, cut anywhere (strings left open,
        /// a backslash last), at any depth limit.
        #[test]
        fn depth_scan_skips_strings_exactly_like_a_byte_by_byte_scan(
            bytes in proptest::collection::vec(
                proptest::sample::select(b"[]{}\"\\a, ".to_vec()),
                0..80,
            ),
            max in 0usize..6,
        ) {
            proptest::prop_assert_eq!(nesting_exceeds(&bytes, max), nesting_exceeds_by_byte(&bytes, max));
        }
    }

    #[test]
    fn depth_scan_ignores_brackets_in_strings() {
        let deep_in_string = format!("{{\"s\": \"{}\\\"{}\"}}", "[".repeat(500), "{".repeat(500));
        assert!(parse_json(deep_in_string.as_bytes()).is_ok());
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse_json(ok.as_bytes()).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse_json(deep.as_bytes()), Err(ImportError::TooDeep));
        assert_eq!(
            parse_json("[".repeat(100_000).as_bytes()),
            Err(ImportError::TooDeep)
        );
    }

    #[test]
    fn serde_json_recursion_limit_maps_to_too_deep() {
        // With the scan switched off, serde_json's own limit (128) must still give TooDeep,
        // not a syntax error with a line and column.
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(
            parse_json_with_depth(deep.as_bytes(), usize::MAX),
            Err(ImportError::TooDeep)
        );
        let objects = "{\"a\":".repeat(200);
        assert_eq!(
            parse_json_with_depth(objects.as_bytes(), usize::MAX),
            Err(ImportError::TooDeep)
        );
    }

    #[test]
    fn envelope_checks() {
        let ok = json!({"format": "jejak-backup", "version": 1});
        assert_eq!(check_envelope(&ok, None), Ok((FileKind::Backup, 1)));
        assert_eq!(
            check_envelope(&ok, Some(FileKind::Backup)),
            Ok((FileKind::Backup, 1))
        );
        assert_eq!(
            check_envelope(&json!([1]), None),
            Err(ImportError::NotAnObject { found: "array" })
        );
        assert_eq!(
            check_envelope(&json!("x"), None),
            Err(ImportError::NotAnObject { found: "string" })
        );
        assert_eq!(
            check_envelope(&json!(null), None),
            Err(ImportError::NotAnObject { found: "null" })
        );
        assert_eq!(
            check_envelope(&json!({"name": "my-app", "version": "1.0.0"}), None),
            Err(ImportError::NotJejak)
        );
        assert_eq!(
            check_envelope(&json!({"format": "excalidraw", "version": 2}), None),
            Err(ImportError::NotJejak)
        );
        assert_eq!(
            check_envelope(&json!({"format": 7}), None),
            Err(ImportError::NotJejak)
        );
        assert_eq!(
            check_envelope(&json!({"format": "jejak-calendar", "version": 1}), None),
            Err(ImportError::UnknownFormat {
                found: "jejak-calendar".into()
            })
        );
        assert_eq!(
            check_envelope(
                &json!({"format": "jejak-feedback", "version": 1}),
                Some(FileKind::Backup)
            ),
            Err(ImportError::WrongFormat {
                found: "jejak-feedback".into(),
                expected: "jejak-backup"
            })
        );
        for bad in [json!(null), json!("1"), json!(0), json!(-1), json!(1.5)] {
            assert_eq!(
                check_envelope(&json!({"format": "jejak-backup", "version": bad}), None),
                Err(ImportError::BadHeader { field: "version" }),
                "{bad}"
            );
        }
        assert_eq!(
            check_envelope(&json!({"format": "jejak-backup", "version": 99}), None),
            Err(ImportError::NewerVersion {
                found: 99,
                supported: CURRENT_VERSION
            })
        );
    }

    #[test]
    fn detect_reads_header_leniently() {
        let (kind, header) = detect(
            br#"{"format":"jejak-encrypted","version":1,"salt":"AAAA","iv":"BBBB","data":"CC"}"#,
        )
        .unwrap();
        assert_eq!(kind, FileKind::Encrypted);
        assert_eq!(header.app_version, "");
        assert_eq!(header.exported_at_millis(), None);
        let long = "x".repeat(MAX_HEADER_STRING_BYTES + 1);
        let text = json!({"format": "jejak-backup", "version": 1, "device": long}).to_string();
        assert_eq!(
            detect(text.as_bytes()),
            Err(ImportError::BadHeader { field: "device" })
        );
        let text = json!({"format": "jejak-backup", "version": 1, "app_version": 3}).to_string();
        assert_eq!(
            detect(text.as_bytes()),
            Err(ImportError::BadHeader {
                field: "app_version"
            })
        );
    }

    #[test]
    fn backup_is_sorted_deterministic_and_detectable() {
        let a = rec("b0000000-0000-4000-8000-000000000000", false);
        let b = rec("a0000000-0000-4000-8000-000000000000", true);
        let one = write_backup(
            &[a.clone(), b.clone()],
            "0.1.0",
            1_764_064_800_000,
            "Laptop",
        );
        let two = write_backup(&[b, a], "0.1.0", 1_764_064_800_000, "Laptop");
        assert_eq!(one, two);
        assert!(one.find("a0000000").unwrap() < one.find("b0000000").unwrap());
        assert!(one.contains("\"deleted\":true"), "tombstones are written");
        let (kind, header) = detect(one.as_bytes()).unwrap();
        assert_eq!(kind, FileKind::Backup);
        assert_eq!(
            header,
            Header {
                format: FORMAT_BACKUP.into(),
                version: CURRENT_VERSION,
                app_version: "0.1.0".into(),
                exported_at: "2025-11-25T10:00:00.000Z".into(),
                device: "Laptop".into(),
            }
        );
        assert_eq!(header.exported_at_millis(), Some(1_764_064_800_000));
        let empty = write_backup(&[], "0.1.0", 0, "d\"q");
        let v: Value = serde_json::from_str(&empty).unwrap();
        assert_eq!(v["records"], json!([]));
        assert_eq!(v["device"], "d\"q");
    }

    #[test]
    fn file_name_uses_the_date() {
        assert_eq!(
            backup_file_name(Date::new(2026, 1, 5).unwrap()),
            "jejak-backup-2026-01-05.json"
        );
    }

    #[test]
    fn shorten_cuts_on_char_boundaries() {
        assert_eq!(shorten("abc"), "abc");
        let s = shorten(&"é".repeat(100));
        assert_eq!(s.chars().count(), 65);
    }
}
