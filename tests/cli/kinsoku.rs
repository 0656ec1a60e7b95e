//! Kinsoku in the terminal: `show` of every step of the built-in roadmap,
//! in Japanese, under a pseudo-terminal of 60 and 80 columns: no line
//! starts with a small kana, ー, a closing bracket or 。、, and none ends
//! with an opening bracket.

#![cfg(target_os = "linux")]

use crate::support::{BIN, Sandbox};

const NO_START: &str = "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー。、，．」』）］｝〉》】〕";
const NO_END: &str = "「『（［｛〈《【〔";

#[test]
fn no_japanese_line_breaks_kinsoku_at_60_and_80_columns() {
    let sandbox = Sandbox::new();
    let list = sandbox.json(&["list"]);
    let numbers: Vec<String> = list["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|stage| stage["steps"].as_array().unwrap())
        .map(|step| step["number"].as_str().unwrap().to_string())
        .collect();
    assert!(numbers.len() > 40);
    let mut lines = 0;
    for columns in [60, 80] {
        for number in &numbers {
            let command = format!("{BIN} --lang ja --color never show {number}");
            let output = sandbox
                .process_of("script")
                .args(["-qec", &command, "/dev/null"])
                .env("COLUMNS", columns.to_string())
                .output()
                .expect("run script(1)");
            let text = String::from_utf8(output.stdout)
                .unwrap()
                .replace("\r\n", "\n");
            for line in text.lines() {
                let body = line.trim();
                let (Some(first), Some(last)) = (body.chars().next(), body.chars().last()) else {
                    continue;
                };
                assert!(
                    !NO_START.contains(first) && !NO_END.contains(last),
                    "show {number} at {columns}: {line:?}"
                );
                lines += 1;
            }
        }
    }
    assert!(lines > 1000, "only {lines} lines");
}
