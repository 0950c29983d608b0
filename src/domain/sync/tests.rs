//! The sync engine against a model of a CouchDB database (revisions, 409 on a stale `_rev`, a
//! changes feed with sequence numbers, `_all_docs` by keys), with devices that edit, go
//! offline, restart from their stored ledger and write at the same time as each other.
//!
//! The property: whatever the interleaving, once every device has synced twice in turn, all
//! devices hold the same records, and those are exactly the file merge of every write any
//! device made. And the server never holds a readable byte of a record.

use super::engine::{Crypt, Exchange, Journal, NetError, Progress, SyncError, Transport};
use super::ledger::Ledger;
use super::setup::{self, KeyState};
use super::wire::{self, KeyDoc, Method, Request, Response, SealedBox, CHECK_PLAINTEXT};
use crate::domain::clock::{Hlc, Rev};
use crate::domain::merge::{merge, wins};
use crate::domain::record::Record;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// Runs a future that never waits (every trait here answers at once).
fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = std::pin::pin!(f);
    match f.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("the model never waits"),
    }
}

// ---------------------------------------------------------------------------------------------
// A model CouchDB database.

/// (generation, `_rev`, body without `_id`/`_rev`, seq of its last change)
type StoredDoc = (u64, String, Value, u64);

#[derive(Default)]
struct Couch {
    /// id → the stored document
    docs: BTreeMap<String, StoredDoc>,
    seq: u64,
    requests: usize,
    exists: bool,
}

fn query(path: &str) -> HashMap<String, String> {
    let q = path.split_once('?').map(|(_, q)| q).unwrap_or("");
    q.split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), percent_decode(v)))
        .collect()
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() + 1 {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

impl Couch {
    fn new() -> Couch {
        Couch {
            exists: true,
            ..Couch::default()
        }
    }

    fn full_doc(id: &str, rev: &str, body: &Value) -> Value {
        let mut d = body.clone();
        d["_id"] = json!(id);
        d["_rev"] = json!(rev);
        d
    }

    /// Writes one document as CouchDB does: a new one must not name a `_rev`, an existing one
    /// must name its current `_rev`.
    fn write(&mut self, mut doc: Value) -> Value {
        let id = doc["_id"].as_str().unwrap().to_string();
        let given = doc.get("_rev").and_then(Value::as_str).map(str::to_string);
        let current = self.docs.get(&id).map(|d| (d.0, d.1.clone()));
        let gen = match (current, given) {
            (None, None) => 1,
            (Some((gen, rev)), Some(g)) if rev == g => gen + 1,
            _ => {
                return json!({"id": id, "error": "conflict", "reason": "Document update conflict."})
            }
        };
        let obj = doc.as_object_mut().unwrap();
        obj.remove("_id");
        obj.remove("_rev");
        self.seq += 1;
        let rev = format!("{gen}-{:08x}", self.seq * 2_654_435_761 % 0xffff_ffff);
        self.docs
            .insert(id.clone(), (gen, rev.clone(), doc, self.seq));
        json!({"ok": true, "id": id, "rev": rev})
    }

    fn handle(&mut self, req: &Request) -> Response {
        self.requests += 1;
        let reply = |status: u16, body: Value| Response {
            status,
            body: body.to_string(),
        };
        if req.method == Method::Put && req.path.is_empty() {
            self.exists = true;
            return reply(201, json!({"ok": true}));
        }
        if !self.exists {
            return reply(
                404,
                json!({"error": "not_found", "reason": "Database does not exist."}),
            );
        }
        let path = req.path.split('?').next().unwrap();
        match (req.method, path) {
            (Method::Get, "") => reply(
                200,
                json!({"db_name": "model", "doc_count": self.docs.len()}),
            ),
            (Method::Post, "_bulk_docs") => {
                let body: Value = serde_json::from_str(req.body.as_deref().unwrap()).unwrap();
                let rows: Vec<Value> = body["docs"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|d| self.write(d.clone()))
                    .collect();
                reply(201, Value::Array(rows))
            }
            (Method::Post, "_all_docs") => {
                let body: Value = serde_json::from_str(req.body.as_deref().unwrap()).unwrap();
                let rows: Vec<Value> = body["keys"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|k| {
                        let id = k.as_str().unwrap();
                        match self.docs.get(id) {
                            Some((_, rev, body, _)) => json!({
                                "id": id, "key": id, "value": {"rev": rev},
                                "doc": Couch::full_doc(id, rev, body),
                            }),
                            None => json!({"key": id, "error": "not_found"}),
                        }
                    })
                    .collect();
                reply(
                    200,
                    json!({"total_rows": self.docs.len(), "offset": 0, "rows": rows}),
                )
            }
            (Method::Get, "_changes") => {
                let q = query(&req.path);
                let since: u64 = q["since"].parse().unwrap();
                let limit: usize = q["limit"].parse().unwrap();
                let mut changed: Vec<(&String, &StoredDoc)> =
                    self.docs.iter().filter(|(_, d)| d.3 > since).collect();
                changed.sort_by_key(|(_, d)| d.3);
                let pending = changed.len().saturating_sub(limit);
                let rows: Vec<Value> = changed
                    .iter()
                    .take(limit)
                    .map(|(id, (_, rev, body, seq))| {
                        json!({"seq": seq, "id": id, "changes": [{"rev": rev}],
                               "doc": Couch::full_doc(id, rev, body)})
                    })
                    .collect();
                // CouchDB answers an empty page with the database's current sequence.
                let last = match changed.get(limit.min(changed.len()).wrapping_sub(1)) {
                    Some((_, d)) if !changed.is_empty() => d.3,
                    _ => since.max(self.seq),
                };
                reply(
                    200,
                    json!({"results": rows, "last_seq": last, "pending": pending}),
                )
            }
            (Method::Get, id) => match self.docs.get(&percent_decode(id)) {
                Some((_, rev, body, _)) => {
                    reply(200, Couch::full_doc(&percent_decode(id), rev, body))
                }
                None => reply(404, json!({"error": "not_found", "reason": "missing"})),
            },
            (Method::Put, id) => {
                let mut doc: Value = serde_json::from_str(req.body.as_deref().unwrap()).unwrap();
                doc["_id"] = json!(percent_decode(id));
                let row = self.write(doc);
                if row.get("error").is_some() {
                    reply(
                        409,
                        json!({"error": "conflict", "reason": "Document update conflict."}),
                    )
                } else {
                    reply(201, row)
                }
            }
            _ => reply(400, json!({"error": "bad_request"})),
        }
    }
}

/// The network between a device and the model server: can be offline, and can let another
/// device act just before a request arrives (a write racing this device's exchange).
struct Net<'a> {
    couch: &'a RefCell<Couch>,
    online: bool,
    before: RefCell<Option<Box<dyn FnOnce() + 'a>>>,
    /// Requests sent before the interference runs.
    delay: Cell<usize>,
}

impl Transport for Net<'_> {
    async fn send(&self, request: Request) -> Result<Response, NetError> {
        if !self.online {
            return Err(NetError::Offline);
        }
        if self.delay.get() == 0 {
            if let Some(f) = self.before.borrow_mut().take() {
                f();
            }
        } else {
            self.delay.set(self.delay.get() - 1);
        }
        Ok(self.couch.borrow_mut().handle(&request))
    }
}

/// A stand-in for AES-GCM with the same shape: a 12-byte IV, the text scrambled under the key
/// and IV, a 16-byte tag that only the right key reproduces.
struct ToyCipher {
    key: u8,
    ivs: Cell<u64>,
}

fn toy_tag(key: u8, iv: &[u8], data: &[u8]) -> [u8; 16] {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(key);
    for &b in iv.iter().chain(data) {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    let mut tag = [0u8; 16];
    tag[..8].copy_from_slice(&h.to_le_bytes());
    tag[8..].copy_from_slice(&h.rotate_left(17).to_le_bytes());
    tag
}

fn toy_stream(key: u8, iv: &[u8], i: usize) -> u8 {
    key.wrapping_mul(31)
        .wrapping_add(iv[i % iv.len()])
        .wrapping_add((i as u8).wrapping_mul(7))
        | 1
}

impl ToyCipher {
    fn new(key: u8) -> ToyCipher {
        ToyCipher {
            key,
            ivs: Cell::new(1),
        }
    }

    fn seal_one(&self, plain: &[u8]) -> SealedBox {
        let n = self.ivs.get();
        self.ivs.set(n + 1);
        let mut iv = vec![0u8; 12];
        iv[..8].copy_from_slice(&n.to_le_bytes());
        iv[8] = self.key;
        let mut ct: Vec<u8> = plain
            .iter()
            .enumerate()
            .map(|(i, b)| b ^ toy_stream(self.key, &iv, i))
            .collect();
        let tag = toy_tag(self.key, &iv, &ct);
        ct.extend_from_slice(&tag);
        SealedBox { iv, ct }
    }

    fn open_one(&self, b: &SealedBox) -> Option<Vec<u8>> {
        let (data, tag) = b.ct.split_at(b.ct.len().checked_sub(16)?);
        (toy_tag(self.key, &b.iv, data) == tag).then(|| {
            data.iter()
                .enumerate()
                .map(|(i, c)| c ^ toy_stream(self.key, &b.iv, i))
                .collect()
        })
    }
}

impl Crypt for ToyCipher {
    async fn seal(&self, plaintexts: Vec<Vec<u8>>) -> Result<Vec<SealedBox>, String> {
        Ok(plaintexts.iter().map(|p| self.seal_one(p)).collect())
    }
    async fn open(&self, boxes: Vec<SealedBox>) -> Vec<Option<Vec<u8>>> {
        boxes.iter().map(|b| self.open_one(b)).collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Devices.

const IDS: [&str; 4] = [
    "00000000-0000-4000-8000-00000000000a",
    "00000000-0000-4000-8000-00000000000b",
    "00000000-0000-4000-8000-00000000000c",
    "00000000-0000-4000-8000-00000000000d",
];

struct Device {
    name: &'static str,
    records: RefCell<HashMap<String, Record>>,
    clock: RefCell<Hlc>,
    ledger: Ledger,
    /// The ledger as last stored (entries and checkpoint), to restart from.
    stored: RefCell<(Vec<String>, Option<String>)>,
    /// Every record this device wrote itself.
    written: Vec<Record>,
    online: bool,
    skew: u64,
    /// The local store refuses writes (a full disk, a closed database).
    fail_merge: Cell<bool>,
}

struct DeviceJournal<'a> {
    records: &'a RefCell<HashMap<String, Record>>,
    clock: &'a RefCell<Hlc>,
    stored: &'a RefCell<(Vec<String>, Option<String>)>,
    fail_merge: &'a Cell<bool>,
}

impl Journal for DeviceJournal<'_> {
    fn select(&self, wanted: &dyn Fn(&Record) -> bool, max: usize) -> Vec<Record> {
        let records = self.records.borrow();
        let mut ids: Vec<&String> = records.keys().collect();
        ids.sort();
        ids.into_iter()
            .map(|id| &records[id])
            .filter(|r| wanted(r))
            .take(max)
            .cloned()
            .collect()
    }
    fn count(&self, wanted: &dyn Fn(&Record) -> bool) -> usize {
        self.records.borrow().values().filter(|r| wanted(r)).count()
    }
    fn local(&self, id: &str) -> Option<Record> {
        self.records.borrow().get(id).cloned()
    }
    async fn merge(&self, incoming: Vec<Record>) -> Result<(), String> {
        if self.fail_merge.get() {
            return Err("the store refused the write".into());
        }
        let mut records = self.records.borrow_mut();
        for r in incoming {
            self.clock.borrow_mut().observe(&r.rev);
            match records.get(&r.id) {
                Some(existing) if !wins(&r, existing) => {}
                _ => {
                    records.insert(r.id.clone(), r);
                }
            }
        }
        Ok(())
    }
    async fn save(&self, (entries, checkpoint): super::ledger::Changes) -> Result<(), String> {
        let mut stored = self.stored.borrow_mut();
        stored.0.push(super::ledger::log_text(&entries));
        if checkpoint.is_some() {
            stored.1 = checkpoint;
        }
        Ok(())
    }
    async fn breathe(&self) {}
    fn progress(&self, _: Progress) {}
}

impl Device {
    fn new(name: &'static str, skew: u64) -> Device {
        Device {
            name,
            records: RefCell::new(HashMap::new()),
            clock: RefCell::new(Hlc::new(name)),
            ledger: Ledger::new(),
            stored: RefCell::new((Vec::new(), None)),
            written: Vec::new(),
            online: true,
            skew,
            fail_merge: Cell::new(false),
        }
    }

    fn edit(&mut self, id: usize, text: &str, delete: bool, now: u64) {
        let rev = self
            .clock
            .borrow_mut()
            .tick(1_700_000_000_000 + now + self.skew);
        let mut records = self.records.borrow_mut();
        let mut r = records
            .get(IDS[id])
            .cloned()
            .unwrap_or_else(|| Record::new("entry", IDS[id].into(), 0, rev.clone()));
        r.rev = rev;
        r.deleted = delete;
        r.fields
            .insert("title".into(), json!(format!("{text} by {}", self.name)));
        r.fields.insert(
            "body".into(),
            json!(format!("secret-canary {text} {}", self.name)),
        );
        r.fields.insert("date".into(), json!("2026-11-25"));
        r.fields.insert("entry_kind".into(), json!("reflection"));
        self.written.push(r.clone());
        records.insert(r.id.clone(), r);
    }

    fn restart(&mut self) {
        let stored = self.stored.borrow();
        self.ledger = Ledger::load(
            stored.1.as_deref(),
            super::ledger::fold_logs(stored.0.iter().map(String::as_str)),
        );
    }

    /// One exchange; `before` runs just before the request numbered `delay` reaches the server.
    fn exchange<'a>(
        &'a mut self,
        couch: &'a RefCell<Couch>,
        cipher: &'a ToyCipher,
        page: usize,
        before: Option<(usize, Box<dyn FnOnce() + 'a>)>,
        what: Step,
    ) -> (Result<(), SyncError>, super::engine::Report) {
        let (delay, before) = match before {
            Some((d, f)) => (d, Some(f)),
            None => (0, None),
        };
        let net = Net {
            couch,
            online: self.online,
            before: RefCell::new(before),
            delay: Cell::new(delay),
        };
        let journal = DeviceJournal {
            records: &self.records,
            clock: &self.clock,
            stored: &self.stored,
            fail_merge: &self.fail_merge,
        };
        let mut ex = Exchange::new(&net, cipher, &journal, &mut self.ledger);
        ex.page = page;
        ex.batch = page;
        let result = block_on(async {
            match what {
                Step::Pull => ex.pull().await,
                Step::Push => ex.push().await,
                Step::Both => ex.run().await,
            }
        });
        (result, ex.report)
    }

    fn sorted(&self) -> Vec<Record> {
        let mut v: Vec<Record> = self.records.borrow().values().cloned().collect();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    }
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Pull,
    Push,
    Both,
}

#[derive(Debug, Clone)]
enum Op {
    Edit {
        dev: usize,
        id: usize,
        delete: bool,
    },
    Sync {
        dev: usize,
        step: Step,
    },
    /// `dev` exchanges while the other device edits `id` and pushes just before `dev`'s
    /// request number `at` reaches the server.
    Race {
        dev: usize,
        id: usize,
        at: usize,
    },
    Online {
        dev: usize,
        online: bool,
    },
    Restart {
        dev: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..2usize, 0..IDS.len(), prop::bool::weighted(0.2))
            .prop_map(|(dev, id, delete)| Op::Edit { dev, id, delete }),
        3 => (0..2usize, prop_oneof![Just(Step::Pull), Just(Step::Push), Just(Step::Both)])
            .prop_map(|(dev, step)| Op::Sync { dev, step }),
        2 => (0..2usize, 0..IDS.len(), 0..4usize).prop_map(|(dev, id, at)| Op::Race { dev, id, at }),
        1 => (0..2usize, any::<bool>()).prop_map(|(dev, online)| Op::Online { dev, online }),
        1 => (0..2usize).prop_map(|dev| Op::Restart { dev }),
    ]
}

/// Every server document is ciphertext only: no key but `_id`, `v`, `iv`, `ct` (and the key
/// document's own), and no record text anywhere in it.
fn assert_server_sees_nothing(couch: &Couch) {
    for (id, (_, _, body, _)) in &couch.docs {
        let text = body.to_string();
        assert!(!text.contains("secret-canary"), "plaintext in {id}: {text}");
        assert!(!text.contains("title"), "plaintext in {id}: {text}");
        if id != wire::KEY_DOC_ID {
            let mut keys: Vec<&String> = body.as_object().unwrap().keys().collect();
            keys.sort();
            assert_eq!(keys, ["ct", "iv", "v"]);
        }
    }
}

fn run_ops(ops: &[Op], page: usize) {
    let couch = RefCell::new(Couch::new());
    let cipher = ToyCipher::new(42);
    let devices = [
        Rc::new(RefCell::new(Device::new("a", 0))),
        Rc::new(RefCell::new(Device::new("b", 5))),
    ];
    let mut now = 0u64;
    for op in ops {
        now += 1;
        match op.clone() {
            Op::Edit { dev, id, delete } => {
                devices[dev]
                    .borrow_mut()
                    .edit(id, &format!("t{now}"), delete, now)
            }
            Op::Sync { dev, step } => {
                let _ = devices[dev]
                    .borrow_mut()
                    .exchange(&couch, &cipher, page, None, step);
            }
            Op::Race { dev, id, at } => {
                let other = devices[1 - dev].clone();
                let (couch_ref, cipher_ref) = (&couch, &cipher);
                let race: Box<dyn FnOnce() + '_> = Box::new(move || {
                    let mut o = other.borrow_mut();
                    o.edit(id, &format!("race{now}"), false, now);
                    let _ = o.exchange(couch_ref, cipher_ref, page, None, Step::Push);
                });
                let _ = devices[dev].borrow_mut().exchange(
                    &couch,
                    &cipher,
                    page,
                    Some((at, race)),
                    Step::Both,
                );
            }
            Op::Online { dev, online } => devices[dev].borrow_mut().online = online,
            Op::Restart { dev } => devices[dev].borrow_mut().restart(),
        }
    }
    // Back online, each device syncs twice in turn.
    for d in &devices {
        d.borrow_mut().online = true;
    }
    for _ in 0..2 {
        for d in &devices {
            let (result, _) = d
                .borrow_mut()
                .exchange(&couch, &cipher, page, None, Step::Both);
            assert_eq!(result, Ok(()));
        }
    }
    let a = devices[0].borrow();
    let b = devices[1].borrow();
    let expected = merge(&a.written, &b.written);
    assert_eq!(a.sorted(), expected, "device a");
    assert_eq!(b.sorted(), expected, "device b");
    // Quiet once settled: nothing left to push on either side.
    for d in [&a, &b] {
        assert!(d.records.borrow().values().all(|r| !d.ledger.needs_push(r)));
    }
    assert_server_sees_nothing(&couch.borrow());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_interleaving_ends_equal_and_equal_to_the_merge(
        ops in prop::collection::vec(op(), 0..40),
        page in 1..4usize,
    ) {
        run_ops(&ops, page);
    }
}

#[test]
fn a_race_on_the_same_record_is_settled_by_rev() {
    use Op::*;
    // a and b both edit record 0; b's write reaches the server between a's pull and push, so
    // a's push meets a 409 and the later rev (a's, made after b's) wins everywhere.
    run_ops(
        &[
            Edit {
                dev: 0,
                id: 0,
                delete: false,
            },
            Sync {
                dev: 0,
                step: Step::Both,
            },
            Sync {
                dev: 1,
                step: Step::Both,
            },
            Race {
                dev: 0,
                id: 0,
                at: 1,
            },
            Edit {
                dev: 1,
                id: 1,
                delete: true,
            },
        ],
        2,
    );
}

#[test]
fn a_push_over_a_stale_rev_fetches_and_lets_the_newer_record_win() {
    let couch = RefCell::new(Couch::new());
    let cipher = ToyCipher::new(1);
    let mut a = Device::new("a", 0);
    let mut b = Device::new("b", 0);
    a.edit(0, "first", false, 1);
    assert_eq!(a.exchange(&couch, &cipher, 10, None, Step::Both).0, Ok(()));
    assert_eq!(b.exchange(&couch, &cipher, 10, None, Step::Both).0, Ok(()));
    // Both edit; b (later clock) pushes first, then a pushes over the stale _rev.
    a.edit(0, "a-second", false, 2);
    b.edit(0, "b-second", false, 3);
    assert_eq!(b.exchange(&couch, &cipher, 10, None, Step::Push).0, Ok(()));
    let (result, report) = a.exchange(&couch, &cipher, 10, None, Step::Push);
    assert_eq!(result, Ok(()));
    assert_eq!(report.conflicts, 1);
    assert_eq!(
        report.pushed, 0,
        "b's version is newer: a takes it, writes nothing"
    );
    assert_eq!(
        a.records.borrow()[IDS[0]].fields["title"],
        json!("b-second by b")
    );
}

#[test]
fn own_writes_coming_back_are_not_decrypted_again() {
    let couch = RefCell::new(Couch::new());
    let cipher = ToyCipher::new(1);
    let mut a = Device::new("a", 0);
    for i in 0..3 {
        a.edit(i, "x", false, i as u64);
    }
    assert_eq!(a.exchange(&couch, &cipher, 10, None, Step::Push).0, Ok(()));
    let (_, report) = a.exchange(&couch, &cipher, 10, None, Step::Pull);
    assert_eq!(report.pulled, 0);
    assert_eq!(report.unreadable, 0);
}

#[test]
fn a_failed_local_write_is_not_noted_so_no_push_goes_over_the_newer_version() {
    let couch = RefCell::new(Couch::new());
    let cipher = ToyCipher::new(1);
    let mut a = Device::new("a", 0);
    let mut b = Device::new("b", 0);
    a.edit(0, "first", false, 1);
    assert_eq!(a.exchange(&couch, &cipher, 10, None, Step::Both).0, Ok(()));
    assert_eq!(b.exchange(&couch, &cipher, 10, None, Step::Both).0, Ok(()));
    b.edit(0, "newer", false, 100);
    assert_eq!(b.exchange(&couch, &cipher, 10, None, Step::Both).0, Ok(()));
    // A's store refuses B's newer version as it arrives.
    a.fail_merge.set(true);
    let (pulled, _) = a.exchange(&couch, &cipher, 10, None, Step::Pull);
    assert!(matches!(pulled, Err(SyncError::Local(_))), "{pulled:?}");
    a.fail_merge.set(false);
    // A's older record has nothing to push: the server's version is newer.
    let (pushed, report) = a.exchange(&couch, &cipher, 10, None, Step::Push);
    assert_eq!((pushed, report.pushed), (Ok(()), 0));
    assert_eq!(a.exchange(&couch, &cipher, 10, None, Step::Both).0, Ok(()));
    assert_eq!(a.sorted(), b.sorted());
    assert_eq!(
        a.sorted()[0].fields["title"],
        json!("newer by b"),
        "the newer edit wins"
    );
}

#[test]
fn documents_under_another_key_are_skipped_not_applied() {
    let couch = RefCell::new(Couch::new());
    let mut a = Device::new("a", 0);
    let mut b = Device::new("b", 0);
    a.edit(0, "x", false, 1);
    assert_eq!(
        a.exchange(&couch, &ToyCipher::new(1), 10, None, Step::Push)
            .0,
        Ok(())
    );
    let (result, report) = b.exchange(&couch, &ToyCipher::new(2), 10, None, Step::Both);
    assert_eq!(result, Ok(()));
    assert_eq!(report.unreadable, 1);
    assert!(b.records.borrow().is_empty());
}

#[test]
fn pages_move_the_checkpoint_and_a_restart_resumes_from_it() {
    let couch = RefCell::new(Couch::new());
    let cipher = ToyCipher::new(1);
    let mut a = Device::new("a", 0);
    for i in 0..4 {
        a.edit(i, "x", false, i as u64);
    }
    assert_eq!(a.exchange(&couch, &cipher, 3, None, Step::Push).0, Ok(()));
    let mut b = Device::new("b", 0);
    assert_eq!(b.exchange(&couch, &cipher, 3, None, Step::Pull).0, Ok(()));
    assert_eq!(b.records.borrow().len(), 4);
    assert_eq!(b.stored.borrow().1.as_deref(), Some("4"));
    b.restart();
    let before = couch.borrow().requests;
    let (_, report) = b.exchange(&couch, &cipher, 3, None, Step::Pull);
    assert_eq!(report.pulled, 0);
    assert_eq!(couch.borrow().requests, before + 1, "one empty page");
}

#[test]
fn one_edit_costs_one_request_to_push() {
    let couch = RefCell::new(Couch::new());
    let cipher = ToyCipher::new(1);
    let mut a = Device::new("a", 0);
    a.edit(0, "x", false, 1);
    assert_eq!(a.exchange(&couch, &cipher, 10, None, Step::Both).0, Ok(()));
    a.edit(0, "y", false, 2);
    let before = couch.borrow().requests;
    assert_eq!(a.exchange(&couch, &cipher, 10, None, Step::Push).0, Ok(()));
    assert_eq!(couch.borrow().requests - before, 1);
}

#[test]
fn setup_writes_the_key_once_and_checks_the_passphrase() {
    let couch = RefCell::new(Couch::new());
    let net = Net {
        couch: &couch,
        online: true,
        before: RefCell::new(None),
        delay: Cell::new(0),
    };
    assert_eq!(block_on(setup::read_key(&net)), Ok(KeyState::Missing));
    let right = ToyCipher::new(7);
    let doc = KeyDoc::new(vec![3; 16], right.seal_one(CHECK_PLAINTEXT));
    assert_eq!(block_on(setup::write_key(&net, &doc)), Ok(true));
    assert_eq!(
        block_on(setup::write_key(&net, &doc)),
        Ok(false),
        "a second device racing to write it gets 409"
    );
    let Ok(KeyState::Found(found)) = block_on(setup::read_key(&net)) else {
        panic!("key document not found");
    };
    assert_eq!(found.salt, vec![3; 16]);
    assert_eq!(
        setup::check_passphrase(right.open_one(&found.check).as_deref()),
        Ok(())
    );
    assert_eq!(
        setup::check_passphrase(ToyCipher::new(8).open_one(&found.check).as_deref()),
        Err(SyncError::WrongPassphrase)
    );
    couch.borrow_mut().exists = false;
    assert_eq!(
        block_on(setup::read_key(&net)),
        Err(SyncError::Server(wire::ServerError::DatabaseMissing))
    );
    assert_eq!(block_on(setup::create_db(&net)), Ok(()));
}

#[test]
fn offline_changes_wait_and_go_out_later() {
    let couch = RefCell::new(Couch::new());
    let cipher = ToyCipher::new(1);
    let mut a = Device::new("a", 0);
    a.online = false;
    a.edit(0, "x", false, 1);
    assert_eq!(
        a.exchange(&couch, &cipher, 10, None, Step::Both).0,
        Err(SyncError::Net(NetError::Offline))
    );
    assert!(couch.borrow().docs.is_empty());
    a.online = true;
    assert_eq!(a.exchange(&couch, &cipher, 10, None, Step::Both).0, Ok(()));
    assert_eq!(couch.borrow().docs.len(), 1);
    let _ = Rev::parse("1700000000000-000000-a");
}
