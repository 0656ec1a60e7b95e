//! What `roadmap check` records when every check of a step passes: a
//! verification, kept beside the step's sessions and evidence, merged by
//! sync and taken back by `undo` like them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A step proven on the learner's machine at one moment (store version 4).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Verification {
    #[serde(deserialize_with = "super::stamp::read")]
    pub at: DateTime<Utc>,
    /// Each check's outcome, in the step's order.
    pub checks: Vec<CheckOutcome>,
    /// The project folder the checks ran in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder: Option<String>,
    /// The project's Git commit (`HEAD`) then, when it is a repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
    /// The project's remote URL then, credentials stripped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote: Option<String>,
    /// The invocation that recorded it (see [`super::Event::batch`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<u64>,
    /// The device that recorded it, once synced (see [`super::Event::device`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

/// One check's result within a verification.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CheckOutcome {
    /// The check's kind, as in the roadmap file (`git`, `http`, …).
    pub kind: String,
    pub passed: bool,
}

impl super::Progress {
    /// Records that every check of `step` passed, in `batch`.
    pub fn add_verification(
        &mut self,
        roadmap: &crate::roadmap::Roadmap,
        step: usize,
        mut verification: Verification,
        batch: u64,
    ) {
        verification.batch = Some(batch);
        verification.device = None;
        let record = self.canonical_record(roadmap, step);
        record.verifications.push(verification);
    }

    /// For each step of `roadmap`, whether it was ever verified.
    pub fn verified_steps(&self, roadmap: &crate::roadmap::Roadmap) -> Vec<bool> {
        let mut verified = vec![false; roadmap.steps.len()];
        for (id, record) in &self.steps {
            if let Some(step) = roadmap.index_of(id)
                && !record.verifications.is_empty()
            {
                verified[step] = true;
            }
        }
        verified
    }

    /// Every verification of `step` (under its id or an alias): a lookup
    /// per name, so a view may ask it of every step.
    pub fn verifications_of<'a>(
        &'a self,
        roadmap: &'a crate::roadmap::Roadmap,
        step: usize,
    ) -> impl Iterator<Item = &'a Verification> + 'a {
        let step = &roadmap.steps[step];
        let names =
            std::iter::once(step.id.as_str()).chain(step.aliases.iter().map(|a| a.as_str()));
        names.flat_map(|name| {
            self.steps
                .get(name)
                .into_iter()
                .flat_map(|r| &r.verifications)
        })
    }

    /// The latest verification of `step` (under its id or an alias).
    pub fn verification_of<'a>(
        &'a self,
        roadmap: &'a crate::roadmap::Roadmap,
        step: usize,
    ) -> Option<&'a Verification> {
        self.verifications_of(roadmap, step).max_by_key(|v| v.at)
    }
}

/// The verifications of both sides, without those `undo` took back; one
/// verification is known by its time and device, so a replay adds nothing.
pub(super) fn join(
    all: Vec<Verification>,
    dead: &dyn Fn(Option<&str>, Option<u64>) -> bool,
) -> Vec<Verification> {
    let mut all: Vec<Verification> = all
        .into_iter()
        .filter(|v| !dead(v.device.as_deref(), v.batch))
        .collect();
    all.sort_by(|a, b| (a.at, &a.device, &a.commit).cmp(&(b.at, &b.device, &b.commit)));
    all.dedup_by(|later, first| {
        (later.at, &later.device, &later.commit) == (first.at, &first.device, &first.commit)
    });
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn verification(hour: u32, device: Option<&str>, batch: u64) -> Verification {
        Verification {
            at: Utc.with_ymd_and_hms(2026, 12, 1, hour, 0, 0).unwrap(),
            checks: vec![CheckOutcome {
                kind: "git".into(),
                passed: true,
            }],
            folder: Some("/home/ana/api".into()),
            commit: Some("abc123".into()),
            remote: None,
            batch: Some(batch),
            device: device.map(str::to_string),
        }
    }

    #[test]
    fn both_sides_are_kept_once_and_in_time_order() {
        let (a, b) = (
            verification(10, Some("a"), 1),
            verification(9, Some("b"), 1),
        );
        let joined = join(vec![a.clone(), b.clone(), a.clone()], &|_, _| false);
        assert_eq!(joined, [b, a]);
    }

    #[test]
    fn an_undone_verification_stays_out() {
        let a = verification(10, Some("a"), 7);
        let dead =
            |device: Option<&str>, batch: Option<u64>| device == Some("a") && batch == Some(7);
        assert!(join(vec![a], &dead).is_empty());
    }
}
