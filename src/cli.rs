//! Every command-line definition, in one place. Completions and the man page
//! are generated from these too.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::lang::Lang;

mod apply;
mod check;
mod count;
mod mentor;
mod moving;
mod reading;
mod record;
mod sync;
pub use apply::{
    ApplyAction, ApplyAddArgs, ApplyArgs, ApplyGoalArgs, ApplyMoveArgs, ApplyPrivateArgs,
};
pub use check::{CheckArgs, TrustArgs};
pub use count::CountError;
use count::at_least_one;
pub use mentor::CommentArgs;
pub use moving::{
    ExportArgs, ExportFormat, GraphArgs, GraphFormat, ImportCommand, ImportProgressArgs,
    ImportRoadmapshArgs,
};
pub use reading::{FindArgs, LogArgs, OpenArgs, ShowArgs};
pub use record::{
    DoneArgs, EvidenceArgs, GoalArgs, StudyArgs, TimerAction, TimerStartArgs, TimerStopArgs,
};
pub use sync::{OnOff, SyncAction, SyncArgs, SyncInitArgs, UndoArgs};

const AFTER_HELP: &str = "\
Examples:
  roadmap                      what is on today: the step in hand, progress, pace
  roadmap next                 what to do now
  roadmap start 1.1            say you are on it
  roadmap note 1.1 \"Python!\"   keep a note on the step
  roadmap done pick-a-language mark a step done (id, prefix or number like 1.2)
  roadmap study 1.2 90m        log study time on a step
  roadmap undo                 take the last change back
  roadmap status               progress per stage, pace and finish date
  roadmap log                  what you did, newest first
  roadmap find docker          search the steps
  roadmap --user alice next    progress is kept per user

Data lives in ROADMAP_DATA_DIR, else %APPDATA%\\roadmap\\data (Windows),
~/Library/Application Support/roadmap (macOS), ~/.local/share/roadmap (Linux).";

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
    /// Without a command: what is on today (see `Examples`).
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Whose progress to use [default: your login name]
    #[arg(long, global = true, env = "ROADMAP_USER", value_name = "NAME")]
    pub user: Option<String>,
    /// Follow this roadmap file instead of the built-in one
    #[arg(long, global = true, env = "ROADMAP_FILE", value_name = "FILE")]
    pub roadmap: Option<PathBuf>,
    /// Where progress is stored [default: the platform data folder, see --help]
    #[arg(long, global = true, env = "ROADMAP_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Language of the output [default: from LC_ALL, LC_MESSAGES or LANG, else the system's]
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
    /// Show progress per stage and overall, your pace and a finish date
    #[command(
        after_help = "Once your first study session (`roadmap study`) is a week old, pace is the hours\nstudied per week over the whole weeks before this one (at most 4), and the\nfinish date is the required hours left at that pace (each step's estimate minus\nthe time you spent on it). With a weekly goal (`roadmap goal`), the date at the\ngoal's pace shows too, from the first day. Without logged time, pace counts the\nestimates of the steps marked done in the last 4 weeks (at least 1 week of\nhistory is needed). The line says which basis it uses.\n\nExamples:\n  roadmap status\n  roadmap status --steps\n  roadmap status --all-users     one row per learner (mentor view)"
    )]
    Status(StatusArgs),
    /// Mark steps as in progress (they come first in `next`)
    #[command(
        after_help = "Starting a finished (done or skipped) step reopens it: it is in progress again,\nand a warning says so. `roadmap undo` takes it back.\n\nExamples:\n  roadmap start 1.2\n  roadmap start sql --note \"chapter 1 of the manual\""
    )]
    Start(ChangeArgs),
    /// Skip steps you already know; they count as finished, like on roadmap.sh
    #[command(
        after_help = "Examples:\n  roadmap skip git-basics\n  roadmap skip 1.1 1.2 --note \"used Python at work\""
    )]
    Skip(ChangeArgs),
    /// Put steps back to todo
    #[command(after_help = "Examples:\n  roadmap reset 2.1\n  roadmap reset 2.1 2.2")]
    Reset(ChangeArgs),
    /// Take back the last change (done, start, skip, reset, note, tick, untick, study or evidence)
    #[command(
        after_help = "Undo removes the last invocation's changes from the history and puts each step\nback to the status it had before; a command that changed several steps is\nundone as a whole. Run it again to go further back. There is no redo: run the\ncommand again instead. A change already synced is on your other machines: undo\nrefuses it unless you add --synced.\n\nExamples:\n  roadmap undo\n  roadmap undo && roadmap undo    take back the last two changes\n  roadmap undo --synced           also a change already synced"
    )]
    Undo(UndoArgs),
    /// Tick items of a step's checklist (numbered from 1, as `show` lists them)
    #[command(
        after_help = "Ticks count toward the hours left; ticking the last item does not mark the step\ndone: run `roadmap done` when you are.\n\nExamples:\n  roadmap tick 1.2 1\n  roadmap tick sql-basics 2 3"
    )]
    Tick(TickArgs),
    /// Untick items of a step's checklist
    #[command(after_help = "Examples:\n  roadmap untick 1.2 3")]
    Untick(TickArgs),
    /// Show or set your programming language: resources for other stacks are hidden
    #[command(
        after_help = "Resources that name no stack are always shown. The stack is kept per user and\nroadmap.\n\nExamples:\n  roadmap stack              show it, and the stacks this roadmap knows\n  roadmap stack php          follow the roadmap with PHP\n  roadmap stack --clear      show resources for every stack again"
    )]
    Stack(StackArgs),
    /// Write a note on a step (several notes per step, each dated)
    #[command(
        after_help = "Quote the note, so the shell keeps apostrophes and spaces as they are.\n\nExamples:\n  roadmap note 1.2 \"Flask or FastAPI? Trying FastAPI first\"\n  roadmap note sql-basics \"read chapter 3, joins don't click yet\"\n  roadmap note 2.1 \"finished the tutorial\" --at yesterday"
    )]
    Note(NoteArgs),
    /// Leave a learner a comment; it reaches them through sync
    #[command(
        after_help = "The comment is kept in your own file (never in the learner's) and travels with
`roadmap sync`. With a step, it shows on that step's `roadmap show` too. Quote
the comment. `roadmap undo` takes it back.

Examples:
  roadmap comment ben \"Great pace this week\"
  roadmap comment ben 1.3 \"Try the PostgreSQL tutorial first\""
    )]
    Comment(CommentArgs),
    /// Search the steps: ids, titles, summaries, done-when texts and checklists
    #[command(
        after_help = "Every word must appear; case and full-width or half-width forms do not matter.\n\nExamples:\n  roadmap find sql\n  roadmap find docker compose\n  roadmap find 文法 --json"
    )]
    Find(FindArgs),
    /// Log time spent studying a step
    #[command(
        after_help = "DURATION is like 90m, 1h30m, 1.5h, 90分 or 1時間半; a bare number is minutes\n(90 = 90m). More than 0, at most 24h. Undo takes it back like any other change.\n\nExamples:\n  roadmap study 1.2 90m\n  roadmap study sql 1.5h --note \"joins, chapter 3\"\n  roadmap study git 45m --at 2026-11-01"
    )]
    Study(StudyArgs),
    /// Set, show or clear your weekly study goal
    #[command(
        after_help = "DURATION as for `study`: 5h, 1h30m, 10時間; a bare number is minutes.\nWeeks start on Monday in your local time zone. `roadmap status` shows this week\nagainst the goal and your streak of days with study logged.\n\nExamples:\n  roadmap goal 5h\n  roadmap goal\n  roadmap goal --clear"
    )]
    Goal(GoalArgs),
    /// Attach links to what you built for a step: a repository, an app, an article
    #[command(
        after_help = "Only http and https links are accepted. Evidence shows in `show`, `--json` and\nevery export.\n\nExamples:\n  roadmap evidence 1.2 https://github.com/me/todo-api\n  roadmap done 3.1 --evidence https://me.example/blog/sql"
    )]
    Evidence(EvidenceArgs),
    /// Prove a step with its checks, run in your project
    #[command(after_help = check::CHECK_AFTER_HELP)]
    Check(CheckArgs),
    /// Allow a roadmap file's checks to run here
    #[command(after_help = check::TRUST_AFTER_HELP)]
    Trust(TrustArgs),
    /// Everything about one step: what, why, how you know it is done, your notes
    #[command(after_help = "Examples:\n  roadmap show 1.2\n  roadmap show sql-basics --json")]
    Show(ShowArgs),
    /// Open a step's resource in your web browser
    #[command(
        after_help = "Only http and https links are opened, in the system's default browser. INDEX\ncounts the resources as `roadmap show` lists them (those of your stack). --print\nwrites the link instead, to copy or pipe.\n\nExamples:\n  roadmap open 1.4\n  roadmap open sql-basics 2\n  roadmap open 1.4 --print"
    )]
    Open(OpenArgs),
    /// Every step, grouped by stage, with its status and short number
    #[command(
        after_help = "Marks: [x] done  [>] in progress  [-] skipped  [ ] todo (dimmed while waiting on\na prerequisite).\n\nExamples:\n  roadmap list\n  roadmap list --json"
    )]
    List,
    /// What you did, newest first, in your local time
    #[command(
        after_help = "Examples:\n  roadmap log\n  roadmap log -n 5\n  roadmap log --all --json"
    )]
    Log(LogArgs),
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  roadmap completions bash > ~/.local/share/bash-completion/completions/roadmap\n  roadmap completions zsh > ~/.zfunc/_roadmap\n  roadmap completions fish > ~/.config/fish/completions/roadmap.fish"
    )]
    Completions(CompletionsArgs),
    /// Print the man page (roff)
    #[command(
        after_help = "Examples:\n  roadmap man > ~/.local/share/man/man1/roadmap.1\n  roadmap man | man -l -"
    )]
    Man,
    /// Check a roadmap file and report every problem
    #[command(
        after_help = "Exit status: 0 when valid (warnings allowed), 2 when there are errors.\n\nExamples:\n  roadmap validate my-roadmap.json\n  roadmap --roadmap team.json validate --json"
    )]
    Validate(ValidateArgs),
    /// Export the roadmap with your progress: Markdown, JSON backup or an HTML picture
    #[command(
        after_help = "With -o, the format follows the file's extension (.md, .html or .json); --format\nis needed when writing to standard output.\n\nExamples:\n  roadmap export -o roadmap.html\n  roadmap export --format md > checklist.md\n  roadmap export -o backup.json   # restore with `roadmap import progress`"
    )]
    Export(ExportArgs),
    /// Print the prerequisite graph for Mermaid or Graphviz
    #[command(
        after_help = "Examples:\n  roadmap graph > roadmap.mmd\n  roadmap graph --format dot | dot -Tsvg > roadmap.svg"
    )]
    Graph(GraphArgs),
    /// Bring in a roadmap.sh roadmap or a progress backup
    #[command(subcommand)]
    Import(ImportCommand),
    /// Share progress between your machines, or with a cohort, through a Git remote
    #[command(
        args_conflicts_with_subcommands = true,
        after_help = "Without a subcommand: commit your changes, fetch, merge progress changed on\nboth sides (never as text), and push. Offline, your changes stay committed here\nand the next sync pushes them. Needs `git` on PATH.\n\nExamples:\n  roadmap sync\n  roadmap sync status\n  roadmap --user alice sync init git@github.com:alice/progress.git"
    )]
    Sync(SyncArgs),
    /// Your job hunt: log applications, follow their stages, see the funnel
    #[command(
        after_help = "Examples:\n  roadmap apply add \"ACME Inc.\" --channel agent\n  roadmap apply move 1 passed\n  roadmap apply list\n  roadmap apply funnel"
    )]
    Apply(ApplyArgs),
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The roadmap file [default: --roadmap / ROADMAP_FILE, else the built-in roadmap]
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct NextArgs {
    /// How many steps to show
    #[arg(short = 'n', long = "count", default_value_t = 3, value_name = "N", value_parser = at_least_one)]
    pub count: usize,
    /// Show every available step
    #[arg(long, conflicts_with = "count")]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// List each step with its status
    #[arg(long)]
    pub steps: bool,
    /// One row per user in the data directory (the mentor view)
    #[arg(long, conflicts_with = "steps")]
    pub all_users: bool,
    /// With --all-users: flag learners with nothing recorded for DAYS days or more [default: 7]
    #[arg(long, value_name = "DAYS", requires = "all_users", value_parser = mentor::stalled_days)]
    pub stalled_days: Option<u32>,
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// Steps: id, alias, unambiguous id prefix, short number (2.3) or a word of one title
    #[arg(required = true, value_name = "STEP", add = crate::complete::steps())]
    pub steps: Vec<String>,
    /// Attach a note to each step
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// When it happened: today, yesterday, YYYY-MM-DD (that day at this time), "YYYY-MM-DD HH:MM" (local time) or RFC 3339
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct NoteArgs {
    /// The step: id, alias, unambiguous id prefix, short number (2.3) or a word of its title
    #[arg(value_name = "STEP", add = crate::complete::steps())]
    pub step: String,
    /// The note; several words are joined with spaces
    #[arg(required = true, value_name = "TEXT", num_args = 1..)]
    pub text: Vec<String>,
    /// When it was written, for backfilling: today, yesterday, YYYY-MM-DD, "YYYY-MM-DD HH:MM" or RFC 3339
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct TickArgs {
    /// The step: id, alias, unambiguous id prefix, short number (2.3) or a word of its title
    #[arg(value_name = "STEP", add = crate::complete::steps())]
    pub step: String,
    /// Checklist item numbers, from 1
    #[arg(required = true, value_name = "ITEM", num_args = 1.., allow_negative_numbers = true)]
    pub items: Vec<String>,
}

#[derive(Debug, Args)]
pub struct StackArgs {
    /// The stack to follow, e.g. php or python
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
    /// Forget the stack: show resources for every stack
    #[arg(long, conflicts_with = "name")]
    pub clear: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
