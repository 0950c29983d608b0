//! The app's one sort. Every `sort_by` with its own element type and comparator is a copy of the
//! standard library's sort of its own, a few kilobytes of WebAssembly each; some forty of them
//! were a tenth of the code a first visit downloads. [`OneSort`] sorts the items' positions with
//! a single comparator behind a `dyn` (so the app carries one copy of the sort), then moves the
//! items into that order. It is stable, like `sort_by`. `clippy.toml` keeps the standard sorts
//! out of the app's code.

use std::cmp::Ordering;

pub trait OneSort<T> {
    /// Stable sort by a comparator (as `slice::sort_by`).
    fn one_sort_by(&mut self, compare: impl FnMut(&T, &T) -> Ordering);

    /// Stable sort by a key (as `slice::sort_by_key`; the key is computed per comparison).
    fn one_sort_by_key<K: Ord>(&mut self, mut key: impl FnMut(&T) -> K) {
        self.one_sort_by(|a, b| key(a).cmp(&key(b)));
    }

    /// Stable sort in the items' own order (as `slice::sort`).
    fn one_sort(&mut self)
    where
        T: Ord,
    {
        self.one_sort_by(T::cmp);
    }
}

impl<T> OneSort<T> for [T] {
    fn one_sort_by(&mut self, mut compare: impl FnMut(&T, &T) -> Ordering) {
        if self.len() < 2 {
            return;
        }
        let items: &[T] = self;
        let order = sorted_positions(items.len(), &mut |a, b| compare(&items[a], &items[b]));
        permute(self, order);
    }
}

/// The positions `0..n` in the order `compare` gives them: the only place the sort is compiled.
#[inline(never)]
fn sorted_positions(n: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    #[allow(clippy::disallowed_methods)] // the one sort itself
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Rearranges `items` so that position `i` holds what was at `order[i]`, one cycle of the
/// permutation at a time, with swaps only (no `Clone` needed, nothing allocated).
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        // `order[at] == at` marks a position that already holds its item.
        while order[at] != at {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_exactly_like_the_standard_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            ours.one_sort_by(|a, b| a.0.cmp(&b.0));
            let mut std_sorted = v;
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std_sorted);
        }
    }

    #[test]
    fn keys_and_natural_order() {
        let mut words = vec!["pear", "fig", "apple", "kiwi"];
        words.one_sort_by_key(|w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
        words.one_sort();
        assert_eq!(words, ["apple", "fig", "kiwi", "pear"]);
    }

    #[test]
    fn items_without_clone_move_into_place() {
        struct Card(u32, String);
        let mut cards: Vec<Card> = [3, 1, 2, 1, 0]
            .into_iter()
            .enumerate()
            .map(|(i, n)| Card(n, format!("card {i}")))
            .collect();
        cards.one_sort_by(|a, b| a.0.cmp(&b.0));
        let names: Vec<&str> = cards.iter().map(|c| c.1.as_str()).collect();
        assert_eq!(names, ["card 4", "card 1", "card 3", "card 2", "card 0"]);
    }
}
