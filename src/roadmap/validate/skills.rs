//! The skills of a roadmap: each defined once with an id and a name, and
//! every skill a step names defined.

use std::collections::HashSet;

use super::super::Step;
use super::super::file::SkillFile;
use super::{Location, Place, Problem, ProblemKind};

pub(super) fn check(skills: &[SkillFile], steps: &[Step], problems: &mut Vec<Problem>) {
    let mut known = HashSet::with_capacity(skills.len());
    for (k, skill) in skills.iter().enumerate() {
        let place = || Location::at(Place::Roadmap).member(format!("skills[{k}]"));
        if skill.id.trim().is_empty() || skill.id.chars().any(char::is_whitespace) {
            problems.push(Problem::error(
                place().field("id"),
                ProblemKind::IdHasWhitespace,
            ));
        }
        if skill.name.trim().is_empty() {
            problems.push(Problem::error(place(), ProblemKind::EmptyField("name")));
        }
        if !known.insert(skill.id.as_str()) {
            problems.push(Problem::error(
                place(),
                ProblemKind::DuplicateSkill(skill.id.clone()),
            ));
        }
    }
    for step in steps {
        for skill in step.skills.iter().filter(|s| !known.contains(s.as_str())) {
            let place = Location::at(Place::Step {
                id: Some(step.id.clone()),
                index: None,
            });
            problems.push(Problem::error(
                place.field("skills"),
                ProblemKind::UnknownSkill(skill.clone()),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::roadmap::Roadmap;

    fn roadmap(skills: &str, step_skills: &str) -> Result<Roadmap, Vec<String>> {
        let text = format!(
            r#"{{"id": "r", "title": "R", "stages": [{{"id": "s", "title": "S"}}],
                "skills": {skills},
                "steps": [{{"id": "a", "stage": "s", "title": "A", "skills": {step_skills}}}]}}"#
        );
        Roadmap::from_json(text.as_bytes())
            .map_err(|problems| problems.iter().map(|p| p.to_string()).collect())
    }

    #[test]
    fn steps_name_defined_skills_only() {
        let ok = roadmap(
            r#"[{"id": "sql", "name": "SQL", "i18n": {"ja": {"name": "SQL"}}}]"#,
            r#"["sql"]"#,
        );
        assert_eq!(ok.unwrap().steps[0].skills, ["sql"]);
        let unknown = roadmap(r#"[{"id": "sql", "name": "SQL"}]"#, r#"["sq1"]"#).unwrap_err();
        assert_eq!(unknown.len(), 1);
        assert!(unknown[0].contains("unknown skill 'sq1'"), "{unknown:?}");
        let twice = roadmap(
            r#"[{"id": "sql", "name": "SQL"}, {"id": "sql", "name": "SQL again"}]"#,
            "[]",
        )
        .unwrap_err();
        assert!(
            twice[0].contains("skill 'sql' is defined twice"),
            "{twice:?}"
        );
        let unnamed = roadmap(r#"[{"id": "sql", "name": " "}]"#, "[]").unwrap_err();
        assert!(unnamed[0].contains("'name' is empty"), "{unnamed:?}");
    }
}
