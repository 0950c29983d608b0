//! One module per screen. Screens read and change data only through `state`.

pub mod data;
pub mod editor;
pub mod goals;
pub mod growth;
pub mod journal;
pub mod settings;
pub mod today;
