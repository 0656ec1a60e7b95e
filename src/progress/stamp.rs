//! Dates in the store, as `#[serde(deserialize_with = "stamp::read")]`:
//! read as chrono reads them, the same dates and the same errors. The form
//! roadmap writes (`2025-01-06T09:00:00Z`) goes through chrono's strict
//! RFC 3339 parser first, which is several times quicker than the relaxed
//! one its `FromStr` uses; a store holds a date for every event and session.

use std::fmt;

use chrono::{DateTime, FixedOffset, Utc};
use serde::de::{self, Deserializer, Visitor};

pub fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    deserializer.deserialize_str(Stamp)
}

struct Stamp;

impl Visitor<'_> for Stamp {
    type Value = DateTime<Utc>;

    // chrono's words, for the same message on a number or an array.
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an RFC 3339 formatted date and time string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<DateTime<Utc>, E> {
        DateTime::parse_from_rfc3339(text)
            .or_else(|_| text.parse::<DateTime<FixedOffset>>())
            .map(|at| at.with_timezone(&Utc))
            .map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    struct Ours {
        #[serde(deserialize_with = "super::read")]
        at: DateTime<Utc>,
    }

    #[derive(Debug, Deserialize)]
    struct Chrono {
        at: DateTime<Utc>,
    }

    /// Every form reads as chrono reads it, or fails with its message.
    #[test]
    fn dates_read_as_chrono_reads_them() {
        for json in [
            r#"{"at": "2025-01-06T09:00:00Z"}"#,
            r#"{"at": "2025-01-06T09:00:00.25+09:00"}"#,
            r#"{"at": "2025-01-06 09:00:00Z"}"#,
            r#"{"at": "2025-01-06t09:00:00z"}"#,
            r#"{"at": "2024-02-29T23:59:60Z"}"#,
            r#"{"at": "2023-02-29T00:00:00Z"}"#,
            r#"{"at": "2025-13-01T00:00:00Z"}"#,
            r#"{"at": "yesterday"}"#,
            r#"{"at": ""}"#,
            r#"{"at": 5}"#,
            r#"{"at": ["2025-01-06T09:00:00Z"]}"#,
        ] {
            let ours = serde_json::from_str::<Ours>(json).map(|o| o.at);
            let chrono = serde_json::from_str::<Chrono>(json).map(|c| c.at);
            match (ours, chrono) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{json}"),
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{json}"),
                (a, b) => panic!("{json}: {a:?} but chrono {b:?}"),
            }
        }
    }
}
