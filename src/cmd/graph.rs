use std::io::Write;

use crate::cli::{GraphArgs, GraphFormat};
use crate::cmd::Context;
use crate::cmd::export::deliver;
use crate::error::Result;
use crate::render::{self, export::Picture, graph};

pub fn run(args: &GraphArgs, ctx: &Context, out: &mut dyn Write) -> Result<()> {
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
        return render::json(out, &graph::report(&picture));
    }
    let document = match args.format {
        GraphFormat::Mermaid => graph::mermaid(&picture),
        GraphFormat::Dot => graph::dot(&picture),
    };
    deliver(ctx, out, args.output.as_deref(), &document, false)
}
