//! `roadmap export --format skills` and `--format json-resume`: the skill
//! sheet made from the learner's record (`progress::skill_sheet`). The
//! application log is never read: company names stay out.

use crate::cli::{ExportArgs, ExportFormat};
use crate::cmd::Context;
use crate::error::Result;
use crate::progress::sheet_facts;
use crate::render::Printer;
use crate::render::export::{resume, skills};

pub fn run(
    args: &ExportArgs,
    format: ExportFormat,
    ctx: &Context,
    p: &mut Printer<'_>,
) -> Result<()> {
    let (roadmap, progress) = ctx.roadmap_and_progress()?;
    let facts = sheet_facts(&roadmap, &progress, args.with_notes);
    let user = if ctx.config.user_is_fallback {
        ""
    } else {
        ctx.config.user.as_str()
    };
    let now = ctx.config.now;
    let sheet = skills::Sheet::new(&roadmap, &facts, ctx.config.lang, user, now);
    let html = args
        .output
        .as_deref()
        .and_then(|path| path.extension())
        .is_some_and(|ext| ext.eq_ignore_ascii_case("html") || ext.eq_ignore_ascii_case("htm"));
    let document = match format {
        ExportFormat::JsonResume => {
            crate::sanitize::json_pretty_string(&resume::resume(&sheet, &facts, &roadmap, now))
        }
        _ if html => skills::html::render(&sheet),
        _ => skills::markdown(&sheet),
    };
    super::export::deliver(ctx, p, args.output.as_deref(), &document, true)
}
