//! `roadmap goal`: set, show or clear the weekly study goal.

use crate::render::Printer;

use crate::cli::GoalArgs;
use crate::cmd::Context;
use crate::error::{DurationOf, Error, Result};
use crate::progress::{Goal, parse_duration_up_to, setting};
use crate::render::{self, record::GoalReport};

/// A week has 168 hours; a goal above that cannot be met.
const MAX_GOAL_MINUTES: u32 = 7 * 24 * 60;

pub fn run(args: &GoalArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let report = match (&args.duration, args.clear) {
        (None, false) => {
            let goal = ctx.store.load(&ctx.config.user)?.goal();
            GoalReport {
                action: "shown",
                minutes_per_week: goal.map(|g| g.minutes_per_week),
            }
        }
        (None, true) => {
            ctx.store.update(&ctx.config.user, |data| {
                let had = setting::set(&mut data.goal, None, ctx.config.now);
                Ok(((), had))
            })?;
            GoalReport {
                action: "cleared",
                minutes_per_week: None,
            }
        }
        (Some(text), _) => {
            let minutes = parse_goal(text)?;
            ctx.store.update(&ctx.config.user, |data| {
                let goal = Some(Goal {
                    minutes_per_week: minutes,
                });
                let changed = setting::set(&mut data.goal, goal, ctx.config.now);
                Ok(((), changed))
            })?;
            GoalReport {
                action: "set",
                minutes_per_week: Some(minutes),
            }
        }
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::record::goal_text(p, &report)
    }
}

/// A weekly goal is written like a session (`5h`, `90m`) but may be up to
/// a whole week.
fn parse_goal(text: &str) -> Result<u32, Error> {
    parse_duration_up_to(text, MAX_GOAL_MINUTES).map_err(|problem| Error::BadDuration {
        text: text.to_string(),
        problem,
        of: DurationOf::Goal,
    })
}
