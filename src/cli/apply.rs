//! The command-line definitions of the job hunt's application log:
//! `apply add`, `apply move`, `apply list`, `apply funnel`, `apply goal`,
//! `apply private`.

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct ApplyArgs {
    #[command(subcommand)]
    pub action: ApplyAction,
}

#[derive(Debug, Subcommand)]
pub enum ApplyAction {
    /// Record an application you sent
    #[command(
        after_help = "CHANNEL is one of job-site, agent, referral, direct, hello-work, casual (a casual\nmeeting, Wantedly), other; the Japanese names work too (転職サイト, エージェント …).\nThe application gets a short number, like steps. Undo takes it back.\n\nExamples:\n  roadmap apply add \"ACME Inc.\" --role \"Backend engineer\" --channel agent\n  roadmap apply add Example --channel job-site --url https://jobs.example/1 --at 2026-11-02"
    )]
    Add(ApplyAddArgs),
    /// Move an application to a stage (passed, interview, offer …)
    #[command(
        after_help = "Stages follow this order: applied, passed (screening, 書類通過), interview (rounds\nare numbered), offer, accepted. A stage may be skipped, never gone back to;\nrejected and withdrawn may come at any time. Nothing follows accepted, rejected\nor withdrawn. A move is never dated before the one it follows.\n\nExamples:\n  roadmap apply move 3 passed\n  roadmap apply move 3 interview --interview-at \"2026-12-04 14:00\"\n  roadmap apply move 3 rejected --note \"no feedback\""
    )]
    Move(ApplyMoveArgs),
    /// Every application, what needs attention first
    #[command(
        after_help = "Interviews today or tomorrow come first, then offers (your answer is awaited),\nthen applications waiting longest for an answer; closed ones last.\n\nExamples:\n  roadmap apply list\n  roadmap apply list --json"
    )]
    List,
    /// The funnel: pass rate, interviews, offers, by channel and month
    #[command(
        after_help = "Counts only, never company names. Rates are shares of the applications sent.\n\nExamples:\n  roadmap apply funnel\n  roadmap apply funnel --json"
    )]
    Funnel,
    /// Set, show or clear your weekly application goal
    #[command(
        after_help = "Weeks start on Monday in your local time zone. `roadmap` shows this week's\napplications against the goal.\n\nExamples:\n  roadmap apply goal 5\n  roadmap apply goal\n  roadmap apply goal --clear"
    )]
    Goal(ApplyGoalArgs),
    /// Keep the application log on this machine only (never synced), or not
    #[command(
        after_help = "With `on`, the log moves to a file outside what sync commits: a mentor or a\ncohort sharing your remote never receives company names or notes. What the\nremote received before stays in its history. With `off`, the log goes back\ninto your user file and the next sync sends it.\n\nExamples:\n  roadmap apply private on\n  roadmap apply private"
    )]
    Private(ApplyPrivateArgs),
}

#[derive(Debug, Args)]
pub struct ApplyAddArgs {
    /// The company
    #[arg(value_name = "COMPANY")]
    pub company: String,
    /// The role applied for
    #[arg(long, value_name = "TEXT")]
    pub role: Option<String>,
    /// Where you applied: job-site, agent, referral, direct, hello-work, casual, other
    #[arg(long, value_name = "CHANNEL", default_value = "other")]
    pub channel: String,
    /// The job posting: http or https
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// When you applied: YYYY-MM-DD, "YYYY-MM-DD HH:MM" (local time) or RFC 3339
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
    /// A note for yourself
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct ApplyMoveArgs {
    /// The application's number (see `roadmap apply list`)
    #[arg(value_name = "NUMBER")]
    pub application: String,
    /// The stage: passed, interview, offer, accepted, rejected, withdrawn
    #[arg(value_name = "STAGE")]
    pub stage: String,
    /// When it happened: YYYY-MM-DD, "YYYY-MM-DD HH:MM" (local time) or RFC 3339
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
    /// When the interview takes place (may be ahead): YYYY-MM-DD or "YYYY-MM-DD HH:MM"
    #[arg(long, value_name = "DATE")]
    pub interview_at: Option<String>,
    /// A note for yourself
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct ApplyGoalArgs {
    /// Applications per week [default: show the goal]
    #[arg(value_name = "COUNT")]
    pub count: Option<String>,
    /// Remove the goal
    #[arg(long, conflicts_with = "count")]
    pub clear: bool,
}

#[derive(Debug, Args)]
pub struct ApplyPrivateArgs {
    /// on or off [default: show where the log is kept]
    #[arg(value_name = "SWITCH", value_parser = ["on", "off"])]
    pub switch: Option<String>,
}
