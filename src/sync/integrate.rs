//! Bringing the fetched remote into the local branch: nothing, a
//! fast-forward, or a merge commit whose user files `roadmap` merged.
//! Everything that comes in is checked before anything here changes.

use std::collections::BTreeSet;

use super::git::{Git, REMOTE_REF};
use super::plan::{self, Stop, Tree};
use super::{Session, SyncReport};
use crate::error::{Error, Refusal, Result};
use crate::progress::{MergeSummary, merge, setting};
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
/// merge commit whose user files were merged here. `rewritten_from`: the
/// remote's commit before a rewrite of its history, if it was rewritten.
pub(super) fn integrate(
    session: &Session,
    held: &Held,
    report: &mut SyncReport,
    rewritten_from: Option<&str>,
) -> Result<()> {
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
    let mut plan = if fast_forward {
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
    // The learner's own file, when the remote changed it and it is here
    // too, is always merged (the union of events), never taken as the
    // remote has it: a deletion or an older copy pushed there cannot take
    // progress away.
    let mine_changed = theirs_tree.get(&session.mine) != base_tree.get(&session.mine);
    if ours_tree.contains_key(&session.mine) && mine_changed {
        plan.take.retain(|path| *path != session.mine);
        plan.delete.retain(|path| *path != session.mine);
        plan.merge_mine = true;
    }
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
    let incoming = super::batch::read_blobs(git, &theirs, &plan.take)?;
    let merged = if plan.merge_mine {
        let user_file = |tree: &Tree, rev: Option<&str>| match rev {
            Some(rev) if tree.contains_key(&session.mine) => {
                check_user_blob(git, rev, &session.mine)
            }
            _ => Ok(UserData::default()),
        };
        let theirs_data = user_file(&theirs_tree, Some(&theirs))?;
        // The remote dropped progress when something of the common
        // ancestor's file is neither in the remote's nor taken back there.
        let base_data = match rewritten_from {
            Some(before) => user_file(&tree(git, Some(before))?, Some(before))?,
            None => user_file(&base_tree, base.as_deref())?,
        };
        let mut check = theirs_data.clone();
        report.remote_dropped |= merge_user(&mut check, base_data).changed_anything();
        let mut ours_data = session.store.load(&session.user)?;
        let total = merge_user(&mut ours_data, theirs_data);
        Some((ours_data, total))
    } else {
        None
    };

    if fast_forward {
        match ours {
            None => {
                git.run("git reset", ["reset", "-q", "--hard", REMOTE_REF])?;
            }
            Some(_) => fast_forward_around_mine(session, &plan, &incoming)?,
        };
        if let Some((data, _)) = &merged {
            keep_merged(session, held, data)?;
        }
    } else {
        let mut start = vec!["merge", "-q", "--no-ff", "--no-commit", "-s", "ours"];
        if base.is_none() {
            start.push("--allow-unrelated-histories");
        }
        start.push(REMOTE_REF);
        git.run("git merge", start)?;
        let mine = merged.as_ref().map(|(data, _)| data);
        let applied = apply(session, held, &plan, mine, &incoming);
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
        total.add(summary);
    }
    Ok(())
}

/// The user's file as HEAD has it, if HEAD has it (and it is readable).
pub(super) fn committed_mine(session: &Session) -> Result<Option<UserData>> {
    let git = &session.git;
    let Some(head) = git.resolve("HEAD")? else {
        return Ok(None);
    };
    if !tree(git, Some(&head))?.contains_key(&session.mine) {
        return Ok(None);
    }
    check_user_blob(git, &head, &session.mine).map(Some)
}

/// Merges every roadmap of `theirs` into `ours`.
pub(super) fn merge_user(ours: &mut UserData, theirs: UserData) -> MergeSummary {
    let mut total = MergeSummary {
        settings_changed: usize::from(setting::merge(&mut ours.goal, theirs.goal))
            + usize::from(setting::merge(
                &mut ours.application_goal,
                theirs.application_goal,
            )),
        ..MergeSummary::default()
    };
    for (roadmap, progress) in theirs.roadmaps {
        total.add(merge(ours.roadmaps.entry(roadmap).or_default(), progress));
    }
    total
}

/// A fast-forward in which git never writes the user's own file (written
/// by the store, atomically, from the merge): HEAD and the index move to
/// the remote's commit, then the other files it changed are checked out.
fn fast_forward_around_mine(session: &Session, plan: &plan::Plan, incoming: &Blobs) -> Result<()> {
    let git = &session.git;
    git.run("git reset", ["reset", "-q", "--soft", REMOTE_REF])?;
    git.run("git reset", ["reset", "-q"])?;
    super::batch::take_files(session, incoming, &plan.take)?;
    for path in &plan.delete {
        match std::fs::remove_file(session.store.dir().join(path)) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                return Err(crate::error::Error::CannotWriteOutput {
                    path: path.clone(),
                    problem: err.to_string(),
                }
                .into());
            }
            _ => {}
        }
    }
    Ok(())
}

/// The files a sync takes, read from the remote's commit.
type Blobs = std::collections::BTreeMap<String, Vec<u8>>;

/// After a fast-forward: writes the merge of the user's file over what the
/// remote sent, and commits it if the remote's copy lacked anything.
fn keep_merged(session: &Session, held: &Held, data: &UserData) -> Result<()> {
    let git = &session.git;
    session.store.save_held(held, &mut data.clone())?;
    super::commit::stage_mine(session)?;
    if !git.check(["diff", "--cached", "--quiet"])? {
        git.run(
            "git commit",
            [
                "commit",
                "-q",
                "-m",
                "roadmap: keep progress the remote dropped",
            ],
        )?;
    }
    Ok(())
}

/// Writes the merge into the working tree and commits it, with the
/// remote's commit as second parent (set by the `-s ours` merge above,
/// which takes our tree as it is: git merges no text).
fn apply(
    session: &Session,
    held: &Held,
    plan: &plan::Plan,
    mine: Option<&UserData>,
    incoming: &Blobs,
) -> Result<()> {
    let git = &session.git;
    super::batch::take_files(session, incoming, &plan.take)?;
    for chunk in plan.delete.chunks(200) {
        let mut args = vec!["rm", "-q", "--"];
        args.extend(chunk.iter().map(String::as_str));
        git.run("git rm", args)?;
    }
    if let Some(data) = mine {
        let mut data = data.clone();
        session.store.save_held(held, &mut data)?;
        super::commit::stage_mine(session)?;
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
pub(super) fn check_user_blob(git: &Git, rev: &str, path: &str) -> Result<UserData> {
    let size = git.blob_size(rev, path)?;
    if size > crate::limits::MAX_STORE_BYTES as u64 {
        let why = Refusal::Unreadable(crate::store::Problem::TooBig(Some(size)));
        let path = path.to_string();
        return Err(Error::SyncRefused { path, why }.into());
    }
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
pub(super) fn dirty_user_files(git: &Git) -> Result<BTreeSet<String>> {
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
