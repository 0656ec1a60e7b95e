//! Every error in Japanese: one `match`, so a new variant cannot go unworded.

use super::{Worded, candidates_hint, did_you_mean, indented, s, shown_path};
use crate::error::Error;
use crate::i18n::problems;
use crate::i18n::sync::{git_words, shown};
use crate::lang::Lang;
use crate::store::Problem;

fn roadmap_name(name: &Option<String>) -> String {
    name.clone().unwrap_or_else(|| s("組み込みロードマップ"))
}

const KEPT: &str = "ファイルはそのまま残してあります。バックアップから戻すか、別の場所へ移してから始め直してください";
pub(super) const WRITABLE_FOLDER: &str =
    "--data-dir か ROADMAP_DATA_DIR で書き込めるフォルダーを指定してください";
const KEPT_LOCALLY: &str = "変更はこの端末に残っています。次の `roadmap sync` で送られます";

mod details;

use details::input;

pub(super) fn error(err: &Error) -> Worded {
    let (message, hint): (String, Option<String>) = match err {
        Error::CannotReadInput {
            what,
            path,
            problem,
        } => (
            format!("{} '{path}' を読み取れません: {problem}", input(*what)),
            None,
        ),
        Error::InputTooBig {
            what,
            path,
            size: Some(size),
            limit,
        } => (
            format!(
                "{} '{path}' は {size} バイトあり、上限の {limit} バイトを超えています",
                input(*what)
            ),
            None,
        ),
        Error::InputTooBig {
            what,
            path,
            size: None,
            limit,
        } => (
            format!(
                "{} '{path}' は上限の {limit} バイトを超えています",
                input(*what)
            ),
            None,
        ),
        Error::OutputIsAFolder { path } => (
            format!("'{path}' はフォルダーです"),
            Some(s("ファイル名を指定してください（例: -o roadmap.html）")),
        ),
        Error::CannotWriteOutput { path, problem } => {
            (format!("'{path}' に書き込めません: {problem}"), None)
        }
        Error::OutputFolderMissing { path, folder } => (
            format!("'{path}' に書き出せません: フォルダー '{folder}' がありません"),
            Some(s("先にフォルダーを作るか、別の場所に書き出してください")),
        ),
        Error::Output(err) => (format!("出力を書き込めません: {err}"), None),
        Error::NoDataDir => (
            s("この環境ではデータフォルダーの場所が見つかりません"),
            Some(s("--data-dir か ROADMAP_DATA_DIR で指定してください")),
        ),
        Error::BadUserName {
            name,
            max_chars,
            max_bytes: _,
        } => (
            format!("ユーザー名 '{}' は使えません", name.escape_debug()),
            Some(format!(
                "英数字と '.'、'_'、'-' で、先頭は英数字、{max_chars} 文字以内にしてください"
            )),
        ),
        Error::BadNow { value } => (
            format!("ROADMAP_NOW '{value}' は RFC 3339 の日時ではありません"),
            Some(s(
                "例: ROADMAP_NOW=2026-11-28T12:00:00Z（または設定を外してください）",
            )),
        ),
        Error::UnknownStep {
            reference,
            candidates,
        } => (
            format!("ステップ '{reference}' が見つかりません"),
            Some(candidates_hint(candidates, Lang::Ja).unwrap_or_else(|| {
                format!(
                    "`roadmap find {reference}` で検索するか、`roadmap list` で全ステップを確認できます"
                )
            })),
        ),
        Error::AmbiguousStep {
            reference,
            candidates,
        } => (
            format!(
                "'{reference}' は {} 個のステップに当てはまり、ひとつに決まりません",
                candidates.len()
            ),
            candidates_hint(candidates, Lang::Ja),
        ),
        Error::InvalidRoadmap { name, problems } => (
            indented(
                format!("ロードマップ '{}' に問題があります:", roadmap_name(name)),
                problems.iter().map(|p| problems::line(p, Lang::Ja)),
            ),
            Some(s("`roadmap validate` ですべての問題と警告を確認できます")),
        ),
        Error::NotValidRoadmap { name, errors } => (
            format!(
                "'{}' は有効なロードマップではありません: エラー {errors} 件",
                roadmap_name(name)
            ),
            Some(s("形式は docs/roadmap-format.md を参照してください")),
        ),
        Error::EmptyNote => (
            s("メモが空です"),
            Some(s(
                "ステップの後にメモを書いてください: roadmap note 1.2 \"学んだこと\"",
            )),
        ),
        Error::AtInFuture { text } => (format!("--at '{text}' は未来の日時です"), None),
        Error::AtTooEarly { text, year } => (
            format!("--at '{text}' は {year}-01-01 より前です"),
            Some(format!(
                "roadmap が扱うのは {year} 年以降の日付です。年を確かめてください"
            )),
        ),
        Error::AtInvalid { text } => (
            format!("--at の日時 '{text}' を読み取れません"),
            Some(s(
                "today、yesterday、YYYY-MM-DD、\"YYYY-MM-DD HH:MM\"、RFC 3339（2026-11-01T09:30:00+09:00） のいずれかで指定してください",
            )),
        ),
        // Worded by the catalogues of the commands they belong to.
        Error::NoSuchResource { .. }
        | Error::NotAWebLink { .. }
        | Error::CannotOpenBrowser { .. }
        | Error::Timer(_)
        | Error::Check(_)
        | Error::Apply(_)
        | Error::Mentor(_)
        | Error::Cohort(_)
        | Error::DateNotKept { .. }
        | Error::StoreTooBig { .. }
        | Error::ExportTooBig { .. }
        | Error::BatchNotKept { .. } => super::elsewhere(err, Lang::Ja),
        Error::NothingToUndo => (
            s("取り消せる変更はありません（記録がありません）"),
            Some(s(
                "undo で取り消せるのは done・start・skip・reset・note・tick・untick・study・evidence です",
            )),
        ),
        Error::NothingToSearch => (
            s("検索する語がありません"),
            Some(s("語を指定してください: roadmap find sql")),
        ),
        Error::NoChecklist { step } => (
            format!("ステップ {step} にはチェックリストがありません"),
            Some(s(
                "チェックできるのはチェックリストのあるステップだけです。ステップを完了にするには `roadmap done` を使います",
            )),
        ),
        Error::NotAnItem {
            item,
            step,
            items,
            number,
        } => (
            format!("'{item}' はステップ {step} の項目ではありません（項目は 1〜{items}）"),
            Some(format!(
                "`roadmap show {number}` で項目と番号を確認できます"
            )),
        ),
        Error::UnknownStack {
            name,
            stacks,
            similar,
        } => (
            format!("このロードマップにはスタック '{name}' 向けの資料がありません"),
            Some(match similar.as_slice() {
                _ if stacks.is_empty() => {
                    s("このロードマップの資料はスタックを指定していません。")
                }
                [] => format!("このロードマップのスタック: {}", stacks.join(", ")),
                similar => did_you_mean(similar, Lang::Ja),
            }),
        ),
        Error::BadDuration { text, problem, of } => details::duration(text, *problem, *of),
        Error::BadUrl {
            shown,
            problem,
            max,
        } => details::url(shown, *problem, *max),
        Error::FormatMismatch { asked, named, file } => (
            format!("--format {asked} とファイル名 '{file}' の拡張子が合いません"),
            Some(format!(
                "--format を省くと {named} で書き出します。{asked} で書き出すならファイル名を .{asked} にしてください"
            )),
        ),
        Error::FormatMissing => (
            s("形式を指定してください: --format md、json、html のいずれか"),
            Some(s(
                "または拡張子 .md、.json、.html のファイルに書き出します: roadmap export -o roadmap.html",
            )),
        ),
        Error::CannotConvert { file, problem } => (
            format!("'{file}' を変換できません: {}",
                details::not_roadmapsh(problem)),
            Some(s(
                "roadmap.sh のロードマップの JSON ファイル（{nodes, edges}） を指定してください",
            )),
        ),
        Error::ConvertedInvalid { errors } => (
            indented(
                s("変換したロードマップが有効になりません:"),
                errors.iter().map(|p| problems::line(p, Lang::Ja)),
            ),
            Some(s("--id と --title を確認してください（空にはできません）")),
        ),
        Error::NotAnExport { file, problem } => (
            format!(
                "'{file}' は進捗のエクスポートではありません: {}",
                details::export_problem(problem)
            ),
            Some(s(
                "`roadmap export --format json` で書き出したファイルを指定してください。何も変更していません",
            )),
        ),
        Error::NewerExport {
            file,
            version,
            readable,
        } => (
            format!(
                "'{file}' は新しい roadmap で書き出されています（エクスポート形式 {version}、このビルドが読めるのは {readable} まで）"
            ),
            Some(s(
                "roadmap を更新してから取り込んでください。何も変更していません",
            )),
        ),

        Error::Unreadable { path, problem } => (
            format!(
                "'{}' を読み取れません: {}",
                shown_path(path),
                details::store_problem(problem)
            ),
            Some(s(match problem {
                Problem::Newer(_) => {
                    "roadmap を新しくしてください。ファイルはそのまま残してあります"
                }
                _ => KEPT,
            })),
        ),
        Error::ReadFailed { path, err } => {
            (format!("'{}' を読み取れません: {err}", shown_path(path)), None)
        }
        Error::NotAFile { path } => (
            format!(
                "'{}' を読み取れません: 通常のファイルではありません",
                shown_path(path)
            ),
            Some(s(
                "別の場所へ移してください。roadmap はこの名前のファイルに進み具合を保存します",
            )),
        ),
        Error::DataDirIsAFile { dir } => (
            format!(
                "データフォルダー '{}' はフォルダーではなくファイルです",
                shown_path(dir)
            ),
            Some(s("--data-dir か ROADMAP_DATA_DIR でフォルダーを指定してください")),
        ),
        Error::CannotCreateDataDir { dir, err } => (
            format!("データフォルダー '{}' を作れません: {err}", shown_path(dir)),
            Some(s(WRITABLE_FOLDER)),
        ),
        Error::CannotList { dir, err } => (
            format!("'{}' の中身を読み取れません: {err}", shown_path(dir)),
            None,
        ),
        Error::Lock { path, err } => details::lock(&shown_path(path), err),
        Error::DanglingSymlink { path, err } => (
            format!(
                "'{}' はリンク先にたどり着けないシンボリックリンクです: {err}",
                shown_path(path)
            ),
            Some(s(
                "シンボリックリンクを直すか削除してください。何も変更していません",
            )),
        ),
        Error::BecameALink { path } => (
            format!(
                "'{}' は roadmap の実行中にシンボリックリンクに置き換えられたか、リンク先が変わりました",
                shown_path(path)
            ),
            Some(s(
                "何も変更していません。何が置き換えたのかを確かめてから、もう一度実行してください",
            )),
        ),
        Error::Write { path, err } => details::write(&shown_path(path), err),

        Error::GitMissing(err) => (
            if err.kind() == std::io::ErrorKind::NotFound {
                s("同期には git が必要ですが、PATH に `git` が見つかりません")
            } else {
                format!("git を実行できません: {err}")
            },
            Some(s(
                "Git をインストールしてから、もう一度実行してください (Debian/Ubuntu: sudo apt-get install git、macOS: xcode-select --install、Windows: winget install Git.Git)",
            )),
        ),
        Error::GitFailed { what, stderr } => (
            format!("{what} が失敗しました:\n  {}", git_words(stderr)),
            None,
        ),
        Error::SyncDefaultUser => (
            s(
                "同期には 'default' ではない自分のユーザー名が必要です ('default' 同士だと 2 人の進捗が 1 つのファイルに混ざります)",
            ),
            Some(s(
                "`roadmap --user <名前> sync init <リモート>` を実行してください",
            )),
        ),
        Error::SyncAlreadySetUp { remote } => (
            format!("このデータフォルダーはすでに '{remote}' と同期しています"),
            Some(s(
                "同期は `roadmap sync`、状況の確認は `roadmap sync status` です",
            )),
        ),
        Error::SyncForeignRepository { dir } => (
            format!(
                "'{}' は roadmap が用意したのではない git リポジトリです",
                dir.display()
            ),
            Some(s(
                "別のデータフォルダー (--data-dir) を使うか、不要ならその .git フォルダーを削除してください",
            )),
        ),
        Error::SyncNotSetUp { dir } => (
            format!("'{}' の同期はまだ設定されていません", dir.display()),
            Some(s(
                "先に `roadmap --user <名前> sync init <リモート>` を実行してください",
            )),
        ),
        Error::SyncUnreachable { remote, stderr } => (
            format!(
                "リモート '{remote}' に接続できず、送信できませんでした (次回また試します):\n  {}",
                git_words(stderr)
            ),
            Some(s(KEPT_LOCALLY)),
        ),
        Error::SyncPushRefused { remote, stderr } => (
            format!(
                "リモート '{remote}' が送信を拒否しました:\n  {}",
                git_words(stderr)
            ),
            Some(s(KEPT_LOCALLY)),
        ),
        Error::SyncKeptMoving { attempts } => (
            format!("ほかの端末が先に送信し続けたため、{attempts} 回試してあきらめました"),
            Some(s(KEPT_LOCALLY)),
        ),
        Error::SyncOtherLearner { path } => {
            let path = shown(path);
            (
                format!(
                    "中止しました: ほかの学習者のファイル '{path}' を書き換えることになるため、何もマージも送信もしていません"
                ),
                Some(format!(
                    "同期で変更するのは自分のファイルだけです。`roadmap sync restore {}` で '{path}' を前回の同期の状態に戻せます（失われるものも表示します）",
                    crate::i18n::cohort::owner(&path)
                )),
            )
        }
        Error::SyncRefused { path, why } => (
            format!(
                "リモートの '{}' を受け付けませんでした: {}",
                shown(path),
                details::refusal(path, why)
            ),
            Some(s(
                "この端末のファイルはそのままで、マージも送信もしていません。リモートのファイルを直すか取り除いてから、もう一度同期してください",
            )),
        ),
    };
    Worded { message, hint }
}
