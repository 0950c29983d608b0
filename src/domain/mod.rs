//! The pure core of Jejak: records, clock, dates, validation, search, Markdown and (later)
//! file formats, merge and scoring. Nothing here touches the browser; time and randomness come
//! in as arguments so everything runs and is tested natively.

pub mod assignment;
pub mod balance;
pub mod chart;
pub mod checking;
pub mod clock;
pub mod competency;
pub mod date;
pub mod entry;
pub mod envelope;
pub mod export;
pub mod feedback;
pub mod file_scan;
pub mod files;
pub mod goal;
pub mod id;
pub mod import;
pub mod import_progress;
pub mod markdown;
pub mod mentoring;
pub mod merge;
pub mod migrate;
pub mod plan;
pub mod record;
pub mod sealed;
pub mod search;
pub mod settings;
pub mod share;
pub mod sort;
pub mod sync;
pub mod text;
