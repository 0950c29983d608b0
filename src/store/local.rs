//! The localStorage backend, used when IndexedDB is unavailable: its key layout, the
//! newer-wins batch write with undo on failure, and the mapping of storage errors.
//!
//! Layout under a prefix `p`: `p:r:{id}` holds one record's JSON, `p:ids` a JSON array of the
//! stored ids (so loading never scans keys that belong to someone else), `p:m:{key}` a meta
//! value (as a JSON string). localStorage has no transactions, so a batch keeps the previous
//! value of every key it touches and puts them back if a write fails part-way.

use super::{Backend, StoreError};
use crate::domain::clock::Rev;
use crate::domain::record::Record;
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap, HashSet};
use wasm_bindgen::{JsCast, JsValue};

pub struct LocalBackend {
    prefix: String,
}

impl LocalBackend {
    /// Checks that localStorage exists and accepts a write before choosing it: Safari's old
    /// private mode and disabled site data expose the object but throw on use.
    pub fn open(prefix: &str) -> Result<LocalBackend, StoreError> {
        if !cfg!(target_arch = "wasm32") {
            return Err(StoreError::Unavailable(
                "localStorage needs a browser".into(),
            ));
        }
        let window = web_sys::window().ok_or_else(|| {
            StoreError::Unavailable("no window, so no localStorage (running in a worker?)".into())
        })?;
        let storage = window
            .local_storage()
            .map_err(|e| StoreError::Unavailable(js_detail(&e)))?
            .ok_or_else(|| StoreError::Unavailable("localStorage is missing".into()))?;
        let probe = format!("{prefix}:probe");
        storage
            .set_item(&probe, "1")
            .and_then(|()| storage.remove_item(&probe))
            .map_err(|e| StoreError::Unavailable(js_detail(&e)))?;
        // From here on gloo's `LocalStorage::raw()` cannot panic: the window caches the storage
        // object once it has been handed out.
        Ok(LocalBackend {
            prefix: prefix.to_string(),
        })
    }

    fn record_key(&self, id: &str) -> String {
        format!("{}:r:{id}", self.prefix)
    }

    fn ids_key(&self) -> String {
        format!("{}:ids", self.prefix)
    }

    fn meta_key(&self, key: &str) -> String {
        format!("{}:m:{key}", self.prefix)
    }

    fn read_ids(&self) -> Result<BTreeSet<String>, StoreError> {
        optional(LocalStorage::get(self.ids_key()))
            .map(Option::unwrap_or_default)
            .map_err(|e| corrupt_context(e, "the id index"))
    }

    fn stored_rev(&self, id: &str) -> Result<Option<Rev>, StoreError> {
        optional(LocalStorage::get::<StoredRev>(self.record_key(id)))
            .map(|s| s.map(|s| s.rev))
            .map_err(|e| corrupt_context(e, id))
    }
}

/// Only the `rev` of a stored record, all the newer-wins check needs.
#[derive(Deserialize)]
struct StoredRev {
    rev: Rev,
}

/// The previous raw values of the keys a batch has written, to put back if the batch fails.
struct Undo {
    storage: web_sys::Storage,
    saved: Vec<(String, Option<String>)>,
    seen: HashSet<String>,
}

impl Undo {
    fn new() -> Undo {
        Undo {
            storage: LocalStorage::raw(),
            saved: Vec::new(),
            seen: HashSet::new(),
        }
    }

    /// Call before the first write to `key` in this batch.
    fn save(&mut self, key: &str) -> Result<(), StoreError> {
        if self.seen.insert(key.to_string()) {
            let previous = self.storage.get_item(key).map_err(|e| map_js(&e))?;
            self.saved.push((key.to_string(), previous));
        }
        Ok(())
    }

    /// Restores in reverse order: every intermediate state then is one the batch already passed
    /// through, so it fits in the quota again.
    fn rollback(self, cause: StoreError) -> StoreError {
        for (key, previous) in self.saved.into_iter().rev() {
            let restored = match previous {
                Some(value) => self.storage.set_item(&key, &value),
                None => self.storage.remove_item(&key),
            };
            if let Err(e) = restored {
                return StoreError::Other(format!(
                    "{cause}; undoing the partial write failed too ({}), so localStorage may \
                     hold part of the batch",
                    js_detail(&e)
                ));
            }
        }
        cause
    }
}

impl Backend for LocalBackend {
    async fn load_all(&self) -> Result<Vec<Record>, StoreError> {
        let mut records = Vec::new();
        for id in self.read_ids()? {
            // An id without its record can only be left by a failed undo; the record is gone
            // either way, so it is skipped rather than failing the whole load.
            if let Some(r) = optional(LocalStorage::get::<Record>(self.record_key(&id)))
                .map_err(|e| corrupt_context(e, &id))?
            {
                records.push(r);
            }
        }
        Ok(records)
    }

    async fn load_kind(&self, kind: &str) -> Result<Vec<Record>, StoreError> {
        let mut records = self.load_all().await?;
        records.retain(|r| r.kind == kind);
        Ok(records)
    }

    async fn get(&self, id: &str) -> Result<Option<Record>, StoreError> {
        optional(LocalStorage::get(self.record_key(id))).map_err(|e| corrupt_context(e, id))
    }

    async fn put_batch(&self, records: &[Record]) -> Result<Vec<Record>, StoreError> {
        // Decide everything before writing anything, so a corrupt stored record fails the batch
        // with nothing to undo.
        let mut latest: HashMap<&str, Option<Rev>> = HashMap::new();
        let mut written = Vec::new();
        for r in records {
            let current = match latest.remove(r.id.as_str()) {
                Some(rev) => rev,
                None => self.stored_rev(&r.id)?,
            };
            if current.as_ref().is_none_or(|old| r.rev > *old) {
                latest.insert(&r.id, Some(r.rev.clone()));
                written.push(r.clone());
            } else {
                latest.insert(&r.id, current);
            }
        }
        if written.is_empty() {
            return Ok(written);
        }
        let mut ids = self.read_ids()?;
        let mut undo = Undo::new();
        let result = (|| {
            for r in &written {
                let key = self.record_key(&r.id);
                undo.save(&key)?;
                LocalStorage::set(&key, r).map_err(map_storage)?;
            }
            let before = ids.len();
            ids.extend(written.iter().map(|r| r.id.clone()));
            if ids.len() != before {
                let key = self.ids_key();
                undo.save(&key)?;
                LocalStorage::set(&key, &ids).map_err(map_storage)?;
            }
            Ok(())
        })();
        match result {
            Ok(()) => Ok(written),
            Err(e) => Err(undo.rollback(e)),
        }
    }

    async fn replace_batch(
        &self,
        records: &[Record],
        remove_ids: &[String],
    ) -> Result<(), StoreError> {
        let mut ids = self.read_ids()?;
        let mut undo = Undo::new();
        let result = (|| {
            for id in remove_ids {
                let key = self.record_key(id);
                undo.save(&key)?;
                LocalStorage::raw()
                    .remove_item(&key)
                    .map_err(|e| map_js(&e))?;
                ids.remove(id);
            }
            for r in records {
                let key = self.record_key(&r.id);
                undo.save(&key)?;
                LocalStorage::set(&key, r).map_err(map_storage)?;
                ids.insert(r.id.clone());
            }
            let key = self.ids_key();
            undo.save(&key)?;
            LocalStorage::set(&key, &ids).map_err(map_storage)
        })();
        result.map_err(|e| undo.rollback(e))
    }

    async fn get_meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        optional(LocalStorage::get(self.meta_key(key))).map_err(|e| corrupt_context(e, key))
    }

    async fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        LocalStorage::set(self.meta_key(key), value).map_err(map_storage)
    }

    async fn clear(&self) -> Result<(), StoreError> {
        // Meta keys have no index, so this is the one place that scans; it is rare and
        // deliberate ("delete all data"). Keys are collected first because removing shifts
        // the positions `key(i)` enumerates.
        let storage = LocalStorage::raw();
        let ours = format!("{}:", self.prefix);
        let count = storage.length().map_err(|e| map_js(&e))?;
        let mut keys = Vec::new();
        for i in 0..count {
            if let Some(key) = storage.key(i).map_err(|e| map_js(&e))? {
                if key.starts_with(&ours) {
                    keys.push(key);
                }
            }
        }
        for key in keys {
            storage.remove_item(&key).map_err(|e| map_js(&e))?;
        }
        Ok(())
    }
}

/// A missing key is `None`, not an error.
fn optional<T>(result: Result<T, StorageError>) -> Result<Option<T>, StoreError> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(StorageError::KeyNotFound(_)) => Ok(None),
        Err(e) => Err(map_storage(e)),
    }
}

fn corrupt_context(e: StoreError, what: &str) -> StoreError {
    match e {
        StoreError::Corrupt(m) => StoreError::Corrupt(format!("{what}: {m}")),
        other => other,
    }
}

fn map_storage(e: StorageError) -> StoreError {
    match e {
        StorageError::SerdeError(e) => StoreError::Corrupt(e.to_string()),
        StorageError::KeyNotFound(key) => StoreError::Other(format!("missing key {key}")),
        StorageError::JsError(e) => by_name(&e.name, &e.message),
    }
}

fn map_js(value: &JsValue) -> StoreError {
    match value.dyn_ref::<js_sys::Error>() {
        Some(e) => by_name(&String::from(e.name()), &String::from(e.message())),
        None => StoreError::Other(format!("{value:?}")),
    }
}

fn by_name(name: &str, message: &str) -> StoreError {
    match name {
        // The second is what older Firefox throws.
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::QuotaExceeded,
        "SecurityError" | "InvalidStateError" => {
            StoreError::Unavailable(format!("{name}: {message}"))
        }
        _ => StoreError::Other(format!("{name}: {message}")),
    }
}

fn js_detail(value: &JsValue) -> String {
    match value.dyn_ref::<js_sys::Error>() {
        Some(e) => format!("{}: {}", String::from(e.name()), String::from(e.message())),
        None => format!("{value:?}"),
    }
}
