//! The exports that carry the record, the JSON backup and the store upgrade.

use std::fs;

use serde_json::{Value, json};

use super::{NOW, ago, refused, sandbox};
use crate::support::{SMALL_ROADMAP, Sandbox};

/// A learner with the whole record: sessions, notes, evidence, a goal.
fn recorded() -> Sandbox {
    let sandbox = sandbox();
    sandbox.stdout(&["goal", "4h"]);
    sandbox.stdout(&["study", "alpha", "90m", "--at", &ago(30)]);
    sandbox.stdout(&[
        "done",
        "alpha",
        "--at",
        &ago(29),
        "--note",
        "hello <b>world</b>",
        "--evidence",
        "https://github.com/learner/alpha?a=1&b=2",
    ]);
    sandbox.stdout(&["start", "beta", "--at", &ago(10)]);
    sandbox.stdout(&["study", "beta", "2h", "--at", &ago(9)]);
    sandbox.stdout(&["study", "beta", "1h", "--at", &ago(2)]);
    sandbox.stdout(&["study", "beta", "1h", "--at", &ago(1)]);
    sandbox.stdout(&["skip", "delta", "--at", &ago(5)]);
    sandbox
}

#[test]
fn markdown_export_carries_dates_time_notes_and_evidence() {
    let sandbox = recorded();
    let md = sandbox.stdout(&["export", "-f", "md"]);
    assert!(md.contains(
        "- [x] **1.1** Alpha (`alpha`)\n  - started 2026-10-29 · finished 2026-10-30 · 1h 30m spent of 1h estimated\n  - Note (2026-10-30): hello \\<b\\>world\\</b\\>\n  - Evidence: <https://github.com/learner/alpha?a=1&b=2>\n"
    ), "{md}");
    assert!(md.contains("- [ ] **1.2** Beta (`beta`) _in progress_\n  - started 2026-11-18 · 4h spent of 2h estimated\n"), "{md}");
    assert!(
        md.contains("- Time logged: **5h 30m** — 4 sessions\n"),
        "{md}"
    );
    assert!(
        md.contains("- This week: **2h** — of a 4h goal (50%)\n"),
        "{md}"
    );
    assert!(md.contains("- Streak: **2 days**"), "{md}");
    let ja = sandbox.stdout(&["--lang", "ja", "export", "-f", "md"]);
    assert!(
        ja.contains("  - 開始 2026-10-29 · 完了 2026-10-30 · 学習 1時間30分（見積もり 1時間）\n"),
        "{ja}"
    );
    assert!(
        ja.contains("  - 成果物: <https://github.com/learner/alpha?a=1&b=2>\n"),
        "{ja}"
    );
}

#[test]
fn html_record_page_at_a_fixed_clock() {
    let sandbox = recorded();
    let html = sandbox.stdout(&["export", "-f", "html"]);
    assert!(html.contains(
        "<li><a href=\"https://github.com/learner/alpha?a=1&amp;b=2\" rel=\"noopener noreferrer\">https://github.com/learner/alpha?a=1&amp;b=2</a></li>"
    ));
    assert!(html.contains("<span class=\"hours\">1h 30m / 1h</span>"));
    assert!(html.contains("<li><time>2026-10-30</time> hello &lt;b&gt;world&lt;/b&gt;</li>"));
    assert!(html.contains(
        "<p class=\"dates\">Started <time>2026-10-29</time> · finished <time>2026-10-30</time></p>"
    ));
    assert!(html.contains("<span class=\"k\">Streak</span><span class=\"v\">2 days</span>"));
    for forbidden in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!html.contains(forbidden), "the page contains {forbidden}");
    }
    insta::assert_snapshot!("record_page_en", html);
    let ja = sandbox.stdout(&["--lang", "ja", "export", "-f", "html"]);
    assert!(ja.contains("<span class=\"k\">連続記録</span><span class=\"v\">2&nbsp;日</span>"));
    insta::assert_snapshot!("record_page_ja", ja);
}

#[test]
fn the_json_backup_round_trips_the_record() {
    let sandbox = recorded();
    let backup = sandbox.path().join("backup.json");
    let backup = backup.to_str().unwrap();
    sandbox.stdout(&["export", "-f", "json", "-o", backup]);
    let export: Value = serde_json::from_str(&fs::read_to_string(backup).unwrap()).unwrap();
    assert_eq!(export["version"], 3);
    let import = sandbox.json(&["--user", "copy", "import", "progress", backup]);
    assert_eq!(import["sessions_added"], 4);
    assert_eq!(import["evidence_added"], 1);
    let mine = &sandbox.user_json("learner")["roadmaps"]["small"];
    let copy = &sandbox.user_json("copy")["roadmaps"]["small"];
    assert_eq!(copy, mine, "a restore is exact, batches included");
    let again = sandbox.json(&["--user", "copy", "import", "progress", backup]);
    assert_eq!(
        (
            again["sessions_added"].clone(),
            again["evidence_added"].clone()
        ),
        (json!(0), json!(0))
    );
    // Merged into a learner with their own record, nothing is lost.
    sandbox.stdout(&["--user", "third", "study", "gamma", "1h"]);
    let merged = sandbox.json(&["--user", "third", "import", "progress", backup]);
    assert_eq!(merged["sessions_added"], 4);
    let status = sandbox.json(&["--user", "third", "status"]);
    assert_eq!(status["record"]["sessions"], 5);
    assert_eq!(status["record"]["total_minutes"], 390);
}

/// A store of the format before the record (called version 2 by the
/// agreed bump to 3; same shape as version 1). Never edit the fixture.
const STORE_V2: &str = include_str!("../../fixtures/store-v2.json");

#[test]
fn a_version_2_store_is_read_and_upgraded_on_the_next_write() {
    let sandbox = sandbox();
    let file = sandbox.write("data/users/learner.json", STORE_V2);
    let show = sandbox.json(&["show", "alpha"]);
    assert_eq!(show["status"], "done");
    assert_eq!(show["notes"].as_array().unwrap().len(), 1);
    assert_eq!(show["history"].as_array().unwrap().len(), 1);
    assert_eq!(
        sandbox.json(&["show", "beta"])["notes"][0]["text"],
        "halfway"
    );
    assert_eq!(sandbox.json(&["status"])["overall"]["in_progress"], 1);
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        STORE_V2,
        "reads write nothing"
    );

    sandbox.stdout(&["study", "beta", "1h"]);
    let before: Value = serde_json::from_str(STORE_V2).unwrap();
    let after = sandbox.user_json("learner");
    assert_eq!(after["version"], 4);
    let (old, new) = (&before["roadmaps"]["small"], &after["roadmaps"]["small"]);
    assert_eq!(new["history"], old["history"]);
    assert_eq!(new["steps"]["alpha"], old["steps"]["alpha"]);
    assert_eq!(new["steps"]["beta"]["status"], "in-progress");
    assert_eq!(new["steps"]["beta"]["notes"], old["steps"]["beta"]["notes"]);
    assert_eq!(new["steps"]["beta"]["sessions"][0]["minutes"], 60);
    assert_eq!(
        after["roadmaps"]["other-roadmap"],
        before["roadmaps"]["other-roadmap"]
    );
    // The batch numbering carries on, so undo takes back only the session.
    assert_eq!(new["steps"]["beta"]["sessions"][0]["batch"], 5);
    sandbox.stdout(&["undo"]);
    let undone = sandbox.user_json("learner");
    assert_eq!(undone["roadmaps"], before["roadmaps"]);
    assert_eq!(undone["version"], 4);
}

#[test]
fn a_backup_with_impossible_sessions_or_links_is_refused() {
    let sandbox = sandbox();
    for (record, message) in [
        (
            json!({"status": "todo", "sessions": [{"at": "2026-11-01T10:00:00Z", "minutes": 0}]}),
            "step 'alpha' has a study session of 0 minutes",
        ),
        (
            json!({"status": "todo", "sessions": [{"at": "2026-11-01T10:00:00Z", "minutes": 99999}]}),
            "a study session of 99999 minutes",
        ),
        (
            json!({"status": "done", "evidence": [{"at": "2026-11-01T10:00:00Z", "url": "javascript:alert(1)"}]}),
            "step 'alpha' has evidence that is not an http or https link",
        ),
    ] {
        let backup = json!({
            "format": "roadmap-progress", "version": 2, "exported_at": NOW, "user": "x",
            "roadmap": {"id": "small", "title": "Small roadmap", "version": 1},
            "progress": {"steps": {"alpha": record}, "history": []}
        });
        let file = sandbox.write("backup.json", &backup.to_string());
        refused(
            &sandbox,
            &["import", "progress", file.to_str().unwrap()],
            2,
            &[message],
        );
    }
}

#[test]
fn html_page_escapes_text_and_speaks_japanese() {
    let sandbox = Sandbox::new();
    let hostile = SMALL_ROADMAP
        .replace("\"title\": \"Small roadmap\"", "\"title\": \"Small <script>alert('x')</script> & co\", \"i18n\": {\"ja\": {\"title\": \"小さな \\\"ロードマップ\\\"\"}}")
        .replace("\"title\": \"Alpha\"", "\"title\": \"Alpha\\\" onmouseover=\\\"evil()\", \"i18n\": {\"ja\": {\"title\": \"アルファ\"}}");
    let roadmap = sandbox.write("hostile.json", &hostile);
    let roadmap = roadmap.to_str().unwrap();
    sandbox.stdout(&[
        "--roadmap",
        roadmap,
        "note",
        "alpha",
        "<img src=x onerror=alert(1)>",
    ]);
    sandbox.stdout(&[
        "--roadmap",
        roadmap,
        "evidence",
        "alpha",
        "https://example.com/?q=\"><script>",
    ]);
    let html = sandbox.stdout(&["--roadmap", roadmap, "export", "-f", "html"]);
    assert!(!html.contains("<script"));
    assert!(!html.contains("<img"));
    assert!(
        html.contains(
            "<title>Small &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</title>"
        )
    );
    assert!(html.contains("Alpha&quot; onmouseover=&quot;evil()"));
    assert!(!html.contains("\" onmouseover"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains(
        "<a href=\"https://example.com/?q=&quot;&gt;&lt;script&gt;\" rel=\"noopener noreferrer\">"
    ));

    let ja = sandbox.stdout(&["--roadmap", roadmap, "--lang", "ja", "export", "-f", "html"]);
    assert!(ja.starts_with("<!DOCTYPE html>\n<html lang=\"ja\">"));
    assert!(ja.contains("<h1>小さな &quot;ロードマップ&quot;</h1>"));
    assert!(ja.contains("<h3 class=\"title\">アルファ</h3>"));
    assert!(ja.contains("learner さん: 5 ステップ中 0 完了"));
    assert!(ja.contains("着手可") && !ja.contains("着手できる"));
    assert!(ja.contains("前提待ち"));
    assert!(ja.contains("完了の目安:"));
    assert!(ja.contains("週ごとの学習時間"));
}

#[test]
fn session_notes_show_per_step_and_private_leaves_every_note_out() {
    let sandbox = sandbox();
    sandbox.stdout(&[
        "study",
        "alpha",
        "90m",
        "--at",
        &ago(3),
        "--note",
        "read chapter 2",
    ]);
    sandbox.stdout(&["note", "alpha", "my own thoughts"]);
    let html = sandbox.stdout(&["export", "--format", "html"]);
    assert!(html.contains("1h 30m: read chapter 2</li>"), "{html}");
    assert!(html.contains("my own thoughts"));
    let ja = sandbox.stdout(&["--lang", "ja", "export", "--format", "md"]);
    assert!(ja.contains("1時間30分: read chapter 2"), "{ja}");
    for format in ["html", "md"] {
        let private = sandbox.stdout(&["export", "--format", format, "--private"]);
        assert!(!private.contains("read chapter 2"), "{format}: {private}");
        assert!(!private.contains("my own thoughts"), "{format}");
        // The time studied stays: only the words are private.
        assert!(private.contains("1h 30m"), "{format}: {private}");
    }
}

/// A progress export of version 2 (before settings had a time) still
/// imports, its plain stack read as an undated setting; this build writes
/// version 3.
#[test]
fn a_version_2_export_with_a_stack_imports_and_new_exports_are_version_3() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let backup = json!({
        "format": "roadmap-progress", "version": 2, "exported_at": NOW, "user": "x",
        "roadmap": {"id": "small", "title": "Small roadmap", "version": 1},
        "progress": {"steps": {"alpha": {"status": "done"}}, "history": [], "stack": "php"}
    });
    let file = sandbox.write("backup.json", &backup.to_string());
    sandbox.stdout(&["import", "progress", file.to_str().unwrap()]);
    let stored = sandbox.user_json("learner");
    assert_eq!(
        stored["roadmaps"]["small"]["stack"],
        json!({"value": "php", "at": "2000-01-01T00:00:00Z"})
    );
    let export: serde_json::Value =
        serde_json::from_str(&sandbox.stdout(&["export", "--format", "json"])).unwrap();
    assert_eq!(export["version"], 3);
    assert_eq!(export["progress"]["stack"]["value"], "php");
}
