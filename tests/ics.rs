//! Golden files of the calendar export: fixed sessions and cadences written as iCalendar must
//! give exactly the bytes in `tests/fixtures/ics/`, and every file is checked against the RFC
//! 5545 rules the writer promises: CRLF line ends, no physical line over 75 octets, folds that
//! never split a UTF-8 character, TEXT escaping that reads back to the original, balanced
//! components and one UID per event. After an intended format change, regenerate them with
//! `UPDATE_GOLDEN=1 cargo test --test ics` and review the diff.
// Tests may use the standard sorts; the app's code uses its one shared sort (clippy.toml).
#![allow(clippy::disallowed_methods)]
#![cfg(not(target_arch = "wasm32"))]

use jejak::domain::date::{parse_rfc3339, Date};
use jejak::domain::mentoring::cadence::Cadence;
use jejak::domain::mentoring::ics::{cadence_event, calendar, session_event, Event, LINE_MAX};
use jejak::domain::mentoring::session::{Session, SessionStatus, Time};
use jejak::domain::mentoring::Mode;
use std::path::PathBuf;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::new(y, m, day).unwrap()
}

fn stamp() -> i64 {
    parse_rfc3339("2026-11-25T03:04:05Z").unwrap()
}

/// The agenda of the first session: every character TEXT must escape, line breaks of all three
/// kinds, a control character that must go, and enough multi-byte text to fold in the middle
/// of accented letters and an emoji.
const AGENDA: &str = "Tindak lanjut terbuka dari sesi terakhir:\n\
- Kirim draf kajian; minta masukan, terutama bagian C:\\Data\\RIA\r\n\
- Kenalkan ke Biro Hukum (Bu Sari)\rCatatan: café, naïve résumé — 日本語 🙂 \u{7}selesai.";

fn sessions() -> Vec<(String, Session, String, String)> {
    let mut first = Session::planned("p-1", d(2026, 12, 1), Mode::Online);
    first.time = Time::new(9, 30);
    first.duration_minutes = Some(90);
    first.agenda = AGENDA.into();
    let mut second = Session::planned("p-1", d(2027, 1, 31), Mode::InPerson);
    second.status = SessionStatus::Planned;
    vec![
        (
            "5d0c6a57-2f4e-4b8a-9c11-00000000a001".into(),
            first,
            "Mentoring dengan Dr. Ratna Siregar, M.Si.".into(),
            format!("Cara bertemu: Daring\n\nAgenda:\n{AGENDA}"),
        ),
        (
            "5d0c6a57-2f4e-4b8a-9c11-00000000a002".into(),
            second,
            "Mentoring with Ratna; lunch, then the review".into(),
            "Mode: In person".into(),
        ),
    ]
}

fn person_calendar() -> String {
    let mut events: Vec<Event> = sessions()
        .into_iter()
        .filter_map(|(id, s, summary, description)| session_event(&id, &s, summary, description))
        .collect();
    events.extend(cadence_event(
        "5d0c6a57-2f4e-4b8a-9c11-00000000b001",
        Cadence::Monthly,
        d(2027, 1, 31),
        Some((Time::new(9, 30).unwrap(), Some(60))),
        "Mentoring dengan Dr. Ratna Siregar, M.Si. (Setiap bulan)".into(),
        "Pengingat irama pertemuan yang disepakati. Dibuat oleh Jejak. Dianggap terlambat bila \
         tidak bertemu lebih dari 1 bulan + 7 hari."
            .into(),
    ));
    calendar("Mentoring (Jejak)", &events, stamp())
}

fn cadences_calendar() -> String {
    let events: Vec<Event> = [
        ("b-weekly", Cadence::Weekly, d(2026, 12, 7), None),
        (
            "b-biweekly",
            Cadence::Biweekly,
            d(2026, 12, 9),
            Some((Time::new(14, 0).unwrap(), Some(45))),
        ),
        ("b-quarterly", Cadence::Quarterly, d(2026, 11, 30), None),
        ("b-leap", Cadence::Monthly, d(2028, 2, 29), None),
        ("b-none", Cadence::None, d(2026, 12, 1), None),
    ]
    .into_iter()
    .filter_map(|(id, cadence, first, time)| {
        cadence_event(
            id,
            cadence,
            first,
            time,
            format!("Mentoring ({})", cadence.as_str()),
            String::new(),
        )
    })
    .collect();
    calendar("Mentoring, all; \"people\"", &events, stamp())
}

fn golden(name: &str, text: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ics")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, text).unwrap();
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        expected == text.as_bytes(),
        "{name} differs from the golden file; run UPDATE_GOLDEN=1 cargo test --test ics and review the diff"
    );
}

/// Unfolds physical lines into content lines, checking the physical-line rules on the way.
fn content_lines(bytes: &[u8]) -> Vec<String> {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    assert!(text.ends_with("\r\n"), "the last line ends in CRLF");
    let physical: Vec<&str> = text[..text.len() - 2].split("\r\n").collect();
    let mut out: Vec<String> = Vec::new();
    for line in physical {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in {line:?}"
        );
        assert!(line.len() <= LINE_MAX, "{} octets: {line:?}", line.len());
        assert!(!line.is_empty(), "empty line");
        match line.strip_prefix(' ') {
            Some(rest) => out
                .last_mut()
                .expect("a fold continues a line")
                .push_str(rest),
            None => out.push(line.to_string()),
        }
    }
    out
}

fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(c @ ('\\' | ';' | ',')) => out.push(c),
                other => panic!("bad escape \\{other:?} in {value:?}"),
            }
        } else {
            assert!(c != ';' && c != ',', "unescaped {c:?} in {value:?}");
            out.push(c);
        }
    }
    out
}

fn value_of<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter_map(|l| l.strip_prefix(name).and_then(|r| r.strip_prefix(':')))
        .collect()
}

fn check_structure(lines: &[String]) {
    let mut stack: Vec<&str> = Vec::new();
    for l in lines {
        if let Some(c) = l.strip_prefix("BEGIN:") {
            stack.push(c);
        } else if let Some(c) = l.strip_prefix("END:") {
            assert_eq!(stack.pop(), Some(c), "END:{c} closes what BEGIN opened");
        }
    }
    assert!(stack.is_empty());
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.iter().any(|l| l == "VERSION:2.0"));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    let uids = value_of(lines, "UID");
    let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
    assert_eq!(uids.len(), events, "one UID per event");
    let mut unique = uids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), uids.len(), "UIDs are unique");
    assert_eq!(value_of(lines, "DTSTAMP").len(), events);
    for s in value_of(lines, "DTSTAMP") {
        assert_eq!(s, "20261125T030405Z");
    }
}

#[test]
fn person_calendar_matches_golden_and_rfc5545() {
    let text = person_calendar();
    golden("person.ics", &text);
    let lines = content_lines(text.as_bytes());
    check_structure(&lines);
    assert!(
        text.lines().any(|l| l.starts_with(' ')),
        "the long agenda is folded"
    );
    // Stable UIDs: the session id and the person id.
    let uids = value_of(&lines, "UID");
    assert_eq!(
        uids,
        vec![
            "5d0c6a57-2f4e-4b8a-9c11-00000000a001@jejak",
            "5d0c6a57-2f4e-4b8a-9c11-00000000a002@jejak",
            "cadence-5d0c6a57-2f4e-4b8a-9c11-00000000b001@jejak",
        ]
    );
    // Floating local time for a timed session, whole days for an untimed one.
    assert!(lines.contains(&"DTSTART:20261201T093000".to_string()));
    assert!(lines.contains(&"DURATION:PT1H30M".to_string()));
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20270131".to_string()));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20270201".to_string()));
    // The monthly cadence from the 31st keeps to the month's last day.
    assert_eq!(
        value_of(&lines, "RRULE"),
        vec!["FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"]
    );
    // Escaping reads back to the text given, line breaks normalised and the bell gone.
    let descriptions = value_of(&lines, "DESCRIPTION");
    let expected = format!("Cara bertemu: Daring\n\nAgenda:\n{AGENDA}")
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\u{7}', "");
    assert_eq!(unescape(descriptions[0]), expected);
    let summaries: Vec<String> = value_of(&lines, "SUMMARY")
        .into_iter()
        .map(unescape)
        .collect();
    assert_eq!(summaries[1], "Mentoring with Ratna; lunch, then the review");
    assert!(descriptions[0].contains("C:\\\\Data\\\\RIA"));
}

#[test]
fn cadences_calendar_matches_golden_and_rfc5545() {
    let text = cadences_calendar();
    golden("cadences.ics", &text);
    let lines = content_lines(text.as_bytes());
    check_structure(&lines);
    assert_eq!(
        value_of(&lines, "RRULE"),
        vec![
            "FREQ=WEEKLY",
            "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29,30;BYSETPOS=-1",
            "FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1",
        ],
        "no rule for 'no fixed cadence'"
    );
    assert_eq!(
        unescape(value_of(&lines, "X-WR-CALNAME")[0]),
        "Mentoring, all; \"people\""
    );
    // A timed cadence reminder gets an alarm; all-day ones do not block the day.
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VALARM").count(), 1);
    assert_eq!(
        lines.iter().filter(|l| *l == "TRANSP:TRANSPARENT").count(),
        3
    );
}

#[test]
fn every_golden_file_passes_the_checks() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ics") {
            check_structure(&content_lines(&std::fs::read(&path).unwrap()));
            n += 1;
        }
    }
    assert!(n >= 2);
}
