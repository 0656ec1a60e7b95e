//! Committing the user's own file: stamped with this device's id, merged
//! with what HEAD holds of it, and staged by its contents (also when it is
//! a symlink).

use std::fs;

use super::{Session, host_name, integrate};
use crate::error::Result;
use crate::store::Held;

/// Gives this device's id to the user's changes not yet synced, and
/// commits their file. Whether anything was committed.
pub(super) fn commit_local(session: &Session, held: &Held) -> Result<bool> {
    let store = session.store;
    let git = &session.git;
    let device = store.ensure_device_id()?;
    let path = store.user_path(&session.user);
    if path.exists() {
        let mut data = store.load(&session.user)?;
        let mut changed = data.stamp(&device);
        // What HEAD holds of the user's file is merged in: a sync
        // interrupted after moving HEAD but before writing the file loses
        // nothing that way (nothing is lost otherwise: HEAD's is older).
        // Anything there without a device was committed from here.
        if let Some(mut committed) = integrate::committed_mine(session)? {
            committed.stamp(&device);
            changed |= integrate::merge_user(&mut data, committed).changed_anything();
        }
        if changed {
            store.save_held(held, &mut data)?;
        }
    }
    // The ignore rules go along with the first commit of the user's file;
    // a data directory without one (a mentor's) commits nothing at all.
    if path.exists() {
        stage_mine(session)?;
        if git.check(["diff", "--cached", "--quiet"])? {
            return Ok(false);
        }
        if store.dir().join(".gitignore").exists() {
            git.run("git add", ["add", "--", ".gitignore"])?;
        }
    }
    if git.check(["diff", "--cached", "--quiet"])? {
        return Ok(false);
    }
    let message = format!("roadmap: {} on {}", session.user.as_str(), host_name());
    git.run("git commit", ["commit", "-q", "-m", &message])?;
    Ok(true)
}

/// Stages the user's file. A symlinked one (kept in a dotfiles folder) is
/// staged by the contents of its target, as a plain file: git never
/// commits the link itself (whose contents, a local path, every other
/// machine would refuse), and the link stays a link that sync writes
/// through.
pub(super) fn stage_mine(session: &Session) -> Result<()> {
    let git = &session.git;
    let path = session.store.user_path(&session.user);
    let linked = fs::symlink_metadata(&path).is_ok_and(|meta| meta.file_type().is_symlink());
    if !linked {
        git.run("git add", ["add", "--", session.mine.as_str()])?;
        return Ok(());
    }
    let target = fs::canonicalize(&path)?;
    let oid = git.run(
        "git hash-object",
        [
            std::ffi::OsStr::new("hash-object"),
            "-w".as_ref(),
            "--no-filters".as_ref(),
            "--".as_ref(),
            target.as_os_str(),
        ],
    )?;
    let entry = format!("100644,{},{}", oid.trim(), session.mine);
    git.run(
        "git update-index",
        ["update-index", "--add", "--cacheinfo", &entry],
    )?;
    Ok(())
}

/// Whether the user's file differs from what HEAD holds; a symlinked one
/// by its target's contents (git would only see a link where a file is).
pub(super) fn mine_uncommitted(session: &Session) -> Result<bool> {
    let git = &session.git;
    let path = session.store.user_path(&session.user);
    let linked = fs::symlink_metadata(&path).is_ok_and(|meta| meta.file_type().is_symlink());
    if !linked {
        let out = git.run(
            "git status",
            ["status", "--porcelain", "--", session.mine.as_str()],
        )?;
        return Ok(!out.trim().is_empty());
    }
    let target = fs::canonicalize(&path)?;
    let here = git.run(
        "git hash-object",
        [
            std::ffi::OsStr::new("hash-object"),
            "--no-filters".as_ref(),
            "--".as_ref(),
            target.as_os_str(),
        ],
    )?;
    let committed = git.try_run([
        "rev-parse",
        "-q",
        "--verify",
        &format!("HEAD:{}", session.mine),
    ])?;
    Ok(!committed.success || committed.stdout.trim() != here.trim())
}
