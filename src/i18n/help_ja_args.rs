//! The Japanese help of every argument.

/// An argument's help in Japanese.
pub fn arg_text(path: &str, id: &str) -> Option<&'static str> {
    const STEPS: &str = "ステップ: ID、別名、一意に決まる ID の前方一致、番号（2.3）、タイトルの語";
    const AT: &str = "いつのことか: today / yesterday / YYYY-MM-DD（その日の今の時刻）/ \"YYYY-MM-DD HH:MM\"（現地時刻）/ RFC 3339";
    Some(match (path, id) {
        ("", "user") => "誰の進捗を使うか（既定: ログイン名、環境変数 ROADMAP_USER）",
        ("", "roadmap") => "組み込みの代わりにこのファイルを使う（環境変数 ROADMAP_FILE）",
        ("", "data_dir") => {
            "進捗の保存先（既定: ~/.local/share/roadmap、環境変数 ROADMAP_DATA_DIR）"
        }
        ("", "lang") => {
            "表示の言語: en または ja（既定: LC_ALL、LC_MESSAGES、LANG から。環境変数 ROADMAP_LANG）"
        }
        ("", "json") => "機械で読める JSON で出力する（docs/json.md を参照）",
        ("", "color") => "色を使うか: auto、always、never（既定: auto。auto では NO_COLOR に従う）",
        ("next", "count") => "表示するステップの数（既定: 3）",
        ("next", "all") => "取り組めるステップをすべて表示する",
        ("done" | "start" | "skip" | "reset", "steps") => STEPS,
        ("done" | "start" | "skip" | "reset", "note") => "各ステップにメモをつける",
        ("done" | "start" | "skip" | "reset", "at") => AT,
        ("status", "steps") => "各ステップを状態つきで一覧する",
        ("status", "all_users") => {
            "データフォルダーの全ユーザーを 1 行ずつ表示する（メンター向け）"
        }
        ("status" | "export", "stalled_days") => {
            "--all-users と使う: 何日以上記録がなければ 停滞とするか（既定: 7）"
        }
        ("export", "all_users") => "全学習者をまとめた受講生ページ（HTML のみ、メンター向け）",
        ("comment", "learner") => "学習者のユーザー名（データフォルダーに ファイルがあること）",
        ("comment", "words") => "コメントの対象のステップ（省略可）と、 引用符で囲んだコメント",
        ("note", "step") => STEPS,
        ("note", "text") => "メモ。複数の語は空白でつなぐ",
        ("note", "at") => {
            "いつ書いたか（後から記録するとき）: today、yesterday、YYYY-MM-DD、\"YYYY-MM-DD HH:MM\"、RFC 3339"
        }
        ("find", "words") => "探す語",
        ("show" | "open", "step") => STEPS,
        ("open", "n") => "何番目の資料か（roadmap show の並び。既定: 1）",
        ("open", "print") => "開かずにリンクを表示する",
        ("done", "evidence") => "作ったものへのリンク（繰り返し指定可、http または https）",
        ("study" | "evidence", "step") => STEPS,
        ("study", "duration") => {
            "時間: 90分、1時間半、90m、1.5h など。数字だけなら分（24 時間まで）"
        }
        ("study", "at") => AT,
        ("study" | "study stop", "note") => "何をしたか",
        ("export", "private") => "メモを入れない（人に見せるページ向け）",
        ("export", "with_notes") => "スキルシートの作品欄に自分のメモを入れる（既定: 入れない）",
        ("study start", "step") => {
            "ステップ（ID、別名、前方一致、2.3 のような番号）［省略時: 取り組み中、なければ次のステップ］"
        }
        ("study stop", "force") => "12 時間を超えたタイマーも確認せずに記録する",
        ("study stop", "discard") => "記録せずにタイマーを止める",
        ("goal", "duration") => {
            "週あたりの時間: 10時間、5h など。数字だけなら分（省略時: 目標を表示）"
        }
        ("goal", "clear") => "目標を外す",
        ("check", "step") => STEPS,
        ("check", "folder") => {
            "プロジェクトのフォルダー（既定: 前回のフォルダー、なければ今のフォルダー）"
        }
        ("check", "done") => "チェックが全部通ったらステップを完了にもする",
        ("check", "watch") => "ファイルが変わるたびに実行し直す（全部通るか Ctrl-C まで）",
        ("trust", "file") => "チェックの実行を許可するロードマップファイル",
        ("evidence", "urls") => "リンク（http または https）",
        ("sync init", "remote") => "Git のリモート: https か ssh の URL、またはパス",
        ("sync restore", "name") => "ファイルを戻す学習者",
        ("sync auto", "state") => "on か off",
        ("sync", "background") => {
            "書き込んだコマンドが始める自動同期（表示なし、失敗は次の画面で知らせる）"
        }
        ("undo", "synced") => "同期済みの変更も取り消す",
        ("tick" | "untick", "step") => STEPS,
        ("tick" | "untick", "items") => "チェックリストの項目の番号（1 から）",
        ("stack", "name") => "使うスタック（例: php、python）",
        ("stack", "clear") => "スタックの設定を消し、全スタックの資料を表示する",
        ("log", "count") => "表示する記録の数（既定: 20）",
        ("log", "all") => "すべての記録を表示する",
        ("completions", "shell") => "補完するシェル: bash、elvish、fish、powershell、zsh",
        ("validate", "file") => {
            "ロードマップファイル（既定: --roadmap / ROADMAP_FILE、なければ組み込みのロードマップ）"
        }
        ("export", "format") => {
            "形式: md（Markdown のチェックリスト）/ json（進捗のバックアップ）/ html（状態で色分けした Web ページ）/ skills（スキルシート。-o が .html なら HTML）/ json-resume（JSON Resume 形式のスキルシート）。既定: -o のファイルの拡張子から"
        }
        ("export" | "graph", "output") => "標準出力ではなくファイルに書き出す",
        ("graph", "format") => {
            "グラフの形式: mermaid（GitHub などで表示できる）または dot（Graphviz）。既定: mermaid"
        }
        ("import roadmapsh", "file") => "roadmap.sh の JSON ファイル（{nodes, edges}）",
        ("import roadmapsh", "output") => "標準出力ではなく OUT にロードマップを書き出す",
        ("import roadmapsh", "id") => "ロードマップの ID（既定: ファイル名から）",
        ("import roadmapsh", "title") => {
            "ロードマップのタイトル（既定: ファイルのタイトルノード、なければファイル名）"
        }
        ("import progress", "file") => "`roadmap export --format json` で書き出したファイル",
        (path, id) if path.starts_with("apply ") => {
            return super::help_ja_apply::arg_text(path, id);
        }
        _ => return None,
    })
}
