//! `roadmap`: a command-line learning-roadmap tracker.
//!
//! The pure core is [`roadmap`] (the model, validation, graph order) and
//! [`progress`] (statuses, availability, statistics); [`store`] owns every
//! file; [`cmd`] glues them per subcommand and [`render`] formats the result.

pub mod cli;
pub mod cmd;
pub mod config;
mod cost;
pub mod error;
pub mod help;
pub mod i18n;
pub mod import;
pub mod lang;
pub mod progress;
pub mod render;
pub mod roadmap;
pub mod store;
pub mod synth;
pub mod unique_keys;

use std::io::{self, BufWriter, Write};

use crate::cli::Cli;
use crate::config::Config;
use crate::error::{EXIT_RUNTIME, Failure, Result};

/// Runs a parsed command line, writing its output to stdout.
pub fn run(cli: &Cli) -> Result<()> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    // Completions and the man page need no settings: they must work even
    // where no data directory or user name can be found.
    match &cli.command {
        Some(cli::Command::Completions(args)) => cmd::completions::run(args, &mut out)?,
        Some(cli::Command::Man) => cmd::man::run(&mut out)?,
        command => {
            let config = Config::resolve(&cli.global)?;
            let lang = config.lang;
            let ctx = cmd::Context::new(config);
            let result = cmd::run(command.as_ref(), &ctx, &mut out).and_then(|()| Ok(out.flush()?));
            return cmd::after_saving(result, lang);
        }
    }
    out.flush()?;
    Ok(())
}

/// Prints an error the way users see it and returns the exit code.
/// A closed pipe (`roadmap list | head`) is not an error.
pub fn report_error(err: &anyhow::Error) -> u8 {
    let broken_pipe = err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return 0;
    }
    let mut stderr = io::stderr().lock();
    match err.downcast_ref::<Failure>() {
        Some(failure) => {
            let _ = writeln!(stderr, "error: {}", failure.message);
            if let Some(hint) = &failure.hint {
                let _ = writeln!(stderr, "  hint: {hint}");
            }
            failure.exit_code()
        }
        None => {
            let _ = writeln!(stderr, "error: {err}");
            for cause in err.chain().skip(1) {
                let _ = writeln!(stderr, "  caused by: {cause}");
            }
            EXIT_RUNTIME
        }
    }
}
