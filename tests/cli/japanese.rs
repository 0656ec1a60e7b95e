//! The Japanese interface: chosen by flag, by ROADMAP_LANG or by locale;
//! roadmap content and interface text in Japanese; tables that stay
//! aligned with double-width characters.

use unicode_width::UnicodeWidthStr;

use crate::support::Sandbox;

/// Table lines (box drawing) of an output, which must all be as wide.
fn assert_table_aligned(output: &str) {
    let lines: Vec<&str> = output
        .lines()
        .filter(|line| line.starts_with(['┌', '│', '╞', '├', '└']))
        .collect();
    assert!(lines.len() >= 4, "no table in:\n{output}");
    let width = lines[0].width();
    for line in &lines {
        assert_eq!(
            line.width(),
            width,
            "misaligned line {line:?} in:\n{output}"
        );
    }
}

/// The mentor table: under its rule line (`──  ──`), every row has a
/// space in each gap between columns, however wide its characters.
fn assert_columns_aligned(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    let rule = lines
        .iter()
        .position(|line| line.starts_with('─'))
        .unwrap_or_else(|| panic!("no table in:\n{output}"));
    let gaps: Vec<usize> = lines[rule]
        .chars()
        .enumerate()
        .filter(|(_, c)| *c == ' ')
        .map(|(i, _)| i)
        .collect();
    let rows = &lines[rule - 1..];
    let rows = rows.iter().take_while(|line| !line.starts_with('!'));
    for row in rows {
        let mut column = 0;
        for ch in row.chars() {
            let w = ch.to_string().width();
            for gap in &gaps {
                let inside = (column..column + w).contains(gap);
                assert!(
                    !inside || ch == ' ',
                    "{ch:?} over a gap in {row:?}:\n{output}"
                );
            }
            column += w;
        }
    }
}

#[test]
fn the_flag_switches_everything_to_japanese() {
    let sandbox = Sandbox::new();
    sandbox
        .test()
        .lang("ja")
        .args(["start", "1.1"])
        .stdout("[>] 1.1  バックエンドの言語を1つ選ぶ — 進行中\nプログラミングの基礎 0/10 (0%) · 全体 0/51 (0%)\n")
        .success();
    let next = sandbox.stdout(&["--lang", "ja", "next", "-n", "1"]);
    insta::assert_snapshot!("ja_next", next);
    let done = sandbox.stdout(&["--lang", "ja", "done", "1.1"]);
    insta::assert_snapshot!("ja_done", done);
    let status = sandbox.stdout(&["--lang", "ja", "status"]);
    insta::assert_snapshot!("ja_status", status);
    let list = sandbox.stdout(&["--lang", "ja", "list"]);
    assert!(list.starts_with(
        "1 プログラミングの基礎  1/10
  [x] 1.1   バックエンドの言語を1つ選ぶ
"
    ));
    let show = sandbox.stdout(&["--lang", "ja", "show", "1.1"]);
    assert!(show.contains("完了の目安: "), "{show}");
    assert!(show.contains("\n履歴\n"), "{show}");
    let log = sandbox.stdout(&["--lang", "ja", "log"]);
    assert!(log.contains("進行中 → 完了"), "{log}");
    sandbox
        .test()
        .lang("ja")
        .args(["undo"])
        .stdout_has("取り消しました: [>] 1.1  バックエンドの言語を1つ選ぶ — 「完了」を取り消し、現在は「進行中」\n  （")
        .stdout_has(" の記録）\n")
        .success();
}

#[test]
fn the_locale_chooses_japanese() {
    let sandbox = Sandbox::new();
    for (var, value) in [
        ("LANG", "ja_JP.UTF-8"),
        ("LC_MESSAGES", "ja_JP.UTF-8"),
        ("LC_ALL", "ja_JP.UTF-8"),
        ("ROADMAP_LANG", "ja"),
    ] {
        let output = sandbox
            .test()
            .args(["next", "-n", "1"])
            .env(var, value)
            .success();
        assert!(
            output
                .stdout
                .starts_with("1.1  バックエンドの言語を1つ選ぶ".as_bytes())
        );
    }
    // LC_ALL wins over LANG; the flag wins over everything.
    let output = sandbox
        .test()
        .args(["next"])
        .env("LANG", "ja_JP.UTF-8")
        .env("LC_ALL", "C")
        .success();
    assert!(output.stdout.starts_with(b"1.1  Pick one backend language"));
    let output = sandbox
        .test()
        .args(["--lang", "en", "next"])
        .env("ROADMAP_LANG", "ja")
        .success();
    assert!(output.stdout.starts_with(b"1.1  Pick one backend language"));
}

#[test]
fn an_unknown_language_is_refused() {
    let sandbox = Sandbox::new();
    sandbox
        .test()
        .lang("fr")
        .args(["next"])
        .stderr_has("invalid value 'fr'")
        .status(2);
    sandbox
        .test()
        .args(["next"])
        .env("ROADMAP_LANG", "de")
        .stderr_has("invalid value 'de'")
        .status(2);
    // A locale we have no translation for is English, not an error.
    let output = sandbox
        .test()
        .args(["next"])
        .env("LANG", "fr_FR.UTF-8")
        .success();
    assert!(output.stdout.starts_with(b"1.1  Pick one backend language"));
}

#[test]
fn errors_and_hints_are_in_japanese_too() {
    let sandbox = Sandbox::new();
    sandbox
        .test()
        .lang("ja")
        .args(["show", "pick-a-languag"])
        .success();
    sandbox
        .test()
        .lang("ja")
        .args(["show", "pick-languge"])
        .stderr("エラー: ステップ 'pick-languge' が見つかりません\n  ヒント: もしかして 'pick-a-language' ですか？\n")
        .status(2);
    sandbox
        .test()
        .lang("ja")
        .args(["undo"])
        .stderr_has("取り消せる変更はありません")
        .status(2);
    sandbox
        .test()
        .lang("ja")
        .args(["note", "1.1", " "])
        .stderr_has("メモが空です")
        .status(2);
    sandbox
        .test()
        .lang("ja")
        .args(["start", "1.1", "--at", "先週"])
        .stderr_has("を読み取れません")
        .stderr_has("のいずれかで指定してください")
        .status(2);
    assert!(!sandbox.user_file("learner").exists());
    sandbox
        .test()
        .lang("ja")
        .args(["done", "1.3"])
        .stderr_has("を前提ステップより先に完了にしました")
        .success();
}

#[test]
fn japanese_tables_stay_aligned() {
    let sandbox = Sandbox::new();
    sandbox.stdout(&["done", "1.1", "1.2", "3.1"]);
    sandbox.stdout(&["--user", "太郎", "done", "1.1"]);
    sandbox.stdout(&["--user", "hanako", "skip", "1.1", "1.2", "1.3"]);
    sandbox.write("data/users/壊れた.json", "not json");
    for args in [
        &["--lang", "ja", "status"][..],
        &["--lang", "ja", "status", "--steps"],
    ] {
        assert_table_aligned(&sandbox.stdout(args));
    }
    for lang in ["ja", "en"] {
        assert_columns_aligned(&sandbox.stdout(&["--lang", lang, "status", "--all-users"]));
    }
    let mentor = sandbox.stdout(&["--lang", "ja", "status", "--all-users"]);
    assert!(mentor.contains("\n太郎  "), "{mentor}");
    assert!(mentor.contains("読めません"), "{mentor}");
}
