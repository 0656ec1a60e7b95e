//! The last automatic sync that failed on this machine:
//! `sync-failure.json` in the data directory, beside `device-id`. It
//! belongs to this machine (sync shares only `users/*.json`); the next
//! today view and `status` say it, and a sync that goes through removes
//! it. Read best-effort: a file that cannot be read is as none.

use std::fs;
use std::io;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Store, atomic, messages};
use crate::error::Result;

/// The most this file is read of: one error message.
const MAX_BYTES: u64 = 16 * 1024;

/// When an automatic sync failed, and what it said (already worded in the
/// user's language; git's words in it are shown as untrusted text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncFailure {
    pub at: DateTime<Utc>,
    pub message: String,
}

impl Store {
    fn sync_failure_path(&self) -> PathBuf {
        self.dir.join("sync-failure.json")
    }

    /// The last automatic sync's failure, if one is recorded.
    pub fn sync_failure(&self) -> Option<SyncFailure> {
        let file = super::open_no_follow(&self.sync_failure_path()).ok()?;
        if !file.metadata().ok()?.is_file() {
            return None;
        }
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut io::Read::take(file, MAX_BYTES), &mut bytes).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Records that an automatic sync failed.
    pub fn record_sync_failure(&self, failure: &SyncFailure) -> Result<()> {
        self.create_dirs()?;
        let path = self.sync_failure_path();
        let mut text = serde_json::to_string_pretty(failure)?;
        text.push('\n');
        atomic::write_atomically(&path, |out| out.write_all(text.as_bytes()))
            .map_err(|err| messages::write(&path, err))?;
        Ok(())
    }

    /// Forgets a recorded failure (a sync went through).
    pub fn clear_sync_failure(&self) {
        let _ = fs::remove_file(self.sync_failure_path());
    }
}
