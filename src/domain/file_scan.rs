//! Finding the records in a Jejak file's text without parsing all of it at once (issue 18).
//!
//! A 10,000-entry backup is 12 MB of JSON; parsing it into one `serde_json::Value` was a single
//! task of about half a second on a slowed phone. The [`Scanner`] walks the bytes as they are
//! read, a chunk at a time, and notes where the top-level `records` array and each of its
//! elements begin and end, so the records can then be parsed and checked a slice at a time
//! ([`super::checking`]).
//!
//! The scan only has to be right for well-formed files. Anything unusual — the top level not an
//! object, `records` not an array or named twice, a key written with escapes, brackets out of
//! balance, nesting deeper than [`MAX_DEPTH`], bytes that are not UTF-8, a NUL byte, text after
//! the end — makes the layout [`Irregular`], and the caller then runs the whole-file pipeline,
//! which gives the exact message for a broken file. So the scan can never change what a file
//! means, only how the work on a good one is cut up.

use super::files::MAX_DEPTH;

/// A byte range of the file, `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// Where the records are: the `records` array (brackets included) and each element in it
/// (surrounding whitespace excluded), in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub records: Span,
    pub elements: Vec<Span>,
}

/// The file is not shaped like a plain Jejak file; the whole-file pipeline must judge it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Irregular;

/// Scans a file's bytes as they arrive. Feed it the growing buffer with [`Scanner::scan`] after
/// each chunk; [`Scanner::finish`] once everything is read.
#[derive(Debug, Default)]
pub struct Scanner {
    /// Next byte to look at.
    pos: usize,
    /// Bytes known to be valid UTF-8 (a character may straddle two chunks).
    utf8: usize,
    /// A UTF-8 byte-order mark at the start was skipped.
    bom_checked: bool,
    depth: usize,
    in_string: bool,
    escaped: bool,
    /// The top-level object has been opened / closed again.
    opened: bool,
    closed: bool,
    /// At depth 1, the next string is a key.
    expect_key: bool,
    /// The string being read is a depth-1 key starting here.
    key_start: Option<usize>,
    key_escaped: bool,
    /// The last depth-1 key was `records`; after its `:` the value must be an array.
    records_key: bool,
    records_value_next: bool,
    records_start: Option<usize>,
    records_end: Option<usize>,
    in_records: bool,
    element_start: Option<usize>,
    /// A comma was seen in the records array since the last element ended.
    comma_pending: bool,
    elements: Vec<Span>,
    irregular: bool,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl Scanner {
    pub fn new() -> Scanner {
        Scanner::default()
    }

    /// How many bytes have been scanned.
    pub fn scanned(&self) -> usize {
        self.pos
    }

    /// Scans what was appended to `bytes` since the last call. Once irregular, stays so.
    pub fn scan(&mut self, bytes: &[u8]) -> Result<(), Irregular> {
        if self.irregular {
            return Err(Irregular);
        }
        if !self.bom_checked {
            if bytes.len() < 3 && b"\xEF\xBB\xBF".starts_with(bytes) {
                return Ok(());
            }
            self.bom_checked = true;
            if bytes.starts_with(b"\xEF\xBB\xBF") {
                self.pos = 3;
                self.utf8 = 3;
            }
        }
        let result = self.check_utf8(bytes).and_then(|()| self.walk(bytes));
        if result.is_err() {
            self.irregular = true;
        }
        result
    }

    fn check_utf8(&mut self, bytes: &[u8]) -> Result<(), Irregular> {
        match std::str::from_utf8(&bytes[self.utf8..]) {
            Ok(_) => self.utf8 = bytes.len(),
            // A character cut by the end of the chunk: the rest comes with the next one.
            Err(e) if e.error_len().is_none() => self.utf8 += e.valid_up_to(),
            Err(_) => return Err(Irregular),
        }
        Ok(())
    }

    fn walk(&mut self, bytes: &[u8]) -> Result<(), Irregular> {
        let mut i = self.pos;
        while i < bytes.len() {
            let b = bytes[i];
            if b == 0 {
                return Err(Irregular);
            }
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                } else if b == b'\\' {
                    self.escaped = true;
                    if self.key_start.is_some() {
                        self.key_escaped = true;
                    }
                } else if b == b'"' {
                    self.in_string = false;
                    if let Some(start) = self.key_start.take() {
                        if self.key_escaped {
                            return Err(Irregular);
                        }
                        self.records_key = &bytes[start..i] == b"records";
                    }
                } else {
                    // Most of a file is text: jump to the next quote or backslash.
                    let rest = &bytes[i..];
                    match rest.iter().position(|&c| c == b'"' || c == b'\\' || c == 0) {
                        Some(p) if p > 0 => {
                            i += p;
                            continue;
                        }
                        Some(_) => {}
                        None => {
                            i = bytes.len();
                            continue;
                        }
                    }
                }
                i += 1;
                continue;
            }
            if is_space(b) {
                i += 1;
                continue;
            }
            if self.closed {
                // Text after the end of the top-level object.
                return Err(Irregular);
            }
            if self.depth == 0 && (b != b'{' || self.opened) {
                return Err(Irregular);
            }
            if self.in_records && self.depth == 2 && self.element_start.is_none() {
                if b == b',' || b == b']' {
                    // `[,` or `,,` or `,]`: an empty element (`[]` alone is fine).
                    if b == b',' || self.comma_pending {
                        return Err(Irregular);
                    }
                } else {
                    self.element_start = Some(i);
                }
            }
            if self.records_value_next && self.depth == 1 {
                self.records_value_next = false;
                if b != b'[' {
                    return Err(Irregular);
                }
                if self.records_start.is_some() {
                    return Err(Irregular);
                }
                self.records_start = Some(i);
                self.in_records = true;
            }
            match b {
                b'"' => {
                    self.in_string = true;
                    if self.depth == 1 && self.expect_key {
                        self.key_start = Some(i + 1);
                        self.key_escaped = false;
                        self.expect_key = false;
                    }
                }
                b'{' | b'[' => {
                    self.depth += 1;
                    if self.depth > MAX_DEPTH {
                        return Err(Irregular);
                    }
                    if self.depth == 1 {
                        self.opened = true;
                        self.expect_key = true;
                    }
                }
                b'}' | b']' => {
                    if self.depth == 0 {
                        return Err(Irregular);
                    }
                    if self.in_records && self.depth == 2 {
                        if b != b']' {
                            return Err(Irregular);
                        }
                        self.end_element(bytes, i);
                        self.in_records = false;
                        self.records_end = Some(i + 1);
                    }
                    self.depth -= 1;
                    if self.depth == 0 {
                        self.closed = true;
                    }
                }
                b',' => {
                    if self.depth == 1 {
                        self.expect_key = true;
                        self.records_key = false;
                    } else if self.in_records && self.depth == 2 {
                        self.end_element(bytes, i);
                        self.comma_pending = true;
                    }
                }
                b':' if self.depth == 1 && self.records_key => {
                    self.records_key = false;
                    self.records_value_next = true;
                }
                _ => {}
            }
            i += 1;
        }
        self.pos = i;
        Ok(())
    }

    /// Closes the element running up to (not including) the `,` or `]` at `at`.
    fn end_element(&mut self, bytes: &[u8], at: usize) {
        if let Some(start) = self.element_start.take() {
            let mut end = at;
            while end > start && is_space(bytes[end - 1]) {
                end -= 1;
            }
            self.elements.push(Span { start, end });
            self.comma_pending = false;
        }
    }

    /// The layout once every byte has been scanned.
    pub fn finish(self, bytes: &[u8]) -> Result<Layout, Irregular> {
        let complete = !self.irregular
            && self.pos == bytes.len()
            && self.utf8 == bytes.len()
            && self.closed
            && !self.in_string;
        match (complete, self.records_start, self.records_end) {
            (true, Some(start), Some(end)) => Ok(Layout {
                records: Span { start, end },
                elements: self.elements,
            }),
            _ => Err(Irregular),
        }
    }
}

/// Scans a whole buffer at once (tests, and callers that already hold every byte).
pub fn scan_all(bytes: &[u8]) -> Result<Layout, Irregular> {
    let mut s = Scanner::new();
    s.scan(bytes)?;
    s.finish(bytes)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn texts(src: &str) -> Vec<&str> {
        let layout = scan_all(src.as_bytes()).expect("regular");
        layout
            .elements
            .iter()
            .map(|s| &src[s.start..s.end])
            .collect()
    }

    #[test]
    fn finds_each_record() {
        let src = r#"{"format":"jejak-backup","records":[ {"id":"a","t":"x,]}"} , 1,"s", [2,{}] ],"z":{"records":[9]}}"#;
        assert_eq!(
            texts(src),
            vec![r#"{"id":"a","t":"x,]}"}"#, "1", r#""s""#, "[2,{}]"]
        );
        let layout = scan_all(src.as_bytes()).unwrap();
        assert!(src[layout.records.start..layout.records.end].starts_with("[ {"));
        assert!(src[layout.records.start..layout.records.end].ends_with("] ]"));
    }

    #[test]
    fn empty_records_and_escapes() {
        assert!(texts(r#"{"records":[]}"#).is_empty());
        assert_eq!(
            texts(r#"{"a":"\"records\"","records":["\\"]}"#),
            vec![r#""\\""#]
        );
        assert_eq!(texts("\u{feff}{\"records\":[{}]}"), vec!["{}"]);
    }

    #[test]
    fn irregular_shapes() {
        for bad in [
            "",
            "   ",
            "[]",
            r#"{"records":{}}"#,
            r#"{"records":[1,]}"#,
            r#"{"records":[,1]}"#,
            r#"{"records":[1,,2]}"#,
            r#"{"records":[1]}x"#,
            r#"{"records":[1]"#,
            r#"{"records":[1],"records":[2]}"#,
            r#"{"rec\u006frds":[1]}"#,
            r#"{"other":1}"#,
            "{\"records\":[\"\u{0}\"]}",
            r#"{"records":[1]]}"#,
        ] {
            assert_eq!(scan_all(bad.as_bytes()), Err(Irregular), "{bad:?}");
        }
        assert_eq!(scan_all(b"{\"records\":[\"\xff\"]}"), Err(Irregular));
        let deep = format!(
            "{{\"records\":[{}{}]}}",
            "[".repeat(MAX_DEPTH),
            "]".repeat(MAX_DEPTH)
        );
        assert_eq!(scan_all(deep.as_bytes()), Err(Irregular));
    }

    #[test]
    fn chunks_anywhere_give_the_same_layout() {
        let src = "\u{feff}{\"records\":[{\"t\":\"é\\\"ü, ]\"}, {\"n\":[1,2]} ],\"x\":\"日本\"}";
        let whole = scan_all(src.as_bytes()).unwrap();
        let bytes = src.as_bytes();
        for size in 1..8 {
            let mut s = Scanner::new();
            let mut end = 0;
            while end < bytes.len() {
                end = (end + size).min(bytes.len());
                s.scan(&bytes[..end]).unwrap();
            }
            assert_eq!(s.finish(bytes), Ok(whole.clone()), "chunk size {size}");
        }
    }
}
