//! Errors that reach the user: what went wrong, a hint, and an exit code.

use std::fmt;

/// Exit code for bad input or usage: unknown step, invalid roadmap, bad flag.
pub const EXIT_INPUT: u8 = 2;
/// Exit code for runtime failures: I/O, a corrupt or newer store.
pub const EXIT_RUNTIME: u8 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The user asked for something that cannot be: exit 2.
    Input,
    /// The world failed us (files, disks): exit 1.
    Runtime,
}

/// An error with its exit code and an optional hint. Anything else that
/// fails (an `anyhow::Error` without a `Failure` inside) is a runtime error.
#[derive(Debug)]
pub struct Failure {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
}

impl Failure {
    pub fn input(message: impl Into<String>) -> Failure {
        Failure {
            kind: Kind::Input,
            message: message.into(),
            hint: None,
        }
    }

    pub fn runtime(message: impl Into<String>) -> Failure {
        Failure {
            kind: Kind::Runtime,
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Failure {
        self.hint = Some(hint.into());
        self
    }

    pub fn exit_code(&self) -> u8 {
        match self.kind {
            Kind::Input => EXIT_INPUT,
            Kind::Runtime => EXIT_RUNTIME,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

/// What went wrong, as data: the paths, texts and references involved.
/// The words come from the catalogue when the error is reported
/// (`crate::report_error`), in the language of the diagnostics.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// A file the user named that cannot be read. `what` is one of
    /// "roadmap", "roadmap.sh file", "progress file".
    CannotReadInput {
        what: String,
        path: String,
        problem: String,
    },
    /// A file the user named that is over the size limit (`None`: an
    /// endless source).
    InputTooBig {
        what: String,
        path: String,
        size: Option<u64>,
        limit: usize,
    },
    /// An output file named that is a folder.
    OutputIsAFolder { path: String },
    /// An output file that cannot be written.
    CannotWriteOutput { path: String, problem: String },
    /// An output file in a folder that does not exist.
    OutputFolderMissing { path: String, folder: String },
    /// The platform has no place for application data.
    NoDataDir,
    /// A step reference that names no step.
    UnknownStep {
        reference: String,
        candidates: Vec<String>,
    },
    /// A step reference that names several steps.
    AmbiguousStep {
        reference: String,
        candidates: Vec<String>,
    },
    /// The followed roadmap has problems (`None`: the built-in one).
    InvalidRoadmap {
        name: Option<String>,
        problems: Vec<String>,
    },
    /// `validate` found errors.
    NotValidRoadmap { name: Option<String>, errors: usize },
    /// A note with no text.
    EmptyNote,
    /// `--at` in the future.
    AtInFuture { text: String },
    /// `--at` before the dates roadmap keeps.
    AtTooEarly { text: String, year: i32 },
    /// `--at` that is no date.
    AtInvalid { text: String },
    /// `undo` with nothing recorded.
    NothingToUndo,
    /// A roadmap.sh file that cannot be converted.
    CannotConvert { file: String, problem: String },
    /// A conversion whose result would not validate.
    ConvertedInvalid { errors: Vec<String> },
    /// A file that is not a progress export.
    NotAnExport {
        file: String,
        problem: crate::i18n::Msg,
    },
    /// A progress export from a newer build.
    NewerExport {
        file: String,
        version: u64,
        readable: u64,
    },
    /// `open` with a resource number the step does not list.
    NoSuchResource { step: String, n: u16, count: usize },
    /// `open` on a resource whose link is not http or https.
    NotAWebLink { url: String },
    /// `open` could not start a browser.
    CannotOpenBrowser { url: String, problem: String },
    /// The study timer refused to start or stop: the words are in
    /// `i18n::TimerMsg` (message, hint).
    Timer(Box<(crate::i18n::TimerMsg, Option<crate::i18n::TimerMsg>)>),
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::UnknownStep { .. }
            | Error::AmbiguousStep { .. }
            | Error::InvalidRoadmap { .. }
            | Error::NotValidRoadmap { .. }
            | Error::EmptyNote
            | Error::AtInFuture { .. }
            | Error::AtTooEarly { .. }
            | Error::AtInvalid { .. }
            | Error::NothingToUndo
            | Error::CannotConvert { .. }
            | Error::ConvertedInvalid { .. }
            | Error::NotAnExport { .. }
            | Error::NewerExport { .. }
            | Error::CannotReadInput { .. }
            | Error::InputTooBig { .. }
            | Error::OutputIsAFolder { .. }
            | Error::OutputFolderMissing { .. }
            | Error::NoSuchResource { .. }
            | Error::NotAWebLink { .. }
            | Error::Timer(_) => EXIT_INPUT,
            Error::CannotWriteOutput { .. } => EXIT_RUNTIME,
            Error::NoDataDir => EXIT_RUNTIME,
            Error::CannotOpenBrowser { .. } => EXIT_RUNTIME,
        }
    }
}

impl fmt::Display for Error {
    /// The English wording, for logs and `anyhow` chains.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (message, _) = crate::i18n::error(self, crate::lang::Lang::En);
        f.write_str(&message)
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = anyhow::Error> = std::result::Result<T, E>;
