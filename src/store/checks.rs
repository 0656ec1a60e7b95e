//! This machine's files for `roadmap check`, in the data directory beside
//! `device-id`, never synced (sync's `.gitignore` lets only `users/*.json`
//! travel): the fingerprints of the roadmap files the learner trusts, and
//! the project folder each step was last checked in, per user.

use std::collections::BTreeMap;
use std::io;
use std::path::PathBuf;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Store, UserName, atomic, messages};
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
            .read_local(self.dir.join(TRUST_FILE))?
            .unwrap_or_default();
        Ok(trusted.iter().any(|t| t == fingerprint))
    }

    /// Trusts the roadmap file with this fingerprint.
    pub fn trust(&self, fingerprint: &str) -> Result<()> {
        let path = self.dir.join(TRUST_FILE);
        let mut trusted: Vec<String> = self.read_local(path.clone())?.unwrap_or_default();
        if !trusted.iter().any(|t| t == fingerprint) {
            trusted.push(fingerprint.to_string());
        }
        self.write_local(path, &trusted)
    }

    /// The folder `user` last checked `step` of `roadmap` in, on this machine.
    pub fn check_folder(
        &self,
        user: &UserName,
        roadmap: &str,
        step: &str,
    ) -> Result<Option<String>> {
        let folders: CheckFolders = self
            .read_local(self.folders_path(user))?
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
        let mut folders: CheckFolders = self.read_local(path.clone())?.unwrap_or_default();
        let known = folders.entry(roadmap.to_string()).or_default();
        if known.get(step).map(String::as_str) == Some(folder) {
            return Ok(());
        }
        known.insert(step.to_string(), folder.to_string());
        self.write_local(path, &folders)
    }

    /// Reads a machine-local JSON file like `device-id`: never through a
    /// link, never waiting on a pipe, never past the limit.
    fn read_local<T: DeserializeOwned>(&self, path: PathBuf) -> Result<Option<T>> {
        let file = match super::open_no_follow(&path) {
            Ok(file) => file,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(messages::read_failed(&path, err).into()),
        };
        let meta = file
            .metadata()
            .map_err(|err| messages::read_failed(&path, err))?;
        if !meta.is_file() {
            return Err(messages::not_a_file(&path).into());
        }
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut io::Read::take(file, MAX_LOCAL_BYTES), &mut bytes)
            .map_err(|err| messages::read_failed(&path, err))?;
        let value = serde_json::from_slice(&bytes).map_err(|err| {
            messages::read_failed(&path, io::Error::new(io::ErrorKind::InvalidData, err))
        })?;
        Ok(Some(value))
    }

    fn write_local(&self, path: PathBuf, value: &impl Serialize) -> Result<()> {
        self.create_dirs()?;
        let mut text = serde_json::to_string_pretty(value)?;
        text.push('\n');
        atomic::write_atomically(&path, |out| out.write_all(text.as_bytes()))
            .map_err(|err| messages::write(&path, err))?;
        Ok(())
    }
}
