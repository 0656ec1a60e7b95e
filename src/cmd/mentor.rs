//! `roadmap status --all-users`: the mentor view, one row per user in the
//! data directory. A user file that cannot be read becomes a row saying so;
//! one broken file must not hide everybody else's progress.

use crate::render::Printer;

use crate::cmd::Context;
use crate::error::Result;
use crate::lang::Lang;
use crate::progress::{stage_stats, total_stats};
use crate::render::{
    self,
    users::{StageColumn, UserFigures, UserRow, UsersReport},
};
use crate::store::UserName;

pub fn run(ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let roadmap = ctx.roadmap()?;
    let lang = ctx.config.lang;
    let mut users = Vec::new();
    for name in ctx.store.users()? {
        let loaded = UserName::parse(&name)
            .map_err(anyhow::Error::from)
            .and_then(|user| ctx.store.load(&user));
        let row = match loaded {
            Err(err) => UserRow {
                user: name,
                overall: None,
                stages: None,
                last_activity: None,
                // The JSON output keeps its English wording.
                error: Some(crate::worded(&err, if ctx.config.json { Lang::En } else { lang }).0),
            },
            Ok(mut data) => {
                let progress = data
                    .roadmaps
                    .remove(roadmap.id.as_str())
                    .unwrap_or_default();
                let stats = stage_stats(&roadmap, &progress.statuses(&roadmap));
                UserRow {
                    user: name,
                    overall: Some(UserFigures::new(&total_stats(&stats))),
                    stages: Some(stats.iter().map(UserFigures::new).collect()),
                    last_activity: progress.last_activity(),
                    error: None,
                }
            }
        };
        users.push(row);
    }
    let report = UsersReport {
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
        users,
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::users::text(p, &report)
    }
}
