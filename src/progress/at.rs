//! `--at`: when something happened, as people say it.

use chrono::{
    DateTime, Datelike, Duration, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
};

use crate::error::Error;
use crate::roadmap::normalize;

/// Nothing in a learning record is older than this; an earlier year is a
/// typo (the store keeps dates from this year on).
const FIRST_YEAR: i32 = super::EARLIEST_YEAR;

/// Parses `--at` in the local time zone. See [`parse_at_in`].
pub fn parse_at(text: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, Error> {
    parse_at_in(text, now, &Local)
}

/// Parses `--at`: `today`, `yesterday`, a date `YYYY-MM-DD`, a local
/// `YYYY-MM-DD HH:MM`, or RFC 3339. A day alone means that day at the
/// current time of day (the end of that day where the clock skips that
/// time), and never later than now, so `--at today` is never "in the
/// future". Later times and years before 2000 are refused.
pub fn parse_at_in<Tz: TimeZone>(
    text: &str,
    now: DateTime<Utc>,
    zone: &Tz,
) -> Result<DateTime<Utc>, Error> {
    let shown = text.trim();
    let text = normalize(shown);
    let local_now = now.with_timezone(zone).naive_local();
    let today = local_now.date();
    let day = match text.as_str() {
        "today" | "今日" | "きょう" => Some(today),
        "yesterday" | "昨日" | "きのう" => today.pred_opt(),
        _ => NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok(),
    };
    let parsed = match day {
        // A later day stays later, to be refused below.
        Some(day) if day > today => on_day(day, local_now.time(), zone),
        Some(day) => on_day(day, local_now.time(), zone).map(|at| at.min(now)),
        None => DateTime::parse_from_rfc3339(&text.to_uppercase())
            .map(|t| t.with_timezone(&Utc))
            .ok()
            .or_else(|| {
                let local = NaiveDateTime::parse_from_str(&text, "%Y-%m-%d %H:%M")
                    .or_else(|_| NaiveDateTime::parse_from_str(&text, "%Y-%m-%dt%H:%M"))
                    .ok()?;
                zone.from_local_datetime(&local)
                    .earliest()
                    .map(|t| t.with_timezone(&Utc))
            }),
    };
    let text = shown.to_string();
    match parsed {
        Some(at) if at.with_timezone(zone).year() < FIRST_YEAR => Err(Error::AtTooEarly {
            text,
            year: FIRST_YEAR,
        }),
        Some(at) if at <= now => Ok(at),
        Some(_) => Err(Error::AtInFuture { text }),
        None => Err(Error::AtInvalid { text }),
    }
}

/// `day` at `time` in `zone`; the last moment of `day` where that time
/// does not exist there (a daylight-saving gap).
fn on_day<Tz: TimeZone>(day: NaiveDate, time: NaiveTime, zone: &Tz) -> Option<DateTime<Utc>> {
    let at = zone
        .from_local_datetime(&day.and_time(time))
        .earliest()
        .or_else(|| {
            let end = day.succ_opt()?.and_hms_opt(0, 0, 0)? - Duration::seconds(1);
            zone.from_local_datetime(&end).earliest()
        })?;
    Some(at.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use chrono::FixedOffset;

    use super::*;

    /// 08:30 on 28 November in Tokyo.
    fn now() -> DateTime<Utc> {
        "2026-11-27T23:30:00Z".parse().unwrap()
    }

    fn tokyo() -> FixedOffset {
        FixedOffset::east_opt(9 * 3600).unwrap()
    }

    fn at(text: &str) -> Result<DateTime<Utc>, Error> {
        parse_at_in(text, now(), &tokyo())
    }

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn today_is_now_and_yesterday_is_this_time_yesterday() {
        assert_eq!(at("today").unwrap(), now());
        assert_eq!(at(" TODAY ").unwrap(), now());
        assert_eq!(at("今日").unwrap(), now());
        assert_eq!(at("yesterday").unwrap(), utc("2026-11-26T23:30:00Z"));
        assert_eq!(at("昨日").unwrap(), utc("2026-11-26T23:30:00Z"));
    }

    #[test]
    fn a_date_is_that_day_at_this_time_of_day() {
        // Today's date before noon is not in the future.
        assert_eq!(at("2026-11-28").unwrap(), now());
        assert_eq!(
            at("２０２６－１１－０１").unwrap(),
            utc("2026-10-31T23:30:00Z")
        );
    }

    #[test]
    fn full_timestamps() {
        assert_eq!(
            at("2026-11-01T09:30:00+09:00").unwrap(),
            utc("2026-11-01T00:30:00Z")
        );
        assert_eq!(at("2026-11-01 08:15").unwrap(), utc("2026-10-31T23:15:00Z"));
        assert_eq!(at("2026-11-01T08:15").unwrap(), utc("2026-10-31T23:15:00Z"));
    }

    #[test]
    fn bad_future_and_ancient_dates_are_refused() {
        assert!(matches!(at("someday"), Err(Error::AtInvalid { .. })));
        assert!(matches!(at("2026-13-01"), Err(Error::AtInvalid { .. })));
        assert!(matches!(at("2026-11-29"), Err(Error::AtInFuture { .. })));
        assert!(matches!(
            at("2026-11-28 09:00"),
            Err(Error::AtInFuture { .. })
        ));
        assert!(matches!(
            at("1999-12-31"),
            Err(Error::AtTooEarly { year: 2000, .. })
        ));
        assert!(at("2000-01-01").is_ok());
    }
}
