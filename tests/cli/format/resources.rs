//! Resources: `lang` order, `cost` marks, `stack` and `roadmap stack`.

use serde_json::Value;

use super::{ROUTES, sandbox};
use crate::support::{SMALL_ROADMAP, Sandbox, files_under};

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
        text.contains("  - docs: Tutorial\n    https://example.org/en/tutorial\n"),
        "{text}"
    );
    assert!(text.contains("  - course, paid: Paid course\n"), "{text}");
    assert!(
        text.contains("  - docs, partly paid, Japanese: Python 入門\n"),
        "{text}"
    );
    let text = sandbox.stdout(&["--lang", "ja", "show", "1.1"]);
    assert!(
        text.contains("  - ドキュメント: チュートリアル\n"),
        "{text}"
    );
    assert!(
        text.contains("  - コース・有料・英語: Paid course\n"),
        "{text}"
    );
    assert!(
        text.contains("  - ドキュメント・一部有料: Python 入門\n"),
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
        text.contains("     Start with: paid: Paid course\n       https://example.org/course\n"),
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
        "No stack chosen.\nResources for every stack are shown.\nStacks in this roadmap: php, python\nChoose one with: roadmap stack NAME\n"
    );

    assert_eq!(
        sandbox.stdout(&["stack", "PHP"]),
        "Your stack is now php.\nResources for other stacks are hidden.\n"
    );
    assert_eq!(
        sandbox.user_json("learner")["roadmaps"]["routes"]["stack"]["value"],
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
        "Stack cleared.\nResources for every stack are shown.\nStacks in this roadmap: php, python\nChoose one with: roadmap stack NAME\n"
    );
    assert_eq!(sandbox.json(&["show", "1.1"])["resources_hidden"], 0);
    assert!(
        sandbox.user_json("learner")["roadmaps"]["routes"]["stack"]
            .get("value")
            .is_none(),
        "the clearing is kept, to win over an older choice on another machine"
    );
}

#[test]
fn an_unknown_stack_gets_a_did_you_mean_and_stores_nothing() {
    let sandbox = sandbox();
    sandbox.stdout(&["stack", "python"]);
    let before = files_under(&sandbox.data_dir());
    sandbox
        .test()
        .args(["stack", "pyhton"])
        .stderr("error: this roadmap has no resources for the stack 'pyhton'\n  hint: did you mean 'python'?\n")
        .status(2);
    sandbox
        .test()
        .args(["stack", "haskell"])
        .stderr_has("hint: the stacks in this roadmap: php, python")
        .status(2);
    sandbox
        .test()
        .args(["--lang", "ja", "stack", "pph"])
        .stderr("エラー: このロードマップにはスタック 'pph' 向けの資料がありません\n  ヒント: もしかして 'php' ですか？\n")
        .status(2);
    assert_eq!(files_under(&sandbox.data_dir()), before);
}

#[test]
fn next_puts_a_resource_s_cost_before_its_title_like_show() {
    let roadmap = SMALL_ROADMAP.replace(
        r#""done_when": "Alpha works."}"#,
        r#""done_when": "Alpha works.", "resources": [{"title": "Guide (MDN)", "url": "https://example.org/guide", "cost": "paid"}]}"#,
    );
    let sandbox = Sandbox::with_roadmap(&roadmap);
    sandbox
        .test()
        .args(["next"])
        .stdout_has("     Start with: paid: Guide (MDN)\n")
        .success();
    sandbox
        .test()
        .args(["show", "alpha"])
        .stdout_has("  - docs, paid: Guide (MDN)\n")
        .success();
    sandbox
        .test()
        .lang("ja")
        .args(["next"])
        .stdout_has("     おすすめ: 有料: Guide (MDN)\n")
        .success();
    let text = sandbox.stdout(&["next"]);
    assert!(!text.contains("(MDN) ("), "{text}");
}
