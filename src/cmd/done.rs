use std::io::Write;

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, SubsecRound, TimeZone, Utc};

use crate::cli::DoneArgs;
use crate::cmd::Context;
use crate::cmd::change::{self, Change};
use crate::error::{Failure, Result};
use crate::lang::Lang;
use crate::progress::Status;

pub fn run(args: &DoneArgs, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let now = Utc::now().trunc_subsecs(0);
    let at = match &args.at {
        Some(text) => parse_date(text, now, ctx.config.lang)?,
        None => now,
    };
    let change = Change {
        references: &args.steps,
        to: Status::Done,
        note: args.note.as_deref(),
        at,
    };
    change::run(change, ctx, out)
}

/// Parses `--at`: RFC 3339, or a local `YYYY-MM-DD` (noon, so the day is
/// the same in every time zone view) or `YYYY-MM-DD HH:MM`. Future times
/// are refused: nothing was done tomorrow.
pub(super) fn parse_date(
    text: &str,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<DateTime<Utc>, Failure> {
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
    match parsed {
        Some(at) if at <= now => Ok(at),
        Some(_) => Err(Failure::input(match lang {
            Lang::En => format!("--at '{text}' is in the future"),
            Lang::Ja => format!("--at '{text}' は未来の日時です"),
        })),
        None => Err(Failure::input(match lang {
            Lang::En => format!("invalid --at date '{text}'"),
            Lang::Ja => format!("--at の日時 '{text}' を読み取れません"),
        })
        .with_hint(match lang {
            Lang::En => {
                "use YYYY-MM-DD, \"YYYY-MM-DD HH:MM\" or RFC 3339 (2026-11-01T09:30:00+09:00)"
            }
            Lang::Ja => {
                "YYYY-MM-DD、\"YYYY-MM-DD HH:MM\"、または RFC 3339 (2026-11-01T09:30:00+09:00) の形式で指定してください"
            }
        })),
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
            parse_date("2026-11-01T09:30:00+09:00", now(), Lang::En).unwrap(),
            "2026-11-01T00:30:00Z".parse::<DateTime<Utc>>().unwrap()
        );
        assert!(parse_date("2026-11-01", now(), Lang::En).is_ok());
        assert!(parse_date("2026-11-01 08:15", now(), Lang::En).is_ok());
    }

    #[test]
    fn bad_and_future_dates_are_refused() {
        assert!(parse_date("yesterday", now(), Lang::En).is_err());
        assert!(parse_date("2026-13-01", now(), Lang::En).is_err());
        let err = parse_date("2027-01-01", now(), Lang::En).unwrap_err();
        assert!(err.message.contains("future"));
    }
}
