//! Durations as people type them, for `study` and `goal`: `90m`, `1h30m`,
//! `1.5h`, a bare `90` (minutes), and the Japanese `90分`, `1時間`,
//! `1時間30分`, `1時間半`, in full-width digits and letters too (an IME
//! user types `９０ｍ` without noticing). Pure.

use unicode_normalization::UnicodeNormalization;

/// Why a duration was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationError {
    Unparseable,
    Zero,
    Negative,
    TooLong,
}

/// Hours, longest spelling first so `hours` is not read as `h` + `ours`.
const HOUR_UNITS: [&str; 6] = ["hours", "hour", "hrs", "hr", "h", "時間"];
const MINUTE_UNITS: [&str; 8] = [
    "minutes", "minute", "mins", "min", "m", "分間", "分", "ふん",
];

/// Parses a study session, at most [`super::MAX_SESSION_MINUTES`], into
/// whole minutes, rounded to the nearest minute.
pub fn parse_duration(text: &str) -> Result<u32, DurationError> {
    parse_duration_up_to(text, super::MAX_SESSION_MINUTES)
}

/// [`parse_duration`] with another upper bound (a weekly goal may be up to
/// a week).
pub fn parse_duration_up_to(text: &str, max_minutes: u32) -> Result<u32, DurationError> {
    // NFKC turns full-width digits, letters, '．' and the ideographic
    // space into their ASCII forms; the kana and kanji units stay.
    let text: String = text.nfkc().collect::<String>().to_lowercase();
    let text = text.trim();
    if let Some(rest) = text.strip_prefix(['-', '\u{2212}']) {
        return match parse_duration_up_to(rest, max_minutes) {
            Ok(_) | Err(DurationError::Zero | DurationError::TooLong) => {
                Err(DurationError::Negative)
            }
            Err(other) => Err(other),
        };
    }
    let minutes = minutes_of(text).ok_or(DurationError::Unparseable)?;
    if !minutes.is_finite() || minutes > f64::from(max_minutes) + 0.5 {
        return Err(DurationError::TooLong);
    }
    let rounded = minutes.round() as u32;
    if rounded == 0 {
        return Err(DurationError::Zero);
    }
    Ok(rounded)
}

/// The grammar: an hours part (`1h`, `1.5時間`, `1時間半`), a minutes part
/// (`30m`, `30分`), or both in that order; after an hours part the minutes
/// may go without their unit (`1h30`); a bare whole number is minutes.
fn minutes_of(text: &str) -> Option<f64> {
    let (hours, rest) = match number(text) {
        Some((value, tail)) => match unit(tail, &HOUR_UNITS) {
            Some(tail) => match tail.strip_prefix('半') {
                // `1時間半` says it all: no minutes may follow.
                Some(tail) if value.fract() == 0.0 && tail.trim().is_empty() => {
                    (Some(value + 0.5), tail)
                }
                Some(_) => return None,
                None => (Some(value), tail),
            },
            None => (None, text),
        },
        None => return None,
    };
    let rest = rest.trim_start();
    let minutes = if rest.is_empty() {
        None
    } else {
        let (value, tail) = number(rest)?;
        let tail = match unit(tail, &MINUTE_UNITS) {
            Some(tail) => tail,
            // A bare number: whole minutes only, so `1.5` (hours or
            // minutes?) is refused rather than guessed.
            None if value.fract() == 0.0 && !rest.contains('.') => tail,
            None => return None,
        };
        if !tail.trim().is_empty() {
            return None;
        }
        Some(value)
    };
    if hours.is_some() && minutes.is_some_and(|m| m >= 60.0) {
        return None;
    }
    match (hours, minutes) {
        (None, None) => None,
        (h, m) => Some(h.unwrap_or(0.0) * 60.0 + m.unwrap_or(0.0)),
    }
}

/// A decimal number at the start of `text` (`90`, `1.5`; not `.5` or
/// `1.`), and what follows it, spaces skipped.
fn number(text: &str) -> Option<(f64, &str)> {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (digits, tail) = text.split_at(end);
    if digits.is_empty()
        || digits.starts_with('.')
        || digits.ends_with('.')
        || digits.matches('.').count() > 1
        || digits.len() > 12
    {
        return None;
    }
    Some((digits.parse().ok()?, tail.trim_start()))
}

/// `text` after one of `units`, if it starts with one that is not the
/// start of a longer word (`1hx` is refused, `1h30m` is not).
fn unit<'a>(text: &'a str, units: &[&str]) -> Option<&'a str> {
    units.iter().find_map(|u| {
        let tail = text.strip_prefix(u)?;
        let ascii = u.is_ascii();
        (!ascii || !tail.starts_with(|c: char| c.is_ascii_alphabetic())).then(|| tail.trim_start())
    })
}

#[cfg(test)]
mod tests {
    use super::DurationError::*;
    use super::*;

    #[test]
    fn latin_forms() {
        for (text, minutes) in [
            ("90m", 90),
            ("1h30m", 90),
            ("1h 30m", 90),
            ("1h30", 90),
            ("2h", 120),
            ("1.5h", 90),
            ("0.5h", 30),
            ("45MIN", 45),
            ("45 minutes", 45),
            ("2 hours", 120),
            ("1hr", 60),
            ("24h", 1440),
            (" 90m ", 90),
        ] {
            assert_eq!(parse_duration(text), Ok(minutes), "{text}");
        }
    }

    #[test]
    fn a_bare_number_is_minutes() {
        assert_eq!(parse_duration("90"), Ok(90));
        assert_eq!(parse_duration("5"), Ok(5));
        assert_eq!(parse_duration("1440"), Ok(1440));
    }

    #[test]
    fn japanese_forms() {
        for (text, minutes) in [
            ("90分", 90),
            ("90分間", 90),
            ("1時間", 60),
            ("1時間30分", 90),
            ("1時間 30分", 90),
            ("1時間半", 90),
            ("2時間半", 150),
            ("1.5時間", 90),
            ("1時間30", 90),
            ("30ふん", 30),
        ] {
            assert_eq!(parse_duration(text), Ok(minutes), "{text}");
        }
    }

    #[test]
    fn full_width_digits_and_letters() {
        for (text, minutes) in [
            ("９０ｍ", 90),
            ("９０", 90),
            ("１ｈ３０ｍ", 90),
            ("１．５ｈ", 90),
            ("１時間半", 90),
            ("９０分", 90),
            ("１時間\u{3000}３０分", 90),
            ("２Ｈ", 120),
        ] {
            assert_eq!(parse_duration(text), Ok(minutes), "{text}");
        }
    }

    #[test]
    fn zero_negative_and_too_long_are_told_apart() {
        assert_eq!(parse_duration("0m"), Err(Zero));
        assert_eq!(parse_duration("0"), Err(Zero));
        assert_eq!(parse_duration("0分"), Err(Zero));
        assert_eq!(parse_duration("0.2m"), Err(Zero));
        assert_eq!(parse_duration("-1h"), Err(Negative));
        assert_eq!(parse_duration("-90"), Err(Negative));
        assert_eq!(parse_duration("－９０分"), Err(Negative));
        assert_eq!(parse_duration("\u{2212}1時間"), Err(Negative));
        assert_eq!(parse_duration("25h"), Err(TooLong));
        assert_eq!(parse_duration("24h1m"), Err(TooLong));
        assert_eq!(parse_duration("1441"), Err(TooLong));
        assert_eq!(parse_duration("25時間"), Err(TooLong));
        assert_eq!(parse_duration_up_to("168h", 7 * 24 * 60), Ok(10080));
        assert_eq!(parse_duration_up_to("10時間", 7 * 24 * 60), Ok(600));
    }

    #[test]
    fn unreadable_forms() {
        for bad in [
            "",
            " ",
            "h",
            "時間",
            "半",
            "分",
            "1.h",
            ".5h",
            "1x",
            "1hx",
            "30m1h",
            "1h1h",
            "abc",
            "1e9h",
            "1.5",
            "1..5h",
            "1.2.3h",
            "1h90m",
            "1時間60分",
            "1.5時間半",
            "半時間",
            "1時30分",
            "1時間半30分",
            "90m30",
            "1h 30m 10s",
            "90 分 です",
            "一時間",
            "1,5h",
            "1:30",
            "99999999999999h",
        ] {
            assert_eq!(parse_duration(bad), Err(Unparseable), "{bad:?}");
        }
    }
}
