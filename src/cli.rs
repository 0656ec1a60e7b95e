//! Every command-line definition, in one place. Completions and the man page
//! are generated from these too.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::lang::Lang;

const AFTER_HELP: &str = "\
Examples:
  roadmap next                 what to do now
  roadmap done pick-a-language mark a step done (id, prefix or number like 1.2)
  roadmap status               progress per stage, pace and finish date
  roadmap --user alice next    progress is kept per user

Data lives in ROADMAP_DATA_DIR, else the platform data folder
(~/.local/share/roadmap on Linux).";

#[derive(Debug, Parser)]
#[command(
    name = "roadmap",
    version,
    about = "Follow a learning roadmap in your terminal: what to do next, what is done, how far along you are.",
    after_help = AFTER_HELP,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Whose progress to use [default: your login name]
    #[arg(long, global = true, env = "ROADMAP_USER", value_name = "NAME")]
    pub user: Option<String>,
    /// Follow this roadmap file instead of the built-in one
    #[arg(long, global = true, env = "ROADMAP_FILE", value_name = "FILE")]
    pub roadmap: Option<PathBuf>,
    /// Where progress is stored [default: ~/.local/share/roadmap]
    #[arg(long, global = true, env = "ROADMAP_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Language of the output [default: from LC_ALL, LC_MESSAGES or LANG]
    #[arg(long, global = true, env = "ROADMAP_LANG", value_enum)]
    pub lang: Option<Lang>,
    /// Print machine-readable JSON (see docs/json.md)
    #[arg(long, global = true)]
    pub json: bool,
    /// When to use colours (NO_COLOR is honoured with auto)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the steps you can do now
    #[command(
        after_help = "Examples:\n  roadmap next\n  roadmap next -n 5\n  roadmap next --all --json"
    )]
    Next(NextArgs),
    /// Mark steps done
    #[command(
        after_help = "Examples:\n  roadmap done pick-a-language\n  roadmap done 1.2 1.3 --note \"finished the tutorial\"\n  roadmap done git --at 2026-11-01"
    )]
    Done(DoneArgs),
    /// Show progress per stage and overall
    #[command(after_help = "Examples:\n  roadmap status\n  roadmap status --steps")]
    Status(StatusArgs),
}

#[derive(Debug, Args)]
pub struct NextArgs {
    /// How many steps to show
    #[arg(short = 'n', long = "count", default_value_t = 3, value_name = "N")]
    pub count: usize,
    /// Show every available step
    #[arg(long, conflicts_with = "count")]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// Steps: id, alias, unambiguous id prefix or short number (2.3)
    #[arg(required = true, value_name = "STEP")]
    pub steps: Vec<String>,
    /// Attach a note to each step
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// When it was done: YYYY-MM-DD, "YYYY-MM-DD HH:MM" (local time) or RFC 3339
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// List each step with its status
    #[arg(long)]
    pub steps: bool,
}
