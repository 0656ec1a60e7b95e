//! Property tests of sync's convergence: random interleavings of changes
//! (done, skip, start, reset, notes, undo) and syncs on three devices, with
//! the merge called directly the way `roadmap sync` calls it, and a few
//! runs through real git.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;

use roadmap::progress::{Progress, Status, merge};
use roadmap::roadmap::Roadmap;

use crate::support::SMALL_ROADMAP;
use crate::sync_support::{Device, Remote};

#[derive(Debug, Clone)]
enum Op {
    Change {
        device: usize,
        step: usize,
        to: Status,
    },
    Note {
        device: usize,
        step: usize,
    },
    Study {
        device: usize,
        step: usize,
    },
    Undo {
        device: usize,
    },
    Sync {
        device: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let status = prop::sample::select(vec![
        Status::Todo,
        Status::InProgress,
        Status::Done,
        Status::Skipped,
    ]);
    prop_oneof![
        3 => (0..3usize, 0..5usize, status).prop_map(|(device, step, to)| Op::Change { device, step, to }),
        1 => (0..3usize, 0..5usize).prop_map(|(device, step)| Op::Note { device, step }),
        1 => (0..3usize, 0..5usize).prop_map(|(device, step)| Op::Study { device, step }),
        1 => (0..3usize).prop_map(|device| Op::Undo { device }),
        2 => (0..3usize).prop_map(|device| Op::Sync { device }),
    ]
}

/// What a change is, whichever copy of it: who made it in which batch, and
/// what it says.
type Identity = (String, u64, String, DateTime<Utc>, String);

struct World {
    roadmap: Roadmap,
    devices: Vec<Progress>,
    remote: Option<Progress>,
    /// Every event and note made and not undone, by identity, with a count.
    expected: BTreeMap<Identity, usize>,
    clock: DateTime<Utc>,
}

fn name(device: usize) -> String {
    format!("device-{device}")
}

impl World {
    fn new() -> World {
        World {
            roadmap: Roadmap::from_json(SMALL_ROADMAP.as_bytes()).expect("the small roadmap"),
            devices: vec![Progress::default(); 3],
            remote: None,
            expected: BTreeMap::new(),
            clock: "2026-11-01T00:00:00Z".parse().unwrap(),
        }
    }

    fn apply(&mut self, op: &Op, tick: usize) {
        // Two steps share each second, so ties across devices happen.
        let at = self.clock + Duration::seconds(tick as i64 / 2);
        match *op {
            Op::Change { device, step, to } => {
                let p = &mut self.devices[device];
                let batch = p.new_batch();
                if let Some(event) = p.set_status(&self.roadmap, step, to, at, None, batch) {
                    *self
                        .expected
                        .entry((name(device), batch, event.step, at, format!("{to:?}")))
                        .or_default() += 1;
                }
            }
            Op::Note { device, step } => {
                let p = &mut self.devices[device];
                let batch = p.new_batch();
                let text = format!("note {tick}");
                p.add_note(&self.roadmap, step, &text, at, batch);
                let id = self.roadmap.steps[step].id.to_string();
                *self
                    .expected
                    .entry((name(device), batch, id, at, text))
                    .or_default() += 1;
            }
            Op::Study { device, step } => {
                let p = &mut self.devices[device];
                let batch = p.new_batch();
                let minutes = 30 + tick as u32;
                p.add_session(&self.roadmap, step, minutes, at, None, batch);
                let id = self.roadmap.steps[step].id.to_string();
                *self
                    .expected
                    .entry((name(device), batch, id, at, format!("{minutes}m")))
                    .or_default() += 1;
            }
            Op::Undo { device } => {
                let me = name(device);
                let p = &mut self.devices[device];
                if let Some(undone) = p.undo_last_on(&self.roadmap, Some(&me)) {
                    for event in undone.events {
                        let to = format!("{:?}", event.to);
                        let key = (me.clone(), event.batch.unwrap(), event.step, event.at, to);
                        self.forget(key);
                    }
                    for (id, note) in undone.notes {
                        self.forget((me.clone(), note.batch.unwrap(), id, note.at, note.text));
                    }
                    for (id, s) in undone.sessions {
                        let minutes = format!("{}m", s.minutes);
                        self.forget((me.clone(), s.batch.unwrap(), id, s.at, minutes));
                    }
                }
            }
            Op::Sync { device } => self.sync(device),
        }
    }

    fn forget(&mut self, key: Identity) {
        let count = self
            .expected
            .get_mut(&key)
            .expect("an undone change was made");
        *count -= 1;
        if *count == 0 {
            self.expected.remove(&key);
        }
    }

    /// What `roadmap sync` does with the files: stamp, merge, push.
    fn sync(&mut self, device: usize) {
        let local = &mut self.devices[device];
        local.stamp(&name(device));
        if let Some(remote) = &self.remote {
            merge(local, remote.clone());
        }
        self.remote = Some(local.clone());
    }

    /// The changes a copy holds, by identity.
    fn held(p: &Progress) -> BTreeMap<Identity, usize> {
        let mut held = BTreeMap::new();
        for e in &p.history {
            let key = (
                e.device.clone().unwrap(),
                e.batch.unwrap(),
                e.step.clone(),
                e.at,
                format!("{:?}", e.to),
            );
            *held.entry(key).or_default() += 1;
        }
        for (id, record) in &p.steps {
            for s in &record.sessions {
                let key = (
                    s.device.clone().unwrap(),
                    s.batch.unwrap(),
                    id.clone(),
                    s.at,
                    format!("{}m", s.minutes),
                );
                *held.entry(key).or_default() += 1;
            }
            for n in &record.notes {
                let key = (
                    n.device.clone().unwrap(),
                    n.batch.unwrap(),
                    id.clone(),
                    n.at,
                    n.text.clone(),
                );
                *held.entry(key).or_default() += 1;
            }
        }
        held
    }
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(1024))]

    #[test]
    fn devices_converge_and_no_change_is_lost(ops in prop::collection::vec(op(), 0..40)) {
        let mut world = World::new();
        for (tick, op) in ops.iter().enumerate() {
            world.apply(op, tick);
        }
        for _ in 0..2 {
            for device in 0..3 {
                world.sync(device);
            }
        }
        for device in &world.devices[1..] {
            prop_assert_eq!(device, &world.devices[0]);
        }
        let final_copy = &world.devices[0];
        prop_assert_eq!(World::held(final_copy), world.expected.clone());
        // Every status is what its last event says.
        let mut last: BTreeMap<&str, Status> = BTreeMap::new();
        for e in &final_copy.history {
            last.insert(&e.step, e.to);
        }
        for (id, record) in &final_copy.steps {
            prop_assert_eq!(record.status, last.get(id.as_str()).copied().unwrap_or(Status::Todo));
        }
    }

    #[test]
    fn merging_is_commutative_and_idempotent(ops in prop::collection::vec(op(), 0..30)) {
        let mut world = World::new();
        for (tick, op) in ops.iter().enumerate() {
            world.apply(op, tick);
        }
        for (device, p) in world.devices.iter_mut().enumerate() {
            p.stamp(&name(device));
        }
        let (a, b) = (&world.devices[0], &world.devices[1]);
        let mut ab = a.clone();
        merge(&mut ab, b.clone());
        let mut ba = b.clone();
        merge(&mut ba, a.clone());
        prop_assert_eq!(&ab, &ba);
        let again = ab.clone();
        let summary = merge(&mut ab, b.clone());
        prop_assert!(!summary.changed_anything());
        prop_assert_eq!(ab, again);
    }
}

/// Found by the property above: an undo of a synced change whose earlier
/// change was undone on another machine. Every order of syncs must end
/// with the step back at todo.
#[test]
fn an_undo_on_top_of_an_undo_elsewhere_converges() {
    use Op::*;
    let ops = [
        Change {
            device: 0,
            step: 4,
            to: Status::Done,
        },
        Sync { device: 0 },
        Undo { device: 0 },
        Sync { device: 1 },
        Change {
            device: 1,
            step: 4,
            to: Status::InProgress,
        },
        Sync { device: 1 },
        Undo { device: 1 },
    ];
    let mut world = World::new();
    for (tick, op) in ops.iter().enumerate() {
        world.apply(op, tick);
    }
    for _ in 0..2 {
        for device in 0..3 {
            world.sync(device);
        }
    }
    for device in &world.devices {
        assert!(
            device.steps.is_empty() && device.history.is_empty(),
            "{device:?}"
        );
        assert_eq!(device.undone.len(), 2);
    }
}

/// A change a device makes through the real binary.
#[derive(Debug, Clone)]
enum Step {
    Do(usize, &'static str, &'static str),
    /// A record or a setting: one of [`RECORDS`].
    Record(usize, usize),
    Undo(usize),
    Sync(usize),
}

/// Every other kind of change a command makes on the user file.
const RECORDS: &[&[&str]] = &[
    &["note", "alpha", "read it"],
    &["study", "beta", "30m"],
    &["evidence", "alpha", "https://example.com/a"],
    &["goal", "5h"],
    &["goal", "--clear"],
];

fn real_step() -> impl Strategy<Value = Step> {
    let command = prop::sample::select(vec!["done", "skip", "start", "reset"]);
    let step = prop::sample::select(vec!["alpha", "beta", "gamma"]);
    prop_oneof![
        3 => (0..2usize, command, step).prop_map(|(d, c, s)| Step::Do(d, c, s)),
        2 => (0..2usize, 0..RECORDS.len()).prop_map(|(d, r)| Step::Record(d, r)),
        1 => (0..2usize).prop_map(Step::Undo),
        2 => (0..2usize).prop_map(Step::Sync),
    ]
}

proptest! {
    // Each case runs real git: few cases, and a failure is reported after a
    // short shrink rather than hundreds of slow ones.
    #![proptest_config(ProptestConfig { max_shrink_iters: 16, ..config(3) })]

    #[test]
    fn real_git_runs_converge(steps in prop::collection::vec(real_step(), 1..8)) {
        let remote = Remote::new();
        let devices = [Device::new("pat"), Device::new("pat")];
        for device in &devices {
            device.init(&remote);
        }
        for step in &steps {
            match *step {
                // A change to the status a step already has is refused: fine.
                Step::Do(d, command, id) => drop(devices[d].output(&[command, id])),
                Step::Record(d, r) => drop(devices[d].ok(RECORDS[r])),
                // Synced changes too: their undo must travel.
                Step::Undo(d) => drop(devices[d].output(&["undo", "--synced"])),
                Step::Sync(d) => drop(devices[d].sync()),
            }
        }
        for _ in 0..2 {
            for device in &devices {
                device.sync();
            }
        }
        prop_assert_eq!(devices[0].file(), devices[1].file());
    }
}
