//! The last line of a failed `roadmap check` names the step by its number
//! and counts the failures, in both languages; `show` says how to check.

use serde_json::json;

use crate::check_support::{Project, check};

#[test]
fn a_failed_check_names_the_step_by_number_and_counts() {
    let failing = || check("file", json!({ "path": "missing.txt" }));
    let two = Project::new(json!([failing(), failing()]));
    let stderr = |out: &std::process::Output| String::from_utf8_lossy(&out.stderr).to_string();
    let en = two.check(&[]);
    assert_eq!(en.status.code(), Some(1));
    assert!(
        stderr(&en).contains("error: 1.1 is not verified (2 of 2 checks failed)"),
        "{}",
        stderr(&en)
    );
    let ja = two.check(&["--lang", "ja"]);
    assert!(
        stderr(&ja).contains("1.1 は未検証です（2 件中 2 件が不合格）"),
        "{}",
        stderr(&ja)
    );
    let one = Project::new(json!([failing()]));
    let en = one.check(&[]);
    assert!(
        stderr(&en).contains("1.1 is not verified (the check failed)"),
        "{}",
        stderr(&en)
    );
    let shown = one.output(&["--lang", "ja", "show", "api"]);
    let shown = String::from_utf8_lossy(&shown.stdout).to_string();
    assert!(
        shown.contains("まだチェックしていません: roadmap check 1.1"),
        "{shown}"
    );
}
