//! On the built-in roadmap, `next` offers the required path first and marks
//! optional steps, and every screen tells one figure for the hours left.

use super::*;

/// Walks the whole roadmap by always finishing the first step `next`
/// offers: at every point, no optional step comes before a required one
/// that is also available, and each optional step says so.
#[test]
fn next_never_offers_an_optional_step_before_a_required_one() {
    let sandbox = Sandbox::new().at_time("2026-12-01T09:00:00Z");
    let mut finished = 0;
    loop {
        let next = sandbox.json(&["next", "--all"]);
        let steps = next["steps"].as_array().expect("steps");
        if steps.is_empty() {
            assert_eq!(
                next["complete"], true,
                "nothing available, yet not complete"
            );
            break;
        }
        let optional: Vec<bool> = steps
            .iter()
            .map(|s| s["optional"].as_bool().expect("optional"))
            .collect();
        if let Some(first) = optional.iter().position(|&o| o) {
            assert!(
                optional[first..].iter().all(|&o| o),
                "after {finished} steps, an optional step comes before a required one: {steps:?}"
            );
        }
        let id = steps[0]["id"].as_str().expect("an id");
        let text = sandbox.stdout(&["next", "--all"]);
        for step in steps.iter().filter(|s| s["optional"] == true) {
            let title = step["title"].as_str().expect("a title");
            assert!(
                text.lines()
                    .any(|l| l.contains(title) && l.contains("(optional)")),
                "{title} is not marked optional in:\n{text}"
            );
        }
        sandbox.stdout(&["done", id]);
        finished += 1;
        assert!(finished <= 100, "the walk does not end");
    }
    assert_eq!(finished, builtin_step_count());
}

fn builtin_step_count() -> usize {
    let roadmap: Value = serde_json::from_str(&std::fs::read_to_string(FILE).unwrap()).unwrap();
    roadmap["steps"].as_array().unwrap().len()
}

/// The status table's overall row, its "Left" line and the today view
/// give the same required hours, with the optional hours beside them.
#[test]
fn the_hours_left_are_one_required_figure_everywhere() {
    let sandbox = Sandbox::new().at_time("2026-12-01T09:00:00Z");
    sandbox.stdout(&["done", "1.1", "1.2"]);
    // A week of records, so that the pace and its "Left" line exist.
    sandbox.stdout(&["study", "1.3", "3h", "--at", "2026-11-20"]);
    let status = sandbox.json(&["status"]);
    let overall = &status["overall"];
    let required = overall["hours_left"].as_f64().unwrap();
    let optional = overall["optional_hours_left"].as_f64().unwrap();
    assert!(required > 0.0 && optional > 0.0, "{overall}");
    let rate = &status["pace"]["rate"];
    assert_eq!(rate["remaining_hours"].as_f64(), Some(required), "{status}");
    assert_eq!(rate["optional_hours"].as_f64(), Some(optional), "{status}");
    let stages: f64 = (status["stages"].as_array().unwrap().iter())
        .map(|s| s["hours_left"].as_f64().unwrap())
        .sum();
    assert!(
        (stages - required).abs() < 0.05,
        "{stages} against {required}"
    );
    let today = sandbox.json(&[]);
    assert_eq!(today["hours_left"].as_f64(), Some(required));
    assert_eq!(today["optional_hours_left"].as_f64(), Some(optional));
    // On screen: the table's overall row shows the required figure.
    let text = sandbox.stdout(&["status"]);
    let row = text.lines().find(|l| l.contains("Overall")).unwrap();
    assert!(row.contains(&format!("{}h", required.round())), "{row}");
}
