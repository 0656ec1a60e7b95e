use crate::render::Printer;
use std::path::Path;

use chrono::{SubsecRound, Utc};
use serde::Serialize;

use crate::cli::{ExportArgs, ExportFormat};
use crate::cmd::Context;
use crate::error::Result;
use crate::i18n::Msg;
use crate::render::{
    Line,
    export::{Picture, html, json, markdown},
};
use crate::store;

pub fn run(args: &ExportArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let (roadmap, progress) = ctx.roadmap_and_progress()?;
    let statuses = progress.statuses(&roadmap);
    let picture = Picture {
        roadmap: &roadmap,
        statuses: &statuses,
        lang: ctx.config.lang,
        user: ctx.config.user.as_str(),
    };
    let document = match args.format {
        ExportFormat::Md => markdown::render(&picture),
        ExportFormat::Html => html::render(&picture),
        ExportFormat::Json => json::render(&json::ProgressExport {
            format: json::FORMAT.to_string(),
            version: json::VERSION,
            exported_at: Utc::now().trunc_subsecs(0),
            user: ctx.config.user.as_str().to_string(),
            roadmap: json::RoadmapRef {
                id: roadmap.id.clone(),
                title: roadmap.title.clone(),
                version: roadmap.version,
            },
            progress,
        }),
    };
    // A JSON export is a backup of the store, private notes and all.
    let private = matches!(args.format, ExportFormat::Json);
    deliver(ctx, p, args.output.as_deref(), &document, private)
}

/// What `--json` prints when a document went to a file.
#[derive(Debug, Serialize)]
struct Written {
    file: String,
    bytes: usize,
}

/// Sends a finished document to `output` (atomically, through the store)
/// or, without one, to standard output.
pub(crate) fn deliver(
    ctx: &Context,
    p: &mut Printer<'_>,
    output: Option<&Path>,
    document: &str,
    private: bool,
) -> Result<()> {
    let Some(path) = output else {
        return p.document(document);
    };
    if private {
        store::write_private_file(path, document.as_bytes())?;
    } else {
        store::write_file(path, document.as_bytes())?;
    }
    let written = Written {
        file: path.display().to_string(),
        bytes: document.len(),
    };
    if ctx.config.json {
        p.json(&written)
    } else {
        p.line(
            Line::new()
                .ours(ctx.t(Msg::Wrote))
                .ours(" ")
                .theirs(&written.file),
        )
    }
}
