//! Merging two sets of records (DESIGN.md §7): per-record last-writer-wins by `rev`, a
//! tombstone being a write like any other.
//!
//! The merge must be commutative, associative and idempotent so that devices exchanging
//! backups in any order end equal; the property tests below are the proof. `rev` already
//! breaks ties by device id (it is the last part of the stamp), so two different writes never
//! share a rev in practice. If they ever do (a hand-edited file, a repaired import), the tie is
//! broken by the records' canonical JSON, so the merge stays order-independent even then.

use super::record::Record;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// True when `candidate` should replace `current` (same id assumed).
pub fn wins(candidate: &Record, current: &Record) -> bool {
    match candidate.rev.cmp(&current.rev) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => candidate != current && canonical(candidate) > canonical(current),
    }
}

/// The record's serialised form, used only to break ties. Field maps are sorted (serde_json
/// without `preserve_order`), so equal records give equal strings.
fn canonical(r: &Record) -> String {
    serde_json::to_string(r).unwrap_or_default()
}

/// The union of `a` and `b` with one record per id, the winner under [`wins`], sorted by id.
/// Duplicate ids inside one side are resolved the same way.
pub fn merge(a: &[Record], b: &[Record]) -> Vec<Record> {
    let mut out: BTreeMap<&str, &Record> = BTreeMap::new();
    for r in a.iter().chain(b) {
        match out.get(r.id.as_str()) {
            Some(current) if !wins(r, current) => {}
            _ => {
                out.insert(&r.id, r);
            }
        }
    }
    out.into_values().cloned().collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::clock::Rev;
    use crate::domain::record::apply_newer;
    use proptest::prelude::*;
    use serde_json::{json, Map, Value};
    use std::collections::HashMap;

    const IDS: [&str; 4] = [
        "00000000-0000-4000-8000-00000000000a",
        "00000000-0000-4000-8000-00000000000b",
        "00000000-0000-4000-8000-00000000000c",
        "00000000-0000-4000-8000-00000000000d",
    ];
    const DEVICES: [&str; 3] = ["a", "b", "c"];

    fn rev_strategy() -> impl Strategy<Value = Rev> {
        (0u64..4, 0u32..3, prop::sample::select(&DEVICES[..])).prop_map(|(m, c, d)| Rev {
            millis: 1_700_000_000_000 + m,
            counter: c,
            device: d.to_string(),
        })
    }

    fn record(id: &str, rev: Rev, deleted: bool, fields: Map<String, Value>) -> Record {
        Record {
            id: id.to_string(),
            kind: "entry".into(),
            created: "2026-11-25T10:00:00.000Z".into(),
            rev,
            deleted,
            fields,
        }
    }

    /// Any content for any rev: same-rev ties with different content happen often, which is
    /// exactly what the canonical tie-break must survive.
    fn any_record() -> impl Strategy<Value = Record> {
        (
            prop::sample::select(&IDS[..]),
            rev_strategy(),
            any::<bool>(),
            prop::sample::select(&["x", "y", "<script>z</script>"][..]),
            prop::option::of(0u8..3),
        )
            .prop_map(|(id, rev, deleted, title, future)| {
                let mut fields = Map::new();
                fields.insert("title".into(), json!(title));
                if let Some(n) = future {
                    fields.insert("future_field".into(), json!({"n": n, "list": [n]}));
                }
                record(id, rev, deleted, fields)
            })
    }

    /// Content determined by (id, rev), as the app guarantees: a rev names one write.
    fn honest_record() -> impl Strategy<Value = Record> {
        (prop::sample::select(&IDS[..]), rev_strategy()).prop_map(|(id, rev)| {
            let mut fields = Map::new();
            fields.insert("title".into(), json!(format!("{id}@{rev}")));
            fields.insert("future_field".into(), json!({"seen": rev.counter}));
            let deleted = (rev.millis + u64::from(rev.counter)) % 3 == 0;
            record(id, rev, deleted, fields)
        })
    }

    fn set(s: impl Strategy<Value = Record>) -> impl Strategy<Value = Vec<Record>> {
        prop::collection::vec(s, 0..8)
    }

    fn config() -> ProptestConfig {
        ProptestConfig::with_cases(3000)
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn commutative(a in set(any_record()), b in set(any_record())) {
            prop_assert_eq!(merge(&a, &b), merge(&b, &a));
        }

        #[test]
        fn associative(a in set(any_record()), b in set(any_record()), c in set(any_record())) {
            prop_assert_eq!(merge(&merge(&a, &b), &c), merge(&a, &merge(&b, &c)));
        }

        #[test]
        fn idempotent(a in set(any_record()), b in set(any_record())) {
            let ab = merge(&a, &b);
            prop_assert_eq!(merge(&a, &a), merge(&a, &[]));
            prop_assert_eq!(merge(&ab, &ab), ab.clone());
            prop_assert_eq!(merge(&ab, &b), ab.clone());
            prop_assert_eq!(merge(&a, &ab), ab);
        }

        #[test]
        fn result_is_sorted_complete_and_taken_verbatim(a in set(any_record()), b in set(any_record())) {
            let m = merge(&a, &b);
            prop_assert!(m.windows(2).all(|w| w[0].id < w[1].id));
            let mut ids: Vec<&str> = a.iter().chain(&b).map(|r| r.id.as_str()).collect();
            ids.sort();
            ids.dedup();
            prop_assert_eq!(m.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ids);
            // Every result is one of the inputs exactly, unknown fields included, and it has
            // the highest rev of its id.
            for r in &m {
                prop_assert!(a.iter().chain(&b).any(|x| x == r));
                prop_assert!(a.iter().chain(&b).filter(|x| x.id == r.id).all(|x| x.rev <= r.rev));
            }
        }

        #[test]
        fn tombstone_beats_older_edit_and_loses_to_newer(
            edit_rev in rev_strategy(),
            del_rev in rev_strategy(),
        ) {
            prop_assume!(edit_rev != del_rev);
            let mut fields = Map::new();
            fields.insert("title".into(), json!("edit"));
            let edit = record(IDS[0], edit_rev.clone(), false, fields);
            let tomb = record(IDS[0], del_rev.clone(), true, Map::new());
            let m = merge(std::slice::from_ref(&edit), std::slice::from_ref(&tomb));
            prop_assert_eq!(m.len(), 1);
            if del_rev > edit_rev {
                prop_assert_eq!(&m[0], &tomb);
            } else {
                prop_assert_eq!(&m[0], &edit);
            }
        }

        #[test]
        fn unknown_fields_survive(a in set(honest_record()), b in set(honest_record())) {
            for r in merge(&a, &b) {
                let title = r.fields["title"].as_str().unwrap().to_string();
                prop_assert_eq!(title, format!("{}@{}", r.id, r.rev));
                prop_assert_eq!(&r.fields["future_field"], &json!({"seen": r.rev.counter}));
            }
        }

        #[test]
        fn equals_apply_newer_in_any_order(
            (all, shuffled) in set(honest_record()).prop_flat_map(|v| {
                let s = Just(v.clone()).prop_shuffle();
                (Just(v), s)
            })
        ) {
            let mut map = HashMap::new();
            for r in shuffled {
                apply_newer(&mut map, r);
            }
            let mut applied: Vec<Record> = map.into_values().collect();
            applied.sort_by(|x, y| x.id.cmp(&y.id));
            prop_assert_eq!(applied, merge(&all, &[]));
        }
    }

    #[test]
    fn same_rev_tie_is_broken_by_content_both_ways() {
        let rev = Rev::parse("1700000000000-000000-a").unwrap();
        let mut f1 = Map::new();
        f1.insert("title".into(), json!("a"));
        let mut f2 = Map::new();
        f2.insert("title".into(), json!("b"));
        let x = record(IDS[0], rev.clone(), false, f1);
        let y = record(IDS[0], rev, false, f2);
        assert_eq!(
            merge(std::slice::from_ref(&x), std::slice::from_ref(&y)),
            merge(std::slice::from_ref(&y), std::slice::from_ref(&x))
        );
        assert!(wins(&y, &x) != wins(&x, &y));
        assert!(!wins(&x, &x), "a record never beats itself");
    }
}
