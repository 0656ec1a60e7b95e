//! Arguments of the commands that read: `find`, `show`, `open`, `log`.

use clap::Args;

use super::at_least_one;

#[derive(Debug, Args)]
pub struct FindArgs {
    /// Words to look for
    #[arg(required = true, value_name = "WORD", num_args = 1..)]
    pub words: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The step: id, alias, unambiguous id prefix, short number (2.3) or a word of its title
    #[arg(value_name = "STEP", add = crate::complete::steps())]
    pub step: String,
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// The step: id, alias, unambiguous id prefix, short number (2.3) or a word of its title
    #[arg(value_name = "STEP", add = crate::complete::steps())]
    pub step: String,
    /// Which resource, counted as `show` lists them [default: 1]
    #[arg(value_name = "INDEX", value_parser = clap::value_parser!(u16).range(1..))]
    pub n: Option<u16>,
    /// Print the link instead of opening it
    #[arg(long)]
    pub print: bool,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// How many entries to show
    #[arg(short = 'n', long = "count", default_value_t = 20, value_name = "N", value_parser = at_least_one)]
    pub count: usize,
    /// Show the whole history
    #[arg(long, conflicts_with = "count")]
    pub all: bool,
}
