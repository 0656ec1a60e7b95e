//! Checklist ticks: the parts of a big step, ticked off one by one.
//!
//! Ticks are kept as a log per step id (`Progress::ticks`): each `tick` or
//! `untick` appends what it changed, and an item's state is its last entry.
//! A log makes `undo` exact (remove the entries of the last batch) and a
//! merge a union. Items are numbered from 1 as the learner sees them.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Progress;
use crate::cost;
use crate::roadmap::Roadmap;

/// One change of one checklist item.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Tick {
    #[serde(deserialize_with = "super::stamp::read")]
    pub at: DateTime<Utc>,
    /// The item's number, from 1.
    pub item: u32,
    /// Ticked (`true`) or unticked.
    pub ticked: bool,
    /// The invocation that made it (see `Event::batch`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<u64>,
    /// The device that made it, once synced (see `Event::device`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

/// A checklist item number outside the step's checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadItem {
    pub item: String,
    /// How many items the step has (0: no checklist).
    pub items: usize,
}

/// Parses item numbers as typed ("1", "3"), each within `1..=items`.
/// The first bad one is the error; repeats count once.
pub fn parse_items(typed: &[String], items: usize) -> Result<Vec<u32>, BadItem> {
    let mut numbers = Vec::with_capacity(typed.len());
    for text in typed {
        let bad = || BadItem {
            item: text.clone(),
            items,
        };
        let number: u32 = text.trim().parse().map_err(|_| bad())?;
        if number == 0 || number as usize > items {
            return Err(bad());
        }
        if !numbers.contains(&number) {
            numbers.push(number);
        }
    }
    Ok(numbers)
}

impl Progress {
    /// Each item of step `step`'s checklist: ticked or not.
    pub fn ticked(&self, roadmap: &Roadmap, step: usize) -> Vec<bool> {
        let entries = self
            .ticks
            .iter()
            .filter(|(id, _)| roadmap.index_of(id) == Some(step))
            .flat_map(|(_, ticks)| ticks)
            .collect();
        replay(roadmap.steps[step].checklist.len(), entries)
    }

    /// The ticked share (0 to 1) of the checklist of each step with ticks
    /// (under its id or an alias), by step index; steps without ticks or
    /// without a checklist are left out.
    pub fn checklist_shares(&self, roadmap: &Roadmap) -> BTreeMap<usize, f64> {
        // The ticks of each step, gathered in one pass in the order
        // `ticked` takes them.
        let mut by_step: BTreeMap<usize, Vec<&Tick>> = BTreeMap::new();
        cost::tick(self.ticks.len());
        for (id, ticks) in &self.ticks {
            if let Some(step) = roadmap.index_of(id) {
                by_step.entry(step).or_default().extend(ticks);
            }
        }
        by_step
            .into_iter()
            .filter_map(|(step, entries)| {
                let state = replay(roadmap.steps[step].checklist.len(), entries);
                let done = state.iter().filter(|&&t| t).count();
                (!state.is_empty()).then(|| (step, done as f64 / state.len() as f64))
            })
            .collect()
    }

    /// Ticks (or unticks, with `ticked` false) items of step `step` as part
    /// of `batch`. Returns the items whose state changed; items already in
    /// that state are left alone, so nothing is recorded for them.
    pub fn set_ticks(
        &mut self,
        roadmap: &Roadmap,
        step: usize,
        items: &[u32],
        ticked: bool,
        at: DateTime<Utc>,
        batch: u64,
    ) -> Vec<u32> {
        let state = self.ticked(roadmap, step);
        let changed: Vec<u32> = items
            .iter()
            .copied()
            .filter(|&item| state.get(item as usize - 1).is_some_and(|&t| t != ticked))
            .collect();
        if changed.is_empty() {
            return changed;
        }
        let log = self.canonical_ticks(roadmap, step);
        log.extend(changed.iter().map(|&item| Tick {
            at,
            item,
            ticked,
            batch: Some(batch),
            device: None,
        }));
        changed
    }

    /// The tick log of `step` under its current id, with what was logged
    /// under its aliases moved over (as records move, see `canonical_record`).
    fn canonical_ticks(&mut self, roadmap: &Roadmap, step: usize) -> &mut Vec<Tick> {
        let step = &roadmap.steps[step];
        let mut moved: Vec<Tick> = step
            .aliases
            .iter()
            .filter_map(|alias| self.ticks.remove(alias.as_str()))
            .flatten()
            .collect();
        let log = self.ticks.entry(step.id.to_string()).or_default();
        if !moved.is_empty() {
            log.append(&mut moved);
            log.sort_by_key(|tick| tick.at);
        }
        log
    }

    /// The batch numbers used by ticks.
    pub(super) fn tick_batches(&self) -> impl Iterator<Item = u64> + '_ {
        self.ticks
            .values()
            .flat_map(|log| log.iter().filter_map(|tick| tick.batch))
    }

    /// Removes the ticks of `batch`, with the id they were logged under.
    /// Every tick's device and batch, for `undo` to find its own.
    pub(super) fn tick_owners(&self) -> impl Iterator<Item = (Option<&str>, Option<u64>)> + '_ {
        self.ticks
            .values()
            .flatten()
            .map(|tick| (tick.device.as_deref(), tick.batch))
    }

    pub(super) fn take_tick_batch(
        &mut self,
        owner: Option<&str>,
        batch: u64,
    ) -> Vec<(String, Tick)> {
        let mut taken = Vec::new();
        for (id, log) in &mut self.ticks {
            let (gone, kept): (Vec<Tick>, Vec<Tick>) = std::mem::take(log)
                .into_iter()
                .partition(|tick| tick.batch == Some(batch) && tick.device.as_deref() == owner);
            *log = kept;
            taken.extend(gone.into_iter().map(|tick| (id.clone(), tick)));
        }
        self.ticks.retain(|_, log| !log.is_empty());
        taken
    }
}

/// Joins two tick logs for a merge (see `merge`): the union of both,
/// without ticks of a batch taken back (`dead`) and without duplicates,
/// in a total order, so that the result is the same whichever side is
/// local. Ticks of no device keep their batch only when `restoring`.
/// Returns the joined logs and how many ticks `ours` lacked.
pub(super) fn join_ticks(
    ours: BTreeMap<String, Vec<Tick>>,
    theirs: BTreeMap<String, Vec<Tick>>,
    restoring: bool,
    dead: &dyn Fn(Option<&str>, Option<u64>) -> bool,
) -> (BTreeMap<String, Vec<Tick>>, usize) {
    type Key = (DateTime<Utc>, u32, bool, Option<String>);
    let key = |t: &Tick| -> Key { (t.at, t.item, t.ticked, t.device.clone()) };
    let known: HashSet<(String, Key)> = ours
        .iter()
        .flat_map(|(id, log)| log.iter().map(move |t| (id.clone(), key(t))))
        .collect();
    let mut joined: BTreeMap<String, Vec<Tick>> = ours;
    for (id, log) in theirs {
        joined
            .entry(id)
            .or_default()
            .extend(log.into_iter().map(|tick| Tick {
                batch: if restoring || tick.device.is_some() {
                    tick.batch
                } else {
                    None
                },
                ..tick
            }));
    }
    let mut added = 0;
    for (id, log) in &mut joined {
        log.retain(|t| !dead(t.device.as_deref(), t.batch));
        log.sort_by(|a, b| {
            (a.at, &a.device, a.batch, a.item, a.ticked)
                .cmp(&(b.at, &b.device, b.batch, b.item, b.ticked))
        });
        let mut seen: HashMap<Key, usize> = HashMap::new();
        let mut kept: Vec<Tick> = Vec::with_capacity(log.len());
        for tick in std::mem::take(log) {
            match seen.get(&key(&tick)) {
                Some(&i) => {
                    if tick.batch > kept[i].batch {
                        kept[i] = tick;
                    }
                }
                None => {
                    seen.insert(key(&tick), kept.len());
                    kept.push(tick);
                }
            }
        }
        added += kept
            .iter()
            .filter(|t| !known.contains(&(id.clone(), key(t))))
            .count();
        *log = kept;
    }
    joined.retain(|_, log| !log.is_empty());
    (joined, added)
}

/// The state of a checklist of `len` items after `entries`, replayed in
/// time order (ticks of the same time in the order given). Numbers outside
/// the checklist (it was shortened, or the file was edited by hand) are
/// ignored.
fn replay(len: usize, mut entries: Vec<&Tick>) -> Vec<bool> {
    let mut state = vec![false; len];
    entries.sort_by_key(|tick| tick.at);
    for tick in entries {
        if let Some(item) = (tick.item as usize)
            .checked_sub(1)
            .and_then(|i| state.get_mut(i))
        {
            *item = tick.ticked;
        }
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roadmap() -> Roadmap {
        Roadmap::from_json(
            br#"{"id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}],
                "steps": [
                    {"id": "a", "stage": "s", "title": "A", "aliases": ["old-a"],
                     "checklist": [{"text": "one"}, {"text": "two"}, {"text": "three"}]},
                    {"id": "b", "stage": "s", "title": "B"}
                ]}"#,
        )
        .expect("valid test roadmap")
    }

    fn at(minute: u32) -> DateTime<Utc> {
        format!("2026-01-02T03:{minute:02}:00Z").parse().unwrap()
    }

    #[test]
    fn item_numbers_are_checked_against_the_checklist() {
        let typed =
            |items: &[&str]| -> Vec<String> { items.iter().map(|s| s.to_string()).collect() };
        assert_eq!(parse_items(&typed(&["1", "3", "1"]), 3), Ok(vec![1, 3]));
        for bad in ["0", "4", "-1", "x", "", "99999999999"] {
            assert_eq!(
                parse_items(&typed(&["1", bad]), 3),
                Err(BadItem {
                    item: bad.into(),
                    items: 3
                })
            );
        }
        assert!(parse_items(&typed(&["1"]), 0).is_err());
    }

    #[test]
    fn ticks_untick_and_share() {
        let r = roadmap();
        let mut p = Progress::default();
        assert_eq!(p.set_ticks(&r, 0, &[1, 3], true, at(1), 1), [1, 3]);
        assert_eq!(p.set_ticks(&r, 0, &[1, 2], true, at(2), 2), [2]);
        assert_eq!(p.ticked(&r, 0), [true, true, true]);
        assert_eq!(p.set_ticks(&r, 0, &[3], false, at(3), 3), [3]);
        assert_eq!(p.ticked(&r, 0), [true, true, false]);
        let shares = p.checklist_shares(&r);
        assert!((shares[&0] - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(shares.len(), 1, "a step without ticks has no share");
        assert!(p.set_ticks(&r, 0, &[3], false, at(4), 4).is_empty());
    }

    #[test]
    fn undo_takes_back_the_last_ticks() {
        let r = roadmap();
        let mut p = Progress::default();
        let batch = p.new_batch();
        p.set_ticks(&r, 0, &[1], true, at(1), batch);
        let batch = p.new_batch();
        p.set_ticks(&r, 0, &[2, 3], true, at(2), batch);
        assert_eq!(p.next_batch(), Some(3));
        let undone = p.undo_last(&r).unwrap();
        assert_eq!(undone.ticks.len(), 2);
        assert_eq!(p.ticked(&r, 0), [true, false, false]);
        p.undo_last(&r).unwrap();
        assert_eq!(p, Progress::default());
    }

    #[test]
    fn tick_batches_are_renumbered_with_the_rest() {
        let r = roadmap();
        let mut p = Progress::default();
        p.set_ticks(&r, 0, &[1], true, at(1), super::super::MAX_BATCH);
        assert_eq!(p.next_batch(), None);
        let batch = p.new_batch();
        assert_eq!(batch, 2, "the tick's batch became 1");
        assert_eq!(p.ticks["a"][0].batch, Some(1));
    }

    #[test]
    fn ticks_under_an_alias_count_and_move() {
        let r = roadmap();
        let mut p = Progress::default();
        p.ticks.insert(
            "old-a".into(),
            vec![Tick {
                at: at(1),
                item: 2,
                ticked: true,
                batch: None,
                device: None,
            }],
        );
        assert_eq!(p.ticked(&r, 0), [false, true, false]);
        p.set_ticks(&r, 0, &[1], true, at(2), 1);
        assert!(!p.ticks.contains_key("old-a"));
        assert_eq!(p.ticks["a"].len(), 2);
        assert_eq!(p.ticked(&r, 0), [true, true, false]);
    }

    #[test]
    fn items_beyond_a_shortened_checklist_are_ignored() {
        let r = roadmap();
        let mut p = Progress::default();
        let tick = |item| Tick {
            at: at(1),
            item,
            ticked: true,
            batch: None,
            device: None,
        };
        p.ticks.insert("a".into(), vec![tick(9), tick(0)]);
        assert_eq!(p.ticked(&r, 0), [false, false, false]);
    }

    #[test]
    fn a_step_twice_in_the_ticks_is_refused() {
        let twice = r#"{"ticks": {"a": [], "a": []}}"#;
        let err = serde_json::from_str::<Progress>(twice).unwrap_err();
        assert!(err.to_string().contains("duplicate key 'a'"), "{err}");
    }

    #[test]
    fn merging_ticks_is_a_union() {
        let r = roadmap();
        let mut ours = Progress::default();
        ours.set_ticks(&r, 0, &[1], true, at(1), 1);
        let mut theirs = ours.clone();
        theirs.set_ticks(&r, 0, &[2], true, at(2), 2);
        crate::progress::setting::set(&mut theirs.stack, Some("php".into()), at(2));
        let summary = super::super::merge(&mut ours, theirs.clone());
        assert_eq!(summary.ticks_added, 1);
        assert_eq!(ours.ticked(&r, 0), [true, true, false]);
        assert_eq!(ours.stack(), Some("php"));
        assert_eq!(super::super::merge(&mut ours, theirs).ticks_added, 0);
    }
}
