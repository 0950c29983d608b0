//! The hybrid logical clock that stamps every change (`rev`).
//!
//! A stamp is wall-clock milliseconds, a counter and the device id, written so that plain
//! string comparison equals causal order: fixed-width zero-padded numbers first, device id last
//! as the tie-breaker. The clock never goes backwards even when the wall clock does, and it
//! moves past any stamp it has seen from another device, so a later edit always wins a merge.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Widths keep lexicographic order equal to numeric order (13 digits of ms last until 2286).
const MS_WIDTH: usize = 13;
const COUNTER_WIDTH: usize = 6;
const COUNTER_MAX: u32 = 999_999;

/// One stamp. Ordering is derived field by field, which matches the string order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rev {
    pub millis: u64,
    pub counter: u32,
    pub device: String,
}

impl Rev {
    /// Parses the serialised form `MMMMMMMMMMMMM-CCCCCC-device`.
    pub fn parse(s: &str) -> Option<Rev> {
        let mut parts = s.splitn(3, '-');
        let ms = parts.next()?;
        let counter = parts.next()?;
        let device = parts.next()?;
        if ms.len() != MS_WIDTH || counter.len() != COUNTER_WIDTH || device.is_empty() {
            return None;
        }
        if !ms.bytes().all(|b| b.is_ascii_digit()) || !counter.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(Rev {
            millis: ms.parse().ok()?,
            counter: counter.parse().ok()?,
            device: device.to_string(),
        })
    }
}

impl fmt::Display for Rev {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:0mw$}-{:0cw$}-{}",
            self.millis,
            self.counter,
            self.device,
            mw = MS_WIDTH,
            cw = COUNTER_WIDTH
        )
    }
}

impl Serialize for Rev {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Rev {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Rev::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("invalid rev: {s}")))
    }
}

/// The clock of one device.
#[derive(Debug, Clone)]
pub struct Hlc {
    device: String,
    last_millis: u64,
    counter: u32,
}

impl Hlc {
    /// `device` must not contain characters that sort oddly; callers use a short id.
    pub fn new(device: impl Into<String>) -> Self {
        Hlc {
            device: device.into(),
            last_millis: 0,
            counter: 0,
        }
    }

    /// The same clock under another device id: what it has seen is kept, so a clock that
    /// observed records before the device id was known still ticks past all of them.
    pub fn with_device(self, device: impl Into<String>) -> Self {
        Hlc {
            device: device.into(),
            ..self
        }
    }

    pub fn device(&self) -> &str {
        &self.device
    }

    /// A new stamp for a local change at wall-clock `now_millis`, later than every stamp this
    /// clock has issued or observed.
    pub fn tick(&mut self, now_millis: u64) -> Rev {
        if now_millis > self.last_millis {
            self.last_millis = now_millis;
            self.counter = 0;
        } else if self.counter >= COUNTER_MAX {
            // A million edits within one millisecond: borrow the next millisecond.
            self.last_millis += 1;
            self.counter = 0;
        } else {
            self.counter += 1;
        }
        Rev {
            millis: self.last_millis,
            counter: self.counter,
            device: self.device.clone(),
        }
    }

    /// Moves the clock past a stamp seen from elsewhere (another tab, an import).
    pub fn observe(&mut self, seen: &Rev) {
        if (seen.millis, seen.counter) > (self.last_millis, self.counter) {
            self.last_millis = seen.millis;
            self.counter = seen.counter;
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_new_device_id_keeps_what_was_observed() {
        let mut c = Hlc::new("local");
        c.observe(&Rev::parse("1764064800000-000007-other").unwrap());
        let mut c = c.with_device("dev1");
        let next = c.tick(1);
        assert_eq!(next.device, "dev1");
        assert!((next.millis, next.counter) > (1_764_064_800_000, 7));
    }

    #[test]
    fn round_trips_through_string() {
        let r = Rev {
            millis: 1_700_000_000_000,
            counter: 3,
            device: "dev-a".into(),
        };
        assert_eq!(r.to_string(), "1700000000000-000003-dev-a");
        assert_eq!(Rev::parse(&r.to_string()), Some(r));
    }

    #[test]
    fn rejects_malformed() {
        for s in [
            "",
            "1-2-3",
            "170000000000a-000003-x",
            "1700000000000-000003-",
            "1700000000000-3-x",
        ] {
            assert_eq!(Rev::parse(s), None, "{s}");
        }
    }

    #[test]
    fn wall_clock_going_back_still_moves_forward() {
        let mut c = Hlc::new("d");
        let a = c.tick(1000);
        let b = c.tick(500);
        let d = c.tick(1000);
        assert!(a < b && b < d);
    }

    proptest! {
        #[test]
        fn string_order_equals_causal_order(
            a in (0u64..9_999_999_999_999, 0u32..=COUNTER_MAX, "[a-z0-9]{1,8}"),
            b in (0u64..9_999_999_999_999, 0u32..=COUNTER_MAX, "[a-z0-9]{1,8}"),
        ) {
            let ra = Rev { millis: a.0, counter: a.1, device: a.2 };
            let rb = Rev { millis: b.0, counter: b.1, device: b.2 };
            prop_assert_eq!(ra.cmp(&rb), ra.to_string().cmp(&rb.to_string()));
        }

        #[test]
        fn ticks_are_strictly_increasing(times in prop::collection::vec(0u64..5_000, 1..200)) {
            let mut c = Hlc::new("dev");
            let mut last: Option<Rev> = None;
            for t in times {
                let r = c.tick(t);
                if let Some(prev) = &last {
                    prop_assert!(r > *prev);
                    prop_assert!(r.to_string() > prev.to_string());
                }
                last = Some(r);
            }
        }

        #[test]
        fn observed_stamps_are_overtaken(seen_ms in 0u64..10_000, seen_c in 0u32..1000, now in 0u64..10_000) {
            let mut c = Hlc::new("b");
            let seen = Rev { millis: seen_ms, counter: seen_c, device: "zzz".into() };
            c.observe(&seen);
            let next = c.tick(now);
            prop_assert!((next.millis, next.counter) > (seen.millis, seen.counter));
        }
    }
}
