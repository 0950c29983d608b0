//! Journal entries: their typed fields, validation and the list filters of the Journal screen.

use super::date::Date;
use crate::domain::sort::OneSort;
use serde::{Deserialize, Serialize};

pub const TITLE_MAX: usize = 200;
pub const TAG_MAX: usize = 40;
pub const TAGS_MAX: usize = 30;
pub const BODY_MAX: usize = 200_000;
/// One entry logs at most a long working day of learning; more is a typo.
pub const HOURS_MAX: f64 = 24.0;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    #[default]
    Reflection,
    MentoringNote,
    Training,
    AssignmentLog,
    Networking,
    Achievement,
}

impl EntryKind {
    pub const ALL: [EntryKind; 6] = [
        EntryKind::Reflection,
        EntryKind::MentoringNote,
        EntryKind::Training,
        EntryKind::AssignmentLog,
        EntryKind::Networking,
        EntryKind::Achievement,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Reflection => "reflection",
            EntryKind::MentoringNote => "mentoring_note",
            EntryKind::Training => "training",
            EntryKind::AssignmentLog => "assignment_log",
            EntryKind::Networking => "networking",
            EntryKind::Achievement => "achievement",
        }
    }

    pub fn parse(s: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The 70-20-10 bucket an entry of this kind usually belongs to, offered as the default.
    pub fn default_learning(self) -> LearningType {
        match self {
            EntryKind::Training => LearningType::Formal,
            EntryKind::MentoringNote | EntryKind::Networking => LearningType::Social,
            _ => LearningType::Experience,
        }
    }
}

/// The 70-20-10 buckets: experience (on the job), social (feedback, coaching), formal (courses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum LearningType {
    #[default]
    Experience,
    Social,
    Formal,
}

impl LearningType {
    pub const ALL: [LearningType; 3] = [
        LearningType::Experience,
        LearningType::Social,
        LearningType::Formal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LearningType::Experience => "experience",
            LearningType::Social => "social",
            LearningType::Formal => "formal",
        }
    }

    pub fn parse(s: &str) -> Option<LearningType> {
        LearningType::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The typed view of an `entry` record's own fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    #[serde(default)]
    pub entry_kind: EntryKind,
    #[serde(default)]
    pub title: String,
    pub date: Date,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub learning: LearningType,
    /// Written as null when cleared, so `Record::set_view` removes a stale value.
    #[serde(default)]
    pub hours: Option<f64>,
    /// Ids of goals, competencies and other records this entry is evidence for.
    #[serde(default)]
    pub links: Vec<String>,
}

impl Entry {
    pub fn new(date: Date) -> Entry {
        Entry {
            entry_kind: EntryKind::Reflection,
            title: String::new(),
            date,
            body: String::new(),
            tags: Vec::new(),
            learning: LearningType::Experience,
            hours: None,
            links: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum EntryError {
    TitleEmpty,
    TitleTooLong { max: usize },
    DateOutOfRange,
    HoursNegative,
    HoursTooMany { max: f64 },
    HoursNotNumber,
    TagEmpty,
    TagTooLong { tag: String, max: usize },
    TooManyTags { max: usize },
    BodyTooLong { max: usize },
}

impl EntryError {
    /// Which form field the error belongs to, so the UI can put the message beside it.
    pub fn field(&self) -> &'static str {
        match self {
            EntryError::TitleEmpty | EntryError::TitleTooLong { .. } => "title",
            EntryError::DateOutOfRange => "date",
            EntryError::HoursNegative
            | EntryError::HoursTooMany { .. }
            | EntryError::HoursNotNumber => "hours",
            EntryError::TagEmpty
            | EntryError::TagTooLong { .. }
            | EntryError::TooManyTags { .. } => "tags",
            EntryError::BodyTooLong { .. } => "body",
        }
    }
}

pub fn validate(e: &Entry) -> Vec<EntryError> {
    let mut errors = Vec::new();
    let title = e.title.trim();
    if title.is_empty() {
        errors.push(EntryError::TitleEmpty);
    } else if title.chars().count() > TITLE_MAX {
        errors.push(EntryError::TitleTooLong { max: TITLE_MAX });
    }
    if !e.date.in_range() {
        errors.push(EntryError::DateOutOfRange);
    }
    match e.hours {
        Some(h) if !h.is_finite() => errors.push(EntryError::HoursNotNumber),
        Some(h) if h < 0.0 => errors.push(EntryError::HoursNegative),
        Some(h) if h > HOURS_MAX => errors.push(EntryError::HoursTooMany { max: HOURS_MAX }),
        _ => {}
    }
    if e.tags.len() > TAGS_MAX {
        errors.push(EntryError::TooManyTags { max: TAGS_MAX });
    }
    for tag in &e.tags {
        if tag.trim().is_empty() {
            errors.push(EntryError::TagEmpty);
        } else if tag.chars().count() > TAG_MAX {
            errors.push(EntryError::TagTooLong {
                tag: tag.clone(),
                max: TAG_MAX,
            });
        }
    }
    if e.body.len() > BODY_MAX {
        errors.push(EntryError::BodyTooLong { max: BODY_MAX });
    }
    errors
}

/// Turns what the user typed in the tags field ("kepemimpinan, Data #sql") into clean tags:
/// split on commas and whitespace, leading `#` dropped, lowercased, duplicates removed in order.
pub fn parse_tags(input: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in input.split(|c: char| c == ',' || c.is_whitespace()) {
        let tag = raw.trim().trim_start_matches('#').to_lowercase();
        if !tag.is_empty() && !out.contains(&tag) {
            out.push(tag);
        }
    }
    out
}

/// Parses an hours field: empty means "not given"; a comma decimal separator (Indonesian) is
/// accepted.
pub fn parse_hours(input: &str) -> Result<Option<f64>, EntryError> {
    let t = input.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.replace(',', ".")
        .parse::<f64>()
        .map(Some)
        .map_err(|_| EntryError::HoursNotNumber)
}

/// The Journal list's filters. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryFilter {
    pub kind: Option<EntryKind>,
    pub tag: Option<String>,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl EntryFilter {
    pub fn matches(&self, e: &Entry) -> bool {
        self.kind.is_none_or(|k| e.entry_kind == k)
            && self
                .tag
                .as_ref()
                .is_none_or(|t| e.tags.iter().any(|x| x == t))
            && self.from.is_none_or(|f| e.date >= f)
            && self.to.is_none_or(|t| e.date <= t)
    }

    pub fn is_empty(&self) -> bool {
        *self == EntryFilter::default()
    }
}

/// Newest first: by date, then by the time the entry was created, then by id for stability.
pub fn newest_first(a: (&Entry, &str, &str), b: (&Entry, &str, &str)) -> std::cmp::Ordering {
    b.0.date
        .cmp(&a.0.date)
        .then_with(|| b.1.cmp(a.1))
        .then_with(|| a.2.cmp(b.2))
}

/// Tag counts for the chips above the list, most used first, then alphabetically.
pub fn tag_counts<'a>(entries: impl Iterator<Item = &'a Entry>) -> Vec<(String, usize)> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for e in entries {
        for t in &e.tags {
            *counts.entry(t.as_str()).or_default() += 1;
        }
    }
    let mut v: Vec<(String, usize)> = counts
        .into_iter()
        .map(|(k, n)| (k.to_string(), n))
        .collect();
    v.one_sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn valid() -> Entry {
        let mut e = Entry::new(Date::new(2026, 11, 25).unwrap());
        e.title = "Rapat koordinasi".into();
        e
    }

    #[test]
    fn valid_entry_has_no_errors() {
        assert!(validate(&valid()).is_empty());
    }

    #[test]
    fn each_rule() {
        let mut e = valid();
        e.title = "   ".into();
        assert_eq!(validate(&e), vec![EntryError::TitleEmpty]);

        let mut e = valid();
        e.title = "x".repeat(TITLE_MAX + 1);
        assert_eq!(
            validate(&e),
            vec![EntryError::TitleTooLong { max: TITLE_MAX }]
        );
        e.title = "é".repeat(TITLE_MAX);
        assert!(
            validate(&e).is_empty(),
            "limit counts characters, not bytes"
        );

        let mut e = valid();
        e.date = Date::new(1899, 12, 31).unwrap();
        assert_eq!(validate(&e), vec![EntryError::DateOutOfRange]);
        e.date = Date::new(2201, 1, 1).unwrap();
        assert_eq!(validate(&e), vec![EntryError::DateOutOfRange]);

        let mut e = valid();
        e.hours = Some(-0.5);
        assert_eq!(validate(&e), vec![EntryError::HoursNegative]);
        e.hours = Some(24.5);
        assert_eq!(
            validate(&e),
            vec![EntryError::HoursTooMany { max: HOURS_MAX }]
        );
        e.hours = Some(f64::NAN);
        assert_eq!(validate(&e), vec![EntryError::HoursNotNumber]);
        e.hours = Some(0.0);
        assert!(validate(&e).is_empty());

        let mut e = valid();
        e.tags = vec!["a".repeat(TAG_MAX + 1)];
        assert!(matches!(validate(&e)[..], [EntryError::TagTooLong { .. }]));
        e.tags = vec![" ".into()];
        assert_eq!(validate(&e), vec![EntryError::TagEmpty]);
        e.tags = (0..=TAGS_MAX).map(|i| format!("t{i}")).collect();
        assert_eq!(
            validate(&e),
            vec![EntryError::TooManyTags { max: TAGS_MAX }]
        );

        let mut e = valid();
        e.body = "x".repeat(BODY_MAX + 1);
        assert_eq!(
            validate(&e),
            vec![EntryError::BodyTooLong { max: BODY_MAX }]
        );
    }

    #[test]
    fn tags_and_hours_parsing() {
        assert_eq!(
            parse_tags("Kepemimpinan, #data  sql,data"),
            vec!["kepemimpinan", "data", "sql"]
        );
        assert_eq!(parse_tags(" , "), Vec::<String>::new());
        assert_eq!(parse_hours(""), Ok(None));
        assert_eq!(parse_hours("1,5"), Ok(Some(1.5)));
        assert_eq!(parse_hours("2"), Ok(Some(2.0)));
        assert_eq!(parse_hours("dua"), Err(EntryError::HoursNotNumber));
    }

    #[test]
    fn filters_and_order() {
        let mut a = valid();
        a.tags = vec!["sql".into()];
        let mut b = valid();
        b.entry_kind = EntryKind::Training;
        b.date = Date::new(2026, 1, 5).unwrap();
        let f = EntryFilter {
            kind: Some(EntryKind::Training),
            ..Default::default()
        };
        assert!(!f.matches(&a) && f.matches(&b));
        let f = EntryFilter {
            tag: Some("sql".into()),
            ..Default::default()
        };
        assert!(f.matches(&a) && !f.matches(&b));
        let f = EntryFilter {
            from: Date::new(2026, 2, 1),
            to: Date::new(2026, 12, 31),
            ..Default::default()
        };
        assert!(f.matches(&a) && !f.matches(&b));
        let f = EntryFilter {
            to: Date::new(2026, 1, 5),
            ..Default::default()
        };
        assert!(f.matches(&b), "range is inclusive");
        assert_eq!(
            newest_first((&a, "1", "x"), (&b, "2", "y")),
            std::cmp::Ordering::Less
        );
        assert_eq!(
            tag_counts([&a, &a, &b].into_iter()),
            vec![("sql".to_string(), 2)]
        );
    }

    #[test]
    fn typed_view_defaults_missing_fields() {
        let e: Entry = serde_json::from_value(serde_json::json!({"date": "2026-11-25"})).unwrap();
        assert_eq!(e.entry_kind, EntryKind::Reflection);
        assert!(e.title.is_empty() && e.tags.is_empty() && e.hours.is_none());
        assert_eq!(EntryKind::parse("training"), Some(EntryKind::Training));
        assert_eq!(EntryKind::Training.default_learning(), LearningType::Formal);
    }
}
