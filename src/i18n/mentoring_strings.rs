//! Strings for Mentoring: people, sessions, action items, cadence and calendar export.

use super::strings::strings;

strings! { MentoringKey {
    PlaceholderTitle => "Sedang disiapkan", "Being prepared";
}
}
