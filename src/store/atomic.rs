//! Replacing a file so that a crash at any moment leaves either the old or
//! the new contents, never a mix, never nothing.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Length of the random part of temporary file names.
const RANDOM_CHARS: usize = 6;

pub use crate::error::store::WriteError;

/// Replaces `path` with what `write` writes: a temporary file in the same folder
/// (mode 0600), written and fsynced, renamed over the old file, then the
/// folder fsynced so the rename itself survives a power cut. On failure
/// the temporary file is removed and the old file is untouched.
///
/// `path` is replaced as it is named: a symlink there (one made while the
/// command ran, say) is replaced itself, never written through. A caller
/// that means to write through a link resolves it first, before its lock.
///
/// The caller holds the file's lock, so temporary files of this file left
/// by a killed writer are stale, and are removed here.
///
/// `write` goes through a buffer straight to the file, so a large store is
/// never in memory as text too.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    let dir = folder_of(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    remove_stale_temporaries(dir, &name);
    replace(path, 0o600, write)
}

/// The folder a file is in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// The replacement itself, for files with no lock (exports, converted
/// roadmaps): like [`write_atomically`], with the new file's `mode` (on
/// Unix), and without removing other writers' temporary files, which may
/// be in use.
pub fn replace(
    path: &Path,
    mode: u32,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    let dir = folder_of(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // tempfile removes the file when dropped unless it was persisted, so
    // every early return below cleans up.
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(&prefix)
        .suffix(".tmp")
        .rand_bytes(RANDOM_CHARS);
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(mode));
    #[cfg(not(unix))]
    let _ = mode;
    let mut temp = builder.tempfile_in(dir).map_err(WriteError::Write)?;
    let mut out = io::BufWriter::with_capacity(64 * 1024, temp.as_file_mut());
    write(&mut out).map_err(WriteError::Write)?;
    out.flush().map_err(WriteError::Write)?;
    drop(out);
    temp.as_file().sync_all().map_err(WriteError::Write)?;
    super::replace::persist(temp, path).map_err(WriteError::Write)?;
    sync_folder(dir).map_err(WriteError::Flush)
}

/// Whether `file` is a temporary file made by [`write_atomically`] for
/// the file named `name`: `.{name}.XXXXXX.tmp`.
fn is_temporary_of(file: &str, name: &str) -> bool {
    file.strip_prefix('.')
        .and_then(|rest| rest.strip_prefix(name))
        .and_then(|rest| rest.strip_prefix('.'))
        .and_then(|rest| rest.strip_suffix(".tmp"))
        .is_some_and(|random| {
            random.len() == RANDOM_CHARS && random.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// Best effort: a left-over temporary file wastes space but harms nothing.
fn remove_stale_temporaries(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry
            .file_name()
            .to_str()
            .is_some_and(|file| is_temporary_of(file, name))
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(unix)]
fn sync_folder(dir: &Path) -> io::Result<()> {
    match fs::File::open(dir).and_then(|d| d.sync_all()) {
        // Some file systems cannot fsync a folder; the rename is done.
        Err(err)
            if matches!(
                err.kind(),
                io::ErrorKind::InvalidInput | io::ErrorKind::Unsupported
            ) =>
        {
            Ok(())
        }
        other => other,
    }
}

/// Windows cannot open a folder as a file to flush it, and needs no such
/// flush: NTFS journals the rename itself, so after a power cut the file
/// holds the old contents or the new. A rename still in the journal's
/// cache may be lost then, which leaves the old file, whole.
#[cfg(not(unix))]
fn sync_folder(_dir: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn temporary_names_are_recognised_exactly() {
        assert!(is_temporary_of(".a.json.Ab12Cd.tmp", "a.json"));
        assert!(!is_temporary_of(".a.json.Ab12C.tmp", "a.json"));
        assert!(!is_temporary_of(".a.json.tmp-x.json.Ab12Cd.tmp", "a.json"));
        assert!(!is_temporary_of(".b.json.Ab12Cd.tmp", "a.json"));
        assert!(!is_temporary_of("a.json", "a.json"));
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        fs::write(&path, "old").unwrap();
        fs::write(dir.path().join(".a.json.Zz9Zz9.tmp"), "killed writer").unwrap();
        fs::write(dir.path().join(".b.json.Zz9Zz9.tmp"), "someone else's").unwrap();
        write_atomically(&path, |out| out.write_all(b"new")).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(names_in(dir.path()), [".b.json.Zz9Zz9.tmp", "a.json"]);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        fs::write(&path, "old").unwrap();
        // Renaming a file over a non-empty folder fails after the temporary
        // file was written: the last possible moment to fail.
        let blocked = dir.path().join("blocked");
        fs::create_dir_all(blocked.join("inside")).unwrap();
        let err = write_atomically(&blocked, |out| out.write_all(b"new")).unwrap_err();
        assert!(matches!(err, WriteError::Write(_)), "{err:?}");
        assert_eq!(fs::read(&path).unwrap(), b"old");
        assert_eq!(names_in(dir.path()), ["a.json", "blocked"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_at_the_path_is_replaced_not_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let other = dir.path().join("other.json");
        fs::write(&other, "someone else's").unwrap();
        let link = dir.path().join("alice.json");
        std::os::unix::fs::symlink(&other, &link).unwrap();
        write_atomically(&link, |out| out.write_all(b"new")).unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().is_file());
        assert_eq!(fs::read(&link).unwrap(), b"new");
        assert_eq!(fs::read(&other).unwrap(), b"someone else's");
    }
}
