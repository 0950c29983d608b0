//! Assessments: the typed view of an `assessment` record, its editing and validation, and
//! what the results screen computes from it — the rows of current, target and previous levels,
//! the gap list, the change since the previous assessment and the trend over all of them.
//!
//! # Ratings and "not assessed"
//!
//! Each competency has at most one [`Rating`]: a level 1–5, or explicitly *not assessed*, plus
//! an optional target level, evidence text and linked journal entries. A competency without a
//! rating has not been answered yet (the flow has not reached it); once an assessment is
//! complete, both count as not assessed. A competency that is not assessed has no gap and no
//! change: it is listed apart, never treated as level 0.
//!
//! # Gaps
//!
//! gap = target − current, for competencies with both; only positive gaps are listed, largest
//! first, ties in the framework's order. A current level at or above the target is "met".
//!
//! # Change and "previous"
//!
//! The previous assessment of an assessment is the latest *completed* assessment of the same
//! framework that comes before it in time: by date, then (same day) by when it was created.
//! Change = current − previous, for competencies assessed both times; otherwise there is none
//! (new, or not assessed now or then).
//!
//! # Half-done assessments
//!
//! An assessment starts `in_progress` and is saved after every answer together with `step`,
//! the card the person is on, so a reload resumes there. `completed` turns it into results;
//! reopening it to change answers makes it `in_progress` again.

use super::builtin::Position;
use super::framework::{Framework, Group};
use super::{lenient, lenient_level, lenient_vec, too_long, valid_level};
use crate::domain::date::Date;
use crate::domain::sort::OneSort;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

pub const ROLE_MAX: usize = 120;
pub const EVIDENCE_MAX: usize = 2_000;
/// Evidence is a handful of examples, not the whole journal.
pub const ENTRIES_MAX: usize = 20;
pub const RATINGS_MAX: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    InProgress,
    Completed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::InProgress => "in_progress",
            Status::Completed => "completed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        [Status::InProgress, Status::Completed]
            .into_iter()
            .find(|x| x.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Rating {
    /// The competency's id in the assessment's framework.
    #[serde(default, deserialize_with = "lenient")]
    pub competency: String,
    /// The competency's name when it was rated, so results still read if the framework later
    /// loses or renames it.
    #[serde(default, deserialize_with = "lenient")]
    pub name: String,
    /// 1–5; None when not assessed (or not answered yet).
    #[serde(default, deserialize_with = "lenient_level")]
    pub level: Option<u8>,
    /// The person chose "not assessed" for this competency.
    #[serde(default, deserialize_with = "lenient")]
    pub not_assessed: bool,
    /// The level the target role needs.
    #[serde(default, deserialize_with = "lenient_level")]
    pub target: Option<u8>,
    #[serde(default, deserialize_with = "lenient")]
    pub evidence: String,
    /// Journal entry ids offered as evidence.
    #[serde(default, deserialize_with = "lenient_vec")]
    pub entries: Vec<String>,
}

impl Rating {
    fn new(competency: &str, name: &str) -> Rating {
        Rating {
            competency: competency.to_string(),
            name: name.to_string(),
            ..Rating::default()
        }
    }

    /// The level that counts: none when not assessed.
    pub fn current(&self) -> Option<u8> {
        if self.not_assessed {
            None
        } else {
            self.level
        }
    }

    /// A level or "not assessed" was chosen.
    pub fn answered(&self) -> bool {
        self.not_assessed || self.level.is_some()
    }
}

/// The typed view of an `assessment` record's own fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub date: Date,
    /// The framework's id: a built-in constant or a `framework` record id.
    #[serde(default, deserialize_with = "lenient")]
    pub framework: String,
    /// The role the targets are for, as the person names it ("Head of section").
    #[serde(default, deserialize_with = "lenient")]
    pub target_role: String,
    /// The civil-service position whose expected levels were offered as targets.
    #[serde(default, deserialize_with = "lenient")]
    pub target_position: Option<Position>,
    #[serde(default, deserialize_with = "lenient")]
    pub status: Status,
    /// The card of the rating flow the person is on (0 = the setup card).
    #[serde(default, deserialize_with = "lenient")]
    pub step: usize,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub ratings: Vec<Rating>,
}

impl Assessment {
    pub fn new(framework: &str, date: Date) -> Assessment {
        Assessment {
            date,
            framework: framework.to_string(),
            target_role: String::new(),
            target_position: None,
            status: Status::InProgress,
            step: 0,
            ratings: Vec::new(),
        }
    }

    pub fn rating(&self, competency: &str) -> Option<&Rating> {
        self.ratings.iter().find(|r| r.competency == competency)
    }

    /// The rating of a competency, created (with the name it has now) if there is none.
    fn rating_mut(&mut self, competency: &str, name: &str) -> &mut Rating {
        let i = match self.ratings.iter().position(|r| r.competency == competency) {
            Some(i) => i,
            None => {
                self.ratings.push(Rating::new(competency, name));
                self.ratings.len() - 1
            }
        };
        let r = &mut self.ratings[i];
        if !name.is_empty() {
            r.name = name.to_string();
        }
        r
    }

    /// Rates a competency (`Some(level)`), or marks it not assessed (`None`). False when the
    /// level is off the scale or nothing changed.
    pub fn rate(&mut self, competency: &str, name: &str, level: Option<u8>) -> bool {
        if level.is_some_and(|l| !valid_level(l)) {
            return false;
        }
        let r = self.rating_mut(competency, name);
        let before = (r.level, r.not_assessed);
        r.level = level;
        r.not_assessed = level.is_none();
        before != (r.level, r.not_assessed)
    }

    /// Sets or clears the target level of one competency. Setting one by hand means the targets
    /// no longer simply follow a position, but the position stays as named.
    pub fn set_target(&mut self, competency: &str, name: &str, target: Option<u8>) -> bool {
        if target.is_some_and(|l| !valid_level(l)) {
            return false;
        }
        let r = self.rating_mut(competency, name);
        let changed = r.target != target;
        r.target = target;
        changed
    }

    /// Names the target position and sets its expected level as the target of every managerial
    /// and socio-cultural competency of `framework` (technical ones keep theirs). `None` only
    /// forgets the position; the targets stay as they are.
    pub fn set_position(&mut self, position: Option<Position>, framework: &Framework) {
        self.target_position = position;
        let Some(p) = position else { return };
        for c in &framework.competencies {
            if Position::applies_to(c.group) {
                self.rating_mut(&c.id, &c.name).target = Some(p.level());
            }
        }
    }

    pub fn set_evidence(&mut self, competency: &str, name: &str, text: &str) -> bool {
        let r = self.rating_mut(competency, name);
        let changed = r.evidence != text;
        r.evidence = text.to_string();
        changed
    }

    /// Links a journal entry as evidence for one competency. False if already linked.
    pub fn link_entry(&mut self, competency: &str, name: &str, entry: &str) -> bool {
        let r = self.rating_mut(competency, name);
        if r.entries.iter().any(|e| e == entry) {
            return false;
        }
        r.entries.push(entry.to_string());
        true
    }

    pub fn unlink_entry(&mut self, competency: &str, entry: &str) -> bool {
        let Some(r) = self.ratings.iter_mut().find(|r| r.competency == competency) else {
            return false;
        };
        let before = r.entries.len();
        r.entries.retain(|e| e != entry);
        r.entries.len() != before
    }

    pub fn complete(&mut self) -> bool {
        let changed = self.status != Status::Completed;
        self.status = Status::Completed;
        changed
    }

    /// Back to the rating flow, on the first competency, to change answers.
    pub fn reopen(&mut self) -> bool {
        let changed = self.status != Status::InProgress;
        self.status = Status::InProgress;
        self.step = 1;
        changed
    }

    pub fn is_completed(&self) -> bool {
        self.status == Status::Completed
    }

    /// How many of the framework's competencies have been answered (level or not assessed).
    pub fn answered(&self, framework: &Framework) -> usize {
        framework
            .competencies
            .iter()
            .filter(|c| self.rating(&c.id).is_some_and(Rating::answered))
            .count()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum AssessmentError {
    DateOutOfRange,
    FrameworkMissing,
    RoleTooLong { max: usize },
    TooManyRatings { max: usize },
    RatingWithoutCompetency,
    DuplicateRating { competency: String },
    EvidenceTooLong { competency: String, max: usize },
    TooManyEntries { competency: String, max: usize },
}

impl AssessmentError {
    /// The competency an error is about, to show it on that competency's card.
    pub fn competency(&self) -> Option<&str> {
        match self {
            AssessmentError::DuplicateRating { competency }
            | AssessmentError::EvidenceTooLong { competency, .. }
            | AssessmentError::TooManyEntries { competency, .. } => Some(competency),
            _ => None,
        }
    }
}

pub fn validate(a: &Assessment) -> Vec<AssessmentError> {
    let mut errors = Vec::new();
    if !a.date.in_range() {
        errors.push(AssessmentError::DateOutOfRange);
    }
    if a.framework.trim().is_empty() {
        errors.push(AssessmentError::FrameworkMissing);
    }
    if too_long(&a.target_role, ROLE_MAX) {
        errors.push(AssessmentError::RoleTooLong { max: ROLE_MAX });
    }
    if a.ratings.len() > RATINGS_MAX {
        errors.push(AssessmentError::TooManyRatings { max: RATINGS_MAX });
    }
    let mut seen: Vec<&str> = Vec::new();
    for r in &a.ratings {
        if r.competency.is_empty() {
            errors.push(AssessmentError::RatingWithoutCompetency);
            continue;
        }
        if seen.contains(&r.competency.as_str()) {
            errors.push(AssessmentError::DuplicateRating {
                competency: r.competency.clone(),
            });
        }
        seen.push(&r.competency);
        if too_long(&r.evidence, EVIDENCE_MAX) {
            errors.push(AssessmentError::EvidenceTooLong {
                competency: r.competency.clone(),
                max: EVIDENCE_MAX,
            });
        }
        if r.entries.len() > ENTRIES_MAX {
            errors.push(AssessmentError::TooManyEntries {
                competency: r.competency.clone(),
                max: ENTRIES_MAX,
            });
        }
    }
    errors
}

/// One competency in the results: its levels now, as targeted and last time.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub competency: String,
    pub name: String,
    pub group: Group,
    pub current: Option<u8>,
    pub target: Option<u8>,
    pub previous: Option<u8>,
    /// The competency is no longer in the framework (shown under the name it was rated as).
    pub removed: bool,
}

impl Row {
    /// target − current when both are known and the target is higher.
    pub fn gap(&self) -> Option<u8> {
        match (self.current, self.target) {
            (Some(c), Some(t)) if t > c => Some(t - c),
            _ => None,
        }
    }

    /// The current level reaches the target.
    pub fn met(&self) -> bool {
        matches!((self.current, self.target), (Some(c), Some(t)) if c >= t)
    }

    /// current − previous when the competency was assessed both times.
    pub fn change(&self) -> Option<i8> {
        match (self.current, self.previous) {
            (Some(c), Some(p)) => Some(c as i8 - p as i8),
            _ => None,
        }
    }
}

/// The results rows: the framework's competencies in its order, then competencies rated in
/// this assessment that the framework no longer has.
pub fn rows(framework: &Framework, a: &Assessment, previous: Option<&Assessment>) -> Vec<Row> {
    let prev_level = |id: &str| {
        previous
            .and_then(|p| p.rating(id))
            .and_then(Rating::current)
    };
    let mut out: Vec<Row> = framework
        .competencies
        .iter()
        .map(|c| {
            let r = a.rating(&c.id);
            Row {
                competency: c.id.clone(),
                name: c.name.clone(),
                group: c.group,
                current: r.and_then(Rating::current),
                target: r.and_then(|r| r.target),
                previous: prev_level(&c.id),
                removed: false,
            }
        })
        .collect();
    for r in &a.ratings {
        if framework.competency(&r.competency).is_none() && !r.competency.is_empty() {
            out.push(Row {
                competency: r.competency.clone(),
                name: r.name.clone(),
                group: Group::default(),
                current: r.current(),
                target: r.target,
                previous: prev_level(&r.competency),
                removed: true,
            });
        }
    }
    out
}

/// The rows as the assessment itself records them, in its rating order, for a reader who does
/// not have its framework (a mentor reviewing a custom framework's assessment).
pub fn rows_as_rated(a: &Assessment, previous: Option<&Assessment>) -> Vec<Row> {
    a.ratings
        .iter()
        .filter(|r| !r.competency.is_empty())
        .map(|r| Row {
            competency: r.competency.clone(),
            name: r.name.clone(),
            group: Group::default(),
            current: r.current(),
            target: r.target,
            previous: previous
                .and_then(|p| p.rating(&r.competency))
                .and_then(Rating::current),
            removed: false,
        })
        .collect()
}

/// The rows with a gap, largest gap first; ties keep the rows' order.
pub fn gaps(rows: &[Row]) -> Vec<&Row> {
    let mut g: Vec<&Row> = rows.iter().filter(|r| r.gap().is_some()).collect();
    g.one_sort_by_key(|r| std::cmp::Reverse(r.gap()));
    g
}

/// The rows that are not assessed this time.
pub fn not_assessed(rows: &[Row]) -> Vec<&Row> {
    rows.iter().filter(|r| r.current.is_none()).collect()
}

/// Counts for the summary line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub assessed: usize,
    pub not_assessed: usize,
    pub with_target: usize,
    pub met: usize,
    pub gaps: usize,
    /// Sum of all gaps, in levels.
    pub total_gap: u32,
    pub improved: usize,
    pub declined: usize,
}

pub fn summary(rows: &[Row]) -> Summary {
    let mut s = Summary::default();
    for r in rows {
        if r.current.is_some() {
            s.assessed += 1;
        } else {
            s.not_assessed += 1;
        }
        if r.target.is_some() {
            s.with_target += 1;
        }
        if r.met() {
            s.met += 1;
        }
        if let Some(g) = r.gap() {
            s.gaps += 1;
            s.total_gap += u32::from(g);
        }
        match r.change() {
            Some(c) if c > 0 => s.improved += 1,
            Some(c) if c < 0 => s.declined += 1,
            _ => {}
        }
    }
    s
}

/// An assessment with what orders it in time besides its date: the record's `created` stamp
/// (RFC 3339, so string order is time order) and its id as a last resort.
#[derive(Debug, Clone, PartialEq)]
pub struct Dated {
    pub id: String,
    pub created: String,
    pub assessment: Assessment,
}

fn chronological(a: &Dated, b: &Dated) -> Ordering {
    a.assessment
        .date
        .cmp(&b.assessment.date)
        .then_with(|| a.created.cmp(&b.created))
        .then_with(|| a.id.cmp(&b.id))
}

/// Oldest first.
pub fn sort_chronologically(list: &mut [Dated]) {
    list.one_sort_by(chronological);
}

/// The previous assessment of `id` (see the module comment), if any.
pub fn previous<'a>(list: &'a [Dated], id: &str) -> Option<&'a Dated> {
    let this = list.iter().find(|d| d.id == id)?;
    list.iter()
        .filter(|d| {
            d.id != id
                && d.assessment.is_completed()
                && d.assessment.framework == this.assessment.framework
                && chronological(d, this) == Ordering::Less
        })
        .max_by(|a, b| chronological(a, b))
}

/// The latest completed assessment of any framework, in the same time order as [`previous`]
/// (by date, then by when it was created): what the development plan is built on.
pub fn latest_completed(list: &[Dated]) -> Option<&Dated> {
    list.iter()
        .filter(|d| d.assessment.is_completed())
        .max_by(|a, b| chronological(a, b))
}

/// A competency's levels over time.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendRow {
    pub competency: String,
    pub name: String,
    /// One per assessment in [`Trend::assessments`]; None where not assessed.
    pub levels: Vec<Option<u8>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Trend {
    /// The completed assessments of the framework, oldest first: (id, date).
    pub assessments: Vec<(String, Date)>,
    pub rows: Vec<TrendRow>,
}

/// Every competency's level across all completed assessments of `framework_id`, oldest first.
/// Rows follow the framework, then competencies only older assessments rated (by the name they
/// had then); a competency never assessed in any of them is left out.
pub fn trend(framework_id: &str, framework: &Framework, list: &[Dated]) -> Trend {
    let mut done: Vec<&Dated> = list
        .iter()
        .filter(|d| d.assessment.is_completed() && d.assessment.framework == framework_id)
        .collect();
    done.one_sort_by(|a, b| chronological(a, b));
    let mut ids: Vec<(String, String)> = framework
        .competencies
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    for d in done.iter().rev() {
        for r in &d.assessment.ratings {
            if !r.competency.is_empty() && !ids.iter().any(|(id, _)| *id == r.competency) {
                ids.push((r.competency.clone(), r.name.clone()));
            }
        }
    }
    let rows = ids
        .into_iter()
        .map(|(competency, name)| {
            let levels = done
                .iter()
                .map(|d| d.assessment.rating(&competency).and_then(Rating::current))
                .collect();
            TrendRow {
                competency,
                name,
                levels,
            }
        })
        .filter(|r| r.levels.iter().any(Option::is_some))
        .collect();
    Trend {
        assessments: done
            .iter()
            .map(|d| (d.id.clone(), d.assessment.date))
            .collect(),
        rows,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::builtin::{self, Language, ASN_ID};
    use super::super::framework::Competency;
    use super::*;
    use crate::domain::record::{kinds, Record};
    use serde_json::json;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn fw() -> Framework {
        let mut f = Framework::new("Uji");
        for (id, name) in [
            ("a", "Analisis"),
            ("b", "Bahasa"),
            ("c", "Coding"),
            ("e", "Etika"),
        ] {
            f.add_competency(Competency::new(id.into(), name, Group::Technical));
        }
        f
    }

    fn rated(levels: &[(&str, Option<u8>, Option<u8>)]) -> Assessment {
        let mut a = Assessment::new("fw", d(2026, 1, 10));
        for (id, level, target) in levels {
            a.rate(id, id, *level);
            a.set_target(id, id, *target);
        }
        a
    }

    #[test]
    fn rows_as_rated_follow_the_ratings_without_a_framework() {
        let before = rated(&[("b", Some(1), None), ("a", Some(3), None)]);
        let now = rated(&[("a", Some(2), Some(4)), ("b", None, Some(2))]);
        let rows = rows_as_rated(&now, Some(&before));
        let levels = |r: &Row| (r.competency.clone(), r.current, r.target, r.previous);
        assert_eq!(levels(&rows[0]), ("a".into(), Some(2), Some(4), Some(3)));
        assert_eq!(levels(&rows[1]), ("b".into(), None, Some(2), Some(1)));
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().all(|r| !r.removed));
        assert_eq!(gaps(&rows).len(), 1, "not assessed has no gap");
        assert_eq!(rows[0].change(), Some(-1));
    }

    #[test]
    fn gaps_are_sorted_by_size_and_skip_unknowns() {
        let f = fw();
        let a = rated(&[
            ("a", Some(2), Some(3)),
            ("b", Some(1), Some(4)),
            ("c", None, Some(5)),
            ("e", Some(4), Some(3)),
        ]);
        let rows = rows(&f, &a, None);
        let g: Vec<(&str, u8)> = gaps(&rows)
            .iter()
            .map(|r| (r.competency.as_str(), r.gap().unwrap()))
            .collect();
        assert_eq!(g, vec![("b", 3), ("a", 1)]);
        assert!(rows[3].met(), "above the target is met");
        assert_eq!(rows[3].gap(), None);
        assert_eq!(rows[2].gap(), None, "not assessed: no gap");
        assert!(!rows[2].met());
        let ids: Vec<&str> = not_assessed(&rows)
            .iter()
            .map(|r| r.competency.as_str())
            .collect();
        assert_eq!(ids, vec!["c"]);
        let s = summary(&rows);
        assert_eq!(
            s,
            Summary {
                assessed: 3,
                not_assessed: 1,
                with_target: 4,
                met: 1,
                gaps: 2,
                total_gap: 4,
                improved: 0,
                declined: 0
            }
        );
    }

    #[test]
    fn equal_gaps_keep_the_framework_order() {
        let f = fw();
        let a = rated(&[
            ("e", Some(1), Some(3)),
            ("a", Some(3), Some(5)),
            ("c", Some(2), Some(4)),
        ]);
        let rows = rows(&f, &a, None);
        let ids: Vec<&str> = gaps(&rows).iter().map(|r| r.competency.as_str()).collect();
        assert_eq!(ids, vec!["a", "c", "e"]);
    }

    #[test]
    fn change_since_last_time_and_not_assessed() {
        let f = fw();
        let before = rated(&[
            ("a", Some(2), None),
            ("b", Some(3), None),
            ("c", None, None),
        ]);
        let now = rated(&[
            ("a", Some(3), None),
            ("b", Some(2), None),
            ("c", Some(4), None),
            ("e", Some(1), None),
        ]);
        let rows = rows(&f, &now, Some(&before));
        let changes: Vec<Option<i8>> = rows.iter().map(Row::change).collect();
        // c was not assessed before, e was not in the previous one at all: no change either way.
        assert_eq!(changes, vec![Some(1), Some(-1), None, None]);
        let s = summary(&rows);
        assert_eq!((s.improved, s.declined), (1, 1));

        // Not assessed now: no change, even though there was a level before.
        let mut later = now.clone();
        later.rate("a", "a", None);
        let rows2 = super::rows(&f, &later, Some(&now));
        assert_eq!(rows2[0].current, None);
        assert_eq!(rows2[0].previous, Some(3));
        assert_eq!(rows2[0].change(), None);
    }

    #[test]
    fn not_assessed_is_explicit_and_distinct_from_unanswered() {
        let f = fw();
        let mut a = Assessment::new("fw", d(2026, 1, 1));
        assert_eq!(a.answered(&f), 0);
        assert!(
            a.rate("a", "Analisis", None),
            "marking not assessed is a change"
        );
        assert!(!a.rate("a", "Analisis", None), "second time is not");
        assert!(a.rating("a").unwrap().answered());
        assert_eq!(a.rating("a").unwrap().current(), None);
        assert!(a.rate("a", "Analisis", Some(4)));
        assert!(
            !a.rating("a").unwrap().not_assessed,
            "a level clears not assessed"
        );
        assert!(!a.rate("a", "Analisis", Some(6)), "off the scale");
        assert!(!a.rate("a", "Analisis", Some(0)));
        assert_eq!(a.rating("a").unwrap().level, Some(4));
        // A target alone does not answer the card.
        a.set_target("b", "Bahasa", Some(3));
        assert!(!a.rating("b").unwrap().answered());
        assert_eq!(a.answered(&f), 1);
        assert!(!a.set_target("b", "Bahasa", Some(9)));
        // Once completed, an unanswered competency reads as not assessed.
        a.complete();
        let rows = rows(&f, &a, None);
        assert_eq!(not_assessed(&rows).len(), 3);
    }

    #[test]
    fn position_sets_managerial_targets_only() {
        let mut f = builtin::framework(ASN_ID, Language::English).unwrap();
        f.add_competency(Competency::new("t1".into(), "Budgeting", Group::Technical));
        let mut a = Assessment::new(ASN_ID, d(2026, 3, 1));
        a.set_target("t1", "Budgeting", Some(4));
        a.set_position(Some(Position::Administrator), &f);
        assert_eq!(a.target_position, Some(Position::Administrator));
        for c in &f.competencies {
            let t = a.rating(&c.id).and_then(|r| r.target);
            if c.group == Group::Technical {
                assert_eq!(t, Some(4), "technical target kept");
            } else {
                assert_eq!(t, Some(3), "{}", c.id);
            }
        }
        // Targets set by a position are not answers.
        assert_eq!(a.answered(&f), 0);
        // Forgetting the position keeps the targets.
        a.set_position(None, &f);
        assert_eq!(a.rating("asn-integrity").unwrap().target, Some(3));
    }

    #[test]
    fn removed_competencies_still_show_under_their_old_name() {
        let mut f = fw();
        let mut a = rated(&[("a", Some(2), Some(4))]);
        a.rate("zz", "Dihapus", Some(3));
        f.remove_competency("b");
        let rows = rows(&f, &a, None);
        assert_eq!(rows.len(), 4);
        let last = rows.last().unwrap();
        assert_eq!(
            (last.competency.as_str(), last.name.as_str(), last.removed),
            ("zz", "Dihapus", true)
        );
        assert_eq!(last.current, Some(3));
    }

    #[test]
    fn previous_is_the_latest_earlier_completed_one_of_the_same_framework() {
        let mk = |id: &str, created: &str, date: Date, framework: &str, done: bool| {
            let mut a = Assessment::new(framework, date);
            if done {
                a.complete();
            }
            Dated {
                id: id.into(),
                created: created.into(),
                assessment: a,
            }
        };
        let list = vec![
            mk("old", "2026-01-01T00:00:00.000Z", d(2026, 1, 1), "fw", true),
            mk(
                "other",
                "2026-02-01T00:00:00.000Z",
                d(2026, 2, 1),
                "gen",
                true,
            ),
            mk(
                "draft",
                "2026-02-15T00:00:00.000Z",
                d(2026, 2, 15),
                "fw",
                false,
            ),
            mk(
                "mar-a",
                "2026-03-01T08:00:00.000Z",
                d(2026, 3, 1),
                "fw",
                true,
            ),
            mk(
                "mar-b",
                "2026-03-01T09:00:00.000Z",
                d(2026, 3, 1),
                "fw",
                true,
            ),
            mk(
                "later",
                "2026-01-05T00:00:00.000Z",
                d(2026, 6, 1),
                "fw",
                false,
            ),
        ];
        let prev = |id| previous(&list, id).map(|d| d.id.as_str());
        assert_eq!(prev("old"), None);
        assert_eq!(
            prev("mar-a"),
            Some("old"),
            "drafts and other frameworks skipped"
        );
        assert_eq!(prev("mar-b"), Some("mar-a"), "same day: created earlier");
        assert_eq!(prev("later"), Some("mar-b"), "by date, not creation");
        assert_eq!(prev("other"), None);
        assert_eq!(prev("nope"), None);
        let mut sorted = list.clone();
        sorted.reverse();
        sort_chronologically(&mut sorted);
        let ids: Vec<&str> = sorted.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            ids,
            vec!["old", "other", "draft", "mar-a", "mar-b", "later"]
        );
        assert_eq!(
            latest_completed(&list).map(|d| d.id.as_str()),
            Some("mar-b"),
            "any framework; the later one not completed; same day by creation"
        );
        assert_eq!(latest_completed(&list[2..3]), None);
    }

    #[test]
    fn trend_over_completed_assessments() {
        let f = fw();
        let mk = |id: &str, date: Date, levels: &[(&str, Option<u8>)], done: bool| {
            let mut a = Assessment::new("fw", date);
            for (c, l) in levels {
                a.rate(c, &format!("Nama {c}"), *l);
            }
            if done {
                a.complete();
            }
            Dated {
                id: id.into(),
                created: String::new(),
                assessment: a,
            }
        };
        let list = vec![
            mk("2", d(2026, 6, 1), &[("a", Some(3)), ("b", None)], true),
            mk(
                "1",
                d(2026, 1, 1),
                &[("a", Some(2)), ("old", Some(1))],
                true,
            ),
            mk("3", d(2026, 9, 1), &[("a", Some(5))], false),
        ];
        let t = trend("fw", &f, &list);
        assert_eq!(
            t.assessments,
            vec![
                ("1".to_string(), d(2026, 1, 1)),
                ("2".to_string(), d(2026, 6, 1))
            ]
        );
        let rows: Vec<(&str, &str, Vec<Option<u8>>)> = t
            .rows
            .iter()
            .map(|r| (r.competency.as_str(), r.name.as_str(), r.levels.clone()))
            .collect();
        assert_eq!(
            rows,
            vec![
                ("a", "Analisis", vec![Some(2), Some(3)]),
                ("old", "Nama old", vec![Some(1), None]),
            ],
            "b never assessed, c and e never rated: left out"
        );
        assert_eq!(trend("gen", &f, &list), Trend::default());
    }

    #[test]
    fn evidence_links() {
        let mut a = Assessment::new("fw", d(2026, 1, 1));
        assert!(a.link_entry("a", "Analisis", "e1"));
        assert!(!a.link_entry("a", "Analisis", "e1"));
        assert!(a.link_entry("a", "Analisis", "e2"));
        assert!(
            !a.rating("a").unwrap().answered(),
            "evidence is not an answer"
        );
        assert!(a.unlink_entry("a", "e1"));
        assert!(!a.unlink_entry("a", "e1"));
        assert!(!a.unlink_entry("nope", "e2"));
        assert_eq!(a.rating("a").unwrap().entries, vec!["e2"]);
        assert!(a.set_evidence("a", "Analisis", "Memimpin rapat"));
        assert!(!a.set_evidence("a", "Analisis", "Memimpin rapat"));
    }

    #[test]
    fn complete_and_reopen() {
        let mut a = Assessment::new("fw", d(2026, 1, 1));
        a.step = 4;
        assert!(a.complete());
        assert!(!a.complete());
        assert!(a.is_completed());
        assert!(a.reopen());
        assert_eq!((a.status, a.step), (Status::InProgress, 1));
        assert!(!a.reopen());
    }

    #[test]
    fn validation_rules() {
        let mut a = Assessment::new("fw", d(2026, 1, 1));
        assert!(validate(&a).is_empty());
        a.framework = " ".into();
        a.date = Date::new(2300, 1, 1).unwrap();
        a.target_role = "x".repeat(ROLE_MAX + 1);
        a.rate("a", "A", Some(2));
        a.set_evidence("a", "A", &"y".repeat(EVIDENCE_MAX + 1));
        for i in 0..=ENTRIES_MAX {
            a.link_entry("a", "A", &format!("e{i}"));
        }
        a.ratings.push(Rating::new("a", "A"));
        a.ratings.push(Rating::new("", "?"));
        let errs = validate(&a);
        assert_eq!(
            errs,
            vec![
                AssessmentError::DateOutOfRange,
                AssessmentError::FrameworkMissing,
                AssessmentError::RoleTooLong { max: ROLE_MAX },
                AssessmentError::EvidenceTooLong {
                    competency: "a".into(),
                    max: EVIDENCE_MAX
                },
                AssessmentError::TooManyEntries {
                    competency: "a".into(),
                    max: ENTRIES_MAX
                },
                AssessmentError::DuplicateRating {
                    competency: "a".into()
                },
                AssessmentError::RatingWithoutCompetency,
            ]
        );
        assert_eq!(errs[3].competency(), Some("a"));
        assert_eq!(errs[0].competency(), None);
    }

    #[test]
    fn record_round_trip_and_lenient_reading() {
        let mut rec: Record = serde_json::from_value(json!({
            "id": "6f1c2b7e-4a3d-4c1e-9b2a-1d2e3f405162", "kind": kinds::ASSESSMENT,
            "created": "2026-11-25T10:00:00.000Z", "rev": "1764064800000-000000-dev",
            "date": "2026-11-25", "framework": ASN_ID, "status": "archived",
            "target_position": "menteri", "step": -3, "future": true,
            "ratings": [
                {"competency": "asn-integrity", "level": 9, "target": 4, "entries": ["e1", 7]},
                {"competency": "asn-communication", "level": 3, "not_assessed": "yes"},
                42
            ]
        }))
        .unwrap();
        let mut a: Assessment = rec.view().unwrap();
        assert_eq!(
            a.status,
            Status::InProgress,
            "unknown status reads as in progress"
        );
        assert_eq!(a.target_position, None);
        assert_eq!(a.step, 0);
        assert_eq!(a.ratings.len(), 2);
        assert_eq!(a.ratings[0].level, None, "off the scale");
        assert_eq!(a.ratings[0].target, Some(4));
        assert_eq!(a.ratings[0].entries, vec!["e1"]);
        assert_eq!(a.ratings[1].current(), Some(3));
        a.set_position(
            Some(Position::Pengawas),
            &builtin::framework(ASN_ID, Language::Indonesian).unwrap(),
        );
        a.complete();
        rec.set_view(&a).unwrap();
        assert_eq!(rec.fields["future"], json!(true));
        assert_eq!(rec.fields["status"], "completed");
        assert_eq!(rec.fields["target_position"], "pengawas");
        let back: Assessment = rec.view().unwrap();
        assert_eq!(back, a);
        // A record without a date is not an assessment.
        assert!(serde_json::from_value::<Assessment>(json!({"framework": "x"})).is_err());
    }
}
