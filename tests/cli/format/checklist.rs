//! Checklists: `tick`, `untick`, `undo`, partial progress, the store.

use super::sandbox;
use crate::support::files_under;

#[test]
fn tick_untick_and_undo_keep_the_checklist_and_hours_left() {
    let sandbox = sandbox().at_time("2026-11-30T10:00:00Z");
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
    // The pace counts them the same way: 10 + 10 required hours remain once
    // open source (40 h) was done over a week ago; the optional internship
    // (100 h) is counted apart.
    let ten_days_ago = "2026-11-20"; // ten days before the sandbox's clock
    sandbox
        .test()
        .args(["done", "oss", "--at", ten_days_ago])
        .stderr_has("is marked done before its prerequisites")
        .success();
    let status = sandbox.json(&["status"]);
    assert_eq!(status["pace"]["rate"]["remaining_hours"], 20.0);
    assert_eq!(status["pace"]["rate"]["optional_hours"], 100.0);
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
        "Undid: tick of item 1 on 1.1  Syntax\nUndid: tick of item 3 on 1.1  Syntax\n  \
         (recorded 2026-11-30 10:00)\n"
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
        let output = sandbox
            .test()
            .args(&args)
            .stdout("")
            .stderr_has(message)
            .stderr_has("hint: `roadmap show 1.1` lists the items")
            .status(2);
        assert!(output.stderr.starts_with(message.as_bytes()));
    }
    for (args, message) in [
        (
            &["--lang", "ja", "untick", "1.1", "9"][..],
            "エラー: '9' はステップ 1.1 syntax の項目ではありません（項目は 1〜3）",
        ),
        (
            &["tick", "2.1", "1"][..],
            "error: step 2.1 internship has no checklist",
        ),
    ] {
        let output = sandbox.test().args(args).stderr_has(message).status(2);
        assert!(output.stderr.starts_with(message.as_bytes()));
    }
    sandbox
        .test()
        .args(["tick", "nosuch", "1"])
        .stderr_has("unknown step 'nosuch'")
        .status(2);
    assert_eq!(files_under(&sandbox.data_dir()), before);
}

#[test]
fn ticks_are_stored_in_the_user_store() {
    let sandbox = sandbox();
    sandbox.stdout(&["tick", "syntax", "2"]);
    let store = sandbox.user_json("learner");
    assert_eq!(store["version"], 4);
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
fn the_html_record_marks_unticked_items_of_a_finished_step_honestly() {
    let sandbox = sandbox();
    sandbox.stdout(&["tick", "syntax", "1"]);
    let open = sandbox.stdout(&["export", "--format", "html"]);
    assert!(
        open.contains("<li class=\"\"><span aria-hidden=\"true\">☐</span> A guessing game</li>")
    );
    sandbox.stdout(&["done", "syntax"]);
    let done = sandbox.stdout(&["export", "--format", "html"]);
    assert!(
        done.contains("<li class=\"ticked\"><span aria-hidden=\"true\">☑</span> FizzBuzz</li>")
    );
    assert!(
        done.contains(
            "<li class=\"unticked\"><span aria-hidden=\"true\">–</span> A guessing game <em>(not ticked)</em></li>"
        ),
        "{done}"
    );
    let ja = sandbox.stdout(&["--lang", "ja", "export", "--format", "html"]);
    assert!(ja.contains("<em>（チェックなし）</em>"), "{ja}");
}
