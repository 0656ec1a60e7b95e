//! `roadmap`: a command-line learning-roadmap tracker.
//!
//! The pure core is [`roadmap`] (the model, validation, graph order) and
//! [`progress`] (statuses, availability, statistics); [`store`] owns every
//! file; [`cmd`] glues them per subcommand and [`render`] formats the result.

mod check;
pub mod cli;
mod cmd;
pub mod complete;
mod config;
mod cost;
mod error;
pub mod help;
mod i18n;
pub mod import;
mod lang;
mod limits;
pub mod progress;
mod render;
pub mod roadmap;
mod sanitize;
pub mod store;
pub mod sync;
#[cfg(feature = "testing")]
pub mod synth;
pub mod unique_keys;
mod view;

use std::io;

use crate::cli::Cli;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::render::{Line, Printer, Role};

/// Runs a parsed command line, writing its output to stdout.
pub fn run(cli: &Cli) -> Result<()> {
    // Completions and the man page need no settings: they must work even
    // where no data directory or user name can be found.
    match &cli.command {
        Some(cli::Command::Completions(args)) => {
            let mut p = Printer::stdout(Lang::En, false, None);
            cmd::completions::run(args, &mut p)?;
            p.flush()?;
        }
        Some(cli::Command::Man) => {
            let mut p = Printer::stdout(Lang::En, false, None);
            cmd::man::run(diagnostics_lang(cli), &mut p)?;
            p.flush()?;
        }
        command => {
            let config = Config::resolve(&cli.global)?;
            let lang = config.lang;
            let mut p = Printer::stdout(config.lang, config.color, config.width)
                .with_hyperlinks(config.hyperlinks);
            let ctx = cmd::Context::new(config);
            let result = cmd::run(command.as_ref(), &ctx, &mut p).and_then(|()| Ok(p.flush()?));
            // Automatic sync, when on, after a command that recorded something.
            if store::saved_a_change() {
                sync::after_change(&ctx.store, lang, ctx.config.now);
            }
            return cmd::after_saving(result, lang);
        }
    }
    Ok(())
}

/// The language diagnostics are written in: `--lang`, else the locale.
pub fn diagnostics_lang(cli: &Cli) -> Lang {
    cli.global
        .lang
        .unwrap_or_else(|| Lang::from_locale(|key| std::env::var(key).ok()))
}

/// Prints an error the way users see it, through a printer on stderr, and
/// returns the exit code. A closed pipe (`roadmap list | head`) is not an
/// error, and neither is a stderr that cannot be written: the exit code
/// still tells what happened.
pub fn report_error(err: &anyhow::Error, cli: &Cli) -> u8 {
    let broken_pipe = err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return 0;
    }
    let lang = diagnostics_lang(cli);
    let mut p = Printer::stderr(lang, cli.global.color);
    let (message, hint, code) = worded(err, lang);
    let _ = diagnostic(&mut p, Msg::ErrorLabel, Role::Bad, &message);
    if let Some(hint) = hint {
        let _ = diagnostic(&mut p, Msg::HintLabel, Role::Faint, &hint);
    }
    let _ = p.flush();
    code
}

/// An error's message and hint in `lang`, and its exit code. Every error
/// of ours is an [`Error`]; what else can reach here is the failure to
/// write the report itself (an `io::Error` from stdout).
pub(crate) fn worded(err: &anyhow::Error, lang: Lang) -> (String, Option<String>, u8) {
    let output;
    let error = match err.downcast_ref::<Error>() {
        Some(error) => error,
        None => {
            output = Error::Output(output_error(err));
            &output
        }
    };
    let (message, hint) = i18n::error(error, lang);
    (message, hint, error.code())
}

/// The system's error inside a failure to write the output (or, should
/// anything else ever reach here, its text as the system would give it).
pub(crate) fn output_error(err: &anyhow::Error) -> io::Error {
    match err
        .chain()
        .find_map(|cause| cause.downcast_ref::<io::Error>())
    {
        Some(io) => io::Error::new(io.kind(), io.to_string()),
        None => io::Error::other(err.to_string()),
    }
}

/// Writes a warning to stderr; a stderr that cannot be written is no
/// reason to fail a command that did its work.
pub(crate) fn warn(lang: Lang, text: &str) {
    let mut p = Printer::stderr(lang, cli::ColorChoice::Never);
    let _ = diagnostic(&mut p, Msg::WarningLabel, Role::Warn, text);
    let _ = p.flush();
}

/// `error: message` with the message's own lines under it. The message
/// may hold untrusted text (a step name, a file name), so it is printed
/// as such.
fn diagnostic(p: &mut Printer<'_>, label: Msg, role: Role, message: &str) -> Result<()> {
    // Hints are indented under the error they belong to.
    let indent = if matches!(label, Msg::HintLabel) {
        "  "
    } else {
        ""
    };
    let mut lines = message.lines();
    let first = lines.next().unwrap_or_default();
    p.line(
        Line::new()
            .ours(indent)
            .role(role, p.t(label))
            .ours(" ")
            .hang(indent.len() + 2)
            .theirs(first),
    )?;
    for more in lines {
        let text = more.trim_start_matches(' ');
        let depth = more.len() - text.len();
        p.line(
            Line::new()
                .ours(" ".repeat(depth))
                .hang(depth + 2)
                .theirs(text),
        )?;
    }
    Ok(())
}
