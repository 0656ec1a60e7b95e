//! Where files live and how they are read and written. The only module that
//! touches the file system.
//!
//! One JSON file per user, `users/<user>.json`, holding their progress on
//! each roadmap. Writes are atomic ([`atomic`]) and happen under an
//! exclusive lock on `users/<user>.lock` ([`lock`]), so concurrent
//! invocations lose no update; reads take no lock and see the old or the
//! new file. A file this build cannot read is never overwritten
//! ([`format`]).

mod atomic;
mod files;
mod format;
mod lock;
mod messages;
mod name;
mod snapshot;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::{Failure, Result};
use crate::lang::Lang;

pub use files::{read_input, write_file, write_private_file};
pub use format::{STORE_VERSION, UserData};
pub use name::{MAX_USER_NAME_CHARS, UserName};
pub use snapshot::Snapshot;

/// The data directory and the files in it.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    /// The language of its error messages.
    lang: Lang,
}

impl Store {
    /// A store rooted at `dir`; nothing is created until the first write.
    pub fn new(dir: impl Into<PathBuf>) -> Store {
        Store {
            dir: dir.into(),
            lang: Lang::En,
        }
    }

    /// The same store, telling its problems in `lang`.
    pub fn with_lang(self, lang: Lang) -> Store {
        Store { lang, ..self }
    }

    /// The platform data directory (`~/.local/share/roadmap` on Linux).
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
    /// its target, and the lock is the one beside that target: writers
    /// through the link and through the target then share one lock.
    pub(crate) fn locate(&self, user: &UserName) -> Result<Located> {
        let path = self.user_path(user);
        let file = match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(&path)
                .map_err(|err| messages::dangling_symlink(self.lang, &path, &err))?,
            _ => path,
        };
        let lock = if file.extension().is_some_and(|ext| ext == "json") {
            file.with_extension("lock")
        } else {
            let mut name = file.clone().into_os_string();
            name.push(".lock");
            PathBuf::from(name)
        };
        Ok(Located { file, lock })
    }

    /// Reads a user's data without locking; a user with no file yet has
    /// empty progress. An older version is migrated in memory only.
    pub fn load(&self, user: &UserName) -> Result<UserData> {
        self.load_located(&self.locate(user)?)
    }

    /// Reads the data at `located.file`, which is never followed if it is
    /// a link by now: it was not one when it was located.
    pub(crate) fn load_located(&self, located: &Located) -> Result<UserData> {
        let path = &located.file;
        let fail = |err: io::Error| -> anyhow::Error {
            self.not_a_folder()
                .unwrap_or_else(|| messages::read_failed(self.lang, path, &err))
                .into()
        };
        let file = match open_no_follow(path) {
            Ok(file) => file,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(UserData::default()),
            Err(err) => {
                return Err(match fs::symlink_metadata(path) {
                    Ok(meta) if meta.file_type().is_symlink() => {
                        messages::became_a_link(self.lang, path).into()
                    }
                    _ => fail(err),
                });
            }
        };
        // A folder or a pipe by that name: refuse rather than hang.
        if !file.metadata().map_err(fail)?.is_file() {
            return Err(messages::not_a_file(self.lang, path).into());
        }
        // A current, well-formed file (the common case) is parsed as it is
        // read, so a long history is never in memory as text and as data at
        // once. Anything else is read whole and looked at closely.
        let mut file = io::BufReader::with_capacity(64 * 1024, file);
        if let Some(data) = format::decode_current(&mut file) {
            return Ok(data);
        }
        let mut file = file.into_inner();
        io::Seek::rewind(&mut file).map_err(fail)?;
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut file, &mut bytes).map_err(fail)?;
        format::decode(&bytes)
            .map_err(|problem| messages::unreadable(self.lang, path, &problem).into())
    }

    /// Reads a user's data without the lock, ahead of
    /// [`Store::update_from`], which uses it if the file has not changed
    /// in between (see `snapshot`). Never fails: an unreadable file gives
    /// an empty snapshot, and the read under the lock says what is wrong.
    pub fn snapshot(&self, user: &UserName) -> Snapshot {
        let Ok(located) = self.locate(user) else {
            return Snapshot::default();
        };
        let path = &located.file;
        // Without following a link made meanwhile, or waiting on a pipe.
        let (file, stamp) = match open_no_follow(path) {
            Ok(file) => match file.metadata().ok().and_then(|m| snapshot::file_stamp(&m)) {
                Some(stamp) => (Some(file), stamp),
                None => return Snapshot::default(),
            },
            Err(err) if err.kind() == io::ErrorKind::NotFound => (None, snapshot::Stamp::Absent),
            Err(_) => return Snapshot::default(),
        };
        let Ok(data) = self.load_located(&located) else {
            return Snapshot::default();
        };
        // Still the file opened above, unchanged: `data` is its contents.
        match snapshot::stamp(path) {
            Some(now) if now == stamp => Snapshot(Some(snapshot::Taken {
                stamp,
                data,
                _file: file,
            })),
            _ => Snapshot::default(),
        }
    }

    /// Read-modify-write of a user's data under an exclusive lock. The file
    /// is written, at the current version, only if `change` succeeds and
    /// returns `true` for "changed"; otherwise its bytes stay as they were.
    pub fn update<T>(
        &self,
        user: &UserName,
        change: impl FnOnce(&mut UserData) -> Result<(T, bool)>,
    ) -> Result<T> {
        self.update_from(user, Snapshot::default(), change)
    }

    /// [`Store::update`], starting from `snapshot` when the file is still
    /// the one it was read from.
    pub fn update_from<T>(
        &self,
        user: &UserName,
        snapshot: Snapshot,
        change: impl FnOnce(&mut UserData) -> Result<(T, bool)>,
    ) -> Result<T> {
        self.create_dirs()?;
        let located = self.locate(user)?;
        let lock = lock::acquire(&located.lock, lock::PATIENCE)
            .map_err(|err| messages::lock(self.lang, &located.lock, &err))?;
        // Made a link, or relinked, while this command waited for the lock:
        // the lock taken may not be the one of the file that would be written.
        if self.locate(user)? != located {
            return Err(messages::became_a_link(self.lang, &self.user_path(user)).into());
        }
        let mut data = match snapshot.0 {
            Some(taken) if snapshot::stamp(&located.file).as_ref() == Some(&taken.stamp) => {
                taken.data
            }
            _ => self.load_located(&located)?,
        };
        let (value, changed) = change(&mut data)?;
        if changed {
            data.version = STORE_VERSION;
            // Replaces the file located above: a link put in its place
            // meanwhile is replaced, never written through.
            let path = &located.file;
            let written = atomic::write_atomically(path, |out| format::encode(out, &data));
            if matches!(written, Ok(()) | Err(atomic::WriteError::Flush(_))) {
                SAVED.store(true, Ordering::Relaxed);
            }
            written.map_err(|err| messages::write(self.lang, path, &err))?;
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
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(err) => {
                return Err(self
                    .not_a_folder()
                    .unwrap_or_else(|| messages::cannot_list(self.lang, &dir, &err))
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
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&users).map_err(|err| {
            self.not_a_folder()
                .unwrap_or_else(|| messages::cannot_create(self.lang, &users, &err))
                .into()
        })
    }

    /// The clearer error when the data directory is in fact a file.
    fn not_a_folder(&self) -> Option<Failure> {
        let meta = fs::metadata(&self.dir).ok()?;
        (!meta.is_dir()).then(|| messages::data_dir_is_a_file(self.lang, &self.dir))
    }
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
    read_input(path, "roadmap")
}

/// Opens a roadmap file to be parsed as it is read, with the same limits
/// as [`read_roadmap`]. A large roadmap is then never in memory twice, as
/// text and as its model.
pub fn open_roadmap(path: &Path) -> Result<impl io::Read> {
    files::open_input(path, "roadmap")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Progress;

    fn user(name: &str) -> UserName {
        UserName::parse(name).unwrap()
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    /// Adds roadmap `id` to alice's data.
    fn add(store: &Store, snapshot: Snapshot, id: &str) -> Vec<String> {
        store
            .update_from(&user("alice"), snapshot, |data| {
                data.roadmaps.insert(id.into(), Progress::default());
                Ok((data.roadmaps.keys().cloned().collect(), true))
            })
            .unwrap()
    }

    #[test]
    fn a_snapshot_is_used_only_while_the_file_is_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("data"));
        // No file yet: the snapshot is of its absence.
        let snapshot = store.snapshot(&user("alice"));
        assert_eq!(add(&store, snapshot, "a"), ["a"]);
        // Unchanged since the snapshot: the change builds on it.
        let snapshot = store.snapshot(&user("alice"));
        assert_eq!(add(&store, snapshot, "b"), ["a", "b"]);
        // Another writer in between: its change is kept, not overwritten by
        // a stale snapshot.
        let stale = store.snapshot(&user("alice"));
        add(&store, Snapshot::default(), "c");
        assert_eq!(add(&store, stale, "d"), ["a", "b", "c", "d"]);
        // Created by another writer after a snapshot of its absence.
        let other = Store::new(dir.path().join("other"));
        let absent = other.snapshot(&user("alice"));
        add(&other, Snapshot::default(), "x");
        assert_eq!(add(&other, absent, "y"), ["x", "y"]);
    }

    #[test]
    fn an_unreadable_file_gives_an_empty_snapshot_and_the_usual_error() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        fs::create_dir_all(store.users_dir()).unwrap();
        fs::write(store.user_path(&user("alice")), "{ cut short").unwrap();
        let snapshot = store.snapshot(&user("alice"));
        assert!(snapshot.0.is_none());
        let err = store
            .update_from(&user("alice"), snapshot, |_| Ok(((), true)))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            store.load(&user("alice")).unwrap_err().to_string()
        );
        assert_eq!(
            fs::read(store.user_path(&user("alice"))).unwrap(),
            b"{ cut short"
        );
    }

    #[test]
    fn update_round_trips_with_trailing_newline_and_private_modes() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("data"));
        store
            .update(&user("alice"), |data| {
                data.roadmaps.insert("r".into(), Progress::default());
                Ok(((), true))
            })
            .unwrap();
        let bytes = fs::read(store.user_path(&user("alice"))).unwrap();
        assert!(bytes.ends_with(b"}\n"));
        assert_eq!(store.load(&user("alice")).unwrap().roadmaps.len(), 1);
        assert_eq!(store.users().unwrap(), ["alice"]);
        #[cfg(unix)]
        {
            assert_eq!(mode(&store.user_path(&user("alice"))), 0o600);
            assert_eq!(mode(&store.lock_path(&user("alice"))), 0o600);
            assert_eq!(mode(&store.users_dir()), 0o700);
            assert_eq!(mode(store.dir()), 0o700);
        }
    }

    #[test]
    fn newer_version_is_refused_and_named() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        fs::create_dir_all(dir.path().join("users")).unwrap();
        let path = store.user_path(&user("bob"));
        fs::write(
            &path,
            b"{\"version\": 99, \"roadmaps\": {}, \"future\": true}\n",
        )
        .unwrap();
        let err = store.load(&user("bob")).unwrap_err().to_string();
        assert!(err.contains("newer") && err.contains("99"), "{err}");
        assert!(err.contains(&path.display().to_string()), "{err}");
        let result = store.update(&user("bob"), |_| Ok(((), true)));
        assert!(result.is_err());
        assert!(fs::read(&path).unwrap().starts_with(b"{\"version\": 99"));
    }

    #[test]
    fn failed_change_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let result: Result<()> = store.update(&user("carol"), |_| Err(anyhow::anyhow!("no")));
        assert!(result.is_err());
        assert!(!store.user_path(&user("carol")).exists());
    }

    #[test]
    fn a_data_directory_that_is_a_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("data");
        fs::write(&file, "not a folder").unwrap();
        let store = Store::new(&file);
        for err in [
            store.update(&user("d"), |_| Ok(((), true))).unwrap_err(),
            store.load(&user("d")).unwrap_err(),
            store.users().unwrap_err(),
        ] {
            let message = err.to_string();
            assert!(message.contains("is a file, not a folder"), "{message}");
            assert!(message.contains(&file.display().to_string()), "{message}");
        }
        assert_eq!(fs::read(&file).unwrap(), b"not a folder");
    }

    #[test]
    fn something_else_than_a_file_is_refused_without_reading_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path()).with_lang(Lang::Ja);
        fs::create_dir_all(store.user_path(&user("eve"))).unwrap();
        let err = store.load(&user("eve")).unwrap_err().to_string();
        assert!(
            err.contains("eve.json") && err.contains("通常のファイルではありません"),
            "{err}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_to_nothing_is_not_empty_progress() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        fs::create_dir_all(dir.path().join("users")).unwrap();
        let link = store.user_path(&user("fay"));
        std::os::unix::fs::symlink(dir.path().join("unmounted/fay.json"), &link).unwrap();
        let err = store.load(&user("fay")).unwrap_err().to_string();
        assert!(err.contains("symlink") && err.contains("fay.json"), "{err}");
        assert!(store.update(&user("fay"), |_| Ok(((), true))).is_err());
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_swapped_in_during_a_write_is_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        add(&store, Snapshot::default(), "mine");
        let other = dir.path().join("other.json");
        fs::write(&other, "someone else's file").unwrap();
        let path = store.user_path(&user("alice"));
        // Under the lock, after the read, the user file becomes a link.
        store
            .update(&user("alice"), |data| {
                fs::remove_file(&path).unwrap();
                std::os::unix::fs::symlink(&other, &path).unwrap();
                data.roadmaps.insert("more".into(), Progress::default());
                Ok(((), true))
            })
            .ok();
        assert_eq!(fs::read(&other).unwrap(), b"someone else's file");
    }

    #[cfg(unix)]
    #[test]
    fn a_user_file_swapped_for_a_link_before_the_read_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        add(&store, Snapshot::default(), "mine");
        let other = dir.path().join("other.json");
        fs::write(&other, "{\"version\": 1, \"roadmaps\": {}}").unwrap();
        let path = store.user_path(&user("alice"));
        let file = store.locate(&user("alice")).unwrap();
        fs::remove_file(&path).unwrap();
        std::os::unix::fs::symlink(&other, &path).unwrap();
        let err = store.load_located(&file).unwrap_err().to_string();
        assert!(err.contains("symlink"), "{err}");
    }

    #[test]
    fn roadmap_reads_are_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        fs::write(&path, "{}").unwrap();
        assert_eq!(read_roadmap(&path).unwrap(), b"{}");
        #[cfg(unix)]
        {
            let err = read_roadmap(Path::new("/dev/zero")).unwrap_err();
            assert!(err.to_string().contains("larger than the limit"), "{err}");
        }
        let err = read_roadmap(&dir.path().join("missing.json")).unwrap_err();
        assert!(err.to_string().contains("missing.json"), "{err}");
    }

    #[test]
    fn streamed_roadmap_reads_are_bounded_and_fail_like_whole_reads() {
        use std::io::Read;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        fs::write(&path, "{}").unwrap();
        let mut text = Vec::new();
        open_roadmap(&path).unwrap().read_to_end(&mut text).unwrap();
        assert_eq!(text, b"{}");
        #[cfg(unix)]
        {
            // An endless source ends at the limit (and one byte).
            let mut zeros = open_roadmap(Path::new("/dev/zero")).unwrap();
            let read = io::copy(&mut zeros, &mut io::sink()).unwrap();
            assert_eq!(read, crate::roadmap::MAX_ROADMAP_BYTES as u64 + 1);
        }
        for unreadable in [dir.path().join("missing.json"), dir.path().to_path_buf()] {
            let streamed = open_roadmap(&unreadable).err().unwrap().to_string();
            let whole = read_roadmap(&unreadable).unwrap_err().to_string();
            assert_eq!(streamed, whole);
        }
    }
}
