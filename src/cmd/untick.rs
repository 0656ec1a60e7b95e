//! `roadmap untick`: take ticks off a step's checklist.

use std::io::Write;

use crate::cli::TickArgs;
use crate::cmd::{Context, tick};
use crate::error::Result;

pub fn run(args: &TickArgs, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    tick::set(args, false, ctx, out)
}
