//! Storage: the `Backend` trait, its three implementations and the choice between them.
//!
//! Backends store whole records (JSON envelopes, DESIGN.md §5) keyed by id, plus a few meta
//! values (device id, clock, last backup time). They know nothing of kinds beyond an index, so
//! record kinds added later need no schema upgrade. Every failure is a `StoreError` value that
//! the state layer shows to the user; nothing here panics on bad storage.

pub mod drafts;
pub mod error;
pub mod indexeddb;
pub mod local;
pub mod memory;
pub mod persist;
pub mod sync_store;
pub mod tabs;

pub use error::StoreError;

use crate::domain::record::Record;

/// What every storage backend offers. Futures are not `Send`: everything runs on the browser's
/// one thread.
#[allow(async_fn_in_trait)]
pub trait Backend {
    /// Every record, tombstones included.
    async fn load_all(&self) -> Result<Vec<Record>, StoreError>;
    /// `load_all` a part at a time: `each` gets every part as soon as it is read, so the caller
    /// can use one while the next is read. A failure may come after some parts.
    async fn load_each(&self, each: &mut dyn FnMut(Vec<Record>)) -> Result<(), StoreError> {
        each(self.load_all().await?);
        Ok(())
    }
    /// Records of one kind (uses the `kind` index in IndexedDB).
    async fn load_kind(&self, kind: &str) -> Result<Vec<Record>, StoreError>;
    async fn get(&self, id: &str) -> Result<Option<Record>, StoreError>;
    /// Writes a batch in one transaction: all or nothing. A record is written only when it is
    /// newer (by `rev`) than the stored one, so two tabs writing at once cannot roll a record
    /// back. Returns the records actually written.
    async fn put_batch(&self, records: &[Record]) -> Result<Vec<Record>, StoreError>;
    /// `put_batch` for large batches (imports): takes the records and hands back the written
    /// ones without copying them.
    async fn put_owned(&self, records: Vec<Record>) -> Result<Vec<Record>, StoreError> {
        let written = self.put_batch(&records).await?;
        // Same order as the batch, so one pass pairs them up; the copies are dropped.
        let mut written = written.into_iter().peekable();
        let mut out = Vec::new();
        for r in records {
            if written
                .peek()
                .is_some_and(|w| w.id == r.id && w.rev == r.rev)
            {
                written.next();
                out.push(r);
            }
        }
        Ok(out)
    }
    /// Writes a confirmed import: the records (newer wins, as in `put_batch`), the undo snapshot
    /// of exactly what they replaced, and `meta`, all in one transaction. `progress(done, total)`
    /// follows the records as they are queued. The IndexedDB backend queues them in slices with
    /// the page getting a turn in between, and a page that goes away mid-way leaves nothing of
    /// the import behind; the small fallback backends write it in one go. Returns the records
    /// written.
    async fn write_import(
        &self,
        records: Vec<Record>,
        meta: &ImportMeta<'_>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Vec<Record>, StoreError> {
        use crate::domain::import_progress::SnapshotText;
        let total = records.len();
        progress(0, total);
        let mut before = std::collections::HashMap::new();
        for r in &records {
            if let Some(stored) = self.get(&r.id).await? {
                before.insert(r.id.clone(), stored);
            }
        }
        let previous_sync = self.get_meta(meta.sync_key).await?.unwrap_or_default();
        let written = self.put_owned(records).await?;
        let mut snapshot = SnapshotText::new();
        for r in &written {
            match before.get(&r.id) {
                Some(prev) => snapshot.previous_json(
                    &serde_json::to_string(prev).map_err(|e| StoreError::Other(e.to_string()))?,
                ),
                None => snapshot.absent(&r.id),
            }
        }
        self.set_meta(meta.undo_key, &snapshot.finish()).await?;
        self.set_meta(meta.undo_sync_key, &previous_sync).await?;
        self.set_meta(meta.sync_key, &meta.sync_value).await?;
        self.set_meta(meta.done_key, &meta.import_id).await?;
        progress(total, total);
        Ok(written)
    }
    /// Replaces records unconditionally in one transaction (restoring an import snapshot, where
    /// going back to an older `rev` is the point).
    async fn replace_batch(
        &self,
        records: &[Record],
        remove_ids: &[String],
    ) -> Result<(), StoreError>;
    async fn get_meta(&self, key: &str) -> Result<Option<String>, StoreError>;
    async fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes every record and meta value ("delete all data").
    async fn clear(&self) -> Result<(), StoreError>;
}

/// The meta values an import writes in its own transaction, beside its records.
pub struct ImportMeta<'a> {
    /// Receives the undo snapshot (JSON of `domain::import::UndoSnapshot`).
    pub undo_key: &'a str,
    /// Receives the value `sync_key` had before the import (undo puts it back).
    pub undo_sync_key: &'a str,
    pub sync_key: &'a str,
    pub sync_value: String,
    /// Receives `import_id`: present only if the import committed, so a later page can tell.
    pub done_key: &'a str,
    pub import_id: String,
}

/// Which backend is in use, shown on the Data screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackendKind {
    IndexedDb,
    LocalStorage,
    Memory,
}

/// The backend chosen at start-up. An enum rather than `dyn Backend` because async trait
/// methods are not object safe, and three variants are all there will be.
pub enum AnyBackend {
    IndexedDb(indexeddb::IdbBackend),
    LocalStorage(local::LocalBackend),
    Memory(memory::MemoryBackend),
}

macro_rules! dispatch {
    ($self:ident, $b:ident => $e:expr) => {
        match $self {
            AnyBackend::IndexedDb($b) => $e,
            AnyBackend::LocalStorage($b) => $e,
            AnyBackend::Memory($b) => $e,
        }
    };
}

impl AnyBackend {
    pub fn kind(&self) -> BackendKind {
        match self {
            AnyBackend::IndexedDb(_) => BackendKind::IndexedDb,
            AnyBackend::LocalStorage(_) => BackendKind::LocalStorage,
            AnyBackend::Memory(_) => BackendKind::Memory,
        }
    }

    /// Opens the first backend that works: IndexedDB, then localStorage, then memory.
    /// The errors of the backends that failed are returned so the UI can say why.
    pub async fn open(db_name: &str) -> (AnyBackend, Vec<StoreError>) {
        let mut failures = Vec::new();
        let idb = indexeddb::IdbBackend::open(db_name)
            .await
            .map_err(|e| failures.push(e))
            .ok();
        // Only probed when needed: the probe writes a key.
        let local = match idb {
            Some(_) => None,
            None => local::LocalBackend::open(db_name)
                .map_err(|e| failures.push(e))
                .ok(),
        };
        let backend = match (choose(idb.is_some(), local.is_some()), idb, local) {
            (BackendKind::IndexedDb, Some(b), _) => AnyBackend::IndexedDb(b),
            (BackendKind::LocalStorage, _, Some(b)) => AnyBackend::LocalStorage(b),
            _ => AnyBackend::Memory(memory::MemoryBackend::default()),
        };
        (backend, failures)
    }
}

/// The fallback order, apart from the opening so it can be tested without breaking a browser API.
pub fn choose(idb_ok: bool, local_ok: bool) -> BackendKind {
    if idb_ok {
        BackendKind::IndexedDb
    } else if local_ok {
        BackendKind::LocalStorage
    } else {
        BackendKind::Memory
    }
}

impl Backend for AnyBackend {
    async fn load_all(&self) -> Result<Vec<Record>, StoreError> {
        dispatch!(self, b => b.load_all().await)
    }
    async fn load_each(&self, each: &mut dyn FnMut(Vec<Record>)) -> Result<(), StoreError> {
        dispatch!(self, b => b.load_each(each).await)
    }
    async fn load_kind(&self, kind: &str) -> Result<Vec<Record>, StoreError> {
        dispatch!(self, b => b.load_kind(kind).await)
    }
    async fn get(&self, id: &str) -> Result<Option<Record>, StoreError> {
        dispatch!(self, b => b.get(id).await)
    }
    async fn put_batch(&self, records: &[Record]) -> Result<Vec<Record>, StoreError> {
        dispatch!(self, b => b.put_batch(records).await)
    }
    async fn put_owned(&self, records: Vec<Record>) -> Result<Vec<Record>, StoreError> {
        dispatch!(self, b => b.put_owned(records).await)
    }
    async fn write_import(
        &self,
        records: Vec<Record>,
        meta: &ImportMeta<'_>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Vec<Record>, StoreError> {
        dispatch!(self, b => b.write_import(records, meta, progress).await)
    }
    async fn replace_batch(
        &self,
        records: &[Record],
        remove_ids: &[String],
    ) -> Result<(), StoreError> {
        dispatch!(self, b => b.replace_batch(records, remove_ids).await)
    }
    async fn get_meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        dispatch!(self, b => b.get_meta(key).await)
    }
    async fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        dispatch!(self, b => b.set_meta(key, value).await)
    }
    async fn clear(&self) -> Result<(), StoreError> {
        dispatch!(self, b => b.clear().await)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn fallback_order() {
        assert_eq!(choose(true, true), BackendKind::IndexedDb);
        assert_eq!(choose(true, false), BackendKind::IndexedDb);
        assert_eq!(choose(false, true), BackendKind::LocalStorage);
        assert_eq!(choose(false, false), BackendKind::Memory);
    }
}
