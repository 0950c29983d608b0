//! An `action` record: something agreed in a session — by the user ("me") or by the other
//! person — with a due date, the day it was done, and links to its person, session and goal.
//!
//! Open actions are listed overdue first (oldest due date on top), then by due date, then the
//! undated ones; see [`open_first`].

use super::{lenient, too_long, SHORT_MAX};
use crate::domain::date::Date;
use crate::domain::sort::OneSort;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    /// The user of this app.
    #[default]
    Me,
    /// The person the action belongs to.
    Them,
}

impl Owner {
    pub const ALL: [Owner; 2] = [Owner::Me, Owner::Them];

    pub fn as_str(self) -> &'static str {
        match self {
            Owner::Me => "me",
            Owner::Them => "them",
        }
    }

    pub fn parse(s: &str) -> Option<Owner> {
        Owner::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// The typed view of an `action` record's own fields.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Action {
    #[serde(default, deserialize_with = "lenient")]
    pub text: String,
    #[serde(default, deserialize_with = "lenient")]
    pub owner: Owner,
    /// The person's record id (so an action shows on the person even without a session).
    #[serde(default, deserialize_with = "lenient")]
    pub person: String,
    #[serde(default, deserialize_with = "lenient")]
    pub session: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub goal: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub due: Option<Date>,
    /// The day it was ticked off; None while open.
    #[serde(default, deserialize_with = "lenient")]
    pub done: Option<Date>,
}

impl Action {
    pub fn is_open(&self) -> bool {
        self.done.is_none()
    }

    /// Open and due before today.
    pub fn is_overdue(&self, today: Date) -> bool {
        self.is_open() && self.due.is_some_and(|d| d < today)
    }

    /// Ticks the action off today, or reopens it. False if nothing changed.
    pub fn set_done(&mut self, done: bool, today: Date) -> bool {
        match (done, self.done) {
            (true, None) => {
                self.done = Some(today);
                true
            }
            (false, Some(_)) => {
                self.done = None;
                true
            }
            _ => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionError {
    TextEmpty,
    TextTooLong { max: usize },
    NoPerson,
    DueOutOfRange,
    DoneOutOfRange,
}

impl ActionError {
    pub fn field(&self) -> &'static str {
        match self {
            ActionError::TextEmpty | ActionError::TextTooLong { .. } => "text",
            ActionError::NoPerson => "person",
            ActionError::DueOutOfRange => "due",
            ActionError::DoneOutOfRange => "done",
        }
    }
}

pub fn validate(a: &Action) -> Vec<ActionError> {
    let mut errors = Vec::new();
    if a.text.trim().is_empty() {
        errors.push(ActionError::TextEmpty);
    } else if too_long(&a.text, SHORT_MAX) {
        errors.push(ActionError::TextTooLong { max: SHORT_MAX });
    }
    if a.person.trim().is_empty() {
        errors.push(ActionError::NoPerson);
    }
    if a.due.is_some_and(|d| !d.in_range()) {
        errors.push(ActionError::DueOutOfRange);
    }
    if a.done.is_some_and(|d| !d.in_range()) {
        errors.push(ActionError::DoneOutOfRange);
    }
    errors
}

/// The list order: open before done; open ones overdue first, then by due date (undated
/// last); done ones most recently done first; ties by text, then id.
pub fn list_cmp(a: (&str, &Action), b: (&str, &Action), today: Date) -> Ordering {
    let rank = |x: &Action| match (x.is_open(), x.is_overdue(today)) {
        (true, true) => 0,
        (true, false) => 1,
        (false, _) => 2,
    };
    let (ia, xa) = a;
    let (ib, xb) = b;
    rank(xa)
        .cmp(&rank(xb))
        .then_with(|| {
            if xa.is_open() {
                // Some(date) before None, earlier dates first.
                let key = |x: &Action| x.due.map_or(i64::MAX, Date::to_days);
                key(xa).cmp(&key(xb))
            } else {
                xb.done.cmp(&xa.done)
            }
        })
        .then_with(|| xa.text.cmp(&xb.text))
        .then_with(|| ia.cmp(ib))
}

/// Sorts `(id, action)` pairs by [`list_cmp`].
pub fn sort_for_list(items: &mut [(String, Action)], today: Date) {
    items.one_sort_by(|a, b| list_cmp((&a.0, &a.1), (&b.0, &b.1), today));
}

/// Only the open actions, overdue first: what Today, the person and the session show on top.
pub fn open_first(mut items: Vec<(String, Action)>, today: Date) -> Vec<(String, Action)> {
    items.retain(|(_, a)| a.is_open());
    sort_for_list(&mut items, today);
    items
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn act(text: &str, due: Option<Date>, done: Option<Date>) -> Action {
        Action {
            text: text.into(),
            person: "p".into(),
            due,
            done,
            ..Action::default()
        }
    }

    #[test]
    fn done_and_overdue() {
        let today = d(2026, 11, 25);
        let mut a = act("Kirim draf", Some(d(2026, 11, 24)), None);
        assert!(a.is_overdue(today));
        assert!(
            !act("x", Some(today), None).is_overdue(today),
            "due today is not late"
        );
        assert!(a.set_done(true, today));
        assert!(
            !a.set_done(true, d(2026, 11, 26)),
            "keeps the first done date"
        );
        assert_eq!(a.done, Some(today));
        assert!(!a.is_overdue(today));
        assert!(a.set_done(false, today));
        assert!(!a.set_done(false, today));
        assert!(a.is_open());
    }

    #[test]
    fn validation() {
        assert!(validate(&act("ok", None, None)).is_empty());
        let mut a = act(" ", Some(d(1800, 1, 1)), Some(d(2201, 1, 1)));
        a.person.clear();
        assert_eq!(
            validate(&a),
            vec![
                ActionError::TextEmpty,
                ActionError::NoPerson,
                ActionError::DueOutOfRange,
                ActionError::DoneOutOfRange
            ]
        );
        a.text = "x".repeat(SHORT_MAX + 1);
        assert_eq!(validate(&a)[0], ActionError::TextTooLong { max: SHORT_MAX });
        assert_eq!(validate(&a)[0].field(), "text");
        for o in Owner::ALL {
            assert_eq!(Owner::parse(o.as_str()), Some(o));
        }
    }

    #[test]
    fn overdue_first_then_due_then_undated_then_done() {
        let today = d(2026, 11, 25);
        let items = vec![
            ("1".to_string(), act("undated", None, None)),
            ("2".to_string(), act("later", Some(d(2026, 12, 10)), None)),
            ("3".to_string(), act("late-2", Some(d(2026, 11, 20)), None)),
            ("4".to_string(), act("soon", Some(today), None)),
            ("5".to_string(), act("late-10", Some(d(2026, 11, 15)), None)),
            ("6".to_string(), act("done-old", None, Some(d(2026, 11, 1)))),
            (
                "7".to_string(),
                act("done-new", Some(d(2026, 1, 1)), Some(d(2026, 11, 22))),
            ),
            ("8".to_string(), act("another undated", None, None)),
        ];
        let mut all = items.clone();
        sort_for_list(&mut all, today);
        let order: Vec<&str> = all.iter().map(|(_, a)| a.text.as_str()).collect();
        assert_eq!(
            order,
            vec![
                "late-10",
                "late-2",
                "soon",
                "later",
                "another undated",
                "undated",
                "done-new",
                "done-old"
            ]
        );
        let open: Vec<String> = open_first(items, today)
            .into_iter()
            .map(|(i, _)| i)
            .collect();
        assert_eq!(open, vec!["5", "3", "4", "2", "8", "1"]);
    }
}
