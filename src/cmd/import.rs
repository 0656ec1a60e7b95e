use crate::render::Printer;

use crate::cli::{ImportCommand, ImportProgressArgs, ImportRoadmapshArgs};
use crate::cmd::Context;
use crate::error::{Error, Input, Result};
use crate::i18n::Msg;
use crate::i18n::ux::UxMsg;
use crate::import::{read_export, roadmapsh};
use crate::lang::Lang;
use crate::progress::merge;
use crate::render::{
    self,
    import::{ProgressImportReport, RoadmapshReport},
};
use crate::roadmap::{self, Severity};
use crate::store;

pub fn run(command: &ImportCommand, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    match command {
        ImportCommand::Roadmapsh(args) => roadmapsh(args, ctx, p),
        ImportCommand::Progress(args) => progress(args, ctx, p),
    }
}

fn roadmapsh(args: &ImportRoadmapshArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let bytes = store::read_input(&args.file, Input::RoadmapshFile)?;
    let options = roadmapsh::Options {
        id: args.id.clone(),
        title: args.title.clone(),
        file_stem: args
            .file
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default(),
    };
    let conversion =
        roadmapsh::convert(&bytes, &options).map_err(|problem| Error::CannotConvert {
            file: args.file.display().to_string(),
            problem,
        })?;
    let document = crate::sanitize::json_pretty_string(&conversion.roadmap);
    // The promise is a file that passes `validate`: check it here, where a
    // bad `--id` or `--title` can still be blamed on its flag.
    let parsed =
        roadmap::parse(document.as_bytes()).map_err(|problem| Error::ConvertedInvalid {
            errors: vec![problem],
        })?;
    let (_, problems) = roadmap::validate(parsed);
    let errors: Vec<_> = problems
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        return Err(Error::ConvertedInvalid { errors }.into());
    }
    let Some(output) = &args.output else {
        for skipped in &skipped(&conversion.skipped, ctx.config.lang) {
            crate::warn(
                ctx.config.lang,
                &format!("{} {skipped}", ctx.t(Msg::SkippedNode)),
            );
        }
        return p.document(&document);
    };
    store::write_file(output, document.as_bytes())?;
    let report = RoadmapshReport {
        file: output.display().to_string(),
        roadmap: conversion.roadmap.id.clone().unwrap_or_default(),
        title: conversion.roadmap.title.clone().unwrap_or_default(),
        topics: conversion.topics,
        subtopics: conversion.subtopics,
        stages: conversion.topics,
        steps: conversion.topics + conversion.subtopics,
        // The JSON output keeps its English wording.
        skipped: skipped(
            &conversion.skipped,
            if ctx.config.json {
                Lang::En
            } else {
                ctx.config.lang
            },
        ),
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::import::roadmapsh_text(p, &report)
    }
}

/// The nodes left out, in words, in the order of their English wording.
fn skipped(nodes: &[roadmapsh::Skipped], lang: Lang) -> Vec<String> {
    let mut nodes: Vec<_> = nodes.iter().collect();
    nodes.sort_by_cached_key(|node| UxMsg::Skipped((*node).clone()).text(Lang::En));
    nodes
        .into_iter()
        .map(|node| UxMsg::Skipped(node.clone()).text(lang))
        .collect()
}

fn progress(args: &ImportProgressArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let bytes = store::read_input(&args.file, Input::ProgressFile)?;
    let mut export = read_export(&args.file.display().to_string(), &bytes)?;
    let roadmap_id = export.roadmap.id.to_string();
    // A backup may carry any batch numbers (u64::MAX would make the next
    // one wrap); its order is what matters, so it comes in renumbered.
    export.progress.renumber_batches();
    // A backup may carry any batch numbers (u64::MAX would make the next
    // one wrap); its order is what matters, so it comes in renumbered.
    export.progress.renumber_batches();
    let summary = ctx.store.update(&ctx.config.user, |data| {
        let progress = data.roadmaps.entry(roadmap_id.clone()).or_default();
        let summary = merge(progress, export.progress);
        let changed = summary.changed_anything();
        Ok((summary, changed))
    })?;
    // Progress for another roadmap than the one followed is kept all the
    // same; say so, since `status` will not show it.
    let following = ctx.roadmap().ok().map(|r| r.id.to_string());
    let report = ProgressImportReport {
        file: args.file.display().to_string(),
        user: ctx.config.user.as_str().to_string(),
        roadmap: roadmap_id.clone(),
        following_this_roadmap: following.as_deref() == Some(roadmap_id.as_str()),
        summary,
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::import::progress_text(p, &report)
    }
}
