//! The app state: the single path between screens and the store.
//!
//! Records are loaded once into signals; every edit is a `Change` applied here first (so the
//! screen updates at once), broadcast to other tabs, and written through to the backend. A write
//! that fails stays queued and is retried; its error reaches the user as a message. Screens never
//! touch storage directly.

mod boot;
pub mod files;
mod writes;

pub use writes::{pending_count as writes_pending, SaveStatus};

use crate::domain::clock::Hlc;
use crate::domain::entry::Entry;
use crate::domain::record::{kinds, Record};
use crate::domain::search::SearchIndex;
use crate::domain::settings::{Settings, Theme, SETTINGS_ID};
use crate::i18n::{Key, Lang};
use crate::store::drafts::Draft;
use crate::store::{AnyBackend, BackendKind, StoreError};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

/// One journal entry as the screens use it.
#[derive(Debug, Clone, PartialEq)]
pub struct EntryRow {
    pub id: String,
    pub created: String,
    pub entry: Entry,
}

/// What the Data screen shows about storage.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StorageStatus {
    pub backend: Option<BackendKind>,
    /// Why better backends were not used (shown as details under the warning).
    pub failures: Vec<String>,
    pub persisted: Option<bool>,
    pub usage: Option<(f64, f64)>,
}

/// A short message at the bottom of the screen, optionally with an action.
#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    pub id: u64,
    pub text: Key,
    pub undo_entry: Option<String>,
}

// Browser-side singletons: one page has one store, one clock and one search index. They are not
// `Send`, so they live here rather than in signals.
thread_local! {
    static BACKEND: RefCell<Option<Rc<AnyBackend>>> = const { RefCell::new(None) };
    static CLOCK: RefCell<Hlc> = RefCell::new(Hlc::new("local"));
    static INDEX: RefCell<SearchIndex> = RefCell::new(SearchIndex::new());
    static TABS: RefCell<Option<crate::store::tabs::TabChannel>> = const { RefCell::new(None) };
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub records: RwSignal<HashMap<String, Record>>,
    /// Parsed entries by id, kept in step with `records` so a change parses one record, not all.
    pub entries: RwSignal<HashMap<String, Arc<EntryRow>>>,
    /// Bumped whenever the search index changes, so search results recompute.
    pub index_version: RwSignal<u64>,
    pub lang: RwSignal<Lang>,
    pub theme: RwSignal<Theme>,
    pub storage: RwSignal<StorageStatus>,
    pub save: RwSignal<SaveStatus>,
    pub toast: RwSignal<Option<Toast>>,
    pub loaded: RwSignal<bool>,
    /// Drafts of entries that could not be saved yet (no title), recovered after a closed tab.
    pub drafts: RwSignal<Vec<Draft>>,
    pub device_name: RwSignal<String>,
    /// When this device last exported a full backup (ms), for the "days since backup" line.
    pub last_backup: RwSignal<Option<i64>>,
    /// Whether an import can be undone (its snapshot is in the store).
    pub can_undo_import: RwSignal<bool>,
}

impl AppState {
    /// Creates the state, provides it as context and starts loading the store.
    pub fn provide() -> AppState {
        let state = AppState {
            records: RwSignal::new(HashMap::new()),
            entries: RwSignal::new(HashMap::new()),
            index_version: RwSignal::new(0),
            lang: RwSignal::new(boot::initial_lang()),
            theme: RwSignal::new(boot::initial_theme()),
            storage: RwSignal::new(StorageStatus::default()),
            save: RwSignal::new(SaveStatus::Idle),
            toast: RwSignal::new(None),
            loaded: RwSignal::new(false),
            drafts: RwSignal::new(Vec::new()),
            device_name: RwSignal::new(String::new()),
            last_backup: RwSignal::new(None),
            can_undo_import: RwSignal::new(false),
        };
        provide_context(state);
        boot::apply_document_prefs(state);
        leptos::task::spawn_local(boot::boot(state));
        state
    }

    pub fn t(&self, key: impl crate::i18n::Text) -> &'static str {
        self.lang.get().t(key)
    }

    /// Entries newest first (tombstones excluded).
    pub fn sorted_entries(&self) -> Vec<Arc<EntryRow>> {
        let mut rows: Vec<Arc<EntryRow>> = self.entries.with(|m| m.values().cloned().collect());
        rows.sort_by(|a, b| {
            crate::domain::entry::newest_first(
                (&a.entry, &a.created, &a.id),
                (&b.entry, &b.created, &b.id),
            )
        });
        rows
    }

    pub fn entry(&self, id: &str) -> Option<Arc<EntryRow>> {
        self.entries.with(|m| m.get(id).cloned())
    }

    /// Ids matching a search query, best first.
    pub fn search(&self, query: &str) -> Vec<String> {
        self.index_version.track();
        INDEX.with(|i| i.borrow().search(query).into_iter().map(|h| h.id).collect())
    }

    /// Live records of one kind with their typed view (records that fail to parse are left out;
    /// the import pipeline keeps such records from arriving in the first place).
    pub fn views<T: serde::de::DeserializeOwned>(&self, kind: &str) -> Vec<(String, T)> {
        self.records.with(|m| {
            m.values()
                .filter(|r| r.kind == kind && !r.deleted)
                .filter_map(|r| r.view::<T>().ok().map(|v| (r.id.clone(), v)))
                .collect()
        })
    }

    pub fn record(&self, id: &str) -> Option<Record> {
        self.records
            .with(|m| m.get(id).filter(|r| !r.deleted).cloned())
    }

    pub fn settings(&self) -> Settings {
        self.records
            .with(|m| m.get(SETTINGS_ID).and_then(|r| r.view().ok()))
            .unwrap_or_default()
    }

    pub fn count_by_kind(&self) -> Vec<(String, usize)> {
        self.records.with(|m| {
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for r in m.values().filter(|r| !r.deleted) {
                *counts.entry(r.kind.as_str()).or_default() += 1;
            }
            let mut v: Vec<(String, usize)> = counts
                .into_iter()
                .map(|(k, n)| (k.to_string(), n))
                .collect();
            v.sort();
            v
        })
    }

    /// Applies records that are already stored (loaded, or written by another tab) to the
    /// signals and the search index, keeping whichever side is newer.
    fn apply_records(&self, incoming: Vec<Record>) -> Vec<Record> {
        let mut applied = Vec::new();
        self.records.update(|map| {
            for r in incoming {
                CLOCK.with(|c| c.borrow_mut().observe(&r.rev));
                if crate::domain::record::apply_newer(map, r.clone()) {
                    applied.push(r);
                }
            }
        });
        if applied.is_empty() {
            return applied;
        }
        let mut index_changed = false;
        self.entries.update(|entries| {
            INDEX.with(|index| {
                let mut index = index.borrow_mut();
                for r in applied.iter().filter(|r| r.kind == kinds::ENTRY) {
                    index_changed = true;
                    match (r.deleted, r.view::<Entry>()) {
                        (false, Ok(entry)) => {
                            index.upsert(&r.id, &entry.title, &entry.body, &entry.tags);
                            entries.insert(
                                r.id.clone(),
                                Arc::new(EntryRow {
                                    id: r.id.clone(),
                                    created: r.created.clone(),
                                    entry,
                                }),
                            );
                        }
                        _ => {
                            index.remove(&r.id);
                            entries.remove(&r.id);
                        }
                    }
                }
            });
        });
        if index_changed {
            self.index_version.update(|v| *v += 1);
        }
        if let Some(s) = applied.iter().find(|r| r.id == SETTINGS_ID) {
            if let Ok(settings) = s.view::<Settings>() {
                boot::apply_settings(*self, &settings);
            }
        }
        applied
    }

    /// Forgets every loaded record (before a full reload from the store).
    fn reset_records(&self) {
        self.records.set(HashMap::new());
        self.entries.set(HashMap::new());
        INDEX.with(|i| *i.borrow_mut() = SearchIndex::new());
        self.index_version.update(|v| *v += 1);
    }

    fn show_error(&self, e: &StoreError) {
        self.save.set(SaveStatus::Failed(e.clone()));
    }

    pub fn show_toast(&self, text: Key, undo_entry: Option<String>) {
        let id = self
            .toast
            .with_untracked(|t| t.as_ref().map_or(0, |t| t.id + 1));
        self.toast.set(Some(Toast {
            id,
            text,
            undo_entry,
        }));
        let toast = self.toast;
        set_timeout(
            move || {
                if toast.with_untracked(|t| t.as_ref().is_some_and(|t| t.id == id)) {
                    toast.set(None);
                }
            },
            std::time::Duration::from_secs(8),
        );
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

pub(crate) fn backend() -> Option<Rc<AnyBackend>> {
    BACKEND.with(|b| b.borrow().clone())
}

pub(crate) fn post_to_tabs(message: &crate::store::tabs::TabMessage) {
    TABS.with(|t| {
        if let Some(t) = t.borrow().as_ref() {
            t.post(message);
        }
    });
}

/// Past this many records, other tabs are told to reload from the store instead of being sent
/// the records: serialising a whole import for a message costs more than their one read.
const TAB_RECORDS_MAX: usize = 200;

pub(crate) fn post_tab_update(records: &[Record]) {
    use crate::store::tabs::TabMessage;
    if records.len() > TAB_RECORDS_MAX {
        post_to_tabs(&TabMessage::Reload);
    } else if !records.is_empty() {
        post_to_tabs(&TabMessage::Records(records.to_vec()));
    }
}

pub(crate) fn device_id() -> String {
    CLOCK.with(|c| c.borrow().device().to_string())
}

pub(crate) fn with_clock<R>(f: impl FnOnce(&mut Hlc) -> R) -> R {
    CLOCK.with(|c| f(&mut c.borrow_mut()))
}

pub(crate) fn tick(now: i64) -> crate::domain::clock::Rev {
    CLOCK.with(|c| c.borrow_mut().tick(now.max(0) as u64))
}
