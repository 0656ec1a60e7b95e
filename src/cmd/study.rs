//! `roadmap study`: log time spent on a step.

use std::io::Write;

use crate::cli::StudyArgs;
use crate::cmd::{Context, change, status};
use crate::error::{Failure, Result};
use crate::lang::Lang;
use crate::progress::{DurationError, parse_duration};
use crate::render::{self, record::StudyReport};

pub fn run(args: &StudyArgs, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let lang = ctx.config.lang;
    let minutes =
        parse_duration(&args.duration).map_err(|err| bad_duration(&args.duration, err, lang))?;
    let note = args.note.as_deref().map(str::trim);
    if note.is_some_and(str::is_empty) {
        return Err(change::empty_note(ctx).into());
    }
    let at = match &args.at {
        Some(text) => change::parse_date(text, ctx.config.now, lang)?,
        None => ctx.config.now,
    };
    let (roadmap, snapshot) = ctx.roadmap_and_snapshot()?;
    let step = ctx.resolve(&roadmap, std::slice::from_ref(&args.step))?[0];
    let (step_minutes, week) = ctx.store.update_from(&ctx.config.user, snapshot, |data| {
        let goal = data.goal;
        let progress = data.roadmaps.entry(roadmap.id.clone()).or_default();
        let batch = progress.new_batch();
        progress.add_session(&roadmap, step, minutes, at, note, batch);
        let spent = progress.minutes_per_step(&roadmap)[step];
        let week = status::week_report(progress, goal, ctx.config.now);
        Ok(((spent, week), true))
    })?;
    let report = StudyReport {
        number: roadmap.number(step),
        id: roadmap.steps[step].id.clone(),
        title: roadmap.steps[step].title(lang).to_string(),
        at,
        minutes,
        note: note.map(str::to_string),
        step_minutes,
        estimate_hours: roadmap.steps[step].estimate_hours,
        week,
    };
    if ctx.config.json {
        render::json(out, &report)
    } else {
        render::record::study_text(out, &report, ctx.style())
    }
}

/// The error for a duration `study` or `goal` cannot take.
pub fn bad_duration(text: &str, err: DurationError, lang: Lang) -> Failure {
    let message = match (err, lang) {
        (DurationError::Unparseable, Lang::En) => format!("cannot read the duration '{text}'"),
        (DurationError::Unparseable, Lang::Ja) => format!("時間 '{text}' を読み取れません"),
        (DurationError::Zero, Lang::En) => format!("the duration '{text}' is zero"),
        (DurationError::Zero, Lang::Ja) => format!("時間 '{text}' がゼロです"),
        (DurationError::Negative, Lang::En) => format!("the duration '{text}' is negative"),
        (DurationError::Negative, Lang::Ja) => format!("時間 '{text}' が負の値です"),
        (DurationError::TooLong, Lang::En) => {
            format!("the duration '{text}' is longer than 24 hours")
        }
        (DurationError::TooLong, Lang::Ja) => format!("時間 '{text}' が 24 時間を超えています"),
    };
    Failure::input(message).with_hint(match lang {
        Lang::En => "write it like 90m, 1h30m, 2h or 1.5h (more than 0, at most 24h)",
        Lang::Ja => "90m、1h30m、2h、1.5h のように書いてください（0 より長く 24h 以内）",
    })
}
