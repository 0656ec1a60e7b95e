use crate::render::Printer;
use std::path::Path;

use serde::Serialize;

use crate::cli::{ExportArgs, ExportFormat};
use chrono::Local;

use crate::cmd::{Context, status};
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::progress::{chart_weeks, finished_per_week, minutes_per_week, pace};
use crate::render::{
    Line,
    export::{Picture, Record, html, json, markdown},
};
use crate::store;

/// How many weeks the charts of the HTML page cover.
const CHART_WEEKS: usize = 16;
/// The fewest weeks a chart shows, so that a first week still reads as
/// a chart.
const MIN_CHART_WEEKS: usize = 4;

pub fn run(args: &ExportArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    if args.all_users {
        return super::mentor::export(args, ctx, p);
    }
    let format = format(args)?;
    if matches!(format, ExportFormat::Skills | ExportFormat::JsonResume) {
        return super::skill_sheet::run(args, format, ctx, p);
    }
    let (roadmap, progress, goal) = ctx.roadmap_progress_and_goal()?;
    let now = ctx.config.now;
    if format == ExportFormat::Json {
        let document = json::render(&json::ProgressExport {
            format: json::FORMAT.to_string(),
            version: json::VERSION,
            exported_at: now,
            user: ctx.config.user.as_str().to_string(),
            roadmap: json::RoadmapRef {
                id: roadmap.id.to_string(),
                title: roadmap.title.to_string(),
                version: roadmap.version(),
            },
            progress,
        });
        // A JSON export is a backup of the store, private notes and all,
        // and one `import progress` would refuse is no backup.
        let limit = crate::limits::MAX_INPUT_BYTES;
        if document.len() > limit {
            let size = document.len();
            return Err(crate::error::Error::ExportTooBig { size, limit }.into());
        }
        return deliver(ctx, p, args.output.as_deref(), &document, true);
    }
    let statuses = progress.statuses(&roadmap);
    // From the learner's first week: no empty weeks before they began.
    let weeks = chart_weeks(&progress, now, &Local, MIN_CHART_WEEKS, CHART_WEEKS);
    let record = Record {
        progress: &progress,
        now,
        pace: status::pace_report(
            &pace(&roadmap, &progress, &statuses, now, &Local),
            goal,
            now,
        ),
        record: status::record_report(&progress, goal, now),
        weekly_minutes: minutes_per_week(&progress, now, &Local, weeks),
        finished_by_week: finished_per_week(&roadmap, &progress, now, &Local, weeks),
        private: args.private,
        lang: ctx.config.lang,
    };
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
        ExportFormat::Html => html::render(&picture, &record),
        _ => markdown::render(&picture, &record),
    };
    // The Markdown and HTML exports carry the notes too: written for the
    // owner only, who decides whom to show them.
    deliver(ctx, p, args.output.as_deref(), &document, true)
}

/// The format asked for, or the one the output file's extension names.
/// Both, when they disagree, are a mistake worth stopping for.
pub(super) fn format(args: &ExportArgs) -> Result<ExportFormat> {
    let named = args.output.as_deref().and_then(|path| {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "md" | "markdown" => Some(ExportFormat::Md),
            "html" | "htm" => Some(ExportFormat::Html),
            "json" => Some(ExportFormat::Json),
            _ => None,
        }
    });
    match (args.format, named) {
        // The skill sheet is Markdown, or HTML by the file's name.
        (Some(ExportFormat::Skills), Some(ExportFormat::Md | ExportFormat::Html))
        | (Some(ExportFormat::JsonResume), Some(ExportFormat::Json)) => {
            Ok(args.format.unwrap_or(ExportFormat::Md))
        }
        (Some(asked), Some(named)) if asked != named => {
            let file = args.output.as_deref().unwrap_or(Path::new(""));
            Err(Error::FormatMismatch {
                asked: format_name(asked),
                named: format_name(named),
                file: file.display().to_string(),
            }
            .into())
        }
        (Some(asked), _) => Ok(asked),
        (None, Some(named)) => Ok(named),
        (None, None) => Err(Error::FormatMissing.into()),
    }
}

fn format_name(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Md => "md",
        ExportFormat::Json => "json",
        ExportFormat::Html => "html",
        ExportFormat::Skills => "skills",
        ExportFormat::JsonResume => "json-resume",
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
