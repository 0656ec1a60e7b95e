//! The refusals of `roadmap apply`, worded in both languages.

use chrono::{DateTime, Local, Utc};

use super::{ApplyMsg, channel_ja, stage_ja};
use crate::error::Error;
use crate::lang::Lang;
use crate::progress::{ApplyField, ApplyProblem, Channel, MoveProblem, Stage};

fn date(at: &DateTime<Utc>) -> String {
    at.with_timezone(&Local)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

fn too_long(field: ApplyField, max: usize, lang: Lang) -> (String, Option<String>) {
    let (en, ja) = match field {
        ApplyField::Company => ("the company name", "企業名"),
        ApplyField::Role => ("the role", "職種"),
        ApplyField::Note => ("the note", "メモ"),
    };
    match lang {
        Lang::Ja => (
            format!("{ja}が長すぎます ({max} 文字まで)"),
            Some(format!("{max} 文字以内に縮めてください")),
        ),
        Lang::En => (
            format!("{en} is too long (at most {max} characters)"),
            Some(format!("shorten it to {max} characters or fewer")),
        ),
    }
}

/// The message and hint of `Error::Apply`.
pub(in crate::i18n) fn error(err: &Error, lang: Lang) -> Option<(String, Option<String>)> {
    let Error::Apply(problem) = err else {
        return Option::None;
    };
    let ja = lang == Lang::Ja;
    let stage = |s: Stage| ApplyMsg::Stage(s).text(lang);
    let list = |names: Vec<String>| names.join(", ");
    let worded = match problem {
        ApplyProblem::Unknown { given, count } => {
            let given = given.escape_debug();
            if ja {
                (
                    format!("応募 '{given}' はありません (記録は {count} 件)"),
                    Some("番号は roadmap apply list で確かめられます".into()),
                )
            } else {
                (
                    format!("no application '{given}' ({count} recorded)"),
                    Some("see their numbers with: roadmap apply list".into()),
                )
            }
        }
        ApplyProblem::EmptyCompany => {
            if ja {
                (
                    "企業名が空です".into(),
                    Some("例: roadmap apply add \"株式会社サンプル\"".into()),
                )
            } else {
                (
                    "the company name is empty".into(),
                    Some("e.g. roadmap apply add \"ACME Inc.\"".into()),
                )
            }
        }
        ApplyProblem::UnknownChannel(text) => {
            let names = Channel::ALL
                .iter()
                .map(|c| match lang {
                    Lang::En => c.as_str().to_string(),
                    Lang::Ja => format!("{} ({})", c.as_str(), channel_ja(*c)),
                })
                .collect();
            let text = text.escape_debug();
            if ja {
                (
                    format!("応募経路 '{text}' はありません"),
                    Some(format!("使えるもの: {}", list(names))),
                )
            } else {
                (
                    format!("unknown channel '{text}'"),
                    Some(format!("use one of: {}", list(names))),
                )
            }
        }
        ApplyProblem::UnknownStage(text) => {
            let names = Stage::ALL
                .iter()
                .map(|s| match lang {
                    Lang::En => s.as_str().to_string(),
                    Lang::Ja => format!("{} ({})", s.as_str(), stage_ja(*s)),
                })
                .collect();
            let text = text.escape_debug();
            if ja {
                (
                    format!("選考段階 '{text}' はありません"),
                    Some(format!("使えるもの: {}", list(names))),
                )
            } else {
                (
                    format!("unknown stage '{text}'"),
                    Some(format!("use one of: {}", list(names))),
                )
            }
        }
        ApplyProblem::Move {
            number,
            to,
            problem,
        } => move_error(*number, *to, problem, lang, &stage),
        ApplyProblem::BadInterviewAt(text) => {
            let text = text.escape_debug();
            let hint = "YYYY-MM-DD, \"YYYY-MM-DD HH:MM\" (local time) or RFC 3339";
            if ja {
                (
                    format!("面接日時 '{text}' を読めません"),
                    Some(format!("書き方: {hint}")),
                )
            } else {
                (
                    format!("cannot read the interview date '{text}'"),
                    Some(format!("use {hint}")),
                )
            }
        }
        ApplyProblem::BadGoal(text) => {
            let text = text.escape_debug();
            if ja {
                (
                    format!("'{text}' は週の応募数として使えません"),
                    Some("1 から 100 までの整数で指定してください".into()),
                )
            } else {
                (
                    format!("'{text}' is not a number of applications per week"),
                    Some("give a whole number from 1 to 100".into()),
                )
            }
        }
        ApplyProblem::TooLong { field, max } => too_long(*field, *max, lang),
    };
    Some(worded)
}

fn move_error(
    number: usize,
    to: Stage,
    problem: &MoveProblem,
    lang: Lang,
    stage: &dyn Fn(Stage) -> String,
) -> (String, Option<String>) {
    let ja = lang == Lang::Ja;
    let (to_name, list) = (stage(to), "roadmap apply list");
    match problem {
        MoveProblem::Closed(at) => {
            if ja {
                (
                    format!(
                        "応募 #{number} は「{}」で終わっています。「{to_name}」にはできません",
                        stage(*at)
                    ),
                    Some("間違えた更新は roadmap undo で取り消せます".to_string()),
                )
            } else {
                (
                    format!(
                        "application #{number} is closed ({}): it cannot move to {to_name}",
                        stage(*at)
                    ),
                    Some("a mistaken move is taken back with: roadmap undo".into()),
                )
            }
        }
        MoveProblem::Backwards { from } => {
            if ja {
                (
                    format!(
                        "応募 #{number} はすでに「{}」です。「{to_name}」には戻せません",
                        stage(*from)
                    ),
                    Some("間違えた更新は roadmap undo で取り消せます".into()),
                )
            } else {
                (
                    format!(
                        "application #{number} is at {} already: it cannot go back to {to_name}",
                        stage(*from)
                    ),
                    Some("a mistaken move is taken back with: roadmap undo".into()),
                )
            }
        }
        MoveProblem::Already => {
            if ja {
                (
                    format!("応募 #{number} はすでに「{to_name}」です"),
                    Some(format!("いまの状況は {list} で確かめられます")),
                )
            } else {
                (
                    format!("application #{number} is at {to_name} already"),
                    Some(format!("see where each stands with: {list}")),
                )
            }
        }
        MoveProblem::BeforeApplication(at) => {
            if ja {
                (
                    format!("応募日 ({}) より前の日付です", date(at)),
                    Some("--at で応募日以降の日付を指定してください".into()),
                )
            } else {
                (
                    format!("the date is before the application was sent ({})", date(at)),
                    Some("give --at a date on or after it".into()),
                )
            }
        }
        MoveProblem::BeforeLastChange(at) => {
            if ja {
                (
                    format!("前回の更新 ({}) より前の日付です", date(at)),
                    Some("--at でそれ以降の日付を指定してください".into()),
                )
            } else {
                (
                    format!("the date is before the last move ({})", date(at)),
                    Some("give --at a date on or after it".into()),
                )
            }
        }
        MoveProblem::InterviewDateNotInterview => {
            if ja {
                (
                    "--interview-at は面接 (interview) にだけ指定できます".into(),
                    None,
                )
            } else {
                (
                    "--interview-at goes with the interview stage only".into(),
                    None,
                )
            }
        }
    }
}
