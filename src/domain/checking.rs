//! Checking a Jejak file a slice at a time (issue 18): the pipeline steps of [`super::import`]
//! (parse → envelope → migrate → restore), cut so that the page gets a turn between slices and
//! can show how many records are checked.
//!
//! With the [`Layout`] the scan found, only the file's frame (everything but the records) is
//! parsed as a whole; then each record is parsed and restored on its own, as many per
//! [`Check::step`] as the caller's time allows. Whenever that path cannot promise the same
//! answer as the whole-file pipeline — the scan found the file irregular, the frame is broken,
//! the file needs migrating, a record is not valid JSON, the file is not a backup, share or
//! feedback file — the check falls back to the whole-file functions ([`detect`] then
//! [`parse_file`]), in one step. A good file is therefore never judged differently from before,
//! and a broken one gets the same message as before (at the old cost: one long task, only for
//! files that are refused or encrypted).

use super::file_scan::{Irregular, Layout, Span};
use super::files::{check_envelope, check_size, detect, parse_json, FileKind, CURRENT_VERSION};
use super::import::{parse_file, split_file, ImportError, Parsed, Restore};
use serde_json::Value;

/// What a finished check found.
#[derive(Debug, Clone, PartialEq)]
pub enum Checked {
    /// A backup, share or feedback file, its records restored.
    Parsed(FileKind, Parsed),
    /// A file of another kind (an encrypted one): its bytes, for the caller to open.
    Other(FileKind, Vec<u8>),
}

/// The kinds whose records are restored here.
fn has_records(kind: FileKind) -> bool {
    matches!(
        kind,
        FileKind::Backup | FileKind::Share | FileKind::Feedback
    )
}

/// The whole-file pipeline, as `examine` ran it before slicing: detect the kind, then parse as
/// that kind.
fn whole(bytes: Vec<u8>) -> Result<Checked, ImportError> {
    let (kind, _) = detect(&bytes)?;
    if !has_records(kind) {
        return Ok(Checked::Other(kind, bytes));
    }
    Ok(Checked::Parsed(kind, parse_file(&bytes, kind)?))
}

struct Sliced {
    kind: FileKind,
    frame: Parsed,
    elements: Vec<Span>,
    next: usize,
    restore: Restore,
}

enum State {
    Sliced(Box<Sliced>),
    /// Falls back to the whole-file pipeline at the next step.
    Whole,
    Done(Result<Checked, ImportError>),
}

/// A file being checked. Make it with [`Check::new`], call [`Check::step`] until it says it is
/// done (with a yield to the page in between), then take [`Check::finish`].
pub struct Check {
    bytes: Vec<u8>,
    state: State,
}

/// Records restored between two looks at the clock.
const CLOCK_EVERY: usize = 8;

impl Check {
    /// Sets up the check: parses the frame when the layout is regular. Cheap for a real file
    /// (its frame is a few hundred bytes).
    pub fn new(bytes: Vec<u8>, layout: Result<Layout, Irregular>) -> Check {
        let state = match layout {
            Ok(layout) => match frame(&bytes, &layout) {
                Some((kind, frame)) => State::Sliced(Box::new(Sliced {
                    kind,
                    frame,
                    restore: Restore::new(kind, layout.elements.len()),
                    elements: layout.elements,
                    next: 0,
                })),
                None => State::Whole,
            },
            Err(Irregular) => State::Whole,
        };
        Check { bytes, state }
    }

    /// Records checked so far and in all (both 0 while the count is not known).
    pub fn progress(&self) -> (usize, usize) {
        match &self.state {
            State::Sliced(s) => (s.next, s.elements.len()),
            _ => (0, 0),
        }
    }

    /// The file's kind, once known from its frame.
    pub fn kind(&self) -> Option<FileKind> {
        match &self.state {
            State::Sliced(s) => Some(s.kind),
            State::Done(Ok(Checked::Parsed(k, _) | Checked::Other(k, _))) => Some(*k),
            _ => None,
        }
    }

    /// Checks records until `out_of_time` says stop (asked every few records) or all are done.
    /// Returns whether the check is finished.
    pub fn step(&mut self, mut out_of_time: impl FnMut() -> bool) -> bool {
        match &mut self.state {
            State::Done(_) => return true,
            State::Whole => {
                let bytes = std::mem::take(&mut self.bytes);
                self.state = State::Done(whole(bytes));
                return true;
            }
            State::Sliced(s) => {
                let mut n = 0;
                while let Some(span) = s.elements.get(s.next) {
                    match serde_json::from_slice::<Value>(&self.bytes[span.start..span.end]) {
                        Ok(value) => s.restore.push(value),
                        Err(_) => {
                            // Not JSON: the whole-file parse says where, as it always did.
                            self.state = State::Whole;
                            return false;
                        }
                    }
                    s.next += 1;
                    n += 1;
                    if n % CLOCK_EVERY == 0 && out_of_time() {
                        return false;
                    }
                }
            }
        }
        let State::Sliced(s) = std::mem::replace(&mut self.state, State::Whole) else {
            unreachable!("matched above")
        };
        let Sliced {
            kind,
            mut frame,
            restore,
            ..
        } = *s;
        (frame.records, frame.problems) = restore.finish();
        self.bytes = Vec::new();
        self.state = State::Done(Ok(Checked::Parsed(kind, frame)));
        true
    }

    /// The result. Runs whatever is left in one go if called before `step` said done.
    pub fn finish(mut self) -> Result<Checked, ImportError> {
        while !self.step(|| false) {}
        match self.state {
            State::Done(result) => result,
            _ => unreachable!("step returned done"),
        }
    }
}

/// The file with its records array emptied, through the whole-file steps: its kind and header.
/// `None` when anything there needs the whole-file pipeline.
fn frame(bytes: &[u8], layout: &Layout) -> Option<(FileKind, Parsed)> {
    check_size(bytes.len() as u64).ok()?;
    let Span { start, end } = layout.records;
    let mut text = Vec::with_capacity(bytes.len() - (end - start) + 2);
    text.extend_from_slice(&bytes[..start]);
    text.extend_from_slice(b"[]");
    text.extend_from_slice(&bytes[end..]);
    let value = parse_json(&text).ok()?;
    let (kind, version) = check_envelope(&value, None).ok()?;
    // Migrations work on the whole file, records included.
    if version != CURRENT_VERSION || !has_records(kind) {
        return None;
    }
    let raw = split_file(value).ok()?;
    Some((
        kind,
        Parsed {
            header: raw.header,
            records: Vec::new(),
            problems: Vec::new(),
            extra: raw.extra,
        },
    ))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::file_scan::scan_all;
    use proptest::prelude::*;

    const GOOD: &str = r##"{
  "format": "jejak-backup", "version": 1, "app_version": "0.1.0",
  "exported_at": "2026-11-25T10:00:00.000Z", "device": "hp",
  "records": [
    {"id": "00000000-0000-4000-8000-00000000000a", "kind": "entry", "created": "2026-11-25T10:00:00.000Z",
     "rev": "1764064800000-000000-dev", "date": "2026-11-25", "title": "Rapat <b>x</b>", "tags": ["#SQL", "sql"]},
    {"id": "00000000-0000-4000-8000-00000000000a", "kind": "entry", "created": "2026-11-25T10:00:00.000Z",
     "rev": "1764064800000-000000-dev", "date": "2026-11-25", "title": "dup"},
    {"id": "bad", "kind": "goal"},
    7,
    {"id": "00000000-0000-4000-8000-00000000000b", "kind": "goal", "created": "2026-11-25T10:00:00.000Z",
     "rev": "1764064800000-000001-dev", "title": "Lulus", "deleted": null, "extra": {"x": [1, {"y": "]"}]}}
  ],
  "note": "kept"
}"##;

    /// The sliced check, a few records per step, against the whole-file pipeline.
    fn both(bytes: &[u8]) -> (Result<Checked, ImportError>, Result<Checked, ImportError>) {
        let mut check = Check::new(bytes.to_vec(), scan_all(bytes));
        let mut calls = 0;
        while !check.step(|| {
            calls += 1;
            calls % 2 == 0
        }) {}
        (check.finish(), whole(bytes.to_vec()))
    }

    #[test]
    fn slices_give_the_whole_file_answer() {
        let (sliced, whole) = both(GOOD.as_bytes());
        assert_eq!(sliced, whole);
        let Ok(Checked::Parsed(FileKind::Backup, p)) = sliced else {
            panic!("{sliced:?}")
        };
        assert_eq!(p.records.len(), 2);
        assert_eq!(p.problems.len(), 3);
        assert_eq!(p.extra.get("note"), Some(&Value::from("kept")));
    }

    #[test]
    fn progress_counts_records() {
        let bytes = GOOD.as_bytes();
        let mut check = Check::new(bytes.to_vec(), scan_all(bytes));
        assert_eq!(check.progress(), (0, 5));
        assert_eq!(check.kind(), Some(FileKind::Backup));
        let mut seen = vec![];
        while !check.step(|| true) {
            seen.push(check.progress().0);
        }
        assert!(seen.windows(2).all(|w| w[0] <= w[1]));
        assert!(check.finish().is_ok());
    }

    #[test]
    fn broken_files_get_the_old_messages() {
        let cases = [
            GOOD.replace("\"title\": \"dup\"}", "\"title\": \"dup\" x}"),
            GOOD.replace("\"version\": 1", "\"version\": 9"),
            GOOD.replace("jejak-backup", "jejak-nonsense"),
            GOOD[..GOOD.len() / 2].to_string(),
            GOOD.replace("\"records\"", "\"recs\""),
            "not json".to_string(),
            String::new(),
        ];
        for text in cases {
            let (sliced, whole) = both(text.as_bytes());
            assert!(whole.is_err(), "{text}");
            assert_eq!(sliced, whole, "{text}");
        }
    }

    #[test]
    fn encrypted_files_are_handed_back() {
        let text = r#"{"format":"jejak-encrypted","version":1,"app_version":"0","exported_at":"x","device":"d","ciphertext":"AAAA"}"#;
        let (sliced, whole) = both(text.as_bytes());
        assert_eq!(sliced, whole);
        assert!(matches!(sliced, Ok(Checked::Other(FileKind::Encrypted, _))));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        /// Any cut, any byte changed: the sliced check and the whole-file pipeline agree.
        #[test]
        fn agrees_with_the_whole_file_pipeline(cut in 0usize..2000, at in 0usize..2000, byte in any::<u8>()) {
            let mut bytes = GOOD.as_bytes().to_vec();
            let at = at % bytes.len();
            bytes[at] = byte;
            bytes.truncate(cut.max(1).min(bytes.len()));
            let (sliced, whole) = both(&bytes);
            prop_assert_eq!(sliced, whole);
        }

        #[test]
        fn agrees_on_the_good_file_with_one_change(at in 0usize..2000, byte in prop::sample::select(b"{}[],:\"\\ 0a-".to_vec())) {
            let mut bytes = GOOD.as_bytes().to_vec();
            let at = at % bytes.len();
            bytes[at] = byte;
            let (sliced, whole) = both(&bytes);
            prop_assert_eq!(sliced, whole);
        }
    }
}
