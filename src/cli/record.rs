//! The command-line definitions of the learner's record: `study`, `goal`,
//! `evidence` and `done --evidence`.

use clap::{Args, Subcommand};

use super::ChangeArgs;

#[derive(Debug, Args)]
pub struct DoneArgs {
    #[command(flatten)]
    pub change: ChangeArgs,
    /// A link to what you built (repeatable): http or https
    #[arg(long, value_name = "URL")]
    pub evidence: Vec<String>,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct StudyArgs {
    #[command(subcommand)]
    pub timer: Option<TimerAction>,
    /// The step: id, alias, unambiguous id prefix or short number (2.3)
    #[arg(value_name = "STEP", required = true, add = crate::complete::steps())]
    pub step: Option<String>,
    /// How long: 90m, 1h30m, 1.5h, 90分, 1時間半; a bare number is minutes (at most 24h)
    #[arg(value_name = "DURATION", allow_hyphen_values = true, required = true)]
    pub duration: Option<String>,
    /// When you studied: YYYY-MM-DD, "YYYY-MM-DD HH:MM" (local time) or RFC 3339
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
    /// What you did
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// The study timer: `study start`, `study stop`.
#[derive(Debug, Subcommand)]
pub enum TimerAction {
    /// Start a timer on a step
    #[command(
        after_help = "The timer belongs to this machine and survives a restart. Without STEP, it runs\non the step in progress, else on the next one. `roadmap` shows it while it runs;\n`roadmap study stop` logs the time.\n\nExamples:\n  roadmap study start 1.2\n  roadmap study start"
    )]
    Start(TimerStartArgs),
    /// Stop the timer and log the time as a study session
    #[command(
        after_help = "A timer left running more than 12 hours is logged only after you confirm (or with\n--force where nobody can answer); --discard stops it without logging. Undo takes\nthe session back like any other.\n\nExamples:\n  roadmap study stop\n  roadmap study stop --note \"chapter 3\"\n  roadmap study stop --discard"
    )]
    Stop(TimerStopArgs),
}

#[derive(Debug, Args)]
pub struct TimerStartArgs {
    /// The step: id, alias, unambiguous id prefix or short number (2.3) [default: the step in progress, else the next]
    #[arg(value_name = "STEP", add = crate::complete::steps())]
    pub step: Option<String>,
}

#[derive(Debug, Args)]
pub struct TimerStopArgs {
    /// What you did
    #[arg(long, value_name = "TEXT", conflicts_with = "discard")]
    pub note: Option<String>,
    /// Log a timer that ran more than 12 hours without asking
    #[arg(long, conflicts_with = "discard")]
    pub force: bool,
    /// Stop the timer without logging anything
    #[arg(long)]
    pub discard: bool,
}

#[derive(Debug, Args)]
pub struct GoalArgs {
    /// Study time per week, like 5h, 90m or 10時間; a bare number is minutes [default: show the goal]
    #[arg(value_name = "DURATION", allow_hyphen_values = true)]
    pub duration: Option<String>,
    /// Remove the goal
    #[arg(long, conflicts_with = "duration")]
    pub clear: bool,
}

#[derive(Debug, Args)]
pub struct EvidenceArgs {
    /// The step: id, alias, unambiguous id prefix or short number (2.3)
    #[arg(value_name = "STEP", add = crate::complete::steps())]
    pub step: String,
    /// Links (http or https)
    #[arg(required = true, value_name = "URL", num_args = 1..)]
    pub urls: Vec<String>,
}
