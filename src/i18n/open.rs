//! The words of `roadmap open`, in English and Japanese: one exhaustive
//! `match` per language.

use crate::lang::Lang;

#[derive(Debug, Clone, PartialEq)]
pub enum OpenMsg {
    Opened,
    /// Resource `n` asked of step `step`, which lists `count`.
    NoSuchResource {
        step: String,
        n: u16,
        count: usize,
    },
    NoSuchResourceHint {
        step: String,
    },
    NotAWebLink {
        url: String,
    },
    NotAWebLinkHint,
    CannotOpen {
        url: String,
        problem: String,
    },
    CannotOpenHint,
}

impl OpenMsg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }

    fn en(&self) -> String {
        use OpenMsg::*;
        match self {
            Opened => "Opened in your browser:".into(),
            NoSuchResource {
                step,
                n: _,
                count: 0,
            } => {
                format!("step {step} has no resource for your stack")
            }
            NoSuchResource { step, n, count: 1 } => {
                format!("step {step} has 1 resource, not {n}")
            }
            NoSuchResource { step, n, count } => {
                format!("step {step} has {count} resources, not {n}")
            }
            NoSuchResourceHint { step } => format!("`roadmap show {step}` lists them"),
            NotAWebLink { url } => format!("'{url}' is not an http or https link; not opened"),
            NotAWebLinkHint => "only web links are opened; the roadmap file may be wrong".into(),
            CannotOpen { url, problem } => {
                format!("could not open a browser for {url}: {problem}")
            }
            CannotOpenHint => "copy the link instead: roadmap open <STEP> --print".into(),
        }
    }

    fn ja(&self) -> String {
        use OpenMsg::*;
        match self {
            Opened => "ブラウザーで開きました:".into(),
            NoSuchResource {
                step,
                n: _,
                count: 0,
            } => {
                format!("ステップ {step} には、あなたのスタック向けの資料がありません")
            }
            NoSuchResource { step, n, count } => {
                format!("ステップ {step} の資料は {count} 件です（{n} 番目はありません）")
            }
            NoSuchResourceHint { step } => format!("`roadmap show {step}` で一覧を見られます"),
            NotAWebLink { url } => {
                format!("'{url}' は http / https のリンクではないため、開きません")
            }
            NotAWebLinkHint => {
                "開くのは Web のリンクだけです。ロードマップのファイルが誤っているかもしれません"
                    .into()
            }
            CannotOpen { url, problem } => {
                format!("{url} をブラウザーで開けませんでした: {problem}")
            }
            CannotOpenHint => {
                "代わりにリンクをコピーしてください: roadmap open <ステップ> --print".into()
            }
        }
    }
}
