//! Sync you do not forget: a reminder when this machine has not synced for
//! more than a day (with the changes waiting), and the opt-in automatic
//! sync after each command that writes: `roadmap sync` started in the
//! background, never waited for, whose failure is recorded on this
//! machine and said by the next today view and `status`.

use std::process::{Command, Stdio};

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;

use super::Session;
use crate::error::Result;
use crate::lang::Lang;
use crate::store::{Store, SyncFailure, UserName};

/// The machine-local git setting that turns automatic sync on.
const AUTO_KEY: &str = "roadmap.autosync";

/// What the today view and `status` say about sync, when there is
/// something to say.
#[derive(Debug, Clone, Serialize)]
pub struct Reminder {
    /// The last sync that went through (`None`: none since `sync init`).
    pub last_sync: Option<DateTime<Utc>>,
    /// Whether that was more than a day ago.
    pub stale: bool,
    /// Changes recorded here that no sync has taken yet.
    pub waiting: usize,
    /// The last automatic sync's failure, if it failed.
    pub failure: Option<SyncFailure>,
}

/// The reminder for `user` in this data folder: only when it syncs as
/// `user`, and only when the last sync is more than a day old or an
/// automatic sync failed.
pub fn reminder(store: &Store, user: &UserName, now: DateTime<Utc>) -> Option<Reminder> {
    let local = super::guard::local(store)?;
    if local.user.as_deref() != Some(user.as_str()) {
        return None;
    }
    let last_sync = local.last_sync;
    let stale = last_sync.is_none_or(|at| now - at > TimeDelta::days(1));
    let failure = store.sync_failure();
    if !stale && failure.is_none() {
        return None;
    }
    let waiting = store.load(user).map_or(0, |data| {
        let goal = data.goal.as_ref().is_some_and(|g| g.device.is_none());
        data.roadmaps.values().map(|p| p.unsynced()).sum::<usize>() + usize::from(goal)
    });
    Some(Reminder {
        last_sync,
        stale,
        waiting,
        failure,
    })
}

/// Whether automatic sync is on in this data folder.
pub fn auto_enabled(store: &Store) -> bool {
    super::guard::local(store).is_some_and(|local| local.auto)
}

/// `roadmap sync auto on|off`: a setting of this machine only (in the
/// data folder's git configuration, which never travels).
pub fn set_auto(store: &Store, on: bool) -> Result<()> {
    let session = Session::open(store)?;
    session
        .git
        .config_set(AUTO_KEY, if on { "true" } else { "false" })?;
    if !on {
        store.clear_sync_failure();
    }
    Ok(())
}

/// After a command that wrote: starts `roadmap sync` in the background
/// when automatic sync is on. Never waits for it and never fails: a sync
/// that cannot even start is recorded like one that failed.
pub fn after_change(store: &Store, lang: Lang, now: DateTime<Utc>) {
    if !auto_enabled(store) {
        return;
    }
    let started = std::env::current_exe().and_then(|exe| {
        let mut command = Command::new(exe);
        command
            .arg("--data-dir")
            .arg(store.dir())
            .args(["--lang", lang.code(), "sync", "--background"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // Its own process group: a Ctrl-C at the terminal afterwards is
        // not for it.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        command.spawn()
    });
    if let Err(err) = started {
        let _ = store.record_sync_failure(&SyncFailure {
            at: now,
            message: err.to_string(),
        });
    }
}
