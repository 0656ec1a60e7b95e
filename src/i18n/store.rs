//! The store's problems in words: the file or folder, the problem, and
//! what people can do. Details from the system or the JSON parser stay as
//! those give them.

use std::fmt::Display;
use std::io;
use std::path::Path;

use crate::error::Failure;
use crate::lang::Lang;
use crate::store::{JsonType, LockError, Problem, StoreError, WriteError, readable_versions};

fn tr(lang: Lang, en: String, ja: String) -> String {
    match lang {
        Lang::En => en,
        Lang::Ja => ja,
    }
}

/// The message and hint of a store error in `lang`.
pub fn store_error(err: &StoreError, lang: Lang) -> (String, Option<String>) {
    let failure = match err {
        StoreError::Unreadable { path, problem } => unreadable(lang, path, problem),
        StoreError::ReadFailed { path, err } => read_failed(lang, path, err),
        StoreError::NotAFile { path } => not_a_file(lang, path),
        StoreError::DataDirIsAFile { dir } => data_dir_is_a_file(lang, dir),
        StoreError::CannotCreate { dir, err } => cannot_create(lang, dir, err),
        StoreError::CannotList { dir, err } => cannot_list(lang, dir, err),
        StoreError::Lock { path, err } => lock(lang, path, err),
        StoreError::DanglingSymlink { path, err } => dangling_symlink(lang, path, err),
        StoreError::BecameALink { path } => became_a_link(lang, path),
        StoreError::Write { path, err } => write(lang, path, err),
    };
    (failure.message, failure.hint)
}

const KEPT_EN: &str =
    "the file was left as it is; restore it from a backup, or move it away to start over";
const KEPT_JA: &str = "ファイルはそのまま残してあります。バックアップから戻すか、別の場所へ移してから始め直してください";

fn cannot_read(lang: Lang, path: &Path, problem: impl Display) -> String {
    let path = path.display();
    tr(
        lang,
        format!("cannot read '{path}': {problem}"),
        format!("'{path}' を読み取れません: {problem}"),
    )
}

/// A user file this build cannot read.
fn unreadable(lang: Lang, path: &Path, problem: &Problem) -> Failure {
    if let Problem::Newer(version) = problem {
        let readable = match readable_versions() {
            (oldest, newest) if oldest == newest => tr(
                lang,
                format!("version {newest}"),
                format!("バージョン {newest}"),
            ),
            (oldest, newest) => tr(
                lang,
                format!("versions {oldest} to {newest}"),
                format!("バージョン {oldest}〜{newest}"),
            ),
        };
        let message = tr(
            lang,
            format!(
                "it was written by a newer roadmap (store version {version}; this build reads {readable})"
            ),
            format!(
                "より新しい roadmap が書いたファイルです（形式のバージョン {version}。このビルドが読めるのは{readable}）"
            ),
        );
        return Failure::runtime(cannot_read(lang, path, message)).with_hint(tr(
            lang,
            "upgrade roadmap to use it; the file was left as it is".into(),
            "roadmap を新しくしてください。ファイルはそのまま残してあります".into(),
        ));
    }
    let problem = match problem {
        Problem::Empty => tr(lang, "the file is empty".into(), "ファイルが空です".into()),
        Problem::CutShort { line, column } => tr(
            lang,
            format!("the file ends too early (line {line}, column {column}): it was cut short"),
            format!("ファイルが途中で切れています（{line} 行 {column} 列）"),
        ),
        Problem::NotJson(err) => tr(
            lang,
            format!("it is not valid JSON: {err}"),
            format!("JSON として正しくありません: {err}"),
        ),
        Problem::NotAnObject(found) => tr(
            lang,
            format!(
                "expected a JSON object with 'version' and 'roadmaps', found {}",
                json_type(*found, Lang::En)
            ),
            format!(
                "'version' と 'roadmaps' を持つ JSON オブジェクトのはずが、{}です",
                json_type(*found, Lang::Ja)
            ),
        ),
        Problem::NoVersion => tr(
            lang,
            "it has no 'version' field, so it is not a roadmap store".into(),
            "'version' がないので、roadmap のデータファイルではありません".into(),
        ),
        Problem::BadVersion(value) => tr(
            lang,
            format!("its 'version' is {value}, not a version number"),
            format!("'version' の値 {value} はバージョン番号ではありません"),
        ),
        Problem::NeverWritten(version) => {
            let (oldest, _) = readable_versions();
            tr(
                lang,
                format!(
                    "store version {version} was never written by roadmap (versions start at {oldest})"
                ),
                format!(
                    "形式のバージョン {version} は roadmap が書いたことのないものです（{oldest} から始まります）"
                ),
            )
        }
        Problem::Shape(err) => tr(
            lang,
            format!("unexpected content: {err}"),
            format!("想定外の内容です: {err}"),
        ),
        Problem::Migration { from, problem } => tr(
            lang,
            format!("cannot migrate it from version {from}: {problem}"),
            format!("バージョン {from} から移行できません: {problem}"),
        ),
        Problem::DuplicateKey(duplicate) => {
            let key = crate::unique_keys::shown(&duplicate.key);
            let (line, column) = (duplicate.line, duplicate.column);
            tr(
                lang,
                format!(
                    "duplicate key '{key}' at line {line}, column {column}: one of the two would be lost"
                ),
                format!(
                    "キー '{key}' が重複しています（{line} 行 {column} 列）。どちらかが失われてしまいます"
                ),
            )
        }
        Problem::TooBig(size) => super::limits::too_big(*size, lang),
        Problem::BatchOutOfRange(batch) => super::limits::batch_out_of_range(*batch, lang),
        Problem::DateOutOfRange { roadmap, at } => {
            let at = at.to_rfc3339();
            let (from, to) = (crate::progress::EARLIEST_YEAR, crate::progress::LATEST_YEAR);
            tr(
                lang,
                format!(
                    "the progress on '{roadmap}' has the date {at}; roadmap keeps dates from {from} to before {to}"
                ),
                format!(
                    "'{roadmap}' の進み具合に日時 {at} があります。roadmap が扱えるのは {from} 年から {to} 年より前までです"
                ),
            )
        }
        Problem::Newer(_) => String::new(),
    };
    Failure::runtime(cannot_read(lang, path, problem)).with_hint(tr(
        lang,
        KEPT_EN.into(),
        KEPT_JA.into(),
    ))
}

fn json_type(found: JsonType, lang: Lang) -> &'static str {
    match (found, lang) {
        (JsonType::Null, Lang::En) => "null",
        (JsonType::Null, Lang::Ja) => "null",
        (JsonType::Boolean, Lang::En) => "a boolean",
        (JsonType::Boolean, Lang::Ja) => "真偽値",
        (JsonType::Number, Lang::En) => "a number",
        (JsonType::Number, Lang::Ja) => "数値",
        (JsonType::String, Lang::En) => "a string",
        (JsonType::String, Lang::Ja) => "文字列",
        (JsonType::Array, Lang::En) => "an array",
        (JsonType::Array, Lang::Ja) => "配列",
        (JsonType::Object, Lang::En) => "an object",
        (JsonType::Object, Lang::Ja) => "オブジェクト",
    }
}

/// A user file the system would not let us read.
fn read_failed(lang: Lang, path: &Path, err: &io::Error) -> Failure {
    Failure::runtime(cannot_read(lang, path, err))
}

/// Something other than a file (a folder, a pipe) where a user file goes.
fn not_a_file(lang: Lang, path: &Path) -> Failure {
    let problem = tr(
        lang,
        "it is not a regular file".into(),
        "通常のファイルではありません".into(),
    );
    Failure::runtime(cannot_read(lang, path, problem)).with_hint(tr(
        lang,
        "move it away; roadmap keeps each user's progress in a file of that name".into(),
        "別の場所へ移してください。roadmap はこの名前のファイルに進み具合を保存します".into(),
    ))
}

fn data_dir_is_a_file(lang: Lang, dir: &Path) -> Failure {
    let dir = dir.display();
    Failure::runtime(tr(
        lang,
        format!("the data directory '{dir}' is a file, not a folder"),
        format!("データフォルダ '{dir}' はフォルダではなくファイルです"),
    ))
    .with_hint(tr(
        lang,
        "point --data-dir or ROADMAP_DATA_DIR at a folder".into(),
        "--data-dir か ROADMAP_DATA_DIR でフォルダを指定してください".into(),
    ))
}

fn writable_folder_hint(lang: Lang) -> String {
    tr(
        lang,
        "point --data-dir or ROADMAP_DATA_DIR at a writable folder".into(),
        "--data-dir か ROADMAP_DATA_DIR で書き込めるフォルダを指定してください".into(),
    )
}

fn cannot_create(lang: Lang, dir: &Path, err: &io::Error) -> Failure {
    let dir = dir.display();
    Failure::runtime(tr(
        lang,
        format!("cannot create data directory '{dir}': {err}"),
        format!("データフォルダ '{dir}' を作れません: {err}"),
    ))
    .with_hint(writable_folder_hint(lang))
}

fn cannot_list(lang: Lang, dir: &Path, err: &io::Error) -> Failure {
    let dir = dir.display();
    Failure::runtime(tr(
        lang,
        format!("cannot list '{dir}': {err}"),
        format!("'{dir}' の中身を読み取れません: {err}"),
    ))
}

fn lock(lang: Lang, path: &Path, err: &LockError) -> Failure {
    let path = path.display();
    match err {
        LockError::Open(err) => Failure::runtime(tr(
            lang,
            format!("cannot open lock file '{path}': {err}"),
            format!("ロックファイル '{path}' を開けません: {err}"),
        ))
        .with_hint(writable_folder_hint(lang)),
        LockError::NotAFile { symlink } => {
            let what = match (symlink, lang) {
                (true, Lang::En) => "a symlink, which roadmap never follows",
                (true, Lang::Ja) => "シンボリックリンクです（roadmap はたどりません）",
                (false, Lang::En) => "not a regular file",
                (false, Lang::Ja) => "通常のファイルではありません",
            };
            Failure::runtime(tr(
                lang,
                format!("the lock file '{path}' is {what}"),
                format!("ロックファイル '{path}' は{what}"),
            ))
            .with_hint(tr(
                lang,
                "remove it (roadmap creates it again); nothing was changed".into(),
                "削除してください（roadmap が作り直します）。何も変更していません".into(),
            ))
        }
        LockError::Lock(err) => Failure::runtime(tr(
            lang,
            format!("cannot lock '{path}': {err}"),
            format!("'{path}' をロックできません: {err}"),
        ))
        .with_hint(tr(
            lang,
            "the data directory must be on a file system that supports file locks".into(),
            "データフォルダはファイルロックが使えるファイルシステムに置いてください".into(),
        )),
        LockError::Busy(patience) => {
            let seconds = patience.as_secs();
            Failure::runtime(tr(
                lang,
                format!("another roadmap command has held '{path}' for over {seconds} seconds"),
                format!("別の roadmap コマンドが '{path}' を {seconds} 秒以上ロックしています"),
            ))
            .with_hint(tr(
                lang,
                "finish or resume that command (a stopped one keeps the lock); nothing was changed"
                    .into(),
                "そのコマンドを終えるか再開してください（一時停止中でもロックは持ったままです）。何も変更していません"
                    .into(),
            ))
        }
    }
}

/// A user file that is a symlink to nothing (a dotfiles folder not
/// mounted, a moved repository): neither empty progress nor a new file.
fn dangling_symlink(lang: Lang, path: &Path, err: &io::Error) -> Failure {
    let path = path.display();
    Failure::runtime(tr(
        lang,
        format!("'{path}' is a symlink whose target cannot be reached: {err}"),
        format!("'{path}' はリンク先にたどり着けないシンボリックリンクです: {err}"),
    ))
    .with_hint(tr(
        lang,
        "fix or remove the symlink; nothing was changed".into(),
        "シンボリックリンクを直すか削除してください。何も変更していません".into(),
    ))
}

/// The user file (or its link) changed into a link while a command was
/// using it: writing through it could overwrite another file.
fn became_a_link(lang: Lang, path: &Path) -> Failure {
    let path = path.display();
    Failure::runtime(tr(
        lang,
        format!("'{path}' was replaced by a symlink or relinked while roadmap was using it"),
        format!("'{path}' は roadmap の実行中にシンボリックリンクに置き換えられたか、リンク先が変わりました"),
    ))
    .with_hint(tr(
        lang,
        "nothing was changed; check what replaced it, then try again".into(),
        "何も変更していません。何が置き換えたのかを確かめてから、もう一度実行してください".into(),
    ))
}

fn write(lang: Lang, path: &Path, err: &WriteError) -> Failure {
    let display = path.display();
    match err {
        WriteError::Write(err) => Failure::runtime(tr(
            lang,
            format!("cannot write '{display}': {err}"),
            format!("'{display}' に書き込めません: {err}"),
        ))
        .with_hint(tr(
            lang,
            "the file was left as it was; free some space or fix the folder's permissions, then try again"
                .into(),
            "ファイルは元のままです。空き容量かフォルダの権限を確かめてから、もう一度実行してください"
                .into(),
        )),
        WriteError::Flush(err) => Failure::runtime(tr(
            lang,
            format!("saved '{display}' but could not flush its folder to disk: {err}"),
            format!("'{display}' は保存しましたが、フォルダをディスクに書き出せませんでした: {err}"),
        ))
        .with_hint(tr(
            lang,
            "the change is in place; it may not survive a power cut".into(),
            "変更は反映済みですが、停電があると失われるかもしれません".into(),
        )),
    }
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
