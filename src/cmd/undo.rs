//! `roadmap undo`: take back the last invocation that changed something.

use crate::render::Printer;

use crate::cli::UndoArgs;
use crate::cmd::Context;
use crate::error::cohort::CohortError;
use crate::error::{Error, Result};
use crate::progress::Undone;
use crate::render::{
    self,
    undo::{
        NoteEntry, RemovedEvidence, RemovedSession, RemovedVerification, RevertedChange, TickEntry,
        UndoReport,
    },
};
use crate::roadmap::Roadmap;

pub fn run(args: &UndoArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let roadmap = ctx.roadmap()?;
    // Only this machine's own changes are undone (see `progress::undo`).
    let device = ctx.store.device_id();
    let last_sync = crate::sync::last_sync(&ctx.store);
    let report = ctx.store.update(&ctx.config.user, |data| {
        // Nothing recorded means nothing to write: fail inside the update
        // so the file is left exactly as it was.
        let undone = data
            .roadmaps
            .get_mut(roadmap.id.as_str())
            .and_then(|progress| progress.undo_last_on(&roadmap, device.as_deref()))
            .ok_or(Error::NothingToUndo)?;
        // A change already synced is on the other machines too: taken back
        // only when asked (the error leaves the file as it was).
        if !args.synced
            && let Some(at) = synced_at(&undone)
        {
            let synced = last_sync.unwrap_or(at);
            return Err(Error::from(CohortError::UndoBeforeSync {
                at: render::local_time(at),
                synced: render::local_time(synced),
            })
            .into());
        }
        let progress = &data.roadmaps[roadmap.id.as_str()];
        let statuses = progress.statuses(&roadmap);
        let history_left = data.roadmaps[roadmap.id.as_str()].history.len();
        let lang = ctx.config.lang;
        let describe = |id: &str| -> (Option<String>, String) {
            match roadmap.index_of(id) {
                Some(i) => (
                    Some(roadmap.number(i)),
                    roadmap.steps[i].title(lang).to_string(),
                ),
                None => (None, id.to_string()),
            }
        };
        let reverted = undone
            .events
            .iter()
            .map(|event| {
                let (number, title) = describe(&event.step);
                RevertedChange {
                    number,
                    id: canonical(&roadmap, &event.step),
                    title,
                    at: event.at,
                    from: event.from,
                    to: event.to,
                    now: roadmap
                        .index_of(&event.step)
                        .map_or(event.from, |i| statuses[i]),
                }
            })
            .collect();
        let notes_removed = undone
            .notes
            .iter()
            .map(|(id, note)| {
                let (number, title) = describe(id);
                NoteEntry {
                    number,
                    id: canonical(&roadmap, id),
                    title,
                    at: note.at,
                    text: note.text.clone(),
                }
            })
            .collect();
        let sessions_removed = undone
            .sessions
            .iter()
            .map(|(id, session)| {
                let (number, title) = describe(id);
                RemovedSession {
                    number,
                    id: canonical(&roadmap, id),
                    title,
                    at: session.at,
                    minutes: session.minutes,
                }
            })
            .collect();
        let verifications_removed = (undone.verifications.iter())
            .map(|(id, verified)| {
                let (number, title) = describe(id);
                RemovedVerification {
                    number,
                    id: canonical(&roadmap, id),
                    title,
                    at: verified.at,
                    commit: verified.commit.clone(),
                }
            })
            .collect();
        let evidence_removed = undone
            .evidence
            .iter()
            .map(|(id, evidence)| {
                let (number, title) = describe(id);
                RemovedEvidence {
                    number,
                    id: canonical(&roadmap, id),
                    title,
                    at: evidence.at,
                    url: evidence.url.clone(),
                }
            })
            .collect();
        let ticks_reverted = undone
            .ticks
            .iter()
            .map(|(id, tick)| {
                let (number, title) = describe(id);
                TickEntry {
                    number,
                    id: canonical(&roadmap, id),
                    title,
                    at: tick.at,
                    item: tick.item,
                    ticked: tick.ticked,
                }
            })
            .collect();
        let progress = &data.roadmaps[roadmap.id.as_str()];
        let applications_undone = super::apply::undone(progress, &undone);
        let report = UndoReport {
            reverted,
            notes_removed,
            sessions_removed,
            evidence_removed,
            verifications_removed,
            ticks_reverted,
            comments_removed: super::comment::removed(&undone.comments),
            history_left,
            applications_undone,
        };
        Ok((report, true))
    })?;
    if ctx.config.json {
        p.json(&report)
    } else {
        render::undo::text(p, &report)
    }
}

/// The step's current id for an id or alias; other ids as they are.
fn canonical(roadmap: &Roadmap, id: &str) -> String {
    roadmap
        .index_of(id)
        .map_or_else(|| id.to_string(), |i| roadmap.steps[i].id.to_string())
}

/// When the change `undo` took back was made, if it was already synced
/// (what a sync stamps carries this device's id).
fn synced_at(undone: &Undone) -> Option<chrono::DateTime<chrono::Utc>> {
    let events = undone.events.iter().map(|e| (e.at, &e.device));
    let notes = undone.notes.iter().map(|(_, n)| (n.at, &n.device));
    let sessions = undone.sessions.iter().map(|(_, s)| (s.at, &s.device));
    let evidence = undone.evidence.iter().map(|(_, e)| (e.at, &e.device));
    let verified = undone.verifications.iter().map(|(_, v)| (v.at, &v.device));
    let ticks = undone.ticks.iter().map(|(_, t)| (t.at, &t.device));
    let all: Vec<_> = events
        .chain(notes)
        .chain(sessions)
        .chain(evidence)
        .chain(verified)
        .chain(ticks)
        .collect();
    all.iter()
        .any(|(_, device)| device.is_some())
        .then(|| all.iter().map(|(at, _)| *at).max())
        .flatten()
}
