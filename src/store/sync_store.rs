//! The device-local sync state, in an IndexedDB database of its own (`jejak-sync`), apart from
//! the journal: the server's address and login, the ledger (checkpoint and what the server
//! holds per record) and, when the person asked for it, the sync key.
//!
//! Being apart from the records store is what keeps it out of every backup and share file, and
//! lets "Forget this server" clear it without touching the journal. The key is stored as a
//! non-extractable WebCrypto `CryptoKey` (IndexedDB keeps such objects as they are): pages of
//! this site can use it, nothing can read its bytes out. The password must be kept as text,
//! since every request sends it.

use super::StoreError;
use js_sys::{Array, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "jejak-sync";
const STORE: &str = "state";
pub const CONFIG: &str = "config";
pub const KEY: &str = "key";
pub const CHECKPOINT: &str = "checkpoint";

/// The ledger's log: one text per save under `log:` and a zero-padded number, so key order is
/// the order they were written in (see `domain::sync::ledger::log_text`).
const LOG_PREFIX: &str = "log:";
/// The first key after every `log:` key (`;` follows `:`).
const LOG_END: &str = "log;";

pub fn log_key(n: u64) -> String {
    format!("{LOG_PREFIX}{n:012}")
}

pub struct SyncStore {
    db: IdbDatabase,
}

fn js_error(e: JsValue) -> StoreError {
    let text = js_sys::Reflect::get(&e, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| format!("{e:?}"));
    StoreError::Other(text)
}

/// Resolves when the request succeeds (with its result) or fails. One handler serves both
/// events, so nothing is left behind whichever fires.
async fn finished(req: &IdbRequest) -> Result<JsValue, StoreError> {
    let r = req.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        let req = r.clone();
        let handler = Closure::once_into_js(move |ev: web_sys::Event| {
            if ev.type_() == "success" {
                let _ = resolve.call1(&JsValue::NULL, &req.result().unwrap_or(JsValue::UNDEFINED));
            } else {
                let err = req.error().ok().flatten().map(JsValue::from);
                let _ = reject.call1(&JsValue::NULL, &err.unwrap_or(JsValue::NULL));
            }
        });
        r.set_onsuccess(Some(handler.unchecked_ref()));
        r.set_onerror(Some(handler.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(js_error)
}

/// Resolves when a write transaction has committed (or failed).
async fn committed(tx: &IdbTransaction) -> Result<(), StoreError> {
    let t = tx.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        let handler = Closure::once_into_js(move |ev: web_sys::Event| {
            if ev.type_() == "complete" {
                let _ = resolve.call0(&JsValue::NULL);
            } else {
                let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&ev.type_()));
            }
        });
        t.set_oncomplete(Some(handler.unchecked_ref()));
        t.set_onerror(Some(handler.unchecked_ref()));
        t.set_onabort(Some(handler.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(js_error)
}

impl SyncStore {
    pub async fn open() -> Result<SyncStore, StoreError> {
        let factory = web_sys::window()
            .and_then(|w| w.indexed_db().ok().flatten())
            .ok_or_else(|| StoreError::Unavailable("no IndexedDB in this browser".into()))?;
        let open = factory.open_with_u32(DB_NAME, 1).map_err(js_error)?;
        let upgrade = {
            let open = open.clone();
            Closure::once_into_js(move || {
                if let Ok(db) = open.result() {
                    let db: IdbDatabase = db.unchecked_into();
                    if !db.object_store_names().contains(STORE) {
                        let _ = db.create_object_store(STORE);
                    }
                }
            })
        };
        open.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
        let db: IdbDatabase = finished(&open).await?.unchecked_into();
        // Another tab deleting or upgrading the database must not wait on this one.
        let on_version_change = {
            let db = db.clone();
            Closure::once_into_js(move || db.close())
        };
        db.set_onversionchange(Some(on_version_change.unchecked_ref()));
        Ok(SyncStore { db })
    }

    fn tx(&self, mode: IdbTransactionMode) -> Result<IdbTransaction, StoreError> {
        self.db
            .transaction_with_str_and_mode(STORE, mode)
            .map_err(js_error)
    }

    pub async fn get(&self, key: &str) -> Result<JsValue, StoreError> {
        let tx = self.tx(IdbTransactionMode::Readonly)?;
        let store = tx.object_store(STORE).map_err(js_error)?;
        finished(&store.get(&JsValue::from_str(key)).map_err(js_error)?).await
    }

    pub async fn get_text(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.get(key).await?.as_string())
    }

    /// The ledger's log texts, oldest first, with the number of the last one (0 when empty).
    pub async fn log(&self) -> Result<(Vec<String>, u64), StoreError> {
        let tx = self.tx(IdbTransactionMode::Readonly)?;
        let store = tx.object_store(STORE).map_err(js_error)?;
        let range = web_sys::IdbKeyRange::bound_with_lower_open_and_upper_open(
            &JsValue::from_str(LOG_PREFIX),
            &JsValue::from_str(LOG_END),
            false,
            true,
        )
        .map_err(js_error)?;
        let keys = store.get_all_keys_with_key(&range).map_err(js_error)?;
        let values = store.get_all_with_key(&range).map_err(js_error)?;
        let keys: Array = finished(&keys).await?.unchecked_into();
        let values: Array = finished(&values).await?.unchecked_into();
        let last = keys
            .iter()
            .filter_map(|k| k.as_string()?.strip_prefix(LOG_PREFIX)?.parse().ok())
            .max()
            .unwrap_or(0);
        Ok((values.iter().filter_map(|v| v.as_string()).collect(), last))
    }

    /// Replaces log texts `1..=last` by one text under `last + 1` (a fold of them), in one
    /// transaction.
    pub async fn compact_log(&self, last: u64, folded: &str) -> Result<(), StoreError> {
        let tx = self.tx(IdbTransactionMode::Readwrite)?;
        let store = tx.object_store(STORE).map_err(js_error)?;
        let range = web_sys::IdbKeyRange::bound_with_lower_open_and_upper_open(
            &JsValue::from_str(LOG_PREFIX),
            &JsValue::from_str(&log_key(last)),
            false,
            false,
        )
        .map_err(js_error)?;
        store.delete(&range).map_err(js_error)?;
        store
            .put_with_key(
                &JsValue::from_str(folded),
                &JsValue::from_str(&log_key(last + 1)),
            )
            .map_err(js_error)?;
        committed(&tx).await
    }

    /// Writes several values (and removes `None`s) in one transaction: all or nothing.
    pub async fn put_all(&self, entries: &[(String, Option<JsValue>)]) -> Result<(), StoreError> {
        let tx = self.tx(IdbTransactionMode::Readwrite)?;
        let store = tx.object_store(STORE).map_err(js_error)?;
        for (key, value) in entries {
            let key = JsValue::from_str(key);
            match value {
                Some(v) => store.put_with_key(v, &key).map_err(js_error)?,
                None => store.delete(&key).map_err(js_error)?,
            };
        }
        committed(&tx).await
    }

    /// Forgets everything about sync on this device ("Forget this server").
    pub async fn clear(&self) -> Result<(), StoreError> {
        let tx = self.tx(IdbTransactionMode::Readwrite)?;
        let store = tx.object_store(STORE).map_err(js_error)?;
        store.clear().map_err(js_error)?;
        committed(&tx).await
    }
}
