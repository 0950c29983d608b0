//! What the state derives from its record map, kept in step one change at a time instead of
//! being recomputed from all records on every edit: the ids of each kind (so `views(kind)` reads
//! only that kind and re-runs only when a record of that kind changes), the entries sorted
//! newest first, and the search index. After a bulk load (start-up, an import) the index is
//! filled in the background, in short slices between frames, so the first screen does not wait
//! for it. A search typed meanwhile answers from what is indexed, marked as still searching,
//! and holds the background work back for a moment; when that work ends, `index_version` moves
//! and the search runs again over everything. (Finishing the index first made the first search
//! after opening a 10,000-entry journal take over a second on a 4x slowed CPU.)
//!
//! Only the state module writes `records` and `entries`; everything here is updated on that
//! path (`note_*`), never by watching the signals.

use super::EntryRow;
use crate::domain::entry::newest_first;
use crate::domain::entry::EntryFilter;
use crate::domain::search::{self, SearchIndex};
use crate::domain::sort::OneSort;
use leptos::prelude::{ArcTrigger, Notify, Track, Update, WithUntracked};
use std::cell::{Cell, RefCell};
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::time::Duration;

/// A change of more entries than this is indexed in the background rather than at once.
pub(super) const INDEX_NOW_MAX: usize = 200;
/// How long one background indexing slice may run (wall-clock ms), so frames keep coming.
const SLICE_MS: i64 = 6;
/// How long background indexing keeps out of the way after a search, so the results are
/// painted first and the next keystroke finds the main thread free.
const QUERY_PAUSE_MS: i64 = 60;
/// How long indexing waits while a write is under way before looking again.
const WRITE_PAUSE: Duration = Duration::from_millis(20);

#[derive(Default)]
struct KindSet {
    ids: BTreeSet<String>,
    trigger: Option<ArcTrigger>,
}

/// The entries newest first, plus the ids changed since it was last sorted.
#[derive(Default)]
struct Sorted {
    rows: Vec<Arc<EntryRow>>,
    changed: HashSet<String>,
    /// Rebuild from scratch (after a reset or when most entries changed).
    rebuild: bool,
}

thread_local! {
    static KINDS: RefCell<HashMap<String, KindSet>> = RefCell::new(HashMap::new());
    static SORTED: RefCell<Sorted> = RefCell::new(Sorted { rebuild: true, ..Sorted::default() });
    static INDEX: RefCell<SearchIndex> = RefCell::new(SearchIndex::new());
    /// Entry ids whose current text is not in the index yet (oldest first).
    static UNINDEXED: RefCell<VecDeque<String>> = const { RefCell::new(VecDeque::new()) };
    static INDEXING: Cell<bool> = const { Cell::new(false) };
    /// When the last search ran (ms), for `QUERY_PAUSE_MS`.
    static LAST_QUERY: Cell<i64> = const { Cell::new(i64::MIN / 2) };
}

// ---------------------------------------------------------------------------------------------
// Kinds

/// Subscribes the running reactive computation to changes of records of `kind`.
pub(super) fn track_kind(kind: &str) {
    let trigger = KINDS.with(|k| {
        let mut k = k.borrow_mut();
        let set = k.entry(kind.to_string()).or_default();
        set.trigger.get_or_insert_with(ArcTrigger::new).clone()
    });
    trigger.track();
}

/// Runs `f` over the ids (live and deleted) of one kind, in id order.
pub(super) fn with_kind_ids<R>(
    kind: &str,
    f: impl FnOnce(&mut dyn Iterator<Item = &String>) -> R,
) -> R {
    KINDS.with(|k| {
        let k = k.borrow();
        match k.get(kind) {
            Some(set) => f(&mut set.ids.iter()),
            None => f(&mut std::iter::empty()),
        }
    })
}

/// Records that `id` is now of `kind` (it was of `old_kind`, if it existed).
pub(super) fn note_kind(id: &str, old_kind: Option<&str>, kind: &str) {
    KINDS.with(|k| {
        let mut k = k.borrow_mut();
        if let Some(old) = old_kind.filter(|o| *o != kind) {
            if let Some(set) = k.get_mut(old) {
                set.ids.remove(id);
            }
        }
        // Looked up before inserting: `entry` would allocate the kind's name for every record.
        if !k.contains_key(kind) {
            k.insert(kind.to_string(), KindSet::default());
        }
        if let Some(set) = k.get_mut(kind) {
            if !set.ids.contains(id) {
                set.ids.insert(id.to_string());
            }
        }
    });
}

/// Tells the views of these kinds (all kinds when `None`) that their records changed.
pub(super) fn notify_kinds<'a>(kinds: Option<impl IntoIterator<Item = &'a str>>) {
    // Triggers are cloned out first: notifying must not run while the map is borrowed.
    let triggers: Vec<ArcTrigger> = KINDS.with(|k| {
        let k = k.borrow();
        match kinds {
            Some(list) => list
                .into_iter()
                .filter_map(|kind| k.get(kind).and_then(|s| s.trigger.clone()))
                .collect(),
            None => k.values().filter_map(|s| s.trigger.clone()).collect(),
        }
    });
    for t in triggers {
        t.notify();
    }
}

// ---------------------------------------------------------------------------------------------
// Entries: sorted list and search index

/// After `entries` changed for these ids: the sorted list and the index follow. `bulk` defers
/// indexing to the background.
pub(super) fn note_entries(changes: &[(String, Option<Arc<EntryRow>>)], bulk: bool) {
    SORTED.with(|s| {
        let mut s = s.borrow_mut();
        if !s.rebuild {
            if changes.len() > s.rows.len() / 4 {
                s.rebuild = true;
                s.changed.clear();
            } else {
                s.changed.extend(changes.iter().map(|(id, _)| id.clone()));
            }
        }
    });
    if bulk {
        UNINDEXED.with(|u| {
            u.borrow_mut()
                .extend(changes.iter().map(|(id, _)| id.clone()))
        });
        return;
    }
    INDEX.with(|index| {
        let mut index = index.borrow_mut();
        for (id, row) in changes {
            match row {
                Some(row) => {
                    let e = &row.entry;
                    index.upsert(id, &e.title, &e.body, &e.tags);
                }
                None => index.remove(id),
            }
        }
    });
}

/// Forgets everything derived (before a full reload).
pub(super) fn reset() {
    KINDS.with(|k| {
        for set in k.borrow_mut().values_mut() {
            set.ids.clear();
        }
    });
    SORTED.with(|s| {
        *s.borrow_mut() = Sorted {
            rebuild: true,
            ..Sorted::default()
        }
    });
    INDEX.with(|i| *i.borrow_mut() = SearchIndex::new());
    UNINDEXED.with(|u| u.borrow_mut().clear());
}

/// The entries newest first. Between two calls only the changed rows are moved: the list is
/// re-sorted with a stable sort, which runs in about linear time on a list that is sorted but
/// for a few rows.
pub(super) fn sorted(entries: &HashMap<String, Arc<EntryRow>>) -> Vec<Arc<EntryRow>> {
    SORTED.with(|s| {
        let mut s = s.borrow_mut();
        let s = &mut *s;
        if s.rebuild {
            s.rows = entries.values().cloned().collect();
            s.changed.clear();
            s.rebuild = false;
        } else if !s.changed.is_empty() {
            let changed = std::mem::take(&mut s.changed);
            s.rows.retain(|r| !changed.contains(&r.id));
            s.rows
                .extend(changed.iter().filter_map(|id| entries.get(id).cloned()));
        } else {
            return s.rows.clone();
        }
        s.rows.one_sort_by(|a, b| {
            newest_first((&a.entry, &a.created, &a.id), (&b.entry, &b.created, &b.id))
        });
        s.rows.clone()
    })
}

/// Stops after `ms` of wall-clock time.
fn within(ms: i64) -> impl FnMut() -> bool {
    let start = crate::browser::now_millis();
    move || crate::browser::now_millis() - start >= ms
}

/// Indexes what a bulk load left until `out_of_time` says stop (asked every 16 entries);
/// returns whether nothing is left.
fn index_pending(
    entries: &HashMap<String, Arc<EntryRow>>,
    mut out_of_time: impl FnMut() -> bool,
) -> bool {
    INDEX.with(|index| {
        let mut index = index.borrow_mut();
        UNINDEXED.with(|u| {
            let mut u = u.borrow_mut();
            let mut n = 0u32;
            while let Some(id) = u.pop_front() {
                match entries.get(&id) {
                    Some(row) => {
                        let e = &row.entry;
                        index.upsert(&id, &e.title, &e.body, &e.tags);
                    }
                    None => index.remove(&id),
                }
                n += 1;
                // Reading the clock costs a call into JS: look every 16 entries.
                if n.is_multiple_of(16) && out_of_time() {
                    break;
                }
            }
            if u.is_empty() {
                // Postings grew by doubling while loading; give the slack back.
                index.shrink_to_fit();
                u.shrink_to_fit();
                true
            } else {
                false
            }
        })
    })
}

/// Starts (once) the background slices that index what a bulk load left.
pub(super) fn schedule_indexing(state: super::AppState) {
    if INDEXING.with(|i| i.replace(true)) {
        return;
    }
    fn slice(state: super::AppState) {
        // A save waiting for its transaction goes first: a slice running meanwhile would hold
        // up each of its IndexedDB events by up to a slice (writes took 12–28 ms instead of
        // 4 ms on a 4x slowed CPU while the index was still filling).
        if super::writes::flushing() {
            leptos::prelude::set_timeout(move || slice(state), WRITE_PAUSE);
            return;
        }
        let since_query = crate::browser::now_millis() - LAST_QUERY.with(Cell::get);
        if since_query < QUERY_PAUSE_MS {
            let wait = Duration::from_millis((QUERY_PAUSE_MS - since_query) as u64);
            leptos::prelude::set_timeout(move || slice(state), wait);
            return;
        }
        let done = state
            .entries
            .try_with_untracked(|m| index_pending(m, within(SLICE_MS)))
            .unwrap_or(true);
        if done {
            INDEXING.with(|i| i.set(false));
            // A search answered from part of the index runs again over all of it.
            state.index_version.update(|v| *v += 1);
        } else {
            crate::browser::soon(move || slice(state));
        }
    }
    crate::browser::soon(move || slice(state));
}

/// One page of the entries matching a search query and `filter`: how many match in all, and
/// the best `limit` of them in rank order. Only the page's rows are looked up when nothing is
/// filtered, and only the page is sorted. While a bulk load is still being indexed, the page
/// covers the indexed entries and says it is `partial`.
pub(super) fn search_page(
    entries: &HashMap<String, Arc<EntryRow>>,
    query: &str,
    filter: &EntryFilter,
    limit: usize,
) -> super::ResultPage {
    LAST_QUERY.with(|t| t.set(crate::browser::now_millis()));
    search_indexed(entries, query, filter, limit)
}

fn search_indexed(
    entries: &HashMap<String, Arc<EntryRow>>,
    query: &str,
    filter: &EntryFilter,
    limit: usize,
) -> super::ResultPage {
    let partial = UNINDEXED.with(|u| !u.borrow().is_empty());
    INDEX.with(|i| {
        let index = i.borrow();
        let mut matches = index.matches(query);
        // The index follows `entries` change by change, so without a filter no row needs
        // looking up but the page's.
        if !filter.is_empty() {
            matches.retain(|m| entries.get(m.id).is_some_and(|r| filter.matches(&r.entry)));
        }
        let count = matches.len();
        let rows = search::best(matches, limit)
            .into_iter()
            .filter_map(|m| entries.get(m.id).cloned())
            .collect();
        super::ResultPage {
            count,
            rows,
            partial,
        }
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::date::Date;
    use crate::domain::entry::Entry;
    use crate::domain::search::SearchHit;

    /// Every hit for `query`, once the index has caught up with the entries still waiting.
    fn search(entries: &HashMap<String, Arc<EntryRow>>, query: &str) -> Vec<SearchHit> {
        index_pending(entries, || false);
        INDEX.with(|i| i.borrow().search(query))
    }

    fn row(id: &str, day: u32, title: &str) -> Arc<EntryRow> {
        let mut entry = Entry::new(Date::new(2026, 1, day).unwrap());
        entry.title = title.into();
        Arc::new(EntryRow {
            id: id.into(),
            created: "2026-01-01T00:00:00.000Z".into(),
            entry,
        })
    }

    /// Starts afresh with `rows` arriving as one bulk load (indexed later, in the background),
    /// in the order given; returns the entries map that load leaves.
    fn bulk_load(rows: impl IntoIterator<Item = Arc<EntryRow>>) -> HashMap<String, Arc<EntryRow>> {
        reset();
        let changes: Vec<(String, Option<Arc<EntryRow>>)> =
            rows.into_iter().map(|r| (r.id.clone(), Some(r))).collect();
        note_entries(&changes, true);
        changes
            .into_iter()
            .filter_map(|(id, r)| Some((id, r?)))
            .collect()
    }

    fn ids(rows: &[Arc<EntryRow>]) -> Vec<&str> {
        rows.iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn sorted_list_follows_changes_and_matches_a_full_sort() {
        let mut map = bulk_load(
            [(1, 5), (2, 3), (3, 9), (4, 1)].map(|(i, day)| row(&format!("e{i}"), day, "x")),
        );
        assert_eq!(ids(&sorted(&map)), ["e3", "e1", "e2", "e4"]);

        // Move one, remove one, add one.
        let moved = row("e4", 20, "x");
        map.insert("e4".into(), moved.clone());
        map.remove("e1");
        let added = row("e5", 4, "y");
        map.insert("e5".into(), added.clone());
        note_entries(
            &[
                ("e4".into(), Some(moved)),
                ("e1".into(), None),
                ("e5".into(), Some(added)),
            ],
            false,
        );
        let got = sorted(&map);
        let mut want: Vec<Arc<EntryRow>> = map.values().cloned().collect();
        want.one_sort_by(|a, b| {
            newest_first((&a.entry, &a.created, &a.id), (&b.entry, &b.created, &b.id))
        });
        assert_eq!(ids(&got), ids(&want));
        assert_eq!(ids(&got), ["e4", "e3", "e5", "e2"]);
    }

    #[test]
    fn search_indexes_what_a_bulk_load_left() {
        let mut map = bulk_load((0..300).map(|i| {
            let title = if i == 7 {
                "rapat koordinasi"
            } else {
                "catatan"
            };
            row(&format!("e{i:03}"), 1, title)
        }));
        let hits = search(&map, "rapat");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].id, "e007");
        // A removal queued after the bulk load is honoured.
        map.remove("e007");
        note_entries(&[("e007".into(), None)], false);
        assert!(search(&map, "rapat").is_empty());
        assert_eq!(search(&map, "catatan").len(), 299);
    }

    #[test]
    fn search_page_counts_all_matches_and_returns_the_best_first() {
        let map = bulk_load((0..40u32).map(|i| {
            // Every fourth entry has the word in its title (ranked first), the rest in the body.
            let title = if i % 4 == 0 { "rapat" } else { "catatan" };
            let mut r = row(&format!("e{i:02}"), 1 + i % 28, title);
            Arc::make_mut(&mut r).entry.body = "rapat".into();
            if i % 2 == 0 {
                Arc::make_mut(&mut r).entry.tags = vec!["dinas".into()];
            }
            r
        }));
        index_pending(&map, || false);
        let all = EntryFilter::default();
        let page = search_indexed(&map, "rapat", &all, 5);
        assert_eq!(page.count, 40);
        assert_eq!(ids(&page.rows), ["e00", "e04", "e08", "e12", "e16"]);
        let whole = search_indexed(&map, "rapat", &all, 100);
        assert_eq!(whole.rows.len(), 40);
        assert_eq!(ids(&whole.rows)[..5], ids(&page.rows)[..]);
        // A filter narrows the count too, not only the page.
        let tagged = EntryFilter {
            tag: Some("dinas".into()),
            ..EntryFilter::default()
        };
        let page = search_indexed(&map, "rapat", &tagged, 3);
        assert_eq!(page.count, 20);
        assert_eq!(ids(&page.rows), ["e00", "e04", "e08"]);
        assert_eq!(search_indexed(&map, "tidakada", &all, 5).count, 0);
    }

    #[test]
    fn a_search_during_background_indexing_answers_from_the_indexed_part() {
        let map = bulk_load((0..100).map(|i| row(&format!("e{i:03}"), 1, "rapat")));
        let all = EntryFilter::default();
        // Nothing indexed yet: no rows, and the page says the search is not over.
        let page = search_indexed(&map, "rapat", &all, 5);
        assert_eq!((page.count, page.rows.len(), page.partial), (0, 0, true));
        // One background slice (out of time at its first look, after 16 entries).
        assert!(!index_pending(&map, || true));
        let page = search_indexed(&map, "rapat", &all, 5);
        assert_eq!((page.count, page.rows.len(), page.partial), (16, 5, true));
        // The rest: the page is complete.
        assert!(index_pending(&map, || false));
        let page = search_indexed(&map, "rapat", &all, 5);
        assert_eq!((page.count, page.partial), (100, false));
        assert_eq!(ids(&page.rows), ["e000", "e001", "e002", "e003", "e004"]);
    }

    #[test]
    fn kind_ids_move_with_the_record() {
        reset();
        note_kind("a", None, "goal");
        note_kind("b", None, "goal");
        note_kind("a", Some("goal"), "entry");
        let goals = with_kind_ids("goal", |ids| ids.cloned().collect::<Vec<_>>());
        assert_eq!(goals, ["b"]);
        let entries = with_kind_ids("entry", |ids| ids.cloned().collect::<Vec<_>>());
        assert_eq!(entries, ["a"]);
        assert_eq!(with_kind_ids("person", |ids| ids.count()), 0);
    }
}
