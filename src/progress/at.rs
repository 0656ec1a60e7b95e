//! When something was done: the `--at` time of a change.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};

use crate::error::Error;

/// Parses `--at`: RFC 3339, or a local `YYYY-MM-DD` (noon, so the day is
/// the same in every time zone view) or `YYYY-MM-DD HH:MM`. Future times
/// are refused: nothing was done tomorrow.
pub fn parse_at(text: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, Error> {
    let text = text.trim();
    let parsed = DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M")
                .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M"))
                .ok()
                .or_else(|| {
                    NaiveDate::parse_from_str(text, "%Y-%m-%d")
                        .ok()
                        .and_then(|d| d.and_hms_opt(12, 0, 0))
                })?;
            Local
                .from_local_datetime(&local)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
        });
    let text = text.to_string();
    match parsed {
        Some(at) if !super::date_in_range(at) && at <= now => Err(Error::AtTooEarly {
            text,
            year: super::EARLIEST_YEAR,
        }),
        Some(at) if at <= now => Ok(at),
        Some(_) => Err(Error::AtInFuture { text }),
        None => Err(Error::AtInvalid { text }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-11-28T00:00:00Z".parse().unwrap()
    }

    #[test]
    fn accepted_forms() {
        assert_eq!(
            parse_at("2026-11-01T09:30:00+09:00", now()).unwrap(),
            "2026-11-01T00:30:00Z".parse::<DateTime<Utc>>().unwrap()
        );
        assert!(parse_at("2026-11-01", now()).is_ok());
        assert!(parse_at("2026-11-01 08:15", now()).is_ok());
    }

    #[test]
    fn bad_and_future_dates_are_refused() {
        assert!(parse_at("yesterday", now()).is_err());
        assert!(parse_at("2026-13-01", now()).is_err());
        let err = parse_at("2027-01-01", now()).unwrap_err();
        assert!(matches!(err, Error::AtInFuture { .. }));
        let err = parse_at("1999-12-31T12:00:00Z", now()).unwrap_err();
        assert!(matches!(err, Error::AtTooEarly { year: 2000, .. }));
        assert!(parse_at("2000-01-01T00:00:00Z", now()).is_ok());
    }
}
