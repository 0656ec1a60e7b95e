//! The mentor table 2.0 (`status --all-users`) and the cohort page
//! (`export --all-users`): figures on a fixed history with a fixed clock,
//! the order by who needs attention, the stalled threshold, the table at
//! 60 and 80 columns, and the page's content.

use unicode_width::UnicodeWidthStr;

use crate::support::{SMALL_ROADMAP, Sandbox, time_filters};

/// A Thursday; the week began on Monday 2026-11-30.
const NOW: &str = "2026-12-03T12:00:00Z";

/// Five learners of the small roadmap at different points.
fn cohort(roadmap: &str) -> Sandbox {
    let sandbox = Sandbox::with_roadmap(roadmap).at_time(NOW);
    let run = |user: &str, args: &[&str]| {
        let mut all = vec!["--user", user];
        all.extend(args);
        sandbox.stdout(&all);
    };
    run("ana", &["done", "alpha", "--at", "2026-11-10"]);
    run("ana", &["start", "beta", "--at", "2026-11-30"]);
    run("ana", &["study", "beta", "6h30m", "--at", "2026-12-01"]);
    run("ana", &["study", "alpha", "3h", "--at", "2026-11-18"]);
    run("ana", &["study", "alpha", "1h", "--at", "2026-11-02"]);
    run("ana", &["goal", "5h"]);
    run("ben", &["done", "alpha", "--at", "2026-10-31"]);
    run("ben", &["goal", "10h"]);
    run("carol", &["done", "alpha", "beta", "--at", "2026-11-20"]);
    run("carol", &["study", "gamma", "2h", "--at", "2026-12-02"]);
    run("carol", &["goal", "6h"]);
    run("dai", &["start", "alpha", "--at", "2026-11-25"]);
    run("eve", &["goal", "3h"]);
    // ana's alpha passed its checks.
    let mut ana = sandbox.user_json("ana");
    ana["roadmaps"]["small"]["steps"]["alpha"]["verifications"] = serde_json::json!([
        { "at": "2026-11-10T10:00:00Z", "checks": [{ "kind": "file", "passed": true }] }
    ]);
    sandbox.write("data/users/ana.json", &format!("{ana:#}\n"));
    sandbox
}

#[test]
fn the_figures_of_a_fixed_history_whoever_needs_attention_first() {
    let sandbox = cohort(SMALL_ROADMAP);
    let json = sandbox.json(&["status", "--all-users"]);
    assert_eq!(json["stalled_days"], 7);
    let users = json["users"].as_array().unwrap();
    let names: Vec<&str> = users.iter().map(|u| u["user"].as_str().unwrap()).collect();
    // Stalled (longest first), never started, behind the goal, the rest.
    assert_eq!(names, ["ben", "dai", "eve", "carol", "ana"]);
    let figures = |user: &serde_json::Value| {
        serde_json::json!([
            user["step_in_hand"]["id"],
            user["step_in_hand"]["status"],
            user["week_minutes"],
            user["four_weeks_minutes"],
            user["goal_minutes"],
            user["goal_met"],
            user["days_idle"],
            user["stalled"],
            user["done"],
            user["verified"],
            user["self_reported"],
        ])
    };
    let expected = [
        serde_json::json!(["beta", "todo", 0, 0, 600, false, 33, true, 1, 0, 1]),
        serde_json::json!(["alpha", "in-progress", 0, 0, null, null, 8, true, 0, 0, 0]),
        serde_json::json!(["alpha", "todo", 0, 0, 180, false, null, false, 0, 0, 0]),
        serde_json::json!(["gamma", "todo", 120, 120, 360, false, 1, false, 2, 0, 2]),
        // 6.5 h this week, 3 h two weeks back; the session five weeks
        // back is outside the four weeks.
        serde_json::json!([
            "beta",
            "in-progress",
            390,
            570,
            300,
            true,
            2,
            false,
            1,
            1,
            0
        ]),
    ];
    for (user, expected) in users.iter().zip(expected) {
        assert_eq!(figures(user), expected, "{}", user["user"]);
    }
    assert_eq!(users[4]["last_activity"], "2026-12-01T12:00:00Z");
    assert_eq!(users[4]["overall"]["finished"], 1);
}

#[test]
fn the_stalled_threshold_is_the_mentor_s_to_set() {
    let sandbox = cohort(SMALL_ROADMAP);
    let stalled = |days: &str| -> Vec<String> {
        let json = sandbox.json(&["status", "--all-users", "--stalled-days", days]);
        assert_eq!(json["stalled_days"].to_string(), days);
        json["users"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|u| u["stalled"] == true)
            .map(|u| u["user"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(stalled("8"), ["ben", "dai"], "8 days idle at 8: stalled");
    assert_eq!(stalled("9"), ["ben"]);
    assert_eq!(stalled("34"), Vec::<String>::new());
    assert_eq!(stalled("1"), ["ben", "dai", "ana", "carol"]);
    for bad in ["0", "soon", "9999"] {
        sandbox
            .test()
            .args(["status", "--all-users", "--stalled-days", bad])
            .stderr_has("a whole number of days from 1 to 3650")
            .status(2);
    }
    sandbox
        .test()
        .args(["status", "--stalled-days", "3"])
        .stderr_has("--all-users")
        .status(2);
    let text = sandbox.stdout(&["status", "--all-users", "--stalled-days", "30"]);
    assert!(text.contains("! 33d") && !text.contains("! 8d"), "{text}");
    assert!(
        text.contains("nothing recorded for 30 days or more"),
        "{text}"
    );
}

/// `roadmap ARGS` under a pseudo-terminal of `columns`.
#[cfg(target_os = "linux")]
fn in_terminal(sandbox: &Sandbox, lang: &str, columns: usize, args: &str) -> String {
    let command = format!("{} --lang {lang} --color never {args}", crate::support::BIN);
    let output = sandbox
        .process_of("script")
        .args(["-qec", &command, "/dev/null"])
        .env("COLUMNS", columns.to_string())
        .output()
        .expect("run script(1)");
    assert!(output.status.success(), "{args}: {output:?}");
    String::from_utf8(output.stdout)
        .expect("UTF-8 output")
        .replace("\r\n", "\n")
}

/// The defect of issue 28: at 60 columns the table wrapped its cells
/// (dates split over two lines, bars, names and 「最終更新」 split). Now
/// each learner is one line, and every line fits.
#[cfg(target_os = "linux")]
#[test]
fn the_table_narrows_to_60_and_80_columns_without_wrapping_a_cell() {
    let long = SMALL_ROADMAP.replace(
        "\"title\": \"Beta\"",
        "\"title\": \"Beta, a step with a title far too long for a narrow table\"",
    );
    let sandbox = cohort(&long);
    sandbox.stdout(&[
        "--user",
        "a-learner-with-a-long-name",
        "start",
        "alpha",
        "--at",
        "2026-12-03",
    ]);
    for lang in ["en", "ja"] {
        for columns in [60, 80] {
            let text = in_terminal(&sandbox, lang, columns, "status --all-users");
            for line in text.lines() {
                assert!(line.width() <= columns, "{lang} {columns}:\n{line}");
            }
            // Title, header, rule, then one line per learner.
            let rows: Vec<&str> = text.lines().skip(3).take(6).collect();
            for (row, user) in rows
                .iter()
                .zip(["ben", "dai", "eve", "carol", "a-learner", "ana"])
            {
                assert!(row.starts_with(user), "{lang} {columns}: {row:?}\n{text}");
            }
            assert!(
                !text.contains("2026-1\n") && !text.contains("最終\n"),
                "{text}"
            );
            insta::with_settings!({ filters => time_filters() }, {
                insta::assert_snapshot!(format!("cohort_{lang}_{columns}"), text);
            });
        }
    }
    // Wide, the step's title and every figure are there.
    let wide = in_terminal(&sandbox, "en", 200, "status --all-users");
    assert!(
        wide.contains("1.2 Beta, a step with a title far too long"),
        "{wide}"
    );
    assert!(wide.contains("Last activity") && wide.contains("2026-12-01 12:00"));
}

#[test]
fn the_cohort_page_is_self_contained_sortable_and_escaped() {
    let hostile = SMALL_ROADMAP.replace(
        "\"title\": \"Beta\"",
        "\"title\": \"<script>alert('x')</script> & \\\"Beta\\\"\"",
    );
    let sandbox = cohort(&hostile);
    let page = sandbox.stdout(&["export", "--all-users", "--format", "html"]);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.contains("<title>Cohort — Small roadmap</title>"));
    // Nothing from elsewhere: no external script, style, font or image.
    for outside in ["src=", "href=", "@import", "url(", "http://", "https://"] {
        assert!(!page.contains(outside), "{outside}");
    }
    assert_eq!(
        page.matches("<script>").count(),
        1,
        "only our own inline script"
    );
    assert!(
        page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Beta&quot;")
    );
    assert_eq!(page.matches("<th data-kind=").count(), 11);
    assert!(
        page.contains("addEventListener('click'"),
        "sorts by a click"
    );
    // In attention order, with the figures of the table.
    let order: Vec<usize> = [
        "<strong>ben<",
        "<strong>dai<",
        "<strong>eve<",
        "<strong>carol<",
        "<strong>ana<",
    ]
    .iter()
    .map(|name| page.find(name).unwrap_or_else(|| panic!("{name}")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(page.contains("<span class=\"flag\">stalled</span> 33d"));
    assert!(page.contains("6.5h") && page.contains("9.5h"));
    assert!(page.contains("1 / 1"), "ana: verified / done");
    let ja = sandbox.stdout(&["--lang", "ja", "export", "--all-users", "--format", "html"]);
    assert!(ja.starts_with("<!DOCTYPE html>\n<html lang=\"ja\">"));
    assert!(ja.contains("受講生の一覧") && ja.contains("<span class=\"flag\">停滞</span> 33日"));
    assert!(ja.contains("並べ替えます"));
    // To a file, and its figures as JSON; Markdown has no cohort form.
    let file = sandbox.path().join("cohort.html");
    sandbox.stdout(&["export", "--all-users", "-o", file.to_str().unwrap()]);
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.contains("<table id=\"cohort\">"));
    let json = sandbox.stdout(&["export", "--all-users", "--format", "json"]);
    assert!(json.contains("\"stalled_days\": 7"));
    sandbox
        .test()
        .args(["export", "--all-users", "--format", "md"])
        .stderr_has("the cohort page has no Markdown form")
        .status(2);
}

/// The mentor sees the job hunt in counts only: never a company, a role or
/// a note of the learner's application log, in the table, its JSON or the
/// cohort page (issue 27's privacy rule).
#[test]
fn the_mentor_sees_application_counts_never_a_company() {
    let sandbox = cohort(SMALL_ROADMAP);
    let ana = |args: &[&str]| {
        let mut all = vec!["--user", "ana", "apply"];
        all.extend(args);
        sandbox.stdout(&all);
    };
    ana(&[
        "add",
        "Himitsu Shoji KK",
        "--role",
        "Secret role",
        "--note",
        "private note",
        "--at",
        "2026-11-20",
    ]);
    ana(&["add", "Other Corp", "--at", "2026-11-21"]);
    ana(&["move", "1", "passed", "--at", "2026-11-25"]);
    ana(&["move", "1", "offer", "--at", "2026-12-01"]);

    let text = sandbox.stdout(&["--user", "mentor", "status", "--all-users"]);
    let json = sandbox.json(&["--user", "mentor", "status", "--all-users"]);
    let page = sandbox.stdout(&[
        "--user",
        "mentor",
        "export",
        "--all-users",
        "--format",
        "html",
    ]);
    for shown in [&text, &json.to_string(), &page] {
        for secret in ["Himitsu", "Secret role", "private note", "Other Corp"] {
            assert!(!shown.contains(secret), "{secret} shown:\n{shown}");
        }
    }
    let row = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(name))
            .unwrap()
            .to_string()
    };
    assert!(row("ana").contains("2/1/1"), "{text}");
    assert!(row("ben").contains('—'), "{text}");
    let ana_json = json["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["user"] == "ana")
        .unwrap();
    assert_eq!(
        ana_json["applications"],
        serde_json::json!({"sent": 2, "passed": 1, "interviewed": 1, "offers": 1, "accepted": 0}),
        "an offer counts as past the interviews"
    );
    assert!(page.contains("2 / 1 / 1"), "the page shows the counts");
}

/// The mentor's own file (comments, nothing learned) is not a learner: the
/// table and the page leave it out; a mentor who also learns stays in.
#[test]
fn a_mentor_who_only_comments_is_not_a_row() {
    let sandbox = cohort(SMALL_ROADMAP);
    sandbox.stdout(&["--user", "mentor", "comment", "ben", "Keep going"]);
    let users = |s: &Sandbox| -> Vec<String> {
        let json = s.json(&["--user", "mentor", "status", "--all-users"]);
        json["users"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["user"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(!users(&sandbox).contains(&"mentor".to_string()));
    let page = sandbox.stdout(&[
        "--user",
        "mentor",
        "export",
        "--all-users",
        "--format",
        "html",
    ]);
    assert!(!page.contains("<strong>mentor<"), "not on the page either");
    sandbox.stdout(&["--user", "mentor", "study", "alpha", "1h"]);
    assert!(
        users(&sandbox).contains(&"mentor".to_string()),
        "learns too"
    );
}
