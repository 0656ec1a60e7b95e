//! `roadmap check`: run a step's checks in the learner's project and, when
//! all pass, record a verification. The pure rules are in `crate::check`;
//! the running in `check::run`; the words in `render::check`.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use crate::check::{self, Outcome, Refusal, process, run::run_check};
use crate::cli::CheckArgs;
use crate::cmd::{Context, change};
use crate::error::{Error, Result};
use crate::i18n::check_words::{self, CheckMsg};
use crate::progress::{CheckOutcome, Status, Verification};
use crate::render::check::{self as out, CheckReport, CheckResult, ProblemText};
use crate::render::{Printer, Role};
use crate::roadmap::{CheckKind, Roadmap};
use crate::store;

pub fn run(args: &CheckArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let (roadmap, untrusted) = load(ctx)?;
    let step = ctx.resolve(&roadmap, std::slice::from_ref(&args.step))?[0];
    let checks = &roadmap.steps[step].checks;
    let id = roadmap.steps[step].id.clone();
    if checks.is_empty() {
        return Err(refuse(Refusal::NoChecks { step: id }));
    }
    if let Some(file) = untrusted {
        let lang = ctx.config.lang;
        let lines: Vec<String> = checks
            .iter()
            .map(|c| check_words::would_run(c, lang))
            .collect();
        out::would_run(p, &file, &lines)?;
        p.flush()?;
        return Err(refuse(Refusal::Untrusted { file }));
    }
    let folder = pick_folder(args, ctx, &roadmap.id, &id)?;
    let progress = ctx.progress(&roadmap)?;
    let stack = progress.stack().map(str::to_string);
    let plan = check::plan(checks, stack.as_deref());
    ctx.store.remember_check_folder(
        &ctx.config.user,
        &roadmap.id,
        &id,
        &folder.display().to_string(),
    )?;
    let watcher = if args.watch {
        Some(Watcher::new(&folder)?)
    } else {
        None
    };
    loop {
        let report = run_once(ctx, p, &roadmap, step, &plan, &folder, stack.as_deref())?;
        let ended = std::time::SystemTime::now();
        let interrupted = process::interrupted();
        if report.passed || watcher.is_none() || interrupted {
            return finish(args, ctx, p, &roadmap, step, report);
        }
        if let Some(watcher) = &watcher {
            // File times come from a coarse clock, a few milliseconds
            // behind `ended`: a change made once "Watching" shows must
            // carry a later time than the run's end.
            std::thread::sleep(Duration::from_millis(50));
            out::line(p, CheckMsg::Watching, Role::Faint)?;
            p.flush()?;
            if !watcher.wait(&folder, ended) {
                out::line(p, CheckMsg::WatchStopped, Role::Faint)?;
                return finish(args, ctx, p, &roadmap, step, report);
            }
            p.blank()?;
        }
    }
}

/// The roadmap, and the name of its file when that file is not trusted.
/// The bytes checked are the bytes followed: read once.
fn load(ctx: &Context) -> Result<(Roadmap, Option<String>)> {
    let Some(path) = &ctx.config.roadmap_file else {
        return Ok((ctx.roadmap()?, None));
    };
    let bytes = store::read_roadmap(path)?;
    let name = path.display().to_string();
    let roadmap = Roadmap::from_json(&bytes).map_err(|problems| Error::InvalidRoadmap {
        name: Some(name.clone()),
        problems,
    })?;
    let trusted = ctx.store.is_trusted(&check::fingerprint(&bytes))?;
    Ok((roadmap, (!trusted).then_some(name)))
}

/// `--in`, else the folder remembered for the step, else the current one.
fn pick_folder(args: &CheckArgs, ctx: &Context, roadmap: &str, step: &str) -> Result<PathBuf> {
    let chosen = match &args.folder {
        Some(folder) => folder.clone(),
        None => ctx
            .store
            .check_folder(&ctx.config.user, roadmap, step)?
            .map(PathBuf::from)
            .filter(|f| f.is_dir())
            .unwrap_or_else(|| PathBuf::from(".")),
    };
    match std::fs::canonicalize(&chosen) {
        Ok(folder) if folder.is_dir() => Ok(folder),
        _ => Err(refuse(Refusal::NotAFolder {
            folder: chosen.display().to_string(),
        })),
    }
}

fn refuse(refusal: Refusal) -> anyhow::Error {
    Error::Check(Box::new(refusal)).into()
}

fn run_once(
    ctx: &Context,
    p: &mut Printer<'_>,
    roadmap: &Roadmap,
    step: usize,
    plan: &[usize],
    folder: &Path,
    stack: Option<&str>,
) -> Result<CheckReport> {
    let lang = ctx.config.lang;
    let the_step = &roadmap.steps[step];
    let shown_folder = folder.display().to_string();
    let text = !ctx.config.json;
    if text {
        out::header(
            p,
            &roadmap.number(step),
            the_step.title(lang),
            &shown_folder,
        )?;
    }
    // The application log, for an `applications` check (read each run:
    // `--watch` may run for days).
    let applications = if plan
        .iter()
        .any(|&i| the_step.checks[i].kind == CheckKind::Applications)
    {
        ctx.progress(roadmap)?.applications.len()
    } else {
        0
    };
    let mut outcomes: Vec<Outcome> = Vec::with_capacity(plan.len());
    let mut results = Vec::with_capacity(plan.len());
    for &i in plan {
        if process::interrupted() {
            break;
        }
        let check = &the_step.checks[i];
        let outcome = run_check(i, check, folder, stack, applications);
        let result = CheckResult {
            kind: check.kind.as_str(),
            proves: check.proves(lang).to_string(),
            stack: check.stack.clone(),
            passed: outcome.passed(),
            ran: outcome.ran.clone(),
            problems: (outcome.findings.iter())
                .map(|f| {
                    let (what, todo) = check_words::finding(f, lang);
                    ProblemText { what, todo }
                })
                .collect(),
            output: outcome.output.clone(),
        };
        if text {
            out::result(p, &result)?;
        }
        outcomes.push(outcome);
        results.push(result);
    }
    let passed = outcomes.len() == plan.len() && check::all_pass(&the_step.checks, &outcomes);
    let (commit, remote) = check::run::project_facts(folder);
    Ok(CheckReport {
        number: roadmap.number(step),
        id: the_step.id.clone(),
        title: the_step.title(lang).to_string(),
        folder: shown_folder,
        checks: results,
        not_for_stack: the_step.checks.len() - plan.len(),
        passed,
        verified: false,
        marked_done: false,
        commit,
        remote,
    })
}

/// Records the verification when all passed, reports, and marks the step
/// done with `--done`.
fn finish(
    args: &CheckArgs,
    ctx: &Context,
    p: &mut Printer<'_>,
    roadmap: &Roadmap,
    step: usize,
    mut report: CheckReport,
) -> Result<()> {
    let mut already_done = false;
    if report.passed {
        let verification = Verification {
            at: ctx.config.now,
            checks: (report.checks.iter())
                .map(|c| CheckOutcome {
                    kind: c.kind.to_string(),
                    passed: c.passed,
                })
                .collect(),
            folder: Some(report.folder.clone()),
            commit: report.commit.clone(),
            remote: report.remote.clone(),
            batch: None,
            device: None,
        };
        let device = ctx.store.device_id();
        already_done = ctx.store.update(&ctx.config.user, |data| {
            let progress = data.roadmaps.entry(roadmap.id.to_string()).or_default();
            let batch = progress.new_batch_on(device.as_deref());
            progress.add_verification(roadmap, step, verification, batch);
            Ok((progress.statuses(roadmap)[step] == Status::Done, true))
        })?;
        report.verified = true;
    }
    let done_hint =
        (!already_done && !args.done).then(|| format!("roadmap done {}", report.number));
    let mark_done = report.passed && args.done && !already_done;
    if ctx.config.json {
        if mark_done {
            // The change's own report would be a second JSON document.
            let mut quiet = Printer::new(std::io::sink(), ctx.config.lang, false, None);
            mark_step_done(ctx, &mut quiet, &report.id)?;
            report.marked_done = true;
        }
        p.json(&report)?;
    } else {
        out::footer(p, &report, done_hint)?;
        if !report.passed && !args.watch {
            let again = CheckMsg::RunAgain(format!("roadmap check {}", report.number));
            out::line(p, again, Role::Faint)?;
        }
    }
    if !report.passed {
        let passed = report.checks.iter().filter(|c| c.passed).count();
        return Err(refuse(Refusal::Failed {
            passed,
            ran: report.checks.len(),
            step: report.number,
        }));
    }
    if mark_done && !ctx.config.json {
        p.blank()?;
        return mark_step_done(ctx, p, &report.id);
    }
    Ok(())
}

/// `--done`: the step is done, reported as `roadmap done` reports it.
fn mark_step_done(ctx: &Context, p: &mut Printer<'_>, id: &str) -> Result<()> {
    let steps = [id.to_string()];
    let change = change::Change {
        references: &steps,
        to: Status::Done,
        note: None,
        at: ctx.config.now,
        evidence: Vec::new(),
    };
    change::run(change, ctx, p)
}

/// Waits for changes in the project folder (`--watch`).
struct Watcher {
    _debouncer: notify_debouncer_mini::Debouncer<notify_debouncer_mini::notify::RecommendedWatcher>,
    events: mpsc::Receiver<notify_debouncer_mini::DebounceEventResult>,
}

impl Watcher {
    fn new(folder: &Path) -> Result<Watcher> {
        let (tx, events) = mpsc::channel();
        let mut debouncer = notify_debouncer_mini::new_debouncer(Duration::from_millis(400), tx)?;
        debouncer.watcher().watch(
            folder,
            notify_debouncer_mini::notify::RecursiveMode::Recursive,
        )?;
        process::catch_interrupt();
        Ok(Watcher {
            _debouncer: debouncer,
            events,
        })
    }

    /// Whether something changed after the run that `ended` (false:
    /// Ctrl-C, or the watch broke). The checks' own reads and writes are
    /// events too: an event counts only when its file was written (or
    /// removed) after the run, and never inside a build or cache folder
    /// or Git's own files, which checks write (`cargo test`, `git status`).
    fn wait(&self, folder: &Path, ended: std::time::SystemTime) -> bool {
        let changed = |path: &Path| {
            let inside = path.strip_prefix(folder).unwrap_or(path);
            if !counts(inside) {
                return false;
            }
            match std::fs::symlink_metadata(path) {
                Ok(meta) => meta.modified().is_ok_and(|at| at > ended),
                Err(_) => true,
            }
        };
        loop {
            if process::interrupted() {
                return false;
            }
            match self.events.recv_timeout(Duration::from_millis(200)) {
                Ok(Ok(events)) if events.iter().any(|e| changed(&e.path)) => return true,
                Ok(_) | Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => return false,
            }
        }
    }
}

/// Folders that tests and builds write into: never the learner's change.
const OUTPUT_FOLDERS: [&str; 5] = [
    "target",
    "node_modules",
    "__pycache__",
    ".pytest_cache",
    "coverage",
];

/// Whether a change at `path` (inside the project) is the learner's: not
/// in an output folder, and in `.git` only a commit or a checkout.
fn counts(path: &Path) -> bool {
    let parts: Vec<_> = path.components().map(|c| c.as_os_str()).collect();
    if parts
        .iter()
        .any(|part| OUTPUT_FOLDERS.iter().any(|f| part == f))
    {
        return false;
    }
    match parts.split_first() {
        Some((first, rest)) if *first == ".git" => {
            rest.first().is_some_and(|p| *p == "HEAD" || *p == "refs")
        }
        _ => true,
    }
}
