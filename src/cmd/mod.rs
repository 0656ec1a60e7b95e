//! One file per subcommand. Each loads what it needs through [`Context`],
//! asks the pure core for the answer, and hands a report to `render`.

pub mod apply;
mod apply_views;
mod change;
mod check;
pub mod comment;
pub mod completions;
mod done;
mod evidence;
mod export;
mod find;
mod goal;
mod graph;
mod import;
mod list;
mod log;
pub mod man;
pub mod mentor;
mod next;
mod note;
mod open;
mod reset;
mod show;
mod skill_sheet;
mod skip;
mod stack;
mod start;
pub mod status;
mod study;
pub mod sync;
mod tick;
mod timer;
mod today;
mod trust;
mod undo;
mod untick;
mod validate;

use crate::render::Printer;

use crate::cli::Command;
use crate::config::Config;
use crate::error::{Candidate, Error, Result};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::progress::{Goal, Progress};
use crate::roadmap::{ReferenceError, Roadmap};
use crate::store::{self, Store};

/// What every command gets: the resolved settings and the store.
pub struct Context {
    pub config: Config,
    pub store: Store,
}

impl Context {
    pub fn new(config: Config) -> Context {
        let store = Store::new(&config.data_dir).with_guard(crate::sync::check_write);
        Context { config, store }
    }

    /// A message of the catalogue in the user's language.
    pub fn t(&self, msg: Msg) -> String {
        msg.text(self.config.lang)
    }

    /// The roadmap being followed: `--roadmap FILE` or the built-in one.
    pub fn roadmap(&self) -> Result<Roadmap> {
        let (roadmap, name) = match &self.config.roadmap_file {
            Some(path) => {
                let bytes = store::read_roadmap(path)?;
                (Roadmap::from_json(&bytes), Some(path.display().to_string()))
            }
            None => (Roadmap::builtin(), None),
        };
        roadmap.map_err(|problems| Error::InvalidRoadmap { name, problems }.into())
    }

    /// The roadmap and the user's progress on it.
    pub fn roadmap_and_progress(&self) -> Result<(Roadmap, Progress)> {
        let (roadmap, progress, _) = self.roadmap_progress_and_goal()?;
        Ok((roadmap, progress))
    }

    /// [`Context::roadmap_and_progress`], with the user's weekly goal.
    pub fn roadmap_progress_and_goal(&self) -> Result<(Roadmap, Progress, Option<Goal>)> {
        let roadmap = self.roadmap()?;
        let mut data = self.store.load(&self.config.user)?;
        let progress = data
            .roadmaps
            .remove(roadmap.id.as_str())
            .unwrap_or_default();
        let goal = data.goal();
        Ok((roadmap, progress, goal))
    }

    /// The user's progress on `roadmap`, read without locking.
    pub fn progress(&self, roadmap: &Roadmap) -> Result<Progress> {
        let mut data = self.store.load(&self.config.user)?;
        Ok(data
            .roadmaps
            .remove(roadmap.id.as_str())
            .unwrap_or_default())
    }

    /// Resolves step references, failing on the first bad one with the
    /// closest candidates as a hint.
    pub fn resolve(&self, roadmap: &Roadmap, references: &[String]) -> Result<Vec<usize>> {
        let mut steps = Vec::with_capacity(references.len());
        for reference in references {
            let step = roadmap
                .resolve_in(reference, self.config.lang)
                .map_err(|err| reference_failure(roadmap, err))?;
            if !steps.contains(&step) {
                steps.push(step);
            }
        }
        Ok(steps)
    }
}

fn reference_failure(roadmap: &Roadmap, err: ReferenceError) -> anyhow::Error {
    // Candidates with their short numbers, which are quicker to type.
    let candidates = err
        .candidates()
        .iter()
        .map(|id| Candidate {
            number: roadmap.index_of(id).map(|step| roadmap.number(step)),
            id: id.clone(),
        })
        .collect();
    match err {
        ReferenceError::Unknown { reference, .. } => Error::UnknownStep {
            reference,
            candidates,
        },
        ReferenceError::Ambiguous { reference, .. } => Error::AmbiguousStep {
            reference,
            candidates,
        },
    }
    .into()
}

/// The outcome of a command whose report could not be printed (a full
/// disk behind `>file`, a closed terminal). If its change was saved, the
/// command did its job: it succeeds, with a warning on stderr if stderr
/// still works, so a script that retries failures does not record the
/// change twice. Otherwise the failure stands.
pub fn after_saving(result: Result<()>, lang: Lang) -> Result<()> {
    let Err(err) = result else {
        return Ok(());
    };
    let output_failed = err.downcast_ref::<Error>().is_none()
        && err.chain().any(|cause| cause.is::<std::io::Error>());
    if !(output_failed && store::saved_a_change()) {
        return Err(err);
    }
    crate::warn(
        lang,
        &Msg::SavedButNotPrinted {
            error: crate::output_error(&err).to_string(),
        }
        .text(lang),
    );
    Ok(())
}

/// Runs a command; none (a bare `roadmap`) is the today view.
pub fn run(command: Option<&Command>, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let Some(command) = command else {
        return today::run(ctx, p);
    };
    match command {
        Command::Next(args) => next::run(args, ctx, p),
        Command::Done(args) => done::run(args, ctx, p),
        Command::Status(args) => status::run(args, ctx, p),
        Command::Start(args) => start::run(args, ctx, p),
        Command::Skip(args) => skip::run(args, ctx, p),
        Command::Reset(args) => reset::run(args, ctx, p),
        Command::Undo(args) => undo::run(args, ctx, p),
        Command::Tick(args) => tick::run(args, ctx, p),
        Command::Untick(args) => untick::run(args, ctx, p),
        Command::Stack(args) => stack::run(args, ctx, p),
        Command::Note(args) => note::run(args, ctx, p),
        Command::Comment(args) => comment::run(args, ctx, p),
        Command::Find(args) => find::run(args, ctx, p),
        Command::Show(args) => show::run(args, ctx, p),
        Command::Open(args) => open::run(args, ctx, p),
        Command::Study(args) => study::run(args, ctx, p),
        Command::Goal(args) => goal::run(args, ctx, p),
        Command::Evidence(args) => evidence::run(args, ctx, p),
        Command::Check(args) => check::run(args, ctx, p),
        Command::Trust(args) => trust::run(args, ctx, p),
        Command::List => list::run(ctx, p),
        Command::Log(args) => log::run(args, ctx, p),
        // Handled before settings are resolved (see `crate::run`).
        Command::Completions(args) => completions::run(args, p),
        Command::Man => man::run(ctx.config.lang, p),
        Command::Validate(args) => validate::run(args, ctx, p),
        Command::Export(args) => export::run(args, ctx, p),
        Command::Graph(args) => graph::run(args, ctx, p),
        Command::Import(command) => import::run(command, ctx, p),
        Command::Sync(args) => sync::run(args, ctx, p),
        Command::Apply(args) => apply::run(args, ctx, p),
    }
}
