//! Help and argument errors in both languages: every command's help, clap's
//! own errors in Japanese, and usage lines without the options taken from
//! the environment.

use crate::support::Sandbox;

/// Every command with help of its own, as typed after `roadmap`.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["next"],
    &["done"],
    &["status"],
    &["start"],
    &["skip"],
    &["reset"],
    &["undo"],
    &["note"],
    &["find"],
    &["tick"],
    &["untick"],
    &["stack"],
    &["show"],
    &["list"],
    &["log"],
    &["completions"],
    &["man"],
    &["validate"],
    &["export"],
    &["graph"],
    &["import"],
    &["import", "roadmapsh"],
    &["import", "progress"],
];

#[test]
fn every_help_speaks_both_languages() {
    let sandbox = Sandbox::new();
    // Words of clap's own that must not be left in Japanese help.
    let english = [
        "Usage",
        "Options:",
        "Arguments:",
        "Commands:",
        "Print ",
        "Examples",
        "[default",
        "[env",
        "possible values",
        "Possible values",
        "[OPTIONS]",
    ];
    for command in COMMANDS {
        let mut args = command.to_vec();
        args.push("--help");
        let en = sandbox.stdout(&args);
        assert!(en.contains("Usage: roadmap"), "{args:?}: {en}");
        assert!(
            en.contains("Examples:\n  roadmap") || command.len() == 1 && command[0] == "import",
            "{args:?}: {en}"
        );
        for how in [&["--lang", "ja"][..], &[]] {
            let mut cmd = sandbox.run(&[how, &args[..]].concat());
            if how.is_empty() {
                cmd.env("LC_ALL", "ja_JP.UTF-8");
            }
            let output = cmd.output().unwrap();
            assert!(output.status.success(), "{args:?}");
            let ja = String::from_utf8(output.stdout).unwrap();
            assert!(ja.contains("使い方: roadmap"), "{args:?}: {ja}");
            let about = ja.lines().next().unwrap_or_default();
            assert!(!about.is_ascii(), "{args:?}: {about}");
            for word in english {
                assert!(!ja.contains(word), "{word:?} in {args:?}:\n{ja}");
            }
            if !(command.len() == 1 && command[0] == "import") {
                assert!(ja.contains("\n例:\n  roadmap"), "{args:?}: {ja}");
            }
        }
    }
}

#[test]
fn argument_errors_are_japanese_when_asked() {
    let sandbox = Sandbox::new();
    let cases: &[(&[&str], &str)] = &[
        (
            &["nxt"],
            "エラー: 'nxt' というコマンドはありません\n  ヒント: もしかして 'note'、'next' ですか？\n",
        ),
        (
            &["next", "--bogus"],
            "エラー: '--bogus' という引数は使えません\n",
        ),
        (
            &["done"],
            "エラー: 必要な引数が指定されていません: <ステップ>...\n",
        ),
        (
            &["export", "-f", "pdf"],
            "エラー: 'pdf' は --format <形式> に使えない値です\n  ヒント: 使える値: md、json、html、skills、json-resume\n",
        ),
        (
            &["next", "-n", "0"],
            "エラー: --count <件数> の値 '0' は使えません: 1 以上を指定してください\n",
        ),
        (
            &["next", "--all", "-n", "2"],
            "エラー: --all と --count <件数> は同時に使えません\n",
        ),
        (
            &["import"],
            "エラー: 'roadmap import' にはコマンドの指定が必要です\n",
        ),
        (
            &["list", "--json", "--json"],
            "エラー: --json は一度しか指定できません\n",
        ),
        (
            &["--lang"],
            "エラー: --lang <言語> に値を指定してください\n  ヒント: 使える値: en、ja\n",
        ),
    ];
    for (args, starts) in cases {
        let output = sandbox
            .run(&[&["--lang", "ja"][..], args].concat())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.starts_with(starts), "{args:?}:\n{stderr}");
        assert!(stderr.contains("\n使い方: roadmap"), "{args:?}:\n{stderr}");
        assert!(
            stderr.contains("--help' を見てください。\n"),
            "{args:?}:\n{stderr}"
        );
        assert!(
            !stderr.contains("Usage") && !stderr.contains("tip:"),
            "{stderr}"
        );
    }
    // The locale is enough, and ROADMAP_LANG.
    let output = sandbox
        .test()
        .args(["dne"])
        .env("LANG", "ja_JP.UTF-8")
        .stderr_has("エラー: 'dne' というコマンドはありません")
        .status(2);
    assert!(
        output
            .stderr
            .starts_with("エラー: 'dne' というコマンドはありません".as_bytes())
    );
    let output = sandbox
        .test()
        .args(["dne"])
        .env("ROADMAP_LANG", "ja")
        .stderr_has("エラー: 'dne' というコマンドはありません")
        .status(2);
    assert!(
        output
            .stderr
            .starts_with("エラー: 'dne' というコマンドはありません".as_bytes())
    );
}

#[test]
fn the_usage_line_does_not_list_options_from_the_environment() {
    // The sandbox sets ROADMAP_DATA_DIR; clap alone would print
    // `roadmap done --data-dir <DIR> <STEP>...`.
    let sandbox = Sandbox::new();
    let output = sandbox
        .test()
        .args(["done"])
        .stderr_has("\nUsage: roadmap done [OPTIONS] <STEP>...\n")
        .status(2);
    assert!(!String::from_utf8_lossy(&output.stderr).contains("--data-dir"));
    sandbox
        .test()
        .args(["--lang", "ja", "done"])
        .stderr_has("\n使い方: roadmap done [オプション] <ステップ>...\n")
        .status(2);
}
