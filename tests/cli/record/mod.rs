//! The learner's record: `study`, `goal`, the streak, `evidence`, the real
//! pace, the exports that carry the record, and the store's upgrade to
//! version 3. Every test pins the clock with `ROADMAP_NOW`.

mod durations;
mod exports;
mod pace;
mod study;
mod timer;

use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};

use crate::support::{SMALL_ROADMAP, Sandbox, files_under};

/// Saturday 2026-11-28, noon UTC; the week began on Monday 2026-11-23.
pub const NOW: &str = "2026-11-28T12:00:00Z";

pub fn ago(days: i64) -> String {
    (NOW.parse::<DateTime<Utc>>().unwrap() - TimeDelta::days(days))
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub fn sandbox() -> Sandbox {
    Sandbox::with_roadmap(SMALL_ROADMAP).at_time(NOW)
}

/// The small roadmap with epsilon (5h) optional.
pub fn with_optional() -> Sandbox {
    let roadmap = SMALL_ROADMAP.replace(
        r#""estimate_hours": 5}"#,
        r#""estimate_hours": 5, "optional": true}"#,
    );
    assert_ne!(roadmap, SMALL_ROADMAP);
    Sandbox::with_roadmap(&roadmap).at_time(NOW)
}

/// Runs `args`, expects exit `code` with each of `expected` on stderr, and
/// checks that nothing in the sandbox changed.
pub fn refused(sandbox: &Sandbox, args: &[&str], code: i32, expected: &[&str]) {
    let before = files_under(sandbox.path());
    let output = sandbox.run(args).output().expect("run roadmap");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
    assert!(output.stdout.is_empty(), "{args:?}");
    assert!(
        stderr.starts_with("error: ") || stderr.starts_with("エラー: "),
        "{stderr}"
    );
    for text in expected {
        assert!(stderr.contains(text), "{text:?} not in: {stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        files_under(sandbox.path()),
        before,
        "{args:?} changed files"
    );
}
