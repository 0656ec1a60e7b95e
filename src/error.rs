//! Errors that reach the user, as data: what went wrong, with the paths,
//! texts and figures involved. Nothing here is worded: the words of each
//! variant are in the catalogue (`crate::i18n::errors`), one exhaustive
//! `match` per language, chosen when the error is reported (and its
//! `Display`, in English, is there too). [`Error::code`] gives the exit code.

use std::io;
use std::path::PathBuf;

use crate::import::roadmapsh::NotRoadmapsh;
use crate::progress::{DurationError, UrlError};
use crate::roadmap::Problem as RoadmapProblem;
pub mod cohort;
mod kinds;
pub mod store;

use store::{LockError, Problem as StoreProblem, WriteError};

/// Exit code for bad input or usage: unknown step, invalid roadmap, bad flag.
pub const EXIT_INPUT: u8 = 2;
/// Exit code for runtime failures: I/O, a corrupt or newer store.
pub const EXIT_RUNTIME: u8 = 1;

pub use kinds::{Candidate, DurationOf, ExportProblem, Input, Refusal};

/// Everything that can go wrong, as data.
#[derive(Debug)]
pub enum Error {
    // Files the user names.
    /// A file the user named that cannot be read; `problem` is the
    /// system's own text.
    CannotReadInput {
        what: Input,
        path: String,
        problem: String,
    },
    /// A file the user named that is over the size limit (`None`: an
    /// endless source).
    InputTooBig {
        what: Input,
        path: String,
        size: Option<u64>,
        limit: usize,
    },
    /// An output file named that is a folder.
    OutputIsAFolder {
        path: String,
    },
    /// An output file that cannot be written.
    CannotWriteOutput {
        path: String,
        problem: String,
    },
    /// An output file in a folder that does not exist.
    OutputFolderMissing {
        path: String,
        folder: String,
    },
    /// The report could not be written to stdout (a full disk behind
    /// `>file`, a closed terminal).
    Output(io::Error),

    // Settings.
    /// The platform has no place for application data.
    NoDataDir,
    /// `--user` or `ROADMAP_USER` that cannot be a file name, with the
    /// limits of a name.
    BadUserName {
        name: String,
        max_chars: usize,
        max_bytes: usize,
    },
    /// `ROADMAP_NOW` that is no time.
    BadNow {
        value: String,
    },

    // Steps and what is asked of them.
    /// A step reference that names no step; `candidates` are close ids.
    UnknownStep {
        reference: String,
        candidates: Vec<Candidate>,
    },
    /// A step reference that names several steps.
    AmbiguousStep {
        reference: String,
        candidates: Vec<Candidate>,
    },
    /// The followed roadmap has problems (`None`: the built-in one).
    InvalidRoadmap {
        name: Option<String>,
        problems: Vec<RoadmapProblem>,
    },
    /// `validate` found errors.
    NotValidRoadmap {
        name: Option<String>,
        errors: usize,
    },
    /// A note with no text.
    EmptyNote,
    /// `--at` in the future.
    AtInFuture {
        text: String,
    },
    /// `--at` before the dates roadmap keeps.
    AtTooEarly {
        text: String,
        year: i32,
    },
    /// `--at` that is no date.
    AtInvalid {
        text: String,
    },
    /// `undo` with nothing recorded.
    NothingToUndo,
    /// `find` with no words.
    NothingToSearch,
    /// `tick` on a step without a checklist; `step` is "number id".
    NoChecklist {
        step: String,
    },
    /// `tick` of an item the checklist does not have.
    NotAnItem {
        item: String,
        step: String,
        items: usize,
        number: String,
    },
    /// `stack` with a name no step offers; `similar` are close names.
    UnknownStack {
        name: String,
        stacks: Vec<String>,
        similar: Vec<String>,
    },
    /// A duration `study` or `goal` cannot take.
    BadDuration {
        text: String,
        problem: DurationError,
        of: DurationOf,
    },
    /// An evidence link that is no link; `shown` is cut short and escaped.
    BadUrl {
        shown: String,
        problem: UrlError,
        max: usize,
    },
    /// `export --format` that contradicts the file name.
    FormatMismatch {
        asked: &'static str,
        named: &'static str,
        file: String,
    },
    /// `export` with neither `--format` nor a file name that says it.
    FormatMissing,

    // Imports.
    /// A roadmap.sh file that cannot be converted.
    CannotConvert {
        file: String,
        problem: NotRoadmapsh,
    },
    /// A conversion whose result would not validate.
    ConvertedInvalid {
        errors: Vec<RoadmapProblem>,
    },
    /// A file that is not a progress export.
    NotAnExport {
        file: String,
        problem: ExportProblem,
    },
    /// A change not saved: it holds a date the store does not keep,
    /// mostly from a wrong clock (the system's or `ROADMAP_NOW`).
    DateNotKept {
        at: String,
    },
    /// A change not saved: the user file would be over its size limit.
    StoreTooBig {
        path: String,
        size: usize,
        limit: usize,
    },
    /// A change not saved: an undo batch number past the limit (only a
    /// hostile or hand-edited file brings one).
    BatchNotKept {
        batch: u64,
    },
    /// A JSON export `import progress` would refuse as too big.
    ExportTooBig {
        size: usize,
        limit: usize,
    },
    /// A progress export from a newer build.
    NewerExport {
        file: String,
        version: u64,
        readable: u64,
    },
    /// `open` with a resource number the step does not list.
    NoSuchResource {
        step: String,
        n: u16,
        count: usize,
    },
    /// `open` on a resource whose link is not http or https.
    NotAWebLink {
        url: String,
    },
    /// `open` could not start a browser.
    CannotOpenBrowser {
        url: String,
        problem: String,
    },
    /// The study timer refused to start or stop: the words are in
    /// `i18n::TimerMsg` (message, hint).
    Timer(Box<(crate::view::TimerMsg, Option<crate::view::TimerMsg>)>),
    /// `roadmap check` refused or failed (worded in `i18n::check_words`).
    Check(Box<crate::check::Refusal>),
    /// What `roadmap apply` refuses (worded in `i18n::apply`).
    Apply(crate::progress::ApplyProblem),
    /// What `roadmap comment` or the cohort page refuses.
    Mentor(crate::progress::MentorProblem),
    /// Sharing a data folder with a cohort (`cohort::CohortError`).
    Cohort(cohort::CohortError),

    // The store.
    /// A user file this build cannot read.
    Unreadable {
        path: PathBuf,
        problem: StoreProblem,
    },
    /// A user file the system would not let us read.
    ReadFailed {
        path: PathBuf,
        err: io::Error,
    },
    /// Something other than a file (a folder, a pipe) where a user file goes.
    NotAFile {
        path: PathBuf,
    },
    DataDirIsAFile {
        dir: PathBuf,
    },
    CannotCreateDataDir {
        dir: PathBuf,
        err: io::Error,
    },
    CannotList {
        dir: PathBuf,
        err: io::Error,
    },
    Lock {
        path: PathBuf,
        err: LockError,
    },
    /// A user file that is a symlink to nothing (a dotfiles folder not
    /// mounted, a moved repository): neither empty progress nor a new file.
    DanglingSymlink {
        path: PathBuf,
        err: io::Error,
    },
    /// The user file (or its link) changed into a link while a command
    /// was using it: writing through it could overwrite another file.
    BecameALink {
        path: PathBuf,
    },
    Write {
        path: PathBuf,
        err: WriteError,
    },

    // Sync. Git's own words (`stderr`) are passed on.
    /// git cannot be started.
    GitMissing(io::Error),
    /// A git command that failed; `what` is the command, `git init`.
    GitFailed {
        what: String,
        stderr: String,
    },
    /// `sync init` as the user `default`.
    SyncDefaultUser,
    /// `sync init` where sync is set up; `remote` without credentials.
    SyncAlreadySetUp {
        remote: String,
    },
    /// `sync init` in a git repository roadmap did not make.
    SyncForeignRepository {
        dir: PathBuf,
    },
    /// `sync` before `sync init`.
    SyncNotSetUp {
        dir: PathBuf,
    },
    /// The remote cannot be reached.
    SyncUnreachable {
        remote: String,
        stderr: String,
    },
    /// The remote refused the push.
    SyncPushRefused {
        remote: String,
        stderr: String,
    },
    /// Other devices kept pushing first.
    SyncKeptMoving {
        attempts: usize,
    },
    /// The merge would rewrite another learner's file.
    SyncOtherLearner {
        path: String,
    },
    /// A file from the remote that sync does not take.
    SyncRefused {
        path: String,
        why: Refusal,
    },
}

impl Error {
    /// The exit code: 2 for what the user asked that cannot be, 1 for
    /// what failed around them (files, disks, the network).
    pub fn code(&self) -> u8 {
        match self {
            Error::CannotReadInput { .. }
            | Error::InputTooBig { .. }
            | Error::OutputIsAFolder { .. }
            | Error::OutputFolderMissing { .. }
            | Error::BadUserName { .. }
            | Error::BadNow { .. }
            | Error::UnknownStep { .. }
            | Error::AmbiguousStep { .. }
            | Error::InvalidRoadmap { .. }
            | Error::NotValidRoadmap { .. }
            | Error::EmptyNote
            | Error::AtInFuture { .. }
            | Error::AtTooEarly { .. }
            | Error::AtInvalid { .. }
            | Error::NothingToUndo
            | Error::NothingToSearch
            | Error::NoChecklist { .. }
            | Error::NotAnItem { .. }
            | Error::UnknownStack { .. }
            | Error::BadDuration { .. }
            | Error::BadUrl { .. }
            | Error::FormatMismatch { .. }
            | Error::FormatMissing
            | Error::CannotConvert { .. }
            | Error::ConvertedInvalid { .. }
            | Error::NotAnExport { .. }
            | Error::NewerExport { .. }
            | Error::SyncDefaultUser
            | Error::SyncAlreadySetUp { .. }
            | Error::SyncForeignRepository { .. }
            | Error::SyncNotSetUp { .. }
            | Error::NoSuchResource { .. }
            | Error::NotAWebLink { .. }
            | Error::Timer(_)
            | Error::Apply(_)
            | Error::Mentor(_) => EXIT_INPUT,
            Error::Check(refusal) => refusal.code(),
            Error::Cohort(err) => err.code(),
            Error::CannotWriteOutput { .. }
            | Error::CannotOpenBrowser { .. }
            | Error::Output(_)
            | Error::NoDataDir
            | Error::Unreadable { .. }
            | Error::ReadFailed { .. }
            | Error::NotAFile { .. }
            | Error::DataDirIsAFile { .. }
            | Error::CannotCreateDataDir { .. }
            | Error::CannotList { .. }
            | Error::Lock { .. }
            | Error::DanglingSymlink { .. }
            | Error::BecameALink { .. }
            | Error::Write { .. }
            | Error::GitMissing(_)
            | Error::GitFailed { .. }
            | Error::SyncUnreachable { .. }
            | Error::SyncPushRefused { .. }
            | Error::SyncKeptMoving { .. }
            | Error::SyncOtherLearner { .. }
            | Error::SyncRefused { .. }
            | Error::DateNotKept { .. }
            | Error::StoreTooBig { .. }
            | Error::ExportTooBig { .. }
            | Error::BatchNotKept { .. } => EXIT_RUNTIME,
        }
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = anyhow::Error> = std::result::Result<T, E>;
