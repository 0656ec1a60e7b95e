//! Completion of step references in the shells, through clap_complete's
//! dynamic completion: the shell asks the binary itself
//! (`COMPLETE=bash roadmap -- roadmap done 1.`), which offers the short
//! numbers and ids of the roadmap's steps, each described by its title in
//! the user's language, and the options' help in that language too.
//!
//! It runs inside the shell's request: it reads the roadmap only (never
//! the store), and when the roadmap cannot be read it offers nothing.

use std::ffi::OsString;

use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::lang::Lang;
use crate::roadmap::Roadmap;

/// The variable the shell scripts set to ask for completions.
pub const VAR: &str = "COMPLETE";

/// Answers the shell's completion request and exits, when this run is
/// one; returns otherwise. Called first thing in `main`.
pub fn answer_the_shell() {
    let args: Vec<OsString> = std::env::args_os().collect();
    let env = |key: &str| std::env::var(key).ok();
    let lang = crate::help::lang_before_parsing(&args, env);
    clap_complete::CompleteEnv::with_factory(move || crate::help::command(lang))
        .var(VAR)
        .complete();
}

/// What the step arguments complete with.
pub fn steps() -> ArgValueCandidates {
    ArgValueCandidates::new(step_candidates)
}

fn step_candidates() -> Vec<CompletionCandidate> {
    let env = |key: &str| std::env::var(key).ok();
    let lang = crate::help::lang_before_parsing(&std::env::args_os().collect::<Vec<_>>(), env);
    let roadmap = match env("ROADMAP_FILE").filter(|path| !path.is_empty()) {
        // Read with the limits every roadmap file gets.
        Some(path) => crate::store::read_roadmap(std::path::Path::new(&path))
            .ok()
            .and_then(|bytes| Roadmap::from_json(&bytes).ok()),
        None => Roadmap::builtin().ok(),
    };
    roadmap.map_or_else(Vec::new, |roadmap| candidates(&roadmap, lang))
}

/// Every step by short number and by id, in reading order, each with its
/// title (and for the id, its number) as the description.
pub fn candidates(roadmap: &Roadmap, lang: Lang) -> Vec<CompletionCandidate> {
    let mut numbers = Vec::new();
    let mut ids = Vec::new();
    for i in roadmap.reading_order() {
        let step = &roadmap.steps[i];
        let number = roadmap.number(i);
        let title = step.title(lang).to_string();
        ids.push(
            CompletionCandidate::new(step.id.as_str())
                .help(Some(format!("{number}  {title}").into())),
        );
        numbers.push(CompletionCandidate::new(number).help(Some(title.into())));
    }
    numbers.extend(ids);
    numbers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_complete_by_number_and_id_with_titles_in_the_language() {
        let roadmap = Roadmap::builtin().unwrap();
        let ja = candidates(&roadmap, Lang::Ja);
        assert_eq!(ja.len(), 2 * roadmap.steps.len());
        assert_eq!(ja[0].get_value(), "1.1");
        assert_eq!(
            ja[0].get_help().unwrap().to_string(),
            "バックエンドの言語を1つ選ぶ"
        );
        let en = candidates(&roadmap, Lang::En);
        let id = en
            .iter()
            .find(|c| c.get_value() == "pick-a-language")
            .unwrap();
        assert_eq!(
            id.get_help().unwrap().to_string(),
            "1.1  Pick one backend language"
        );
    }
}
