//! `roadmap sync`, `sync init` and `sync status` as text.

use unicode_width::UnicodeWidthStr;

use super::{Line, Printer, Role, local_time};
use crate::error::Result;
use crate::i18n::Msg;
use crate::sync::{StatusReport, SyncReport};

pub fn text(p: &mut Printer<'_>, report: &SyncReport) -> Result<()> {
    let file = format!("users/{}.json", report.user);
    let headline = if report.initialized {
        Msg::SyncSetUp { file: file.clone() }
    } else {
        Msg::Synced { file: file.clone() }
    };
    p.line(Line::new().role(Role::Strong, p.t(headline)))?;
    p.line(Line::new().ours("  ").hang_here().theirs(&report.remote))?;
    let committed = if report.committed {
        Msg::SyncCommitted
    } else {
        Msg::SyncNothingToCommit
    };
    item(p, committed)?;
    if report.received > 0 {
        item(p, Msg::SyncReceived(report.received))?;
    }
    if let Some(merged) = &report.merged {
        item(p, Msg::SyncMerged)?;
        let figures = super::cohort::figures(merged);
        p.line(Line::new().ours("    ").hang_here().ours(p.t(figures)))?;
    }
    let others = report
        .updated
        .iter()
        .chain(&report.removed)
        .filter(|path| path.starts_with("users/") && **path != file)
        .count();
    if others > 0 {
        item(p, Msg::SyncUpdatedOthers(others))?;
    }
    let pushed = match (report.pushed, report.attempts) {
        (false, _) => Msg::SyncNothingToPush,
        (true, 1) => Msg::SyncPushed,
        (true, n) => Msg::SyncPushedAgain(n),
    };
    p.line(
        Line::new()
            .ours("  ")
            .hang_here()
            .role(Role::Good, p.t(pushed)),
    )
}

fn item(p: &mut Printer<'_>, msg: Msg) -> Result<()> {
    p.line(Line::new().ours("  ").hang_here().ours(p.t(msg)))
}

pub fn status_text(p: &mut Printer<'_>, report: &StatusReport) -> Result<()> {
    let last = report
        .last_sync
        .map_or_else(|| p.t(Msg::SyncNever), local_time);
    let mut to_push = p.t(Msg::SyncCommits(report.to_push));
    if report.uncommitted {
        to_push.push_str(&p.t(Msg::SyncAndUncommitted));
    }
    let to_merge = p.t(Msg::SyncCommits(report.to_merge)) + &p.t(Msg::SyncAsOfLastSync);
    let device = report.device.clone().unwrap_or_else(|| "-".to_string());
    let rows = [
        (Msg::SyncRemoteLabel, report.remote.clone(), true),
        (Msg::SyncUserLabel, report.user.clone(), true),
        (Msg::SyncDeviceLabel, device, false),
        (Msg::SyncLastLabel, last, false),
        (Msg::SyncToPushLabel, to_push, false),
        (Msg::SyncToMergeLabel, to_merge, false),
    ];
    let labels: Vec<String> = rows.iter().map(|(label, ..)| p.t(label.clone())).collect();
    let widest = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    for ((_, value, untrusted), label) in rows.into_iter().zip(labels) {
        // Values line up after the widest label (display width: CJK is 2).
        let label = format!("{label}{} ", " ".repeat(widest - label.width()));
        let line = Line::new().ours(label).hang_here();
        let line = if untrusted {
            line.theirs(value)
        } else {
            line.ours(value)
        };
        p.line(line)?;
    }
    Ok(())
}
