//! Golden-file and bad-input tests for Jejak's file formats (DESIGN.md §6, issue 3).
//!
//! - Every `tests/fixtures/backup-vN.json` (one per file version ever released) must still
//!   parse, migrate and restore without problems.
//! - `write_backup` on a fixed sample must equal `backup-v{CURRENT_VERSION}-written.json` byte
//!   for byte: changing the format without a new version and a migration fails here.
//! - Every file in `tests/fixtures/bad/` is listed in one table with the error (or the record
//!   problems) it must produce; the cases too big to commit are generated below.
// Tests may use the standard sorts; the app's code uses its one shared sort (clippy.toml).
#![allow(clippy::disallowed_methods)]
#![cfg(not(target_arch = "wasm32"))]

use jejak::domain::clock::Rev;
use jejak::domain::date::Date;
use jejak::domain::entry::{Entry, EntryError, EntryKind, LearningType};
use jejak::domain::files::{
    check_size, detect, write_backup, FileKind, CURRENT_VERSION, MAX_FILE_BYTES, MAX_STRING_BYTES,
};
use jejak::domain::import::{parse_backup, ImportError, Parsed, ProblemReason};
use jejak::domain::record::{kinds, Record};
use jejak::domain::settings::{Settings, Theme, SETTINGS_ID};
use serde_json::json;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

// ---------------------------------------------------------------------------------------------
// Golden files of every version
// ---------------------------------------------------------------------------------------------

/// `backup-vN.json` and `backup-vN-written.json`, with N.
fn golden_files() -> Vec<(u32, PathBuf)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let Some(rest) = name.strip_prefix("backup-v") else {
            continue;
        };
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(v) = digits.parse() {
            out.push((v, path));
        }
    }
    out.sort();
    out
}

#[test]
fn there_is_a_golden_file_for_every_version() {
    let versions: Vec<u32> = golden_files()
        .iter()
        .filter(|(_, p)| !p.to_string_lossy().ends_with("-written.json"))
        .map(|(v, _)| *v)
        .collect();
    let expected: Vec<u32> = (1..=CURRENT_VERSION).collect();
    assert_eq!(
        versions, expected,
        "each file version 1..={CURRENT_VERSION} needs a golden tests/fixtures/backup-vN.json"
    );
}

#[test]
fn every_golden_version_parses_migrates_and_restores() {
    for (version, path) in golden_files() {
        let parsed = parse_backup(&read(&path))
            .unwrap_or_else(|e| panic!("{} no longer imports: {e:?}", path.display()));
        assert!(
            parsed.problems.is_empty(),
            "{}: {:?}",
            path.display(),
            parsed.problems
        );
        assert_eq!(
            parsed.header.version, CURRENT_VERSION,
            "migrated to current"
        );
        let (kind, header) = detect(&read(&path)).unwrap();
        assert_eq!(kind, FileKind::Backup);
        assert_eq!(
            header.version,
            version,
            "{}: file name and version",
            path.display()
        );
        if !path.to_string_lossy().ends_with("-written.json") {
            check_golden_content(&parsed);
        }
    }
}

/// What every hand-written `backup-vN.json` holds (each version's file describes the same
/// data in that version's format, so after migration they all pass this).
fn check_golden_content(parsed: &Parsed) {
    let p = parsed;
    assert_eq!(p.header.device, "Laptop kantor");
    assert_eq!(p.header.exported_at_millis(), Some(1_764_494_100_000));
    assert_eq!(p.records.len(), 8);
    let by_id = |id: &str| p.records.iter().find(|r| r.id == id).unwrap();

    let settings = by_id(SETTINGS_ID);
    assert_eq!(settings.kind, kinds::SETTING);
    let s: Settings = settings.view().unwrap();
    assert_eq!(s.theme, Theme::Dark);
    assert_eq!(s.language.as_deref(), Some("id"));

    let entries: Vec<&Record> = p
        .records
        .iter()
        .filter(|r| r.kind == kinds::ENTRY && !r.deleted)
        .collect();
    let mut entry_kinds: Vec<EntryKind> = entries
        .iter()
        .map(|r| r.view::<Entry>().unwrap().entry_kind)
        .collect();
    entry_kinds.sort();
    let mut all = EntryKind::ALL.to_vec();
    all.sort();
    assert_eq!(entry_kinds, all, "one entry of every entry kind");

    let first: Entry = by_id("3f1a9c2e-5b7d-4e8f-9a1b-2c3d4e5f6071")
        .view()
        .unwrap();
    assert_eq!(first.date, Date::new(2025, 11, 20).unwrap());
    assert_eq!(first.hours, Some(1.5));
    assert_eq!(first.tags, ["kepemimpinan", "rapat"]);
    assert_eq!(first.learning, LearningType::Experience);
    assert!(first.body.contains("**tindak lanjut**"));

    let unknown = by_id("5b3c9e40-7d9f-4a01-9c3d-4e5f60718293");
    assert_eq!(
        unknown.fields["mood"],
        json!("hopeful"),
        "unknown fields are kept"
    );
    assert_eq!(
        unknown.fields["attachments"],
        json!([{"name": "catatan.pdf", "size": 20480}])
    );
    assert_eq!(
        unknown.rev,
        Rev::parse("1763797500000-000000-p9q1z3").unwrap()
    );

    let tomb = by_id("9f70d284-b13d-4e45-9071-8293a4b5c6d7");
    assert!(tomb.deleted, "the tombstone is kept");

    let achievement: Entry = by_id("8e6fc173-a02c-4d34-8f60-718293a4b5c6")
        .view()
        .unwrap();
    assert!(
        achievement.body.ends_with('🎉'),
        "UTF-8 beyond the BMP survives"
    );
}

// ---------------------------------------------------------------------------------------------
// The written format
// ---------------------------------------------------------------------------------------------

const T0: i64 = 1_764_064_800_000; // 2025-11-25T10:00:00Z

/// A fixed sample built through the typed views, so a change to any view's serialisation (a
/// renamed field, a new non-optional one) shows up in the written bytes.
fn canonical_sample() -> Vec<Record> {
    let rev = |s: &str| Rev::parse(s).unwrap();

    let mut e = Entry::new(Date::new(2025, 11, 20).unwrap());
    e.title = "Memimpin rapat koordinasi".into();
    e.body =
        "Belajar **memimpin** rapat.\n\n<script>alert(1)</script> \"kutip\" \\ \u{1F389}".into();
    e.tags = vec!["kepemimpinan".into(), "rapat".into()];
    e.hours = Some(1.5);
    e.links = vec!["b2c3d4e5-f607-4182-93a4-b5c6d7e8f901".into()];
    let mut r1 = Record::new(
        kinds::ENTRY,
        "3f1a9c2e-5b7d-4e8f-9a1b-2c3d4e5f6071".into(),
        T0,
        rev("1764064800000-000000-k7f2a9"),
    );
    r1.set_view(&e).unwrap();

    let mut e = Entry::new(Date::new(2025, 11, 22).unwrap());
    e.entry_kind = EntryKind::MentoringNote;
    e.learning = LearningType::Social;
    e.title = "Sesi mentoring".into();
    let mut r2 = Record::new(
        kinds::ENTRY,
        "5b3c9e40-7d9f-4a01-9c3d-4e5f60718293".into(),
        T0 + 1000,
        rev("1764064801000-000003-p9q1z3"),
    );
    r2.set_view(&e).unwrap();
    r2.fields.insert("mood".into(), json!("hopeful"));
    r2.fields
        .insert("zz_future".into(), json!({"b": [1, 2.5, null], "a": true}));

    let mut e = Entry::new(Date::new(2025, 11, 18).unwrap());
    e.title = "Dihapus".into();
    let mut r3 = Record::new(
        kinds::ENTRY,
        "9f70d284-b13d-4e45-9071-8293a4b5c6d7".into(),
        T0 - 86_400_000,
        rev("1764064900000-000000-k7f2a9"),
    );
    r3.set_view(&e).unwrap();
    r3.deleted = true;

    let mut r4 = Record::new(
        kinds::SETTING,
        SETTINGS_ID.into(),
        T0,
        rev("1764064800000-000001-k7f2a9"),
    );
    r4.set_view(&Settings {
        language: Some("id".into()),
        theme: Theme::Dark,
        jp_target: None,
        ..Settings::default()
    })
    .unwrap();

    // Deliberately unsorted: the writer sorts.
    vec![r3, r1, r4, r2]
}

fn written_golden_path() -> PathBuf {
    fixtures().join(format!("backup-v{CURRENT_VERSION}-written.json"))
}

#[test]
fn written_backup_matches_the_golden_file_byte_for_byte() {
    let written = write_backup(&canonical_sample(), "0.1.0", T0, "Laptop kantor");
    let path = written_golden_path();
    if !path.exists() {
        // Only a *new* version's golden file may be created, never an existing one rewritten.
        if std::env::var_os("JEJAK_BLESS").is_some() {
            std::fs::write(&path, &written).unwrap();
        } else {
            panic!(
                "{} is missing. If you just bumped CURRENT_VERSION, create it by running \
                 `JEJAK_BLESS=1 cargo test --test files` and commit it.",
                path.display()
            );
        }
    }
    let golden = String::from_utf8(read(&path)).unwrap();
    if written != golden {
        let line = written
            .lines()
            .zip(golden.lines())
            .position(|(a, b)| a != b)
            .map_or(String::from("(length differs)"), |i| {
                format!(
                    "first difference on line {}:\n  written: {}\n  golden:  {}",
                    i + 1,
                    written.lines().nth(i).unwrap_or(""),
                    golden.lines().nth(i).unwrap_or("")
                )
            });
        panic!(
            "The backup file format changed without a new version.\n\
             Files already exported by users are in the old format, so a format change needs:\n\
             1. CURRENT_VERSION bumped in src/domain/files.rs,\n\
             2. a migration step from the old version in src/domain/migrate.rs,\n\
             3. a golden tests/fixtures/backup-vN.json for the new version,\n\
             4. this file regenerated for the new version (JEJAK_BLESS=1 creates a missing one).\n\
             Never edit {} by hand to make this pass.\n{line}",
            path.display()
        );
    }
}

#[test]
fn written_backup_restores_to_the_same_records() {
    let sample = canonical_sample();
    let written = write_backup(&sample, "0.1.0", T0, "Laptop kantor");
    let parsed = parse_backup(written.as_bytes()).unwrap();
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    let mut expected = sample;
    expected.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(parsed.records, expected);
    assert_eq!(
        write_backup(&parsed.records, "0.1.0", T0, "Laptop kantor"),
        written,
        "a round trip is byte-identical"
    );
}

// ---------------------------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------------------------

#[derive(Debug)]
enum Expect {
    /// The whole file is refused.
    File(ImportError),
    /// The file is accepted; `imported` records survive and these reasons, in file order,
    /// explain the skipped ones.
    Records {
        imported: usize,
        reasons: Vec<ProblemReason>,
    },
}

fn wrong(field: &'static str) -> ProblemReason {
    ProblemReason::WrongType { field }
}

fn bad_cases() -> Vec<(&'static str, Expect)> {
    use Expect::*;
    use ProblemReason::*;
    vec![
        (
            "not-json.json",
            File(ImportError::NotJson { line: 1, column: 1 }),
        ),
        ("empty.json", File(ImportError::Empty)),
        ("binary.png", File(ImportError::Binary)),
        ("truncated.json", File(ImportError::Truncated)),
        (
            "array.json",
            File(ImportError::NotAnObject { found: "array" }),
        ),
        (
            "string.json",
            File(ImportError::NotAnObject { found: "string" }),
        ),
        ("other-app.json", File(ImportError::NotJejak)),
        (
            "wrong-format.json",
            File(ImportError::WrongFormat {
                found: "jejak-feedback".into(),
                expected: "jejak-backup",
            }),
        ),
        (
            "encrypted.json",
            File(ImportError::WrongFormat {
                found: "jejak-encrypted".into(),
                expected: "jejak-backup",
            }),
        ),
        (
            "unknown-format.json",
            File(ImportError::UnknownFormat {
                found: "jejak-calendar".into(),
            }),
        ),
        (
            "version-99.json",
            File(ImportError::NewerVersion {
                found: 99,
                supported: CURRENT_VERSION,
            }),
        ),
        (
            "bad-header.json",
            File(ImportError::BadHeader { field: "device" }),
        ),
        ("no-records.json", File(ImportError::NoRecords)),
        (
            "missing-fields.json",
            Records {
                imported: 1,
                reasons: vec![
                    NotAnObject,
                    MissingField("id"),
                    MissingField("kind"),
                    MissingField("rev"),
                    MissingField("date"),
                    wrong("title"),
                    wrong("tags"),
                    wrong("hours"),
                    BadRev,
                    BadCreated,
                    wrong("deleted"),
                    InvalidEntry(vec![EntryError::TitleEmpty]),
                    UnknownKind("plugin".into()),
                ],
            },
        ),
        (
            "duplicate-ids.json",
            Records {
                imported: 2,
                reasons: vec![DuplicateId, DuplicateId],
            },
        ),
        (
            "non-uuid-ids.json",
            Records {
                imported: 1,
                reasons: vec![BadId, BadId, BadId, BadId, wrong("id")],
            },
        ),
        (
            "absurd-dates.json",
            Records {
                imported: 1,
                reasons: vec![
                    AbsurdDate { field: "date" },
                    AbsurdDate { field: "date" },
                    AbsurdDate { field: "created" },
                    wrong("date"),
                    BadRev,
                ],
            },
        ),
        (
            "html-payload.json",
            Records {
                imported: 1,
                reasons: vec![],
            },
        ),
    ]
}

fn check(name: &str, bytes: &[u8], expect: &Expect) {
    let result = parse_backup(bytes);
    match (expect, result) {
        (Expect::File(e), Err(got)) => assert_eq!(&got, e, "{name}"),
        (Expect::File(e), Ok(p)) => panic!("{name}: expected {e:?}, got a parsed file: {p:?}"),
        (Expect::Records { imported, reasons }, Ok(p)) => {
            let got: Vec<&ProblemReason> = p.problems.iter().map(|x| &x.reason).collect();
            assert_eq!(got, reasons.iter().collect::<Vec<_>>(), "{name}");
            assert_eq!(p.records.len(), *imported, "{name}: imported records");
            assert!(
                p.problems.windows(2).all(|w| w[0].index < w[1].index),
                "{name}: problems in file order"
            );
        }
        (Expect::Records { .. }, Err(e)) => panic!("{name}: refused whole: {e:?}"),
    }
}

#[test]
fn every_bad_fixture_has_its_expected_outcome() {
    let dir = fixtures().join("bad");
    let cases = bad_cases();
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = cases.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "every file in tests/fixtures/bad has exactly one row in bad_cases()"
    );
    for (name, expect) in &cases {
        let bytes = read(&dir.join(name));
        assert!(
            bytes.len() < 16 * 1024,
            "{name}: keep committed fixtures small"
        );
        check(name, &bytes, expect);
    }
}

#[test]
fn html_and_script_are_kept_as_text() {
    let parsed = parse_backup(&read(&fixtures().join("bad/html-payload.json"))).unwrap();
    let e: Entry = parsed.records[0].view().unwrap();
    assert_eq!(e.title, "<script>alert(1)</script>");
    assert!(e.body.starts_with("<img src=x onerror=alert(2)>"));
    assert!(e.body.contains("javascript:alert(3)"));
    assert_eq!(e.tags, ["<b>tebal</b>"]);
    assert_eq!(parsed.header.device, "<img src=x onerror=alert(1)>");
}

#[test]
fn megabyte_strings_are_skipped_per_record() {
    // Twice the per-string limit: the one record is skipped, the rest of the file imports.
    const TWO_MB: usize = 2 * MAX_STRING_BYTES;
    let keep = canonical_sample();
    let mut huge = keep[1].clone();
    huge.id = "a0819395-c24e-4f56-8182-93a4b5c6d7e8".into();
    huge.fields.insert("body".into(), json!("x".repeat(TWO_MB)));
    let mut records = keep.clone();
    records.push(huge);
    let text = write_backup(&records, "0.1.0", T0, "Laptop");
    check(
        "2 MB body",
        text.as_bytes(),
        &Expect::Records {
            imported: keep.len(),
            reasons: vec![ProblemReason::StringTooLong {
                field: "body".into(),
            }],
        },
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let brackets = "[".repeat(100_000);
    check(
        "100,000 [",
        brackets.as_bytes(),
        &Expect::File(ImportError::TooDeep),
    );
    assert_eq!(detect(brackets.as_bytes()), Err(ImportError::TooDeep));
    // Deep inside an otherwise valid record (past our limit, below serde_json's 128).
    let nested = format!("{}1{}", "[".repeat(100), "]".repeat(100));
    let text = format!(
        "{{\"format\":\"jejak-backup\",\"version\":1,\"records\":[{{\"id\":\"3f1a9c2e-5b7d-4e8f-9a1b-2c3d4e5f6071\",\"deep\":{nested}}}]}}"
    );
    check(
        "nested record",
        text.as_bytes(),
        &Expect::File(ImportError::TooDeep),
    );
}

#[test]
fn oversize_files_are_refused_before_parsing() {
    // The browser checks File.size first: a 50 MB file is never read.
    let fifty_mb = 50 * 1024 * 1024;
    assert_eq!(
        check_size(fifty_mb),
        Err(ImportError::TooLarge {
            bytes: fifty_mb,
            limit: MAX_FILE_BYTES as u64
        })
    );
    assert_eq!(
        check_size(5 * 1024 * 1024 * 1024),
        Err(ImportError::TooLarge {
            bytes: 5 * 1024 * 1024 * 1024,
            limit: MAX_FILE_BYTES as u64
        }),
        "sizes beyond 4 GiB do not wrap"
    );
    // And bytes already in memory are measured before anything else looks at them.
    let just_over = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(
        parse_backup(&just_over),
        Err(ImportError::TooLarge {
            bytes: MAX_FILE_BYTES as u64 + 1,
            limit: MAX_FILE_BYTES as u64
        })
    );
}
