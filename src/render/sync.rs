//! `roadmap sync`, `sync init` and `sync status` as text.

use std::io::Write;

use super::{Style, local_time};
use crate::error::Result;
use crate::lang::Lang;
use crate::sync::{StatusReport, SyncReport};

fn commits(style: Style, n: usize) -> String {
    match (style.lang, n) {
        (Lang::En, 1) => "1 commit".to_string(),
        (Lang::En, n) => format!("{n} commits"),
        (Lang::Ja, n) => format!("{n} 件のコミット"),
    }
}

pub fn text(out: &mut dyn Write, report: &SyncReport, style: Style) -> Result<()> {
    let file = format!("users/{}.json", report.user);
    let headline = match (report.initialized, style.lang) {
        (true, Lang::En) => format!("Set up sync of {file} with"),
        (false, Lang::En) => format!("Synced {file} with"),
        (true, Lang::Ja) => format!("{file} の同期を設定しました。リモート:"),
        (false, Lang::Ja) => format!("{file} を同期しました。リモート:"),
    };
    writeln!(out, "{}", style.bold(&headline))?;
    writeln!(out, "  {}", report.remote)?;
    let committed = if report.committed {
        style.tr("committed your changes", "変更をコミットしました")
    } else {
        style.tr("nothing new to commit", "新しい変更はありません")
    };
    writeln!(out, "  {committed}")?;
    if report.received > 0 {
        let line = match style.lang {
            Lang::En => format!(
                "received {} from the remote",
                commits(style, report.received)
            ),
            Lang::Ja => format!(
                "リモートから {} を受け取りました",
                commits(style, report.received)
            ),
        };
        writeln!(out, "  {line}")?;
    }
    if let Some(merged) = &report.merged {
        let (events, notes, steps) = (
            merged.events_added,
            merged.notes_added,
            merged.statuses_changed.len(),
        );
        let line = match style.lang {
            Lang::En => format!(
                "merged your progress from other devices:\n    {events} {}, {notes} {}, {steps} {} changed",
                if events == 1 { "change" } else { "changes" },
                if notes == 1 { "note" } else { "notes" },
                if steps == 1 { "status" } else { "statuses" },
            ),
            Lang::Ja => format!(
                "ほかの端末の進捗をマージしました:\n    変更 {events} 件、メモ {notes} 件、状態の変化 {steps} 件"
            ),
        };
        writeln!(out, "  {line}")?;
    }
    let others = report
        .updated
        .iter()
        .chain(&report.removed)
        .filter(|path| path.starts_with("users/") && **path != file)
        .count();
    if others > 0 {
        let line = match (style.lang, others) {
            (Lang::En, 1) => "updated 1 other file from the remote".to_string(),
            (Lang::En, n) => format!("updated {n} other files from the remote"),
            (Lang::Ja, n) => format!("ほかのファイル {n} 件をリモートに合わせました"),
        };
        writeln!(out, "  {line}")?;
    }
    let pushed = match (report.pushed, report.attempts, style.lang) {
        (false, _, _) => style
            .tr("nothing to push", "送信するものはありません")
            .to_string(),
        (true, 1, _) => style.tr("pushed", "送信しました").to_string(),
        (true, n, Lang::En) => {
            format!("pushed (another device pushed first: merged again, attempt {n})")
        }
        (true, n, Lang::Ja) => {
            format!("送信しました (ほかの端末が先に送信したため再マージ、{n} 回目)")
        }
    };
    writeln!(out, "  {}", style.green(&pushed))?;
    Ok(())
}

pub fn status_text(out: &mut dyn Write, report: &StatusReport, style: Style) -> Result<()> {
    let never = style.tr("never", "まだありません");
    let last = report.last_sync.map_or(never.to_string(), local_time);
    let to_push = if report.uncommitted {
        match style.lang {
            Lang::En => format!(
                "{}, and changes not yet committed",
                commits(style, report.to_push)
            ),
            Lang::Ja => format!(
                "{}、ほかに未コミットの変更あり",
                commits(style, report.to_push)
            ),
        }
    } else {
        commits(style, report.to_push)
    };
    let device = report.device.as_deref().unwrap_or("-");
    let rows: [(&str, &str, String); 6] = [
        ("Remote", "リモート", report.remote.clone()),
        ("User", "ユーザー", report.user.clone()),
        ("Device", "端末 ID", device.to_string()),
        ("Last sync", "最終同期", last),
        ("To push", "未送信", to_push),
        (
            "To merge",
            "未マージ",
            match style.lang {
                Lang::En => format!("{} (as of the last sync)", commits(style, report.to_merge)),
                Lang::Ja => format!("{} (前回の同期の時点)", commits(style, report.to_merge)),
            },
        ),
    ];
    for (en, ja, value) in rows {
        match style.lang {
            Lang::En => writeln!(out, "{:<10} {value}", format!("{en}:"))?,
            Lang::Ja => writeln!(out, "{ja}: {value}")?,
        }
    }
    Ok(())
}
