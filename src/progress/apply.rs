//! The application log of the job hunt (`roadmap apply`): applications and
//! their stage changes, kept per roadmap beside the steps, merged by sync,
//! stamped, renumbered and taken back by `undo` like evidence.
//!
//! The stages follow one another in this order: applied, screening passed
//! (書類通過), interview (numbered rounds), offer, accepted. A stage may be
//! skipped forward (a casual meeting leads straight to an interview: the
//! screening counts as passed) but never gone back to, except another
//! interview round. Rejected and withdrawn may come at any open stage;
//! accepted, rejected and withdrawn close the application: nothing follows.
//! A stage change is never dated before the application or before the
//! stage it follows.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Where an application was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    JobSite,
    Agent,
    Referral,
    Direct,
    HelloWork,
    Casual,
    Other,
}

impl Channel {
    pub const ALL: [Channel; 7] = [
        Channel::JobSite,
        Channel::Agent,
        Channel::Referral,
        Channel::Direct,
        Channel::HelloWork,
        Channel::Casual,
        Channel::Other,
    ];

    /// The name on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::JobSite => "job-site",
            Channel::Agent => "agent",
            Channel::Referral => "referral",
            Channel::Direct => "direct",
            Channel::HelloWork => "hello-work",
            Channel::Casual => "casual",
            Channel::Other => "other",
        }
    }

    /// A channel by its English name or its Japanese one.
    pub fn parse(text: &str) -> Option<Channel> {
        let text = text.trim().to_lowercase();
        let found = match text.as_str() {
            "job-site" | "jobsite" | "転職サイト" | "求人サイト" => Channel::JobSite,
            "agent" | "エージェント" | "転職エージェント" => Channel::Agent,
            "referral" | "リファラル" | "紹介" => Channel::Referral,
            "direct" | "直接応募" | "直接" => Channel::Direct,
            "hello-work" | "hellowork" | "ハローワーク" => Channel::HelloWork,
            "casual" | "wantedly" | "カジュアル面談" => Channel::Casual,
            "other" | "その他" => Channel::Other,
            _ => return None,
        };
        Some(found)
    }
}

/// Where an application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Applied,
    Passed,
    Interview,
    Offer,
    Accepted,
    Rejected,
    Withdrawn,
}

impl Stage {
    pub const ALL: [Stage; 7] = [
        Stage::Applied,
        Stage::Passed,
        Stage::Interview,
        Stage::Offer,
        Stage::Accepted,
        Stage::Rejected,
        Stage::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Applied => "applied",
            Stage::Passed => "passed",
            Stage::Interview => "interview",
            Stage::Offer => "offer",
            Stage::Accepted => "accepted",
            Stage::Rejected => "rejected",
            Stage::Withdrawn => "withdrawn",
        }
    }

    /// A stage by its English name or its Japanese one.
    pub fn parse(text: &str) -> Option<Stage> {
        let text = text.trim().to_lowercase();
        let found = match text.as_str() {
            "applied" | "応募" | "応募済み" => Stage::Applied,
            "passed" | "screening" | "書類通過" => Stage::Passed,
            "interview" | "面接" => Stage::Interview,
            "offer" | "内定" => Stage::Offer,
            "accepted" | "内定承諾" | "承諾" => Stage::Accepted,
            "rejected" | "不採用" | "お見送り" => Stage::Rejected,
            "withdrawn" | "辞退" => Stage::Withdrawn,
            _ => return None,
        };
        Some(found)
    }

    /// Accepted, rejected, withdrawn: nothing follows.
    pub fn is_closed(self) -> bool {
        matches!(self, Stage::Accepted | Stage::Rejected | Stage::Withdrawn)
    }

    /// How far along the way to an offer (closing stages have none).
    fn rank(self) -> Option<u8> {
        match self {
            Stage::Applied => Some(0),
            Stage::Passed => Some(1),
            Stage::Interview => Some(2),
            Stage::Offer => Some(3),
            Stage::Accepted => Some(4),
            Stage::Rejected | Stage::Withdrawn => None,
        }
    }
}

/// One application (store version 4).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Application {
    /// Unique on every machine: the creation time and random bits (see
    /// `cmd::apply`), so two machines adding offline never share one.
    pub id: String,
    pub company: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub channel: Channel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When it was sent.
    #[serde(deserialize_with = "super::stamp::read")]
    pub at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Stage changes, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<StageChange>,
    /// The invocation that added it (see [`super::Event::batch`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<u64>,
    /// The device that added it, once synced (see [`super::Event::device`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

/// One move of an application to a stage.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StageChange {
    #[serde(deserialize_with = "super::stamp::read")]
    pub at: DateTime<Utc>,
    pub stage: Stage,
    /// When the interview takes place, for an interview.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interview_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

/// Why a stage change is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoveProblem {
    /// The application is closed (accepted, rejected, withdrawn).
    Closed(Stage),
    /// The stage comes before the current one.
    Backwards { from: Stage },
    /// Already at that stage (interviews excepted: they are rounds).
    Already,
    /// Dated before the application was sent.
    BeforeApplication(DateTime<Utc>),
    /// Dated before the current stage was reached.
    BeforeLastChange(DateTime<Utc>),
    /// An interview date given for another stage.
    InterviewDateNotInterview,
}

impl Application {
    /// The latest change by (date, device): the order every machine agrees on.
    pub fn latest(&self) -> Option<&StageChange> {
        self.changes
            .iter()
            .max_by(|a, b| (a.at, &a.device).cmp(&(b.at, &b.device)))
    }

    pub fn stage(&self) -> Stage {
        self.latest().map_or(Stage::Applied, |c| c.stage)
    }

    /// When it last moved (or was sent).
    pub fn last_change_at(&self) -> DateTime<Utc> {
        self.latest().map_or(self.at, |c| c.at)
    }

    /// The interview rounds reached so far.
    pub fn interviews(&self) -> usize {
        self.changes
            .iter()
            .filter(|c| c.stage == Stage::Interview)
            .count()
    }

    /// The furthest stage reached on the way to an offer, closing or not:
    /// a rejection after the second interview still counts the interview.
    pub fn reached(&self) -> Stage {
        let mut best = Stage::Applied;
        for change in &self.changes {
            if change.stage.rank() > best.rank() {
                best = change.stage;
            }
        }
        best
    }

    /// Whether a move to `to` at `at` follows the rules of the module.
    pub fn check_move(
        &self,
        to: Stage,
        at: DateTime<Utc>,
        interview_at: bool,
    ) -> Result<(), MoveProblem> {
        let from = self.stage();
        if from.is_closed() {
            return Err(MoveProblem::Closed(from));
        }
        if interview_at && to != Stage::Interview {
            return Err(MoveProblem::InterviewDateNotInterview);
        }
        if from == to && to != Stage::Interview {
            return Err(MoveProblem::Already);
        }
        if let (Some(now), Some(next)) = (from.rank(), to.rank())
            && next < now
        {
            return Err(MoveProblem::Backwards { from });
        }
        if at < self.at {
            return Err(MoveProblem::BeforeApplication(self.at));
        }
        let last = self.last_change_at();
        if at < last {
            return Err(MoveProblem::BeforeLastChange(last));
        }
        Ok(())
    }

    /// The batch numbers and devices of what it holds.
    pub(super) fn owners(&self) -> impl Iterator<Item = (Option<&str>, Option<u64>)> + '_ {
        let own = std::iter::once((self.device.as_deref(), self.batch));
        own.chain((self.changes.iter()).map(|c| (c.device.as_deref(), c.batch)))
    }
}

/// The applications of both sides, without those `undo` took back: one
/// application by its id, its stage changes the union of both sides',
/// a change known by its date, stage and device.
pub(super) fn join(
    all: Vec<Application>,
    dead: &dyn Fn(Option<&str>, Option<u64>) -> bool,
) -> Vec<Application> {
    let mut joined: Vec<Application> = Vec::new();
    let mut all: Vec<Application> = all
        .into_iter()
        .filter(|a| !dead(a.device.as_deref(), a.batch))
        .collect();
    all.sort_by(|a, b| a.id.cmp(&b.id));
    for app in all {
        match joined.last_mut() {
            Some(last) if last.id == app.id => last.changes.extend(app.changes),
            _ => joined.push(app),
        }
    }
    for app in &mut joined {
        app.changes.retain(|c| !dead(c.device.as_deref(), c.batch));
        app.changes.sort_by(|a, b| {
            (a.at, &a.device, a.stage, &a.note).cmp(&(b.at, &b.device, b.stage, &b.note))
        });
        app.changes
            .dedup_by(|b, a| (b.at, &b.device, b.stage) == (a.at, &a.device, a.stage));
    }
    joined
}

/// The applications of two copies of one user's data, each once.
pub fn join_applications(all: Vec<Application>) -> Vec<Application> {
    join(all, &|_, _| false)
}

/// Both sides' applications joined, with how many applications and stage
/// changes only the other side had. Ours are joined alone first, so that
/// what `undo` took back counts as nothing added.
pub(super) fn merge(
    ours: &mut Vec<Application>,
    theirs: Vec<Application>,
    dead: &dyn Fn(Option<&str>, Option<u64>) -> bool,
) -> (usize, usize) {
    let mine = join(std::mem::take(ours), dead);
    let known = (mine.len(), change_count(&mine));
    *ours = join(mine.into_iter().chain(theirs).collect(), dead);
    (
        ours.len().saturating_sub(known.0),
        change_count(ours).saturating_sub(known.1),
    )
}

/// Batch numbers of what was never synced (no device) from another copy
/// could collide with ours: they come in without one (see `merge`).
pub(super) fn forget_unsynced_batches(apps: &mut [Application]) {
    for app in apps {
        if app.device.is_none() {
            app.batch = None;
        }
        for change in app.changes.iter_mut().filter(|c| c.device.is_none()) {
            change.batch = None;
        }
    }
}

/// How many stage changes `apps` hold.
pub(super) fn change_count(apps: &[Application]) -> usize {
    apps.iter().map(|a| a.changes.len()).sum()
}

#[cfg(test)]
#[path = "apply_tests.rs"]
mod tests;
