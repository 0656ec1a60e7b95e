//! Every error is worded in both languages.

use std::io;
use std::path::PathBuf;
use std::time::Duration;

use super::*;
use crate::error::{DurationOf, ExportProblem, Input, Refusal};
use crate::import::roadmapsh::NotRoadmapsh;
use crate::progress::{DurationError, UrlError};
use crate::store::{LockError, Problem, WriteError};

fn io() -> io::Error {
    io::Error::from(io::ErrorKind::PermissionDenied)
}

/// One of each error, and of each store problem and refusal.
fn samples() -> Vec<Error> {
    let path = || PathBuf::from("/d/users/bob.json");
    let text = || "x".to_string();
    let candidate = |id: &str| Candidate {
        number: Some("1.2".into()),
        id: id.into(),
    };
    let mut errors = vec![
        Error::CannotReadInput {
            what: Input::Roadmap,
            path: text(),
            problem: text(),
        },
        Error::InputTooBig {
            what: Input::RoadmapshFile,
            path: text(),
            size: Some(9),
            limit: 1,
        },
        Error::InputTooBig {
            what: Input::ProgressFile,
            path: text(),
            size: None,
            limit: 1,
        },
        Error::OutputIsAFolder { path: text() },
        Error::CannotWriteOutput {
            path: text(),
            problem: text(),
        },
        Error::OutputFolderMissing {
            path: text(),
            folder: text(),
        },
        Error::Output(io()),
        Error::NoDataDir,
        Error::BadUserName {
            name: text(),
            max_chars: 64,
            max_bytes: 128,
        },
        Error::BadNow { value: text() },
        Error::UnknownStep {
            reference: text(),
            candidates: vec![],
        },
        Error::UnknownStep {
            reference: text(),
            candidates: vec![candidate("a")],
        },
        Error::AmbiguousStep {
            reference: text(),
            candidates: vec![candidate("a"), candidate("b")],
        },
        Error::InvalidRoadmap {
            name: None,
            problems: vec![],
        },
        Error::NotValidRoadmap {
            name: Some(text()),
            errors: 2,
        },
        Error::EmptyNote,
        Error::AtInFuture { text: text() },
        Error::AtTooEarly {
            text: text(),
            year: 2000,
        },
        Error::AtInvalid { text: text() },
        Error::NothingToUndo,
        Error::NothingToSearch,
        Error::NoChecklist { step: text() },
        Error::NotAnItem {
            item: text(),
            step: text(),
            items: 3,
            number: text(),
        },
        Error::UnknownStack {
            name: text(),
            stacks: vec![],
            similar: vec![],
        },
        Error::FormatMismatch {
            asked: "md",
            named: "json",
            file: text(),
        },
        Error::FormatMissing,
        Error::CannotConvert {
            file: text(),
            problem: NotRoadmapsh::NotJson {
                line: 1,
                column: 2,
                detail: text(),
            },
        },
        Error::CannotConvert {
            file: text(),
            problem: NotRoadmapsh::NoNodes,
        },
        Error::CannotConvert {
            file: text(),
            problem: NotRoadmapsh::NoTopics,
        },
        Error::CannotConvert {
            file: text(),
            problem: NotRoadmapsh::DuplicateKey(crate::unique_keys::DuplicateKey {
                key: "k".into(),
                line: 1,
                column: 2,
            }),
        },
        Error::ConvertedInvalid { errors: vec![] },
        Error::NewerExport {
            file: text(),
            version: 9,
            readable: 1,
        },
        Error::ReadFailed {
            path: path(),
            err: io(),
        },
        Error::NotAFile { path: path() },
        Error::DataDirIsAFile { dir: path() },
        Error::CannotCreateDataDir {
            dir: path(),
            err: io(),
        },
        Error::CannotList {
            dir: path(),
            err: io(),
        },
        Error::DanglingSymlink {
            path: path(),
            err: io(),
        },
        Error::BecameALink { path: path() },
        Error::GitMissing(io::Error::from(io::ErrorKind::NotFound)),
        Error::GitMissing(io()),
        Error::GitFailed {
            what: "git init".into(),
            stderr: "fatal: x".into(),
        },
        Error::SyncDefaultUser,
        Error::SyncAlreadySetUp { remote: text() },
        Error::SyncForeignRepository { dir: path() },
        Error::SyncNotSetUp { dir: path() },
        Error::SyncUnreachable {
            remote: text(),
            stderr: "fatal: x".into(),
        },
        Error::SyncPushRefused {
            remote: text(),
            stderr: "fatal: x".into(),
        },
        Error::SyncKeptMoving { attempts: 5 },
        Error::SyncOtherLearner { path: text() },
    ];
    for problem in [DurationError::Unparseable, DurationError::Zero] {
        for of in [DurationOf::Session, DurationOf::Goal] {
            errors.push(Error::BadDuration {
                text: text(),
                problem,
                of,
            });
        }
    }
    for problem in [DurationError::Negative, DurationError::TooLong] {
        for of in [DurationOf::Session, DurationOf::Goal] {
            errors.push(Error::BadDuration {
                text: text(),
                problem,
                of,
            });
        }
    }
    for problem in [
        UrlError::NotHttp,
        UrlError::NoHost,
        UrlError::Spaces,
        UrlError::TooLong,
    ] {
        errors.push(Error::BadUrl {
            shown: text(),
            problem,
            max: 2048,
        });
    }
    for problem in [
        ExportProblem::DuplicateKey {
            key: text(),
            line: 1,
        },
        ExportProblem::Json(text()),
        ExportProblem::FormatIsNot("roadmap-progress"),
        ExportProblem::NoVersion,
        ExportProblem::DateOutOfRange { at: text() },
        ExportProblem::SessionMinutes {
            step: text(),
            minutes: 0,
        },
        ExportProblem::BadLink { step: text() },
        ExportProblem::EmptyId,
    ] {
        errors.push(Error::NotAnExport {
            file: text(),
            problem,
        });
    }
    for err in [
        LockError::Open(io()),
        LockError::NotAFile { symlink: true },
        LockError::NotAFile { symlink: false },
        LockError::Lock(io()),
        LockError::Busy(Duration::from_secs(30)),
    ] {
        errors.push(Error::Lock { path: path(), err });
    }
    for err in [WriteError::Write(io()), WriteError::Flush(io())] {
        errors.push(Error::Write { path: path(), err });
    }
    for why in [Refusal::NotAFile, Refusal::NotAUserFile, Refusal::Reserved] {
        errors.push(Error::SyncRefused { path: text(), why });
    }
    for (problem, again) in store_problems().into_iter().zip(store_problems()) {
        errors.push(Error::SyncRefused {
            path: text(),
            why: Refusal::Unreadable(again),
        });
        errors.push(Error::Unreadable {
            path: path(),
            problem,
        });
    }
    errors
}

fn store_problems() -> Vec<Problem> {
    vec![
        Problem::Empty,
        Problem::CutShort { line: 1, column: 2 },
        Problem::NotJson(String::new()),
        Problem::NotAnObject(JsonType::Array),
        Problem::NoVersion,
        Problem::BadVersion("\"x\"".into()),
        Problem::NeverWritten(0),
        Problem::Shape(String::new()),
        Problem::Migration {
            from: 1,
            problem: String::new(),
        },
        Problem::Newer(7),
        Problem::DateOutOfRange {
            roadmap: "r".into(),
            at: chrono::DateTime::UNIX_EPOCH,
        },
        Problem::DuplicateKey(crate::unique_keys::DuplicateKey {
            key: "k".into(),
            line: 1,
            column: 2,
        }),
    ]
}

#[test]
fn every_error_reads_in_both_languages() {
    for err in samples() {
        let (en, en_hint) = error(&err, Lang::En);
        let (ja, ja_hint) = error(&err, Lang::Ja);
        let japanese = |text: &str| text.chars().any(|c| c > '\u{3000}');
        assert!(!japanese(&en), "{en}");
        assert!(japanese(&ja), "{ja}");
        assert_eq!(en_hint.is_some(), ja_hint.is_some(), "{en}");
        if let (Some(en), Some(ja)) = (en_hint, ja_hint) {
            assert!(!japanese(&en) && japanese(&ja), "{en} / {ja}");
        }
    }
}

#[test]
fn store_errors_name_their_file() {
    for err in samples() {
        let named = matches!(
            err,
            Error::Unreadable { .. }
                | Error::ReadFailed { .. }
                | Error::NotAFile { .. }
                | Error::DataDirIsAFile { .. }
                | Error::CannotCreateDataDir { .. }
                | Error::CannotList { .. }
                | Error::Lock { .. }
                | Error::DanglingSymlink { .. }
                | Error::BecameALink { .. }
                | Error::Write { .. }
        );
        for lang in [Lang::En, Lang::Ja] {
            let (message, _) = error(&err, lang);
            assert!(!named || message.contains("/d/users/bob.json"), "{message}");
        }
    }
    let newer = Error::Unreadable {
        path: "/d/users/bob.json".into(),
        problem: Problem::Newer(7),
    };
    assert!(
        newer
            .to_string()
            .contains("store version 7; this build reads versions 1 to 4)")
    );
}

#[test]
fn names_from_the_remote_are_shown_without_control_characters() {
    let err = Error::SyncRefused {
        path: "users/\u{7}.json".into(),
        why: Refusal::NotAUserFile,
    };
    for lang in [Lang::En, Lang::Ja] {
        let (message, _) = error(&err, lang);
        assert!(!message.contains('\u{7}'), "{message}");
    }
}

#[test]
fn exit_codes_tell_input_from_runtime() {
    assert_eq!(Error::EmptyNote.code(), crate::error::EXIT_INPUT);
    assert_eq!(Error::NoDataDir.code(), crate::error::EXIT_RUNTIME);
    assert_eq!(Error::Output(io()).code(), crate::error::EXIT_RUNTIME);
}
