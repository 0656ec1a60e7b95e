//! The words of every [`Error`]: `en.rs` and `ja.rs` each hold one
//! exhaustive `match`, so an error without its Japanese does not compile.
//! Details from the system, the JSON parser or git are passed on as those
//! give them.

use std::path::Path;

use crate::error::{Candidate, Error};
use crate::lang::Lang;
use crate::store::JsonType;

/// Owned text from a literal: the catalogues below word most errors so.
fn s(text: &str) -> String {
    text.to_string()
}

mod en;
mod ja;

pub(crate) use crate::store::readable_versions;

/// An error's message, and the hint under it where one helps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worded {
    pub message: String,
    pub hint: Option<String>,
}

/// The message and hint of an error, in `lang`.
pub fn error(err: &Error, lang: Lang) -> (String, Option<String>) {
    let worded = match lang {
        Lang::En => en::error(err),
        Lang::Ja => ja::error(err),
    };
    (worded.message, worded.hint)
}

/// The errors that the catalogues of their own commands word: `open`'s,
/// the study timer's, `comment`'s, and the store's limits'.
fn elsewhere(err: &Error, lang: Lang) -> (String, Option<String>) {
    use super::OpenMsg;
    match err {
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
        Error::Timer(words) => (
            words.0.text(lang),
            words.1.as_ref().map(|hint| hint.text(lang)),
        ),
        Error::Check(refusal) => super::check_words::refusal(refusal, lang),
        Error::Apply(_) => super::apply::error(err, lang).unwrap_or_default(),
        Error::Mentor(problem) => (
            super::MentorMsg::Problem(problem.clone()).text(lang),
            Some(super::MentorMsg::ProblemHint(problem.clone()).text(lang)),
        ),
        Error::Cohort(err) => super::cohort::error(err, lang),
        _ => super::limits::error(err, lang).unwrap_or_default(),
    }
}

impl std::fmt::Display for Error {
    /// The English wording, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&en::error(self).message)
    }
}

/// "did you mean …" for the steps a reference may have meant; `None`
/// when there are none. One is named by its id, several by number and id.
fn candidates_hint(candidates: &[Candidate], lang: Lang) -> Option<String> {
    let numbered = |c: &Candidate| match &c.number {
        Some(number) => format!("{number} {}", c.id),
        None => c.id.clone(),
    };
    match candidates {
        [] => None,
        [one] => Some(did_you_mean(std::slice::from_ref(&one.id), lang)),
        many => Some(did_you_mean(
            &many.iter().map(numbered).collect::<Vec<_>>(),
            lang,
        )),
    }
}

/// "did you mean 'x'?", or "did you mean one of: x, y?" (not empty).
fn did_you_mean(names: &[String], lang: Lang) -> String {
    match (names, lang) {
        ([one], Lang::En) => format!("did you mean '{one}'?"),
        ([one], Lang::Ja) => format!("もしかして '{one}' ですか？"),
        (many, Lang::En) => format!("did you mean one of: {}?", many.join(", ")),
        (many, Lang::Ja) => format!("候補: {}", many.join(", ")),
    }
}

/// A heading with indented lines under it.
fn indented(head: String, lines: impl Iterator<Item = String>) -> String {
    let mut text = head;
    for line in lines {
        text.push_str("\n  ");
        text.push_str(&line);
    }
    text
}

fn shown_path(path: &Path) -> String {
    path.display().to_string()
}

fn json_type(found: JsonType, lang: Lang) -> &'static str {
    match (found, lang) {
        (JsonType::Null, _) => "null",
        (JsonType::Boolean, Lang::En) => "a boolean",
        (JsonType::Boolean, Lang::Ja) => "真偽値",
        (JsonType::Number, Lang::En) => "a number",
        (JsonType::Number, Lang::Ja) => "数値",
        (JsonType::String, Lang::En) => "a string",
        (JsonType::String, Lang::Ja) => "文字列",
        (JsonType::Array, Lang::En) => "an array",
        (JsonType::Array, Lang::Ja) => "配列",
        (JsonType::Object, Lang::En) => "an object",
        (JsonType::Object, Lang::Ja) => "オブジェクト",
    }
}

#[cfg(test)]
mod tests;
