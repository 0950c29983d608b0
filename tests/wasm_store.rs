//! Browser tests of the storage backends: the same contract run against IndexedDB,
//! localStorage and memory (memory.rs is the reference), plus what only one backend has (the
//! IndexedDB schema and upgrade, localStorage's undo on quota), the fallback order, and a
//! measurement of the IndexedDB record encoding.
// Tests may use the standard sorts; the app's code uses its one shared sort (clippy.toml).
#![allow(clippy::disallowed_methods)]
#![cfg(target_arch = "wasm32")]

use jejak::domain::clock::Rev;
use jejak::domain::record::Record;
use jejak::store::indexeddb::{self, IdbBackend, KIND_INDEX, META_STORE, RECORDS_STORE};
use jejak::store::local::LocalBackend;
use jejak::store::memory::MemoryBackend;
use jejak::store::{choose, AnyBackend, Backend, BackendKind, StoreError};
use serde::Serialize;
use serde_json::json;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// ---------------------------------------------------------------------------------------------
// Helpers

fn rev(millis: u64) -> Rev {
    Rev::parse(&format!("{millis:013}-000000-dev")).expect("valid rev")
}

fn rec(id: &str, kind: &str, millis: u64, title: &str) -> Record {
    let mut r: Record = serde_json::from_value(json!({
        "id": id,
        "kind": kind,
        "created": "2026-11-25T10:00:00.000Z",
        "rev": "0000000000000-000000-dev",
        "title": title,
        "future_field": {"kept": [1, 2, 3]},
    }))
    .expect("valid record");
    r.rev = rev(millis);
    r
}

fn by_id(mut records: Vec<Record>) -> Vec<Record> {
    records.sort_by(|a, b| a.id.cmp(&b.id));
    records
}

fn unique(tag: &str) -> String {
    format!(
        "jejak-test-{tag}-{}",
        (js_sys::Math::random() * 1e12) as u64
    )
}

fn log(message: &str) {
    web_sys::console::log_1(&JsValue::from_str(message));
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

async fn delete_db(name: &str) {
    idb::Factory::new()
        .unwrap()
        .delete(name)
        .unwrap()
        .await
        .unwrap();
}

/// A raw connection with no version-change handler, for planting data behind a backend's back.
async fn raw_db(name: &str) -> idb::Database {
    idb::Factory::new()
        .unwrap()
        .open(name, None)
        .unwrap()
        .await
        .unwrap()
}

// ---------------------------------------------------------------------------------------------
// The contract every backend keeps

async fn contract<B: Backend>(b: &B) {
    basics(b).await;
    b.clear().await.unwrap();
    newer_wins(b).await;
    b.clear().await.unwrap();
    replace(b).await;
    b.clear().await.unwrap();
    meta_and_clear(b).await;
}

async fn basics<B: Backend>(b: &B) {
    assert!(b.load_all().await.unwrap().is_empty());
    let a = rec("a", "entry", 1_000, "first");
    let g = rec("g", "goal", 1_000, "a goal");
    let e2 = rec("e2", "entry", 1_000, "second");
    let written = b
        .put_batch(&[a.clone(), g.clone(), e2.clone()])
        .await
        .unwrap();
    assert_eq!(written, vec![a.clone(), g.clone(), e2.clone()]);

    assert_eq!(b.get("a").await.unwrap(), Some(a.clone()));
    assert_eq!(b.get("missing").await.unwrap(), None);
    assert_eq!(
        by_id(b.load_all().await.unwrap()),
        vec![a.clone(), e2.clone(), g.clone()]
    );
    assert_eq!(
        by_id(b.load_kind("entry").await.unwrap()),
        vec![a.clone(), e2.clone()]
    );
    assert_eq!(b.load_kind("goal").await.unwrap(), vec![g.clone()]);
    assert!(b.load_kind("person").await.unwrap().is_empty());

    // Delete is a tombstone: a newer write with `deleted`, kept and loaded like any record.
    let mut tomb = a.clone();
    tomb.deleted = true;
    tomb.rev = rev(2_000);
    assert_eq!(
        b.put_batch(&[tomb.clone()]).await.unwrap(),
        vec![tomb.clone()]
    );
    let got = b.get("a").await.unwrap().unwrap();
    assert!(got.deleted);
    assert_eq!(got, tomb);
    assert_eq!(b.load_all().await.unwrap().len(), 3);
    // Unknown fields come back unchanged.
    assert_eq!(got.fields["future_field"], json!({"kept": [1, 2, 3]}));
}

async fn newer_wins<B: Backend>(b: &B) {
    let stored = rec("x", "entry", 5_000, "stored");
    b.put_batch(std::slice::from_ref(&stored)).await.unwrap();

    let older = rec("x", "entry", 4_000, "older");
    let same_rev = rec("x", "entry", 5_000, "same rev, other content");
    let fresh = rec("y", "entry", 1, "new id");
    let written = b
        .put_batch(&[older, same_rev, fresh.clone()])
        .await
        .unwrap();
    assert_eq!(
        written,
        vec![fresh.clone()],
        "older and equal revs are not written"
    );
    assert_eq!(b.get("x").await.unwrap(), Some(stored.clone()));

    // A device id breaks a tie in millis and counter.
    let mut tie = rec("x", "entry", 5_000, "same millis, later device");
    tie.rev = Rev::parse("0000000005000-000000-zzz").unwrap();
    assert_eq!(
        b.put_batch(&[tie.clone()]).await.unwrap(),
        vec![tie.clone()]
    );

    // An id twice in one batch behaves like two batches in a row.
    let v7 = rec("x", "entry", 7_000, "v7");
    let v6 = rec("x", "entry", 6_000, "v6");
    assert_eq!(
        b.put_batch(&[v7.clone(), v6]).await.unwrap(),
        vec![v7.clone()]
    );
    assert_eq!(b.get("x").await.unwrap(), Some(v7));
    let v8 = rec("x", "entry", 8_000, "v8");
    let v9 = rec("x", "entry", 9_000, "v9");
    assert_eq!(
        b.put_batch(&[v8.clone(), v9.clone()]).await.unwrap(),
        vec![v8, v9.clone()]
    );
    assert_eq!(b.get("x").await.unwrap(), Some(v9));
    assert!(b.put_batch(&[]).await.unwrap().is_empty());
}

async fn replace<B: Backend>(b: &B) {
    let a = rec("a", "entry", 5_000, "current");
    let c = rec("c", "entry", 5_000, "to remove");
    b.put_batch(&[a.clone(), c.clone()]).await.unwrap();

    // Restoring a snapshot may go back in time: that is the point of replace.
    let a_old = rec("a", "entry", 1_000, "from the snapshot");
    let d = rec("d", "goal", 1_000, "only in the snapshot");
    b.replace_batch(
        &[a_old.clone(), d.clone()],
        &["c".to_string(), "never-existed".to_string()],
    )
    .await
    .unwrap();
    assert_eq!(b.get("a").await.unwrap(), Some(a_old.clone()));
    assert_eq!(b.get("c").await.unwrap(), None);
    assert_eq!(by_id(b.load_all().await.unwrap()), vec![a_old, d]);
}

async fn meta_and_clear<B: Backend>(b: &B) {
    assert_eq!(b.get_meta("device").await.unwrap(), None);
    b.set_meta("device", "d1").await.unwrap();
    b.set_meta("clock", "{\"quoted\": \"json\"}").await.unwrap();
    assert_eq!(b.get_meta("device").await.unwrap().as_deref(), Some("d1"));
    b.set_meta("device", "d2").await.unwrap();
    assert_eq!(b.get_meta("device").await.unwrap().as_deref(), Some("d2"));
    assert_eq!(
        b.get_meta("clock").await.unwrap().as_deref(),
        Some("{\"quoted\": \"json\"}")
    );

    b.put_batch(&[rec("a", "entry", 1, "x")]).await.unwrap();
    b.clear().await.unwrap();
    assert!(b.load_all().await.unwrap().is_empty());
    assert!(b.load_kind("entry").await.unwrap().is_empty());
    assert_eq!(b.get("a").await.unwrap(), None);
    assert_eq!(b.get_meta("device").await.unwrap(), None);
    // Usable after clearing.
    b.put_batch(&[rec("b", "entry", 1, "x")]).await.unwrap();
    assert_eq!(b.load_all().await.unwrap().len(), 1);
    b.clear().await.unwrap();
}

// ---------------------------------------------------------------------------------------------
// Memory (the reference)

#[wasm_bindgen_test]
async fn memory_contract() {
    contract(&MemoryBackend::default()).await;
}

// ---------------------------------------------------------------------------------------------
// IndexedDB

#[wasm_bindgen_test]
async fn idb_contract() {
    let name = unique("contract");
    let b = IdbBackend::open(&name).await.unwrap();
    contract(&b).await;
    drop(b);
    delete_db(&name).await;
}

#[wasm_bindgen_test]
async fn idb_upgrade_from_empty_and_reopen() {
    let name = unique("upgrade");
    let b = IdbBackend::open(&name).await.unwrap();
    let r = rec("kept", "entry", 1, "survives a reopen");
    b.put_batch(std::slice::from_ref(&r)).await.unwrap();
    b.set_meta("device", "d1").await.unwrap();
    drop(b);

    let db = raw_db(&name).await;
    assert_eq!(db.version().unwrap(), indexeddb::SCHEMA_VERSION);
    let mut stores = db.store_names();
    stores.sort();
    assert_eq!(
        stores,
        vec![META_STORE.to_string(), RECORDS_STORE.to_string()]
    );
    let tx = db
        .transaction(&[RECORDS_STORE, META_STORE], idb::TransactionMode::ReadOnly)
        .unwrap();
    let records = tx.object_store(RECORDS_STORE).unwrap();
    assert_eq!(
        records.key_path().unwrap(),
        Some(idb::KeyPath::new_single("id"))
    );
    assert_eq!(records.index_names(), vec![KIND_INDEX.to_string()]);
    let kind = records.index(KIND_INDEX).unwrap();
    assert_eq!(
        kind.key_path().unwrap(),
        Some(idb::KeyPath::new_single("kind"))
    );
    assert!(!kind.unique());
    let meta = tx.object_store(META_STORE).unwrap();
    assert_eq!(meta.key_path().unwrap(), None, "meta keys are out of line");
    tx.await.unwrap();
    db.close();

    let b = IdbBackend::open(&name).await.unwrap();
    assert_eq!(b.load_all().await.unwrap(), vec![r]);
    assert_eq!(b.get_meta("device").await.unwrap().as_deref(), Some("d1"));
    drop(b);
    delete_db(&name).await;
}

/// `load_all` reads the store in parts cut at "1" … "f"; every id, hex or not, comes back once,
/// in key order, whichever part it falls in.
#[wasm_bindgen_test]
async fn idb_load_all_reads_every_part_once_in_key_order() {
    let name = unique("parts");
    let b = IdbBackend::open(&name).await.unwrap();
    let ids = [
        "",
        "0",
        "0fff",
        "1",
        "19",
        "1a",
        "9zz",
        "A",
        "Zeta",
        "a",
        "ef",
        "f",
        "f0",
        "ffff",
        "g",
        "zzz",
        "é",
        "6f1c2b7e-4a3d-4c1e-9b2a-1d2e3f405162",
    ];
    let mut records: Vec<Record> = ids.iter().map(|id| rec(id, "entry", 1_000, id)).collect();
    b.put_batch(&records).await.unwrap();
    records.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(b.load_all().await.unwrap(), records);
    drop(b);
    delete_db(&name).await;
}

/// A large batch hands its texts to JS joined into one string per field: every record comes
/// back exactly, whatever its text holds (the separator itself included, which serde_json
/// escapes). A batch whose id holds the separator is written record by record, just as exactly.
#[wasm_bindgen_test]
async fn idb_large_batches_keep_every_text_exactly() {
    let name = unique("joined");
    let b = IdbBackend::open(&name).await.unwrap();
    let texts = [
        "Rapat koordinasi — évaluasi",
        "emoji 🎯 and \"quotes\"",
        "line\nbreak\ttab",
        "control \u{1} and \u{0} characters",
        "",
        "\\ backslash",
        "日本語のテキスト",
    ];
    let batch = |prefix: &str, n: usize| -> Vec<Record> {
        (0..n)
            .map(|i| {
                let kind = if i % 3 == 0 { "goal" } else { "entry" };
                rec(
                    &format!("{prefix}-{i:03}"),
                    kind,
                    1_000 + i as u64,
                    texts[i % texts.len()],
                )
            })
            .collect()
    };
    let joined = batch("joined", 100);
    assert_eq!(b.put_batch(&joined).await.unwrap(), joined);
    assert_eq!(by_id(b.load_all().await.unwrap()), by_id(joined.clone()));

    let mut one_by_one = batch("single", 40);
    one_by_one[7].id = "single-\u{1}-007".into();
    assert_eq!(b.put_batch(&one_by_one).await.unwrap(), one_by_one);
    let mut everything = joined;
    everything.extend(one_by_one);
    assert_eq!(by_id(b.load_all().await.unwrap()), by_id(everything));
    drop(b);
    delete_db(&name).await;
}

/// Plants a record whose JSON does not parse, next to what the backend wrote.
async fn plant_corrupt_idb(name: &str) {
    let db = raw_db(name).await;
    let tx = db
        .transaction(&[RECORDS_STORE], idb::TransactionMode::ReadWrite)
        .unwrap();
    let bad = js_sys::Object::new();
    for (k, v) in [("id", "bad"), ("kind", "entry"), ("json", "{not json")] {
        js_sys::Reflect::set(&bad, &k.into(), &v.into()).unwrap();
    }
    tx.object_store(RECORDS_STORE)
        .unwrap()
        .put(&bad.into(), None)
        .unwrap();
    tx.await.unwrap();
    db.close();
}

#[wasm_bindgen_test]
async fn idb_batch_is_all_or_nothing() {
    let name = unique("atomic");
    let b = IdbBackend::open(&name).await.unwrap();
    let before = rec("a", "entry", 1_000, "before");
    b.put_batch(std::slice::from_ref(&before)).await.unwrap();
    plant_corrupt_idb(&name).await;

    // The corrupt record is reported, never skipped.
    assert!(matches!(b.get("bad").await, Err(StoreError::Corrupt(_))));
    assert!(matches!(b.load_all().await, Err(StoreError::Corrupt(_))));

    // The batch reads "bad" to compare revs; the failure aborts the whole transaction,
    // including the writes queued before it.
    let batch = [
        rec("a", "entry", 2_000, "after"),
        rec("new", "entry", 1, "new"),
        rec("bad", "entry", 9_000, "fix"),
    ];
    assert!(matches!(
        b.put_batch(&batch).await,
        Err(StoreError::Corrupt(_))
    ));
    assert_eq!(b.get("a").await.unwrap(), Some(before.clone()));
    assert_eq!(b.get("new").await.unwrap(), None);

    // replace_batch does not read, so it can overwrite the corrupt record.
    b.replace_batch(&[rec("bad", "entry", 1, "repaired")], &[])
        .await
        .unwrap();
    assert_eq!(b.load_all().await.unwrap().len(), 2);
    drop(b);
    delete_db(&name).await;
}

#[wasm_bindgen_test]
async fn idb_steps_aside_for_another_tabs_upgrade() {
    let name = unique("versionchange");
    let b = IdbBackend::open(&name).await.unwrap();
    b.put_batch(&[rec("a", "entry", 1, "x")]).await.unwrap();

    // A newer version opening the same database: without the versionchange handler this would
    // wait forever for `b` to close.
    let newer = idb::Factory::new()
        .unwrap()
        .open(&name, Some(indexeddb::SCHEMA_VERSION + 1))
        .unwrap()
        .await
        .unwrap();
    assert_eq!(newer.version().unwrap(), indexeddb::SCHEMA_VERSION + 1);
    newer.close();

    assert!(matches!(
        b.load_all().await,
        Err(StoreError::Unavailable(_))
    ));
    assert!(matches!(
        b.put_batch(&[rec("b", "entry", 1, "x")]).await,
        Err(StoreError::Unavailable(_))
    ));
    // And this (now older) version cannot open it again, with a message saying why.
    drop(b);
    let reopened = IdbBackend::open(&name).await;
    assert!(
        matches!(&reopened, Err(StoreError::Other(m)) if m.contains("newer version")),
        "{:?}",
        reopened.as_ref().err()
    );
    delete_db(&name).await;
}

// ---------------------------------------------------------------------------------------------
// localStorage

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
async fn local_contract() {
    let prefix = unique("contract");
    let b = LocalBackend::open(&prefix).unwrap();
    contract(&b).await;
    assert_no_keys(&prefix);
}

fn assert_no_keys(prefix: &str) {
    let s = storage();
    let ours = format!("{prefix}:");
    let left: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(&ours))
        .collect();
    assert!(left.is_empty(), "keys left behind: {left:?}");
}

#[wasm_bindgen_test]
async fn local_layout_and_reopen() {
    let prefix = unique("layout");
    let other = unique("other");
    let b = LocalBackend::open(&prefix).unwrap();
    let a = rec("a", "entry", 1, "x");
    b.put_batch(std::slice::from_ref(&a)).await.unwrap();
    b.set_meta("device", "d1").await.unwrap();
    // A neighbour's keys are neither loaded nor cleared.
    storage()
        .set_item(&format!("{other}:r:z"), "not ours")
        .unwrap();

    let s = storage();
    let stored: Record =
        serde_json::from_str(&s.get_item(&format!("{prefix}:r:a")).unwrap().unwrap()).unwrap();
    assert_eq!(stored, a);
    assert_eq!(
        s.get_item(&format!("{prefix}:ids")).unwrap().as_deref(),
        Some("[\"a\"]")
    );
    assert!(s.get_item(&format!("{prefix}:m:device")).unwrap().is_some());

    let again = LocalBackend::open(&prefix).unwrap();
    assert_eq!(again.load_all().await.unwrap(), vec![a]);
    assert_eq!(
        again.get_meta("device").await.unwrap().as_deref(),
        Some("d1")
    );
    again.clear().await.unwrap();
    assert_no_keys(&prefix);
    assert_eq!(
        s.get_item(&format!("{other}:r:z")).unwrap().as_deref(),
        Some("not ours")
    );
    s.remove_item(&format!("{other}:r:z")).unwrap();
}

#[wasm_bindgen_test]
async fn local_corrupt_record_fails_batch_before_writing() {
    let prefix = unique("corrupt");
    let b = LocalBackend::open(&prefix).unwrap();
    let before = rec("a", "entry", 1_000, "before");
    b.put_batch(std::slice::from_ref(&before)).await.unwrap();
    let s = storage();
    s.set_item(&format!("{prefix}:r:bad"), "{not json").unwrap();
    s.set_item(&format!("{prefix}:ids"), "[\"a\",\"bad\"]")
        .unwrap();

    assert!(matches!(b.get("bad").await, Err(StoreError::Corrupt(_))));
    assert!(matches!(b.load_all().await, Err(StoreError::Corrupt(_))));
    let batch = [
        rec("a", "entry", 2_000, "after"),
        rec("new", "entry", 1, "new"),
        rec("bad", "entry", 9_000, "fix"),
    ];
    assert!(matches!(
        b.put_batch(&batch).await,
        Err(StoreError::Corrupt(_))
    ));
    assert_eq!(b.get("a").await.unwrap(), Some(before));
    assert_eq!(b.get("new").await.unwrap(), None);
    b.clear().await.unwrap();
    assert_no_keys(&prefix);
}

/// Fills localStorage until a write of 1,024 characters fails; returns the filler keys with
/// their sizes.
fn fill_local_storage(tag: &str) -> Vec<(String, usize)> {
    let s = storage();
    let mut keys = Vec::new();
    let mut chunk = 1 << 20;
    while chunk >= 1024 {
        let key = format!("{tag}:fill:{}", keys.len());
        if s.set_item(&key, &"x".repeat(chunk)).is_ok() {
            keys.push((key, chunk));
        } else {
            chunk /= 2;
        }
    }
    keys
}

#[wasm_bindgen_test]
async fn local_quota_failure_restores_what_the_batch_wrote() {
    let prefix = unique("quota");
    let b = LocalBackend::open(&prefix).unwrap();
    let c_old = rec("c", "entry", 1_000, "stored before");
    b.put_batch(std::slice::from_ref(&c_old)).await.unwrap();

    let mut filler = fill_local_storage(&prefix);
    // Free a little room: enough for the small writes, far too little for the big one.
    let mut freed = 0;
    while freed < 16 * 1024 {
        let (key, size) = filler.pop().expect("filler");
        storage().remove_item(&key).unwrap();
        freed += size;
    }

    let c_new = rec("c", "entry", 2_000, "updated in the failing batch");
    let small = rec("small", "entry", 1, "fits");
    let mut big = rec("big", "entry", 1, "does not fit");
    big.fields
        .insert("body".into(), json!("y".repeat(256 * 1024)));
    let result = b.put_batch(&[c_new, small, big]).await;
    let c_after = b.get("c").await;
    let small_after = b.get("small").await;
    let all_after = b.load_all().await;

    // Clean up before asserting so a failure does not starve the other tests of space.
    for (key, _) in &filler {
        storage().remove_item(key).unwrap();
    }
    b.clear().await.unwrap();

    assert_eq!(result, Err(StoreError::QuotaExceeded));
    assert_eq!(c_after.unwrap(), Some(c_old.clone()));
    assert_eq!(small_after.unwrap(), None);
    assert_eq!(all_after.unwrap(), vec![c_old]);
    assert_no_keys(&prefix);
}

// ---------------------------------------------------------------------------------------------
// Choosing a backend

#[wasm_bindgen_test]
fn fallback_order() {
    assert_eq!(choose(true, true), BackendKind::IndexedDb);
    assert_eq!(choose(true, false), BackendKind::IndexedDb);
    assert_eq!(choose(false, true), BackendKind::LocalStorage);
    assert_eq!(choose(false, false), BackendKind::Memory);
}

#[wasm_bindgen_test]
async fn open_picks_indexeddb_when_it_works() {
    let name = unique("any");
    let (backend, failures) = AnyBackend::open(&name).await;
    assert_eq!(backend.kind(), BackendKind::IndexedDb);
    assert!(failures.is_empty(), "{failures:?}");
    contract(&backend).await;
    drop(backend);
    delete_db(&name).await;
    assert_no_keys(&name);
}

// ---------------------------------------------------------------------------------------------
// Measurement: the `{id, kind, json}` encoding against full JS objects via serde-wasm-bindgen.
// Prints timings only; no assertion on them.

fn bench_records(n: usize) -> Vec<Record> {
    (0..n)
        .map(|i| {
            let mut r = rec(
                &format!("6f1c2b7e-4a3d-4c1e-9b2a-{i:012}"),
                if i % 3 == 0 { "goal" } else { "entry" },
                1_764_064_800_000 + i as u64,
                &format!("Catatan {i}: belajar memimpin rapat"),
            );
            r.fields.insert(
                "body".into(),
                json!("Hari ini saya **memimpin** rapat tim untuk pertama kali. ".repeat(8)),
            );
            r.fields.insert(
                "tags".into(),
                json!(["kepemimpinan", "komunikasi", "rapat"]),
            );
            r.fields
                .insert("competencies".into(), json!({"lead": 3, "communicate": 2}));
            r.fields.insert("date".into(), json!("2026-11-25"));
            r
        })
        .collect()
}

async fn bench_db(name: &str) -> idb::Database {
    let mut request = idb::Factory::new().unwrap().open(name, Some(1)).unwrap();
    request.on_upgrade_needed(|event| {
        use idb::DatabaseEvent;
        let db = event.database().unwrap();
        for store in ["json", "objects"] {
            let mut params = idb::ObjectStoreParams::new();
            params.key_path(Some(idb::KeyPath::new_single("id")));
            db.create_object_store(store, params).unwrap();
        }
    });
    request.await.unwrap()
}

async fn write_all(db: &idb::Database, store: &str, values: &[JsValue]) {
    let tx = db
        .transaction(&[store], idb::TransactionMode::ReadWrite)
        .unwrap();
    let s = tx.object_store(store).unwrap();
    for v in values {
        s.put(v, None).unwrap();
    }
    assert!(tx.await.unwrap().is_committed());
}

async fn read_all(db: &idb::Database, store: &str) -> Vec<JsValue> {
    let tx = db
        .transaction(&[store], idb::TransactionMode::ReadOnly)
        .unwrap();
    let values = tx
        .object_store(store)
        .unwrap()
        .get_all(None, None)
        .unwrap()
        .await
        .unwrap();
    tx.await.unwrap();
    values
}

#[wasm_bindgen_test]
async fn measure_json_vs_serde_wasm_bindgen() {
    const N: usize = 2_000;
    let records = bench_records(N);
    let name = unique("bench");
    let db = bench_db(&name).await;

    let t = now();
    let encoded: Vec<JsValue> = records
        .iter()
        .map(|r| indexeddb::encode(r).unwrap())
        .collect();
    let json_encode = now() - t;
    write_all(&db, "json", &encoded).await;
    let json_write = now() - t;
    let t = now();
    let raw = read_all(&db, "json").await;
    let json_get_all = now() - t;
    let back: Vec<Record> = raw.iter().map(|v| indexeddb::decode(v).unwrap()).collect();
    let json_read = now() - t;
    assert_eq!(back, records);

    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let t = now();
    let objects: Vec<JsValue> = records
        .iter()
        .map(|r| r.serialize(&serializer).unwrap())
        .collect();
    let swb_encode = now() - t;
    write_all(&db, "objects", &objects).await;
    let swb_write = now() - t;
    let t = now();
    let raw = read_all(&db, "objects").await;
    let swb_get_all = now() - t;
    let back: Vec<Record> = raw
        .into_iter()
        .map(|v| serde_wasm_bindgen::from_value(v).unwrap())
        .collect();
    let swb_read = now() - t;
    assert_eq!(back, records);
    db.close();
    delete_db(&name).await;

    // The backend's own path: put_batch also reads every id for the rev check.
    let name = unique("bench-backend");
    let b = IdbBackend::open(&name).await.unwrap();
    let t = now();
    assert_eq!(b.put_batch(&records).await.unwrap().len(), N);
    let backend_put = now() - t;
    let t = now();
    assert_eq!(b.load_all().await.unwrap().len(), N);
    let backend_load = now() - t;
    let t = now();
    assert_eq!(b.load_kind("goal").await.unwrap().len(), N.div_ceil(3));
    let backend_kind = now() - t;
    drop(b);
    delete_db(&name).await;

    let bytes: usize = records
        .iter()
        .map(|r| serde_json::to_string(r).unwrap().len())
        .sum();
    log(&format!(
        "[store bench] {N} records, {} KiB of JSON\n\
         {{id,kind,json}}:     encode {json_encode:.1} ms, encode+write {json_write:.1} ms; \
         getAll {json_get_all:.1} ms, getAll+decode {json_read:.1} ms\n\
         serde-wasm-bindgen: encode {swb_encode:.1} ms, encode+write {swb_write:.1} ms; \
         getAll {swb_get_all:.1} ms, getAll+decode {swb_read:.1} ms\n\
         IdbBackend:         put_batch {backend_put:.1} ms, load_all {backend_load:.1} ms, \
         load_kind(goal) {backend_kind:.1} ms",
        bytes / 1024
    ));
}
