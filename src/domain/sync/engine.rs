//! One sync exchange with the server: pull the changes feed from the checkpoint, push what
//! changed here, settle conflicts. The steps are plain async code over three small traits, so
//! the browser plugs in `fetch`, WebCrypto and the app state, and the tests plug in a model of
//! a CouchDB database, a stand-in cipher and an in-memory journal.
//!
//! The merge is ours, never CouchDB's: every record that arrives is handed to
//! [`Journal::merge`], which applies it by the file merge's rule (`domain::merge::wins`). A 409
//! on a push means "someone wrote this document since we last saw it": the server's version is
//! fetched and the `rev`s decide; if ours wins it is written again on top of the server's
//! `_rev`, if theirs wins it is merged here. CouchDB's winning-revision choice never decides
//! what the person sees, because every write names the `_rev` it replaces and the server's
//! revision tree never branches.

use super::ledger::{Changes, Ledger};
use super::wire::{self, BulkResult, ChangesPage, InDoc, OutDoc, Request, Response, SealedBox};
use crate::domain::clock::Rev;
use crate::domain::files::FileKind;
use crate::domain::import::restore;
use crate::domain::merge::wins;
use crate::domain::record::Record;
use std::collections::HashSet;
use std::fmt;

pub use super::wire::ServerError;

/// Documents per page of the changes feed.
pub const PAGE: usize = 250;
/// Records per `_bulk_docs` write.
pub const BATCH: usize = 250;
/// Records checked between two breaths while reading a page.
const READ_SLICE: usize = 64;
/// How long a long-poll waits for a change before it answers empty.
pub const LONGPOLL_MS: u32 = 25_000;
/// A push that has not finished after this many writes is going in circles (a server that
/// keeps answering 409 to writes on top of the `_rev` it just gave).
const MAX_WRITES: usize = 400;

/// A request that got no HTTP answer. The browser reports every such failure as one kind of
/// network error; the browser layer tells them apart (offline flag, a probe that does not need
/// CORS) before handing them here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetError {
    /// The device is offline.
    Offline,
    /// The server did not answer at all.
    Unreachable,
    /// The server answered, but not with the CORS headers the browser needs to let the page
    /// read the answer.
    Cors,
    /// The request was cancelled here (a long-poll stopped for other work).
    Aborted,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncError {
    Net(NetError),
    Server(ServerError),
    /// The local store refused a write (its message).
    Local(String),
    /// Encryption failed (its message).
    Crypto(String),
    /// The push went in circles (see `MAX_WRITES`).
    Stuck,
    /// The database holds a document under the key document's id that is not one of ours.
    NotJejak,
    /// The key document was written by a newer Jejak.
    NewerKey,
    /// The key document is damaged (the field).
    BadKey(&'static str),
    /// The passphrase does not open the key document's check value.
    WrongPassphrase,
}

impl fmt::Display for SyncError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SyncError::Net(e) => write!(f, "network: {e:?}"),
            SyncError::Server(e) => write!(f, "server: {e}"),
            SyncError::Local(m) => write!(f, "local store: {m}"),
            SyncError::Crypto(m) => write!(f, "encryption: {m}"),
            SyncError::Stuck => f.write_str("the server keeps refusing writes as conflicts"),
            SyncError::NotJejak => f.write_str("the database is not a Jejak sync database"),
            SyncError::NewerKey => f.write_str("the database was set up by a newer Jejak"),
            SyncError::BadKey(field) => write!(f, "the key document is damaged ({field})"),
            SyncError::WrongPassphrase => f.write_str("wrong sync passphrase"),
        }
    }
}

impl From<ServerError> for SyncError {
    fn from(e: ServerError) -> Self {
        SyncError::Server(e)
    }
}

impl From<NetError> for SyncError {
    fn from(e: NetError) -> Self {
        SyncError::Net(e)
    }
}

#[allow(async_fn_in_trait)]
pub trait Transport {
    /// Sends one request to the database (the implementation adds the address and the login).
    async fn send(&self, request: Request) -> Result<Response, NetError>;
}

#[allow(async_fn_in_trait)]
pub trait Crypt {
    /// Encrypts each plaintext under the sync key with a fresh IV.
    async fn seal(&self, plaintexts: Vec<Vec<u8>>) -> Result<Vec<SealedBox>, String>;
    /// Decrypts each box; `None` where the box does not open (another key, or damaged).
    async fn open(&self, boxes: Vec<SealedBox>) -> Vec<Option<Vec<u8>>>;
}

/// How far a long exchange has come, for the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Records received so far in this pull, and how many changes the server still has.
    Pulled { done: usize, pending: Option<u64> },
    /// Records sent so far in this push, of `total`.
    Pushed { done: usize, total: usize },
}

#[allow(async_fn_in_trait)]
pub trait Journal {
    /// Up to `max` local records (tombstones included) for which `wanted` holds.
    fn select(&self, wanted: &dyn Fn(&Record) -> bool, max: usize) -> Vec<Record>;
    /// How many local records `wanted` holds for.
    fn count(&self, wanted: &dyn Fn(&Record) -> bool) -> usize;
    /// The local record with this id, tombstones included.
    fn local(&self, id: &str) -> Option<Record>;
    /// Applies records from the server by the merge rule (each replaces the local one only if
    /// it wins), storing them as an import would.
    async fn merge(&self, incoming: Vec<Record>) -> Result<(), String>;
    /// Stores what changed in the ledger (see [`Ledger::take_changes`]).
    async fn save(&self, changes: Changes) -> Result<(), String>;
    /// Lets the page paint and answer input between slices of work.
    async fn breathe(&self);
    fn progress(&self, p: Progress);
}

/// What one exchange did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Records read from the server (new to this device's ledger).
    pub pulled: usize,
    /// Records written to the server.
    pub pushed: usize,
    /// Pushes that met a 409 and were settled by `rev`.
    pub conflicts: usize,
    /// Server documents that did not decrypt with this key, or did not hold a valid record:
    /// skipped, and left alone on the server.
    pub unreadable: usize,
}

/// One page of the feed from `since` (no long-poll).
async fn fetch<T: Transport>(t: &T, since: String, size: usize) -> Result<ChangesPage, SyncError> {
    let r = t.send(wire::changes(&since, size, None)).await?;
    Ok(wire::parse_changes(&r)?)
}

/// Runs two futures side by side until both are done (std only: the domain has no executor).
async fn join<A: std::future::Future, B: std::future::Future>(
    a: A,
    b: B,
) -> (A::Output, B::Output) {
    use std::task::Poll;
    let (mut a, mut b) = (std::pin::pin!(a), std::pin::pin!(b));
    let (mut ra, mut rb) = (None, None);
    std::future::poll_fn(|cx| {
        if ra.is_none() {
            if let Poll::Ready(v) = a.as_mut().poll(cx) {
                ra = Some(v);
            }
        }
        if rb.is_none() {
            if let Poll::Ready(v) = b.as_mut().poll(cx) {
                rb = Some(v);
            }
        }
        if ra.is_some() && rb.is_some() {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await;
    match (ra, rb) {
        (Some(a), Some(b)) => (a, b),
        _ => unreachable!("poll_fn returned only once both were ready"),
    }
}

/// The record a decrypted document holds, checked exactly as a backup's records are; `None`
/// when it is not a valid record or not the record its document id names.
pub fn record_from_plaintext(bytes: &[u8], expected_id: &str) -> Option<Record> {
    let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let (mut records, _problems) = restore(vec![value], FileKind::Backup);
    let r = records.pop()?;
    (r.id == expected_id).then_some(r)
}

/// A page's documents, decrypted and checked.
struct Opened {
    /// The records, each with the `_rev` its document came under.
    records: Vec<(String, Record)>,
    /// Ids of documents that are records by their id but do not open with this key, or do not
    /// hold a valid record: left alone on the server.
    unreadable: Vec<String>,
}

/// What the ledger notes of a record read from the server: its id, the document's `_rev`, the
/// record's `rev`.
type Note = (String, String, Rev);

impl Opened {
    /// The ledger's notes and the records themselves (which go to the journal).
    fn split(self) -> (Vec<Note>, Vec<Record>) {
        let mut notes = Vec::with_capacity(self.records.len());
        let mut records = Vec::with_capacity(self.records.len());
        for (couch_rev, r) in self.records {
            notes.push((r.id.clone(), couch_rev, r.rev.clone()));
            records.push(r);
        }
        (notes, records)
    }
}

/// The documents of a page this device has not seen in this version: its own writes coming
/// back are left out by their `_rev`, before anything is decrypted.
fn fresh(ledger: &Ledger, docs: Vec<InDoc>) -> Vec<InDoc> {
    docs.into_iter()
        .filter(|d| {
            wire::record_id(&d.doc_id)
                .is_some_and(|id| ledger.known(&id).is_none_or(|k| k.couch_rev != d.couch_rev))
        })
        .collect()
}

/// Decrypts documents into records. Documents that are not records (the key document, anything
/// else in the database) are passed over; those that do not open are listed as unreadable.
async fn open_docs<C: Crypt, J: Journal>(crypt: &C, journal: &J, docs: Vec<InDoc>) -> Opened {
    let mut meta = Vec::with_capacity(docs.len());
    let mut boxes = Vec::with_capacity(docs.len());
    let mut unreadable = Vec::new();
    for d in docs {
        match (wire::record_id(&d.doc_id), d.sealed) {
            (Some(id), Some(sealed)) => {
                meta.push((id, d.couch_rev));
                boxes.push(sealed);
            }
            (Some(id), None) => unreadable.push(id),
            (None, _) => {}
        }
    }
    let mut records = Vec::with_capacity(meta.len());
    if boxes.is_empty() {
        return Opened {
            records,
            unreadable,
        };
    }
    let opened = crypt.open(boxes).await;
    for (i, ((id, couch_rev), plain)) in meta.into_iter().zip(opened).enumerate() {
        // Checking a record is the costly part of a page: let the page paint in between.
        if i > 0 && i % READ_SLICE == 0 {
            journal.breathe().await;
        }
        match plain.and_then(|p| record_from_plaintext(&p, &id)) {
            Some(r) => records.push((couch_rev, r)),
            None => unreadable.push(id),
        }
    }
    Opened {
        records,
        unreadable,
    }
}

pub struct Exchange<'a, T, C, J> {
    pub transport: &'a T,
    pub crypt: &'a C,
    pub journal: &'a J,
    pub ledger: &'a mut Ledger,
    pub page: usize,
    pub batch: usize,
    pub report: Report,
    /// Records that cannot be settled this time (their server document is unreadable): not
    /// pushed again until the next exchange.
    skip: HashSet<String>,
}

impl<'a, T: Transport, C: Crypt, J: Journal> Exchange<'a, T, C, J> {
    pub fn new(transport: &'a T, crypt: &'a C, journal: &'a J, ledger: &'a mut Ledger) -> Self {
        Exchange {
            transport,
            crypt,
            journal,
            ledger,
            page: PAGE,
            batch: BATCH,
            report: Report::default(),
            skip: HashSet::new(),
        }
    }

    /// Pull, then push: the usual exchange.
    pub async fn run(&mut self) -> Result<(), SyncError> {
        self.pull().await?;
        self.push().await
    }

    /// Reads the changes feed from the checkpoint to its end, page by page. Each page's records
    /// are merged, and only then noted in the ledger with the checkpoint past them, so a failure
    /// anywhere leaves the ledger saying no more than the journal holds. While one page is
    /// stored (the journal's write, then the ledger's), the next is fetched and decrypted: the
    /// server's time, the way there and back and the storage's commits overlap the work here.
    pub async fn pull(&mut self) -> Result<(), SyncError> {
        let (transport, crypt, journal) = (self.transport, self.crypt, self.journal);
        let size = self.page;
        let mut done = 0;
        let mut page = fetch(transport, self.ledger.checkpoint.clone(), size).await?;
        let mut opened = open_docs(crypt, journal, fresh(self.ledger, page.docs)).await;
        // The previous page's ledger changes, stored right before this page's records.
        let mut unsaved: Option<Changes> = None;
        loop {
            self.count_opened(&opened);
            let more = page.results >= size && page.pending != Some(0);
            let (pending, last_seq) = (page.pending, page.last_seq);
            done += page.results;
            let (notes, records) = opened.split();
            let store = async move {
                if let Some(changes) = unsaved {
                    journal.save(changes).await?;
                }
                if !records.is_empty() {
                    journal.merge(records).await?;
                }
                Ok::<(), String>(())
            };
            if !more {
                store.await.map_err(SyncError::Local)?;
                self.note_page(notes, &last_seq);
                self.save().await?;
                self.journal.progress(Progress::Pulled { done, pending });
                return Ok(());
            }
            let ledger = &*self.ledger;
            let next = async {
                let mut next = fetch(transport, last_seq.clone(), size).await?;
                let docs = fresh(ledger, std::mem::take(&mut next.docs));
                let opened = open_docs(crypt, journal, docs).await;
                Ok::<_, SyncError>((next, opened))
            };
            let (stored, next) = join(store, next).await;
            stored.map_err(SyncError::Local)?;
            self.note_page(notes, &last_seq);
            unsaved = self
                .ledger
                .has_changes()
                .then(|| self.ledger.take_changes());
            self.journal.progress(Progress::Pulled { done, pending });
            let next = match next {
                Ok(next) => next,
                Err(e) => {
                    // What was merged is noted: store that before giving up.
                    if let Some(changes) = unsaved {
                        journal.save(changes).await.map_err(SyncError::Local)?;
                    }
                    return Err(e);
                }
            };
            (page, opened) = next;
            self.journal.breathe().await;
        }
    }

    /// One page of the feed from the checkpoint (a long-poll with `longpoll_ms`).
    pub async fn fetch_page(&self, longpoll_ms: Option<u32>) -> Result<ChangesPage, SyncError> {
        let r = self
            .transport
            .send(wire::changes(
                &self.ledger.checkpoint,
                self.page,
                longpoll_ms,
            ))
            .await?;
        Ok(wire::parse_changes(&r)?)
    }

    /// Merges one page of the feed and moves the checkpoint past it. Documents whose `_rev` the
    /// ledger already has (this device's own writes coming back) are not even decrypted.
    pub async fn apply_page(&mut self, page: ChangesPage) -> Result<(), SyncError> {
        let opened = open_docs(self.crypt, self.journal, fresh(self.ledger, page.docs)).await;
        self.count_opened(&opened);
        let (notes, records) = opened.split();
        if !records.is_empty() {
            self.journal
                .merge(records)
                .await
                .map_err(SyncError::Local)?;
        }
        self.note_page(notes, &page.last_seq);
        self.save().await
    }

    /// Counts what a page held: records read, and documents this key could not read (not
    /// pushed over until the next exchange).
    fn count_opened(&mut self, opened: &Opened) {
        self.report.pulled += opened.records.len();
        self.report.unreadable += opened.unreadable.len();
        self.skip.extend(opened.unreadable.iter().cloned());
    }

    /// Notes a merged page's records in the ledger, with the checkpoint past the page.
    fn note_page(&mut self, notes: Vec<Note>, last_seq: &str) {
        for (id, couch_rev, rev) in notes {
            self.ledger.note(&id, &couch_rev, rev);
        }
        self.ledger.set_checkpoint(last_seq);
    }

    async fn save(&mut self) -> Result<(), SyncError> {
        if self.ledger.has_changes() {
            self.journal
                .save(self.ledger.take_changes())
                .await
                .map_err(SyncError::Local)?;
        }
        Ok(())
    }

    /// Writes every record the server does not have in this version, in batches, settling
    /// conflicts as they come.
    pub async fn push(&mut self) -> Result<(), SyncError> {
        let total = {
            let (ledger, skip) = (&*self.ledger, &self.skip);
            self.journal
                .count(&|r| ledger.needs_push(r) && !skip.contains(&r.id))
        };
        let mut writes = 0;
        loop {
            let batch = {
                let (ledger, skip) = (&*self.ledger, &self.skip);
                self.journal.select(
                    &|r| ledger.needs_push(r) && !skip.contains(&r.id),
                    self.batch,
                )
            };
            if batch.is_empty() {
                return Ok(());
            }
            writes += 1;
            if writes > MAX_WRITES {
                return Err(SyncError::Stuck);
            }
            self.write(batch).await?;
            self.journal.progress(Progress::Pushed {
                done: self.report.pushed.min(total),
                total,
            });
            self.journal.breathe().await;
        }
    }

    async fn write(&mut self, batch: Vec<Record>) -> Result<(), SyncError> {
        let plaintexts = batch
            .iter()
            .map(|r| serde_json::to_vec(r).map_err(|e| SyncError::Crypto(e.to_string())))
            .collect::<Result<Vec<_>, _>>()?;
        let sealed = self
            .crypt
            .seal(plaintexts)
            .await
            .map_err(SyncError::Crypto)?;
        let docs: Vec<OutDoc> = batch
            .iter()
            .zip(sealed)
            .map(|(r, sealed)| OutDoc {
                doc_id: wire::doc_id(&r.id),
                couch_rev: self.ledger.known(&r.id).map(|k| k.couch_rev.clone()),
                sealed,
            })
            .collect();
        let response = self.transport.send(wire::bulk_docs(&docs)).await?;
        let results = match wire::parse_bulk(&response) {
            Ok(results) => results,
            Err(ServerError::TooLarge) if batch.len() > 1 => {
                // Smaller batches next time round the loop; nothing was written.
                self.batch = (batch.len() / 2).max(1);
                return Ok(());
            }
            Err(ServerError::TooLarge) => return Err(ServerError::Full.into()),
            Err(e) => return Err(e.into()),
        };
        let mut conflicts = Vec::new();
        let mut refused = None;
        for result in results {
            match result {
                BulkResult::Written { doc_id, couch_rev } => {
                    let Some(id) = wire::record_id(&doc_id) else {
                        continue;
                    };
                    if let Some(r) = batch.iter().find(|r| r.id == id) {
                        self.ledger.note(&id, &couch_rev, r.rev.clone());
                        self.report.pushed += 1;
                    }
                }
                BulkResult::Conflict { doc_id } => conflicts.push(doc_id),
                BulkResult::Refused { error, .. } => {
                    refused.get_or_insert(error);
                }
            }
        }
        self.save().await?;
        if let Some(e) = refused {
            return Err(e.into());
        }
        if !conflicts.is_empty() {
            self.settle(conflicts).await?;
        }
        Ok(())
    }

    /// Fetches the server's versions of conflicting documents and lets the `rev`s decide.
    async fn settle(&mut self, doc_ids: Vec<String>) -> Result<(), SyncError> {
        self.report.conflicts += doc_ids.len();
        let response = self.transport.send(wire::fetch_docs(&doc_ids)).await?;
        let fetched = wire::parse_fetched(&response)?;
        let mut present = Vec::new();
        for f in fetched {
            let Some(id) = wire::record_id(&f.doc_id) else {
                continue;
            };
            match f.doc {
                // Gone from the server (or deleted through CouchDB): written anew next round.
                None => self.ledger.forget(&id),
                Some(doc) => present.push(doc),
            }
        }
        let opened = open_docs(self.crypt, self.journal, present).await;
        self.report.unreadable += opened.unreadable.len();
        self.skip.extend(opened.unreadable.iter().cloned());
        let theirs = opened.records;
        let mut take = Vec::new();
        let mut take_notes = Vec::new();
        for (couch_rev, server) in theirs {
            let ours_wins = self
                .journal
                .local(&server.id)
                .is_some_and(|local| wins(&local, &server));
            // Either way the ledger comes to name the server's version: if ours is newer it is
            // pushed on top of that `_rev` next round; if not, it replaces ours here, and is
            // noted only once the journal holds it.
            if ours_wins {
                self.ledger.note(&server.id, &couch_rev, server.rev.clone());
            } else {
                take_notes.push((server.id.clone(), couch_rev, server.rev.clone()));
                take.push(server);
            }
        }
        self.report.pulled += take.len();
        if !take.is_empty() {
            self.journal.merge(take).await.map_err(SyncError::Local)?;
        }
        for (id, couch_rev, rev) in take_notes {
            self.ledger.note(&id, &couch_rev, rev);
        }
        self.save().await
    }
}
