//! The built-in roadmap keeps the properties DESIGN §3 promises.

use roadmap::roadmap::{Roadmap, Severity, parse, validate};

fn builtin() -> Roadmap {
    Roadmap::builtin().expect("the built-in roadmap is valid")
}

/// All English and Japanese text of the roadmap, lower-cased, for
/// coverage checks.
fn all_text(roadmap: &Roadmap) -> String {
    let mut text = String::new();
    for step in &roadmap.steps {
        for part in [&step.title, &step.summary, &step.done_when] {
            text.push_str(part);
            text.push('\n');
        }
        for translation in step.i18n.values() {
            for part in [
                &translation.title,
                &translation.summary,
                &translation.done_when,
            ]
            .into_iter()
            .flatten()
            {
                text.push_str(part);
                text.push('\n');
            }
        }
    }
    text.to_lowercase()
}

#[test]
fn validates_without_errors_or_warnings() {
    let file = parse(roadmap::roadmap::BUILTIN.as_bytes()).expect("parses");
    let (roadmap, problems) = validate(file);
    assert!(roadmap.is_some());
    let serious: Vec<_> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error || p.severity == Severity::Warning)
        .collect();
    assert!(serious.is_empty(), "{serious:?}");
}

#[test]
fn has_the_four_stages_in_order_with_japanese_titles() {
    let roadmap = builtin();
    let ids: Vec<&str> = roadmap.stages.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["fundamentals", "portfolio", "cloud-db", "practice"]);
    for stage in &roadmap.stages {
        assert!(!stage.steps.is_empty(), "stage {} has steps", stage.id);
        let ja = stage.i18n.get("ja").and_then(|t| t.title.as_deref());
        assert!(
            ja.is_some_and(|t| !t.is_empty()),
            "stage {} has a Japanese title",
            stage.id
        );
    }
    assert!(
        roadmap
            .i18n
            .get("ja")
            .and_then(|t| t.title.as_deref())
            .is_some()
    );
}

#[test]
fn has_20_to_40_complete_steps() {
    let roadmap = builtin();
    assert!(
        (20..=40).contains(&roadmap.steps.len()),
        "{}",
        roadmap.steps.len()
    );
    for step in &roadmap.steps {
        let id = &step.id;
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id} is kebab-case"
        );
        assert!(step.summary.len() > 40, "{id} has a summary");
        assert!(step.done_when.len() > 30, "{id} has a checkable done_when");
        assert!(step.estimate_hours > 0.0, "{id} has an estimate");
        assert!(!step.resources.is_empty(), "{id} has a resource");
        for resource in &step.resources {
            assert!(
                resource.url.starts_with("https://"),
                "{id}: {}",
                resource.url
            );
            assert!(
                !resource.url.contains("roadmap.sh"),
                "{id}: own content only"
            );
        }
        let ja = step
            .i18n
            .get("ja")
            .unwrap_or_else(|| panic!("{id} has Japanese"));
        for (field, value) in [
            ("title", &ja.title),
            ("summary", &ja.summary),
            ("done_when", &ja.done_when),
        ] {
            assert!(
                value.as_deref().is_some_and(|v| !v.is_empty()),
                "{id}: ja {field}"
            );
        }
    }
}

#[test]
fn steps_follow_the_stage_order() {
    let roadmap = builtin();
    assert!(
        roadmap.steps[0].requires.is_empty(),
        "the first step needs nothing"
    );
    for step in &roadmap.steps {
        for &p in &step.requires {
            assert!(
                roadmap.steps[p].stage <= step.stage,
                "{} requires {} from a later stage",
                step.id,
                roadmap.steps[p].id
            );
        }
    }
}

#[test]
fn covers_the_five_ai_era_skills_and_the_experience_routes() {
    let text = all_text(&builtin());
    let topics: &[(&str, &[&str])] = &[
        (
            "whole-service design",
            &["architecture", "design the whole", "service design"],
        ),
        ("servers and infrastructure", &["load balanc"]),
        ("recovery", &["recover"]),
        ("logging", &["logging", "logs"]),
        ("database design", &["normalis", "normaliz"]),
        ("indexes", &["index"]),
        ("caching", &["cach"]),
        ("backups", &["backup"]),
        ("access control", &["privilege", "access control"]),
        ("cloud", &["aws", "google cloud", "azure"]),
        ("sql injection", &["sql injection"]),
        ("xss", &["xss", "cross-site scripting"]),
        ("junior openings", &["junior"]),
        ("internships", &["internship"]),
        ("freelance", &["freelanc"]),
        ("helping acquaintances", &["friend", "acquaintance"]),
        ("open source", &["open source", "open-source"]),
        ("portfolio apps", &["todo", "to-do"]),
        ("message board", &["message board"]),
        ("japanese sql injection", &["sqlインジェクション"]),
    ];
    for (topic, words) in topics {
        assert!(
            words.iter().any(|w| text.contains(w)),
            "the roadmap covers {topic} (one of {words:?})"
        );
    }
}
