//! What sync (`crate::sync`) tells people when something goes wrong, in
//! English and Japanese. Git's own words are passed on, cleaned of control characters
//! and of any credentials in URLs.

use std::io;
use std::path::Path;

use crate::error::Failure;
use crate::lang::Lang;

fn tr(lang: Lang, en: String, ja: String) -> String {
    match lang {
        Lang::En => en,
        Lang::Ja => ja,
    }
}

/// Lines of git's error output worth showing: the last few, with control
/// characters escaped and credentials in URLs hidden.
pub fn git_words(stderr: &str) -> String {
    let lines: Vec<String> = stderr
        .lines()
        .map(|line| hide_credentials(&shown(line.trim())))
        .filter(|line| !line.is_empty())
        .collect();
    let start = lines.len().saturating_sub(6);
    lines[start..].join("\n  ")
}

/// `scheme://user:secret@host/...` becomes `scheme://***@host/...`,
/// anywhere in `text`.
pub fn hide_credentials(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let (head, tail) = rest.split_at(at + 3);
        out.push_str(head);
        let authority_end = tail
            .find(|c: char| c == '/' || c.is_whitespace() || c == '\'' || c == '"')
            .unwrap_or(tail.len());
        match tail[..authority_end].rfind('@') {
            Some(userinfo_end) => {
                out.push_str("***");
                rest = &tail[userinfo_end..];
            }
            None => rest = tail,
        }
    }
    out.push_str(rest);
    out
}

/// A path or name that came from the remote, safe to print: control and
/// bidirectional-override characters are shown as escapes.
pub fn shown(text: &str) -> String {
    text.chars()
        .map(|c| {
            let bidi = matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

pub fn git_missing(lang: Lang, err: &io::Error) -> Failure {
    let message = if err.kind() == io::ErrorKind::NotFound {
        tr(
            lang,
            "sync needs git, and no `git` program was found on PATH".into(),
            "同期には git が必要ですが、PATH に `git` が見つかりません".into(),
        )
    } else {
        tr(
            lang,
            format!("cannot run git: {err}"),
            format!("git を実行できません: {err}"),
        )
    };
    Failure::runtime(message).with_hint(tr(
        lang,
        "install Git (Debian/Ubuntu: sudo apt-get install git; macOS: xcode-select --install; Windows: winget install Git.Git), then run the command again".into(),
        "Git をインストールしてから、もう一度実行してください (Debian/Ubuntu: sudo apt-get install git、macOS: xcode-select --install、Windows: winget install Git.Git)".into(),
    ))
}

pub fn git_failed(lang: Lang, what: &str, stderr: &str) -> Failure {
    let words = git_words(stderr);
    Failure::runtime(tr(
        lang,
        format!("{what} failed:\n  {words}"),
        format!("{what} が失敗しました:\n  {words}"),
    ))
}

pub fn default_user(lang: Lang) -> Failure {
    Failure::input(tr(
        lang,
        "sync needs a user name of your own, not 'default': two people who both use 'default' would merge into one file".into(),
        "同期には 'default' ではない自分のユーザー名が必要です ('default' 同士だと 2 人の進捗が 1 つのファイルに混ざります)".into(),
    ))
    .with_hint(tr(
        lang,
        "run `roadmap --user <name> sync init <REMOTE>`".into(),
        "`roadmap --user <名前> sync init <リモート>` を実行してください".into(),
    ))
}

pub fn already_set_up(lang: Lang, remote: &str) -> Failure {
    Failure::input(tr(
        lang,
        format!("this data directory already syncs with '{remote}'"),
        format!("このデータフォルダーはすでに '{remote}' と同期しています"),
    ))
    .with_hint(tr(
        lang,
        "run `roadmap sync` to sync, `roadmap sync status` to see where things stand".into(),
        "同期は `roadmap sync`、状況の確認は `roadmap sync status` です".into(),
    ))
}

pub fn not_a_repository_yet(lang: Lang, dir: &Path) -> Failure {
    Failure::input(tr(
        lang,
        format!("'{}' is a git repository that roadmap did not set up", dir.display()),
        format!("'{}' は roadmap が用意したのではない git リポジトリです", dir.display()),
    ))
    .with_hint(tr(
        lang,
        "use another data directory (--data-dir), or remove its .git folder if it is not needed".into(),
        "別のデータフォルダー (--data-dir) を使うか、不要ならその .git フォルダーを削除してください".into(),
    ))
}

pub fn not_set_up(lang: Lang, dir: &Path) -> Failure {
    Failure::input(tr(
        lang,
        format!("sync is not set up for '{}'", dir.display()),
        format!("'{}' の同期はまだ設定されていません", dir.display()),
    ))
    .with_hint(tr(
        lang,
        "run `roadmap --user <name> sync init <REMOTE>` first".into(),
        "先に `roadmap --user <名前> sync init <リモート>` を実行してください".into(),
    ))
}

fn kept_locally(lang: Lang) -> String {
    tr(
        lang,
        "nothing is lost: the next `roadmap sync` pushes your changes".into(),
        "変更はこの端末に残っています。次の `roadmap sync` で送られます".into(),
    )
}

pub fn unreachable(lang: Lang, remote: &str, stderr: &str) -> Failure {
    let words = git_words(stderr);
    Failure::runtime(tr(
        lang,
        format!(
            "could not reach the remote '{remote}'; the push failed and will be retried:\n  {words}"
        ),
        format!(
            "リモート '{remote}' に接続できず、送信できませんでした (次回また試します):\n  {words}"
        ),
    ))
    .with_hint(kept_locally(lang))
}

pub fn push_refused(lang: Lang, remote: &str, stderr: &str) -> Failure {
    let words = git_words(stderr);
    Failure::runtime(tr(
        lang,
        format!("the remote '{remote}' refused the push:\n  {words}"),
        format!("リモート '{remote}' が送信を拒否しました:\n  {words}"),
    ))
    .with_hint(kept_locally(lang))
}

pub fn kept_moving(lang: Lang, attempts: usize) -> Failure {
    Failure::runtime(tr(
        lang,
        format!("other devices kept pushing first; gave up after {attempts} attempts"),
        format!("ほかの端末が先に送信し続けたため、{attempts} 回試してあきらめました"),
    ))
    .with_hint(kept_locally(lang))
}

pub fn other_learner(lang: Lang, path: &str) -> Failure {
    let path = &shown(path);
    Failure::runtime(tr(
        lang,
        format!("stopped: the merge would rewrite '{path}', another learner's file; nothing was merged or pushed"),
        format!("中止しました: ほかの学習者のファイル '{path}' を書き換えることになるため、何もマージも送信もしていません"),
    ))
    .with_hint(tr(
        lang,
        format!("a learner's sync changes only their own file; put '{path}' back as the remote has it, or sync as that user"),
        format!("同期で変更するのは自分のファイルだけです。'{path}' をリモートと同じ内容に戻すか、そのユーザーとして同期してください"),
    ))
}

/// Why a file from the remote is refused.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// A symlink, a submodule: not a plain file.
    NotAFile,
    /// Under `users/` but not `users/<valid name>.json`.
    NotAUserFile,
    /// A name sync keeps for this machine alone.
    Reserved,
    /// The store refused its contents (corrupt, newer, not a store).
    Unreadable(String),
    /// An executable file (mode 755).
    Executable,
}

pub fn refused(lang: Lang, path: &str, why: &Refusal) -> Failure {
    let path = &shown(path);
    let why = match why {
        Refusal::NotAFile => tr(
            lang,
            "it is not a plain file (a symlink or a submodule)".into(),
            "通常のファイルではありません (シンボリックリンクかサブモジュール)".into(),
        ),
        Refusal::NotAUserFile => tr(
            lang,
            "only users/<name>.json files are synced".into(),
            "同期するのは users/<名前>.json のファイルだけです".into(),
        ),
        Refusal::Reserved => tr(
            lang,
            "that name is kept for each machine's own use".into(),
            "この名前は各端末専用です".into(),
        ),
        Refusal::Unreadable(problem) => problem.clone(),
        Refusal::Executable => super::limits::executable(lang),
    };
    Failure::runtime(tr(
        lang,
        format!("refused '{path}' from the remote: {why}"),
        format!("リモートの '{path}' を受け付けませんでした: {why}"),
    ))
    .with_hint(tr(
        lang,
        "the local file was kept and nothing was merged or pushed; fix or remove the file on the remote, then sync again".into(),
        "この端末のファイルはそのままで、マージも送信もしていません。リモートのファイルを直すか取り除いてから、もう一度同期してください".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_in_urls_are_hidden() {
        assert_eq!(
            hide_credentials("https://me:s3cret@example.com/r.git"),
            "https://***@example.com/r.git"
        );
        assert_eq!(
            hide_credentials("fatal: unable to access 'https://tok@host/x/': boom"),
            "fatal: unable to access 'https://***@host/x/': boom"
        );
        assert_eq!(
            hide_credentials("git@github.com:me/r.git"),
            "git@github.com:me/r.git"
        );
        assert_eq!(hide_credentials("/srv/r.git"), "/srv/r.git");
    }

    #[test]
    fn remote_names_are_shown_without_control_or_bidi_characters() {
        assert_eq!(shown("users/a\u{1b}[31m.json"), "users/a\\u{1b}[31m.json");
        assert_eq!(shown("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(shown("users/ana.json"), "users/ana.json");
        let failure = refused(Lang::En, "users/\u{7}.json", &Refusal::NotAUserFile);
        assert!(!failure.message.contains('\u{7}'), "{failure}");
    }

    #[test]
    fn git_words_keep_the_last_lines_without_control_characters() {
        let words = git_words("hint: a\n\n\x1b[31mfatal: b\x07\r\n");
        assert_eq!(words, "hint: a\n  \\u{1b}[31mfatal: b\\u{7}");
    }

    #[test]
    fn every_message_exists_in_both_languages() {
        let io = io::Error::from(io::ErrorKind::NotFound);
        for lang in [Lang::En, Lang::Ja] {
            let failures = [
                git_missing(lang, &io),
                git_failed(lang, "git fetch", "fatal: x"),
                default_user(lang),
                already_set_up(lang, "r"),
                not_a_repository_yet(lang, Path::new("/d")),
                not_set_up(lang, Path::new("/d")),
                unreachable(lang, "r", "fatal: x"),
                push_refused(lang, "r", "fatal: x"),
                kept_moving(lang, 5),
                other_learner(lang, "users/bob.json"),
                refused(lang, "users/bob.json", &Refusal::NotAFile),
                refused(lang, "users/x", &Refusal::NotAUserFile),
                refused(lang, "device-id", &Refusal::Reserved),
                refused(lang, "users/bob.json", &Refusal::Executable),
            ];
            for failure in failures {
                let text = format!("{failure} {}", failure.hint.clone().unwrap_or_default());
                let japanese = text.chars().any(|c| c > '\u{3000}');
                assert_eq!(japanese, lang == Lang::Ja, "{text}");
            }
        }
    }
}
