//! What can be wrong with one check of a step (see `validate/checks.rs`).
//! The words are in `crate::i18n::check_words`.

/// One mistake in a check, with the names found in the file.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckProblem {
    /// `proves` is missing or blank: a learner must see what it proves.
    NoProves,
    /// A field the check's kind needs is missing.
    Needs { field: &'static str },
    /// A field the check's kind does not take.
    NotFor {
        field: &'static str,
        kind: &'static str,
    },
    /// A `git` check that asks for nothing.
    GitChecksNothing,
    /// An `http` host that is not this machine.
    NotLoopback { host: String },
    /// An `http` path that does not start with `/` or holds a space or a
    /// control character.
    BadHttpPath { path: String },
    /// A `file` path that is absolute or climbs out of the project.
    OutsideProject { path: String },
    /// A `pattern` that is not a valid regular expression.
    BadPattern { pattern: String },
    /// `timeout_seconds` outside 1..=600.
    BadTimeout { max: u64 },
    /// An empty `program`, argument, section or stack name.
    EmptyText { field: &'static str },
    /// More checks than a step may have.
    TooMany { checks: usize, max: usize },
}
