//! Moving a finished temporary file over the file it replaces, on every
//! system.
//!
//! On Unix `rename` replaces a file atomically even while other processes
//! have it open: they keep reading the old contents. Windows
//! (`MoveFileExW` with `MOVEFILE_REPLACE_EXISTING`, which `tempfile` uses)
//! refuses to replace a file that another process has open at that
//! moment, such as a second `roadmap` reading the store, a virus scanner
//! or a file indexer. Those hold it for milliseconds, so the move is tried
//! again for a while before the refusal is reported. The old file is
//! untouched until the move succeeds, so either outcome keeps the promise
//! "the old contents or the new, never a mix".

use std::io;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use tempfile::NamedTempFile;

/// How long a replacement refused because the file is in use is retried.
/// Readers hold the file for the milliseconds it takes to parse it.
const PATIENCE: Duration = Duration::from_secs(3);

/// Moves `temp` over `target`, retrying while the system says the target
/// is in use. On failure the temporary file is removed (when `temp` drops).
pub fn persist(temp: NamedTempFile, target: &Path) -> io::Result<()> {
    with_retries(
        temp,
        |temp| {
            temp.persist(target)
                .map(drop)
                .map_err(|err| (err.error, err.file))
        },
        is_in_use,
        PATIENCE,
    )
}

/// Runs `attempt` until it succeeds, fails for a reason `transient` does
/// not accept, or `patience` has passed. `attempt` hands back what it
/// consumed when it fails, for the next try.
fn with_retries<T>(
    mut state: T,
    mut attempt: impl FnMut(T) -> Result<(), (io::Error, T)>,
    transient: impl Fn(&io::Error) -> bool,
    patience: Duration,
) -> io::Result<()> {
    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match attempt(state) {
            Ok(()) => return Ok(()),
            Err((err, back)) if transient(&err) && started.elapsed() < patience => {
                state = back;
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            Err((err, _)) => return Err(err),
        }
    }
}

/// Whether Windows refused because another process has the file open:
/// `ERROR_ACCESS_DENIED` (open without delete sharing, or being deleted),
/// `ERROR_SHARING_VIOLATION` and `ERROR_LOCK_VIOLATION`. A file that stays
/// read-only also gives `ERROR_ACCESS_DENIED`; it is reported once the
/// patience is spent.
#[cfg(windows)]
fn is_in_use(err: &io::Error) -> bool {
    matches!(err.raw_os_error(), Some(5 | 32 | 33))
}

/// Unix replaces an open file without complaint: any error is final.
#[cfg(not(windows))]
fn is_in_use(_err: &io::Error) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn busy() -> io::Error {
        io::Error::new(io::ErrorKind::PermissionDenied, "in use")
    }

    fn is_busy(err: &io::Error) -> bool {
        err.kind() == io::ErrorKind::PermissionDenied
    }

    #[test]
    fn a_file_in_use_is_retried_until_it_is_free() {
        let tries = Cell::new(0);
        let result = with_retries(
            "temp",
            |temp| {
                tries.set(tries.get() + 1);
                if tries.get() < 4 {
                    Err((busy(), temp))
                } else {
                    Ok(())
                }
            },
            is_busy,
            Duration::from_secs(60),
        );
        assert!(result.is_ok());
        assert_eq!(tries.get(), 4);
    }

    #[test]
    fn other_errors_are_reported_at_once() {
        let tries = Cell::new(0);
        let err = with_retries(
            (),
            |()| {
                tries.set(tries.get() + 1);
                Err((io::Error::new(io::ErrorKind::NotFound, "gone"), ()))
            },
            is_busy,
            Duration::from_secs(60),
        )
        .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
        assert_eq!(tries.get(), 1);
    }

    #[test]
    fn a_file_that_stays_in_use_is_reported_once_patience_is_spent() {
        let err = with_retries((), |()| Err((busy(), ())), is_busy, Duration::ZERO).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
    }

    #[test]
    fn persist_replaces_the_target() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.json");
        std::fs::write(&target, "old").unwrap();
        let mut temp = NamedTempFile::new_in(dir.path()).unwrap();
        io::Write::write_all(&mut temp, b"new").unwrap();
        persist(temp, &target).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    /// Another process holding the file open without delete sharing (as
    /// some editors and scanners do) delays the replacement; it does not
    /// fail it.
    #[cfg(windows)]
    #[test]
    fn a_file_held_open_on_windows_is_replaced_once_released() {
        use std::os::windows::fs::OpenOptionsExt;
        const FILE_SHARE_READ: u32 = 1;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.json");
        std::fs::write(&target, "old").unwrap();
        let holder = std::fs::OpenOptions::new()
            .read(true)
            .share_mode(FILE_SHARE_READ)
            .open(&target)
            .unwrap();
        let release = thread::spawn(move || {
            thread::sleep(Duration::from_millis(200));
            drop(holder);
        });
        let mut temp = NamedTempFile::new_in(dir.path()).unwrap();
        io::Write::write_all(&mut temp, b"new").unwrap();
        persist(temp, &target).unwrap();
        release.join().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
    }
}
