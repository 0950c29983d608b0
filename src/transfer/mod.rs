//! The browser side of files: saving, sharing and reading them, and encryption with WebCrypto;
//! and HTTP to the sync server.
//! Formats, validation and merging live in the domain; this layer only moves bytes.

pub mod couch;
pub mod crypto;
pub mod files;
