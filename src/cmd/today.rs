//! A bare `roadmap`: what is on today. The step(s) in hand (else the next
//! one), the progress in one line, the pace.

use crate::cmd::{
    Context,
    status::{pace_report, week_report},
};
use chrono::Local;

use crate::error::Result;
use crate::i18n::ux::UxMsg;
use crate::progress::{
    Status, hours_left_per_step, next_steps, pace, stage_stats_left, total_stats,
};
use crate::render::{
    self, Printer,
    done::Figures,
    round1,
    today::{RunningTimer, TodayReport, TodayStep},
};

pub fn run(ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let (roadmap, progress, goal) = ctx.roadmap_progress_and_goal()?;
    let statuses = progress.statuses(&roadmap);
    let lang = ctx.config.lang;
    let verified = progress.verified_steps(&roadmap);
    let step = |i: usize| {
        let step = &roadmap.steps[i];
        TodayStep {
            number: roadmap.number(i),
            id: step.id.to_string(),
            title: step.title(lang).to_string(),
            status: statuses[i],
            estimate_hours: step.estimate_hours(),
            optional: step.optional,
            done_when: step.done_when(lang).to_string(),
            checks: step.checks.len(),
            verified: verified[i],
        }
    };
    let in_progress: Vec<TodayStep> = roadmap
        .reading_order()
        .filter(|&i| statuses[i] == Status::InProgress)
        .map(step)
        .collect();
    // The next step is shown only when nothing is in hand.
    let next = if in_progress.is_empty() {
        next_steps(&roadmap, &statuses).first().map(|&i| step(i))
    } else {
        None
    };
    // The same hours left as `status`: study time and ticks count.
    let left = hours_left_per_step(&roadmap, &progress);
    let overall = total_stats(&stage_stats_left(&roadmap, &statuses, &left));
    let now = ctx.config.now;
    let report = TodayReport {
        roadmap: roadmap.id.to_string(),
        roadmap_title: roadmap.title(lang).to_string(),
        user: ctx.config.user.as_str().to_string(),
        user_known: !ctx.config.user_is_fallback,
        complete: overall.is_complete(),
        in_progress,
        next,
        overall: Figures::new("overall", &UxMsg::Overall.text(lang), &overall),
        hours_left: round1(overall.hours_left),
        optional_hours_left: round1(overall.optional_hours_left),
        pace: pace_report(
            &pace(&roadmap, &progress, &statuses, now, &Local),
            goal,
            now,
        ),
        week: week_report(&progress, goal, now),
        timer: running_timer(ctx, &roadmap)?,
        applications: super::apply::today(ctx, &progress, now)?,
        comments: super::comment::received(ctx, &roadmap, None),
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::today::text(p, &report)?;
        super::comment::mark_seen(ctx, &report.comments);
        super::sync::remind(ctx, p)
    }
}

/// The timer running on this machine on this roadmap, if any.
fn running_timer(ctx: &Context, roadmap: &crate::roadmap::Roadmap) -> Result<Option<RunningTimer>> {
    let Some(timer) = ctx.store.timer(&ctx.config.user)? else {
        return Ok(None);
    };
    let Some(i) = roadmap.index_of(&timer.step) else {
        return Ok(None);
    };
    let now = ctx.config.now;
    Ok(Some(RunningTimer {
        number: roadmap.number(i),
        id: roadmap.steps[i].id.to_string(),
        title: roadmap.steps[i].title(ctx.config.lang).to_string(),
        started: timer.started,
        minutes: timer.minutes(now),
        since: super::timer::clock(timer.started, now),
    }))
}
