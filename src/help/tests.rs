//! Tests of the localised command line.

use super::*;

fn args(words: &[&str]) -> Vec<OsString> {
    std::iter::once("roadmap")
        .chain(words.iter().copied())
        .map(OsString::from)
        .collect()
}

fn no_env(_: &str) -> Option<String> {
    None
}

#[test]
fn every_command_and_argument_has_japanese_help() {
    let mut missing = Vec::new();
    translate(Cli::command(), "", &mut missing);
    assert!(missing.is_empty(), "untranslated: {missing:?}");
}

#[test]
fn the_flag_wins_then_the_variable_then_the_locale() {
    assert_eq!(
        lang_before_parsing(&args(&["--lang", "ja"]), no_env),
        Lang::Ja
    );
    assert_eq!(
        lang_before_parsing(&args(&["next", "--lang=ja"]), no_env),
        Lang::Ja
    );
    let japanese = |key: &str| (key == "LANG").then(|| "ja_JP.UTF-8".to_string());
    assert_eq!(lang_before_parsing(&args(&[]), japanese), Lang::Ja);
    assert_eq!(
        lang_before_parsing(&args(&["--lang", "en"]), japanese),
        Lang::En
    );
    let variable = |key: &str| match key {
        "ROADMAP_LANG" => Some("en".to_string()),
        "LANG" => Some("ja_JP.UTF-8".to_string()),
        _ => None,
    };
    assert_eq!(lang_before_parsing(&args(&[]), variable), Lang::En);
    // After `--` it is a value, not the flag.
    assert_eq!(
        lang_before_parsing(&args(&["note", "1.1", "--", "--lang", "ja"]), no_env),
        Lang::En
    );
}

fn with_width(mut command: clap::Command, width: usize) -> clap::Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        command = command.mut_subcommand(&name, |sub| with_width(sub, width));
    }
    command.term_width(width)
}

/// Every help in both languages, each line within `width` display
/// columns: Japanese has no spaces for clap to wrap at, so its
/// paragraphs are wrapped before clap sees them.
#[test]
fn every_help_fits_60_and_80_columns() {
    use unicode_width::UnicodeWidthStr;
    for lang in [Lang::En, Lang::Ja] {
        for width in [60, 80] {
            // Laid out as `help` does at this width (examples, Japanese paragraphs).
            let mut root = with_width(with_examples_laid_out(command(lang), width), width);
            root.build();
            let mut pending = vec![root];
            while let Some(mut command) = pending.pop() {
                for long in [false, true] {
                    let help = if long {
                        command.render_long_help()
                    } else {
                        command.render_help()
                    };
                    let help = finish_help(&help.to_string(), lang);
                    for line in help.lines() {
                        assert!(
                            line.width() <= width,
                            "{lang:?} at {width}, {}: {line:?}",
                            command.get_name()
                        );
                    }
                }
                pending.extend(command.get_subcommands().cloned());
            }
        }
    }
}

#[test]
fn the_usage_line_is_the_commands_own() {
    let mut command = command(Lang::En);
    let usage = usage(&mut command, &args(&["--user", "ana", "done"]), Lang::En);
    assert_eq!(usage, "roadmap done [OPTIONS] <STEP>...");
    let mut command = self::command(Lang::Ja);
    let usage = super::usage(&mut command, &args(&["import", "progress"]), Lang::Ja);
    assert_eq!(usage, "roadmap import progress [オプション] <ファイル>");
}

#[test]
fn examples_keep_two_columns_when_they_wrap() {
    let text = "例:\n  roadmap done pick-a-language ステップを完了にする（ID、前方一致、1.2 のような番号）\n  roadmap undo                 直前の変更を取り消す";
    let laid = layout_examples(text, 60);
    let lines: Vec<&str> = laid.lines().collect();
    assert_eq!(
        lines[1],
        "  roadmap done pick-a-language ステップを完了にする（ID、前"
    );
    assert_eq!(
        lines[2],
        "                               方一致、1.2 のような番号）"
    );
    assert_eq!(
        lines[3],
        "  roadmap undo                 直前の変更を取り消す"
    );
    // A line that fits, and text that is not an example, stay as they are.
    assert_eq!(layout_examples(text, 100), text);
    assert_eq!(
        layout_examples("Weeks start on Monday.", 10),
        "Weeks start on Monday."
    );
}
