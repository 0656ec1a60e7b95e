//! The parts of the English wording that are matches of their own: the store's
//! problems, a progress export's, a lock's, a duration's and a link's.

use super::super::{json_type, readable_versions};
use crate::error::Refusal;
use crate::error::{DurationOf, ExportProblem};
use crate::i18n::errors::s;
use crate::i18n::sync::shown;
use crate::import::roadmapsh::NotRoadmapsh;
use crate::lang::Lang;
use crate::progress::{DurationError, UrlError};
use crate::store::{LockError, Problem, WriteError};

/// A lock file that cannot be taken.
pub(super) fn lock(path: &str, err: &LockError) -> (String, Option<String>) {
    match err {
        LockError::Open(err) => (
            format!("cannot open lock file '{path}': {err}"),
            Some(s(super::WRITABLE_FOLDER)),
        ),
        LockError::NotAFile { symlink } => (
            format!(
                "the lock file '{path}' is {}",
                if *symlink {
                    "a symlink, which roadmap never follows"
                } else {
                    "not a regular file"
                }
            ),
            Some(s(
                "remove it (roadmap creates it again); nothing was changed",
            )),
        ),
        LockError::Lock(err) => (
            format!("cannot lock '{path}': {err}"),
            Some(s(
                "the data directory must be on a file system that supports file locks",
            )),
        ),
        LockError::Busy(patience) => (
            format!(
                "another roadmap command has held '{path}' for over {} seconds",
                patience.as_secs()
            ),
            Some(s(
                "finish or resume that command (a stopped one keeps the lock); nothing was changed",
            )),
        ),
    }
}

/// A user file that cannot be saved.
pub(super) fn write(path: &str, err: &WriteError) -> (String, Option<String>) {
    match err {
        WriteError::Write(err) => (
            format!("cannot write '{}': {err}", path),
            Some(s(
                "the file was left as it was; free some space or fix the folder's permissions, then try again",
            )),
        ),
        WriteError::Flush(err) => (
            format!(
                "saved '{}' but could not flush its folder to disk: {err}",
                path
            ),
            Some(s("the change is in place; it may not survive a power cut")),
        ),
    }
}

/// Why a file from the remote is refused.
pub(super) fn refusal(path: &str, why: &Refusal) -> String {
    match why {
        Refusal::NotAFile => s("it is not a plain file (a symlink or a submodule)"),
        Refusal::NotAUserFile => s("only users/<name>.json files are synced"),
        Refusal::Reserved => s("that name is kept for each machine's own use"),
        Refusal::Executable => crate::i18n::limits::executable(Lang::En),
        Refusal::Unreadable(problem) => {
            format!("cannot read '{}': {}", shown(path), store_problem(problem))
        }
    }
}

/// A duration `study` or `goal` cannot take.
pub(super) fn duration(
    text: &str,
    problem: DurationError,
    of: DurationOf,
) -> (String, Option<String>) {
    (
        match problem {
            DurationError::Unparseable => format!("cannot read the duration '{text}'"),
            DurationError::Zero => format!("the duration '{text}' is zero"),
            DurationError::Negative => format!("the duration '{text}' is negative"),
            DurationError::TooLong => match of {
                DurationOf::Session => {
                    format!("the duration '{text}' is longer than 24 hours")
                }
                DurationOf::Goal => {
                    format!("a weekly goal of '{text}' is more than a week has")
                }
            },
        },
        Some(s(match (of, problem) {
            (DurationOf::Session, _) => {
                "write it like 90m, 1h30m, 1.5h or 90 (a bare number is minutes): more than 0, at most 24h"
            }
            (DurationOf::Goal, DurationError::TooLong) => {
                "a goal is study time per week, like 5h or 10h"
            }
            (DurationOf::Goal, _) => {
                "write it like 5h, 90m, 1h30m or 300 (a bare number is minutes): more than 0, at most 168h a week"
            }
        })),
    )
}

/// An evidence link that is no link.
pub(super) fn url(shown: &str, problem: UrlError, max: usize) -> (String, Option<String>) {
    (
        match problem {
            UrlError::NotHttp => format!("evidence '{shown}' is not an http or https link"),
            UrlError::NoHost => format!("evidence '{shown}' has no host name"),
            UrlError::Spaces => {
                format!("evidence '{shown}' contains spaces or invisible characters")
            }
            UrlError::TooLong => {
                format!("evidence link is longer than {max} bytes: '{shown}'")
            }
        },
        Some(s("give a link like https://github.com/you/project")),
    )
}

/// Why a store file cannot be read, after "cannot read 'path': ".
pub(super) fn store_problem(problem: &Problem) -> String {
    match problem {
        Problem::Empty => s("the file is empty"),
        Problem::CutShort { line, column } => {
            format!("the file ends too early (line {line}, column {column}): it was cut short")
        }
        Problem::NotJson(err) => format!("it is not valid JSON: {err}"),
        Problem::NotAnObject(found) => format!(
            "expected a JSON object with 'version' and 'roadmaps', found {}",
            json_type(*found, Lang::En)
        ),
        Problem::NoVersion => s("it has no 'version' field, so it is not a roadmap store"),
        Problem::BadVersion(value) => format!("its 'version' is {value}, not a version number"),
        Problem::NeverWritten(version) => format!(
            "store version {version} was never written by roadmap (versions start at {})",
            readable_versions().0
        ),
        Problem::Shape(err) => format!("unexpected content: {err}"),
        Problem::Migration { from, problem } => {
            format!("cannot migrate it from version {from}: {problem}")
        }
        Problem::DuplicateKey(duplicate) => format!(
            "duplicate key '{}' at line {}, column {}: one of the two would be lost",
            crate::unique_keys::shown(&duplicate.key),
            duplicate.line,
            duplicate.column
        ),
        Problem::TooBig(size) => crate::i18n::limits::too_big(*size, Lang::En),
        Problem::BatchOutOfRange(batch) => {
            crate::i18n::limits::batch_out_of_range(*batch, Lang::En)
        }
        Problem::DateOutOfRange { roadmap, at } => format!(
            "the progress on '{roadmap}' has the date {}; roadmap keeps dates from {} to before {}",
            at.to_rfc3339(),
            crate::progress::EARLIEST_YEAR,
            crate::progress::LATEST_YEAR
        ),
        Problem::Newer(version) => {
            let readable = match readable_versions() {
                (oldest, newest) if oldest == newest => format!("version {newest}"),
                (oldest, newest) => format!("versions {oldest} to {newest}"),
            };
            format!(
                "it was written by a newer roadmap (store version {version}; this build reads {readable})"
            )
        }
    }
}

pub(super) fn export_problem(problem: &ExportProblem) -> String {
    match problem {
        ExportProblem::DuplicateKey { key, line } => {
            format!("duplicate key '{key}' at line {line}")
        }
        ExportProblem::Json(detail) => detail.clone(),
        ExportProblem::FormatIsNot(format) => format!("its \"format\" is not \"{format}\""),
        ExportProblem::NoVersion => s("it has no \"version\""),
        ExportProblem::DateOutOfRange { at } => format!(
            "it has the date {at}; roadmap keeps dates from {} to before {}",
            crate::progress::EARLIEST_YEAR,
            crate::progress::LATEST_YEAR
        ),
        ExportProblem::SessionMinutes { step, minutes } => {
            format!("step '{step}' has a study session of {minutes} minutes (1 to 1440 are kept)")
        }
        ExportProblem::BadLink { step } => {
            format!("step '{step}' has evidence that is not an http or https link")
        }
        ExportProblem::EmptyId => s("the roadmap id is empty"),
    }
}

/// Why a file is not a roadmap.sh roadmap.
pub(super) fn not_roadmapsh(problem: &NotRoadmapsh) -> String {
    match problem {
        NotRoadmapsh::NotJson {
            line,
            column,
            detail,
        } => format!("not JSON (line {line}, column {column}): {detail}"),
        NotRoadmapsh::DuplicateKey(duplicate) => format!(
            "duplicate key '{}' at line {}, column {}",
            crate::unique_keys::shown(&duplicate.key),
            duplicate.line,
            duplicate.column
        ),
        NotRoadmapsh::NoNodes => s(
            "no \"nodes\" list: a roadmap.sh roadmap file is a JSON object with \"nodes\" and \"edges\"",
        ),
        NotRoadmapsh::NoTopics => s(
            "no nodes of type 'topic' or 'subtopic' with a label: is this a roadmap.sh roadmap file?",
        ),
    }
}

/// What kind of file the user named.
pub(super) fn input(what: crate::error::Input) -> &'static str {
    match what {
        crate::error::Input::Roadmap => "roadmap",
        crate::error::Input::RoadmapshFile => "roadmap.sh file",
        crate::error::Input::ProgressFile => "progress file",
    }
}
