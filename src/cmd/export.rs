use crate::render::Printer;
use std::path::Path;

use chrono::{SubsecRound, Utc};
use serde::Serialize;

use crate::cli::{ExportArgs, ExportFormat};
use crate::cmd::Context;
use crate::error::{Failure, Result};
use crate::i18n::Msg;
use crate::i18n::ux::UxMsg;
use crate::render::{
    Line,
    export::{Picture, html, json, markdown},
};
use crate::store;

pub fn run(args: &ExportArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let format = format(args, ctx)?;
    let (roadmap, progress) = ctx.roadmap_and_progress()?;
    let statuses = progress.statuses(&roadmap);
    let picture = Picture {
        roadmap: &roadmap,
        statuses: &statuses,
        lang: ctx.config.lang,
        user: if ctx.config.user_is_fallback {
            ""
        } else {
            ctx.config.user.as_str()
        },
    };
    let document = match format {
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
    let private = format == ExportFormat::Json;
    deliver(ctx, p, args.output.as_deref(), &document, private)
}

/// The format asked for, or the one the output file's extension names.
/// Both, when they disagree, are a mistake worth stopping for.
fn format(args: &ExportArgs, ctx: &Context) -> Result<ExportFormat> {
    let lang = ctx.config.lang;
    let named = args.output.as_deref().and_then(|path| {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "md" | "markdown" => Some(ExportFormat::Md),
            "html" | "htm" => Some(ExportFormat::Html),
            "json" => Some(ExportFormat::Json),
            _ => None,
        }
    });
    let t = |msg: UxMsg| msg.text(lang);
    match (args.format, named) {
        (Some(asked), Some(named)) if asked != named => {
            let file = args.output.as_deref().unwrap_or(Path::new(""));
            let (asked, named) = (format_name(asked), format_name(named));
            Err(Failure::input(t(UxMsg::FormatMismatch {
                asked: asked.to_string(),
                file: file.display().to_string(),
            }))
            .with_hint(t(UxMsg::FormatMismatchHint {
                asked: asked.to_string(),
                named: named.to_string(),
            }))
            .into())
        }
        (Some(asked), _) => Ok(asked),
        (None, Some(named)) => Ok(named),
        (None, None) => Err(Failure::input(t(UxMsg::FormatMissing))
            .with_hint(t(UxMsg::FormatMissingHint))
            .into()),
    }
}

fn format_name(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Md => "md",
        ExportFormat::Json => "json",
        ExportFormat::Html => "html",
    }
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
