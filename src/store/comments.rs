//! Mentor comments as the learner reads them: found in the other user
//! files of the data folder (a cohort's sync brings the mentor's file),
//! and the file `comments-seen-<user>.json` beside `device-id`, which
//! remembers which of them this machine has shown. That file belongs to
//! this machine alone (sync shares only `users/*.json`): marking a comment
//! seen is a read command's side effect, and doing it in the user file
//! would turn every today view into a change that waits for sync. A
//! learner on two machines sees a new comment once on each.

use std::io::{self, Read};
use std::path::PathBuf;

use super::{Store, UserName, atomic, format, messages};
use crate::error::Result;
use crate::progress::{Comment, SeenComment};

/// The most comments remembered as seen: the oldest are forgotten first
/// (they are old by then, and no longer new in any view).
const MAX_SEEN: usize = 5000;

impl Store {
    fn seen_path(&self, user: &UserName) -> PathBuf {
        self.dir
            .join(format!("comments-seen-{}.json", user.as_str()))
    }

    /// The comments other users' files here hold for `learner` on
    /// `roadmap`, with their author's name, oldest first. A file that
    /// cannot be read is passed over: the mentor table names it, and one
    /// broken file must not hide the learner's own day.
    pub fn comments_for(&self, learner: &UserName, roadmap: &str) -> Vec<(String, Comment)> {
        let mut found = Vec::new();
        for name in self.users().unwrap_or_default() {
            let Ok(user) = UserName::parse(&name) else {
                continue;
            };
            if user == *learner {
                continue;
            }
            let Some(bytes) = self.read_user_bytes(&user) else {
                continue;
            };
            // Most files hold no comment: not worth parsing.
            if !bytes.windows(10).any(|w| w == b"\"comments\"") {
                continue;
            }
            let Ok(data) = format::decode(&bytes) else {
                continue;
            };
            if let Some(progress) = data.roadmaps.get(roadmap) {
                found.extend(
                    progress
                        .comments_to(learner.as_str())
                        .map(|c| (name.clone(), c.clone())),
                );
            }
        }
        found.sort_by(|a, b| (a.1.at, &a.0).cmp(&(b.1.at, &b.0)));
        found
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
        let Ok(file) = super::open_no_follow(&self.seen_path(user)) else {
            return Vec::new();
        };
        let mut bytes = Vec::new();
        let limit = crate::limits::MAX_TIMER_BYTES as u64 * 16;
        if file.take(limit).read_to_end(&mut bytes).is_err() {
            return Vec::new();
        }
        serde_json::from_slice(&bytes).unwrap_or_default()
    }

    /// Remembers `shown` as seen by `user` on this machine.
    pub fn mark_comments_seen(&self, user: &UserName, shown: &[SeenComment]) -> Result<()> {
        let mut seen = self.seen_comments(user);
        seen.extend(shown.iter().cloned());
        seen.sort_by(|a, b| (a.at, a).cmp(&(b.at, b)));
        seen.dedup();
        let excess = seen.len().saturating_sub(MAX_SEEN);
        seen.drain(..excess);
        self.create_dirs()?;
        let path = self.seen_path(user);
        let mut text = serde_json::to_string_pretty(&seen)?;
        text.push('\n');
        atomic::write_atomically(&path, |out| io::Write::write_all(out, text.as_bytes()))
            .map_err(|err| messages::write(&path, err))?;
        Ok(())
    }
}
