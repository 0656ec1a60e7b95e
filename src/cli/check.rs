//! The command-line definitions of step checks: `check` and `trust`.

use std::path::PathBuf;

use clap::Args;

pub const CHECK_AFTER_HELP: &str = "Runs the step's checks in your project folder: --in DIR, else the folder you\nchecked the step in last time on this machine, else the current one. Each\nresult says what it proves and, when it fails, what to do. When all pass, the\nstep is recorded as verified (time, commit, remote) apart from `done`.\nExit status: 0 all passed, 1 one failed, 2 bad input or an untrusted file.\n\nExamples:\n  roadmap check 1.9 --in ~/code/todo-api\n  roadmap check 1.9 --done\n  roadmap check 1.9 --watch";

pub const TRUST_AFTER_HELP: &str = "The checks of a roadmap file other than the built-in one run programs on this\nmachine, so `check` runs them only once you trust that exact file. Trust\nrecords the file's SHA-256 here (never synced); any change to the file takes\nthe trust back.\n\nExamples:\n  roadmap trust team-roadmap.json";

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The step: id, alias, unambiguous id prefix or short number (2.3)
    #[arg(value_name = "STEP", add = crate::complete::steps())]
    pub step: String,
    /// Your project's folder [default: the one used last for this step, else the current one]
    #[arg(long = "in", value_name = "DIR")]
    pub folder: Option<PathBuf>,
    /// Also mark the step done when every check passes
    #[arg(long)]
    pub done: bool,
    /// Run again whenever a file in the project changes, until all pass (Ctrl-C stops)
    #[arg(long)]
    pub watch: bool,
}

#[derive(Debug, Args)]
pub struct TrustArgs {
    /// The roadmap file whose checks may run
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}
