//! Roadmap problems (`roadmap validate`, an invalid `--roadmap` file) in
//! the interface language.
//!
//! The validator words its problems in English, with the names it found
//! (ids, fields, numbers) inside; here each wording has its Japanese form,
//! with the same names carried over. JSON output keeps the English text.

use crate::lang::Lang;
use crate::roadmap::Problem;

/// English wording and its Japanese form; `{}` stands for a name carried
/// over, in order.
const MESSAGES: &[(&str, &str)] = &[
    (
        "missing required field '{}'",
        "必須の項目 '{}' がありません",
    ),
    ("'{}' is empty", "'{}' が空です"),
    (
        "duplicate stage id (first used by stages[{}])",
        "ステージ ID が重複しています（最初に使ったのは stages[{}]）",
    ),
    (
        "duplicate step id (first used by steps[{}])",
        "ステップ ID が重複しています（最初に使ったのは steps[{}]）",
    ),
    (
        "prerequisites form a cycle (each requires the next): {}",
        "前提ステップが循環しています（それぞれが次のステップを前提にしています）: {}",
    ),
    (
        "alias '{}' is already the id or alias of steps[{}]",
        "別名 '{}' はすでに steps[{}] の ID か別名です",
    ),
    ("the id contains whitespace", "ID に空白が含まれています"),
    ("unknown stage '{}'", "ステージ '{}' はありません"),
    (
        "a step cannot require itself",
        "ステップは自分自身を前提にできません",
    ),
    (
        "unknown prerequisite '{}'",
        "前提ステップ '{}' はありません",
    ),
    (
        "the estimate must be a number of hours from 0 to {}",
        "見積もりは 0 から {} までの時間数で書いてください",
    ),
    (
        "the roadmap has no steps: there is nothing to follow",
        "ロードマップにステップがひとつもなく、たどるものがありません",
    ),
    (
        "'{}' looks like a step number (stage.position), which commands read as the step in that place; use a word",
        "'{}' はステップ番号（ステージ.位置） に見え、コマンドはその位置のステップとして読みます。語にしてください",
    ),
    (
        "the stage has no steps",
        "このステージにはステップがありません",
    ),
    (
        "no other step leads here: it is outside the first stage, has no prerequisites and nothing requires it",
        "ほかのステップとつながっていません: 最初のステージの外にあり、前提ステップがなく、これを前提にするステップもありません",
    ),
    (
        "resource '{}' is not an https:// link",
        "資料 '{}' は https:// のリンクではありません",
    ),
    (
        "the roadmap is {} bytes; the limit is {} bytes",
        "ロードマップが {} バイトあります。上限は {} バイトです",
    ),
    ("the document ends too early", "文書が途中で終わっています"),
];

/// Locations, most specific first.
const LOCATIONS: &[(&str, &str)] = &[
    ("line {}, column {}", "{} 行 {} 列"),
    ("stage '{}' (stages[{}])", "ステージ '{}'（stages[{}]）"),
    ("step '{}' (steps[{}])", "ステップ '{}'（steps[{}]）"),
    ("step '{}', field {}", "ステップ '{}' の {}"),
    ("step '{}', resources[{}]", "ステップ '{}' の resources[{}]"),
    ("steps[{}], field {}", "steps[{}] の {}"),
    ("stage '{}'", "ステージ '{}'"),
    ("step '{}'", "ステップ '{}'"),
    ("roadmap", "ロードマップ"),
    ("file", "ファイル"),
];

/// A problem as `location: message` in `lang`.
pub fn line(problem: &Problem, lang: Lang) -> String {
    format!(
        "{}: {}",
        location(&problem.location, lang),
        message_of(&problem.message, problem.message_ja.as_deref(), lang)
    )
}

pub fn location(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => text.to_string(),
        // `stages[2]` and `steps[4]` read the same in both languages.
        Lang::Ja => translate(LOCATIONS, text).unwrap_or_else(|| text.to_string()),
    }
}

/// A problem's message: the validator's own Japanese where it has one.
pub fn message_of(text: &str, ja: Option<&str>, lang: Lang) -> String {
    match ja {
        Some(ja) if lang == Lang::Ja => ja.to_string(),
        _ => message(text, lang),
    }
}

pub fn message(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => text.to_string(),
        // What is left is serde_json's own account of a syntax error.
        Lang::Ja => {
            translate(MESSAGES, text).unwrap_or_else(|| format!("JSON として読めません（{text}）"))
        }
    }
}

fn translate(table: &[(&str, &str)], text: &str) -> Option<String> {
    table.iter().find_map(|(en, ja)| {
        let names = names_in(en, text)?;
        let mut parts = ja.split("{}");
        let mut out = parts.next().unwrap_or_default().to_string();
        for (part, name) in parts.zip(names) {
            out.push_str(name);
            out.push_str(part);
        }
        Some(out)
    })
}

/// The names `text` has where `template` has `{}`, if it has that shape.
fn names_in<'a>(template: &str, text: &'a str) -> Option<Vec<&'a str>> {
    let mut parts = template.split("{}");
    let mut rest = text.strip_prefix(parts.next().unwrap_or_default())?;
    let parts: Vec<&str> = parts.collect();
    let mut names = Vec::with_capacity(parts.len());
    for (n, part) in parts.iter().enumerate() {
        let end = if n + 1 == parts.len() {
            // The last part ends the text.
            rest.strip_suffix(part).map(str::len)?
        } else {
            rest.find(part)?
        };
        names.push(&rest[..end]);
        rest = &rest[end + part.len()..];
    }
    (parts.is_empty() && rest.is_empty() || !parts.is_empty()).then_some(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roadmap::{Roadmap, Severity, validate};

    #[test]
    fn every_validator_problem_reads_in_japanese() {
        // One roadmap with every problem the validator finds.
        let bad = r#"{"id": "r", "title": " ",
            "stages": [{"id": "s1", "title": "One"}, {"id": "s1", "title": "Again"},
                       {"id": "s3", "title": "Empty"}, {"title": "No id"},
                       {"id": "s5", "title": "Five"}],
            "steps": [
                {"id": "a", "stage": "s1", "title": "A", "requires": ["a", "zz"], "estimate_hours": -1},
                {"id": "a", "stage": "s1", "title": "A again"},
                {"id": "b c", "stage": "nowhere", "title": "B"},
                {"id": "d", "stage": "s1", "title": "D", "requires": ["e"], "aliases": ["a", "9.9"]},
                {"id": "e", "stage": "s1", "title": "E", "requires": ["d"]},
                {"stage": "s1", "title": "No id"},
                {"id": "f", "stage": "s5", "title": "F",
                 "resources": [{"title": "T", "url": "http://x", "kind": "docs"}]}
            ]}"#;
        let file = crate::roadmap::parse(bad.as_bytes()).expect("parses");
        let (_, problems) = validate(file);
        assert!(problems.len() >= 12, "{problems:?}");
        let mut problems = problems;
        problems.push(crate::roadmap::parse(b"{\"id\": ").unwrap_err());
        let empty = br#"{"id": "r", "title": "R", "stages": [], "steps": []}"#;
        problems.extend(validate(crate::roadmap::parse(empty).expect("parses")).1);
        problems.push(Problem {
            severity: Severity::Error,
            location: "roadmap".into(),
            message: "missing required field 'steps'".into(),
            message_ja: None,
        });
        for problem in &problems {
            let ja = line(problem, Lang::Ja);
            assert!(
                translate(MESSAGES, &problem.message).is_some(),
                "no Japanese for {problem}"
            );
            let letters = ja.chars().filter(|c| c.is_ascii_alphabetic()).count();
            assert!(letters < ja.chars().count() / 2, "{ja}");
        }
        assert!(Roadmap::from_json(bad.as_bytes()).is_err());
    }

    #[test]
    fn names_are_carried_over() {
        assert_eq!(
            location("step 'sql-basics', field requires", Lang::Ja),
            "ステップ 'sql-basics' の requires"
        );
        assert_eq!(location("line 3, column 5", Lang::Ja), "3 行 5 列");
        assert_eq!(location("stages[2]", Lang::Ja), "stages[2]");
        assert_eq!(
            message("alias 'x' is already the id or alias of steps[4]", Lang::Ja),
            "別名 'x' はすでに steps[4] の ID か別名です"
        );
        assert_eq!(
            message("key must be a string", Lang::Ja),
            "JSON として読めません（key must be a string）"
        );
        assert_eq!(
            message("the stage has no steps", Lang::En),
            "the stage has no steps"
        );
    }
}
