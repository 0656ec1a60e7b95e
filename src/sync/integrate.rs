//! Bringing the fetched remote into the local branch: nothing, a
//! fast-forward, or a merge commit whose user files `roadmap` merged.
//! Everything that comes in is checked before anything here changes.

use std::collections::BTreeSet;

use super::git::{Git, REMOTE_REF};
use super::plan::{self, Stop, Tree};
use super::{Session, SyncReport};
use crate::error::{Error, Refusal, Result};
use crate::progress::{MergeSummary, merge};
use crate::store::{self, Held, UserData, UserName};

fn tree(git: &Git, rev: Option<&str>) -> Result<Tree> {
    match rev {
        None => Ok(Tree::new()),
        Some(rev) => Ok(plan::parse_tree(
            &git.run("git ls-tree", ["ls-tree", "-r", "-z", "--full-tree", rev])?,
        )),
    }
}

/// Brings the fetched remote into HEAD: nothing, a fast-forward, or a
/// merge commit whose user files were merged here.
pub(super) fn integrate(session: &Session, held: &Held, report: &mut SyncReport) -> Result<()> {
    let git = &session.git;
    let Some(theirs) = git.resolve(REMOTE_REF)? else {
        return Ok(());
    };
    let ours = git.resolve("HEAD")?;
    if ours.as_deref() == Some(theirs.as_str()) {
        return Ok(());
    }
    let base = match &ours {
        None => None,
        Some(ours) => {
            let ran = git.try_run(["merge-base", ours, &theirs])?;
            ran.success.then(|| ran.stdout.trim().to_string())
        }
    };
    if base.as_deref() == Some(theirs.as_str()) {
        return Ok(()); // only ahead: the push will do
    }
    let received = match &ours {
        Some(_) => git.run(
            "git rev-list",
            ["rev-list", "--count", &format!("HEAD..{REMOTE_REF}")],
        )?,
        None => git.run("git rev-list", ["rev-list", "--count", REMOTE_REF])?,
    };
    let received: usize = received.trim().parse().unwrap_or(0);
    let base_tree = tree(git, base.as_deref())?;
    let ours_tree = tree(git, ours.as_deref())?;
    let theirs_tree = tree(git, Some(&theirs))?;
    let fast_forward = ours.is_none() || base == ours;
    let plan = if fast_forward {
        let changed = plan::check_incoming(&base_tree, &theirs_tree).map_err(stop)?;
        let removed = base_tree
            .keys()
            .filter(|path| !theirs_tree.contains_key(*path))
            .cloned()
            .collect();
        plan::Plan {
            take: changed,
            delete: removed,
            merge_mine: false,
        }
    } else {
        plan::plan(&base_tree, &ours_tree, &theirs_tree, &session.mine).map_err(stop)?
    };
    // Other learners' files this sync replaces are locked like any change
    // to them (in name order; only a sync takes more than one lock, and
    // syncs take turns), so that a `roadmap --user NAME done` here waits.
    let mut others: Vec<UserName> = plan
        .take
        .iter()
        .chain(&plan.delete)
        .filter(|path| **path != session.mine)
        .filter_map(|path| path.strip_prefix("users/")?.strip_suffix(".json"))
        .filter_map(|name| UserName::parse(name).ok())
        .collect();
    others.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    let _locks = others
        .iter()
        .map(|user| session.store.hold(user))
        .collect::<Result<Vec<Held>>>()?;
    // Local files a checkout would overwrite: another learner's, changed
    // or created here and never committed.
    let dirty = dirty_user_files(git)?;
    for path in plan.take.iter().chain(&plan.delete) {
        if path != &session.mine && dirty.contains(path) {
            return Err(Error::SyncOtherLearner { path: path.clone() }.into());
        }
    }
    // Everything that comes in is read as the store reads its own files,
    // before anything is changed here.
    for path in &plan.take {
        if path.starts_with("users/") {
            check_user_blob(git, &theirs, path)?;
        }
    }
    let merged = if plan.merge_mine {
        let theirs_data = check_user_blob(git, &theirs, &session.mine)?;
        let mut ours_data = session.store.load(&session.user)?;
        let mut total = MergeSummary::default();
        for (roadmap, progress) in theirs_data.roadmaps {
            let summary = merge(ours_data.roadmaps.entry(roadmap).or_default(), progress);
            total.events_added += summary.events_added;
            total.notes_added += summary.notes_added;
            total.statuses_changed.extend(summary.statuses_changed);
        }
        Some((ours_data, total))
    } else {
        None
    };

    if fast_forward {
        match ours {
            None => git.run("git reset", ["reset", "-q", "--hard", REMOTE_REF])?,
            Some(_) => git.run("git merge", ["merge", "-q", "--ff-only", REMOTE_REF])?,
        };
    } else {
        let mut start = vec!["merge", "-q", "--no-ff", "--no-commit", "-s", "ours"];
        if base.is_none() {
            start.push("--allow-unrelated-histories");
        }
        start.push(REMOTE_REF);
        git.run("git merge", start)?;
        let applied = apply(session, held, &plan, merged.as_ref().map(|(data, _)| data));
        if let Err(err) = applied {
            let _ = git.try_run(["merge", "--abort"]);
            return Err(err);
        }
    }
    report.received += received;
    report.updated.extend(plan.take.iter().cloned());
    report.removed.extend(plan.delete.iter().cloned());
    report.updated.sort();
    report.updated.dedup();
    if let Some((_, summary)) = merged {
        let total = report.merged.get_or_insert_with(MergeSummary::default);
        total.events_added += summary.events_added;
        total.notes_added += summary.notes_added;
        total.statuses_changed.extend(summary.statuses_changed);
    }
    Ok(())
}

/// Writes the merge into the working tree and commits it, with the
/// remote's commit as second parent (set by the `-s ours` merge above,
/// which takes our tree as it is: git merges no text).
fn apply(session: &Session, held: &Held, plan: &plan::Plan, mine: Option<&UserData>) -> Result<()> {
    let git = &session.git;
    for path in &plan.take {
        git.run(
            "git checkout",
            ["checkout", REMOTE_REF, "--", path.as_str()],
        )?;
    }
    for path in &plan.delete {
        git.run("git rm", ["rm", "-q", "--", path.as_str()])?;
    }
    if let Some(data) = mine {
        let mut data = data.clone();
        session.store.save_held(held, &mut data)?;
        git.run("git add", ["add", "--", session.mine.as_str()])?;
    }
    git.run(
        "git commit",
        [
            "commit",
            "-q",
            "--no-edit",
            "-m",
            "roadmap: merge progress from the remote",
        ],
    )?;
    Ok(())
}

/// The store's own reading of a user file from commit `rev`.
fn check_user_blob(git: &Git, rev: &str, path: &str) -> Result<UserData> {
    let bytes = git.blob(rev, path)?;
    store::decode_foreign(&bytes).map_err(|problem| {
        Error::SyncRefused {
            path: path.to_string(),
            why: Refusal::Unreadable(problem),
        }
        .into()
    })
}

/// User files that differ from HEAD in the working tree, or are not
/// tracked at all.
fn dirty_user_files(git: &Git) -> Result<BTreeSet<String>> {
    let out = git.run(
        "git status",
        [
            "status",
            "--porcelain",
            "-z",
            "--no-renames",
            "--untracked-files=all",
            "--",
            "users",
        ],
    )?;
    // Each entry is "XY path"; the status letters are ASCII.
    Ok(out
        .split('\0')
        .filter_map(|entry| entry.get(3..))
        .filter(|path| !path.is_empty())
        .map(str::to_string)
        .collect())
}

fn stop(stop: Stop) -> anyhow::Error {
    match stop {
        Stop::OtherLearner(path) => Error::SyncOtherLearner { path }.into(),
        Stop::Refused(path, why) => Error::SyncRefused { path, why }.into(),
    }
}
