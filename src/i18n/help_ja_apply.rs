//! The Japanese help of `roadmap apply` and its arguments.

/// A command's description and the text after its options, in Japanese.
pub fn command_text(path: &str) -> Option<(&'static str, &'static str)> {
    Some(match path {
        "apply" => (
            "転職活動: 応募を記録し、選考状況を追う",
            "例:\n  roadmap apply add \"株式会社サンプル\" --channel agent\n  roadmap apply move 1 passed\n  roadmap apply list\n  roadmap apply funnel",
        ),
        "apply add" => (
            "応募したことを記録する",
            "経路は job-site（転職サイト）、agent（エージェント）、referral（リファラル）、direct（直接応募）、hello-work（ハローワーク）、casual（カジュアル面談、Wantedly）、other（その他）のどれかです。日本語の名前でも指定できます。応募にはステップのような短い番号がつきます。undo で取り消せます。\n\n例:\n  roadmap apply add サンプル社 --channel エージェント\n  roadmap apply add Example --url https://jobs.example/1",
        ),
        "apply move" => (
            "応募の選考状況を進める（書類通過、面接など）",
            "選考は 応募済み → 書類通過（passed）→ 面接（interview、回数を数えます）→ 内定（offer）→ 内定承諾（accepted）の順に進みます。段階を飛ばすことはできますが、戻ることはできません。不採用（rejected）と辞退（withdrawn）はいつでも記録できます。内定承諾・不採用・辞退のあとには何も続きません。前回の更新より前の日付にはできません。\n\n例:\n  roadmap apply move 3 書類通過\n  roadmap apply move 3 面接 --interview-at 2026-12-04\n  roadmap apply move 3 rejected --note \"理由の説明なし\"",
        ),
        "apply list" => (
            "応募の一覧（対応が必要なものから）",
            "今日・明日の面接、内定（返事待ち）、返事を長く待っている応募の順に並び、終わった応募は最後です。\n\n例:\n  roadmap apply list\n  roadmap apply list --json",
        ),
        "apply funnel" => (
            "応募の数字（書類通過率など）を経路別・月別に",
            "数字だけを表示し、企業名は出しません。率は応募数に対する割合です。\n\n例:\n  roadmap apply funnel\n  roadmap apply funnel --json",
        ),
        "apply goal" => (
            "週の応募目標を設定・表示・解除する",
            "週は現地時間の月曜日から始まります。roadmap で今週の応募数を目標と並べて表示します。\n\n例:\n  roadmap apply goal 5\n  roadmap apply goal\n  roadmap apply goal --clear",
        ),
        "apply private" => (
            "応募の記録をこの端末だけに残すか切り替える",
            "on にすると、応募の記録は同期の対象外のファイルに移ります。リモートを共有するメンターや受講仲間に企業名やメモは届きません。それまでにリモートへ送った分は、リモートの履歴に残ります。off にすると記録はユーザーファイルに戻り、次の同期で送信されます。\n\n例:\n  roadmap apply private on\n  roadmap apply private",
        ),
        _ => return None,
    })
}

/// An argument's help in Japanese.
pub fn arg_text(path: &str, id: &str) -> Option<&'static str> {
    const AT: &str =
        "いつのことか: today / yesterday / YYYY-MM-DD / \"YYYY-MM-DD HH:MM\"（現地時刻）/ RFC 3339";
    Some(match (path, id) {
        ("apply add", "company") => "企業名",
        ("apply add", "role") => "応募した職種",
        ("apply add", "channel") => {
            "応募経路: job-site, agent, referral, direct, hello-work, casual, other（既定: other）"
        }
        ("apply add", "url") => "求人ページ（http または https）",
        ("apply add" | "apply move", "at") => AT,
        ("apply add" | "apply move", "note") => "自分用のメモ",
        ("apply move", "application") => "応募の番号（roadmap apply list を参照）",
        ("apply move", "stage") => {
            "選考段階: passed, interview, offer, accepted, rejected, withdrawn（日本語名も可）"
        }
        ("apply move", "interview_at") => {
            "面接の日時（先の日付も可）: YYYY-MM-DD か \"YYYY-MM-DD HH:MM\""
        }
        ("apply goal", "count") => "週あたりの応募数（省略時: 目標を表示）",
        ("apply goal", "clear") => "目標を外す",
        ("apply private", "switch") => "on または off（省略時: 記録の保存先を表示）",
        _ => return None,
    })
}
