//! The built-in roadmap keeps the properties DESIGN §3 and issue #9 promise.
//!
//! The file is read as plain JSON, so these checks hold whichever fields the
//! loader understands; `roadmap validate` runs through the real binary.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::support::Sandbox;

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/roadmap.json");

/// The application step: the one that says "you are ready to apply".
const APPLICATION: &str = "prepare-application";
/// The milestone that any one route to experience reaches.
const MILESTONE: &str = "first-real-world-experience";
/// The routes to experience the seed article lists (section 6-4).
const ROUTES: [&str; 5] = [
    "apply-junior-roles",
    "internship-or-part-time",
    "freelance-small-jobs",
    "help-acquaintance-project",
    "open-source-contribution",
];
/// Advanced infrastructure: "strengthen while you apply", never a
/// prerequisite of applying.
const ADVANCED: [&str; 6] = [
    "load-balancing-and-recovery",
    "logging-and-monitoring",
    "service-design",
    "second-cloud-provider",
    "caching",
    "ai-design-judgement",
];

fn roadmap() -> Value {
    let text = std::fs::read_to_string(FILE).expect("roadmap.json is readable");
    serde_json::from_str(&text).expect("roadmap.json is JSON")
}

fn steps(roadmap: &Value) -> &Vec<Value> {
    roadmap["steps"].as_array().expect("steps is an array")
}

fn by_id(roadmap: &Value) -> BTreeMap<&str, &Value> {
    steps(roadmap).iter().map(|s| (id(s), s)).collect()
}

fn id(step: &Value) -> &str {
    step["id"].as_str().expect("a step id is a string")
}

fn text<'a>(value: &'a Value, field: &str) -> &'a str {
    value[field].as_str().unwrap_or("")
}

fn ja<'a>(value: &'a Value, field: &str) -> &'a str {
    value["i18n"]["ja"][field].as_str().unwrap_or("")
}

fn ids<'a>(step: &'a Value, field: &str) -> Vec<&'a str> {
    step[field]
        .as_array()
        .map(|list| list.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn optional(step: &Value) -> bool {
    step["optional"].as_bool().unwrap_or(false)
}

fn hours(step: &Value) -> f64 {
    step["estimate_hours"].as_f64().unwrap_or(0.0)
}

fn resources(step: &Value) -> &Vec<Value> {
    step["resources"].as_array().expect("resources is an array")
}

fn checklist(step: &Value) -> Vec<&Value> {
    step["checklist"]
        .as_array()
        .map(|items| items.iter().collect())
        .unwrap_or_default()
}

/// Every step `step` depends on, through `requires` and `requires_any`.
fn prerequisites<'a>(all: &BTreeMap<&'a str, &'a Value>, step: &str) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![step];
    while let Some(current) = todo.pop() {
        let value = all[current];
        for p in ids(value, "requires")
            .into_iter()
            .chain(ids(value, "requires_any"))
        {
            if seen.insert(p) {
                todo.push(p);
            }
        }
    }
    seen
}

/// All English and Japanese text of the steps, lower-cased.
fn all_text(roadmap: &Value) -> String {
    let mut all = String::new();
    for step in steps(roadmap) {
        for field in ["title", "summary", "done_when"] {
            all.push_str(text(step, field));
            all.push('\n');
            all.push_str(ja(step, field));
            all.push('\n');
        }
    }
    all.to_lowercase()
}

/// Each piece of Japanese text in the roadmap, with where it is.
fn japanese_texts(roadmap: &Value) -> Vec<(String, &str)> {
    let mut texts = Vec::new();
    for stage in roadmap["stages"].as_array().expect("stages") {
        texts.push((format!("stage {}", text(stage, "id")), ja(stage, "title")));
    }
    for step in steps(roadmap) {
        for field in ["title", "summary", "done_when"] {
            texts.push((format!("{} {field}", id(step)), ja(step, field)));
        }
        for (n, item) in checklist(step).into_iter().enumerate() {
            let place = format!("{} checklist item {}", id(step), n + 1);
            texts.push((place, ja(item, "text")));
        }
    }
    texts
}

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
        (900.0..=1300.0).contains(&total),
        "required path: {total} h"
    );
    // Sized for someone who has never programmed.
    assert!(hours(all["language-syntax-core"]) >= 100.0);
    assert!(hours(all["first-web-api"]) > 20.0);
    assert!(hours(all["deploy-to-cloud"]) > 16.0);
}

#[test]
fn injection_and_xss_are_dealt_with_before_publishing() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let before_publishing = prerequisites(&all, "publish-portfolio");
    for step in [
        "secure-coding-injection-xss",
        "auth-and-secrets",
        "message-board",
    ] {
        assert!(before_publishing.contains(step), "{step} comes first");
    }
    let position = |id: &str| steps(&roadmap).iter().position(|s| text(s, "id") == id);
    assert!(position("secure-coding-injection-xss") < position("publish-portfolio"));
}

#[test]
fn applying_needs_only_the_basics_and_a_secured_published_portfolio() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let needed = prerequisites(&all, APPLICATION);
    for step in [
        "language-syntax-core",
        "ai-coding-assistants",
        "secure-coding-injection-xss",
        "publish-portfolio",
        "sql-basics",
        "schema-design",
        "deploy-to-cloud",
        "career-documents",
    ] {
        assert!(needed.contains(step), "applying needs {step}");
    }
    for step in ADVANCED.iter().chain(&ROUTES).chain(&[MILESTONE]) {
        assert!(all.contains_key(step), "{step} is in the roadmap");
        assert!(!needed.contains(step), "applying does not wait for {step}");
    }
    let needed_hours: f64 = needed.iter().map(|s| hours(all[s])).sum();
    assert!(needed_hours < 900.0, "applying after {needed_hours} h");
    // Certifications and the exam are options, never prerequisites.
    for step in ["fundamental-it-exam", "cloud-certification"] {
        assert!(optional(all[step]), "{step} is optional");
        assert!(!needed.contains(step));
    }
}

#[test]
fn routes_to_experience_are_optional_alternatives_joined_by_requires_any() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let milestone = all[MILESTONE];
    assert!(!optional(milestone), "the milestone itself counts");
    let options = ids(milestone, "requires_any");
    assert_eq!(
        options.iter().copied().collect::<BTreeSet<_>>(),
        ROUTES.into_iter().collect::<BTreeSet<_>>()
    );
    for route in ROUTES {
        assert!(optional(all[route]), "{route} is optional");
        for step in steps(&roadmap) {
            assert!(
                !ids(step, "requires").contains(&route),
                "{} must not require the route {route}",
                id(step)
            );
        }
    }
    // The crowdsourcing route names the sites a learner in Japan would use.
    let freelance = format!(
        "{} {}",
        text(all["freelance-small-jobs"], "summary"),
        ja(all["freelance-small-jobs"], "summary")
    );
    for site in ["クラウドワークス", "ランサーズ", "CrowdWorks", "Lancers"] {
        assert!(freelance.contains(site), "names {site}");
    }
}

#[test]
fn ai_assistants_come_early_and_design_judgement_later() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let early = all["ai-coding-assistants"];
    assert_eq!(text(early, "stage"), "fundamentals");
    let early_text = format!("{} {}", text(early, "summary"), text(early, "done_when"));
    let early_text = early_text.to_lowercase();
    for topic in ["security", "test", "explain", "portfolio"] {
        assert!(early_text.contains(topic), "the AI step covers {topic}");
    }
    let later = all["ai-design-judgement"];
    assert!(prerequisites(&all, "ai-design-judgement").contains("ai-coding-assistants"));
    assert!(text(later, "summary").to_lowercase().contains("design"));
    assert!(prerequisites(&all, "first-web-api").contains("ai-coding-assistants"));
}

#[test]
fn covers_the_japan_context_as_steps() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    for step in [
        "fundamental-it-exam",
        "cloud-certification",
        "linux-server-basics",
        "html-and-forms",
        "output-and-community",
        "employer-types",
        "career-documents",
    ] {
        assert!(all.contains_key(step), "{step} is a step");
    }
    let text = all_text(&roadmap);
    for term in [
        "基本情報技術者試験",
        "ssh",
        "systemd",
        "permission",
        "qiita",
        "zenn",
        "connpass",
        "自社開発",
        "受託開発",
        "ses",
        "職務経歴書",
        "志望動機",
        "ポテンシャル採用",
        "in japan",
    ] {
        assert!(text.contains(term), "the roadmap mentions {term}");
    }
}

#[test]
fn covers_the_five_ai_era_skills_and_the_experience_routes() {
    let text = all_text(&roadmap());
    let topics: &[(&str, &[&str])] = &[
        (
            "whole-service design",
            &["design the whole", "service design"],
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
        ("sql injection", &["sql injection", "sql インジェクション"]),
        ("xss", &["xss", "cross-site scripting"]),
        (
            "ai assistants",
            &["ai assistant", "ai コーディングアシスタント"],
        ),
        ("junior openings", &["junior"]),
        ("internships", &["internship"]),
        ("freelance", &["freelanc"]),
        ("helping acquaintances", &["someone you know", "知人"]),
        ("open source", &["open source", "open-source"]),
        ("portfolio apps", &["todo"]),
        ("message board", &["message board"]),
    ];
    for (topic, words) in topics {
        assert!(
            words.iter().any(|w| text.contains(w)),
            "the roadmap covers {topic} (one of {words:?})"
        );
    }
}

#[test]
fn steps_follow_the_stage_order() {
    let roadmap = roadmap();
    let all = by_id(&roadmap);
    let stage_index = |step: &Value| {
        ["fundamentals", "portfolio", "cloud-db", "practice"]
            .iter()
            .position(|s| *s == text(step, "stage"))
            .expect("a known stage")
    };
    assert!(ids(&steps(&roadmap)[0], "requires").is_empty());
    for step in steps(&roadmap) {
        for p in ids(step, "requires")
            .into_iter()
            .chain(ids(step, "requires_any"))
        {
            assert!(
                stage_index(all[p]) <= stage_index(step),
                "{} requires {p} from a later stage",
                id(step)
            );
        }
    }
}

/// Every step id of edition 1 still names a step (as its id or an alias),
/// so a learner's progress carries over.
#[test]
fn the_ids_of_edition_1_keep_their_progress() {
    let roadmap = roadmap();
    let known: BTreeSet<&str> = steps(&roadmap)
        .iter()
        .flat_map(|s| std::iter::once(id(s)).chain(ids(s, "aliases")))
        .collect();
    for old in [
        "pick-a-language",
        "command-line-basics",
        "language-syntax-core",
        "git-basics",
        "debugging-and-errors",
        "http-and-the-web",
        "first-web-api",
        "todo-app",
        "automated-tests",
        "message-board",
        "portfolio-writeup",
        "publish-portfolio",
        "sql-basics",
        "local-dev-with-containers",
        "schema-design",
        "indexes-and-query-plans",
        "caching",
        "database-backups-and-privileges",
        "secure-coding-injection-xss",
        "auth-and-secrets",
        "cloud-fundamentals",
        "deploy-to-cloud",
        "second-cloud-provider",
        "load-balancing-and-recovery",
        "logging-and-monitoring",
        "service-design",
        "prepare-application",
        "apply-junior-roles",
        "internship-or-part-time",
        "freelance-small-jobs",
        "help-acquaintance-project",
        "open-source-contribution",
        "team-workflow-and-incidents",
    ] {
        assert!(known.contains(old), "{old} still names a step");
    }
}

/// Kana (with ー) and kanji; the middle dot ・ is punctuation.
fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30fa}' | 'ー' | '\u{4e00}'..='\u{9fff}' | '々')
}

/// One style for the Japanese text: です/ます in summaries, one tense in
/// `done_when`, one spelling per term, consistent spacing.
#[test]
fn japanese_style_is_consistent() {
    let roadmap = roadmap();
    for step in steps(&roadmap) {
        let summary = ja(step, "summary");
        assert!(
            ["ます。", "ましょう。", "です。", "でしょう。"]
                .iter()
                .any(|end| summary.ends_with(end)),
            "{}: the summary ends in です/ます: {summary}",
            id(step)
        );
        let done_when = ja(step, "done_when");
        assert!(
            done_when.ends_with("る。") || done_when.ends_with("い。"),
            "{}: done_when states what is true now: {done_when}",
            id(step)
        );
    }
    // Short forms whose long form (with ー) is the one spelling used.
    let short_forms = [
        "サーバ",
        "ユーザ",
        "デバッガ",
        "エディタ",
        "フォルダ",
        "ブラウザ",
        "コンテナ",
        "パラメータ",
        "ヘッダ",
        "プレースホルダ",
        "インタープリタ",
        "コンピュータ",
        "メンテナ",
        "レイテンシ",
    ];
    let banned = ["ひとつ", "処理系", "就職活動", "回り道", "インタプリタ"];
    for (place, line) in japanese_texts(&roadmap) {
        for word in banned {
            assert!(!line.contains(word), "{place}: {word:?} in {line}");
        }
        for short in short_forms {
            for (at, _) in line.match_indices(short) {
                assert!(
                    line[at + short.len()..].starts_with('ー'),
                    "{place}: write {short}ー: {line}"
                );
            }
        }
        let chars: Vec<char> = line.chars().collect();
        for window in chars.windows(3) {
            if let [a, ' ', b] = window {
                assert!(
                    !(is_japanese(*a) && is_japanese(*b)),
                    "{place}: a space between Japanese characters: {line}"
                );
            }
        }
        for pair in chars.windows(2) {
            let [a, b] = pair else { continue };
            let touching = (a.is_ascii_alphabetic() && is_japanese(*b))
                || (is_japanese(*a) && b.is_ascii_alphabetic());
            assert!(!touching, "{place}: a space belongs between {a}{b}: {line}");
        }
        let ascii_parens = line.contains('(') || line.contains(')');
        assert!(
            !ascii_parens || line.contains("alert(1)"),
            "{place}: full-width parentheses in Japanese: {line}"
        );
    }
}
