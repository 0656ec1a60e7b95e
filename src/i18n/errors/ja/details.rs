//! The parts of the Japanese wording that are matches of their own: the store's
//! problems, a progress export's, a lock's, a duration's and a link's.

use super::super::{json_type, readable_versions};
use crate::error::Refusal;
use crate::error::{DurationOf, ExportProblem};
use crate::i18n::errors::s;
use crate::i18n::sync::shown;
use crate::import::roadmapsh::NotRoadmapsh;
use crate::lang::Lang;
use crate::progress::{DurationError, UrlError};
use crate::store::{LockError, Problem, WriteError};

/// A lock file that cannot be taken.
pub(super) fn lock(path: &str, err: &LockError) -> (String, Option<String>) {
    match err {
        LockError::Open(err) => (
            format!("ロックファイル '{path}' を開けません: {err}"),
            Some(s(super::WRITABLE_FOLDER)),
        ),
        LockError::NotAFile { symlink } => (
            format!(
                "ロックファイル '{path}' は{}",
                if *symlink {
                    "シンボリックリンクです（roadmap はたどりません）"
                } else {
                    "通常のファイルではありません"
                }
            ),
            Some(s(
                "削除してください（roadmap が作り直します）。何も変更していません",
            )),
        ),
        LockError::Lock(err) => (
            format!("'{path}' をロックできません: {err}"),
            Some(s(
                "データフォルダーはファイルロックが使えるファイルシステムに置いてください",
            )),
        ),
        LockError::Busy(patience) => (
            format!(
                "別の roadmap コマンドが '{path}' を {} 秒以上ロックしています",
                patience.as_secs()
            ),
            Some(s(
                "そのコマンドを終えるか再開してください（一時停止中でもロックは持ったままです）。何も変更していません",
            )),
        ),
    }
}

/// A user file that cannot be saved.
pub(super) fn write(path: &str, err: &WriteError) -> (String, Option<String>) {
    match err {
        WriteError::Write(err) => (
            format!("'{}' に書き込めません: {err}", path),
            Some(s(
                "ファイルは元のままです。空き容量かフォルダーの権限を確かめてから、もう一度実行してください",
            )),
        ),
        WriteError::Flush(err) => (
            format!(
                "'{}' は保存しましたが、フォルダーをディスクに書き出せませんでした: {err}",
                path
            ),
            Some(s(
                "変更は反映済みですが、停電があると失われるかもしれません",
            )),
        ),
    }
}

/// Why a file from the remote is refused.
pub(super) fn refusal(path: &str, why: &Refusal) -> String {
    match why {
        Refusal::NotAFile => s("通常のファイルではありません (シンボリックリンクかサブモジュール)"),
        Refusal::NotAUserFile => s("同期するのは users/<名前>.json のファイルだけです"),
        Refusal::Reserved => s("この名前は各端末専用です"),
        Refusal::Executable => crate::i18n::limits::executable(Lang::Ja),
        Refusal::Unreadable(problem) => format!(
            "'{}' を読み取れません: {}",
            shown(path),
            store_problem(problem)
        ),
    }
}

/// A duration `study` or `goal` cannot take.
pub(super) fn duration(
    text: &str,
    problem: DurationError,
    of: DurationOf,
) -> (String, Option<String>) {
    (
        match problem {
            DurationError::Unparseable => format!("時間 '{text}' を読み取れません"),
            DurationError::Zero => format!("時間 '{text}' がゼロです"),
            DurationError::Negative => format!("時間 '{text}' が負の値です"),
            DurationError::TooLong => match of {
                DurationOf::Session => format!("時間 '{text}' が 24 時間を超えています"),
                DurationOf::Goal => {
                    format!("週の目標 '{text}' は 1 週間の長さを超えています")
                }
            },
        },
        Some(s(match (of, problem) {
            (DurationOf::Session, _) => {
                "90分、1時間30分、1時間半、90m、1.5h、90（数字だけなら分）のように書いてください（0 より長く 24 時間以内）"
            }
            (DurationOf::Goal, DurationError::TooLong) => {
                "目標は 1 週間あたりの学習時間です（例: 5h、10h）"
            }
            (DurationOf::Goal, _) => {
                "10時間、5時間半、90分、5h、300（数字だけなら分）のように書いてください（0 より長く週 168 時間以内）"
            }
        })),
    )
}

/// An evidence link that is no link.
pub(super) fn url(shown: &str, problem: UrlError, max: usize) -> (String, Option<String>) {
    (
        match problem {
            UrlError::NotHttp => {
                format!("成果物 '{shown}' は http / https のリンクではありません")
            }
            UrlError::NoHost => format!("成果物 '{shown}' にホスト名がありません"),
            UrlError::Spaces => {
                format!("成果物 '{shown}' に空白または見えない文字が含まれています")
            }
            UrlError::TooLong => {
                format!("成果物のリンクが {max} バイトを超えています: '{shown}'")
            }
        },
        Some(s(
            "https://github.com/you/project のようなリンクを指定してください",
        )),
    )
}

/// Why a store file cannot be read, after "'path' を読み取れません: ".
pub(super) fn store_problem(problem: &Problem) -> String {
    match problem {
        Problem::Empty => s("ファイルが空です"),
        Problem::CutShort { line, column } => {
            format!("ファイルが途中で切れています（{line} 行 {column} 列）")
        }
        Problem::NotJson(err) => format!("JSON として正しくありません: {err}"),
        Problem::NotAnObject(found) => format!(
            "'version' と 'roadmaps' を持つ JSON オブジェクトのはずが、{}です",
            json_type(*found, Lang::Ja)
        ),
        Problem::NoVersion => s("'version' がないので、roadmap のデータファイルではありません"),
        Problem::BadVersion(value) => {
            format!("'version' の値 {value} はバージョン番号ではありません")
        }
        Problem::NeverWritten(version) => format!(
            "形式のバージョン {version} は roadmap が書いたことのないものです（{} から始まります）",
            readable_versions().0
        ),
        Problem::Shape(err) => format!("想定外の内容です: {err}"),
        Problem::Migration { from, problem } => {
            format!("バージョン {from} から移行できません: {problem}")
        }
        Problem::DuplicateKey(duplicate) => format!(
            "キー '{}' が重複しています（{} 行 {} 列）。どちらかが失われてしまいます",
            crate::unique_keys::shown(&duplicate.key),
            duplicate.line,
            duplicate.column
        ),
        Problem::TooBig(size) => crate::i18n::limits::too_big(*size, Lang::Ja),
        Problem::BatchOutOfRange(batch) => {
            crate::i18n::limits::batch_out_of_range(*batch, Lang::Ja)
        }
        Problem::DateOutOfRange { roadmap, at } => format!(
            "'{roadmap}' の進み具合に日時 {} があります。roadmap が扱えるのは {} 年から {} 年より前までです",
            at.to_rfc3339(),
            crate::progress::EARLIEST_YEAR,
            crate::progress::LATEST_YEAR
        ),
        Problem::Newer(version) => {
            let readable = match readable_versions() {
                (oldest, newest) if oldest == newest => format!("バージョン {newest}"),
                (oldest, newest) => format!("バージョン {oldest}〜{newest}"),
            };
            format!(
                "より新しい roadmap が書いたファイルです（形式のバージョン {version}。このビルドが読めるのは{readable}）"
            )
        }
    }
}

pub(super) fn export_problem(problem: &ExportProblem) -> String {
    match problem {
        ExportProblem::DuplicateKey { key, line } => {
            format!("キー '{key}' が重複しています（{line} 行）")
        }
        ExportProblem::Json(detail) => format!("内容を読み取れません: {detail}"),
        ExportProblem::FormatIsNot(format) => {
            format!("\"format\" が \"{format}\" ではありません")
        }
        ExportProblem::NoVersion => s("\"version\" がありません"),
        ExportProblem::DateOutOfRange { at } => format!(
            "日時 {at} があります。roadmap が扱えるのは {} 年から {} 年より前までです",
            crate::progress::EARLIEST_YEAR,
            crate::progress::LATEST_YEAR
        ),
        ExportProblem::SessionMinutes { step, minutes } => format!(
            "ステップ '{step}' に {minutes} 分の学習記録があります（扱えるのは 1〜1440 分）"
        ),
        ExportProblem::BadLink { step } => {
            format!("ステップ '{step}' に http / https 以外の成果物リンクがあります")
        }
        ExportProblem::EmptyId => s("ロードマップの ID が空です"),
    }
}

/// Why a file is not a roadmap.sh roadmap.
pub(super) fn not_roadmapsh(problem: &NotRoadmapsh) -> String {
    match problem {
        NotRoadmapsh::NotJson {
            line,
            column,
            detail,
        } => format!("JSON ではありません（{line} 行 {column} 列）: {detail}"),
        NotRoadmapsh::DuplicateKey(duplicate) => format!(
            "キー '{}' が重複しています（{} 行 {} 列）",
            crate::unique_keys::shown(&duplicate.key),
            duplicate.line,
            duplicate.column
        ),
        NotRoadmapsh::NoNodes => s(
            "\"nodes\" のリストがありません。roadmap.sh のロードマップのファイルは \"nodes\" と \"edges\" を持つ JSON オブジェクトです",
        ),
        NotRoadmapsh::NoTopics => s(
            "ラベルのある 'topic' か 'subtopic' のノードがありません。roadmap.sh のロードマップのファイルでしょうか？",
        ),
    }
}

/// What kind of file the user named.
pub(super) fn input(what: crate::error::Input) -> &'static str {
    match what {
        crate::error::Input::Roadmap => "ロードマップ",
        crate::error::Input::RoadmapshFile => "roadmap.sh のファイル",
        crate::error::Input::ProgressFile => "進捗ファイル",
    }
}
