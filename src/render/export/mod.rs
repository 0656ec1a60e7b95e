//! Documents made from a roadmap and a learner's progress: a Markdown
//! checklist, a JSON backup, an HTML picture (and, in `render::graph`,
//! Mermaid and DOT graphs). Each renderer returns the whole document.

mod charts;
pub mod cohort;
mod escape;
pub mod html;
pub mod json;
pub mod markdown;
pub mod resume;
pub mod skills;

use std::borrow::Cow;

use chrono::{DateTime, NaiveDate, Utc};

use crate::i18n::{Msg, RecordPage};
use crate::lang::Lang;
use crate::progress::{
    Progress, Stats, Status, check_url, is_available, stage_stats, step_dates, total_stats,
};
use crate::render::pace::PaceReport;
use crate::render::record::RecordReport;
use crate::roadmap::Roadmap;

/// The learner's record that the Markdown and HTML exports carry beside
/// the statuses: per-step dates, time, notes and evidence, and a summary.
pub struct Record<'a> {
    pub progress: &'a Progress,
    pub now: DateTime<Utc>,
    pub pace: PaceReport,
    pub record: RecordReport,
    /// Minutes studied per week, oldest first (Monday of each week).
    pub weekly_minutes: Vec<(NaiveDate, u64)>,
    /// Steps finished by the end of each week, oldest first.
    pub finished_by_week: Vec<(NaiveDate, usize)>,
    /// `export --private`: no notes (the step's or the sessions'), for a
    /// page meant for an interviewer.
    pub private: bool,
    /// The language of the session notes' durations.
    pub lang: Lang,
}

/// What the record holds for one step.
pub struct StepView<'a> {
    pub started: Option<DateTime<Utc>>,
    pub finished: Option<DateTime<Utc>>,
    pub minutes: u64,
    /// The step's notes and the notes of its study sessions (led by the
    /// time studied), oldest first; none with `--private`.
    pub notes: Vec<(DateTime<Utc>, Cow<'a, str>)>,
    /// Links that pass the checks of `roadmap evidence` (a backup from
    /// elsewhere may hold others; those are shown as text, not links).
    pub links: Vec<&'a str>,
    pub other_evidence: Vec<&'a str>,
    /// Which checklist items are ticked, in the checklist's order.
    pub ticked: Vec<bool>,
    /// The latest verification by `roadmap check`.
    pub verified: Option<crate::render::check::Verified>,
}

impl StepView<'_> {
    pub fn is_empty(&self) -> bool {
        self.started.is_none()
            && self.minutes == 0
            && self.notes.is_empty()
            && self.links.is_empty()
            && self.other_evidence.is_empty()
            && self.verified.is_none()
    }
}

impl<'a> Record<'a> {
    pub fn step(&self, roadmap: &Roadmap, step: usize) -> StepView<'a> {
        let (started, finished) = step_dates(self.progress, roadmap, step);
        let minutes = self
            .progress
            .sessions_of(roadmap, step)
            .iter()
            .map(|s| u64::from(s.minutes))
            .sum();
        let mut notes: Vec<(DateTime<Utc>, Cow<'a, str>)> = Vec::new();
        if !self.private {
            let progress: &'a Progress = self.progress;
            notes.extend(
                (progress.notes_of(roadmap, step).into_iter())
                    .map(|n| (n.at, Cow::Borrowed(n.text.as_str()))),
            );
            let sessions = progress.sessions_of(roadmap, step).into_iter();
            notes.extend(sessions.filter_map(|s| {
                let note = s.note.as_deref()?;
                let time = crate::render::record::duration(s.minutes.into(), self.lang);
                Some((s.at, Cow::Owned(format!("{time}: {note}"))))
            }));
            notes.sort_by_key(|(at, _)| *at);
        }
        let (mut links, mut other_evidence) = (Vec::new(), Vec::new());
        for evidence in self.progress.evidence_of(roadmap, step) {
            match check_url(&evidence.url) {
                Ok(url) => links.push(url),
                Err(_) => other_evidence.push(evidence.url.as_str()),
            }
        }
        StepView {
            started,
            finished,
            minutes,
            notes,
            links,
            other_evidence,
            ticked: self.progress.ticked(roadmap, step),
            verified: (self.progress.verification_of(roadmap, step))
                .map(crate::render::check::Verified::from),
        }
    }
}

/// What every picture of a roadmap needs: the roadmap, the learner's
/// statuses (indexed like `roadmap.steps`) and the language.
pub struct Picture<'a> {
    pub roadmap: &'a Roadmap,
    pub statuses: &'a [Status],
    pub lang: Lang,
    pub user: &'a str,
}

impl Picture<'_> {
    /// Statistics per stage (indexed like `roadmap.stages`) and overall.
    pub fn stats(&self) -> (Vec<Stats>, Stats) {
        let stages = stage_stats(self.roadmap, self.statuses);
        let total = total_stats(&stages);
        (stages, total)
    }

    /// How a step is drawn: its status, with `todo` split into steps the
    /// learner can start now and steps still waiting for prerequisites.
    pub fn shade(&self, step: usize) -> Shade {
        match self.statuses[step] {
            Status::Done => Shade::Done,
            Status::InProgress => Shade::InProgress,
            Status::Skipped => Shade::Skipped,
            Status::Todo if is_available(self.roadmap, self.statuses, step) => Shade::Available,
            Status::Todo => Shade::Blocked,
        }
    }

    /// A message of the catalogue in the picture's language.
    pub fn t(&self, msg: Msg) -> String {
        msg.text(self.lang)
    }

    /// A word of the record's pages in the picture's language.
    pub fn page(&self, msg: RecordPage) -> String {
        self.t(Msg::RecordPage(msg))
    }

    /// The class, mark and note of a checklist item of step `i`: ☑ when
    /// ticked, ☐ while the step is open, and on a finished step an item
    /// never ticked says so (–, "not ticked") rather than looking undone.
    pub fn checklist_mark(&self, i: usize, ticked: bool) -> (&'static str, &'static str, String) {
        if ticked {
            ("ticked", "☑", String::new())
        } else if self.statuses[i].is_finished() {
            let note = format!(" <em>{}</em>", self.page(RecordPage::LeftUnticked));
            ("unticked", "–", note)
        } else {
            ("", "☐", String::new())
        }
    }
}

pub use crate::view::Shade;

impl Shade {
    pub const ALL: [Shade; 5] = [
        Shade::Done,
        Shade::InProgress,
        Shade::Available,
        Shade::Blocked,
        Shade::Skipped,
    ];

    /// A name usable as a CSS or graph class.
    pub fn class(self) -> &'static str {
        match self {
            Shade::Done => "done",
            Shade::InProgress => "in-progress",
            Shade::Skipped => "skipped",
            Shade::Available => "available",
            Shade::Blocked => "blocked",
        }
    }

    /// Background colour: green for done, amber for in progress, blue for
    /// ready to start, white for waiting, grey for skipped.
    pub fn fill(self) -> &'static str {
        match self {
            Shade::Done => "#c8e6c9",
            Shade::InProgress => "#ffe0b2",
            Shade::Skipped => "#e0e0e0",
            Shade::Available => "#e3f2fd",
            Shade::Blocked => "#ffffff",
        }
    }

    pub fn stroke(self) -> &'static str {
        match self {
            Shade::Done => "#2e7d32",
            Shade::InProgress => "#ef6c00",
            Shade::Skipped => "#9e9e9e",
            Shade::Available => "#1565c0",
            Shade::Blocked => "#b0bec5",
        }
    }

    /// The short form printed on a card (the legend has the long one).
    pub fn short_label(self, lang: Lang) -> String {
        Msg::ShadeShort(self).text(lang)
    }

    pub fn label(self, lang: Lang) -> String {
        Msg::Shade(self).text(lang)
    }
}

/// One figure of the summary at the top of an export.
pub struct Tile {
    pub label: String,
    pub value: String,
    pub detail: String,
}

/// The summary: progress, time logged, this week, streak, pace, finish.
pub fn summary(picture: &Picture, record: &Record) -> Vec<Tile> {
    use crate::render::pace::{PaceState, left, per_week, span};
    use crate::render::record::duration;
    let lang = picture.lang;
    let (_, total) = picture.stats();
    let tile = |label: RecordPage, value: String, detail: String| Tile {
        label: picture.page(label),
        value,
        detail,
    };
    let r = &record.record;
    let week = &r.week;
    let mut tiles = vec![
        tile(
            RecordPage::Progress,
            format!("{}%", total.whole_percent()),
            picture.page(RecordPage::StepsFinished {
                finished: total.finished(),
                total: total.total,
            }),
        ),
        tile(
            RecordPage::TimeLogged,
            duration(r.total_minutes, lang),
            picture.page(RecordPage::Sessions(r.sessions)),
        ),
        tile(
            RecordPage::ThisWeek,
            duration(week.minutes, lang),
            match (week.goal_minutes, week.goal_percent) {
                (Some(goal), Some(percent)) => picture.page(RecordPage::OfGoal {
                    goal: duration(goal.into(), lang),
                    percent,
                }),
                _ => picture.page(RecordPage::NoGoalSet),
            },
        ),
        tile(
            RecordPage::Streak,
            picture.page(RecordPage::Days(week.streak_days)),
            picture.page(RecordPage::ConsecutiveDays),
        ),
    ];
    let pace = &record.pace;
    let (pace_value, pace_detail) = match (&pace.state, &pace.rate) {
        (PaceState::Complete, _) => (
            picture.page(RecordPage::Finished),
            picture.page(RecordPage::EveryStepFinished),
        ),
        (PaceState::Estimate, Some(rate)) => {
            let text = per_week(rate, lang);
            match text.split_once(['(', '（']) {
                Some((value, detail)) => (
                    value.trim().to_string(),
                    detail.trim_end_matches([')', '）']).to_string(),
                ),
                None => (text, String::new()),
            }
        }
        (PaceState::Stalled, _) => ("—".to_string(), picture.page(RecordPage::NothingLately)),
        _ => ("—".to_string(), picture.page(RecordPage::NotEnoughHistory)),
    };
    tiles.push(tile(RecordPage::Pace, pace_value, pace_detail));
    let (finish, finish_detail) = match (&pace.estimated_finish, pace.horizon, &pace.rate) {
        (Some(date), Some(horizon), Some(rate)) => (
            date.clone(),
            format!("{} · {}", span(horizon, lang), left(rate, lang)),
        ),
        (_, _, Some(rate)) => ("—".to_string(), left(rate, lang)),
        _ => ("—".to_string(), String::new()),
    };
    if pace.state != PaceState::Complete {
        tiles.push(tile(RecordPage::EstimatedFinish, finish, finish_detail));
    }
    tiles
}

/// Escaped Japanese text with each figure and its units ("約&nbsp;1年6か月",
/// "1088時間") in a span that does not break: a browser may break between
/// any two CJK characters, and "約 1年6か" / "月" reads wrong.
pub fn keep_units_together(html: &str) -> String {
    let is_unit = |c: char| c.is_ascii_digit() || "年か月週間日時分.".contains(c);
    let mut out = String::with_capacity(html.len() + 32);
    let mut rest = html;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit() || c == '約' || c == '残') {
        out.push_str(&rest[..start]);
        let from = &rest[start..];
        let lead = ["約&nbsp;", "約", "残り&nbsp;", "残"]
            .iter()
            .find(|p| from.starts_with(**p))
            .map_or(0, |p| p.len());
        let tail = &from[lead..];
        let body = tail.find(|c: char| !is_unit(c)).unwrap_or(tail.len());
        let run = &from[..lead + body];
        if tail[..body]
            .chars()
            .any(|c| !c.is_ascii_digit() && c != '.')
        {
            out.push_str(&format!("<span class=\"nw\">{run}</span>"));
        } else {
            out.push_str(run);
        }
        rest = &from[run.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod keep_tests {
    #[test]
    fn figures_and_their_units_stay_together() {
        assert_eq!(
            super::keep_units_together("約&nbsp;6年11か月&nbsp;·&nbsp;残り&nbsp;1088時間"),
            "<span class=\"nw\">約&nbsp;6年11か月</span>&nbsp;·&nbsp;\
             <span class=\"nw\">残り&nbsp;1088時間</span>"
        );
        assert_eq!(super::keep_units_together("2026-11-28 約"), "2026-11-28 約");
        assert_eq!(
            super::keep_units_together("週&nbsp;0.9時間"),
            "週&nbsp;<span class=\"nw\">0.9時間</span>"
        );
    }
}
