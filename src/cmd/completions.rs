//! `roadmap completions SHELL`: a completion script generated from the
//! command-line definition, so it never falls behind.

use crate::render::Printer;

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Result;

pub fn run(args: &CompletionsArgs, p: &mut Printer<'_>) -> Result<()> {
    let mut command = Cli::command();
    // Written whole through the printer: clap_complete panics on a write
    // error, and a closed pipe must not be one.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "roadmap", &mut script);
    p.document(&String::from_utf8_lossy(&script))
}
