//! `roadmap reset`: set steps back to todo.

use crate::render::Printer;

use crate::cli::ChangeArgs;
use crate::cmd::{Context, change};
use crate::error::Result;
use crate::progress::Status;

pub fn run(args: &ChangeArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    change::set(args, Status::Todo, ctx, p)
}
