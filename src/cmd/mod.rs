//! One file per subcommand. Each loads what it needs through [`Context`],
//! asks the pure core for the answer, and hands a report to `render`.

mod change;
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
mod mentor;
mod next;
mod note;
mod reset;
mod show;
mod skip;
mod stack;
mod start;
pub mod status;
mod study;
mod sync;
mod tick;
mod today;
mod undo;
mod untick;
mod validate;

use std::path::Path;
use std::sync::Mutex;
use std::thread::JoinHandle;

use crate::render::Printer;

use crate::allocator;
use crate::cli::Command;
use crate::config::Config;
use crate::error::{Candidate, Error, Result};
use crate::i18n::CacheMsg;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::progress::{Goal, Progress};
use crate::roadmap::{Problem, ReferenceError, Roadmap};
use crate::store::cache::{self, Cache};
use crate::store::{self, Snapshot, Store};

/// What every command gets: the resolved settings and the store.
pub struct Context {
    pub config: Config,
    pub store: Store,
    /// A compiled roadmap being written to the cache, if one is.
    cache_writer: Mutex<Option<JoinHandle<cache::Event>>>,
}

impl Context {
    pub fn new(config: Config) -> Context {
        let store = Store::new(&config.data_dir);
        Context {
            config,
            store,
            cache_writer: Mutex::new(None),
        }
    }

    /// A message of the catalogue in the user's language.
    pub fn t(&self, msg: Msg) -> String {
        msg.text(self.config.lang)
    }

    /// The roadmap being followed: `--roadmap FILE` or the built-in one.
    pub fn roadmap(&self) -> Result<Roadmap> {
        let (roadmap, name) = match &self.config.roadmap_file {
            Some(path) => (self.roadmap_file(path)?, Some(path.display().to_string())),
            None => (Roadmap::builtin(), None),
        };
        roadmap.map_err(|problems| Error::InvalidRoadmap { name, problems }.into())
    }

    /// A roadmap file: from the compiled-roadmap cache when it holds this
    /// very file, else compiled from its JSON (and then cached). A pipe
    /// (`--roadmap /dev/stdin`) is read once and never cached.
    fn roadmap_file(&self, path: &Path) -> Result<Result<Roadmap, Vec<Problem>>> {
        // The key is taken before the file is read: a change made while it
        // is read then gives the next run another key. A hit makes a few
        // blocks only (see `allocator::with_system`).
        let (cache, key, hit) = allocator::with_system(|| {
            let cache = self.config.cache_dir.as_ref().map(Cache::new);
            let key = cache.as_ref().and_then(|_| cache::key(path));
            let hit = cache.as_ref().zip(key.as_ref()).map(|(c, k)| c.load(k));
            (cache, key, hit)
        });
        if let (Some(cache), Some(key), Some(hit)) = (&cache, &key, hit) {
            match hit {
                Ok(roadmap) => {
                    self.tell(|| cache::Event::Hit(cache.entry_path(key)));
                    return Ok(Ok(roadmap));
                }
                Err(miss) => self.tell(|| cache::Event::Miss(cache.entry_path(key), miss)),
            }
        }
        let bytes = store::read_roadmap(path)?;
        let Ok(roadmap) = Roadmap::from_json_quietly(&bytes) else {
            // Told exactly as `roadmap validate` tells them.
            return Ok(Roadmap::from_json(&bytes));
        };
        drop(bytes);
        if let (Some(cache), Some(key), Some(payload)) = (cache, key, roadmap.archived_bytes()) {
            // Written while the command goes on (see `Context::finish`).
            let writing = std::thread::spawn(move || {
                let entry = cache.entry_path(&key);
                match cache.store(&key, &payload) {
                    Ok(()) => cache::Event::Written(entry),
                    Err(why) => cache::Event::NotWritten(entry, why),
                }
            });
            *self.cache_writer.lock().unwrap_or_else(|e| e.into_inner()) = Some(writing);
        }
        Ok(Ok(roadmap))
    }

    /// Waits for a cache entry being written, so that the process does not
    /// end in the middle of it (which would only waste the work: entries
    /// are renamed into place whole).
    pub fn finish(&self) {
        let writing = self
            .cache_writer
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(writing) = writing {
            let event = writing
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            self.tell(|| event);
        }
    }

    /// With `--verbose`, a line on stderr about the cache.
    /// The event is made only then: naming the entry takes blocks, which
    /// a hit otherwise makes none of on its thread (see `roadmap_file`).
    fn tell(&self, event: impl FnOnce() -> cache::Event) {
        if self.config.verbose {
            crate::note(self.config.lang, &CacheMsg(event()).text(self.config.lang));
        }
    }

    /// The roadmap and the user's progress on it, read side by side: for a
    /// large roadmap file, reading the store takes a third as long again,
    /// and it needs nothing from the roadmap. Errors come in the order of
    /// [`Context::roadmap`] then [`Context::progress`].
    ///
    /// The store is read on this thread and the roadmap on the other: the
    /// store is hundreds of thousands of small blocks, then made, used and
    /// (by `done`) freed on one thread, where mimalloc frees another
    /// thread's blocks by a slower path. A roadmap from the cache is a
    /// handful of blocks (see `allocator::with_system`).
    pub fn roadmap_and_progress(&self) -> Result<(Roadmap, Progress)> {
        let (roadmap, progress, _) = self.roadmap_progress_and_goal()?;
        Ok((roadmap, progress))
    }

    /// [`Context::roadmap_and_progress`], with the user's weekly goal.
    pub fn roadmap_progress_and_goal(&self) -> Result<(Roadmap, Progress, Option<Goal>)> {
        if self.config.roadmap_file.is_none() {
            // The built-in roadmap loads in well under a millisecond.
            let roadmap = self.roadmap()?;
            let mut data = self.store.load(&self.config.user)?;
            let progress = data
                .roadmaps
                .remove(roadmap.id.as_str())
                .unwrap_or_default();
            return Ok((roadmap, progress, data.goal));
        }
        let (roadmap, data) = std::thread::scope(|scope| {
            let roadmap = scope.spawn(|| self.roadmap());
            let data = self.store.load(&self.config.user);
            (roadmap.join(), data)
        });
        let roadmap = roadmap.unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        let mut data = data?;
        let progress = data
            .roadmaps
            .remove(roadmap.id.as_str())
            .unwrap_or_default();
        Ok((roadmap, progress, data.goal))
    }

    /// The roadmap, and the user's data read ahead of the lock for a change
    /// (see [`Store::snapshot`]), side by side like
    /// [`Context::roadmap_and_progress`].
    pub fn roadmap_and_snapshot(&self) -> Result<(Roadmap, Snapshot)> {
        if self.config.roadmap_file.is_none() {
            return Ok((self.roadmap()?, Snapshot::default()));
        }
        let (roadmap, snapshot) = std::thread::scope(|scope| {
            let roadmap = scope.spawn(|| self.roadmap());
            let snapshot = self.store.snapshot(&self.config.user);
            (roadmap.join(), snapshot)
        });
        let roadmap = roadmap.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        Ok((roadmap?, snapshot))
    }

    /// Leaves what a read-only command loaded to the end of the process,
    /// whose memory the system takes back at once: freeing 100,000 step
    /// records and as many events block by block takes a millisecond and
    /// a half. Commands run once per process (see `lib::run`).
    pub fn leave<T>(&self, loaded: T) {
        std::mem::forget(loaded);
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
        Command::Undo => undo::run(ctx, p),
        Command::Tick(args) => tick::run(args, ctx, p),
        Command::Untick(args) => untick::run(args, ctx, p),
        Command::Stack(args) => stack::run(args, ctx, p),
        Command::Note(args) => note::run(args, ctx, p),
        Command::Find(args) => find::run(args, ctx, p),
        Command::Show(args) => show::run(args, ctx, p),
        Command::Study(args) => study::run(args, ctx, p),
        Command::Goal(args) => goal::run(args, ctx, p),
        Command::Evidence(args) => evidence::run(args, ctx, p),
        Command::List => list::run(ctx, p),
        Command::Log(args) => log::run(args, ctx, p),
        // Handled before settings are resolved (see `crate::run`).
        Command::Completions(args) => completions::run(args, p),
        Command::Man => man::run(p),
        Command::Validate(args) => validate::run(args, ctx, p),
        Command::Export(args) => export::run(args, ctx, p),
        Command::Graph(args) => graph::run(args, ctx, p),
        Command::Import(command) => import::run(command, ctx, p),
        Command::Sync(args) => sync::run(args, ctx, p),
    }
}
