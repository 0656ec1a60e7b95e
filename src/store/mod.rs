//! Where files live and how they are read and written. The only module that
//! touches the file system.
//!
//! One JSON file per user, `users/<user>.json`, holding their progress on
//! each roadmap. Writes are atomic ([`atomic`]) and happen under an
//! exclusive lock on `users/<user>.lock` ([`lock`]), so concurrent
//! invocations lose no update; reads take no lock and see the old or the
//! new file. A file this build cannot read is never overwritten
//! ([`format`]).
//!
//! Privacy: on Unix the folders are created 0700 and the files 0600. On
//! Windows the default data folder is in the user's profile
//! (`%APPDATA%\roadmap\data`), which only that user (and the
//! administrators) can open, and every file made in it inherits that; a
//! `--data-dir` elsewhere gets the permissions of the folder it is in.

mod atomic;
mod checks;
mod comments;
mod device;
mod files;
mod format;
mod local;
mod lock;
mod messages;
mod name;
mod private;
mod replace;
mod sync_failure;
mod timer;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::Result;

pub(crate) use atomic::WriteError;
pub use device::{Held, decode_foreign, encode};
pub use files::{read_input, write_file, write_private_file};
pub(crate) use format::{JsonType, Problem, readable_versions};
pub use format::{STORE_VERSION, UserData};
pub(crate) use lock::LockError;
pub use name::{MAX_USER_NAME_CHARS, UserName};
pub use sync_failure::SyncFailure;

/// The data directory and the files in it.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    /// Asked before every change ([`Store::update`]): whether this data
    /// folder may write that user's file (see `sync::check_write`).
    guard: Option<WriteGuard>,
}

/// A check run before a user's file is changed.
pub type WriteGuard = fn(&Store, &UserName) -> Result<()>;

impl Store {
    /// A store rooted at `dir`; nothing is created until the first write.
    pub fn new(dir: impl Into<PathBuf>) -> Store {
        Store {
            dir: dir.into(),
            guard: None,
        }
    }

    /// The store, with `guard` asked before every change.
    pub fn with_guard(mut self, guard: WriteGuard) -> Store {
        self.guard = Some(guard);
        self
    }

    /// The platform data directory: `~/.local/share/roadmap` on Linux
    /// (or `$XDG_DATA_HOME/roadmap`), `~/Library/Application
    /// Support/roadmap` on macOS, `%APPDATA%\roadmap\data` on Windows.
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "roadmap").map(|dirs| dirs.data_dir().to_path_buf())
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn users_dir(&self) -> PathBuf {
        self.dir.join("users")
    }

    pub fn user_path(&self, user: &UserName) -> PathBuf {
        self.users_dir().join(format!("{}.json", user.as_str()))
    }

    pub fn lock_path(&self, user: &UserName) -> PathBuf {
        self.users_dir().join(format!("{}.lock", user.as_str()))
    }

    /// Where `user`'s data really is. A symlinked user file (a store kept
    /// in a dotfiles repository, or linked to another store) is resolved to
    /// its target. When that target is another store's user file
    /// (`…/users/<name>.json`), the lock is the one beside it, so writers
    /// of both stores share one lock; otherwise it is this store's own
    /// `users/<user>.lock`: no lock file is ever made outside a data folder
    /// (a link to `/etc/passwd` makes no `/etc/passwd.lock`). Every writer
    /// and sync take the lock found here.
    pub(crate) fn locate(&self, user: &UserName) -> Result<Located> {
        let path = self.user_path(user);
        let file = match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                fs::canonicalize(&path).map_err(|err| messages::dangling_symlink(&path, err))?
            }
            _ => {
                return Ok(Located {
                    file: path,
                    lock: self.lock_path(user),
                });
            }
        };
        let in_a_store = file.parent().and_then(Path::file_name) == Some("users".as_ref())
            && file
                .file_name()
                .and_then(|name| name.to_str()?.strip_suffix(".json"))
                .is_some_and(|name| UserName::parse(name).is_ok());
        let lock = if in_a_store {
            file.with_extension("lock")
        } else {
            self.lock_path(user)
        };
        Ok(Located { file, lock })
    }

    /// Reads a user's data without locking; a user with no file yet has
    /// empty progress. An older version is migrated in memory only.
    pub fn load(&self, user: &UserName) -> Result<UserData> {
        let mut data = self.load_located(&self.locate(user)?)?;
        self.overlay_private(user, &mut data)?;
        Ok(data)
    }

    /// Reads the data at `located.file`, which is never followed if it is
    /// a link by now: it was not one when it was located.
    pub(crate) fn load_located(&self, located: &Located) -> Result<UserData> {
        let path = &located.file;
        let fail = |err: io::Error| -> anyhow::Error {
            self.not_a_folder()
                .unwrap_or_else(|| messages::read_failed(path, err))
                .into()
        };
        let file = match open_no_follow(path) {
            Ok(file) => file,
            // Windows says "not found" below a file, where Unix says "not a
            // directory" (a read error): a data dir that is a file is named.
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                return match self.not_a_folder() {
                    Some(failure) => Err(failure.into()),
                    None => Ok(UserData::default()),
                };
            }
            Err(err) => {
                return Err(match fs::symlink_metadata(path) {
                    Ok(meta) if meta.file_type().is_symlink() => {
                        messages::became_a_link(path).into()
                    }
                    // Windows cannot open a folder as a file at all.
                    Ok(meta) if meta.is_dir() => messages::not_a_file(path).into(),
                    _ => fail(err),
                });
            }
        };
        // A folder or a pipe by that name: refuse rather than hang.
        let meta = file.metadata().map_err(fail)?;
        if !meta.is_file() {
            return Err(messages::not_a_file(path).into());
        }
        let limit = crate::limits::MAX_STORE_BYTES as u64;
        if meta.len() > limit {
            let problem = format::Problem::TooBig(Some(meta.len()));
            return Err(messages::unreadable(path, problem).into());
        }
        let size = usize::try_from(meta.len()).unwrap_or(0);
        let mut bytes = Vec::with_capacity(size.saturating_add(1));
        // No more than the limit even if the file grows meanwhile.
        io::Read::read_to_end(&mut io::Read::take(file, limit + 1), &mut bytes).map_err(fail)?;
        format::decode(&bytes).map_err(|problem| messages::unreadable(path, problem).into())
    }

    /// Read-modify-write of a user's data under an exclusive lock. The file
    /// is written, at the current version, only if `change` succeeds and
    /// returns `true` for "changed"; otherwise its bytes stay as they were.
    pub fn update<T>(
        &self,
        user: &UserName,
        change: impl FnOnce(&mut UserData) -> Result<(T, bool)>,
    ) -> Result<T> {
        if let Some(guard) = self.guard {
            guard(self, user)?;
        }
        self.create_dirs()?;
        let located = self.locate(user)?;
        let lock = lock::acquire(&located.lock, lock::PATIENCE)
            .map_err(|err| messages::lock(&located.lock, err))?;
        // Made a link, or relinked, while this command waited for the lock:
        // the lock taken may not be the one of the file that would be written.
        if self.locate(user)? != located {
            return Err(messages::became_a_link(&self.user_path(user)).into());
        }
        let mut data = self.load_located(&located)?;
        self.overlay_private(user, &mut data)?;
        let (value, changed) = change(&mut data)?;
        if changed {
            data.version = STORE_VERSION;
            self.split_private(user, &mut data)?;
            // Replaces the file located above: a link put in its place
            // meanwhile is replaced, never written through.
            let path = &located.file;
            let bytes = checked_bytes(path, &data)?;
            let written = atomic::write_atomically(path, |out| out.write_all(&bytes));
            if matches!(written, Ok(()) | Err(atomic::WriteError::Flush(_))) {
                SAVED.store(true, Ordering::Relaxed);
            }
            written.map_err(|err| messages::write(path, err))?;
        }
        // Dropping the lock file releases the lock (as does the process dying).
        drop(lock);
        Ok(value)
    }

    /// The names of every user with a file in the store, sorted.
    pub fn users(&self) -> Result<Vec<String>> {
        let dir = self.users_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            // As in `load`: on Windows "not found" below a file.
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                return match self.not_a_folder() {
                    Some(failure) => Err(failure.into()),
                    None => Ok(Vec::new()),
                };
            }
            Err(err) => {
                return Err(self
                    .not_a_folder()
                    .unwrap_or_else(|| messages::cannot_list(&dir, err))
                    .into());
            }
        };
        let mut users = Vec::new();
        for entry in entries {
            let name = entry?.file_name();
            if let Some(user) = name.to_str().and_then(|n| n.strip_suffix(".json"))
                && UserName::parse(user).is_ok()
            {
                users.push(user.to_string());
            }
        }
        users.sort();
        Ok(users)
    }

    /// The data directory and `users/` in it, private (0700) when created.
    fn create_dirs(&self) -> Result<()> {
        let users = self.users_dir();
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        // On Windows the folder inherits the access list of its parent.
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&users).map_err(|err| {
            self.not_a_folder()
                .unwrap_or_else(|| messages::cannot_create(&users, err))
                .into()
        })
    }

    /// The clearer error when the data directory is in fact a file.
    fn not_a_folder(&self) -> Option<crate::error::Error> {
        let meta = fs::metadata(&self.dir).ok()?;
        (!meta.is_dir()).then(|| messages::data_dir_is_a_file(&self.dir))
    }
}

/// The bytes of `data` for `path`, refused (with nothing written) if the
/// store's reader would refuse them.
fn checked_bytes(path: &Path, data: &UserData) -> Result<Vec<u8>> {
    format::encode_checked(data).map_err(|why| {
        match why {
            format::Unwritable::Date(at) => crate::error::Error::DateNotKept {
                at: at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            },
            format::Unwritable::Batch(batch) => crate::error::Error::BatchNotKept { batch },
            format::Unwritable::TooBig(size) => crate::error::Error::StoreTooBig {
                path: path.display().to_string(),
                size,
                limit: crate::limits::MAX_STORE_BYTES,
            },
        }
        .into()
    })
}

/// Whether this process saved a change to a user file (see
/// [`saved_a_change`]).
static SAVED: AtomicBool = AtomicBool::new(false);

/// Whether this process has saved a change: a failure to print its report
/// afterwards does not make the command a failure (see `cmd::after_saving`).
pub fn saved_a_change() -> bool {
    SAVED.load(Ordering::Relaxed)
}

/// A user file and its lock, as [`Store::locate`] finds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Located {
    file: PathBuf,
    lock: PathBuf,
}

/// Opens `path` for reading without following a link in its last part,
/// and without waiting for a writer if it is a pipe.
#[cfg(unix)]
fn open_no_follow(path: &Path) -> io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
}

/// Elsewhere, a link is looked for before opening.
#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> io::Result<fs::File> {
    if fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_symlink()) {
        return Err(io::Error::other("the file is a symlink"));
    }
    fs::File::open(path)
}

/// Reads a roadmap file, refusing absurd sizes without reading them (and
/// endless sources such as `/dev/zero` without hanging).
pub fn read_roadmap(path: &Path) -> Result<Vec<u8>> {
    read_input(path, crate::error::Input::Roadmap)
}

/// Opens a roadmap file to be parsed as it is read, with the same limits
/// as [`read_roadmap`]. A large roadmap is then never in memory twice, as
/// text and as its model.
pub fn open_roadmap(path: &Path) -> Result<impl io::Read> {
    files::open_input(path, crate::error::Input::Roadmap)
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
