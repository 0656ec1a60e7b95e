//! A closed pipe (`roadmap list | head -c 100`) is never an error: every
//! command exits 0 and says nothing on stderr, whatever the output's size.

use std::io::Read;
use std::process::Stdio;

use crate::support::Sandbox;

/// A roadmap big enough that its output overflows a pipe's buffer.
fn big_roadmap() -> String {
    let steps: Vec<String> = (0..3000)
        .map(|i| {
            format!(
                r#"{{"id": "step-{i}", "stage": "s", "title": "Step number {i} with a title long enough to fill the pipe", "done_when": "It is done.", "estimate_hours": 1}}"#
            )
        })
        .collect();
    format!(
        r#"{{"id": "big", "title": "Big", "stages": [{{"id": "s", "title": "Only"}}], "steps": [{}]}}"#,
        steps.join(",\n")
    )
}

#[test]
fn a_closed_pipe_is_exit_0_and_silent_for_every_command() {
    let sandbox = Sandbox::with_roadmap(&big_roadmap());
    sandbox.stdout(&["start", "step-0"]);
    for i in 0..50 {
        let step = format!("step-{i}");
        sandbox.stdout(&["note", &step, "a note to make the log long"]);
    }
    for args in [
        &["list"][..],
        &["--json", "list"],
        &["status", "--steps"],
        &["--json", "status", "--steps"],
        &["next", "--all"],
        &["log", "--all"],
        &["--json", "log", "--all"],
        &["export", "--format", "md"],
        &["export", "--format", "json"],
        &["export", "--format", "html"],
        &["graph"],
        &["validate"],
        &["completions", "bash"],
        &["man"],
    ] {
        for take in [0u64, 100] {
            let mut child = sandbox
                .cmd_std(args)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start roadmap");
            let stdout = child.stdout.take().unwrap();
            let mut buffer = Vec::new();
            stdout
                .take(take)
                .read_to_end(&mut buffer)
                .expect("the first bytes");
            let output = child.wait_with_output().expect("wait for roadmap");
            assert_eq!(
                output.status.code(),
                Some(0),
                "{args:?} after {take} bytes: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(output.stderr.is_empty(), "{args:?}: {output:?}");
        }
    }
}
