//! Untrusted text never reaches the terminal as it is: a roadmap and notes
//! full of terminal escapes and bidi controls, through every text command,
//! in both languages. The escapes are shown (`\u{1b}`), never obeyed.

use crate::support::Sandbox;

/// Window title, clear screen, clipboard write, hidden link, C1 CSI,
/// bidi override and isolate, a tab and a newline.
const HOSTILE: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}]8;;https://evil.example\u{1b}\\link\u{9b}31m\u{202e}txt.exe\u{2066}x\u{2069}\ttab\nline";

fn hostile_roadmap() -> String {
    let h = serde_json::to_string(HOSTILE).unwrap();
    format!(
        r#"{{
  "id": "hostile",
  "title": {h},
  "i18n": {{"ja": {{"title": {h}}}}},
  "stages": [{{"id": "s1", "title": {h}, "i18n": {{"ja": {{"title": {h}}}}}}}],
  "steps": [
    {{"id": "alpha", "stage": "s1", "title": {h}, "summary": {h}, "done_when": {h},
      "estimate_hours": 1,
      "resources": [{{"title": {h}, "url": {h}}}],
      "i18n": {{"ja": {{"title": {h}, "summary": {h}, "done_when": {h}}}}}}},
    {{"id": "beta", "stage": "s1", "title": {h}, "requires": ["alpha"], "estimate_hours": 1}}
  ]
}}"#
    )
}

/// No escape or bidi control in `bytes`, and the visible form is there.
#[track_caller]
fn assert_safe(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect();
    assert!(bad.is_empty(), "{what}: raw {bad:?} in:\n{text}");
}

#[test]
fn every_text_command_shows_escapes_instead_of_obeying_them() {
    let sandbox = Sandbox::with_roadmap(&hostile_roadmap());
    for lang in ["en", "ja"] {
        let run = |args: &[&str]| {
            let mut all = vec!["--lang", lang, "--color", "never"];
            all.extend_from_slice(args);
            let output = sandbox.run(&all).output().expect("run roadmap");
            let what = format!("{all:?}");
            assert_safe(&format!("{what} stdout"), &output.stdout);
            assert_safe(&format!("{what} stderr"), &output.stderr);
            output
        };
        let shown = run(&["note", "alpha", HOSTILE]);
        assert!(shown.status.success(), "{shown:?}");
        assert!(String::from_utf8_lossy(&shown.stdout).contains("\\u{1b}]0;pwned"));
        for args in [
            &["next"][..],
            &["next", "--all"],
            &["status"],
            &["status", "--steps"],
            &["status", "--all-users"],
            &["show", "alpha"],
            &["show", "beta"],
            &["list"],
            &["start", "alpha", "--note", HOSTILE],
            &["done", "beta"],
            &["log"],
            &["undo"],
            &["skip", "alpha"],
            &["reset", "alpha"],
            &["undo"],
            &["validate"],
            &["show", HOSTILE],
            &["done", HOSTILE],
            &[],
            &["find", "alpha"],
            &["find", HOSTILE],
        ] {
            let output = run(args);
            assert!(
                !output.stdout.is_empty() || !output.stderr.is_empty(),
                "{args:?} said nothing"
            );
        }
        let log = String::from_utf8_lossy(&run(&["log"]).stdout).into_owned();
        assert!(log.contains("\\u{202e}txt.exe"), "{log}");
    }
}

#[test]
fn validate_warns_about_control_characters() {
    let sandbox = Sandbox::with_roadmap(&hostile_roadmap());
    let output = sandbox.run(&["validate"]).output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains(
            "warning: stages[0]: field title holds a control or bidi character (\\u{1b})"
        ),
        "{stdout}"
    );
    assert_safe("validate", &output.stdout);
}

#[test]
fn json_keeps_the_exact_text() {
    let sandbox = Sandbox::with_roadmap(&hostile_roadmap());
    sandbox.stdout(&["note", "alpha", HOSTILE]);
    let show = sandbox.json(&["show", "alpha"]);
    assert_eq!(show["title"], HOSTILE);
    assert_eq!(show["done_when"], HOSTILE);
    assert_eq!(show["notes"][0]["text"], HOSTILE);
    // The same text, spelt so that a terminal shows JSON as JSON.
    for args in [
        &["--json", "show", "alpha"][..],
        &["--json", "log"],
        &["--json", "list"],
        &["export", "--format", "json"],
        &["export", "--format", "md"],
        &["export", "--format", "html"],
        &["graph"],
        &["graph", "--format", "dot"],
    ] {
        let output = sandbox.run(args).output().unwrap();
        assert!(output.status.success(), "{args:?}");
        assert_safe(&format!("{args:?}"), &output.stdout);
    }
}

#[test]
fn a_hostile_import_is_reported_safely() {
    let sandbox = Sandbox::with_roadmap(&hostile_roadmap());
    sandbox.stdout(&["note", "alpha", "kept"]);
    sandbox.stdout(&["start", "alpha"]);
    let backup = sandbox.stdout(&["export", "--format", "json"]);
    // The same backup, for a step of another name full of escapes.
    let backup = backup.replace("\"alpha\"", &serde_json::to_string(HOSTILE).unwrap());
    let file = sandbox.write("backup.json", &backup);
    for lang in ["en", "ja"] {
        let other = Sandbox::new();
        let output = other
            .run(&["--lang", lang, "import", "progress"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(stdout.contains("\\u{1b}]0;pwned"), "{stdout}");
        assert_safe("import progress", &output.stdout);
        assert_safe("import progress", &output.stderr);
    }
}

#[test]
fn roadmapsh_warnings_show_hostile_ids_escaped() {
    let sandbox = Sandbox::new();
    let id = serde_json::to_string(HOSTILE).unwrap();
    let file = sandbox.write(
        "rs.json",
        &format!(
            r#"{{"nodes": [
                {{"id": "t1", "type": "topic", "data": {{"label": "Topic"}}, "position": {{"x": 0, "y": 0}}}},
                {{"id": {id}, "type": "topic", "data": {{"label": "A"}}, "position": {{"x": 0, "y": 50}}}},
                {{"id": {id}, "type": "topic", "data": {{"label": "B"}}, "position": {{"x": 0, "y": 90}}}}
            ], "edges": []}}"#
        ),
    );
    for lang in ["en", "ja"] {
        let output = sandbox
            .run(&["--lang", lang, "import", "roadmapsh"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("\\u{1b}]0;pwned"), "{stderr}");
        assert_safe("import roadmapsh stderr", &output.stderr);
        // The document itself is JSON, where the text is escaped anyway.
        assert_safe("import roadmapsh stdout", &output.stdout);
    }
}
