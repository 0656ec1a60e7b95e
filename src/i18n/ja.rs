//! The Japanese catalogue.

use super::{Msg, list};
use crate::progress::Status;
use crate::roadmap::ResourceKind;
use crate::view::Shade;

pub fn text(msg: &Msg) -> String {
    let s = |s: &str| s.to_string();
    match msg {
        Msg::Record(record) => record.text(crate::lang::Lang::Ja),
        Msg::RecordPage(page) => page.text(crate::lang::Lang::Ja),
        Msg::Format(msg) => super::format::text(msg, crate::lang::Lang::Ja),
        Msg::ErrorLabel => s("エラー:"),
        Msg::WarningLabel => s("警告:"),
        Msg::HintLabel => s("ヒント:"),
        Msg::ErrorWord => s("エラー"),
        Msg::WarningWord => s("警告"),

        Msg::Status(status) => s(status_name(*status)),
        Msg::Already(status) => format!("すでに{}", status_name(*status)),
        Msg::Kind(kind) => s(match kind {
            ResourceKind::Docs => "ドキュメント",
            ResourceKind::Course => "コース",
            ResourceKind::Book => "書籍",
            ResourceKind::Video => "動画",
            ResourceKind::Article => "記事",
            ResourceKind::Tool => "ツール",
            ResourceKind::Community => "コミュニティ",
        }),
        Msg::Overall => s("全体"),
        Msg::Optional => s("任意"),
        Msg::OptionalMark => s("（任意）"),

        Msg::AllDone => s("おめでとうございます。このロードマップのステップはすべて完了です。"),
        Msg::SeeJourney => s("`roadmap status` でこれまでの歩みを確認できます。"),
        Msg::NothingAvailable => {
            s("今取り組めるステップはありません。残りのステップはすべて前提ステップ待ちです。")
        }
        Msg::InProgressMark => s("（進行中）"),
        Msg::DoneWhen => s("完了の目安:"),
        Msg::StartWith => s("おすすめ:"),
        Msg::MoreAvailable(n) => format!("ほかに {n} 件: roadmap next --all"),
        Msg::WhenFinished => s("終わったら:"),

        Msg::ColStage => s("ステージ"),
        Msg::ColProgress => s("進捗"),
        Msg::ColDone => s("完了"),
        Msg::ColHoursLeft => s("残り時間"),
        Msg::KeptOrphans(n) => {
            format!("このロードマップにないステップ {n} 件の進捗を保持しています:")
        }
        Msg::OrphanHint => s(
            "ステップ名を変えた場合は、旧 ID をそのステップの \"aliases\" に加えると進捗が引き継がれます",
        ),
        Msg::PaceLabel => s("ペース:"),
        Msg::PaceNotEnoughHistory => {
            s("まだ記録が足りません（見積もりには 1 週間分の記録が必要です）")
        }

        Msg::NoUsersYet => {
            s("まだユーザーがいません。誰かがステップを記録するとここに表示されます。")
        }
        Msg::ColUser => s("ユーザー"),
        Msg::ColLastActivity => s("最終更新"),
        Msg::Unreadable => s("読めません（下記）"),
        Msg::StagesLabel => s("ステージ:"),

        Msg::WaitingOnPrerequisite => s("（前提ステップ待ち）"),
        Msg::Resources => s("参考資料"),
        Msg::Requires => s("前提ステップ"),
        Msg::Unlocks => s("次に進めるステップ"),
        Msg::Notes => s("メモ"),
        Msg::History => s("履歴"),

        Msg::NothingRecorded => {
            s("まだ記録はありません。`roadmap next` で最初のステップを確認できます。")
        }
        Msg::NoteKind => s("メモ"),
        Msg::MoreOlder(n) => format!("ほかに古い記録 {n} 件: roadmap log --all"),

        Msg::Unlocked => s("新しく取り組めるステップ:"),
        Msg::UnmetPrerequisites { step, missing } => format!(
            "{step} を前提ステップより先に完了にしました: {}",
            list(missing)
        ),

        Msg::Undid => s("取り消しました:"),
        Msg::NoteOnBefore => s(""),
        Msg::NoteOnAfter => s(" のメモ「"),
        Msg::NoteOnEnd => s("」"),
        Msg::NotedOnBefore => s(""),
        Msg::NotedOnAfter(n) => format!(" にメモを書きました（メモ {n} 件）。"),
        Msg::ReadThemWith => s("確認:"),

        Msg::ValidSummary {
            stages,
            steps,
            warnings,
        } => format!("有効です（ステージ {stages}、ステップ {steps}、警告 {warnings} 件）"),
        Msg::InvalidSummary { errors, warnings } => {
            format!("エラー {errors} 件、警告 {warnings} 件")
        }

        Msg::Wrote => s("書き出しました:"),
        Msg::WroteBefore => s(""),
        Msg::WroteAfter => s(" を書き出しました"),
        Msg::ConvertedCounts {
            topics,
            subtopics,
            stages,
            steps,
        } => format!(
            "トピック {topics}、サブトピック {subtopics} → ステージ {stages}、ステップ {steps}"
        ),
        Msg::SkippedLabel => s("スキップ:"),
        Msg::SkippedNode => s("読み飛ばしました:"),
        Msg::FollowItWith => s("使い方:"),
        Msg::NothingNew => s("新しい記録はありません。ファイルの内容はすべて記録済みです。"),
        Msg::MergedInto { user, roadmap } => {
            format!("{user} さんの '{roadmap}' に取り込みました:")
        }
        Msg::NotFollowingImported { roadmap } => format!(
            "注意: この進捗はロードマップ '{roadmap}' のものです。今のロードマップとは違うため、--roadmap FILE で指定してください"
        ),

        Msg::Shade(shade) => s(match shade {
            Shade::Done => "完了",
            Shade::InProgress => "進行中",
            Shade::Skipped => "スキップ",
            Shade::Available => "着手可",
            Shade::Blocked => "前提待ち",
        }),
        Msg::ShadeShort(shade) => match shade {
            Shade::Available => s("着手可"),
            other => text(&Msg::Shade(*other)),
        },
        // No user name known: a neutral title.
        Msg::PageSummary {
            user,
            finished,
            total,
        } if user.is_empty() => format!("進捗: {total} ステップ中 {finished} 完了"),
        Msg::ChecklistSummary {
            user,
            finished,
            total,
            percent,
        } if user.is_empty() => format!("進捗: {total} ステップ中 {finished} 完了 ({percent}%)"),
        Msg::PageSummary {
            user,
            finished,
            total,
        } => format!("{user} さん: {total} ステップ中 {finished} 完了"),
        Msg::ChecklistSummary {
            user,
            finished,
            total,
            percent,
        } => format!("{user} の進捗: {total} ステップ中 {finished} 完了 ({percent}%)"),
        Msg::SavedButNotPrinted { error } => {
            format!("変更は保存しましたが、結果を表示できませんでした: {error}")
        }
        Msg::BuiltinRoadmap => s("組み込みロードマップ"),

        Msg::SyncSetUp { file } => format!("{file} の同期を設定しました。リモート:"),
        Msg::Synced { file } => format!("{file} を同期しました。リモート:"),
        Msg::SyncCommitted => s("変更をコミットしました"),
        Msg::SyncNothingToCommit => s("新しい変更はありません"),
        Msg::SyncReceived(n) => format!("リモートから {n} 件のコミットを受け取りました"),
        Msg::SyncMerged => s("ほかの端末の進捗をマージしました:"),
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
                (*events, "変更"),
                (*notes, "メモ"),
                (*sessions, "学習記録"),
                (*evidence, "成果物"),
                (*ticks, "チェック"),
                (*verifications, "検証"),
                (*settings, "設定の更新"),
                (*steps, "状態の変化"),
                (*applications, "応募"),
                (*application_changes, "選考状況の更新"),
                (*comments, "メンターのコメント"),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{what} {n} 件"))
            .collect();
            if parts.is_empty() {
                s("新しい記録はありません")
            } else {
                parts.join("、")
            }
        }
        Msg::SyncUpdatedOthers(n) => format!("ほかのファイル {n} 件をリモートに合わせました"),
        Msg::SyncRemoteRewrote => "前回の同期のあと、リモートの履歴が書き換えられていました (force push)。統合したので、この端末で記録した内容は失われていません".to_string(),
        Msg::SyncRemoteDropped { file } => format!(
            "リモートから進捗が消えていました ({file} が削除・空にされたか、古い内容に戻されていました)。この端末の進捗はそのまま残し、リモートにも送り直します"
        ),
        Msg::SyncPushed => s("送信しました"),
        Msg::SyncPushedAgain(n) => {
            format!("送信しました (ほかの端末が先に送信したため再マージ、{n} 回目)")
        }
        Msg::SyncNothingToPush => s("送信するものはありません"),
        Msg::SyncRemoteLabel => s("リモート:"),
        Msg::SyncUserLabel => s("ユーザー:"),
        Msg::SyncDeviceLabel => s("端末 ID:"),
        Msg::SyncLastLabel => s("最終同期:"),
        Msg::SyncToPushLabel => s("未送信:"),
        Msg::SyncToMergeLabel => s("未マージ:"),
        Msg::SyncNever => s("まだありません"),
        Msg::SyncCommits(n) => format!("{n} 件のコミット"),
        Msg::SyncAndUncommitted => s("、ほかに未コミットの変更あり"),
        Msg::SyncAsOfLastSync => s(" (前回の同期の時点)"),
    }
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Todo => "未着手",
        Status::InProgress => "進行中",
        Status::Done => "完了",
        Status::Skipped => "スキップ",
    }
}
