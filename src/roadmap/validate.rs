//! Checking a roadmap file and compiling it into an indexed [`Roadmap`].
//!
//! Every problem is collected, not only the first, so an author can fix a
//! file in one pass. All checks are linear in the size of the roadmap.

use std::collections::HashMap;
use std::fmt;

use serde::Serialize;

use super::fields::unknown_field_warnings;
use super::file::{RoadmapFile, StepFile};
use super::graph::{cycles_in, invert};
use super::lookup::Lookup;
use super::reference::looks_like_a_step_number;
use super::{Roadmap, Stage, Step};
use crate::cost;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One thing wrong with a roadmap, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    /// Where: `line 3, column 5`, `step 'sql-basics'`, `stages[2]` …
    pub location: String,
    pub message: String,
    /// The message in Japanese, where one is written (the JSON output keeps
    /// the English `message`).
    #[serde(skip)]
    pub message_ja: Option<String>,
}

impl Problem {
    pub fn error(location: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            location: location.into(),
            message: message.into(),
            message_ja: None,
        }
    }

    pub fn warning(location: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Warning,
            location: location.into(),
            message: message.into(),
            message_ja: None,
        }
    }

    /// The same problem, with its message in Japanese.
    pub fn ja(self, message: String) -> Problem {
        Problem {
            message_ja: Some(message),
            ..self
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Validates a parsed roadmap. Returns the compiled roadmap when there is no
/// error (warnings allowed), and every problem found.
pub fn validate(file: RoadmapFile) -> (Option<Roadmap>, Vec<Problem>) {
    let mut problems = unknown_field_warnings(&file);
    super::control::warn_about_control_characters(&file, &mut problems);
    let id = required(file.id, || "roadmap".into(), "id", &mut problems);
    let title = required(file.title, || "roadmap".into(), "title", &mut problems);
    let stage_files = file.stages.unwrap_or_else(|| {
        problems.push(Problem::error("roadmap", "missing required field 'stages'"));
        Vec::new()
    });
    let step_files = file.steps.unwrap_or_else(|| {
        problems.push(Problem::error("roadmap", "missing required field 'steps'"));
        Vec::new()
    });

    let mut stages = Vec::with_capacity(stage_files.len());
    let mut stage_lookup: HashMap<String, usize> = HashMap::with_capacity(stage_files.len());
    for (i, stage) in stage_files.into_iter().enumerate() {
        let location = || format!("stages[{i}]");
        let stage_id = required(stage.id, location, "id", &mut problems);
        let stage_title = required(stage.title, location, "title", &mut problems);
        if !stage_id.is_empty() {
            // The first stage with an id keeps it; later ones are errors.
            if let Some(&first) = stage_lookup.get(&stage_id) {
                problems.push(Problem::error(
                    format!("stage '{stage_id}' (stages[{i}])"),
                    format!("duplicate stage id (first used by stages[{first}])"),
                ));
            } else {
                stage_lookup.insert(stage_id.clone(), i);
            }
        }
        stages.push(Stage {
            id: stage_id,
            title: stage_title,
            i18n: stage.i18n,
            steps: Vec::new(),
        });
    }

    let lookup = index_steps(&step_files, &mut problems);
    // `seen[p] == i + 1` once step `i` lists `p`: finds repeated
    // prerequisites in constant time, however many a step has.
    let mut seen = vec![0usize; step_files.len()];
    let mut seen_any = vec![0usize; step_files.len()];
    // A `Step` is no larger than a `StepFile`, so this collect reuses the
    // file model's buffer instead of holding both (100,000 steps: 22 MB).
    let mut steps: Vec<Step> = step_files
        .into_iter()
        .enumerate()
        .map(|(i, step)| {
            let seen = Seen {
                requires: &mut seen,
                requires_any: &mut seen_any,
            };
            compile_step(i, step, &stage_lookup, &lookup, seen, &mut problems)
        })
        .collect();
    for (i, step) in steps.iter().enumerate() {
        if let Some(stage) = stages.get_mut(step.stage) {
            stage.steps.push(i);
        }
    }
    for stage in &stages {
        cost::tick(stage.steps.len());
        for (position, &i) in stage.steps.iter().enumerate() {
            steps[i].position = position + 1;
        }
    }

    // Both kinds of prerequisite are edges of one graph: a cycle through
    // `requires_any` is as much a mistake as one through `requires`.
    let combined: Vec<Vec<usize>>;
    let requires: Vec<&[usize]> = if steps.iter().all(|s| s.requires_any.is_empty()) {
        steps.iter().map(|s| s.requires.as_slice()).collect()
    } else {
        combined = steps
            .iter()
            .map(|s| s.requires.iter().chain(&s.requires_any).copied().collect())
            .collect();
        combined.iter().map(Vec::as_slice).collect()
    };
    let (dependents, dependent_offsets) = invert(&requires);
    for cycle in cycles_in(&requires, &dependents, &dependent_offsets) {
        let names: Vec<&str> = cycle.iter().map(|&i| steps[i].id.as_str()).collect();
        problems.push(Problem::error(
            format!("step '{}'", names[0]),
            format!(
                "prerequisites form a cycle (each requires the next): {} -> {}",
                names.join(" -> "),
                names[0]
            ),
        ));
    }
    drop(requires);
    warn_about_shape(&stages, &steps, &mut problems);

    if problems.iter().any(|p| p.severity == Severity::Error) {
        return (None, problems);
    }
    // With no error every step is in a stage, whose list is in file order.
    let order: Vec<usize> = stages
        .iter()
        .flat_map(|s| s.steps.iter().copied())
        .collect();
    let roadmap = Roadmap {
        id,
        version: file.version,
        title,
        i18n: file.i18n,
        stages,
        steps,
        lookup,
        order,
        dependents,
        dependent_offsets,
    };
    (Some(roadmap), problems)
}

/// A required text field. The location is a closure so that valid fields
/// (nearly all of them) cost no formatting.
fn required(
    value: Option<String>,
    location: impl Fn() -> String,
    field: &str,
    problems: &mut Vec<Problem>,
) -> String {
    match value {
        Some(value) if !value.trim().is_empty() => value,
        Some(_) => {
            problems.push(Problem::error(location(), format!("'{field}' is empty")));
            String::new()
        }
        None => {
            problems.push(Problem::error(
                location(),
                format!("missing required field '{field}'"),
            ));
            String::new()
        }
    }
}

/// Maps every step id and alias to its step, reporting duplicates.
fn index_steps(steps: &[StepFile], problems: &mut Vec<Problem>) -> Lookup {
    let mut lookup = Lookup::with_capacity(steps.len());
    for (i, step) in steps.iter().enumerate() {
        cost::tick(1 + step.aliases.len());
        let Some(id) = step.id.as_deref().filter(|id| !id.trim().is_empty()) else {
            continue;
        };
        if looks_like_a_step_number(id) {
            problems.push(Problem::error(
                format!("step '{id}' (steps[{i}])"),
                number_shaped(id),
            ));
        }
        // The first step with an id keeps it, so references to the id mean
        // that step in every later check.
        if let Some(first) = lookup.get(id) {
            problems.push(Problem::error(
                format!("step '{id}' (steps[{i}])"),
                format!("duplicate step id (first used by steps[{first}])"),
            ));
        } else {
            lookup.insert(id, i);
        }
    }
    for (i, step) in steps.iter().enumerate() {
        for alias in &step.aliases {
            if looks_like_a_step_number(alias) {
                problems.push(Problem::error(
                    format!(
                        "step '{}', field aliases",
                        step.id.as_deref().unwrap_or("?")
                    ),
                    number_shaped(alias),
                ));
            }
            if let Some(other) = lookup.get(alias) {
                if other != i {
                    problems.push(Problem::error(
                        format!(
                            "step '{}', field aliases",
                            step.id.as_deref().unwrap_or("?")
                        ),
                        format!("alias '{alias}' is already the id or alias of steps[{other}]"),
                    ));
                }
            } else {
                lookup.insert(alias, i);
            }
        }
    }
    lookup
}

/// Marks of the prerequisites already listed by a step (see `validate`).
struct Seen<'a> {
    requires: &'a mut [usize],
    requires_any: &'a mut [usize],
}

/// The largest estimate of one step: five years of full-time work. More is
/// a typo (or 1.8e308), and would print as `inf` or a 309-digit number.
pub const MAX_ESTIMATE_HOURS: f64 = 10_000.0;

fn number_shaped(name: &str) -> String {
    format!(
        "'{name}' looks like a step number (stage.position), which commands read as the step in that place; use a word"
    )
}

fn compile_step(
    i: usize,
    step: StepFile,
    stages: &HashMap<String, usize>,
    lookup: &Lookup,
    seen: Seen<'_>,
    problems: &mut Vec<Problem>,
) -> Step {
    let id = required(step.id, || format!("steps[{i}]"), "id", problems);
    // Problems are reported by id when the step has one.
    let location = || {
        if id.is_empty() {
            format!("steps[{i}]")
        } else {
            format!("step '{id}'")
        }
    };
    if id.chars().any(char::is_whitespace) {
        problems.push(Problem::error(location(), "the id contains whitespace"));
    }
    let title = required(step.title, location, "title", problems);
    let stage_id = required(step.stage, location, "stage", problems);
    let stage = match stages.get(&stage_id) {
        Some(&stage) => stage,
        None => {
            if !stage_id.is_empty() {
                problems.push(Problem::error(
                    format!("{}, field stage", location()),
                    format!("unknown stage '{stage_id}'"),
                ));
            }
            usize::MAX
        }
    };
    let mut requires = Vec::with_capacity(step.requires.len());
    cost::tick(1 + step.requires.len());
    for prerequisite in &step.requires {
        match lookup.get(prerequisite) {
            Some(p) if p == i => problems.push(Problem::error(
                format!("{}, field requires", location()),
                "a step cannot require itself",
            )),
            Some(p) if seen.requires[p] != i + 1 => {
                seen.requires[p] = i + 1;
                requires.push(p);
            }
            Some(_) => {}
            None => problems.push(Problem::error(
                format!("{}, field requires", location()),
                format!("unknown prerequisite '{prerequisite}'"),
            )),
        }
    }
    let requires_any =
        compile_requires_any(i, &step.requires_any, lookup, seen, &location, problems);
    check_checklist(&step.checklist, &location, problems);
    check_resources(&step.resources, &location, problems);
    let estimate_hours = step.estimate_hours.unwrap_or(0.0);
    if !(0.0..=MAX_ESTIMATE_HOURS).contains(&estimate_hours) {
        problems.push(Problem::error(
            format!("{}, field estimate_hours", location()),
            format!("the estimate must be a number of hours from 0 to {MAX_ESTIMATE_HOURS}"),
        ));
    }
    Step {
        id,
        stage,
        position: 0,
        title,
        summary: step.summary,
        done_when: step.done_when,
        requires,
        requires_any,
        estimate_hours: if estimate_hours > 0.0 && estimate_hours <= MAX_ESTIMATE_HOURS {
            estimate_hours
        } else {
            0.0
        },
        resources: step.resources,
        aliases: step.aliases,
        optional: step.optional,
        checklist: step.checklist,
        i18n: step.i18n,
    }
}

/// `requires_any` is checked like `requires`; a step listed in both is
/// required outright, so it is dropped from the alternatives.
fn compile_requires_any(
    i: usize,
    references: &[String],
    lookup: &Lookup,
    seen: Seen<'_>,
    location: &impl Fn() -> String,
    problems: &mut Vec<Problem>,
) -> Vec<usize> {
    let mut alternatives = Vec::with_capacity(references.len());
    cost::tick(1 + references.len());
    let field = || format!("{}, field requires_any", location());
    for reference in references {
        match lookup.get(reference) {
            Some(p) if p == i => problems.push(
                Problem::error(field(), "a step cannot require itself")
                    .ja("ステップが自分自身を前提にしています".into()),
            ),
            Some(p) if seen.requires[p] == i + 1 => problems.push(
                Problem::warning(
                    field(),
                    format!("'{reference}' is also in requires, which already makes it necessary"),
                )
                .ja(format!(
                    "'{reference}' は requires にもあり、すでに必須になっています"
                )),
            ),
            Some(p) if seen.requires_any[p] != i + 1 => {
                seen.requires_any[p] = i + 1;
                alternatives.push(p);
            }
            Some(_) => {}
            None => problems.push(
                Problem::error(field(), format!("unknown prerequisite '{reference}'"))
                    .ja(format!("前提ステップ '{reference}' が見つかりません")),
            ),
        }
    }
    // One alternative left (listed alone, or beside repeats and steps that
    // `requires` already has) is no choice at all.
    if alternatives.len() == 1 {
        problems.push(
            Problem::warning(
                field(),
                "with a single step, requires_any means the same as requires: list two or more alternatives",
            )
            .ja("ステップが1つだけなら requires と同じ意味です。選択肢を2つ以上挙げてください".into()),
        );
    }
    alternatives
}

fn check_checklist(
    items: &[super::file::ChecklistItem],
    location: &impl Fn() -> String,
    problems: &mut Vec<Problem>,
) {
    cost::tick(items.len());
    for (n, item) in items.iter().enumerate() {
        if item.text.trim().is_empty() {
            problems.push(
                Problem::error(
                    format!("{}, field checklist", location()),
                    format!("item {} has no text", n + 1),
                )
                .ja(format!("項目 {} にテキストがありません", n + 1)),
            );
        }
    }
    if items.len() > MAX_CHECKLIST_ITEMS {
        problems.push(
            Problem::error(
                format!("{}, field checklist", location()),
                format!(
                    "{} items; a checklist has at most {MAX_CHECKLIST_ITEMS}: split the step",
                    items.len()
                ),
            )
            .ja(format!(
                "項目が {} 個あります。チェックリストは {MAX_CHECKLIST_ITEMS} 個までです。ステップを分けてください",
                items.len()
            )),
        );
    }
}

/// More parts than this is a roadmap of its own, not a step.
pub const MAX_CHECKLIST_ITEMS: usize = 100;

fn check_resources(
    resources: &[super::file::Resource],
    location: &impl Fn() -> String,
    problems: &mut Vec<Problem>,
) {
    for resource in resources {
        let lang_ok = !resource.lang.is_empty()
            && resource.lang.len() <= 16
            && resource
                .lang
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !lang_ok {
            problems.push(
                Problem::warning(
                    format!("{}, field resources", location()),
                    format!(
                        "resource '{}' has lang '{}'; use a language code such as \"en\" or \"ja\"",
                        resource.url, resource.lang
                    ),
                )
                .ja(format!(
                    "資料 '{}' の lang '{}' は言語コードではありません（\"en\" や \"ja\" など）",
                    resource.url, resource.lang
                )),
            );
        }
        if resource.stack.iter().any(|s| s.trim().is_empty()) {
            problems.push(
                Problem::warning(
                    format!("{}, field resources", location()),
                    format!("resource '{}' has an empty stack name", resource.url),
                )
                .ja(format!(
                    "資料 '{}' の stack に空の名前があります",
                    resource.url
                )),
            );
        }
    }
}

fn warn_about_shape(stages: &[Stage], steps: &[Step], problems: &mut Vec<Problem>) {
    if steps.is_empty() {
        problems.push(Problem::warning(
            "roadmap",
            "the roadmap has no steps: there is nothing to follow",
        ));
    }
    for stage in stages {
        if stage.steps.is_empty() && !stage.id.is_empty() {
            problems.push(Problem::warning(
                format!("stage '{}'", stage.id),
                "the stage has no steps",
            ));
        }
    }
    // A step outside the first stage that neither requires nor unlocks
    // anything floats free of the graph: no path of prerequisites leads a
    // learner to it, which is almost always a forgotten `requires`.
    let mut required_by = vec![0usize; steps.len()];
    for step in steps {
        for &p in step.requires.iter().chain(&step.requires_any) {
            required_by[p] += 1;
        }
    }
    for (i, step) in steps.iter().enumerate() {
        if step.stage != 0
            && step.stage < stages.len()
            && step.requires.is_empty()
            && step.requires_any.is_empty()
            && required_by[i] == 0
        {
            problems.push(Problem::warning(
                format!("step '{}'", step.id),
                "no other step leads here: it is outside the first stage, has no prerequisites and nothing requires it",
            ));
        }
    }
    for step in steps {
        for resource in &step.resources {
            if !resource.url.starts_with("https://") {
                problems.push(Problem::warning(
                    format!("step '{}', field resources", step.id),
                    format!("resource '{}' is not an https:// link", resource.url),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    fn check(json: &str) -> (Option<Roadmap>, Vec<Problem>) {
        validate(parse(json.as_bytes()).expect("test JSON parses"))
    }

    fn errors(json: &str) -> Vec<String> {
        let (roadmap, problems) = check(json);
        assert!(roadmap.is_none(), "expected the roadmap to be rejected");
        problems
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| p.to_string())
            .collect()
    }

    const STAGES: &str =
        r#""stages": [{"id": "s1", "title": "One"}, {"id": "s2", "title": "Two"}]"#;

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
        assert_eq!(roadmap.reading_order(), &[1, 0, 2]);
        assert_eq!(roadmap.dependents(1), &[0, 2]);
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
        let warned: Vec<&str> = problems.iter().map(|p| p.location.as_str()).collect();
        assert_eq!(warned, ["step 'lonely'"]);
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
        assert!(problems[0].message.contains("means the same as requires"));
        assert!(problems[0].message_ja.is_some());
        assert_eq!(roadmap.steps[1].requires_any, [0]);
        assert_eq!(roadmap.dependents(0), &[1]);
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
        assert!(problems.iter().all(|p| p.message_ja.is_some()));
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
        let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
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
}
