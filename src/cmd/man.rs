//! `roadmap man`: the man page (roff), generated from the command-line
//! definition.

use crate::render::Printer;

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::Result;

pub fn run(p: &mut Printer<'_>) -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    p.document(&String::from_utf8_lossy(&page))
}
