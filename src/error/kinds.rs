//! The small kinds of data that errors carry: which input, which
//! duration, why sync refuses a file, why an export cannot be imported,
//! the candidates of a step reference.

use super::StoreProblem;

/// A file the user names on the command line, as errors name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// `--roadmap FILE`, `validate FILE`.
    Roadmap,
    /// `import roadmapsh FILE`.
    RoadmapshFile,
    /// `import progress FILE`.
    ProgressFile,
}

/// Which command's duration was refused: each states its own limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationOf {
    /// A study session (`study`), at most a day.
    Session,
    /// A weekly goal (`goal`), at most a week.
    Goal,
}

/// Why a file from the sync remote is refused.
#[derive(Debug, PartialEq)]
pub enum Refusal {
    /// A symlink, a submodule: not a plain file.
    NotAFile,
    /// Under `users/` but not `users/<valid name>.json`.
    NotAUserFile,
    /// A name sync keeps for this machine alone.
    Reserved,
    /// The store refused its contents (corrupt, newer, not a store).
    Unreadable(StoreProblem),
    /// An executable file (mode 755).
    Executable,
}

/// Why a file is not a progress export (`import progress`).
#[derive(Debug, Clone, PartialEq)]
pub enum ExportProblem {
    /// The same key twice in an object: one would be lost.
    DuplicateKey {
        key: String,
        line: usize,
    },
    /// What serde_json says is wrong, as it says it.
    Json(String),
    /// Its `"format"` is not the one exports carry.
    FormatIsNot(&'static str),
    NoVersion,
    /// A date roadmap does not keep.
    DateOutOfRange {
        at: String,
    },
    /// A study session of a length no session has.
    SessionMinutes {
        step: String,
        minutes: u32,
    },
    /// An evidence link that is no link.
    BadLink {
        step: String,
    },
    EmptyId,
}

/// A step an unknown or ambiguous reference may have meant: its id, and
/// its number (`2.3`), which is quicker to type.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub number: Option<String>,
    pub id: String,
}
