//! `roadmap status --all-users`: the mentor view, one row per user in the
//! data directory, whoever needs attention first. A user file that cannot
//! be read becomes a row saying so; one broken file must not hide
//! everybody else's progress. The cohort page (`export --all-users`) is
//! made from the same report.

use chrono::Local;

use crate::cli::{ExportArgs, ExportFormat};
use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::progress::{
    DEFAULT_STALLED_DAYS, MentorProblem, attention, learner_figures, stage_stats, total_stats,
};
use crate::render::{
    self, Printer,
    export::cohort,
    users::{RowFigures, StageColumn, StepInHand, UserFigures, UserRow, UsersReport},
};
use crate::roadmap::Roadmap;
use crate::store::UserName;

pub fn run(ctx: &Context, p: &mut Printer<'_>, stalled_days: Option<u32>) -> Result<()> {
    let roadmap = ctx.roadmap()?;
    let report = report(ctx, &roadmap, stalled_days)?;
    if ctx.config.json {
        p.json(&report)
    } else {
        render::users::text(p, &report)
    }
}

/// Every learner's row, whoever needs attention first.
pub fn report(ctx: &Context, roadmap: &Roadmap, stalled_days: Option<u32>) -> Result<UsersReport> {
    let lang = ctx.config.lang;
    let stalled_days = stalled_days.unwrap_or(DEFAULT_STALLED_DAYS);
    let mut users = Vec::new();
    for name in ctx.store.users()? {
        let loaded = UserName::parse(&name)
            .map_err(anyhow::Error::from)
            .and_then(|user| ctx.store.load(&user));
        let row = match loaded {
            Err(err) => {
                // The JSON output keeps its English wording.
                let lang = if ctx.config.json { Lang::En } else { lang };
                let row = UserRow {
                    user: name,
                    figures: None,
                    error: Some(crate::worded(&err, lang).0),
                };
                (None, row)
            }
            // A mentor's own file (comments, nothing learned) is no learner.
            Ok(data) if data.holds_only_comments() => continue,
            Ok(mut data) => {
                let goal = data.goal();
                let progress = data
                    .roadmaps
                    .remove(roadmap.id.as_str())
                    .unwrap_or_default();
                let stats = stage_stats(roadmap, &progress.statuses(roadmap));
                let figures = learner_figures(
                    roadmap,
                    &progress,
                    goal,
                    ctx.config.now,
                    &Local,
                    stalled_days,
                );
                let in_hand = figures.in_hand.map(|(i, status)| StepInHand {
                    number: roadmap.number(i),
                    id: roadmap.steps[i].id.to_string(),
                    title: roadmap.steps[i].title(lang).to_string(),
                    status,
                });
                let row = UserRow {
                    user: name,
                    figures: Some(RowFigures::new(
                        UserFigures::new(&total_stats(&stats)),
                        stats.iter().map(UserFigures::new).collect(),
                        &figures,
                        in_hand,
                    )),
                    error: None,
                };
                (Some(attention(&figures)), row)
            }
        };
        users.push(row);
    }
    // An unreadable file comes first: nothing else can be known of them.
    users.sort_by(|(a, ra), (b, rb)| a.cmp(b).then_with(|| ra.user.cmp(&rb.user)));
    Ok(UsersReport {
        roadmap: roadmap.id.to_string(),
        roadmap_title: roadmap.title(lang).to_string(),
        stages: roadmap
            .stages
            .iter()
            .map(|stage| StageColumn {
                id: stage.id.to_string(),
                title: stage.title(lang).to_string(),
            })
            .collect(),
        stalled_days,
        users: users.into_iter().map(|(_, row)| row).collect(),
    })
}

/// `export --all-users`: the cohort page (HTML), or its figures (JSON).
pub fn export(args: &ExportArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let format = super::export::format(args)?;
    let roadmap = ctx.roadmap()?;
    let report = report(ctx, &roadmap, args.stalled_days)?;
    let document = match format {
        ExportFormat::Html => cohort::render(&report, ctx.config.lang, ctx.config.now),
        ExportFormat::Json => {
            let mut text = serde_json::to_string_pretty(&report)?;
            text.push('\n');
            text
        }
        ExportFormat::Md | ExportFormat::Skills | ExportFormat::JsonResume => {
            return Err(Error::Mentor(MentorProblem::CohortFormat).into());
        }
    };
    // Every learner's figures: for the mentor, who decides whom to show.
    super::export::deliver(ctx, p, args.output.as_deref(), &document, true)
}
