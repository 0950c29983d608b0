//! The sync engine's reading of real server answers: the JSON under tests/fixtures/sync/ was
//! recorded from pouchdb-server 4.2.0 (`node tests/fixtures/sync/record.mjs`), the same
//! CouchDB protocol that CouchDB 3 and Cloudant speak.

use jejak::domain::record::Record;
use jejak::domain::sync::engine::{Crypt, Exchange, Journal, NetError, Progress, Transport};
use jejak::domain::sync::ledger::{Changes, Ledger};
use jejak::domain::sync::setup::{self, KeyState};
use jejak::domain::sync::wire::ServerError;
use jejak::domain::sync::wire::{self, BulkResult, KeyDoc, Method, Request, Response, SealedBox};
use serde_json::Value;
use std::cell::RefCell;
use std::future::Future;
use std::task::{Context, Poll, Waker};

fn fixture(name: &str) -> (Request, Response) {
    let path = format!(
        "{}/tests/fixtures/sync/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let v: Value = serde_json::from_str(&text).unwrap();
    let method = match v["request"]["method"].as_str().unwrap() {
        "GET" => Method::Get,
        "PUT" => Method::Put,
        _ => Method::Post,
    };
    let body = match &v["request"]["body"] {
        Value::Null => None,
        b => Some(b.to_string()),
    };
    (
        Request {
            method,
            path: v["request"]["path"].as_str().unwrap().to_string(),
            body,
        },
        Response {
            status: v["status"].as_u64().unwrap() as u16,
            body: v["body"].to_string(),
        },
    )
}

fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = std::pin::pin!(f);
    match f.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("recorded answers never wait"),
    }
}

/// Answers each request with the recorded answer to the same method and path.
struct Recorded(Vec<(Request, Response)>);

impl Transport for Recorded {
    async fn send(&self, request: Request) -> Result<Response, NetError> {
        self.0
            .iter()
            .find(|(r, _)| r.method == request.method && r.path == request.path)
            .map(|(_, a)| a.clone())
            .ok_or(NetError::Unreachable)
    }
}

#[test]
fn key_document_answers() {
    let net = Recorded(vec![fixture("db-info"), fixture("key-missing")]);
    assert_eq!(block_on(setup::read_key(&net)), Ok(KeyState::Missing));
    let net = Recorded(vec![fixture("db-info"), fixture("key-get")]);
    let Ok(KeyState::Found(doc)) = block_on(setup::read_key(&net)) else {
        panic!("the recorded key document did not read");
    };
    assert_eq!(doc.iterations, 600_000);
    assert_eq!(doc.salt, vec![7; 16]);
    assert!(doc.couch_rev.as_deref().unwrap().starts_with("1-"));
    // The request the client makes is exactly the one recorded.
    let (put, answer) = fixture("key-put");
    assert_eq!(
        wire::put_key_doc(&KeyDoc {
            couch_rev: None,
            ..doc.clone()
        })
        .path,
        put.path
    );
    assert_eq!(answer.status, 201);
    let net = Recorded(vec![fixture("key-put-conflict")]);
    assert_eq!(block_on(setup::write_key(&net, &doc)), Ok(false));
}

#[test]
fn login_and_missing_database_answers() {
    let net = Recorded(vec![fixture("db-wrong-password")]);
    assert_eq!(
        block_on(setup::read_key(&net)),
        Err(ServerError::Unauthorized.into())
    );
    let net = Recorded(vec![fixture("db-missing")]);
    assert_eq!(
        block_on(setup::read_key(&net)),
        Err(ServerError::DatabaseMissing.into())
    );
}

#[test]
fn bulk_docs_answers() {
    let (_, new) = fixture("bulk-new");
    let rows = wire::parse_bulk(&new).unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(
        |r| matches!(r, BulkResult::Written { couch_rev, .. } if couch_rev.starts_with("1-"))
    ));
    let (_, mixed) = fixture("bulk-conflict");
    let rows = wire::parse_bulk(&mixed).unwrap();
    assert!(
        matches!(&rows[0], BulkResult::Written { couch_rev, .. } if couch_rev.starts_with("2-"))
    );
    assert!(matches!(&rows[1], BulkResult::Conflict { doc_id } if doc_id.starts_with("0b8d")));
}

#[test]
fn changes_answers() {
    let (_, first) = fixture("changes-page");
    let page = wire::parse_changes(&first).unwrap();
    assert_eq!(page.results, 2, "the key document counts as a result");
    assert_eq!(page.docs.len(), 1, "but is not a record");
    assert!(page.docs[0].sealed.is_some());
    assert_eq!(page.last_seq, "3");
    let (_, rest) = fixture("changes-rest");
    let page = wire::parse_changes(&rest).unwrap();
    assert_eq!(page.docs.len(), 2);
    assert!(page.docs.iter().any(|d| d.couch_rev.starts_with("2-")));
    assert_eq!(page.last_seq, "4");
}

#[test]
fn all_docs_answers() {
    let (_, answer) = fixture("all-docs-keys");
    let rows = wire::parse_fetched(&answer).unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows[0].doc.as_ref().is_some_and(|d| d.sealed.is_some()));
    assert!(rows[1].doc.is_none(), "a missing key has no document");
}

struct NoCrypt;

impl Crypt for NoCrypt {
    async fn seal(&self, p: Vec<Vec<u8>>) -> Result<Vec<SealedBox>, String> {
        Ok(p.into_iter()
            .map(|ct| SealedBox {
                iv: vec![0; 12],
                ct,
            })
            .collect())
    }
    async fn open(&self, boxes: Vec<SealedBox>) -> Vec<Option<Vec<u8>>> {
        // The recorded documents hold filler bytes, not records under any key.
        boxes.into_iter().map(|_| None).collect()
    }
}

#[derive(Default)]
struct Empty {
    saved: RefCell<usize>,
}

impl Journal for Empty {
    fn select(&self, _: &dyn Fn(&Record) -> bool, _: usize) -> Vec<Record> {
        Vec::new()
    }
    fn count(&self, _: &dyn Fn(&Record) -> bool) -> usize {
        0
    }
    fn local(&self, _: &str) -> Option<Record> {
        None
    }
    async fn merge(&self, _: Vec<Record>) -> Result<(), String> {
        Ok(())
    }
    async fn save(&self, _: Changes) -> Result<(), String> {
        *self.saved.borrow_mut() += 1;
        Ok(())
    }
    async fn breathe(&self) {}
    fn progress(&self, _: Progress) {}
}

/// A pull over the recorded pages: documents that do not open are counted and skipped, the
/// checkpoint follows the server's `last_seq`.
#[test]
fn a_pull_over_recorded_pages() {
    let net = Recorded(vec![fixture("changes-page"), fixture("changes-rest")]);
    let journal = Empty::default();
    let mut ledger = Ledger::new();
    let mut ex = Exchange::new(&net, &NoCrypt, &journal, &mut ledger);
    ex.page = 2;
    // Page one (since 0) is full, so the client asks from its last_seq (3); the recording for
    // "since=2" stands in for that second page.
    let first = block_on(ex.fetch_page(None)).unwrap();
    block_on(ex.apply_page(first)).unwrap();
    assert_eq!(ex.report.unreadable, 1);
    assert_eq!(ledger.checkpoint, "3");
    assert_eq!(*journal.saved.borrow(), 1);
}
