//! `roadmap comment`: a mentor's comment lives in the mentor's own file,
//! travels through sync, and shows in the learner's today view and on
//! `show`, in the learner's language, its text made safe.

use crate::support::{SMALL_ROADMAP, Sandbox, files_under};
use crate::sync_support::{Device, Remote};

/// A mentor and a learner (ben, on alpha) sharing one remote.
fn cohort() -> (Remote, Device, Device) {
    let remote = Remote::new();
    let (mentor, ben) = (Device::new("mentor"), Device::new("ben"));
    ben.ok(&["start", "alpha"]);
    ben.init(&remote);
    mentor.init(&remote);
    (remote, mentor, ben)
}

#[test]
fn a_comment_travels_through_sync_and_never_writes_the_learner_s_file() {
    let (_remote, mentor, ben) = cohort();
    let ben_on_mentor = || mentor.sandbox.user_bytes("ben");
    let before = ben_on_mentor();
    let saved = mentor.ok(&[
        "comment",
        "ben",
        "alpha",
        "Read the docs \x1b[31mfirst\u{202e}",
    ]);
    assert!(saved.contains("Comment for ben saved."), "{saved}");
    mentor.ok(&["comment", "ben", "Great pace this week"]);
    assert_eq!(ben_on_mentor(), before, "the learner's file is not written");
    let comments = &mentor.progress()["comments"];
    assert_eq!(comments.as_array().map(Vec::len), Some(2), "{comments}");
    assert_eq!(comments[0]["to"], "ben");
    assert_eq!(comments[0]["step"], "alpha");

    // Before the learner syncs, nothing shows.
    assert!(!ben.ok(&[]).contains("Comment from"));
    mentor.sync();
    ben.sync();
    assert_eq!(
        ben_on_mentor(),
        before,
        "nor does sync write it on the mentor's side"
    );
    let today = ben.ok(&[]);
    assert!(
        today.contains("Comment from mentor on 1.1 Alpha, ")
            && today.contains("Comment from mentor, ")
            && today.contains("Great pace this week"),
        "{today}"
    );
    // Control and bidi characters are shown, never obeyed.
    assert!(
        today.contains("Read the docs \\u{1b}[31mfirst\\u{202e}"),
        "{today}"
    );
    assert!(!today.contains('\x1b') && !today.contains('\u{202e}'));
    // Seen on this machine: the today view does not repeat them.
    assert!(!ben.ok(&[]).contains("Comment from"), "shown once");
    // `show` keeps the step's comment, and only it.
    let shown = ben.ok(&["show", "alpha"]);
    assert!(
        shown.contains("Comment from mentor on 1.1 Alpha"),
        "{shown}"
    );
    assert!(!shown.contains("Great pace"), "{shown}");
    assert!(!ben.ok(&["show", "beta"]).contains("Comment from"));
    // The learner's file holds no comment; the mentor's sync left it alone.
    assert!(!String::from_utf8_lossy(&ben.file()).contains("comments"));
    assert_eq!(ben.file(), mentor.sandbox.user_bytes("ben"));
}

#[test]
fn the_learner_reads_comments_in_their_language_and_in_json() {
    let (_remote, mentor, ben) = cohort();
    mentor.ok(&["comment", "ben", "alpha", "まずドキュメントを"]);
    mentor.sync();
    ben.sync();
    let json = ben.ok(&["--json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let comment = &json["comments"][0];
    assert_eq!(comment["from"], "mentor");
    assert_eq!(comment["text"], "まずドキュメントを");
    assert_eq!(comment["new"], true, "--json does not mark it seen");
    assert_eq!(comment["step"]["id"], "alpha");
    let ja = ben.ok(&["--lang", "ja"]);
    assert!(
        ja.contains("1.1 Alpha について、メンター（mentor）からのコメント（")
            && ja.contains("月")
            && ja.contains("  まずドキュメントを"),
        "{ja}"
    );
    let json = ben.ok(&["--json"]);
    assert!(json.contains("\"new\": false"), "{json}");
    let show = ben.ok(&["show", "alpha", "--json"]);
    assert!(show.contains("\"comments\"") && show.contains("まずドキュメントを"));
}

#[test]
fn an_undone_comment_is_taken_back_on_every_machine() {
    let (_remote, mentor, ben) = cohort();
    mentor.ok(&["comment", "ben", "Wrong person, sorry"]);
    mentor.sync();
    ben.sync();
    let undone = mentor.ok(&["undo", "--json"]);
    assert!(
        undone.contains("\"comments_removed\"") && undone.contains("Wrong person, sorry"),
        "{undone}"
    );
    assert!(mentor.progress()["comments"].is_null());
    mentor.sync();
    ben.sync();
    assert!(!ben.ok(&[]).contains("Wrong person"));
    assert!(!ben.ok(&["--json"]).contains("Wrong person"));
}

#[test]
fn undo_of_a_comment_not_yet_synced_says_what_it_took_back() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP).at_time("2026-12-03T12:00:00Z");
    sandbox.stdout(&["--user", "ben", "start", "alpha"]);
    sandbox.stdout(&["--user", "mentor", "comment", "ben", "beta", "Next: beta"]);
    sandbox
        .test()
        .args(["--user", "mentor", "undo"])
        .env("TZ", "UTC")
        .stdout("Undid: comment for ben: Next: beta\n  (recorded 2026-12-03 12:00)\n")
        .success();
    sandbox
        .test()
        .args(["--user", "mentor", "--lang", "ja", "undo"])
        .stderr_has("取り消せる変更はありません")
        .status(2);
    assert!(!String::from_utf8_lossy(&sandbox.user_bytes("mentor")).contains("Next: beta"));
}

#[test]
fn bad_comments_are_refused_and_change_nothing() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.stdout(&["--user", "ben", "start", "alpha"]);
    sandbox.stdout(&["--user", "mentor", "note", "alpha", "mine"]);
    let before = files_under(&sandbox.data_dir());
    let long = "x".repeat(2001);
    for (args, message) in [
        (
            &["comment", "zed", "hi"][..],
            "no learner named 'zed' in this data folder",
        ),
        (&["comment", "ben", "   "], "the comment is empty"),
        (&["comment", "ben", "omega", "hi"], "unknown step 'omega'"),
        (
            &["comment", "mentor", "hi"],
            "a comment is for another learner",
        ),
        (
            &["comment", "ben", &long],
            "2001 characters long; the limit is 2000",
        ),
        (&["comment", "../ben", "hi"], "../ben"),
        (
            &["comment", "ben", "alpha", "two", "words"],
            "no more were expected",
        ),
    ] {
        let mut all = vec!["--user", "mentor"];
        all.extend(args);
        sandbox.test().args(&all).stderr_has(message).status(2);
    }
    sandbox
        .test()
        .args(["--user", "mentor", "comment", "zed", "hi"])
        .stderr_has("hint: learners here: ben;")
        .status(2);
    sandbox
        .test()
        .args(["--user", "mentor", "--lang", "ja", "comment", "zed", "hi"])
        .stderr_has("'zed' という学習者はいません")
        .status(2);
    assert_eq!(files_under(&sandbox.data_dir()), before);
}

#[test]
fn a_comment_s_json_names_its_learner_and_step() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP).at_time("2026-12-01T09:00:00Z");
    sandbox.stdout(&["--user", "ben", "start", "alpha"]);
    let json = sandbox.json(&["--user", "mentor", "comment", "ben", "1.2", "Beta next"]);
    assert_eq!(
        json,
        serde_json::json!({
            "to": "ben",
            "roadmap": "small",
            "step": { "number": "1.2", "id": "beta", "title": "Beta" },
            "at": "2026-12-01T09:00:00Z",
            "text": "Beta next"
        })
    );
    // In the same data folder (a mentor's one machine), no sync needed.
    sandbox
        .test()
        .args(["--user", "ben"])
        .stdout_has("Comment from mentor on 1.2 Beta, 2026-12-01:\n  Beta next\n")
        .success();
}

#[test]
fn a_file_once_found_quiet_is_read_again_once_it_changes() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.stdout(&["--user", "ben", "start", "alpha"]);
    sandbox.stdout(&["--user", "mentor", "note", "alpha", "prepare ben's review"]);
    // The mentor's file holds nothing for ben yet: remembered as quiet.
    assert!(!sandbox.stdout(&["--user", "ben"]).contains("Comment from"));
    assert!(sandbox.data_dir().join("comments-index-ben.json").exists());
    sandbox.stdout(&["--user", "mentor", "comment", "ben", "Now there is one"]);
    let today = sandbox.stdout(&["--user", "ben"]);
    assert!(
        today.contains("Comment from mentor, ") && today.contains("Now there is one"),
        "{today}"
    );
    // Neither file is shared by sync: only users/*.json travel.
    assert!(sandbox.data_dir().join("comments-seen-ben.json").exists());
}
