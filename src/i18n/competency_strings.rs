//! Strings for Competency self-assessment: frameworks, rating, results and history.

use super::strings::strings;

strings! { CompetencyKey {
    PlaceholderTitle => "Sedang disiapkan", "Being prepared";
}
}
