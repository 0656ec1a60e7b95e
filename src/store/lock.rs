//! The exclusive lock that serialises read-modify-write of one user's file.
//!
//! An advisory lock (`flock` on Unix) on a lock file beside the user's file.
//! The operating system releases it when the holder exits, however it
//! exits, so a crashed or killed writer never leaves the store locked.
//! Readers do not take it: writes replace the file by rename, so a reader
//! sees the old or the new file, never a half-written one.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

/// How long a writer waits for another one before giving up. Writes take
/// milliseconds; a lock held this long belongs to a stopped process
/// (Ctrl-Z) or a hung one, and saying so beats hanging without a word.
pub const PATIENCE: Duration = Duration::from_secs(30);

/// A held lock; dropping it releases the lock.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

pub use crate::error::store::LockError;

/// Takes the lock at `path` (creating the file, mode 0600), waiting up to
/// `patience` for another holder to finish.
pub fn acquire(path: &Path, patience: Duration) -> Result<Lock, LockError> {
    let file = open(path)?;
    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Lock { _file: file }),
            Err(TryLockError::WouldBlock) if started.elapsed() < patience => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(25));
            }
            Err(TryLockError::WouldBlock) => return Err(LockError::Busy(patience)),
            Err(TryLockError::Error(err)) => return Err(LockError::Lock(err)),
        }
    }
}

/// Opens (or creates) the lock file, refusing anything but a regular file.
/// On Unix the open itself never follows a link (`O_NOFOLLOW`) and never
/// waits for a pipe's reader (`O_NONBLOCK`); what was opened is checked.
#[cfg(unix)]
fn open(path: &Path) -> Result<File, LockError> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = OpenOptions::new();
    options
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    let file = options.open(path).map_err(|err| {
        // ELOOP on Linux and macOS, EMLINK on FreeBSD: the name is a link.
        match fs::symlink_metadata(path) {
            Ok(meta) if meta.file_type().is_symlink() => LockError::NotAFile { symlink: true },
            // A pipe without a reader refuses a non-blocking writer (ENXIO).
            Ok(meta) if !meta.is_file() => LockError::NotAFile { symlink: false },
            _ => LockError::Open(err),
        }
    })?;
    match file.metadata() {
        Ok(meta) if meta.is_file() => Ok(file),
        Ok(_) => Err(LockError::NotAFile { symlink: false }),
        Err(err) => Err(LockError::Open(err)),
    }
}

/// Elsewhere, the lock file is looked at before it is opened.
#[cfg(not(unix))]
fn open(path: &Path) -> Result<File, LockError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(LockError::NotAFile { symlink: true });
        }
        Ok(meta) if !meta.is_file() => return Err(LockError::NotAFile { symlink: false }),
        _ => {}
    }
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(LockError::Open)?;
    match file.metadata() {
        Ok(meta) if meta.is_file() => Ok(file),
        Ok(_) => Err(LockError::NotAFile { symlink: false }),
        Err(err) => Err(LockError::Open(err)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_waits_then_gives_up_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("u.lock");
        let held = acquire(&path, PATIENCE).unwrap();
        // Another open file description conflicts even in one process.
        let err = acquire(&path, Duration::from_millis(20)).unwrap_err();
        assert!(matches!(err, LockError::Busy(_)), "{err:?}");
        drop(held);
        assert!(acquire(&path, Duration::ZERO).is_ok(), "released on drop");
    }

    #[cfg(unix)]
    #[test]
    fn a_lock_file_that_is_no_regular_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        // A link, dangling or not, is never followed.
        let outside = dir.path().join("outside");
        let link = dir.path().join("link.lock");
        std::os::unix::fs::symlink(&outside, &link).unwrap();
        let err = acquire(&link, PATIENCE).unwrap_err();
        assert!(
            matches!(err, LockError::NotAFile { symlink: true }),
            "{err:?}"
        );
        assert!(!outside.exists());
        // A pipe is refused at once instead of waiting for a reader.
        let fifo = dir.path().join("fifo.lock");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.unwrap().success());
        let err = acquire(&fifo, PATIENCE).unwrap_err();
        assert!(
            matches!(err, LockError::NotAFile { symlink: false }),
            "{err:?}"
        );
        // So is a folder.
        let folder = dir.path().join("folder.lock");
        fs::create_dir(&folder).unwrap();
        assert!(acquire(&folder, PATIENCE).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn lock_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("u.lock");
        let _lock = acquire(&path, PATIENCE).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
