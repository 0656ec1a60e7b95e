//! Documents made from a roadmap and a learner's progress: a Markdown
//! checklist, a JSON backup, an HTML picture (and, in `render::graph`,
//! Mermaid and DOT graphs). Each renderer returns the whole document.

pub mod html;
pub mod json;
pub mod markdown;

use crate::i18n::Msg;
use crate::lang::Lang;
use crate::progress::{Stats, Status, is_available, stage_stats, total_stats};
use crate::roadmap::Roadmap;

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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shade {
    Done,
    InProgress,
    Skipped,
    Available,
    Blocked,
}

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
