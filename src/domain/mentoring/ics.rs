//! The calendar export: an iCalendar file (RFC 5545) of planned sessions and of the agreed
//! cadence as a recurring event, for the phone's calendar.
//!
//! # Format
//!
//! - Every line ends in CRLF. Content lines longer than 75 octets are folded (RFC 5545 §3.1):
//!   CRLF and one space are inserted so that no physical line exceeds 75 octets, counting the
//!   leading space; a fold never splits a UTF-8 character.
//! - TEXT values (summary, description, calendar name, UID) escape `\` `;` `,` and line breaks
//!   (`\\` `\;` `\,` `\n`, §3.3.11); other control characters are dropped (they are not allowed
//!   in TEXT).
//! - Each session's UID is `<session id>@jejak`, and the cadence event's is
//!   `cadence-<person id>@jejak`: stable, so exporting again updates the same events in
//!   calendars that merge by UID instead of duplicating them.
//! - DTSTAMP is the export time in UTC, as the RFC requires.
//!
//! # Time zone: floating local time
//!
//! Session times are stored as the wall-clock time the user typed, without a zone (the app
//! keeps no time zone, like journal dates). They are written as *floating* times
//! (`DTSTART:20261201T090000`, no `Z`, no `TZID`): the calendar shows 09:00 in whatever zone
//! the phone is in, which is what the user meant. A session without a time, and the cadence
//! reminder when the last session had no time, are all-day events (`VALUE=DATE`).
//!
//! # The cadence rule
//!
//! The recurring event starts on the next due date (or today when that has passed) and repeats
//! with the agreed period: `FREQ=WEEKLY`, `FREQ=WEEKLY;INTERVAL=2`, `FREQ=MONTHLY` or
//! `FREQ=MONTHLY;INTERVAL=3`. A monthly rule starting after the 28th would skip the months
//! without that day (RFC 5545 ignores invalid dates), so it becomes "the last of the days 28 …
//! start day" (`BYMONTHDAY=28,29,30;BYSETPOS=-1` for the 30th): the 30th where there is one and
//! the month's last day elsewhere, the same clamping as [`super::cadence::add_months`].

use super::cadence::Cadence;
use super::session::{Session, Time};
use crate::domain::date::{rfc3339, Date};
use crate::domain::sort::OneSort;

/// The longest physical line, in octets, without its CRLF.
pub const LINE_MAX: usize = 75;
/// Minutes before a timed session that the phone reminds the user.
pub const ALARM_MINUTES: u32 = 30;

/// When an event starts: a whole day, or a floating local date and time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    AllDay(Date),
    Local(Date, Time),
}

/// One VEVENT, its words already in the user's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub uid: String,
    pub start: When,
    /// Only for timed events; an all-day event lasts its day.
    pub duration_minutes: Option<u32>,
    pub summary: String,
    pub description: String,
    /// The RRULE value, for the cadence event.
    pub rrule: Option<String>,
}

pub fn session_uid(session_id: &str) -> String {
    format!("{session_id}@jejak")
}

pub fn cadence_uid(person_id: &str) -> String {
    format!("cadence-{person_id}@jejak")
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line into physical lines of at most [`LINE_MAX`] octets, each ending in
/// CRLF; continuation lines start with a space, which counts towards their length.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 60 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > LINE_MAX {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

fn date_value(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

fn stamp_value(millis: i64) -> String {
    // 2026-11-25T10:00:00.000Z → 20261125T100000Z
    let s = rfc3339(millis);
    format!(
        "{}T{}{}{}Z",
        &s[..10].replace('-', ""),
        &s[11..13],
        &s[14..16],
        &s[17..19]
    )
}

/// `PT1H30M`, `PT45M`, `PT2H`.
fn duration_value(minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => format!("PT{m}M"),
        (h, 0) => format!("PT{h}H"),
        (h, m) => format!("PT{h}H{m}M"),
    }
}

/// The RRULE value for a cadence starting on `start`; None without a cadence.
pub fn rrule(cadence: Cadence, start: Date) -> Option<String> {
    let monthly = |interval: u32| {
        let mut r = String::from("FREQ=MONTHLY");
        if interval > 1 {
            r.push_str(&format!(";INTERVAL={interval}"));
        }
        if start.day > 28 {
            let days: Vec<String> = (28..=start.day).map(|d| d.to_string()).collect();
            r.push_str(&format!(";BYMONTHDAY={};BYSETPOS=-1", days.join(",")));
        }
        r
    };
    match cadence {
        Cadence::Weekly => Some("FREQ=WEEKLY".into()),
        Cadence::Biweekly => Some("FREQ=WEEKLY;INTERVAL=2".into()),
        Cadence::Monthly => Some(monthly(1)),
        Cadence::Quarterly => Some(monthly(3)),
        Cadence::None => None,
    }
}

/// The event for a session (None when it has no date).
pub fn session_event(
    session_id: &str,
    s: &Session,
    summary: String,
    description: String,
) -> Option<Event> {
    let date = s.date?;
    Some(Event {
        uid: session_uid(session_id),
        start: match s.time {
            Some(t) => When::Local(date, t),
            None => When::AllDay(date),
        },
        duration_minutes: s.time.and(s.duration_minutes),
        summary,
        description,
        rrule: None,
    })
}

/// The recurring reminder of the agreed cadence, from `first` on (at `time` when the pair
/// usually meets at one, else all day). None without a cadence.
pub fn cadence_event(
    person_id: &str,
    cadence: Cadence,
    first: Date,
    time: Option<(Time, Option<u32>)>,
    summary: String,
    description: String,
) -> Option<Event> {
    Some(Event {
        uid: cadence_uid(person_id),
        start: match time {
            Some((t, _)) => When::Local(first, t),
            None => When::AllDay(first),
        },
        duration_minutes: time.and_then(|(_, d)| d),
        rrule: Some(rrule(cadence, first)?),
        summary,
        description,
    })
}

/// The planned sessions worth exporting: not cancelled or held, dated today or later (with
/// `person`, or with anyone), soonest first.
pub fn sessions_to_export<'a>(
    sessions: impl IntoIterator<Item = (&'a str, &'a Session)>,
    person: Option<&str>,
    today: Date,
) -> Vec<(&'a str, &'a Session)> {
    let mut v: Vec<(&str, &Session)> = sessions
        .into_iter()
        .filter(|(_, s)| s.is_upcoming(today) && person.is_none_or(|p| s.person == p))
        .collect();
    v.one_sort_by(|(ia, a), (ib, b)| a.when().cmp(&b.when()).then_with(|| ia.cmp(ib)));
    v
}

/// The whole VCALENDAR. `name` is the calendar's display name; `stamp_millis` the export time.
pub fn calendar(name: &str, events: &[Event], stamp_millis: i64) -> String {
    let mut out = String::new();
    let mut line = |s: String| out.push_str(&fold_line(&s));
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Jejak//Mentoring//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", escape_text(name)));
    let stamp = stamp_value(stamp_millis);
    for e in events {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}", escape_text(&e.uid)));
        line(format!("DTSTAMP:{stamp}"));
        match e.start {
            When::AllDay(d) => {
                line(format!("DTSTART;VALUE=DATE:{}", date_value(d)));
                line(format!("DTEND;VALUE=DATE:{}", date_value(d.add_days(1))));
                // A reminder of the rhythm, not a meeting: it does not block the day.
                line("TRANSP:TRANSPARENT".into());
            }
            When::Local(d, t) => {
                line(format!(
                    "DTSTART:{}T{:02}{:02}00",
                    date_value(d),
                    t.hour,
                    t.minute
                ));
                if let Some(m) = e.duration_minutes.filter(|m| *m > 0) {
                    line(format!("DURATION:{}", duration_value(m)));
                }
            }
        }
        if let Some(r) = &e.rrule {
            line(format!("RRULE:{r}"));
        }
        line(format!("SUMMARY:{}", escape_text(&e.summary)));
        if !e.description.trim().is_empty() {
            line(format!("DESCRIPTION:{}", escape_text(e.description.trim())));
        }
        if matches!(e.start, When::Local(..)) {
            line("BEGIN:VALARM".into());
            line("ACTION:DISPLAY".into());
            line(format!("DESCRIPTION:{}", escape_text(&e.summary)));
            line(format!("TRIGGER:-PT{ALARM_MINUTES}M"));
            line("END:VALARM".into());
        }
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

/// `jejak-mentoring-sari-wijaya-2026-11-25.ics`, or without the name part when it has no
/// letters or digits to keep.
pub fn file_name(who: &str, today: Date) -> String {
    let mut slug = String::new();
    for c in crate::domain::text::fold(who).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_matches('-');
    if slug.is_empty() {
        format!("jejak-mentoring-{today}.ics")
    } else {
        format!("jejak-mentoring-{slug}-{today}.ics")
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::mentoring::Mode;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn escaping() {
        assert_eq!(escape_text("a;b,c\\d"), "a\\;b\\,c\\\\d");
        assert_eq!(
            escape_text("one\r\ntwo\nthree\rfour"),
            "one\\ntwo\\nthree\\nfour"
        );
        assert_eq!(escape_text("bell\u{7}\ttab"), "bell\ttab");
        assert_eq!(escape_text("Rapat: 09.00"), "Rapat: 09.00");
    }

    #[test]
    fn folding_keeps_characters_whole() {
        assert_eq!(fold_line("SHORT:x"), "SHORT:x\r\n");
        let ascii = format!("DESCRIPTION:{}", "a".repeat(200));
        let folded = fold_line(&ascii);
        for l in folded.split_terminator("\r\n") {
            assert!(l.len() <= LINE_MAX, "{l}");
        }
        assert_eq!(folded.split_terminator("\r\n").next().unwrap().len(), 75);
        assert_eq!(folded.replace("\r\n ", "").trim_end(), ascii);
        // "é" is 2 octets and "🙂" 4: a fold lands before them, never inside.
        for filler in [73usize, 74, 75] {
            for ch in ["é", "🙂", "語"] {
                let line = format!("{}{}", "x".repeat(filler), ch.repeat(40));
                let folded = fold_line(&line);
                for l in folded.split_terminator("\r\n") {
                    assert!(l.len() <= LINE_MAX);
                    assert!(std::str::from_utf8(l.as_bytes()).is_ok());
                }
                assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
            }
        }
    }

    #[test]
    fn rules() {
        assert_eq!(
            rrule(Cadence::Weekly, d(2026, 1, 5)).unwrap(),
            "FREQ=WEEKLY"
        );
        assert_eq!(
            rrule(Cadence::Biweekly, d(2026, 1, 5)).unwrap(),
            "FREQ=WEEKLY;INTERVAL=2"
        );
        assert_eq!(
            rrule(Cadence::Monthly, d(2026, 1, 28)).unwrap(),
            "FREQ=MONTHLY"
        );
        assert_eq!(
            rrule(Cadence::Monthly, d(2026, 1, 30)).unwrap(),
            "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1"
        );
        assert_eq!(
            rrule(Cadence::Quarterly, d(2026, 1, 31)).unwrap(),
            "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"
        );
        assert_eq!(
            rrule(Cadence::Quarterly, d(2026, 2, 5)).unwrap(),
            "FREQ=MONTHLY;INTERVAL=3"
        );
        assert_eq!(rrule(Cadence::None, d(2026, 1, 5)), None);
        assert_eq!(duration_value(90), "PT1H30M");
        assert_eq!(duration_value(60), "PT1H");
        assert_eq!(duration_value(45), "PT45M");
        assert_eq!(stamp_value(0), "19700101T000000Z");
    }

    #[test]
    fn events_and_selection() {
        let today = d(2026, 11, 25);
        let mut s = Session::planned("p1", d(2026, 12, 1), Mode::Online);
        s.time = Time::new(9, 30);
        let e = session_event("abc", &s, "S".into(), String::new()).unwrap();
        assert_eq!(e.uid, "abc@jejak");
        assert_eq!(
            e.start,
            When::Local(d(2026, 12, 1), Time::new(9, 30).unwrap())
        );
        assert_eq!(e.duration_minutes, Some(60));
        s.time = None;
        let e = session_event("abc", &s, "S".into(), String::new()).unwrap();
        assert_eq!(
            (e.start, e.duration_minutes),
            (When::AllDay(d(2026, 12, 1)), None)
        );
        s.date = None;
        assert!(session_event("abc", &s, "S".into(), String::new()).is_none());
        assert!(cadence_event("p", Cadence::None, today, None, "x".into(), "y".into()).is_none());

        let mk = |person: &str, day: Date, status| {
            let mut s = Session::planned(person, day, Mode::Online);
            s.status = status;
            s
        };
        use crate::domain::mentoring::session::SessionStatus::*;
        let list = [
            ("a".to_string(), mk("p1", d(2026, 12, 3), Planned)),
            ("b".to_string(), mk("p1", today, Planned)),
            ("c".to_string(), mk("p1", d(2026, 11, 24), Planned)),
            ("d".to_string(), mk("p1", d(2026, 12, 1), Cancelled)),
            ("e".to_string(), mk("p2", d(2026, 12, 2), Planned)),
            ("f".to_string(), mk("p1", d(2026, 11, 25), Held)),
        ];
        let refs = || list.iter().map(|(i, s)| (i.as_str(), s));
        let ids = |v: Vec<(&str, &Session)>| {
            v.into_iter()
                .map(|(i, _)| i.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(sessions_to_export(refs(), Some("p1"), today)),
            vec!["b", "a"]
        );
        assert_eq!(
            ids(sessions_to_export(refs(), None, today)),
            vec!["b", "e", "a"]
        );
    }

    #[test]
    fn file_names() {
        let t = d(2026, 11, 25);
        assert_eq!(
            file_name("Dr. Sari Wijaya, M.Si.", t),
            "jejak-mentoring-dr-sari-wijaya-m-si-2026-11-25.ics"
        );
        assert_eq!(
            file_name("Ádám Ñúñez", t),
            "jejak-mentoring-adam-nunez-2026-11-25.ics"
        );
        assert_eq!(file_name("語", t), "jejak-mentoring-2026-11-25.ics");
        assert_eq!(file_name("", t), "jejak-mentoring-2026-11-25.ics");
        assert!(file_name(&"a".repeat(100), t).len() < 80);
    }
}
