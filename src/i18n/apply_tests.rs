use super::*;
use crate::error::Error;
use crate::progress::{ApplyProblem, MoveProblem};
use chrono::{TimeZone, Utc};

fn problems() -> Vec<ApplyProblem> {
    let at = Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap();
    let moved = |problem| ApplyProblem::Move {
        number: 2,
        to: Stage::Offer,
        problem,
    };
    vec![
        ApplyProblem::Unknown {
            given: "9".into(),
            count: 3,
        },
        ApplyProblem::EmptyCompany,
        ApplyProblem::UnknownChannel("fax".into()),
        ApplyProblem::UnknownStage("later".into()),
        moved(MoveProblem::Closed(Stage::Rejected)),
        moved(MoveProblem::Backwards {
            from: Stage::Accepted,
        }),
        moved(MoveProblem::Already),
        moved(MoveProblem::BeforeApplication(at)),
        moved(MoveProblem::BeforeLastChange(at)),
        moved(MoveProblem::InterviewDateNotInterview),
        ApplyProblem::BadInterviewAt("soon".into()),
        ApplyProblem::BadGoal("0".into()),
        ApplyProblem::TooLong {
            field: crate::progress::ApplyField::Note,
            max: 2000,
        },
    ]
}

#[test]
fn every_refusal_reads_in_both_languages() {
    let japanese = |text: &str| text.chars().any(|c| c > '\u{3000}');
    for problem in problems() {
        let err = Error::Apply(problem);
        let (en, en_hint) = crate::i18n::error(&err, Lang::En);
        let (ja, ja_hint) = crate::i18n::error(&err, Lang::Ja);
        assert!(!en.is_empty() && !japanese(&en), "{en}");
        assert!(japanese(&ja), "{ja}");
        assert_eq!(en_hint.is_some(), ja_hint.is_some(), "{en}");
        if let (Some(en), Some(ja)) = (en_hint, ja_hint) {
            assert!(!japanese(&en) && japanese(&ja), "{en} / {ja}");
        }
    }
}

#[test]
fn every_channel_and_stage_has_both_names() {
    for channel in Channel::ALL {
        assert_ne!(channel_en(channel), channel_ja(channel));
    }
    for stage in Stage::ALL {
        assert_ne!(stage_en(stage), stage_ja(stage));
    }
}
