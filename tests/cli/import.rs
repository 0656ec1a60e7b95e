//! `roadmap import roadmapsh`: the fixtures in tests/fixtures/roadmapsh/
//! are small files written for these tests in roadmap.sh's format.

use std::path::PathBuf;

use serde_json::Value;

use crate::schema::violations;
use crate::support::Sandbox;

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/roadmapsh")
        .join(name)
        .display()
        .to_string()
}

/// (stage, id, requires, aliases) of each step.
fn steps(roadmap: &Value) -> Vec<(String, String, Vec<String>, Vec<String>)> {
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| a.iter().map(|s| s.as_str().unwrap().to_string()).collect())
            .unwrap_or_default()
    };
    roadmap["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["stage"].as_str().unwrap().to_string(),
                s["id"].as_str().unwrap().to_string(),
                strings(&s["requires"]),
                strings(&s["aliases"]),
            )
        })
        .collect()
}

fn find<'a>(
    steps: &'a [(String, String, Vec<String>, Vec<String>)],
    alias: &str,
) -> &'a (String, String, Vec<String>, Vec<String>) {
    steps
        .iter()
        .find(|s| s.3.iter().any(|a| a == alias))
        .unwrap_or_else(|| panic!("no step from node {alias}"))
}

#[test]
fn converts_a_roadmapsh_file_following_its_rules() {
    let sandbox = Sandbox::new();
    let text = sandbox.stdout(&["import", "roadmapsh", &fixture("mini-backend.json")]);
    insta::assert_snapshot!(text);
    let roadmap: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(roadmap["id"], "mini-backend", "from the file name");
    assert_eq!(roadmap["title"], "Mini Backend", "from the title node");
    let steps = steps(&roadmap);

    // The spine: Internet -> (button) -> Pick a Language -> Version
    // Control -> (vertical line) -> Databases -> Basics; one stage each.
    let topics: Vec<&str> = ["tA1x", "tB2y", "tC3z", "tD4w", "tE5v"]
        .iter()
        .map(|node| find(&steps, node).1.as_str())
        .collect();
    assert_eq!(
        topics,
        [
            "internet",
            "pick-a-language",
            "version-control",
            "databases",
            "basics-2"
        ]
    );
    let stages: Vec<&str> = roadmap["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(stages, topics);
    for pair in topics.windows(2) {
        let later = steps.iter().find(|s| s.1 == pair[1]).unwrap();
        assert_eq!(later.2, [pair[0]], "each topic requires the previous one");
    }
    assert!(find(&steps, "tA1x").2.is_empty());

    // Subtopics: by edge (also through another subtopic), by the section
    // box around them, else by the nearest topic.
    for (node, topic) in [
        ("sHow", "internet"),
        ("sDNS", "internet"),
        ("sPy", "pick-a-language"),
        ("sCpp", "pick-a-language"),
        ("sCs", "pick-a-language"),
        ("sGit", "version-control"),
        ("sGH", "version-control"),
        ("sIntro2", "databases"),
        ("sBasics", "databases"),
        ("sIntro1", "basics-2"),
    ] {
        let step = find(&steps, node);
        assert_eq!(step.0, topic, "{node} belongs to {topic}");
        assert_eq!(step.2, [topic], "{node} requires its topic");
    }

    // Readable ids, made unique, with the node id kept as an alias.
    assert_eq!(find(&steps, "sCpp").1, "c-plus-plus");
    assert_eq!(find(&steps, "sCs").1, "c-sharp");
    assert_eq!(find(&steps, "sIntro2").1, "introduction");
    assert_eq!(find(&steps, "sIntro1").1, "introduction-2");
    assert_eq!(find(&steps, "sBasics").1, "basics");
    assert_eq!(steps.len(), 15, "layout nodes are not steps");
    assert_eq!(violations(&roadmap), Vec::<String>::new());
}

#[test]
fn output_file_passes_validate_and_can_be_followed() {
    let sandbox = Sandbox::new();
    let out = sandbox.path().join("mini.json");
    let out = out.to_str().unwrap();
    sandbox
        .test()
        .args([
            "import",
            "roadmapsh",
            &fixture("mini-backend.json"),
            "-o",
            out,
        ])
        .stdout_has("(Mini Backend): 5 topics and 10 subtopics as 5 stages, 15 steps")
        .success();
    let validated = sandbox.test().args(["validate", out]).success();
    assert!(
        String::from_utf8_lossy(&validated.stdout)
            .ends_with("valid, 5 stages, 15 steps, 0 warnings\n")
    );
    let next = sandbox.json(&["--roadmap", out, "next"]);
    assert_eq!(next["steps"][0]["id"], "internet");
    // The original node id works as a step reference.
    sandbox.stdout(&["--roadmap", out, "done", "tA1x", "sHow"]);
    let store = sandbox.user_json("learner");
    assert_eq!(
        store["roadmaps"]["mini-backend"]["steps"]["internet"]["status"],
        "done"
    );
}

#[test]
fn edges_order_topics_and_position_breaks_ties() {
    let sandbox = Sandbox::new();
    let roadmap: Value = serde_json::from_str(&sandbox.stdout(&[
        "import",
        "roadmapsh",
        &fixture("branch.json"),
        "--id",
        "branchy",
        "--title",
        "Branches",
    ]))
    .unwrap();
    assert_eq!(roadmap["id"], "branchy");
    assert_eq!(roadmap["title"], "Branches");
    let order: Vec<String> = roadmap["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    // Left and Right both follow Start Here: Left is further left. "Comes
    // After Left" sits higher on the page but follows Left by its edge.
    // The unlinked topic takes its place by position.
    assert_eq!(
        order,
        [
            "start-here",
            "unlinked-topic",
            "left-branch",
            "comes-after-left",
            "right-branch"
        ]
    );
    let steps = steps(&roadmap);
    assert_eq!(find(&steps, "s1").0, "right-branch", "the nearest topic");
}

#[test]
fn files_that_are_not_roadmapsh_roadmaps_are_refused() {
    let sandbox = Sandbox::new();
    let out = sandbox.path().join("out.json");
    for (name, contents, message) in [
        (
            "broken.json",
            "{\"nodes\": [",
            "not JSON (line 1, column 11)",
        ),
        (
            "ours.json",
            crate::support::SMALL_ROADMAP,
            "no \"nodes\" list",
        ),
        (
            "layout.json",
            r#"{"nodes": [{"id": "b", "type": "button", "data": {"label": "Go"}}], "edges": []}"#,
            "no nodes of type 'topic' or 'subtopic'",
        ),
    ] {
        let file = sandbox.write(name, contents);
        sandbox
            .test()
            .args([
                "import",
                "roadmapsh",
                file.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
            ])
            .stderr_has(message)
            .status(2);
        assert!(!out.exists(), "{name}: nothing is written");
    }
    sandbox
        .test()
        .args(["import", "roadmapsh", &fixture("branch.json"), "--id", "  "])
        .stderr_has("would not be valid")
        .status(2);
}
