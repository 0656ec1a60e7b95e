//! Line breaking for the printer: where a line may break (after spaces,
//! and between CJK characters, keeping closing punctuation on its line),
//! and the lines that result at a width, by textwrap's first-fit.

use textwrap::core::{Word, break_words, display_width};
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthChar;

/// A piece of a wrapped line: a byte range of the text and whether it is
/// the spacing between two words (drawn without colour).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
}

/// Display width of a text already made safe (CJK counts two).
pub fn width(text: &str) -> usize {
    display_width(text)
}

/// Breaks `text` (one line, already sanitised) into lines of at most
/// `width` columns; the lines after the first leave `hang` columns for
/// their indent. Each line is a list of pieces of `text`.
pub fn wrap(text: &str, width: usize, hang: usize) -> Vec<Vec<Piece>> {
    let rest = width.saturating_sub(hang).max(1);
    let words = break_words(words(text), rest);
    let widths = [width.max(1) as f64, rest as f64];
    let base = text.as_ptr() as usize;
    let offset = |s: &str| s.as_ptr() as usize - base;
    wrap_first_fit(&words, &widths)
        .into_iter()
        .map(|line| {
            let mut pieces = Vec::with_capacity(line.len() * 2);
            for (i, word) in line.iter().enumerate() {
                let start = offset(word.word);
                pieces.push(Piece {
                    start,
                    end: start + word.word.len(),
                });
                if i + 1 < line.len() && !word.whitespace.is_empty() {
                    let start = offset(word.whitespace);
                    pieces.push(Piece {
                        start,
                        end: start + word.whitespace.len(),
                    });
                }
            }
            pieces
        })
        .collect()
}

/// The words of a line: a break is allowed after a run of spaces, and
/// before or after a wide (CJK) character unless punctuation forbids it.
fn words(text: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if let Some(p) = prev {
            let after_space = p == ' ' && c != ' ';
            let wide = (is_wide(p) || is_wide(c)) && p != ' ' && c != ' ';
            if after_space || (wide && !no_break_before(c) && !no_break_after(p)) {
                words.push(Word::from(&text[start..i]));
                start = i;
            }
        }
        prev = Some(c);
    }
    if start < text.len() {
        words.push(Word::from(&text[start..]));
    }
    words
}

fn is_wide(c: char) -> bool {
    c.width().unwrap_or(0) >= 2
}

/// Characters that must not start a line (kinsoku): closing brackets
/// and quotes, Japanese and Latin stops and commas, the long-vowel mark,
/// iteration marks and every small kana.
fn no_break_before(c: char) -> bool {
    matches!(
        c,
        '、' | '。'
            | '，'
            | '．'
            | '・'
            | '：'
            | '；'
            | '？'
            | '！'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
            | 'ー'
            | 'ｰ'
            | '〜'
            | '～'
            | '…'
            | '‥'
            | '゛'
            | '゜'
            | '々'
            | '〻'
            | 'ゝ'
            | 'ゞ'
            | 'ヽ'
            | 'ヾ'
            | '」'
            | '』'
            | '）'
            | '］'
            | '｝'
            | '〉'
            | '》'
            | '】'
            | '〕'
            | '〙'
            | '〗'
            | '｣'
            | '〟'
            | '”'
            | '’'
            | '»'
            | ')'
            | ']'
            | '}'
            | ','
            | '.'
            | ':'
            | ';'
            | '!'
            | '?'
            | '%'
    ) || is_small_kana(c)
}

/// The small kana: ぁ ぃ ぅ ぇ ぉ っ ゃ ゅ ょ ゎ ゕ ゖ, their katakana,
/// the small katakana of Ainu (ㇰ–ㇿ) and the half-width ones.
fn is_small_kana(c: char) -> bool {
    matches!(
        c,
        'ぁ' | 'ぃ' | 'ぅ' | 'ぇ' | 'ぉ' | 'っ' | 'ゃ' | 'ゅ' | 'ょ' | 'ゎ' | 'ゕ' | 'ゖ'
            | 'ァ' | 'ィ' | 'ゥ' | 'ェ' | 'ォ' | 'ッ' | 'ャ' | 'ュ' | 'ョ' | 'ヮ' | 'ヵ' | 'ヶ'
            | '\u{31F0}'..='\u{31FF}'
            | 'ｧ'..='ｯ'
    )
}

/// Characters that must not end a line: opening brackets and quotes.
fn no_break_after(c: char) -> bool {
    matches!(
        c,
        '「' | '『'
            | '（'
            | '［'
            | '｛'
            | '〈'
            | '《'
            | '【'
            | '〔'
            | '〘'
            | '〖'
            | '｢'
            | '〝'
            | '“'
            | '‘'
            | '«'
            | '('
            | '['
            | '{'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize, hang: usize) -> Vec<String> {
        wrap(text, width, hang)
            .into_iter()
            .map(|line| line.iter().map(|p| &text[p.start..p.end]).collect())
            .collect()
    }

    #[test]
    fn breaks_at_spaces() {
        assert_eq!(
            lines("alpha beta gamma delta", 11, 2),
            ["alpha beta", "gamma", "delta"]
        );
    }

    #[test]
    fn breaks_between_cjk_but_not_before_closing_marks() {
        let text = "日本語の文章です。続きます";
        for line in lines(text, 10, 0) {
            assert!(width(&line) <= 10, "{line}");
            assert!(!line.starts_with('。'), "{line}");
        }
    }

    #[test]
    fn long_words_are_cut_to_fit() {
        for line in lines("https://example.com/a/very/long/address", 12, 4) {
            assert!(width(&line) <= 12);
        }
    }

    #[test]
    fn leading_spaces_stay() {
        assert_eq!(lines("   indented text", 40, 3), ["   indented text"]);
    }

    /// Whether `line` breaks a kinsoku rule: it starts with a character
    /// that must not start a line, or ends with one that must not end it.
    fn breaks_kinsoku(line: &str) -> bool {
        let body = line.trim();
        body.chars().next().is_some_and(no_break_before)
            || body.chars().last().is_some_and(no_break_after)
    }

    #[test]
    fn small_kana_and_long_vowels_stay_with_what_comes_before() {
        // The reported breaks: 「フ」/「ァイル」, 「チ」/「ェックリスト」.
        for text in [
            "ファイルの入出力",
            "チェックリスト",
            "ステップ・バイ・ステップ（基礎）",
        ] {
            // From the widest unbreakable run (チェッ) up.
            for width in 6..=width(text) {
                for line in lines(text, width, 0) {
                    assert!(!breaks_kinsoku(&line), "{text} at {width}: {line:?}");
                }
            }
        }
        assert!(no_break_before('ァ') && no_break_before('ヶ') && no_break_before('ｯ'));
        assert!(no_break_after('「') && !no_break_after('」'));
    }

    /// Every Japanese text of the built-in roadmap, wrapped at 60 and 80
    /// columns with the hangs the views use.
    #[test]
    fn the_built_in_roadmap_s_japanese_keeps_kinsoku_at_60_and_80() {
        use crate::lang::Lang;
        let roadmap = crate::roadmap::Roadmap::builtin().expect("the built-in roadmap loads");
        let mut texts: Vec<String> = Vec::new();
        for step in &roadmap.steps {
            texts.push(step.title(Lang::Ja).to_string());
            texts.extend(step.summary(Lang::Ja).lines().map(str::to_string));
            texts.extend(step.done_when(Lang::Ja).lines().map(str::to_string));
            texts.extend(
                step.checklist
                    .iter()
                    .map(|item| item.text(Lang::Ja).to_string()),
            );
        }
        let mut checked = 0;
        for text in &texts {
            for (width, hang) in [(60, 2), (60, 13), (80, 4), (80, 13)] {
                let prefixed = format!("{:hang$}{text}", "");
                for line in lines(&prefixed, width, hang) {
                    assert!(width >= super::width(&line), "{line}");
                    assert!(!breaks_kinsoku(&line), "{width}/{hang}: {line:?} in {text}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "only {checked} lines checked");
    }
}
