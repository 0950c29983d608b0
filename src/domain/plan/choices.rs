//! The choices a person makes for their development plan — the period, whether drafts and
//! names are in, the plan's language — which are the only thing about a plan that is kept.
//! The screen keeps them on the device (see `pages::plan` for where and why); this module reads
//! and writes them, leniently: a stored value this version cannot use falls back to its default
//! instead of losing the other choices or stopping the screen.

use super::PlanPeriod;
use crate::domain::date::Date;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A custom period may touch at most this many calendar years: the plan shows JP per year,
/// and an IDP covers a year or two, not a career.
pub const MAX_YEARS: i32 = 3;

/// The period a plan covers. The years are relative, so a plan made "this year" last December
/// is about the new year when opened in January.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PeriodChoice {
    #[default]
    ThisYear,
    LastYear,
    /// An IDP is often written at the end of the year for the next one.
    NextYear,
    Dates {
        from: Date,
        to: Date,
    },
}

impl PeriodChoice {
    pub fn resolve(self, today: Date) -> PlanPeriod {
        match self {
            PeriodChoice::ThisYear => PlanPeriod::year(today.year),
            PeriodChoice::LastYear => PlanPeriod::year(today.year - 1),
            PeriodChoice::NextYear => PlanPeriod::year(today.year + 1),
            PeriodChoice::Dates { from, to } => PlanPeriod { from, to },
        }
    }

    /// For a `<select>` value.
    pub fn as_str(self) -> &'static str {
        match self {
            PeriodChoice::ThisYear => "this_year",
            PeriodChoice::LastYear => "last_year",
            PeriodChoice::NextYear => "next_year",
            PeriodChoice::Dates { .. } => "dates",
        }
    }
}

/// Why custom dates cannot make a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodError {
    /// A date is empty or not a date.
    Missing,
    /// Outside the years 1900–2200.
    OutOfRange,
    EndBeforeStart,
    TooLong {
        max_years: i32,
    },
}

/// Custom dates as typed (`yyyy-mm-dd`, what a date input gives) into a period.
pub fn check_dates(from: &str, to: &str) -> Result<PlanPeriod, PeriodError> {
    let (Some(from), Some(to)) = (Date::parse(from.trim()), Date::parse(to.trim())) else {
        return Err(PeriodError::Missing);
    };
    check_period(PlanPeriod { from, to })
}

fn check_period(p: PlanPeriod) -> Result<PlanPeriod, PeriodError> {
    if !p.from.in_range() || !p.to.in_range() {
        return Err(PeriodError::OutOfRange);
    }
    if p.to < p.from {
        return Err(PeriodError::EndBeforeStart);
    }
    if p.to.year - p.from.year >= MAX_YEARS {
        return Err(PeriodError::TooLong {
            max_years: MAX_YEARS,
        });
    }
    Ok(p)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Choices {
    pub period: PeriodChoice,
    pub include_drafts: bool,
    pub show_names: bool,
    /// `id` or `en`; None follows the app's language.
    pub language: Option<String>,
}

impl Choices {
    /// Stored choices, field by field: whatever does not parse (or custom dates that no longer
    /// make a valid period) takes its default.
    pub fn parse(text: &str) -> Choices {
        let Ok(Value::Object(obj)) = serde_json::from_str::<Value>(text) else {
            return Choices::default();
        };
        let flag = |name: &str| obj.get(name).and_then(Value::as_bool).unwrap_or(false);
        let period = obj
            .get("period")
            .and_then(|v| PeriodChoice::deserialize(v).ok())
            .filter(|p| match *p {
                PeriodChoice::Dates { from, to } => check_period(PlanPeriod { from, to }).is_ok(),
                _ => true,
            })
            .unwrap_or_default();
        Choices {
            period,
            include_drafts: flag("include_drafts"),
            show_names: flag("show_names"),
            language: obj
                .get("language")
                .and_then(Value::as_str)
                .filter(|l| matches!(*l, "id" | "en"))
                .map(str::to_string),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn years_are_relative_to_today() {
        let today = d(2026, 12, 7);
        assert_eq!(
            PeriodChoice::ThisYear.resolve(today),
            PlanPeriod::year(2026)
        );
        assert_eq!(
            PeriodChoice::LastYear.resolve(today),
            PlanPeriod::year(2025)
        );
        assert_eq!(
            PeriodChoice::NextYear.resolve(today),
            PlanPeriod::year(2027)
        );
        let p = PlanPeriod::year(2027);
        assert_eq!((p.from, p.to), (d(2027, 1, 1), d(2027, 12, 31)));
        assert!(p.is_calendar_year());
        assert!(!PlanPeriod {
            from: d(2027, 1, 1),
            to: d(2027, 6, 30)
        }
        .is_calendar_year());
    }

    #[test]
    fn custom_dates_are_checked() {
        assert_eq!(
            check_dates("2026-01-01", "2026-06-30"),
            Ok(PlanPeriod {
                from: d(2026, 1, 1),
                to: d(2026, 6, 30)
            })
        );
        assert_eq!(
            check_dates("2026-06-30", "2026-06-30").map(|p| p.from),
            Ok(d(2026, 6, 30))
        );
        assert_eq!(check_dates("", "2026-06-30"), Err(PeriodError::Missing));
        assert_eq!(
            check_dates("2026-02-30", "2026-06-30"),
            Err(PeriodError::Missing)
        );
        assert_eq!(
            check_dates("2026-07-01", "2026-06-30"),
            Err(PeriodError::EndBeforeStart)
        );
        assert_eq!(
            check_dates("1899-12-31", "2026-06-30"),
            Err(PeriodError::OutOfRange)
        );
        assert!(
            check_dates("2026-01-01", "2028-12-31").is_ok(),
            "three years"
        );
        assert_eq!(
            check_dates("2026-12-31", "2029-01-01"),
            Err(PeriodError::TooLong { max_years: 3 })
        );
    }

    #[test]
    fn choices_round_trip_and_read_leniently() {
        let c = Choices {
            period: PeriodChoice::Dates {
                from: d(2026, 1, 1),
                to: d(2026, 6, 30),
            },
            include_drafts: true,
            show_names: false,
            language: Some("en".into()),
        };
        assert_eq!(Choices::parse(&c.to_json()), c);
        let next = Choices {
            period: PeriodChoice::NextYear,
            ..Choices::default()
        };
        assert_eq!(Choices::parse(&next.to_json()), next);

        assert_eq!(Choices::parse("not json"), Choices::default());
        assert_eq!(Choices::parse("[1]"), Choices::default());
        let odd = Choices::parse(
            r#"{"period": {"kind": "decade"}, "include_drafts": "yes", "show_names": true,
                "language": "fr", "future": 1}"#,
        );
        assert_eq!(
            odd,
            Choices {
                show_names: true,
                ..Choices::default()
            },
            "each odd field falls back alone"
        );
        let backwards = Choices::parse(
            r#"{"period": {"kind": "dates", "from": "2026-07-01", "to": "2026-01-01"}}"#,
        );
        assert_eq!(backwards.period, PeriodChoice::ThisYear);
    }
}
