//! The mentor loop (DESIGN.md §1, §6): sharing a chosen part with a mentor, the mentor's
//! Mentees inbox and read-only review with comments, and feedback back to the mentee.

pub mod comments;
mod mentees;
mod review;
mod share;

pub use mentees::MenteesPage;
pub use review::MenteePackagePage;
pub use share::{ShareCard, SharePage};
