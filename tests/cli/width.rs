//! Text output fits the terminal: the binary runs under a real
//! pseudo-terminal (`script`) of 60 and 80 columns, in English and
//! Japanese, and every line of every reading command must fit, measured in
//! display columns (CJK counts two). Snapshots hold the output at each
//! width.

#![cfg(target_os = "linux")]

use std::process::Command;

use unicode_width::UnicodeWidthStr;

use crate::support::{Sandbox, time_filters};

const COMMANDS: [&str; 8] = [
    "",
    "next",
    "status",
    "status --steps",
    "list",
    "log",
    "show 1.1",
    "find git",
];

/// A roadmap of long texts in both languages, fixed here so that the
/// snapshots follow the layout, not the built-in content.
const WIDE_ROADMAP: &str = r#"{
  "id": "wide",
  "title": "A roadmap with long texts to wrap at narrow widths",
  "i18n": {"ja": {"title": "狭い端末で折り返しを確かめるための長い文章のロードマップ"}},
  "stages": [
    {"id": "basics", "title": "Foundations of programming and the command line",
     "i18n": {"ja": {"title": "プログラミングとコマンドラインの基礎"}}},
    {"id": "ops", "title": "Databases, cloud platforms and secure operations in production",
     "i18n": {"ja": {"title": "データベース・クラウドと本番環境での安全な運用"}}}
  ],
  "steps": [
    {"id": "language", "stage": "basics", "title": "Pick one backend language and install its toolchain",
     "summary": "Choose a single language that is widely used on the server side and stay with it until your portfolio is published.\nSwitching languages early costs far more than any difference between them.",
     "done_when": "You have written down which language you chose and why, its runtime is installed, and a hello-world file runs.",
     "estimate_hours": 3,
     "resources": [{"title": "The official tutorial of the language", "url": "https://docs.example.org/3/tutorial/index.html", "kind": "docs"}],
     "i18n": {"ja": {"title": "バックエンド言語をひとつ選び、開発環境を整える",
       "summary": "サーバーサイドで広く使われている言語をひとつ選び、ポートフォリオを公開するまで使い続けます。\n早いうちに言語を乗り換えると、言語どうしの差よりはるかに大きな損になります。",
       "done_when": "選んだ言語とその理由をメモに残し、処理系をインストールして、hello world のファイルを実行すると期待どおりの文字が表示される。"}}},
    {"id": "shell", "stage": "basics", "title": "Get comfortable with the command line", "requires": ["language"],
     "done_when": "You move around folders, create and delete files and read a manual page without looking anything up.",
     "estimate_hours": 6,
     "i18n": {"ja": {"title": "コマンドライン操作に慣れる", "done_when": "調べずにフォルダを移動し、ファイルを作って消し、マニュアルを読める。"}}},
    {"id": "git", "stage": "basics", "title": "Track your code with Git and publish it on a hosting service", "requires": ["shell"],
     "done_when": "Your practice programs are in a public repository with at least ten commits that have meaningful messages.",
     "estimate_hours": 8, "optional": true,
     "resources": [{"title": "A free book about version control", "url": "https://books.example.com/version-control/second-edition/chapters/getting-started", "kind": "book"}],
     "i18n": {"ja": {"title": "Git でコードを管理し、ホスティングサービスで公開する", "done_when": "練習用のプログラムが公開リポジトリにあり、内容の分かるメッセージ付きのコミットが10件以上ある。"}}},
    {"id": "s4", "stage": "ops", "title": "Learn relational databases and SQL", "requires": ["language"], "estimate_hours": 20,
     "i18n": {"ja": {"title": "リレーショナルデータベースと SQL を学ぶ"}}},
    {"id": "s5", "stage": "ops", "title": "Design a normalised schema", "requires": ["s4"], "estimate_hours": 10, "i18n": {"ja": {"title": "正規化したスキーマを設計する"}}},
    {"id": "s6", "stage": "ops", "title": "Make queries fast with indexes and query plans", "requires": ["s5"], "estimate_hours": 10, "i18n": {"ja": {"title": "インデックスと実行計画でクエリを速くする"}}},
    {"id": "s7", "stage": "ops", "title": "Add caching where it pays off", "requires": ["s6"], "estimate_hours": 8, "i18n": {"ja": {"title": "効果のある箇所にキャッシュを入れる"}}},
    {"id": "s8", "stage": "ops", "title": "Back up, restore and control access to a database", "requires": ["s4"], "estimate_hours": 6, "i18n": {"ja": {"title": "データベースのバックアップ・復元と権限管理"}}},
    {"id": "s9", "stage": "ops", "title": "Prevent SQL injection and cross-site scripting (XSS)", "requires": ["s4"], "estimate_hours": 8, "i18n": {"ja": {"title": "SQLインジェクションとクロスサイトスクリプティング(XSS)を防ぐ"}}},
    {"id": "s10", "stage": "ops", "title": "Handle authentication and secrets safely", "requires": ["s9"], "estimate_hours": 8, "i18n": {"ja": {"title": "認証と秘密情報を安全に扱う"}}},
    {"id": "s11", "stage": "ops", "title": "Deploy the application and its database to a cloud platform", "requires": ["s10"], "estimate_hours": 12, "i18n": {"ja": {"title": "アプリとデータベースをクラウドにデプロイする"}}},
    {"id": "s12", "stage": "ops", "title": "Run servers behind a load balancer and recover from failures", "requires": ["s11"], "estimate_hours": 12, "i18n": {"ja": {"title": "ロードバランサー配下でサーバーを動かし、障害から復旧する"}}},
    {"id": "s13", "stage": "ops", "title": "Set up logs, metrics and alerts", "requires": ["s12"], "estimate_hours": 8, "i18n": {"ja": {"title": "ログ・メトリクス・アラートを整える"}}}
  ]
}
"#;

/// A learner a few steps in, with long notes, so every command has
/// something long to print.
fn learner() -> Sandbox {
    let sandbox = Sandbox::with_roadmap(WIDE_ROADMAP);
    for args in [
        &["done", "1.1"][..],
        &["start", "1.2", "2.1"],
        &[
            "note",
            "1.1",
            "Chose Python because the tutorials at https://docs.python.org/3/tutorial/index.html are thorough and the community is large; installed it with the system package manager",
        ],
        &[
            "note",
            "1.1",
            "標準ライブラリの使い方を一通り確認し、仮想環境の作り方と依存関係の固定方法をメモしておいた",
        ],
    ] {
        sandbox.stdout(args);
    }
    sandbox
}

/// `roadmap ARGS` under a pseudo-terminal of `columns`, its output with
/// the terminal's carriage returns taken out.
fn in_terminal(sandbox: &Sandbox, lang: &str, columns: usize, args: &str) -> String {
    let command = format!("{} --lang {lang} --color never {args}", crate::support::BIN);
    let output = sandbox
        .process_of("script")
        .args(["-qec", &command, "/dev/null"])
        .env("COLUMNS", columns.to_string())
        .output()
        .expect("run script(1)");
    assert!(output.status.success(), "{args}: {output:?}");
    String::from_utf8(output.stdout)
        .expect("UTF-8 output")
        .replace("\r\n", "\n")
}

#[test]
fn every_line_fits_at_60_and_80_columns_in_both_languages() {
    // `script` must exist for this test to mean anything.
    assert!(Command::new("script").arg("--version").output().is_ok());
    let sandbox = learner();
    for lang in ["en", "ja"] {
        for columns in [60, 80] {
            let mut all = String::new();
            for args in COMMANDS {
                let output = in_terminal(&sandbox, lang, columns, args);
                for line in output.lines() {
                    assert!(
                        line.width() <= columns,
                        "{lang} {columns} `{args}`: {} columns:\n{line}",
                        line.width()
                    );
                }
                all.push_str(&format!("$ roadmap {args}\n{output}\n"));
            }
            insta::with_settings!({ filters => time_filters() }, {
                insta::assert_snapshot!(format!("{lang}_{columns}"), all);
            });
        }
    }
}

#[test]
fn piped_output_is_not_wrapped() {
    let sandbox = learner();
    let shown = sandbox
        .cmd()
        .args(["show", "1.1"])
        .env("COLUMNS", "40")
        .output()
        .unwrap();
    let text = String::from_utf8(shown.stdout).unwrap();
    assert!(
        text.lines().any(|line| line.width() > 40),
        "a pipe gets whole lines:\n{text}"
    );
}

#[test]
fn status_keeps_every_column_at_60_by_wrapping_the_stage_titles() {
    let sandbox = Sandbox::new();
    sandbox.stdout(&["done", "1.1"]);
    for (lang, hours) in [("en", "Hours left"), ("ja", "残り時間")] {
        let text = in_terminal(&sandbox, lang, 60, "status");
        let header = text.lines().nth(2).unwrap_or_default();
        assert!(
            header.contains(" % ") && header.contains(hours),
            "{lang}:\n{text}"
        );
        assert!(
            text.lines().all(|line| line.width() <= 60),
            "{lang}:\n{text}"
        );
    }
}

#[test]
fn help_fits_and_its_examples_keep_two_columns_at_60_and_80() {
    let sandbox = Sandbox::new();
    for lang in ["en", "ja"] {
        for columns in [60, 80] {
            // Without the sandbox's data folder, which clap would show.
            let command = format!(
                "env -u ROADMAP_DATA_DIR {} --lang {lang} --help",
                crate::support::BIN
            );
            let output = sandbox
                .process_of("script")
                .args(["-qec", &command, "/dev/null"])
                .env("COLUMNS", columns.to_string())
                .output()
                .expect("run script(1)");
            let help = String::from_utf8(output.stdout)
                .unwrap()
                .replace("\r\n", "\n");
            assert!(
                help.lines().all(|line| line.width() <= columns),
                "{lang} {columns}:\n{help}"
            );
            let examples = help
                .split_once(if lang == "en" {
                    "Examples:\n"
                } else {
                    "例:\n"
                })
                .map(|(_, rest)| rest.split("\n\n").next().unwrap_or_default())
                .unwrap_or_default();
            for line in examples.lines() {
                assert!(
                    line.starts_with("  roadmap") || line.starts_with(&" ".repeat(31)),
                    "{lang} {columns}: {line:?}"
                );
            }
            insta::assert_snapshot!(format!("help_{lang}_{columns}"), help);
        }
    }
}
