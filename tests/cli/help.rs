//! Help that teaches, shell completions and the man page.

use crate::support::Sandbox;

const COMMANDS: &[&str] = &[
    "next",
    "done",
    "status",
    "start",
    "skip",
    "reset",
    "undo",
    "note",
    "show",
    "list",
    "log",
    "sync",
    "study",
    "goal",
    "evidence",
    "completions",
    "man",
];

#[test]
fn every_command_has_a_purpose_and_an_example() {
    let sandbox = Sandbox::new();
    for command in COMMANDS {
        let help = sandbox.stdout(&[command, "--help"]);
        let purpose = help.lines().next().unwrap_or_default();
        assert!(
            purpose.len() >= 10 && !purpose.starts_with("Usage"),
            "{command}: {help}"
        );
        assert!(
            help.contains(&format!("Examples:\n  roadmap {command}")),
            "{command}: {help}"
        );
    }
    let top = sandbox.stdout(&["--help"]);
    for command in COMMANDS {
        assert!(
            top.contains(&format!("\n  {command} ")),
            "{command} in {top}"
        );
    }
}

#[test]
fn undo_help_says_what_undo_does() {
    Sandbox::new()
        .test()
        .args(["undo", "--help"])
        .stdout_has("removes the last invocation's changes")
        .stdout_has("Run it again to go further back")
        .success();
}

#[test]
fn completions_for_every_shell() {
    let sandbox = Sandbox::new();
    for (shell, marker) in [
        ("bash", "-F _clap_complete_roadmap roadmap"),
        ("zsh", "#compdef roadmap"),
        (
            "fish",
            "complete --keep-order --exclusive --command roadmap",
        ),
        ("elvish", "edit:completion:arg-completer[roadmap]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let script = sandbox.stdout(&["completions", shell]);
        assert!(script.contains(marker), "{shell}");
        // The script asks roadmap itself at each TAB.
        assert!(script.contains("COMPLETE"), "{shell}: {script}");
        // And roadmap answers with subcommands and flags.
        let words = complete(&sandbox, shell, &["roadmap", ""], &[]);
        assert!(
            words.contains("undo"),
            "{shell} completes subcommands: {words}"
        );
        let words = complete(&sandbox, shell, &["roadmap", "status", "--a"], &[]);
        assert!(
            words.contains("--all-users"),
            "{shell} completes flags: {words}"
        );
    }
    sandbox
        .test()
        .args(["completions", "tcsh"])
        .stderr_has("invalid value 'tcsh'")
        .status(2);
}

#[test]
fn completions_and_man_need_no_settings() {
    // Even with an invalid user name in the environment.
    let sandbox = Sandbox::new();
    sandbox
        .test()
        .args(["completions", "bash"])
        .env("ROADMAP_USER", "../x")
        .success();
    let man = sandbox
        .test()
        .args(["man"])
        .env("ROADMAP_USER", "../x")
        .stdout_has(".TH roadmap 1")
        .stdout_has("roadmap\\-undo")
        .success();
    assert!(man.stdout.starts_with(b".ie"));
    assert!(!sandbox.data_dir().exists());
}

/// What roadmap answers a shell's completion request for `words` (the
/// command line so far, the word at the cursor last), as fish asks it.
fn complete(sandbox: &Sandbox, shell: &str, words: &[&str], env: &[(&str, &str)]) -> String {
    let mut command = sandbox.process();
    command
        .env("COMPLETE", shell)
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .args(words);
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("run roadmap");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn step_references_complete_with_titles_in_the_user_s_language() {
    let sandbox = Sandbox::new();
    let fish = complete(&sandbox, "fish", &["roadmap", "done", "1."], &[]);
    assert!(fish.contains("1.1\tPick one backend language\n"), "{fish}");
    assert!(fish.contains("1.4\tTrack your code with Git"), "{fish}");
    let ids = complete(&sandbox, "fish", &["roadmap", "show", "pick"], &[]);
    assert_eq!(ids, "pick-a-language\t1.1  Pick one backend language\n");
    let ja = complete(
        &sandbox,
        "fish",
        &["roadmap", "open", "pick"],
        &[("LANG", "ja_JP.UTF-8")],
    );
    assert_eq!(ja, "pick-a-language\t1.1  バックエンドの言語を1つ選ぶ\n");
    let flag = complete(
        &sandbox,
        "fish",
        &["roadmap", "status", "--all"],
        &[("ROADMAP_LANG", "ja")],
    );
    assert!(flag.contains("--all-users\tデータフォルダ"), "{flag}");
    // bash takes the values alone; every step command completes steps.
    for command in [
        "done", "start", "skip", "reset", "note", "show", "open", "study", "tick",
    ] {
        let bash = complete(&sandbox, "bash", &["roadmap", command, "2.1"], &[]);
        assert!(bash.lines().any(|line| line == "2.1"), "{command}: {bash}");
    }
    // A roadmap of one's own (ROADMAP_FILE) completes its own steps.
    let own = Sandbox::with_roadmap(crate::support::SMALL_ROADMAP);
    let words = complete(&own, "fish", &["roadmap", "done", ""], &[]);
    assert!(words.contains("alpha\t1.1  Alpha"), "{words}");
}

#[test]
fn the_man_page_speaks_japanese_when_asked() {
    let sandbox = Sandbox::new();
    let ja = sandbox.stdout(&["--lang", "ja", "man"]);
    assert!(ja.starts_with(".ie"), "{ja}");
    assert!(ja.contains("ステップを完了にする"), "{ja}");
    let by_locale = sandbox
        .test()
        .args(["man"])
        .env("LANG", "ja_JP.UTF-8")
        .stdout_has("ステップを完了にする")
        .success();
    assert!(!by_locale.stdout.is_empty());
    let en = sandbox.stdout(&["man"]);
    assert!(!en.contains("ステップ"), "the English page stays English");
}
