//! Editor drafts in localStorage, written synchronously on every keystroke.
//!
//! IndexedDB writes are asynchronous and may not finish when a tab is closed mid-typing; a
//! synchronous localStorage write does. A draft lives until its entry is safely in the store,
//! and drafts left over from a closed tab are applied at the next start.

use crate::browser::prefs;
use crate::domain::entry::Entry;
use serde::{Deserialize, Serialize};

const PREFIX: &str = "jejak:draft:";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Draft {
    pub id: String,
    /// When the draft was last typed into (ms); used to tell it apart from older saved versions.
    pub updated: i64,
    /// True while the entry has never reached the store.
    pub is_new: bool,
    pub entry: Entry,
}

pub fn save(draft: &Draft) {
    if let Ok(json) = serde_json::to_string(draft) {
        prefs::set(&format!("{PREFIX}{}", draft.id), &json);
    }
}

pub fn load(id: &str) -> Option<Draft> {
    serde_json::from_str(&prefs::get(&format!("{PREFIX}{id}"))?).ok()
}

pub fn remove(id: &str) {
    prefs::remove(&format!("{PREFIX}{id}"));
}

pub fn all() -> Vec<Draft> {
    prefs::keys_with_prefix(PREFIX)
        .into_iter()
        .filter_map(|k| serde_json::from_str(&prefs::get(&k)?).ok())
        .collect()
}
