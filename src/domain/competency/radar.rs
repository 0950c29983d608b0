//! Geometry of the radar chart (current vs target vs previous levels), so the UI only draws.
//!
//! The chart sits in a square `viewBox="0 0 size size"` with its centre in the middle. There is
//! one axis per competency, the first pointing straight up (12 o'clock) and the others following
//! clockwise at equal angles. A level `v` on axis `i` of `n` lies at distance `radius · v / 5`
//! from the centre along that axis; the grid has one ring per level. SVG's y axis points down.
//!
//! A series is drawn as a closed polygon when every competency has a level. A competency that is
//! not assessed has no point (it is not level 0): the outline breaks there, and the levels on
//! either side are joined only to their other neighbours, so a gap in the data shows as a gap in
//! the line rather than as a dent to the centre. A level with no neighbour at all is still
//! marked by its marker.
//!
//! Fewer than [`AXES_MIN`] competencies make no polygon worth drawing, and more than
//! [`AXES_MAX`] crowd the labels; outside that range there is no chart (the table shows the
//! numbers).

use super::LEVEL_MAX;
use std::f64::consts::PI;

pub const AXES_MIN: usize = 3;
pub const AXES_MAX: usize = 12;

/// Where an axis label goes and how its text is anchored there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    /// The outer end of the axis line (level 5).
    pub end: (f64, f64),
    /// The label position, `label_gap` beyond the end.
    pub label: (f64, f64),
    pub anchor: Anchor,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Radar {
    pub n: usize,
    pub center: (f64, f64),
    pub radius: f64,
    pub axes: Vec<Axis>,
    /// `points` attributes of the grid polygons for levels 1..=5, innermost first.
    pub rings: Vec<String>,
}

impl Radar {
    /// The grid of a chart with `n` axes in a `size`×`size` box, or None outside
    /// [`AXES_MIN`]..=[`AXES_MAX`]. `radius` is the length of an axis; labels sit `label_gap`
    /// beyond it.
    pub fn new(n: usize, size: f64, radius: f64, label_gap: f64) -> Option<Radar> {
        if !(AXES_MIN..=AXES_MAX).contains(&n) {
            return None;
        }
        let c = size / 2.0;
        let center = (c, c);
        let axes = (0..n)
            .map(|i| {
                let end = at(center, radius, n, i);
                let label = at(center, radius + label_gap, n, i);
                let dx = label.0 - c;
                // Labels on the vertical line are centred; the others grow away from the chart.
                let anchor = if dx.abs() < radius * 0.05 {
                    Anchor::Middle
                } else if dx > 0.0 {
                    Anchor::Start
                } else {
                    Anchor::End
                };
                Axis { end, label, anchor }
            })
            .collect();
        let rings = (1..=LEVEL_MAX)
            .map(|level| {
                let r = radius * f64::from(level) / f64::from(LEVEL_MAX);
                (0..n)
                    .map(|i| pt(at(center, r, n, i)))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        Some(Radar {
            n,
            center,
            radius,
            axes,
            rings,
        })
    }

    /// Where `level` lies on axis `i`.
    pub fn point(&self, i: usize, level: f64) -> (f64, f64) {
        let level = level.clamp(0.0, f64::from(LEVEL_MAX));
        at(
            self.center,
            self.radius * level / f64::from(LEVEL_MAX),
            self.n,
            i,
        )
    }

    /// Where `level` lies halfway between axis `i` and the next one (clockwise): a place for
    /// the scale's numbers that no marker can cover.
    pub fn between(&self, i: usize, level: f64) -> (f64, f64) {
        let level = level.clamp(0.0, f64::from(LEVEL_MAX));
        let r = self.radius * level / f64::from(LEVEL_MAX);
        let a = ((i as f64 + 0.5) / self.n as f64) * 2.0 * PI;
        (self.center.0 + r * a.sin(), self.center.1 - r * a.cos())
    }

    /// The markers of a series: (axis index, point) for every competency with a level.
    pub fn markers(&self, levels: &[Option<u8>]) -> Vec<(usize, (f64, f64))> {
        levels
            .iter()
            .take(self.n)
            .enumerate()
            .filter_map(|(i, l)| l.map(|l| (i, self.point(i, f64::from(l)))))
            .collect()
    }

    /// SVG path data (`d`) for a series; see the module comment. Empty when no competency has
    /// a level.
    pub fn outline(&self, levels: &[Option<u8>]) -> String {
        let n = self.n;
        let level = |i: usize| levels.get(i % n).copied().flatten();
        let present = (0..n).filter(|i| level(*i).is_some()).count();
        if present == 0 {
            return String::new();
        }
        let p = |i: usize| pt(self.point(i % n, f64::from(level(i).unwrap_or(0))));
        if present == n {
            let mut d = format!("M {}", p(0));
            for i in 1..n {
                d.push_str(&format!(" L {}", p(i)));
            }
            d.push_str(" Z");
            return d;
        }
        // Runs of consecutive levels around the circle, each starting right after a gap, so a
        // run that wraps past the first axis is drawn in one piece.
        let mut runs = Vec::new();
        for start in 0..n {
            if level(start).is_none() || level(start + n - 1).is_some() {
                continue;
            }
            let mut d = format!("M {}", p(start));
            let mut j = start + 1;
            while level(j).is_some() {
                d.push_str(&format!(" L {}", p(j)));
                j += 1;
            }
            runs.push(d);
        }
        runs.join(" ")
    }
}

/// A small trend line of levels over time in a `width`×`height` box: level 1 at the bottom,
/// 5 at the top, assessments evenly spaced left to right (a single one in the middle). Returns
/// the path (broken where a level is missing, like the radar outline) and the points of the
/// levels that exist, for markers.
pub fn sparkline(levels: &[Option<u8>], width: f64, height: f64) -> (String, Vec<(f64, f64)>) {
    let n = levels.len();
    let x = |i: usize| {
        if n <= 1 {
            width / 2.0
        } else {
            width * i as f64 / (n - 1) as f64
        }
    };
    let y = |l: u8| {
        let l = f64::from(l.clamp(1, LEVEL_MAX));
        height - height * (l - 1.0) / f64::from(LEVEL_MAX - 1)
    };
    let points: Vec<(usize, (f64, f64))> = levels
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.map(|l| (i, (x(i), y(l)))))
        .collect();
    let mut d = String::new();
    let mut prev: Option<usize> = None;
    for (i, p) in &points {
        let joined = prev.is_some_and(|j| j + 1 == *i);
        d.push_str(if joined { " L " } else { " M " });
        d.push_str(&pt(*p));
        prev = Some(*i);
    }
    (
        d.trim().to_string(),
        points.into_iter().map(|(_, p)| p).collect(),
    )
}

/// The point at distance `r` along axis `i` of `n` (clockwise from 12 o'clock).
fn at(center: (f64, f64), r: f64, n: usize, i: usize) -> (f64, f64) {
    let a = (i as f64 / n as f64) * 2.0 * PI;
    (center.0 + r * a.sin(), center.1 - r * a.cos())
}

/// Two decimals is far below a pixel; trailing zeros and "-0" are dropped to keep the markup
/// short and stable.
pub fn num(x: f64) -> String {
    let s = format!("{x:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" || s.is_empty() {
        "0".to_string()
    } else {
        s.to_string()
    }
}

fn pt((x, y): (f64, f64)) -> String {
    format!("{},{}", num(x), num(y))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SIZE: f64 = 300.0;
    const R: f64 = 100.0;

    fn radar(n: usize) -> Radar {
        Radar::new(n, SIZE, R, 14.0).unwrap()
    }

    fn parse_pt(s: &str) -> (f64, f64) {
        let (x, y) = s.split_once(',').unwrap();
        (x.parse().unwrap(), y.parse().unwrap())
    }

    /// The subpaths of a `d`: each a list of points, and whether it is closed.
    fn subpaths(d: &str) -> Vec<(Vec<(f64, f64)>, bool)> {
        let mut out: Vec<(Vec<(f64, f64)>, bool)> = Vec::new();
        let t: Vec<&str> = d.split_whitespace().collect();
        let mut i = 0;
        while i < t.len() {
            match t[i] {
                "M" => {
                    out.push((vec![parse_pt(t[i + 1])], false));
                    i += 2;
                }
                "L" => {
                    out.last_mut().unwrap().0.push(parse_pt(t[i + 1]));
                    i += 2;
                }
                "Z" => {
                    out.last_mut().unwrap().1 = true;
                    i += 1;
                }
                other => panic!("unexpected {other} in {d}"),
            }
        }
        out
    }

    /// The axis a point lies on (by its angle), and its level (by its distance).
    fn axis_and_level(n: usize, p: (f64, f64)) -> (usize, f64) {
        let (dx, dy) = (p.0 - SIZE / 2.0, SIZE / 2.0 - p.1);
        let dist = (dx * dx + dy * dy).sqrt();
        // atan2(x, y) is the clockwise angle from 12 o'clock.
        let turn = dx.atan2(dy).rem_euclid(2.0 * PI) / (2.0 * PI);
        let axis = (turn * n as f64).round() as usize % n;
        let exact = axis as f64 / n as f64;
        let off = (turn - exact).abs().min(1.0 - (turn - exact).abs());
        assert!(
            off * 2.0 * PI * dist < 0.02,
            "point {p:?} is off axis {axis}"
        );
        (axis, dist / R * 5.0)
    }

    #[test]
    fn only_three_to_twelve_axes() {
        assert!(Radar::new(2, SIZE, R, 10.0).is_none());
        assert!(Radar::new(13, SIZE, R, 10.0).is_none());
        for n in AXES_MIN..=AXES_MAX {
            let r = radar(n);
            assert_eq!((r.axes.len(), r.rings.len()), (n, 5));
        }
    }

    #[test]
    fn axes_start_at_twelve_and_go_clockwise() {
        let r = radar(4);
        let ends: Vec<(f64, f64)> = r.axes.iter().map(|a| a.end).collect();
        let near =
            |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9;
        assert!(near(ends[0], (150.0, 50.0)), "up");
        assert!(near(ends[1], (250.0, 150.0)), "right");
        assert!(near(ends[2], (150.0, 250.0)), "down");
        assert!(near(ends[3], (50.0, 150.0)), "left");
        let anchors: Vec<Anchor> = r.axes.iter().map(|a| a.anchor).collect();
        assert_eq!(
            anchors,
            vec![Anchor::Middle, Anchor::Start, Anchor::Middle, Anchor::End]
        );
        assert!(near(r.axes[0].label, (150.0, 36.0)), "label beyond the end");
        // The level-5 ring runs through the axis ends.
        let ring: Vec<(f64, f64)> = r.rings[4].split(' ').map(parse_pt).collect();
        assert_eq!(
            ring,
            vec![(150.0, 50.0), (250.0, 150.0), (150.0, 250.0), (50.0, 150.0)]
        );
        // Halfway between the last axis (left) and the first (up): 45° up-left at n = 4.
        let b = r.between(3, 5.0);
        assert!(
            (b.0 - (150.0 - 100.0 / 2f64.sqrt())).abs() < 1e-9
                && (b.1 - (150.0 - 100.0 / 2f64.sqrt())).abs() < 1e-9
        );
        let inner: Vec<(f64, f64)> = r.rings[0].split(' ').map(parse_pt).collect();
        assert_eq!(inner[1], (170.0, 150.0), "level 1 is a fifth of the radius");
    }

    #[test]
    fn every_point_is_on_its_own_axis_for_3_to_12_competencies() {
        for n in AXES_MIN..=AXES_MAX {
            let r = radar(n);
            let levels: Vec<Option<u8>> = (0..n).map(|i| Some((i % 5) as u8 + 1)).collect();
            let paths = subpaths(&r.outline(&levels));
            assert_eq!(paths.len(), 1, "n={n}");
            assert!(paths[0].1, "closed when complete");
            assert_eq!(paths[0].0.len(), n);
            for (i, p) in paths[0].0.iter().enumerate() {
                let (axis, level) = axis_and_level(n, *p);
                assert_eq!(axis, i, "n={n}");
                assert!(
                    (level - f64::from(levels[i].unwrap())).abs() < 0.01,
                    "n={n} i={i}"
                );
            }
            for (i, p) in r.markers(&levels) {
                assert_eq!(axis_and_level(n, p).0, i);
            }
            for (i, a) in r.axes.iter().enumerate() {
                let (axis, level) = axis_and_level(n, a.end);
                assert_eq!(axis, i);
                assert!((level - 5.0).abs() < 0.01);
            }
        }
    }

    #[test]
    fn not_assessed_breaks_the_outline_instead_of_dropping_to_zero() {
        let r = radar(6);
        let levels = [Some(3), None, Some(4), Some(2), None, Some(5)];
        let paths = subpaths(&r.outline(&levels));
        // Runs: axes 2–3, and 5 wrapping round to 0.
        let runs: Vec<Vec<usize>> = paths
            .iter()
            .map(|(pts, closed)| {
                assert!(!closed);
                pts.iter().map(|p| axis_and_level(6, *p).0).collect()
            })
            .collect();
        assert_eq!(runs, vec![vec![2, 3], vec![5, 0]]);
        for (pts, _) in &paths {
            for p in pts {
                assert!(axis_and_level(6, *p).1 > 1.9, "no point at the centre");
            }
        }
        let marked: Vec<usize> = r.markers(&levels).iter().map(|m| m.0).collect();
        assert_eq!(marked, vec![0, 2, 3, 5]);
        // A lone level is only a marker (a one-point run).
        let lone = [None, Some(2), None];
        let paths = subpaths(&radar(3).outline(&lone));
        assert_eq!(paths.len(), 1);
        assert_eq!(paths[0].0.len(), 1);
        assert_eq!(radar(3).outline(&[None, None, None]), "");
        // A missing tail counts as not assessed.
        assert_eq!(subpaths(&radar(3).outline(&[Some(1), Some(2)])).len(), 1);
    }

    proptest! {
        #[test]
        fn any_levels_land_on_their_axes(n in AXES_MIN..=AXES_MAX,
                                         raw in proptest::collection::vec(proptest::option::of(1u8..=5), 12)) {
            let r = radar(n);
            let levels = &raw[..n];
            let total: usize = subpaths(&r.outline(levels)).iter().map(|(p, _)| p.len()).sum();
            prop_assert_eq!(total, levels.iter().filter(|l| l.is_some()).count());
            for (pts, _) in subpaths(&r.outline(levels)) {
                for p in pts {
                    let (axis, level) = axis_and_level(n, p);
                    prop_assert!((level - f64::from(levels[axis].unwrap())).abs() < 0.01);
                }
            }
        }
    }

    #[test]
    fn sparkline_spans_the_box_and_breaks_at_gaps() {
        let (d, pts) = sparkline(&[Some(1), Some(5), None, Some(3)], 90.0, 20.0);
        assert_eq!(d, "M 0,20 L 30,0 M 90,10");
        assert_eq!(pts, vec![(0.0, 20.0), (30.0, 0.0), (90.0, 10.0)]);
        let (d, pts) = sparkline(&[Some(4)], 90.0, 20.0);
        assert_eq!((d.as_str(), pts), ("M 45,5", vec![(45.0, 5.0)]));
        assert_eq!(
            sparkline(&[None, None], 90.0, 20.0),
            (String::new(), vec![])
        );
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(3.0), "3");
        assert_eq!(num(1.23456), "1.23");
    }
}
