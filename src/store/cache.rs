//! The compiled-roadmap cache: a roadmap file's compiled form, kept so that
//! later runs read it in place instead of parsing and checking the JSON.
//!
//! One file per roadmap file, `<cache dir>/roadmaps/<hash of path>.rkyv`:
//! a header line of JSON (what the entry was built from, how long the
//! payload is and its checksum), padded to 16 bytes, then the payload, the
//! archived roadmap (see [`Roadmap::from_archive`]).
//!
//! An entry is used only when everything it was built from is the same:
//! the roadmap file's canonical path, size, modification and change times
//! to the nanosecond, inode and device, the cache format and this very
//! binary. Anything else is a miss, and so is an entry that is truncated,
//! corrupt or hostile: the payload's length and checksum are compared, then
//! rkyv checks its structure and the roadmap its indices. A miss is never
//! an error; the roadmap is then compiled from its JSON as without a cache.
//!
//! A roadmap file changed less than [`SETTLE`] ago is not cached: file
//! times tick coarsely (a few milliseconds on Linux, two seconds on FAT),
//! so a second edit within the same tick could leave every part of the key
//! as it was. Once a file's times are older than that, any later change
//! gives it a new change time, which no program can set back.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rkyv::util::AlignedVec;
use serde::{Deserialize, Serialize};

use crate::roadmap::Roadmap;

/// Changes when the layout of the payload or the header changes.
const FORMAT: u32 = 2;

/// How old a roadmap file's times must be before it is cached.
pub const SETTLE: Duration = Duration::from_secs(2);

/// rkyv's buffers are aligned to 16 bytes; the payload starts at such an
/// offset so that it can be read in place.
const ALIGN: usize = 16;

/// A header longer than this is not one of ours.
const MAX_HEADER: usize = 16 * 1024;

/// Where entries go: `ROADMAP_CACHE_DIR` if set, else the platform cache
/// folder (`~/.cache/roadmap` on Linux, `~/Library/Caches/roadmap` on
/// macOS, `%LOCALAPPDATA%\roadmap\cache` on Windows).
pub fn default_dir() -> Option<PathBuf> {
    match std::env::var_os("ROADMAP_CACHE_DIR") {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => directories::ProjectDirs::from("", "", "roadmap")
            .map(|dirs| dirs.cache_dir().to_path_buf()),
    }
}

/// What happened, for `--verbose`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Hit(PathBuf),
    Miss(PathBuf, Miss),
    Written(PathBuf),
    NotWritten(PathBuf, NotWritten),
}

/// Why an entry was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Miss {
    /// No entry yet.
    Absent,
    /// An entry for another file, another version of it, or another build.
    Stale,
    /// Cut short, or not a header and payload of ours.
    Truncated,
    /// The payload is not what the header says, or not a sound roadmap.
    Corrupt,
    /// It could not be read.
    Unreadable(String),
}

/// Why an entry was not written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotWritten {
    /// The roadmap file changed too recently (see [`SETTLE`]), or while
    /// it was read.
    Unsettled,
    /// The cache folder or file could not be written.
    Failed(String),
}

/// What an entry is built from: the roadmap file as `stat` sees it, and
/// this build.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Key {
    format: u32,
    binary: String,
    path: PathBuf,
    size: u64,
    modified: (i64, u32),
    changed: (i64, u32),
    inode: u64,
    device: u64,
}

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    key: Key,
    payload: u64,
    checksum: u64,
}

/// A roadmap file's key, or `None` when it is not a regular file that can
/// be cached (a pipe, a device, something that cannot be inspected).
pub fn key(path: &Path) -> Option<Key> {
    let path = fs::canonicalize(path).ok()?;
    let meta = fs::metadata(&path).ok()?;
    meta.is_file().then(|| Key::of(path, &meta))?
}

impl Key {
    #[cfg(unix)]
    fn of(path: PathBuf, meta: &fs::Metadata) -> Option<Key> {
        use std::os::unix::fs::MetadataExt;
        Some(Key {
            format: FORMAT,
            binary: binary()?,
            path,
            size: meta.size(),
            modified: (meta.mtime(), u32::try_from(meta.mtime_nsec()).ok()?),
            changed: (meta.ctime(), u32::try_from(meta.ctime_nsec()).ok()?),
            inode: meta.ino(),
            device: meta.dev(),
        })
    }

    /// Elsewhere the standard library tells no change time or inode: the
    /// creation time stands in for them.
    #[cfg(not(unix))]
    fn of(path: PathBuf, meta: &fs::Metadata) -> Option<Key> {
        let nanos = |time: SystemTime| {
            let since = time.duration_since(SystemTime::UNIX_EPOCH).ok()?;
            Some((i64::try_from(since.as_secs()).ok()?, since.subsec_nanos()))
        };
        Some(Key {
            format: FORMAT,
            binary: binary()?,
            path,
            size: meta.len(),
            modified: nanos(meta.modified().ok()?)?,
            changed: nanos(meta.created().ok()?)?,
            inode: 0,
            device: 0,
        })
    }

    /// Whether the file changed too recently to be cached (or has times in
    /// the future).
    fn is_unsettled(&self, now: SystemTime) -> bool {
        let latest = self.modified.max(self.changed);
        let Ok(since) = now.duration_since(SystemTime::UNIX_EPOCH) else {
            return true;
        };
        let settled = since.saturating_sub(SETTLE);
        (settled.as_secs() as i64, settled.subsec_nanos()) <= latest
    }
}

/// This build: its version and the size and modification time of its
/// executable, so that a rebuilt binary never reads an older layout.
fn binary() -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    let meta = fs::metadata(exe).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(SystemTime::UNIX_EPOCH)
        .ok()?;
    Some(format!(
        "{} {} {}.{:09}",
        env!("CARGO_PKG_VERSION"),
        meta.len(),
        modified.as_secs(),
        modified.subsec_nanos()
    ))
}

/// The cache folder.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    pub fn new(dir: impl Into<PathBuf>) -> Cache {
        Cache { dir: dir.into() }
    }

    /// The entry for the roadmap file of `key`.
    pub fn entry_path(&self, key: &Key) -> PathBuf {
        let name = key.path.to_string_lossy();
        let hash = xxhash_rust::xxh3::xxh3_64(name.as_bytes());
        self.dir.join("roadmaps").join(format!("{hash:016x}.rkyv"))
    }

    /// The roadmap cached for `key`.
    pub fn load(&self, key: &Key) -> Result<Roadmap, Miss> {
        let path = self.entry_path(key);
        let mut file = match fs::File::open(&path) {
            Ok(file) => file,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Err(Miss::Absent),
            Err(err) => return Err(Miss::Unreadable(err.to_string())),
        };
        #[cfg(target_os = "linux")]
        if let Some(map) = mapped::map_leased(&file) {
            return mapped::load(map, file, key);
        }
        let unreadable = |err: io::Error| Miss::Unreadable(err.to_string());
        let len = file.metadata().map_err(unreadable)?.len();
        // The header, and maybe the start of the payload.
        let mut head = vec![0; MAX_HEADER.min(len as usize)];
        file.read_exact(&mut head).map_err(|_| Miss::Truncated)?;
        let (start, header) = read_header(&head, len, key)?;
        let size = usize::try_from(header.payload).map_err(|_| Miss::Truncated)?;
        let mut payload = AlignedVec::<ALIGN>::with_capacity(size);
        let already = head.get(start..).unwrap_or_default();
        payload.extend_from_slice(already);
        let read = already.len();
        drop(head);
        payload.resize(size, 0);
        file.read_exact(&mut payload[read..])
            .map_err(|_| Miss::Truncated)?;
        if xxhash_rust::xxh3::xxh3_64(&payload) != header.checksum {
            return Err(Miss::Corrupt);
        }
        Roadmap::from_archive(payload).ok_or(Miss::Corrupt)
    }

    /// Stores `payload`, a roadmap archived from the file of `key`, unless that file
    /// changed too recently or has changed since `key` was taken. Written
    /// to a temporary file renamed into place, so that readers see the old
    /// entry or the new one, whole.
    pub fn store(&self, key: &Key, payload: &[u8]) -> Result<(), NotWritten> {
        if key.is_unsettled(SystemTime::now()) || self::key(&key.path).as_ref() != Some(key) {
            return Err(NotWritten::Unsettled);
        }
        let failed = |err: io::Error| NotWritten::Failed(err.to_string());
        let path = self.entry_path(key);
        let dir = path.parent().unwrap_or(&self.dir);
        create_private_dir(dir).map_err(failed)?;
        let header = Header {
            key: key.clone(),
            payload: payload.len() as u64,
            checksum: xxhash_rust::xxh3::xxh3_64(payload),
        };
        let mut line = serde_json::to_vec(&header).map_err(|err| failed(err.into()))?;
        // Padded with spaces after the newline, up to the payload's place.
        line.push(b'\n');
        line.resize(line.len().next_multiple_of(ALIGN), b' ');
        let mut file = tempfile::NamedTempFile::new_in(dir).map_err(failed)?;
        file.write_all(&line).map_err(failed)?;
        file.write_all(payload).map_err(failed)?;
        file.persist(&path).map_err(|err| failed(err.error))?;
        Ok(())
    }
}

/// The header at the start of `head`, checked against `key` and the
/// entry's length `len`, and where the payload starts.
fn read_header(head: &[u8], len: u64, key: &Key) -> Result<(usize, Header), Miss> {
    let head = &head[..head.len().min(MAX_HEADER)];
    let end = head
        .iter()
        .position(|&b| b == b'\n')
        .ok_or(Miss::Truncated)?;
    let header: Header = serde_json::from_slice(&head[..end]).map_err(|_| Miss::Truncated)?;
    if header.key != *key {
        return Err(Miss::Stale);
    }
    let start = (end + 1).next_multiple_of(ALIGN);
    if len.checked_sub(start as u64) != Some(header.payload) {
        return Err(Miss::Truncated);
    }
    Ok((start, header))
}

/// Reading an entry in place: mapped, under a read lease.
///
/// A mapped file that another program truncates makes the next read of
/// a lost page a SIGBUS. A read lease (Linux) forbids that: while this
/// process holds it, a program that opens the entry for writing or
/// truncates it waits until the lease is given up (at the latest when
/// this process ends, milliseconds later). `roadmap` itself never changes
/// an entry in place; it renames new ones over it. Where no lease can be
/// had (a file system without leases, a file open for writing), the entry
/// is read into memory instead.
#[cfg(target_os = "linux")]
mod mapped {
    use std::fs::File;
    use std::os::fd::AsRawFd;
    use std::sync::Arc;

    use memmap2::Mmap;

    use super::{Key, Miss, read_header};
    use crate::roadmap::{Mapped, Roadmap};

    /// A leased, mapped entry and where its payload starts.
    struct Entry {
        map: Mmap,
        start: usize,
        /// The lease lasts as long as the file is open.
        _file: File,
    }

    impl Mapped for Entry {
        fn bytes(&self) -> &[u8] {
            &self.map[self.start..]
        }
    }

    /// The whole entry, mapped under a read lease, or `None`.
    pub(super) fn map_leased(file: &File) -> Option<Mmap> {
        let fd = file.as_raw_fd();
        // SAFETY: plain system calls on a file descriptor this function
        // borrows. A lease break is signalled with SIGIO, whose default
        // would end the process: it is ignored (roadmap uses no SIGIO).
        unsafe {
            libc::signal(libc::SIGIO, libc::SIG_IGN);
            if libc::fcntl(fd, libc::F_SETLEASE, libc::F_RDLCK) != 0 {
                return None;
            }
        }
        // SAFETY: under the lease, no other program can truncate or write
        // the file while it is mapped (see the module's comment).
        unsafe { memmap2::MmapOptions::new().populate().map(file) }.ok()
    }

    pub(super) fn load(map: Mmap, file: File, key: &Key) -> Result<Roadmap, Miss> {
        let (start, header) = read_header(&map, map.len() as u64, key)?;
        if xxhash_rust::xxh3::xxh3_64(&map[start..]) != header.checksum {
            return Err(Miss::Corrupt);
        }
        let entry = Entry {
            map,
            start,
            _file: file,
        };
        Roadmap::from_mapped(Arc::new(entry)).ok_or(Miss::Corrupt)
    }
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_at(modified: (i64, u32), changed: (i64, u32)) -> Key {
        Key {
            format: FORMAT,
            binary: "test".into(),
            path: PathBuf::from("/r.json"),
            size: 1,
            modified,
            changed,
            inode: 1,
            device: 1,
        }
    }

    #[test]
    fn files_changed_within_the_settling_time_are_not_cached() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000);
        assert!(key_at((999, 0), (990, 0)).is_unsettled(now));
        assert!(key_at((990, 0), (998, 5)).is_unsettled(now));
        assert!(key_at((2_000, 0), (2_000, 0)).is_unsettled(now));
        assert!(!key_at((990, 0), (997, 999_999_999)).is_unsettled(now));
    }
}
