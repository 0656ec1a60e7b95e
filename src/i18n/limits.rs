//! The words of the errors about the store's limits (issue 23): values
//! the store does not keep and sizes over a limit.

use crate::error::Error;
use crate::lang::Lang;
use crate::progress::{EARLIEST_YEAR, LATEST_YEAR};

/// Why a user file is refused: its size (`None`: an endless source).
pub fn too_big(size: Option<u64>, lang: Lang) -> String {
    let limit = crate::limits::MAX_STORE_BYTES;
    match (size, lang) {
        (Some(size), Lang::En) => {
            format!("it is {size} bytes, over the limit of {limit} bytes for a user file")
        }
        (None, Lang::En) => format!("it goes on past the limit of {limit} bytes for a user file"),
        (Some(size), Lang::Ja) => {
            format!("{size} バイトあり、ユーザーファイルの上限 {limit} バイトを超えています")
        }
        (None, Lang::Ja) => format!("ユーザーファイルの上限 {limit} バイトを超えて続いています"),
    }
}

/// Why a user file holding undo batch number `batch` is refused.
pub fn batch_out_of_range(batch: u64, lang: Lang) -> String {
    let limit = crate::progress::MAX_BATCH;
    match lang {
        Lang::En => format!(
            "it holds the undo batch number {batch}, past the largest roadmap keeps ({limit})"
        ),
        Lang::Ja => format!(
            "取り消し用の番号 {batch} が、roadmap が記録できる最大値 ({limit}) を超えています"
        ),
    }
}

/// Why sync refuses an executable file from the remote.
pub fn executable(lang: Lang) -> String {
    match lang {
        Lang::En => "it is executable; only plain user files are synced".into(),
        Lang::Ja => "実行可能なファイルです。同期するのは通常のユーザーファイルだけです".into(),
    }
}

type Words = (String, Option<String>);

/// The message and hint of a limit error, in `lang` (`None`: not one).
pub fn error(err: &Error, lang: Lang) -> Option<Words> {
    let (from, to) = (EARLIEST_YEAR, LATEST_YEAR);
    Some(match (err, lang) {
        (Error::DateNotKept { at }, Lang::En) => (
            format!(
                "not saved: the time {at} is outside the dates roadmap keeps ({from} to before {to}); nothing was written"
            ),
            Some(
                "check this computer's clock (or ROADMAP_NOW if it is set), then run the command again"
                    .into(),
            ),
        ),
        (Error::DateNotKept { at }, Lang::Ja) => (
            format!(
                "保存しませんでした: 日時 {at} は roadmap が記録できる範囲 ({from} 年から {to} 年より前まで) の外です。何も書き込んでいません"
            ),
            Some(
                "このパソコンの時計 (設定していれば ROADMAP_NOW) を確かめてから、もう一度実行してください"
                    .into(),
            ),
        ),
        (Error::StoreTooBig { path, size, limit }, Lang::En) => (
            format!(
                "not saved: {path} would be {size} bytes, over the limit of {limit} bytes for a user file; nothing was written"
            ),
            Some("export a backup (roadmap export --format json), then start a new user".into()),
        ),
        (Error::StoreTooBig { path, size, limit }, Lang::Ja) => (
            format!(
                "保存しませんでした: {path} が {size} バイトになり、ユーザーファイルの上限 {limit} バイトを超えます。何も書き込んでいません"
            ),
            Some(
                "バックアップを書き出して (roadmap export --format json)、新しいユーザーで始めてください"
                    .into(),
            ),
        ),
        (Error::ExportTooBig { size, limit }, Lang::En) => (
            format!(
                "not exported: the backup would be {size} bytes, over the limit of {limit} bytes that `import progress` reads; nothing was written"
            ),
            None,
        ),
        (Error::ExportTooBig { size, limit }, Lang::Ja) => (
            format!(
                "書き出しませんでした: バックアップが {size} バイトになり、`import progress` が読める上限 {limit} バイトを超えます。何も書き込んでいません"
            ),
            None,
        ),
        (Error::BatchNotKept { batch }, _) => (batch_out_of_range(*batch, lang), None),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_limit_message_exists_in_both_languages() {
        let errors = [
            Error::DateNotKept {
                at: "1970-01-01T00:00:05Z".into(),
            },
            Error::StoreTooBig {
                path: "users/a.json".into(),
                size: 2,
                limit: 1,
            },
            Error::ExportTooBig { size: 2, limit: 1 },
            Error::BatchNotKept { batch: 1 << 60 },
        ];
        for lang in [Lang::En, Lang::Ja] {
            let mut texts: Vec<String> = errors
                .iter()
                .map(|err| {
                    let (message, hint) = error(err, lang).expect("a limit error");
                    format!("{message} {}", hint.unwrap_or_default())
                })
                .collect();
            texts.extend([
                too_big(Some(2), lang),
                too_big(None, lang),
                batch_out_of_range(1 << 60, lang),
                executable(lang),
            ]);
            for text in texts {
                let japanese = text.chars().any(|c| c > '\u{3000}');
                assert_eq!(japanese, lang == Lang::Ja, "{text}");
            }
        }
        assert_eq!(error(&Error::NoDataDir, Lang::En), None);
    }
}
