//! `roadmap comment LEARNER [STEP] TEXT`: a mentor's comment to a learner,
//! kept in the mentor's own file (see `progress::comments`); and the
//! comments a learner has received, for the today view and `show`.

use chrono::{DateTime, Datelike, Local, Utc};

use crate::cli::CommentArgs;
use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::progress::{Comment, MentorProblem, SeenComment, check_comment, comment_digest};
use crate::render::{
    self, Printer,
    comments::{CommentReport, CommentStep, ReceivedComment, RemovedComment},
};
use crate::roadmap::Roadmap;
use crate::store::UserName;

pub fn run(args: &CommentArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let (step, text) = match args.words.as_slice() {
        [text] => (None, text),
        [step, text] => (Some(step), text),
        _ => unreachable!("clap takes one or two words"),
    };
    let text = check_comment(text).map_err(Error::Mentor)?;
    let learner = UserName::parse(&args.learner)?;
    if learner == ctx.config.user {
        return Err(Error::Mentor(MentorProblem::ToYourself).into());
    }
    let known = ctx.store.users()?;
    if !known.iter().any(|name| name == learner.as_str()) {
        let me = ctx.config.user.as_str();
        let known = known.into_iter().filter(|name| name != me).collect();
        let name = learner.as_str().to_string();
        return Err(Error::Mentor(MentorProblem::UnknownLearner { name, known }).into());
    }
    let roadmap = ctx.roadmap()?;
    let step = match step {
        Some(reference) => Some(ctx.resolve(&roadmap, std::slice::from_ref(reference))?[0]),
        None => None,
    };
    let step_id = step.map(|i| roadmap.steps[i].id.to_string());
    let at = ctx.config.now;
    // Undo knows a batch by device and number (`progress::batches`).
    let device = ctx.store.device_id();
    let comment = ctx.store.update(&ctx.config.user, |data| {
        let progress = data.roadmaps.entry(roadmap.id.to_string()).or_default();
        let batch = progress.new_batch_on(device.as_deref());
        let comment = progress.add_comment(learner.as_str(), step_id.as_deref(), text, at, batch);
        Ok((comment, true))
    })?;
    let report = CommentReport {
        to: comment.to,
        roadmap: roadmap.id.to_string(),
        step: comment
            .step
            .as_deref()
            .map(|id| step_of(&roadmap, id, ctx.config.lang)),
        at: comment.at,
        text: comment.text,
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::comments::saved(p, &report)
    }
}

/// The step a comment is about, as the reader's roadmap names it.
fn step_of(roadmap: &Roadmap, id: &str, lang: Lang) -> CommentStep {
    match roadmap.index_of(id) {
        Some(i) => CommentStep {
            number: Some(roadmap.number(i)),
            id: roadmap.steps[i].id.to_string(),
            title: roadmap.steps[i].title(lang).to_string(),
        },
        None => CommentStep {
            number: None,
            id: id.to_string(),
            title: id.to_string(),
        },
    }
}

/// The comments the current user has received on `roadmap`, oldest first,
/// each marked new unless this machine has shown it already; only those
/// on `step` when one is given.
pub fn received(ctx: &Context, roadmap: &Roadmap, step: Option<usize>) -> Vec<ReceivedComment> {
    let user = &ctx.config.user;
    let seen = ctx.store.seen_comments(user);
    let lang = ctx.config.lang;
    ctx.store
        .comments_for(user, roadmap.id.as_str())
        .into_iter()
        .filter(|(_, c)| {
            step.is_none_or(|i| c.step.as_deref().and_then(|id| roadmap.index_of(id)) == Some(i))
        })
        .map(|(from, c)| ReceivedComment {
            new: !seen.contains(&SeenComment::of(&from, &c)),
            step: c.step.as_deref().map(|id| step_of(roadmap, id, lang)),
            date: frame_date(c.at, ctx.config.now, lang),
            device: c.device.clone(),
            from,
            at: c.at,
            text: c.text,
        })
        .collect()
}

/// Remembers that the today view showed `comments` on this machine. A
/// failure to remember is no reason to fail the view: the comments show
/// once more next time.
pub fn mark_seen(ctx: &Context, comments: &[ReceivedComment]) {
    let shown: Vec<SeenComment> = comments
        .iter()
        .filter(|c| c.new)
        .map(|c| SeenComment {
            from: c.from.clone(),
            at: c.at,
            device: c.device.clone(),
            digest: comment_digest(&c.text),
        })
        .collect();
    if !shown.is_empty() {
        let _ = ctx.store.mark_comments_seen(&ctx.config.user, &shown);
    }
}

/// The date in a comment's frame, in the reader's language.
fn frame_date(at: DateTime<Utc>, now: DateTime<Utc>, lang: Lang) -> String {
    let day = at.with_timezone(&Local).date_naive();
    let this_year = day.year() == now.with_timezone(&Local).year();
    crate::i18n::MentorMsg::FrameDate { day, this_year }.text(lang)
}

/// The comments of an `undo`, for its report.
pub fn removed(comments: &[Comment]) -> Vec<RemovedComment> {
    comments
        .iter()
        .map(|c| RemovedComment {
            to: c.to.clone(),
            at: c.at,
            step: c.step.clone(),
            text: c.text.clone(),
        })
        .collect()
}
