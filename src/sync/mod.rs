//! Sharing progress through a Git remote: `sync init`, `sync`, `sync
//! status`. The data directory becomes a Git working tree; only
//! `users/<name>.json` files travel, each learner committing only their
//! own. The system `git` does the transport (with the user's own
//! credential helpers and SSH keys); this module never lets git merge a
//! user file as text: files changed on both sides are merged with
//! [`crate::progress::merge`], from the blobs of both commits, and the
//! result is committed with both parents.
//!
//! This is the only module that runs git.

mod batch;
mod commit;
#[cfg(test)]
mod converge_tests;
mod git;
mod guard;
mod integrate;
mod plan;
mod remind;
mod repair;

use std::fs;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::progress::MergeSummary;
use crate::store::{self, Store, UserName};

use git::{BRANCH, Git, REMOTE_REF};

pub use crate::i18n::sync::hide_credentials;
pub use guard::{RestoreReport, check_sync_as, check_write, last_sync, restore};
pub use remind::{Reminder, after_change, auto_enabled, reminder, set_auto};

/// How often a push refused because another device pushed first is
/// retried (after fetching and merging again): enough for a cohort of
/// dozens syncing at the same moment (each round lets at least one
/// through), bounded so that a remote that keeps moving ends the sync
/// (about a minute of pauses at most, see [`back_off`]).
pub const MAX_ATTEMPTS: usize = 40;

/// The longest pause between two attempts, in milliseconds.
const MAX_PAUSE_MS: u64 = 1_500;

/// What `.gitignore` holds: everything stays out but the user files, so
/// lock files, temporary files and this machine's device id never travel.
const GITIGNORE: &str = "\
# roadmap sync: only users/<name>.json travels.
/*
!/.gitignore
!/users/
/users/*
!/users/*.json
";

/// What a sync did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncReport {
    /// The remote, with any credentials in its URL hidden.
    pub remote: String,
    pub user: String,
    /// Whether this was `sync init` setting the data directory up.
    pub initialized: bool,
    /// Whether local changes were committed.
    pub committed: bool,
    /// Commits that came from the remote.
    pub received: usize,
    /// What the progress merge brought into the user's own file, when it
    /// changed on both sides.
    pub merged: Option<MergeSummary>,
    /// Files taken from the remote as they are there (other learners, or
    /// the user's own file changed only elsewhere).
    pub updated: Vec<String>,
    pub removed: Vec<String>,
    /// Whether the remote's copy of the user's own file had lost progress
    /// (deleted, emptied or an older copy pushed): it was merged back.
    pub remote_dropped: bool,
    /// Whether the remote's history was rewritten (force-pushed) since the
    /// last fetch: merged all the same, nothing lost here.
    pub remote_rewrote: bool,
    pub pushed: bool,
    /// Push attempts (more than one when another device pushed first).
    pub attempts: usize,
}

/// Where things stand, without touching the network.
#[derive(Debug, Clone, Serialize)]
pub struct StatusReport {
    pub remote: String,
    pub user: String,
    pub device: Option<String>,
    pub last_sync: Option<DateTime<Utc>>,
    /// Commits here not yet pushed.
    pub to_push: usize,
    /// Commits on the remote (as of the last fetch) not yet merged here.
    pub to_merge: usize,
    /// Whether the user's file has changes not yet committed.
    pub uncommitted: bool,
}

/// The data directory and who syncs it.
struct Session<'a> {
    store: &'a Store,
    git: Git,
    user: UserName,
    /// `users/<name>.json`, as git names it.
    mine: String,
}

impl<'a> Session<'a> {
    fn new(store: &'a Store, user: UserName) -> Session<'a> {
        let mine = format!("users/{}.json", user.as_str());
        Session {
            store,
            git: Git::new(store.dir()),
            user,
            mine,
        }
    }

    /// The session of a data directory `sync init` set up.
    fn open(store: &'a Store) -> Result<Session<'a>> {
        let git = Git::new(store.dir());
        if !store.dir().join(".git").is_dir() {
            return Err(Error::SyncNotSetUp {
                dir: store.dir().to_path_buf(),
            }
            .into());
        }
        let name = git
            .config_get("roadmap.user")?
            .ok_or_else(|| Error::SyncNotSetUp {
                dir: store.dir().to_path_buf(),
            })?;
        Ok(Session::new(store, UserName::parse(&name)?))
    }

    fn remote(&self) -> Result<String> {
        Ok(hide_credentials(
            &self
                .git
                .config_get("remote.origin.url")?
                .unwrap_or_default(),
        ))
    }
}

/// `roadmap sync init REMOTE`: makes the data directory a working tree
/// tracking `remote`, then syncs (merging what the remote already holds).
/// `now` is the moment recorded as the last sync (the clock, or
/// `ROADMAP_NOW`).
pub fn init(
    store: &Store,
    user: &UserName,
    remote: &str,
    now: DateTime<Utc>,
) -> Result<SyncReport> {
    if user.as_str() == "default" {
        return Err(Error::SyncDefaultUser.into());
    }
    let _sync = store.hold_sync()?;
    let session = Session::new(store, user.clone());
    let git = &session.git;
    if store.dir().join(".git").exists() {
        return Err(match git.config_get("remote.origin.url")? {
            Some(url) if git.config_get("roadmap.user")?.is_some() => Error::SyncAlreadySetUp {
                remote: hide_credentials(&url),
            },
            _ => Error::SyncForeignRepository {
                dir: store.dir().to_path_buf(),
            },
        }
        .into());
    }
    store.ensure_device_id()?;
    git.run("git init", ["init", "-q"])?;
    git.run(
        "git symbolic-ref",
        ["symbolic-ref", "HEAD", &format!("refs/heads/{BRANCH}")],
    )?;
    let host = host_name();
    git.config_set("user.name", &format!("roadmap ({}@{host})", user.as_str()))?;
    git.config_set("user.email", &format!("{}@{host}", user.as_str()))?;
    git.config_set("roadmap.user", user.as_str())?;
    git.run("git remote add", ["remote", "add", "origin", remote])?;
    store::write_file(&store.dir().join(".gitignore"), GITIGNORE.as_bytes())?;
    let mut report = run(&session, now)?;
    report.initialized = true;
    Ok(report)
}

/// `roadmap sync`, recording `now` as the last sync.
pub fn sync(store: &Store, now: DateTime<Utc>) -> Result<SyncReport> {
    let _sync = store.hold_sync()?;
    let session = Session::open(store)?;
    run(&session, now)
}

/// `roadmap sync status`.
pub fn status(store: &Store) -> Result<StatusReport> {
    let session = Session::open(store)?;
    let git = &session.git;
    let head = git.resolve("HEAD")?;
    let theirs = git.resolve(REMOTE_REF)?;
    let count = |range: &str| -> Result<usize> {
        let out = git.run("git rev-list", ["rev-list", "--count", range])?;
        Ok(out.trim().parse().unwrap_or(0))
    };
    let (to_push, to_merge) = match (&head, &theirs) {
        (Some(_), Some(_)) => (
            count(&format!("{REMOTE_REF}..HEAD"))?,
            count(&format!("HEAD..{REMOTE_REF}"))?,
        ),
        (Some(_), None) => (count("HEAD")?, 0),
        (None, Some(_)) => (0, count(REMOTE_REF)?),
        (None, None) => (0, 0),
    };
    let uncommitted = commit::mine_uncommitted(&session)?;
    let last_sync = git
        .config_get("roadmap.lastsync")?
        .and_then(|text| text.parse().ok());
    Ok(StatusReport {
        remote: session.remote()?,
        user: session.user.as_str().to_string(),
        device: store.device_id(),
        last_sync,
        to_push,
        to_merge,
        uncommitted,
    })
}

/// Commit, then fetch, merge and push until the push goes through. The
/// user's lock is held only while the working tree changes (commit and
/// merge), never during the fetch or the push: `done` never waits for the
/// network. (`sync.lock`, held throughout, keeps syncs in turn.)
fn run(session: &Session, now: DateTime<Utc>) -> Result<SyncReport> {
    let git = &session.git;
    let mut report = SyncReport {
        remote: session.remote()?,
        user: session.user.as_str().to_string(),
        ..SyncReport::default()
    };
    {
        let held = session.store.hold(&session.user)?;
        // A sync interrupted anywhere left a half-done merge, git lock
        // files, a detached HEAD: repaired, keeping the working tree (the
        // merge is redone below, and the user's file is merged with
        // HEAD's on commit).
        repair::repair(session)?;
        report.committed = commit::commit_local(session, &held)?;
    }
    for attempt in 1..=MAX_ATTEMPTS {
        report.attempts = attempt;
        let seen = git.resolve(REMOTE_REF)?;
        let fetched = git.try_run(["fetch", "--no-tags", "-q", "origin"])?;
        if !fetched.success {
            return Err(Error::SyncUnreachable {
                remote: report.remote.clone(),
                stderr: fetched.stderr,
            }
            .into());
        }
        // A remote whose new history does not contain what it had before
        // was rewritten (force-pushed): what it dropped is judged against
        // what it had then.
        let rewritten_from = match (seen, git.resolve(REMOTE_REF)?) {
            (Some(seen), Some(now))
                if seen != now && !git.check(["merge-base", "--is-ancestor", &seen, &now])? =>
            {
                report.remote_rewrote = true;
                Some(seen)
            }
            _ => None,
        };
        {
            let held = session.store.hold(&session.user)?;
            // What was recorded during the fetch goes in with this merge.
            report.committed |= commit::commit_local(session, &held)?;
            integrate::integrate(session, &held, &mut report, rewritten_from.as_deref())?;
        }
        if !ahead(git)? {
            break;
        }
        let pushed = git.try_run([
            "push",
            "--porcelain",
            "origin",
            &format!("HEAD:refs/heads/{BRANCH}"),
        ])?;
        if pushed.success {
            report.pushed = true;
            break;
        }
        let said = format!("{}\n{}", pushed.stdout, pushed.stderr);
        // Another device pushed first: a server says "rejected"; a file or
        // USB remote may fail to update or lock the ref instead.
        let overtaken = said.lines().any(|line| {
            line.starts_with('!')
                && ((line.contains("[rejected]")
                    && (line.contains("fetch first") || line.contains("non-fast-forward")))
                    || (line.contains("[remote rejected]")
                        && (line.contains("failed to update ref")
                            || line.contains("cannot lock ref")
                            || line.contains("failed to lock")
                            || line.contains("incorrect old value"))))
        });
        if !overtaken {
            return Err(if said.contains("[remote rejected]") {
                Error::SyncPushRefused {
                    remote: report.remote.clone(),
                    stderr: said,
                }
            } else {
                Error::SyncUnreachable {
                    remote: report.remote.clone(),
                    stderr: pushed.stderr,
                }
            }
            .into());
        }
        if attempt == MAX_ATTEMPTS {
            return Err(Error::SyncKeptMoving { attempts: attempt }.into());
        }
        back_off(attempt);
    }
    git.config_set("roadmap.lastsync", &now.to_rfc3339())?;
    Ok(report)
}

/// A pause before pushing again after losing a race: growing with each
/// attempt up to [`MAX_PAUSE_MS`], and random between half of that and
/// all of it, so that devices racing each other spread out.
fn back_off(attempt: usize) {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_usize(attempt);
    hasher.write_u32(std::process::id());
    let base = (50u64 << attempt.min(10)).min(MAX_PAUSE_MS);
    let jitter = hasher.finish() % (base / 2 + 1);
    std::thread::sleep(std::time::Duration::from_millis(base / 2 + jitter));
}

/// Whether HEAD has commits the remote lacks.
fn ahead(git: &Git) -> Result<bool> {
    if git.resolve("HEAD")?.is_none() {
        return Ok(false);
    }
    if git.resolve(REMOTE_REF)?.is_none() {
        return Ok(true);
    }
    let out = git.run(
        "git rev-list",
        ["rev-list", "--count", &format!("{REMOTE_REF}..HEAD")],
    )?;
    Ok(out.trim() != "0")
}

/// This machine's name, for commit identities: letters, digits, `-` and
/// `.` only. Read from the system without running anything.
fn host_name() -> String {
    let from_file = ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .into_iter()
        .find_map(|path| fs::read_to_string(path).ok());
    let from_env = || {
        ["HOSTNAME", "COMPUTERNAME"]
            .into_iter()
            .find_map(|key| std::env::var(key).ok())
    };
    let name: String = from_file
        .or_else(from_env)
        .unwrap_or_default()
        .trim()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'))
        .take(63)
        .collect();
    if name.is_empty() {
        "this-machine".to_string()
    } else {
        name
    }
}
