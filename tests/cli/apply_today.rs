//! The job hunt in the today view past the first answer: screening passed
//! with no move, an offer waiting for the learner, and, once an offer is
//! accepted, one reminder to withdraw instead of a nudge for each.

use crate::apply::{add, sandbox};

#[test]
fn passed_screening_then_nothing_asks_about_the_interview_date() {
    let s = sandbox();
    add(&s, "Umi KK", "agent", "2026-10-20");
    s.stdout(&["apply", "move", "1", "passed", "--at", "2026-11-03"]);
    let today = s.json(&[]);
    let a = &today["applications"]["attention"][0];
    assert_eq!(
        (&a["kind"], &a["days"], &a["since"]),
        (&"no-answer".into(), &30.into(), &"passed".into())
    );
    s.test()
        .args::<[&str; 0], &str>([])
        .stdout_has(
            "No move for 30 days since passing screening: #1 Umi KK (check on the interview date)",
        )
        .success();
    s.test()
        .lang("ja")
        .args::<[&str; 0], &str>([])
        .stdout_has("書類通過から30日間 動きがありません: #1 Umi KK（面接日程を確認しましょう）")
        .success();
}

#[test]
fn an_accepted_offer_ends_the_nudges() {
    let s = sandbox();
    add(&s, "Nanairo LLC", "referral", "2026-10-01");
    add(&s, "Umi KK", "agent", "2026-10-20");
    add(&s, "Sora KK", "job-site", "2026-10-21");
    s.stdout(&["apply", "move", "1", "offer", "--at", "2026-11-06"]);
    // The offer waits on the learner: shown first, with its days.
    s.test()
        .lang("ja")
        .args::<[&str; 0], &str>([])
        .stdout_has("内定の返事待ち: #1 Nanairo LLC（27日経過）")
        .stdout_has("応募から44日 返事がありません: #2 Umi KK")
        .success();
    s.stdout(&["apply", "move", "1", "accepted", "--at", "2026-12-01"]);
    let today = s.json(&[]);
    assert_eq!(today["applications"]["attention"], serde_json::json!([]));
    assert_eq!(today["applications"]["accepted_open"], 2);
    let en = s.stdout(&[]);
    assert!(
        en.contains(
            "You accepted an offer: tell the 2 applications still in progress that you withdraw"
        ),
        "{en}"
    );
    assert!(!en.contains("No answer"), "{en}");
    let ja = s.test().lang("ja").args::<[&str; 0], &str>([]).success();
    let ja = String::from_utf8(ja.stdout).unwrap();
    assert!(
        ja.contains("内定を承諾しました。選考中の応募 2 件に辞退を伝えましょう"),
        "{ja}"
    );
    assert!(!ja.contains("返事がありません"), "{ja}");
    // Withdrawn from both: nothing left to say about them.
    for n in ["2", "3"] {
        s.stdout(&["apply", "move", n, "withdrawn"]);
    }
    let today = s.json(&[]);
    assert!(today.get("applications").is_none(), "{today:#}");
}
