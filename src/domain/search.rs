//! Incremental full-text index over journal entries (title, Markdown body,
//! tags), owning the search semantics of the Journal screen: folded
//! (case- and diacritics-insensitive) words, AND across query words, prefix
//! matching for search-as-you-type, and title-first ranking.
//!
//! The index is kept up to date one entry at a time (`upsert` / `remove`)
//! because the editor autosaves: rebuilding an index of thousands of entries
//! on every keystroke pause would be far too slow on a low-end phone.
//!
//! Layout: the vocabulary is a `BTreeMap` from folded word to a small term
//! id, so a prefix query is a single ordered range scan. Each term holds a
//! posting list sorted by document slot; each document remembers the term ids
//! it contributed, so updating or removing it only touches its own postings.
//! Ids are interned to `u32` slots so postings stay 8 bytes each. Exact word
//! look-ups (every word of every entry at start-up) go through a hash map
//! with a fast non-cryptographic hasher; the `BTreeMap` serves prefix scans.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Bound;

use super::text::{fold, tokens, words};
use crate::domain::sort::OneSort;

/// Weight of one title occurrence. Body/tag occurrences are capped below it
/// so that any title match outranks any body-only match.
const TITLE_WEIGHT: u32 = 1_000;
const MAX_OTHER_SCORE: u32 = TITLE_WEIGHT - 1;
const MAX_TITLE_SCORE: u32 = u32::MAX / TITLE_WEIGHT - 1;

/// One matching entry. Results are ordered best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub id: String,
    /// `title occurrences * 1000 + body/tag occurrences (capped at 999)`,
    /// summed over all matching words. Only meaningful for ordering.
    pub score: u32,
}

/// A document matching a query, not yet ranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'a> {
    pub id: &'a str,
    /// As in [`SearchHit::score`].
    pub score: u32,
    /// Occurrences of the query words in all fields, the first tie-breaker.
    occurrences: u32,
}

impl Match<'_> {
    /// The search order, best first: score, then occurrences, then id ascending.
    pub fn rank(&self, other: &Self) -> std::cmp::Ordering {
        other
            .score
            .cmp(&self.score)
            .then(other.occurrences.cmp(&self.occurrences))
            .then_with(|| self.id.cmp(other.id))
    }
}

/// The first `n` of `matches` in rank order. Selecting them and sorting only those costs
/// about one pass over the matches, against a full sort of all of them.
pub fn best<'a>(mut matches: Vec<Match<'a>>, n: usize) -> Vec<Match<'a>> {
    if n < matches.len() {
        if n == 0 {
            return Vec::new();
        }
        matches.select_nth_unstable_by(n - 1, Match::rank);
        matches.truncate(n);
    }
    matches.one_sort_by(Match::rank);
    matches
}

type Slot = u32;
type TermId = u32;

/// The multiply-rotate hash rustc uses for its own tables ("FxHash"): several times faster
/// than the default SipHash on short words. SipHash guards against keys chosen to collide,
/// which cannot happen here: the words come from the user's own journal.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Occurrences of one word in one document. `u16` keeps postings compact;
/// a word repeated more than 65 535 times does not need a finer rank.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Counts {
    title: u16,
    other: u16,
}

#[derive(Debug, Clone)]
struct Doc {
    id: String,
    /// Sorted and distinct, so an update can diff old against new terms.
    terms: Vec<TermId>,
}

#[derive(Debug, Clone, Default)]
struct Term {
    text: Box<str>,
    /// Sorted by slot. New documents get the highest slot, so the common
    /// case is an append; binary search keeps updates cheap otherwise.
    postings: Vec<(Slot, Counts)>,
}

/// In-memory inverted index. See the module documentation for semantics.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    slot_of: FxMap<String, Slot>,
    docs: Vec<Option<Doc>>,
    free_slots: Vec<Slot>,
    /// Exact look-up of a word's term (interning).
    term_of: FxMap<Box<str>, TermId>,
    /// The same words in order, for prefix scans.
    vocabulary: BTreeMap<Box<str>, TermId>,
    terms: Vec<Term>,
    free_terms: Vec<TermId>,
}

/// Per-document accumulator used by one query.
#[derive(Debug, Clone, Copy, Default)]
struct Acc {
    /// Number of query words (in evaluation order) this document has matched
    /// so far; a document that misses one word can never catch up, which is
    /// how AND is enforced without building intermediate sets.
    rounds: u32,
    title: u32,
    other: u32,
}

impl SearchIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of indexed documents.
    pub fn len(&self) -> usize {
        self.slot_of.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slot_of.is_empty()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.slot_of.contains_key(id)
    }

    /// Indexes a document, replacing whatever was indexed for `id` before.
    /// Only the postings of this document's old and new words are touched.
    pub fn upsert(&mut self, id: &str, title: &str, body: &str, tags: &[String]) {
        // Fold each field once and count borrowed words: initial loading
        // upserts every entry, so a String per word would dominate it.
        let title = fold(title);
        let other: Vec<String> = std::iter::once(body)
            .chain(tags.iter().map(String::as_str))
            .map(fold)
            .collect();
        let mut counts: FxMap<&str, Counts> = FxMap::default();
        for word in words(&title) {
            let c = counts.entry(word).or_default();
            c.title = c.title.saturating_add(1);
        }
        for word in other.iter().flat_map(|field| words(field)) {
            let c = counts.entry(word).or_default();
            c.other = c.other.saturating_add(1);
        }

        let slot = match self.slot_of.get(id) {
            Some(&slot) => slot,
            None => self.allocate_slot(id),
        };
        let old_terms = self.docs[slot as usize]
            .as_mut()
            .map(|d| std::mem::take(&mut d.terms))
            .unwrap_or_default();

        let mut new_terms = Vec::with_capacity(counts.len());
        for (word, c) in counts {
            let term = self.intern(word);
            let postings = &mut self.terms[term as usize].postings;
            match postings.binary_search_by_key(&slot, |&(s, _)| s) {
                Ok(i) => postings[i].1 = c,
                Err(i) => postings.insert(i, (slot, c)),
            }
            new_terms.push(term);
        }
        new_terms.one_sort();

        // Unposting may free term ids; doing it after all new terms are
        // interned guarantees a freed id is never one this document uses.
        for term in old_terms {
            if new_terms.binary_search(&term).is_err() {
                self.unpost(term, slot);
            }
        }
        self.docs[slot as usize] = Some(Doc {
            id: id.to_owned(),
            terms: new_terms,
        });
    }

    /// Gives back the spare capacity postings gained while growing (after a bulk load).
    pub fn shrink_to_fit(&mut self) {
        for term in &mut self.terms {
            term.postings.shrink_to_fit();
        }
        self.terms.shrink_to_fit();
        self.docs.shrink_to_fit();
        self.slot_of.shrink_to_fit();
    }

    /// Removes a document; unknown ids are ignored.
    pub fn remove(&mut self, id: &str) {
        let Some(slot) = self.slot_of.remove(id) else {
            return;
        };
        if let Some(doc) = self.docs[slot as usize].take() {
            for term in doc.terms {
                self.unpost(term, slot);
            }
        }
        self.free_slots.push(slot);
    }

    /// Finds documents containing every word of `query`, each as a prefix of
    /// some word of the document (so the word being typed already matches),
    /// best first: more title occurrences, then more body/tag occurrences,
    /// then more occurrences overall, then id ascending.
    pub fn search(&self, query: &str) -> Vec<SearchHit> {
        self.ranked(query)
            .into_iter()
            .map(|(id, score)| SearchHit {
                id: id.to_owned(),
                score,
            })
            .collect()
    }

    /// [`search`](Self::search) with the ids borrowed from the index, for callers that only
    /// look them up (a broad query matches thousands of entries).
    pub fn ranked(&self, query: &str) -> Vec<(&str, u32)> {
        let mut matches = self.matches(query);
        matches.one_sort_by(Match::rank);
        matches.into_iter().map(|m| (m.id, m.score)).collect()
    }

    /// Every document containing all words of `query`, in no particular order: a screen that
    /// shows one page of a broad query picks its best with [`best`] instead of sorting
    /// thousands of hits.
    pub fn matches(&self, query: &str) -> Vec<Match<'_>> {
        let mut words = tokens(query);
        words.one_sort();
        words.dedup();
        if words.is_empty() {
            return Vec::new();
        }

        // Resolve each query word to the terms it prefixes, and evaluate the
        // most selective word first so later rounds can skip most postings.
        let mut plans: Vec<(usize, Vec<TermId>)> = Vec::with_capacity(words.len());
        for word in &words {
            let terms: Vec<TermId> = self
                .vocabulary
                .range::<str, _>((Bound::Included(word.as_str()), Bound::Unbounded))
                .take_while(|(text, _)| text.starts_with(word.as_str()))
                .map(|(_, &term)| term)
                .collect();
            if terms.is_empty() {
                return Vec::new();
            }
            let size = terms
                .iter()
                .map(|&t| self.terms[t as usize].postings.len())
                .sum();
            plans.push((size, terms));
        }
        plans.one_sort_by_key(|(size, _)| *size);

        let mut acc = vec![Acc::default(); self.docs.len()];
        for (round, (_, terms)) in (0u32..).zip(&plans) {
            let mut advanced = false;
            for &term in terms {
                for &(slot, c) in &self.terms[term as usize].postings {
                    let a = &mut acc[slot as usize];
                    if a.rounds == round {
                        a.rounds = round + 1;
                        advanced = true;
                    } else if a.rounds != round + 1 {
                        continue;
                    }
                    a.title = a.title.saturating_add(u32::from(c.title));
                    a.other = a.other.saturating_add(u32::from(c.other));
                }
            }
            if !advanced {
                return Vec::new();
            }
        }

        // Borrowed ids: with thousands of hits, string copies would dominate the query time.
        let needed = plans.len() as u32;
        acc.iter()
            .zip(&self.docs)
            .filter(|(a, _)| a.rounds == needed)
            .filter_map(|(a, doc)| {
                let doc = doc.as_ref()?;
                let score =
                    a.title.min(MAX_TITLE_SCORE) * TITLE_WEIGHT + a.other.min(MAX_OTHER_SCORE);
                Some(Match {
                    id: doc.id.as_str(),
                    score,
                    occurrences: a.title.saturating_add(a.other),
                })
            })
            .collect()
    }

    fn allocate_slot(&mut self, id: &str) -> Slot {
        let slot = match self.free_slots.pop() {
            Some(slot) => slot,
            None => {
                self.docs.push(None);
                (self.docs.len() - 1) as Slot
            }
        };
        self.docs[slot as usize] = Some(Doc {
            id: id.to_owned(),
            terms: Vec::new(),
        });
        self.slot_of.insert(id.to_owned(), slot);
        slot
    }

    fn intern(&mut self, word: &str) -> TermId {
        if let Some(&term) = self.term_of.get(word) {
            return term;
        }
        let text: Box<str> = word.into();
        let term = match self.free_terms.pop() {
            Some(term) => {
                self.terms[term as usize].text = text.clone();
                term
            }
            None => {
                self.terms.push(Term {
                    text: text.clone(),
                    postings: Vec::new(),
                });
                (self.terms.len() - 1) as TermId
            }
        };
        self.vocabulary.insert(text.clone(), term);
        self.term_of.insert(text, term);
        term
    }

    /// Drops `slot` from a term's postings and forgets the term once no
    /// document uses it, so words deleted while editing don't accumulate.
    fn unpost(&mut self, term: TermId, slot: Slot) {
        let entry = &mut self.terms[term as usize];
        if let Ok(i) = entry.postings.binary_search_by_key(&slot, |&(s, _)| s) {
            entry.postings.remove(i);
        }
        if entry.postings.is_empty() {
            let text = std::mem::take(&mut entry.text);
            entry.postings = Vec::new();
            self.term_of.remove(&text);
            self.vocabulary.remove(&text);
            self.free_terms.push(term);
        }
    }

    #[cfg(all(test, not(target_arch = "wasm32")))]
    fn vocabulary_len(&self) -> usize {
        self.term_of.len()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    fn ids(hits: &[SearchHit]) -> Vec<&str> {
        hits.iter().map(|h| h.id.as_str()).collect()
    }

    fn sample() -> SearchIndex {
        let mut index = SearchIndex::new();
        index.upsert(
            "e1",
            "Pelatihan kepemimpinan",
            "Diklat PIM IV selama tiga minggu.",
            &tags(&["diklat", "formal"]),
        );
        index.upsert(
            "e2",
            "Refleksi mingguan",
            "Hari ini saya belajar tentang pelatihan kepemimpinan dan coaching.",
            &tags(&["refleksi"]),
        );
        index.upsert(
            "e3",
            "Updated my Résumé",
            "Met my mentor at the kafé to review it.",
            &tags(&["career"]),
        );
        index.upsert(
            "e4",
            "Mentoring session",
            "We discussed the resume and a secondment at the ministry.",
            &tags(&["mentoring", "secondment"]),
        );
        index
    }

    #[test]
    fn new_index_is_empty() {
        let index = SearchIndex::new();
        assert!(index.is_empty());
        assert_eq!(index.len(), 0);
        assert!(index.search("anything").is_empty());
    }

    #[test]
    fn empty_or_punctuation_query_returns_nothing() {
        let index = sample();
        assert!(index.search("").is_empty());
        assert!(index.search("   ").is_empty());
        assert!(index.search("?! --").is_empty());
    }

    #[test]
    fn title_match_ranks_above_body_match() {
        let index = sample();
        let hits = index.search("pelatihan");
        assert_eq!(ids(&hits), vec!["e1", "e2"]);
        assert!(hits[0].score > hits[1].score);
    }

    #[test]
    fn any_title_match_outranks_many_body_matches() {
        let mut index = SearchIndex::new();
        let body = "kafe ".repeat(5_000);
        index.upsert("body-heavy", "Catatan", &body, &tags(&["kafe", "kafe"]));
        index.upsert("title-once", "Kafe baru", "", &[]);
        let hits = index.search("kafe");
        assert_eq!(ids(&hits), vec!["title-once", "body-heavy"]);
        assert!(hits[1].score < TITLE_WEIGHT);
    }

    #[test]
    fn best_n_is_the_start_of_the_full_ranking() {
        let mut index = SearchIndex::new();
        // Many ties on score and occurrences, so the id order decides.
        for i in 0..60 {
            let title = if i % 7 == 0 { "rapat" } else { "" };
            let body = "rapat ".repeat(i % 4 + 1);
            index.upsert(&format!("e{:02}", (i * 37) % 60), title, &body, &[]);
        }
        let full: Vec<&str> = index
            .ranked("rapat")
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(full.len(), 60);
        for n in [0, 1, 5, 25, 59, 60, 61] {
            let page: Vec<&str> = best(index.matches("rapat"), n)
                .into_iter()
                .map(|m| m.id)
                .collect();
            assert_eq!(page, full[..n.min(60)], "first {n}");
        }
    }

    #[test]
    fn ties_break_on_occurrences_then_id() {
        let mut index = SearchIndex::new();
        index.upsert("b", "", "magang", &[]);
        index.upsert("a", "", "magang", &[]);
        index.upsert("c", "", "magang magang", &[]);
        index.upsert("z", "magang", "", &[]);
        let hits = index.search("magang");
        assert_eq!(ids(&hits), vec!["z", "c", "a", "b"]);
        assert_eq!(hits[2].score, hits[3].score);
    }

    #[test]
    fn more_title_words_rank_higher() {
        let mut index = SearchIndex::new();
        index.upsert("one", "rust workshop", "leadership", &[]);
        index.upsert("both", "rust leadership", "", &[]);
        assert_eq!(ids(&index.search("rust leadership")), vec!["both", "one"]);
    }

    #[test]
    fn tags_are_searchable() {
        let index = sample();
        assert_eq!(ids(&index.search("career")), vec!["e3"]);
        assert_eq!(ids(&index.search("formal")), vec!["e1"]);
    }

    #[test]
    fn diacritics_and_case_are_ignored_in_both_directions() {
        let index = sample();
        // Plain query finds accented text...
        assert_eq!(ids(&index.search("resume")), vec!["e3", "e4"]);
        assert_eq!(ids(&index.search("RESUME")), vec!["e3", "e4"]);
        // ...and an accented query finds plain text.
        assert_eq!(ids(&index.search("résumé")), vec!["e3", "e4"]);
        assert_eq!(ids(&index.search("kafe")), vec!["e3"]);
        assert_eq!(ids(&index.search("KAFÉ")), vec!["e3"]);
        // Decomposed input is folded like precomposed.
        assert_eq!(ids(&index.search("re\u{301}sume\u{301}")), vec!["e3", "e4"]);
    }

    #[test]
    fn decomposed_document_text_is_found_by_precomposed_query() {
        let mut index = SearchIndex::new();
        index.upsert("d", "Cafe\u{301} meeting", "", &[]);
        assert_eq!(ids(&index.search("café")), vec!["d"]);
        assert_eq!(ids(&index.search("cafe")), vec!["d"]);
    }

    #[test]
    fn last_word_matches_as_prefix() {
        let index = sample();
        assert_eq!(ids(&index.search("kepem")), vec!["e1", "e2"]);
        assert_eq!(ids(&index.search("pelatihan kep")), vec!["e1", "e2"]);
        assert_eq!(ids(&index.search("second")), vec!["e4"]);
        assert_eq!(ids(&index.search("k")), vec!["e1", "e2", "e3"]);
    }

    #[test]
    fn earlier_words_also_match_as_prefix() {
        let index = sample();
        assert_eq!(ids(&index.search("pel kepemimpinan")), vec!["e1", "e2"]);
    }

    #[test]
    fn prefix_does_not_match_in_the_middle_of_a_word() {
        let index = sample();
        assert!(index.search("latihan").is_empty());
        assert!(index.search("sume").is_empty());
    }

    #[test]
    fn all_query_words_must_match() {
        let index = sample();
        assert_eq!(ids(&index.search("mentor resume")), vec!["e4", "e3"]);
        assert_eq!(ids(&index.search("mentor kafe")), vec!["e3"]);
        assert!(index.search("pelatihan secondment").is_empty());
        assert!(index.search("resume nonexistentword").is_empty());
    }

    #[test]
    fn words_may_match_in_different_fields() {
        let index = sample();
        // "diklat" is in body and tags, "kepemimpinan" in the title.
        assert_eq!(ids(&index.search("diklat kepemimpinan")), vec!["e1"]);
    }

    #[test]
    fn duplicate_query_words_behave_like_one() {
        let index = sample();
        assert_eq!(index.search("kafe kafe"), index.search("kafe"));
    }

    #[test]
    fn upsert_replaces_previous_content() {
        let mut index = sample();
        index.upsert("e1", "Rapat koordinasi", "Tidak ada pelatihan.", &[]);
        assert_eq!(index.len(), 4);
        assert!(index.search("kepemimpinan").iter().all(|h| h.id != "e1"));
        assert!(index.search("diklat").is_empty());
        assert!(index.search("formal").is_empty());
        assert_eq!(ids(&index.search("koordinasi")), vec!["e1"]);
        // "pelatihan" moved from e1's title to its body: e1 and e2 now tie
        // on score and occurrences, and the id decides.
        let hits = index.search("pelatihan");
        assert_eq!(ids(&hits), vec!["e1", "e2"]);
        assert!(hits[0].score < TITLE_WEIGHT);
    }

    #[test]
    fn upsert_with_same_content_is_stable() {
        let mut index = sample();
        let before = index.search("k");
        let vocabulary = index.vocabulary_len();
        index.upsert(
            "e1",
            "Pelatihan kepemimpinan",
            "Diklat PIM IV selama tiga minggu.",
            &tags(&["diklat", "formal"]),
        );
        assert_eq!(index.search("k"), before);
        assert_eq!(index.vocabulary_len(), vocabulary);
    }

    #[test]
    fn remove_forgets_the_document_and_its_words() {
        let mut index = sample();
        let vocabulary = index.vocabulary_len();
        index.remove("e3");
        assert_eq!(index.len(), 3);
        assert!(!index.contains("e3"));
        assert!(index.search("kafe").is_empty());
        assert_eq!(ids(&index.search("resume")), vec!["e4"]);
        assert!(index.vocabulary_len() < vocabulary);
        // Removing twice or removing an unknown id is harmless.
        index.remove("e3");
        index.remove("never-existed");
        assert_eq!(index.len(), 3);
    }

    #[test]
    fn removed_slot_is_reused_without_leaking_old_words() {
        let mut index = sample();
        index.remove("e2");
        index.upsert("e5", "Magang di kementerian", "pertukaran pegawai", &[]);
        assert_eq!(index.len(), 4);
        assert_eq!(ids(&index.search("pelatihan")), vec!["e1"]);
        assert_eq!(ids(&index.search("magang")), vec!["e5"]);
        assert_eq!(ids(&index.search("refleksi")), Vec::<&str>::new());
        index.upsert("e2", "Kembali", "pelatihan", &[]);
        assert_eq!(ids(&index.search("pelatihan")), vec!["e1", "e2"]);
    }

    #[test]
    fn removing_everything_empties_the_vocabulary() {
        let mut index = sample();
        for id in ["e1", "e2", "e3", "e4"] {
            index.remove(id);
        }
        assert!(index.is_empty());
        assert_eq!(index.vocabulary_len(), 0);
        assert!(index.search("k").is_empty());
    }

    #[test]
    fn document_without_words_is_counted_but_never_found() {
        let mut index = SearchIndex::new();
        index.upsert("blank", "", "  ", &[]);
        assert_eq!(index.len(), 1);
        assert!(index.contains("blank"));
        assert!(index.search("a").is_empty());
    }

    #[test]
    fn numbers_are_searchable() {
        let mut index = SearchIndex::new();
        index.upsert("x", "Target 2025", "Model 70-20-10", &[]);
        assert_eq!(ids(&index.search("2025")), vec!["x"]);
        assert_eq!(ids(&index.search("70 20 10")), vec!["x"]);
    }

    /// Deterministic pseudo-random generator so the large test needs no
    /// extra dependency and always builds the same corpus.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            self.0 >> 33
        }
        fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
            words[self.next() as usize % words.len()]
        }
    }

    const WORDS: &[&str] = &[
        "pelatihan",
        "kepemimpinan",
        "mentor",
        "mentoring",
        "magang",
        "pertukaran",
        "pegawai",
        "kompetensi",
        "sekondmen",
        "refleksi",
        "tujuan",
        "rapat",
        "proyek",
        "laporan",
        "résumé",
        "resume",
        "kafé",
        "kafe",
        "coaching",
        "feedback",
        "secondment",
        "learning",
        "leadership",
        "network",
        "networking",
        "ministry",
        "training",
        "goal",
        "review",
        "team",
        "kinerja",
        "evaluasi",
        "pengembangan",
        "karier",
        "jejak",
        "diklat",
        "teknis",
        "manajerial",
        "sosial",
        "kultural",
    ];

    /// A document reduced to its title words and its body-and-tag words.
    type Words = (Vec<String>, Vec<String>);

    fn words_of(title: &str, body: &str, tags: &[String]) -> Words {
        let other = tokens(body)
            .into_iter()
            .chain(tags.iter().flat_map(|t| tokens(t)))
            .collect();
        (tokens(title), other)
    }

    /// Reference implementation: scans every document.
    fn naive(docs: &HashMap<String, Words>, query: &str) -> Vec<SearchHit> {
        let mut words = tokens(query);
        words.one_sort();
        words.dedup();
        if words.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(SearchHit, u32)> = Vec::new();
        for (id, (title_words, other_words)) in docs {
            let mut t_total = 0u32;
            let mut o_total = 0u32;
            let mut all = true;
            for q in &words {
                let prefixes = |w: &&String| w.starts_with(q.as_str());
                let t = title_words.iter().filter(prefixes).count() as u32;
                let o = other_words.iter().filter(prefixes).count() as u32;
                if t + o == 0 {
                    all = false;
                    break;
                }
                t_total += t;
                o_total += o;
            }
            if all {
                let score = t_total * TITLE_WEIGHT + o_total.min(MAX_OTHER_SCORE);
                let hit = SearchHit {
                    id: id.clone(),
                    score,
                };
                hits.push((hit, t_total + o_total));
            }
        }
        hits.one_sort_by(|(a, at), (b, bt)| {
            b.score
                .cmp(&a.score)
                .then(bt.cmp(at))
                .then_with(|| a.id.cmp(&b.id))
        });
        hits.into_iter().map(|(h, _)| h).collect()
    }

    #[test]
    fn ten_thousand_documents_answer_correctly() {
        let mut rng = Lcg(42);
        let mut index = SearchIndex::new();
        let mut docs = HashMap::new();
        for n in 0..10_000 {
            let id = format!("entry-{n:05}");
            let title: Vec<&str> = (0..4).map(|_| rng.pick(WORDS)).collect();
            let body: Vec<&str> = (0..100).map(|_| rng.pick(WORDS)).collect();
            let tag = vec![rng.pick(WORDS).to_owned()];
            let (title, body) = (title.join(" "), body.join(" "));
            index.upsert(&id, &title, &body, &tag);
            docs.insert(id, words_of(&title, &body, &tag));
        }
        // A rare, document-specific word to check exact targeting.
        index.upsert("needle", "Jarum", "di tumpukan jerami", &[]);
        docs.insert(
            "needle".into(),
            words_of("Jarum", "di tumpukan jerami", &[]),
        );
        assert_eq!(index.len(), 10_001);

        let queries = [
            "pelatihan",
            "kepemimpinan mentor",
            "RESUME kafe",
            "k",
            "lead",
            "jeja",
            "jarum",
            "tumpukan jer",
            "nothing-like-this",
        ];
        for query in queries {
            assert_eq!(index.search(query), naive(&docs, query), "query {query:?}");
        }
        assert_eq!(ids(&index.search("jarum")), vec!["needle"]);

        // Incremental maintenance at scale: rewrite and delete some entries.
        for n in (0..10_000).step_by(7) {
            let id = format!("entry-{n:05}");
            if n % 2 == 0 {
                index.remove(&id);
                docs.remove(&id);
            } else {
                index.upsert(&id, "Jarum emas", "baru", &[]);
                docs.insert(id, words_of("Jarum emas", "baru", &[]));
            }
        }
        assert_eq!(index.len(), docs.len());
        for query in ["jarum", "pelatihan kep", "emas", "baru jarum", "resume"] {
            assert_eq!(index.search(query), naive(&docs, query), "query {query:?}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod props {
        use super::*;
        use proptest::prelude::*;

        #[derive(Debug, Clone)]
        enum Op {
            Upsert(u8, String, String, Vec<String>),
            Remove(u8),
        }

        fn text() -> impl Strategy<Value = String> {
            prop::collection::vec(prop::sample::select(WORDS.to_vec()), 0..6)
                .prop_map(|w| w.join(" "))
        }

        fn op() -> impl Strategy<Value = Op> {
            prop_oneof![
                3 => (0u8..12, text(), text(), prop::collection::vec(text(), 0..3))
                    .prop_map(|(id, t, b, g)| Op::Upsert(id, t, b, g)),
                1 => (0u8..12).prop_map(Op::Remove),
            ]
        }

        proptest! {
            #[test]
            fn incremental_index_matches_naive_scan(
                ops in prop::collection::vec(op(), 0..40),
                queries in prop::collection::vec(text(), 1..6),
                prefix_len in 1usize..6,
            ) {
                let mut index = SearchIndex::new();
                let mut docs = HashMap::new();
                for op in ops {
                    match op {
                        Op::Upsert(id, t, b, g) => {
                            let id = format!("d{id}");
                            index.upsert(&id, &t, &b, &g);
                            docs.insert(id, words_of(&t, &b, &g));
                        }
                        Op::Remove(id) => {
                            let id = format!("d{id}");
                            index.remove(&id);
                            docs.remove(&id);
                        }
                    }
                }
                prop_assert_eq!(index.len(), docs.len());
                for q in queries {
                    // Also exercise a truncated last word (search-as-you-type).
                    let typed: String = q.chars().take(q.chars().count().saturating_sub(prefix_len).max(1)).collect();
                    for query in [q.as_str(), typed.as_str()] {
                        prop_assert_eq!(index.search(query), naive(&docs, query));
                    }
                }
            }
        }
    }
}
