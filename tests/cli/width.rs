//! Text output fits the terminal: the binary runs under a real
//! pseudo-terminal (`script`) of 60 and 80 columns, in English and
//! Japanese, and every line of every reading command must fit, measured in
//! display columns (CJK counts two). Snapshots hold the output at each
//! width.

#![cfg(target_os = "linux")]

use std::process::Command;

use unicode_width::UnicodeWidthStr;

use crate::support::{Sandbox, time_filters};

const COMMANDS: [&str; 6] = [
    "next",
    "status",
    "status --steps",
    "list",
    "log",
    "show 1.1",
];

/// A learner a few steps in, with a long note, so every command has
/// something long to print.
fn learner() -> Sandbox {
    let sandbox = Sandbox::new();
    for args in [
        &["done", "1.1", "1.2"][..],
        &["start", "1.3"],
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
