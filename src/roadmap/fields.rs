//! Fields a roadmap file may have, level by level, so that an unknown one
//! (a typo such as `require`) is reported with the field probably meant.

use super::file::{FieldPath, PathSegment, RoadmapFile};
use super::problem::{Location, Place, Problem, ProblemKind};

const ROADMAP: &[&str] = &[
    "$schema", "id", "version", "format", "title", "i18n", "stages", "skills", "steps",
];
const STAGE: &[&str] = &["id", "title", "i18n"];
const STEP: &[&str] = &[
    "id",
    "stage",
    "title",
    "summary",
    "done_when",
    "requires",
    "requires_any",
    "estimate_hours",
    "skills",
    "resources",
    "aliases",
    "optional",
    "checklist",
    "i18n",
    "checks",
];
const TRANSLATION: &[&str] = &["title", "summary", "done_when"];
const RESOURCE: &[&str] = &["title", "url", "kind", "lang", "cost", "stack"];
const CHECKLIST_ITEM: &[&str] = &["text", "i18n"];
const ITEM_TRANSLATION: &[&str] = &["text"];
const CHECK: &[&str] = &[
    "kind",
    "proves",
    "stack",
    "timeout_seconds",
    "program",
    "args",
    "exit_code",
    "pattern",
    "min_commits",
    "remote",
    "readme_sections",
    "no_secrets",
    "ci_workflow",
    "host",
    "port",
    "path",
    "status",
    "json",
    "min_applications",
    "i18n",
];
const CHECK_TRANSLATION: &[&str] = &["proves"];
const SKILL: &[&str] = &["id", "name", "i18n", "stack"];
const SKILL_TRANSLATION: &[&str] = &["name"];

/// Longer misspellings are not worth guessing at (and cost time).
const MAX_GUESS_CHARS: usize = 64;

/// One warning per unknown field, naming the step where there is one.
pub fn unknown_field_warnings(file: &RoadmapFile) -> Vec<Problem> {
    file.unknown_fields
        .iter()
        .map(|path| warning(file, path))
        .collect()
}

fn warning(file: &RoadmapFile, path: &FieldPath) -> Problem {
    use PathSegment::{Index, Key};
    let Some((Key(field), parents)) = path.split_last() else {
        // Serde reports fields only; anything else is shown as it is.
        return Problem::warning(
            Location::at(Place::Roadmap),
            ProblemKind::UnknownFieldUnnamed,
        );
    };
    let step = |i: &usize| {
        let id = file
            .steps
            .as_ref()
            .and_then(|steps| steps.get(*i))
            .and_then(|step| step.id.as_deref())
            .filter(|id| !id.trim().is_empty());
        Location::at(match id {
            Some(id) => Place::Step {
                id: Some(id.to_string()),
                index: None,
            },
            None => Place::Step {
                id: None,
                index: Some(*i),
            },
        })
    };
    let roadmap = || Location::at(Place::Roadmap);
    let stage = |i: &usize| {
        Location::at(Place::Stage {
            id: None,
            index: Some(*i),
        })
    };
    let (location, known): (Location, &[&str]) = match parents {
        [] => (roadmap(), ROADMAP),
        [Key(i18n), Key(lang)] if i18n == "i18n" => {
            (roadmap().member(format!("i18n.{lang}")), TRANSLATION)
        }
        [Key(stages), Index(i)] if stages == "stages" => (stage(i), STAGE),
        [Key(stages), Index(i), Key(i18n), Key(lang)] if stages == "stages" && i18n == "i18n" => {
            (stage(i).member(format!("i18n.{lang}")), TRANSLATION)
        }
        [Key(steps), Index(i)] if steps == "steps" => (step(i), STEP),
        [Key(steps), Index(i), Key(i18n), Key(lang)] if steps == "steps" && i18n == "i18n" => {
            (step(i).member(format!("i18n.{lang}")), TRANSLATION)
        }
        [Key(steps), Index(i), Key(resources), Index(r)]
            if steps == "steps" && resources == "resources" =>
        {
            (step(i).member(format!("resources[{r}]")), RESOURCE)
        }
        [Key(steps), Index(i), Key(checklist), Index(c)]
            if steps == "steps" && checklist == "checklist" =>
        {
            (step(i).member(format!("checklist[{c}]")), CHECKLIST_ITEM)
        }
        [
            Key(steps),
            Index(i),
            Key(checklist),
            Index(c),
            Key(i18n),
            Key(lang),
        ] if steps == "steps" && checklist == "checklist" && i18n == "i18n" => (
            step(i).member(format!("checklist[{c}], i18n.{lang}")),
            ITEM_TRANSLATION,
        ),
        [Key(steps), Index(i), Key(checks), Index(c)] if steps == "steps" && checks == "checks" => {
            (step(i).member(format!("checks[{c}]")), CHECK)
        }
        [
            Key(steps),
            Index(i),
            Key(checks),
            Index(c),
            Key(i18n),
            Key(lang),
        ] if steps == "steps" && checks == "checks" && i18n == "i18n" => (
            step(i).member(format!("checks[{c}], i18n.{lang}")),
            CHECK_TRANSLATION,
        ),
        [Key(skills), Index(k)] if skills == "skills" => {
            (roadmap().member(format!("skills[{k}]")), SKILL)
        }
        [Key(skills), Index(k), Key(i18n), Key(lang)] if skills == "skills" && i18n == "i18n" => (
            roadmap().member(format!("skills[{k}], i18n.{lang}")),
            SKILL_TRANSLATION,
        ),
        _ => (Location::at(Place::Path(dotted(parents))), &[]),
    };
    Problem::warning(
        location,
        ProblemKind::UnknownField {
            field: field.clone(),
            meant: closest(field, known).map(str::to_string),
        },
    )
}

fn dotted(path: &[PathSegment]) -> String {
    if path.is_empty() {
        return "roadmap".into();
    }
    let mut text = String::new();
    for segment in path {
        match segment {
            PathSegment::Key(key) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(key);
            }
            PathSegment::Index(i) => text.push_str(&format!("[{i}]")),
        }
    }
    text
}

/// The known field closest to `field`, if one is close enough to be a typo.
pub fn closest<'a>(field: &str, known: &[&'a str]) -> Option<&'a str> {
    if field.chars().count() > MAX_GUESS_CHARS {
        return None;
    }
    let lower = field.to_lowercase();
    known
        .iter()
        .filter(|&&candidate| candidate != field)
        .map(|&candidate| (strsim::damerau_levenshtein(&lower, candidate), candidate))
        .filter(|&(distance, candidate)| distance <= (candidate.chars().count() / 3).max(1))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roadmap::file::json_schema;

    #[test]
    fn typos_find_the_field_meant() {
        assert_eq!(closest("require", STEP), Some("requires"));
        assert_eq!(closest("estimate_hour", STEP), Some("estimate_hours"));
        assert_eq!(closest("optinal", STEP), Some("optional"));
        assert_eq!(closest("requiresany", STEP), Some("requires_any"));
        assert_eq!(closest("Title", STEP), Some("title"));
        assert_eq!(closest("colour", STEP), None);
        assert_eq!(closest(&"x".repeat(10_000), STEP), None);
    }

    /// The lists here and the schema (generated from the file types) agree.
    #[test]
    fn the_field_lists_match_the_schema() {
        let schema = json_schema();
        let names = |properties: &serde_json::Value| -> Vec<String> {
            let mut names: Vec<String> = properties
                .as_object()
                .expect("properties")
                .keys()
                .cloned()
                .collect();
            names.sort();
            names
        };
        let sorted = |list: &[&str]| -> Vec<String> {
            let mut list: Vec<String> = list.iter().map(|s| s.to_string()).collect();
            list.sort();
            list
        };
        assert_eq!(names(&schema["properties"]), sorted(ROADMAP));
        for (definition, list) in [
            ("StageFile", STAGE),
            ("StepFile", STEP),
            ("Translation", TRANSLATION),
            ("Resource", RESOURCE),
            ("ChecklistItem", CHECKLIST_ITEM),
            ("ItemTranslation", ITEM_TRANSLATION),
            ("Check", CHECK),
            ("CheckTranslation", CHECK_TRANSLATION),
            ("SkillFile", SKILL),
            ("SkillTranslation", SKILL_TRANSLATION),
        ] {
            assert_eq!(
                names(&schema["$defs"][definition]["properties"]),
                sorted(list),
                "{definition}"
            );
            assert_eq!(
                schema["$defs"][definition]["additionalProperties"], false,
                "{definition}"
            );
        }
    }
}
