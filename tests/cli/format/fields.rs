//! Unknown fields, duplicate keys, and the Japanese form of new messages.

use super::{ROUTES, sandbox};
use crate::support::Sandbox;

#[test]
fn misspelled_fields_are_warned_about_with_a_did_you_mean() {
    let sandbox = Sandbox::new();
    let sloppy = ROUTES
        .replace(r#""requires_any""#, r#""require""#)
        .replace(r#""estimate_hours": 40"#, r#""estimate_hour": 40"#)
        .replace(
            r#""optional": true, "estimate_hours": 100"#,
            r#""optinal": true, "estimate_hours": 100"#,
        )
        .replace(r#""cost": "paid""#, r#""costs": "paid""#);
    let file = sandbox.write("sloppy.json", &sloppy);
    let file = file.to_str().unwrap();
    let text = sandbox.stdout(&["validate", file]);
    assert_eq!(
        text,
        format!(
            "warning: step 'syntax', resources[2]: unknown field 'costs' is ignored; did you mean 'cost'?\n\
             warning: step 'internship': unknown field 'optinal' is ignored; did you mean 'optional'?\n\
             warning: step 'oss': unknown field 'estimate_hour' is ignored; did you mean 'estimate_hours'?\n\
             warning: step 'first-job': unknown field 'require' is ignored; did you mean 'requires'?\n\
             warning: step 'first-job': no other step leads here: it is outside the first stage, has no prerequisites and nothing requires it\n\
             {file}: valid, 2 stages, 4 steps, 5 warnings\n"
        )
    );
    let text = sandbox.stdout(&["--lang", "ja", "validate", file]);
    assert!(
        text.contains("警告: ステップ 'first-job': 不明なフィールド 'require' は無視されます。'requires' の誤りではありませんか？\n"),
        "{text}"
    );
    // Other commands follow the file as before.
    sandbox.test().args(["--roadmap", file, "next"]).success();
}

#[test]
fn every_new_message_has_its_japanese_form() {
    let sandbox = sandbox();
    sandbox.stdout(&["done", "syntax"]);
    let ja = |args: &[&str]| {
        let mut all = vec!["--lang", "ja"];
        all.extend(args);
        sandbox.stdout(&all)
    };
    for (args, english) in [
        (&["tick", "1.1", "1", "2"][..], &["Ticked", "of"][..]),
        (&["tick", "1.1", "1"], &["Already ticked"]),
        (&["untick", "1.1", "3"], &["Not ticked"]),
        (&["tick", "1.1", "3"], &["Every item", "When the step"]),
        (&["undo"], &["Undid", "tick of item"]),
        (&["untick", "1.1", "2"], &["Unticked"]),
        (&["undo"], &["untick of item"]),
        (&["stack"], &["No stack", "Stacks in", "Choose one"]),
        (&["stack", "php"], &["Your stack", "Resources for"]),
        (&["stack"], &["Your stack"]),
        (
            &["show", "1.1"],
            &[
                "Checklist",
                "Resources",
                "hidden",
                "docs",
                "paid",
                "English",
            ],
        ),
        (&["show", "2.3"], &["Requires any one of"]),
        (&["stack", "--clear"], &["Stack cleared"]),
    ] {
        let text = ja(args);
        assert!(text.chars().any(|c| c > '\u{3000}'), "{args:?}: {text}");
        for word in english {
            assert!(!text.contains(word), "{args:?} says '{word}': {text}");
        }
    }
}

#[test]
fn a_checklist_translation_given_twice_is_refused() {
    let sandbox = Sandbox::new();
    let twice = ROUTES.replace(
        r#"{"text": "FizzBuzz", "i18n": {"ja": {"text": "FizzBuzz を書く"}}}"#,
        r#"{"text": "FizzBuzz", "i18n": {"ja": {"text": "FizzBuzz を書く"}, "ja": {"text": "x"}}}"#,
    );
    let file = sandbox.write("twice.json", &twice);
    sandbox
        .test()
        .args(["validate", file.to_str().unwrap()])
        .stdout_has("duplicate key 'ja'")
        .stderr_has("is not a valid roadmap")
        .status(2);
}
