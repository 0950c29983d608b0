//! A `session` record: one meeting with a person. It is planned (usually ahead), then held or
//! cancelled. A held session carries the notes (Markdown, rendered safely like the journal),
//! outcomes, feedback received, a usefulness rating 1–5 and links to goals.
//!
//! Times are local wall-clock times without a zone ("09:30" where the user lives), the same
//! way journal dates are civil dates; see [`super::ics`] for how they reach a calendar.

use super::{lenient, lenient_vec, too_long, Mode, NOTES_MAX, TEXT_MAX};
use crate::domain::date::Date;
use crate::domain::sort::OneSort;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longer than a working day is a typo, not a session.
pub const DURATION_MAX: u32 = 600;
pub const RATING_MAX: u8 = 5;

/// A local time of day, minutes precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
}

impl Time {
    pub fn new(hour: u8, minute: u8) -> Option<Time> {
        (hour < 24 && minute < 60).then_some(Time { hour, minute })
    }

    /// Parses `HH:MM` (what `<input type=time>` gives) and `HH:MM:SS` (seconds dropped).
    pub fn parse(s: &str) -> Option<Time> {
        let b = s.as_bytes();
        if !(b.len() == 5 || (b.len() == 8 && b[5] == b':')) || b[2] != b':' {
            return None;
        }
        let two = |i: usize| -> Option<u8> {
            let (a, c) = (b[i], b[i + 1]);
            (a.is_ascii_digit() && c.is_ascii_digit()).then(|| (a - b'0') * 10 + (c - b'0'))
        };
        if b.len() == 8 && two(6)? > 59 {
            return None;
        }
        Time::new(two(0)?, two(3)?)
    }

    /// The local time of day at `millis`, `offset_minutes` east of UTC.
    pub fn from_millis(millis: i64, offset_minutes: i32) -> Time {
        let local = millis + i64::from(offset_minutes) * 60_000;
        let minutes = local.rem_euclid(86_400_000) / 60_000;
        Time {
            hour: (minutes / 60) as u8,
            minute: (minutes % 60) as u8,
        }
    }

    pub fn minutes(self) -> u32 {
        u32::from(self.hour) * 60 + u32::from(self.minute)
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl Serialize for Time {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Time::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("invalid time: {s}")))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    #[default]
    Planned,
    Held,
    Cancelled,
}

impl SessionStatus {
    pub const ALL: [SessionStatus; 3] = [
        SessionStatus::Planned,
        SessionStatus::Held,
        SessionStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SessionStatus::Planned => "planned",
            SessionStatus::Held => "held",
            SessionStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<SessionStatus> {
        SessionStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// The typed view of a `session` record's own fields.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Session {
    /// The person's record id.
    #[serde(default, deserialize_with = "lenient")]
    pub person: String,
    #[serde(default, deserialize_with = "lenient")]
    pub date: Option<Date>,
    #[serde(default, deserialize_with = "lenient")]
    pub time: Option<Time>,
    #[serde(default, deserialize_with = "lenient")]
    pub duration_minutes: Option<u32>,
    #[serde(default, deserialize_with = "lenient")]
    pub mode: Mode,
    #[serde(default, deserialize_with = "lenient")]
    pub status: SessionStatus,
    #[serde(default, deserialize_with = "lenient")]
    pub agenda: String,
    /// Markdown.
    #[serde(default, deserialize_with = "lenient")]
    pub notes: String,
    #[serde(default, deserialize_with = "lenient")]
    pub outcomes: String,
    #[serde(default, deserialize_with = "lenient")]
    pub feedback: String,
    /// How useful it was, 1–5.
    #[serde(default, deserialize_with = "lenient")]
    pub rating: Option<u8>,
    /// Goal record ids.
    #[serde(default, deserialize_with = "lenient_vec")]
    pub goals: Vec<String>,
}

impl Session {
    /// A planned session with `person` on `date`, in the person's preferred mode.
    pub fn planned(person: &str, date: Date, mode: Mode) -> Session {
        Session {
            person: person.to_string(),
            date: Some(date),
            mode,
            duration_minutes: Some(60),
            ..Session::default()
        }
    }

    pub fn is_held(&self) -> bool {
        self.status == SessionStatus::Held
    }

    /// A planned session whose day has passed: it still needs to be marked held or cancelled.
    pub fn needs_recording(&self, today: Date) -> bool {
        self.status == SessionStatus::Planned && self.date.is_some_and(|d| d < today)
    }

    /// Planned and not in the past: what "next session" means.
    pub fn is_upcoming(&self, today: Date) -> bool {
        self.status == SessionStatus::Planned && self.date.is_some_and(|d| d >= today)
    }

    /// Sort key: date, then time (a session without a time sorts first on its day).
    pub fn when(&self) -> (Option<Date>, Option<Time>) {
        (self.date, self.time)
    }

    pub fn link_goal(&mut self, goal: &str, on: bool) {
        self.goals.retain(|g| g != goal);
        if on {
            self.goals.push(goal.to_string());
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionError {
    NoPerson,
    DateMissing,
    DateOutOfRange,
    /// Marked held on a day that has not come yet.
    HeldInFuture,
    DurationZero,
    DurationTooLong {
        max: u32,
    },
    RatingOutOfRange,
    AgendaTooLong {
        max: usize,
    },
    NotesTooLong {
        max: usize,
    },
    OutcomesTooLong {
        max: usize,
    },
    FeedbackTooLong {
        max: usize,
    },
}

impl SessionError {
    pub fn field(&self) -> &'static str {
        match self {
            SessionError::NoPerson => "person",
            SessionError::DateMissing | SessionError::DateOutOfRange => "date",
            SessionError::HeldInFuture => "status",
            SessionError::DurationZero | SessionError::DurationTooLong { .. } => "duration_minutes",
            SessionError::RatingOutOfRange => "rating",
            SessionError::AgendaTooLong { .. } => "agenda",
            SessionError::NotesTooLong { .. } => "notes",
            SessionError::OutcomesTooLong { .. } => "outcomes",
            SessionError::FeedbackTooLong { .. } => "feedback",
        }
    }
}

/// The checks the editor applies. `today` is the user's local date: a session cannot have
/// been held after it.
pub fn validate(s: &Session, today: Date) -> Vec<SessionError> {
    let mut errors = validate_fields(s);
    if s.is_held() && s.date.is_some_and(|d| d > today) {
        errors.push(SessionError::HeldInFuture);
    }
    errors
}

/// Everything but the checks that need today's date (what an import can check).
pub fn validate_fields(s: &Session) -> Vec<SessionError> {
    let mut errors = Vec::new();
    if s.person.trim().is_empty() {
        errors.push(SessionError::NoPerson);
    }
    match s.date {
        None => errors.push(SessionError::DateMissing),
        Some(d) if !d.in_range() => errors.push(SessionError::DateOutOfRange),
        _ => {}
    }
    match s.duration_minutes {
        Some(0) => errors.push(SessionError::DurationZero),
        Some(m) if m > DURATION_MAX => {
            errors.push(SessionError::DurationTooLong { max: DURATION_MAX })
        }
        _ => {}
    }
    if s.rating.is_some_and(|r| !(1..=RATING_MAX).contains(&r)) {
        errors.push(SessionError::RatingOutOfRange);
    }
    if too_long(&s.agenda, TEXT_MAX) {
        errors.push(SessionError::AgendaTooLong { max: TEXT_MAX });
    }
    if s.notes.len() > NOTES_MAX {
        errors.push(SessionError::NotesTooLong { max: NOTES_MAX });
    }
    if too_long(&s.outcomes, TEXT_MAX) {
        errors.push(SessionError::OutcomesTooLong { max: TEXT_MAX });
    }
    if too_long(&s.feedback, TEXT_MAX) {
        errors.push(SessionError::FeedbackTooLong { max: TEXT_MAX });
    }
    errors
}

/// Newest first (date, then time), ties by id so the order is stable.
pub fn newest_first<T>(items: &mut [(String, T)], session: impl Fn(&T) -> &Session) {
    items.one_sort_by(|(ia, a), (ib, b)| {
        session(b)
            .when()
            .cmp(&session(a).when())
            .then_with(|| ia.cmp(ib))
    });
}

/// The last held session with `person` (latest date and time), if any.
pub fn last_held<'a>(
    sessions: impl IntoIterator<Item = (&'a str, &'a Session)>,
    person: &str,
) -> Option<(&'a str, &'a Session)> {
    sessions
        .into_iter()
        .filter(|(_, s)| s.person == person && s.is_held() && s.date.is_some())
        .max_by(|(ia, a), (ib, b)| a.when().cmp(&b.when()).then_with(|| ib.cmp(ia)))
}

/// The earliest planned session from today on (with `person`, or with anyone when None).
pub fn next_planned<'a>(
    sessions: impl IntoIterator<Item = (&'a str, &'a Session)>,
    person: Option<&str>,
    today: Date,
) -> Option<(&'a str, &'a Session)> {
    sessions
        .into_iter()
        .filter(|(_, s)| person.is_none_or(|p| s.person == p) && s.is_upcoming(today))
        .min_by(|(ia, a), (ib, b)| a.when().cmp(&b.when()).then_with(|| ia.cmp(ib)))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn time_parse_and_format() {
        assert_eq!(Time::parse("09:05"), Time::new(9, 5));
        assert_eq!(Time::parse("23:59:59"), Time::new(23, 59));
        for bad in [
            "24:00", "9:05", "09:60", "09-05", "", "09:05:61", "ab:cd", "09:05:",
        ] {
            assert_eq!(Time::parse(bad), None, "{bad}");
        }
        assert_eq!(Time::new(7, 3).unwrap().to_string(), "07:03");
        // 2026-11-25T02:30Z is 09:30 in Jakarta; an offset west of UTC wraps to the day before.
        let ms = crate::domain::date::parse_rfc3339("2026-11-25T02:30:00Z").unwrap();
        assert_eq!(Time::from_millis(ms, 420), Time::new(9, 30).unwrap());
        assert_eq!(Time::from_millis(ms, -180), Time::new(23, 30).unwrap());
        assert_eq!(Time::new(1, 30).unwrap().minutes(), 90);
    }

    #[test]
    fn validation() {
        let today = d(2026, 11, 25);
        let mut s = Session::planned("p1", d(2026, 12, 1), Mode::Online);
        assert!(validate(&s, today).is_empty());
        s.status = SessionStatus::Held;
        assert_eq!(validate(&s, today), vec![SessionError::HeldInFuture]);
        assert!(validate_fields(&s).is_empty());
        s.date = Some(today);
        assert!(validate(&s, today).is_empty(), "held today is fine");
        s.person = " ".into();
        s.date = None;
        s.duration_minutes = Some(0);
        s.rating = Some(6);
        s.agenda = "a".repeat(TEXT_MAX + 1);
        assert_eq!(
            validate(&s, today),
            vec![
                SessionError::NoPerson,
                SessionError::DateMissing,
                SessionError::DurationZero,
                SessionError::RatingOutOfRange,
                SessionError::AgendaTooLong { max: TEXT_MAX },
            ]
        );
        s.duration_minutes = Some(DURATION_MAX + 1);
        s.rating = Some(0);
        s.date = Some(d(2300, 1, 1));
        let fields: Vec<&str> = validate(&s, today).iter().map(|e| e.field()).collect();
        assert_eq!(
            fields,
            vec![
                "person",
                "date",
                "duration_minutes",
                "rating",
                "agenda",
                "status"
            ]
        );
    }

    #[test]
    fn recording_upcoming_and_order() {
        let today = d(2026, 11, 25);
        let mut past = Session::planned("p", d(2026, 11, 20), Mode::Online);
        assert!(past.needs_recording(today) && !past.is_upcoming(today));
        past.status = SessionStatus::Held;
        assert!(!past.needs_recording(today));
        let at = |day: u32, time: Option<Time>, status: SessionStatus, person: &str| {
            let mut s = Session::planned(person, d(2026, 11, day), Mode::Online);
            s.time = time;
            s.status = status;
            s
        };
        let list = vec![
            ("a".to_string(), at(20, None, SessionStatus::Held, "p")),
            (
                "b".to_string(),
                at(22, Time::new(9, 0), SessionStatus::Held, "p"),
            ),
            (
                "c".to_string(),
                at(22, Time::new(8, 0), SessionStatus::Held, "p"),
            ),
            ("d".to_string(), at(23, None, SessionStatus::Cancelled, "p")),
            ("e".to_string(), at(24, None, SessionStatus::Held, "q")),
            (
                "f".to_string(),
                at(27, Time::new(10, 0), SessionStatus::Planned, "p"),
            ),
            ("g".to_string(), at(26, None, SessionStatus::Planned, "q")),
            ("h".to_string(), at(24, None, SessionStatus::Planned, "p")),
        ];
        let refs = || list.iter().map(|(i, s)| (i.as_str(), s));
        assert_eq!(last_held(refs(), "p").map(|x| x.0), Some("b"));
        assert_eq!(last_held(refs(), "z"), None);
        assert_eq!(
            next_planned(refs(), Some("p"), today).map(|x| x.0),
            Some("f")
        );
        assert_eq!(next_planned(refs(), None, today).map(|x| x.0), Some("g"));
        let mut sorted = list.clone();
        newest_first(&mut sorted, |s| s);
        let ids: Vec<&str> = sorted.iter().map(|(i, _)| i.as_str()).collect();
        assert_eq!(ids, vec!["f", "g", "e", "h", "d", "b", "c", "a"]);
    }

    #[test]
    fn odd_records_load() {
        let s: Session = serde_json::from_value(json!({
            "person": "p1", "date": "2026-11-31", "time": "25:00", "rating": "five",
            "status": "postponed", "duration_minutes": -5, "goals": ["g1", 7], "mode": "in_person"
        }))
        .unwrap();
        assert_eq!(s.person, "p1");
        assert_eq!(
            (s.date, s.time, s.rating, s.duration_minutes),
            (None, None, None, None)
        );
        assert_eq!(s.status, SessionStatus::Planned);
        assert_eq!(s.goals, vec!["g1"]);
        assert_eq!(s.mode, Mode::InPerson);
        let mut s2 = s.clone();
        s2.link_goal("g2", true);
        s2.link_goal("g1", false);
        assert_eq!(s2.goals, vec!["g2"]);
        let v = serde_json::to_value(Session {
            time: Time::new(9, 0),
            ..s2
        })
        .unwrap();
        assert_eq!(v["time"], "09:00");
        assert_eq!(v["date"], serde_json::Value::Null);
    }
}
