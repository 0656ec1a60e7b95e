//! `roadmap study start` and `roadmap study stop`: a stopwatch for study
//! sessions. The running timer is a small file of this machine
//! (`store::timer`); stopping it logs a session like `study` does, which
//! `undo` takes back like any other.

use std::io::BufRead;

use chrono::{DateTime, Local, Utc};
use serde::Serialize;

use crate::cli::{TimerAction, TimerStartArgs, TimerStopArgs};
use crate::cmd::{Context, study};
use crate::error::{Error, Result};
use crate::i18n::{RecordMsg, TimerMsg};
use crate::lang::Lang;
use crate::progress::{Elapsed, Status, Timer, next_steps};
use crate::render::{Line, Printer, Role};
use crate::roadmap::Roadmap;

/// What `study start --json` and `study stop --discard --json` print.
#[derive(Debug, Serialize)]
struct TimerReport {
    /// `started` or `discarded`.
    action: &'static str,
    number: String,
    id: String,
    title: String,
    started: DateTime<Utc>,
    minutes: u64,
}

pub fn run(action: &TimerAction, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    match action {
        TimerAction::Start(args) => start(args, ctx, p),
        TimerAction::Stop(args) => stop(args, ctx, p),
    }
}

fn refuse(message: TimerMsg, hint: Option<TimerMsg>) -> anyhow::Error {
    Error::Timer(Box::new((message, hint))).into()
}

/// "1.2  Title", for messages.
fn step_name(roadmap: &Roadmap, i: usize, lang: Lang) -> String {
    format!("{}  {}", roadmap.number(i), roadmap.steps[i].title(lang))
}

/// The local time a timer started, with its date unless it is today.
pub fn clock(started: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let (started, now) = (started.with_timezone(&Local), now.with_timezone(&Local));
    if started.date_naive() == now.date_naive() {
        started.format("%H:%M").to_string()
    } else {
        started.format("%Y-%m-%d %H:%M").to_string()
    }
}

fn start(args: &TimerStartArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let lang = ctx.config.lang;
    let now = ctx.config.now;
    let roadmap = ctx.roadmap()?;
    if let Some(running) = ctx.store.timer(&ctx.config.user)? {
        let step = match roadmap.index_of(&running.step) {
            Some(i) => step_name(&roadmap, i, lang),
            None => running.step.clone(),
        };
        let time = clock(running.started, now);
        let message = TimerMsg::AlreadyRunning { step, time };
        return Err(refuse(message, Some(TimerMsg::AlreadyRunningHint)));
    }
    let progress = ctx.progress(&roadmap)?;
    let i = match &args.step {
        Some(step) => ctx.resolve(&roadmap, std::slice::from_ref(step))?[0],
        None => {
            let statuses = progress.statuses(&roadmap);
            let in_progress = roadmap
                .reading_order()
                .find(|&i| statuses[i] == Status::InProgress);
            in_progress
                .or_else(|| next_steps(&roadmap, &statuses).first().copied())
                .ok_or_else(|| refuse(TimerMsg::NoStepToTime, None))?
        }
    };
    let timer = Timer {
        roadmap: roadmap.id.to_string(),
        step: roadmap.steps[i].id.to_string(),
        started: now,
    };
    ctx.store.save_timer(&ctx.config.user, &timer)?;
    if ctx.config.json {
        return p.json(&report("started", &roadmap, i, &timer, now, lang));
    }
    let message = TimerMsg::Started {
        step: step_name(&roadmap, i, lang),
        time: clock(now, now),
    };
    p.line(Line::new().role(Role::Good, message.text(lang)))?;
    p.line(Line::new().role(Role::Faint, TimerMsg::StopHint.text(lang)))
}

fn report(
    action: &'static str,
    roadmap: &Roadmap,
    i: usize,
    timer: &Timer,
    now: DateTime<Utc>,
    lang: Lang,
) -> TimerReport {
    TimerReport {
        action,
        number: roadmap.number(i),
        id: roadmap.steps[i].id.to_string(),
        title: roadmap.steps[i].title(lang).to_string(),
        started: timer.started,
        minutes: timer.minutes(now),
    }
}

fn stop(args: &TimerStopArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let lang = ctx.config.lang;
    let now = ctx.config.now;
    let user = &ctx.config.user;
    let Some(timer) = ctx.store.timer(user)? else {
        return Err(refuse(TimerMsg::NotRunning, Some(TimerMsg::NotRunningHint)));
    };
    let span = |minutes: u64| RecordMsg::Duration(minutes).text(lang);
    if args.discard {
        ctx.store.clear_timer(user)?;
        if ctx.config.json {
            let roadmap = ctx.roadmap()?;
            if let Some(i) = roadmap.index_of(&timer.step) {
                return p.json(&report("discarded", &roadmap, i, &timer, now, lang));
            }
        }
        let message = TimerMsg::Discarded {
            span: span(timer.minutes(now)),
        };
        return p.line(Line::new().ours(message.text(lang)));
    }
    let note = args.note.as_deref().map(str::trim);
    if note.is_some_and(str::is_empty) {
        return Err(Error::EmptyNote.into());
    }
    let roadmap = ctx.roadmap()?;
    let Some(i) = roadmap.index_of(&timer.step) else {
        let step = timer.step.clone();
        return Err(refuse(TimerMsg::StepGone { step }, None));
    };
    let minutes = match timer.elapsed(now) {
        Elapsed::UnderAMinute => {
            ctx.store.clear_timer(user)?;
            return p.line(Line::new().ours(TimerMsg::UnderAMinute.text(lang)));
        }
        Elapsed::Minutes(minutes) => minutes,
        Elapsed::Long(minutes) if args.force || confirmed(&span(minutes.into()), lang)? => minutes,
        Elapsed::Long(minutes) => {
            let message = TimerMsg::Long {
                span: span(minutes.into()),
            };
            return Err(refuse(message, Some(TimerMsg::LongHint)));
        }
        Elapsed::OverADay(minutes) => {
            let message = TimerMsg::OverADay {
                span: span(minutes.into()),
            };
            return Err(refuse(message, Some(TimerMsg::OverADayHint)));
        }
    };
    study::log(ctx, p, &roadmap, i, minutes, now, note)?;
    // After the session is saved: a crash between the two leaves the timer
    // running (seen, and stopped again with --discard), never a lost session.
    ctx.store.clear_timer(user)
}

/// Asks on the terminal whether to log a long timer; `false` (no answer)
/// when standard input or error is not a terminal.
fn confirmed(span: &str, lang: Lang) -> Result<bool> {
    if !crate::render::out::can_ask() {
        return Ok(false);
    }
    let mut prompt = Printer::stderr(lang, crate::cli::ColorChoice::Never);
    prompt.document(&TimerMsg::Confirm { span: span.into() }.text(lang))?;
    prompt.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "はい"))
}
