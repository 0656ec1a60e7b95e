//! The words of the roadmap format's newer parts: checklists and `tick`,
//! alternatives (`requires_any`), resource facts and `roadmap stack`.
//! Reached through [`Msg::Format`](super::Msg::Format).

use crate::lang::Lang;
use crate::roadmap::Cost as Price;

#[derive(Debug, Clone, PartialEq)]
pub enum FormatMsg {
    /// Heading of a step's checklist in `show`.
    Checklist,
    /// Heading of a step's alternatives in `show`.
    RequiresAny,
    /// How many resources are hidden because they are for other stacks.
    ResourcesHidden(usize),
    /// Before the first unticked item in `next`.
    NextItem,
    /// A cost worth marking (never `Free`).
    Cost(Price),
    /// A language by its code, for resources not in the reader's language.
    Language(String),
    /// The head of a `tick`/`untick` report, before the step.
    Ticked(Vec<u32>),
    Unticked(Vec<u32>),
    AlreadyTicked(Vec<u32>),
    NotTicked(Vec<u32>),
    AllTicked,
    /// Followed by the step's number.
    DoneWhenReady,
    /// An undone tick (`ticked`) or untick, around the step's label.
    TickUndoneBefore {
        item: u32,
        ticked: bool,
    },
    TickUndoneAfter {
        item: u32,
        ticked: bool,
    },
    StackNow(String),
    OtherStacksHidden,
    StackCleared,
    NoStackChosen,
    EveryStackShown,
    YourStack(String),
    StacksInRoadmap(Vec<String>),
    ChooseStack,
    NoStacks,
    // Errors and hints.
}

pub fn text(msg: &FormatMsg, lang: Lang) -> String {
    match lang {
        Lang::En => en(msg),
        Lang::Ja => ja(msg),
    }
}

fn numbers(items: &[u32], separator: &str) -> String {
    let items: Vec<String> = items.iter().map(u32::to_string).collect();
    items.join(separator)
}

fn items_en(items: &[u32]) -> String {
    let noun = if items.len() == 1 { "item" } else { "items" };
    format!("{noun} {}", numbers(items, ", "))
}

fn en(msg: &FormatMsg) -> String {
    use FormatMsg::*;
    let s = |s: &str| s.to_string();
    match msg {
        Checklist => s("Checklist"),
        RequiresAny => s("Requires any one of"),
        ResourcesHidden(n) => format!("{n} for other stacks hidden (roadmap stack)"),
        NextItem => s("Next item:"),
        Cost(Price::Free) => s("free"),
        Cost(Price::Freemium) => s("partly paid"),
        Cost(Price::Paid) => s("paid"),
        Language(code) => match code.as_str() {
            "en" => s("English"),
            "ja" => s("Japanese"),
            other => s(other),
        },
        Ticked(items) => format!("Ticked {} of", items_en(items)),
        Unticked(items) => format!("Unticked {} of", items_en(items)),
        AlreadyTicked(items) => format!("Already ticked: {} of", items_en(items)),
        NotTicked(items) => format!("Not ticked: {} of", items_en(items)),
        AllTicked => s("Every item is ticked."),
        DoneWhenReady => s("When the step is done: roadmap done "),
        TickUndoneBefore { item, ticked } => {
            let what = if *ticked { "tick" } else { "untick" };
            format!("{what} of item {item} on ")
        }
        TickUndoneAfter { .. } => String::new(),
        StackNow(stack) => format!("Your stack is now {stack}."),
        OtherStacksHidden => s("Resources for other stacks are hidden."),
        StackCleared => s("Stack cleared."),
        NoStackChosen => s("No stack chosen."),
        EveryStackShown => s("Resources for every stack are shown."),
        YourStack(stack) => format!("Your stack: {stack}"),
        StacksInRoadmap(stacks) => format!("Stacks in this roadmap: {}", stacks.join(", ")),
        ChooseStack => s("Choose one with: roadmap stack NAME"),
        NoStacks => s("This roadmap's resources name no stack."),
    }
}

fn ja(msg: &FormatMsg) -> String {
    use FormatMsg::*;
    let s = |s: &str| s.to_string();
    match msg {
        Checklist => s("チェックリスト"),
        RequiresAny => s("前提ステップ（いずれか1つ）"),
        ResourcesHidden(n) => format!("ほかのスタック向けの {n} 件は非表示（roadmap stack）"),
        NextItem => s("次の項目:"),
        Cost(Price::Free) => s("無料"),
        Cost(Price::Freemium) => s("一部有料"),
        Cost(Price::Paid) => s("有料"),
        Language(code) => match code.as_str() {
            "en" => s("英語"),
            "ja" => s("日本語"),
            other => s(other),
        },
        Ticked(items) => format!("項目 {} にチェックしました:", numbers(items, "、")),
        Unticked(items) => format!("項目 {} のチェックを外しました:", numbers(items, "、")),
        AlreadyTicked(items) => format!("項目 {} はチェック済みです:", numbers(items, "、")),
        NotTicked(items) => {
            format!("項目 {} はチェックされていません:", numbers(items, "、"))
        }
        AllTicked => s("すべての項目にチェックしました。"),
        DoneWhenReady => s("ステップを終えたら: roadmap done "),
        TickUndoneBefore { .. } => String::new(),
        TickUndoneAfter { item, ticked } => {
            if *ticked {
                format!(" の項目 {item} へのチェック")
            } else {
                format!(" の項目 {item} のチェック外し")
            }
        }
        StackNow(stack) => format!("スタックを {stack} にしました。"),
        OtherStacksHidden => s("ほかのスタック向けの資料は表示しません。"),
        StackCleared => s("スタックの設定を外しました。"),
        NoStackChosen => s("スタックは未設定です。"),
        EveryStackShown => s("すべてのスタック向けの資料を表示します。"),
        YourStack(stack) => format!("あなたのスタック: {stack}"),
        StacksInRoadmap(stacks) => {
            format!("このロードマップのスタック: {}", stacks.join(", "))
        }
        ChooseStack => s("選ぶには: roadmap stack 名前"),
        NoStacks => s("このロードマップの資料はスタックを指定していません。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_counts_read_naturally() {
        assert_eq!(en(&FormatMsg::Ticked(vec![3])), "Ticked item 3 of");
        assert_eq!(en(&FormatMsg::Ticked(vec![1, 3])), "Ticked items 1, 3 of");
        assert_eq!(
            ja(&FormatMsg::Ticked(vec![1, 3])),
            "項目 1、3 にチェックしました:"
        );
    }
}
