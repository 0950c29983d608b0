//! Calendar dates and timestamps without a date library.
//!
//! Journal dates are civil dates (`YYYY-MM-DD`, no time zone); `created` stamps are RFC 3339 UTC.
//! The arithmetic is Howard Hinnant's days-from-civil, exact for the proleptic Gregorian
//! calendar, which keeps the wasm bundle free of a date crate.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The range of dates the app accepts: anything outside is almost surely a typo or a bad import.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` strictly (what `<input type=date>` produces).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        Date::new(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
    }

    /// Days since 1970-01-01.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// The local civil date at `millis` since the epoch, given the local offset from UTC in
    /// minutes (east positive, e.g. +420 for WIB).
    pub fn from_millis(millis: i64, offset_minutes: i32) -> Date {
        let local = millis + i64::from(offset_minutes) * 60_000;
        Date::from_days(local.div_euclid(86_400_000))
    }

    pub fn in_range(self) -> bool {
        (MIN_YEAR..=MAX_YEAR).contains(&self.year)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("invalid date: {s}")))
    }
}

/// RFC 3339 UTC with milliseconds, e.g. `2026-11-25T17:55:00.000Z`.
pub fn rfc3339(millis: i64) -> String {
    let date = Date::from_days(millis.div_euclid(86_400_000));
    let ms_of_day = millis.rem_euclid(86_400_000);
    let (h, m, s, ms) = (
        ms_of_day / 3_600_000,
        ms_of_day / 60_000 % 60,
        ms_of_day / 1000 % 60,
        ms_of_day % 1000,
    );
    format!("{date}T{h:02}:{m:02}:{s:02}.{ms:03}Z")
}

/// Parses the RFC 3339 forms this app writes and common variants (`Z` or `±hh:mm`, optional
/// fraction) into milliseconds since the epoch.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    if s.len() < 20 || !s.is_char_boundary(10) {
        return None;
    }
    let date = Date::parse(&s[..10])?;
    let rest = s[10..].strip_prefix(['T', 't', ' '])?;
    let num = |r: &str| -> Option<i64> {
        (r.len() == 2 && r.bytes().all(|c| c.is_ascii_digit())).then(|| r.parse().ok())?
    };
    let h = num(rest.get(0..2)?)?;
    let m = num(rest.get(3..5)?)?;
    let sec = num(rest.get(6..8)?)?;
    if rest.get(2..3)? != ":" || rest.get(5..6)? != ":" || h > 23 || m > 59 || sec > 60 {
        return None;
    }
    let mut tail = &rest[8..];
    let mut ms = 0i64;
    if let Some(frac) = tail.strip_prefix('.') {
        let n = frac.bytes().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return None;
        }
        let digits = &frac[..n];
        ms = format!("{digits:0<3}")[..3].parse().ok()?;
        tail = &frac[n..];
    }
    let offset_min = match tail {
        "Z" | "z" => 0,
        t if t.len() == 6 && (t.starts_with('+') || t.starts_with('-')) && &t[3..4] == ":" => {
            let sign = if t.starts_with('-') { -1 } else { 1 };
            sign * (num(&t[1..3])? * 60 + num(&t[4..6])?)
        }
        _ => return None,
    };
    Some(date.to_days() * 86_400_000 + ((h * 60 + m - offset_min) * 60 + sec) * 1000 + ms)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn epoch_and_known_dates() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
        assert_eq!(Date::from_days(0), Date::new(1970, 1, 1).unwrap());
        assert_eq!(Date::new(2000, 3, 1).unwrap().to_days(), 11_017);
        assert_eq!(
            Date::new(2024, 2, 28).unwrap().add_days(1),
            Date::new(2024, 2, 29).unwrap()
        );
        assert_eq!(
            Date::new(2025, 2, 28).unwrap().add_days(1),
            Date::new(2025, 3, 1).unwrap()
        );
    }

    #[test]
    fn parse_is_strict() {
        assert_eq!(Date::parse("2026-11-25"), Date::new(2026, 11, 25));
        for bad in [
            "2026-02-30",
            "2025-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-11-25",
            "2026/11/25",
            "２０２６-11-25",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::parse("2024-02-29").is_some());
    }

    #[test]
    fn local_midnight_uses_offset() {
        // 2026-11-24T17:30:00Z is already 00:30 on the 25th in Jakarta (UTC+7).
        let ms = parse_rfc3339("2026-11-24T17:30:00Z").unwrap();
        assert_eq!(Date::from_millis(ms, 0), Date::new(2026, 11, 24).unwrap());
        assert_eq!(Date::from_millis(ms, 420), Date::new(2026, 11, 25).unwrap());
    }

    #[test]
    fn rfc3339_round_trip_and_offsets() {
        let ms = 1_764_093_300_123;
        assert_eq!(parse_rfc3339(&rfc3339(ms)), Some(ms));
        assert_eq!(
            parse_rfc3339("2026-11-25T07:00:00+07:00"),
            parse_rfc3339("2026-11-25T00:00:00Z")
        );
        for bad in [
            "2026-11-25",
            "2026-11-25T25:00:00Z",
            "2026-11-25T10:00:00",
            "nonsense-at-all-here",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }

    proptest! {
        #[test]
        fn days_round_trip(days in -200_000i64..200_000) {
            prop_assert_eq!(Date::from_days(days).to_days(), days);
        }

        #[test]
        fn string_round_trip(days in -25_000i64..80_000) {
            let d = Date::from_days(days);
            prop_assert_eq!(Date::parse(&d.to_string()), Some(d));
        }
    }
}
