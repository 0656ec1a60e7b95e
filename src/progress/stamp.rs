//! Dates in the store, as `#[serde(with = "stamp")]`: RFC 3339 in UTC,
//! exactly as chrono reads and writes them, with a fast path for the form
//! roadmap itself writes (`2025-01-06T09:00:00Z`). A store of 100,000
//! steps holds over 100,000 dates, and chrono's general parser and its
//! formatting machinery were a fifth of the time spent on them.

use std::fmt;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike, Utc};
use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;

/// Writes `at` as chrono does (`2025-01-06T09:00:00Z`, fractions of a
/// second only when there are any).
pub fn serialize<S: Serializer>(at: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
    match format_whole_second(at) {
        Some(text) => serializer.serialize_str(text.as_str()),
        None => serde::Serialize::serialize(at, serializer),
    }
}

/// Reads a date as chrono does: the same dates, the same errors.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
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
        match parse_whole_second(text.as_bytes()) {
            Some(at) => Ok(at),
            None => text
                .parse::<DateTime<FixedOffset>>()
                .map(|at| at.with_timezone(&Utc))
                .map_err(E::custom),
        }
    }
}

/// A date in the form roadmap writes, read as [`deserialize`] reads it;
/// `None` for any other form (which chrono may still read).
pub(crate) fn read_whole_second(text: &[u8]) -> Option<DateTime<Utc>> {
    parse_whole_second(text)
}

/// `YYYY-MM-DDTHH:MM:SSZ` with a real date and time; `None` for anything
/// else, which chrono then reads (or refuses) itself. A leap second (`:60`)
/// is left to chrono too.
fn parse_whole_second(text: &[u8]) -> Option<DateTime<Utc>> {
    let [
        y0,
        y1,
        y2,
        y3,
        b'-',
        mo0,
        mo1,
        b'-',
        d0,
        d1,
        b'T',
        h0,
        h1,
        b':',
        mi0,
        mi1,
        b':',
        s0,
        s1,
        b'Z',
    ] = *text
    else {
        return None;
    };
    let digit = |b: u8| b.is_ascii_digit().then(|| u32::from(b - b'0'));
    let two = |a: u8, b: u8| Some(digit(a)? * 10 + digit(b)?);
    let year = two(y0, y1)? * 100 + two(y2, y3)?;
    let date = NaiveDate::from_ymd_opt(year as i32, two(mo0, mo1)?, two(d0, d1)?)?;
    let time = date.and_hms_opt(two(h0, h1)?, two(mi0, mi1)?, two(s0, s1)?)?;
    Some(time.and_utc())
}

/// `at` as `YYYY-MM-DDTHH:MM:SSZ`, when that is what chrono writes: a
/// whole second of a year with four digits.
fn format_whole_second(at: &DateTime<Utc>) -> Option<Text> {
    let year = u32::try_from(at.year()).ok().filter(|&y| y <= 9999)?;
    if at.nanosecond() != 0 {
        return None;
    }
    let mut out = *b"0000-00-00T00:00:00Z";
    let mut put = |at: usize, value: u32, digits: usize| {
        let mut value = value;
        for i in (at..at + digits).rev() {
            out[i] = b'0' + (value % 10) as u8;
            value /= 10;
        }
    };
    put(0, year, 4);
    put(5, at.month(), 2);
    put(8, at.day(), 2);
    put(11, at.hour(), 2);
    put(14, at.minute(), 2);
    put(17, at.second(), 2);
    Some(Text(out))
}

/// A formatted date: ASCII digits and separators.
struct Text([u8; 20]);

impl Text {
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("ASCII digits and separators")
    }
}

#[cfg(test)]
#[path = "stamp_tests.rs"]
mod tests;
