//! Golden files of the readable exports: a fixed journal written as Markdown and CSV must give
//! exactly the bytes in `tests/fixtures/export/`. After an intended format change, regenerate
//! them with `UPDATE_GOLDEN=1 cargo test --test exports` and review the diff.
// Tests may use the standard sorts; the app's code uses its one shared sort (clippy.toml).
#![allow(clippy::disallowed_methods)]
#![cfg(not(target_arch = "wasm32"))]

use jejak::domain::date::Date;
use jejak::domain::entry::{Entry, EntryKind, LearningType};
use jejak::domain::export::{csv_file_name, entries_csv, journal_markdown, markdown_file_name};
use std::path::PathBuf;

#[allow(clippy::too_many_arguments)]
fn entry(
    date: (i32, u32, u32),
    kind: EntryKind,
    learning: LearningType,
    title: &str,
    hours: Option<f64>,
    tags: &[&str],
    body: &str,
) -> Entry {
    let mut e = Entry::new(Date::new(date.0, date.1, date.2).unwrap());
    e.entry_kind = kind;
    e.learning = learning;
    e.title = title.into();
    e.hours = hours;
    e.tags = tags.iter().map(|t| t.to_string()).collect();
    e.body = body.into();
    e
}

/// Given out of order on purpose: the writers sort by date, then id.
fn journal() -> Vec<(String, Entry)> {
    vec![
        (
            "5d0c6a57-2f4e-4b8a-9c11-000000000004".into(),
            entry(
                (2026, 11, 25),
                EntryKind::MentoringNote,
                LearningType::Social,
                "Sesi mentoring: \"umpan balik\", rencana Q1 #2",
                Some(1.5),
                &["kepemimpinan", "umpan-balik"],
                "Catatan dari Bu Sri:\n\n- Jadilah pendengar yang baik\n- Tindak lanjut \
                 minggu depan\n\nRefleksi: saya merasa 😊 lebih percaya diri.\n",
            ),
        ),
        (
            "5d0c6a57-2f4e-4b8a-9c11-000000000002".into(),
            entry(
                (2026, 10, 1),
                EntryKind::Training,
                LearningType::Formal,
                "Pelatihan analisis data — Kafe Pak Éko ☕",
                Some(6.0),
                &["data", "sql"],
                "Belajar `GROUP BY` dan *window functions*.\r\nBaris dengan CRLF, naïve \
                 résumé.",
            ),
        ),
        (
            "5d0c6a57-2f4e-4b8a-9c11-000000000001".into(),
            entry(
                (2026, 10, 1),
                EntryKind::Reflection,
                LearningType::Experience,
                "=SUM(A1)",
                None,
                &["-negatif", "@sebut"],
                "+62 812 3456 7890",
            ),
        ),
        (
            "5d0c6a57-2f4e-4b8a-9c11-000000000003".into(),
            entry(
                (2026, 10, 15),
                EntryKind::Achievement,
                LearningType::Experience,
                "- daftar: # bukan komentar\nbaris kedua\tdengan tab",
                Some(0.25),
                &[],
                "",
            ),
        ),
    ]
}

fn golden(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/export")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 writes it)", path.display()));
    if expected != actual.as_bytes() {
        panic!(
            "{} differs from the writer's output.\n--- expected\n{}\n--- actual\n{}",
            path.display(),
            String::from_utf8_lossy(&expected),
            actual
        );
    }
}

#[test]
fn markdown_golden() {
    golden("journal.md", &journal_markdown(&journal()));
}

#[test]
fn csv_golden() {
    let csv = entries_csv(&journal());
    assert!(csv.starts_with('\u{feff}'), "UTF-8 BOM first");
    golden("entries.csv", &csv);
}

#[test]
fn file_names() {
    let d = Date::new(2026, 11, 25).unwrap();
    assert_eq!(markdown_file_name(d), "jejak-journal-2026-11-25.md");
    assert_eq!(csv_file_name(d), "jejak-entries-2026-11-25.csv");
}

/// The Markdown front matter must be YAML that a standard parser reads back to the same
/// values, and the CSV must be RFC 4180 that a standard reader splits into the same fields.
/// Python's `yaml` and `csv` modules are the standard readers when available; without them
/// this check is skipped (the golden files still pin the bytes).
#[test]
fn standard_readers_agree() {
    let dir = std::env::temp_dir().join(format!("jejak-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let md = dir.join("journal.md");
    let csv = dir.join("entries.csv");
    std::fs::write(&md, journal_markdown(&journal())).unwrap();
    std::fs::write(&csv, entries_csv(&journal())).unwrap();
    let script = r#"
import csv, io, json, sys
md, path = sys.argv[1], sys.argv[2]
out = {"csv": [], "yaml": None}
with open(path, encoding="utf-8-sig", newline="") as f:
    out["csv"] = list(csv.reader(f))
try:
    import yaml
except ImportError:
    yaml = None
if yaml is not None:
    text = open(md, encoding="utf-8", newline="").read()
    blocks = []
    for part in text.split("---\n")[1::2]:
        d = yaml.safe_load(part)
        d["date"] = str(d["date"])
        blocks.append(d)
    out["yaml"] = blocks
print(json.dumps(out))
"#;
    let output = match std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&md)
        .arg(&csv)
        .output()
    {
        Ok(o) if o.status.success() => o,
        other => {
            eprintln!("skipped: python3 not usable: {other:?}");
            return;
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    let v: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut sorted = journal();
    sorted.sort_by(|a, b| a.1.date.cmp(&b.1.date).then_with(|| a.0.cmp(&b.0)));

    let rows = v["csv"].as_array().unwrap();
    assert_eq!(rows.len(), sorted.len() + 1);
    assert_eq!(
        rows[0],
        serde_json::json!(["id", "date", "title", "kind", "learning", "hours", "tags", "body"])
    );
    let guard = |s: &str| {
        if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{s}")
        } else {
            s.to_string()
        }
    };
    for (row, (id, e)) in rows[1..].iter().zip(&sorted) {
        assert_eq!(row[0], *id);
        assert_eq!(row[1], e.date.to_string());
        assert_eq!(row[2], guard(&e.title));
        assert_eq!(row[3], e.entry_kind.as_str());
        assert_eq!(row[4], e.learning.as_str());
        assert_eq!(row[5], e.hours.map(|h| h.to_string()).unwrap_or_default());
        assert_eq!(row[6], guard(&e.tags.join(";")));
        assert_eq!(row[7], guard(&e.body));
    }

    match v["yaml"].as_array() {
        None => eprintln!("YAML check skipped: Python's yaml module is not installed"),
        Some(blocks) => {
            assert_eq!(blocks.len(), sorted.len());
            for (b, (id, e)) in blocks.iter().zip(&sorted) {
                assert_eq!(b["id"], *id);
                assert_eq!(b["title"], e.title);
                assert_eq!(b["date"], e.date.to_string());
                assert_eq!(b["kind"], e.entry_kind.as_str());
                assert_eq!(b["learning"], e.learning.as_str());
                assert_eq!(b["hours"].as_f64(), e.hours);
                assert_eq!(b["tags"], serde_json::json!(e.tags));
            }
        }
    }
}
