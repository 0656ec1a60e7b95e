//! `roadmap done`: mark steps done.

use std::io::Write;

use crate::cli::ChangeArgs;
use crate::cmd::{Context, change};
use crate::error::Result;
use crate::progress::Status;

pub fn run(args: &ChangeArgs, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    change::set(args, Status::Done, ctx, out)
}
