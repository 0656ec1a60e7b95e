//! `roadmap log`: the history, newest first, with the notes written.

use crate::render::Printer;
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};

use crate::cli::LogArgs;
use crate::cmd::Context;
use crate::error::Result;
use crate::progress::{Event, Status};
use crate::render::{
    self,
    log::{LogEntry, LogKind, LogReport},
};
use crate::roadmap::Roadmap;

pub fn run(args: &LogArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let (roadmap, progress) = ctx.roadmap_and_progress()?;
    let lang = ctx.config.lang;
    let entry = |id: &str, kind: LogKind| {
        let (number, canonical, title) = match roadmap.index_of(id) {
            Some(i) => (
                Some(roadmap.number(i)),
                roadmap.steps[i].id.to_string(),
                roadmap.steps[i].title(lang).to_string(),
            ),
            None => (None, id.to_string(), id.to_string()),
        };
        (number, canonical, title, kind)
    };
    // Each entry with its batch, which orders entries recorded in the same
    // second.
    let mut entries: Vec<(u64, LogEntry)> = Vec::new();
    let froms = effective_froms(&progress.history, &roadmap);
    for (event, from) in progress.history.iter().zip(froms) {
        let (number, id, title, kind) = entry(&event.step, LogKind::Status);
        entries.push((
            event.batch.unwrap_or(0),
            LogEntry {
                at: event.at,
                kind,
                number,
                id,
                title,
                from: Some(from),
                to: Some(event.to),
                text: event.note.clone(),
                minutes: None,
            },
        ));
    }
    // A note given with `done --note` is already shown on its event.
    let on_events: HashSet<(DateTime<Utc>, &str, &str)> = entries
        .iter()
        .filter_map(|(_, e)| Some((e.at, e.id.as_str(), e.text.as_deref()?)))
        .collect();
    let mut notes = Vec::new();
    for (step_id, record) in &progress.steps {
        for note in &record.notes {
            let (number, id, title, kind) = entry(step_id, LogKind::Note);
            if !on_events.contains(&(note.at, id.as_str(), note.text.as_str())) {
                notes.push((
                    note.batch.unwrap_or(0),
                    LogEntry {
                        at: note.at,
                        kind,
                        number,
                        id,
                        title,
                        from: None,
                        to: None,
                        text: Some(note.text.clone()),
                        minutes: None,
                    },
                ));
            }
        }
        for session in &record.sessions {
            let (number, id, title, kind) = entry(step_id, LogKind::Study);
            notes.push((
                session.batch.unwrap_or(0),
                LogEntry {
                    at: session.at,
                    kind,
                    number,
                    id,
                    title,
                    from: None,
                    to: None,
                    text: session.note.clone(),
                    minutes: Some(session.minutes),
                },
            ));
        }
        for evidence in &record.evidence {
            let (number, id, title, kind) = entry(step_id, LogKind::Evidence);
            notes.push((
                evidence.batch.unwrap_or(0),
                LogEntry {
                    at: evidence.at,
                    kind,
                    number,
                    id,
                    title,
                    from: None,
                    to: None,
                    text: Some(evidence.url.clone()),
                    minutes: None,
                },
            ));
        }
    }
    drop(on_events);
    entries.extend(notes);
    // Newest first; among equal times, the later recorded first (a stable
    // sort of the reversed list keeps that order for entries without batch).
    entries.reverse();
    entries.sort_by_key(|(batch, entry)| std::cmp::Reverse((entry.at, *batch)));
    let total = entries.len();
    let shown = if args.all { total } else { args.count };
    let entries: Vec<LogEntry> = entries
        .into_iter()
        .take(shown)
        .map(|(_, entry)| entry)
        .collect();
    let report = LogReport {
        roadmap: roadmap.id.to_string(),
        user: ctx.config.user.as_str().to_string(),
        total,
        entries,
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::log::text(p, &report)
    }
}

/// The status each event of `history` took its step from, as the merged
/// history tells it: the step's status just before, in time order (an
/// event another machine recorded says what that machine had then, which
/// this one may never have had).
fn effective_froms(history: &[Event], roadmap: &Roadmap) -> Vec<Status> {
    let mut order: Vec<usize> = (0..history.len()).collect();
    order.sort_by_key(|&i| history[i].at);
    let mut status: HashMap<String, Status> = HashMap::new();
    let mut froms = vec![Status::Todo; history.len()];
    for i in order {
        let event = &history[i];
        let id = roadmap
            .index_of(&event.step)
            .map_or_else(|| event.step.clone(), |s| roadmap.steps[s].id.to_string());
        froms[i] = status.insert(id, event.to).unwrap_or(Status::Todo);
    }
    froms
}
