//! The skill sheet claims no more than the record shows: a step checked
//! only for its environment (`python3 --version`) is no project; the last
//! date is the last study or step finished; with nothing checked, no
//! column of "self-reported" on every row.

use crate::skill_sheet::{ROADMAP, learner, sheet};
use crate::support::Sandbox;

/// Adds a verification of `step` to hana's store, as `roadmap check`
/// writes it, with checks of `kinds`.
fn verify(s: &Sandbox, step: &str, kinds: &[&str], commit: &str) {
    let mut data = s.user_json("hana");
    let checks: Vec<_> = (kinds.iter())
        .map(|k| serde_json::json!({"kind": k, "passed": true}))
        .collect();
    data["roadmaps"]["small"]["steps"][step]["verifications"] = serde_json::json!([{
        "at": "2026-11-21T10:00:00Z",
        "checks": checks,
        "commit": commit
    }]);
    s.write(
        "data/users/hana.json",
        &serde_json::to_string_pretty(&data).unwrap(),
    );
}

#[test]
fn an_environment_check_alone_makes_no_project() {
    let s = learner();
    // gamma has study time but no link: checked only by commands and files.
    verify(&s, "gamma", &["command", "file"], "feedfacefeedface");
    for lang in ["en", "ja"] {
        let text = sheet(&s, lang, &[]);
        assert!(!text.contains("### 1.3"), "{text}");
        assert!(!text.contains("feedface"), "{text}");
        // The API step, checked in its repository, is one.
        assert!(text.contains("### 1.2"), "{text}");
    }
    // A check of the work itself (its tests) does make one.
    verify(&s, "gamma", &["command", "tests"], "feedfacefeedface");
    let text = sheet(&s, "ja", &[]);
    assert!(text.contains("### 1.3 Containers"), "{text}");
    assert!(text.contains("2026年11月21日 自動チェック合格"), "{text}");
}

#[test]
fn the_last_date_is_the_last_study_or_step_finished() {
    let s = learner();
    // Later than the last session (2026-11-20): a note and a link (at the
    // clock, 2026-12-03), which are not study.
    for args in [
        &[
            "--user",
            "hana",
            "note",
            "alpha",
            "tidy",
            "--at",
            "2026-11-28",
        ][..],
        &[
            "--user",
            "hana",
            "evidence",
            "gamma",
            "https://github.com/hana/compose",
        ],
    ] {
        s.stdout(args);
    }
    let ja = sheet(&s, "ja", &[]);
    assert!(
        ja.contains("- 最後に学習・修了した日: 2026年11月20日"),
        "{ja}"
    );
    let en = sheet(&s, "en", &[]);
    assert!(
        en.contains("- Last studied or finished a step: 2026-11-20"),
        "{en}"
    );
}

#[test]
fn with_nothing_checked_the_footer_says_all_is_self_reported() {
    let s = Sandbox::with_roadmap(ROADMAP).at_time("2026-12-03T12:00:00Z");
    s.stdout(&["--user", "hana", "done", "alpha", "--at", "2026-10-05"]);
    let ja = sheet(&s, "ja", &[]);
    assert!(!ja.contains("根拠") && !ja.contains("| 自己申告 |"), "{ja}");
    assert!(ja.contains("| スキル | 関連ステップの学習時間 | 期間 | 修了したステップ |\n|---|---:|---|---|\n| SQL |"), "{ja}");
    assert!(
        ja.contains("記載のスキルはすべて自己申告（本人が完了と記録したもの）です。"),
        "{ja}"
    );
    let en = sheet(&s, "en", &[]);
    assert!(
        !en.contains("Basis") && !en.contains("self-reported |"),
        "{en}"
    );
    assert!(en.contains("Every skill listed is self-reported"), "{en}");
    let file = s.path().join("sheet.html");
    let file = file.to_str().unwrap();
    s.stdout(&[
        "--user", "hana", "--lang", "ja", "export", "--format", "skills", "-o", file,
    ]);
    let html = std::fs::read_to_string(file).unwrap();
    assert!(
        !html.contains("根拠") && !html.contains("class=\"self\""),
        "{html}"
    );
}
