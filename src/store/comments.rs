//! Mentor comments as the learner reads them: found in the other user
//! files of the data folder (a cohort's sync brings the mentor's file),
//! and the file `comments-seen-<user>.json` beside `device-id`, which
//! remembers which of them this machine has shown. That file belongs to
//! this machine alone (sync shares only `users/*.json`): marking a comment
//! seen is a read command's side effect, and doing it in the user file
//! would turn every today view into a change that waits for sync. A
//! learner on two machines sees a new comment once on each. Beside it,
//! `comments-index-<user>.json` remembers which files hold nothing for
//! the learner (see [`Store::comments_for`]).

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::{Store, UserName, format};
use crate::error::Result;
use crate::progress::{Comment, SeenComment};

/// The most comments remembered as seen: the oldest are forgotten first
/// (they are old by then, and no longer new in any view).
const MAX_SEEN: usize = 5000;

/// The most bytes read of the seen file or the index (a few hundred
/// thousand entries; past it, they start over).
const MAX_LOCAL_BYTES: u64 = 16 * 1024 * 1024;

impl Store {
    fn seen_path(&self, user: &UserName) -> PathBuf {
        self.dir
            .join(format!("comments-seen-{}.json", user.as_str()))
    }

    fn index_path(&self, user: &UserName) -> PathBuf {
        self.dir
            .join(format!("comments-index-{}.json", user.as_str()))
    }

    /// The comments other users' files here hold for `learner` on
    /// `roadmap`, with their author's name, oldest first. A file that
    /// cannot be read is passed over: the mentor table names it, and one
    /// broken file must not hide the learner's own day.
    ///
    /// A cohort may have a thousand files and only one mentor: the files
    /// found to hold nothing for `learner` are remembered by size and time
    /// in `comments-index-<user>.json` (this machine's alone), and not
    /// read again until they change.
    pub fn comments_for(&self, learner: &UserName, roadmap: &str) -> Vec<(String, Comment)> {
        let old = self.read_index(learner, roadmap);
        let mut index = Index {
            roadmap: roadmap.to_string(),
            quiet: BTreeMap::new(),
        };
        let mut found = Vec::new();
        for name in self.users().unwrap_or_default() {
            let Ok(user) = UserName::parse(&name) else {
                continue;
            };
            if user == *learner {
                continue;
            }
            let Some(stamp) = file_stamp(&self.user_path(&user)) else {
                continue;
            };
            if old.quiet.get(&name) == Some(&stamp) {
                index.quiet.insert(name, stamp);
                continue;
            }
            let mine = self.comments_in(&user, learner, roadmap);
            if mine.is_empty() {
                index.quiet.insert(name, stamp);
            } else {
                found.extend(mine.into_iter().map(|c| (name.clone(), c)));
            }
        }
        if index != old {
            // At worst the files are read again next time.
            let _ = self.write_local(&self.index_path(learner), &index);
        }
        found.sort_by(|a, b| (a.1.at, &a.0).cmp(&(b.1.at, &b.0)));
        found
    }

    /// The comments `user`'s file holds for `learner` on `roadmap`.
    fn comments_in(&self, user: &UserName, learner: &UserName, roadmap: &str) -> Vec<Comment> {
        let Some(bytes) = self.read_user_bytes(user) else {
            return Vec::new();
        };
        // Most files hold no comment: not worth parsing.
        if !bytes.windows(10).any(|w| w == b"\"comments\"") {
            return Vec::new();
        }
        let Ok(data) = format::decode(&bytes) else {
            return Vec::new();
        };
        data.roadmaps
            .get(roadmap)
            .map(|p| p.comments_to(learner.as_str()).cloned().collect())
            .unwrap_or_default()
    }

    fn read_index(&self, learner: &UserName, roadmap: &str) -> Index {
        let index: Index = self
            .read_local(&self.index_path(learner), MAX_LOCAL_BYTES)
            .ok()
            .flatten()
            .unwrap_or_default();
        if index.roadmap == roadmap {
            index
        } else {
            Index::default()
        }
    }

    /// A user file's bytes, when it is a plain file within the limit.
    fn read_user_bytes(&self, user: &UserName) -> Option<Vec<u8>> {
        let file = super::open_no_follow(&self.user_path(user)).ok()?;
        let meta = file.metadata().ok()?;
        let limit = crate::limits::MAX_STORE_BYTES as u64;
        if !meta.is_file() || meta.len() > limit {
            return None;
        }
        let mut bytes = Vec::new();
        file.take(limit + 1).read_to_end(&mut bytes).ok()?;
        Some(bytes)
    }

    /// The comments this machine has shown `user`. A missing or unreadable
    /// file is an empty list: at worst a comment shows once more.
    pub fn seen_comments(&self, user: &UserName) -> Vec<SeenComment> {
        self.read_local(&self.seen_path(user), MAX_LOCAL_BYTES)
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    /// Remembers `shown` as seen by `user` on this machine.
    pub fn mark_comments_seen(&self, user: &UserName, shown: &[SeenComment]) -> Result<()> {
        let mut seen = self.seen_comments(user);
        seen.extend(shown.iter().cloned());
        seen.sort_by(|a, b| (a.at, a).cmp(&(b.at, b)));
        seen.dedup();
        let excess = seen.len().saturating_sub(MAX_SEEN);
        seen.drain(..excess);
        self.write_local(&self.seen_path(user), &seen)
    }
}

/// The user files found to hold no comment for the learner on `roadmap`,
/// each with its size and modification time then.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Index {
    roadmap: String,
    quiet: BTreeMap<String, (u64, u128)>,
}

/// A file's size and modification time (nanoseconds since 1970), which
/// change when sync or a command writes it.
fn file_stamp(path: &Path) -> Option<(u64, u128)> {
    let meta = fs::symlink_metadata(path).ok()?;
    let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some((meta.len(), modified.as_nanos()))
}
