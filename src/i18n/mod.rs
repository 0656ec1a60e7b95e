//! The message catalogue: every piece of interface text, in English
//! (`en.rs`) and Japanese (`ja.rs`). Each language is one `match` over
//! every message, so a message without a translation does not compile.
//! Plurals and lists are made here and nowhere else.

pub mod apply;
pub mod apply_attention;
pub mod check_words;
pub mod cohort;
mod en;
mod errors;
mod format;
pub mod help_ja;
mod help_ja_apply;
pub mod help_ja_args;
mod ja;
pub mod limits;
mod mentor;
mod open;
mod pace;
pub mod problems;
mod record;
mod record_page;
mod skill_sheet;
pub mod sync;
mod timer;
pub mod trust_words;
pub mod ux;

pub use apply::ApplyMsg;
pub use apply_attention::Since;
pub use errors::error;
pub use format::FormatMsg;
pub use mentor::MentorMsg;
pub use open::OpenMsg;
pub use pace::PaceMsg;
pub use record::RecordMsg;
pub use record_page::RecordPage;
pub use skill_sheet::{DateForm, SheetWord, sheet_date, skill_name};
pub use timer::TimerMsg;

use crate::lang::Lang;
use crate::progress::Status;
use crate::roadmap::ResourceKind;
use crate::view::Shade;

/// A message of the interface. Values inside are our own figures or text
/// already made safe by the printer.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// The learner's record (study time, goal, streak, evidence, the real
    /// pace): its own table, `record.rs`.
    Record(RecordMsg),
    /// The record in the exports: `record_page.rs`.
    RecordPage(RecordPage),

    /// Checklists, alternatives, resource facts and stacks.
    Format(FormatMsg),
    // Labels of diagnostics.
    ErrorLabel,
    WarningLabel,
    HintLabel,
    ErrorWord,
    WarningWord,

    // Shared words.
    Status(Status),
    Already(Status),
    Kind(ResourceKind),
    Overall,
    Optional,
    OptionalMark,

    // next
    AllDone,
    SeeJourney,
    NothingAvailable,
    InProgressMark,
    DoneWhen,
    StartWith,
    MoreAvailable(usize),
    WhenFinished,

    // status
    ColStage,
    ColProgress,
    ColDone,
    ColHoursLeft,
    KeptOrphans(usize),
    OrphanHint,
    PaceLabel,
    PaceNotEnoughHistory,

    // status --all-users
    NoUsersYet,
    ColUser,
    ColLastActivity,
    Unreadable,
    StagesLabel,

    // show
    WaitingOnPrerequisite,
    Resources,
    Requires,
    Unlocks,
    Notes,
    History,

    // log
    NothingRecorded,
    NoteKind,
    MoreOlder(usize),

    // done, start, skip, reset
    Unlocked,
    UnmetPrerequisites {
        step: String,
        missing: Vec<String>,
    },

    // undo, note
    Undid,
    NoteOnBefore,
    NoteOnAfter,
    NoteOnEnd,
    NotedOnBefore,
    NotedOnAfter(usize),
    ReadThemWith,

    // validate
    ValidSummary {
        stages: usize,
        steps: usize,
        warnings: usize,
    },
    InvalidSummary {
        errors: usize,
        warnings: usize,
    },

    // export, graph, import
    Wrote,
    WroteBefore,
    WroteAfter,
    ConvertedCounts {
        topics: usize,
        subtopics: usize,
        stages: usize,
        steps: usize,
    },
    SkippedLabel,
    SkippedNode,
    FollowItWith,
    NothingNew,
    MergedInto {
        user: String,
        roadmap: String,
    },
    NotFollowingImported {
        roadmap: String,
    },

    // Documents: the HTML page, the Markdown checklist, graphs.
    Shade(Shade),
    ShadeShort(Shade),
    PageSummary {
        user: String,
        finished: usize,
        total: usize,
    },
    ChecklistSummary {
        user: String,
        finished: usize,
        total: usize,
        percent: u32,
    },

    SavedButNotPrinted {
        error: String,
    },

    // Errors and their hints.
    BuiltinRoadmap,

    // sync
    SyncSetUp {
        file: String,
    },
    Synced {
        file: String,
    },
    SyncCommitted,
    SyncNothingToCommit,
    SyncReceived(usize),
    SyncMerged,
    /// What a sync merged; only what is not zero is said.
    SyncMergedFigures {
        events: usize,
        notes: usize,
        sessions: usize,
        evidence: usize,
        ticks: usize,
        /// Verifications (`roadmap check`) and settings (goal, stack).
        verifications: usize,
        settings: usize,
        steps: usize,
        applications: usize,
        application_changes: usize,
        /// Mentor comments (`roadmap comment`).
        comments: usize,
    },
    SyncUpdatedOthers(usize),
    SyncRemoteDropped {
        file: String,
    },
    SyncRemoteRewrote,
    SyncPushed,
    SyncPushedAgain(usize),
    SyncNothingToPush,
    SyncRemoteLabel,
    SyncUserLabel,
    SyncDeviceLabel,
    SyncLastLabel,
    SyncToPushLabel,
    SyncToMergeLabel,
    SyncNever,
    SyncCommits(usize),
    SyncAndUncommitted,
    SyncAsOfLastSync,
}

impl Msg {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::text(self),
            Lang::Ja => ja::text(self),
        }
    }
}

/// `1 step`, `2 steps`: an English count with its noun.
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Items joined as a list: `a, b, c`.
pub fn list(items: &[String]) -> String {
    items.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(count(1, "step", "steps"), "1 step");
        assert_eq!(count(0, "step", "steps"), "0 steps");
    }

    #[test]
    fn every_label_has_both_languages() {
        for msg in [Msg::ErrorLabel, Msg::WarningLabel, Msg::HintLabel] {
            assert_ne!(msg.text(Lang::En), msg.text(Lang::Ja));
        }
    }
}
