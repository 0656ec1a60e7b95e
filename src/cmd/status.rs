use crate::render::Printer;

use chrono::{DateTime, Local, Utc};

use crate::cli::StatusArgs;
use crate::cmd::{Context, mentor, tick};
use crate::error::Result;
use crate::i18n::Msg;
use crate::progress::{
    Goal, Pace, PaceBasis, Progress, Rate, Stats, finish_at_goal, horizon, hours_left_per_step,
    pace_left, stage_stats_left, total_stats, week,
};
use crate::render::{
    self, local_date,
    pace::{GoalProjection, Horizon, PaceReport, PaceState, RateReport},
    record::{RecordReport, WeekReport},
    round1,
    status::StageRow,
    status::StatusReport,
    status::StepRow,
};

pub fn run(args: &StatusArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    if args.all_users {
        return mentor::run(ctx, p, args.stalled_days);
    }
    let (roadmap, progress, goal) = ctx.roadmap_progress_and_goal()?;
    let (statuses, orphans) = progress.statuses_and_orphans(&roadmap);
    let lang = ctx.config.lang;
    let left = hours_left_per_step(&roadmap, &progress);
    let stage_stats = stage_stats_left(&roadmap, &statuses, &left);
    let overall = total_stats(&stage_stats);
    let stages = roadmap
        .stages
        .iter()
        .zip(&stage_stats)
        .map(|(stage, stats)| row(&stage.id, stage.title(lang), stats))
        .collect();
    let verified = progress.verified_steps(&roadmap);
    let verification = crate::render::check::VerifiedCounts::of(&roadmap, &statuses, &verified);
    let steps = args.steps.then(|| {
        roadmap
            .reading_order()
            .map(|i| {
                let step = &roadmap.steps[i];
                StepRow {
                    number: roadmap.number(i),
                    id: step.id.to_string(),
                    title: step.title(lang).to_string(),
                    stage: roadmap.stages[step.stage()].id.to_string(),
                    status: statuses[i],
                    optional: step.optional,
                    verified: verified[i],
                    checklist: tick::entries(&roadmap, &progress, i, lang),
                }
            })
            .collect()
    });
    let now = ctx.config.now;
    let pace = pace_left(&roadmap, &progress, &statuses, &left, now, &Local);
    let pace = pace_report(&pace, goal, now);
    let record = record_report(&progress, goal, now);
    let report = StatusReport {
        roadmap: roadmap.id.to_string(),
        roadmap_title: roadmap.title(lang).to_string(),
        user: ctx.config.user.as_str().to_string(),
        user_known: !ctx.config.user_is_fallback,
        stages,
        overall: row("overall", &ctx.t(Msg::Overall), &overall),
        steps,
        orphans: orphans.into_iter().map(String::from).collect(),
        pace,
        record,
        verification,
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::status::text(p, &report)?;
        super::sync::remind(ctx, p)
    }
}

fn row(id: &str, title: &str, stats: &Stats) -> StageRow {
    StageRow {
        id: id.to_string(),
        title: title.to_string(),
        total: stats.total,
        done: stats.done,
        skipped: stats.skipped,
        in_progress: stats.in_progress,
        percent: round1(stats.percent()),
        // Ticked shares leave fractions such as 10.000000000000002.
        hours_left: round1(stats.hours_left),
        optional_hours_left: round1(stats.optional_hours_left),
        whole_percent: stats.whole_percent(),
    }
}

/// This week against the goal and the streak, in the local time zone:
/// what `status`, `study` and the bare `roadmap` view show.
pub fn week_report(progress: &Progress, goal: Option<Goal>, now: DateTime<Utc>) -> WeekReport {
    let week = week(progress, goal, now, &Local);
    let goal_minutes = week.goal.map(|g| g.minutes_per_week);
    WeekReport {
        week_start: week.start.format("%Y-%m-%d").to_string(),
        minutes: week.minutes,
        goal_minutes,
        goal_percent: goal_minutes
            .filter(|&goal| goal > 0)
            .map(|goal| ((week.minutes * 100 + u64::from(goal) / 2) / u64::from(goal)) as u32),
        streak_days: week.streak_days,
        studied_today: week.studied_today,
    }
}

/// Everything logged on the roadmap, with this week.
pub fn record_report(progress: &Progress, goal: Option<Goal>, now: DateTime<Utc>) -> RecordReport {
    let total_minutes = progress.total_minutes();
    RecordReport {
        total_minutes,
        total_hours: round1(total_minutes as f64 / 60.0),
        sessions: progress.all_sessions().count(),
        week: week_report(progress, goal, now),
    }
}

/// The report form of a pace: figures rounded, the finish as a local date,
/// and the projection at the weekly goal's pace when there is a goal.
pub fn pace_report(pace: &Pace, goal: Option<Goal>, now: DateTime<Utc>) -> PaceReport {
    let at_goal = finish_at_goal(pace, goal, now)
        .zip(goal)
        .map(|(finish, goal)| {
            let weeks = weeks_until(finish, now);
            GoalProjection {
                hours_per_week: round1(f64::from(goal.minutes_per_week) / 60.0),
                estimated_finish: local_date(finish),
                weeks_left: round1(weeks),
                horizon: horizon_of(weeks),
            }
        });
    let mut report = PaceReport {
        state: PaceState::Complete,
        rate: None,
        estimated_finish: None,
        weeks_left: None,
        horizon: None,
        at_goal,
    };
    match pace {
        Pace::Complete => {}
        Pace::NotEnoughHistory { .. } => report.state = PaceState::NotEnoughHistory,
        Pace::Stalled { rate } => {
            report.state = PaceState::Stalled;
            report.rate = Some(rate_report(rate));
        }
        Pace::Estimate { rate, finish } => {
            report.state = PaceState::Estimate;
            report.rate = Some(rate_report(rate));
            if let Some(finish) = finish {
                report.estimated_finish = Some(local_date(*finish));
                let weeks = weeks_until(*finish, now);
                report.weeks_left = Some(round1(weeks));
                report.horizon = Some(horizon_of(weeks));
            }
        }
    }
    report
}

fn weeks_until(finish: DateTime<Utc>, now: DateTime<Utc>) -> f64 {
    (finish - now).num_seconds() as f64 / (7.0 * 86_400.0)
}

fn horizon_of(weeks: f64) -> Horizon {
    let (years, months, weeks) = horizon(weeks);
    Horizon {
        years,
        months,
        weeks,
    }
}

fn rate_report(rate: &Rate) -> RateReport {
    RateReport {
        window_weeks: round1(rate.weeks),
        steps_done: rate.steps,
        hours_done: rate.hours,
        steps_per_week: round1(rate.steps_per_week),
        hours_per_week: round1(rate.hours_per_week),
        remaining_steps: rate.remaining_steps,
        remaining_hours: round1(rate.remaining_hours),
        optional_steps: rate.optional_steps,
        optional_hours: round1(rate.optional_hours),
        studied_hours: round1(rate.studied_hours),
        basis: match rate.basis {
            PaceBasis::Time => "time",
            PaceBasis::Hours => "hours",
            PaceBasis::Steps => "steps",
        },
    }
}
