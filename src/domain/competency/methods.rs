//! Development methods suggested for a competency gap, from the seed material on training
//! integrated with talent management: project-based learning, coaching, mentoring, simulation,
//! blended learning, job rotation or secondment, and formal training.
//!
//! # The rule
//!
//! Every gap gets three suggestions, one per part of the 70-20-10 model, so a development plan
//! built from them keeps the balance the rest of the app tracks:
//!
//! - **experience (70)**: a gap of 3 or more levels needs a new setting → job rotation or
//!   secondment; a gap of 2 → project-based learning; a gap of 1 → simulation (practice the
//!   missing behaviour in a safe setting before doing it for real).
//! - **social (20)**: a target at level 4 or 5 is a leadership level, learnt from someone who
//!   holds such a role → mentoring; below that → coaching on the specific behaviour.
//! - **formal (10)**: a current level of 1 or 2 lacks the foundations → formal training;
//!   from level 3 up → blended learning (short courses around work).

use super::assessment::Row;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    ProjectBased,
    Coaching,
    Mentoring,
    Simulation,
    Blended,
    /// Job rotation or secondment.
    JobRotation,
    FormalTraining,
}

/// The part of the 70-20-10 model a method belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Share {
    Experience,
    Social,
    Formal,
}

impl Method {
    pub const ALL: [Method; 7] = [
        Method::ProjectBased,
        Method::Coaching,
        Method::Mentoring,
        Method::Simulation,
        Method::Blended,
        Method::JobRotation,
        Method::FormalTraining,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Method::ProjectBased => "project_based",
            Method::Coaching => "coaching",
            Method::Mentoring => "mentoring",
            Method::Simulation => "simulation",
            Method::Blended => "blended",
            Method::JobRotation => "job_rotation",
            Method::FormalTraining => "formal_training",
        }
    }

    pub fn parse(s: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.as_str() == s)
    }

    pub fn share(self) -> Share {
        match self {
            Method::ProjectBased | Method::Simulation | Method::JobRotation => Share::Experience,
            Method::Coaching | Method::Mentoring => Share::Social,
            Method::Blended | Method::FormalTraining => Share::Formal,
        }
    }
}

/// The three suggestions for a gap from `current` to `target` (experience, social, formal), or
/// none when there is no gap.
pub fn suggest(current: u8, target: u8) -> Vec<Method> {
    if target <= current {
        return Vec::new();
    }
    let gap = target - current;
    let experience = match gap {
        3.. => Method::JobRotation,
        2 => Method::ProjectBased,
        _ => Method::Simulation,
    };
    let social = if target >= 4 {
        Method::Mentoring
    } else {
        Method::Coaching
    };
    let formal = if current <= 2 {
        Method::FormalTraining
    } else {
        Method::Blended
    };
    vec![experience, social, formal]
}

/// The suggestions for a results row (none without a gap).
pub fn for_row(row: &Row) -> Vec<Method> {
    match (row.current, row.target) {
        (Some(c), Some(t)) => suggest(c, t),
        _ => Vec::new(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn one_method_per_share() {
        for current in 1..=5 {
            for target in 1..=5 {
                let m = suggest(current, target);
                if target <= current {
                    assert!(m.is_empty());
                    continue;
                }
                let shares: Vec<Share> = m.iter().map(|m| m.share()).collect();
                assert_eq!(
                    shares,
                    vec![Share::Experience, Share::Social, Share::Formal]
                );
            }
        }
    }

    #[test]
    fn the_rule() {
        use Method::*;
        assert_eq!(suggest(1, 5), vec![JobRotation, Mentoring, FormalTraining]);
        assert_eq!(suggest(1, 4), vec![JobRotation, Mentoring, FormalTraining]);
        assert_eq!(suggest(2, 4), vec![ProjectBased, Mentoring, FormalTraining]);
        assert_eq!(suggest(1, 3), vec![ProjectBased, Coaching, FormalTraining]);
        assert_eq!(suggest(2, 3), vec![Simulation, Coaching, FormalTraining]);
        assert_eq!(suggest(3, 4), vec![Simulation, Mentoring, Blended]);
        assert_eq!(suggest(3, 5), vec![ProjectBased, Mentoring, Blended]);
        assert_eq!(suggest(1, 2), vec![Simulation, Coaching, FormalTraining]);
        assert!(suggest(4, 4).is_empty());
    }

    #[test]
    fn names_round_trip() {
        for m in Method::ALL {
            assert_eq!(Method::parse(m.as_str()), Some(m));
        }
        assert_eq!(Method::parse("osmosis"), None);
    }
}
