//! The file is complete: it validates, keeps its stages, has enough steps
//! with text in both languages, and honest resources, checklists and hours.

use super::*;

#[test]
fn validates_without_errors_or_warnings() {
    let output = Sandbox::new()
        .cmd()
        .args(["validate", "--json", FILE])
        .output()
        .expect("roadmap runs");
    assert!(output.status.success(), "{output:?}");
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON report");
    assert_eq!(report["valid"], true, "{report}");
    assert_eq!(report["errors"], 0, "{report}");
    assert_eq!(report["warnings"], 0, "{report}");
}

#[test]
fn keeps_its_id_and_the_four_stages_in_order() {
    let roadmap = roadmap();
    assert_eq!(
        roadmap["id"], "backend-from-zero",
        "progress is stored under it"
    );
    assert!(!ja(&roadmap, "title").is_empty());
    let stages: Vec<&str> = roadmap["stages"]
        .as_array()
        .expect("stages")
        .iter()
        .map(|s| text(s, "id"))
        .collect();
    assert_eq!(
        stages,
        ["fundamentals", "portfolio", "cloud-db", "practice"]
    );
    for stage in roadmap["stages"].as_array().expect("stages") {
        assert!(!ja(stage, "title").is_empty(), "{stage}");
        let id = text(stage, "id");
        assert!(
            steps(&roadmap).iter().any(|s| text(s, "stage") == id),
            "stage {id} has steps"
        );
    }
}

#[test]
fn has_40_to_70_complete_steps_in_both_languages() {
    let roadmap = roadmap();
    let steps = steps(&roadmap);
    assert!((40..=70).contains(&steps.len()), "{}", steps.len());
    for step in steps {
        let id = id(step);
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id} is kebab-case"
        );
        assert!(text(step, "summary").len() > 100, "{id} has a summary");
        assert!(
            text(step, "done_when").len() > 60,
            "{id}: checkable done_when"
        );
        assert!(hours(step) > 0.0, "{id} has an estimate");
        for field in ["title", "summary", "done_when"] {
            assert!(!ja(step, field).is_empty(), "{id}: ja {field}");
        }
        assert!(!resources(step).is_empty(), "{id} has a resource");
    }
}

#[test]
fn every_resource_is_an_https_link_with_known_lang_cost_and_stack() {
    let roadmap = roadmap();
    for step in steps(&roadmap) {
        for resource in resources(step) {
            let url = text(resource, "url");
            assert!(url.starts_with("https://"), "{}: {url}", id(step));
            assert!(
                !url.contains("roadmap.sh"),
                "{}: own content only",
                id(step)
            );
            assert!(!text(resource, "title").is_empty(), "{}: {url}", id(step));
            let lang = resource["lang"].as_str().unwrap_or("en");
            assert!(["en", "ja"].contains(&lang), "{}: {url}", id(step));
            let cost = resource["cost"].as_str().unwrap_or("free");
            assert!(
                ["free", "freemium", "paid"].contains(&cost),
                "{}: {url}",
                id(step)
            );
            for stack in ids(resource, "stack") {
                assert!(
                    !stack.is_empty() && stack.chars().all(|c| c.is_ascii_lowercase()),
                    "{}: stack {stack:?}",
                    id(step)
                );
            }
        }
    }
}

/// A learner who reads Japanese finds a free Japanese resource on every
/// step, and still does after choosing a stack (which hides the resources
/// of the other stacks).
#[test]
fn every_step_has_a_free_japanese_resource_for_every_stack() {
    let roadmap = roadmap();
    let stacks: BTreeSet<&str> = steps(&roadmap)
        .iter()
        .flat_map(|s| resources(s).iter())
        .flat_map(|r| ids(r, "stack"))
        .collect();
    assert!(stacks.contains("python") && stacks.contains("javascript"));
    for step in steps(&roadmap) {
        let free_ja: Vec<&Value> = resources(step)
            .iter()
            .filter(|r| r["lang"] == "ja")
            .filter(|r| r["cost"].as_str().unwrap_or("free") == "free")
            .collect();
        assert!(!free_ja.is_empty(), "{} has a free ja resource", id(step));
        for stack in &stacks {
            assert!(
                free_ja.iter().any(|r| {
                    let only = ids(r, "stack");
                    only.is_empty() || only.contains(stack)
                }),
                "{}: a free ja resource is left for stack {stack}",
                id(step)
            );
        }
    }
}

#[test]
fn every_checklist_item_has_japanese_text_and_big_steps_have_checklists() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    for step in steps(&roadmap) {
        for item in checklist(step) {
            assert!(!text(item, "text").is_empty(), "{}: {item}", id(step));
            assert!(!ja(item, "text").is_empty(), "{}: {item}", id(step));
        }
        if hours(step) >= 45.0 && !optional(step) {
            assert!(
                checklist(step).len() >= 3,
                "{} is big and has a checklist",
                id(step)
            );
        }
    }
    // The syntax step's practice programs are its checklist.
    assert!(checklist(all["language-syntax-core"]).len() >= 5);
}

/// Hours on the required path: the steps that are not optional, plus the
/// cheapest option of each `requires_any` whose options are all optional.
#[test]
fn required_path_hours_are_honest_for_a_true_beginner() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let mut total: f64 = steps(&roadmap)
        .iter()
        .filter(|s| !optional(s))
        .map(hours)
        .sum();
    for step in steps(&roadmap).iter().filter(|s| !optional(s)) {
        let options = ids(step, "requires_any");
        if !options.is_empty() && options.iter().all(|o| optional(all[o])) {
            total += options
                .iter()
                .map(|o| hours(all[o]))
                .fold(f64::INFINITY, f64::min);
        }
    }
    assert!(
        (1000.0..=1200.0).contains(&total),
        "required path: {total} h"
    );
    // The path to the offer counts the same hours.
    let to_offer: f64 = required_path(&all, HIRED)
        .iter()
        .map(|s| hours(all[s]))
        .sum::<f64>()
        + hours(all[HIRED]);
    assert_eq!(to_offer, total, "every required hour leads to the offer");
    // Sized for someone who has never programmed.
    assert!(hours(all["language-syntax-core"]) >= 100.0);
    assert!(hours(all["first-web-api"]) > 20.0);
    assert!(hours(all["original-service"]) >= 60.0);
}
