//! The English catalogue.

use super::{Msg, count, list};
use crate::progress::Status;
use crate::roadmap::ResourceKind;
use crate::view::Shade;

pub fn text(msg: &Msg) -> String {
    let s = |s: &str| s.to_string();
    match msg {
        Msg::Record(record) => record.text(crate::lang::Lang::En),
        Msg::RecordPage(page) => page.text(crate::lang::Lang::En),
        Msg::Format(msg) => super::format::text(msg, crate::lang::Lang::En),
        Msg::ErrorLabel => s("error:"),
        Msg::WarningLabel => s("warning:"),
        Msg::HintLabel => s("hint:"),
        Msg::ErrorWord => s("error"),
        Msg::WarningWord => s("warning"),

        Msg::Status(status) => s(status_name(*status)),
        Msg::Already(status) => format!("already {}", status_name(*status)),
        Msg::Kind(kind) => s(match kind {
            ResourceKind::Docs => "docs",
            ResourceKind::Course => "course",
            ResourceKind::Book => "book",
            ResourceKind::Video => "video",
            ResourceKind::Article => "article",
            ResourceKind::Tool => "tool",
            ResourceKind::Community => "community",
        }),
        Msg::Overall => s("Overall"),
        Msg::Optional => s("optional"),
        Msg::OptionalMark => s(" (optional)"),

        Msg::AllDone => s("Congratulations: every step of this roadmap is done."),
        Msg::SeeJourney => s("See your journey with `roadmap status`."),
        Msg::NothingAvailable => {
            s("Nothing is available: every remaining step waits on a prerequisite.")
        }
        Msg::InProgressMark => s("(in progress)"),
        Msg::DoneWhen => s("Done when:"),
        Msg::StartWith => s("Start with:"),
        Msg::MoreAvailable(n) => format!("{n} more available: roadmap next --all"),
        Msg::WhenFinished => s("When finished:"),

        Msg::ColStage => s("Stage"),
        Msg::ColProgress => s("Progress"),
        Msg::ColDone => s("Done"),
        Msg::ColHoursLeft => s("Hours left"),
        Msg::KeptOrphans(n) => format!(
            "Kept progress for {} this roadmap no longer has:",
            count(*n, "step", "steps")
        ),
        Msg::OrphanHint => s(
            "if a step was renamed, add its old id to the step's \"aliases\" to carry the progress over",
        ),
        Msg::PaceLabel => s("Pace:"),
        Msg::PaceNotEnoughHistory => {
            s("not enough history yet (an estimate needs a week of records)")
        }

        Msg::NoUsersYet => s("No users yet: progress appears here once someone records a step."),
        Msg::ColUser => s("User"),
        Msg::ColLastActivity => s("Last activity"),
        Msg::Unreadable => s("unreadable (below)"),
        Msg::StagesLabel => s("Stages:"),

        Msg::WaitingOnPrerequisite => s(" (waiting on a prerequisite)"),
        Msg::Resources => s("Resources"),
        Msg::Requires => s("Requires"),
        Msg::Unlocks => s("Unlocks"),
        Msg::Notes => s("Notes"),
        Msg::History => s("History"),

        Msg::NothingRecorded => s("Nothing recorded yet. `roadmap next` shows where to begin."),
        Msg::NoteKind => s("note"),
        Msg::MoreOlder(n) => format!("{n} older: roadmap log --all"),

        Msg::Unlocked => s("Unlocked:"),
        Msg::UnmetPrerequisites { step, missing } => format!(
            "{step} is marked done before its prerequisites: {}",
            list(missing)
        ),

        Msg::Undid => s("Undid:"),
        Msg::NoteOnBefore => s("note on "),
        Msg::NoteOnAfter => s(": \""),
        Msg::NoteOnEnd => s("\""),
        Msg::NotedOnBefore => s("Noted on "),
        Msg::NotedOnAfter(n) => format!(" ({}).", count(*n, "note", "notes")),
        Msg::ReadThemWith => s("Read them with:"),

        Msg::ValidSummary {
            stages,
            steps,
            warnings,
        } => format!(
            "valid, {}, {}, {}",
            count(*stages, "stage", "stages"),
            count(*steps, "step", "steps"),
            count(*warnings, "warning", "warnings")
        ),
        Msg::InvalidSummary { errors, warnings } => format!(
            "{}, {}",
            count(*errors, "error", "errors"),
            count(*warnings, "warning", "warnings")
        ),

        Msg::Wrote => s("Wrote"),
        Msg::WroteBefore => s("Wrote "),
        Msg::WroteAfter => s(""),
        Msg::ConvertedCounts {
            topics,
            subtopics,
            stages,
            steps,
        } => format!(
            "{} and {} as {}, {}",
            count(*topics, "topic", "topics"),
            count(*subtopics, "subtopic", "subtopics"),
            count(*stages, "stage", "stages"),
            count(*steps, "step", "steps")
        ),
        Msg::SkippedLabel => s("skipped"),
        Msg::SkippedNode => s("skipped"),
        Msg::FollowItWith => s("Follow it with:"),
        Msg::NothingNew => s("Nothing new: everything in the file is already recorded."),
        Msg::MergedInto { user, roadmap } => format!("Merged into '{roadmap}' for {user}:"),
        Msg::NotFollowingImported { roadmap } => format!(
            "note: this progress is for roadmap '{roadmap}', which you are not following now; use --roadmap FILE to see it"
        ),

        Msg::Shade(shade) => s(match shade {
            Shade::Done => "done",
            Shade::InProgress => "in progress",
            Shade::Skipped => "skipped",
            Shade::Available => "ready to start",
            Shade::Blocked => "waiting for prerequisites",
        }),
        Msg::ShadeShort(shade) => match shade {
            Shade::Available => s("ready"),
            Shade::Blocked => s("waiting"),
            other => text(&Msg::Shade(*other)),
        },
        // No user name known: a neutral title.
        Msg::PageSummary {
            user,
            finished,
            total,
        } if user.is_empty() => format!("Progress: {finished} of {total} steps finished"),
        Msg::ChecklistSummary {
            user,
            finished,
            total,
            percent,
        } if user.is_empty() => {
            format!("Progress: {finished} of {total} steps finished ({percent}%)")
        }
        Msg::PageSummary {
            user,
            finished,
            total,
        } => format!("{user}: {finished} of {total} steps finished"),
        Msg::ChecklistSummary {
            user,
            finished,
            total,
            percent,
        } => format!("Progress of {user}: {finished} of {total} steps finished ({percent}%)"),
        Msg::SavedButNotPrinted { error } => {
            format!("the change was saved, but its report could not be printed: {error}")
        }
        Msg::BuiltinRoadmap => s("built-in roadmap"),

        Msg::SyncSetUp { file } => format!("Set up sync of {file} with"),
        Msg::Synced { file } => format!("Synced {file} with"),
        Msg::SyncCommitted => s("committed your changes"),
        Msg::SyncNothingToCommit => s("nothing new to commit"),
        Msg::SyncReceived(n) => format!(
            "received {} from the remote",
            count(*n, "commit", "commits")
        ),
        Msg::SyncMerged => s("merged your progress from other devices:"),
        Msg::SyncMergedFigures {
            events,
            notes,
            sessions,
            evidence,
            ticks,
            verifications,
            settings,
            steps,
            applications,
            application_changes,
            comments,
        } => {
            let parts: Vec<String> = [
                (*events, "change", "changes"),
                (*notes, "note", "notes"),
                (*sessions, "study session", "study sessions"),
                (*evidence, "evidence link", "evidence links"),
                (*ticks, "checklist tick", "checklist ticks"),
                (*verifications, "verification", "verifications"),
                (*settings, "setting updated", "settings updated"),
                (*steps, "status changed", "statuses changed"),
                (*applications, "job application", "job applications"),
                (
                    *application_changes,
                    "application stage change",
                    "application stage changes",
                ),
                (*comments, "mentor comment", "mentor comments"),
            ]
            .into_iter()
            .filter(|(n, _, _)| *n > 0)
            .map(|(n, one, many)| count(n, one, many))
            .collect();
            if parts.is_empty() {
                s("nothing new")
            } else {
                parts.join(", ")
            }
        }
        Msg::SyncUpdatedOthers(n) => format!(
            "updated {} from the remote",
            count(*n, "other file", "other files")
        ),
        Msg::SyncPushed => s("pushed"),
        Msg::SyncRemoteRewrote => s(
            "the remote's history was rewritten (force-pushed) since the last sync; it was merged, and nothing recorded here was lost",
        ),
        Msg::SyncRemoteDropped { file } => format!(
            "the remote dropped progress from {file} (deleted, emptied or an older copy); it was kept here and is pushed back"
        ),
        Msg::SyncPushedAgain(n) => {
            format!("pushed (another device pushed first: merged again, attempt {n})")
        }
        Msg::SyncNothingToPush => s("nothing to push"),
        Msg::SyncRemoteLabel => s("Remote:"),
        Msg::SyncUserLabel => s("User:"),
        Msg::SyncDeviceLabel => s("Device:"),
        Msg::SyncLastLabel => s("Last sync:"),
        Msg::SyncToPushLabel => s("To push:"),
        Msg::SyncToMergeLabel => s("To merge:"),
        Msg::SyncNever => s("never"),
        Msg::SyncCommits(n) => count(*n, "commit", "commits"),
        Msg::SyncAndUncommitted => s(", and changes not yet committed"),
        Msg::SyncAsOfLastSync => s(" (as of the last sync)"),
    }
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Todo => "todo",
        Status::InProgress => "in progress",
        Status::Done => "done",
        Status::Skipped => "skipped",
    }
}
