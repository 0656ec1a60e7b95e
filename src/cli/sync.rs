//! The command-line definitions of `sync`: `sync`, `sync init`, `sync status`,
//! `sync restore`.

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct SyncArgs {
    #[command(subcommand)]
    pub action: Option<SyncAction>,
    /// The automatic sync a command that wrote started: quiet, its failure
    /// recorded for the next today view
    #[arg(long, hide = true)]
    pub background: bool,
}

#[derive(Debug, Subcommand)]
pub enum SyncAction {
    /// Make the data folder a Git working tree that syncs with REMOTE
    #[command(
        after_help = "REMOTE is any URL git accepts (https, ssh or a path). Progress already on the\nremote is merged with yours, never replaced by it. Each learner pushes only\nusers/<name>.json, so pick your own name with --user ('default' is refused).\n\nExamples:\n  roadmap --user alice sync init https://github.com/alice/progress.git\n  roadmap --user mentor sync init /srv/git/cohort.git"
    )]
    Init(SyncInitArgs),
    /// Show the remote, the last sync, and commits not yet pushed or merged
    #[command(
        after_help = "Reads only what is here: it does not contact the remote.\n\nExamples:\n  roadmap sync status\n  roadmap sync status --json"
    )]
    Status,
    /// Put another learner's file back as the last sync left it
    #[command(
        after_help = "For a data folder that shares a cohort: a note or a status written into another\nlearner's file (users/NAME.json) keeps `roadmap sync` from going through. This\nputs that file back as the last sync left it and says what is lost; then\n`roadmap sync` brings in their latest. To leave a learner a message, use\n`roadmap comment NAME [<step>] TEXT`.\n\nExamples:\n  roadmap sync restore ben"
    )]
    Restore(SyncRestoreArgs),
    /// Sync in the background after each change (this machine only)
    #[command(
        after_help = "With automatic sync on, every command that records something starts\n`roadmap sync` in the background; the command never waits for it. A sync that\nfails is said by the next `roadmap` and `roadmap status`. Without ON or OFF,\nshows whether it is on.\n\nExamples:\n  roadmap sync auto on\n  roadmap sync auto off"
    )]
    Auto(SyncAutoArgs),
}

#[derive(Debug, Args)]
pub struct SyncAutoArgs {
    /// on or off
    #[arg(value_name = "ON|OFF")]
    pub state: Option<OnOff>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

#[derive(Debug, Args)]
pub struct SyncRestoreArgs {
    /// The learner whose file to put back
    #[arg(value_name = "NAME")]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct SyncInitArgs {
    /// The Git remote: an https or ssh URL, or a path
    #[arg(value_name = "REMOTE")]
    pub remote: String,
}

/// `roadmap undo`: its one flag is about sync.
#[derive(Debug, Args)]
pub struct UndoArgs {
    /// Also take back a change already synced
    #[arg(long)]
    pub synced: bool,
}
