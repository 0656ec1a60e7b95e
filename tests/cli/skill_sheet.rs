//! `roadmap export --format skills` and `--format json-resume`: snapshots
//! in both languages at a fixed clock, the JSON Resume schema, a source
//! for every claim, and no company name or note unless asked.

use serde_json::Value;

use crate::support::Sandbox;

pub(crate) const ROADMAP: &str = r#"{
  "id": "small", "title": "Small", "i18n": {"ja": {"title": "小さなロードマップ"}},
  "stages": [{"id": "s1", "title": "Basics", "i18n": {"ja": {"title": "基礎"}}}],
  "skills": [
    {"id": "sql", "name": "SQL"},
    {"id": "py", "name": "Python", "stack": ["python"]},
    {"id": "rb", "name": "Ruby", "stack": ["ruby"]},
    {"id": "docker", "name": "Docker", "i18n": {"ja": {"name": "Docker (コンテナ)"}}},
    {"id": "api", "name": "REST APIs", "i18n": {"ja": {"name": "REST API の設計と実装"}}}
  ],
  "steps": [
    {"id": "alpha", "stage": "s1", "title": "SQL basics", "estimate_hours": 10, "skills": ["sql", "py", "rb"], "i18n": {"ja": {"title": "SQL の基礎"}}},
    {"id": "beta", "stage": "s1", "title": "An API", "estimate_hours": 20, "skills": ["api", "py"], "requires": ["alpha"], "i18n": {"ja": {"title": "API を作る"}}},
    {"id": "gamma", "stage": "s1", "title": "Containers", "estimate_hours": 5, "skills": ["docker"], "requires": ["alpha"]}
  ]
}"#;

/// A learner's record: two steps done (one verified), time, evidence, a
/// note, an application; the third step's skill has no finished step.
pub(crate) fn learner() -> Sandbox {
    let s = Sandbox::with_roadmap(ROADMAP).at_time("2026-12-03T12:00:00Z");
    for args in [
        &["--user", "hana", "stack", "python"][..],
        &["--user", "hana", "start", "alpha", "--at", "2026-10-01"],
        &[
            "--user",
            "hana",
            "study",
            "alpha",
            "5h",
            "--at",
            "2026-10-02",
        ],
        &[
            "--user",
            "hana",
            "done",
            "alpha",
            "--at",
            "2026-10-05",
            "--evidence",
            "https://github.com/hana/sql-notes",
        ],
        &[
            "--user",
            "hana",
            "study",
            "beta",
            "12h",
            "--at",
            "2026-10-10",
        ],
        &[
            "--user",
            "hana",
            "done",
            "beta",
            "--at",
            "2026-11-02",
            "--evidence",
            "https://github.com/hana/api",
        ],
        &[
            "--user",
            "hana",
            "note",
            "beta",
            "Secret note: the hard part was auth",
            "--at",
            "2026-11-02",
        ],
        &[
            "--user",
            "hana",
            "study",
            "gamma",
            "2h",
            "--at",
            "2026-11-20",
        ],
        &[
            "--user",
            "hana",
            "apply",
            "add",
            "Initech Secret KK",
            "--channel",
            "agent",
            "--note",
            "Secret referral",
        ],
    ] {
        s.stdout(args);
    }
    // What `roadmap check` records (the verified-steps issue): added to the
    // store as that command writes it.
    let mut data = s.user_json("hana");
    data["roadmaps"]["small"]["steps"]["beta"]["verifications"] = serde_json::json!([{
        "at": "2026-11-02T10:00:00Z",
        "checks": [{"kind": "git", "passed": true}],
        "commit": "0123456789abcdef0123",
        "remote": "https://github.com/hana/api.git"
    }]);
    s.write(
        "data/users/hana.json",
        &serde_json::to_string_pretty(&data).unwrap(),
    );
    s
}

pub(crate) fn sheet(s: &Sandbox, lang: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "--user", "hana", "--lang", lang, "export", "--format", "skills",
    ];
    args.extend_from_slice(extra);
    s.stdout(&args)
}

#[test]
fn the_sheet_in_english() {
    insta::assert_snapshot!(sheet(&learner(), "en", &[]));
}

#[test]
fn the_sheet_in_japanese() {
    insta::assert_snapshot!(sheet(&learner(), "ja", &[]));
}

#[test]
fn the_html_sheet_is_one_printable_page() {
    let s = learner();
    let file = s.path().join("sheet.html");
    let file = file.to_str().unwrap();
    s.stdout(&[
        "--user", "hana", "--lang", "ja", "export", "--format", "skills", "-o", file,
    ]);
    let html = std::fs::read_to_string(file).unwrap();
    assert!(html.contains("@page{size:A4"), "printable on A4");
    assert!(html.contains("name=\"viewport\""), "readable on a phone");
    assert!(
        !html.contains("<script") && !html.contains("<link"),
        "self-contained"
    );
    for section in [
        "職務要約",
        "活かせる経験・知識・スキル",
        "開発経験・ポートフォリオ",
        "学習の記録",
        "資格",
        "自己PR",
    ] {
        assert!(html.contains(&format!("<h2>{section}</h2>")), "{section}");
    }
    assert_eq!(
        html.matches("class=\"blank\"").count(),
        5,
        "the learner's places"
    );
    assert!(html.contains("<span class=\"ok\">自動チェック合格</span>"));
    assert!(!html.contains("Secret"));
}

fn resume(s: &Sandbox) -> Value {
    let text = s.stdout(&["--user", "hana", "export", "--format", "json-resume"]);
    serde_json::from_str(&text).expect("JSON")
}

#[test]
fn the_json_resume_validates_against_its_schema() {
    let schema: Value =
        serde_json::from_str(include_str!("../fixtures/json-resume.schema.json")).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles");
    let document = resume(&learner());
    let errors: Vec<String> = validator
        .iter_errors(&document)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{document:#}");
    // The validator does refuse what breaks the schema's facts.
    let mut broken = document.clone();
    broken["projects"][0]["startDate"] = "12/10/2026".into();
    assert!(!validator.is_valid(&broken));
    insta::assert_json_snapshot!(document);
}

#[test]
fn every_claim_has_a_source_in_the_record() {
    let s = learner();
    let document = resume(&s);
    let list = s.json(&["--user", "hana", "list"]);
    let done: Vec<String> = list["stages"][0]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|step| step["status"] == "done")
        .map(|step| {
            format!(
                "{} {}",
                step["number"].as_str().unwrap(),
                step["title"].as_str().unwrap()
            )
        })
        .collect();
    let skills = document["skills"].as_array().unwrap();
    let names: Vec<&str> = skills.iter().map(|s| s["name"].as_str().unwrap()).collect();
    // Docker's only step is not done; Ruby is not the learner's stack.
    assert_eq!(names, ["SQL", "Python", "REST APIs"]);
    for skill in skills {
        let sources = skill["keywords"].as_array().unwrap();
        assert!(!sources.is_empty(), "{skill}");
        for source in sources {
            assert!(
                done.iter().any(|d| d == source.as_str().unwrap()),
                "{source} is a done step"
            );
        }
    }
    let levels: Vec<&str> = skills
        .iter()
        .map(|s| s["level"].as_str().unwrap())
        .collect();
    assert_eq!(
        levels,
        [
            "self-reported",
            "passed automated checks",
            "passed automated checks"
        ]
    );
    let store = s.user_json("hana");
    let evidence = |step: &str| -> Vec<Value> {
        store["roadmaps"]["small"]["steps"][step]["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["url"].clone())
            .collect()
    };
    for project in document["projects"].as_array().unwrap() {
        let url = project["url"].clone();
        assert!(
            evidence("alpha").contains(&url) || evidence("beta").contains(&url),
            "{url}"
        );
    }
}

#[test]
fn notes_only_with_notes_and_company_names_never() {
    let s = learner();
    for lang in ["en", "ja"] {
        let without = sheet(&s, lang, &[]);
        assert!(!without.contains("Secret"), "{without}");
        let with = sheet(&s, lang, &["--with-notes"]);
        assert!(
            with.contains("Secret note: the hard part was auth"),
            "{with}"
        );
        assert!(
            !with.contains("Initech") && !with.contains("Secret referral"),
            "{with}"
        );
    }
    let json = s.stdout(&[
        "--user",
        "hana",
        "export",
        "--format",
        "json-resume",
        "--with-notes",
    ]);
    assert!(!json.contains("Initech"));
}

#[test]
fn an_empty_record_claims_nothing() {
    let s = Sandbox::with_roadmap(ROADMAP).at_time("2026-12-03T12:00:00Z");
    let text = s.stdout(&["export", "--format", "skills"]);
    assert!(text.contains("No skill claimed yet"), "{text}");
    assert!(text.contains("Nothing recorded yet."), "{text}");
    // The format of the file must agree with the sheet.
    s.test()
        .args(["export", "--format", "json-resume", "-o", "x.md"])
        .stderr_has("json-resume")
        .status(2);
}
