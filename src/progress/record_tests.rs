//! Unit tests of the record and its calendar.

use std::collections::BTreeSet;

use chrono::{FixedOffset, NaiveDate};

use super::*;
use crate::progress::*;

#[test]
fn only_http_links_with_a_host() {
    assert_eq!(
        check_url(" https://github.com/me/app "),
        Ok("https://github.com/me/app")
    );
    assert!(check_url("HTTP://example.com").is_ok());
    assert_eq!(check_url("javascript:alert(1)"), Err(UrlError::NotHttp));
    assert_eq!(check_url("file:///etc/passwd"), Err(UrlError::NotHttp));
    assert_eq!(check_url("https://"), Err(UrlError::NoHost));
    assert_eq!(check_url("https:///path"), Err(UrlError::NoHost));
    assert_eq!(check_url("https://a b.com"), Err(UrlError::Spaces));
    assert_eq!(check_url("https://a.com/\u{202E}x"), Err(UrlError::Spaces));
    let long = format!("https://a.com/{}", "x".repeat(MAX_URL_LEN));
    assert_eq!(check_url(&long), Err(UrlError::TooLong));
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[test]
fn weeks_start_on_monday() {
    // 2026-11-28 is a Saturday.
    assert_eq!(week_start(day("2026-11-28")), day("2026-11-23"));
    assert_eq!(week_start(day("2026-11-23")), day("2026-11-23"));
    assert_eq!(week_start(day("2026-11-22")), day("2026-11-16"));
}

#[test]
fn a_streak_survives_until_the_day_is_over() {
    let days: BTreeSet<NaiveDate> = ["2026-11-25", "2026-11-26", "2026-11-27"]
        .into_iter()
        .map(day)
        .collect();
    assert_eq!(streak(&days, day("2026-11-27")), 3);
    assert_eq!(streak(&days, day("2026-11-28")), 3, "not yet broken");
    assert_eq!(streak(&days, day("2026-11-29")), 0);
    assert_eq!(streak(&BTreeSet::new(), day("2026-11-29")), 0);
}

fn roadmap() -> Roadmap {
    Roadmap::from_json(
        br#"{"id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}],
            "steps": [
                {"id": "a", "stage": "s", "title": "A", "aliases": ["old-a"]},
                {"id": "b", "stage": "s", "title": "B"}
            ]}"#,
    )
    .expect("valid test roadmap")
}

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

#[test]
fn the_week_and_streak_follow_the_local_calendar() {
    let r = roadmap();
    let mut p = Progress::default();
    // Sunday 23:30 in Tokyo is Sunday 14:30 UTC: last week in Tokyo.
    p.add_session(&r, 0, 60, at("2026-11-22T14:30:00Z"), None, 1);
    // Monday 00:30 in Tokyo is Sunday 15:30 UTC: this week in Tokyo.
    p.add_session(&r, 1, 30, at("2026-11-22T15:30:00Z"), None, 2);
    let now = at("2026-11-23T12:00:00Z");
    let tokyo = FixedOffset::east_opt(9 * 3600).unwrap();
    let week_tokyo = week(&p, None, now, &tokyo);
    assert_eq!(week_tokyo.start, day("2026-11-23"));
    assert_eq!(week_tokyo.minutes, 30);
    assert_eq!(week_tokyo.streak_days, 2);
    let week_utc = week(
        &p,
        Some(Goal {
            minutes_per_week: 300,
        }),
        now,
        &Utc,
    );
    assert_eq!(week_utc.minutes, 0, "both were on Sunday in UTC");
    assert_eq!(week_utc.streak_days, 1);
    assert!(!week_utc.studied_today);
    let per_week = minutes_per_week(&p, now, &Utc, 3);
    assert_eq!(
        per_week,
        [
            (day("2026-11-09"), 0),
            (day("2026-11-16"), 90),
            (day("2026-11-23"), 0)
        ]
    );
}

#[test]
fn sessions_and_evidence_follow_aliases() {
    let r = roadmap();
    let mut p: Progress = serde_json::from_str(
        r#"{"steps": {"old-a": {"status": "in-progress",
            "sessions": [{"at": "2026-11-01T10:00:00Z", "minutes": 45}],
            "evidence": [{"at": "2026-11-01T10:00:00Z", "url": "https://x.dev"}]}}}"#,
    )
    .unwrap();
    assert_eq!(p.minutes_studied(&r), BTreeMap::from([(0, 45)]));
    assert_eq!((p.minutes_on(&r, 0), p.minutes_on(&r, 1)), (45, 0));
    assert!(!p.add_evidence(&r, 0, "https://x.dev", at("2026-11-02T00:00:00Z"), 1));
    assert!(p.add_evidence(&r, 0, "https://y.dev", at("2026-11-02T00:00:00Z"), 1));
    p.add_session(&r, 0, 15, at("2026-11-02T00:00:00Z"), Some("docs"), 1);
    assert_eq!(p.sessions_of(&r, 0).len(), 2);
    assert_eq!(p.evidence_of(&r, 0).len(), 2);
    assert_eq!(p.total_minutes(), 60);
    assert_eq!(p.next_batch(), Some(2));
    let (started, finished) = step_dates(&p, &r, 0);
    assert_eq!(started, Some(at("2026-11-01T10:00:00Z")));
    assert_eq!(finished, None);
}

#[test]
fn horizons_read_in_weeks_months_and_years() {
    assert_eq!(horizon(0.2), (0, 0, 1));
    assert_eq!(horizon(5.4), (0, 0, 5));
    assert_eq!(horizon(13.0), (0, 3, 0));
    assert_eq!(horizon(65.0), (1, 3, 0));
    assert_eq!(horizon(709.0), (13, 7, 0));
}
