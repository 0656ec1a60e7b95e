//! Words of first use (the today view, `find`, forgiving references,
//! `--at`, export formats), in English and Japanese. Each language is one
//! `match` over every message, so a message without a translation does not
//! compile.

use crate::import::roadmapsh::Skipped;
use crate::lang::Lang;
use crate::view::Field;

#[derive(Debug, Clone, PartialEq)]
pub enum UxMsg {
    // The today view.
    TodayInProgress,
    TodayUpNext,
    TodayAllDone,
    NothingAvailable,
    Overall,
    DoneWhen,
    HoursLeft {
        hours: String,
    },
    Then,
    More,

    // find
    FindNone {
        words: String,
    },
    FindNoneHint,
    FindCount {
        count: usize,
        words: String,
    },
    FindField(Field),
    FieldSeparator,
    FindMore,

    // Step references.

    // --at

    // export -o

    // start, --user
    /// After the language-choice step: set the stack (`stacks` joined).
    /// Said over the command that sets the stack.
    StackHint,
    Reopened {
        step: String,
    },

    /// A resource's facts (kind, cost, language) before its title.
    FactsFirst(Vec<String>),
    /// A node `import roadmapsh` left out, and why.
    Skipped(Skipped),

    // Units and marks.
    Hours {
        figure: String,
    },
    OptionalMark,
}

impl UxMsg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en(self),
            Lang::Ja => ja(self),
        }
    }
}

/// Hours as people read them: `12h`, `1.5h`; `12時間` in Japanese.
pub fn hours(hours: f64, lang: Lang) -> String {
    let figure = if hours.fract() == 0.0 {
        format!("{hours:.0}")
    } else {
        format!("{hours:.1}")
    };
    UxMsg::Hours { figure }.text(lang)
}

/// A `YYYY-MM-DD` date as prose: unchanged in English, `2026年12月3日` in
/// Japanese.
pub fn prose_date(date: &str, lang: Lang) -> String {
    match chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d") {
        Ok(day) if lang == Lang::Ja => day.format("%Y年%-m月%-d日").to_string(),
        _ => date.to_string(),
    }
}

fn en(msg: &UxMsg) -> String {
    let s = |s: &str| s.to_string();
    match msg {
        UxMsg::TodayInProgress => s("In progress"),
        UxMsg::TodayUpNext => s("Up next"),
        UxMsg::TodayAllDone => s("Every step of this roadmap is done. Well done!"),
        UxMsg::NothingAvailable => {
            s("Nothing is available: every remaining step waits on a prerequisite.")
        }
        UxMsg::Overall => s("Overall"),
        UxMsg::DoneWhen => s("Done when:"),
        UxMsg::HoursLeft { hours } => format!("{hours} left"),
        UxMsg::Then => s("Then:"),
        UxMsg::More => s("more:"),

        UxMsg::FindNone { words } => format!("No step matches '{words}'."),
        UxMsg::FindNoneHint => s("Every word must appear; `roadmap list` shows every step."),
        UxMsg::FindCount { count: 1, words } => format!("1 step matches '{words}':"),
        UxMsg::FindCount { count, words } => format!("{count} steps match '{words}':"),
        UxMsg::FindField(field) => s(match field {
            Field::Id => "id",
            Field::Title => "title",
            Field::Summary => "summary",
            Field::DoneWhen => "done when",
            Field::Checklist => "checklist",
        }),
        UxMsg::FieldSeparator => s(", "),
        UxMsg::FindMore => s("More:"),

        UxMsg::Reopened { step } => format!("{step} was finished; start reopens it"),
        UxMsg::StackHint => {
            s("Tip: say which language you chose, and only its resources are shown:")
        }

        UxMsg::FactsFirst(facts) => format!("{}: ", facts.join(", ")),
        UxMsg::Skipped(Skipped::NoId { index }) => format!("nodes[{index}]: no id"),
        UxMsg::Skipped(Skipped::IdUsedBefore { index, id }) => {
            format!("nodes[{index}]: id '{id}' used before")
        }
        UxMsg::Skipped(Skipped::NoLabel { id }) => format!("node '{id}': a topic without a label"),
        UxMsg::Hours { figure } => format!("{figure}h"),
        UxMsg::OptionalMark => s(" (optional)"),
    }
}

fn ja(msg: &UxMsg) -> String {
    let s = |s: &str| s.to_string();
    match msg {
        UxMsg::TodayInProgress => s("進行中"),
        UxMsg::TodayUpNext => s("次のステップ"),
        UxMsg::TodayAllDone => {
            s("このロードマップのステップはすべて完了です。おつかれさまでした。")
        }
        UxMsg::NothingAvailable => {
            s("今取り組めるステップはありません。残りのステップはすべて前提ステップ待ちです。")
        }
        UxMsg::Overall => s("全体"),
        UxMsg::DoneWhen => s("完了の目安:"),
        UxMsg::HoursLeft { hours } => format!("残り {hours}"),
        UxMsg::Then => s("次は:"),
        UxMsg::More => s("ほか:"),

        UxMsg::FindNone { words } => format!("'{words}' に当てはまるステップはありません。"),
        UxMsg::FindNoneHint => {
            s("すべての語を含むステップを探します。`roadmap list` で全ステップを確認できます。")
        }
        UxMsg::FindCount { count, words } => {
            format!("'{words}' に当てはまるステップ: {count} 件")
        }
        UxMsg::FindField(field) => s(match field {
            Field::Id => "ID",
            Field::Title => "タイトル",
            Field::Summary => "概要",
            Field::DoneWhen => "完了の目安",
            Field::Checklist => "チェックリスト",
        }),
        UxMsg::FieldSeparator => s("、"),
        UxMsg::FindMore => s("詳しく:"),

        UxMsg::Reopened { step } => format!("完了済みの {step} を進行中に戻しました"),
        UxMsg::StackHint => s("ヒント: 選んだ言語を設定すると、その言語の資料だけが表示されます。"),

        UxMsg::FactsFirst(facts) => format!("{}: ", facts.join("・")),
        UxMsg::Skipped(Skipped::NoId { index }) => format!("nodes[{index}]: ID がありません"),
        UxMsg::Skipped(Skipped::IdUsedBefore { index, id }) => {
            format!("nodes[{index}]: ID '{id}' はすでに使われています")
        }
        UxMsg::Skipped(Skipped::NoLabel { id }) => {
            format!("ノード '{id}': ラベルのないトピックです")
        }
        UxMsg::Hours { figure } => format!("{figure}時間"),
        UxMsg::OptionalMark => s("（任意）"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_and_dates_read_in_each_language() {
        assert_eq!(hours(12.0, Lang::En), "12h");
        assert_eq!(hours(1.5, Lang::En), "1.5h");
        assert_eq!(hours(3.0, Lang::Ja), "3時間");
        assert_eq!(hours(2.5, Lang::Ja), "2.5時間");
        assert_eq!(prose_date("2026-12-03", Lang::Ja), "2026年12月3日");
        assert_eq!(prose_date("2026-12-03", Lang::En), "2026-12-03");
    }
}
