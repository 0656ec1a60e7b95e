use std::io::Write;
use std::path::Path;

use crate::cli::{ImportCommand, ImportProgressArgs, ImportRoadmapshArgs};
use crate::cmd::Context;
use crate::error::{Failure, Result};
use crate::import::roadmapsh;
use crate::lang::Lang;
use crate::progress::merge;
use crate::render::{
    self,
    export::json::{FORMAT, ProgressExport, VERSION},
    import::{ProgressImportReport, RoadmapshReport},
};
use crate::roadmap::{self, Severity};
use crate::store;

pub fn run(command: &ImportCommand, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    match command {
        ImportCommand::Roadmapsh(args) => roadmapsh(args, ctx, out),
        ImportCommand::Progress(args) => progress(args, ctx, out),
    }
}

fn roadmapsh(args: &ImportRoadmapshArgs, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let bytes = store::read_input(&args.file, "roadmap.sh file")?;
    let options = roadmapsh::Options {
        id: args.id.clone(),
        title: args.title.clone(),
        file_stem: args
            .file
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default(),
    };
    let style = ctx.style();
    let conversion = roadmapsh::convert(&bytes, &options).map_err(|problem| {
        let message = match ctx.config.lang {
            Lang::En => format!("cannot convert '{}': {problem}", args.file.display()),
            Lang::Ja => format!("'{}' を変換できません: {problem}", args.file.display()),
        };
        Failure::input(message).with_hint(style.tr(
            "give the roadmap's JSON file from roadmap.sh ({nodes, edges})",
            "roadmap.sh のロードマップの JSON ファイル ({nodes, edges}) を指定してください",
        ))
    })?;
    let mut document =
        serde_json::to_string_pretty(&conversion.roadmap).expect("a roadmap file serialises");
    document.push('\n');
    // The promise is a file that passes `validate`: check it here, where a
    // bad `--id` or `--title` can still be blamed on its flag.
    let parsed = roadmap::parse(document.as_bytes()).map_err(|p| anyhow::anyhow!("{p}"))?;
    let (_, problems) = roadmap::validate(parsed);
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    if !errors.is_empty() {
        let message = style.tr(
            "the converted roadmap would not be valid:",
            "変換したロードマップが有効になりません:",
        );
        return Err(
            Failure::input(format!("{message}\n  {}", errors.join("\n  ")))
                .with_hint(style.tr(
                    "check --id and --title: neither may be empty",
                    "--id と --title を確認してください (空にはできません)",
                ))
                .into(),
        );
    }
    let Some(output) = &args.output else {
        for skipped in &conversion.skipped {
            let _ = writeln!(
                std::io::stderr(),
                "{} {skipped}",
                style.tr("warning: skipped", "警告: 読み飛ばしました:")
            );
        }
        out.write_all(document.as_bytes())?;
        return Ok(());
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
        skipped: conversion.skipped,
    };
    if ctx.config.json {
        render::json(out, &report)
    } else {
        render::import::roadmapsh_text(out, &report, ctx.style())
    }
}

fn progress(args: &ImportProgressArgs, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let bytes = store::read_input(&args.file, "progress file")?;
    let export = read_export(&args.file, &bytes, ctx.config.lang)?;
    let roadmap_id = export.roadmap.id.clone();
    // A backup may carry any batch numbers (u64::MAX would make the next
    // one wrap); its order is what matters, so it comes in renumbered.
    let mut export = export;
    export.progress.renumber_batches();
    let summary = ctx.store.update(&ctx.config.user, |data| {
        let progress = data.roadmaps.entry(roadmap_id.clone()).or_default();
        let summary = merge(progress, export.progress);
        let changed = summary.changed_anything();
        Ok((summary, changed))
    })?;
    // Progress for another roadmap than the one followed is kept all the
    // same; say so, since `status` will not show it.
    let following = ctx.roadmap().ok().map(|r| r.id);
    let report = ProgressImportReport {
        file: args.file.display().to_string(),
        user: ctx.config.user.as_str().to_string(),
        roadmap: roadmap_id.clone(),
        following_this_roadmap: following.as_deref() == Some(roadmap_id.as_str()),
        summary,
    };
    if ctx.config.json {
        render::json(out, &report)
    } else {
        render::import::progress_text(out, &report, ctx.style())
    }
}

/// Parses a progress export, refusing anything else with exit 2.
fn read_export(path: &Path, bytes: &[u8], lang: Lang) -> Result<ProgressExport> {
    let file = path.display();
    let bad = |problem: String| -> anyhow::Error {
        let (message, hint) = match lang {
            Lang::En => (
                format!("'{file}' is not a progress export: {problem}"),
                "use a file written by `roadmap export --format json`; nothing was changed",
            ),
            Lang::Ja => (
                format!("'{file}' は進捗のエクスポートではありません: {problem}"),
                "`roadmap export --format json` で書き出したファイルを指定してください。何も変更していません",
            ),
        };
        Failure::input(message).with_hint(hint).into()
    };
    // serde_json keeps the last of two equal keys; the other would be lost.
    if let Some(duplicate) = crate::unique_keys::find(bytes) {
        let key = crate::unique_keys::shown(&duplicate.key);
        let line = duplicate.line;
        return Err(bad(match lang {
            Lang::En => format!("duplicate key '{key}' at line {line}"),
            Lang::Ja => format!("キー '{key}' が重複しています ({line} 行)"),
        }));
    }
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|err| bad(err.to_string()))?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        _ => return Err(bad(format!("its \"format\" is not \"{FORMAT}\""))),
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v <= u64::from(VERSION) => {}
        Some(v) => {
            let (message, hint) = match lang {
                Lang::En => (
                    format!(
                        "'{file}' was written by a newer roadmap (export version {v}; this build reads up to {VERSION})"
                    ),
                    "upgrade roadmap to import it; nothing was changed",
                ),
                Lang::Ja => (
                    format!(
                        "'{file}' は新しい roadmap で書き出されています (エクスポート形式 {v}、このビルドが読めるのは {VERSION} まで)"
                    ),
                    "roadmap を更新してから取り込んでください。何も変更していません",
                ),
            };
            return Err(Failure::input(message).with_hint(hint).into());
        }
        None => return Err(bad("it has no \"version\"".to_string())),
    }
    let export: ProgressExport =
        serde_json::from_value(value).map_err(|err| bad(err.to_string()))?;
    if let Some(at) = export.progress.date_out_of_range() {
        let at = at.to_rfc3339();
        let (from, to) = (crate::progress::EARLIEST_YEAR, crate::progress::LATEST_YEAR);
        return Err(bad(match lang {
            Lang::En => {
                format!("it has the date {at}; roadmap keeps dates from {from} to before {to}")
            }
            Lang::Ja => format!(
                "日時 {at} があります。roadmap が扱えるのは {from} 年から {to} 年より前までです"
            ),
        }));
    }
    if export.roadmap.id.trim().is_empty() {
        return Err(bad("the roadmap id is empty".to_string()));
    }
    Ok(export)
}
