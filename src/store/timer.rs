//! The study timer's file: `timer-<user>.json` in the data directory,
//! beside `device-id`. It belongs to this machine: sync shares only
//! `users/*.json`, and the user file's format does not change. Written
//! atomically, so a running timer survives a crash or a restart.

use std::fs;
use std::io;
use std::path::PathBuf;

use super::{Store, UserName, atomic, messages};
use crate::error::Result;
use crate::progress::Timer;

impl Store {
    fn timer_path(&self, user: &UserName) -> PathBuf {
        self.dir.join(format!("timer-{}.json", user.as_str()))
    }

    /// `user`'s running timer on this machine, if any.
    pub fn timer(&self, user: &UserName) -> Result<Option<Timer>> {
        let path = self.timer_path(user);
        // Read like `device-id`: never through a link, never waiting on a
        // pipe, never past the limit (an endless source stops there).
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
        io::Read::read_to_end(
            &mut io::Read::take(file, crate::limits::MAX_TIMER_BYTES as u64),
            &mut bytes,
        )
        .map_err(|err| messages::read_failed(&path, err))?;
        let timer = serde_json::from_slice(&bytes).map_err(|err| {
            messages::read_failed(&path, io::Error::new(io::ErrorKind::InvalidData, err))
        })?;
        Ok(Some(timer))
    }

    /// Starts (or replaces) `user`'s timer.
    pub fn save_timer(&self, user: &UserName, timer: &Timer) -> Result<()> {
        self.create_dirs()?;
        let path = self.timer_path(user);
        let mut text = serde_json::to_string_pretty(timer)?;
        text.push('\n');
        atomic::write_atomically(&path, |out| out.write_all(text.as_bytes()))
            .map_err(|err| messages::write(&path, err))?;
        Ok(())
    }

    /// Stops `user`'s timer (nothing if none runs).
    pub fn clear_timer(&self, user: &UserName) -> Result<()> {
        let path = self.timer_path(user);
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(err) => Err(messages::read_failed(&path, err).into()),
        }
    }
}
