//! Small JSON files of this machine's own (trust, check folders, comments
//! seen): read like `device-id` (never through a link, never waiting on a
//! pipe, never past a limit) and written atomically.

use std::io;
use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Store, atomic, messages};
use crate::error::Result;

impl Store {
    /// The file at `path` as JSON, `None` when it does not exist.
    pub(super) fn read_local<T: DeserializeOwned>(
        &self,
        path: &Path,
        limit: u64,
    ) -> Result<Option<T>> {
        let file = match super::open_no_follow(path) {
            Ok(file) => file,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(messages::read_failed(path, err).into()),
        };
        let meta = file
            .metadata()
            .map_err(|err| messages::read_failed(path, err))?;
        if !meta.is_file() {
            return Err(messages::not_a_file(path).into());
        }
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut io::Read::take(file, limit), &mut bytes)
            .map_err(|err| messages::read_failed(path, err))?;
        let value = serde_json::from_slice(&bytes).map_err(|err| {
            messages::read_failed(path, io::Error::new(io::ErrorKind::InvalidData, err))
        })?;
        Ok(Some(value))
    }

    pub(super) fn write_local(&self, path: &Path, value: &impl Serialize) -> Result<()> {
        self.create_dirs()?;
        let mut text = serde_json::to_string_pretty(value)?;
        text.push('\n');
        atomic::write_atomically(path, |out| out.write_all(text.as_bytes()))
            .map_err(|err| messages::write(path, err))?;
        Ok(())
    }
}
