//! Assignments: secondments, internships (*magang*), employee exchanges (*pertukaran pegawai*),
//! job rotations and special projects. This module owns the typed view of an `assignment`
//! record, its types and statuses, validation and warnings, the checklist and risk edits, and
//! the check an imported record goes through. The checklist templates live in [`template`], the
//! risk register in [`risk`], the readiness score in [`readiness`].
//!
//! The checklist items and the risks live inside the record, as lists of objects with stable
//! ids: they belong to one assignment, travel with it in a backup or share file, and merge with
//! it as one record.
//!
//! # Warnings (shown, never blocking)
//!
//! - **Internship longer than a year**: civil-service rules allow a *magang* of up to one year.
//!   The end date may be at most the same calendar day one year after the start (29 February
//!   counts to 28 February); later than that is warned about.
//! - **Exchange without both institutions**: an exchange is two-way, so both the home and the
//!   host institution should be recorded.
//!
//! # Loading old or foreign records
//!
//! As with goals, every field has a default and is read leniently: a value that does not parse
//! takes its default, and list items that do not parse are skipped.

pub mod readiness;
pub mod risk;
pub mod template;

use super::date::{days_in_month, Date};
use super::import::ProblemReason;
use risk::Risk;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};
use std::cmp::Ordering;

/// Role, organisation, unit, supervisor, owner: a name or a short phrase.
pub const SHORT_MAX: usize = 200;
/// Objectives, notes and mitigations: a few sentences.
pub const LONG_MAX: usize = 2_000;
pub const ITEM_TEXT_MAX: usize = 300;
pub const LINK_MAX: usize = 2_000;
pub const ITEMS_MAX: usize = 100;
pub const RISKS_MAX: usize = 40;
pub const COMPETENCIES_MAX: usize = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum AssignmentType {
    #[default]
    Secondment,
    /// *Magang*: a placement outside one's unit to master a competency.
    Internship,
    /// *Pertukaran pegawai*: a two-way exchange between two institutions.
    Exchange,
    Rotation,
    Project,
}

impl AssignmentType {
    pub const ALL: [AssignmentType; 5] = [
        AssignmentType::Secondment,
        AssignmentType::Internship,
        AssignmentType::Exchange,
        AssignmentType::Rotation,
        AssignmentType::Project,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AssignmentType::Secondment => "secondment",
            AssignmentType::Internship => "internship",
            AssignmentType::Exchange => "exchange",
            AssignmentType::Rotation => "rotation",
            AssignmentType::Project => "project",
        }
    }

    pub fn parse(s: &str) -> Option<AssignmentType> {
        AssignmentType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum AssignmentStatus {
    #[default]
    Exploring,
    Preparing,
    OnAssignment,
    Reentry,
    Completed,
    Withdrawn,
}

impl AssignmentStatus {
    /// In the order an assignment goes through them.
    pub const ALL: [AssignmentStatus; 6] = [
        AssignmentStatus::Exploring,
        AssignmentStatus::Preparing,
        AssignmentStatus::OnAssignment,
        AssignmentStatus::Reentry,
        AssignmentStatus::Completed,
        AssignmentStatus::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AssignmentStatus::Exploring => "exploring",
            AssignmentStatus::Preparing => "preparing",
            AssignmentStatus::OnAssignment => "on_assignment",
            AssignmentStatus::Reentry => "reentry",
            AssignmentStatus::Completed => "completed",
            AssignmentStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<AssignmentStatus> {
        AssignmentStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Completed or withdrawn: nothing left to get ready for.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            AssignmentStatus::Completed | AssignmentStatus::Withdrawn
        )
    }
}

/// The checklist's phases, in the order they come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Fit with long-term goals, skills to gain, competency mapping.
    #[default]
    Prepare,
    /// Written expectations and outcomes with the home supervisor and the host.
    Agree,
    /// Knowledge handover and a coverage plan, so the home team has no gap.
    Handover,
    /// Relocation, hours, family, work-life balance.
    #[serde(rename = "practical")]
    Practicalities,
    /// Check-ins, journal, network building.
    During,
    /// Return role, using the new skills, catching up at home.
    Reentry,
}

impl Phase {
    pub const ALL: [Phase; 6] = [
        Phase::Prepare,
        Phase::Agree,
        Phase::Handover,
        Phase::Practicalities,
        Phase::During,
        Phase::Reentry,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Prepare => "prepare",
            Phase::Agree => "agree",
            Phase::Handover => "handover",
            Phase::Practicalities => "practical",
            Phase::During => "during",
            Phase::Reentry => "reentry",
        }
    }

    pub fn parse(s: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.as_str() == s)
    }

    pub fn rank(self) -> usize {
        Phase::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// Must be done before departure.
    pub fn before_departure(self) -> bool {
        !matches!(self, Phase::During | Phase::Reentry)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    #[default]
    Todo,
    InProgress,
    Done,
    NotApplicable,
}

impl ItemStatus {
    pub const ALL: [ItemStatus; 4] = [
        ItemStatus::Todo,
        ItemStatus::InProgress,
        ItemStatus::Done,
        ItemStatus::NotApplicable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ItemStatus::Todo => "todo",
            ItemStatus::InProgress => "in_progress",
            ItemStatus::Done => "done",
            ItemStatus::NotApplicable => "not_applicable",
        }
    }

    pub fn parse(s: &str) -> Option<ItemStatus> {
        ItemStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Still to do: to do or in progress.
    pub fn is_open(self) -> bool {
        matches!(self, ItemStatus::Todo | ItemStatus::InProgress)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ChecklistItem {
    #[serde(default, deserialize_with = "lenient_string")]
    pub id: String,
    /// The template item it was copied from, if any.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient"
    )]
    pub template: Option<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub text: String,
    #[serde(default, deserialize_with = "lenient")]
    pub phase: Phase,
    #[serde(default, deserialize_with = "lenient")]
    pub status: ItemStatus,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient"
    )]
    pub due: Option<Date>,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "lenient_string"
    )]
    pub note: String,
    /// A web address of the evidence (a document, a signed agreement…).
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "lenient_string"
    )]
    pub evidence: String,
}

impl ChecklistItem {
    pub fn template_item(&self) -> Option<&'static template::TemplateItem> {
        self.template.as_deref().and_then(template::item_by_key)
    }

    /// The text to show: a template text not edited since follows the language.
    pub fn display_text(&self, indonesian: bool) -> &str {
        match self.template_item() {
            Some(t) if t.text.matches(&self.text) => t.text.get(indonesian),
            _ => &self.text,
        }
    }
}

/// The typed view of an `assignment` record's own fields.
///
/// Top-level optional fields serialise as `null` when empty, because `Record::set_view` removes
/// null fields: that is how clearing a date reaches the record. Inside the checklist and risk
/// lists, empty optional fields are simply left out.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Assignment {
    /// `kind` is the record envelope's, hence the longer name.
    #[serde(default, deserialize_with = "lenient")]
    pub assignment_type: AssignmentType,
    #[serde(default, deserialize_with = "lenient")]
    pub status: AssignmentStatus,
    /// The role or position at the host.
    #[serde(default, deserialize_with = "lenient_string")]
    pub role: String,
    #[serde(default, deserialize_with = "lenient_string")]
    pub host_org: String,
    #[serde(default, deserialize_with = "lenient_string")]
    pub host_unit: String,
    /// The person's own institution: needed for an exchange, useful for every type.
    #[serde(default, deserialize_with = "lenient_string")]
    pub home_org: String,
    #[serde(default, deserialize_with = "lenient_string")]
    pub home_unit: String,
    #[serde(default, deserialize_with = "lenient")]
    pub start: Option<Date>,
    /// The last day of the assignment.
    #[serde(default, deserialize_with = "lenient")]
    pub end: Option<Date>,
    /// What the person wants to learn.
    #[serde(default, deserialize_with = "lenient_string")]
    pub objectives: String,
    /// Goal ids the assignment serves.
    #[serde(default, deserialize_with = "lenient_vec")]
    pub goals: Vec<String>,
    /// Competency names (free text, or names from a framework).
    #[serde(default, deserialize_with = "lenient_vec")]
    pub competencies: Vec<String>,
    #[serde(default, deserialize_with = "lenient_string")]
    pub home_supervisor: String,
    #[serde(default, deserialize_with = "lenient_string")]
    pub host_supervisor: String,
    /// In the person's order; shown grouped by phase.
    #[serde(default, deserialize_with = "lenient_vec")]
    pub checklist: Vec<ChecklistItem>,
    #[serde(default, deserialize_with = "lenient_vec")]
    pub risks: Vec<Risk>,
}

/// A value that does not parse takes its default rather than failing the whole assignment.
pub(crate) fn lenient<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + Default,
{
    let v = Value::deserialize(d)?;
    Ok(serde_json::from_value(v).unwrap_or_default())
}

pub(crate) fn lenient_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    lenient(d)
}

/// Keeps the items of a list that parse; a non-list is an empty list.
pub(crate) fn lenient_vec<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    Ok(match Value::deserialize(d)? {
        Value::Array(items) => items
            .into_iter()
            .filter_map(|v| serde_json::from_value(v).ok())
            .collect(),
        _ => Vec::new(),
    })
}

impl Assignment {
    /// A new assignment of type `t` being explored, with the type's checklist and the seed
    /// risks copied in the current language (`indonesian`), each with an id from `new_id`.
    pub fn from_template(
        t: AssignmentType,
        indonesian: bool,
        new_id: &mut dyn FnMut() -> String,
    ) -> Assignment {
        let checklist = template::items_for(t)
            .map(|i| ChecklistItem {
                id: new_id(),
                template: Some(i.key.to_string()),
                text: i.text.get(indonesian).to_string(),
                phase: i.phase,
                ..ChecklistItem::default()
            })
            .collect();
        Assignment {
            assignment_type: t,
            checklist,
            risks: risk::seeded(t, indonesian, new_id),
            ..Assignment::default()
        }
    }

    /// Nothing typed, ticked or changed since [`Assignment::from_template`] (in either
    /// language): a mis-tap that can be discarded without asking.
    pub fn is_untouched(&self) -> bool {
        let t = self.assignment_type;
        let texts_empty = [
            &self.role,
            &self.host_org,
            &self.host_unit,
            &self.home_org,
            &self.home_unit,
            &self.objectives,
            &self.home_supervisor,
            &self.host_supervisor,
        ]
        .iter()
        .all(|s| s.trim().is_empty());
        let items_as_copied = self.checklist.len() == template::items_for(t).count()
            && self
                .checklist
                .iter()
                .zip(template::items_for(t))
                .all(|(item, tpl)| {
                    item.template.as_deref() == Some(tpl.key)
                        && tpl.text.matches(&item.text)
                        && item.phase == tpl.phase
                        && item.status == ItemStatus::Todo
                        && item.due.is_none()
                        && item.note.is_empty()
                        && item.evidence.is_empty()
                });
        let seeds = risk::seeds_for(t);
        let risks_as_seeded = self.risks.len() == seeds.len()
            && self.risks.iter().zip(seeds).all(|(r, (s, l, i))| {
                r.template.as_deref() == Some(s.key)
                    && s.title.matches(&r.title)
                    && (r.likelihood, r.impact) == (l, i)
                    && r.mitigation.is_empty()
                    && r.owner.is_empty()
                    && r.status == risk::RiskStatus::Open
            });
        texts_empty
            && self.start.is_none()
            && self.end.is_none()
            && self.goals.is_empty()
            && self.competencies.is_empty()
            && self.status == AssignmentStatus::default()
            && items_as_copied
            && risks_as_seeded
    }

    // ---- Checklist ----------------------------------------------------------------------

    pub fn item(&self, id: &str) -> Option<&ChecklistItem> {
        self.checklist.iter().find(|i| i.id == id)
    }

    pub fn item_mut(&mut self, id: &str) -> Option<&mut ChecklistItem> {
        self.checklist.iter_mut().find(|i| i.id == id)
    }

    /// Appends an item to a phase. False (nothing added) if the id is taken. The text is stored
    /// trimmed; an empty one is left for [`validate`] to report.
    pub fn add_item(&mut self, id: String, text: &str, phase: Phase, due: Option<Date>) -> bool {
        if self.item(&id).is_some() {
            return false;
        }
        self.checklist.push(ChecklistItem {
            id,
            text: text.trim().to_string(),
            phase,
            due,
            ..ChecklistItem::default()
        });
        true
    }

    /// False if unknown or unchanged.
    pub fn set_item_status(&mut self, id: &str, status: ItemStatus) -> bool {
        match self.item_mut(id) {
            Some(i) if i.status != status => {
                i.status = status;
                true
            }
            _ => false,
        }
    }

    /// Swaps an item with its neighbour above (`up`) or below *within its phase*, which is
    /// the order the screen shows. False at the edge of the phase or if unknown.
    pub fn move_item(&mut self, id: &str, up: bool) -> bool {
        let Some(i) = self.checklist.iter().position(|x| x.id == id) else {
            return false;
        };
        let phase = self.checklist[i].phase;
        let neighbour = if up {
            self.checklist[..i].iter().rposition(|x| x.phase == phase)
        } else {
            self.checklist[i + 1..]
                .iter()
                .position(|x| x.phase == phase)
                .map(|k| i + 1 + k)
        };
        match neighbour {
            Some(j) => {
                self.checklist.swap(i, j);
                true
            }
            None => false,
        }
    }

    /// Moves an item to another phase, at the end of it. False if unknown or unchanged.
    pub fn set_item_phase(&mut self, id: &str, phase: Phase) -> bool {
        let Some(i) = self.checklist.iter().position(|x| x.id == id) else {
            return false;
        };
        if self.checklist[i].phase == phase {
            return false;
        }
        let mut item = self.checklist.remove(i);
        item.phase = phase;
        self.checklist.push(item);
        true
    }

    pub fn remove_item(&mut self, id: &str) -> bool {
        let before = self.checklist.len();
        self.checklist.retain(|i| i.id != id);
        self.checklist.len() != before
    }

    /// Ids of the items of one phase, in order.
    pub fn phase_items(&self, phase: Phase) -> impl Iterator<Item = &ChecklistItem> {
        self.checklist.iter().filter(move |i| i.phase == phase)
    }

    // ---- Risks --------------------------------------------------------------------------

    pub fn risk(&self, id: &str) -> Option<&Risk> {
        self.risks.iter().find(|r| r.id == id)
    }

    pub fn risk_mut(&mut self, id: &str) -> Option<&mut Risk> {
        self.risks.iter_mut().find(|r| r.id == id)
    }

    /// Appends a risk (medium likelihood and impact). False if the id is taken.
    pub fn add_risk(&mut self, id: String, title: &str) -> bool {
        if self.risk(&id).is_some() {
            return false;
        }
        self.risks.push(Risk::new(id, title));
        true
    }

    pub fn remove_risk(&mut self, id: &str) -> bool {
        let before = self.risks.len();
        self.risks.retain(|r| r.id != id);
        self.risks.len() != before
    }

    /// Links a goal. False if already linked.
    pub fn link_goal(&mut self, goal_id: &str) -> bool {
        if self.goals.iter().any(|g| g == goal_id) {
            return false;
        }
        self.goals.push(goal_id.to_string());
        true
    }

    pub fn unlink_goal(&mut self, goal_id: &str) -> bool {
        let before = self.goals.len();
        self.goals.retain(|g| g != goal_id);
        self.goals.len() != before
    }

    /// Sets the competencies from comma-separated text: trimmed, empty parts and repeats
    /// (ignoring case) dropped.
    pub fn set_competencies_text(&mut self, text: &str) {
        let mut out: Vec<String> = Vec::new();
        for part in text.split([',', '\n', ';']) {
            let name = part.trim();
            if !name.is_empty() && !out.iter().any(|c| c.to_lowercase() == name.to_lowercase()) {
                out.push(name.to_string());
            }
        }
        self.competencies = out;
    }

    pub fn warnings(&self) -> Vec<AssignmentWarning> {
        let mut out = Vec::new();
        if let (AssignmentType::Internship, Some(start), Some(end)) =
            (self.assignment_type, self.start, self.end)
        {
            let limit = one_year_after(start);
            if end > limit {
                out.push(AssignmentWarning::InternshipOverOneYear { limit });
            }
        }
        if self.assignment_type == AssignmentType::Exchange
            && (self.home_org.trim().is_empty() || self.host_org.trim().is_empty())
        {
            out.push(AssignmentWarning::ExchangeNeedsBothInstitutions);
        }
        out
    }
}

/// The same calendar day a year later; 29 February goes to 28 February.
pub fn one_year_after(d: Date) -> Date {
    let year = d.year + 1;
    let day = d.day.min(days_in_month(year, d.month));
    Date::new(year, d.month, day).unwrap_or(d)
}

/// Things worth pointing out that do not stop saving.
#[derive(Debug, Clone, PartialEq)]
pub enum AssignmentWarning {
    /// The last allowed end date is `limit`.
    InternshipOverOneYear {
        limit: Date,
    },
    ExchangeNeedsBothInstitutions,
}

#[derive(Debug, Clone, PartialEq)]
pub enum AssignmentError {
    /// A short text field over [`SHORT_MAX`]; names the field.
    TextTooLong {
        field: &'static str,
        max: usize,
    },
    StartOutOfRange,
    EndOutOfRange,
    EndBeforeStart,
    TooManyCompetencies {
        max: usize,
    },
    TooManyItems {
        max: usize,
    },
    ItemTextEmpty {
        id: String,
    },
    ItemTextTooLong {
        id: String,
        max: usize,
    },
    ItemNoteTooLong {
        id: String,
        max: usize,
    },
    ItemDueOutOfRange {
        id: String,
    },
    /// Not an `http://` or `https://` address (or too long).
    ItemEvidenceNotLink {
        id: String,
    },
    TooManyRisks {
        max: usize,
    },
    RiskTitleEmpty {
        id: String,
    },
    RiskTextTooLong {
        id: String,
    },
}

impl AssignmentError {
    /// Which form field (or list) the error belongs to, so the screen puts it beside it.
    pub fn field(&self) -> &'static str {
        match self {
            AssignmentError::TextTooLong { field, .. } => field,
            AssignmentError::StartOutOfRange => "start",
            AssignmentError::EndOutOfRange | AssignmentError::EndBeforeStart => "end",
            AssignmentError::TooManyCompetencies { .. } => "competencies",
            AssignmentError::TooManyItems { .. }
            | AssignmentError::ItemTextEmpty { .. }
            | AssignmentError::ItemTextTooLong { .. }
            | AssignmentError::ItemNoteTooLong { .. }
            | AssignmentError::ItemDueOutOfRange { .. }
            | AssignmentError::ItemEvidenceNotLink { .. } => "checklist",
            AssignmentError::TooManyRisks { .. }
            | AssignmentError::RiskTitleEmpty { .. }
            | AssignmentError::RiskTextTooLong { .. } => "risks",
        }
    }

    /// The checklist item or risk the error is about.
    pub fn row_id(&self) -> Option<&str> {
        match self {
            AssignmentError::ItemTextEmpty { id }
            | AssignmentError::ItemTextTooLong { id, .. }
            | AssignmentError::ItemNoteTooLong { id, .. }
            | AssignmentError::ItemDueOutOfRange { id }
            | AssignmentError::ItemEvidenceNotLink { id }
            | AssignmentError::RiskTitleEmpty { id }
            | AssignmentError::RiskTextTooLong { id } => Some(id),
            _ => None,
        }
    }
}

fn chars(s: &str) -> usize {
    s.trim().chars().count()
}

/// An evidence link the screen can safely open: `http(s)://` and something after it.
pub fn is_web_link(s: &str) -> bool {
    let s = s.trim();
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.chars().any(char::is_whitespace))
        && s.chars().count() <= LINK_MAX
}

pub fn validate(a: &Assignment) -> Vec<AssignmentError> {
    let mut errors = Vec::new();
    let short: [(&'static str, &String); 7] = [
        ("role", &a.role),
        ("host_org", &a.host_org),
        ("host_unit", &a.host_unit),
        ("home_org", &a.home_org),
        ("home_unit", &a.home_unit),
        ("home_supervisor", &a.home_supervisor),
        ("host_supervisor", &a.host_supervisor),
    ];
    for (field, value) in short {
        if chars(value) > SHORT_MAX {
            errors.push(AssignmentError::TextTooLong {
                field,
                max: SHORT_MAX,
            });
        }
    }
    if chars(&a.objectives) > LONG_MAX {
        errors.push(AssignmentError::TextTooLong {
            field: "objectives",
            max: LONG_MAX,
        });
    }
    if a.start.is_some_and(|d| !d.in_range()) {
        errors.push(AssignmentError::StartOutOfRange);
    }
    if a.end.is_some_and(|d| !d.in_range()) {
        errors.push(AssignmentError::EndOutOfRange);
    } else if let (Some(s), Some(e)) = (a.start, a.end) {
        if e < s {
            errors.push(AssignmentError::EndBeforeStart);
        }
    }
    if a.competencies.len() > COMPETENCIES_MAX {
        errors.push(AssignmentError::TooManyCompetencies {
            max: COMPETENCIES_MAX,
        });
    } else if a.competencies.iter().any(|c| chars(c) > SHORT_MAX) {
        errors.push(AssignmentError::TextTooLong {
            field: "competencies",
            max: SHORT_MAX,
        });
    }
    if a.checklist.len() > ITEMS_MAX {
        errors.push(AssignmentError::TooManyItems { max: ITEMS_MAX });
    }
    for i in &a.checklist {
        let id = || i.id.clone();
        let n = chars(&i.text);
        if n == 0 {
            errors.push(AssignmentError::ItemTextEmpty { id: id() });
        } else if n > ITEM_TEXT_MAX {
            errors.push(AssignmentError::ItemTextTooLong {
                id: id(),
                max: ITEM_TEXT_MAX,
            });
        }
        if chars(&i.note) > LONG_MAX {
            errors.push(AssignmentError::ItemNoteTooLong {
                id: id(),
                max: LONG_MAX,
            });
        }
        if i.due.is_some_and(|d| !d.in_range()) {
            errors.push(AssignmentError::ItemDueOutOfRange { id: id() });
        }
        if !i.evidence.trim().is_empty() && !is_web_link(&i.evidence) {
            errors.push(AssignmentError::ItemEvidenceNotLink { id: id() });
        }
    }
    if a.risks.len() > RISKS_MAX {
        errors.push(AssignmentError::TooManyRisks { max: RISKS_MAX });
    }
    for r in &a.risks {
        if r.title.trim().is_empty() {
            errors.push(AssignmentError::RiskTitleEmpty { id: r.id.clone() });
        } else if chars(&r.title) > ITEM_TEXT_MAX
            || chars(&r.owner) > SHORT_MAX
            || chars(&r.mitigation) > LONG_MAX
        {
            errors.push(AssignmentError::RiskTextTooLong { id: r.id.clone() });
        }
    }
    errors
}

/// The Assignments list order: current ones first (on assignment, re-entry, preparing,
/// exploring), then completed, then withdrawn; within a group by start date (undated last),
/// then role.
pub fn list_cmp(a: &Assignment, b: &Assignment) -> Ordering {
    fn rank(s: AssignmentStatus) -> u8 {
        match s {
            AssignmentStatus::OnAssignment => 0,
            AssignmentStatus::Reentry => 1,
            AssignmentStatus::Preparing => 2,
            AssignmentStatus::Exploring => 3,
            AssignmentStatus::Completed => 4,
            AssignmentStatus::Withdrawn => 5,
        }
    }
    let by_date = |x: Option<Date>, y: Option<Date>| match (x, y) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    rank(a.status)
        .cmp(&rank(b.status))
        .then_with(|| {
            if a.status.is_closed() {
                // Most recent first among finished ones.
                by_date(b.start, a.start)
            } else {
                by_date(a.start, b.start)
            }
        })
        .then_with(|| a.role.to_lowercase().cmp(&b.role.to_lowercase()))
}

/// The assignment the Today screen should show: the current one that is not closed, the one on
/// assignment first, then the one starting soonest. `items` pairs anything (an id) with a view.
pub fn current<T>(items: &[(T, Assignment)]) -> Option<&(T, Assignment)> {
    items
        .iter()
        .filter(|(_, a)| !a.status.is_closed())
        .min_by(|x, y| list_cmp(&x.1, &y.1))
}

// ---- Import ------------------------------------------------------------------------------

const TOP_STRINGS: [&str; 8] = [
    "role",
    "host_org",
    "host_unit",
    "home_org",
    "home_unit",
    "objectives",
    "home_supervisor",
    "host_supervisor",
];

fn wrong(field: &'static str) -> ProblemReason {
    ProblemReason::WrongType { field }
}

fn check_enum(
    obj: &Map<String, Value>,
    field: &'static str,
    ok: impl Fn(&str) -> bool,
) -> Result<(), ProblemReason> {
    match obj.get(field) {
        None => Ok(()),
        Some(Value::String(s)) if ok(s) => Ok(()),
        Some(_) => Err(wrong(field)),
    }
}

fn check_date(obj: &Map<String, Value>, field: &'static str) -> Result<(), ProblemReason> {
    match obj.get(field) {
        None => Ok(()),
        Some(Value::String(s)) => match Date::parse(s) {
            Some(d) if d.in_range() => Ok(()),
            Some(_) => Err(ProblemReason::AbsurdDate { field }),
            None => Err(wrong(field)),
        },
        Some(_) => Err(wrong(field)),
    }
}

fn drop_nulls(obj: &mut Map<String, Value>) {
    obj.retain(|_, v| !v.is_null());
}

/// An imported `assignment` record, checked field by field (so the report names the field),
/// null optional fields dropped, then held to the editor's own validation. Fields this version
/// does not know are left alone.
pub fn check_import(obj: &mut Map<String, Value>) -> Result<(), ProblemReason> {
    const KNOWN: [&str; 8] = [
        "assignment_type",
        "status",
        "start",
        "end",
        "goals",
        "competencies",
        "checklist",
        "risks",
    ];
    for field in TOP_STRINGS.iter().chain(KNOWN.iter()) {
        if obj.get(*field) == Some(&Value::Null) {
            obj.remove(*field);
        }
    }
    for field in TOP_STRINGS {
        if obj.get(field).is_some_and(|v| !v.is_string()) {
            return Err(wrong(field));
        }
    }
    check_enum(obj, "assignment_type", |s| {
        AssignmentType::parse(s).is_some()
    })?;
    check_enum(obj, "status", |s| AssignmentStatus::parse(s).is_some())?;
    check_date(obj, "start")?;
    check_date(obj, "end")?;
    for field in ["goals", "competencies"] {
        match obj.get(field) {
            None => {}
            Some(Value::Array(a)) if a.iter().all(Value::is_string) => {}
            Some(_) => return Err(wrong(field)),
        }
    }
    if let Some(list) = obj.get_mut("checklist") {
        let Value::Array(items) = list else {
            return Err(wrong("checklist"));
        };
        for item in items.iter_mut() {
            let Value::Object(o) = item else {
                return Err(wrong("checklist"));
            };
            drop_nulls(o);
            let strings_ok = ["id", "text"]
                .iter()
                .all(|f| o.get(*f).is_some_and(Value::is_string))
                && ["template", "note", "evidence"]
                    .iter()
                    .all(|f| o.get(*f).is_none_or(Value::is_string));
            if !strings_ok {
                return Err(wrong("checklist"));
            }
            check_enum(o, "phase", |s| Phase::parse(s).is_some())
                .and(check_enum(o, "status", |s| ItemStatus::parse(s).is_some()))
                .and(check_date(o, "due"))
                .map_err(|_| wrong("checklist"))?;
        }
    }
    if let Some(list) = obj.get_mut("risks") {
        let Value::Array(items) = list else {
            return Err(wrong("risks"));
        };
        for item in items.iter_mut() {
            let Value::Object(o) = item else {
                return Err(wrong("risks"));
            };
            drop_nulls(o);
            let strings_ok = ["id", "title"]
                .iter()
                .all(|f| o.get(*f).is_some_and(Value::is_string))
                && ["template", "mitigation", "owner"]
                    .iter()
                    .all(|f| o.get(*f).is_none_or(Value::is_string));
            let scale_ok = ["likelihood", "impact"].iter().all(|f| {
                o.get(*f)
                    .is_none_or(|v| v.as_u64().is_some_and(|n| (1..=3).contains(&n)))
            });
            if !strings_ok || !scale_ok {
                return Err(wrong("risks"));
            }
            check_enum(o, "status", |s| risk::RiskStatus::parse(s).is_some())
                .map_err(|_| wrong("risks"))?;
        }
    }
    // Ids must be unique within each list: the screen edits items by id.
    for (field, key) in [("checklist", "id"), ("risks", "id")] {
        if let Some(Value::Array(items)) = obj.get(field) {
            let mut seen = std::collections::HashSet::new();
            if !items
                .iter()
                .filter_map(|i| i.get(key).and_then(Value::as_str))
                .all(|id| !id.is_empty() && seen.insert(id))
            {
                return Err(wrong(field));
            }
        }
    }
    let a: Assignment =
        serde_json::from_value(Value::Object(obj.clone())).map_err(|_| wrong("assignment"))?;
    match validate(&a).first() {
        None => Ok(()),
        Some(AssignmentError::StartOutOfRange) => Err(ProblemReason::AbsurdDate { field: "start" }),
        Some(AssignmentError::EndOutOfRange) => Err(ProblemReason::AbsurdDate { field: "end" }),
        Some(e) => Err(wrong(e.field())),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
