//! The IndexedDB backend: the schema and its upgrade path, the JS shape records are stored in,
//! transactions (one per batch, all or nothing) and the mapping of browser errors to
//! `StoreError`.
//!
//! Records cross the JS boundary as `{id, kind, json}`: `id` is the key path, `kind` feeds the
//! `kind` index and `json` is the whole record as serde_json text, so reading one back is a single
//! `serde_json` call and unknown fields survive untouched. (`tests/wasm_store.rs` measures this
//! against storing full JS objects through serde-wasm-bindgen.)

use super::{Backend, ImportMeta, StoreError};
use crate::domain::clock::Rev;
use crate::domain::envelope::record_from_json;
use crate::domain::import_progress::{SliceSizer, SnapshotText};
use crate::domain::record::Record;
use idb::{
    Database, DatabaseEvent, Event as _, Factory, KeyPath, KeyRange, ObjectStoreParams, Query,
    Request, Transaction, TransactionMode,
};
use js_sys::{Object, Reflect};
use serde::Deserialize;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomException, IdbDatabase, IdbOpenDbRequest, IdbTransaction};

/// Bump together with a new arm in [`upgrade`].
pub const SCHEMA_VERSION: u32 = 1;
pub const RECORDS_STORE: &str = "records";
pub const META_STORE: &str = "meta";
pub const KIND_INDEX: &str = "kind";

const CLOSED: &str = "the database connection was closed (another tab is upgrading it, or site \
                      data was cleared); reload the page";

pub struct IdbBackend {
    db: Database,
    /// Set when the browser or another tab closed the connection, so later calls can say why
    /// they fail instead of surfacing a bare `InvalidStateError`.
    closed: Rc<Cell<bool>>,
}

impl IdbBackend {
    /// Opens (creating or upgrading) the database `name` at [`SCHEMA_VERSION`].
    pub async fn open(name: &str) -> Result<IdbBackend, StoreError> {
        if !cfg!(target_arch = "wasm32") {
            return Err(StoreError::Unavailable("IndexedDB needs a browser".into()));
        }
        let factory = Factory::new().map_err(|e| match e {
            idb::Error::IndexedDbNotFound(_) => {
                StoreError::Unavailable("this browser context has no indexedDB".into())
            }
            other => map_idb(other),
        })?;
        // Keep a handle on the raw request: if the open is blocked we give up on it, and a
        // connection that arrives later must still be closed.
        let raw_request: IdbOpenDbRequest = factory
            .open(name, Some(SCHEMA_VERSION))
            .map_err(map_idb)?
            .into();
        let mut request = idb::request::OpenDatabaseRequest::from(raw_request.clone());

        let upgrade_error: Rc<RefCell<Option<String>>> = Rc::default();
        request.on_upgrade_needed({
            let upgrade_error = upgrade_error.clone();
            move |event| {
                let outcome = event
                    .database()
                    .map_err(|e| e.to_string())
                    .and_then(|db| Ok((db, event.old_version().map_err(|e| e.to_string())?)))
                    .and_then(|(db, old)| upgrade(&db, old));
                if let Err(message) = outcome {
                    *upgrade_error.borrow_mut() = Some(message);
                    // Aborting the version-change transaction makes the open fail and leaves
                    // the database as it was.
                    if let Some(tx) = event.target().ok().and_then(|r| r.transaction()) {
                        let _ = tx.abort();
                    }
                }
            }
        });
        let blocked: Rc<RefCell<Slot<()>>> = Rc::default();
        request.on_blocked({
            let blocked = blocked.clone();
            move |_| blocked.borrow_mut().fill(())
        });

        let mut opening = request.into_future();
        let opened = std::future::poll_fn(|cx| {
            if let Poll::Ready(result) = Pin::new(&mut opening).poll(cx) {
                return Poll::Ready(Some(result));
            }
            blocked.borrow_mut().poll_take(cx).map(|()| None)
        })
        .await;

        let db = match opened {
            Some(Ok(db)) => db,
            Some(Err(e)) => {
                return Err(match upgrade_error.take() {
                    Some(message) => {
                        StoreError::Other(format!("database upgrade failed: {message}"))
                    }
                    None => map_idb(e),
                });
            }
            None => {
                drop(opening);
                let late = raw_request.clone();
                let close_late = Closure::once_into_js(move || {
                    if let Ok(db) = late.result() {
                        db.unchecked_into::<IdbDatabase>().close();
                    }
                });
                raw_request.set_onsuccess(Some(close_late.unchecked_ref()));
                return Err(StoreError::Blocked);
            }
        };

        let raw_db: IdbDatabase = db.into();
        let mut db = Database::from(raw_db.clone());
        let closed = Rc::new(Cell::new(false));
        // Another tab wants to upgrade: step aside rather than block it forever. This tab's
        // later calls then fail with `Unavailable` and the UI asks for a reload.
        db.on_version_change({
            let closed = closed.clone();
            let raw_db = raw_db.clone();
            move |_| {
                closed.set(true);
                raw_db.close();
            }
        });
        db.on_close({
            let closed = closed.clone();
            move |_| closed.set(true)
        });
        Ok(IdbBackend { db, closed })
    }

    fn transaction(
        &self,
        stores: &[&str],
        mode: TransactionMode,
    ) -> Result<IdbTransaction, StoreError> {
        if self.closed.get() {
            return Err(StoreError::Unavailable(CLOSED.into()));
        }
        Ok(self.db.transaction(stores, mode).map_err(map_idb)?.into())
    }

    fn read_store(&self, store: &str) -> Result<idb::ObjectStore, StoreError> {
        let tx = self.transaction(&[store], TransactionMode::ReadOnly)?;
        Transaction::from(tx).object_store(store).map_err(map_idb)
    }

    fn write_tx(&self, stores: &[&str]) -> Result<(Transaction, Completion), StoreError> {
        let tx = self.transaction(stores, TransactionMode::ReadWrite)?;
        let done = Completion::new(tx.clone());
        Ok((Transaction::from(tx), done))
    }
}

/// Where [`Backend::load_all`] cuts the key space into parts. Ids are random UUIDs in hex, so
/// sixteen parts come out about equal; any other id still falls in exactly one part, and the
/// parts in order give the same order as one read of the whole store.
const LOAD_SPLITS: [&str; 15] = [
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f",
];

/// The key ranges of the parts: below "1", ["1", "2"), …, from "f" on.
fn load_ranges() -> impl Iterator<Item = Result<KeyRange, idb::Error>> {
    let key = |i: usize| JsValue::from_str(LOAD_SPLITS[i]);
    (0..=LOAD_SPLITS.len()).map(move |i| match i {
        0 => KeyRange::upper_bound(&key(0), Some(true)),
        i if i == LOAD_SPLITS.len() => KeyRange::lower_bound(&key(i - 1), Some(false)),
        i => KeyRange::bound(&key(i - 1), &key(i), Some(false), Some(true)),
    })
}

/// From this many records on, a batch first reads the list of stored ids (one request) and
/// looks up only the records that exist, instead of one read per record: an import of
/// thousands of new records then costs no reads at all.
const KEY_LIST_FROM: usize = 64;

impl IdbBackend {
    /// The newer-wins batch write of `put_batch`; says which records were written.
    async fn put_newer(&self, records: &[Record]) -> Result<Vec<bool>, StoreError> {
        let (tx, done) = self.write_tx(&[RECORDS_STORE])?;
        let written = async {
            let store = tx.object_store(RECORDS_STORE).map_err(map_idb)?;
            let stored: Option<std::collections::HashSet<String>> =
                if records.len() >= KEY_LIST_FROM {
                    let keys = store
                        .get_all_keys(None, None)
                        .map_err(map_idb)?
                        .await
                        .map_err(map_idb)?;
                    Some(keys.iter().filter_map(JsValue::as_string).collect())
                } else {
                    None
                };
            let exists = |id: &str| stored.as_ref().is_none_or(|s| s.contains(id));
            // Every read issued is awaited before anything is judged, even after a failure: a
            // request still pending when we bail out would later fire into a dropped handler.
            let mut reads = Vec::new();
            let mut issue_error = None;
            for r in records.iter().filter(|r| exists(&r.id)) {
                match store.get(JsValue::from_str(&r.id)) {
                    Ok(read) => reads.push(read.into_future()),
                    Err(e) => {
                        issue_error = Some(map_idb(e));
                        break;
                    }
                }
            }
            let mut found = Vec::with_capacity(reads.len());
            for read in reads {
                found.push(read.await);
            }
            if let Some(e) = issue_error {
                return Err(e);
            }
            let mut found = found.into_iter();
            // Tracks the newest rev per id as the batch goes, so a batch that names an id twice
            // behaves like two batches in a row (as in memory.rs).
            let mut latest: HashMap<&str, Option<Rev>> = HashMap::new();
            let mut written = Vec::with_capacity(records.len());
            let mut to_put = Vec::new();
            let keys = Keys::new();
            for r in records {
                // Reads were issued for existing ids only, in this same order.
                let stored_value = if exists(&r.id) {
                    found.next().unwrap_or(Ok(None)).map_err(map_idb)?
                } else {
                    None
                };
                let current = match latest.remove(r.id.as_str()) {
                    Some(rev) => rev,
                    None => stored_value
                        .as_ref()
                        .map(|v| stored_rev(v, &keys))
                        .transpose()?,
                };
                if current.as_ref().is_none_or(|old| r.rev > *old) {
                    to_put.push(r);
                    latest.insert(&r.id, Some(r.rev.clone()));
                    written.push(true);
                } else {
                    latest.insert(&r.id, current);
                    written.push(false);
                }
            }
            put_all(&store, &to_put, &keys)?;
            Ok(written)
        }
        .await;
        finish(done, written).await
    }
}

/// How long one slice of an import's writes may keep the page busy (wall-clock ms; about a
/// quarter of that on an unslowed laptop). Shorter slices answer input sooner; longer ones
/// spend less on the turns between them.
const IMPORT_SLICE_MS: f64 = 30.0;
/// The first slice's size, before any slice has been timed.
const IMPORT_FIRST_SLICE: usize = 100;

impl IdbBackend {
    /// [`Backend::write_import`]: one transaction over records and meta, fed slice by slice.
    ///
    /// A transaction stays open only while the page keeps giving it requests from its own
    /// callbacks: so each slice is queued from the completion of the previous slice's last
    /// request (its success event is a task of its own, and between two such tasks the page
    /// paints and answers input), and nothing else is awaited until the commit. If the page
    /// goes away in between — a reload, a closed tab — the transaction was never committed
    /// and the browser rolls all of it back.
    async fn write_import_sliced(
        &self,
        records: Vec<Record>,
        meta: &ImportMeta<'_>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Vec<Record>, StoreError> {
        let (tx, done) = self.write_tx(&[RECORDS_STORE, META_STORE])?;
        let written = async {
            let store = tx.object_store(RECORDS_STORE).map_err(map_idb)?;
            let meta_store = tx.object_store(META_STORE).map_err(map_idb)?;
            let keys = Keys::new();
            // Both asked for at once; the stored ids spare a read per new record.
            let sync_read = meta_store
                .get(JsValue::from_str(meta.sync_key))
                .map_err(map_idb)?
                .into_future();
            let ids_read = store
                .get_all_keys(None, None)
                .map_err(map_idb)?
                .into_future();
            let (previous_sync, stored_ids) = (sync_read.await, ids_read.await);
            let previous_sync = previous_sync
                .map_err(map_idb)?
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let stored_ids: std::collections::HashSet<String> = stored_ids
                .map_err(map_idb)?
                .iter()
                .filter_map(JsValue::as_string)
                .collect();
            let total = records.len();
            let mut snapshot = SnapshotText::new();
            let mut flags = Vec::with_capacity(total);
            let mut sizer = SliceSizer::new(IMPORT_FIRST_SLICE, IMPORT_SLICE_MS);
            let mut at = 0;
            progress(0, total);
            while at < total {
                let slice = &records[at..(at + sizer.next()).min(total)];
                // Records that exist are read first: the newer one wins, and the undo snapshot
                // keeps exactly the stored text of what is replaced.
                let mut reads = Vec::new();
                let mut issue_error = None;
                for r in slice.iter().filter(|r| stored_ids.contains(&r.id)) {
                    match store.get(JsValue::from_str(&r.id)) {
                        Ok(read) => reads.push(read.into_future()),
                        Err(e) => {
                            issue_error = Some(map_idb(e));
                            break;
                        }
                    }
                }
                let mut found = Vec::with_capacity(reads.len());
                for read in reads {
                    found.push(read.await);
                }
                if let Some(e) = issue_error {
                    return Err(e);
                }
                let started = crate::browser::now_millis();
                let mut found = found.into_iter();
                let mut to_put = Vec::with_capacity(slice.len());
                for r in slice {
                    let stored = if stored_ids.contains(&r.id) {
                        found.next().unwrap_or(Ok(None)).map_err(map_idb)?
                    } else {
                        None
                    };
                    let current = stored.as_ref().map(|v| stored_rev(v, &keys)).transpose()?;
                    let wins = current.as_ref().is_none_or(|old| r.rev > *old);
                    flags.push(wins);
                    if !wins {
                        continue;
                    }
                    match &stored {
                        Some(v) => snapshot.previous_json(&string_field(v, &keys.json, "json")?),
                        None => snapshot.absent(&r.id),
                    }
                    to_put.push(r);
                }
                let last = put_all(&store, &to_put, &keys)?;
                at += slice.len();
                sizer.took(slice.len(), (crate::browser::now_millis() - started) as f64);
                progress(at, total);
                if let Some(last) = last {
                    last.into_future().await.map_err(map_idb)?;
                }
            }
            for (key, value) in [
                (meta.undo_key, snapshot.finish()),
                (meta.undo_sync_key, previous_sync),
                (meta.sync_key, meta.sync_value.clone()),
                (meta.done_key, meta.import_id.clone()),
            ] {
                meta_store
                    .put(&JsValue::from_str(&value), Some(&JsValue::from_str(key)))
                    .map_err(map_idb)?;
            }
            Ok(flags)
        }
        .await;
        let flags = finish(done, written).await?;
        Ok(records
            .into_iter()
            .zip(flags)
            .filter(|(_, w)| *w)
            .map(|(r, _)| r)
            .collect())
    }
}

/// From this many records on, a write hands its texts to JS in one string per field (see
/// [`put_all`]).
const JOINED_FROM: usize = 32;

/// Stands between the texts of a batch joined into one string. serde_json writes every control
/// character escaped, so a record's JSON never holds it; ids, kinds and revs are checked.
const SEPARATOR: char = '\u{1}';

/// Queues the puts of `records`, in order. Every Rust string handed to JS is copied and
/// re-encoded in a call of its own, and for thousands of records those calls cost more than
/// the copying (an import of 12,000 records made 48,000 of them, about 0.4 s on a 4x slowed
/// CPU). So a large batch joins each field of all its records into one string, hands that over
/// once and lets JS cut it apart.
/// Returns the request of the last put (none for no records), whose success says the whole
/// batch is stored: requests in one transaction complete in order.
fn put_all(
    store: &idb::ObjectStore,
    records: &[&Record],
    keys: &Keys,
) -> Result<Option<idb::request::PutStoreRequest>, StoreError> {
    let one_by_one = || {
        let mut last = None;
        for r in records {
            last = Some(store.put(&encode_with(r, keys)?, None).map_err(map_idb)?);
        }
        Ok(last)
    };
    if records.len() < JOINED_FROM {
        return one_by_one();
    }
    let revs: Vec<String> = records.iter().map(|r| r.rev.to_string()).collect();
    let has_separator = |t: &String| t.contains(SEPARATOR);
    if records
        .iter()
        .zip(&revs)
        .any(|(r, rev)| has_separator(&r.id) || has_separator(&r.kind) || has_separator(rev))
    {
        return one_by_one();
    }
    let mut joined: [String; 4] = Default::default();
    for (r, rev) in records.iter().zip(&revs) {
        let json = to_json(r)?;
        for (text, value) in joined.iter_mut().zip([&r.id, &r.kind, rev, &json]) {
            text.push_str(value);
            text.push(SEPARATOR);
        }
    }
    let separator = SEPARATOR.to_string();
    let columns = joined.map(|text| js_sys::JsString::from(text).split(&separator));
    let fields = [&keys.id, &keys.kind, &keys.rev, &keys.json];
    let mut last = None;
    for i in 0..records.len() as u32 {
        let obj = Object::new();
        for (field, column) in fields.iter().zip(&columns) {
            Reflect::set(&obj, field, &column.get(i)).map_err(|e| map_js(&e))?;
        }
        last = Some(store.put(&obj, None).map_err(map_idb)?);
    }
    Ok(last)
}

fn to_json(record: &Record) -> Result<String, StoreError> {
    serde_json::to_string(record)
        .map_err(|e| StoreError::Other(format!("cannot serialise record {}: {e}", record.id)))
}

impl Drop for IdbBackend {
    fn drop(&mut self) {
        // Closing releases the connection now rather than at garbage collection, so a reopen
        // or another tab's upgrade is not kept waiting; it also guarantees no event reaches the
        // handlers dropped with `db`.
        self.db.close();
    }
}

/// Brings the schema from `old` to [`SCHEMA_VERSION`] one step at a time, so a database last
/// opened by any earlier release takes the same path as a new one. A new version adds an arm.
fn upgrade(db: &Database, old: u32) -> Result<(), String> {
    for from in old..SCHEMA_VERSION {
        match from {
            0 => {
                let mut params = ObjectStoreParams::new();
                params.key_path(Some(KeyPath::new_single("id")));
                let records = db
                    .create_object_store(RECORDS_STORE, params)
                    .map_err(|e| e.to_string())?;
                records
                    .create_index(KIND_INDEX, KeyPath::new_single("kind"), None)
                    .map_err(|e| e.to_string())?;
                // Out-of-line keys: meta values are bare strings.
                db.create_object_store(META_STORE, ObjectStoreParams::new())
                    .map_err(|e| e.to_string())?;
            }
            other => return Err(format!("no upgrade step from version {other}")),
        }
    }
    Ok(())
}

/// Only the `rev` of a stored record, which is all the newer-wins check needs; serde_json skips
/// the rest without building it.
#[derive(Deserialize)]
struct StoredRev {
    rev: Rev,
}

/// The property names of a stored value as JS strings, made once per batch rather than once
/// per property access (each would be a string copied into JS).
struct Keys {
    id: JsValue,
    kind: JsValue,
    rev: JsValue,
    json: JsValue,
}

impl Keys {
    fn new() -> Keys {
        Keys {
            id: JsValue::from_str("id"),
            kind: JsValue::from_str("kind"),
            rev: JsValue::from_str("rev"),
            json: JsValue::from_str("json"),
        }
    }
}

/// The JS value a record is stored as: `{id, kind, json}`.
pub fn encode(record: &Record) -> Result<JsValue, StoreError> {
    encode_with(record, &Keys::new())
}

fn encode_with(record: &Record, keys: &Keys) -> Result<JsValue, StoreError> {
    let json = to_json(record)?;
    let obj = Object::new();
    // `rev` beside the JSON lets a write compare stamps without parsing the stored record.
    let rev = record.rev.to_string();
    for (field, value) in [
        (&keys.id, &record.id),
        (&keys.kind, &record.kind),
        (&keys.rev, &rev),
        (&keys.json, &json),
    ] {
        Reflect::set(&obj, field, &JsValue::from_str(value)).map_err(|e| map_js(&e))?;
    }
    Ok(obj.into())
}

/// Reads back a value written by [`encode`].
pub fn decode(value: &JsValue) -> Result<Record, StoreError> {
    decode_with(value, &Keys::new())
}

fn decode_with(value: &JsValue, keys: &Keys) -> Result<Record, StoreError> {
    // Not the derived `Deserialize`: its `flatten` costs most of the start-up time.
    let record = record_from_json(&string_field(value, &keys.json, "json")?)
        .map_err(|e| StoreError::Corrupt(format!("stored record: {e}")))?;
    if string_field(value, &keys.id, "id")? != record.id {
        return Err(StoreError::Corrupt(format!(
            "record {} stored under another id",
            record.id
        )));
    }
    Ok(record)
}

fn string_field(value: &JsValue, key: &JsValue, name: &str) -> Result<String, StoreError> {
    Reflect::get(value, key)
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(|| StoreError::Corrupt(format!("stored record has no string `{name}`")))
}

fn stored_rev(value: &JsValue, keys: &Keys) -> Result<Rev, StoreError> {
    if let Some(rev) = Reflect::get(value, &keys.rev)
        .ok()
        .and_then(|v| v.as_string())
        .and_then(|s| Rev::parse(&s))
    {
        return Ok(rev);
    }
    // Values written before `rev` was stored beside the JSON.
    serde_json::from_str::<StoredRev>(&string_field(value, &keys.json, "json")?)
        .map(|s| s.rev)
        .map_err(|e| StoreError::Corrupt(format!("stored record: {e}")))
}

impl Backend for IdbBackend {
    async fn load_all(&self) -> Result<Vec<Record>, StoreError> {
        let mut records = Vec::new();
        self.load_each(&mut |part| records.extend(part)).await?;
        Ok(records)
    }

    async fn load_each(&self, each: &mut dyn FnMut(Vec<Record>)) -> Result<(), StoreError> {
        // Every part is asked for at once and decoded as it arrives: IndexedDB reads the next
        // part meanwhile, and input and paint get a turn between parts. With 12,000 records on
        // a 4x slowed CPU, one `getAll` made a single task of about 830 ms; parts keep the
        // longest under 320 ms, and handing each part on as it is decoded (start-up puts it
        // into the journal at once) keeps the work of putting all 12,000 in from being one
        // more long task at the end.
        let store = self.read_store(RECORDS_STORE)?;
        let mut parts = Vec::with_capacity(LOAD_SPLITS.len() + 1);
        let mut failed = None;
        for range in load_ranges() {
            match range.and_then(|r| store.get_all(Some(Query::KeyRange(r)), None)) {
                Ok(request) => parts.push(request.into_future()),
                Err(e) => {
                    failed = Some(map_idb(e));
                    break;
                }
            }
        }
        let keys = Keys::new();
        // Every part asked for is awaited even after a failure: a request still pending when
        // we bail out would later fire into a dropped handler.
        for part in parts {
            match part.await {
                Ok(values) if failed.is_none() => {
                    let decoded: Result<Vec<Record>, StoreError> =
                        values.iter().map(|v| decode_with(v, &keys)).collect();
                    match decoded {
                        Ok(records) => each(records),
                        Err(e) => failed = Some(e),
                    }
                }
                Ok(_) => {}
                Err(e) => failed = failed.or(Some(map_idb(e))),
            }
        }
        match failed {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    async fn load_kind(&self, kind: &str) -> Result<Vec<Record>, StoreError> {
        let values = self
            .read_store(RECORDS_STORE)?
            .index(KIND_INDEX)
            .map_err(map_idb)?
            .get_all(Some(Query::Key(JsValue::from_str(kind))), None)
            .map_err(map_idb)?
            .await
            .map_err(map_idb)?;
        let keys = Keys::new();
        values.iter().map(|v| decode_with(v, &keys)).collect()
    }

    async fn get(&self, id: &str) -> Result<Option<Record>, StoreError> {
        let value = self
            .read_store(RECORDS_STORE)?
            .get(JsValue::from_str(id))
            .map_err(map_idb)?
            .await
            .map_err(map_idb)?;
        value.as_ref().map(decode).transpose()
    }

    async fn put_batch(&self, records: &[Record]) -> Result<Vec<Record>, StoreError> {
        let written = self.put_newer(records).await?;
        Ok(records
            .iter()
            .zip(written)
            .filter(|(_, w)| *w)
            .map(|(r, _)| r.clone())
            .collect())
    }

    async fn put_owned(&self, records: Vec<Record>) -> Result<Vec<Record>, StoreError> {
        let written = self.put_newer(&records).await?;
        Ok(records
            .into_iter()
            .zip(written)
            .filter(|(_, w)| *w)
            .map(|(r, _)| r)
            .collect())
    }

    async fn write_import(
        &self,
        records: Vec<Record>,
        meta: &ImportMeta<'_>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Vec<Record>, StoreError> {
        self.write_import_sliced(records, meta, progress).await
    }

    async fn replace_batch(
        &self,
        records: &[Record],
        remove_ids: &[String],
    ) -> Result<(), StoreError> {
        let (tx, done) = self.write_tx(&[RECORDS_STORE])?;
        let queued = (|| {
            let store = tx.object_store(RECORDS_STORE).map_err(map_idb)?;
            for id in remove_ids {
                store.delete(JsValue::from_str(id)).map_err(map_idb)?;
            }
            put_all(&store, &records.iter().collect::<Vec<_>>(), &Keys::new()).map(|_| ())
        })();
        finish(done, queued).await
    }

    async fn get_meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        let value = self
            .read_store(META_STORE)?
            .get(JsValue::from_str(key))
            .map_err(map_idb)?
            .await
            .map_err(map_idb)?;
        value
            .map(|v| {
                v.as_string().ok_or_else(|| {
                    StoreError::Corrupt(format!("meta value `{key}` is not a string"))
                })
            })
            .transpose()
    }

    async fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let (tx, done) = self.write_tx(&[META_STORE])?;
        let queued = tx
            .object_store(META_STORE)
            .and_then(|store| store.put(&JsValue::from_str(value), Some(&JsValue::from_str(key))))
            .map(|_| ())
            .map_err(map_idb);
        finish(done, queued).await
    }

    async fn clear(&self) -> Result<(), StoreError> {
        let (tx, done) = self.write_tx(&[RECORDS_STORE, META_STORE])?;
        let queued = (|| {
            for name in [RECORDS_STORE, META_STORE] {
                tx.object_store(name)
                    .and_then(|s| s.clear())
                    .map_err(map_idb)?;
            }
            Ok(())
        })();
        finish(done, queued).await
    }
}

/// Commits a write transaction whose requests are all queued (`Ok`), or aborts it so nothing
/// of it lands (`Err`). Success is reported only once the browser says the data is committed.
async fn finish<T>(done: Completion, queued: Result<T, StoreError>) -> Result<T, StoreError> {
    match queued {
        Ok(value) => {
            done.commit();
            done.await.map(|()| value)
        }
        Err(e) => {
            done.abort();
            Err(e)
        }
    }
}

/// A value handed from a JS event handler to the future waiting for it.
struct Slot<T> {
    value: Option<T>,
    waker: Option<Waker>,
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Slot {
            value: None,
            waker: None,
        }
    }
}

impl<T> Slot<T> {
    fn fill(&mut self, value: T) {
        if self.value.is_none() {
            self.value = Some(value);
        }
        if let Some(w) = self.waker.take() {
            w.wake();
        }
    }

    fn poll_take(&mut self, cx: &Context<'_>) -> Poll<T> {
        match self.value.take() {
            Some(v) => Poll::Ready(v),
            None => {
                self.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

/// Resolves when a transaction ends: `Ok` on `complete`, the abort reason on `abort`.
///
/// Written here rather than using idb's `TransactionFuture` because the reason matters
/// (`QuotaExceededError` usually shows up only at commit, as the transaction's `error`), and
/// idb's error path reads it from the wrong event target.
struct Completion {
    tx: IdbTransaction,
    slot: Rc<RefCell<Slot<Result<(), StoreError>>>>,
    _on_complete: Closure<dyn FnMut()>,
    _on_abort: Closure<dyn FnMut()>,
}

impl Completion {
    fn new(tx: IdbTransaction) -> Completion {
        let slot: Rc<RefCell<Slot<Result<(), StoreError>>>> = Rc::default();
        let on_complete = Closure::<dyn FnMut()>::new({
            let slot = slot.clone();
            move || slot.borrow_mut().fill(Ok(()))
        });
        let on_abort = Closure::<dyn FnMut()>::new({
            let slot = slot.clone();
            let tx = tx.clone();
            move || {
                let reason = tx
                    .error()
                    .map(|e| map_dom(&e))
                    .unwrap_or_else(|| StoreError::Other("the transaction was aborted".into()));
                slot.borrow_mut().fill(Err(reason))
            }
        });
        tx.set_oncomplete(Some(on_complete.as_ref().unchecked_ref()));
        tx.set_onabort(Some(on_abort.as_ref().unchecked_ref()));
        Completion {
            tx,
            slot,
            _on_complete: on_complete,
            _on_abort: on_abort,
        }
    }

    /// Asks the browser to commit now that every request is queued, instead of when the
    /// current task ends: whatever else the page does in this task (re-rendering after an
    /// edit) then no longer holds the write open.
    fn commit(&self) {
        // Fails only where `commit()` is missing (older browsers: the transaction then commits
        // at the end of the task as before) or the transaction already ended (a request failed
        // and aborted it; `self` reports that reason).
        // (web-sys marks `commit` deprecated only because its WebIDL came from an older draft;
        // it is in IndexedDB 3.0 and in every current engine.)
        #[allow(deprecated)]
        let _ = self.tx.commit();
    }

    fn abort(self) {
        // Throws only when the transaction is already finished or aborting (a failed request
        // aborts it by itself), which is the outcome wanted anyway.
        let _ = self.tx.abort();
    }
}

impl Future for Completion {
    type Output = Result<(), StoreError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.slot.borrow_mut().poll_take(cx)
    }
}

impl Drop for Completion {
    fn drop(&mut self) {
        // The closures die with `self`; the transaction must not call them afterwards.
        self.tx.set_oncomplete(None);
        self.tx.set_onabort(None);
    }
}

fn map_dom(e: &DomException) -> StoreError {
    let name = e.name();
    let detail = format!("{name}: {}", e.message());
    match name.as_str() {
        "QuotaExceededError" => StoreError::QuotaExceeded,
        // Private modes, disabled storage, a connection closed under us, a broken profile.
        "InvalidStateError" | "UnknownError" | "SecurityError" => StoreError::Unavailable(detail),
        "VersionError" => StoreError::Other(format!(
            "the database was created by a newer version of Jejak ({detail}); reload the page"
        )),
        _ => StoreError::Other(detail),
    }
}

fn map_js(value: &JsValue) -> StoreError {
    if let Some(dom) = value.dyn_ref::<DomException>() {
        map_dom(dom)
    } else if let Some(err) = value.dyn_ref::<js_sys::Error>() {
        StoreError::Other(String::from(err.message()))
    } else {
        StoreError::Other(format!("{value:?}"))
    }
}

fn map_idb(e: idb::Error) -> StoreError {
    use idb::Error as E;
    match &e {
        E::DomException(dom) => map_dom(dom),
        // The variants carrying what a synchronous IndexedDB call threw (usually a DOMException).
        E::AddFailed(v)
        | E::ClearFailed(v)
        | E::DeleteFailed(v)
        | E::GetFailed(v)
        | E::GetAllFailed(v)
        | E::GetAllKeysFailed(v)
        | E::IndexNotFound(v)
        | E::IndexedDbNotFound(v)
        | E::IndexedDbOpenFailed(v)
        | E::ObjectStoreNotFound(v)
        | E::TransactionOpenFailed(v)
        | E::UpdateFailed(v) => map_js(v),
        _ => StoreError::Other(e.to_string()),
    }
}
