//! The shared flow of every command that changes step statuses: resolve
//! the references, change the store under its lock, report what changed.

use std::io::Write;

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, SubsecRound, TimeZone, Utc};

use crate::cli::ChangeArgs;
use crate::cmd::Context;
use crate::error::{Failure, Result};
use crate::lang::Lang;
use crate::progress::{Status, is_available, stage_stats, total_stats, unlocked_by};
use crate::render::{
    self,
    done::{ChangeReport, Figures, StepRef},
};
use crate::roadmap::Roadmap;

pub struct Change<'a> {
    pub references: &'a [String],
    pub to: Status,
    pub note: Option<&'a str>,
    pub at: DateTime<Utc>,
}

/// `start`, `skip` and `reset`: set the steps' status now.
pub fn set(args: &ChangeArgs, to: Status, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let now = Utc::now().trunc_subsecs(0);
    let at = match &args.at {
        Some(text) => parse_date(text, now, ctx.config.lang)?,
        None => now,
    };
    let change = Change {
        references: &args.steps,
        to,
        note: args.note.as_deref(),
        at,
    };
    run(change, ctx, out)
}

pub fn run(change: Change<'_>, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    if change.note.is_some_and(|note| note.trim().is_empty()) {
        return Err(empty_note(ctx).into());
    }
    let (roadmap, snapshot) = ctx.roadmap_and_snapshot()?;
    let steps = ctx.resolve(&roadmap, change.references)?;
    let lang = ctx.config.lang;
    let (report, unmet) = ctx.store.update_from(&ctx.config.user, snapshot, |data| {
        let progress = data.roadmaps.entry(roadmap.id.clone()).or_default();
        let before = progress.statuses(&roadmap);
        let batch = progress.new_batch();
        let mut changed = Vec::new();
        let mut unchanged = Vec::new();
        for &step in &steps {
            match progress.set_status(&roadmap, step, change.to, change.at, change.note, batch) {
                Some(_) => changed.push(step),
                None => unchanged.push(step),
            }
            if let Some(note) = change.note {
                progress.add_note(&roadmap, step, note, change.at, batch);
            }
        }
        let after = progress.statuses(&roadmap);
        let unmet = if change.to == Status::Done {
            unmet_prerequisites(&roadmap, &before, &changed)
        } else {
            Vec::new()
        };
        let report = report(
            &roadmap, lang, &before, &after, &changed, &unchanged, change.to,
        );
        let wrote = !changed.is_empty() || change.note.is_some();
        Ok(((report, unmet), wrote))
    })?;
    for (step, missing) in unmet {
        let names: Vec<String> = missing
            .iter()
            .map(|&p| format!("{} {}", roadmap.number(p), roadmap.steps[p].id))
            .collect();
        let step = format!("{} {}", roadmap.number(step), roadmap.steps[step].id);
        let message = match lang {
            Lang::En => format!(
                "warning: {step} is marked done before its prerequisites: {}",
                names.join(", ")
            ),
            Lang::Ja => format!(
                "warning: {step} を前提ステップより先に完了にしました: {}",
                names.join(", ")
            ),
        };
        // A warning that cannot be printed does not undo the saved change.
        let _ = writeln!(std::io::stderr(), "{message}");
    }
    if ctx.config.json {
        render::json(out, &report)
    } else {
        render::done::text(out, &report, ctx.style())
    }
}

/// For each changed step, the prerequisites that were not finished.
fn unmet_prerequisites(
    roadmap: &Roadmap,
    before: &[Status],
    changed: &[usize],
) -> Vec<(usize, Vec<usize>)> {
    changed
        .iter()
        .filter(|&&step| !is_available(roadmap, before, step))
        .map(|&step| {
            let missing = roadmap.steps[step]
                .requires
                .iter()
                .copied()
                .filter(|&p| !before[p].is_finished() && !changed.contains(&p))
                .collect::<Vec<_>>();
            (step, missing)
        })
        .filter(|(_, missing)| !missing.is_empty())
        .collect()
}

fn report(
    roadmap: &Roadmap,
    lang: Lang,
    before: &[Status],
    after: &[Status],
    changed: &[usize],
    unchanged: &[usize],
    to: Status,
) -> ChangeReport {
    let step_ref = |i: usize| StepRef {
        number: roadmap.number(i),
        id: roadmap.steps[i].id.clone(),
        title: roadmap.steps[i].title(lang).to_string(),
    };
    let stats = stage_stats(roadmap, after);
    let mut stages: Vec<usize> = changed
        .iter()
        .chain(unchanged)
        .map(|&i| roadmap.steps[i].stage)
        .collect();
    stages.sort_unstable();
    stages.dedup();
    let overall_title = match lang {
        Lang::En => "Overall",
        Lang::Ja => "全体",
    };
    ChangeReport {
        status: to,
        changed: changed.iter().map(|&i| step_ref(i)).collect(),
        unchanged: unchanged.iter().map(|&i| step_ref(i)).collect(),
        unlocked: unlocked_by(roadmap, before, after, changed)
            .into_iter()
            .map(step_ref)
            .collect(),
        stages: stages
            .into_iter()
            .map(|s| {
                let stage = &roadmap.stages[s];
                Figures::new(&stage.id, stage.title(lang), &stats[s])
            })
            .collect(),
        overall: Figures::new("overall", overall_title, &total_stats(&stats)),
    }
}

/// The error for a note with no text (`note`, `--note`).
pub fn empty_note(ctx: &Context) -> Failure {
    let style = ctx.style();
    Failure::input(style.tr("the note is empty", "メモが空です")).with_hint(style.tr(
        "write the note after the step: roadmap note 1.2 \"what I learned\"",
        "ステップの後にメモを書いてください: roadmap note 1.2 \"学んだこと\"",
    ))
}

/// Parses `--at`: RFC 3339, or a local `YYYY-MM-DD` (noon, so the day is
/// the same in every time zone view) or `YYYY-MM-DD HH:MM`. Future times
/// are refused: nothing was done tomorrow.
fn parse_date(text: &str, now: DateTime<Utc>, lang: Lang) -> Result<DateTime<Utc>, Failure> {
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
        Some(at) if !crate::progress::date_in_range(at) && at <= now => {
            let from = crate::progress::EARLIEST_YEAR;
            Err(Failure::input(match lang {
                Lang::En => format!("--at '{text}' is before {from}-01-01"),
                Lang::Ja => format!("--at '{text}' は {from}-01-01 より前です"),
            })
            .with_hint(match lang {
                Lang::En => "roadmap keeps dates from the year 2000 on; check the year",
                Lang::Ja => "roadmap が扱うのは 2000 年以降の日付です。年を確かめてください",
            }))
        }
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
        let err = parse_date("1999-12-31T12:00:00Z", now(), Lang::Ja).unwrap_err();
        assert!(err.message.contains("2000-01-01"), "{}", err.message);
        assert!(parse_date("2000-01-01T00:00:00Z", now(), Lang::En).is_ok());
    }
}
