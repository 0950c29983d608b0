//! The development balance computed from the journal: 70-20-10 shares, learning hours in JP,
//! training follow-up and journaling cadence.
//!
//! # 70-20-10 shares
//!
//! Each entry falls in the bucket of its `learning` field (experience, social, formal); the
//! editor defaults it from the kind (training → formal, mentoring note and networking →
//! social, the rest → experience) and the person may change it, so the stored value decides.
//!
//! Weighting: **an entry weighs its hours when given, else one hour.** Hours that are missing,
//! zero, negative or not a number count as "not given" (so every entry in the period counts
//! for something), and hours above `entry::HOURS_MAX` are capped (an import may hold typos the
//! editor would have refused). With no hours anywhere this is simply a count of entries;
//! `Balance::used_hours` tells the UI which it is so it can say "by hours" or "by entries".
//!
//! A period is the last N days *including today* (`today − (N−1) ..= today`); `All` has no
//! start. Entries dated after today are left out of every period: a planned course is not yet
//! learning done. An empty period gives zero shares and `Balance::is_empty()`, for the "no
//! entries yet" message.
//!
//! # Learning hours in JP
//!
//! One JP (*jam pelajaran*) is 45 minutes, so JP = hours × 60 / 45. Civil servants are
//! entitled to at least 20 JP of competency development a year ([`DEFAULT_JP_TARGET`]; the
//! target is a setting, passed in). Every entry with hours dated in the calendar year counts,
//! *whatever its learning type*: the civil-service rules count non-classroom development
//! (mentoring, coaching, internship, exchange, secondment, on-the-job learning) as well as
//! courses. Entries without hours count nothing here: unlike the balance, JP is a claim of
//! time actually spent, so no one-hour default. Totals are summed unrounded; round with
//! [`round1`] for display only.
//!
//! # Training follow-up
//!
//! A `training` entry asks for a follow-up (was it applied on the job, what changed)
//! [`FOLLOW_UP_AFTER_DAYS`] (42, six weeks) or more after its date, until one is recorded. The
//! follow-up lives in the entry record's `follow_up` field, which the `Entry` view does not
//! know and so leaves untouched when the entry is edited.
//!
//! # Cadence
//!
//! Entries per ISO week (Monday to Sunday), oldest week first, the week containing today last.

use super::date::Date;
use super::entry::{Entry, EntryKind, LearningType, HOURS_MAX};
use super::record::Record;
use crate::domain::sort::OneSort;
use serde::{Deserialize, Serialize};

/// The 70-20-10 model, in bucket order (experience, social, formal).
pub const TARGET: [f64; 3] = [0.70, 0.20, 0.10];
/// What an entry without hours weighs in the balance.
pub const DEFAULT_ENTRY_HOURS: f64 = 1.0;
pub const JP_MINUTES: f64 = 45.0;
pub const DEFAULT_JP_TARGET: f64 = 20.0;
pub const FOLLOW_UP_AFTER_DAYS: i64 = 42;
/// The entry record field holding a [`FollowUp`].
pub const FOLLOW_UP_FIELD: &str = "follow_up";

/// The index of a learning type in the `[experience, social, formal]` arrays.
pub fn bucket(l: LearningType) -> usize {
    match l {
        LearningType::Experience => 0,
        LearningType::Social => 1,
        LearningType::Formal => 2,
    }
}

/// Hours as recorded, if they are usable: positive, finite, capped at `HOURS_MAX`.
fn usable_hours(e: &Entry) -> Option<f64> {
    e.hours
        .filter(|h| h.is_finite() && *h > 0.0)
        .map(|h| h.min(HOURS_MAX))
}

/// An entry's weight in the balance: its hours, or one hour when none are given.
pub fn entry_weight(e: &Entry) -> f64 {
    usable_hours(e).unwrap_or(DEFAULT_ENTRY_HOURS)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Period {
    Days30,
    /// The Today screen's period.
    #[default]
    Days90,
    Days365,
    All,
}

impl Period {
    pub const ALL: [Period; 4] = [Period::Days30, Period::Days90, Period::Days365, Period::All];

    pub fn days(self) -> Option<i64> {
        match self {
            Period::Days30 => Some(30),
            Period::Days90 => Some(90),
            Period::Days365 => Some(365),
            Period::All => None,
        }
    }

    /// The first day of the period (inclusive); None for `All`.
    pub fn start(self, today: Date) -> Option<Date> {
        self.days().map(|n| today.add_days(1 - n))
    }

    /// Whether an entry dated `date` falls in the period ending `today`.
    pub fn contains(self, date: Date, today: Date) -> bool {
        date <= today && self.start(today).is_none_or(|s| date >= s)
    }

    /// For a `<select>` value or a URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Days30 => "30",
            Period::Days90 => "90",
            Period::Days365 => "365",
            Period::All => "all",
        }
    }

    pub fn parse(s: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// Arrays are in bucket order: experience, social, formal.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Balance {
    pub experience: f64,
    pub social: f64,
    pub formal: f64,
    /// The weight counted per bucket: recorded hours plus one per entry without hours.
    pub hours: [f64; 3],
    pub counts: [usize; 3],
    /// Sum of `hours`.
    pub total_hours: f64,
    /// True when at least one entry in the period gave hours, i.e. the shares are by hours
    /// (with the one-hour default for the rest); false means they are by number of entries.
    pub used_hours: bool,
}

impl Balance {
    /// `[experience, social, formal]`, each 0..=1, summing to 1 unless empty.
    pub fn shares(&self) -> [f64; 3] {
        [self.experience, self.social, self.formal]
    }

    pub fn count(&self) -> usize {
        self.counts.iter().sum()
    }

    /// No entries in the period: show "no entries yet" instead of a chart.
    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }

    /// Whole percentages that add up to exactly 100 (largest remainder), so the text under
    /// the chart never reads "71 / 20 / 10". All zero when empty.
    pub fn percents(&self) -> [u32; 3] {
        if self.is_empty() {
            return [0; 3];
        }
        let raw = self.shares().map(|s| s * 100.0);
        let mut out = raw.map(|r| r.floor() as u32);
        let missing = 100u32.saturating_sub(out.iter().sum());
        let mut order = [0usize, 1, 2];
        order.one_sort_by(|&a, &b| {
            let (fa, fb) = (raw[a] - raw[a].floor(), raw[b] - raw[b].floor());
            fb.total_cmp(&fa).then(a.cmp(&b))
        });
        for &i in order.iter().take(missing as usize) {
            out[i] += 1;
        }
        out
    }
}

/// The balance of the entries dated in `period` up to `today`; see the module comment.
pub fn balance(entries: &[&Entry], today: Date, period: Period) -> Balance {
    balance_where(entries, |d| period.contains(d, today))
}

/// The balance of the entries dated `from ..= to` (both included), weighted as in
/// [`balance`]. The caller decides about future dates: pass `to` no later than today to keep
/// planned learning out, as every [`Period`] does.
pub fn balance_between(entries: &[&Entry], from: Date, to: Date) -> Balance {
    balance_where(entries, |d| d >= from && d <= to)
}

fn balance_where(entries: &[&Entry], keep: impl Fn(Date) -> bool) -> Balance {
    let mut hours = [0.0; 3];
    let mut counts = [0; 3];
    let mut used_hours = false;
    for e in entries.iter().filter(|e| keep(e.date)) {
        let i = bucket(e.learning);
        counts[i] += 1;
        hours[i] += entry_weight(e);
        used_hours |= usable_hours(e).is_some();
    }
    from_weights(hours, counts, used_hours)
}

/// A balance from weights already summed per bucket (`[experience, social, formal]`): the
/// shares of the total, for any split that is not entries from the journal (the development
/// plan's planned methods). Zero or negative weights count nothing.
pub fn from_weights(weights: [f64; 3], counts: [usize; 3], used_hours: bool) -> Balance {
    let hours = weights.map(|w| if w.is_finite() && w > 0.0 { w } else { 0.0 });
    let mut b = Balance {
        hours,
        counts,
        used_hours,
        total_hours: hours.iter().sum(),
        ..Balance::default()
    };
    if b.total_hours > 0.0 {
        let [x, s, f] = b.hours.map(|h| h / b.total_hours);
        (b.experience, b.social, b.formal) = (x, s, f);
    }
    b
}

/// Share minus the 70/20/10 target per bucket: positive is more than the model suggests.
/// Meaningless for an empty balance (all negative targets); check `is_empty` first.
pub fn compare_to_target(b: &Balance) -> [f64; 3] {
    let s = b.shares();
    [s[0] - TARGET[0], s[1] - TARGET[1], s[2] - TARGET[2]]
}

pub fn hours_to_jp(hours: f64) -> f64 {
    hours * 60.0 / JP_MINUTES
}

/// Rounds to one decimal, for showing JP.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[derive(Debug, Clone, PartialEq)]
pub struct JpSummary {
    pub year: i32,
    /// Unrounded total.
    pub jp: f64,
    /// `(index into the entries passed in, JP)` of every counting entry, in the order given.
    pub entries: Vec<(usize, f64)>,
    pub target: f64,
}

impl JpSummary {
    /// Progress towards the target, 0..=1.
    pub fn share(&self) -> f64 {
        (self.jp / self.target).clamp(0.0, 1.0)
    }

    pub fn remaining(&self) -> f64 {
        (self.target - self.jp).max(0.0)
    }

    /// Compared after rounding to the shown decimal, so "20.0 / 20 JP" never reads as short.
    pub fn reached(&self) -> bool {
        round1(self.jp) >= self.target
    }
}

/// JP per calendar year; see the module comment. A target that is not a positive number
/// falls back to [`DEFAULT_JP_TARGET`].
pub fn jp_for_year(entries: &[&Entry], year: i32, target: f64) -> JpSummary {
    let target = if target.is_finite() && target > 0.0 {
        target
    } else {
        DEFAULT_JP_TARGET
    };
    let counted: Vec<(usize, f64)> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.date.year == year)
        .filter_map(|(i, e)| usable_hours(e).map(|h| (i, hours_to_jp(h))))
        .collect();
    JpSummary {
        year,
        // A fold from +0.0: `sum` of no floats is -0.0, which shows as "-0 JP".
        jp: counted.iter().fold(0.0, |total, (_, jp)| total + jp),
        entries: counted,
        target,
    }
}

/// The record of whether a training was applied on the job: an outcome, not attendance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUp {
    #[serde(default)]
    pub applied: bool,
    #[serde(default)]
    pub outcome: String,
    /// When the follow-up was written.
    pub date: Date,
}

/// The follow-up stored on an entry record; None if there is none or it does not parse.
pub fn read_follow_up(record: &Record) -> Option<FollowUp> {
    let v = record.fields.get(FOLLOW_UP_FIELD)?;
    serde_json::from_value(v.clone()).ok()
}

pub fn write_follow_up(record: &mut Record, f: &FollowUp) {
    if let Ok(v) = serde_json::to_value(f) {
        record.fields.insert(FOLLOW_UP_FIELD.to_string(), v);
    }
}

pub fn clear_follow_up(record: &mut Record) {
    record.fields.remove(FOLLOW_UP_FIELD);
}

/// The first day a training entry asks for its follow-up.
pub fn follow_up_from(entry: &Entry) -> Date {
    entry.date.add_days(FOLLOW_UP_AFTER_DAYS)
}

/// A training entry six weeks or more old with no follow-up recorded. The follow-up is passed
/// in because the `Entry` view does not carry it; see [`record_needs_follow_up`].
pub fn needs_follow_up(entry: &Entry, follow_up: Option<&FollowUp>, today: Date) -> bool {
    entry.entry_kind == EntryKind::Training && follow_up.is_none() && today >= follow_up_from(entry)
}

/// [`needs_follow_up`] straight from a record: a live `entry` record only.
pub fn record_needs_follow_up(record: &Record, today: Date) -> bool {
    if record.deleted || record.kind != super::record::kinds::ENTRY {
        return false;
    }
    match record.view::<Entry>() {
        Ok(e) => needs_follow_up(&e, read_follow_up(record).as_ref(), today),
        Err(_) => false,
    }
}

/// Day of the week, 0 = Monday … 6 = Sunday.
pub fn weekday(d: Date) -> u32 {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    (d.to_days() + 3).rem_euclid(7) as u32
}

/// The Monday starting the ISO week of `d`.
pub fn week_start(d: Date) -> Date {
    d.add_days(-i64::from(weekday(d)))
}

/// The ISO 8601 week `(week-year, week 1..=53)`: week 1 holds the year's first Thursday, so
/// the last days of December can belong to week 1 of the next year, and early January to the
/// previous year's week 52 or 53.
pub fn iso_week(d: Date) -> (i32, u32) {
    let thursday = week_start(d).add_days(3);
    let jan1 = Date {
        year: thursday.year,
        month: 1,
        day: 1,
    };
    let ordinal = thursday.to_days() - jan1.to_days();
    (thursday.year, (ordinal / 7 + 1) as u32)
}

/// The Mondays of the last `weeks` weeks, oldest first, the current week last: labels for
/// [`entries_per_week`].
pub fn week_starts(today: Date, weeks: usize) -> Vec<Date> {
    let current = week_start(today);
    (0..weeks)
        .rev()
        .map(|back| current.add_days(-7 * back as i64))
        .collect()
}

/// Entries per week over the last `weeks` ISO weeks, oldest first, the week containing today
/// last. Dates outside those weeks are ignored; a date later this week still counts in it.
pub fn entries_per_week(dates: &[Date], today: Date, weeks: usize) -> Vec<usize> {
    let mut out = vec![0; weeks];
    if weeks == 0 {
        return out;
    }
    let current = week_start(today).to_days();
    let first = current - 7 * (weeks as i64 - 1);
    for d in dates {
        let ws = week_start(*d).to_days();
        if (first..=current).contains(&ws) {
            out[((ws - first) / 7) as usize] += 1;
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::record::kinds;
    use proptest::prelude::*;
    use serde_json::json;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn entry(date: Date, kind: EntryKind, hours: Option<f64>) -> Entry {
        let mut e = Entry::new(date);
        e.entry_kind = kind;
        e.learning = kind.default_learning();
        e.hours = hours;
        e
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn periods() {
        let today = d(2026, 11, 25);
        assert_eq!(Period::Days30.start(today), Some(d(2026, 10, 27)));
        assert_eq!(Period::Days90.start(today), Some(d(2026, 8, 28)));
        assert_eq!(Period::Days365.start(today), Some(d(2025, 11, 26)));
        assert_eq!(Period::All.start(today), None);
        assert!(Period::Days30.contains(d(2026, 10, 27), today));
        assert!(!Period::Days30.contains(d(2026, 10, 26), today));
        assert!(Period::Days30.contains(today, today));
        assert!(
            !Period::All.contains(today.add_days(1), today),
            "future is out"
        );
        assert!(Period::All.contains(d(1900, 1, 1), today));
        // 365 days back across a leap day: 2028-03-01 − 364 days is 2027-03-03.
        assert_eq!(Period::Days365.start(d(2028, 3, 1)), Some(d(2027, 3, 3)));
        for p in Period::ALL {
            assert_eq!(Period::parse(p.as_str()), Some(p));
        }
        assert_eq!(Period::default(), Period::Days90);
    }

    #[test]
    fn shares_by_count_without_hours() {
        let t = d(2026, 11, 25);
        let es: Vec<Entry> = [
            EntryKind::AssignmentLog,
            EntryKind::Reflection,
            EntryKind::Achievement,
            EntryKind::MentoringNote,
            EntryKind::Training,
        ]
        .into_iter()
        .map(|k| entry(t, k, None))
        .collect();
        let refs: Vec<&Entry> = es.iter().collect();
        let b = balance(&refs, t, Period::Days30);
        assert!(!b.used_hours && !b.is_empty());
        assert_eq!(b.counts, [3, 1, 1]);
        assert_eq!(b.shares(), [0.6, 0.2, 0.2]);
        assert!(close(b.total_hours, 5.0));
        assert_eq!(b.percents(), [60, 20, 20]);
        let diff = compare_to_target(&b);
        assert!(close(diff[0], -0.1) && close(diff[1], 0.0) && close(diff[2], 0.1));
    }

    #[test]
    fn shares_by_hours_with_default_hour() {
        let t = d(2026, 11, 25);
        let es = [
            entry(t, EntryKind::AssignmentLog, Some(7.0)),
            entry(t, EntryKind::Reflection, None), // one hour
            entry(t, EntryKind::MentoringNote, Some(1.5)),
            entry(t, EntryKind::Networking, Some(0.5)),
            entry(t, EntryKind::Training, Some(0.0)), // zero counts as not given: one hour
        ];
        let refs: Vec<&Entry> = es.iter().collect();
        let b = balance(&refs, t, Period::Days90);
        assert!(b.used_hours);
        assert_eq!(b.hours, [8.0, 2.0, 1.0]);
        assert!(close(b.total_hours, 11.0));
        assert!(close(b.experience, 8.0 / 11.0));
        assert!(close(b.shares().iter().sum::<f64>(), 1.0));
        assert_eq!(b.percents(), [73, 18, 9]);
        assert_eq!(b.percents().iter().sum::<u32>(), 100);

        // The stored learning type decides, not the kind.
        let mut e = entry(t, EntryKind::Training, Some(3.0));
        e.learning = LearningType::Experience;
        let b = balance(&[&e], t, Period::All);
        assert_eq!(b.shares(), [1.0, 0.0, 0.0]);

        // Hours from a bad import are capped, bad numbers count as not given.
        let big = entry(t, EntryKind::Training, Some(500.0));
        let nan = entry(t, EntryKind::Reflection, Some(f64::NAN));
        let b = balance(&[&big, &nan], t, Period::All);
        assert_eq!(b.hours, [1.0, 0.0, HOURS_MAX]);
    }

    #[test]
    fn empty_periods() {
        let t = d(2026, 11, 25);
        let b = balance(&[], t, Period::Days30);
        assert!(b.is_empty() && !b.used_hours);
        assert_eq!(b.shares(), [0.0; 3]);
        assert_eq!(b.percents(), [0; 3]);
        // Entries exist, but outside the period (too old, or in the future).
        let old = entry(t.add_days(-30), EntryKind::Training, Some(2.0));
        let future = entry(t.add_days(1), EntryKind::Training, Some(2.0));
        let b = balance(&[&old, &future], t, Period::Days30);
        assert!(b.is_empty());
        assert_eq!(b.total_hours, 0.0);
        let b = balance(&[&old, &future], t, Period::All);
        assert_eq!(
            b.counts,
            [0, 0, 1],
            "All includes old entries, not future ones"
        );
    }

    proptest! {
        #[test]
        fn shares_sum_to_one(hours in proptest::collection::vec(proptest::option::of(0.0f64..30.0), 1..40),
                             kinds in proptest::collection::vec(0usize..6, 40)) {
            let t = d(2026, 11, 25);
            let es: Vec<Entry> = hours.iter().zip(&kinds)
                .map(|(h, k)| entry(t, EntryKind::ALL[*k], *h)).collect();
            let refs: Vec<&Entry> = es.iter().collect();
            let b = balance(&refs, t, Period::Days30);
            prop_assert!(close(b.shares().iter().sum::<f64>(), 1.0));
            prop_assert!(b.shares().iter().all(|s| (0.0..=1.0).contains(s)));
            prop_assert_eq!(b.percents().iter().sum::<u32>(), 100);
            prop_assert_eq!(b.count(), es.len());
        }
    }

    #[test]
    fn jp_by_calendar_year() {
        let es = [
            entry(d(2025, 12, 31), EntryKind::Training, Some(8.0)),
            entry(d(2026, 1, 1), EntryKind::Training, Some(7.5)), // 10 JP
            entry(d(2026, 3, 10), EntryKind::MentoringNote, Some(1.5)), // 2 JP, non-classroom
            entry(d(2026, 6, 1), EntryKind::AssignmentLog, Some(1.0)), // 1.333… JP
            entry(d(2026, 7, 1), EntryKind::Reflection, None),    // no hours: nothing
            entry(d(2026, 12, 31), EntryKind::Networking, Some(0.75)), // 1 JP
            entry(d(2027, 1, 1), EntryKind::Training, Some(3.0)),
        ];
        let refs: Vec<&Entry> = es.iter().collect();
        let s = jp_for_year(&refs, 2026, DEFAULT_JP_TARGET);
        let idx: Vec<usize> = s.entries.iter().map(|(i, _)| *i).collect();
        assert_eq!(idx, vec![1, 2, 3, 5]);
        assert!(close(s.entries[0].1, 10.0) && close(s.entries[1].1, 2.0));
        assert!(close(s.jp, 10.0 + 2.0 + 4.0 / 3.0 + 1.0));
        assert_eq!(round1(s.jp), 14.3);
        assert!(!s.reached());
        assert!(close(s.remaining(), 20.0 - s.jp));
        assert!(close(s.share(), s.jp / 20.0));

        let s = jp_for_year(&refs, 2025, 0.0);
        assert_eq!(s.target, DEFAULT_JP_TARGET, "bad target falls back");
        assert!(close(s.jp, 8.0 * 60.0 / 45.0));
        let s = jp_for_year(&refs, 2025, 10.0);
        assert!(s.reached() && s.share() == 1.0 && s.remaining() == 0.0);
        let s = jp_for_year(&refs, 2030, 20.0);
        assert!(s.entries.is_empty() && s.jp == 0.0);

        // 15 hours is exactly 20 JP.
        let e = entry(d(2026, 5, 5), EntryKind::Training, Some(15.0));
        assert!(jp_for_year(&[&e], 2026, 20.0).reached());
        assert_eq!(hours_to_jp(0.75), 1.0);
    }

    fn entry_record(e: &Entry) -> Record {
        let mut r: Record = serde_json::from_value(json!({
            "id": "e1", "kind": kinds::ENTRY, "created": "2026-10-01T10:00:00.000Z",
            "rev": "1764064800000-000000-dev"
        }))
        .unwrap();
        r.set_view(e).unwrap();
        r
    }

    #[test]
    fn follow_up_timing() {
        let trained = d(2026, 10, 1);
        let e = entry(trained, EntryKind::Training, Some(8.0));
        assert_eq!(follow_up_from(&e), d(2026, 11, 12));
        assert!(!needs_follow_up(&e, None, trained));
        assert!(!needs_follow_up(&e, None, d(2026, 11, 11)), "41 days");
        assert!(
            needs_follow_up(&e, None, d(2026, 11, 12)),
            "exactly 42 days"
        );
        assert!(needs_follow_up(&e, None, d(2027, 6, 1)), "still asks later");
        let f = FollowUp {
            applied: true,
            outcome: "Dipakai untuk laporan".into(),
            date: d(2026, 11, 20),
        };
        assert!(!needs_follow_up(&e, Some(&f), d(2026, 11, 20)));
        let other = entry(trained, EntryKind::Reflection, Some(8.0));
        assert!(
            !needs_follow_up(&other, None, d(2027, 1, 1)),
            "only training"
        );
        // Over the leap day: 2028-02-01 + 42 days is 2028-03-14.
        let e = entry(d(2028, 2, 1), EntryKind::Training, None);
        assert_eq!(follow_up_from(&e), d(2028, 3, 14));
    }

    #[test]
    fn follow_up_lives_on_the_record() {
        let e = entry(d(2026, 10, 1), EntryKind::Training, Some(8.0));
        let mut rec = entry_record(&e);
        let today = d(2026, 12, 1);
        assert!(read_follow_up(&rec).is_none());
        assert!(record_needs_follow_up(&rec, today));
        let f = FollowUp {
            applied: false,
            outcome: "Belum ada kesempatan".into(),
            date: today,
        };
        write_follow_up(&mut rec, &f);
        assert_eq!(read_follow_up(&rec), Some(f.clone()));
        assert!(!record_needs_follow_up(&rec, today));
        // Editing the entry through its view keeps the follow-up.
        let mut edited: Entry = rec.view().unwrap();
        edited.title = "Diklat analisis data".into();
        rec.set_view(&edited).unwrap();
        assert_eq!(read_follow_up(&rec), Some(f));
        clear_follow_up(&mut rec);
        assert!(record_needs_follow_up(&rec, today));
        // Garbage in the field reads as none; deleted and non-entry records never ask.
        rec.fields.insert(FOLLOW_UP_FIELD.into(), json!("yes"));
        assert!(read_follow_up(&rec).is_none());
        rec.deleted = true;
        assert!(!record_needs_follow_up(&rec, today));
        rec.deleted = false;
        rec.kind = kinds::GOAL.into();
        assert!(!record_needs_follow_up(&rec, today));
    }

    #[test]
    fn weeks_and_iso_numbers() {
        assert_eq!(weekday(d(2026, 11, 23)), 0, "a Monday");
        assert_eq!(weekday(d(2026, 11, 29)), 6, "a Sunday");
        assert_eq!(week_start(d(2026, 11, 29)), d(2026, 11, 23));
        assert_eq!(week_start(d(2026, 11, 23)), d(2026, 11, 23));
        assert_eq!(iso_week(d(2026, 11, 25)), (2026, 48));
        // Year boundaries: 2026-12-31 is a Thursday (week 53); 2024-12-30 is in 2025-W01;
        // 2027-01-03 (Sunday) still belongs to 2026-W53; 2021-01-03 to 2020-W53.
        assert_eq!(iso_week(d(2026, 12, 31)), (2026, 53));
        assert_eq!(iso_week(d(2027, 1, 3)), (2026, 53));
        assert_eq!(iso_week(d(2027, 1, 4)), (2027, 1));
        assert_eq!(iso_week(d(2024, 12, 30)), (2025, 1));
        assert_eq!(iso_week(d(2021, 1, 3)), (2020, 53));
        assert_eq!(iso_week(d(2028, 2, 29)), (2028, 9));
    }

    #[test]
    fn cadence_across_a_year_boundary() {
        // Today is Wednesday 2027-01-06 (week 2027-W01); 4 weeks back reaches 2026-12-14.
        let today = d(2027, 1, 6);
        assert_eq!(
            week_starts(today, 4),
            vec![
                d(2026, 12, 14),
                d(2026, 12, 21),
                d(2026, 12, 28),
                d(2027, 1, 4)
            ]
        );
        let dates = [
            d(2026, 12, 13), // Sunday before the window: ignored
            d(2026, 12, 14),
            d(2026, 12, 27), // Sunday, week of the 21st
            d(2026, 12, 28),
            d(2026, 12, 31),
            d(2027, 1, 3), // Sunday, same ISO week as 28 Dec across the new year
            d(2027, 1, 4),
            d(2027, 1, 10), // later this week: counts in the current week
            d(2027, 1, 11), // next week: ignored
        ];
        assert_eq!(entries_per_week(&dates, today, 4), vec![1, 1, 3, 2]);
        assert_eq!(entries_per_week(&dates, today, 0), Vec::<usize>::new());
        assert_eq!(entries_per_week(&[], today, 8), vec![0; 8]);
        assert_eq!(entries_per_week(&dates, today, 1), vec![2]);
    }

    #[test]
    fn balance_between_dates_includes_both_ends() {
        let es = [
            entry(d(2025, 12, 31), EntryKind::Training, Some(8.0)),
            entry(d(2026, 1, 1), EntryKind::Training, Some(2.0)),
            entry(d(2026, 6, 30), EntryKind::MentoringNote, None),
            entry(d(2026, 12, 31), EntryKind::Reflection, Some(1.0)),
            entry(d(2027, 1, 1), EntryKind::Reflection, Some(5.0)),
        ];
        let refs: Vec<&Entry> = es.iter().collect();
        let b = balance_between(&refs, d(2026, 1, 1), d(2026, 12, 31));
        assert_eq!(b.counts, [1, 1, 1]);
        assert_eq!(b.hours, [1.0, 1.0, 2.0]);
        assert_eq!(b.percents(), [25, 25, 50]);
        assert!(b.used_hours);
        // The same rule as a period ending today: `balance` is this with the period's days.
        let today = d(2026, 12, 31);
        assert_eq!(
            balance(&refs, today, Period::Days365),
            balance_between(&refs, d(2026, 1, 1), today)
        );
        assert!(balance_between(&refs, d(2026, 2, 1), d(2026, 1, 1)).is_empty());
    }

    #[test]
    fn no_hours_in_a_year_is_zero_jp_not_minus_zero() {
        let e = entry(d(2026, 5, 1), EntryKind::Training, None);
        let s = jp_for_year(&[&e], 2026, 20.0);
        assert_eq!(s.jp, 0.0);
        assert!(s.jp.is_sign_positive(), "-0.0 would read \"-0 JP\"");
        assert!(jp_for_year(&[], 2027, 20.0).jp.is_sign_positive());
    }

    #[test]
    fn balance_from_weights() {
        let b = from_weights([1.5, 0.5, 1.0], [2, 1, 1], false);
        assert_eq!(b.percents(), [50, 17, 33]);
        assert_eq!(b.count(), 4);
        let none = from_weights([0.0, -1.0, f64::NAN], [0; 3], false);
        assert_eq!(none.shares(), [0.0; 3]);
        assert_eq!(none.total_hours, 0.0);
    }
}
