//! The built-in application-campaign step is proven from the application
//! log: an `applications` check counts what `roadmap apply` recorded.

use crate::support::Sandbox;

#[test]
fn the_campaign_step_passes_once_twenty_applications_are_logged() {
    let sandbox = Sandbox::new().at_time("2026-12-01T12:00:00Z");
    for n in 1..=19 {
        let company = format!("Company {n}");
        sandbox.stdout(&["apply", "add", &company, "--at", "2026-11-20"]);
    }
    // 19 are not enough: exit 1.
    let out = sandbox
        .test()
        .args(["check", "application-campaign"])
        .stderr_has("the check failed")
        .status(1);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("19 applications in your log; at least 20 needed"),
        "{text}"
    );
    assert!(
        text.contains("roadmap apply add COMPANY"),
        "says what to do: {text}"
    );
    let ja = sandbox
        .test()
        .args(["--lang", "ja", "check", "application-campaign"])
        .stderr_has("2.15 は未検証です（チェックが不合格）")
        .status(1);
    assert!(
        String::from_utf8_lossy(&ja.stdout).contains("応募の記録は 19 件です。20 件以上必要です"),
        "{}",
        String::from_utf8_lossy(&ja.stdout)
    );
    let step = |s: &Sandbox| s.json(&["show", "application-campaign"]);
    assert!(
        step(&sandbox)["verified"].is_null(),
        "a failure records nothing"
    );

    sandbox.stdout(&["apply", "add", "Company 20", "--at", "2026-11-21"]);
    let passed = sandbox.json(&["check", "application-campaign"]);
    assert_eq!(passed["passed"], true, "{passed}");
    assert!(step(&sandbox)["verified"]["at"].is_string());
}
