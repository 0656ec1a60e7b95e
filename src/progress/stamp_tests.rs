use chrono::{DateTime, TimeZone, Utc};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, PartialEq, Deserialize, Serialize)]
struct Fast {
    #[serde(with = "super")]
    at: DateTime<Utc>,
}

#[derive(Debug, PartialEq, Deserialize, Serialize)]
struct Chrono {
    at: DateTime<Utc>,
}

/// The fast path reads `json` exactly as chrono does, or fails with the
/// same message.
fn reads_like_chrono(json: &str) {
    let fast = serde_json::from_str::<Fast>(json).map(|f| f.at);
    let chrono = serde_json::from_str::<Chrono>(json).map(|c| c.at);
    match (fast, chrono) {
        (Ok(fast), Ok(chrono)) => assert_eq!(fast, chrono, "{json}"),
        (Err(fast), Err(chrono)) => assert_eq!(fast.to_string(), chrono.to_string(), "{json}"),
        (fast, chrono) => panic!("{json}: {fast:?} but chrono {chrono:?}"),
    }
}

fn writes_like_chrono(at: DateTime<Utc>) {
    let fast = serde_json::to_string(&Fast { at }).unwrap();
    assert_eq!(fast, serde_json::to_string(&Chrono { at }).unwrap());
}

#[test]
fn edge_cases_read_as_chrono_reads_them() {
    for text in [
        "2025-01-06T09:00:00Z",
        "2024-02-29T23:59:59Z",
        "2023-02-29T00:00:00Z",
        "2025-13-01T00:00:00Z",
        "2025-00-01T00:00:00Z",
        "2025-01-00T00:00:00Z",
        "2025-04-31T00:00:00Z",
        "2025-01-06T24:00:00Z",
        "2025-01-06T09:60:00Z",
        "2016-12-31T23:59:60Z",
        "2025-01-06T09:00:61Z",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "2025-01-06t09:00:00z",
        "2025-01-06 09:00:00Z",
        "2025-01-06T09:00:00+00:00",
        "2025-01-06T09:00:00+09:00",
        "2025-01-06T09:00:00.5Z",
        "2025-01-06T09:00:00",
        "2025-1-06T09:00:00Z",
        "+2025-01-06T09:00:00Z",
        "２０２５-01-06T09:00:00Z",
        "",
        "not a date",
    ] {
        reads_like_chrono(&format!("{{\"at\": \"{text}\"}}"));
    }
    reads_like_chrono(r#"{"at": "2025-01-06T09:00:00\u005a"}"#);
    reads_like_chrono(r#"{"at": 5}"#);
    reads_like_chrono(r#"{"at": null}"#);
    reads_like_chrono(r#"{"at": ["2025-01-06T09:00:00Z"]}"#);
}

#[test]
fn edge_cases_write_as_chrono_writes_them() {
    let utc = |y, mo, d, h, mi, s| Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap();
    writes_like_chrono(utc(2025, 1, 6, 9, 0, 0));
    writes_like_chrono(utc(0, 1, 1, 0, 0, 0));
    writes_like_chrono(utc(9999, 12, 31, 23, 59, 59));
    writes_like_chrono(utc(10000, 1, 1, 0, 0, 0));
    writes_like_chrono(utc(-1, 1, 1, 0, 0, 0));
    writes_like_chrono(utc(2025, 1, 6, 9, 0, 0) + chrono::Duration::milliseconds(5));
    writes_like_chrono(utc(2025, 1, 6, 9, 0, 0) + chrono::Duration::nanoseconds(1));
    let leap = chrono::NaiveDate::from_ymd_opt(2016, 12, 31)
        .unwrap()
        .and_hms_milli_opt(23, 59, 59, 1_000)
        .unwrap()
        .and_utc();
    writes_like_chrono(leap);
}

proptest! {
    #[test]
    fn any_date_shaped_text_reads_as_chrono_reads_it(
        y in 0u32..10000, mo in 0u32..14, d in 0u32..33,
        h in 0u32..26, mi in 0u32..62, s in 0u32..62,
    ) {
        reads_like_chrono(&format!(
            "{{\"at\": \"{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z\"}}"
        ));
    }

    #[test]
    fn any_text_reads_as_chrono_reads_it(text in "[0-9TZ:+. -]{0,24}") {
        reads_like_chrono(&format!("{{\"at\": \"{text}\"}}"));
    }

    #[test]
    fn any_date_writes_and_reads_back_as_chrono_does(
        seconds in -100_000_000_000i64..300_000_000_000,
        nanos in prop_oneof![Just(0u32), 0u32..1_000_000_000],
    ) {
        let at = DateTime::from_timestamp(seconds, nanos).unwrap();
        writes_like_chrono(at);
        reads_like_chrono(&serde_json::to_string(&Chrono { at }).unwrap());
    }
}
