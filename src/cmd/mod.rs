//! One file per subcommand. Each loads what it needs through [`Context`],
//! asks the pure core for the answer, and hands a report to `render`.

mod change;
mod done;
mod next;
mod status;

use std::io::Write;

use crate::cli::Command;
use crate::config::Config;
use crate::error::{Failure, Result};
use crate::progress::Progress;
use crate::render::Style;
use crate::roadmap::{ReferenceError, Roadmap};
use crate::store::{self, Store};

/// What every command gets: the resolved settings and the store.
pub struct Context {
    pub config: Config,
    pub store: Store,
}

impl Context {
    pub fn new(config: Config) -> Context {
        let store = Store::new(&config.data_dir);
        Context { config, store }
    }

    pub fn style(&self) -> Style {
        Style {
            color: self.config.color,
            lang: self.config.lang,
        }
    }

    /// The roadmap being followed: `--roadmap FILE` or the built-in one.
    pub fn roadmap(&self) -> Result<Roadmap> {
        let (bytes, name) = match &self.config.roadmap_file {
            Some(path) => (store::read_roadmap(path)?, path.display().to_string()),
            None => (
                crate::roadmap::BUILTIN.as_bytes().to_vec(),
                "built-in roadmap".to_string(),
            ),
        };
        Roadmap::from_json(&bytes).map_err(|problems| {
            let mut message = format!("invalid roadmap '{name}':");
            for problem in &problems {
                message.push_str(&format!("\n  {problem}"));
            }
            Failure::input(message)
                .with_hint("run `roadmap validate` for every problem and warning")
                .into()
        })
    }

    /// The user's progress on `roadmap`, read without locking.
    pub fn progress(&self, roadmap: &Roadmap) -> Result<Progress> {
        let mut data = self.store.load(&self.config.user)?;
        Ok(data.roadmaps.remove(&roadmap.id).unwrap_or_default())
    }

    /// Resolves step references, failing on the first bad one with the
    /// closest candidates as a hint.
    pub fn resolve(&self, roadmap: &Roadmap, references: &[String]) -> Result<Vec<usize>> {
        let mut steps = Vec::with_capacity(references.len());
        for reference in references {
            let step = roadmap.resolve(reference).map_err(reference_failure)?;
            if !steps.contains(&step) {
                steps.push(step);
            }
        }
        Ok(steps)
    }
}

fn reference_failure(err: ReferenceError) -> anyhow::Error {
    let candidates = err.candidates();
    let failure = Failure::input(err.to_string());
    let failure = match candidates {
        [] => failure.with_hint("`roadmap list` shows every step with its number and id"),
        [one] => failure.with_hint(format!("did you mean '{one}'?")),
        many => failure.with_hint(format!("did you mean one of: {}?", many.join(", "))),
    };
    failure.into()
}

pub fn run(command: &Command, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    match command {
        Command::Next(args) => next::run(args, ctx, out),
        Command::Done(args) => done::run(args, ctx, out),
        Command::Status(args) => status::run(args, ctx, out),
    }
}
