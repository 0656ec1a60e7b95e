//! A learner who recorded progress on edition 2 of the built-in roadmap
//! keeps every finished step, note and study session in edition 3.

use super::*;

/// The step ids of edition 2, as learners' stores hold them.
pub(super) const EDITION_2: [&str; 44] = [
    "pick-a-language",
    "command-line-basics",
    "language-syntax-core",
    "git-basics",
    "debugging-and-errors",
    "ai-coding-assistants",
    "http-and-the-web",
    "html-and-forms",
    "first-web-api",
    "fundamental-it-exam",
    "learn-a-web-framework",
    "todo-app",
    "automated-tests",
    "message-board",
    "secure-coding-injection-xss",
    "auth-and-secrets",
    "portfolio-writeup",
    "publish-portfolio",
    "output-and-community",
    "sql-basics",
    "local-dev-with-containers",
    "schema-design",
    "indexes-and-query-plans",
    "database-backups-and-privileges",
    "linux-server-basics",
    "cloud-fundamentals",
    "deploy-to-cloud",
    "cloud-certification",
    "employer-types",
    "career-documents",
    "prepare-application",
    "apply-junior-roles",
    "internship-or-part-time",
    "freelance-small-jobs",
    "help-acquaintance-project",
    "open-source-contribution",
    "first-real-world-experience",
    "logging-and-monitoring",
    "load-balancing-and-recovery",
    "caching",
    "second-cloud-provider",
    "service-design",
    "ai-design-judgement",
    "team-workflow-and-incidents",
];

#[test]
fn progress_on_edition_2_survives_the_upgrade() {
    let sandbox = Sandbox::new();
    // Edition 2 as a store knows it: its ids under the same roadmap id.
    let steps: Vec<Value> = EDITION_2
        .iter()
        .map(|id| serde_json::json!({ "id": id, "stage": "all", "title": id }))
        .collect();
    let edition_2 = serde_json::json!({
        "id": "backend-from-zero",
        "title": "Edition 2",
        "stages": [{ "id": "all", "title": "All" }],
        "steps": steps,
    });
    let old = sandbox.write("edition-2.json", &edition_2.to_string());
    let old = old.to_str().expect("a UTF-8 path");
    let on = |roadmap: &str, args: &[&str]| {
        let mut all = vec!["--roadmap", roadmap];
        all.extend_from_slice(args);
        all.iter().map(|s| s.to_string()).collect::<Vec<String>>()
    };
    let run = |roadmap: &str, args: &[&str]| {
        let args = on(roadmap, args);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        sandbox.stdout(&args)
    };
    let json = |roadmap: &str, args: &[&str]| {
        let args = on(roadmap, args);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        sandbox.json(&args)
    };

    // Every edition-2 step but the last four done, one started, one
    // skipped; a note and a study session on the two renamed steps.
    let (finished, rest) = EDITION_2.split_at(EDITION_2.len() - 4);
    let mut done = vec!["done"];
    done.extend(finished.iter().filter(|id| **id != "fundamental-it-exam"));
    run(old, &done);
    run(old, &["skip", "fundamental-it-exam"]);
    run(old, &["start", rest[0]]);
    run(
        old,
        &[
            "note",
            "message-board",
            "the board became my booking service",
        ],
    );
    run(old, &["study", "apply-junior-roles", "90m"]);

    let status = json(FILE, &["status", "--steps"]);
    assert_eq!(status["orphans"], serde_json::json!([]), "ids left behind");
    assert_eq!(
        status["overall"]["done"],
        finished.len() - 1,
        "{}",
        status["overall"]
    );
    assert_eq!(status["overall"]["skipped"], 1, "{}", status["overall"]);
    assert_eq!(status["overall"]["in_progress"], 1, "{}", status["overall"]);
    let status_of = |id: &str| {
        status["steps"]
            .as_array()
            .expect("steps")
            .iter()
            .find(|s| s["id"] == id)
            .map(|s| s["status"].clone())
            .unwrap_or_else(|| panic!("{id} is listed"))
    };
    // Renamed steps keep their progress under their new ids.
    assert_eq!(status_of("original-service"), "done");
    assert_eq!(status_of(APPLICATION), "done");
    assert_eq!(status_of("fundamental-it-exam"), "skipped");
    assert_eq!(status_of(rest[0]), "in-progress");
    // Steps new in edition 3 start as todo.
    for new in [
        "problem-statement",
        "job-channels",
        "maintain-existing-code",
        HIRED,
    ] {
        assert_eq!(status_of(new), "todo", "{new}");
    }

    let service = json(FILE, &["show", "message-board"]);
    assert_eq!(service["id"], "original-service");
    assert_eq!(
        service["notes"][0]["text"], "the board became my booking service",
        "{service}"
    );
    let campaign = json(FILE, &["show", "apply-junior-roles"]);
    assert_eq!(campaign["id"], APPLICATION);
    assert_eq!(campaign["sessions"][0]["minutes"], 90, "{campaign}");
    assert_eq!(campaign["time_spent_minutes"], 90, "{campaign}");
}
