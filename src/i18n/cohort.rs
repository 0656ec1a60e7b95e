//! The words of sharing a data folder with a cohort (restoring a
//! learner's file, the sync reminder, automatic sync) and of its errors
//! (`crate::error::cohort`), in English and Japanese. Names and paths
//! inside are made safe by the caller or by `shown`.

use super::sync::shown;
use crate::error::cohort::CohortError;
use crate::lang::Lang;

/// The message and hint of a cohort error.
pub fn error(err: &CohortError, lang: Lang) -> (String, Option<String>) {
    match lang {
        Lang::En => en_error(err),
        Lang::Ja => ja_error(err),
    }
}

fn en_error(err: &CohortError) -> (String, Option<String>) {
    match err {
        CohortError::OthersFile { user, synced } => {
            let (user, synced) = (shown(user), shown(synced));
            (
                format!(
                    "users/{user}.json is {user}'s file, shared through sync; this data folder syncs as '{synced}', so it is not written here ({user}'s next sync would clash with it)"
                ),
                Some(format!(
                    "to leave {user} a message, write a comment into your own file: roadmap comment {user} [<step>] TEXT"
                )),
            )
        }
        CohortError::SyncAsOther { named, synced } => {
            let (named, synced) = (shown(named), shown(synced));
            (
                format!(
                    "this data folder syncs as '{synced}': `roadmap sync` shares users/{synced}.json, never users/{named}.json"
                ),
                Some(format!(
                    "run `roadmap sync` without --user (or with --user {synced}); {named} syncs from their own data folder"
                )),
            )
        }
        CohortError::RestoreOwn { user } => (
            format!(
                "'{}' is the user this data folder syncs as: sync merges that file, it is never restored",
                shown(user)
            ),
            Some("`roadmap sync restore NAME` is for another learner's file".to_string()),
        ),
        CohortError::NothingToRestore { user } => {
            let user = shown(user);
            (
                format!("users/{user}.json has no change here since the last sync: nothing to restore"),
                Some(format!("`roadmap sync` brings in {user}'s latest")),
            )
        }
        CohortError::UndoBeforeSync { at, synced } => (
            format!(
                "the last change ({at}) was made before the last sync ({synced}): it is already on your other machines"
            ),
            Some(
                "taking it back here takes it back there at their next sync; to do so all the same: roadmap undo --synced"
                    .to_string(),
            ),
        ),
    }
}

fn ja_error(err: &CohortError) -> (String, Option<String>) {
    match err {
        CohortError::OthersFile { user, synced } => {
            let (user, synced) = (shown(user), shown(synced));
            (
                format!(
                    "users/{user}.json は同期で共有している {user} のファイルです。このデータフォルダーは '{synced}' として同期しているので、ここには書き込みません（{user} の次の同期と衝突します）"
                ),
                Some(format!(
                    "{user} への伝言は、自分のファイルにコメントとして残せます: roadmap comment {user} [<step>] TEXT"
                )),
            )
        }
        CohortError::SyncAsOther { named, synced } => {
            let (named, synced) = (shown(named), shown(synced));
            (
                format!(
                    "このデータフォルダーは '{synced}' として同期しています。`roadmap sync` が共有するのは users/{synced}.json で、users/{named}.json ではありません"
                ),
                Some(format!(
                    "--user を付けずに（または --user {synced} で）`roadmap sync` を実行してください。{named} は自分のデータフォルダーから同期します"
                )),
            )
        }
        CohortError::RestoreOwn { user } => (
            format!(
                "'{}' はこのデータフォルダーが同期しているユーザーです。そのファイルは同期でマージするもので、元に戻すものではありません",
                shown(user)
            ),
            Some("`roadmap sync restore NAME` はほかの学習者のファイルに使います".to_string()),
        ),
        CohortError::NothingToRestore { user } => {
            let user = shown(user);
            (
                format!("users/{user}.json は前回の同期からここで変更されていません。元に戻すものはありません"),
                Some(format!("{user} の最新の状態は `roadmap sync` で取り込めます")),
            )
        }
        CohortError::UndoBeforeSync { at, synced } => (
            format!(
                "最後の変更（{at}）は前回の同期（{synced}）より前のもので、すでにほかのマシンにも届いています"
            ),
            Some(
                "ここで取り消すと、ほかのマシンでも次の同期で取り消されます。それでも取り消すには: roadmap undo --synced"
                    .to_string(),
            ),
        ),
    }
}

/// Messages of `sync restore`, the sync reminder and automatic sync.
#[derive(Debug, Clone, PartialEq)]
pub enum CohortMsg {
    /// Followed by the file's path.
    Restored,
    RemovedUnsynced,
    /// What was lost, as the merge figures say it.
    Lost(String),
    LostNothing,
    LostUnreadable,
    RestoreNext {
        user: String,
    },
    /// `undo` of a status change: the status taken back, the one now.
    UndidStatus {
        taken: String,
        now: String,
    },
    /// When the change `undo` took back was recorded (local time).
    UndidRecorded {
        at: String,
    },
    /// `sync auto`: whether automatic sync is on.
    Auto(bool),
    /// The reminder: the last sync, `days` ago, at a local time.
    LastSynced {
        days: i64,
        at: String,
    },
    NeverSynced,
    /// Changes here no sync has taken yet (more than none).
    Waiting(usize),
    SyncNow,
    /// An automatic sync failed at a local time; its message follows.
    AutoFailed {
        at: String,
    },
}

impl CohortMsg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }

    fn en(&self) -> String {
        match self {
            CohortMsg::Restored => "Put back as the last sync left it:".into(),
            CohortMsg::RemovedUnsynced => "Removed (the last sync did not have it):".into(),
            CohortMsg::Lost(what) => format!("lost here: {what}"),
            CohortMsg::LostNothing => "nothing recorded here was lost".into(),
            CohortMsg::LostUnreadable => "the local copy could not be read; it was replaced".into(),
            CohortMsg::RestoreNext { user } => {
                format!("`roadmap sync` now brings in {user}'s latest")
            }
            CohortMsg::UndidStatus { taken, now } => format!("{taken} taken back, now {now}"),
            CohortMsg::UndidRecorded { at } => format!("(recorded {at})"),
            CohortMsg::Auto(true) => {
                "Automatic sync is on: each change starts `roadmap sync` in the background".into()
            }
            CohortMsg::Auto(false) => "Automatic sync is off: run `roadmap sync` yourself".into(),
            CohortMsg::LastSynced { days, at } => match days {
                1 => format!("Last synced 1 day ago ({at})"),
                _ => format!("Last synced {days} days ago ({at})"),
            },
            CohortMsg::NeverSynced => "No sync has gone through yet".into(),
            CohortMsg::Waiting(1) => "1 change here not yet synced".into(),
            CohortMsg::Waiting(n) => format!("{n} changes here not yet synced"),
            CohortMsg::SyncNow => "roadmap sync".into(),
            CohortMsg::AutoFailed { at } => format!("The automatic sync of {at} failed:"),
        }
    }

    fn ja(&self) -> String {
        match self {
            CohortMsg::Restored => "前回の同期の状態に戻しました:".into(),
            CohortMsg::RemovedUnsynced => "削除しました（前回の同期にはありません）:".into(),
            CohortMsg::Lost(what) => format!("ここで失われたもの: {what}"),
            CohortMsg::LostNothing => "ここで記録したものは失われていません".into(),
            CohortMsg::LostUnreadable => "手元のファイルは読めなかったため、置き換えました".into(),
            CohortMsg::RestoreNext { user } => {
                format!("`roadmap sync` で {user} の最新の状態を取り込めます")
            }
            CohortMsg::UndidStatus { taken, now } => {
                format!("「{taken}」を取り消し、現在は「{now}」")
            }
            CohortMsg::UndidRecorded { at } => format!("（{at} の記録）"),
            CohortMsg::Auto(true) => {
                "自動同期はオンです。変更のたびに `roadmap sync` をバックグラウンドで始めます"
                    .into()
            }
            CohortMsg::Auto(false) => {
                "自動同期はオフです。`roadmap sync` を自分で実行してください".into()
            }
            CohortMsg::LastSynced { days, at } => {
                format!("前回の同期は {days} 日前（{at}）です")
            }
            CohortMsg::NeverSynced => "まだ一度も同期できていません".into(),
            CohortMsg::Waiting(n) => format!("未同期の変更が {n} 件あります"),
            CohortMsg::SyncNow => "roadmap sync".into(),
            CohortMsg::AutoFailed { at } => format!("{at} の自動同期に失敗しました:"),
        }
    }
}

/// The learner whose file `users/<name>.json` is (the path itself if it is
/// not one), for `roadmap sync restore NAME`.
pub fn owner(path: &str) -> &str {
    path.strip_prefix("users/")
        .and_then(|rest| rest.strip_suffix(".json"))
        .unwrap_or(path)
}
