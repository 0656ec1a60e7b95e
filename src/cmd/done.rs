//! `roadmap done`: mark steps done, optionally with evidence links.

use crate::render::Printer;

use crate::cli::DoneArgs;
use crate::cmd::{Context, change, evidence};
use crate::error::Result;
use crate::progress::Status;

pub fn run(args: &DoneArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let mut change = change::prepare(&args.change, Status::Done, ctx)?;
    change.evidence = evidence::check_all(&args.evidence)?;
    change::run(change, ctx, p)
}
