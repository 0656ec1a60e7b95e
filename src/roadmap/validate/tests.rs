use super::super::parse;
use super::*;

fn check(json: &str) -> (Option<Roadmap>, Vec<Problem>) {
    validate(parse(json.as_bytes()).expect("test JSON parses"))
}

fn errors(json: &str) -> Vec<String> {
    let (roadmap, problems) = check(json);
    assert!(roadmap.is_none(), "expected the roadmap to be rejected");
    let errors: Vec<String> = problems
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.to_string())
        .collect();
    // Following a roadmap skips the warnings, never an error.
    let file = parse(json.as_bytes()).expect("test JSON parses");
    let (none, quick) = super::check(file, Warnings::Skip);
    assert!(none.is_none());
    let quick: Vec<String> = quick.iter().map(|p| p.to_string()).collect();
    assert_eq!(quick, errors);
    errors
}

const STAGES: &str = r#""stages": [{"id": "s1", "title": "One"}, {"id": "s2", "title": "Two"}]"#;

fn doc(steps: &str) -> String {
    format!(r#"{{"id": "r", "title": "R", {STAGES}, "steps": [{steps}]}}"#)
}

#[test]
fn valid_roadmap_compiles_with_numbers_and_dependents() {
    let json = doc(r#"
        {"id": "b", "stage": "s2", "title": "B", "requires": ["a"]},
        {"id": "a", "stage": "s1", "title": "A"},
        {"id": "c", "stage": "s2", "title": "C", "requires": ["a", "b"], "aliases": ["old-c"]}"#);
    let (roadmap, problems) = check(&json);
    assert!(problems.is_empty(), "{problems:?}");
    let roadmap = roadmap.unwrap();
    assert_eq!(roadmap.number(0), "2.1");
    assert_eq!(roadmap.number(1), "1.1");
    assert_eq!(roadmap.number(2), "2.2");
    assert_eq!(roadmap.reading_order().collect::<Vec<_>>(), [1, 0, 2]);
    assert_eq!(roadmap.dependents(1).collect::<Vec<_>>(), [0, 2]);
    assert_eq!(roadmap.index_of("old-c"), Some(2));
}

#[test]
fn duplicate_ids_are_named() {
    let json = doc(
        r#"{"id": "a", "stage": "s1", "title": "A"}, {"id": "a", "stage": "s1", "title": "A2"}"#,
    );
    assert_eq!(
        errors(&json),
        ["step 'a' (steps[1]): duplicate step id (first used by steps[0])"]
    );
}

#[test]
fn unknown_prerequisite_and_stage_are_named() {
    let json = doc(r#"{"id": "a", "stage": "nope", "title": "A", "requires": ["ghost"]}"#);
    assert_eq!(
        errors(&json),
        [
            "step 'a', field stage: unknown stage 'nope'",
            "step 'a', field requires: unknown prerequisite 'ghost'"
        ]
    );
}

#[test]
fn cycle_names_its_steps() {
    let json = doc(r#"
        {"id": "a", "stage": "s1", "title": "A", "requires": ["c"]},
        {"id": "b", "stage": "s1", "title": "B", "requires": ["a"]},
        {"id": "c", "stage": "s1", "title": "C", "requires": ["b"]},
        {"id": "d", "stage": "s1", "title": "D", "requires": ["a"]}"#);
    let errors = errors(&json);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("cycle"), "{errors:?}");
    for id in ["a", "b", "c"] {
        assert!(errors[0].contains(&format!("{id} ->")), "{errors:?}");
    }
    assert!(!errors[0].contains("d ->"), "{errors:?}");
}

#[test]
fn missing_required_fields_are_reported_each() {
    let json = r#"{"id": "r", "stages": [{"id": "s1"}], "steps": [{"stage": "s1", "title": "T"}, {"id": "x", "stage": "s1"}]}"#;
    assert_eq!(
        errors(json),
        [
            "roadmap: missing required field 'title'",
            "stages[0]: missing required field 'title'",
            "steps[0]: missing required field 'id'",
            "step 'x': missing required field 'title'"
        ]
    );
}

#[test]
fn self_requirement_is_an_error() {
    let json = doc(r#"{"id": "a", "stage": "s1", "title": "A", "requires": ["a"]}"#);
    assert_eq!(
        errors(&json),
        ["step 'a', field requires: a step cannot require itself"]
    );
}

#[test]
fn unconnected_steps_outside_the_first_stage_are_warned_about() {
    let json = doc(r#"
        {"id": "a", "stage": "s1", "title": "A"},
        {"id": "lonely-first", "stage": "s1", "title": "L1"},
        {"id": "b", "stage": "s2", "title": "B", "requires": ["a"]},
        {"id": "root", "stage": "s2", "title": "Root"},
        {"id": "c", "stage": "s2", "title": "C", "requires": ["root"]},
        {"id": "lonely", "stage": "s2", "title": "L2"}"#);
    let (roadmap, problems) = check(&json);
    assert!(roadmap.is_some());
    let warned: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        warned,
        [
            "step 'lonely': no other step leads here: it is outside the first stage, has no prerequisites and nothing requires it"
        ]
    );
    assert_eq!(problems[0].severity, Severity::Warning);
}

#[test]
fn warnings_do_not_reject() {
    let json = doc(
        r#"{"id": "a", "stage": "s1", "title": "A", "resources": [{"title": "x", "url": "http://x"}]}"#,
    );
    let (roadmap, problems) = check(&json);
    assert!(roadmap.is_some());
    assert!(problems.iter().all(|p| p.severity == Severity::Warning));
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn requires_any_is_checked_like_requires() {
    let json = doc(r#"
        {"id": "a", "stage": "s1", "title": "A", "requires_any": ["a", "ghost"]},
        {"id": "b", "stage": "s1", "title": "B", "requires_any": ["c", "a"]},
        {"id": "c", "stage": "s1", "title": "C", "requires": ["b"]}"#);
    let errors = errors(&json);
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert_eq!(
        errors[0],
        "step 'a', field requires_any: a step cannot require itself"
    );
    assert_eq!(
        errors[1],
        "step 'a', field requires_any: unknown prerequisite 'ghost'"
    );
    assert!(errors[2].contains("cycle"), "{errors:?}");
    assert!(errors[2].contains("b -> c") || errors[2].contains("c -> b"));
}

#[test]
fn a_single_alternative_is_warned_about() {
    let json = doc(r#"
        {"id": "a", "stage": "s1", "title": "A"},
        {"id": "b", "stage": "s2", "title": "B", "requires_any": ["a"]}"#);
    let (roadmap, problems) = check(&json);
    let roadmap = roadmap.expect("a warning only");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0]
            .to_string()
            .contains("means the same as requires")
    );
    assert_eq!(roadmap.steps[1].requires_any, [0]);
    assert_eq!(roadmap.dependents(0).collect::<Vec<_>>(), [1]);
}

#[test]
fn unknown_fields_are_warned_about_with_the_field_meant() {
    let json = doc(r#"
        {"id": "a", "stage": "s1", "title": "A", "optinal": true},
        {"id": "b", "stage": "s2", "title": "B", "requires": ["a"], "require": ["a"], "estimate_hour": 3,
         "resources": [{"title": "t", "url": "https://x", "cots": "paid"}],
         "checklist": [{"text": "x", "i18n": {"ja": {"txt": "y"}}}]}"#);
    let (roadmap, problems) = check(&json);
    assert!(roadmap.is_some(), "warnings only");
    let warnings: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "step 'a': unknown field 'optinal' is ignored; did you mean 'optional'?",
            "step 'b': unknown field 'require' is ignored; did you mean 'requires'?",
            "step 'b': unknown field 'estimate_hour' is ignored; did you mean 'estimate_hours'?",
            "step 'b', resources[0]: unknown field 'cots' is ignored; did you mean 'cost'?",
            "step 'b', checklist[0], i18n.ja: unknown field 'txt' is ignored; did you mean 'text'?",
        ]
    );
    assert!(problems.iter().all(|p| p.severity == Severity::Warning));
}

#[test]
fn checklist_items_need_text() {
    let json = doc(
        r#"{"id": "a", "stage": "s1", "title": "A", "checklist": [{"text": "one"}, {"text": " "}]}"#,
    );
    assert_eq!(
        errors(&json),
        ["step 'a', field checklist: item 2 has no text"]
    );
}

#[test]
fn redundant_alternatives_and_odd_resource_facts_are_warned_about() {
    let json = doc(r#"
        {"id": "a", "stage": "s1", "title": "A"},
        {"id": "b", "stage": "s1", "title": "B"},
        {"id": "c", "stage": "s2", "title": "C", "requires": ["a"], "requires_any": ["a", "b"],
         "resources": [{"title": "t", "url": "https://x", "lang": "Japanese language", "stack": [" "]}]}"#);
    let (roadmap, problems) = check(&json);
    let roadmap = roadmap.expect("warnings only");
    let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert!(
        messages[0].contains("'a' is also in requires"),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("means the same as requires"),
        "{messages:?}"
    );
    assert!(
        messages[2].contains("has lang 'Japanese language'"),
        "{messages:?}"
    );
    assert!(messages[3].contains("empty stack name"), "{messages:?}");
    assert_eq!(roadmap.steps[2].requires_any, [1]);
}
