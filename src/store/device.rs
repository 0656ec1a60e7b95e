//! What sync needs from the store: a stable id for this data directory
//! (this device), and holding a user's lock across a whole sync.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::io;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use super::format::Problem;
use super::{Store, UserData, UserName, atomic, format, lock, messages};
use crate::error::Result;

/// The file, in the data directory, that holds this device's id. It never
/// travels: sync shares only `users/*.json`.
const DEVICE_FILE: &str = "device-id";

use crate::limits::MAX_DEVICE_ID_BYTES;

/// A user's lock, held until dropped, with the right to write their file.
#[derive(Debug)]
pub struct Held {
    user: UserName,
    /// The file and lock as found when the lock was taken.
    located: super::Located,
    _lock: lock::Lock,
}

impl Held {
    pub fn user(&self) -> &UserName {
        &self.user
    }
}

impl Store {
    fn device_path(&self) -> PathBuf {
        self.dir.join(DEVICE_FILE)
    }

    /// This data directory's device id, if one was made (by `sync init`).
    /// Anything but a short run of lowercase hex digits is ignored, and so
    /// is anything but a plain file (a link, a pipe, `/dev/zero`), which is
    /// never read past [`MAX_DEVICE_ID_BYTES`] and never waited for.
    pub fn device_id(&self) -> Option<String> {
        let file = super::open_no_follow(&self.device_path()).ok()?;
        if !file.metadata().ok()?.is_file() {
            return None;
        }
        let mut text = String::new();
        io::Read::read_to_string(
            &mut io::Read::take(file, MAX_DEVICE_ID_BYTES as u64 + 1),
            &mut text,
        )
        .ok()?;
        let id = text.trim();
        let valid = (8..=64).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        valid.then(|| id.to_string())
    }

    /// The device id, made now if there is none: 16 hex digits from the
    /// operating system's randomness (through the standard library's hash
    /// seed), the time and the process id. No network is involved.
    pub fn ensure_device_id(&self) -> Result<String> {
        if let Some(id) = self.device_id() {
            return Ok(id);
        }
        self.create_dirs()?;
        let mut hasher = RandomState::new().build_hasher();
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        hasher.write_u128(now);
        hasher.write_u32(std::process::id());
        let id = format!("{:016x}", hasher.finish());
        let path = self.device_path();
        atomic::write_atomically(&path, |out| {
            io::Write::write_all(out, format!("{id}\n").as_bytes())
        })
        .map_err(|err| messages::write(&path, err))?;
        Ok(id)
    }

    /// Takes `user`'s lock and keeps it until the result is dropped: sync
    /// holds it from the first commit to the push.
    /// It is the lock every writer of that file takes, wherever the file
    /// really is ([`Store::locate`]).
    pub fn hold(&self, user: &UserName) -> Result<Held> {
        self.create_dirs()?;
        let located = self.locate(user)?;
        let path = &located.lock;
        let lock = lock::acquire(path, lock::PATIENCE).map_err(|err| messages::lock(path, err))?;
        Ok(Held {
            user: user.clone(),
            located,
            _lock: lock,
        })
    }

    /// Takes the lock of the whole data directory for sync, so that two
    /// syncs on one machine take turns.
    pub fn hold_sync(&self) -> Result<lock::Lock> {
        self.create_dirs()?;
        let path = self.dir.join("sync.lock");
        lock::acquire(&path, lock::PATIENCE).map_err(|err| messages::lock(&path, err).into())
    }

    /// Writes the held user's file, at the current version: through a
    /// symlinked user file to its target (the link stays a link), as
    /// every writer does.
    pub fn save_held(&self, held: &Held, data: &mut UserData) -> Result<()> {
        data.version = super::STORE_VERSION;
        self.split_private(&held.user, data)?;
        let path = held.located.file.clone();
        let bytes = super::checked_bytes(&path, data)?;
        atomic::write_atomically(&path, |out| io::Write::write_all(out, &bytes))
            .map_err(|err| messages::write(&path, err))?;
        Ok(())
    }
}

/// Parses a user file that came from elsewhere (another machine's copy),
/// strictly, as the store reads its own; what is wrong if it is refused.
pub fn decode_foreign(bytes: &[u8]) -> Result<UserData, Problem> {
    format::decode(bytes)
}

/// The bytes of a user file as the store writes it.
pub fn encode(data: &UserData) -> Vec<u8> {
    let mut bytes = Vec::new();
    format::encode(&mut bytes, data).expect("writing to memory does not fail");
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn a_device_id_is_made_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("data"));
        assert_eq!(store.device_id(), None);
        let id = store.ensure_device_id().unwrap();
        assert_eq!(id.len(), 16);
        assert_eq!(store.ensure_device_id().unwrap(), id);
        let other = Store::new(dir.path().join("other"));
        assert_ne!(other.ensure_device_id().unwrap(), id);
        fs::write(store.device_path(), "not an id\n").unwrap();
        assert_eq!(store.device_id(), None);
    }
}
