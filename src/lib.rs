//! Jejak: a local-first career-development and mentoring journal.
//!
//! `domain` is pure Rust (tested natively); `store`, `state`, `ui` and `pages` are the thin
//! browser layers around it. `main.rs` only mounts [`app::App`].

// Tests may use the standard sorts; the app's code uses its one shared sort (clippy.toml).
#![cfg_attr(test, allow(clippy::disallowed_methods))]

pub mod app;
pub mod browser;
pub mod domain;
pub mod i18n;
pub mod lazy;
pub mod pages;
pub mod state;
pub mod store;
pub mod transfer;
pub mod ui;
