//! Durations as people type them, for `study` and `goal`, and their
//! refusals in both languages.

use super::{ago, refused, sandbox};

#[test]
fn durations_as_people_type_them_in_japanese_and_full_width() {
    let sandbox = sandbox();
    for (duration, minutes) in [
        ("90", 90),
        ("90分", 90),
        ("1時間", 60),
        ("1時間30分", 90),
        ("1時間半", 90),
        ("９０ｍ", 90),
        ("１時間半", 90),
    ] {
        let report = sandbox.json(&["study", "beta", duration, "--at", &ago(1)]);
        assert_eq!(report["minutes"], minutes, "{duration}");
    }
    let goal = sandbox.json(&["goal", "10時間"]);
    assert_eq!(goal["minutes_per_week"], 600);
    let goal = sandbox.json(&["goal", "５ｈ"]);
    assert_eq!(goal["minutes_per_week"], 300);
    refused(
        &sandbox,
        &["--lang", "ja", "study", "alpha", "1時30分"],
        2,
        &[
            "時間 '1時30分' を読み取れません",
            "90分、1時間30分、1時間半、90m、1.5h、90（数字だけなら分）",
        ],
    );
    let help = sandbox.stdout(&["study", "--help"]);
    assert!(help.contains("a bare number is minutes"), "{help}");
    let help = sandbox.stdout(&["--lang", "ja", "study", "--help"]);
    assert!(help.contains("数字だけなら分"), "{help}");
}

#[test]
fn bad_durations_are_refused_and_nothing_is_stored() {
    let sandbox = sandbox();
    sandbox.stdout(&["study", "alpha", "1h"]);
    for (duration, message) in [
        ("0m", "the duration '0m' is zero"),
        ("0.2m", "is zero"),
        ("-1h", "the duration '-1h' is negative"),
        ("-30m", "is negative"),
        ("25h", "the duration '25h' is longer than 24 hours"),
        ("24h1m", "longer than 24 hours"),
        ("1.5", "cannot read the duration '1.5'"),
        ("1時30分", "cannot read the duration '1時30分'"),
        ("abc", "cannot read the duration"),
        ("1h1h", "cannot read"),
        ("", "cannot read"),
    ] {
        refused(
            &sandbox,
            &["study", "alpha", duration],
            2,
            &[
                message,
                "hint: write it like 90m, 1h30m, 1.5h or 90 (a bare number is minutes)",
            ],
        );
    }
    refused(
        &sandbox,
        &["--lang", "ja", "study", "alpha", "0m"],
        2,
        &["時間 '0m' がゼロです"],
    );
    refused(&sandbox, &["study", "nope", "1h"], 2, &["nope"]);
    refused(
        &sandbox,
        &["study", "alpha", "1h", "--note", "  "],
        2,
        &["the note is empty"],
    );
    refused(
        &sandbox,
        &["study", "alpha", "1h", "--at", "2026-12-01"],
        2,
        &["is in the future"],
    );
}
