//! The real pace and the finish date, in both bases.

use serde_json::json;

use super::{NOW, ago, sandbox, with_optional};
use crate::support::{SMALL_ROADMAP, Sandbox};

#[test]
fn real_pace_counts_time_logged_and_leaves_optional_steps_apart() {
    let sandbox = with_optional();
    // 2h before the window, 8h inside it: 2h a week over 4 weeks.
    sandbox.stdout(&["study", "alpha", "2h", "--at", &ago(40)]);
    sandbox.stdout(&["done", "alpha", "--at", &ago(39)]);
    sandbox.stdout(&["study", "beta", "4h", "--at", &ago(20)]);
    sandbox.stdout(&["study", "gamma", "4h", "--at", &ago(10)]);
    // Beta (2h) and gamma (3h) are used up; delta has 4h left; epsilon (5h)
    // is optional: 4h at 2h a week is two weeks.
    let pace = &sandbox.json(&["status"])["pace"];
    assert_eq!(pace["state"], "estimate");
    assert_eq!(pace["rate"]["basis"], "time");
    assert_eq!(pace["rate"]["studied_hours"], 8.0);
    assert_eq!(pace["rate"]["hours_per_week"], 2.0);
    assert_eq!(pace["rate"]["remaining_hours"], 4.0);
    assert_eq!(pace["rate"]["remaining_steps"], 3);
    assert_eq!(pace["rate"]["optional_hours"], 5.0);
    assert_eq!(pace["rate"]["optional_steps"], 1);
    assert_eq!(pace["estimated_finish"], "2026-12-12");
    assert_eq!(pace["weeks_left"], 2.0);
    let text = sandbox.stdout(&["status"]);
    assert!(
        text.contains(
            "Pace: 2h a week (study time logged, last 4 whole weeks)\n\
             Finish: 2026-12-12 (in about 2 weeks)\n\
             Left: 4h (+ 5h optional)\n"
        ),
        "{text}"
    );
    let ja = sandbox.stdout(&["--lang", "ja", "status"]);
    assert!(
        ja.contains(
            "ペース: 週 2時間（記録した学習時間、今週を除く直近 4 週）\n\
             完了予定: 2026年12月12日（約 2週間後）\n\
             残り: 4時間（ほかに任意 5時間）\n"
        ),
        "{ja}"
    );
}

/// The small roadmap with epsilon at 600 hours: a long road.
fn long_road() -> Sandbox {
    let roadmap = SMALL_ROADMAP.replace(r#""estimate_hours": 5}"#, r#""estimate_hours": 600}"#);
    Sandbox::with_roadmap(&roadmap).at_time(NOW)
}

#[test]
fn the_first_day_gives_no_date_but_the_goal_s() {
    let sandbox = long_road();
    sandbox.stdout(&["study", "alpha", "2h"]);
    let pace = &sandbox.json(&["status"])["pace"];
    assert_eq!(pace["state"], "not-enough-history");
    assert_eq!(pace.get("at_goal"), None, "no goal, no projection");
    let text = sandbox.stdout(&["status"]);
    assert!(!text.contains("Finish:"), "{text}");

    sandbox.stdout(&["goal", "10時間"]);
    let pace = &sandbox.json(&["status"])["pace"];
    assert_eq!(pace["state"], "not-enough-history");
    // 609h left at 10h a week: 60.9 weeks.
    assert_eq!(pace["at_goal"]["hours_per_week"], 10.0);
    assert_eq!(pace["at_goal"]["weeks_left"], 60.9);
    assert_eq!(pace["at_goal"]["estimated_finish"], "2028-01-28");
    let text = sandbox.stdout(&["status"]);
    assert!(
        text.contains(
            "Pace: not enough history yet (an estimate needs a week of records)\n\
             At your goal (10h a week): around January 2028 (in about 1 year 2 months)\n"
        ),
        "{text}"
    );
    let ja = sandbox.stdout(&["--lang", "ja", "status"]);
    assert!(
        ja.contains("目標ペース（週 10時間）なら 2028年1月ごろ（約 1年2か月後）\n"),
        "{ja}"
    );
    // The bare today view says the same.
    let today = sandbox.stdout(&["--lang", "ja"]);
    assert!(today.contains("2028年1月ごろ"), "{today}");
}

#[test]
fn the_first_week_gives_no_date() {
    let sandbox = long_road();
    sandbox.stdout(&["study", "alpha", "2h", "--at", &ago(6)]);
    sandbox.stdout(&["study", "beta", "1h", "--at", &ago(3)]);
    assert_eq!(
        sandbox.json(&["status"])["pace"]["state"],
        "not-enough-history"
    );
    sandbox.stdout(&["study", "beta", "1h", "--at", &ago(7)]);
    assert_eq!(sandbox.json(&["status"])["pace"]["state"], "estimate");
}

#[test]
fn a_weekly_cadence_reads_its_weekly_hours_and_a_session_barely_moves_the_date() {
    let sandbox = long_road();
    for days in [23, 16, 9, 2] {
        sandbox.stdout(&["study", "epsilon", "10h", "--at", &ago(days)]);
    }
    let pace = &sandbox.json(&["status"])["pace"];
    assert_eq!(pace["rate"]["hours_per_week"], 10.0);
    assert_eq!(pace["rate"]["window_weeks"], 3.0);
    let before = pace["weeks_left"].as_f64().unwrap();
    // A long session today shortens what is left, not the weekly rate.
    sandbox.stdout(&["study", "epsilon", "5h"]);
    let after = sandbox.json(&["status"])["pace"]["weeks_left"]
        .as_f64()
        .unwrap();
    assert!((before - after - 0.5).abs() < 0.05, "{before} -> {after}");
}

#[test]
fn the_goal_and_the_measured_finish_side_by_side() {
    let sandbox = long_road();
    for days in [23, 16, 9] {
        sandbox.stdout(&["study", "epsilon", "10h", "--at", &ago(days)]);
    }
    sandbox.stdout(&["goal", "20h"]);
    let text = sandbox.stdout(&["status"]);
    assert!(
        text.contains(
            "Pace: 10h a week (study time logged, last 3 whole weeks)\n\
             Finish: 2028-01-08 (in about 1 year 1 month)\n\
             At your goal (20h a week): around June 2027 (in about 7 months)\n"
        ),
        "{text}"
    );
    let ja = sandbox.stdout(&["--lang", "ja", "status"]);
    assert!(
        ja.contains(
            "完了予定: 2028年1月8日（約 1年1か月後）\n\
             目標ペース（週 20時間）なら 2027年6月ごろ（約 7か月後）\n"
        ),
        "{ja}"
    );
}

#[test]
fn time_logged_long_ago_stalls_the_real_pace() {
    let sandbox = sandbox();
    sandbox.stdout(&["study", "alpha", "3h", "--at", &ago(60)]);
    let pace = &sandbox.json(&["status"])["pace"];
    assert_eq!(pace["state"], "stalled");
    assert_eq!(pace["rate"]["basis"], "time");
    let text = sandbox.stdout(&["status"]);
    assert!(
        text.contains(
            "Pace: no study time logged in the last 4 whole weeks, so no finish date\nLeft: 14h\n"
        ),
        "{text}"
    );
}

#[test]
fn without_time_logged_the_pace_says_it_comes_from_estimates() {
    let sandbox = with_optional();
    // 5h of estimates done in 4 weeks; beta and gamma (5h) left.
    sandbox.stdout(&["done", "alpha", "--at", &ago(28)]);
    sandbox.stdout(&["done", "delta", "--at", &ago(14)]);
    let pace = &sandbox.json(&["status"])["pace"];
    assert_eq!(pace["rate"]["basis"], "hours");
    assert_eq!(pace["rate"]["remaining_hours"], 5.0);
    assert_eq!(pace["estimated_finish"], "2026-12-26");
    let text = sandbox.stdout(&["status"]);
    assert!(
        text.contains(
            "Pace: 1.3h a week (estimates of steps done, last 4 weeks)\n\
             Finish: 2026-12-26 (in about 4 weeks)\n\
             Left: 5h (+ 5h optional)\n"
        ),
        "{text}"
    );
    let ja = sandbox.stdout(&["--lang", "ja", "status"]);
    assert!(
        ja.contains("ペース: 週 1.3時間（完了ステップの見積もり、直近 4 週）\n"),
        "{ja}"
    );
}

#[test]
fn long_horizons_read_in_years_and_months() {
    let roadmap = SMALL_ROADMAP.replace(r#""estimate_hours": 5}"#, r#""estimate_hours": 600}"#);
    let sandbox = Sandbox::with_roadmap(&roadmap).at_time(NOW);
    sandbox.stdout(&["study", "alpha", "8h", "--at", &ago(27)]);
    // 8h in the 4 whole weeks before this one (2h a week), 609h left:
    // 5 years 10 months.
    let pace = &sandbox.json(&["status"])["pace"];
    assert_eq!(
        pace["horizon"],
        json!({"years": 5, "months": 10, "weeks": 0})
    );
    let text = sandbox.stdout(&["status"]);
    assert!(text.contains("(in about 5 years 10 months)"), "{text}");
    let ja = sandbox.stdout(&["--lang", "ja", "status"]);
    assert!(ja.contains("（約 5年10か月後）"), "{ja}");
}

#[test]
fn the_table_s_hours_left_count_study_time_like_the_pace_line() {
    let sandbox = sandbox();
    sandbox.stdout(&["done", "alpha", "--at", &ago(8)]);
    sandbox.stdout(&["study", "delta", "90m", "--at", &ago(3)]);
    // Delta (4h) has 1h 30m logged: 2.5h left of it, so Second has
    // 3 + 2.5 + 5 = 10.5h left and the whole roadmap 12.5h, in the table,
    // its JSON and the pace line alike.
    sandbox
        .test()
        .args(["status"])
        .stdout_has("│ Second  ┆ ░░░░░░░░░░░░░░░░░░░░ ┆  0/3 ┆  0% ┆      10.5h │")
        .stdout_has("│ Overall ┆ ████░░░░░░░░░░░░░░░░ ┆  1/5 ┆ 20% ┆      12.5h │")
        .stdout_has("Left: 12.5h\n")
        .success();
    let report = sandbox.json(&["status"]);
    assert_eq!(report["stages"][1]["hours_left"], 10.5);
    assert_eq!(report["overall"]["hours_left"], 12.5);
    assert_eq!(report["pace"]["rate"]["remaining_hours"], 12.5);
    // More time than the estimate leaves nothing, never less.
    sandbox.stdout(&["study", "delta", "5h", "--at", &ago(2)]);
    let report = sandbox.json(&["status"]);
    assert_eq!(report["stages"][1]["hours_left"], 8.0);
}
