//! Roadmap problems (`roadmap validate`, an invalid `--roadmap` file) in
//! words: one exhaustive `match` per language for what is wrong, and one
//! for where. The names found in the file (ids, fields, numbers) are
//! carried over as they are. The JSON output uses the English.

use crate::lang::Lang;
use crate::roadmap::{Location, Part, Place, Problem, ProblemKind};

/// A problem as `location: message` in `lang`.
pub fn line(problem: &Problem, lang: Lang) -> String {
    format!(
        "{}: {}",
        location(&problem.location, lang),
        message(&problem.kind, lang)
    )
}

impl std::fmt::Display for Problem {
    /// `location: message` in English, as the JSON output has them.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&line(self, Lang::En))
    }
}

/// Where a problem is.
pub fn location(location: &Location, lang: Lang) -> String {
    let place = place(&location.place, lang);
    match (&location.part, lang) {
        (None, _) => place,
        (Some(Part::Field(field)), Lang::En) => format!("{place}, field {field}"),
        (Some(Part::Member(member)), Lang::En) => format!("{place}, {member}"),
        (Some(Part::Field(name) | Part::Member(name)), Lang::Ja) => format!("{place} の {name}"),
    }
}

fn place(place: &Place, lang: Lang) -> String {
    match (place, lang) {
        (Place::File, Lang::En) => "file".into(),
        (Place::File, Lang::Ja) => "ファイル".into(),
        (Place::Position { line, column }, Lang::En) => format!("line {line}, column {column}"),
        (Place::Position { line, column }, Lang::Ja) => format!("{line} 行 {column} 列"),
        (Place::Roadmap, Lang::En) => "roadmap".into(),
        (Place::Roadmap, Lang::Ja) => "ロードマップ".into(),
        (Place::Stage { id, index }, lang) => named(lang, "stage", "ステージ", "stages", id, index),
        (Place::Step { id, index }, lang) => named(lang, "step", "ステップ", "steps", id, index),
        (Place::Path(path), _) => path.clone(),
    }
}

/// `step 'id' (steps[3])`, `step 'id'` or `steps[3]`; `stages[2]` and
/// `steps[4]` read the same in both languages.
fn named(
    lang: Lang,
    en: &str,
    ja: &str,
    list: &str,
    id: &Option<String>,
    index: &Option<usize>,
) -> String {
    let word = match lang {
        Lang::En => en,
        Lang::Ja => ja,
    };
    match (id, index, lang) {
        (Some(id), Some(i), Lang::En) => format!("{word} '{id}' ({list}[{i}])"),
        (Some(id), Some(i), Lang::Ja) => format!("{word} '{id}'（{list}[{i}]）"),
        (Some(id), None, _) => format!("{word} '{id}'"),
        (None, Some(i), _) => format!("{list}[{i}]"),
        (None, None, _) => word.to_string(),
    }
}

/// What is wrong.
pub fn message(kind: &ProblemKind, lang: Lang) -> String {
    match lang {
        Lang::En => english(kind),
        Lang::Ja => japanese(kind),
    }
}

fn english(kind: &ProblemKind) -> String {
    use ProblemKind::*;
    match kind {
        Syntax(said) => said.clone(),
        EndsEarly => "the document ends too early".into(),
        TooBig { size, limit } => format!("the roadmap is {size} bytes; the limit is {limit} bytes"),
        MissingField(field) => format!("missing required field '{field}'"),
        EmptyField(field) => format!("'{field}' is empty"),
        DuplicateStageId { first } => format!("duplicate stage id (first used by stages[{first}])"),
        DuplicateStepId { first } => format!("duplicate step id (first used by steps[{first}])"),
        Cycle(ids) => format!(
            "prerequisites form a cycle (each requires the next): {} -> {}",
            ids.join(" -> "),
            ids.first().map_or("", String::as_str)
        ),
        AliasTaken { alias, other } => {
            format!("alias '{alias}' is already the id or alias of steps[{other}]")
        }
        NumberShaped(name) => format!(
            "'{name}' looks like a step number (stage.position), which commands read as the step in that place; use a word"
        ),
        IdHasWhitespace => "the id contains whitespace".into(),
        UnknownStage(stage) => format!("unknown stage '{stage}'"),
        RequiresItself => "a step cannot require itself".into(),
        UnknownPrerequisite(reference) => format!("unknown prerequisite '{reference}'"),
        UnknownSkill(skill) => format!("unknown skill '{skill}': define it in the top-level skills"),
        DuplicateSkill(skill) => format!("skill '{skill}' is defined twice"),
        BadEstimate { max } => format!("the estimate must be a number of hours from 0 to {max}"),
        ChecklistItemEmpty { item } => format!("item {item} has no text"),
        ChecklistTooLong { items, max } => {
            format!("{items} items; a checklist has at most {max}: split the step")
        }
        NewerFormat { found, known } => format!(
            "format {found} is newer than this roadmap knows (up to {known}): update roadmap to follow this file"
        ),
        BadCheck { check, problem } => super::check_words::problem(*check, problem, Lang::En),
        NoSteps => "the roadmap has no steps: there is nothing to follow".into(),
        EmptyStage => "the stage has no steps".into(),
        Unconnected => "no other step leads here: it is outside the first stage, has no prerequisites and nothing requires it".into(),
        NotHttps { url } => format!("resource '{url}' is not an https:// link"),
        AlsoRequired(reference) => {
            format!("'{reference}' is also in requires, which already makes it necessary")
        }
        SingleAlternative => "with a single step, requires_any means the same as requires: list two or more alternatives".into(),
        BadResourceLang { url, lang } => format!(
            "resource '{url}' has lang '{lang}'; use a language code such as \"en\" or \"ja\""
        ),
        EmptyStackName { url } => format!("resource '{url}' has an empty stack name"),
        ControlCharacter { field, character } => format!(
            "field {field} holds a control or bidi character ({}) that a terminal could obey; output shows it escaped",
            character.escape_unicode()
        ),
        UnknownField {
            field,
            meant: Some(meant),
        } => format!("unknown field '{field}' is ignored; did you mean '{meant}'?"),
        UnknownField { field, meant: None } => format!("unknown field '{field}' is ignored"),
        UnknownFieldUnnamed => "unknown field".into(),
    }
}

fn japanese(kind: &ProblemKind) -> String {
    use ProblemKind::*;
    match kind {
        // What is left is serde_json's own account of a syntax error.
        Syntax(said) => format!("JSON として読めません（{said}）"),
        EndsEarly => "文書が途中で終わっています".into(),
        TooBig { size, limit } => {
            format!("ロードマップが {size} バイトあります。上限は {limit} バイトです")
        }
        MissingField(field) => format!("必須の項目 '{field}' がありません"),
        EmptyField(field) => format!("'{field}' が空です"),
        DuplicateStageId { first } => {
            format!("ステージ ID が重複しています（最初に使ったのは stages[{first}]）")
        }
        DuplicateStepId { first } => {
            format!("ステップ ID が重複しています（最初に使ったのは steps[{first}]）")
        }
        Cycle(ids) => format!(
            "前提ステップが循環しています（それぞれが次のステップを前提にしています）: {} -> {}",
            ids.join(" -> "),
            ids.first().map_or("", String::as_str)
        ),
        AliasTaken { alias, other } => {
            format!("別名 '{alias}' はすでに steps[{other}] の ID か別名です")
        }
        NumberShaped(name) => format!(
            "'{name}' はステップ番号（ステージ.位置） に見え、コマンドはその位置のステップとして読みます。語にしてください"
        ),
        IdHasWhitespace => "ID に空白が含まれています".into(),
        UnknownStage(stage) => format!("ステージ '{stage}' はありません"),
        RequiresItself => "ステップは自分自身を前提にできません".into(),
        UnknownPrerequisite(reference) => format!("前提ステップ '{reference}' はありません"),
        UnknownSkill(skill) => {
            format!("スキル '{skill}' はありません。トップレベルの skills に定義してください")
        }
        DuplicateSkill(skill) => format!("スキル '{skill}' が 2 回定義されています"),
        BadEstimate { max } => format!("見積もりは 0 から {max} までの時間数で書いてください"),
        ChecklistItemEmpty { item } => format!("項目 {item} にテキストがありません"),
        ChecklistTooLong { items, max } => format!(
            "項目が {items} 個あります。チェックリストは {max} 個までです。ステップを分けてください"
        ),
        NewerFormat { found, known } => format!(
            "形式 {found} は、この roadmap が知る形式（{known} まで）より新しい形式です。このファイルを使うには roadmap を更新してください"
        ),
        BadCheck { check, problem } => super::check_words::problem(*check, problem, Lang::Ja),
        NoSteps => "ロードマップにステップがひとつもなく、たどるものがありません".into(),
        EmptyStage => "このステージにはステップがありません".into(),
        Unconnected => "ほかのステップとつながっていません: 最初のステージの外にあり、前提ステップがなく、これを前提にするステップもありません".into(),
        NotHttps { url } => format!("資料 '{url}' は https:// のリンクではありません"),
        AlsoRequired(reference) => {
            format!("'{reference}' は requires にもあり、すでに必須になっています")
        }
        SingleAlternative => {
            "ステップが1つだけなら requires と同じ意味です。選択肢を2つ以上挙げてください".into()
        }
        BadResourceLang { url, lang } => format!(
            "資料 '{url}' の lang '{lang}' は言語コードではありません（\"en\" や \"ja\" など）"
        ),
        EmptyStackName { url } => format!("資料 '{url}' の stack に空の名前があります"),
        ControlCharacter { field, character } => format!(
            "{field} に端末が従いかねない制御文字か双方向制御文字 ({}) があります。出力ではエスケープして表示します",
            character.escape_unicode()
        ),
        UnknownField {
            field,
            meant: Some(meant),
        } => format!(
            "不明なフィールド '{field}' は無視されます。'{meant}' の誤りではありませんか？"
        ),
        UnknownField { field, meant: None } => {
            format!("不明なフィールド '{field}' は無視されます")
        }
        UnknownFieldUnnamed => "不明なフィールドです".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roadmap::{Roadmap, validate};

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
        for problem in &problems {
            let ja = line(problem, Lang::Ja);
            let letters = ja.chars().filter(|c| c.is_ascii_alphabetic()).count();
            assert!(letters < ja.chars().count() / 2, "{ja}");
        }
        assert!(Roadmap::from_json(bad.as_bytes()).is_err());
    }

    #[test]
    fn names_are_carried_over() {
        let step = || Location {
            place: Place::Step {
                id: Some("sql-basics".into()),
                index: None,
            },
            part: None,
        };
        assert_eq!(
            location(&step().field("requires"), Lang::Ja),
            "ステップ 'sql-basics' の requires"
        );
        assert_eq!(
            location(&step().field("requires"), Lang::En),
            "step 'sql-basics', field requires"
        );
        let position = Location::at(Place::Position { line: 3, column: 5 });
        assert_eq!(location(&position, Lang::Ja), "3 行 5 列");
        let stage = Location::at(Place::Stage {
            id: None,
            index: Some(2),
        });
        assert_eq!(location(&stage, Lang::Ja), "stages[2]");
        let taken = ProblemKind::AliasTaken {
            alias: "x".into(),
            other: 4,
        };
        assert_eq!(
            message(&taken, Lang::Ja),
            "別名 'x' はすでに steps[4] の ID か別名です"
        );
        let syntax = ProblemKind::Syntax("key must be a string".into());
        assert_eq!(
            message(&syntax, Lang::Ja),
            "JSON として読めません（key must be a string）"
        );
    }
}
