//! `roadmap find`: search the steps in every language the roadmap has.

use crate::cli::FindArgs;
use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::progress::is_available;
use crate::render::{
    self, Printer,
    find::{Field, FindMatch, FindReport},
};
use crate::roadmap::{Step, normalize};

pub fn run(args: &FindArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let words: Vec<String> = args
        .words
        .iter()
        .map(|word| normalize(word))
        .filter(|word| !word.is_empty())
        .collect();
    if words.is_empty() {
        return Err(Error::NothingToSearch.into());
    }
    let (roadmap, progress) = ctx.roadmap_and_progress()?;
    let statuses = progress.statuses(&roadmap);
    let lang = ctx.config.lang;
    let matches = roadmap
        .reading_order()
        .filter_map(|i| {
            let step = &roadmap.steps[i];
            let fields = matching_fields(step, &words)?;
            Some(FindMatch {
                number: roadmap.number(i),
                id: step.id.to_string(),
                title: step.title(lang).to_string(),
                status: statuses[i],
                available: is_available(&roadmap, &statuses, i),
                optional: step.optional,
                fields,
            })
        })
        .collect();
    let report = FindReport {
        words: args.words.clone(),
        matches,
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::find::text(p, &report)
    }
}

/// The fields of `step` where the words were found, when every word is
/// found somewhere; each field is searched in English and every translation.
fn matching_fields(step: &Step, words: &[String]) -> Option<Vec<Field>> {
    let translations = || step.i18n.values();
    let texts: [(Field, Vec<String>); 5] = [
        (
            Field::Id,
            std::iter::once(step.id.as_str())
                .chain(step.aliases.iter().map(|a| a.as_str()))
                .map(normalize)
                .collect(),
        ),
        (
            Field::Title,
            std::iter::once(step.title.as_str())
                .chain(translations().filter_map(|t| t.title.as_deref()))
                .map(normalize)
                .collect(),
        ),
        (
            Field::Summary,
            std::iter::once(step.summary.as_str())
                .chain(translations().filter_map(|t| t.summary.as_deref()))
                .map(normalize)
                .collect(),
        ),
        (
            Field::DoneWhen,
            std::iter::once(step.done_when.as_str())
                .chain(translations().filter_map(|t| t.done_when.as_deref()))
                .map(normalize)
                .collect(),
        ),
        (
            Field::Checklist,
            step.checklist
                .iter()
                .flat_map(|item| {
                    std::iter::once(item.text.as_str())
                        .chain(item.i18n.values().filter_map(|t| t.text.as_deref()))
                })
                .map(normalize)
                .collect(),
        ),
    ];
    let found = |word: &str, texts: &[String]| texts.iter().any(|text| text.contains(word));
    if !words
        .iter()
        .all(|word| texts.iter().any(|(_, texts)| found(word, texts)))
    {
        return None;
    }
    Some(
        texts
            .iter()
            .filter(|(_, texts)| words.iter().any(|word| found(word, texts)))
            .map(|(field, _)| *field)
            .collect(),
    )
}
