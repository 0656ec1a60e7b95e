//! `roadmap man`: the man page (roff), generated from the command-line
//! definition.

use std::io::Write;

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::Result;

pub fn run(out: &mut dyn Write) -> Result<()> {
    clap_mangen::Man::new(Cli::command()).render(out)?;
    Ok(())
}
