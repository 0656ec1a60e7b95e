//! The roadmap format's newer fields, end to end: `requires_any`,
//! checklists with `tick`/`untick`/`undo`, resource `lang`/`cost`/`stack`
//! with `roadmap stack`, and warnings about unknown fields.

use std::fs;

use predicates::prelude::*;
use serde_json::Value;

use crate::support::{Sandbox, files_under};

/// s1: syntax (a checklist of 3, resources in two languages and stacks);
/// s2: internship and oss (alternatives after syntax), first-job (needs
/// one of them).
pub const ROUTES: &str = r#"{
  "id": "routes",
  "title": "Routes",
  "i18n": {"ja": {"title": "ルート"}},
  "stages": [
    {"id": "s1", "title": "Basics", "i18n": {"ja": {"title": "基礎"}}},
    {"id": "s2", "title": "Experience", "i18n": {"ja": {"title": "経験"}}}
  ],
  "steps": [
    {"id": "syntax", "stage": "s1", "title": "Syntax", "estimate_hours": 30,
     "i18n": {"ja": {"title": "文法"}},
     "checklist": [
       {"text": "FizzBuzz", "i18n": {"ja": {"text": "FizzBuzz を書く"}}},
       {"text": "A guessing game", "i18n": {"ja": {"text": "数当てゲーム"}}},
       {"text": "A to-do list", "i18n": {"ja": {"text": "TODO リスト"}}}
     ],
     "resources": [
       {"title": "Tutorial", "url": "https://example.org/en/tutorial"},
       {"title": "PHP manual", "url": "https://example.org/php", "stack": ["php"]},
       {"title": "Paid course", "url": "https://example.org/course", "kind": "course", "cost": "paid"},
       {"title": "チュートリアル", "url": "https://example.org/ja/tutorial", "lang": "ja"},
       {"title": "Python 入門", "url": "https://example.org/ja/python", "lang": "ja", "stack": ["python"], "cost": "freemium"}
     ]},
    {"id": "internship", "stage": "s2", "title": "Internship", "requires": ["syntax"], "optional": true, "estimate_hours": 100},
    {"id": "oss", "stage": "s2", "title": "Open source", "requires": ["syntax"], "optional": true, "estimate_hours": 40},
    {"id": "first-job", "stage": "s2", "title": "First job", "requires_any": ["internship", "oss"], "estimate_hours": 10}
  ]
}"#;

fn sandbox() -> Sandbox {
    Sandbox::with_roadmap(ROUTES)
}

fn ids(json: &Value, list: &str) -> Vec<String> {
    json[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|step| step["id"].as_str().unwrap().to_string())
        .collect()
}

// requires_any

#[test]
fn one_alternative_finished_makes_a_step_available_and_is_reported_as_unlocking_it() {
    let sandbox = sandbox();
    sandbox.stdout(&["done", "syntax"]);
    let next = sandbox.json(&["next", "--all"]);
    assert_eq!(ids(&next, "steps"), ["internship", "oss"]);
    let show = sandbox.json(&["show", "first-job"]);
    assert_eq!(show["available"], false);
    assert_eq!(ids(&show, "requires_any"), ["internship", "oss"]);

    let done = sandbox.json(&["done", "oss"]);
    assert_eq!(ids(&done, "unlocked"), ["first-job"]);
    let next = sandbox.json(&["next", "--all"]);
    assert_eq!(ids(&next, "steps"), ["internship", "first-job"]);
    // The second alternative unlocks nothing new.
    let done = sandbox.json(&["done", "internship"]);
    assert_eq!(ids(&done, "unlocked"), Vec::<String>::new());

    let text = sandbox.stdout(&["show", "2.3"]);
    assert!(text.contains("Requires any one of\n"), "{text}");
    let text = sandbox.stdout(&["--lang", "ja", "show", "2.3"]);
    assert!(text.contains("前提ステップ（いずれか1つ）\n"), "{text}");
}

#[test]
fn a_skipped_alternative_counts_like_a_done_one() {
    let sandbox = sandbox();
    sandbox.stdout(&["skip", "syntax", "internship"]);
    let status = sandbox.json(&["show", "first-job"]);
    assert_eq!(status["available"], true);
}

#[test]
fn done_before_any_alternative_warns_and_names_them() {
    let sandbox = sandbox();
    sandbox
        .run(&["done", "first-job"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "first-job is marked done before its prerequisites: 2.1 internship, 2.2 oss",
        ));
}

#[test]
fn graph_draws_alternatives_differently() {
    let sandbox = sandbox();
    let mermaid = sandbox.stdout(&["graph"]);
    assert!(mermaid.contains("  n0 --> n1\n"), "{mermaid}");
    assert!(
        mermaid.contains("  n1 -.-> n3\n  n2 -.-> n3\n"),
        "{mermaid}"
    );
    let dot = sandbox.stdout(&["graph", "--format", "dot"]);
    assert!(dot.contains("  n0 -> n1;\n"), "{dot}");
    assert!(
        dot.contains("  n1 -> n3 [style=dashed, arrowhead=empty];"),
        "{dot}"
    );
    let json = sandbox.json(&["graph"]);
    assert_eq!(
        json["any_edges"],
        serde_json::json!([["internship", "first-job"], ["oss", "first-job"]])
    );
    let html = sandbox.path().join("page.html");
    sandbox.stdout(&["export", "-f", "html", "-o", html.to_str().unwrap()]);
    let html = fs::read_to_string(html).unwrap();
    assert_eq!(
        html.matches("class=\"link any\"").count(),
        3,
        "two arrows and the legend"
    );
    assert!(html.contains("any one of these → step"));
}

#[test]
fn requires_any_problems_are_errors_and_a_lone_alternative_a_warning() {
    let sandbox = Sandbox::new();
    let bad = ROUTES
        .replace(
            r#""requires_any": ["internship", "oss"]"#,
            r#""requires_any": ["internship", "ghost", "first-job", "oss"]"#,
        )
        .replace(
            r#""requires": ["syntax"], "optional": true, "estimate_hours": 40"#,
            r#""requires": ["syntax"], "requires_any": ["first-job", "internship"], "optional": true, "estimate_hours": 40"#,
        );
    let file = sandbox.write("bad.json", &bad);
    let output = sandbox
        .run(&["validate", file.to_str().unwrap()])
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap();
    assert!(
        text.contains("step 'first-job', field requires_any: unknown prerequisite 'ghost'"),
        "{text}"
    );
    assert!(
        text.contains("step 'first-job', field requires_any: a step cannot require itself"),
        "{text}"
    );
    assert!(text.contains("prerequisites form a cycle"), "{text}");

    let lone = ROUTES.replace(
        r#""requires_any": ["internship", "oss"]"#,
        r#""requires_any": ["oss"]"#,
    );
    let file = sandbox.write("lone.json", &lone);
    let json = sandbox.json(&["validate", file.to_str().unwrap()]);
    assert_eq!(json["valid"], true);
    assert_eq!(json["warnings"], 1);
    assert!(
        json["problems"][0]["message"]
            .as_str()
            .unwrap()
            .contains("means the same as requires")
    );
    sandbox
        .run(&["--lang", "ja", "validate", file.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains("requires と同じ意味です"));
}

// Checklists

#[test]
fn tick_untick_and_undo_keep_the_checklist_and_hours_left() {
    let sandbox = sandbox();
    let tick = sandbox.json(&["tick", "syntax", "1", "3"]);
    assert_eq!(tick["changed"], serde_json::json!([1, 3]));
    assert_eq!(
        tick["checklist"],
        serde_json::json!([
            {"number": 1, "text": "FizzBuzz", "ticked": true},
            {"number": 2, "text": "A guessing game", "ticked": false},
            {"number": 3, "text": "A to-do list", "ticked": true}
        ])
    );
    // Two thirds of 30 hours are done.
    let status = sandbox.json(&["status"]);
    assert_eq!(status["stages"][0]["hours_left"], 10.0);
    assert_eq!(status["stages"][0]["done"], 0, "ticks do not finish a step");
    // The pace counts them the same way: 10 + 100 + 10 hours remain once
    // open source (40 h) was done over a week ago.
    let ten_days_ago = (chrono::Utc::now() - chrono::TimeDelta::days(10))
        .format("%Y-%m-%d")
        .to_string();
    sandbox
        .run(&["done", "oss", "--at", &ten_days_ago])
        .assert()
        .success();
    let status = sandbox.json(&["status"]);
    assert_eq!(status["pace"]["rate"]["remaining_hours"], 120.0);
    sandbox.stdout(&["undo"]);

    let text = sandbox.stdout(&["status", "--steps"]);
    assert!(text.contains("  [ ] 1.1  Syntax  2/3\n"), "{text}");
    let text = sandbox.stdout(&["next"]);
    assert!(text.starts_with("1.1  Syntax  2/3\n"), "{text}");
    assert!(
        text.contains("\n     Next item: 2. A guessing game\n"),
        "{text}"
    );
    let text = sandbox.stdout(&["--lang", "ja", "next"]);
    assert!(
        text.contains("\n     次の項目: 2. 数当てゲーム\n"),
        "{text}"
    );
    let text = sandbox.stdout(&["show", "1.1"]);
    assert!(
        text.contains(
            "Checklist\n  [x] 1. FizzBuzz\n  [ ] 2. A guessing game\n  [x] 3. A to-do list\n"
        ),
        "{text}"
    );

    sandbox.stdout(&["untick", "1.1", "3"]);
    let show = sandbox.json(&["show", "syntax"]);
    let ticked: Vec<bool> = show["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["ticked"].as_bool().unwrap())
        .collect();
    assert_eq!(ticked, [true, false, false]);

    let undo = sandbox.json(&["undo"]);
    assert_eq!(undo["ticks_reverted"][0]["item"], 3);
    assert_eq!(undo["ticks_reverted"][0]["ticked"], false);
    let text = sandbox.stdout(&["undo"]);
    assert_eq!(
        text,
        "Undid: tick of item 1 on 1.1  Syntax\nUndid: tick of item 3 on 1.1  Syntax\n"
    );
    let show = sandbox.json(&["show", "syntax"]);
    assert!(
        show["checklist"]
            .as_array()
            .unwrap()
            .iter()
            .all(|item| item["ticked"] == false)
    );
}

#[test]
fn ticking_the_last_item_suggests_done_without_doing_it() {
    let sandbox = sandbox();
    sandbox.stdout(&["tick", "1.1", "1", "2"]);
    let text = sandbox.stdout(&["tick", "1.1", "3"]);
    assert!(
        text.ends_with("Every item is ticked.\nWhen the step is done: roadmap done 1.1\n"),
        "{text}"
    );
    let text = sandbox.stdout(&["--lang", "ja", "untick", "1.1", "3"]);
    assert!(
        text.starts_with("項目 3 のチェックを外しました: 1.1  文法  2/3\n"),
        "{text}"
    );
    let text = sandbox.stdout(&["--lang", "ja", "tick", "1.1", "3"]);
    assert!(
        text.ends_with("すべての項目にチェックしました。\nステップを終えたら: roadmap done 1.1\n"),
        "{text}"
    );
    assert_eq!(sandbox.json(&["show", "1.1"])["status"], "todo");
    // Once done, the partial count is no longer shown.
    sandbox.stdout(&["done", "1.1"]);
    let text = sandbox.stdout(&["status", "--steps"]);
    assert!(text.contains("  [x] 1.1  Syntax\n"), "{text}");
}

#[test]
fn bad_item_numbers_change_nothing() {
    let sandbox = sandbox();
    sandbox.stdout(&["tick", "1.1", "1"]);
    let before = files_under(&sandbox.data_dir());
    for (items, message) in [
        (
            &["2", "4"][..],
            "error: '4' is not an item of step 1.1 syntax: it has items 1 to 3",
        ),
        (&["0"], "error: '0' is not an item of step 1.1 syntax"),
        (&["two"], "error: 'two' is not an item of step 1.1 syntax"),
        (&["-1"], "error: '-1' is not an item of step 1.1 syntax"),
    ] {
        let mut args = vec!["tick", "1.1"];
        args.extend(items);
        sandbox
            .run(&args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::starts_with(message))
            .stderr(predicate::str::contains(
                "hint: `roadmap show 1.1` lists the items",
            ));
    }
    sandbox
        .run(&["--lang", "ja", "untick", "1.1", "9"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: '9' はステップ 1.1 syntax の項目ではありません（項目は 1〜3）",
        ));
    sandbox
        .run(&["tick", "2.1", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: step 2.1 internship has no checklist",
        ));
    sandbox
        .run(&["tick", "nosuch", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown step 'nosuch'"));
    assert_eq!(files_under(&sandbox.data_dir()), before);
}

#[test]
fn ticks_are_stored_in_the_user_store() {
    let sandbox = sandbox();
    sandbox.stdout(&["tick", "syntax", "2"]);
    let store = sandbox.user_json("learner");
    assert_eq!(store["version"], 3);
    let ticks = &store["roadmaps"]["routes"]["ticks"]["syntax"];
    assert_eq!(ticks[0]["item"], 2);
    assert_eq!(ticks[0]["ticked"], true);
    // Ticking again changes nothing and writes nothing.
    let before = sandbox.user_bytes("learner");
    let again = sandbox.json(&["tick", "syntax", "2"]);
    assert_eq!(again["changed"], serde_json::json!([]));
    assert_eq!(again["unchanged"], serde_json::json!([2]));
    assert_eq!(sandbox.user_bytes("learner"), before);
    // Another user has their own ticks.
    let other = sandbox.json(&["--user", "bob", "show", "syntax"]);
    assert_eq!(other["checklist"][1]["ticked"], false);
}

// Resources: lang, cost, stack

#[test]
fn japanese_resources_come_first_with_lang_ja() {
    let sandbox = sandbox();
    let next = sandbox.json(&["--lang", "ja", "next"]);
    assert_eq!(next["steps"][0]["resource"]["title"], "チュートリアル");
    assert_eq!(next["steps"][0]["resource"]["lang"], "ja");
    let next = sandbox.json(&["next"]);
    assert_eq!(next["steps"][0]["resource"]["title"], "Tutorial");
    let show = sandbox.json(&["--lang", "ja", "show", "1.1"]);
    let titles: Vec<&str> = show["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "チュートリアル",
            "Python 入門",
            "Tutorial",
            "PHP manual",
            "Paid course"
        ]
    );
}

#[test]
fn anything_not_free_is_marked_in_both_languages() {
    let sandbox = sandbox();
    let text = sandbox.stdout(&["show", "1.1"]);
    assert!(
        text.contains("  - Tutorial (docs)\n    https://example.org/en/tutorial\n"),
        "{text}"
    );
    assert!(text.contains("  - Paid course (course, paid)\n"), "{text}");
    assert!(
        text.contains("  - Python 入門 (docs, partly paid, Japanese)\n"),
        "{text}"
    );
    let text = sandbox.stdout(&["--lang", "ja", "show", "1.1"]);
    assert!(
        text.contains("  - チュートリアル（ドキュメント）\n"),
        "{text}"
    );
    assert!(
        text.contains("  - Paid course（コース・有料・英語）\n"),
        "{text}"
    );
    assert!(
        text.contains("  - Python 入門（ドキュメント・一部有料）\n"),
        "{text}"
    );
    assert_eq!(
        sandbox.json(&["show", "1.1"])["resources"][2]["cost"],
        "paid"
    );
    // `next` marks its suggestion too.
    let paid_first = ROUTES.replace(
        r#"{"title": "Tutorial", "url": "https://example.org/en/tutorial"},"#,
        "",
    );
    let paid_first = paid_first.replace(
        r#"{"title": "PHP manual", "url": "https://example.org/php", "stack": ["php"]},"#,
        "",
    );
    let sandbox = Sandbox::with_roadmap(&paid_first);
    let text = sandbox.stdout(&["next"]);
    assert!(
        text.contains("     Start with: Paid course (paid)\n       https://example.org/course\n"),
        "{text}"
    );
    sandbox.stdout(&["stack", "python"]);
    let text = sandbox.stdout(&["--lang", "ja", "next"]);
    assert!(text.contains("     おすすめ: チュートリアル\n"), "{text}");
    sandbox.stdout(&["stack", "--clear"]);
    let json = sandbox.json(&["--lang", "ja", "next"]);
    assert_eq!(json["steps"][0]["resource"]["title"], "チュートリアル");
}

#[test]
fn a_chosen_stack_hides_resources_for_other_stacks() {
    let sandbox = sandbox();
    let shown = sandbox.json(&["stack"]);
    assert_eq!(shown["stack"], Value::Null);
    assert_eq!(shown["stacks"], serde_json::json!(["php", "python"]));
    assert_eq!(
        sandbox.stdout(&["stack"]),
        "No stack chosen: resources for every stack are shown.\nStacks in this roadmap: php, python\nChoose one with: roadmap stack NAME\n"
    );

    assert_eq!(
        sandbox.stdout(&["stack", "PHP"]),
        "Your stack is now php.\nResources for other stacks are hidden.\n"
    );
    assert_eq!(
        sandbox.user_json("learner")["roadmaps"]["routes"]["stack"],
        "php"
    );
    let show = sandbox.json(&["show", "1.1"]);
    let titles: Vec<&str> = show["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Tutorial", "PHP manual", "Paid course", "チュートリアル"]
    );
    assert_eq!(show["resources_hidden"], 1);
    let text = sandbox.stdout(&["show", "1.1"]);
    assert!(
        text.contains("  1 for other stacks hidden (roadmap stack)\n"),
        "{text}"
    );
    assert_eq!(
        sandbox.stdout(&["--lang", "ja", "stack"]),
        "あなたのスタック: php\nこのロードマップのスタック: php, python\n"
    );
    // Per user.
    assert_eq!(
        sandbox.json(&["--user", "bob", "stack"])["stack"],
        Value::Null
    );

    assert_eq!(
        sandbox.stdout(&["stack", "--clear"]),
        "Stack cleared: resources for every stack are shown.\nStacks in this roadmap: php, python\nChoose one with: roadmap stack NAME\n"
    );
    assert_eq!(sandbox.json(&["show", "1.1"])["resources_hidden"], 0);
    assert!(
        sandbox.user_json("learner")["roadmaps"]["routes"]
            .get("stack")
            .is_none()
    );
}

#[test]
fn an_unknown_stack_gets_a_did_you_mean_and_stores_nothing() {
    let sandbox = sandbox();
    sandbox.stdout(&["stack", "python"]);
    let before = files_under(&sandbox.data_dir());
    sandbox
        .run(&["stack", "pyhton"])
        .assert()
        .code(2)
        .stderr("error: this roadmap has no resources for the stack 'pyhton'\n  hint: did you mean 'python'?\n");
    sandbox
        .run(&["stack", "haskell"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "hint: the stacks in this roadmap: php, python",
        ));
    sandbox
        .run(&["--lang", "ja", "stack", "pph"])
        .assert()
        .code(2)
        .stderr("error: このロードマップにはスタック 'pph' 向けの資料がありません\n  hint: もしかして 'php' ですか？\n");
    assert_eq!(files_under(&sandbox.data_dir()), before);
}

// Unknown fields

#[test]
fn misspelled_fields_are_warned_about_with_a_did_you_mean() {
    let sandbox = Sandbox::new();
    let sloppy = ROUTES
        .replace(r#""requires_any""#, r#""require""#)
        .replace(r#""estimate_hours": 40"#, r#""estimate_hour": 40"#)
        .replace(
            r#""optional": true, "estimate_hours": 100"#,
            r#""optinal": true, "estimate_hours": 100"#,
        )
        .replace(r#""cost": "paid""#, r#""costs": "paid""#);
    let file = sandbox.write("sloppy.json", &sloppy);
    let file = file.to_str().unwrap();
    let text = sandbox.stdout(&["validate", file]);
    assert_eq!(
        text,
        format!(
            "warning: step 'syntax', resources[2]: unknown field 'costs' is ignored; did you mean 'cost'?\n\
             warning: step 'internship': unknown field 'optinal' is ignored; did you mean 'optional'?\n\
             warning: step 'oss': unknown field 'estimate_hour' is ignored; did you mean 'estimate_hours'?\n\
             warning: step 'first-job': unknown field 'require' is ignored; did you mean 'requires'?\n\
             warning: step 'first-job': no other step leads here: it is outside the first stage, has no prerequisites and nothing requires it\n\
             {file}: valid, 2 stages, 4 steps, 5 warning(s)\n"
        )
    );
    let text = sandbox.stdout(&["--lang", "ja", "validate", file]);
    assert!(
        text.contains("警告: step 'first-job': 不明なフィールド 'require' は無視されます。'requires' の誤りではありませんか？\n"),
        "{text}"
    );
    // Other commands follow the file as before.
    sandbox.run(&["--roadmap", file, "next"]).assert().success();
}

#[test]
fn every_new_message_has_its_japanese_form() {
    let sandbox = sandbox();
    sandbox.stdout(&["done", "syntax"]);
    let ja = |args: &[&str]| {
        let mut all = vec!["--lang", "ja"];
        all.extend(args);
        sandbox.stdout(&all)
    };
    for (args, english) in [
        (&["tick", "1.1", "1", "2"][..], &["Ticked", "of"][..]),
        (&["tick", "1.1", "1"], &["Already ticked"]),
        (&["untick", "1.1", "3"], &["Not ticked"]),
        (&["tick", "1.1", "3"], &["Every item", "When the step"]),
        (&["undo"], &["Undid", "tick of item"]),
        (&["untick", "1.1", "2"], &["Unticked"]),
        (&["undo"], &["untick of item"]),
        (&["stack"], &["No stack", "Stacks in", "Choose one"]),
        (&["stack", "php"], &["Your stack", "Resources for"]),
        (&["stack"], &["Your stack"]),
        (
            &["show", "1.1"],
            &[
                "Checklist",
                "Resources",
                "hidden",
                "docs",
                "paid",
                "English",
            ],
        ),
        (&["show", "2.3"], &["Requires any one of"]),
        (&["stack", "--clear"], &["Stack cleared"]),
    ] {
        let text = ja(args);
        assert!(text.chars().any(|c| c > '\u{3000}'), "{args:?}: {text}");
        for word in english {
            assert!(!text.contains(word), "{args:?} says '{word}': {text}");
        }
    }
}

#[test]
fn ticks_and_the_stack_travel_in_a_progress_backup() {
    let sandbox = sandbox();
    sandbox.stdout(&["tick", "syntax", "1", "3"]);
    sandbox.stdout(&["stack", "php"]);
    let backup = sandbox.path().join("backup.json");
    let backup = backup.to_str().unwrap();
    sandbox.stdout(&["export", "-f", "json", "-o", backup]);
    let merged = sandbox.json(&["--user", "copy", "import", "progress", backup]);
    assert_eq!(merged["ticks_added"], 2);
    let show = sandbox.json(&["--user", "copy", "show", "syntax"]);
    let ticked: Vec<bool> = show["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["ticked"].as_bool().unwrap())
        .collect();
    assert_eq!(ticked, [true, false, true]);
    assert_eq!(sandbox.json(&["--user", "copy", "stack"])["stack"], "php");
    // A restore keeps the batches: undo takes the last tick invocation back.
    let undo = sandbox.json(&["--user", "copy", "undo"]);
    assert_eq!(undo["ticks_reverted"].as_array().unwrap().len(), 2);
    // Importing again adds nothing.
    let again = sandbox.json(&["import", "progress", backup]);
    assert_eq!(again["ticks_added"], 0);
}

#[test]
fn a_checklist_translation_given_twice_is_refused() {
    let sandbox = Sandbox::new();
    let twice = ROUTES.replace(
        r#"{"text": "FizzBuzz", "i18n": {"ja": {"text": "FizzBuzz を書く"}}}"#,
        r#"{"text": "FizzBuzz", "i18n": {"ja": {"text": "FizzBuzz を書く"}, "ja": {"text": "x"}}}"#,
    );
    let file = sandbox.write("twice.json", &twice);
    sandbox
        .run(&["validate", file.to_str().unwrap()])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("duplicate key 'ja'"));
}
