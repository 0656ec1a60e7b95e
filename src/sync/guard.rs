//! A data folder shared with a cohort: only the user it syncs as writes
//! there. Writing on another learner's synced file is refused (the next
//! sync would clash with theirs); a folder where it already happened gets
//! that file back as the last sync left it (`roadmap sync restore NAME`),
//! and is told what is lost.

use serde::Serialize;

use super::git::{Git, REMOTE_REF};
use super::{Session, integrate};
use crate::error::Result;
use crate::error::cohort::CohortError;
use crate::progress::MergeSummary;
use crate::store::{self, Store, UserName};

/// This data folder's own sync settings (its git configuration, which
/// never travels), read with one git call.
#[derive(Debug, Default)]
pub(super) struct Local {
    /// The user the folder syncs as.
    pub user: Option<String>,
    pub last_sync: Option<chrono::DateTime<chrono::Utc>>,
    /// Automatic sync (`sync auto on`).
    pub auto: bool,
}

/// [`Local`]; `None` when the folder does not sync (or git cannot say:
/// then nothing is shared from here either).
pub(super) fn local(store: &Store) -> Option<Local> {
    if !store.dir().join(".git").is_dir() {
        return None;
    }
    let git = Git::new(store.dir());
    let ran = git
        .try_run(["config", "--local", "--get-regexp", r"^roadmap\."])
        .ok()?;
    let mut local = Local::default();
    for line in ran.stdout.lines() {
        match line.split_once(' ') {
            Some(("roadmap.user", name)) => local.user = Some(name.trim().to_string()),
            Some(("roadmap.lastsync", at)) => local.last_sync = at.trim().parse().ok(),
            Some(("roadmap.autosync", on)) => local.auto = on.trim() == "true",
            _ => {}
        }
    }
    Some(local)
}

/// The user a synced data folder syncs as.
pub(super) fn synced_user(store: &Store) -> Option<String> {
    local(store)?.user
}

/// When this data folder last synced, if it syncs.
pub fn last_sync(store: &Store) -> Option<chrono::DateTime<chrono::Utc>> {
    local(store)?.last_sync
}

/// Refuses a write to `user`'s file when this data folder syncs as
/// someone else and sync shares that file (the last sync committed it, or
/// the remote has it). A local profile never synced stays writable.
/// The store calls it before every change ([`Store::update`]).
pub fn check_write(store: &Store, user: &UserName) -> Result<()> {
    let Some(synced) = synced_user(store) else {
        return Ok(());
    };
    if synced == user.as_str() {
        return Ok(());
    }
    let git = Git::new(store.dir());
    let path = format!("users/{}.json", user.as_str());
    let shared = ["HEAD", REMOTE_REF].iter().any(|rev| {
        git.check(["cat-file", "-e", &format!("{rev}:{path}")])
            .unwrap_or(false)
    });
    if shared {
        return Err(crate::error::Error::from(CohortError::OthersFile {
            user: user.as_str().to_string(),
            synced,
        })
        .into());
    }
    Ok(())
}

/// `--user NAME sync` where the folder syncs as someone else: refused
/// rather than syncing a user the command did not name.
pub fn check_sync_as(store: &Store, named: &UserName) -> Result<()> {
    match synced_user(store) {
        Some(synced) if synced != named.as_str() => {
            Err(crate::error::Error::from(CohortError::SyncAsOther {
                named: named.as_str().to_string(),
                synced,
            })
            .into())
        }
        _ => Ok(()),
    }
}

/// What `sync restore NAME` did.
#[derive(Debug, Clone, Serialize)]
pub struct RestoreReport {
    pub user: String,
    /// `users/<name>.json`.
    pub file: String,
    /// Whether the last sync had the file (otherwise it was removed: it
    /// was never shared from here).
    pub restored: bool,
    /// What the local copy had that the last sync's did not, now gone;
    /// `None` when the local copy could not be read at all.
    pub lost: Option<MergeSummary>,
}

/// `roadmap sync restore NAME`: puts another learner's file back as the
/// last sync left it (which is what the remote had then), so the next
/// sync brings in their latest. Never the user's own file.
pub fn restore(store: &Store, user: &UserName) -> Result<RestoreReport> {
    let _sync = store.hold_sync()?;
    let session = Session::open(store)?;
    if session.user == *user {
        return Err(crate::error::Error::from(CohortError::RestoreOwn {
            user: user.as_str().to_string(),
        })
        .into());
    }
    let git = &session.git;
    let file = format!("users/{}.json", user.as_str());
    let _held = store.hold(user)?;
    if !integrate::dirty_user_files(git)?.contains(&file) {
        return Err(crate::error::Error::from(CohortError::NothingToRestore {
            user: user.as_str().to_string(),
        })
        .into());
    }
    let has = |rev: &str| git.check(["cat-file", "-e", &format!("{rev}:{file}")]);
    let committed = match git.resolve("HEAD")? {
        Some(head) if has(&head)? => Some(integrate::check_user_blob(git, &head, &file)?),
        _ => None,
    };
    // A local profile sync never shared is no learner's file to restore.
    if committed.is_none() && !has(REMOTE_REF)? {
        return Err(crate::error::Error::from(CohortError::NothingToRestore {
            user: user.as_str().to_string(),
        })
        .into());
    }
    let lost = store.load(user).ok().map(|local| {
        let mut kept = committed.clone().unwrap_or_default();
        integrate::merge_user(&mut kept, local)
    });
    let path = store.user_path(user);
    match &committed {
        Some(_) => {
            let bytes = git.blob("HEAD", &file)?;
            store::write_private_file(&path, &bytes)?;
            git.run("git add", ["add", "--", file.as_str()])?;
        }
        None => {
            if let Err(err) = std::fs::remove_file(&path)
                && err.kind() != std::io::ErrorKind::NotFound
            {
                return Err(crate::error::Error::CannotWriteOutput {
                    path: file,
                    problem: err.to_string(),
                }
                .into());
            }
        }
    }
    Ok(RestoreReport {
        user: user.as_str().to_string(),
        file,
        restored: committed.is_some(),
        lost,
    })
}
