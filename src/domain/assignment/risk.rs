//! The risk register of an assignment: the risks the seed material names for secondments and
//! placements (DESIGN.md §2), likelihood × impact on a 1–3 scale, and the geometry of the 3 × 3
//! matrix the screen draws.
//!
//! # Levels
//!
//! The score is likelihood × impact (1–9). **Low** is 1–2, **medium** 3–4, **high** 6–9 (the
//! products 5, 7 and 8 cannot occur). So a risk is high when one of the two is 3 and the other
//! at least 2.
//!
//! # Mitigated
//!
//! A risk counts as handled when it has a mitigation written down, or when its status says it
//! is mitigated or closed. Only open high risks with no mitigation lower the readiness score
//! (see [`super::readiness`]).

use super::template::Bilingual;
use super::{lenient, lenient_string, AssignmentType};
use serde::{Deserialize, Serialize};

pub const SCALE_MIN: u8 = 1;
pub const SCALE_MAX: u8 = 3;
/// The lowest likelihood × impact that is a high risk.
pub const HIGH_FROM: u8 = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RiskStatus {
    #[default]
    Open,
    /// A mitigation is in place and being followed.
    Mitigated,
    /// No longer relevant (it passed, or it did not apply after all).
    Closed,
}

impl RiskStatus {
    pub const ALL: [RiskStatus; 3] = [RiskStatus::Open, RiskStatus::Mitigated, RiskStatus::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            RiskStatus::Open => "open",
            RiskStatus::Mitigated => "mitigated",
            RiskStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<RiskStatus> {
        RiskStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RiskLevel {
    Low,
    Medium,
    High,
}

impl RiskLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            RiskLevel::Low => "low",
            RiskLevel::Medium => "medium",
            RiskLevel::High => "high",
        }
    }

    pub fn of(likelihood: u8, impact: u8) -> RiskLevel {
        match clamp(likelihood) * clamp(impact) {
            s if s >= HIGH_FROM => RiskLevel::High,
            s if s >= 3 => RiskLevel::Medium,
            _ => RiskLevel::Low,
        }
    }
}

/// Values outside 1–3 (only possible in a damaged record) are read as the nearest end.
fn clamp(v: u8) -> u8 {
    v.clamp(SCALE_MIN, SCALE_MAX)
}

fn two() -> u8 {
    2
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Risk {
    #[serde(default, deserialize_with = "lenient_string")]
    pub id: String,
    /// The seed risk it was copied from, if any.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient"
    )]
    pub template: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub title: String,
    /// 1 (unlikely) – 3 (likely).
    #[serde(default = "two", deserialize_with = "lenient_scale")]
    pub likelihood: u8,
    /// 1 (minor) – 3 (major).
    #[serde(default = "two", deserialize_with = "lenient_scale")]
    pub impact: u8,
    #[serde(default, deserialize_with = "lenient_string")]
    pub mitigation: String,
    /// Who acts on it: the person, their supervisor, the host…
    #[serde(default, deserialize_with = "lenient_string")]
    pub owner: String,
    #[serde(default, deserialize_with = "lenient")]
    pub status: RiskStatus,
}

/// A number that is not 1–3 becomes 2 (the middle), so a damaged value never hides a risk.
fn lenient_scale<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(v.as_u64()
        .filter(|n| (1..=3).contains(n))
        .map_or(2, |n| n as u8))
}

impl Risk {
    /// A risk the person adds: medium likelihood and impact until they judge it.
    pub fn new(id: String, title: &str) -> Risk {
        Risk {
            id,
            template: None,
            title: title.trim().to_string(),
            likelihood: 2,
            impact: 2,
            mitigation: String::new(),
            owner: String::new(),
            status: RiskStatus::Open,
        }
    }

    pub fn score(&self) -> u8 {
        clamp(self.likelihood) * clamp(self.impact)
    }

    pub fn level(&self) -> RiskLevel {
        RiskLevel::of(self.likelihood, self.impact)
    }

    /// Has a mitigation written down, or is marked mitigated or closed.
    pub fn is_handled(&self) -> bool {
        !self.mitigation.trim().is_empty() || self.status != RiskStatus::Open
    }

    /// High and not handled: what lowers the readiness score.
    pub fn is_unmitigated_high(&self) -> bool {
        self.level() == RiskLevel::High && !self.is_handled()
    }

    /// The seed risk it was copied from.
    pub fn seed(&self) -> Option<&'static SeedRisk> {
        self.template.as_deref().and_then(seed_by_key)
    }

    /// The title to show: a seeded title not edited since follows the language.
    pub fn display_title(&self, indonesian: bool) -> &str {
        match self.seed() {
            Some(s) if s.title.matches(&self.title) => s.title.get(indonesian),
            _ => &self.title,
        }
    }
}

/// A risk named in the seed material, with a suggested mitigation (shown as a hint, never
/// filled in for the person: writing it down is the point).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeedRisk {
    pub key: &'static str,
    pub title: Bilingual,
    pub suggestion: Bilingual,
    pub likelihood: u8,
    pub impact: u8,
}

const fn seed(
    key: &'static str,
    title: (&'static str, &'static str),
    suggestion: (&'static str, &'static str),
    likelihood: u8,
    impact: u8,
) -> SeedRisk {
    SeedRisk {
        key,
        title: Bilingual {
            id: title.0,
            en: title.1,
        },
        suggestion: Bilingual {
            id: suggestion.0,
            en: suggestion.1,
        },
        likelihood,
        impact,
    }
}

pub const SEED_RISKS: [SeedRisk; 7] = [
    seed(
        "adjustment",
        ("Masa penyesuaian yang berat", "Hard adjustment period"),
        (
            "Minta orientasi dan rekan pendamping di tempat penugasan; tetapkan target kecil untuk bulan pertama.",
            "Ask for an induction and a buddy at the host; set small goals for the first month.",
        ),
        2,
        2,
    ),
    seed(
        "isolation",
        ("Terasing dari tim asal", "Isolation from the home team"),
        (
            "Jadwalkan kontak rutin dengan tim dan atasan di unit asal.",
            "Schedule regular contact with your home team and supervisor.",
        ),
        2,
        2,
    ),
    seed(
        "expectations",
        (
            "Harapan Anda dan tempat penugasan tidak sejalan",
            "Mismatched expectations between you and the host",
        ),
        (
            "Sepakati harapan dan hasil secara tertulis dengan atasan sebelum berangkat.",
            "Agree expectations and outcomes in writing with your supervisor before you leave.",
        ),
        2,
        3,
    ),
    seed(
        "knowledge_gap",
        (
            "Kekosongan pengetahuan di tim asal",
            "Knowledge gap left in the home team",
        ),
        (
            "Serahterimakan pekerjaan dan sepakati siapa yang menggantikan Anda.",
            "Hand over your work and agree who covers for you.",
        ),
        2,
        2,
    ),
    seed(
        "reentry",
        ("Sulit menyesuaikan diri saat kembali", "Re-entry adjustment on return"),
        (
            "Sepakati peran Anda sepulang penugasan sebelum penugasan berakhir.",
            "Agree the role you return to before the assignment ends.",
        ),
        2,
        2,
    ),
    seed(
        "culture",
        ("Budaya kerja yang berbeda", "Culture mismatch"),
        (
            "Pelajari cara kerja tempat penugasan dan minta umpan balik sejak awal.",
            "Learn how the host works and ask for feedback early.",
        ),
        2,
        2,
    ),
    seed(
        "work_life",
        (
            "Keseimbangan kerja dan kehidupan terganggu (jam kerja lebih panjang, pindah tempat)",
            "Work-life balance strain (longer hours, relocation)",
        ),
        (
            "Sepakati jam kerja sejak awal dan sisihkan waktu untuk keluarga.",
            "Agree working hours early and set time aside for family.",
        ),
        2,
        2,
    ),
];

pub fn seed_by_key(key: &str) -> Option<&'static SeedRisk> {
    SEED_RISKS.iter().find(|s| s.key == key)
}

/// The seed risks for a type with their starting likelihood and impact. Where the seed material
/// stresses a risk for a kind of placement, it starts higher: a secondment's longer hours and
/// relocation, an exchange's other institution with its own culture, a rotation's gap at home.
pub fn seeds_for(t: AssignmentType) -> Vec<(&'static SeedRisk, u8, u8)> {
    SEED_RISKS
        .iter()
        .map(|s| {
            let (l, i) = match (t, s.key) {
                (AssignmentType::Secondment, "work_life") => (2, 3),
                (AssignmentType::Exchange, "culture") => (3, 2),
                (AssignmentType::Rotation, "knowledge_gap") => (3, 2),
                (AssignmentType::Project, "isolation" | "reentry") => (1, 2),
                _ => (s.likelihood, s.impact),
            };
            (s, l, i)
        })
        .collect()
}

/// Copies of the seed risks for a new assignment, in the current language.
pub fn seeded(
    t: AssignmentType,
    indonesian: bool,
    new_id: &mut dyn FnMut() -> String,
) -> Vec<Risk> {
    seeds_for(t)
        .into_iter()
        .map(|(s, likelihood, impact)| Risk {
            id: new_id(),
            template: Some(s.key.to_string()),
            title: s.title.get(indonesian).to_string(),
            likelihood,
            impact,
            mitigation: String::new(),
            owner: String::new(),
            status: RiskStatus::Open,
        })
        .collect()
}

// ---- The matrix ---------------------------------------------------------------------------

/// One square of the 3 × 3 matrix and the risks in it (indexes into the list given).
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixCell {
    pub likelihood: u8,
    pub impact: u8,
    pub level: RiskLevel,
    pub risks: Vec<usize>,
}

/// The nine cells, top row first (impact 3 → 1), each row left to right (likelihood 1 → 3):
/// the reading order of the drawn matrix. Closed risks are left out: they no longer threaten.
pub fn matrix(risks: &[Risk]) -> Vec<MatrixCell> {
    let mut cells = Vec::with_capacity(9);
    for impact in (SCALE_MIN..=SCALE_MAX).rev() {
        for likelihood in SCALE_MIN..=SCALE_MAX {
            cells.push(MatrixCell {
                likelihood,
                impact,
                level: RiskLevel::of(likelihood, impact),
                risks: risks
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| {
                        r.status != RiskStatus::Closed
                            && clamp(r.likelihood) == likelihood
                            && clamp(r.impact) == impact
                    })
                    .map(|(i, _)| i)
                    .collect(),
            });
        }
    }
    cells
}

/// The drawing's coordinates: cells of [`CELL`] units, axis labels in a band of [`MARGIN`] on
/// the left (impact) and at the bottom (likelihood).
pub const CELL: f64 = 80.0;
pub const MARGIN: f64 = 44.0;
/// `viewBox` width and height.
pub const SIZE: f64 = MARGIN + 3.0 * CELL;
/// Markers drawn per cell; more show as "+n" in the last place.
pub const MARKERS_MAX: usize = 6;
pub const MARKER_RADIUS: f64 = 11.0;

/// Top-left corner of a cell.
pub fn cell_origin(likelihood: u8, impact: u8) -> (f64, f64) {
    let col = f64::from(clamp(likelihood) - 1);
    let row = f64::from(SCALE_MAX - clamp(impact));
    (MARGIN + col * CELL, row * CELL)
}

/// Where a row of the impact axis and a column of the likelihood axis put their labels.
pub fn impact_label_y(impact: u8) -> f64 {
    cell_origin(1, impact).1 + CELL / 2.0
}

pub fn likelihood_label_x(likelihood: u8) -> f64 {
    cell_origin(likelihood, 1).0 + CELL / 2.0
}

/// Baseline of the likelihood labels, in the band under the grid.
pub const LIKELIHOOD_LABEL_Y: f64 = 3.0 * CELL + 18.0;

/// What a marker shows: a risk's number (1-based, as in the list) or how many more there are.
#[derive(Debug, Clone, PartialEq)]
pub enum Marker {
    Risk(usize),
    More(usize),
}

/// Centres of the markers of a cell holding `risks` (indexes), in a 3 × 2 grid; past
/// [`MARKERS_MAX`] the last place says how many more.
pub fn markers(likelihood: u8, impact: u8, risks: &[usize]) -> Vec<(f64, f64, Marker)> {
    let (x0, y0) = cell_origin(likelihood, impact);
    let place = |k: usize| {
        let col = (k % 3) as f64;
        let row = (k / 3) as f64;
        (x0 + 16.0 + col * 24.0, y0 + 28.0 + row * 26.0)
    };
    let overflow = risks.len() > MARKERS_MAX;
    let shown = if overflow {
        MARKERS_MAX - 1
    } else {
        risks.len()
    };
    let mut out: Vec<(f64, f64, Marker)> = risks[..shown]
        .iter()
        .enumerate()
        .map(|(k, i)| {
            let (x, y) = place(k);
            (x, y, Marker::Risk(i + 1))
        })
        .collect();
    if overflow {
        let (x, y) = place(MARKERS_MAX - 1);
        out.push((x, y, Marker::More(risks.len() - shown)));
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde_json::json;

    fn risk(l: u8, i: u8) -> Risk {
        let mut r = Risk::new("r".into(), "Risiko");
        r.likelihood = l;
        r.impact = i;
        r
    }

    #[test]
    fn levels_and_scores() {
        let grid: Vec<(u8, u8, RiskLevel)> = (1..=3)
            .flat_map(|l| (1..=3).map(move |i| (l, i, RiskLevel::of(l, i))))
            .collect();
        let high: Vec<(u8, u8)> = grid
            .iter()
            .filter(|c| c.2 == RiskLevel::High)
            .map(|c| (c.0, c.1))
            .collect();
        assert_eq!(high, vec![(2, 3), (3, 2), (3, 3)]);
        assert_eq!(RiskLevel::of(1, 1), RiskLevel::Low);
        assert_eq!(RiskLevel::of(1, 2), RiskLevel::Low);
        assert_eq!(RiskLevel::of(1, 3), RiskLevel::Medium);
        assert_eq!(RiskLevel::of(2, 2), RiskLevel::Medium);
        assert_eq!(risk(3, 3).score(), 9);
        assert_eq!(
            risk(0, 9).score(),
            3,
            "out-of-range values read as the nearest end"
        );
    }

    #[test]
    fn handled_and_unmitigated() {
        let mut r = risk(3, 2);
        assert!(r.is_unmitigated_high());
        r.mitigation = "   ".into();
        assert!(r.is_unmitigated_high(), "blank is not a mitigation");
        r.mitigation = "Kontak mingguan".into();
        assert!(r.is_handled() && !r.is_unmitigated_high());
        r.mitigation.clear();
        r.status = RiskStatus::Closed;
        assert!(!r.is_unmitigated_high());
        r.status = RiskStatus::Mitigated;
        assert!(!r.is_unmitigated_high());
        assert!(!risk(2, 2).is_unmitigated_high(), "medium never counts");
    }

    #[test]
    fn seeds_cover_the_seed_material() {
        let keys: Vec<&str> = SEED_RISKS.iter().map(|s| s.key).collect();
        assert_eq!(
            keys,
            vec![
                "adjustment",
                "isolation",
                "expectations",
                "knowledge_gap",
                "reentry",
                "culture",
                "work_life"
            ]
        );
        for s in SEED_RISKS {
            for text in [s.title.id, s.title.en, s.suggestion.id, s.suggestion.en] {
                assert!(!text.trim().is_empty(), "{}", s.key);
            }
            assert_ne!(s.title.id, s.title.en);
            assert!((1..=3).contains(&s.likelihood) && (1..=3).contains(&s.impact));
        }
        let high = |t| {
            seeds_for(t)
                .into_iter()
                .filter(|(_, l, i)| RiskLevel::of(*l, *i) == RiskLevel::High)
                .map(|(s, _, _)| s.key)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            high(AssignmentType::Secondment),
            vec!["expectations", "work_life"]
        );
        assert_eq!(
            high(AssignmentType::Exchange),
            vec!["expectations", "culture"]
        );
        assert_eq!(high(AssignmentType::Internship), vec!["expectations"]);

        let mut n = 0;
        let mut ids = || {
            n += 1;
            format!("r{n}")
        };
        let risks = seeded(AssignmentType::Secondment, false, &mut ids);
        assert_eq!(risks.len(), 7);
        assert_eq!(risks[0].id, "r1");
        assert_eq!(
            risks[6].title,
            "Work-life balance strain (longer hours, relocation)"
        );
        assert_eq!(risks[6].impact, 3);
        assert_eq!(risks[6].display_title(true), SEED_RISKS[6].title.id);
        let mut edited = risks[6].clone();
        edited.title = "Jam kerja panjang".into();
        assert_eq!(edited.display_title(false), "Jam kerja panjang");
    }

    #[test]
    fn matrix_places_open_risks() {
        let mut closed = risk(3, 3);
        closed.status = RiskStatus::Closed;
        let risks = vec![risk(3, 3), risk(1, 1), risk(3, 3), closed, risk(2, 3)];
        let cells = matrix(&risks);
        assert_eq!(cells.len(), 9);
        // Reading order: top row is impact 3, left column likelihood 1.
        assert_eq!((cells[0].likelihood, cells[0].impact), (1, 3));
        assert_eq!((cells[2].likelihood, cells[2].impact), (3, 3));
        assert_eq!((cells[8].likelihood, cells[8].impact), (3, 1));
        assert_eq!(cells[2].risks, vec![0, 2], "the closed risk is left out");
        assert_eq!(cells[1].risks, vec![4]);
        assert_eq!(cells[6].risks, vec![1]);
        assert_eq!(cells.iter().map(|c| c.risks.len()).sum::<usize>(), 4);
        assert_eq!(cells[2].level, RiskLevel::High);
        assert_eq!(cells[6].level, RiskLevel::Low);
    }

    #[test]
    fn geometry() {
        assert_eq!(cell_origin(1, 3), (MARGIN, 0.0));
        assert_eq!(cell_origin(3, 1), (MARGIN + 2.0 * CELL, 2.0 * CELL));
        assert_eq!(SIZE, MARGIN + 240.0);
        const { assert!(LIKELIHOOD_LABEL_Y < SIZE && LIKELIHOOD_LABEL_Y > 3.0 * CELL) };
        assert_eq!(impact_label_y(3), CELL / 2.0);
        assert_eq!(likelihood_label_x(2), MARGIN + 1.5 * CELL);

        let m = markers(2, 2, &[4, 7]);
        assert_eq!(m[0].2, Marker::Risk(5));
        assert_eq!(m[1].2, Marker::Risk(8));
        // Every marker stays inside its cell.
        let many: Vec<usize> = (0..9).collect();
        let m = markers(3, 1, &many);
        assert_eq!(m.len(), MARKERS_MAX);
        assert_eq!(m.last().unwrap().2, Marker::More(4));
        let (x0, y0) = cell_origin(3, 1);
        for (x, y, _) in &m {
            assert!(*x - MARKER_RADIUS >= x0 && *x + MARKER_RADIUS <= x0 + CELL);
            assert!(*y - MARKER_RADIUS >= y0 && *y + MARKER_RADIUS <= y0 + CELL);
        }
        assert_eq!(markers(1, 1, &[0; 6]).len(), 6);
        assert!(matches!(markers(1, 1, &[0; 6])[5].2, Marker::Risk(1)));
    }

    #[test]
    fn odd_risks_load() {
        let r: Risk = serde_json::from_value(json!({
            "id": "x", "title": 4, "likelihood": 7, "impact": "3", "status": "unknown",
            "template": 12
        }))
        .unwrap();
        assert_eq!((r.likelihood, r.impact), (2, 2));
        assert_eq!(r.title, "");
        assert_eq!(r.status, RiskStatus::Open);
        assert_eq!(r.template, None);
        let r: Risk = serde_json::from_value(json!({})).unwrap();
        assert_eq!((r.likelihood, r.impact), (2, 2));
    }
}
