//! `roadmap apply`: a company name, role or note too long is refused with
//! the limit named, in both languages, and nothing is recorded.

use crate::apply::sandbox;

#[test]
fn overlong_company_role_and_note_are_refused() {
    let s = sandbox();
    let long = |n: usize| "あ".repeat(n);
    let cases: [(Vec<String>, &str, &str); 4] = [
        (
            vec![long(201)],
            "the company name is too long (at most 200 characters)",
            "企業名が長すぎます (200 文字まで)",
        ),
        (
            vec!["ACME".into(), "--role".into(), long(201)],
            "the role is too long (at most 200 characters)",
            "職種が長すぎます (200 文字まで)",
        ),
        (
            vec!["ACME".into(), "--note".into(), long(2001)],
            "the note is too long (at most 2000 characters)",
            "メモが長すぎます (2000 文字まで)",
        ),
        (
            vec!["ACME".into(), "--note".into(), "x".repeat(5000)],
            "the note is too long (at most 2000 characters)",
            "メモが長すぎます (2000 文字まで)",
        ),
    ];
    for (args, en, ja) in cases {
        for (lang, words) in [("en", en), ("ja", ja)] {
            let mut all = vec!["--lang", lang, "apply", "add"];
            all.extend(args.iter().map(String::as_str));
            all.extend(["--channel", "agent"]);
            let out = s.cmd_std(&all).output().unwrap();
            assert_eq!(out.status.code(), Some(2));
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains(words), "{err}");
            assert!(!s.user_file("learner").exists(), "{err}");
        }
    }
    // At the limit, it is kept; a stage's note is capped like the rest.
    let ok = &long(200);
    s.stdout(&["apply", "add", ok, "--role", ok, "--channel", "agent"]);
    let note = long(2001);
    let out = s
        .cmd_std(&["apply", "move", "1", "passed", "--note", &note])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let apps = &s.user_json("learner")["roadmaps"];
    assert!(!apps.to_string().contains("passed"), "{apps}");
}
