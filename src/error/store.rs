//! What can go wrong with the store's files, as data: the store reports
//! these inside [`super::Error`], and they sit here, below both, so that
//! the error type does not import the store that builds it.

use std::io;
use std::time::Duration;

/// Why a user file cannot be read.
#[derive(Debug, PartialEq)]
pub enum Problem {
    Empty,
    CutShort {
        line: usize,
        column: usize,
    },
    NotJson(String),
    /// Valid JSON, but not an object: its JSON type.
    NotAnObject(JsonType),
    NoVersion,
    BadVersion(String),
    /// A version below the first one roadmap ever wrote.
    NeverWritten(u64),
    /// The right version, the wrong content.
    Shape(String),
    Migration {
        from: u64,
        problem: String,
    },
    /// Written by a newer roadmap.
    Newer(u64),
    /// A date roadmap does not keep (before 2000, from 2200 on).
    DateOutOfRange {
        roadmap: String,
        at: chrono::DateTime<chrono::Utc>,
    },
    /// An object with the same key twice, which would lose one of them.
    DuplicateKey(crate::unique_keys::DuplicateKey),
    /// Over [`crate::limits::MAX_STORE_BYTES`] (`None`: an endless source).
    TooBig(Option<u64>),
    /// An undo batch number past [`crate::progress::MAX_BATCH`].
    BatchOutOfRange(u64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

/// Why the lock on a user file could not be taken.
#[derive(Debug)]
pub enum LockError {
    /// The lock file cannot be opened or created.
    Open(io::Error),
    /// Something other than a regular file is where the lock file goes: a
    /// symlink (never followed) or a pipe (which would hang an open).
    NotAFile { symlink: bool },
    /// The file system refused the lock itself.
    Lock(io::Error),
    /// Another process held it for longer than the patience.
    Busy(Duration),
}

/// Why a file could not be replaced.
#[derive(Debug)]
pub enum WriteError {
    /// Nothing was replaced: the old file is as it was.
    Write(io::Error),
    /// The new file is in place, but the folder could not be flushed.
    Flush(io::Error),
}
