//! `roadmap apply`: the application log, its rules, funnel, attention,
//! undo, migration and privacy.

use crate::support::{SMALL_ROADMAP, Sandbox};

const NOW: &str = "2026-12-03T12:00:00Z";

pub fn sandbox() -> Sandbox {
    Sandbox::with_roadmap(SMALL_ROADMAP).at_time(NOW)
}

pub fn add(s: &Sandbox, company: &str, channel: &str, at: &str) {
    s.stdout(&["apply", "add", company, "--channel", channel, "--at", at]);
}

#[test]
fn add_move_and_list_in_both_languages() {
    let s = sandbox();
    let added = s.json(&[
        "apply",
        "add",
        "ACME Inc.",
        "--role",
        "Backend",
        "--channel",
        "エージェント",
        "--url",
        "https://jobs.example/1",
        "--at",
        "2026-11-20",
        "--note",
        "via Sato",
    ]);
    assert_eq!(added["number"], 1);
    assert_eq!(added["channel"], "agent");
    s.test()
        .args(["apply", "move", "1", "書類通過", "--at", "2026-11-25"])
        .stdout_has("Application #1 moved: ACME Inc.")
        .stdout_has("applied → screening passed")
        .success();
    let moved = s.json(&[
        "apply",
        "move",
        "1",
        "interview",
        "--interview-at",
        "2026-12-04 14:00",
    ]);
    assert_eq!(
        (moved["round"].as_u64(), moved["to"].as_str()),
        (Some(1), Some("interview"))
    );
    s.test()
        .lang("ja")
        .args(["apply", "list"])
        .stdout_has("1次面接 !")
        .stdout_has("エージェント")
        .success();
    let stored = &s.user_json("learner")["roadmaps"]["small"]["applications"][0];
    assert_eq!(stored["company"], "ACME Inc.");
    assert_eq!(stored["changes"].as_array().unwrap().len(), 2);
}

#[test]
fn bad_inputs_exit_2_and_write_nothing() {
    let s = sandbox();
    add(&s, "ACME", "agent", "2026-11-20");
    s.stdout(&["apply", "move", "1", "rejected", "--at", "2026-11-28"]);
    let before = s.user_bytes("learner");
    let cases: [(&[&str], &str); 8] = [
        (
            &["apply", "move", "4", "offer"],
            "no application '4' (1 recorded)",
        ),
        (
            &["apply", "move", "1", "offer"],
            "application #1 is closed (rejected)",
        ),
        (&["apply", "add", "  "], "the company name is empty"),
        (
            &["apply", "add", "X", "--channel", "fax"],
            "unknown channel 'fax'",
        ),
        (&["apply", "move", "1", "later"], "unknown stage 'later'"),
        (&["apply", "add", "X", "--url", "ftp://x"], "ftp://x"),
        (
            &["apply", "goal", "0"],
            "'0' is not a number of applications per week",
        ),
        (
            &["apply", "move", "1", "interview", "--interview-at", "soon"],
            "cannot read the interview date 'soon'",
        ),
    ];
    for (args, message) in cases {
        s.test().args(args).stderr_has(message).status(2);
        assert_eq!(s.user_bytes("learner"), before, "{args:?} wrote nothing");
    }
    // Back to applied is going back; a hostile name is shown escaped.
    s.test()
        .args(["apply", "move", "1", "applied"])
        .stderr_has("application #1 is closed (rejected)")
        .status(2);
    add(&s, "Evil\u{1b}[31m\u{202e}Corp", "other", "2026-11-21");
    let list = s.stdout(&["apply", "list"]);
    assert!(
        !list.contains('\u{1b}') && !list.contains('\u{202e}'),
        "{list:?}"
    );
    s.stdout(&["undo"]);
    // A date before the application, and a stage that goes back.
    add(&s, "Globex", "job-site", "2026-11-25");
    assert_eq!(
        s.json(&["apply", "list"])["applications"][0]["company"],
        "Globex"
    );
    let before = s.user_bytes("learner");
    s.test()
        .args(["apply", "move", "2", "passed", "--at", "2026-11-24"])
        .stderr_has("the date is before the application was sent (2026-11-25")
        .status(2);
    s.stdout(&["apply", "move", "2", "interview", "--at", "2026-11-30"]);
    s.test()
        .lang("ja")
        .args(["apply", "move", "2", "passed"])
        .stderr_has("応募 #2 はすでに「面接」です。「書類通過」には戻せません")
        .status(2);
    s.test()
        .args(["apply", "move", "2", "offer", "--at", "2026-11-29"])
        .stderr_has("the date is before the last move (2026-11-30")
        .status(2);
    assert_ne!(s.user_bytes("learner"), before);
}

/// A fixed history: 6 applications, two channels, two months.
fn campaign(s: &Sandbox) {
    add(s, "A", "agent", "2026-10-20");
    add(s, "B", "agent", "2026-10-22");
    add(s, "C", "job-site", "2026-11-02");
    add(s, "D", "job-site", "2026-11-03");
    add(s, "E", "referral", "2026-11-10");
    add(s, "F", "job-site", "2026-11-12");
    for args in [
        &["apply", "move", "1", "passed", "--at", "2026-10-27"][..],
        &["apply", "move", "1", "interview", "--at", "2026-11-05"],
        &["apply", "move", "1", "offer", "--at", "2026-11-20"],
        &["apply", "move", "2", "rejected", "--at", "2026-10-30"],
        &["apply", "move", "3", "passed", "--at", "2026-11-06"],
        &["apply", "move", "3", "rejected", "--at", "2026-11-16"],
        &["apply", "move", "5", "interview", "--at", "2026-11-15"],
        &["apply", "move", "5", "withdrawn", "--at", "2026-11-18"],
    ] {
        s.stdout(args);
    }
}

#[test]
fn the_funnel_of_a_fixed_history() {
    let s = sandbox();
    campaign(&s);
    let f = s.json(&["apply", "funnel"]);
    let total = &f["total"];
    let figures: Vec<u64> = [
        "applications",
        "passed",
        "interviewed",
        "offers",
        "rejected",
        "withdrawn",
        "open",
    ]
    .iter()
    .map(|k| total[k].as_u64().unwrap())
    .collect();
    assert_eq!(figures, [6, 3, 2, 1, 2, 1, 3]);
    assert_eq!(total["pass_rate"], 50.0);
    assert_eq!(total["interview_rate"], 33.3);
    let channels: Vec<(&str, u64)> = f["by_channel"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["label"].as_str().unwrap(),
                r["applications"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(channels, [("job-site", 3), ("agent", 2), ("referral", 1)]);
    let months: Vec<&str> = (f["by_month"].as_array().unwrap().iter())
        .map(|r| r["label"].as_str().unwrap())
        .collect();
    assert_eq!(months, ["2026-10", "2026-11"]);
    let text = s.test().lang("ja").args(["apply", "funnel"]).success();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("  書類通過率   50%\n"), "{text}");
    assert!(text.contains("エージェント"), "{text}");
    for company in ["│ A ", "│ B ", "│ C "] {
        assert!(!text.contains(company), "{text}");
    }
}

#[test]
fn the_today_view_with_a_fixed_clock() {
    let s = sandbox();
    campaign(&s);
    // Wednesday 3 December: D and F wait 30 and 21 days; an interview tomorrow.
    add(&s, "G", "direct", "2026-12-01");
    s.stdout(&[
        "apply",
        "move",
        "7",
        "interview",
        "--interview-at",
        "2026-12-04 10:00",
    ]);
    s.stdout(&["apply", "goal", "3"]);
    let today = s.json(&[]);
    let kinds: Vec<(String, u64)> = today["applications"]["attention"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["kind"].as_str().unwrap().to_string(),
                a["number"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("interview-tomorrow".into(), 7),
            ("offer".into(), 1),
            ("no-answer".into(), 4),
            ("no-answer".into(), 6)
        ]
    );
    assert_eq!(today["applications"]["this_week"], 1);
    assert_eq!(today["applications"]["goal"], 3);
    s.test()
        .args::<[&str; 0], &str>([])
        .stdout_has("Interview tomorrow at 10:00: #7 G")
        .stdout_has("Offer waiting for your answer: #1 A (13 days)")
        .stdout_has("No answer 30 days after applying: #4 D (follow up, or record it as rejected)")
        .stdout_has("Applications this week: 1 of 3")
        .success();
    s.test()
        .lang("ja")
        .args::<[&str; 0], &str>([])
        .stdout_has("明日 10:00 から面接: #7 G")
        .stdout_has("内定の返事待ち: #1 A（13日経過）")
        .stdout_has(
            "応募から21日 返事がありません: #6 F（問い合わせるか、見送りとして記録しましょう）",
        )
        .stdout_has("今週の応募: 1 / 3 件")
        .success();
    // Thirteen days is not yet fourteen.
    let s = Sandbox::with_roadmap(SMALL_ROADMAP).at_time("2026-12-03T12:00:00Z");
    add(&s, "H", "agent", "2026-11-20");
    assert!(s.json(&[]).get("applications").is_none(), "nothing to say");
    add(&s, "I", "agent", "2026-12-01");
    let today = s.json(&[]);
    assert!(
        today["applications"]["attention"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(today["applications"]["this_week"], 1);
}

#[test]
fn undo_takes_back_a_move_then_the_application() {
    let s = sandbox();
    add(&s, "ACME", "agent", "2026-11-20");
    s.stdout(&["apply", "move", "1", "passed"]);
    s.test()
        .args(["undo"])
        .stdout_has("Undid: the move to screening passed of #1: ACME")
        .success();
    assert_eq!(
        s.json(&["apply", "list"])["applications"][0]["stage"],
        "applied"
    );
    let undone = s.json(&["undo"]);
    assert_eq!(undone["applications_undone"][0]["company"], "ACME");
    assert!(undone["applications_undone"][0]["stage"].is_null());
    assert!(
        s.json(&["apply", "list"])["applications"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    s.test()
        .lang("ja")
        .args(["undo"])
        .stderr_has("取り消せる変更はありません")
        .status(2);
}

const STORE_V3: &str = include_str!("../fixtures/store-v3.json");

#[test]
fn a_version_3_store_takes_an_application() {
    let s = sandbox();
    s.write("data/users/learner.json", STORE_V3);
    add(&s, "ACME", "agent", "2026-11-20");
    let after = s.user_json("learner");
    assert_eq!(after["version"], 4);
    let small = &after["roadmaps"]["small"];
    assert_eq!(small["applications"][0]["company"], "ACME");
    assert_eq!(
        small["steps"]["alpha"]["status"], "done",
        "the record is kept"
    );
    // Its batch is after every batch of the file, so undo takes only it back.
    s.stdout(&["undo"]);
    let again = s.user_json("learner");
    assert!(again["roadmaps"]["small"].get("applications").is_none());
    assert_eq!(again["roadmaps"]["small"]["steps"], small["steps"]);
}

#[test]
fn company_names_stay_out_of_the_record_page() {
    let s = sandbox();
    add(&s, "Initech Secret KK", "agent", "2026-11-20");
    s.stdout(&[
        "apply",
        "move",
        "1",
        "passed",
        "--note",
        "talked to Bob Secret",
    ]);
    s.stdout(&["done", "alpha"]);
    for format in ["html", "md"] {
        let page = s.stdout(&["export", "--format", format]);
        assert!(!page.contains("Secret"), "{format}: {page}");
    }
}

#[test]
fn a_private_log_stays_out_of_the_user_file_and_comes_back() {
    let s = sandbox();
    add(&s, "Initech Secret KK", "agent", "2026-11-20");
    let private = s.json(&["apply", "private", "on"]);
    assert_eq!(
        (private["private"].as_bool(), private["changed"].as_bool()),
        (Some(true), Some(true))
    );
    let user = String::from_utf8(s.user_bytes("learner")).unwrap();
    assert!(!user.contains("Secret"), "{user}");
    let file = s.data_dir().join("private").join("learner.json");
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Initech Secret KK")
    );
    // Still there for every command, and new ones go to the private file.
    add(&s, "Hooli Secret", "direct", "2026-11-21");
    s.stdout(&["apply", "move", "1", "passed"]);
    assert_eq!(
        s.json(&["apply", "list"])["applications"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert!(
        !String::from_utf8(s.user_bytes("learner"))
            .unwrap()
            .contains("Secret")
    );
    s.stdout(&["undo"]);
    assert_eq!(
        s.json(&["apply", "list"])["applications"][0]["stage"],
        "applied"
    );
    // Off: back in the user file.
    s.test()
        .lang("ja")
        .args(["apply", "private", "off"])
        .stdout_has("ユーザーファイルに戻しました")
        .success();
    assert!(!file.exists());
    assert!(
        String::from_utf8(s.user_bytes("learner"))
            .unwrap()
            .contains("Hooli Secret")
    );
}
