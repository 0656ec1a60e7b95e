//! Reading a user's file ahead of its lock.
//!
//! `done` on a large roadmap spent nearly as long parsing the store as it
//! spent on the roadmap. The store can be read on another thread while the
//! roadmap is parsed, and used under the lock if the file is still the one
//! that was read. Every write replaces the file with a new one (see
//! `atomic`), and the snapshot keeps the file it read open, so its inode
//! cannot be reused meanwhile: the same inode with the same size and times
//! is the same contents. Anything else is read again under the lock.

use std::fs;
use std::io;
use std::path::Path;

use super::format::UserData;

/// What identifies one version of a user file.
#[derive(Debug, Clone, PartialEq, Eq)]
// Only Unix can tell one version from another (see `file_stamp`).
#[cfg_attr(not(unix), allow(dead_code))]
pub(super) enum Stamp {
    Absent,
    #[cfg_attr(not(unix), allow(dead_code))]
    File {
        device: u64,
        inode: u64,
        len: u64,
        modified: (i64, i64),
        changed: (i64, i64),
    },
}

/// The stamp of the file at `path`, or `None` when it cannot be told.
pub(super) fn stamp(path: &Path) -> Option<Stamp> {
    match fs::metadata(path) {
        Ok(meta) => file_stamp(&meta),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Some(Stamp::Absent),
        Err(_) => None,
    }
}

#[cfg(unix)]
pub(super) fn file_stamp(meta: &fs::Metadata) -> Option<Stamp> {
    use std::os::unix::fs::MetadataExt;
    Some(Stamp::File {
        device: meta.dev(),
        inode: meta.ino(),
        len: meta.len(),
        modified: (meta.mtime(), meta.mtime_nsec()),
        changed: (meta.ctime(), meta.ctime_nsec()),
    })
}

/// Elsewhere the file is always read again under the lock. On Windows a
/// snapshot could not hold the file open anyway: an open file cannot be
/// replaced there (see `replace`), so the write under the lock would wait
/// on this very process. Only the speed-up is lost, never correctness.
#[cfg(not(unix))]
pub(super) fn file_stamp(_meta: &fs::Metadata) -> Option<Stamp> {
    None
}

/// A user's data read without the lock, with the stamp of the file it was
/// read from; empty when it could not be read (the read under the lock
/// then reports why).
#[derive(Debug, Default)]
pub struct Snapshot(pub(super) Option<Taken>);

#[derive(Debug)]
pub(super) struct Taken {
    pub(super) stamp: Stamp,
    pub(super) data: UserData,
    /// The file read, held open so that its inode is not reused.
    pub(super) _file: Option<fs::File>,
}
