//! Strings for Assignments: secondment, internship and exchange readiness, and the risk register.

use super::strings::strings;

strings! { AssignmentKey {
    PlaceholderTitle => "Sedang disiapkan", "Being prepared";
}
}
