//! The words of [`Error`]: each variant as messages of the catalogue.

use super::{Msg, OpenMsg};
use crate::error::Error;
use crate::lang::Lang;

/// The message and hint of an error, in `lang`.
pub fn error(err: &Error, lang: Lang) -> (String, Option<String>) {
    let t = |msg: Msg| msg.text(lang);
    let candidates_hint = |candidates: &[String]| match candidates {
        [] => t(Msg::ListHint),
        [one] => t(Msg::DidYouMean { one: one.clone() }),
        many => t(Msg::DidYouMeanOneOf {
            candidates: many.to_vec(),
        }),
    };
    let name = |name: &Option<String>| name.clone().unwrap_or_else(|| t(Msg::BuiltinRoadmap));
    let indented = |head: String, lines: &[String]| {
        let mut text = head;
        for line in lines {
            text.push_str("\n  ");
            text.push_str(line);
        }
        text
    };
    match err {
        Error::OutputFolderMissing { path, folder } => (
            super::ux::UxMsg::OutputFolderMissing {
                path: path.clone(),
                folder: folder.clone(),
            }
            .text(lang),
            Some(super::ux::UxMsg::OutputFolderMissingHint.text(lang)),
        ),
        Error::OutputIsAFolder { path } => (
            t(Msg::OutputIsAFolder { path: path.clone() }),
            Some(t(Msg::OutputIsAFolderHint)),
        ),
        Error::CannotWriteOutput { path, problem } => (
            t(Msg::CannotWriteOutput {
                path: path.clone(),
                problem: problem.clone(),
            }),
            None,
        ),
        Error::CannotReadInput {
            what,
            path,
            problem,
        } => (
            t(Msg::CannotReadInput {
                what: t(Msg::InputKind(what.clone())),
                path: path.clone(),
                problem: problem.clone(),
            }),
            None,
        ),
        Error::InputTooBig {
            what,
            path,
            size,
            limit,
        } => (
            t(Msg::InputTooBig {
                what: t(Msg::InputKind(what.clone())),
                path: path.clone(),
                size: *size,
                limit: *limit,
            }),
            None,
        ),
        Error::NoDataDir => (t(Msg::NoDataDir), Some(t(Msg::NoDataDirHint))),
        Error::UnknownStep {
            reference,
            candidates,
        } => (
            t(Msg::UnknownStep {
                reference: reference.clone(),
            }),
            Some(candidates_hint(candidates)),
        ),
        Error::AmbiguousStep {
            reference,
            candidates,
        } => (
            t(Msg::AmbiguousStep {
                reference: reference.clone(),
                count: candidates.len(),
            }),
            Some(candidates_hint(candidates)),
        ),
        Error::InvalidRoadmap { name: n, problems } => (
            indented(t(Msg::InvalidRoadmap { name: name(n) }), problems),
            Some(t(Msg::RunValidateHint)),
        ),
        Error::NotValidRoadmap { name: n, errors } => (
            t(Msg::NotValidRoadmap {
                name: name(n),
                errors: *errors,
            }),
            Some(t(Msg::FormatDocHint)),
        ),
        Error::EmptyNote => (t(Msg::EmptyNote), Some(t(Msg::EmptyNoteHint))),
        Error::AtInFuture { text } => (t(Msg::AtInFuture { text: text.clone() }), None),
        Error::AtTooEarly { text, year } => (
            t(Msg::AtTooEarly {
                text: text.clone(),
                year: *year,
            }),
            Some(t(Msg::AtTooEarlyHint { year: *year })),
        ),
        Error::AtInvalid { text } => (
            t(Msg::AtInvalid { text: text.clone() }),
            Some(t(Msg::AtHint)),
        ),
        Error::NothingToUndo => (t(Msg::NothingToUndo), Some(t(Msg::UndoHint))),
        Error::CannotConvert { file, problem } => (
            t(Msg::CannotConvert {
                file: file.clone(),
                problem: problem.clone(),
            }),
            Some(t(Msg::RoadmapshHint)),
        ),
        Error::ConvertedInvalid { errors } => (
            indented(t(Msg::ConvertedInvalid), errors),
            Some(t(Msg::CheckIdTitleHint)),
        ),
        Error::NotAnExport { file, problem } => (
            t(Msg::NotAnExport {
                file: file.clone(),
                problem: t(problem.clone()),
            }),
            Some(t(Msg::ExportHint)),
        ),
        Error::NewerExport {
            file,
            version,
            readable,
        } => (
            t(Msg::NewerExport {
                file: file.clone(),
                version: *version,
                readable: *readable,
            }),
            Some(t(Msg::UpgradeHint)),
        ),
        Error::NoSuchResource { step, n, count } => (
            OpenMsg::NoSuchResource {
                step: step.clone(),
                n: *n,
                count: *count,
            }
            .text(lang),
            Some(OpenMsg::NoSuchResourceHint { step: step.clone() }.text(lang)),
        ),
        Error::NotAWebLink { url } => (
            OpenMsg::NotAWebLink { url: url.clone() }.text(lang),
            Some(OpenMsg::NotAWebLinkHint.text(lang)),
        ),
        Error::CannotOpenBrowser { url, problem } => (
            OpenMsg::CannotOpen {
                url: url.clone(),
                problem: problem.clone(),
            }
            .text(lang),
            Some(OpenMsg::CannotOpenHint.text(lang)),
        ),
        Error::Timer(words) => (words.0.text(lang), words.1.as_ref().map(|h| h.text(lang))),
    }
}
