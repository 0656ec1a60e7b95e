//! The exclusive lock that serialises read-modify-write of one user's file.
//!
//! An advisory lock (`flock` on Unix) on a lock file beside the user's file.
//! The operating system releases it when the holder exits, however it
//! exits, so a crashed or killed writer never leaves the store locked.
//! Readers do not take it: writes replace the file by rename, so a reader
//! sees the old or the new file, never a half-written one.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
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

#[derive(Debug)]
pub enum LockError {
    /// The lock file cannot be opened or created.
    Open(io::Error),
    /// The file system refused the lock itself.
    Lock(io::Error),
    /// Another process held it for longer than the patience.
    Busy(Duration),
}

/// Takes the lock at `path` (creating the file, mode 0600), waiting up to
/// `patience` for another holder to finish.
pub fn acquire(path: &Path, patience: Duration) -> Result<Lock, LockError> {
    let file = open(path).map_err(LockError::Open)?;
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

fn open(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
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
    fn lock_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("u.lock");
        let _lock = acquire(&path, PATIENCE).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
