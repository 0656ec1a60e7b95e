//! Per-user settings that every machine agrees on: the weekly goal, the
//! stack, the weekly application goal. Each is a last-writer-wins
//! register: the value with the time it was set (or cleared) and, once
//! synced, the device that set it. A merge keeps the later one; at the same
//! second the greater device wins, as for statuses, then the greater value,
//! so every machine picks the same one in any order of syncs.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The time given to a setting read from a store older than version 4,
/// which kept no time: any setting made since wins over it.
pub const UNDATED: &str = "2000-01-01T00:00:00Z";

/// Turns a plain value read from a file older than settings (store version
/// 3, progress export version 2) into an [`UNDATED`] setting, in place.
pub fn from_plain(slot: Option<&mut serde_json::Value>) {
    if let Some(value) = slot.filter(|value| !value.is_null()) {
        let old = value.take();
        *value = serde_json::json!({ "value": old, "at": UNDATED });
    }
}

/// A setting and when it was last set. `value: None` is a cleared setting:
/// the clearing is kept so that it wins over an older value elsewhere.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Setting<T> {
    #[serde(default = "Option::default", skip_serializing_if = "Option::is_none")]
    pub value: Option<T>,
    #[serde(deserialize_with = "super::stamp::read")]
    pub at: DateTime<Utc>,
    /// The device that made the change, once synced (see
    /// [`super::Event::device`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

impl<T: Clone + Ord> Setting<T> {
    /// A value set (or cleared, with `None`) at `at` on this machine.
    pub fn new(value: Option<T>, at: DateTime<Utc>) -> Setting<T> {
        Setting {
            value,
            at,
            device: None,
        }
    }

    /// The order in which two settings were made: by time, then device,
    /// then value, so that every machine picks the same winner.
    fn order(&self, other: &Setting<T>) -> Ordering {
        (self.at, &self.device, &self.value).cmp(&(other.at, &other.device, &other.value))
    }
}

/// The value of an optional setting.
pub fn value<T>(setting: &Option<Setting<T>>) -> Option<&T> {
    setting.as_ref()?.value.as_ref()
}

/// Sets `slot` to `value` at `now`, unless it holds that value already.
/// Returns whether anything changed.
pub fn set<T: Clone + Ord>(
    slot: &mut Option<Setting<T>>,
    value: Option<T>,
    now: DateTime<Utc>,
) -> bool {
    let current = slot.as_ref().and_then(|s| s.value.clone());
    if current == value && (slot.is_some() || value.is_none()) {
        return false;
    }
    // The change must win over the value it replaces, wherever that was
    // set: after it in time, even in the same second (where the tie-break
    // by value could bring the old one back) or with a clock set back.
    let at = match slot {
        Some(old) if old.at >= now => old.at + chrono::Duration::seconds(1),
        _ => now,
    };
    *slot = Some(Setting::new(value, at));
    true
}

/// Keeps the later of `ours` and `theirs`. Returns whether `ours` changed.
pub fn merge<T: Clone + Ord>(ours: &mut Option<Setting<T>>, theirs: Option<Setting<T>>) -> bool {
    let Some(theirs) = theirs else {
        return false;
    };
    let take = match ours {
        None => true,
        Some(mine) => theirs.order(mine) == Ordering::Greater,
    };
    if take {
        let changed = ours.as_ref().map(|m| &m.value) != Some(&theirs.value);
        *ours = Some(theirs);
        changed
    } else {
        false
    }
}

/// Marks the setting as made by `device` when it has no device yet (see
/// [`super::Progress::stamp`]). Returns whether anything changed.
pub fn stamp<T>(slot: &mut Option<Setting<T>>, device: &str) -> bool {
    match slot {
        Some(setting) if setting.device.is_none() => {
            setting.device = Some(device.to_string());
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, hour, 0, 0).unwrap()
    }

    fn setting(value: Option<u32>, hour: u32, device: &str) -> Option<Setting<u32>> {
        Some(Setting {
            value,
            at: at(hour),
            device: Some(device.into()),
        })
    }

    #[test]
    fn the_later_setting_wins_in_either_order() {
        let (a, b) = (setting(Some(600), 9, "a"), setting(Some(720), 10, "b"));
        let mut left = a.clone();
        assert!(merge(&mut left, b.clone()));
        let mut right = b.clone();
        assert!(!merge(&mut right, a));
        assert_eq!(left, right);
        assert_eq!(value(&left), Some(&720));
    }

    #[test]
    fn a_clearing_wins_over_an_older_value() {
        let mut ours = setting(Some(600), 9, "a");
        assert!(merge(&mut ours, setting(None, 10, "b")));
        assert_eq!(value(&ours), None);
        assert!(ours.is_some(), "the clearing is kept, to travel on");
    }

    #[test]
    fn ties_go_to_the_greater_device_then_value() {
        let mut left = setting(Some(1), 9, "a");
        merge(&mut left, setting(Some(2), 9, "b"));
        assert_eq!(value(&left), Some(&2));
        let mut right = setting(Some(2), 9, "b");
        merge(&mut right, setting(Some(1), 9, "a"));
        assert_eq!(left, right);
    }

    #[test]
    fn nothing_merges_into_a_setting_from_nothing() {
        let mut ours = setting(Some(600), 9, "a");
        assert!(!merge(&mut ours, None));
        let mut none: Option<Setting<u32>> = None;
        assert!(merge(&mut none, setting(Some(5), 1, "a")));
    }

    #[test]
    fn setting_the_same_value_changes_nothing_and_a_clock_set_back_still_wins() {
        let mut slot = None;
        assert!(!set(&mut slot, None::<u32>, at(9)));
        assert!(set(&mut slot, Some(600), at(9)));
        assert!(!set(&mut slot, Some(600), at(10)));
        assert!(set(&mut slot, Some(720), at(8)));
        assert_eq!(
            slot.as_ref().unwrap().at,
            at(9) + chrono::Duration::seconds(1),
            "after the old one, never earlier"
        );
        assert!(set(&mut slot, None, at(11)));
        assert_eq!(value(&slot), None);
    }

    #[test]
    fn a_change_in_the_same_second_wins_over_the_value_it_replaces() {
        // Synced (stamped), then changed again in the same second: the
        // tie-break by value must not bring 600 back.
        let mut slot = setting(Some(600), 9, "a");
        assert!(set(&mut slot, None, at(9)));
        let mut synced = setting(Some(600), 9, "a");
        assert!(merge(&mut synced, slot.clone()));
        assert_eq!(value(&synced), None);
    }
}
