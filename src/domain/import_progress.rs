//! How an import reports and paces itself (issue 18): its progress (bytes read, records checked,
//! records written), which of those values are worth announcing to a screen reader, how many
//! records go into one write slice, the undo snapshot as it is built slice by slice, and what
//! the Data screen says about an import the page did not see finish.

use super::import::UndoSnapshot;
use super::record::Record;

/// Which part of an import is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Reading the file (counted in bytes).
    Reading,
    /// Checking its records (counted in records).
    Checking,
    /// Writing them to this device (counted in records).
    Writing,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Reading => "reading",
            Phase::Checking => "checking",
            Phase::Writing => "writing",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub phase: Phase,
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn new(phase: Phase, done: usize, total: usize) -> Progress {
        Progress {
            phase,
            done: done.min(total),
            total,
        }
    }

    /// Whole percent done, rounded down (100 only when everything is done; an empty phase is done).
    pub fn percent(&self) -> u8 {
        if self.total == 0 {
            return 100;
        }
        ((self.done as u128 * 100) / self.total as u128) as u8
    }
}

/// Picks the progress values a screen reader hears: the start of each phase, then each quarter
/// (25, 50, 75, 100 %). Announcing every update would talk over the user for seconds.
#[derive(Debug, Default)]
pub struct Announcer {
    last: Option<(Phase, u8)>,
}

/// The steps announced within a phase, in percent.
const STEP: u8 = 25;

impl Announcer {
    /// The value to announce now, if this update crosses a step.
    pub fn update(&mut self, p: Progress) -> Option<Progress> {
        let step = p.percent() / STEP * STEP;
        let announce = match self.last {
            Some((phase, last)) if phase == p.phase => step > last,
            _ => true,
        };
        if announce {
            self.last = Some((p.phase, step));
            Some(p)
        } else {
            None
        }
    }
}

/// How many records go into the next write slice: slices aim at `target_ms` of the page's time
/// each, whatever the device's speed, by scaling the count with the time the last slice took.
#[derive(Debug, Clone)]
pub struct SliceSizer {
    next: usize,
    target_ms: f64,
}

/// Bounds on a slice: at least a few records (so a slow phone still moves), and never so many
/// that one slice could freeze a fast one for long if its timing was off.
const MIN_SLICE: usize = 16;
const MAX_SLICE: usize = 4000;

impl SliceSizer {
    pub fn new(first: usize, target_ms: f64) -> SliceSizer {
        SliceSizer {
            next: first.clamp(MIN_SLICE, MAX_SLICE),
            target_ms,
        }
    }

    pub fn next(&self) -> usize {
        self.next
    }

    /// `records` took `ms`: size the next slice. Growth is at most doubling per slice, so one
    /// fast slice (a cold start, a garbage collection elsewhere) cannot overshoot.
    pub fn took(&mut self, records: usize, ms: f64) {
        if records == 0 {
            return;
        }
        let per_record = (ms / records as f64).max(0.001);
        let ideal = (self.target_ms / per_record) as usize;
        self.next = ideal.clamp(MIN_SLICE, (self.next * 2).min(MAX_SLICE));
    }
}

/// The undo snapshot as JSON, built while the import is written: the stored text of each record
/// it replaces (as the store holds it, so nothing is parsed) and the ids it adds. The result
/// reads back as an [`UndoSnapshot`]. Records must come in id order, as `into_writes` gives them,
/// so the snapshot is in id order as `snapshot_for_undo` makes it.
#[derive(Debug, Default)]
pub struct SnapshotText {
    previous: String,
    absent: String,
}

impl SnapshotText {
    pub fn new() -> SnapshotText {
        SnapshotText::default()
    }

    /// A record the import replaces, as the JSON text of the stored record.
    pub fn previous_json(&mut self, json: &str) {
        if !self.previous.is_empty() {
            self.previous.push(',');
        }
        self.previous.push_str(json);
    }

    /// A record the import adds: undo removes it.
    pub fn absent(&mut self, id: &str) {
        if !self.absent.is_empty() {
            self.absent.push(',');
        }
        // Ids are checked UUIDs, but quote them properly anyway.
        self.absent
            .push_str(&serde_json::to_string(id).unwrap_or_else(|_| "\"\"".into()));
    }

    pub fn finish(self) -> String {
        format!(
            "{{\"previous\":[{}],\"absent\":[{}]}}",
            self.previous, self.absent
        )
    }
}

/// The snapshot [`SnapshotText`] gives for these writes against these stored records (for
/// tests and the backends that hold records rather than text).
pub fn snapshot_text(stored: impl Fn(&str) -> Option<Record>, written: &[Record]) -> String {
    let mut s = SnapshotText::new();
    for r in written {
        match stored(&r.id) {
            Some(prev) => s.previous_json(&serde_json::to_string(&prev).unwrap_or_default()),
            None => s.absent(&r.id),
        }
    }
    s.finish()
}

/// Parses a snapshot written by [`SnapshotText`] (or by the older whole-snapshot code).
pub fn read_snapshot(json: &str) -> Result<UndoSnapshot, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

/// The note a page leaves before it starts writing an import (kept where it survives the page:
/// localStorage), so the next page can say what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportMarker {
    /// Also written, in the import's own transaction, to the store: present there only if the
    /// import committed.
    pub id: String,
    /// Records the import was writing.
    pub total: usize,
}

impl ImportMarker {
    pub fn encode(&self) -> String {
        format!("{} {}", self.id, self.total)
    }

    pub fn parse(s: &str) -> Option<ImportMarker> {
        let (id, total) = s.trim().split_once(' ')?;
        if id.is_empty() || id.contains(char::is_whitespace) {
            return None;
        }
        Some(ImportMarker {
            id: id.to_string(),
            total: total.parse().ok()?,
        })
    }
}

/// What became of an import that a page started and did not see end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LastImport {
    /// Its transaction committed: every record is in the journal.
    Finished { total: usize },
    /// The page went away first: the transaction was rolled back and nothing of it is stored.
    Interrupted { total: usize },
}

/// Judges a marker left by an earlier page against the import id the store last committed.
pub fn judge(marker: &ImportMarker, committed: Option<&str>) -> LastImport {
    if committed == Some(marker.id.as_str()) {
        LastImport::Finished {
            total: marker.total,
        }
    } else {
        LastImport::Interrupted {
            total: marker.total,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::clock::Rev;
    use crate::domain::import::snapshot_for_undo;
    use std::collections::HashMap;

    #[test]
    fn percent_and_bounds() {
        assert_eq!(Progress::new(Phase::Writing, 3200, 12000).percent(), 26);
        assert_eq!(Progress::new(Phase::Writing, 50, 10).done, 10);
        assert_eq!(Progress::new(Phase::Checking, 0, 0).percent(), 100);
    }

    #[test]
    fn announces_phase_starts_and_quarters() {
        let mut a = Announcer::default();
        let said: Vec<(Phase, usize)> = [
            (Phase::Reading, 0, 100),
            (Phase::Reading, 10, 100),
            (Phase::Reading, 30, 100),
            (Phase::Reading, 49, 100),
            (Phase::Reading, 100, 100),
            (Phase::Checking, 0, 10),
            (Phase::Checking, 9, 10),
            (Phase::Checking, 10, 10),
            (Phase::Writing, 5000, 10000),
            (Phase::Writing, 5001, 10000),
        ]
        .into_iter()
        .filter_map(|(ph, d, t)| a.update(Progress::new(ph, d, t)))
        .map(|p| (p.phase, p.done))
        .collect();
        assert_eq!(
            said,
            vec![
                (Phase::Reading, 0),
                (Phase::Reading, 30),
                (Phase::Reading, 100),
                (Phase::Checking, 0),
                (Phase::Checking, 9),
                (Phase::Checking, 10),
                (Phase::Writing, 5000),
            ]
        );
    }

    #[test]
    fn slices_follow_the_time_they_take() {
        let mut s = SliceSizer::new(100, 40.0);
        assert_eq!(s.next(), 100);
        // Fast device: grows, but at most doubling per slice.
        s.took(100, 4.0);
        assert_eq!(s.next(), 200);
        s.took(200, 8.0);
        assert_eq!(s.next(), 400);
        // Slow: 1 ms per record → 40.
        s.took(400, 400.0);
        assert_eq!(s.next(), 40);
        // Never below the minimum, never above the maximum.
        s.took(40, 4000.0);
        assert_eq!(s.next(), MIN_SLICE);
        let mut fast = SliceSizer::new(1_000_000, 40.0);
        assert_eq!(fast.next(), MAX_SLICE);
        fast.took(MAX_SLICE, 0.0);
        assert_eq!(fast.next(), MAX_SLICE);
        // Nothing written: no change.
        fast.took(0, 100.0);
        assert_eq!(fast.next(), MAX_SLICE);
    }

    fn rec(id: &str, rev: &str) -> Record {
        let mut r = Record::new(
            "goal",
            id.to_string(),
            1_764_064_800_000,
            Rev::parse(rev).unwrap(),
        );
        r.fields.insert("title".into(), "Lulus \"CPNS\"".into());
        r
    }

    #[test]
    fn snapshot_text_reads_back_as_the_undo_snapshot() {
        let a = "00000000-0000-4000-8000-00000000000a";
        let b = "00000000-0000-4000-8000-00000000000b";
        let c = "00000000-0000-4000-8000-00000000000c";
        let local: HashMap<String, Record> = [(b.to_string(), rec(b, "1764064800000-000000-dev"))]
            .into_iter()
            .collect();
        let writes = vec![
            rec(a, "1764064800001-000000-xx"),
            rec(b, "1764064800001-000000-xx"),
            rec(c, "1764064800001-000000-xx"),
        ];
        let text = snapshot_text(|id| local.get(id).cloned(), &writes);
        assert_eq!(
            read_snapshot(&text).unwrap(),
            snapshot_for_undo(&local, &writes)
        );
        assert_eq!(
            read_snapshot(&SnapshotText::new().finish()).unwrap(),
            UndoSnapshot::default()
        );
    }

    #[test]
    fn marker_round_trip_and_judgement() {
        let m = ImportMarker {
            id: "k3j9".into(),
            total: 12158,
        };
        assert_eq!(ImportMarker::parse(&m.encode()), Some(m.clone()));
        for bad in ["", "abc", "abc x", " 12", "a b c"] {
            assert_eq!(ImportMarker::parse(bad), None, "{bad}");
        }
        assert_eq!(
            judge(&m, Some("k3j9")),
            LastImport::Finished { total: 12158 }
        );
        assert_eq!(
            judge(&m, Some("other")),
            LastImport::Interrupted { total: 12158 }
        );
        assert_eq!(judge(&m, None), LastImport::Interrupted { total: 12158 });
    }
}
