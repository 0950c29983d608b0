//! The pure core of Jejak: records, clock, dates, validation, search, Markdown and (later)
//! file formats, merge and scoring. Nothing here touches the browser; time and randomness come
//! in as arguments so everything runs and is tested natively.

pub mod clock;
pub mod date;
pub mod entry;
pub mod id;
pub mod markdown;
pub mod record;
pub mod search;
pub mod settings;
pub mod text;
