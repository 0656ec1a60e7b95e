//! `roadmap completions SHELL`: the script that registers roadmap's
//! completion with a shell. It is clap_complete's dynamic registration:
//! at each TAB the shell asks `roadmap` itself (`COMPLETE=SHELL`), so
//! subcommands, options, and the steps of the roadmap (numbers and ids,
//! titles as descriptions) are completed in the user's language, and the
//! script never falls behind the binary (see `crate::complete`).

use clap_complete::env::Shells;

use crate::cli::CompletionsArgs;
use crate::complete::VAR;
use crate::error::Result;
use crate::render::Printer;

pub fn run(args: &CompletionsArgs, p: &mut Printer<'_>) -> Result<()> {
    let name = args.shell.to_string();
    let shells = Shells::builtins();
    let Some(shell) = shells.completer(&name) else {
        // clap's value parser only lets the shells above through.
        return Ok(());
    };
    // Written whole through the printer, so a closed pipe is not a panic.
    let mut script = Vec::new();
    shell.write_registration(VAR, "roadmap", "roadmap", "roadmap", &mut script)?;
    p.document(&String::from_utf8_lossy(&script))
}
