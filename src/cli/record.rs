//! The command-line definitions of the learner's record: `study`, `goal`,
//! `evidence` and `done --evidence`.

use clap::Args;

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
pub struct StudyArgs {
    /// The step: id, alias, unambiguous id prefix or short number (2.3)
    #[arg(value_name = "STEP")]
    pub step: String,
    /// How long: 90m, 1h30m, 1.5h, 90分, 1時間半; a bare number is minutes (at most 24h)
    #[arg(value_name = "DURATION", allow_hyphen_values = true)]
    pub duration: String,
    /// When you studied: YYYY-MM-DD, "YYYY-MM-DD HH:MM" (local time) or RFC 3339
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
    /// What you did
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
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
    #[arg(value_name = "STEP")]
    pub step: String,
    /// Links (http or https)
    #[arg(required = true, value_name = "URL", num_args = 1..)]
    pub urls: Vec<String>,
}
