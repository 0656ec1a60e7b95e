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
/// columns: Japanese has no spaces to wrap at, so its texts are short
/// or broken by hand.
#[test]
fn every_help_fits_60_and_80_columns() {
    use unicode_width::UnicodeWidthStr;
    for lang in [Lang::En, Lang::Ja] {
        for width in [60, 80] {
            let mut root = with_width(command(lang), width);
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

/// `words` parsed with the lean command, or `None` when it does not parse
/// them (and `try_parse` parses them with the whole command).
fn lean(words: &[&str]) -> Option<String> {
    let args = args(words);
    let mut lean = lean_command(&args)?;
    parse_with(&mut lean, &args)
        .ok()
        .map(|cli| format!("{cli:?}"))
}

fn whole(words: &[&str]) -> Option<String> {
    parse_with(&mut Cli::command(), &args(words))
        .ok()
        .map(|cli| format!("{cli:?}"))
}

#[test]
fn the_lean_command_parses_command_lines_as_the_whole_one() {
    let lines: &[&[&str]] = &[
        &[],
        &["next"],
        &["status"],
        &["--user", "ana", "next"],
        &["next", "--user", "ana", "--json"],
        &["--user=ana", "--color", "never", "status", "--steps"],
        &["--user", "next", "status"],
        &["--user", "next"],
        &["--lang", "ja", "next", "-n", "5"],
        &["done", "1.1", "1.2", "--note", "x", "--at", "today"],
        &["note", "1.1", "--", "--lang", "ja"],
        &["import", "progress", "backup.json"],
        &["sync"],
        &["sync", "init", "git@example.com:a/b.git"],
        &[
            "--roadmap",
            "r.json",
            "--data-dir",
            "d",
            "validate",
            "x.json",
        ],
        &["undo"],
    ];
    for words in lines {
        let lean = lean(words);
        assert!(lean.is_some(), "{words:?} takes the lean way");
        assert_eq!(lean, whole(words), "{words:?}");
    }
}

#[test]
fn help_versions_and_mistakes_take_the_whole_command() {
    let lines: &[&[&str]] = &[
        &["--help"],
        &["-h"],
        &["--version"],
        &["next", "--help"],
        &["next", "-V"],
        // A positional that takes words with a dash must not take these.
        &["goal", "--version"],
        &["help"],
        &["help", "next"],
        &["nxt"],
        &["--user", "next", "nxt"],
        &["next", "status"],
        &["-", "next"],
        &["--", "next"],
        &["sync", "init", "--help"],
    ];
    for words in lines {
        assert_eq!(lean(words), None, "{words:?}");
    }
}

proptest::proptest! {
    /// Whatever the lean command parses, the whole command parses the same.
    #[test]
    fn what_parses_lean_parses_the_same_whole(
        words in proptest::collection::vec(
            proptest::sample::select(&[
                "next", "status", "done", "note", "sync", "import", "progress", "init",
                "help", "undo", "--user", "--user=ana", "ana", "--json", "--lang", "ja",
                "--color", "never", "-n", "5", "--all", "--steps", "--", "-h", "-V",
                "1.1", "--note", "x", "--at", "today", "--roadmap", "r.json", "-",
            ][..]),
            0..7,
        )
    ) {
        if let Some(lean) = lean(&words) {
            proptest::prop_assert_eq!(Some(lean), whole(&words));
        }
    }
}

/// What parsing reads of a command and its subcommands (not the `help`
/// subcommand clap adds, which lists every subcommand): each option as
/// clap holds it, the groups and the settings.
fn parsing_view(command: &clap::Command, out: &mut Vec<String>) {
    let name = command.get_name();
    let mut args: Vec<String> = command
        .get_arguments()
        .map(|arg| format!("{name}: {arg:?}"))
        .collect();
    args.sort();
    out.extend(args);
    out.extend(
        command
            .get_groups()
            .map(|group| format!("{name}: {group:?}")),
    );
    let settings = [
        command.is_no_binary_name_set(),
        command.is_dont_delimit_trailing_values_set(),
        command.is_disable_version_flag_set(),
        command.is_propagate_version_set(),
        command.is_disable_help_flag_set(),
        command.is_disable_help_subcommand_set(),
        command.is_arg_required_else_help_set(),
        command.is_allow_negative_numbers_set(),
        command.is_trailing_var_arg_set(),
        command.is_allow_missing_positional_set(),
        command.is_subcommand_required_set(),
        command.is_allow_external_subcommands_set(),
        command.is_args_conflicts_with_subcommands_set(),
        command.is_subcommand_precedence_over_arg_set(),
        command.is_subcommand_negates_reqs_set(),
        command.is_multicall_set(),
    ];
    out.push(format!("{name}: {settings:?} {:?}", command.get_version()));
}

#[test]
fn the_lean_command_has_the_options_of_the_whole_one() {
    let mut whole = Cli::command();
    whole.build();
    for subcommand in whole
        .get_subcommands()
        .filter(|sub| sub.get_name() != "help")
    {
        let mut lean = lean_command(&args(&[subcommand.get_name()]))
            .expect("every subcommand of cli.rs is in lean.rs");
        lean.build();
        let (mut expected, mut got) = (Vec::new(), Vec::new());
        parsing_view(&whole, &mut expected);
        parsing_view(&lean, &mut got);
        let mut pending = vec![subcommand];
        while let Some(command) = pending.pop() {
            parsing_view(command, &mut expected);
            pending.extend(command.get_subcommands());
        }
        let mut pending = vec![lean.find_subcommand(subcommand.get_name()).expect("it")];
        while let Some(command) = pending.pop() {
            parsing_view(command, &mut got);
            pending.extend(command.get_subcommands());
        }
        assert_eq!(got, expected, "{}", subcommand.get_name());
    }
}
