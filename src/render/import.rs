//! `roadmap import`: what was converted or merged.

use serde::Serialize;

use super::{Line, Printer, Role, status_name};
use crate::error::Result;
use crate::i18n::Msg;
use crate::progress::MergeSummary;

/// The `--json` shape of `roadmap import roadmapsh -o OUT`.
#[derive(Debug, Serialize)]
pub struct RoadmapshReport {
    pub file: String,
    pub roadmap: String,
    pub title: String,
    pub topics: usize,
    pub subtopics: usize,
    pub stages: usize,
    pub steps: usize,
    /// Nodes left out, and why.
    pub skipped: Vec<String>,
}

/// The `--json` shape of `roadmap import progress`.
#[derive(Debug, Serialize)]
pub struct ProgressImportReport {
    pub file: String,
    pub user: String,
    pub roadmap: String,
    /// Whether the merged roadmap is the one followed now.
    pub following_this_roadmap: bool,
    #[serde(flatten)]
    pub summary: MergeSummary,
}

pub fn roadmapsh_text(p: &mut Printer<'_>, report: &RoadmapshReport) -> Result<()> {
    p.line(
        Line::new()
            .ours(p.t(Msg::WroteBefore))
            .theirs(&report.file)
            .ours(p.t(Msg::WroteAfter))
            .ours(" (")
            .theirs(&report.title)
            .ours("): ")
            .hang(2)
            .ours(p.t(Msg::ConvertedCounts {
                topics: report.topics,
                subtopics: report.subtopics,
                stages: report.stages,
                steps: report.steps,
            })),
    )?;
    for skipped in &report.skipped {
        p.line(
            Line::new()
                .ours("  ")
                .role(Role::Warn, p.t(Msg::SkippedLabel))
                .ours(" ")
                .hang_here()
                .theirs(skipped),
        )?;
    }
    p.line(
        Line::new()
            .role(Role::Faint, p.t(Msg::FollowItWith))
            .role(Role::Faint, " roadmap --roadmap ")
            .theirs_as(Role::Faint, &report.file)
            .role(Role::Faint, " next"),
    )
}

pub fn progress_text(p: &mut Printer<'_>, report: &ProgressImportReport) -> Result<()> {
    let summary = &report.summary;
    if !summary.changed_anything() {
        p.line(Line::new().ours(p.t(Msg::NothingNew)))?;
    } else {
        p.line(
            Line::new()
                .ours(p.t(Msg::MergedInto {
                    user: p.clean(&report.user).into_owned(),
                    roadmap: p.clean(&report.roadmap).into_owned(),
                }))
                .ours(" ")
                .hang(2)
                .ours(p.t(super::cohort::figures(summary))),
        )?;
        for change in &summary.statuses_changed {
            p.line(Line::new().ours("  ").theirs(&change.step).ours(format!(
                ": {} → {}",
                p.t(status_name(change.from)),
                p.t(status_name(change.to))
            )))?;
        }
    }
    if !report.following_this_roadmap {
        p.line(Line::new().role(
            Role::Warn,
            p.t(Msg::NotFollowingImported {
                roadmap: p.clean(&report.roadmap).into_owned(),
            }),
        ))?;
    }
    Ok(())
}
