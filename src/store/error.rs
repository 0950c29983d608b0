//! Storage failures as values. The UI turns each into a message in the user's language.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum StoreError {
    /// The browser refused to store more (`QuotaExceededError`).
    QuotaExceeded,
    /// Another tab holds an older version of the database open and blocks the upgrade.
    Blocked,
    /// The storage is not available at all (private mode, disabled, revoked by the user).
    Unavailable(String),
    /// A stored value could not be read back (should not happen; reported, never ignored).
    Corrupt(String),
    /// Anything else the browser reported.
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::QuotaExceeded => write!(f, "storage quota exceeded"),
            StoreError::Blocked => write!(f, "database upgrade blocked by another tab"),
            StoreError::Unavailable(m) => write!(f, "storage unavailable: {m}"),
            StoreError::Corrupt(m) => write!(f, "stored data unreadable: {m}"),
            StoreError::Other(m) => write!(f, "storage error: {m}"),
        }
    }
}

impl std::error::Error for StoreError {}
