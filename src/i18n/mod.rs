//! All user-visible text, in Bahasa Indonesia and English.
//!
//! Plain Rust tables rather than an i18n crate: the strings compile to static data, a missing
//! translation is a compile error (each key must give both languages), and the bundle pays only
//! for the text itself.

pub mod assignment_messages;
mod data_strings;
mod goal_strings;
mod import_messages;
mod journal_strings;
mod mentor_messages;
mod mentor_screen_strings;
mod mentoring_screen_strings;
pub mod messages;
mod settings_strings;
mod strings;
// One table per module, so each module's words live beside each other.
mod assignment_strings;
pub mod competency_strings;
mod mentor_strings;
pub mod mentoring_messages;
mod mentoring_strings;
pub mod plan_strings;
mod sync_strings;

pub use assignment_strings::AssignmentKey;
pub use competency_strings::CompetencyKey;
pub use data_strings::DataKey;
pub use goal_strings::GoalKey;
pub use journal_strings::JournalKey;
pub use mentor_screen_strings::MentorScreensKey;
pub use mentor_strings::MentorKey;
pub use mentoring_screen_strings::MentoringScreensKey;
pub use mentoring_strings::MentoringKey;
pub use plan_strings::PlanKey;
pub use settings_strings::SettingsKey;
pub use strings::Key;
pub use sync_strings::SyncKey;

/// A key into one of the string tables: its Indonesian and English text.
pub trait Text: Copy {
    fn text(self) -> (&'static str, &'static str);
}

use crate::domain::date::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Indonesian for `id*`, English for every other browser language: the app's two audiences
    /// are Indonesian speakers and everyone else.
    pub fn from_browser(tags: &[String]) -> Lang {
        for t in tags {
            let t = t.to_ascii_lowercase();
            if t == "id" || t.starts_with("id-") || t == "in" {
                return Lang::Id;
            }
            if t == "en" || t.starts_with("en-") {
                return Lang::En;
            }
        }
        Lang::En
    }

    pub fn t(self, key: impl Text) -> &'static str {
        let (id, en) = key.text();
        match self {
            Lang::Id => id,
            Lang::En => en,
        }
    }

    /// A long date in the user's language, e.g. "25 November 2026" / "25 Nov 2026".
    pub fn date(self, d: Date) -> String {
        const ID: [&str; 12] = [
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember",
        ];
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let m = (d.month as usize).saturating_sub(1).min(11);
        match self {
            Lang::Id => format!("{} {} {}", d.day, ID[m], d.year),
            Lang::En => format!("{} {} {}", d.day, EN[m], d.year),
        }
    }

    /// A count with its noun, e.g. "3 entri" / "3 entries".
    pub fn entries_count(self, n: usize) -> String {
        match (self, n) {
            (Lang::Id, n) => format!("{n} entri"),
            (Lang::En, 1) => "1 entry".to_string(),
            (Lang::En, n) => format!("{n} entries"),
        }
    }

    pub fn follow_ups_due(self, n: usize) -> String {
        match (self, n) {
            (Lang::Id, n) => format!("{n} pelatihan menunggu tindak lanjut"),
            (Lang::En, 1) => "1 training is waiting for a follow-up".to_string(),
            (Lang::En, n) => format!("{n} trainings are waiting for a follow-up"),
        }
    }

    pub fn shown_of(self, shown: usize, total: usize) -> String {
        match self {
            Lang::Id => format!("{shown} dari {total} entri"),
            Lang::En => format!("{shown} of {total} entries"),
        }
    }

    /// Bytes in the largest fitting unit, with the locale's decimal separator.
    pub fn bytes(self, n: f64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"];
        let mut v = n.max(0.0);
        let mut i = 0;
        while v >= 1024.0 && i < units.len() - 1 {
            v /= 1024.0;
            i += 1;
        }
        let s = fixed(v, if i == 0 { 0 } else { 1 });
        let s = match self {
            Lang::Id => s.replace('.', ","),
            Lang::En => s,
        };
        format!("{s} {}", units[i])
    }

    /// A number as typed in this language (comma decimal separator in Indonesian).
    pub fn decimal(self, v: f64) -> String {
        let s = fixed(v, 4);
        let s = match s.contains('.') {
            true => s.trim_end_matches('0').trim_end_matches('.').to_string(),
            false => s,
        };
        match self {
            Lang::Id => s.replace('.', ","),
            Lang::En => s,
        }
    }

    pub fn hours(self, h: f64) -> String {
        let s = fixed(h, if h.fract() == 0.0 { 0 } else { 1 });
        match self {
            Lang::Id => format!("{} jam", s.replace('.', ",")),
            Lang::En if h == 1.0 => "1 hour".to_string(),
            Lang::En => format!("{s} hours"),
        }
    }
}

/// `v` with `decimals` digits after a point, rounded half away from zero. Built from integer
/// formatting: Rust's float formatting is about 10 KB of wasm that start-up would carry for the
/// few numbers Today shows. For the small numbers of this app (hours, percents, sizes, chart
/// coordinates); not finite gives "0".
pub fn fixed(v: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals);
    let n = (v.abs() * scale as f64).round();
    let n = if n.is_finite() { n as u64 } else { 0 };
    let mut s = String::new();
    if v < 0.0 && n != 0 {
        s.push('-');
    }
    s.push_str(&(n / scale).to_string());
    if decimals > 0 {
        let frac = (n % scale).to_string();
        s.push('.');
        for _ in frac.len()..decimals as usize {
            s.push('0');
        }
        s.push_str(&frac);
    }
    s
}

/// Labels for domain enums and errors, so screens never spell them out.
pub mod labels {
    use super::Key;
    use crate::domain::entry::{EntryError, EntryKind, LearningType};
    use crate::domain::goal::{GoalCategory, GoalError, GoalStatus};

    pub fn entry_kind(k: EntryKind) -> Key {
        match k {
            EntryKind::Reflection => Key::KindReflection,
            EntryKind::MentoringNote => Key::KindMentoringNote,
            EntryKind::Training => Key::KindTraining,
            EntryKind::AssignmentLog => Key::KindAssignmentLog,
            EntryKind::Networking => Key::KindNetworking,
            EntryKind::Achievement => Key::KindAchievement,
        }
    }

    pub fn learning(l: LearningType) -> Key {
        match l {
            LearningType::Experience => Key::LearnExperience,
            LearningType::Social => Key::LearnSocial,
            LearningType::Formal => Key::LearnFormal,
        }
    }

    pub fn entry_error(e: &EntryError) -> Key {
        match e {
            EntryError::TitleEmpty => Key::ErrTitleEmpty,
            EntryError::TitleTooLong { .. } => Key::ErrTitleTooLong,
            EntryError::DateOutOfRange => Key::ErrDateOutOfRange,
            EntryError::HoursNegative => Key::ErrHoursNegative,
            EntryError::HoursTooMany { .. } => Key::ErrHoursTooMany,
            EntryError::HoursNotNumber => Key::ErrHoursNotNumber,
            EntryError::TagEmpty => Key::ErrTagEmpty,
            EntryError::TagTooLong { .. } => Key::ErrTagTooLong,
            EntryError::TooManyTags { .. } => Key::ErrTooManyTags,
            EntryError::BodyTooLong { .. } => Key::ErrBodyTooLong,
        }
    }

    pub fn goal_status(s: GoalStatus) -> Key {
        match s {
            GoalStatus::Draft => Key::GoalStatusDraft,
            GoalStatus::Active => Key::GoalStatusActive,
            GoalStatus::Achieved => Key::GoalStatusAchieved,
            GoalStatus::Dropped => Key::GoalStatusDropped,
        }
    }

    pub fn goal_category(c: GoalCategory) -> Key {
        match c {
            GoalCategory::Skill => Key::GoalCatSkill,
            GoalCategory::Role => Key::GoalCatRole,
            GoalCategory::Project => Key::GoalCatProject,
            GoalCategory::Network => Key::GoalCatNetwork,
            GoalCategory::Learning => Key::GoalCatLearning,
            GoalCategory::Wellbeing => Key::GoalCatWellbeing,
        }
    }

    pub fn goal_error(e: &GoalError) -> Key {
        match e {
            GoalError::TitleEmpty => Key::ErrTitleEmpty,
            GoalError::TitleTooLong { .. } => Key::ErrTitleTooLong,
            GoalError::WhyTooLong { .. }
            | GoalError::MeasureTooLong { .. }
            | GoalError::ReflectionTooLong { .. } => Key::GoalErrTextTooLong,
            GoalError::TargetDateOutOfRange => Key::ErrDateOutOfRange,
            GoalError::ProgressTooHigh { .. } => Key::GoalErrProgress,
            GoalError::TooManyMilestones { .. } => Key::GoalErrTooManyMilestones,
            GoalError::MilestoneTitleEmpty { .. } => Key::GoalErrMilestoneTitleEmpty,
            GoalError::MilestoneTitleTooLong { .. } => Key::GoalErrMilestoneTitleTooLong,
            GoalError::MilestoneDueOutOfRange { .. } => Key::GoalErrMilestoneDue,
            GoalError::ClosedBeforeActivated => Key::GoalErrClosedBeforeActivated,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn browser_language_choice() {
        assert_eq!(Lang::from_browser(&["id-ID".into(), "en".into()]), Lang::Id);
        assert_eq!(Lang::from_browser(&["en-US".into(), "id".into()]), Lang::En);
        assert_eq!(Lang::from_browser(&["fr".into(), "id".into()]), Lang::Id);
        assert_eq!(Lang::from_browser(&[]), Lang::En);
    }

    #[test]
    fn formats() {
        let d = Date::new(2026, 11, 5).unwrap();
        assert_eq!(Lang::Id.date(d), "5 November 2026");
        assert_eq!(Lang::En.date(d), "5 November 2026");
        assert_eq!(Lang::En.entries_count(1), "1 entry");
        assert_eq!(Lang::Id.entries_count(2), "2 entri");
        assert_eq!(Lang::Id.bytes(1536.0), "1,5 KB");
        assert_eq!(Lang::En.hours(1.5), "1.5 hours");
        assert_eq!(fixed(0.0, 0), "0");
        assert_eq!(fixed(2.5, 0), "3");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(-1.26, 1), "-1.3");
        assert_eq!(fixed(12.05, 2), "12.05");
        assert_eq!(fixed(3.007, 2), "3.01");
        assert_eq!(fixed(f64::NAN, 1), "0.0");
        assert_eq!(Lang::En.decimal(0.1 + 0.2), "0.3");
        assert_eq!(Lang::Id.decimal(1.25), "1,25");
        assert_eq!(Lang::En.decimal(40.0), "40");
        assert_eq!(Lang::Id.hours(2.0), "2 jam");
    }

    #[test]
    fn no_string_is_empty() {
        fn check<K: Text + std::fmt::Debug>(keys: &[K]) {
            for key in keys {
                let (id, en) = key.text();
                assert!(!id.trim().is_empty() && !en.trim().is_empty(), "{key:?}");
            }
        }
        check(Key::ALL);
        check(CompetencyKey::ALL);
        check(MentoringKey::ALL);
        check(AssignmentKey::ALL);
        check(MentorKey::ALL);
        check(JournalKey::ALL);
        check(GoalKey::ALL);
        check(DataKey::ALL);
        check(SettingsKey::ALL);
        check(MentoringScreensKey::ALL);
        check(MentorScreensKey::ALL);
        check(PlanKey::ALL);
        check(crate::domain::plan::words::Label::ALL);
    }
}
