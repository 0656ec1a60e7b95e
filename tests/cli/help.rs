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
        ("bash", "complete -F"),
        ("zsh", "#compdef roadmap"),
        ("fish", "complete -c roadmap"),
        ("elvish", "edit:completion:arg-completer[roadmap]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let script = sandbox.stdout(&["completions", shell]);
        assert!(script.contains(marker), "{shell}");
        assert!(script.contains("undo"), "{shell} completes subcommands");
        assert!(script.contains("all-users"), "{shell} completes flags");
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
