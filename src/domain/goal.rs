//! Goals: the typed view of a `goal` record, its validation, progress, status transitions,
//! the flags the Goals and Today screens show, and the list order.
//!
//! # Flags
//!
//! Every flag is about *active* goals only (a draft has not started, a closed goal is done),
//! except overdue milestones, which show on drafts too. `today` is the user's *local* civil
//! date: the UI passes `Date::from_millis(now, offset_minutes)`, so a goal due "today" flips at
//! local midnight, not at UTC midnight.
//!
//! - **due soon**: the target date is today or within the next [`DUE_SOON_DAYS`] (14) days,
//!   both ends inclusive (`today ..= today + 14`).
//! - **overdue**: the target date is before today. Due soon and overdue never hold together.
//! - **at risk**: the share of the planned time already used outruns the share of the work
//!   done by more than [`AT_RISK_MARGIN`] (25 percentage points). With `activated` = the day
//!   the goal became active and `target` its target date:
//!   - elapsed share = (today − activated) / (target − activated), in whole days;
//!   - at risk when `elapsed share − progress/100 > 0.25` (strictly: exactly 25 points behind
//!     is still on track). It is computed in integers, so the boundary is exact;
//!   - no target date or no activation date → never at risk (there is no pace to judge);
//!   - today before the activation date (a clock moved back) → elapsed is 0, not at risk;
//!   - target on or before the activation date (a zero-length plan) → on that day the whole
//!     time counts as used, so at risk below 75 % progress;
//!   - today after the target date → the goal is overdue, and also at risk unless progress is
//!     100 % (the time is gone, any missing work is behind).
//!
//!   Because elapsed share never exceeds 1 while the goal is not overdue, a goal at 100 % is
//!   never at risk, and a goal becomes at risk a quarter of its time after activation at the
//!   earliest (nothing done after a quarter of the time is only "just" on track).
//! - **overdue milestones**: not done and due before today, on goals that are not achieved or
//!   dropped.
//!
//! # Progress
//!
//! From milestones when there are any: `round(done × 100 / total)` (half up; 2 of 3 → 67).
//! Otherwise the hand-set `manual_progress`, else 0. An achieved goal is 100 whatever its
//! milestones say, since the person declared it done.
//!
//! # Loading old or foreign records
//!
//! Every field has a default and is read leniently: a field that does not parse (a status a
//! newer version invented, a malformed date) takes its default instead of making the whole
//! goal unreadable, and list items that do not parse are skipped. Unknown record fields are
//! kept by the record envelope as usual.

use super::date::Date;
use super::entry::{Entry, LearningType};
use crate::domain::sort::OneSort;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use std::cmp::Ordering;

pub const TITLE_MAX: usize = 200;
/// Why, measure of success and reflection are a few sentences, not documents.
pub const TEXT_MAX: usize = 2_000;
pub const MILESTONE_TITLE_MAX: usize = 200;
/// More than this is a project plan, which is not what this screen is for.
pub const MILESTONES_MAX: usize = 50;
/// The history is a short trail for the detail screen, not an audit log; older items go.
pub const HISTORY_MAX: usize = 50;
pub const DUE_SOON_DAYS: i64 = 14;
/// How far (as a share of the whole) elapsed time may run ahead of progress before a goal is
/// at risk. See the module comment for the exact rule.
pub const AT_RISK_MARGIN: f64 = 0.25;
/// The margin in whole percentage points, so the comparison is exact integer arithmetic.
const AT_RISK_POINTS: i64 = (AT_RISK_MARGIN * 100.0) as i64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum GoalCategory {
    #[default]
    Skill,
    /// A role or a promotion.
    Role,
    Project,
    Network,
    Learning,
    Wellbeing,
}

impl GoalCategory {
    pub const ALL: [GoalCategory; 6] = [
        GoalCategory::Skill,
        GoalCategory::Role,
        GoalCategory::Project,
        GoalCategory::Network,
        GoalCategory::Learning,
        GoalCategory::Wellbeing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GoalCategory::Skill => "skill",
            GoalCategory::Role => "role",
            GoalCategory::Project => "project",
            GoalCategory::Network => "network",
            GoalCategory::Learning => "learning",
            GoalCategory::Wellbeing => "wellbeing",
        }
    }

    pub fn parse(s: &str) -> Option<GoalCategory> {
        GoalCategory::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    #[default]
    Draft,
    Active,
    Achieved,
    Dropped,
}

impl GoalStatus {
    /// Also the list order of [`sort_for_list`].
    pub const ALL: [GoalStatus; 4] = [
        GoalStatus::Active,
        GoalStatus::Draft,
        GoalStatus::Achieved,
        GoalStatus::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GoalStatus::Draft => "draft",
            GoalStatus::Active => "active",
            GoalStatus::Achieved => "achieved",
            GoalStatus::Dropped => "dropped",
        }
    }

    pub fn parse(s: &str) -> Option<GoalStatus> {
        GoalStatus::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Achieved or dropped: the goal has a closing date and reflection.
    pub fn is_closed(self) -> bool {
        matches!(self, GoalStatus::Achieved | GoalStatus::Dropped)
    }

    fn list_rank(self) -> u8 {
        match self {
            GoalStatus::Active => 0,
            GoalStatus::Draft => 1,
            GoalStatus::Achieved => 2,
            GoalStatus::Dropped => 3,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Milestone {
    #[serde(default, deserialize_with = "lenient")]
    pub id: String,
    #[serde(default, deserialize_with = "lenient")]
    pub title: String,
    #[serde(default, deserialize_with = "lenient")]
    pub due: Option<Date>,
    /// The day it was ticked off; None while open.
    #[serde(default, deserialize_with = "lenient")]
    pub done: Option<Date>,
}

/// What happened to a goal, for the history on its detail screen. Stored internally tagged
/// (`{"type": "status_changed", "to": "active"}`); read by hand, see the `Deserialize` below.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum GoalChange {
    Created,
    /// Draft → active (the first start). Reopening a closed goal is `StatusChanged`.
    Activated,
    StatusChanged {
        to: GoalStatus,
    },
    MilestoneDone {
        title: String,
    },
    MilestoneAdded {
        title: String,
    },
    ProgressSet {
        value: u8,
    },
    /// A change type from a newer version; shown generically, never written by this one.
    #[serde(other)]
    Other,
}

/// Reads what the derived `Deserialize` of an internally tagged enum would, without its cost:
/// serde buffers such an enum's every value into a generic tree first, and that machinery was
/// 60 KB of the first download (Today reads every goal, history included). A flat record of
/// all the variants' fields reads the same JSON directly.
impl<'de> Deserialize<'de> for GoalChange {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        // Only the variant named reads its fields, so a stray field of another variant is
        // ignored (as the derived code does).
        #[derive(Deserialize)]
        struct Fields {
            #[serde(rename = "type")]
            kind: String,
            to: Option<Value>,
            title: Option<Value>,
            value: Option<Value>,
        }
        fn field<T: DeserializeOwned, E: Error>(
            v: Option<Value>,
            name: &'static str,
        ) -> Result<T, E> {
            T::deserialize(v.ok_or_else(|| E::missing_field(name))?).map_err(E::custom)
        }
        let f = Fields::deserialize(deserializer)?;
        Ok(match f.kind.as_str() {
            "created" => GoalChange::Created,
            "activated" => GoalChange::Activated,
            "status_changed" => GoalChange::StatusChanged {
                to: field(f.to, "to")?,
            },
            "milestone_done" => GoalChange::MilestoneDone {
                title: field(f.title, "title")?,
            },
            "milestone_added" => GoalChange::MilestoneAdded {
                title: field(f.title, "title")?,
            },
            "progress_set" => GoalChange::ProgressSet {
                value: field(f.value, "value")?,
            },
            _ => GoalChange::Other,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryItem {
    pub date: Date,
    pub change: GoalChange,
}

/// The typed view of a `goal` record's own fields.
///
/// Optional fields serialise as `null` when empty (no `skip_serializing_if`), because
/// `Record::set_view` removes null fields: that is how clearing a target date reaches the record.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Goal {
    #[serde(default, deserialize_with = "lenient")]
    pub title: String,
    /// Why it matters.
    #[serde(default, deserialize_with = "lenient")]
    pub why: String,
    /// The measure of success: how the person will know it is done.
    #[serde(default, deserialize_with = "lenient")]
    pub measure: String,
    #[serde(default, deserialize_with = "lenient")]
    pub category: GoalCategory,
    #[serde(default, deserialize_with = "lenient")]
    pub target_date: Option<Date>,
    #[serde(default, deserialize_with = "lenient")]
    pub status: GoalStatus,
    /// The day it (last) became active: the start of the at-risk clock.
    #[serde(default, deserialize_with = "lenient")]
    pub activated: Option<Date>,
    /// The day it was achieved or dropped.
    #[serde(default, deserialize_with = "lenient")]
    pub closed: Option<Date>,
    /// A short reflection written when achieving or dropping it.
    #[serde(default, deserialize_with = "lenient")]
    pub reflection: String,
    /// In the person's planned order.
    #[serde(default, deserialize_with = "lenient_vec")]
    pub milestones: Vec<Milestone>,
    /// 0–100, used only while there are no milestones.
    #[serde(default, deserialize_with = "lenient")]
    pub manual_progress: Option<u8>,
    /// Ids of the competencies the goal develops (self-assessment module): the development
    /// plan names the gaps a goal addresses through them.
    #[serde(default, deserialize_with = "lenient_vec")]
    pub competencies: Vec<String>,
    /// How the person plans to develop through the goal, as parts of the 70-20-10 model:
    /// experience on the job, coaching and mentoring, formal learning. The same three buckets
    /// as an entry's `learning`, so the development plan can set its planned split beside the
    /// balance actually logged. Kept in [`LearningType::ALL`] order without repeats by
    /// [`Goal::set_method`]; a value a newer version invents is skipped on reading.
    #[serde(default, deserialize_with = "lenient_vec")]
    pub methods: Vec<LearningType>,
    /// Journal entry ids linked from the goal's side. Entries also link goals through
    /// `Entry::links`; [`evidence`] gathers both.
    #[serde(default, deserialize_with = "lenient_vec")]
    pub entries: Vec<String>,
    /// Oldest first; appended by the methods below, never by the UI.
    #[serde(default, deserialize_with = "lenient_vec")]
    pub history: Vec<HistoryItem>,
}

/// A value that does not parse takes its default rather than failing the whole goal.
fn lenient<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + Default,
{
    let v = Value::deserialize(d)?;
    Ok(serde_json::from_value(v).unwrap_or_default())
}

/// Keeps the items of a list that parse; a non-list is an empty list.
fn lenient_vec<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
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

impl Goal {
    /// A new draft goal, its history starting with `Created`.
    pub fn new(title: impl Into<String>, today: Date) -> Goal {
        let mut g = Goal {
            title: title.into(),
            ..Goal::default()
        };
        g.record(today, GoalChange::Created);
        g
    }

    fn record(&mut self, date: Date, change: GoalChange) {
        // Dragging a progress slider must not flood the history: one value per day is enough.
        if let (GoalChange::ProgressSet { .. }, Some(last)) = (&change, self.history.last_mut()) {
            if matches!(last.change, GoalChange::ProgressSet { .. }) && last.date == date {
                last.change = change;
                return;
            }
        }
        self.history.push(HistoryItem { date, change });
        if self.history.len() > HISTORY_MAX {
            let extra = self.history.len() - HISTORY_MAX;
            self.history.drain(..extra);
        }
    }

    /// Makes the goal active and starts its at-risk clock today. From a draft this records
    /// `Activated`; reopening an achieved or dropped goal records `StatusChanged` and clears
    /// the closing date (the reflection stays as written). False if it was already active.
    pub fn activate(&mut self, today: Date) -> bool {
        let change = match self.status {
            GoalStatus::Active => return false,
            GoalStatus::Draft => GoalChange::Activated,
            GoalStatus::Achieved | GoalStatus::Dropped => GoalChange::StatusChanged {
                to: GoalStatus::Active,
            },
        };
        self.status = GoalStatus::Active;
        self.activated = Some(today);
        self.closed = None;
        self.record(today, change);
        true
    }

    /// Closes the goal as achieved. False if it already was.
    pub fn achieve(&mut self, today: Date, reflection: &str) -> bool {
        self.close(GoalStatus::Achieved, today, reflection)
    }

    /// Closes the goal as dropped (`drop` is taken by `Drop`). False if it already was.
    pub fn drop_goal(&mut self, today: Date, reflection: &str) -> bool {
        self.close(GoalStatus::Dropped, today, reflection)
    }

    fn close(&mut self, to: GoalStatus, today: Date, reflection: &str) -> bool {
        if self.status == to {
            return false;
        }
        self.status = to;
        self.closed = Some(today);
        self.reflection = reflection.trim().to_string();
        self.record(today, GoalChange::StatusChanged { to });
        true
    }

    pub fn milestone(&self, id: &str) -> Option<&Milestone> {
        self.milestones.iter().find(|m| m.id == id)
    }

    /// For editing a milestone's title or due date in place.
    pub fn milestone_mut(&mut self, id: &str) -> Option<&mut Milestone> {
        self.milestones.iter_mut().find(|m| m.id == id)
    }

    fn milestone_index(&self, id: &str) -> Option<usize> {
        self.milestones.iter().position(|m| m.id == id)
    }

    /// Appends a milestone. False (and nothing added) if the id is already used. The title is
    /// stored trimmed; an empty one is left for [`validate`] to report.
    pub fn add_milestone(
        &mut self,
        id: String,
        title: &str,
        due: Option<Date>,
        today: Date,
    ) -> bool {
        if self.milestone_index(&id).is_some() {
            return false;
        }
        let title = title.trim().to_string();
        self.milestones.push(Milestone {
            id,
            title: title.clone(),
            due,
            done: None,
        });
        self.record(today, GoalChange::MilestoneAdded { title });
        true
    }

    /// Marks a milestone done today. False if unknown or already done.
    pub fn tick_milestone(&mut self, id: &str, today: Date) -> bool {
        let Some(m) = self.milestone_mut(id) else {
            return false;
        };
        if m.done.is_some() {
            return false;
        }
        m.done = Some(today);
        let title = m.title.clone();
        self.record(today, GoalChange::MilestoneDone { title });
        true
    }

    /// Reopens a milestone (a mis-click, mostly, so no history). False if unknown or open.
    pub fn untick_milestone(&mut self, id: &str) -> bool {
        match self.milestone_mut(id) {
            Some(m) if m.done.is_some() => {
                m.done = None;
                true
            }
            _ => false,
        }
    }

    /// Swaps a milestone with its neighbour above (`up`) or below. False at the edge or if
    /// unknown.
    pub fn move_milestone(&mut self, id: &str, up: bool) -> bool {
        let Some(i) = self.milestone_index(id) else {
            return false;
        };
        let j = if up {
            match i.checked_sub(1) {
                Some(j) => j,
                None => return false,
            }
        } else if i + 1 < self.milestones.len() {
            i + 1
        } else {
            return false;
        };
        self.milestones.swap(i, j);
        true
    }

    pub fn remove_milestone(&mut self, id: &str) -> bool {
        let before = self.milestones.len();
        self.milestones.retain(|m| m.id != id);
        self.milestones.len() != before
    }

    /// Sets progress by hand (capped at 100). It only counts while there are no milestones,
    /// but is kept so it returns if the milestones are removed. False if unchanged.
    pub fn set_progress(&mut self, value: u8, today: Date) -> bool {
        let value = value.min(100);
        if self.manual_progress == Some(value) {
            return false;
        }
        self.manual_progress = Some(value);
        self.record(today, GoalChange::ProgressSet { value });
        true
    }

    /// Links a journal entry from the goal's side. False if already linked.
    pub fn link_entry(&mut self, entry_id: &str) -> bool {
        if self.entries.iter().any(|e| e == entry_id) {
            return false;
        }
        self.entries.push(entry_id.to_string());
        true
    }

    /// Removes the goal-side link only; a link held by the entry's `links` stays.
    pub fn unlink_entry(&mut self, entry_id: &str) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e != entry_id);
        self.entries.len() != before
    }

    /// Plans (or stops planning) one development method, keeping the methods in the model's
    /// order without repeats. False when nothing changed.
    pub fn set_method(&mut self, method: LearningType, on: bool) -> bool {
        if self.methods.contains(&method) == on {
            return false;
        }
        self.methods.retain(|m| *m != method);
        if on {
            self.methods.push(method);
            self.methods
                .one_sort_by_key(|m| LearningType::ALL.iter().position(|x| x == m));
        }
        true
    }

    /// Links (or unlinks) a competency the goal develops. False when nothing changed.
    pub fn set_competency(&mut self, competency: &str, on: bool) -> bool {
        let linked = self.competencies.iter().any(|c| c == competency);
        if linked == on {
            return false;
        }
        if on {
            self.competencies.push(competency.to_string());
        } else {
            self.competencies.retain(|c| c != competency);
        }
        true
    }

    /// The first open milestone in the planned order: what to work on next.
    pub fn next_milestone(&self) -> Option<&Milestone> {
        self.milestones.iter().find(|m| m.done.is_none())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum GoalError {
    TitleEmpty,
    TitleTooLong { max: usize },
    WhyTooLong { max: usize },
    MeasureTooLong { max: usize },
    ReflectionTooLong { max: usize },
    TargetDateOutOfRange,
    ProgressTooHigh { max: u8 },
    TooManyMilestones { max: usize },
    MilestoneTitleEmpty { id: String },
    MilestoneTitleTooLong { id: String, max: usize },
    MilestoneDueOutOfRange { id: String },
    ClosedBeforeActivated,
}

impl GoalError {
    /// Which form field the error belongs to, so the UI can put the message beside it.
    pub fn field(&self) -> &'static str {
        match self {
            GoalError::TitleEmpty | GoalError::TitleTooLong { .. } => "title",
            GoalError::WhyTooLong { .. } => "why",
            GoalError::MeasureTooLong { .. } => "measure",
            GoalError::ReflectionTooLong { .. } => "reflection",
            GoalError::TargetDateOutOfRange => "target_date",
            GoalError::ProgressTooHigh { .. } => "manual_progress",
            GoalError::TooManyMilestones { .. }
            | GoalError::MilestoneTitleEmpty { .. }
            | GoalError::MilestoneTitleTooLong { .. }
            | GoalError::MilestoneDueOutOfRange { .. } => "milestones",
            GoalError::ClosedBeforeActivated => "closed",
        }
    }

    /// The milestone a milestone error is about, to mark that row.
    pub fn milestone_id(&self) -> Option<&str> {
        match self {
            GoalError::MilestoneTitleEmpty { id }
            | GoalError::MilestoneTitleTooLong { id, .. }
            | GoalError::MilestoneDueOutOfRange { id } => Some(id),
            _ => None,
        }
    }
}

pub fn validate(g: &Goal) -> Vec<GoalError> {
    let mut errors = Vec::new();
    let title = g.title.trim();
    if title.is_empty() {
        errors.push(GoalError::TitleEmpty);
    } else if title.chars().count() > TITLE_MAX {
        errors.push(GoalError::TitleTooLong { max: TITLE_MAX });
    }
    let too_long = |s: &str| s.trim().chars().count() > TEXT_MAX;
    if too_long(&g.why) {
        errors.push(GoalError::WhyTooLong { max: TEXT_MAX });
    }
    if too_long(&g.measure) {
        errors.push(GoalError::MeasureTooLong { max: TEXT_MAX });
    }
    if too_long(&g.reflection) {
        errors.push(GoalError::ReflectionTooLong { max: TEXT_MAX });
    }
    if g.target_date.is_some_and(|d| !d.in_range()) {
        errors.push(GoalError::TargetDateOutOfRange);
    }
    if g.manual_progress.is_some_and(|p| p > 100) {
        errors.push(GoalError::ProgressTooHigh { max: 100 });
    }
    if g.milestones.len() > MILESTONES_MAX {
        errors.push(GoalError::TooManyMilestones {
            max: MILESTONES_MAX,
        });
    }
    for m in &g.milestones {
        let t = m.title.trim();
        if t.is_empty() {
            errors.push(GoalError::MilestoneTitleEmpty { id: m.id.clone() });
        } else if t.chars().count() > MILESTONE_TITLE_MAX {
            errors.push(GoalError::MilestoneTitleTooLong {
                id: m.id.clone(),
                max: MILESTONE_TITLE_MAX,
            });
        }
        if m.due.is_some_and(|d| !d.in_range()) {
            errors.push(GoalError::MilestoneDueOutOfRange { id: m.id.clone() });
        }
    }
    if let (Some(a), Some(c)) = (g.activated, g.closed) {
        if c < a {
            errors.push(GoalError::ClosedBeforeActivated);
        }
    }
    errors
}

/// Progress in percent; see the module comment.
pub fn progress(g: &Goal) -> u8 {
    if g.status == GoalStatus::Achieved {
        return 100;
    }
    let total = g.milestones.len();
    if total > 0 {
        let done = g.milestones.iter().filter(|m| m.done.is_some()).count();
        // Integer round-half-up of done*100/total, so 2/3 is 67 and 1/8 is 13 on every target.
        return ((done * 200 + total) / (2 * total)) as u8;
    }
    g.manual_progress.map_or(0, |p| p.min(100))
}

/// Active, and the target date is in `today ..= today + 14`.
pub fn due_soon(g: &Goal, today: Date) -> bool {
    g.status == GoalStatus::Active
        && g.target_date
            .is_some_and(|t| t >= today && t <= today.add_days(DUE_SOON_DAYS))
}

/// Active, and the target date has passed.
pub fn overdue(g: &Goal, today: Date) -> bool {
    g.status == GoalStatus::Active && g.target_date.is_some_and(|t| t < today)
}

/// Active, and elapsed time outruns progress by more than [`AT_RISK_MARGIN`]; see the module
/// comment for every case.
pub fn at_risk(g: &Goal, today: Date) -> bool {
    if g.status != GoalStatus::Active {
        return false;
    }
    let (Some(target), Some(activated)) = (g.target_date, g.activated) else {
        return false;
    };
    let p = i64::from(progress(g));
    if today > target {
        return p < 100;
    }
    if today < activated {
        return false;
    }
    let total = target.to_days() - activated.to_days();
    let elapsed = today.to_days() - activated.to_days();
    // Here activated <= today <= target, so a non-positive plan means all three are the same
    // day: the time is used up.
    let (elapsed, total) = if total <= 0 { (1, 1) } else { (elapsed, total) };
    // elapsed/total − p/100 > points/100  ⇔  100·elapsed > total·(p + points)
    100 * elapsed > total * (p + AT_RISK_POINTS)
}

/// Ids of open milestones due before today, in planned order. Empty for closed goals.
pub fn overdue_milestones(g: &Goal, today: Date) -> Vec<String> {
    if g.status.is_closed() {
        return Vec::new();
    }
    g.milestones
        .iter()
        .filter(|m| m.done.is_none() && m.due.is_some_and(|d| d < today))
        .map(|m| m.id.clone())
        .collect()
}

/// The flags of one goal at once, for list rows and the Today screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GoalFlags {
    pub due_soon: bool,
    pub overdue: bool,
    pub at_risk: bool,
    pub overdue_milestones: usize,
}

pub fn flags(g: &Goal, today: Date) -> GoalFlags {
    GoalFlags {
        due_soon: due_soon(g, today),
        overdue: overdue(g, today),
        at_risk: at_risk(g, today),
        overdue_milestones: overdue_milestones(g, today).len(),
    }
}

/// Urgency among active goals: overdue, then at risk, then due soon, then the rest.
fn urgency(g: &Goal, today: Date) -> u8 {
    if overdue(g, today) {
        0
    } else if at_risk(g, today) {
        1
    } else if due_soon(g, today) {
        2
    } else {
        3
    }
}

/// The Goals list order: active, draft, achieved, dropped. Active goals by urgency (overdue,
/// at risk, due soon, other) then target date; drafts by target date; closed goals most
/// recently closed first. Goals without a date come after dated ones; ties go by title.
pub fn list_cmp(a: &Goal, b: &Goal, today: Date) -> Ordering {
    fn date_then_none(a: Option<Date>, b: Option<Date>) -> Ordering {
        match (a, b) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    a.status
        .list_rank()
        .cmp(&b.status.list_rank())
        .then_with(|| match a.status {
            GoalStatus::Active => urgency(a, today)
                .cmp(&urgency(b, today))
                .then_with(|| date_then_none(a.target_date, b.target_date)),
            GoalStatus::Draft => date_then_none(a.target_date, b.target_date),
            GoalStatus::Achieved | GoalStatus::Dropped => match (a.closed, b.closed) {
                (Some(x), Some(y)) => y.cmp(&x),
                (x, y) => date_then_none(x, y),
            },
        })
        .then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
}

/// Sorts anything holding a goal (`(id, Goal)` pairs, records with their view…) by
/// [`list_cmp`]. Stable, so equal goals keep their incoming order.
pub fn sort_for_list<T>(items: &mut [T], today: Date, goal: impl Fn(&T) -> &Goal) {
    items.one_sort_by(|a, b| list_cmp(goal(a), goal(b), today));
}

/// Which goals pass the Goals screen filters. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GoalFilter {
    pub status: Option<GoalStatus>,
    pub category: Option<GoalCategory>,
}

impl GoalFilter {
    pub fn matches(&self, g: &Goal) -> bool {
        self.status.is_none_or(|s| g.status == s) && self.category.is_none_or(|c| g.category == c)
    }

    pub fn is_empty(&self) -> bool {
        *self == GoalFilter::default()
    }
}

/// The journal entries that are evidence for a goal, from both directions: listed in the
/// goal's `entries`, or naming the goal in their own `links`. Each entry once, newest first
/// (by date, then id). Only entries passed in can appear, so a dangling id in `goal.entries`
/// (a deleted entry) is simply not shown; pass live entries only.
pub fn evidence<'a>(
    goal_id: &str,
    goal: &Goal,
    entries: impl IntoIterator<Item = (&'a str, &'a Entry)>,
) -> Vec<(&'a str, &'a Entry)> {
    let mut out: Vec<(&'a str, &'a Entry)> = Vec::new();
    for (id, e) in entries {
        let linked = goal.entries.iter().any(|x| x == id) || e.links.iter().any(|l| l == goal_id);
        if linked && !out.iter().any(|(seen, _)| *seen == id) {
            out.push((id, e));
        }
    }
    out.one_sort_by(|a, b| b.1.date.cmp(&a.1.date).then_with(|| a.0.cmp(b.0)));
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::date::parse_rfc3339;
    use crate::domain::record::{kinds, Record};
    use proptest::prelude::*;
    use serde_json::json;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    /// An active goal from `activated` to `target` with `done` of `total` milestones done.
    fn active(activated: Date, target: Date, done: usize, total: usize) -> Goal {
        let mut g = Goal::new("Kuasai SQL", activated);
        g.target_date = Some(target);
        g.activate(activated);
        for i in 0..total {
            g.add_milestone(format!("m{i}"), &format!("Langkah {i}"), None, activated);
            if i < done {
                g.tick_milestone(&format!("m{i}"), activated);
            }
        }
        g
    }

    fn with_progress(activated: Date, target: Date, p: u8) -> Goal {
        let mut g = active(activated, target, 0, 0);
        g.set_progress(p, activated);
        g
    }

    #[test]
    fn progress_from_milestones_manual_and_achieved() {
        let t = d(2026, 11, 25);
        let g = active(t, t.add_days(30), 2, 3);
        assert_eq!(progress(&g), 67);
        assert_eq!(progress(&active(t, t, 1, 3)), 33);
        assert_eq!(progress(&active(t, t, 1, 8)), 13, "12.5 rounds half up");
        assert_eq!(progress(&active(t, t, 0, 4)), 0);
        assert_eq!(progress(&active(t, t, 4, 4)), 100);

        let mut g = active(t, t, 0, 0);
        assert_eq!(progress(&g), 0, "no milestones, no manual value");
        g.set_progress(40, t);
        assert_eq!(progress(&g), 40);
        g.add_milestone("a".into(), "A", None, t);
        assert_eq!(progress(&g), 0, "milestones override the manual value");
        g.remove_milestone("a");
        assert_eq!(progress(&g), 40, "manual value returns");
        g.manual_progress = Some(180);
        assert_eq!(progress(&g), 100, "an out-of-range stored value is capped");

        let mut g = active(t, t, 1, 3);
        g.achieve(t, "Selesai");
        assert_eq!(progress(&g), 100);
        let mut g = active(t, t, 1, 3);
        g.drop_goal(t, "Prioritas berubah");
        assert_eq!(progress(&g), 33, "dropped keeps its real progress");
    }

    proptest! {
        #[test]
        fn progress_matches_float_rounding(total in 1usize..60, done_seed in 0usize..60) {
            let done = done_seed % (total + 1);
            let t = d(2026, 1, 1);
            let g = active(t, t, done, total);
            let expect = (done as f64 * 100.0 / total as f64 + 0.5).floor() as u8;
            prop_assert_eq!(progress(&g), expect);
        }
    }

    #[test]
    fn due_soon_and_overdue_boundaries() {
        let today = d(2026, 11, 25);
        let mut g = active(d(2026, 1, 1), today, 0, 0);
        let at = |g: &mut Goal, days: i64| {
            g.target_date = Some(today.add_days(days));
            (due_soon(g, today), overdue(g, today))
        };
        assert_eq!(
            at(&mut g, 0),
            (true, false),
            "due today is due soon, not overdue"
        );
        assert_eq!(at(&mut g, 1), (true, false));
        assert_eq!(at(&mut g, 14), (true, false), "exactly 14 days is inside");
        assert_eq!(at(&mut g, 15), (false, false), "15 days is outside");
        assert_eq!(at(&mut g, -1), (false, true), "yesterday is overdue");

        g.target_date = None;
        assert_eq!((due_soon(&g, today), overdue(&g, today)), (false, false));

        for status in [GoalStatus::Draft, GoalStatus::Achieved, GoalStatus::Dropped] {
            let mut g = active(d(2026, 1, 1), today, 0, 0);
            g.status = status;
            assert!(!due_soon(&g, today) && !overdue(&g, today), "{status:?}");
            g.target_date = Some(today.add_days(-3));
            assert!(!overdue(&g, today) && !at_risk(&g, today), "{status:?}");
        }
    }

    #[test]
    fn due_soon_across_leap_day() {
        // 2028 is a leap year: 2028-02-15 + 14 days is 2028-02-29.
        let today = d(2028, 2, 15);
        let mut g = active(d(2028, 1, 1), d(2028, 2, 29), 0, 0);
        assert!(due_soon(&g, today));
        g.target_date = Some(d(2028, 3, 1));
        assert!(
            !due_soon(&g, today),
            "the leap day makes 1 March the 15th day"
        );
        // In 2027 (not leap) 14 days from 15 February is 1 March.
        let mut g = active(d(2027, 1, 1), d(2027, 3, 1), 0, 0);
        assert!(due_soon(&g, d(2027, 2, 15)));
        g.target_date = Some(d(2027, 3, 2));
        assert!(!due_soon(&g, d(2027, 2, 15)));
        // Target on the leap day itself.
        let g = active(d(2028, 1, 1), d(2028, 2, 29), 0, 0);
        assert!(due_soon(&g, d(2028, 2, 29)) && !overdue(&g, d(2028, 2, 29)));
        assert!(overdue(&g, d(2028, 3, 1)) && !due_soon(&g, d(2028, 3, 1)));
    }

    #[test]
    fn today_is_local_so_flags_flip_at_local_midnight() {
        // 2026-11-24T17:30Z is still the 24th in UTC but already 00:30 on the 25th in WIB.
        let now = parse_rfc3339("2026-11-24T17:30:00Z").unwrap();
        let utc = Date::from_millis(now, 0);
        let wib = Date::from_millis(now, 7 * 60);
        assert_eq!(utc, d(2026, 11, 24));
        assert_eq!(wib, d(2026, 11, 25));

        // Due 2026-12-09: 15 days from the 24th, 14 from the 25th.
        let g = active(d(2026, 11, 1), d(2026, 12, 9), 0, 0);
        assert!(!due_soon(&g, utc));
        assert!(due_soon(&g, wib));
        // Due on the 24th: in Jakarta it is already overdue, in UTC still due today.
        let g = active(d(2026, 11, 1), d(2026, 11, 24), 1, 1);
        assert!(due_soon(&g, utc) && !overdue(&g, utc));
        assert!(overdue(&g, wib) && !due_soon(&g, wib));
        // West of UTC (UTC−5) the same instant is the afternoon of the 24th.
        assert_eq!(Date::from_millis(now, -300), d(2026, 11, 24));
    }

    #[test]
    fn at_risk_rule() {
        let a = d(2026, 1, 1);
        let target = a.add_days(100);
        // Half the time used: at risk below 25 %, on track at exactly 25 %.
        assert!(at_risk(&with_progress(a, target, 24), a.add_days(50)));
        assert!(!at_risk(&with_progress(a, target, 25), a.add_days(50)));
        // A quarter of the time with nothing done is exactly on the margin.
        assert!(!at_risk(&with_progress(a, target, 0), a.add_days(25)));
        assert!(at_risk(&with_progress(a, target, 0), a.add_days(26)));
        // On the target day: at risk below 75 %.
        assert!(at_risk(&with_progress(a, target, 74), target));
        assert!(!at_risk(&with_progress(a, target, 75), target));
        // After the target: overdue, at risk unless complete.
        let late = target.add_days(1);
        let g = with_progress(a, target, 99);
        assert!(overdue(&g, late) && at_risk(&g, late));
        let g = with_progress(a, target, 100);
        assert!(overdue(&g, late) && !at_risk(&g, late));
        // Complete goals are never at risk while not overdue.
        for day in 0..=100 {
            assert!(!at_risk(&with_progress(a, target, 100), a.add_days(day)));
        }
        // Milestones count: 2 of 3 (67 %) at 90 % of the time is behind by 23 points only.
        let g = active(a, target, 2, 3);
        assert!(!at_risk(&g, a.add_days(91)));
        assert!(at_risk(&g, a.add_days(93)), "93 − 67 = 26 points");
    }

    #[test]
    fn at_risk_edge_cases() {
        let a = d(2026, 6, 1);
        // Today before activation (clock moved back): not at risk.
        assert!(!at_risk(
            &with_progress(a, a.add_days(10), 0),
            a.add_days(-1)
        ));
        // Activation day: no time used yet.
        assert!(!at_risk(&with_progress(a, a.add_days(10), 0), a));
        // Target equal to activation: on that day all the time is used.
        assert!(at_risk(&with_progress(a, a, 74), a));
        assert!(!at_risk(&with_progress(a, a, 75), a));
        // Target before activation (reopened late): on or after the target it is overdue.
        let g = with_progress(a, a.add_days(-5), 50);
        assert!(overdue(&g, a) && at_risk(&g, a));
        // No target or no activation date: no pace to judge.
        let mut g = with_progress(a, a.add_days(10), 0);
        g.target_date = None;
        assert!(!at_risk(&g, a.add_days(9)));
        let mut g = with_progress(a, a.add_days(10), 0);
        g.activated = None;
        assert!(!at_risk(&g, a.add_days(9)));
        // Not active: never.
        let mut g = with_progress(a, a.add_days(10), 0);
        g.status = GoalStatus::Draft;
        assert!(!at_risk(&g, a.add_days(9)));
        assert_eq!(AT_RISK_POINTS, 25);
    }

    #[test]
    fn at_risk_across_leap_year() {
        // 2028-01-01 → 2028-12-31 is 365 days because of the leap day; day 183 is 2028-07-02.
        let a = d(2028, 1, 1);
        let target = d(2028, 12, 31);
        assert_eq!(target.to_days() - a.to_days(), 365);
        // 100·elapsed > 365·(p + 25): with p = 25, elapsed 182 is on track, 183 is at risk.
        let g = with_progress(a, target, 25);
        assert!(!at_risk(&g, d(2028, 7, 1)));
        assert!(at_risk(&g, d(2028, 7, 2)));
    }

    #[test]
    fn overdue_milestones_listed() {
        let today = d(2026, 11, 25);
        let mut g = active(d(2026, 1, 1), d(2027, 1, 1), 0, 0);
        g.add_milestone("a".into(), "Lalu", Some(today.add_days(-1)), today);
        g.add_milestone("b".into(), "Hari ini", Some(today), today);
        g.add_milestone("c".into(), "Selesai", Some(today.add_days(-9)), today);
        g.add_milestone("d".into(), "Tanpa tanggal", None, today);
        g.tick_milestone("c", today);
        assert_eq!(overdue_milestones(&g, today), vec!["a".to_string()]);
        g.status = GoalStatus::Draft;
        assert_eq!(overdue_milestones(&g, today), vec!["a".to_string()]);
        g.achieve(today, "");
        assert!(overdue_milestones(&g, today).is_empty());
        let f = flags(&active(d(2026, 1, 1), today, 0, 0), today);
        assert_eq!(
            f,
            GoalFlags {
                due_soon: true,
                overdue: false,
                at_risk: true,
                overdue_milestones: 0
            }
        );
    }

    #[test]
    fn transitions_record_history() {
        let t0 = d(2026, 1, 5);
        let t1 = d(2026, 2, 1);
        let mut g = Goal::new("Sertifikasi", t0);
        assert_eq!(g.status, GoalStatus::Draft);
        assert!(g.activate(t0));
        assert!(!g.activate(t1), "already active");
        assert_eq!(g.activated, Some(t0));
        assert!(g.add_milestone("m1".into(), "  Daftar  ", Some(t1), t0));
        assert!(
            !g.add_milestone("m1".into(), "Lagi", None, t0),
            "duplicate id"
        );
        assert_eq!(g.milestone("m1").unwrap().title, "Daftar");
        assert!(g.tick_milestone("m1", t1));
        assert!(!g.tick_milestone("m1", t1), "already done");
        assert!(!g.tick_milestone("zz", t1));
        assert!(g.untick_milestone("m1"));
        assert!(!g.untick_milestone("m1"));
        assert!(g.achieve(t1, "  Lulus ujian  "));
        assert_eq!((g.closed, g.reflection.as_str()), (Some(t1), "Lulus ujian"));
        assert!(!g.achieve(t1, "again"));
        assert!(g.activate(d(2026, 3, 1)), "reopen");
        assert_eq!((g.activated, g.closed), (Some(d(2026, 3, 1)), None));
        assert!(g.drop_goal(d(2026, 3, 2), "Tidak relevan"));
        assert_eq!(g.status, GoalStatus::Dropped);

        let changes: Vec<_> = g.history.iter().map(|h| h.change.clone()).collect();
        assert_eq!(
            changes,
            vec![
                GoalChange::Created,
                GoalChange::Activated,
                GoalChange::MilestoneAdded {
                    title: "Daftar".into()
                },
                GoalChange::MilestoneDone {
                    title: "Daftar".into()
                },
                GoalChange::StatusChanged {
                    to: GoalStatus::Achieved
                },
                GoalChange::StatusChanged {
                    to: GoalStatus::Active
                },
                GoalChange::StatusChanged {
                    to: GoalStatus::Dropped
                },
            ]
        );
        assert_eq!(g.history[0].date, t0);
        assert_eq!(g.history[3].date, t1);
        assert!(validate(&{
            let mut g = g.clone();
            g.title = "ok".into();
            g
        })
        .is_empty());
    }

    /// The hand-written reading of `GoalChange` agrees with what serde derives for an
    /// internally tagged enum, for every variant, unknown types and broken items.
    #[test]
    fn goal_change_reads_like_the_derived_internally_tagged_enum() {
        #[derive(Debug, PartialEq, Deserialize)]
        #[serde(tag = "type", rename_all = "snake_case")]
        enum Derived {
            Created,
            Activated,
            StatusChanged {
                to: GoalStatus,
            },
            MilestoneDone {
                title: String,
            },
            MilestoneAdded {
                title: String,
            },
            ProgressSet {
                value: u8,
            },
            #[serde(other)]
            Other,
        }
        let same = |d: Derived| match d {
            Derived::Created => GoalChange::Created,
            Derived::Activated => GoalChange::Activated,
            Derived::StatusChanged { to } => GoalChange::StatusChanged { to },
            Derived::MilestoneDone { title } => GoalChange::MilestoneDone { title },
            Derived::MilestoneAdded { title } => GoalChange::MilestoneAdded { title },
            Derived::ProgressSet { value } => GoalChange::ProgressSet { value },
            Derived::Other => GoalChange::Other,
        };
        for json in [
            r#"{"type":"created"}"#,
            r#"{"type":"activated","extra":1}"#,
            r#"{"type":"created","to":"paused","value":-1}"#,
            r#"{"type":"status_changed","to":"achieved"}"#,
            r#"{"type":"milestone_done","title":"Draft the plan"}"#,
            r#"{"type":"milestone_added","title":"Kirim laporan"}"#,
            r#"{"type":"progress_set","value":40}"#,
            r#"{"type":"renamed_in_a_newer_version","from":"x"}"#,
            r#"{"type":"status_changed"}"#,
            r#"{"type":"status_changed","to":"paused"}"#,
            r#"{"type":"progress_set","value":400}"#,
            r#"{"type":"milestone_done","title":7}"#,
            r#"{"title":"no type"}"#,
            r#"{"type":3}"#,
            r#""created""#,
        ] {
            let value: Value = serde_json::from_str(json).unwrap();
            let ours = GoalChange::deserialize(&value).ok();
            let derived = Derived::deserialize(&value).ok().map(same);
            assert_eq!(ours, derived, "{json}");
        }
    }

    #[test]
    fn progress_history_is_short() {
        let t = d(2026, 1, 1);
        let mut g = Goal::new("x", t);
        for v in 0..=100 {
            g.set_progress(v, t);
        }
        assert!(!g.set_progress(100, t), "unchanged");
        assert_eq!(g.history.len(), 2, "one progress item per day");
        assert_eq!(g.history[1].change, GoalChange::ProgressSet { value: 100 });
        assert!(
            !g.set_progress(250, t.add_days(1)),
            "capped to 100: unchanged"
        );
        for i in 0..(HISTORY_MAX as i64 * 2) {
            g.set_progress((i % 2) as u8, t.add_days(i + 2));
        }
        assert_eq!(g.history.len(), HISTORY_MAX);
        assert_eq!(
            g.history.last().unwrap().date,
            t.add_days(HISTORY_MAX as i64 * 2 + 1)
        );
    }

    #[test]
    fn milestone_order_and_removal() {
        let t = d(2026, 1, 1);
        let mut g = Goal::new("x", t);
        for id in ["a", "b", "c"] {
            g.add_milestone(id.into(), id, None, t);
        }
        let ids = |g: &Goal| {
            g.milestones
                .iter()
                .map(|m| m.id.clone())
                .collect::<String>()
        };
        assert!(!g.move_milestone("a", true), "top cannot move up");
        assert!(!g.move_milestone("c", false), "bottom cannot move down");
        assert!(!g.move_milestone("zz", true));
        assert!(g.move_milestone("c", true));
        assert_eq!(ids(&g), "acb");
        assert!(g.move_milestone("a", false));
        assert_eq!(ids(&g), "cab");
        assert!(g.remove_milestone("a"));
        assert!(!g.remove_milestone("a"));
        assert_eq!(ids(&g), "cb");
        g.milestone_mut("b").unwrap().title = "Baru".into();
        assert_eq!(g.next_milestone().unwrap().id, "c");
        g.tick_milestone("c", t);
        assert_eq!(g.next_milestone().unwrap().title, "Baru");
    }

    #[test]
    fn validation_rules() {
        let t = d(2026, 1, 1);
        let ok = || {
            let mut g = Goal::new("Menjadi fasilitator", t);
            g.add_milestone("m".into(), "Langkah", Some(t), t);
            g
        };
        assert!(validate(&ok()).is_empty());

        let mut g = ok();
        g.title = "  ".into();
        assert_eq!(validate(&g), vec![GoalError::TitleEmpty]);
        g.title = "é".repeat(TITLE_MAX);
        assert!(validate(&g).is_empty(), "characters, not bytes");
        g.title = "x".repeat(TITLE_MAX + 1);
        assert_eq!(
            validate(&g),
            vec![GoalError::TitleTooLong { max: TITLE_MAX }]
        );

        let mut g = ok();
        g.why = "x".repeat(TEXT_MAX + 1);
        g.measure = "x".repeat(TEXT_MAX + 1);
        g.reflection = "x".repeat(TEXT_MAX + 1);
        let fields: Vec<_> = validate(&g).iter().map(|e| e.field()).collect();
        assert_eq!(fields, vec!["why", "measure", "reflection"]);

        let mut g = ok();
        g.target_date = Some(d(2201, 1, 1));
        assert_eq!(validate(&g), vec![GoalError::TargetDateOutOfRange]);
        assert_eq!(validate(&g)[0].field(), "target_date");

        let mut g = ok();
        g.manual_progress = Some(101);
        assert_eq!(validate(&g), vec![GoalError::ProgressTooHigh { max: 100 }]);
        g.manual_progress = Some(100);
        assert!(validate(&g).is_empty());

        let mut g = ok();
        g.milestone_mut("m").unwrap().title = " ".into();
        g.add_milestone("n".into(), &"y".repeat(MILESTONE_TITLE_MAX + 1), None, t);
        g.add_milestone("o".into(), "Kuno", Some(d(1800, 1, 1)), t);
        let errs = validate(&g);
        assert_eq!(
            errs,
            vec![
                GoalError::MilestoneTitleEmpty { id: "m".into() },
                GoalError::MilestoneTitleTooLong {
                    id: "n".into(),
                    max: MILESTONE_TITLE_MAX
                },
                GoalError::MilestoneDueOutOfRange { id: "o".into() },
            ]
        );
        assert!(errs.iter().all(|e| e.field() == "milestones"));
        assert_eq!(errs[1].milestone_id(), Some("n"));

        let mut g = ok();
        for i in 0..MILESTONES_MAX {
            g.add_milestone(format!("x{i}"), "x", None, t);
        }
        assert_eq!(
            validate(&g),
            vec![GoalError::TooManyMilestones {
                max: MILESTONES_MAX
            }]
        );

        let mut g = ok();
        g.activate(d(2026, 5, 1));
        g.closed = Some(d(2026, 4, 30));
        assert_eq!(validate(&g), vec![GoalError::ClosedBeforeActivated]);
        assert_eq!(validate(&g)[0].field(), "closed");
        g.closed = Some(d(2026, 5, 1));
        assert!(
            validate(&g).is_empty(),
            "closing on the activation day is fine"
        );
    }

    #[test]
    fn list_order() {
        let today = d(2026, 11, 25);
        let a = d(2026, 1, 1);
        let mk = |title: &str, status: GoalStatus, target: Option<Date>, p: u8| {
            let mut g = with_progress(a, today.add_days(100), p);
            g.title = title.into();
            g.target_date = target;
            g.status = status;
            g
        };
        let mut goals = vec![
            mk("dropped", GoalStatus::Dropped, None, 0),
            mk("draft-late", GoalStatus::Draft, Some(today.add_days(90)), 0),
            mk("plain", GoalStatus::Active, Some(today.add_days(300)), 100),
            mk("no-date", GoalStatus::Active, None, 0),
            mk("soon", GoalStatus::Active, Some(today.add_days(10)), 100),
            mk("risky", GoalStatus::Active, Some(today.add_days(200)), 0),
            mk("late", GoalStatus::Active, Some(today.add_days(-2)), 100),
            mk("draft-undated", GoalStatus::Draft, None, 0),
            mk("draft-early", GoalStatus::Draft, Some(today.add_days(5)), 0),
            mk(
                "plain-earlier",
                GoalStatus::Active,
                Some(today.add_days(250)),
                100,
            ),
        ];
        let mut achieved_old = mk("won-old", GoalStatus::Achieved, None, 0);
        achieved_old.closed = Some(d(2026, 3, 1));
        let mut achieved_new = mk("won-new", GoalStatus::Achieved, None, 0);
        achieved_new.closed = Some(d(2026, 9, 1));
        goals.push(achieved_old);
        goals.push(achieved_new);
        assert!(at_risk(&goals[5], today) && !at_risk(&goals[2], today));

        let mut pairs: Vec<(String, Goal)> =
            goals.into_iter().map(|g| (g.title.clone(), g)).collect();
        sort_for_list(&mut pairs, today, |(_, g)| g);
        let order: Vec<&str> = pairs.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            order,
            vec![
                "late",
                "risky",
                "soon",
                "plain-earlier",
                "plain",
                "no-date",
                "draft-early",
                "draft-late",
                "draft-undated",
                "won-new",
                "won-old",
                "dropped",
            ]
        );
    }

    #[test]
    fn filters() {
        let t = d(2026, 1, 1);
        let mut g = Goal::new("x", t);
        g.category = GoalCategory::Network;
        assert!(GoalFilter::default().matches(&g) && GoalFilter::default().is_empty());
        let f = GoalFilter {
            status: Some(GoalStatus::Draft),
            category: Some(GoalCategory::Network),
        };
        assert!(f.matches(&g));
        g.activate(t);
        assert!(!f.matches(&g));
        let f = GoalFilter {
            category: Some(GoalCategory::Skill),
            ..Default::default()
        };
        assert!(!f.matches(&g));
        for c in GoalCategory::ALL {
            assert_eq!(GoalCategory::parse(c.as_str()), Some(c));
        }
        for s in GoalStatus::ALL {
            assert_eq!(GoalStatus::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn evidence_from_both_directions() {
        let mk = |day: u32, links: &[&str]| {
            let mut e = Entry::new(d(2026, 11, day));
            e.links = links.iter().map(|s| s.to_string()).collect();
            e
        };
        let e1 = mk(1, &[]);
        let e2 = mk(20, &["goal-1"]);
        let e3 = mk(10, &["goal-1"]);
        let e4 = mk(15, &["goal-2"]);
        let mut g = Goal::new("x", d(2026, 1, 1));
        assert!(g.link_entry("e1"));
        assert!(!g.link_entry("e1"));
        g.link_entry("e3");
        g.link_entry("gone");
        let all = [("e1", &e1), ("e2", &e2), ("e3", &e3), ("e4", &e4)];
        let ids: Vec<&str> = evidence("goal-1", &g, all).iter().map(|p| p.0).collect();
        assert_eq!(ids, vec!["e2", "e3", "e1"], "newest first, e3 once");
        assert!(g.unlink_entry("e3"));
        assert!(!g.unlink_entry("e3"));
        let ids: Vec<&str> = evidence("goal-1", &g, all).iter().map(|p| p.0).collect();
        assert_eq!(ids, vec!["e2", "e3", "e1"], "the entry-side link remains");
    }

    #[test]
    fn record_round_trip_keeps_unknown_and_clears_nulls() {
        let mut rec: Record = serde_json::from_value(json!({
            "id": "g1", "kind": kinds::GOAL, "created": "2026-11-25T10:00:00.000Z",
            "rev": "1764064800000-000000-dev", "title": "Lama", "target_date": "2026-12-31",
            "future_field": [1, 2]
        }))
        .unwrap();
        let mut g: Goal = rec.view().unwrap();
        assert_eq!(g.target_date, Some(d(2026, 12, 31)));
        g.target_date = None;
        g.activate(d(2026, 11, 25));
        g.add_milestone("m".into(), "Satu", Some(d(2026, 12, 1)), d(2026, 11, 25));
        rec.set_view(&g).unwrap();
        assert!(
            !rec.fields.contains_key("target_date"),
            "cleared date removed"
        );
        assert_eq!(rec.fields["future_field"], json!([1, 2]));
        assert_eq!(rec.fields["status"], "active");
        assert_eq!(rec.fields["history"][0]["change"]["type"], "activated");
        let back: Goal = rec.view().unwrap();
        assert_eq!(back, g);
    }

    #[test]
    fn partial_and_odd_records_load() {
        let g: Goal = serde_json::from_value(json!({})).unwrap();
        assert_eq!(g, Goal::default());
        let g: Goal = serde_json::from_value(json!({
            "title": "Dari versi baru",
            "status": "paused",
            "category": 7,
            "target_date": "2026-02-30",
            "manual_progress": 400,
            "milestones": [{"id": "a", "title": "ok", "due": "bad"}, 3, {"title": "no id"}],
            "entries": ["e1", 2, "e2"],
            "history": [
                {"date": "2026-01-01", "change": {"type": "created"}},
                {"date": "2026-01-02", "change": {"type": "renamed", "from": "x"}},
                {"change": {"type": "created"}}
            ]
        }))
        .unwrap();
        assert_eq!(g.title, "Dari versi baru");
        assert_eq!(g.status, GoalStatus::Draft);
        assert_eq!(g.category, GoalCategory::Skill);
        assert_eq!(g.target_date, None);
        assert_eq!(g.manual_progress, None);
        assert_eq!(g.milestones.len(), 2);
        assert_eq!(g.milestones[0].due, None);
        assert_eq!(g.entries, vec!["e1", "e2"]);
        assert_eq!(
            g.history
                .iter()
                .map(|h| h.change.clone())
                .collect::<Vec<_>>(),
            vec![GoalChange::Created, GoalChange::Other]
        );
    }

    #[test]
    fn planned_methods_keep_the_model_order_and_round_trip() {
        let mut g = Goal::new("Memimpin rapat", d(2026, 1, 1));
        assert!(g.set_method(LearningType::Formal, true));
        assert!(g.set_method(LearningType::Experience, true));
        assert!(
            !g.set_method(LearningType::Experience, true),
            "already planned"
        );
        assert_eq!(
            g.methods,
            vec![LearningType::Experience, LearningType::Formal]
        );
        assert!(g.set_method(LearningType::Social, true));
        assert!(g.set_method(LearningType::Experience, false));
        assert!(!g.set_method(LearningType::Experience, false));
        assert_eq!(g.methods, vec![LearningType::Social, LearningType::Formal]);

        assert!(g.set_competency("asn-communication", true));
        assert!(!g.set_competency("asn-communication", true));
        assert!(g.set_competency("asn-integrity", true));
        assert!(g.set_competency("asn-communication", false));
        assert_eq!(g.competencies, vec!["asn-integrity"]);

        let mut rec = Record::new(kinds::GOAL, "g1".into(), 0, rev_for_test());
        rec.set_view(&g).unwrap();
        assert_eq!(rec.fields["methods"], json!(["social", "formal"]));
        assert_eq!(rec.view::<Goal>().unwrap(), g);

        // A method a newer version invents is skipped, the rest kept in the stored order.
        let odd: Goal = serde_json::from_value(json!({
            "methods": ["formal", "osmosis", 3, "experience"], "competencies": "not a list"
        }))
        .unwrap();
        assert_eq!(
            odd.methods,
            vec![LearningType::Formal, LearningType::Experience]
        );
        assert!(odd.competencies.is_empty());
    }

    fn rev_for_test() -> crate::domain::clock::Rev {
        crate::domain::clock::Rev::parse("1764064800000-000000-dev").unwrap()
    }
}
