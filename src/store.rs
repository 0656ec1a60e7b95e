//! Where files live and how they are read and written. The only module that
//! touches the file system.
//!
//! One JSON file per user, `users/<user>.json`, holding their progress on
//! each roadmap. Writes are atomic (temporary file, fsync, rename, fsync of
//! the folder) and happen under an exclusive lock on `users/<user>.lock`, so
//! concurrent invocations lose no update. A file this build cannot read is
//! never overwritten.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::{Deserialize, Serialize};

use crate::error::{Failure, Result};
use crate::progress::Progress;
use crate::roadmap::MAX_ROADMAP_BYTES;

/// The version of the user file this build writes and reads.
pub const STORE_VERSION: u32 = 1;

/// Everything stored for one user.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct UserData {
    pub version: u32,
    /// Progress per roadmap id.
    #[serde(default)]
    pub roadmaps: BTreeMap<String, Progress>,
}

impl Default for UserData {
    fn default() -> UserData {
        UserData {
            version: STORE_VERSION,
            roadmaps: BTreeMap::new(),
        }
    }
}

/// A user name that is safe to use as a file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserName(String);

pub const MAX_USER_NAME_CHARS: usize = 64;

impl UserName {
    /// Letters, digits, `.`, `_` and `-`, starting with a letter or digit,
    /// at most 64 characters: no path separators, no `..`, no control
    /// characters, nothing a file system could misread.
    pub fn parse(name: &str) -> Result<UserName, Failure> {
        let valid = name.chars().count() <= MAX_USER_NAME_CHARS
            && name.chars().next().is_some_and(char::is_alphanumeric)
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if valid {
            Ok(UserName(name.to_string()))
        } else {
            Err(Failure::input(format!("invalid user name '{}'", name.escape_debug()))
                .with_hint(format!(
                    "use letters, digits, '.', '_' and '-', starting with a letter or digit, at most {MAX_USER_NAME_CHARS} characters"
                )))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The data directory and the files in it.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// A store rooted at `dir`; nothing is created until the first write.
    pub fn new(dir: impl Into<PathBuf>) -> Store {
        Store { dir: dir.into() }
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

    fn lock_path(&self, user: &UserName) -> PathBuf {
        self.users_dir().join(format!("{}.lock", user.as_str()))
    }

    /// Reads a user's data; a user with no file yet has empty progress.
    pub fn load(&self, user: &UserName) -> Result<UserData> {
        let path = self.user_path(user);
        match fs::read(&path) {
            Ok(bytes) => decode(&path, &bytes),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(UserData::default()),
            Err(err) => {
                Err(Failure::runtime(format!("cannot read '{}': {err}", path.display())).into())
            }
        }
    }

    /// Read-modify-write of a user's data under an exclusive lock. The file
    /// is written only if `change` succeeds and returns `true` for "changed".
    pub fn update<T>(
        &self,
        user: &UserName,
        change: impl FnOnce(&mut UserData) -> Result<(T, bool)>,
    ) -> Result<T> {
        let users = self.users_dir();
        create_dir(&users)?;
        let lock = open_lock(&self.lock_path(user))?;
        lock.lock()
            .with_context(|| format!("cannot lock '{}'", self.lock_path(user).display()))?;
        let path = self.user_path(user);
        let mut data = self.load(user)?;
        let (value, changed) = change(&mut data)?;
        if changed {
            data.version = STORE_VERSION;
            write_atomically(&path, &encode(&data)?)?;
        }
        // Dropping the file releases the lock (as does the process dying).
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
                return Err(
                    Failure::runtime(format!("cannot list '{}': {err}", dir.display())).into(),
                );
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
}

/// Reads a roadmap file, refusing absurd sizes before reading them.
pub fn read_roadmap(path: &Path) -> Result<Vec<u8>> {
    let fail =
        |err: io::Error| Failure::input(format!("cannot read roadmap '{}': {err}", path.display()));
    let mut file = File::open(path).map_err(fail)?;
    let size = file.metadata().map_err(fail)?.len();
    if size > MAX_ROADMAP_BYTES as u64 {
        return Err(Failure::input(format!(
            "roadmap '{}' is {size} bytes; the limit is {MAX_ROADMAP_BYTES} bytes",
            path.display()
        ))
        .into());
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.read_to_end(&mut bytes).map_err(fail)?;
    Ok(bytes)
}

/// Parses a user file, naming the file and the problem when it cannot.
fn decode(path: &Path, bytes: &[u8]) -> Result<UserData> {
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    let unreadable = |problem: String| {
        Failure::runtime(format!("cannot read '{}': {problem}", path.display())).with_hint(
            "the file was left as it is; restore it from a backup or move it away to start over",
        )
    };
    let newer = |version: u32| {
        unreadable(format!(
            "it was written by a newer roadmap (store version {version}; this build reads up to {STORE_VERSION})"
        ))
        .with_hint("upgrade roadmap to read it; the file was left as it is")
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(unreadable("the file is empty".to_string()).into());
    }
    match serde_json::from_slice::<UserData>(bytes) {
        Ok(data) if data.version > STORE_VERSION => Err(newer(data.version).into()),
        Ok(data) => Ok(data),
        // A newer version may have a shape this build cannot parse at all;
        // say so rather than report the shape.
        Err(err) => match serde_json::from_slice::<VersionOnly>(bytes) {
            Ok(VersionOnly { version }) if version > STORE_VERSION => Err(newer(version).into()),
            _ => Err(unreadable(err.to_string()).into()),
        },
    }
}

fn encode(data: &UserData) -> Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(data)?;
    bytes.push(b'\n');
    Ok(bytes)
}

fn create_dir(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).map_err(|err| {
        Failure::runtime(format!(
            "cannot create data directory '{}': {err}",
            dir.display()
        ))
        .with_hint("point --data-dir or ROADMAP_DATA_DIR at a writable folder")
        .into()
    })
}

fn open_lock(path: &Path) -> Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|err| {
        Failure::runtime(format!("cannot open lock file '{}': {err}", path.display())).into()
    })
}

/// Replaces `path` with `bytes` so that a crash at any moment leaves either
/// the old or the new file: temporary file in the same folder, fsync,
/// rename over the old file, fsync the folder.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let fail = |err: io::Error| -> anyhow::Error {
        Failure::runtime(format!("cannot write '{}': {err}", path.display()))
            .with_hint("your progress was not changed")
            .into()
    };
    // tempfile creates the file with mode 0600 and removes it if we fail.
    let mut temp = tempfile::Builder::new()
        .prefix(".tmp-")
        .suffix(".json")
        .tempfile_in(dir)
        .map_err(fail)?;
    temp.write_all(bytes).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    temp.persist(path).map_err(|err| fail(err.error))?;
    #[cfg(unix)]
    File::open(dir).and_then(|d| d.sync_all()).map_err(fail)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(name: &str) -> UserName {
        UserName::parse(name).unwrap()
    }

    #[test]
    fn user_names_are_checked() {
        for good in ["alice", "bob.smith", "太郎", "a-1_b"] {
            assert!(UserName::parse(good).is_ok(), "{good}");
        }
        let long = "a".repeat(65);
        for bad in [
            "",
            "..",
            ".hidden",
            "a/b",
            "a\\b",
            "a\nb",
            "-x",
            long.as_str(),
        ] {
            assert!(UserName::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn update_round_trips_with_trailing_newline_and_private_mode() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
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
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(store.user_path(&user("alice")))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
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
    }

    #[test]
    fn failed_change_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let result: Result<()> = store.update(&user("carol"), |_| Err(anyhow::anyhow!("no")));
        assert!(result.is_err());
        assert!(!store.user_path(&user("carol")).exists());
    }
}
