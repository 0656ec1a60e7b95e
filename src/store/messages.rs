//! What can go wrong in the store, as data: the file or folder, and the
//! problem. The words are in the catalogue (`crate::i18n::store`), chosen
//! when the error is reported.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::atomic::WriteError;
use super::format::Problem;
use super::lock::LockError;

#[derive(Debug)]
pub enum StoreError {
    /// A user file this build cannot read.
    Unreadable {
        path: PathBuf,
        problem: Problem,
    },
    /// A user file the system would not let us read.
    ReadFailed {
        path: PathBuf,
        err: io::Error,
    },
    /// Something other than a file (a folder, a pipe) where a user file goes.
    NotAFile {
        path: PathBuf,
    },
    DataDirIsAFile {
        dir: PathBuf,
    },
    CannotCreate {
        dir: PathBuf,
        err: io::Error,
    },
    CannotList {
        dir: PathBuf,
        err: io::Error,
    },
    Lock {
        path: PathBuf,
        err: LockError,
    },
    /// A user file that is a symlink to nothing (a dotfiles folder not
    /// mounted, a moved repository): neither empty progress nor a new file.
    DanglingSymlink {
        path: PathBuf,
        err: io::Error,
    },
    /// The user file (or its link) changed into a link while a command
    /// was using it: writing through it could overwrite another file.
    BecameALink {
        path: PathBuf,
    },
    Write {
        path: PathBuf,
        err: WriteError,
    },
}

impl fmt::Display for StoreError {
    /// The English wording, for logs and `anyhow` chains.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (message, _) = crate::i18n::store_error(self, crate::lang::Lang::En);
        f.write_str(&message)
    }
}

impl std::error::Error for StoreError {}

pub fn unreadable(path: &Path, problem: Problem) -> StoreError {
    StoreError::Unreadable {
        path: path.to_path_buf(),
        problem,
    }
}

pub fn read_failed(path: &Path, err: io::Error) -> StoreError {
    StoreError::ReadFailed {
        path: path.to_path_buf(),
        err,
    }
}

pub fn not_a_file(path: &Path) -> StoreError {
    StoreError::NotAFile {
        path: path.to_path_buf(),
    }
}

pub fn data_dir_is_a_file(dir: &Path) -> StoreError {
    StoreError::DataDirIsAFile {
        dir: dir.to_path_buf(),
    }
}

pub fn cannot_create(dir: &Path, err: io::Error) -> StoreError {
    StoreError::CannotCreate {
        dir: dir.to_path_buf(),
        err,
    }
}

pub fn cannot_list(dir: &Path, err: io::Error) -> StoreError {
    StoreError::CannotList {
        dir: dir.to_path_buf(),
        err,
    }
}

pub fn lock(path: &Path, err: LockError) -> StoreError {
    StoreError::Lock {
        path: path.to_path_buf(),
        err,
    }
}

pub fn dangling_symlink(path: &Path, err: io::Error) -> StoreError {
    StoreError::DanglingSymlink {
        path: path.to_path_buf(),
        err,
    }
}

pub fn became_a_link(path: &Path) -> StoreError {
    StoreError::BecameALink {
        path: path.to_path_buf(),
    }
}

pub fn write(path: &Path, err: WriteError) -> StoreError {
    StoreError::Write {
        path: path.to_path_buf(),
        err,
    }
}
