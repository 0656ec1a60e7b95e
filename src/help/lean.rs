//! The lean command: what a command line that parses goes through.
//!
//! Building the whole command costs more than the rest of `roadmap next`
//! on the built-in roadmap, bar the roadmap itself: every subcommand with
//! its options and texts, and a copy of each global option for every
//! subcommand. A command line that parses needs only the global options
//! and the one subcommand it names, so it is parsed with those alone,
//! as `cli.rs` defines them (with `--help` and `--version`), and gives the
//! same answer: clap takes the same steps through the same options. What
//! does not parse with them (help, a typo, a subcommand other than the
//! one found here) is parsed again with the whole command, which then
//! has the last word. Tests compare the two.

use std::borrow::Cow;
use std::ffi::OsString;

use clap::{Args, Subcommand};

use super::takes_value;
use crate::cli::*;

/// The global options and the subcommand that `args` name, if any;
/// `None` when the first word is no subcommand.
pub(super) fn lean_command(args: &[OsString]) -> Option<clap::Command> {
    // As `Cli`'s `#[command]` and its derive set it, less the texts.
    let root = clap::Command::new("roadmap")
        .version(env!("CARGO_PKG_VERSION"))
        .propagate_version(true)
        .group(clap::ArgGroup::new("Cli").multiple(true));
    let root = GlobalArgs::augment_args(root);
    match first_word(&root, args) {
        None => Some(root),
        Some(word) => Some(root.subcommand(subcommand(&word)?)),
    }
}

/// The subcommand `name` as the derive of `Command` builds it, less the
/// texts.
fn subcommand(name: &str) -> Option<clap::Command> {
    let new = clap::Command::new;
    Some(match name {
        "next" => NextArgs::augment_args(new("next")),
        "done" => DoneArgs::augment_args(new("done")),
        "status" => StatusArgs::augment_args(new("status")),
        "start" => ChangeArgs::augment_args(new("start")),
        "skip" => ChangeArgs::augment_args(new("skip")),
        "reset" => ChangeArgs::augment_args(new("reset")),
        "undo" => new("undo"),
        "tick" => TickArgs::augment_args(new("tick")),
        "untick" => TickArgs::augment_args(new("untick")),
        "stack" => StackArgs::augment_args(new("stack")),
        "note" => NoteArgs::augment_args(new("note")),
        "find" => FindArgs::augment_args(new("find")),
        "study" => StudyArgs::augment_args(new("study")),
        "goal" => GoalArgs::augment_args(new("goal")),
        "evidence" => EvidenceArgs::augment_args(new("evidence")),
        "show" => ShowArgs::augment_args(new("show")),
        "list" => new("list"),
        "log" => LogArgs::augment_args(new("log")),
        "completions" => CompletionsArgs::augment_args(new("completions")),
        "man" => new("man"),
        "validate" => ValidateArgs::augment_args(new("validate")),
        "export" => ExportArgs::augment_args(new("export")),
        "graph" => GraphArgs::augment_args(new("graph")),
        "import" => ImportCommand::augment_subcommands(new("import"))
            .subcommand_required(true)
            .arg_required_else_help(true),
        "sync" => SyncArgs::augment_args(new("sync").args_conflicts_with_subcommands(true)),
        _ => return None,
    })
}

/// The first word of `args` that is neither an option of `command` nor
/// the value of one: the subcommand, if any.
fn first_word<'a>(command: &clap::Command, args: &'a [OsString]) -> Option<Cow<'a, str>> {
    let mut words = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            return None;
        }
        if !word.starts_with('-') {
            return Some(word);
        }
        if takes_value(command, &word) {
            words.next();
        }
    }
    None
}
