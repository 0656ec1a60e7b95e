//! This machine's files for `roadmap check`, in the data directory beside
//! `device-id`, never synced (sync's `.gitignore` lets only `users/*.json`
//! travel): the fingerprints of the roadmap files the learner trusts, and
//! the project folder each step was last checked in, per user.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::{Store, UserName};
use crate::error::Result;

/// The file of trusted roadmap fingerprints (SHA-256, hex).
const TRUST_FILE: &str = "trusted-roadmaps.json";

/// The most either file is read: far more than anyone's folders.
const MAX_LOCAL_BYTES: u64 = 1024 * 1024;

/// The folders a user checked each step in: roadmap id, then step id.
pub type CheckFolders = BTreeMap<String, BTreeMap<String, String>>;

impl Store {
    fn folders_path(&self, user: &UserName) -> PathBuf {
        self.dir
            .join(format!("check-folders-{}.json", user.as_str()))
    }

    /// Whether a roadmap file with this fingerprint is trusted here.
    pub fn is_trusted(&self, fingerprint: &str) -> Result<bool> {
        let trusted: Vec<String> = self
            .read_local(&self.dir.join(TRUST_FILE), MAX_LOCAL_BYTES)?
            .unwrap_or_default();
        Ok(trusted.iter().any(|t| t == fingerprint))
    }

    /// Trusts the roadmap file with this fingerprint.
    pub fn trust(&self, fingerprint: &str) -> Result<()> {
        let path = self.dir.join(TRUST_FILE);
        let mut trusted: Vec<String> = self.read_local(&path, MAX_LOCAL_BYTES)?.unwrap_or_default();
        if !trusted.iter().any(|t| t == fingerprint) {
            trusted.push(fingerprint.to_string());
        }
        self.write_local(&path, &trusted)
    }

    /// The folder `user` last checked `step` of `roadmap` in, on this machine.
    pub fn check_folder(
        &self,
        user: &UserName,
        roadmap: &str,
        step: &str,
    ) -> Result<Option<String>> {
        let folders: CheckFolders = self
            .read_local(&self.folders_path(user), MAX_LOCAL_BYTES)?
            .unwrap_or_default();
        Ok(folders
            .get(roadmap)
            .and_then(|steps| steps.get(step))
            .cloned())
    }

    /// Remembers the folder `user` checked `step` in.
    pub fn remember_check_folder(
        &self,
        user: &UserName,
        roadmap: &str,
        step: &str,
        folder: &str,
    ) -> Result<()> {
        let path = self.folders_path(user);
        let mut folders: CheckFolders =
            self.read_local(&path, MAX_LOCAL_BYTES)?.unwrap_or_default();
        let known = folders.entry(roadmap.to_string()).or_default();
        if known.get(step).map(String::as_str) == Some(folder) {
            return Ok(());
        }
        known.insert(step.to_string(), folder.to_string());
        self.write_local(&path, &folders)
    }
}
