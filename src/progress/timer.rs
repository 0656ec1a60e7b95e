//! The study timer's rules: what a running timer holds and what stopping
//! it logs. Pure: the clock is an argument. The file it lives in is the
//! store's (`store::timer`), one per user on each machine.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::MAX_SESSION_MINUTES;

/// A timer left running longer than this is logged only when the learner
/// confirms: more likely forgotten than studied.
pub const ASK_AFTER_MINUTES: u32 = 12 * 60;

/// A running timer.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Timer {
    /// The roadmap and the step (by id) it runs on.
    pub roadmap: String,
    pub step: String,
    pub started: DateTime<Utc>,
}

/// What stopping a timer at a given time would log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Elapsed {
    /// Less than a minute (or a clock that went back): nothing to log.
    UnderAMinute,
    /// Whole minutes, rounded to the nearest.
    Minutes(u32),
    /// More than [`ASK_AFTER_MINUTES`]: ask first.
    Long(u32),
    /// More than a session may hold; never logged as it is.
    OverADay(u32),
}

impl Timer {
    /// The minutes from the start to `now`.
    pub fn elapsed(&self, now: DateTime<Utc>) -> Elapsed {
        let seconds = (now - self.started).num_seconds();
        let minutes = ((seconds + 30) / 60).clamp(0, i64::from(u32::MAX)) as u32;
        match minutes {
            0 => Elapsed::UnderAMinute,
            m if m > MAX_SESSION_MINUTES => Elapsed::OverADay(m),
            m if m > ASK_AFTER_MINUTES => Elapsed::Long(m),
            m => Elapsed::Minutes(m),
        }
    }

    /// Whole minutes run so far, for showing.
    pub fn minutes(&self, now: DateTime<Utc>) -> u64 {
        u64::try_from((now - self.started).num_minutes()).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeDelta;

    use super::*;

    #[test]
    fn stopping_logs_whole_minutes_and_asks_after_twelve_hours() {
        let started: DateTime<Utc> = "2026-11-28T09:00:00Z".parse().unwrap();
        let timer = Timer {
            roadmap: "r".into(),
            step: "s".into(),
            started,
        };
        let at = |seconds| started + TimeDelta::seconds(seconds);
        assert_eq!(timer.elapsed(at(29)), Elapsed::UnderAMinute);
        assert_eq!(timer.elapsed(at(-600)), Elapsed::UnderAMinute);
        assert_eq!(timer.elapsed(at(30)), Elapsed::Minutes(1));
        assert_eq!(timer.elapsed(at(90 * 60 + 10)), Elapsed::Minutes(90));
        assert_eq!(timer.elapsed(at(12 * 3600)), Elapsed::Minutes(720));
        assert_eq!(timer.elapsed(at(12 * 3600 + 60)), Elapsed::Long(721));
        assert_eq!(timer.elapsed(at(24 * 3600)), Elapsed::Long(1440));
        assert_eq!(timer.elapsed(at(24 * 3600 + 60)), Elapsed::OverADay(1441));
        assert_eq!(timer.minutes(at(90 * 60 + 59)), 90);
    }
}
