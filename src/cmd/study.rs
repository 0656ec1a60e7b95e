//! `roadmap study`: log time spent on a step.

use crate::render::Printer;

use crate::cli::StudyArgs;
use crate::cmd::{Context, status};
use crate::error::{DurationOf, Error, Result};
use crate::progress::{DurationError, parse_duration};
use crate::render::{self, record::StudyReport};
use crate::roadmap::Roadmap;
use chrono::{DateTime, Utc};

pub fn run(args: &StudyArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let (Some(step), Some(duration)) = (&args.step, &args.duration) else {
        // clap asks for both unless a timer action is given.
        return match &args.timer {
            Some(action) => super::timer::run(action, ctx, p),
            None => Ok(()),
        };
    };
    let minutes = parse_duration(duration).map_err(|err| bad_duration(duration, err))?;
    let note = args.note.as_deref().map(str::trim);
    if note.is_some_and(str::is_empty) {
        return Err(Error::EmptyNote.into());
    }
    let at = match &args.at {
        Some(text) => crate::progress::parse_at(text, ctx.config.now)?,
        None => ctx.config.now,
    };
    let roadmap = ctx.roadmap()?;
    let step = ctx.resolve(&roadmap, std::slice::from_ref(step))?[0];
    log(ctx, p, &roadmap, step, minutes, at, note)
}

/// Logs `minutes` of study on `step` at `at` and reports it: `study` and
/// `study stop` alike.
pub fn log(
    ctx: &Context,
    p: &mut Printer<'_>,
    roadmap: &Roadmap,
    step: usize,
    minutes: u32,
    at: DateTime<Utc>,
    note: Option<&str>,
) -> Result<()> {
    let lang = ctx.config.lang;
    // Undo knows a batch by device and number (`progress::batches`).
    let device = ctx.store.device_id();
    let (step_minutes, week) = ctx.store.update(&ctx.config.user, |data| {
        let goal = data.goal();
        let progress = data.roadmaps.entry(roadmap.id.to_string()).or_default();
        let batch = progress.new_batch_on(device.as_deref());
        progress.add_session(roadmap, step, minutes, at, note, batch);
        let spent = progress.minutes_on(roadmap, step);
        let week = status::week_report(progress, goal, ctx.config.now);
        Ok(((spent, week), true))
    })?;
    let report = StudyReport {
        number: roadmap.number(step),
        id: roadmap.steps[step].id.to_string(),
        title: roadmap.steps[step].title(lang).to_string(),
        at,
        minutes,
        note: note.map(str::to_string),
        step_minutes,
        estimate_hours: roadmap.steps[step].estimate_hours(),
        week,
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::record::study_text(p, &report)
    }
}

/// The error for a duration `study` cannot take.
fn bad_duration(text: &str, problem: DurationError) -> Error {
    Error::BadDuration {
        text: text.to_string(),
        problem,
        of: DurationOf::Session,
    }
}
