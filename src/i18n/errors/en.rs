//! Every error in English: one `match`, so a new variant cannot go unworded.

use super::{Worded, candidates_hint, did_you_mean, indented, s, shown_path};
use crate::error::Error;
use crate::i18n::problems;
use crate::i18n::sync::{git_words, shown};
use crate::lang::Lang;
use crate::store::Problem;

fn roadmap_name(name: &Option<String>) -> String {
    name.clone().unwrap_or_else(|| s("built-in roadmap"))
}

const KEPT: &str =
    "the file was left as it is; restore it from a backup, or move it away to start over";
pub(super) const WRITABLE_FOLDER: &str =
    "point --data-dir or ROADMAP_DATA_DIR at a writable folder";
const KEPT_LOCALLY: &str = "nothing is lost: the next `roadmap sync` pushes your changes";

mod details;

use details::input;

pub(super) fn error(err: &Error) -> Worded {
    let (message, hint): (String, Option<String>) = match err {
        Error::CannotReadInput {
            what,
            path,
            problem,
        } => (
            format!("cannot read {} '{path}': {problem}", input(*what)),
            None,
        ),
        Error::InputTooBig {
            what,
            path,
            size: Some(size),
            limit,
        } => (
            format!(
                "{} '{path}' is {size} bytes; the limit is {limit} bytes",
                input(*what)
            ),
            None,
        ),
        Error::InputTooBig {
            what,
            path,
            size: None,
            limit,
        } => (
            format!(
                "{} '{path}' is larger than the limit of {limit} bytes",
                input(*what)
            ),
            None,
        ),
        Error::OutputIsAFolder { path } => (
            format!("'{path}' is a folder"),
            Some(s("give a file name, e.g. -o roadmap.html")),
        ),
        Error::CannotWriteOutput { path, problem } => {
            (format!("cannot write '{path}': {problem}"), None)
        }
        Error::OutputFolderMissing { path, folder } => (
            format!("cannot write '{path}': the folder '{folder}' does not exist"),
            Some(s("create the folder first, or write somewhere else")),
        ),
        Error::Output(err) => (format!("cannot write the output: {err}"), None),
        Error::NoDataDir => (
            s("cannot find a data directory for this platform"),
            Some(s("set --data-dir or ROADMAP_DATA_DIR")),
        ),
        Error::BadUserName {
            name,
            max_chars,
            max_bytes,
        } => (
            format!("invalid user name '{}'", name.escape_debug()),
            Some(format!(
                "use letters, digits, '.', '_' and '-', starting with a letter or digit, at most {} characters ({} bytes)",
                max_chars, max_bytes
            )),
        ),
        Error::BadNow { value } => (
            format!("ROADMAP_NOW '{value}' is not an RFC 3339 time"),
            Some(s(
                "for example ROADMAP_NOW=2026-11-28T12:00:00Z, or unset it",
            )),
        ),
        Error::UnknownStep {
            reference,
            candidates,
        } => (
            format!("unknown step '{reference}'"),
            Some(candidates_hint(candidates, Lang::En).unwrap_or_else(|| {
                format!(
                    "search with `roadmap find {reference}`, or see every step with `roadmap list`"
                )
            })),
        ),
        Error::AmbiguousStep {
            reference,
            candidates,
        } => (
            format!(
                "'{reference}' is ambiguous: it matches {} steps",
                candidates.len()
            ),
            candidates_hint(candidates, Lang::En),
        ),
        Error::InvalidRoadmap { name, problems } => (
            indented(
                format!("invalid roadmap '{}':", roadmap_name(name)),
                problems.iter().map(|p| problems::line(p, Lang::En)),
            ),
            Some(s("run `roadmap validate` for every problem and warning")),
        ),
        Error::NotValidRoadmap { name, errors } => (
            format!(
                "'{}' is not a valid roadmap: {}",
                roadmap_name(name),
                if *errors == 1 {
                    s("1 error")
                } else {
                    format!("{errors} errors")
                }
            ),
            Some(s("docs/roadmap-format.md describes the format")),
        ),
        Error::EmptyNote => (
            s("the note is empty"),
            Some(s(
                "write the note after the step: roadmap note 1.2 \"what I learned\"",
            )),
        ),
        Error::AtInFuture { text } => (format!("--at '{text}' is in the future"), None),
        Error::AtTooEarly { text, year } => (
            format!("--at '{text}' is before {year}-01-01"),
            Some(format!(
                "roadmap keeps dates from the year {year} on; check the year"
            )),
        ),
        Error::AtInvalid { text } => (
            format!("invalid --at date '{text}'"),
            Some(s(
                "use today, yesterday, YYYY-MM-DD, \"YYYY-MM-DD HH:MM\" or RFC 3339 (2026-11-01T09:30:00+09:00)",
            )),
        ),
        // Worded by the catalogues of the commands they belong to.
        Error::NoSuchResource { .. }
        | Error::NotAWebLink { .. }
        | Error::CannotOpenBrowser { .. }
        | Error::Timer(_)
        | Error::Check(_)
        | Error::Apply(_)
        | Error::Mentor(_)
        | Error::Cohort(_)
        | Error::DateNotKept { .. }
        | Error::StoreTooBig { .. }
        | Error::ExportTooBig { .. }
        | Error::BatchNotKept { .. } => super::elsewhere(err, Lang::En),
        Error::NothingToUndo => (
            s("nothing to undo: no changes are recorded"),
            Some(s(
                "undo takes back done, start, skip, reset, note, tick, untick, study and evidence",
            )),
        ),
        Error::NothingToSearch => (
            s("nothing to search for"),
            Some(s("give one or more words: roadmap find sql")),
        ),
        Error::NoChecklist { step } => (
            format!("step {step} has no checklist"),
            Some(s(
                "only steps with a checklist can be ticked; `roadmap done` finishes a step",
            )),
        ),
        Error::NotAnItem {
            item,
            step,
            items,
            number,
        } => (
            format!("'{item}' is not an item of step {step}: it has items 1 to {items}"),
            Some(format!(
                "`roadmap show {number}` lists the items with their numbers"
            )),
        ),
        Error::UnknownStack {
            name,
            stacks,
            similar,
        } => (
            format!("this roadmap has no resources for the stack '{name}'"),
            Some(match similar.as_slice() {
                _ if stacks.is_empty() => s("This roadmap's resources name no stack."),
                [] => format!("the stacks in this roadmap: {}", stacks.join(", ")),
                similar => did_you_mean(similar, Lang::En),
            }),
        ),
        Error::BadDuration { text, problem, of } => details::duration(text, *problem, *of),
        Error::BadUrl {
            shown,
            problem,
            max,
        } => details::url(shown, *problem, *max),
        Error::FormatMismatch { asked, named, file } => (
            format!("--format {asked} does not match the file name '{file}'"),
            Some(format!(
                "leave out --format to write {named}, or give the file a .{asked} name"
            )),
        ),
        Error::FormatMissing => (
            s("which format? give --format md, json or html"),
            Some(s(
                "or write to a file named .md, .json or .html: roadmap export -o roadmap.html",
            )),
        ),
        Error::CannotConvert { file, problem } => (
            format!(
                "cannot convert '{file}': {}",
                details::not_roadmapsh(problem)
            ),
            Some(s(
                "give the roadmap's JSON file from roadmap.sh ({nodes, edges})",
            )),
        ),
        Error::ConvertedInvalid { errors } => (
            indented(
                s("the converted roadmap would not be valid:"),
                errors.iter().map(|p| problems::line(p, Lang::En)),
            ),
            Some(s("check --id and --title: neither may be empty")),
        ),
        Error::NotAnExport { file, problem } => (
            format!(
                "'{file}' is not a progress export: {}",
                details::export_problem(problem)
            ),
            Some(s(
                "use a file written by `roadmap export --format json`; nothing was changed",
            )),
        ),
        Error::NewerExport {
            file,
            version,
            readable,
        } => (
            format!(
                "'{file}' was written by a newer roadmap (export version {version}; this build reads up to {readable})"
            ),
            Some(s("upgrade roadmap to import it; nothing was changed")),
        ),

        Error::Unreadable { path, problem } => (
            format!(
                "cannot read '{}': {}",
                shown_path(path),
                details::store_problem(problem)
            ),
            Some(s(match problem {
                Problem::Newer(_) => "upgrade roadmap to use it; the file was left as it is",
                _ => KEPT,
            })),
        ),
        Error::ReadFailed { path, err } => {
            (format!("cannot read '{}': {err}", shown_path(path)), None)
        }
        Error::NotAFile { path } => (
            format!(
                "cannot read '{}': it is not a regular file",
                shown_path(path)
            ),
            Some(s(
                "move it away; roadmap keeps each user's progress in a file of that name",
            )),
        ),
        Error::DataDirIsAFile { dir } => (
            format!(
                "the data directory '{}' is a file, not a folder",
                shown_path(dir)
            ),
            Some(s("point --data-dir or ROADMAP_DATA_DIR at a folder")),
        ),
        Error::CannotCreateDataDir { dir, err } => (
            format!("cannot create data directory '{}': {err}", shown_path(dir)),
            Some(s(WRITABLE_FOLDER)),
        ),
        Error::CannotList { dir, err } => {
            (format!("cannot list '{}': {err}", shown_path(dir)), None)
        }
        Error::Lock { path, err } => details::lock(&shown_path(path), err),
        Error::DanglingSymlink { path, err } => (
            format!(
                "'{}' is a symlink whose target cannot be reached: {err}",
                shown_path(path)
            ),
            Some(s("fix or remove the symlink; nothing was changed")),
        ),
        Error::BecameALink { path } => (
            format!(
                "'{}' was replaced by a symlink or relinked while roadmap was using it",
                shown_path(path)
            ),
            Some(s(
                "nothing was changed; check what replaced it, then try again",
            )),
        ),
        Error::Write { path, err } => details::write(&shown_path(path), err),

        Error::GitMissing(err) => (
            if err.kind() == std::io::ErrorKind::NotFound {
                s("sync needs git, and no `git` program was found on PATH")
            } else {
                format!("cannot run git: {err}")
            },
            Some(s(
                "install Git (Debian/Ubuntu: sudo apt-get install git; macOS: xcode-select --install; Windows: winget install Git.Git), then run the command again",
            )),
        ),
        Error::GitFailed { what, stderr } => {
            (format!("{what} failed:\n  {}", git_words(stderr)), None)
        }
        Error::SyncDefaultUser => (
            s(
                "sync needs a user name of your own, not 'default': two people who both use 'default' would merge into one file",
            ),
            Some(s("run `roadmap --user <name> sync init <REMOTE>`")),
        ),
        Error::SyncAlreadySetUp { remote } => (
            format!("this data directory already syncs with '{remote}'"),
            Some(s(
                "run `roadmap sync` to sync, `roadmap sync status` to see where things stand",
            )),
        ),
        Error::SyncForeignRepository { dir } => (
            format!(
                "'{}' is a git repository that roadmap did not set up",
                dir.display()
            ),
            Some(s(
                "use another data directory (--data-dir), or remove its .git folder if it is not needed",
            )),
        ),
        Error::SyncNotSetUp { dir } => (
            format!("sync is not set up for '{}'", dir.display()),
            Some(s("run `roadmap --user <name> sync init <REMOTE>` first")),
        ),
        Error::SyncUnreachable { remote, stderr } => (
            format!(
                "could not reach the remote '{remote}'; the push failed and will be retried:\n  {}",
                git_words(stderr)
            ),
            Some(s(KEPT_LOCALLY)),
        ),
        Error::SyncPushRefused { remote, stderr } => (
            format!(
                "the remote '{remote}' refused the push:\n  {}",
                git_words(stderr)
            ),
            Some(s(KEPT_LOCALLY)),
        ),
        Error::SyncKeptMoving { attempts } => (
            format!("other devices kept pushing first; gave up after {attempts} attempts"),
            Some(s(KEPT_LOCALLY)),
        ),
        Error::SyncOtherLearner { path } => {
            let path = shown(path);
            (
                format!(
                    "stopped: the merge would rewrite '{path}', another learner's file; nothing was merged or pushed"
                ),
                Some(format!(
                    "a learner's sync changes only their own file; `roadmap sync restore {}` puts '{path}' back as the last sync left it (and says what is lost)",
                    crate::i18n::cohort::owner(&path)
                )),
            )
        }
        Error::SyncRefused { path, why } => (
            format!(
                "refused '{}' from the remote: {}",
                shown(path),
                details::refusal(path, why)
            ),
            Some(s(
                "the local file was kept and nothing was merged or pushed; fix or remove the file on the remote, then sync again",
            )),
        ),
    };
    Worded { message, hint }
}
