//! A competency framework: a named list of competencies, each with a description and one
//! descriptor per level 1–5. This is the typed view of a custom `framework` record; the two
//! built-in frameworks (see [`super::builtin`]) produce the same type from static data and are
//! never stored.
//!
//! # Invariants
//!
//! - Competency ids are unique and never change: renaming or re-describing a competency keeps
//!   its id, so assessments made earlier still find it. Ids of built-in competencies are stable
//!   constants; custom ones are fresh UUIDs from the caller.
//! - Every competency has exactly [`LEVELS`] descriptors (empty ones are allowed while typing).
//! - A copy keeps every competency with its id, text and levels, and remembers which built-in
//!   framework it came from (`based_on`), so the civil-service position targets still apply to a
//!   copy of the civil-service framework. Editing the copy never touches its source.
//! - Removing a competency from a framework does not touch assessments: their ratings keep the
//!   competency's id and the name it had, and results still show them.

use super::{lenient, lenient_vec, too_long, LEVELS};
use serde::{Deserialize, Serialize};

pub const NAME_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 1_000;
pub const LEVEL_TEXT_MAX: usize = 300;
/// A framework is something a person rates in one sitting; beyond this it is a catalogue.
pub const COMPETENCIES_MAX: usize = 40;

/// Which family a competency belongs to. The civil-service standard groups competencies into
/// managerial, socio-cultural and technical; the position targets apply to the first two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Managerial,
    SocioCultural,
    #[default]
    Technical,
    /// Neither of the civil-service families (the generic framework's competencies).
    General,
}

impl Group {
    pub const ALL: [Group; 4] = [
        Group::Managerial,
        Group::SocioCultural,
        Group::Technical,
        Group::General,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Group::Managerial => "managerial",
            Group::SocioCultural => "socio_cultural",
            Group::Technical => "technical",
            Group::General => "general",
        }
    }

    pub fn parse(s: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|g| g.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Competency {
    #[serde(default, deserialize_with = "lenient")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient")]
    pub description: String,
    #[serde(default, deserialize_with = "lenient")]
    pub group: Group,
    /// The descriptor of level 1 first. Read all or nothing: dropping one odd item would
    /// shift every later descriptor onto the wrong level.
    #[serde(default, deserialize_with = "lenient")]
    pub levels: Vec<String>,
}

impl Competency {
    /// A new competency with empty level descriptors.
    pub fn new(id: String, name: &str, group: Group) -> Competency {
        Competency {
            id,
            name: name.trim().to_string(),
            description: String::new(),
            group,
            levels: vec![String::new(); LEVELS.len()],
        }
    }

    /// The descriptor of `level` (1-based), or "" when there is none.
    pub fn level_text(&self, level: u8) -> &str {
        (level as usize)
            .checked_sub(1)
            .and_then(|i| self.levels.get(i))
            .map_or("", |s| s.as_str())
    }

    /// Sets the descriptor of `level` (1-based), first filling the list up to five if an old
    /// record had fewer. False for a level off the scale.
    pub fn set_level_text(&mut self, level: u8, text: &str) -> bool {
        let Some(i) = (level as usize)
            .checked_sub(1)
            .filter(|i| *i < LEVELS.len())
        else {
            return false;
        };
        while self.levels.len() < LEVELS.len() {
            self.levels.push(String::new());
        }
        self.levels[i] = text.to_string();
        true
    }
}

/// The typed view of a `framework` record's own fields.
///
/// `based_on` serialises as `null` when empty (no `skip_serializing_if`): `Record::set_view`
/// removes null fields, which is how clearing it reaches the record.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Framework {
    #[serde(default, deserialize_with = "lenient")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient")]
    pub description: String,
    /// In the order the rating flow and the chart show them.
    #[serde(default, deserialize_with = "lenient_vec")]
    pub competencies: Vec<Competency>,
    /// The built-in framework this one was copied from, if any.
    #[serde(default, deserialize_with = "lenient")]
    pub based_on: Option<String>,
}

impl Framework {
    pub fn new(name: &str) -> Framework {
        Framework {
            name: name.trim().to_string(),
            ..Framework::default()
        }
    }

    /// A copy of `source` (whose id is `source_id`) under a new name. A copy of a copy keeps
    /// pointing at the original built-in framework.
    pub fn copy_of(source: &Framework, source_id: &str, name: &str) -> Framework {
        let based_on = source
            .based_on
            .clone()
            .or_else(|| super::builtin::is_builtin(source_id).then(|| source_id.to_string()));
        let mut competencies = source.competencies.clone();
        for c in &mut competencies {
            c.levels.resize(LEVELS.len(), String::new());
        }
        Framework {
            name: name.trim().to_string(),
            description: source.description.clone(),
            competencies,
            based_on,
        }
    }

    pub fn competency(&self, id: &str) -> Option<&Competency> {
        self.competencies.iter().find(|c| c.id == id)
    }

    pub fn competency_mut(&mut self, id: &str) -> Option<&mut Competency> {
        self.competencies.iter_mut().find(|c| c.id == id)
    }

    fn index(&self, id: &str) -> Option<usize> {
        self.competencies.iter().position(|c| c.id == id)
    }

    /// Appends a competency. False (nothing added) if the id is empty or already used.
    pub fn add_competency(&mut self, competency: Competency) -> bool {
        if competency.id.is_empty() || self.index(&competency.id).is_some() {
            return false;
        }
        self.competencies.push(competency);
        true
    }

    pub fn remove_competency(&mut self, id: &str) -> bool {
        let before = self.competencies.len();
        self.competencies.retain(|c| c.id != id);
        self.competencies.len() != before
    }

    /// Swaps a competency with its neighbour above (`up`) or below. False at the edge or if
    /// unknown.
    pub fn move_competency(&mut self, id: &str, up: bool) -> bool {
        let Some(i) = self.index(id) else {
            return false;
        };
        let j = if up {
            match i.checked_sub(1) {
                Some(j) => j,
                None => return false,
            }
        } else if i + 1 < self.competencies.len() {
            i + 1
        } else {
            return false;
        };
        self.competencies.swap(i, j);
        true
    }

    /// Whether the civil-service position targets apply (the built-in standard or a copy).
    pub fn has_position_targets(&self, own_id: &str) -> bool {
        own_id == super::builtin::ASN_ID || self.based_on.as_deref() == Some(super::builtin::ASN_ID)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum FrameworkError {
    NameEmpty,
    NameTooLong {
        max: usize,
    },
    DescriptionTooLong {
        max: usize,
    },
    TooManyCompetencies {
        max: usize,
    },
    CompetencyIdMissing,
    DuplicateCompetencyId {
        id: String,
    },
    CompetencyNameEmpty {
        id: String,
    },
    CompetencyNameTooLong {
        id: String,
        max: usize,
    },
    /// Two competencies with the same name (ignoring case and spaces) cannot be told apart
    /// on the chart or in the gap list.
    DuplicateCompetencyName {
        id: String,
    },
    CompetencyDescriptionTooLong {
        id: String,
        max: usize,
    },
    /// Not exactly five level descriptors (only a damaged or foreign record has this).
    LevelCount {
        id: String,
    },
    LevelTextTooLong {
        id: String,
        level: u8,
        max: usize,
    },
}

impl FrameworkError {
    /// The competency an error is about, to put the message beside it.
    pub fn competency_id(&self) -> Option<&str> {
        match self {
            FrameworkError::DuplicateCompetencyId { id }
            | FrameworkError::CompetencyNameEmpty { id }
            | FrameworkError::CompetencyNameTooLong { id, .. }
            | FrameworkError::DuplicateCompetencyName { id }
            | FrameworkError::CompetencyDescriptionTooLong { id, .. }
            | FrameworkError::LevelCount { id }
            | FrameworkError::LevelTextTooLong { id, .. } => Some(id),
            _ => None,
        }
    }
}

pub fn validate(f: &Framework) -> Vec<FrameworkError> {
    let mut errors = Vec::new();
    let name = f.name.trim();
    if name.is_empty() {
        errors.push(FrameworkError::NameEmpty);
    } else if too_long(name, NAME_MAX) {
        errors.push(FrameworkError::NameTooLong { max: NAME_MAX });
    }
    if too_long(&f.description, DESCRIPTION_MAX) {
        errors.push(FrameworkError::DescriptionTooLong {
            max: DESCRIPTION_MAX,
        });
    }
    if f.competencies.len() > COMPETENCIES_MAX {
        errors.push(FrameworkError::TooManyCompetencies {
            max: COMPETENCIES_MAX,
        });
    }
    let mut ids: Vec<&str> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for c in &f.competencies {
        if c.id.is_empty() {
            errors.push(FrameworkError::CompetencyIdMissing);
        } else if ids.contains(&c.id.as_str()) {
            errors.push(FrameworkError::DuplicateCompetencyId { id: c.id.clone() });
        } else {
            ids.push(&c.id);
        }
        let id = || c.id.clone();
        let name = c.name.trim();
        if name.is_empty() {
            errors.push(FrameworkError::CompetencyNameEmpty { id: id() });
        } else if too_long(name, NAME_MAX) {
            errors.push(FrameworkError::CompetencyNameTooLong {
                id: id(),
                max: NAME_MAX,
            });
        } else {
            let key: String = name
                .to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if names.contains(&key) {
                errors.push(FrameworkError::DuplicateCompetencyName { id: id() });
            } else {
                names.push(key);
            }
        }
        if too_long(&c.description, DESCRIPTION_MAX) {
            errors.push(FrameworkError::CompetencyDescriptionTooLong {
                id: id(),
                max: DESCRIPTION_MAX,
            });
        }
        if c.levels.len() != LEVELS.len() {
            errors.push(FrameworkError::LevelCount { id: id() });
        }
        for (i, text) in c.levels.iter().enumerate().take(LEVELS.len()) {
            if too_long(text, LEVEL_TEXT_MAX) {
                errors.push(FrameworkError::LevelTextTooLong {
                    id: id(),
                    level: i as u8 + 1,
                    max: LEVEL_TEXT_MAX,
                });
            }
        }
    }
    errors
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::builtin::{self, Language, ASN_ID, GENERIC_ID};
    use super::*;
    use crate::domain::record::{kinds, Record};
    use serde_json::json;

    fn comp(id: &str, name: &str) -> Competency {
        Competency::new(id.into(), name, Group::Technical)
    }

    #[test]
    fn copy_keeps_every_competency_and_points_at_the_builtin() {
        for lang in [Language::Indonesian, Language::English] {
            for id in [ASN_ID, GENERIC_ID] {
                let source = builtin::framework(id, lang).unwrap();
                let copy = Framework::copy_of(&source, id, "  Salinan saya ");
                assert_eq!(copy.name, "Salinan saya");
                assert_eq!(copy.competencies, source.competencies, "ids, text, levels");
                assert_eq!(copy.based_on.as_deref(), Some(id));
                assert!(validate(&copy).is_empty(), "{:?}", validate(&copy));
                assert_eq!(copy.has_position_targets("some-uuid"), id == ASN_ID);

                // A copy of the copy still points at the built-in framework.
                let again = Framework::copy_of(&copy, "a-record-id", "Lagi");
                assert_eq!(again.based_on.as_deref(), Some(id));
            }
        }
        // A copy of a custom framework is based on nothing.
        let own = Framework::new("Milik sendiri");
        assert_eq!(Framework::copy_of(&own, "rec-1", "x").based_on, None);
    }

    #[test]
    fn editing_a_copy_leaves_the_builtin_untouched() {
        let source = builtin::framework(ASN_ID, Language::Indonesian).unwrap();
        let mut copy = Framework::copy_of(&source, ASN_ID, "Salinan");
        let first = copy.competencies[0].id.clone();
        copy.competency_mut(&first).unwrap().name = "Integritas (unit saya)".into();
        copy.competency_mut(&first)
            .unwrap()
            .set_level_text(3, "Versi saya");
        assert!(copy.add_competency(comp("tech-1", "Analisis kebijakan")));
        assert!(copy.remove_competency("asn-decision-making"));
        assert_eq!(
            builtin::framework(ASN_ID, Language::Indonesian).unwrap(),
            source,
            "the static data is unchanged"
        );
        // The renamed competency kept its id.
        assert_eq!(copy.competency(&first).unwrap().level_text(3), "Versi saya");
        assert_eq!(copy.competencies.len(), source.competencies.len());
        assert!(validate(&copy).is_empty());
    }

    #[test]
    fn add_remove_move_keep_ids_unique() {
        let mut f = Framework::new("Teknis");
        assert!(f.add_competency(comp("a", "Satu")));
        assert!(!f.add_competency(comp("a", "Dua")), "duplicate id refused");
        assert!(!f.add_competency(comp("", "Tanpa id")), "empty id refused");
        assert!(f.add_competency(comp("b", "Dua")));
        assert!(f.add_competency(comp("c", "Tiga")));
        let order = |f: &Framework| {
            f.competencies
                .iter()
                .map(|c| c.id.as_str())
                .collect::<String>()
        };
        assert!(!f.move_competency("a", true));
        assert!(!f.move_competency("c", false));
        assert!(!f.move_competency("zz", true));
        assert!(f.move_competency("c", true));
        assert_eq!(order(&f), "acb");
        assert!(f.remove_competency("a"));
        assert!(!f.remove_competency("a"));
        assert_eq!(order(&f), "cb");
        assert!(validate(&f).is_empty());
    }

    #[test]
    fn level_texts() {
        let mut c = comp("x", "X");
        assert_eq!(c.levels.len(), 5);
        assert!(c.set_level_text(5, "Ahli"));
        assert!(!c.set_level_text(0, "nol"));
        assert!(!c.set_level_text(6, "enam"));
        assert_eq!(c.level_text(5), "Ahli");
        assert_eq!(c.level_text(0), "");
        assert_eq!(c.level_text(9), "");
        // An old record with two descriptors is filled up when edited.
        c.levels = vec!["a".into(), "b".into()];
        assert!(c.set_level_text(4, "d"));
        assert_eq!(c.levels, vec!["a", "b", "", "d", ""]);
    }

    #[test]
    fn validation_rules() {
        let mut f = Framework::new("");
        assert_eq!(validate(&f), vec![FrameworkError::NameEmpty]);
        f.name = "x".repeat(NAME_MAX + 1);
        f.description = "y".repeat(DESCRIPTION_MAX + 1);
        assert_eq!(
            validate(&f),
            vec![
                FrameworkError::NameTooLong { max: NAME_MAX },
                FrameworkError::DescriptionTooLong {
                    max: DESCRIPTION_MAX
                }
            ]
        );
        let mut f = Framework::new("Ok");
        f.competencies = vec![
            comp("a", "Analisis"),
            comp("a", "Lain"),
            comp("", "Tanpa"),
            comp("d", "  "),
            comp("e", "  analisis "),
        ];
        f.competencies[1].levels.pop();
        f.competencies[2].set_level_text(2, &"z".repeat(LEVEL_TEXT_MAX + 1));
        let errs = validate(&f);
        assert_eq!(
            errs,
            vec![
                FrameworkError::DuplicateCompetencyId { id: "a".into() },
                FrameworkError::LevelCount { id: "a".into() },
                FrameworkError::CompetencyIdMissing,
                FrameworkError::LevelTextTooLong {
                    id: "".into(),
                    level: 2,
                    max: LEVEL_TEXT_MAX
                },
                FrameworkError::CompetencyNameEmpty { id: "d".into() },
                FrameworkError::DuplicateCompetencyName { id: "e".into() },
            ]
        );
        assert_eq!(errs[0].competency_id(), Some("a"));
        let mut f = Framework::new("Banyak");
        for i in 0..=COMPETENCIES_MAX {
            f.add_competency(comp(&format!("c{i}"), &format!("K{i}")));
        }
        assert_eq!(
            validate(&f),
            vec![FrameworkError::TooManyCompetencies {
                max: COMPETENCIES_MAX
            }]
        );
    }

    #[test]
    fn record_round_trip_keeps_unknown_fields_and_reads_odd_ones() {
        let mut rec: Record = serde_json::from_value(json!({
            "id": "6f1c2b7e-4a3d-4c1e-9b2a-1d2e3f405162", "kind": kinds::FRAMEWORK,
            "created": "2026-11-25T10:00:00.000Z", "rev": "1764064800000-000000-dev",
            "name": "Teknis", "based_on": 5, "future": {"x": 1},
            "competencies": [
                {"id": "k1", "name": "SQL", "group": "astral", "levels": ["a", 2, "c"]},
                "not a competency"
            ]
        }))
        .unwrap();
        let mut f: Framework = rec.view().unwrap();
        assert_eq!(f.based_on, None);
        assert_eq!(f.competencies.len(), 1);
        assert_eq!(f.competencies[0].group, Group::Technical);
        assert!(
            f.competencies[0].levels.is_empty(),
            "a list with a non-string is not a list of levels"
        );
        f.competencies[0].set_level_text(1, "Dasar");
        rec.set_view(&f).unwrap();
        assert_eq!(rec.fields["future"], json!({"x": 1}));
        assert!(!rec.fields.contains_key("based_on"));
        let back: Framework = rec.view().unwrap();
        assert_eq!(back, f);
    }
}
