//! The app state: the single path between screens and the store.
//!
//! Records are loaded once into signals; every edit is a `Change` applied here first (so the
//! screen updates at once), broadcast to other tabs, and written through to the backend. A write
//! that fails stays queued and is retried; its error reaches the user as a message. Screens never
//! touch storage directly.

mod boot;
mod derived;
pub mod files;
pub mod importing;
pub mod inbox;
pub mod sync;
mod writes;

pub use writes::{pending_count as writes_pending, SaveStatus};

use crate::domain::balance::{needs_follow_up, read_follow_up};
use crate::domain::clock::Hlc;
use crate::domain::date::Date;
use crate::domain::entry::{Entry, EntryFilter};
use crate::domain::record::{kinds, Record};
use crate::domain::settings::{Settings, Theme, SETTINGS_ID};
use crate::domain::sort::OneSort;
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

/// One page of a list of entries: the rows shown and how many there are in all.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultPage {
    pub count: usize,
    pub rows: Vec<Arc<EntryRow>>,
    /// Some entries were not searched yet (a large load is still being indexed): `count` and
    /// `rows` cover the others, and a complete page follows when indexing ends.
    pub partial: bool,
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

// Browser-side singletons: one page has one store, one clock and one channel to other tabs.
// They are not `Send`, so they live here rather than in signals. (The search index and the other
// data derived from the records live in `derived`.)
thread_local! {
    static BACKEND: RefCell<Option<Rc<AnyBackend>>> = const { RefCell::new(None) };
    static CLOCK: RefCell<Hlc> = RefCell::new(Hlc::new("local"));
    static TABS: RefCell<Option<crate::store::tabs::TabChannel>> = const { RefCell::new(None) };
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// Every record by id. Read it freely; only the state module writes it (the per-kind ids,
    /// the sorted entries and the search index in `derived` follow its writes).
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

    /// Entries newest first (tombstones excluded). Kept sorted between calls, so after an edit
    /// this costs about one pass over the list rather than a sort.
    pub fn sorted_entries(&self) -> Vec<Arc<EntryRow>> {
        self.entries.with(derived::sorted)
    }

    /// Trainings six weeks or more old with no follow-up, oldest first. Works from the parsed
    /// (live) entries: a record is only asked for its follow-up field, which it rarely has
    /// (parsing every entry record again took seconds with 10,000 entries on a slow phone).
    pub fn follow_ups_due(&self, today: Date) -> Vec<Arc<EntryRow>> {
        let mut due: Vec<Arc<EntryRow>> = self.entries.with(|entries| {
            self.records.with_untracked(|records| {
                entries
                    .values()
                    .filter(|row| {
                        let follow_up = records.get(&row.id).and_then(read_follow_up);
                        needs_follow_up(&row.entry, follow_up.as_ref(), today)
                    })
                    .cloned()
                    .collect()
            })
        });
        due.one_sort_by(|a, b| {
            a.entry
                .date
                .cmp(&b.entry.date)
                .then_with(|| a.id.cmp(&b.id))
        });
        due
    }

    pub fn entry(&self, id: &str) -> Option<Arc<EntryRow>> {
        self.entries.with(|m| m.get(id).cloned())
    }

    /// The first `limit` entries matching a search query and a filter, best first, and how
    /// many match in all (of the entries indexed so far, while a large load is still being
    /// indexed; the page is then `partial` and this runs again once indexing ends).
    pub fn search_page(&self, query: &str, filter: &EntryFilter, limit: usize) -> ResultPage {
        self.index_version.track();
        self.entries
            .with(|m| derived::search_page(m, query, filter, limit))
    }

    /// Live records of one kind with their typed view (records that fail to parse are left out;
    /// the import pipeline keeps such records from arriving in the first place), in id order.
    /// Reads only that kind, and re-runs a reactive caller only when a record of that kind
    /// changes.
    pub fn views<T: serde::de::DeserializeOwned>(&self, kind: &str) -> Vec<(String, T)> {
        derived::track_kind(kind);
        self.records.with_untracked(|m| {
            derived::with_kind_ids(kind, |ids| {
                ids.filter_map(|id| m.get(id))
                    .filter(|r| r.kind == kind && !r.deleted)
                    .filter_map(|r| view_of::<T>(r).map(|v| (r.id.clone(), v)))
                    .collect()
            })
        })
    }

    pub fn record(&self, id: &str) -> Option<Record> {
        self.records
            .with(|m| m.get(id).filter(|r| !r.deleted).cloned())
    }

    pub fn settings(&self) -> Settings {
        self.records.with(settings_in)
    }

    fn settings_untracked(&self) -> Settings {
        self.records.with_untracked(settings_in)
    }

    /// Subscribes the running reactive computation to changes of records of `kind` only (for
    /// screens that read `records` directly but care about one kind).
    pub fn track_kind(&self, kind: &str) {
        derived::track_kind(kind);
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
            v.one_sort();
            v
        })
    }

    /// Applies records that are already stored (loaded, or written by another tab) to the
    /// signals and the search index, keeping whichever side is newer. Returns copies of the
    /// records that changed something (for the write queue and other tabs).
    fn apply_records(&self, incoming: Vec<Record>) -> Vec<Record> {
        let mut applied = Vec::new();
        self.apply_with(incoming, |r| applied.push(r.clone()));
        applied
    }

    /// `apply_records` for bulk loads (start-up, imports): the records move into the map
    /// without a copy. Returns how many changed something.
    fn apply_loaded(&self, incoming: Vec<Record>) -> usize {
        let mut n = 0;
        self.apply_with(incoming, |_| n += 1);
        n
    }

    fn apply_with(&self, incoming: Vec<Record>, mut on_applied: impl FnMut(&Record)) {
        let bulk = incoming.len() > derived::INDEX_NOW_MAX;
        let mut entry_changes: Vec<(String, Option<Arc<EntryRow>>)> = Vec::new();
        let mut kinds_changed: Vec<String> = Vec::new();
        let mut settings: Option<Settings> = None;
        self.records.update_untracked(|map| {
            map.reserve(incoming.len());
            CLOCK.with(|c| {
                let mut clock = c.borrow_mut();
                for r in &incoming {
                    clock.observe(&r.rev);
                }
            });
            for r in incoming {
                let old_kind = match map.get(&r.id) {
                    // The same rule as a merge, so live tab sync and file import end in the
                    // same state.
                    Some(existing) if !crate::domain::merge::wins(&r, existing) => continue,
                    Some(existing) => Some(existing.kind.clone()),
                    None => None,
                };
                on_applied(&r);
                if r.kind == kinds::ENTRY || old_kind.as_deref() == Some(kinds::ENTRY) {
                    entry_changes.push((r.id.clone(), entry_row(&r)));
                }
                if r.id == SETTINGS_ID {
                    settings = view_of::<Settings>(&r);
                }
                derived::note_kind(&r.id, old_kind.as_deref(), &r.kind);
                if !kinds_changed.contains(&r.kind) {
                    kinds_changed.push(r.kind.clone());
                }
                if let Some(old) = old_kind.filter(|o| *o != r.kind) {
                    kinds_changed.push(old);
                }
                map.insert(r.id.clone(), r);
            }
        });
        if kinds_changed.is_empty() {
            return;
        }
        self.records.notify();
        derived::notify_kinds(Some(kinds_changed.iter().map(String::as_str)));
        if !entry_changes.is_empty() {
            self.entries.update(|entries| {
                for (id, row) in &entry_changes {
                    match row {
                        Some(row) => entries.insert(id.clone(), row.clone()),
                        None => entries.remove(id),
                    };
                }
            });
            derived::note_entries(&entry_changes, bulk);
            if bulk {
                derived::schedule_indexing(*self);
            }
            self.index_version.update(|v| *v += 1);
        }
        if let Some(s) = settings {
            boot::apply_settings(*self, &s);
        }
    }

    /// Forgets every loaded record (before a full reload from the store).
    fn reset_records(&self) {
        derived::reset();
        self.records.set(HashMap::new());
        self.entries.set(HashMap::new());
        derived::notify_kinds(None::<[&str; 0]>);
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

/// A record's typed view, read straight from its fields (`Record::view` copies them first).
pub(crate) fn view_of<T: serde::de::DeserializeOwned>(r: &Record) -> Option<T> {
    T::deserialize(&r.fields).ok()
}

/// The stored settings, or the defaults while there are none (or they do not parse).
fn settings_in(records: &HashMap<String, Record>) -> Settings {
    records
        .get(SETTINGS_ID)
        .and_then(|r| r.view().ok())
        .unwrap_or_default()
}

/// The journal row of an entry record; `None` for a tombstone or a record that does not parse.
fn entry_row(r: &Record) -> Option<Arc<EntryRow>> {
    if r.deleted || r.kind != kinds::ENTRY {
        return None;
    }
    view_of::<Entry>(r).map(|entry| {
        Arc::new(EntryRow {
            id: r.id.clone(),
            created: r.created.clone(),
            entry,
        })
    })
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
