//! State side of applying a confirmed import (issue 18): the write, all or nothing, with its
//! undo snapshot and its progress; the loaded journal brought up to date a slice at a time; and
//! what became of an import that an earlier page started but did not see finish.
//!
//! All or nothing: one IndexedDB transaction fed slice by slice (see
//! `store::indexeddb::IdbBackend::write_import_sliced`), rather than one transaction per slice
//! with a marker that a later start resumes or rolls back. The browser's own rollback of an
//! uncommitted transaction is what makes a reload or a closed tab harmless, so start-up has
//! nothing to repair (no code in the first download, no half-imported journal that another tab
//! could read meanwhile, no second copy of the file kept to resume from), and measured on the
//! generated 10,000-entry backup the single transaction was also the faster of the two (the
//! README has the figures). What a page needs to tell the user afterwards is a note in
//! localStorage written before the transaction starts, and the import's id, which the
//! transaction itself stores: present means it committed, absent that it was rolled back.
//! A Web Lock held while the import runs tells a note left by a page that is gone from one of a
//! tab still importing.

use super::files::{META_IMPORT_UNDO, META_IMPORT_UNDO_SYNC, META_LAST_SYNC};
use super::{backend, post_tab_update, post_to_tabs, AppState};
use crate::browser::{self, prefs};
use crate::domain::import_progress::{judge, ImportMarker, LastImport, SliceSizer};
use crate::domain::record::Record;
use crate::store::tabs::TabMessage;
use crate::store::{Backend, ImportMeta, StoreError};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The id of the last import whose transaction committed (written by that transaction).
pub const META_IMPORT_DONE: &str = "import_done";
/// The note of an import being written (localStorage: it must survive the page).
const MARKER_KEY: &str = "jejak:import-running";
/// The Web Lock a page holds while it writes an import.
const LOCK_NAME: &str = "jejak-import";
/// How long one slice of bringing the loaded journal up to date may take (ms).
const APPLY_SLICE_MS: f64 = 40.0;

fn not_ready() -> StoreError {
    StoreError::Unavailable("store not ready".into())
}

impl AppState {
    /// Writes a confirmed import (records in id order, as `into_writes` gives them) in one
    /// transaction with its undo snapshot, reporting `progress(written, total)`; then brings
    /// the loaded journal and other tabs up to date. Returns how many records were written.
    pub async fn apply_import(
        &self,
        to_write: Vec<Record>,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<usize, StoreError> {
        let backend = backend().ok_or_else(not_ready)?;
        let marker = ImportMarker {
            id: short_id(),
            total: to_write.len(),
        };
        prefs::set(MARKER_KEY, &marker.encode());
        let lock = ImportLock::take();
        let meta = ImportMeta {
            undo_key: META_IMPORT_UNDO,
            undo_sync_key: META_IMPORT_UNDO_SYNC,
            sync_key: META_LAST_SYNC,
            sync_value: browser::now_millis().to_string(),
            done_key: META_IMPORT_DONE,
            import_id: marker.id.clone(),
        };
        let written = backend.write_import(to_write, &meta, &mut progress).await;
        // Committed or rolled back, this page saw the end and says so itself.
        prefs::remove(MARKER_KEY);
        drop(lock);
        let written = written?;
        let count = written.len();
        if count > super::TAB_RECORDS_MAX {
            post_to_tabs(&TabMessage::Reload);
            self.apply_in_slices(written).await;
        } else {
            let applied = self.apply_records(written);
            post_tab_update(&applied);
        }
        self.can_undo_import.set(true);
        super::sync::nudge();
        Ok(count)
    }

    /// `apply_loaded` a slice at a time, each in a task of its own: putting 12,000 records into
    /// the journal at once was a task of about half a second on a slowed phone.
    async fn apply_in_slices(&self, records: Vec<Record>) {
        let mut rest = records.into_iter();
        let mut sizer = SliceSizer::new(500, APPLY_SLICE_MS);
        loop {
            let slice: Vec<Record> = rest.by_ref().take(sizer.next()).collect();
            if slice.is_empty() {
                break;
            }
            let (n, started) = (slice.len(), browser::now_millis());
            self.apply_loaded(slice);
            sizer.took(n, (browser::now_millis() - started) as f64);
            browser::next_task().await;
        }
    }

    /// What became of an import an earlier page started and did not see end (reloaded or
    /// closed meanwhile), once: the note is removed when read. `None` when there was none, or
    /// when another tab is still writing it.
    pub async fn last_import_outcome(&self) -> Option<LastImport> {
        let marker = ImportMarker::parse(&prefs::get(MARKER_KEY)?);
        let Some(marker) = marker else {
            prefs::remove(MARKER_KEY);
            return None;
        };
        if ImportLock::held_elsewhere().await {
            return None;
        }
        // Read after the earlier page's transaction has ended: the browser runs this read only
        // once that write has committed or been rolled back.
        let committed = backend()?.get_meta(META_IMPORT_DONE).await.ok()?;
        prefs::remove(MARKER_KEY);
        Some(judge(&marker, committed.as_deref()))
    }
}

fn short_id() -> String {
    browser::random_bytes()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A Web Lock held while this page writes an import, released when dropped or when the page
/// goes away. Where the browser has no Web Locks, nothing is held and every note left behind
/// is taken as an earlier page's.
struct ImportLock {
    release: Option<js_sys::Function>,
}

fn lock_manager() -> Option<JsValue> {
    let nav = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&nav, &JsValue::from_str("locks")).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then_some(locks)
}

fn call_method(target: &JsValue, name: &str, args: &js_sys::Array) -> Option<JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()?;
    f.apply(target, args).ok()
}

impl ImportLock {
    fn take() -> ImportLock {
        let Some(locks) = lock_manager() else {
            return ImportLock { release: None };
        };
        let mut release = None;
        // The lock is held until this promise settles.
        let held = js_sys::Promise::new(&mut |resolve, _| release = Some(resolve));
        let callback = wasm_bindgen::closure::Closure::once_into_js(move |_lock: JsValue| held);
        let args = js_sys::Array::of2(&JsValue::from_str(LOCK_NAME), &callback);
        if let Some(request) = call_method(&locks, "request", &args) {
            // A refused request (storage blocked) only means no lock; nothing to report.
            if let Ok(p) = request.dyn_into::<js_sys::Promise>() {
                let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_| {});
                let _ = p.catch(&ignore);
                // Once per import, a few bytes: kept so the rejection handler is never gone.
                ignore.forget();
            }
        }
        ImportLock { release }
    }

    /// Whether a live page holds (or waits for) the import lock.
    async fn held_elsewhere() -> bool {
        let Some(locks) = lock_manager() else {
            return false;
        };
        let Some(query) = call_method(&locks, "query", &js_sys::Array::new()) else {
            return false;
        };
        let Ok(promise) = query.dyn_into::<js_sys::Promise>() else {
            return false;
        };
        let Ok(state) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return false;
        };
        ["held", "pending"].iter().any(|list| {
            js_sys::Reflect::get(&state, &JsValue::from_str(list))
                .ok()
                .map(|v| js_sys::Array::from(&v))
                .is_some_and(|items| {
                    items.iter().any(|l| {
                        js_sys::Reflect::get(&l, &JsValue::from_str("name"))
                            .ok()
                            .and_then(|n| n.as_string())
                            .is_some_and(|n| n == LOCK_NAME)
                    })
                })
        })
    }
}

impl Drop for ImportLock {
    fn drop(&mut self) {
        if let Some(release) = self.release.take() {
            let _ = release.call0(&JsValue::UNDEFINED);
        }
    }
}
