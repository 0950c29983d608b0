//! What travels to and from the CouchDB server, as data: document ids, the encrypted document
//! and the key document, the requests the client makes (relative to the database's address)
//! and the reading of the server's answers.
//!
//! Only documented CouchDB 3 endpoints are used, so CouchDB, IBM Cloudant and PouchDB Server
//! all answer: `GET/PUT {db}`, `GET/PUT {db}/{docid}`, `POST {db}/_bulk_docs`,
//! `POST {db}/_all_docs?include_docs=true` with `keys`, and `GET {db}/_changes`.
//!
//! An encrypted document carries nothing readable: `{"_id", "_rev", "v": 1, "iv", "ct"}` where
//! `ct` is the AES-256-GCM ciphertext (tag appended) of the whole record's JSON. A deleted record
//! is such a document too (its tombstone is inside the ciphertext); CouchDB's own `_deleted` is
//! never used, so a delete travels like any other write and keeps its `rev`.

use crate::domain::sealed::{
    base64_decode, base64_encode, IV_LEN, KDF_HASH, KDF_NAME, MAX_ITERATIONS, MIN_ITERATIONS,
    PBKDF2_ITERATIONS, SALT_LEN, TAG_LEN,
};
use serde_json::{json, Map, Value};
use std::fmt;

/// The key document's id. Record documents never start with `~` unless escaped, and an escaped
/// id starts with `~_` or `~~`, so this id can never be a record's.
pub const KEY_DOC_ID: &str = "~jejak-key";
pub const KEY_FORMAT: &str = "jejak-sync-key";
pub const KEY_VERSION: u64 = 1;
/// The version of the encrypted document shape (`v`).
pub const DOC_VERSION: u64 = 1;
/// What the key document's check value decrypts to under the right key.
pub const CHECK_PLAINTEXT: &[u8] = b"jejak-sync-check-v1";

/// The CouchDB `_id` of a record. CouchDB reserves ids that start with `_`; those (and ids that
/// start with `~`, so the mapping stays one-to-one) get a `~` in front.
pub fn doc_id(record_id: &str) -> String {
    if record_id.starts_with('_') || record_id.starts_with('~') {
        format!("~{record_id}")
    } else {
        record_id.to_string()
    }
}

/// The record id a document id stands for; `None` for documents that are not records (the key
/// document, design documents, anything else someone put in the database).
pub fn record_id(doc_id: &str) -> Option<String> {
    if let Some(rest) = doc_id.strip_prefix('~') {
        return (rest.starts_with('_') || rest.starts_with('~')).then(|| rest.to_string());
    }
    (!doc_id.is_empty() && !doc_id.starts_with('_')).then(|| doc_id.to_string())
}

/// Encrypted bytes as WebCrypto gives them: the IV and the ciphertext with its tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedBox {
    pub iv: Vec<u8>,
    pub ct: Vec<u8>,
}

impl SealedBox {
    fn from_json(obj: &Map<String, Value>) -> Option<SealedBox> {
        let iv = base64_decode(obj.get("iv")?.as_str()?).ok()?;
        let ct = base64_decode(obj.get("ct")?.as_str()?).ok()?;
        (iv.len() == IV_LEN && ct.len() >= TAG_LEN).then_some(SealedBox { iv, ct })
    }
}

// ---------------------------------------------------------------------------------------------
// The key document.

/// The key document: how to derive the key from the passphrase (PBKDF2-SHA256 over a random
/// salt) and a value encrypted under that key, so a device can tell a wrong passphrase before it
/// writes or reads anything else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyDoc {
    /// The server's `_rev` of the document, when read from the server.
    pub couch_rev: Option<String>,
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub check: SealedBox,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyDocError {
    /// The document is there but is not a Jejak key document: the database is used for
    /// something else.
    NotJejak,
    /// Written by a newer Jejak.
    Newer,
    /// A Jejak key document with a bad or missing field.
    Invalid(&'static str),
}

impl KeyDoc {
    /// A key document for a new sync database (salt and check value made by the caller).
    pub fn new(salt: Vec<u8>, check: SealedBox) -> KeyDoc {
        KeyDoc {
            couch_rev: None,
            iterations: PBKDF2_ITERATIONS,
            salt,
            check,
        }
    }

    pub fn to_json(&self) -> String {
        let mut doc = json!({
            "_id": KEY_DOC_ID,
            "format": KEY_FORMAT,
            "version": KEY_VERSION,
            "kdf": {
                "name": KDF_NAME,
                "hash": KDF_HASH,
                "iterations": self.iterations,
                "salt": base64_encode(&self.salt),
            },
            "cipher": { "name": "AES-GCM" },
            "check": { "iv": base64_encode(&self.check.iv), "ct": base64_encode(&self.check.ct) },
        });
        if let Some(rev) = &self.couch_rev {
            doc["_rev"] = json!(rev);
        }
        doc.to_string()
    }

    pub fn parse(body: &str) -> Result<KeyDoc, KeyDocError> {
        let Ok(Value::Object(obj)) = serde_json::from_str::<Value>(body) else {
            return Err(KeyDocError::NotJejak);
        };
        if obj.get("format").and_then(Value::as_str) != Some(KEY_FORMAT) {
            return Err(KeyDocError::NotJejak);
        }
        match obj.get("version").and_then(Value::as_u64) {
            Some(v) if v > KEY_VERSION => return Err(KeyDocError::Newer),
            Some(v) if v >= 1 => {}
            _ => return Err(KeyDocError::Invalid("version")),
        }
        let kdf = obj
            .get("kdf")
            .and_then(Value::as_object)
            .ok_or(KeyDocError::Invalid("kdf"))?;
        if kdf.get("name").and_then(Value::as_str) != Some(KDF_NAME)
            || kdf.get("hash").and_then(Value::as_str) != Some(KDF_HASH)
        {
            return Err(KeyDocError::Invalid("kdf"));
        }
        let iterations = kdf
            .get("iterations")
            .and_then(Value::as_u64)
            .filter(|n| (u64::from(MIN_ITERATIONS)..=u64::from(MAX_ITERATIONS)).contains(n))
            .ok_or(KeyDocError::Invalid("kdf.iterations"))? as u32;
        let salt = kdf
            .get("salt")
            .and_then(Value::as_str)
            .and_then(|s| base64_decode(s).ok())
            .filter(|s| s.len() == SALT_LEN)
            .ok_or(KeyDocError::Invalid("kdf.salt"))?;
        if obj
            .get("cipher")
            .and_then(|c| c.get("name"))
            .and_then(Value::as_str)
            != Some("AES-GCM")
        {
            return Err(KeyDocError::Invalid("cipher"));
        }
        let check = obj
            .get("check")
            .and_then(Value::as_object)
            .and_then(SealedBox::from_json)
            .ok_or(KeyDocError::Invalid("check"))?;
        Ok(KeyDoc {
            couch_rev: obj.get("_rev").and_then(Value::as_str).map(str::to_string),
            iterations,
            salt,
            check,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Requests.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Put,
    Post,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
        }
    }
}

/// One request to the database. `path` is relative to the database's address ("" is the
/// database itself); the body, when there is one, is JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: Method,
    pub path: String,
    pub body: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

/// One document to write: its id, the server's `_rev` it replaces (none for a new document)
/// and the encrypted record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutDoc {
    pub doc_id: String,
    pub couch_rev: Option<String>,
    pub sealed: SealedBox,
}

/// Percent-encodes a query value (a checkpoint is opaque text in CouchDB 3).
fn query_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub fn db_info() -> Request {
    Request {
        method: Method::Get,
        path: String::new(),
        body: None,
    }
}

pub fn create_db() -> Request {
    Request {
        method: Method::Put,
        path: String::new(),
        body: None,
    }
}

pub fn get_key_doc() -> Request {
    Request {
        method: Method::Get,
        path: query_value(KEY_DOC_ID),
        body: None,
    }
}

pub fn put_key_doc(doc: &KeyDoc) -> Request {
    Request {
        method: Method::Put,
        path: query_value(KEY_DOC_ID),
        body: Some(doc.to_json()),
    }
}

/// A page of the changes feed from `since`, with the documents. With `longpoll_ms` the server
/// holds the request until something changes (or that long passes).
pub fn changes(since: &str, limit: usize, longpoll_ms: Option<u32>) -> Request {
    let mut path = format!(
        "_changes?include_docs=true&since={}&limit={limit}",
        query_value(since)
    );
    if let Some(ms) = longpoll_ms {
        path.push_str(&format!("&feed=longpoll&timeout={ms}"));
    }
    Request {
        method: Method::Get,
        path,
        body: None,
    }
}

pub fn bulk_docs(docs: &[OutDoc]) -> Request {
    let docs: Vec<Value> = docs
        .iter()
        .map(|d| {
            let mut doc = json!({
                "_id": d.doc_id,
                "v": DOC_VERSION,
                "iv": base64_encode(&d.sealed.iv),
                "ct": base64_encode(&d.sealed.ct),
            });
            if let Some(rev) = &d.couch_rev {
                doc["_rev"] = json!(rev);
            }
            doc
        })
        .collect();
    Request {
        method: Method::Post,
        path: "_bulk_docs".into(),
        body: Some(json!({ "docs": docs }).to_string()),
    }
}

/// The current documents with these ids (after a conflict).
pub fn fetch_docs(doc_ids: &[String]) -> Request {
    Request {
        method: Method::Post,
        path: "_all_docs?include_docs=true".into(),
        body: Some(json!({ "keys": doc_ids }).to_string()),
    }
}

// ---------------------------------------------------------------------------------------------
// Answers.

/// Why the server said no, in the terms the person can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerError {
    /// 401: wrong user name or password.
    Unauthorized,
    /// 403: the login is right but may not use this database.
    Forbidden,
    /// 404 on the database itself.
    DatabaseMissing,
    /// No room left (507 Insufficient Storage, 402 quota on hosted services, or a single
    /// document refused as too large).
    Full,
    /// 413 for a batch: the caller sends smaller batches.
    TooLarge,
    /// 429/503: the server asks to come back later.
    Busy,
    /// Anything else, with what the server said.
    Other {
        status: u16,
        error: String,
        reason: String,
    },
    /// A 2xx answer that is not what CouchDB sends.
    Malformed(&'static str),
}

impl fmt::Display for ServerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServerError::Unauthorized => f.write_str("401 unauthorized"),
            ServerError::Forbidden => f.write_str("403 forbidden"),
            ServerError::DatabaseMissing => f.write_str("404 database does not exist"),
            ServerError::Full => f.write_str("the server has no room left"),
            ServerError::TooLarge => f.write_str("413 request too large"),
            ServerError::Busy => f.write_str("the server is busy"),
            ServerError::Other {
                status,
                error,
                reason,
            } => write!(f, "{status} {error}: {reason}"),
            ServerError::Malformed(what) => write!(f, "unexpected answer: {what}"),
        }
    }
}

fn error_fields(body: &str) -> (String, String) {
    let v: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    (s("error"), s("reason"))
}

/// The error a non-2xx answer means. `on_db`: the request was for the database itself, where
/// 404 means the database is missing (for a document it only means that document is).
pub fn classify(status: u16, body: &str, on_db: bool) -> ServerError {
    let (error, reason) = error_fields(body);
    match status {
        401 => ServerError::Unauthorized,
        403 => ServerError::Forbidden,
        404 if on_db || reason.contains("no_db_file") || reason == "Database does not exist." => {
            ServerError::DatabaseMissing
        }
        402 | 507 => ServerError::Full,
        413 => ServerError::TooLarge,
        429 | 503 => ServerError::Busy,
        _ if error == "insufficient_storage" => ServerError::Full,
        _ => ServerError::Other {
            status,
            error,
            reason,
        },
    }
}

fn ok(status: u16) -> bool {
    (200..300).contains(&status)
}

/// A document read from the server (changes feed or fetch).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InDoc {
    pub doc_id: String,
    pub couch_rev: String,
    /// `None` when the document is not an encrypted Jejak record (another shape, or deleted
    /// through CouchDB by someone else): it is skipped.
    pub sealed: Option<SealedBox>,
}

fn in_doc(doc: &Value) -> Option<InDoc> {
    let obj = doc.as_object()?;
    let doc_id = obj.get("_id")?.as_str()?.to_string();
    let couch_rev = obj.get("_rev")?.as_str()?.to_string();
    let ours = obj.get("v").and_then(Value::as_u64) == Some(DOC_VERSION)
        && obj.get("_deleted") != Some(&Value::Bool(true));
    let sealed = if ours {
        SealedBox::from_json(obj)
    } else {
        None
    };
    Some(InDoc {
        doc_id,
        couch_rev,
        sealed,
    })
}

/// One page of the changes feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangesPage {
    /// The record documents that changed (not the key document, nor design documents).
    pub docs: Vec<InDoc>,
    /// How many results the page had (records or not): a full page means there may be more.
    pub results: usize,
    /// Where the next page starts: the new checkpoint once this page is stored.
    pub last_seq: String,
    /// Changes still waiting after this page, where the server says (CouchDB 2+).
    pub pending: Option<u64>,
}

/// A sequence is a number (CouchDB 1, PouchDB Server) or opaque text (CouchDB 2+, Cloudant);
/// it is sent back exactly as written.
fn seq_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

pub fn parse_changes(r: &Response) -> Result<ChangesPage, ServerError> {
    if !ok(r.status) {
        return Err(classify(r.status, &r.body, true));
    }
    let v: Value =
        serde_json::from_str(&r.body).map_err(|_| ServerError::Malformed("changes: not JSON"))?;
    let results = v
        .get("results")
        .and_then(Value::as_array)
        .ok_or(ServerError::Malformed("changes: no results"))?;
    let last_seq = v
        .get("last_seq")
        .and_then(seq_text)
        .ok_or(ServerError::Malformed("changes: no last_seq"))?;
    let mut docs = Vec::new();
    for row in results {
        let Some(id) = row.get("id").and_then(Value::as_str) else {
            continue;
        };
        if record_id(id).is_none() {
            continue;
        }
        match row.get("doc").and_then(in_doc) {
            Some(d) => docs.push(d),
            // A deleted document's change has no usable doc: nothing of ours to read.
            None => continue,
        }
    }
    Ok(ChangesPage {
        docs,
        results: results.len(),
        last_seq,
        pending: v.get("pending").and_then(Value::as_u64),
    })
}

/// The outcome of one document of a `_bulk_docs` write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkResult {
    Written {
        doc_id: String,
        couch_rev: String,
    },
    /// 409: someone wrote the document since the `_rev` we sent.
    Conflict {
        doc_id: String,
    },
    /// Any other refusal of this one document.
    Refused {
        doc_id: String,
        error: ServerError,
    },
}

pub fn parse_bulk(r: &Response) -> Result<Vec<BulkResult>, ServerError> {
    if !ok(r.status) {
        return Err(classify(r.status, &r.body, true));
    }
    let v: Value =
        serde_json::from_str(&r.body).map_err(|_| ServerError::Malformed("bulk: not JSON"))?;
    let rows = v
        .as_array()
        .ok_or(ServerError::Malformed("bulk: not a list"))?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let doc_id = row
            .get("id")
            .and_then(Value::as_str)
            .ok_or(ServerError::Malformed("bulk: row without id"))?
            .to_string();
        let error = row.get("error").and_then(Value::as_str);
        let rev = row.get("rev").and_then(Value::as_str);
        out.push(match (error, rev) {
            (None, Some(rev)) => BulkResult::Written {
                doc_id,
                couch_rev: rev.to_string(),
            },
            (Some("conflict"), _) => BulkResult::Conflict { doc_id },
            (Some(e), _) => {
                let reason = row
                    .get("reason")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string();
                let error = match e {
                    "unauthorized" => ServerError::Unauthorized,
                    "forbidden" => ServerError::Forbidden,
                    "insufficient_storage" | "too_large" | "document_too_large" => {
                        ServerError::Full
                    }
                    _ => ServerError::Other {
                        status: 0,
                        error: e.to_string(),
                        reason,
                    },
                };
                BulkResult::Refused { doc_id, error }
            }
            (None, None) => return Err(ServerError::Malformed("bulk: row without rev")),
        });
    }
    Ok(out)
}

/// A document asked for after a conflict: the server's current version, or `None` when the
/// server has none to offer (missing, or deleted through CouchDB).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    pub doc_id: String,
    pub doc: Option<InDoc>,
}

pub fn parse_fetched(r: &Response) -> Result<Vec<Fetched>, ServerError> {
    if !ok(r.status) {
        return Err(classify(r.status, &r.body, true));
    }
    let v: Value =
        serde_json::from_str(&r.body).map_err(|_| ServerError::Malformed("all_docs: not JSON"))?;
    let rows = v
        .get("rows")
        .and_then(Value::as_array)
        .ok_or(ServerError::Malformed("all_docs: no rows"))?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let Some(doc_id) = row
            .get("key")
            .or_else(|| row.get("id"))
            .and_then(Value::as_str)
        else {
            continue;
        };
        let doc = row.get("doc").filter(|d| !d.is_null()).and_then(in_doc);
        out.push(Fetched {
            doc_id: doc_id.to_string(),
            doc,
        });
    }
    Ok(out)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn ids_escape_reserved_and_round_trip() {
        for id in [
            "6f1c2b7e-4a3d-4c1e-9b2a-1d2e3f405162",
            "_design/x",
            "_local",
            "~tilde",
            "~~",
            "plain~",
        ] {
            let d = doc_id(id);
            assert!(!d.starts_with('_'), "{d}");
            assert_ne!(d, KEY_DOC_ID);
            assert_eq!(record_id(&d).as_deref(), Some(id));
        }
        assert_eq!(record_id(KEY_DOC_ID), None);
        assert_eq!(record_id("_design/app"), None);
        assert_eq!(record_id(""), None);
    }

    #[test]
    fn key_doc_round_trips_and_checks_fields() {
        let doc = KeyDoc::new(
            vec![7; 16],
            SealedBox {
                iv: vec![1; 12],
                ct: vec![2; 35],
            },
        );
        let back = KeyDoc::parse(&doc.to_json()).unwrap();
        assert_eq!(back, doc);
        assert_eq!(KeyDoc::parse("{}"), Err(KeyDocError::NotJejak));
        assert_eq!(KeyDoc::parse("not json"), Err(KeyDocError::NotJejak));
        let mut v: Value = serde_json::from_str(&doc.to_json()).unwrap();
        v["version"] = json!(2);
        assert_eq!(KeyDoc::parse(&v.to_string()), Err(KeyDocError::Newer));
        v["version"] = json!(1);
        v["kdf"]["iterations"] = json!(1000);
        assert_eq!(
            KeyDoc::parse(&v.to_string()),
            Err(KeyDocError::Invalid("kdf.iterations"))
        );
        v["kdf"]["iterations"] = json!(600000);
        v["kdf"]["salt"] = json!("AAAA");
        assert_eq!(
            KeyDoc::parse(&v.to_string()),
            Err(KeyDocError::Invalid("kdf.salt"))
        );
    }

    #[test]
    fn bulk_body_has_nothing_in_clear() {
        let r = bulk_docs(&[OutDoc {
            doc_id: "a".into(),
            couch_rev: Some("1-x".into()),
            sealed: SealedBox {
                iv: vec![0; 12],
                ct: vec![9; 20],
            },
        }]);
        let v: Value = serde_json::from_str(r.body.as_deref().unwrap()).unwrap();
        let doc = v["docs"][0].as_object().unwrap();
        let mut keys: Vec<&str> = doc.keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(keys, ["_id", "_rev", "ct", "iv", "v"]);
    }

    #[test]
    fn changes_request_encodes_opaque_checkpoints() {
        let r = changes("12-g1AAAA/x+y=", 100, Some(25_000));
        assert_eq!(
            r.path,
            "_changes?include_docs=true&since=12-g1AAAA%2Fx%2By%3D&limit=100&feed=longpoll&timeout=25000"
        );
    }

    #[test]
    fn classify_maps_statuses() {
        assert_eq!(classify(401, "{}", false), ServerError::Unauthorized);
        assert_eq!(classify(403, "", false), ServerError::Forbidden);
        assert_eq!(
            classify(
                404,
                r#"{"error":"not_found","reason":"Database does not exist."}"#,
                false
            ),
            ServerError::DatabaseMissing
        );
        assert!(matches!(
            classify(404, r#"{"error":"not_found","reason":"missing"}"#, false),
            ServerError::Other { status: 404, .. }
        ));
        assert_eq!(classify(404, "", true), ServerError::DatabaseMissing);
        assert_eq!(classify(507, "", true), ServerError::Full);
        assert_eq!(classify(413, "", true), ServerError::TooLarge);
        assert_eq!(classify(503, "", true), ServerError::Busy);
    }
}
