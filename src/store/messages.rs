//! The store's errors, built from what went wrong: the file or folder,
//! and the problem. The words are in the catalogue (`crate::i18n::errors`).

use std::io;
use std::path::Path;

use super::atomic::WriteError;
use super::format::Problem;
use super::lock::LockError;
use crate::error::Error;

pub fn unreadable(path: &Path, problem: Problem) -> Error {
    Error::Unreadable {
        path: path.to_path_buf(),
        problem,
    }
}

pub fn read_failed(path: &Path, err: io::Error) -> Error {
    Error::ReadFailed {
        path: path.to_path_buf(),
        err,
    }
}

pub fn not_a_file(path: &Path) -> Error {
    Error::NotAFile {
        path: path.to_path_buf(),
    }
}

pub fn data_dir_is_a_file(dir: &Path) -> Error {
    Error::DataDirIsAFile {
        dir: dir.to_path_buf(),
    }
}

pub fn cannot_create(dir: &Path, err: io::Error) -> Error {
    Error::CannotCreateDataDir {
        dir: dir.to_path_buf(),
        err,
    }
}

pub fn cannot_list(dir: &Path, err: io::Error) -> Error {
    Error::CannotList {
        dir: dir.to_path_buf(),
        err,
    }
}

pub fn lock(path: &Path, err: LockError) -> Error {
    Error::Lock {
        path: path.to_path_buf(),
        err,
    }
}

pub fn dangling_symlink(path: &Path, err: io::Error) -> Error {
    Error::DanglingSymlink {
        path: path.to_path_buf(),
        err,
    }
}

pub fn became_a_link(path: &Path) -> Error {
    Error::BecameALink {
        path: path.to_path_buf(),
    }
}

pub fn write(path: &Path, err: WriteError) -> Error {
    Error::Write {
        path: path.to_path_buf(),
        err,
    }
}
