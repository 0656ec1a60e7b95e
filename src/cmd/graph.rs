use crate::render::Printer;

use crate::cli::{GraphArgs, GraphFormat};
use crate::cmd::Context;
use crate::cmd::export::deliver;
use crate::error::Result;
use crate::render::{export::Picture, graph};

pub fn run(args: &GraphArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let (roadmap, progress) = ctx.roadmap_and_progress()?;
    let statuses = progress.statuses(&roadmap);
    let picture = Picture {
        roadmap: &roadmap,
        statuses: &statuses,
        lang: ctx.config.lang,
        user: ctx.config.user.as_str(),
    };
    // Without a file, `--json` asks for the graph itself as data.
    if ctx.config.json && args.output.is_none() {
        return p.json(&graph::report(&picture));
    }
    let document = match args.format {
        GraphFormat::Mermaid => graph::mermaid(&picture),
        GraphFormat::Dot => graph::dot(&picture),
    };
    deliver(ctx, p, args.output.as_deref(), &document, false)
}
