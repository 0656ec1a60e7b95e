//! `roadmap completions SHELL`: a completion script generated from the
//! command-line definition, so it never falls behind.

use std::io::Write;

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Result;

pub fn run(args: &CompletionsArgs, out: &mut dyn Write) -> Result<()> {
    let mut command = Cli::command();
    // clap_complete panics when its writer fails (stdout on a full disk):
    // it writes to memory, and the failure is an error here.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "roadmap", &mut script);
    out.write_all(&script)?;
    Ok(())
}
