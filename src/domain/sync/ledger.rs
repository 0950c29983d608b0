//! The device-local sync state: where the changes feed was last read up to (the checkpoint)
//! and, per record, what the server holds as far as this device knows: its document's `_rev`
//! and the record `rev` inside it.
//!
//! From that follows what to push: a record whose `rev` is newer than the server's known one
//! (or that the server never had). A record the server holds a newer version of is never pushed
//! over it; the server's version arrives through the feed instead.
//!
//! The ledger is stored as a log: each save appends one text holding only the entries that
//! changed ([`log_text`]), and loading folds the texts in order ([`fold_logs`]). So an exchange
//! that touched a few records writes a few lines, and a first sync of 10,000 records writes each
//! entry once, in one write per batch rather than one per record (IndexedDB's per-write cost
//! was a quarter of a new device's pull). The caller folds a long log into one text now and
//! then. It never leaves the device: it is not a record, so it is in no backup or share file.

use crate::domain::clock::Rev;
use crate::domain::record::Record;
use std::collections::{BTreeSet, HashMap};

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
    changed: BTreeSet<String>,
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

impl Ledger {
    pub fn new() -> Ledger {
        Ledger::default()
    }

    /// Rebuilds a ledger from its stored checkpoint and entries (record id, entry text as
    /// [`Ledger::take_changes`] gave it). An entry that does not read is left out: its record
    /// looks unpushed, its push meets a 409 and is settled like any conflict, so nothing is
    /// lost, only a little work repeated.
    pub fn load(
        checkpoint: Option<&str>,
        entries: impl IntoIterator<Item = (String, String)>,
    ) -> Ledger {
        let mut ledger = Ledger::new();
        if let Some(c) = checkpoint.filter(|c| !c.is_empty()) {
            ledger.checkpoint = c.to_string();
        }
        for (id, text) in entries {
            let parsed = text
                .split_once(' ')
                .and_then(|(couch_rev, rev)| Some((couch_rev, Rev::parse(rev)?)));
            if let Some((couch_rev, rev)) = parsed {
                ledger.known.insert(
                    id,
                    Known {
                        couch_rev: couch_rev.to_string(),
                        rev,
                    },
                );
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
            self.changed.insert(id.to_string());
        }
    }

    /// The server has no usable document for `id` (missing, or deleted through CouchDB): the
    /// next push writes it anew.
    pub fn forget(&mut self, id: &str) {
        if self.known.remove(id).is_some() {
            self.changed.insert(id.to_string());
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

    /// The entries changed since the last call, as (record id, entry text or `None` when it is
    /// gone), and the checkpoint if it moved: what the caller stores.
    pub fn take_changes(&mut self) -> Changes {
        let entries = std::mem::take(&mut self.changed)
            .into_iter()
            .map(|id| {
                let text = self
                    .known
                    .get(&id)
                    .map(|k| format!("{} {}", k.couch_rev, k.rev));
                (id, text)
            })
            .collect();
        let checkpoint =
            std::mem::replace(&mut self.checkpoint_changed, false).then(|| self.checkpoint.clone());
        (entries, checkpoint)
    }
}

/// What one save stores: the changed entries (record id, entry text or `None` when it is gone)
/// and the checkpoint if it moved.
pub type Changes = (Vec<(String, Option<String>)>, Option<String>);

/// One save's changes as one text: a line per record, `id<TAB>entry`, or `id<TAB>` when the
/// entry is gone.
pub fn log_text(changes: &[(String, Option<String>)]) -> String {
    let mut out = String::new();
    for (id, entry) in changes {
        // Record ids are UUIDs; anything that would break the line format is left out (its
        // record then looks unpushed, which a 409 settles).
        if id.contains(['\t', '\n']) {
            continue;
        }
        out.push_str(id);
        out.push('\t');
        if let Some(e) = entry {
            out.push_str(e);
        }
        out.push('\n');
    }
    out
}

/// The entries a log describes, oldest text first: later lines win, empty ones remove.
pub fn fold_logs<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<(String, String)> {
    let mut entries: HashMap<&str, &str> = HashMap::new();
    for text in texts {
        for line in text.lines() {
            let Some((id, entry)) = line.split_once('\t') else {
                continue;
            };
            if entry.is_empty() {
                entries.remove(id);
            } else {
                entries.insert(id, entry);
            }
        }
    }
    entries
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn rev(s: &str) -> Rev {
        Rev::parse(s).unwrap()
    }

    #[test]
    fn stores_entries_and_loads_back() {
        let mut l = Ledger::new();
        for i in 0..50 {
            l.note(
                &format!("id-{i}"),
                &format!("1-{i}"),
                rev("1700000000000-000000-a"),
            );
        }
        l.set_checkpoint("42");
        let (entries, checkpoint) = l.take_changes();
        assert_eq!(entries.len(), 50);
        assert_eq!(checkpoint.as_deref(), Some("42"));
        assert!(!l.has_changes());
        l.forget("id-3");
        let (gone, _) = l.take_changes();
        assert_eq!(gone, vec![("id-3".to_string(), None)]);
        let back = Ledger::load(
            Some("42"),
            entries
                .into_iter()
                .filter(|(id, _)| id != "id-3")
                .map(|(id, t)| (id, t.unwrap())),
        );
        assert_eq!(back.len(), 49);
        assert_eq!(back.known("id-7").unwrap().couch_rev, "1-7");
        assert_eq!(back.checkpoint, "42");
    }

    #[test]
    fn a_log_folds_to_the_latest_entries() {
        let mut l = Ledger::new();
        l.note("a", "1-x", rev("1700000000001-000000-a"));
        l.note("b", "1-y", rev("1700000000001-000000-a"));
        let first = log_text(&l.take_changes().0);
        l.note("a", "2-x", rev("1700000000002-000000-a"));
        l.forget("b");
        let second = log_text(&l.take_changes().0);
        let back = Ledger::load(None, fold_logs([first.as_str(), second.as_str()]));
        assert_eq!(back.len(), 1);
        assert_eq!(back.known("a").unwrap().couch_rev, "2-x");
        // A snapshot of the folded log reads the same.
        let snapshot: Vec<(String, Option<String>)> = fold_logs([first.as_str(), second.as_str()])
            .into_iter()
            .map(|(k, v)| (k, Some(v)))
            .collect();
        assert_eq!(
            Ledger::load(None, fold_logs([log_text(&snapshot).as_str()])),
            back
        );
    }

    #[test]
    fn a_broken_entry_reads_as_unknown() {
        let l = Ledger::load(
            None,
            [
                ("a".to_string(), "no-space".to_string()),
                ("b".to_string(), "1-x bad".to_string()),
            ],
        );
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
