//! The Japanese text is written in one consistent style.

use super::*;

/// Each piece of Japanese text in the roadmap, with where it is.
fn japanese_texts(roadmap: &Value) -> Vec<(String, &str)> {
    let mut texts = Vec::new();
    for stage in roadmap["stages"].as_array().expect("stages") {
        texts.push((format!("stage {}", text(stage, "id")), ja(stage, "title")));
    }
    for step in steps(roadmap) {
        for field in ["title", "summary", "done_when"] {
            texts.push((format!("{} {field}", id(step)), ja(step, field)));
        }
        for (n, item) in checklist(step).into_iter().enumerate() {
            let place = format!("{} checklist item {}", id(step), n + 1);
            texts.push((place, ja(item, "text")));
        }
    }
    texts
}

/// Kana (with ー) and kanji; the middle dot ・ is punctuation.
fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30fa}' | 'ー' | '\u{4e00}'..='\u{9fff}' | '々')
}

/// One style for the Japanese text: です/ます in summaries, one tense in
/// `done_when`, one spelling per term, consistent spacing.
#[test]
fn japanese_style_is_consistent() {
    let roadmap = roadmap();
    for step in steps(&roadmap) {
        let summary = ja(step, "summary");
        assert!(
            ["ます。", "ましょう。", "です。", "でしょう。"]
                .iter()
                .any(|end| summary.ends_with(end)),
            "{}: the summary ends in です/ます: {summary}",
            id(step)
        );
        let done_when = ja(step, "done_when");
        assert!(
            done_when.ends_with("る。") || done_when.ends_with("い。"),
            "{}: done_when states what is true now: {done_when}",
            id(step)
        );
    }
    // Short forms whose long form (with ー) is the one spelling used.
    let short_forms = [
        "サーバ",
        "ユーザ",
        "デバッガ",
        "エディタ",
        "フォルダ",
        "ブラウザ",
        "パラメータ",
        "ヘッダ",
        "インタープリタ",
        "コンピュータ",
        "メンテナ",
        "レイテンシ",
    ];
    // Short forms Japanese engineers write: コンテナ, and IPA's プレースホルダ.
    // And lines that read as translations (issue #24).
    let banned = [
        "ひとつ",
        "処理系",
        "就職活動",
        "回り道",
        "インタプリタ",
        "コンテナー",
        "プレースホルダー",
        "パラメーター化",
        "守りを固め",
        "飽和度",
        "自信ありげ",
        "科目 A",
        "科目 B",
    ];
    for (place, line) in japanese_texts(&roadmap) {
        for word in banned {
            assert!(!line.contains(word), "{place}: {word:?} in {line}");
        }
        for short in short_forms {
            for (at, _) in line.match_indices(short) {
                assert!(
                    line[at + short.len()..].starts_with('ー'),
                    "{place}: write {short}ー: {line}"
                );
            }
        }
        // IPA writes the parts of its exam without a space: 科目A, 科目B.
        let line = line.replace("科目A", "科目").replace("科目B", "科目");
        let chars: Vec<char> = line.chars().collect();
        for window in chars.windows(3) {
            if let [a, ' ', b] = window {
                assert!(
                    !(is_japanese(*a) && is_japanese(*b)),
                    "{place}: a space between Japanese characters: {line}"
                );
            }
        }
        for pair in chars.windows(2) {
            let [a, b] = pair else { continue };
            let touching = (a.is_ascii_alphabetic() && is_japanese(*b))
                || (is_japanese(*a) && b.is_ascii_alphabetic());
            assert!(!touching, "{place}: a space belongs between {a}{b}: {line}");
        }
        let ascii_parens = line.contains('(') || line.contains(')');
        assert!(
            !ascii_parens || line.contains("alert(1)"),
            "{place}: full-width parentheses in Japanese: {line}"
        );
    }
}
