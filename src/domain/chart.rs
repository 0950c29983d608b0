//! Geometry for the small SVG charts (the 70-20-10 bar and donut), so the UI only draws.
//!
//! Shares are normalised here: negative or non-finite values count as 0, and the rest are
//! scaled to sum to 1, so the UI can pass raw hours or counts as well as shares. When nothing
//! is left the geometry is empty and the UI shows its "no data" text instead.
//!
//! The donut is centred at `(radius, radius)`, so it fits `viewBox="0 0 2r 2r"`. Segments run
//! clockwise from 12 o'clock in the order given. An SVG arc whose end point equals its start
//! point draws nothing, so a 100 % share becomes a full ring drawn as two half arcs (outer
//! circle clockwise, inner circle counter-clockwise as a second subpath, which cuts the hole
//! under the default non-zero fill rule). Every other segment is also drawn as two arcs split
//! at its middle: each is then at most 180°, so the large-arc flag is always 0 and an almost
//! full segment (99.99 %) cannot collapse into a zero-length arc after rounding.

use std::f64::consts::PI;

/// Shares made non-negative and summing to 1, or all 0 when there is nothing to show.
pub fn normalise(shares: &[f64]) -> Vec<f64> {
    let clean: Vec<f64> = shares
        .iter()
        .map(|s| if s.is_finite() && *s > 0.0 { *s } else { 0.0 })
        .collect();
    let sum: f64 = clean.iter().sum();
    if sum > 0.0 && sum.is_finite() {
        clean.into_iter().map(|s| s / sum).collect()
    } else {
        vec![0.0; shares.len()]
    }
}

/// `(x, width)` of three stacked bar segments filling `width`. Each segment starts where the
/// previous one ends and the last ends at `width` (to float precision, far below a pixel), so
/// no hairline gap shows; an empty input gives three zero-width segments.
pub fn bar_segments(shares: [f64; 3], width: f64) -> [(f64, f64); 3] {
    let s = normalise(&shares);
    if s.iter().all(|x| *x == 0.0) {
        return [(0.0, 0.0); 3];
    }
    // Positions come from cumulative sums so each edge is computed once and shared by the
    // neighbouring segments.
    let edge1 = width * s[0];
    let edge2 = width * (s[0] + s[1]);
    [(0.0, edge1), (edge1, edge2 - edge1), (edge2, width - edge2)]
}

/// SVG path data (`d`) for each share's donut segment, in input order; an empty string for a
/// zero share (skip it). `inner` is the hole's radius, clamped to `0..=radius`; 0 gives a pie.
pub fn donut_arcs(shares: &[f64], radius: f64, inner: f64) -> Vec<String> {
    let s = normalise(shares);
    let inner = inner.clamp(0.0, radius);
    let full = s.iter().filter(|x| **x > 0.0).count() == 1;
    let mut out = Vec::with_capacity(s.len());
    let mut start = 0.0;
    for share in s {
        if share <= 0.0 {
            out.push(String::new());
            continue;
        }
        out.push(if full {
            full_ring(radius, inner)
        } else {
            let end = start + share;
            segment(radius, inner, start, end)
        });
        start += share;
    }
    out
}

/// The point at `turn` (0..1 clockwise from 12 o'clock) on the circle of radius `r` around
/// `(c, c)`. SVG's y axis points down, hence the minus.
fn point(c: f64, r: f64, turn: f64) -> (f64, f64) {
    let a = turn * 2.0 * PI;
    (c + r * a.sin(), c - r * a.cos())
}

/// Three decimals is far below a pixel; trailing zeros and "-0" are dropped to keep the
/// markup short and stable.
fn num(x: f64) -> String {
    let s = format!("{x:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" || s.is_empty() {
        "0".to_string()
    } else {
        s.to_string()
    }
}

fn pt((x, y): (f64, f64)) -> String {
    format!("{} {}", num(x), num(y))
}

/// `A r r 0 0 sweep x y`: a small arc (≤ 180°) to `to`.
fn arc(r: f64, sweep: u8, to: (f64, f64)) -> String {
    format!("A {} {} 0 0 {} {}", num(r), num(r), sweep, pt(to))
}

fn segment(r: f64, inner: f64, from: f64, to: f64) -> String {
    let c = r;
    let mid = (from + to) / 2.0;
    let outer = format!(
        "M {} {} {}",
        pt(point(c, r, from)),
        arc(r, 1, point(c, r, mid)),
        arc(r, 1, point(c, r, to))
    );
    if inner > 0.0 {
        format!(
            "{outer} L {} {} {} Z",
            pt(point(c, inner, to)),
            arc(inner, 0, point(c, inner, mid)),
            arc(inner, 0, point(c, inner, from))
        )
    } else {
        format!("{outer} L {} Z", pt((c, c)))
    }
}

fn full_ring(r: f64, inner: f64) -> String {
    let c = r;
    let circle = |radius: f64, sweep: u8| {
        format!(
            "M {} {} {} Z",
            pt(point(c, radius, 0.0)),
            arc(radius, sweep, point(c, radius, 0.5)),
            arc(radius, sweep, point(c, radius, 0.0))
        )
    };
    if inner > 0.0 {
        format!("{} {}", circle(r, 1), circle(inner, 0))
    } else {
        circle(r, 1)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The points a path visits (after M, L and A), in order, with `None` for Z.
    fn points(d: &str) -> Vec<Option<(f64, f64)>> {
        let t: Vec<&str> = d.split_whitespace().collect();
        let mut out = Vec::new();
        let mut i = 0;
        let n = |s: &str| s.parse::<f64>().unwrap();
        while i < t.len() {
            match t[i] {
                "M" | "L" => {
                    out.push(Some((n(t[i + 1]), n(t[i + 2]))));
                    i += 3;
                }
                "A" => {
                    assert_eq!(t[i + 3], "0", "no rotation");
                    assert_eq!(t[i + 4], "0", "never a large arc");
                    out.push(Some((n(t[i + 6]), n(t[i + 7]))));
                    i += 8;
                }
                "Z" => {
                    out.push(None);
                    i += 1;
                }
                other => panic!("unexpected token {other} in {d}"),
            }
        }
        out
    }

    fn dist(r: f64, p: (f64, f64)) -> f64 {
        ((p.0 - r).powi(2) + (p.1 - r).powi(2)).sqrt()
    }

    fn near(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.002
    }

    #[test]
    fn bar_segments_fill_the_width() {
        let s = bar_segments([0.7, 0.2, 0.1], 300.0);
        assert!(near(s[0].1, 210.0) && near(s[1].1, 60.0) && near(s[2].1, 30.0));
        assert_eq!(s[0].0, 0.0);
        assert!((s[1].0 - (s[0].0 + s[0].1)).abs() < 1e-9);
        assert!((s[2].0 + s[2].1 - 300.0).abs() < 1e-9);
        // Raw counts are normalised; zeros give zero-width segments at the right place.
        let s = bar_segments([3.0, 0.0, 1.0], 100.0);
        assert_eq!(s, [(0.0, 75.0), (75.0, 0.0), (75.0, 25.0)]);
        assert_eq!(bar_segments([0.0, 0.0, 0.0], 100.0), [(0.0, 0.0); 3]);
        assert_eq!(bar_segments([f64::NAN, -1.0, 0.0], 100.0), [(0.0, 0.0); 3]);
        assert_eq!(
            bar_segments([0.0, 1.0, 0.0], 50.0),
            [(0.0, 0.0), (0.0, 50.0), (50.0, 0.0)]
        );
    }

    proptest! {
        #[test]
        fn bar_segments_are_contiguous(a in 0.0f64..10.0, b in 0.0f64..10.0, c in 0.0f64..10.0,
                                       w in 1.0f64..2000.0) {
            prop_assume!(a + b + c > 1e-6);
            let s = bar_segments([a, b, c], w);
            prop_assert_eq!(s[0].0, 0.0);
            prop_assert!((s[1].0 - (s[0].0 + s[0].1)).abs() < 1e-9);
            prop_assert!((s[2].0 - (s[1].0 + s[1].1)).abs() < 1e-9);
            prop_assert!((s[2].0 + s[2].1 - w).abs() < 1e-9);
            prop_assert!(s.iter().all(|(_, width)| *width >= -1e-9));
        }
    }

    #[test]
    fn donut_segments_lie_on_the_circles_and_meet() {
        let (r, inner) = (50.0, 30.0);
        let arcs = donut_arcs(&[0.7, 0.2, 0.1], r, inner);
        assert_eq!(arcs.len(), 3);
        let mut prev_end: Option<(f64, f64)> = None;
        for d in &arcs {
            let p = points(d);
            // M outer, A outer (mid), A outer (end), L inner, A inner (mid), A inner (start), Z.
            assert_eq!(p.len(), 7, "{d}");
            for q in &p[0..3] {
                assert!(near(dist(r, q.unwrap()), r), "{d}");
            }
            for q in &p[3..6] {
                assert!(near(dist(r, q.unwrap()), inner), "{d}");
            }
            assert_eq!(p[6], None);
            if let Some(e) = prev_end {
                assert_eq!(p[0].unwrap(), e, "segments meet");
            }
            prev_end = p[2];
        }
        // Starts at 12 o'clock and the last segment ends there again.
        assert_eq!(points(&arcs[0])[0], Some((50.0, 0.0)));
        assert_eq!(prev_end, Some((50.0, 0.0)));
        // 70 % ends at 252°: x = 50 + 50·sin(252°), y = 50 − 50·cos(252°).
        let end = points(&arcs[0])[2].unwrap();
        let a = 0.7 * 2.0 * PI;
        assert!(near(end.0, 50.0 + 50.0 * a.sin()) && near(end.1, 50.0 - 50.0 * a.cos()));
    }

    #[test]
    fn full_and_empty_shares() {
        let arcs = donut_arcs(&[0.0, 1.0, 0.0], 50.0, 30.0);
        assert_eq!(arcs[0], "");
        assert_eq!(arcs[2], "");
        let p = points(&arcs[1]);
        // Two closed circles, each of two half arcs: never a zero-length arc.
        assert_eq!(p.len(), 8);
        assert_eq!(p[0], Some((50.0, 0.0)));
        assert_eq!(p[1], Some((50.0, 100.0)));
        assert_eq!(p[2], Some((50.0, 0.0)));
        assert_eq!(p[4], Some((50.0, 20.0)));
        assert_eq!(p[5], Some((50.0, 80.0)));
        assert_eq!(
            arcs[1],
            "M 50 0 A 50 50 0 0 1 50 100 A 50 50 0 0 1 50 0 Z \
             M 50 20 A 30 30 0 0 0 50 80 A 30 30 0 0 0 50 20 Z"
        );
        // Pie (no hole) with a full share: one circle.
        assert_eq!(
            donut_arcs(&[5.0], 10.0, 0.0),
            vec!["M 10 0 A 10 10 0 0 1 10 20 A 10 10 0 0 1 10 0 Z".to_string()]
        );
        // Nothing to show.
        assert_eq!(donut_arcs(&[0.0, 0.0], 50.0, 30.0), vec!["", ""]);
        assert!(donut_arcs(&[], 50.0, 30.0).is_empty());
    }

    #[test]
    fn pie_slices_and_near_full_share() {
        let arcs = donut_arcs(&[0.5, 0.5], 10.0, 0.0);
        assert_eq!(
            arcs[0],
            "M 10 0 A 10 10 0 0 1 20 10 A 10 10 0 0 1 10 20 L 10 10 Z"
        );
        assert_eq!(
            arcs[1],
            "M 10 20 A 10 10 0 0 1 0 10 A 10 10 0 0 1 10 0 L 10 10 Z"
        );
        // 99.99 %: the big segment is still two distinct half arcs.
        let arcs = donut_arcs(&[0.9999, 0.0001], 50.0, 30.0);
        let p = points(&arcs[0]);
        assert_ne!(p[0], p[1]);
        assert!(near(dist(50.0, p[1].unwrap()), 50.0));
        assert!(!arcs[1].is_empty());
        // The hole is clamped to the radius.
        let arcs = donut_arcs(&[1.0, 1.0], 10.0, 99.0);
        assert!(points(&arcs[0])[3..6]
            .iter()
            .all(|q| near(dist(10.0, q.unwrap()), 10.0)));
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(3.0), "3");
        assert_eq!(num(1.23456), "1.235");
    }
}
