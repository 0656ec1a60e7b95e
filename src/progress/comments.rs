//! Mentor comments: what a mentor writes to a learner with `roadmap
//! comment`. A comment lives in the *mentor's* own file, in the progress of
//! the roadmap it is about, so that sync never writes into a learner's
//! file, and so that `undo`, batches and tombstones work for it exactly as
//! for notes. The learner reads it from the mentor's file after a sync.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Progress;

/// The longest comment, in characters: it is shown in someone else's
/// today view, so a page, not a book.
pub const MAX_COMMENT_CHARS: usize = 2000;

/// A comment written by the owner of the file (store version 4).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    #[serde(deserialize_with = "super::stamp::read")]
    pub at: DateTime<Utc>,
    /// The learner it is for (a user name).
    pub to: String,
    /// The step it is about (its id), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
    pub text: String,
    /// The invocation that wrote it (see [`super::Event::batch`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<u64>,
    /// The device that wrote it, once synced (see [`super::Event::device`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

/// Why a comment (or the cohort page) is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MentorProblem {
    /// `export --all-users` in a format other than HTML or JSON.
    CohortFormat,
    /// No text, or only spaces.
    Empty,
    /// Longer than [`MAX_COMMENT_CHARS`].
    TooLong { chars: usize },
    /// No user file of that name in the data folder; `known` are the
    /// learners who have one.
    UnknownLearner { name: String, known: Vec<String> },
    /// A comment to oneself.
    ToYourself,
}

/// The text of a comment as stored: trimmed, and within the limits.
pub fn check_text(text: &str) -> Result<&str, MentorProblem> {
    let text = text.trim();
    let chars = text.chars().count();
    if chars == 0 {
        Err(MentorProblem::Empty)
    } else if chars > MAX_COMMENT_CHARS {
        Err(MentorProblem::TooLong { chars })
    } else {
        Ok(text)
    }
}

/// A comment the learner has seen on this machine: its author, time,
/// device and a digest of its text, which tell it apart (see
/// `store::comments`) without keeping a copy of the text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Seen {
    pub from: String,
    pub at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
    pub digest: String,
}

impl Seen {
    pub fn of(from: &str, comment: &Comment) -> Seen {
        Seen {
            from: from.to_string(),
            at: comment.at,
            device: comment.device.clone(),
            digest: digest(&comment.text),
        }
    }
}

/// FNV-1a (64 bits) of `text`, in hex: stable across builds and machines,
/// which the standard library's hasher does not promise. Two comments of
/// one author at one second are told apart by it.
pub fn digest(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

type Key<'a> = (
    DateTime<Utc>,
    Option<&'a str>,
    &'a str,
    Option<&'a str>,
    &'a str,
);

/// A comment is known by everything it says: its time, device, learner,
/// step and text. The batch is not part of it (a merge forgets the batch
/// of what another machine never synced).
fn key(c: &Comment) -> Key<'_> {
    (
        c.at,
        c.device.as_deref(),
        c.to.as_str(),
        c.step.as_deref(),
        c.text.as_str(),
    )
}

/// The comments of both sides, once each, oldest first, without those
/// `undo` took back.
pub(super) fn join(
    all: Vec<Comment>,
    dead: &dyn Fn(Option<&str>, Option<u64>) -> bool,
) -> Vec<Comment> {
    let mut all: Vec<Comment> = all
        .into_iter()
        .filter(|c| !dead(c.device.as_deref(), c.batch))
        .collect();
    all.sort_by(|a, b| key(a).cmp(&key(b)));
    all.dedup_by(|later, first| key(later) == key(first));
    all
}

/// Merges `theirs` into `local`'s comments; how many were new. Unless
/// restoring a backup, their comments never synced lose their batch
/// numbers, which could collide with ours (as `merge` does for notes).
pub(super) fn take_in(
    local: &mut Progress,
    mut theirs: Vec<Comment>,
    restoring: bool,
    dead: &dyn Fn(Option<&str>, Option<u64>) -> bool,
) -> usize {
    if !restoring {
        for comment in theirs.iter_mut().filter(|c| c.device.is_none()) {
            comment.batch = None;
        }
    }
    let ours = std::mem::take(&mut local.comments);
    let known = ours
        .iter()
        .filter(|c| !dead(c.device.as_deref(), c.batch))
        .count();
    local.comments = join(ours.into_iter().chain(theirs).collect(), dead);
    local.comments.len().saturating_sub(known)
}

impl Progress {
    /// Adds a comment for `to` as part of `batch`.
    pub fn add_comment(
        &mut self,
        to: &str,
        step: Option<&str>,
        text: &str,
        at: DateTime<Utc>,
        batch: u64,
    ) -> Comment {
        let comment = Comment {
            at,
            to: to.to_string(),
            step: step.map(str::to_string),
            text: text.to_string(),
            batch: Some(batch),
            device: None,
        };
        self.comments.push(comment.clone());
        comment
    }

    /// The comments written for `learner`, oldest first.
    pub fn comments_to<'a>(&'a self, learner: &'a str) -> impl Iterator<Item = &'a Comment> + 'a {
        self.comments.iter().filter(move |c| c.to == learner)
    }

    /// Every comment's device and batch, for `undo` and renumbering.
    pub(super) fn comment_owners(&self) -> impl Iterator<Item = (Option<&str>, Option<u64>)> + '_ {
        self.comments.iter().map(|c| (c.device.as_deref(), c.batch))
    }

    /// Removes the comments of `batch` by `owner`.
    pub(super) fn take_comment_batch(&mut self, owner: Option<&str>, batch: u64) -> Vec<Comment> {
        let (taken, kept): (Vec<Comment>, Vec<Comment>) = std::mem::take(&mut self.comments)
            .into_iter()
            .partition(|c| c.batch == Some(batch) && c.device.as_deref() == owner);
        self.comments = kept;
        taken
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn comment(hour: u32, device: Option<&str>, batch: u64, text: &str) -> Comment {
        Comment {
            at: Utc.with_ymd_and_hms(2026, 12, 1, hour, 0, 0).unwrap(),
            to: "ben".into(),
            step: Some("sql".into()),
            text: text.into(),
            batch: Some(batch),
            device: device.map(str::to_string),
        }
    }

    #[test]
    fn both_sides_are_kept_once_and_in_time_order() {
        let a = comment(10, Some("m1"), 1, "good");
        let b = comment(9, Some("m2"), 1, "start here");
        let joined = join(vec![a.clone(), b.clone(), a.clone()], &|_, _| false);
        assert_eq!(joined, [b, a]);
    }

    #[test]
    fn two_comments_of_one_moment_are_both_kept() {
        let a = comment(10, Some("m1"), 1, "one");
        let b = comment(10, Some("m1"), 1, "two");
        assert_eq!(join(vec![a.clone(), b.clone()], &|_, _| false), [a, b]);
    }

    #[test]
    fn an_undone_comment_stays_out() {
        let a = comment(10, Some("m1"), 7, "x");
        let dead = |d: Option<&str>, b: Option<u64>| d == Some("m1") && b == Some(7);
        assert!(join(vec![a], &dead).is_empty());
    }

    #[test]
    fn a_merge_keeps_the_comments_of_both_sides_and_counts_the_new_ones() {
        let mine = comment(9, Some("m1"), 1, "from the laptop");
        let theirs = comment(10, Some("m2"), 1, "from the desktop");
        let mut local = Progress {
            comments: vec![mine.clone()],
            ..Progress::default()
        };
        let incoming = Progress {
            comments: vec![mine.clone(), theirs.clone()],
            ..Progress::default()
        };
        let summary = super::super::merge(&mut local, incoming.clone());
        assert_eq!(summary.comments_added, 1);
        assert_eq!(local.comments, [mine.clone(), theirs.clone()]);
        // Again: nothing new.
        assert_eq!(super::super::merge(&mut local, incoming).comments_added, 0);
        // A comment the other side took back is dropped here too.
        let undone = Progress {
            undone: vec![crate::progress::Tombstone {
                device: "m2".into(),
                batch: 1,
            }],
            ..Progress::default()
        };
        super::super::merge(&mut local, undone);
        assert_eq!(local.comments, [mine]);
    }

    #[test]
    fn the_digest_is_fnv_1a() {
        // The published test vectors of FNV-1a 64.
        assert_eq!(digest(""), "cbf29ce484222325");
        assert_eq!(digest("a"), "af63dc4c8601ec8c");
        assert_ne!(digest("one"), digest("two"));
    }

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(check_text("  hi \n"), Ok("hi"));
        assert_eq!(check_text(" \t "), Err(MentorProblem::Empty));
        let long = "あ".repeat(MAX_COMMENT_CHARS + 1);
        assert_eq!(
            check_text(&long),
            Err(MentorProblem::TooLong {
                chars: MAX_COMMENT_CHARS + 1
            })
        );
        assert!(check_text(&"あ".repeat(MAX_COMMENT_CHARS)).is_ok());
    }

    #[test]
    fn taking_a_batch_takes_only_its_owner_s() {
        let mut p = Progress {
            comments: vec![
                comment(9, None, 3, "mine"),
                comment(10, Some("other"), 3, "theirs"),
            ],
            ..Progress::default()
        };
        let taken = p.take_comment_batch(None, 3);
        assert_eq!(taken.len(), 1);
        assert_eq!(taken[0].text, "mine");
        assert_eq!(p.comments.len(), 1);
    }
}
