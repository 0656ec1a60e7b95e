//! `roadmap apply`: the job hunt's application log. Applications live in
//! the progress of the roadmap being followed (see `progress::apply`).
//! What the today view and `undo` say of it: `apply_views`.

use chrono::Local;

pub use super::apply_views::{today, undone};
use crate::cli::{ApplyAction, ApplyAddArgs, ApplyArgs, ApplyGoalArgs, ApplyMoveArgs};
use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::progress::{
    Application, ApplyField, ApplyProblem, Attention, Channel, Progress, Stage, StageChange,
    check_length, check_url, days_since, funnel, needs_attention, new_application, parse_at,
    parse_interview_at, setting, week_applications,
};
use crate::render::Printer;
use crate::render::apply::{
    self as view, AddReport, FunnelReport, FunnelRow, GoalReport, ListEntry, ListReport,
    MoveReport, PrivateReport,
};

fn refused(problem: ApplyProblem) -> anyhow::Error {
    Error::Apply(problem).into()
}

pub fn run(args: &ApplyArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    match &args.action {
        ApplyAction::Add(add) => run_add(add, ctx, p),
        ApplyAction::Move(args) => run_move(args, ctx, p),
        ApplyAction::List => run_list(ctx, p),
        ApplyAction::Funnel => run_funnel(ctx, p),
        ApplyAction::Goal(args) => run_goal(args, ctx, p),
        ApplyAction::Private(args) => run_private(args.switch.as_deref(), ctx, p),
    }
}

fn run_add(args: &ApplyAddArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let now = ctx.config.now;
    let channel = Channel::parse(&args.channel)
        .ok_or_else(|| refused(ApplyProblem::UnknownChannel(args.channel.clone())))?;
    let at = match &args.at {
        Some(text) => parse_at(text, now)?,
        None => now,
    };
    let mut app = new_application(now, 0, &args.company, channel, at).map_err(refused)?;
    for (field, text) in [
        (ApplyField::Role, &args.role),
        (ApplyField::Note, &args.note),
    ] {
        if let Some(text) = text {
            check_length(field, text).map_err(refused)?;
        }
    }
    if let Some(url) = &args.url {
        app.url = Some(super::evidence::check_all(std::slice::from_ref(url))?.remove(0));
        debug_assert!(app.url.as_deref().is_some_and(|u| check_url(u).is_ok()));
    }
    app.role = args
        .role
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(Into::into);
    app.note = args
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(Into::into);
    let roadmap = ctx.roadmap()?;
    let device = ctx.store.device_id();
    let report = ctx.store.update(&ctx.config.user, move |data| {
        let progress = data.roadmaps.entry(roadmap.id.to_string()).or_default();
        let batch = progress.new_batch_on(device.as_deref());
        app.id = crate::progress::application_id(now, progress.applications.len() + 1);
        let report = AddReport {
            number: 0,
            id: app.id.clone(),
            company: app.company.clone(),
            role: app.role.clone(),
            channel: app.channel,
            at: app.at,
            url: app.url.clone(),
        };
        let number = progress.add_application(app, batch);
        Ok((AddReport { number, ..report }, true))
    })?;
    if ctx.config.json {
        p.json(&report)
    } else {
        view::add_text(p, &report)
    }
}

fn run_move(args: &ApplyMoveArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let now = ctx.config.now;
    let to = Stage::parse(&args.stage)
        .ok_or_else(|| refused(ApplyProblem::UnknownStage(args.stage.clone())))?;
    let at = match &args.at {
        Some(text) => parse_at(text, now)?,
        None => now,
    };
    let interview_at = match &args.interview_at {
        Some(text) => Some(
            parse_interview_at(text, &Local)
                .ok_or_else(|| refused(ApplyProblem::BadInterviewAt(text.clone())))?,
        ),
        None => None,
    };
    let note = args
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    if let Some(note) = note {
        check_length(ApplyField::Note, note).map_err(refused)?;
    }
    let roadmap = ctx.roadmap()?;
    let device = ctx.store.device_id();
    let report = ctx.store.update(&ctx.config.user, |data| {
        let progress = data.roadmaps.entry(roadmap.id.to_string()).or_default();
        let number = progress
            .application_number(&args.application)
            .map_err(refused)?;
        let from = progress.applications[number - 1].stage();
        let batch = progress.new_batch_on(device.as_deref());
        let change = StageChange {
            at,
            stage: to,
            interview_at,
            note: note.map(Into::into),
            batch: None,
            device: None,
        };
        progress
            .move_application(number, change, batch)
            .map_err(refused)?;
        let app = &progress.applications[number - 1];
        let report = MoveReport {
            number,
            id: app.id.clone(),
            company: app.company.clone(),
            from,
            to,
            round: (to == Stage::Interview).then(|| app.interviews()),
            at,
            interview_at,
        };
        Ok((report, true))
    })?;
    if ctx.config.json {
        p.json(&report)
    } else {
        view::move_text(p, &report)
    }
}

fn progress(ctx: &Context) -> Result<Progress> {
    let roadmap = ctx.roadmap()?;
    let mut data = ctx.store.load(&ctx.config.user)?;
    Ok(data
        .roadmaps
        .remove(roadmap.id.as_str())
        .unwrap_or_default())
}

/// Why an application needs attention, as the list and the JSON say it.
fn attention_of(number: usize, app: &Application, attention: &[Attention]) -> Option<&'static str> {
    for a in attention {
        match a {
            Attention::Interview {
                number: n,
                tomorrow,
                ..
            } if *n == number => {
                return Some(if *tomorrow {
                    "interview-tomorrow"
                } else {
                    "interview-today"
                });
            }
            Attention::NoAnswer { number: n, .. } | Attention::Stalled { number: n, .. }
                if *n == number =>
            {
                return Some("no-answer");
            }
            _ => {}
        }
    }
    (app.stage() == Stage::Offer).then_some("offer")
}

fn run_list(ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let now = ctx.config.now;
    let apps = progress(ctx)?.applications;
    let attention = needs_attention(&apps, now, &Local);
    let mut entries: Vec<ListEntry> = apps
        .iter()
        .enumerate()
        .map(|(i, app)| ListEntry {
            number: i + 1,
            id: app.id.clone(),
            company: app.company.clone(),
            role: app.role.clone(),
            channel: app.channel,
            stage: app.stage(),
            round: (app.stage() == Stage::Interview).then(|| app.interviews()),
            applied_at: app.at,
            last_change_at: app.last_change_at(),
            days_since: days_since(app, now),
            interview_at: app.latest().and_then(|c| c.interview_at),
            attention: attention_of(i + 1, app, &attention),
        })
        .collect();
    // Interviews, offers, the longest waits, other open ones, closed last.
    let rank = |e: &ListEntry| match e.attention {
        Some("interview-today") => 0,
        Some("interview-tomorrow") => 1,
        Some("offer") => 2,
        Some(_) => 3,
        None if e.stage.is_closed() => 5,
        None => 4,
    };
    entries.sort_by_key(|e| (rank(e), std::cmp::Reverse(e.days_since), e.number));
    let report = ListReport {
        applications: entries,
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        view::list_text(p, &report)
    }
}

fn run_funnel(ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let apps = progress(ctx)?.applications;
    let f = funnel(&apps, &Local);
    let report = FunnelReport {
        total: FunnelRow::new("total".into(), f.total),
        by_channel: (f.by_channel.into_iter())
            .map(|(c, counts)| FunnelRow::new(c.as_str().into(), counts))
            .collect(),
        by_month: (f.by_month.into_iter())
            .map(|(m, counts)| FunnelRow::new(m, counts))
            .collect(),
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        view::funnel_text(p, &report)
    }
}

fn run_goal(args: &ApplyGoalArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let now = ctx.config.now;
    let wanted = match (&args.count, args.clear) {
        (Some(text), _) => Some(Some(parse_goal(text)?)),
        (None, true) => Some(None),
        (None, false) => None,
    };
    if let Some(value) = wanted {
        ctx.store.update(&ctx.config.user, |data| {
            Ok(((), setting::set(&mut data.application_goal, value, now)))
        })?;
    }
    let data = ctx.store.load(&ctx.config.user)?;
    let roadmap = ctx.roadmap()?;
    let apps = data
        .roadmaps
        .get(roadmap.id.as_str())
        .map(|p| p.applications.as_slice());
    let report = GoalReport {
        action: match wanted {
            None => "shown",
            Some(Some(_)) => "set",
            Some(None) => "cleared",
        },
        per_week: setting::value(&data.application_goal).copied(),
        this_week: week_applications(apps.unwrap_or_default(), now, &Local),
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        view::goal_text(p, &report)
    }
}

fn parse_goal(text: &str) -> Result<u32> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=100).contains(n))
        .ok_or_else(|| refused(ApplyProblem::BadGoal(text.to_string())))
}

fn run_private(switch: Option<&str>, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let user = &ctx.config.user;
    let changed = match switch {
        Some(on) => ctx.store.set_private(user, on == "on")?,
        None => false,
    };
    let report = PrivateReport {
        private: ctx.store.is_private(user),
        changed,
        file: ctx.store.private_log_path(user).display().to_string(),
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        view::private_text(p, &report)
    }
}
