//! One module per screen. Screens read and change data only through `state`.

pub mod assignments;
pub mod competency;
pub mod data;
pub mod editor;
pub mod goals;
pub mod growth;
pub mod journal;
pub mod mentor;
pub mod mentoring;
pub mod more;
pub mod plan;
pub mod settings;
pub mod sync;
pub mod today;
