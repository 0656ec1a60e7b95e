//! Convergence of sync, as a property of the merge it runs: machines edit
//! offline (every kind of record and setting the user file holds), sync
//! in random orders through one remote, and then all hold the same file,
//! with everything any of them recorded still in it. Sync is modelled as
//! it runs on the user's own file (`commit::commit_local` stamps the
//! device, `integrate::merge_user` merges the remote's copy in, the push
//! makes the result the remote's). A new kind of record is one more
//! [`Kind`], one arm in [`Machine::edit`] and one in [`acknowledged`].
//! Comments and job applications are covered as the writer keeps them.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;

use super::integrate::merge_user;
use crate::progress::{
    Channel, CheckOutcome, Goal, Progress, Status, Verification, new_application, setting,
};
use crate::roadmap::Roadmap;
use crate::store::UserData;

const DEVICES: [&str; 3] = ["dev-a", "dev-b", "dev-c"];
const STACKS: [&str; 3] = ["go", "php", "python"];

/// One offline edit, as a command would make it.
#[derive(Debug, Clone)]
enum Kind {
    Status(Status),
    Note,
    Session(u32),
    Tick {
        item: u32,
        ticked: bool,
    },
    Evidence(u8),
    Verification,
    Goal(Option<u32>),
    Stack(Option<usize>),
    /// A mentor's comment (kept in the writer's own file).
    Comment,
    /// A job application (`roadmap apply add`).
    Application,
}

#[derive(Debug, Clone)]
enum Op {
    /// `machine` edits `step` (an index into the steps with a checklist),
    /// `later` seconds after the previous edit anywhere (0: the same
    /// second, where ties are broken by device).
    Edit {
        machine: usize,
        step: usize,
        kind: Kind,
        later: u8,
    },
    Sync(usize),
}

fn kind() -> impl Strategy<Value = Kind> {
    let status = prop_oneof![
        Just(Status::Todo),
        Just(Status::InProgress),
        Just(Status::Done),
        Just(Status::Skipped)
    ];
    prop_oneof![
        status.prop_map(Kind::Status),
        Just(Kind::Note),
        (1u32..180).prop_map(Kind::Session),
        (1u32..3, any::<bool>()).prop_map(|(item, ticked)| Kind::Tick { item, ticked }),
        (0u8..3).prop_map(Kind::Evidence),
        Just(Kind::Verification),
        proptest::option::of(60u32..600).prop_map(Kind::Goal),
        proptest::option::of(0usize..STACKS.len()).prop_map(Kind::Stack),
        Just(Kind::Comment),
        Just(Kind::Application),
    ]
}

fn ops(machines: usize) -> impl Strategy<Value = Vec<Op>> {
    let edit = (0..machines, 0usize..3, kind(), 0u8..3).prop_map(|(machine, step, kind, later)| {
        Op::Edit {
            machine,
            step,
            kind,
            later,
        }
    });
    let op = prop_oneof![3 => edit, 1 => (0..machines).prop_map(Op::Sync)];
    proptest::collection::vec(op, 1..40)
}

/// What the user was told was recorded, to be found at the end.
#[derive(Debug, Default)]
struct Ledger {
    /// Records: a key naming each (kind, step, time, device, what).
    records: BTreeSet<String>,
    /// Settings set: (at as stored, device, value), the greatest of which
    /// must win (a machine's change is stored after what it replaces).
    goals: Vec<(DateTime<Utc>, String, Option<u32>)>,
    stacks: Vec<(DateTime<Utc>, String, Option<String>)>,
}

struct Machine {
    device: &'static str,
    data: UserData,
}

impl Machine {
    fn progress(&mut self, roadmap: &Roadmap) -> &mut Progress {
        self.data
            .roadmaps
            .entry(roadmap.id.to_string())
            .or_default()
    }

    /// Makes the edit as its command does; what it acknowledged goes into
    /// the ledger.
    fn edit(
        &mut self,
        roadmap: &Roadmap,
        step: usize,
        kind: &Kind,
        at: DateTime<Utc>,
        ledger: &mut Ledger,
    ) {
        let device = self.device;
        let id = roadmap.steps[step].id.clone();
        let progress = self.progress(roadmap);
        let batch = progress.new_batch_on(Some(device));
        let key = |what: String| format!("{id} {at} {device} {what}");
        match kind {
            Kind::Status(to) => {
                if let Some(event) = progress.set_status(roadmap, step, *to, at, None, batch) {
                    ledger
                        .records
                        .insert(key(format!("event {:?}->{:?}", event.from, event.to)));
                }
            }
            Kind::Note => {
                let text = format!("note {at} {device}");
                progress.add_note(roadmap, step, &text, at, batch);
                ledger.records.insert(key(format!("note {text}")));
            }
            Kind::Session(minutes) => {
                progress.add_session(roadmap, step, *minutes, at, None, batch);
                ledger.records.insert(key(format!("session {minutes}")));
            }
            Kind::Tick { item, ticked } => {
                for item in progress.set_ticks(roadmap, step, &[*item], *ticked, at, batch) {
                    ledger.records.insert(key(format!("tick {item} {ticked}")));
                }
            }
            Kind::Evidence(n) => {
                let url = format!("https://example.com/{n}");
                // A link is known by its step and address: the same link
                // added on two machines is one.
                if progress.add_evidence(roadmap, step, &url, at, batch) {
                    ledger.records.insert(format!("{id} evidence {url}"));
                }
            }
            Kind::Verification => {
                let record = progress.steps.entry(id.clone()).or_default();
                record.verifications.push(Verification {
                    at,
                    checks: vec![CheckOutcome {
                        kind: "git".into(),
                        passed: true,
                    }],
                    folder: None,
                    commit: None,
                    remote: None,
                    batch: Some(batch),
                    device: None,
                });
                ledger.records.insert(key("verification".into()));
            }
            Kind::Comment => {
                let text = format!("comment {at} {device}");
                progress.add_comment("ben", Some(&id), &text, at, batch);
                ledger.records.insert(key(format!("comment {text}")));
            }
            Kind::Application => {
                let company = format!("Company {at} {device}");
                let app = new_application(at, 0, &company, Channel::Agent, at).expect("a company");
                progress.add_application(app, batch);
                ledger.records.insert(format!("application {company}"));
            }
            Kind::Goal(minutes) => {
                let goal = minutes.map(|minutes_per_week| Goal { minutes_per_week });
                if setting::set(&mut self.data.goal, goal, at) {
                    let at = self.data.goal.as_ref().map_or(at, |set| set.at);
                    ledger.goals.push((at, device.to_string(), *minutes));
                }
            }
            Kind::Stack(stack) => {
                let stack = stack.map(|n| STACKS[n].to_string());
                if setting::set(&mut progress.stack, stack.clone(), at) {
                    let at = progress.stack.as_ref().map_or(at, |set| set.at);
                    ledger.stacks.push((at, device.to_string(), stack));
                }
            }
        }
    }

    /// `roadmap sync`: stamp, merge the remote's copy in, push.
    fn sync(&mut self, remote: &mut Option<UserData>) {
        self.data.stamp(self.device);
        if let Some(theirs) = remote.clone() {
            merge_user(&mut self.data, theirs);
        }
        *remote = Some(self.data.clone());
    }
}

/// Everything of `data` the ledger can name, keyed as the ledger keys it.
fn acknowledged(data: &UserData, roadmap: &Roadmap) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let Some(progress) = data.roadmaps.get(roadmap.id.as_str()) else {
        return found;
    };
    let device = |device: &Option<String>| device.clone().unwrap_or_default();
    for e in &progress.history {
        found.insert(format!(
            "{} {} {} event {:?}->{:?}",
            e.step,
            e.at,
            device(&e.device),
            e.from,
            e.to
        ));
    }
    for (id, record) in &progress.steps {
        for n in &record.notes {
            found.insert(format!(
                "{id} {} {} note {}",
                n.at,
                device(&n.device),
                n.text
            ));
        }
        for s in &record.sessions {
            found.insert(format!(
                "{id} {} {} session {}",
                s.at,
                device(&s.device),
                s.minutes
            ));
        }
        for e in &record.evidence {
            found.insert(format!("{id} evidence {}", e.url));
        }
        for v in &record.verifications {
            found.insert(format!("{id} {} {} verification", v.at, device(&v.device)));
        }
    }
    for c in &progress.comments {
        let step = c.step.clone().unwrap_or_default();
        let (at, by) = (c.at, device(&c.device));
        found.insert(format!("{step} {at} {by} comment {}", c.text));
    }
    for app in &progress.applications {
        found.insert(format!("application {}", app.company));
    }
    for (id, ticks) in &progress.ticks {
        for t in ticks {
            found.insert(format!(
                "{id} {} {} tick {} {}",
                t.at,
                device(&t.device),
                t.item,
                t.ticked
            ));
        }
    }
    found
}

fn run(machines: usize, ops: &[Op]) -> Result<(), TestCaseError> {
    let roadmap = Roadmap::builtin().expect("the built-in roadmap");
    let steps: Vec<usize> = (0..roadmap.steps.len())
        .filter(|&i| roadmap.steps[i].checklist.len() >= 2)
        .take(3)
        .collect();
    prop_assert_eq!(steps.len(), 3);
    let mut fleet: Vec<Machine> = DEVICES[..machines]
        .iter()
        .map(|&device| Machine {
            device,
            data: UserData::default(),
        })
        .collect();
    let mut remote = None;
    let mut ledger = Ledger::default();
    let mut now: DateTime<Utc> = "2026-11-02T09:00:00Z".parse().unwrap();
    for op in ops {
        match op {
            Op::Edit {
                machine,
                step,
                kind,
                later,
            } => {
                now += Duration::seconds(i64::from(*later));
                fleet[*machine].edit(&roadmap, steps[*step], kind, now, &mut ledger);
            }
            Op::Sync(machine) => fleet[*machine].sync(&mut remote),
        }
    }
    // Everyone syncs twice: the first round gathers, the second spreads.
    for _ in 0..2 {
        for machine in &mut fleet {
            machine.sync(&mut remote);
        }
    }
    let remote = remote.expect("synced");
    for machine in &fleet {
        prop_assert_eq!(&machine.data, &remote, "{} differs", machine.device);
    }
    let found = acknowledged(&remote, &roadmap);
    let lost: Vec<&String> = ledger.records.difference(&found).collect();
    prop_assert!(lost.is_empty(), "lost: {:?}", lost);
    // Statuses follow the last event of each step.
    if let Some(progress) = remote.roadmaps.get(roadmap.id.as_str()) {
        for (id, record) in &progress.steps {
            let last = progress.history.iter().rev().find(|e| &e.step == id);
            prop_assert_eq!(record.status, last.map_or(Status::Todo, |e| e.to), "{}", id);
        }
        // The stack set last (by time, then device) is the one kept.
        if let Some((_, _, stack)) = ledger.stacks.iter().max() {
            prop_assert_eq!(progress.stack().map(str::to_string), stack.clone());
        }
    }
    if let Some((_, _, goal)) = ledger.goals.iter().max() {
        prop_assert_eq!(remote.goal().map(|g| g.minutes_per_week), *goal);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn two_machines_converge_and_keep_everything(ops in ops(2)) {
        run(2, &ops)?;
    }

    #[test]
    fn three_machines_converge_and_keep_everything(ops in ops(3)) {
        run(3, &ops)?;
    }
}
