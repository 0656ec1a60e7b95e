//! The words of the study timer, in English and Japanese: one exhaustive
//! `match` per language. Values inside are our own figures and the step's
//! number and title, already formatted.

use crate::lang::Lang;

pub use crate::view::TimerMsg;

impl TimerMsg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }

    fn en(&self) -> String {
        use TimerMsg::*;
        match self {
            Started { step, time } => format!("Timer started at {time} on {step}"),
            StopHint => "`roadmap study stop` logs the time".into(),
            Running { step, span, time } => {
                format!("Timer: {span} on {step} (since {time})")
            }
            Discarded { span } => format!("Timer stopped after {span}; nothing logged"),
            UnderAMinute => "Timer stopped after less than a minute; nothing logged".into(),
            AlreadyRunning { step, time } => {
                format!("a timer is already running on {step} (since {time})")
            }
            AlreadyRunningHint => {
                "stop it first: roadmap study stop (or --discard to drop it)".into()
            }
            NotRunning => "no timer is running".into(),
            NotRunningHint => "start one with: roadmap study start <STEP>".into(),
            Long { span } => format!("the timer has run for {span}; not logged without asking"),
            LongHint => "log it with --force, or drop it with --discard and log the real time \
                         with roadmap study <STEP> <DURATION>"
                .into(),
            OverADay { span } => {
                format!("the timer has run for {span}, more than a session may hold (24h)")
            }
            OverADayHint => "drop it with --discard and log the real time with \
                             roadmap study <STEP> <DURATION>"
                .into(),
            StepGone { step } => {
                format!("the timer's step '{step}' is not in this roadmap; use --discard")
            }
            NoStepToTime => "no step is in progress or available: name one".into(),
            Confirm { span } => format!("The timer has run for {span}. Log it all? [y/N] "),
        }
    }

    fn ja(&self) -> String {
        use TimerMsg::*;
        match self {
            Started { step, time } => format!("{time} にタイマーを開始しました: {step}"),
            StopHint => "roadmap study stop で時間を記録します".into(),
            Running { step, span, time } => {
                format!("タイマー: {step} — {span}経過（{time} から）")
            }
            Discarded { span } => format!("{span}でタイマーを止めました（記録していません）"),
            UnderAMinute => "1 分未満でタイマーを止めました（記録していません）".into(),
            AlreadyRunning { step, time } => {
                format!("タイマーはすでに動いています: {step}（{time} から）")
            }
            AlreadyRunningHint => {
                "先に roadmap study stop で止めてください（記録しないなら --discard）".into()
            }
            NotRunning => "タイマーは動いていません".into(),
            NotRunningHint => "roadmap study start <ステップ> で開始できます".into(),
            Long { span } => {
                format!("タイマーが {span}動いています。確認なしでは記録しません")
            }
            LongHint => "記録するなら --force を、止めるだけなら --discard を付け、\
                         実際の時間は roadmap study <ステップ> <時間> で記録してください"
                .into(),
            OverADay { span } => {
                format!("タイマーが {span}動いています。1 回の記録の上限（24 時間）を超えています")
            }
            OverADayHint => "--discard で止め、実際の時間を roadmap study <ステップ> <時間> \
                             で記録してください"
                .into(),
            StepGone { step } => {
                format!(
                    "タイマーのステップ '{step}' はこのロードマップにありません。--discard で止めてください"
                )
            }
            NoStepToTime => {
                "取り組み中や着手できるステップがありません。ステップを指定してください".into()
            }
            Confirm { span } => {
                format!("タイマーが {span}動いていました。すべて記録しますか？ [y/N] ")
            }
        }
    }
}
