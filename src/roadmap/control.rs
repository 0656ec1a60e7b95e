//! Text a terminal would obey: control characters, ESC and bidi controls
//! in a roadmap's texts. The printer shows them escaped; `validate` warns
//! about them so an author can find and remove them.

use super::file::{RoadmapFile, Translation};
use super::problem::{Location, Place, Problem, ProblemKind};
use crate::sanitize::{has_escapable, needs_escape};

/// Adds a warning for each text field of `file` holding such a character.
pub fn warn_about_control_characters(file: &RoadmapFile, problems: &mut Vec<Problem>) {
    let mut check = |location: &dyn Fn() -> Location, field: &str, text: &str| {
        if has_escapable(text) {
            let c = text.chars().find(|&c| needs_escape(c)).unwrap_or_default();
            problems.push(Problem::warning(
                location(),
                ProblemKind::ControlCharacter {
                    field: field.to_string(),
                    character: c,
                },
            ));
        }
    };
    let roadmap = || Location::at(Place::Roadmap);
    check(&roadmap, "id", file.id.as_deref().unwrap_or_default());
    check(&roadmap, "title", file.title.as_deref().unwrap_or_default());
    translations(&roadmap, &file.i18n, &mut check);
    for (i, stage) in file.stages.iter().flatten().enumerate() {
        let location = || {
            Location::at(Place::Stage {
                id: None,
                index: Some(i),
            })
        };
        check(&location, "id", stage.id.as_deref().unwrap_or_default());
        check(
            &location,
            "title",
            stage.title.as_deref().unwrap_or_default(),
        );
        translations(&location, &stage.i18n, &mut check);
    }
    for (i, step) in file.steps.iter().flatten().enumerate() {
        let location = || {
            Location::at(Place::Step {
                id: None,
                index: Some(i),
            })
        };
        check(&location, "id", step.id.as_deref().unwrap_or_default());
        check(
            &location,
            "stage",
            step.stage.as_deref().unwrap_or_default(),
        );
        check(
            &location,
            "title",
            step.title.as_deref().unwrap_or_default(),
        );
        check(&location, "summary", &step.summary);
        check(&location, "done_when", &step.done_when);
        for required in &step.requires {
            check(&location, "requires", required);
        }
        for alias in &step.aliases {
            check(&location, "aliases", alias);
        }
        for resource in &step.resources {
            check(&location, "resources", &resource.title);
            check(&location, "resources", &resource.url);
        }
        translations(&location, &step.i18n, &mut check);
    }
}

fn translations(
    location: &dyn Fn() -> Location,
    i18n: &std::collections::BTreeMap<String, Translation>,
    check: &mut impl FnMut(&dyn Fn() -> Location, &str, &str),
) {
    for (lang, translation) in i18n {
        let fields = [
            ("title", &translation.title),
            ("summary", &translation.summary),
            ("done_when", &translation.done_when),
        ];
        for (field, text) in fields {
            if let Some(text) = text {
                check(location, &format!("i18n.{lang}.{field}"), text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::roadmap::{ProblemKind, Severity, parse, validate};

    #[test]
    fn escapes_in_a_title_are_warned_about() {
        let json = r#"{"id":"r","title":"T","stages":[{"id":"s","title":"S\u001b[2J"}],
            "steps":[{"id":"a","stage":"s","title":"A\u202e","estimate_hours":1}]}"#;
        let (roadmap, problems) = validate(parse(json.as_bytes()).unwrap());
        assert!(roadmap.is_some(), "a warning does not reject");
        let warnings: Vec<_> = problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
            .filter_map(|p| match &p.kind {
                ProblemKind::ControlCharacter { character, .. } => Some(*character),
                _ => None,
            })
            .collect();
        assert_eq!(warnings, ['\u{1b}', '\u{202e}'], "{problems:?}");
    }
}
