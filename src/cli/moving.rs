//! The arguments of the commands that move a roadmap or progress in and
//! out: `export`, `graph`, `import`.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::mentor;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A Markdown checklist grouped by stage
    Md,
    /// Your progress on this roadmap, for backup or moving machines
    Json,
    /// A self-contained web page drawing the roadmap coloured by status
    Html,
    /// A skill sheet from your record: Markdown, or HTML with -o FILE.html
    Skills,
    /// The skill sheet as a JSON Resume document
    JsonResume,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to produce [default: from the extension of the -o file]
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<ExportFormat>,
    /// Write to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Leave notes out (the steps' and the study sessions'): for a page to show others
    #[arg(long)]
    pub private: bool,
    /// Put your notes on the skill sheet's projects (left out by default)
    #[arg(long)]
    pub with_notes: bool,
    /// A cohort page of every learner in the data folder (HTML only; the mentor view)
    #[arg(long)]
    pub all_users: bool,
    /// With --all-users: flag learners with nothing recorded for DAYS days or more [default: 7]
    #[arg(long, value_name = "DAYS", requires = "all_users", value_parser = mentor::stalled_days)]
    pub stalled_days: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// A Mermaid flowchart (renders on GitHub and in many editors)
    Mermaid,
    /// Graphviz DOT
    Dot,
}

#[derive(Debug, Args)]
pub struct GraphArgs {
    /// The graph language
    #[arg(long, short = 'f', value_enum, default_value_t = GraphFormat::Mermaid)]
    pub format: GraphFormat,
    /// Write to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Convert a roadmap.sh roadmap JSON file into a roadmap file
    #[command(
        after_help = "The result passes `roadmap validate`; follow it with `roadmap --roadmap OUT next`.\n\nExamples:\n  roadmap import roadmapsh backend.json -o backend-roadmap.json"
    )]
    Roadmapsh(ImportRoadmapshArgs),
    /// Merge progress saved with `roadmap export --format json`
    #[command(
        after_help = "Nothing recorded here is lost: history is merged, and a step takes the status of whichever side changed it last.\n\nExamples:\n  roadmap import progress backup.json"
    )]
    Progress(ImportProgressArgs),
}

#[derive(Debug, Args)]
pub struct ImportRoadmapshArgs {
    /// The roadmap.sh JSON file ({nodes, edges})
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Write the roadmap to OUT instead of standard output
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// The roadmap's id [default: from the file name]
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// The roadmap's title [default: the file's title node, else its name]
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
}

#[derive(Debug, Args)]
pub struct ImportProgressArgs {
    /// A file written by `roadmap export --format json`
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}
