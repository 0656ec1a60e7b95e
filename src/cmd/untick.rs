//! `roadmap untick`: take ticks off a step's checklist.

use crate::cli::TickArgs;
use crate::cmd::{Context, tick};
use crate::error::Result;
use crate::render::Printer;

pub fn run(args: &TickArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    tick::set(args, false, ctx, p)
}
