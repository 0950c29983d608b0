//! The device-local sync state: where the changes feed was last read up to (the checkpoint)
//! and, per record, what the server holds as far as this device knows: its document's `_rev`
//! and the record `rev` inside it.
//!
//! From that follows what to push: a record whose `rev` is newer than the server's known one
//! (or that the server never had). A record the server holds a newer version of is never pushed
//! over it; the server's version arrives through the feed instead.
//!
//! The ledger is stored in sixteen shards of JSON, so a sync that touched a few records
//! rewrites a few small shards, not one text of every record. It never leaves the device: it
//! is not a record, so it is in no backup or share file.

use crate::domain::clock::Rev;
use crate::domain::record::Record;
use serde_json::{Map, Value};
use std::collections::{BTreeSet, HashMap};

pub const SHARDS: u8 = 16;
/// Where the changes feed starts when nothing was read yet.
pub const START: &str = "0";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// The server document's `_rev`, needed to write over it.
    pub couch_rev: String,
    /// The record `rev` that document holds.
    pub rev: Rev,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ledger {
    known: HashMap<String, Known>,
    pub checkpoint: String,
    changed: BTreeSet<u8>,
    checkpoint_changed: bool,
}

impl Default for Ledger {
    fn default() -> Self {
        Ledger {
            known: HashMap::new(),
            checkpoint: START.to_string(),
            changed: BTreeSet::new(),
            checkpoint_changed: false,
        }
    }
}

/// FNV-1a of the id, so any id (not only hex UUIDs) spreads over the shards.
pub fn shard_of(id: &str) -> u8 {
    let mut h: u32 = 0x811c_9dc5;
    for b in id.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    (h % u32::from(SHARDS)) as u8
}

impl Ledger {
    pub fn new() -> Ledger {
        Ledger::default()
    }

    /// Rebuilds a ledger from its stored shards and checkpoint. A shard that does not parse is
    /// read as empty: the records in it look unpushed, their pushes meet 409s and are settled
    /// like any conflict, so nothing is lost, only a little work repeated.
    pub fn load<'a>(checkpoint: Option<&str>, shards: impl IntoIterator<Item = &'a str>) -> Ledger {
        let mut ledger = Ledger::new();
        if let Some(c) = checkpoint.filter(|c| !c.is_empty()) {
            ledger.checkpoint = c.to_string();
        }
        for text in shards {
            let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text) else {
                continue;
            };
            for (id, v) in map {
                let pair = v
                    .as_array()
                    .and_then(|a| Some((a.first()?.as_str()?, Rev::parse(a.get(1)?.as_str()?)?)));
                if let Some((couch_rev, rev)) = pair {
                    ledger.known.insert(
                        id,
                        Known {
                            couch_rev: couch_rev.to_string(),
                            rev,
                        },
                    );
                }
            }
        }
        ledger
    }

    pub fn known(&self, id: &str) -> Option<&Known> {
        self.known.get(id)
    }

    pub fn len(&self) -> usize {
        self.known.len()
    }

    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    /// Whether this local record must go to the server.
    pub fn needs_push(&self, r: &Record) -> bool {
        match self.known.get(&r.id) {
            None => true,
            Some(k) => r.rev > k.rev,
        }
    }

    /// The server holds `rev` under `couch_rev` for `id` (read from it, or just written).
    pub fn note(&mut self, id: &str, couch_rev: &str, rev: Rev) {
        let same = self
            .known
            .get(id)
            .is_some_and(|k| k.couch_rev == couch_rev && k.rev == rev);
        if !same {
            self.known.insert(
                id.to_string(),
                Known {
                    couch_rev: couch_rev.to_string(),
                    rev,
                },
            );
            self.changed.insert(shard_of(id));
        }
    }

    /// The server has no usable document for `id` (missing, or deleted through CouchDB): the
    /// next push writes it anew.
    pub fn forget(&mut self, id: &str) {
        if self.known.remove(id).is_some() {
            self.changed.insert(shard_of(id));
        }
    }

    pub fn set_checkpoint(&mut self, seq: &str) {
        if self.checkpoint != seq {
            self.checkpoint = seq.to_string();
            self.checkpoint_changed = true;
        }
    }

    /// Whether anything changed since the last [`Ledger::take_changes`].
    pub fn has_changes(&self) -> bool {
        self.checkpoint_changed || !self.changed.is_empty()
    }

    /// The shards changed since the last call, as (shard number, JSON text), and the
    /// checkpoint if it moved: what the caller stores.
    pub fn take_changes(&mut self) -> (Vec<(u8, String)>, Option<String>) {
        let shards = std::mem::take(&mut self.changed)
            .into_iter()
            .map(|s| (s, self.shard_json(s)))
            .collect();
        let checkpoint =
            std::mem::replace(&mut self.checkpoint_changed, false).then(|| self.checkpoint.clone());
        (shards, checkpoint)
    }

    /// One shard as stored: `{"id": ["couch rev", "record rev"], …}`.
    pub fn shard_json(&self, shard: u8) -> String {
        let mut map = Map::new();
        for (id, k) in &self.known {
            if shard_of(id) == shard {
                map.insert(
                    id.clone(),
                    Value::Array(vec![
                        Value::String(k.couch_rev.clone()),
                        Value::String(k.rev.to_string()),
                    ]),
                );
            }
        }
        Value::Object(map).to_string()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn rev(s: &str) -> Rev {
        Rev::parse(s).unwrap()
    }

    #[test]
    fn stores_in_shards_and_loads_back() {
        let mut l = Ledger::new();
        for i in 0..50 {
            l.note(
                &format!("id-{i}"),
                &format!("1-{i}"),
                rev("1700000000000-000000-a"),
            );
        }
        l.set_checkpoint("42");
        let (shards, checkpoint) = l.take_changes();
        assert!(shards.len() > 1 && shards.len() <= SHARDS as usize);
        assert_eq!(checkpoint.as_deref(), Some("42"));
        assert!(!l.has_changes());
        let back = Ledger::load(Some("42"), shards.iter().map(|(_, t)| t.as_str()));
        assert_eq!(back.len(), 50);
        assert_eq!(back.known("id-7").unwrap().couch_rev, "1-7");
        assert_eq!(back.checkpoint, "42");
    }

    #[test]
    fn a_broken_shard_reads_as_empty() {
        let l = Ledger::load(None, ["not json", r#"{"a":["1-x","bad"]}"#]);
        assert!(l.is_empty());
        assert_eq!(l.checkpoint, START);
    }

    #[test]
    fn pushes_only_what_is_newer_than_the_server() {
        let mut l = Ledger::new();
        let mut r = Record::new("entry", "a".into(), 0, rev("1700000000001-000000-a"));
        assert!(l.needs_push(&r));
        l.note("a", "1-x", rev("1700000000001-000000-a"));
        assert!(!l.needs_push(&r));
        r.rev = rev("1700000000000-000000-a");
        assert!(!l.needs_push(&r), "never over a newer server version");
        r.rev = rev("1700000000002-000000-a");
        assert!(l.needs_push(&r));
        l.forget("a");
        assert!(l.needs_push(&r));
    }

    #[test]
    fn noting_the_same_thing_changes_nothing() {
        let mut l = Ledger::new();
        l.note("a", "1-x", rev("1700000000001-000000-a"));
        let _ = l.take_changes();
        l.note("a", "1-x", rev("1700000000001-000000-a"));
        l.set_checkpoint(START);
        assert!(!l.has_changes());
    }
}
