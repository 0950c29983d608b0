//! The cadence figures that make a mentoring commitment visible: the next due date, sessions
//! held vs expected over the last 90 days, the current streak of on-time sessions, and
//! whether a person is overdue. All in whole local days; `today` is the user's civil date.
//!
//! # Periods
//!
//! Weekly and every two weeks are 7 and 14 days. Monthly and quarterly are calendar months (1
//! and 3): the same day of the month, clamped to the month's last day when it has fewer days
//! (31 January + 1 month = 28 February, or 29 in a leap year; 30 November + 3 months = 28 or 29
//! February). Each step starts from the actual last session, so a clamped day does not stick.
//!
//! # Paused days
//!
//! Days inside a [`Pause`] (a paused or ended relationship) do not count: the due date moves
//! later by the paused days between the last session and it, and a paused or ended person has
//! no due date, is never overdue and expects no sessions while paused.
//!
//! # Next due date
//!
//! From the *anchor* — the last held session, or the relationship start (`since`) when that
//! is later or there is no session yet — one period later, plus the paused days in between.
//! No cadence, no anchor, or not active → no due date.
//!
//! # Overdue, with a grace
//!
//! A person is overdue when today is more than [`Cadence::grace_days`] after the due date: a
//! mentor is "overdue when not met for the period plus N days". The grace is about a sixth to a
//! quarter of the period — enough to move a meeting by a few days, not enough to skip one:
//!
//! | cadence | period | grace |
//! |---|---|---|
//! | weekly | 7 days | 2 days |
//! | every 2 weeks | 14 days | 4 days |
//! | monthly | 1 month | 7 days |
//! | quarterly | 3 months | 14 days |
//!
//! # Held vs expected over 90 days
//!
//! The window is the 90 days ending today (`today − 89 ..= today`). *Held* counts the held
//! sessions dated in it. *Expected* is the number of periods in the window's active days
//! (on or after `since`, outside pauses), rounded to the nearest whole number, halves up. A
//! period's mean length is used for the division (a month is 365.2425 / 12 days, exactly
//! 146097 / 4800), so 90 active days expect 13 weekly, 6 fortnightly, 3 monthly or 1 quarterly
//! sessions.
//!
//! # Streak
//!
//! Held sessions (one per day; two on a day count once) are taken oldest first. A session is
//! on time when it falls on or before the due date that followed the previous one (or the
//! relationship start, for the first) plus the grace, paused days excluded. The streak is the
//! number of consecutive on-time sessions up to the latest one; a late session resets it to
//! zero, and so does being overdue now (the commitment is broken until the next session).
//! Sessions dated before the relationship start do not take part. No cadence → no streak.

use super::person::{Pause, Person, PersonStatus};
use crate::domain::date::{days_in_month, Date};
use crate::domain::sort::OneSort;
use serde::{Deserialize, Serialize};

/// The 90 days of "held vs expected".
pub const WINDOW_DAYS: i64 = 90;

/// How often the two agreed to meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    Weekly,
    Biweekly,
    Monthly,
    Quarterly,
    /// No agreed rhythm (a contact, a peer met now and then).
    #[default]
    None,
}

impl Cadence {
    pub const ALL: [Cadence; 5] = [
        Cadence::Weekly,
        Cadence::Biweekly,
        Cadence::Monthly,
        Cadence::Quarterly,
        Cadence::None,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Cadence::Weekly => "weekly",
            Cadence::Biweekly => "biweekly",
            Cadence::Monthly => "monthly",
            Cadence::Quarterly => "quarterly",
            Cadence::None => "none",
        }
    }

    pub fn parse(s: &str) -> Option<Cadence> {
        Cadence::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Days a meeting may slip past its due date before the person counts as overdue.
    pub fn grace_days(self) -> Option<i64> {
        match self {
            Cadence::Weekly => Some(2),
            Cadence::Biweekly => Some(4),
            Cadence::Monthly => Some(7),
            Cadence::Quarterly => Some(14),
            Cadence::None => None,
        }
    }

    /// One period after `d` (calendar months clamp to the month's end).
    pub fn after(self, d: Date) -> Option<Date> {
        match self {
            Cadence::Weekly => Some(d.add_days(7)),
            Cadence::Biweekly => Some(d.add_days(14)),
            Cadence::Monthly => Some(add_months(d, 1)),
            Cadence::Quarterly => Some(add_months(d, 3)),
            Cadence::None => None,
        }
    }

    /// The mean period in days as a fraction (numerator, denominator).
    fn mean_days(self) -> Option<(i64, i64)> {
        match self {
            Cadence::Weekly => Some((7, 1)),
            Cadence::Biweekly => Some((14, 1)),
            Cadence::Monthly => Some((146_097, 4_800)),
            Cadence::Quarterly => Some((146_097, 1_600)),
            Cadence::None => None,
        }
    }
}

/// `d` plus `n` calendar months, the day clamped to the target month's length.
pub fn add_months(d: Date, n: u32) -> Date {
    let total = i64::from(d.year) * 12 + i64::from(d.month - 1) + i64::from(n);
    let year = total.div_euclid(12) as i32;
    let month = total.rem_euclid(12) as u32 + 1;
    let day = d.day.min(days_in_month(year, month));
    Date { year, month, day }
}

/// The person's pauses as merged, sorted day ranges `[from, until)`. An open pause lasts for
/// ever while the person is paused or ended; on an active person it is stray data and ignored.
fn off_ranges(p: &Person) -> Vec<(i64, i64)> {
    let active = p.status == PersonStatus::Active;
    let mut ranges: Vec<(i64, i64)> = p
        .pauses
        .iter()
        .filter_map(|Pause { from, until }| match until {
            Some(u) if u > from => Some((from.to_days(), u.to_days())),
            Some(_) => None,
            None if active => None,
            None => Some((from.to_days(), i64::MAX)),
        })
        .collect();
    ranges.one_sort();
    let mut merged: Vec<(i64, i64)> = Vec::with_capacity(ranges.len());
    for (a, b) in ranges {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

/// Paused days in `[a, b)`.
fn off_between(off: &[(i64, i64)], a: i64, b: i64) -> i64 {
    off.iter()
        .map(|&(from, until)| (until.min(b) - from.max(a)).max(0))
        .sum()
}

/// The due date one period after `anchor`, moved later by the paused days in between (and
/// off a paused day). None without a cadence, or when a pause that never ends is in the way.
fn due_after(cadence: Cadence, anchor: Date, off: &[(i64, i64)]) -> Option<Date> {
    let start = anchor.to_days();
    let mut due = cadence.after(anchor)?.to_days();
    // The ranges are sorted and merged, so one pass settles it: each pause that begins on or
    // before the current due date pushes it by its days after the anchor.
    for &(from, until) in off {
        if until <= start {
            continue;
        }
        if from > due {
            break;
        }
        if until == i64::MAX {
            return None;
        }
        due += until - from.max(start);
    }
    Some(Date::from_days(due))
}

/// Everything the person's screen and Today show about the cadence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figures {
    pub cadence: Cadence,
    /// Paused or ended: no due date, never overdue.
    pub inactive: bool,
    pub last_held: Option<Date>,
    pub next_due: Option<Date>,
    /// Today is past the due date plus the grace.
    pub overdue: bool,
    /// Days since the due date, when overdue.
    pub overdue_days: i64,
    pub held_90: usize,
    /// None without a cadence.
    pub expected_90: Option<usize>,
    /// None without a cadence.
    pub streak: Option<usize>,
}

/// The figures of `person`, given the dates of the held sessions with them (any order).
pub fn figures(person: &Person, held: &[Date], today: Date) -> Figures {
    let cadence = person.cadence;
    let off = off_ranges(person);
    let inactive = person.status != PersonStatus::Active;
    let mut days: Vec<Date> = held.to_vec();
    days.one_sort();
    days.dedup();
    let last_held = days.last().copied();

    let anchor = match (last_held, person.since) {
        (Some(h), Some(s)) => Some(h.max(s)),
        (h, s) => h.or(s),
    };
    let next_due = if inactive {
        None
    } else {
        anchor.and_then(|a| due_after(cadence, a, &off))
    };
    let grace = cadence.grace_days().unwrap_or(0);
    let overdue = next_due.is_some_and(|due| today.to_days() > due.to_days() + grace);
    let overdue_days = match next_due {
        Some(due) if overdue => today.to_days() - due.to_days(),
        _ => 0,
    };

    let window_start = today.add_days(1 - WINDOW_DAYS);
    let held_90 = held
        .iter()
        .filter(|d| **d >= window_start && **d <= today)
        .count();
    let expected_90 = cadence.mean_days().map(|(num, den)| {
        let from = person
            .since
            .map_or(window_start, |s| s.max(window_start))
            .to_days();
        let to = today.to_days() + 1;
        let active = (to - from - off_between(&off, from, to)).max(0);
        // round(active / (num / den)), halves up, in integers.
        ((2 * active * den + num) / (2 * num)) as usize
    });

    let streak = cadence.grace_days().map(|grace| {
        let mut prev = person.since;
        let mut streak = 0usize;
        for &d in &days {
            if prev.is_some_and(|p| d < p) {
                continue;
            }
            let on_time = match prev {
                None => true,
                Some(p) => due_after(cadence, p, &off)
                    .is_none_or(|due| d.to_days() <= due.to_days() + grace),
            };
            streak = if on_time { streak + 1 } else { 0 };
            prev = Some(d);
        }
        if overdue {
            0
        } else {
            streak
        }
    });

    Figures {
        cadence,
        inactive,
        last_held,
        next_due,
        overdue,
        overdue_days,
        held_90,
        expected_90,
        streak,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn person(cadence: Cadence, since: Option<Date>) -> Person {
        Person {
            name: "Sari".into(),
            cadence,
            since,
            ..Person::new(d(2026, 1, 1))
        }
    }

    #[test]
    fn month_ends_and_leap_years() {
        assert_eq!(add_months(d(2026, 1, 31), 1), d(2026, 2, 28));
        assert_eq!(add_months(d(2024, 1, 31), 1), d(2024, 2, 29));
        assert_eq!(add_months(d(2024, 2, 29), 12), d(2025, 2, 28));
        assert_eq!(add_months(d(2026, 3, 31), 1), d(2026, 4, 30));
        assert_eq!(add_months(d(2026, 11, 30), 3), d(2027, 2, 28));
        assert_eq!(add_months(d(2027, 11, 30), 3), d(2028, 2, 29));
        assert_eq!(add_months(d(2026, 12, 15), 1), d(2027, 1, 15));
        assert_eq!(add_months(d(2026, 10, 31), 3), d(2027, 1, 31));
        // Clamping does not stick: the next step starts from the real last session.
        assert_eq!(Cadence::Monthly.after(d(2026, 2, 28)), Some(d(2026, 3, 28)));
        assert_eq!(Cadence::Weekly.after(d(2024, 2, 26)), Some(d(2024, 3, 4)));
        assert_eq!(
            Cadence::Biweekly.after(d(2025, 12, 25)),
            Some(d(2026, 1, 8))
        );
        assert_eq!(Cadence::None.after(d(2026, 1, 1)), None);
    }

    #[test]
    fn next_due_from_the_last_session_or_the_start() {
        let today = d(2026, 11, 25);
        let p = person(Cadence::Biweekly, Some(d(2026, 11, 1)));
        assert_eq!(figures(&p, &[], today).next_due, Some(d(2026, 11, 15)));
        let f = figures(&p, &[d(2026, 11, 20), d(2026, 11, 6)], today);
        assert_eq!(f.last_held, Some(d(2026, 11, 20)));
        assert_eq!(f.next_due, Some(d(2026, 12, 4)));
        // A session before the start does not move the anchor back.
        let f = figures(&p, &[d(2026, 10, 1)], today);
        assert_eq!(f.next_due, Some(d(2026, 11, 15)));
        // No start and no session: nothing to count from.
        let p = person(Cadence::Monthly, None);
        assert_eq!(figures(&p, &[], today).next_due, None);
        assert_eq!(
            figures(&p, &[d(2026, 1, 31)], today).next_due,
            Some(d(2026, 2, 28))
        );
        let p = person(Cadence::None, Some(d(2026, 1, 1)));
        let f = figures(&p, &[d(2026, 11, 1)], today);
        assert_eq!(
            (f.next_due, f.overdue, f.expected_90, f.streak),
            (None, false, None, None)
        );
        assert_eq!(f.held_90, 1);
    }

    #[test]
    fn overdue_only_after_the_grace() {
        let since = d(2026, 10, 1);
        for (cadence, due, grace) in [
            (Cadence::Weekly, d(2026, 10, 8), 2),
            (Cadence::Biweekly, d(2026, 10, 15), 4),
            (Cadence::Monthly, d(2026, 11, 1), 7),
            (Cadence::Quarterly, d(2027, 1, 1), 14),
        ] {
            let p = person(cadence, Some(since));
            assert_eq!(cadence.grace_days(), Some(grace));
            let last_ok = due.add_days(grace);
            let f = figures(&p, &[], last_ok);
            assert_eq!(f.next_due, Some(due), "{cadence:?}");
            assert!(!f.overdue, "{cadence:?} on the last day of grace");
            let f = figures(&p, &[], last_ok.add_days(1));
            assert!(f.overdue, "{cadence:?} the day after");
            assert_eq!(f.overdue_days, grace + 1);
        }
    }

    #[test]
    fn paused_relationships() {
        let today = d(2026, 11, 25);
        let mut p = person(Cadence::Monthly, Some(d(2026, 1, 1)));
        let held = [d(2026, 9, 10)];
        assert!(figures(&p, &held, today).overdue);
        // Paused: no due date, not overdue, whatever the gap.
        p.pause(d(2026, 10, 1));
        let f = figures(&p, &held, today);
        assert!(f.inactive);
        assert_eq!((f.next_due, f.overdue), (None, false));
        // Resumed on 20 November: the 50 paused days push the due date from 10 October
        // to 29 November, so the person is not overdue.
        p.resume(d(2026, 11, 20));
        let f = figures(&p, &held, today);
        assert!(!f.inactive);
        assert_eq!(f.next_due, Some(d(2026, 11, 29)));
        assert!(!f.overdue);
        // Ended: like a pause, and it freezes.
        p.end(d(2026, 11, 22));
        let f = figures(&p, &held, d(2027, 6, 1));
        assert_eq!((f.next_due, f.overdue), (None, false));
        // A pause that lies after the due date does not move it.
        let mut q = person(Cadence::Weekly, Some(d(2026, 11, 1)));
        q.pauses.push(Pause {
            from: d(2026, 11, 10),
            until: Some(d(2026, 11, 12)),
        });
        assert_eq!(figures(&q, &[], today).next_due, Some(d(2026, 11, 8)));
        // Two pauses in the way, the second reached only after the first moved the date.
        q.pauses = vec![
            Pause {
                from: d(2026, 11, 3),
                until: Some(d(2026, 11, 6)),
            },
            Pause {
                from: d(2026, 11, 9),
                until: Some(d(2026, 11, 11)),
            },
        ];
        // 7 active days from 1 Nov: 1, 2, 6, 7, 8, 11, 12 → due on the 13th.
        assert_eq!(figures(&q, &[], today).next_due, Some(d(2026, 11, 13)));
        // A stray open pause on an active person is ignored.
        let mut r = person(Cadence::Weekly, Some(d(2026, 11, 1)));
        r.pauses.push(Pause {
            from: d(2026, 11, 2),
            until: None,
        });
        assert_eq!(figures(&r, &[], today).next_due, Some(d(2026, 11, 8)));
    }

    #[test]
    fn held_vs_expected_over_90_days() {
        let today = d(2026, 11, 25);
        let long_ago = Some(d(2025, 1, 1));
        for (cadence, expected) in [
            (Cadence::Weekly, 13),
            (Cadence::Biweekly, 6),
            (Cadence::Monthly, 3),
            (Cadence::Quarterly, 1),
        ] {
            let f = figures(&person(cadence, long_ago), &[], today);
            assert_eq!(f.expected_90, Some(expected), "{cadence:?}");
        }
        // Sessions outside the window are not counted; the window's first day is.
        let p = person(Cadence::Biweekly, long_ago);
        let first = today.add_days(-89);
        let f = figures(
            &p,
            &[first, first.add_days(-1), today, today.add_days(1)],
            today,
        );
        assert_eq!(f.held_90, 2);
        // A young relationship expects only what its active days allow: 30 days since the
        // start → 30/14 = 2.1 → 2; 21 days → 1.5 → 2 (halves up); 6 days → 0.
        let p = person(Cadence::Biweekly, Some(today.add_days(-29)));
        assert_eq!(figures(&p, &[], today).expected_90, Some(2));
        let p = person(Cadence::Biweekly, Some(today.add_days(-20)));
        assert_eq!(figures(&p, &[], today).expected_90, Some(2));
        let p = person(Cadence::Biweekly, Some(today.add_days(-5)));
        assert_eq!(figures(&p, &[], today).expected_90, Some(0));
        // Paused days expect nothing: 90 days with 62 of them paused leave 28 → 2 fortnights.
        let mut p = person(Cadence::Biweekly, long_ago);
        p.pauses.push(Pause {
            from: first,
            until: Some(first.add_days(62)),
        });
        assert_eq!(figures(&p, &[], today).expected_90, Some(2));
        // Currently paused since 10 days ago: 80 active days → 5.7 → 6.
        let mut p = person(Cadence::Biweekly, long_ago);
        p.pause(today.add_days(-9));
        assert_eq!(figures(&p, &[], today).expected_90, Some(6));
    }

    #[test]
    fn streaks() {
        let since = d(2026, 1, 1);
        let p = person(Cadence::Monthly, Some(since));
        // 1 Feb (due 1 Feb), 5 Mar (due 1 Mar + 7 grace = 8 Mar: on time), 20 Apr (due 5 Apr
        // + 7 = 12 Apr: late → 0), 15 May (due 20 May: on time → 1), 15 May again (same day,
        // once), 14 Jun (on time → 2).
        let held = [
            d(2026, 2, 1),
            d(2026, 3, 5),
            d(2026, 4, 20),
            d(2026, 5, 15),
            d(2026, 5, 15),
            d(2026, 6, 14),
        ];
        assert_eq!(figures(&p, &held[..2], d(2026, 3, 6)).streak, Some(2));
        assert_eq!(figures(&p, &held[..3], d(2026, 4, 21)).streak, Some(0));
        assert_eq!(figures(&p, &held, d(2026, 6, 20)).streak, Some(2));
        // Overdue now breaks it: due 14 Jul + 7 → from 22 Jul the streak is gone.
        assert_eq!(figures(&p, &held, d(2026, 7, 21)).streak, Some(2));
        assert_eq!(figures(&p, &held, d(2026, 7, 22)).streak, Some(0));
        // A first session long after the start is late.
        assert_eq!(figures(&p, &[d(2026, 6, 1)], d(2026, 6, 2)).streak, Some(0));
        // Without a start, the first session counts as on time.
        let p = person(Cadence::Weekly, None);
        assert_eq!(
            figures(&p, &[d(2026, 6, 1), d(2026, 6, 9)], d(2026, 6, 10)).streak,
            Some(2)
        );
        // Month ends: 31 Jan → due 28 Feb (+7 grace = 7 Mar); 7 Mar is still on time.
        let p = person(Cadence::Monthly, Some(d(2027, 1, 31)));
        let held = [d(2027, 1, 31), d(2027, 3, 7)];
        assert_eq!(figures(&p, &held, d(2027, 3, 8)).streak, Some(2));
        let held = [d(2027, 1, 31), d(2027, 3, 8)];
        assert_eq!(figures(&p, &held, d(2027, 3, 9)).streak, Some(0));
        // A paused month between two sessions does not make the second one late.
        let mut p = person(Cadence::Weekly, Some(d(2026, 1, 1)));
        p.pauses.push(Pause {
            from: d(2026, 1, 10),
            until: Some(d(2026, 2, 10)),
        });
        let held = [d(2026, 1, 8), d(2026, 2, 12)];
        assert_eq!(figures(&p, &held, d(2026, 2, 13)).streak, Some(2));
    }

    proptest! {
        /// Whatever the dates, a due date is one period (plus paused days) after the anchor,
        /// and overdue holds exactly when today is past due + grace.
        #[test]
        fn due_and_overdue_agree(
            start in 18_000i64..22_000,
            gaps in proptest::collection::vec(0i64..60, 0..8),
            today_after in 0i64..200,
            c in 0usize..4,
        ) {
            let cadence = Cadence::ALL[c];
            let since = Date::from_days(start);
            let mut held = Vec::new();
            let mut day = start;
            for g in gaps {
                day += g;
                held.push(Date::from_days(day));
            }
            let today = Date::from_days(day + today_after);
            let f = figures(&person(cadence, Some(since)), &held, today);
            let anchor = held.last().copied().unwrap_or(since).max(since);
            prop_assert_eq!(f.next_due, cadence.after(anchor));
            let due = f.next_due.unwrap();
            let grace = cadence.grace_days().unwrap();
            prop_assert_eq!(f.overdue, today.to_days() > due.to_days() + grace);
            prop_assert!(f.streak.unwrap() <= held.len());
            prop_assert!(f.held_90 <= held.len());
        }
    }
}
