//! The command line in the user's language: help, usage lines and clap's
//! own errors.
//!
//! The language is needed before clap parses anything (clap writes help and
//! errors while parsing), so it is read from the raw arguments (`--lang`),
//! then `ROADMAP_LANG`, then the locale, the same order `Config` uses. In
//! Japanese, every help text of `cli.rs` is replaced from the tables here,
//! and clap's errors are written anew from their kind and context. In both
//! languages the usage line of an error is the command's plain usage, not
//! clap's, which lists the options taken from the environment as if they
//! were required (`--data-dir <DIR>` with `ROADMAP_DATA_DIR` set).

use std::ffi::OsString;

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches};

use crate::cli::{Cli, ColorChoice};
use crate::lang::Lang;
use crate::render::Printer;

mod layout;
#[cfg(test)]
mod tests;

pub use layout::layout_examples;

use crate::i18n::help_ja::{
    COMMANDS_JA, FLAGS_JA, HELP_SUBCOMMAND_JA, TEMPLATE_JA, arg_text, command_text, japanese_error,
    value_name,
};

/// Parses the process's arguments, printing help, the version or an error
/// (exit 2) in the user's language and exiting as clap would.
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = lang_before_parsing(&args, |key| std::env::var(key).ok());
    match try_parse(&args, lang) {
        Ok(cli) => cli,
        Err(exit) => {
            let mut printer = if exit.to_stderr {
                Printer::stderr(lang, ColorChoice::Never)
            } else {
                Printer::stdout(lang, false, None)
            };
            // clap laid the text out for the terminal already. A closed
            // pipe (`roadmap --help | head -1`) is not an error.
            let written = printer.document(&exit.text);
            drop(written.and_then(|()| Ok(printer.flush()?)));
            std::process::exit(exit.code);
        }
    }
}

/// What to print instead of running: help, the version or an error.
#[derive(Debug)]
pub struct Exit {
    pub text: String,
    pub to_stderr: bool,
    pub code: i32,
}

/// Parses `args` (the program name first) in `lang`.
pub fn try_parse(args: &[OsString], lang: Lang) -> Result<Cli, Exit> {
    let mut command = with_examples_laid_out(command(lang), help_width());
    let err = match parse_with(&mut command, args) {
        Ok(cli) => return Ok(cli),
        Err(err) => err,
    };
    let usage = usage(&mut command, args, lang);
    let text = match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            finish_help(&err.render().to_string(), lang)
        }
        _ => error_text(&err, &usage, args, lang),
    };
    Err(Exit {
        text,
        to_stderr: err.use_stderr(),
        code: err.exit_code(),
    })
}

/// The width clap lays help out for: `COLUMNS`, else the terminal's,
/// else 100; at most 100 (clap's `max_term_width`).
fn help_width() -> usize {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok());
    let terminal = terminal_size::terminal_size().map(|(w, _)| usize::from(w.0));
    columns
        .or(terminal)
        .filter(|&w| w > 0)
        .unwrap_or(100)
        .min(100)
}

/// Every command's examples laid out for `width` (see [`layout_examples`]).
fn with_examples_laid_out(mut command: clap::Command, width: usize) -> clap::Command {
    if let Some(text) = command.get_after_help().map(ToString::to_string) {
        command = command.after_help(layout_examples(&text, width));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(&name, |sub| with_examples_laid_out(sub, width));
    }
    command
}

/// `args` parsed with `command`.
fn parse_with(command: &mut clap::Command, args: &[OsString]) -> Result<Cli, clap::Error> {
    command
        .try_get_matches_from_mut(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
}

/// Whether `word` is an option of `command` whose value is the next
/// word (`--user ana`, not `--user=ana`).
fn takes_value(command: &clap::Command, word: &str) -> bool {
    command.get_arguments().any(|arg| {
        let named = match word.strip_prefix("--") {
            Some(long) => arg.get_long() == Some(long),
            None => word.len() == 2 && arg.get_short() == word[1..].chars().next(),
        };
        named && arg.get_action().takes_values()
    })
}

/// The interface language from the raw arguments and the environment:
/// `--lang` (the last one given), else `ROADMAP_LANG`, else the locale.
pub fn lang_before_parsing(args: &[OsString], env: impl Fn(&str) -> Option<String>) -> Lang {
    let mut chosen = None;
    let mut words = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next().map(|value| value.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        match value.as_deref() {
            Some("ja") => chosen = Some(Lang::Ja),
            Some("en") => chosen = Some(Lang::En),
            _ => {}
        }
    }
    chosen
        .or_else(|| match env("ROADMAP_LANG").as_deref() {
            Some("ja") => Some(Lang::Ja),
            Some("en") => Some(Lang::En),
            _ => None,
        })
        .unwrap_or_else(|| Lang::detect(env, crate::lang::system_locale))
}

/// The clap command in a language.
pub fn command(lang: Lang) -> clap::Command {
    let command = Cli::command();
    if lang == Lang::En {
        return command;
    }
    let mut missing = Vec::new();
    let mut command = translate(command, "", &mut missing);
    debug_assert!(missing.is_empty(), "untranslated help: {missing:?}");
    // clap adds its `help` subcommands while building, in English.
    command.build();
    translate_help_subcommands(command)
}

/// The `help` subcommands and `--help`/`--version` flags clap added, in
/// Japanese.
fn translate_help_subcommands(mut command: clap::Command) -> clap::Command {
    for (id, help) in FLAGS_JA {
        if command.get_arguments().any(|arg| arg.get_id() == id) {
            command = command.mut_arg(id, |arg| arg.help(help).long_help(None::<&str>));
        }
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(&name, |sub| {
            if name == "help" {
                sub.about(HELP_SUBCOMMAND_JA).help_template(TEMPLATE_JA)
            } else {
                translate_help_subcommands(sub)
            }
        });
    }
    command
}

/// Puts the Japanese text on a command, its arguments and subcommands;
/// what has no text is listed in `missing`.
fn translate(mut command: clap::Command, path: &str, missing: &mut Vec<String>) -> clap::Command {
    match command_text(path) {
        Some((about, after_help)) => {
            command = command.about(about).long_about(None::<&str>);
            command = match after_help {
                "" => command.after_help(None::<&str>),
                text => command.after_help(text),
            };
        }
        None => missing.push(format!("command '{path}'")),
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in ids {
        let Some(help) = arg_text(path, &id) else {
            missing.push(format!("argument '{id}' of '{path}'"));
            continue;
        };
        command = command.mut_arg(&id, |arg| {
            let names: Option<Vec<&'static str>> = arg
                .get_value_names()
                .map(|names| names.iter().map(|name| value_name(name)).collect());
            let takes_values = arg.get_action().takes_values();
            let arg = arg.help(help).long_help(None::<&str>).hide_env(true);
            // The help text says the defaults and the values in Japanese.
            let arg = if takes_values {
                arg.hide_default_value(true).hide_possible_values(true)
            } else {
                arg
            };
            match names {
                Some(names) => arg.value_names(names),
                None => arg,
            }
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        command = command.mut_subcommand(&name, |sub| translate(sub, &sub_path, missing));
    }
    command
        .help_template(TEMPLATE_JA)
        .subcommand_help_heading(COMMANDS_JA)
        .subcommand_value_name(COMMANDS_JA)
}

/// Help as clap rendered it, with clap's own words in the language.
fn finish_help(text: &str, lang: Lang) -> String {
    if lang == Lang::Ja {
        crate::i18n::help_ja::finish(text)
    } else {
        text.to_string()
    }
}

/// The usage line of the command named in `args`, without the options
/// that came from the environment.
fn usage(command: &mut clap::Command, args: &[OsString], lang: Lang) -> String {
    command.build();
    let mut current = &mut *command;
    for name in command_path(current, args) {
        current = current
            .find_subcommand_mut(&name)
            .expect("a subcommand found by name");
    }
    let usage = current.render_usage().to_string();
    let usage = usage.trim_start_matches("Usage:").trim().to_string();
    finish_help(&usage, lang)
}

/// The subcommands named in `args`, outermost first: `["import", "progress"]`.
fn command_path(command: &clap::Command, args: &[OsString]) -> Vec<String> {
    let mut path = Vec::new();
    let mut current = command;
    let mut words = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word.starts_with('-') {
            // Skip the value of an option that takes one (`--user ana`).
            if takes_value(current, &word) {
                words.next();
            }
            continue;
        }
        match current.find_subcommand(&*word) {
            Some(sub) => {
                path.push(sub.get_name().to_string());
                current = sub;
            }
            None => break,
        }
    }
    path
}

/// The command line as a user would name it in `--help` advice:
/// `roadmap`, `roadmap done`, `roadmap import progress`.
fn invoked(args: &[OsString]) -> String {
    let mut command = Cli::command();
    command.build();
    let mut names = vec!["roadmap".to_string()];
    names.extend(command_path(&command, args));
    names.join(" ")
}

/// A clap error in `lang`: clap words its own errors in English only.
fn error_text(err: &clap::Error, usage: &str, args: &[OsString], lang: Lang) -> String {
    if lang == Lang::Ja {
        japanese_error(err, usage, &invoked(args))
    } else {
        english_error(&err.render().to_string(), usage)
    }
}

/// clap's English error with the plain usage line.
fn english_error(rendered: &str, usage: &str) -> String {
    rendered
        .lines()
        .map(|line| {
            if line.starts_with("Usage: ") {
                format!("Usage: {usage}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect()
}
