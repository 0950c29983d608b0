//! Strings for The mentor loop: sharing with a mentor, the Mentees inbox, comments and feedback files.

use super::strings::strings;

strings! { MentorKey {
    PlaceholderTitle => "Sedang disiapkan", "Being prepared";
}
}
