//! The application log kept on this machine only (`roadmap apply private
//! on`): a file outside `users/`, so sync never commits it (see the
//! `.gitignore` sync writes), and a shared cohort remote never receives
//! company names or notes. While the mode is on, every write of the
//! user's data moves the log there, and every read brings it back. The
//! mode is kept by a marker beside the log (`private/<user>.on`), so a
//! deleted or moved log never sends new applications to the user file.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{Store, UserData, UserName, messages};
use crate::progress::{Application, join_applications};

const PRIVATE_VERSION: u32 = 1;

/// The private file: the applications of each roadmap.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct PrivateLog {
    version: u32,
    #[serde(default, deserialize_with = "crate::unique_keys::map")]
    roadmaps: BTreeMap<String, Vec<Application>>,
}

impl Store {
    /// Where `user`'s application log is kept when it stays on this machine.
    pub fn private_log_path(&self, user: &UserName) -> PathBuf {
        self.dir()
            .join("private")
            .join(format!("{}.json", user.as_str()))
    }

    /// The marker that keeps the private mode on, whatever becomes of the
    /// log file.
    fn private_marker_path(&self, user: &UserName) -> PathBuf {
        self.dir()
            .join("private")
            .join(format!("{}.on", user.as_str()))
    }

    /// Whether `user` keeps the application log on this machine only (a
    /// log from before the marker counts too).
    pub fn is_private(&self, user: &UserName) -> bool {
        self.private_marker_path(user).exists() || self.private_log_path(user).is_file()
    }

    /// Brings the privately kept log into `data` (read from the user file).
    pub(super) fn overlay_private(
        &self,
        user: &UserName,
        data: &mut UserData,
    ) -> crate::error::Result<()> {
        let path = self.private_log_path(user);
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(err) => return Err(messages::read_failed(&path, err).into()),
        };
        let log: PrivateLog = serde_json::from_slice(&bytes)
            .map_err(|err| err.to_string())
            .and_then(|log: PrivateLog| match log.version {
                PRIVATE_VERSION => Ok(log),
                other => Err(format!("version {other}")),
            })
            .map_err(|why| messages::unreadable(&path, super::Problem::Shape(why)))?;
        for (roadmap, apps) in log.roadmaps {
            let progress = data.roadmaps.entry(roadmap).or_default();
            let mine = std::mem::take(&mut progress.applications);
            progress.applications = join_applications(mine.into_iter().chain(apps).collect());
        }
        Ok(())
    }

    /// Before `data` is written to the user file: when the log is private,
    /// writes it to the private file and leaves `data` without it.
    pub(super) fn split_private(
        &self,
        user: &UserName,
        data: &mut UserData,
    ) -> crate::error::Result<()> {
        if !self.is_private(user) {
            return Ok(());
        }
        self.write_private_log(user, data)
    }

    fn write_private_log(&self, user: &UserName, data: &mut UserData) -> crate::error::Result<()> {
        let mut log = PrivateLog {
            version: PRIVATE_VERSION,
            roadmaps: BTreeMap::new(),
        };
        for (roadmap, progress) in &mut data.roadmaps {
            let apps = std::mem::take(&mut progress.applications);
            if !apps.is_empty() {
                log.roadmaps.insert(roadmap.clone(), apps);
            }
        }
        data.roadmaps
            .retain(|_, progress| *progress != Default::default());
        let path = self.private_log_path(user);
        let mut bytes = serde_json::to_vec_pretty(&log).expect("the log serializes");
        bytes.push(b'\n');
        let dir = self.dir().join("private");
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
            .create(&dir)
            .map_err(|err| messages::cannot_create(&dir, err))?;
        super::write_private_file(&path, &bytes)?;
        let marker = self.private_marker_path(user);
        if !marker.exists() {
            super::write_private_file(&marker, b"on\n")?;
        }
        Ok(())
    }

    /// Turns the private log on or off for `user`; returns whether that
    /// changed anything. On: the log moves out of the user file. Off: it
    /// moves back in (and is synced again by the next sync).
    pub fn set_private(&self, user: &UserName, on: bool) -> crate::error::Result<bool> {
        if self.is_private(user) == on {
            return Ok(false);
        }
        self.update(user, |_| {
            if on {
                // An empty log makes the mode; the write below fills it.
                self.write_private_log(user, &mut UserData::default())?;
            } else {
                for path in [self.private_log_path(user), self.private_marker_path(user)] {
                    match fs::remove_file(&path) {
                        Err(err) if err.kind() != io::ErrorKind::NotFound => {
                            let err = super::atomic::WriteError::Write(err);
                            return Err(messages::write(&path, err).into());
                        }
                        _ => {}
                    }
                }
            }
            Ok(((), true))
        })?;
        Ok(true)
    }
}
