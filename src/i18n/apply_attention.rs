//! What the today view says about an application that needs the learner:
//! the words before the company's name and the advice after it, in
//! English and Japanese.

use crate::lang::Lang;

/// Since when an application has waited (`since` in the today view's JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    Applied,
    Passed,
    Interview,
    Offer,
}

impl Since {
    pub fn code(self) -> &'static str {
        match self {
            Since::Applied => "applied",
            Since::Passed => "passed",
            Since::Interview => "interview",
            Since::Offer => "offer",
        }
    }

    pub fn from_code(code: &str) -> Option<Since> {
        [
            Since::Applied,
            Since::Passed,
            Since::Interview,
            Since::Offer,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }
}

/// One application waiting `days` since `since`: the words before its
/// company's name, and the advice after it.
pub fn waiting(number: usize, days: i64, since: Since, lang: Lang) -> (String, String) {
    match lang {
        Lang::En => match since {
            Since::Applied => (
                format!("No answer {days} days after applying: #{number}"),
                " (follow up, or record it as rejected)".into(),
            ),
            Since::Interview => (
                format!("No answer {days} days after the interview: #{number}"),
                " (follow up, or record it as rejected)".into(),
            ),
            Since::Passed => (
                format!("No move for {days} days since passing screening: #{number}"),
                " (check on the interview date)".into(),
            ),
            Since::Offer => (
                format!("Offer waiting for your answer: #{number}"),
                format!(" ({days} days)"),
            ),
        },
        Lang::Ja => match since {
            Since::Applied => (
                format!("応募から{days}日 返事がありません: #{number}"),
                "（問い合わせるか、見送りとして記録しましょう）".into(),
            ),
            Since::Interview => (
                format!("面接から{days}日 返事がありません: #{number}"),
                "（問い合わせるか、見送りとして記録しましょう）".into(),
            ),
            Since::Passed => (
                format!("書類通過から{days}日間 動きがありません: #{number}"),
                "（面接日程を確認しましょう）".into(),
            ),
            Since::Offer => (
                format!("内定の返事待ち: #{number}"),
                format!("（{days}日経過）"),
            ),
        },
    }
}

/// Once an offer is accepted: withdraw from the `open` others.
pub fn accepted(open: usize, lang: Lang) -> String {
    match lang {
        Lang::En if open == 1 => {
            "You accepted an offer: tell the one application still in progress that you withdraw"
                .into()
        }
        Lang::En => format!(
            "You accepted an offer: tell the {open} applications still in progress that you withdraw"
        ),
        Lang::Ja => format!("内定を承諾しました。選考中の応募 {open} 件に辞退を伝えましょう"),
    }
}
