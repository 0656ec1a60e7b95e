//! Pace and the estimated finish date in `roadmap status`. Changes are
//! recorded at times relative to now, so the figures are stable; the
//! finish date itself moves with the clock and is normalised.

use chrono::{SecondsFormat, TimeDelta, Utc};

use crate::support::{SMALL_ROADMAP, Sandbox, time_filters};

fn days_ago(days: i64) -> String {
    (Utc::now() - TimeDelta::days(days)).to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[test]
fn a_fresh_learner_has_not_enough_history() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let text = sandbox.stdout(&["status"]);
    assert!(
        text.ends_with("Pace: not enough history yet (an estimate needs a week of records)\n"),
        "{text}"
    );
    sandbox.stdout(&["done", "alpha", "--at", &days_ago(3)]);
    let pace = &sandbox.json(&["status"])["pace"];
    assert_eq!(pace["state"], "not-enough-history");
}

#[test]
fn pace_over_the_last_four_weeks_gives_a_finish_date() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    // alpha (1h) is outside the 4-week window; beta (2h) and delta (4h)
    // are inside: 6h in 4 weeks = 1.5h a week, 8h left = 5.3 weeks.
    sandbox.stdout(&["done", "alpha", "--at", &days_ago(40)]);
    sandbox.stdout(&["done", "beta", "--at", &days_ago(20)]);
    sandbox.stdout(&["done", "delta", "--at", &days_ago(10)]);
    let text = sandbox.stdout(&["status"]);
    insta::with_settings!({filters => time_filters()}, {
        insta::assert_snapshot!("status_with_pace", text);
    });
    let json = sandbox.json(&["status"]);
    insta::with_settings!({filters => time_filters()}, {
        insta::assert_json_snapshot!("status_pace_json", json["pace"]);
    });
    let finish = json["pace"]["estimated_finish"].as_str().unwrap();
    let finish = chrono::NaiveDate::parse_from_str(finish, "%Y-%m-%d").unwrap();
    let expected = (Utc::now() + TimeDelta::hours(896)).date_naive();
    assert!((finish - expected).num_days().abs() <= 1, "{finish}");
}

#[test]
fn nothing_done_lately_means_no_finish_date() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.stdout(&["done", "alpha", "--at", &days_ago(60)]);
    let text = sandbox.stdout(&["status"]);
    assert!(
        text.ends_with("Pace: nothing done in the last 4 weeks, so no finish date\nLeft: 14h\n"),
        "{text}"
    );
    assert_eq!(sandbox.json(&["status"])["pace"]["state"], "stalled");
}

#[test]
fn a_finished_roadmap_says_so() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.stdout(&["skip", "alpha", "beta", "gamma", "delta", "epsilon"]);
    let text = sandbox.stdout(&["status"]);
    assert!(
        text.ends_with("Finished: every required step is done or skipped.\n"),
        "{text}"
    );
    assert_eq!(
        sandbox.json(&["status"])["pace"],
        serde_json::json!({"state": "complete"})
    );
}
