//! Putting the working tree right after a sync that was interrupted (a
//! SIGINT, a SIGKILL, a power cut): a half-done merge, stale git lock
//! files, a detached HEAD, other learners' files left half checked out.
//! Nothing here touches the user's own file: the next commit merges it
//! with what HEAD holds, so no local event is lost (never a `reset --hard`).

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::Session;
use super::git::{BRANCH, Git, REMOTE_REF};
use crate::error::Result;

/// Lock files git leaves when it is killed; sync holds `sync.lock`, so no
/// git of another sync can be using them.
const GIT_LOCKS: &[&str] = &[
    "index.lock",
    "HEAD.lock",
    "ORIG_HEAD.lock",
    "config.lock",
    "packed-refs.lock",
    "refs/heads/main.lock",
    "refs/remotes/origin/main.lock",
];

/// How old a git lock must be to be taken for a leftover: a git child of a
/// killed sync may still be finishing for a moment.
const STALE_AFTER: Duration = Duration::from_secs(2);

/// Repairs what an interrupted sync left; whether anything was repaired.
pub(super) fn repair(session: &Session) -> Result<bool> {
    let git = &session.git;
    let dot_git = session.store.dir().join(".git");
    let mut repaired = remove_stale_locks(&dot_git);
    let merging = git.resolve("MERGE_HEAD")?;
    let head = git.resolve("HEAD")?;
    let branch = format!("refs/heads/{BRANCH}");
    if !git.check(["symbolic-ref", "-q", "HEAD"])? {
        // Detached: keep the commit on the branch if it is ahead of it.
        if let Some(head) = &head {
            let ahead = match git.resolve(&branch)? {
                None => true,
                Some(main) => git.check(["merge-base", "--is-ancestor", &main, head])?,
            };
            if ahead {
                git.run("git update-ref", ["update-ref", &branch, head])?;
            }
        }
        git.run("git symbolic-ref", ["symbolic-ref", "HEAD", &branch])?;
        repaired = true;
    }
    let head = git.resolve("HEAD")?;
    if head.is_none() {
        return Ok(repaired);
    }
    // A half-done merge, or anything staged: back to HEAD's index, the
    // working tree as it is (the user's file keeps every local event).
    if merging.is_some() || repaired || !git.check(["diff", "--cached", "--quiet"])? {
        git.run("git reset", ["reset", "-q"])?;
        repaired = true;
    }
    // Other learners' files the interrupted sync had begun to check out or
    // remove: put back as HEAD has them when they are a copy from a commit
    // sync was bringing in (never a change made here).
    let mut leftovers = Vec::new();
    for path in dirty_others(git, &session.mine)? {
        let file = session.store.dir().join(&path);
        let from_sync = if file.exists() {
            let oid = git.run("git hash-object", ["hash-object", "--", path.as_str()])?;
            let oid = oid.trim();
            let mut revs = vec![REMOTE_REF.to_string(), "ORIG_HEAD".to_string()];
            revs.extend(merging.clone());
            revs.iter()
                .any(|rev| blob_id(git, rev, &path).as_deref() == Some(oid))
        } else {
            true // removed: HEAD's copy comes back, nothing is lost
        };
        if from_sync {
            leftovers.push(path);
        }
    }
    for path in leftovers {
        if blob_id(git, "HEAD", &path).is_some() {
            git.run("git checkout", ["checkout", "HEAD", "--", path.as_str()])?;
        } else {
            let _ = fs::remove_file(session.store.dir().join(&path));
        }
        repaired = true;
    }
    Ok(repaired)
}

/// The object id of `path` in `rev`, if it has one.
fn blob_id(git: &Git, rev: &str, path: &str) -> Option<String> {
    let ran = git
        .try_run(["rev-parse", "-q", "--verify", &format!("{rev}:{path}")])
        .ok()?;
    ran.success.then(|| ran.stdout.trim().to_string())
}

/// User files other than `mine` that differ from HEAD or are untracked.
fn dirty_others(git: &Git, mine: &str) -> Result<Vec<String>> {
    let mut dirty = super::integrate::dirty_user_files(git)?;
    dirty.retain(|path| path.ends_with(".json") && path != mine);
    Ok(dirty.into_iter().collect())
}

/// Removes the git lock files a killed git left (older than
/// [`STALE_AFTER`], waiting that long for a young one to go).
fn remove_stale_locks(dot_git: &Path) -> bool {
    let mut removed = false;
    for name in GIT_LOCKS {
        let path = dot_git.join(name);
        let Ok(meta) = fs::symlink_metadata(&path) else {
            continue;
        };
        let age = meta
            .modified()
            .ok()
            .and_then(|at| SystemTime::now().duration_since(at).ok())
            .unwrap_or(STALE_AFTER);
        if age < STALE_AFTER {
            std::thread::sleep(STALE_AFTER - age);
            if !path.exists() {
                continue;
            }
        }
        removed |= fs::remove_file(&path).is_ok();
    }
    removed
}
