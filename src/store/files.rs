//! Files the user names on the command line: documents to import and
//! files to write exports and converted roadmaps to.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Take};
use std::path::Path;

use super::atomic::WriteError;
use crate::error::{Error, Input, Result};
use crate::roadmap::MAX_ROADMAP_BYTES;

fn cannot_read(what: Input, path: &Path, err: &io::Error) -> Error {
    Error::CannotReadInput {
        what,
        path: path.display().to_string(),
        problem: err.to_string(),
    }
}

/// Reads a document the user gave (a roadmap.sh file, a progress export),
/// refusing absurd sizes before reading them. `what` names it in errors.
pub fn read_input(path: &Path, what: Input) -> Result<Vec<u8>> {
    let fail = |err: io::Error| cannot_read(what, path, &err);
    // The size is unknown for endless sources such as /dev/zero.
    let too_big = |size: Option<u64>| Error::InputTooBig {
        what,
        path: path.display().to_string(),
        size,
        limit: MAX_ROADMAP_BYTES,
    };
    let limit = MAX_ROADMAP_BYTES as u64;
    let file = File::open(path).map_err(fail)?;
    let size = file.metadata().map_err(fail)?.len();
    if size > limit {
        return Err(too_big(Some(size)).into());
    }
    // `take` also stops endless sources such as /dev/zero.
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limit + 1).read_to_end(&mut bytes).map_err(fail)?;
    if bytes.len() as u64 > limit {
        return Err(too_big(None).into());
    }
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
    }
    Ok(bytes)
}

/// The byte-order mark that Windows editors (Notepad before 2019,
/// PowerShell 5's `Out-File`/`Set-Content -Encoding UTF8`) put at the start
/// of UTF-8 files. JSON parsers may ignore it (RFC 8259, section 8.1);
/// serde_json does not, so it is dropped here.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Opens a document the user gave for reading as a stream, with the limits
/// of [`read_input`]: absurd sizes are refused before reading, and no more
/// than the limit (and one byte) is ever read from an endless source.
pub fn open_input(path: &Path, what: Input) -> Result<BufReader<Take<File>>> {
    let fail = |err: io::Error| cannot_read(what, path, &err);
    let limit = MAX_ROADMAP_BYTES as u64;
    let file = File::open(path).map_err(fail)?;
    let size = file.metadata().map_err(fail)?.len();
    if size > limit {
        return Err(Error::InputTooBig {
            what,
            path: path.display().to_string(),
            size: Some(size),
            limit: MAX_ROADMAP_BYTES,
        }
        .into());
    }
    // The buffer goes outside `take` so that byte-by-byte reads stay fast.
    let mut reader = BufReader::with_capacity(64 * 1024, file.take(limit + 1));
    // Read the first block now, so that what cannot be read at all (a
    // folder, say) fails here with the same message as `read_input`.
    if reader.fill_buf().map_err(fail)?.starts_with(UTF8_BOM) {
        reader.consume(UTF8_BOM.len());
    }
    Ok(reader)
}

/// Writes an output file so that readers see the old file or the whole new
/// one, never a half-written page: a temporary file in the same folder,
/// fsync, rename over `path`. Unlike the store's files, the result is meant
/// to be shared, so it is readable by others (mode 0644).
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    write_with_mode(path, bytes, 0o644)
}

/// [`write_file`] for a backup of the store, which holds private notes:
/// mode 0600, also when it replaces a file that others could read.
pub fn write_private_file(path: &Path, bytes: &[u8]) -> Result<()> {
    write_with_mode(path, bytes, 0o600)
}

fn write_with_mode(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    let fail = |err: io::Error| -> anyhow::Error {
        Error::CannotWriteOutput {
            path: path.display().to_string(),
            problem: err.to_string(),
        }
        .into()
    };
    if path.is_dir() {
        return Err(Error::OutputIsAFolder {
            path: path.display().to_string(),
        }
        .into());
    }
    // A missing folder is named, not the temporary file made in it.
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(Error::OutputFolderMissing {
            path: path.display().to_string(),
            folder: dir.display().to_string(),
        }
        .into());
    }
    // The one atomic writer of the store, without its lock-time cleanup.
    match super::atomic::replace(path, mode, |out| out.write_all(bytes)) {
        Ok(()) => Ok(()),
        Err(WriteError::Write(err)) => Err(fail(err)),
        // The new file is in place; only the folder's flush failed.
        Err(WriteError::Flush(_)) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_file_replaces_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.md");
        write_file(&path, b"first version, longer\n").unwrap();
        write_file(&path, b"second\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second\n");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[test]
    fn a_byte_order_mark_is_skipped_by_both_readers() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        std::fs::write(&path, b"\xEF\xBB\xBF{}\r\n").unwrap();
        assert_eq!(read_input(&path, Input::Roadmap).unwrap(), b"{}\r\n");
        let mut streamed = Vec::new();
        open_input(&path, Input::Roadmap)
            .unwrap()
            .read_to_end(&mut streamed)
            .unwrap();
        assert_eq!(streamed, b"{}\r\n");
    }

    #[test]
    fn missing_input_is_bad_input() {
        let err = read_input(Path::new("/nonexistent/x.json"), Input::ProgressFile).unwrap_err();
        let error = err.downcast_ref::<Error>().unwrap();
        assert_eq!(error.code(), crate::error::EXIT_INPUT);
        assert!(error.to_string().contains("progress file"), "{error}");
    }
}
