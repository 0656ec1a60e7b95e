//! The command-line definitions of mentors: `comment`, and the stalled
//! threshold of the mentor table.

use clap::Args;

#[derive(Debug, Args)]
pub struct CommentArgs {
    /// The learner: a user name with a file in the data folder (synced from the cohort)
    #[arg(value_name = "LEARNER")]
    pub learner: String,
    /// [STEP] TEXT: the step the comment is about (optional), then the comment, quoted
    #[arg(required = true, value_name = "TEXT", num_args = 1..=2)]
    pub words: Vec<String>,
}

/// The first value of `--stalled-days`: a whole number of days, 1 or more.
pub fn stalled_days(text: &str) -> Result<u32, String> {
    match text.parse::<u32>() {
        Ok(days) if (1..=3650).contains(&days) => Ok(days),
        _ => Err("a whole number of days from 1 to 3650".into()),
    }
}
