//! The Japanese of the command line: help texts for every command and
//! argument, the words clap writes itself, and clap's errors written anew
//! from their kind and context.

pub use super::help_ja_args::arg_text;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The heading and value name of subcommands.
pub const COMMANDS_JA: &str = "コマンド";

/// The flags clap adds to every command.
pub const FLAGS_JA: [(&str, &str); 2] = [
    ("help", "ヘルプを表示する"),
    ("version", "バージョンを表示する"),
];

pub const HELP_SUBCOMMAND_JA: &str = "このヘルプかコマンドのヘルプを表示する";

/// Headings in Japanese; clap's own words for them are English.
pub const TEMPLATE_JA: &str = "\
{before-help}{about-with-newline}
使い方: {usage}

{all-args}{after-help}";

/// The words clap writes itself into help: the `--help`, `--version` and
/// `help` entries it adds, and `[OPTIONS]` in usage lines.
pub const CLAP_WORDS_JA: &[(&str, &str)] = &[
    (
        "Print help (see more with '--help')",
        "ヘルプを表示する（詳しくは '--help'）",
    ),
    (
        "Print help (see a summary with '-h')",
        "ヘルプを表示する（要約は '-h'）",
    ),
    ("Print help", "ヘルプを表示する"),
    ("Print version", "バージョンを表示する"),
    (
        "Print this message or the help of the given subcommand(s)",
        "このヘルプかコマンドのヘルプを表示する",
    ),
    ("[OPTIONS]", "[オプション]"),
    ("[COMMAND]", "[コマンド]"),
];

/// Help as clap rendered it, with clap's own words in Japanese.
pub fn finish(text: &str) -> String {
    let text = CLAP_WORDS_JA
        .iter()
        .fold(text.to_string(), |text, (en, ja)| text.replace(en, ja));
    let mut lines: Vec<&str> = text.split('\n').collect();
    for line in &mut lines {
        if let Some((_, ja)) = HEADINGS_JA.iter().find(|(en, _)| en == line) {
            *line = ja;
        }
    }
    lines.join("\n")
}

/// Section headings clap writes, each alone on its line.
pub const HEADINGS_JA: &[(&str, &str)] = &[
    ("Arguments:", "引数:"),
    ("Options:", "オプション:"),
    ("Commands:", "コマンド:"),
];

/// A clap error written in Japanese from its kind and context.
pub fn japanese_error(err: &clap::Error, usage: &str, invoked: &str) -> String {
    let context = |kind: ContextKind| -> Vec<String> {
        match err.get(kind) {
            Some(ContextValue::String(value)) => vec![value.clone()],
            Some(ContextValue::Strings(values)) => values.clone(),
            Some(ContextValue::StyledStr(value)) => vec![value.to_string()],
            Some(ContextValue::StyledStrs(values)) => {
                values.iter().map(ToString::to_string).collect()
            }
            Some(ContextValue::Number(value)) => vec![value.to_string()],
            _ => Vec::new(),
        }
    };
    let first = |kind: ContextKind| context(kind).into_iter().next().unwrap_or_default();
    let arg = first(ContextKind::InvalidArg);
    let value = first(ContextKind::InvalidValue);
    let list = |values: Vec<String>| values.join("、");
    let mut hints = Vec::new();
    let message = match err.kind() {
        ErrorKind::InvalidSubcommand => {
            let name = first(ContextKind::InvalidSubcommand);
            let suggested = context(ContextKind::SuggestedSubcommand);
            if !suggested.is_empty() {
                let quoted: Vec<String> =
                    suggested.iter().map(|name| format!("'{name}'")).collect();
                hints.push(format!("もしかして {} ですか？", quoted.join("、")));
            }
            format!("'{name}' というコマンドはありません")
        }
        ErrorKind::UnknownArgument => {
            if let Some(suggested) = context(ContextKind::SuggestedArg).first() {
                hints.push(format!("もしかして '{suggested}' ですか？"));
            }
            if !context(ContextKind::Suggested).is_empty() && arg.starts_with('-') {
                hints.push(format!(
                    "'{arg}' を値として渡すなら、前に '-- ' を置いてください"
                ));
            }
            format!("'{arg}' という引数は使えません")
        }
        ErrorKind::MissingRequiredArgument => {
            format!(
                "必要な引数が指定されていません: {}",
                list(context(ContextKind::InvalidArg))
            )
        }
        ErrorKind::MissingSubcommand => {
            let valid = context(ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                hints.push(format!("コマンド: {}", list(valid)));
            }
            format!("'{invoked}' にはコマンドの指定が必要です")
        }
        ErrorKind::InvalidValue => {
            let valid = context(ContextKind::ValidValue);
            if let Some(suggested) = context(ContextKind::SuggestedValue).first() {
                hints.push(format!("もしかして '{suggested}' ですか？"));
            }
            if !valid.is_empty() {
                hints.push(format!("使える値: {}", list(valid)));
            }
            if value.is_empty() {
                format!("{arg} に値を指定してください")
            } else {
                format!("'{value}' は {arg} に使えない値です")
            }
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(err)
                .and_then(|source| source.downcast_ref::<crate::cli::CountError>())
                .map_or("正しくない値です", |reason| reason.japanese());
            format!("{arg} の値 '{value}' は使えません: {reason}")
        }
        ErrorKind::ArgumentConflict => {
            let prior = context(ContextKind::PriorArg);
            if prior.contains(&arg) {
                format!("{arg} は一度しか指定できません")
            } else if prior.is_empty() {
                format!("{arg} はほかの指定と同時に使えません")
            } else {
                format!("{arg} と {} は同時に使えません", list(prior))
            }
        }
        ErrorKind::TooManyValues => {
            format!("'{value}' は余分です: {arg} に渡せる値の数を超えています")
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("{arg} に渡す値の数が正しくありません")
        }
        ErrorKind::NoEquals => format!("{arg} の値は '=' でつないで指定してください"),
        ErrorKind::InvalidUtf8 => "引数に UTF-8 として読めない文字が含まれています".to_string(),
        _ => "コマンドラインを読み取れません".to_string(),
    };
    let label = |msg: super::Msg| msg.text(crate::lang::Lang::Ja);
    let mut text = format!("{} {message}\n", label(super::Msg::ErrorLabel));
    for hint in hints {
        text.push_str(&format!("  {} {hint}\n", label(super::Msg::HintLabel)));
    }
    text.push_str(&format!(
        "\n使い方: {usage}\n\n詳しくは '{invoked} --help' を見てください。\n"
    ));
    text
}

/// Value names (`<STEP>`) in Japanese.
pub fn value_name(name: &str) -> &'static str {
    match name {
        "STEP" => "ステップ",
        "DATE" => "日時",
        "TEXT" => "テキスト",
        "FILE" => "ファイル",
        "OUT" => "出力先",
        "DIR" => "フォルダー",
        "NAME" => "名前",
        "N" => "件数",
        "WHEN" => "いつ",
        "WORD" => "語",
        "ITEM" => "項目",
        "DURATION" => "時間",
        "URL" => "URL",
        "REMOTE" => "リモート",
        "ID" => "ID",
        "LANG" => "言語",
        "FORMAT" => "形式",
        "SHELL" => "シェル",
        "INDEX" => "番号",
        "LEARNER" => "学習者",
        "DAYS" => "日数",
        "COMPANY" => "企業名",
        "CHANNEL" => "経路",
        "NUMBER" => "番号",
        "STAGE" => "段階",
        "COUNT" => "件数",
        "SWITCH" => "on|off",
        _ => "値",
    }
}

/// A command's description and the text after its options, in Japanese.
pub fn command_text(path: &str) -> Option<(&'static str, &'static str)> {
    Some(match path {
        "" => (
            "学習ロードマップをターミナルでたどる: 次にやること、終えたこと、どこまで進んだか。",
            "\
例:
  roadmap                      今日のようす: 取り組み中のステップ、進捗、ペース
  roadmap next                 今やること
  roadmap start 1.1            取り組み始めたことを記録する
  roadmap note 1.1 \"Python!\"   ステップにメモを残す
  roadmap done pick-a-language ステップを完了にする（ID、前方一致、1.2 のような番号）
  roadmap undo                 直前の変更を取り消す
  roadmap status               ステージごとの進捗、ペース、完了予定日
  roadmap log                  これまでの記録（新しい順）
  roadmap find docker          ステップを検索する
  roadmap --user alice next    進捗はユーザーごとに記録されます

データは ROADMAP_DATA_DIR に、なければ OS のデータフォルダー
（Linux では ~/.local/share/roadmap）に保存されます。",
        ),
        "next" => (
            "今取り組めるステップを表示する",
            "例:\n  roadmap next\n  roadmap next -n 5\n  roadmap next --all --json",
        ),
        "done" => (
            "ステップを完了にする",
            "例:\n  roadmap done pick-a-language\n  roadmap done 1.2 1.3 --note \"チュートリアルを終えた\"\n  roadmap done git --at yesterday",
        ),
        "status" => (
            "進捗、ペース、完了予定日を表示する",
            "最初の学習記録（roadmap study）から 1 週間たつと、\n今週を除く直近の週（最大 4 週）の学習時間からペースを\n計算し、残りの時間をそのペースで進めた場合の完了日を\n見積もります。週の目標（roadmap goal）があれば、目標\nペースでの完了時期も初日から表示します。学習時間の記録が\nなければ、直近 4 週間に完了したステップの見積もりから\n計算します（最低 1 週間分の記録が必要）。\n\n例:\n  roadmap status\n  roadmap status --steps\n  roadmap status --all-users     学習者ごとに 1 行（メンター向け）",
        ),
        "start" => (
            "ステップを進行中にする（next の先頭に出る）",
            "完了またはスキップ済みのステップに start を使うと、\n進行中に戻し、そのことを警告で知らせます。\n`roadmap undo` で元に戻せます。\n\n例:\n  roadmap start 1.2\n  roadmap start sql --note \"マニュアルの 1 章\"",
        ),
        "skip" => (
            "知っているステップを飛ばす（完了扱い）",
            "例:\n  roadmap skip git-basics\n  roadmap skip 1.1 1.2 --note \"仕事で Python を使っていた\"",
        ),
        "reset" => (
            "ステップを未着手に戻す",
            "例:\n  roadmap reset 2.1\n  roadmap reset 2.1 2.2",
        ),
        "undo" => (
            "直前の変更を取り消す",
            "undo は直前に実行したコマンド（done、start、skip、reset、\nnote）の変更を履歴から取り除き、各ステップを以前の状態に\n戻します。複数のステップを変えたコマンドはまとめて\n取り消します。さらにさかのぼるにはもう一度実行します。\nやり直し（redo）はないので、必要ならコマンドを\nもう一度実行してください。同期済みの変更はほかのマシンにも\n届いているため、--synced を付けたときだけ取り消します。\n\n例:\n  roadmap undo\n  roadmap undo && roadmap undo    直前の 2 回分を取り消す\n  roadmap undo --synced           同期済みの変更も取り消す",
        ),
        "note" => (
            "ステップに日時つきのメモを書く",
            "メモは引用符で囲んでください。\nアポストロフィや空白がそのまま残ります。\n\n例:\n  roadmap note 1.2 \"Flask か FastAPI か。まず FastAPI を試す\"\n  roadmap note sql-basics \"3 章を読んだ。JOIN がまだ難しい\"\n  roadmap note 2.1 \"チュートリアルを終えた\" --at yesterday",
        ),
        "comment" => (
            "学習者にコメントを送る（同期で届く）",
            "コメントはあなた自身のファイルに保存され（学習者の\nファイルには書きません）、`roadmap sync` で届きます。\nステップを指定すると、そのステップの `roadmap show`\nにも表示されます。コメントは引用符で囲んでください。\n`roadmap undo` で取り消せます。\n\n例:\n  roadmap comment ben \"今週はいいペースです\"\n  roadmap comment ben 1.3 \"まず PostgreSQL のチュートリアルを\"",
        ),
        "find" => (
            "ステップを検索する（ID、タイトル、概要など）",
            "ID、別名、タイトル、概要、完了の目安を英語と日本語で探し、\nすべての語を含むステップを表示します。\n大文字と小文字、全角と半角は区別しません。\n\n例:\n  roadmap find sql\n  roadmap find docker compose\n  roadmap find 文法 --json",
        ),
        "study" => (
            "ステップの学習時間を記録する",
            "時間は 90分、1時間30分、1時間半、90m、1.5h のように\n書きます。数字だけなら分です（90 = 90分）。0 より長く\n24 時間以内。undo でほかの変更と同じように取り消せます。\n\n例:\n  roadmap study 1.2 90m\n  roadmap study sql 1.5h --note \"結合、3 章\"\n  roadmap study git 45m --at yesterday",
        ),
        "study start" => (
            "ステップのタイマーを開始する",
            "タイマーはこのマシンだけのもので、再起動しても続きます。\nステップを省くと、取り組み中のステップ、なければ次の\nステップで動きます。動いている間は roadmap に表示され、\nroadmap study stop で時間を記録します。\n\n例:\n  roadmap study start 1.2\n  roadmap study start",
        ),
        "study stop" => (
            "タイマーを止めて学習時間を記録する",
            "12 時間を超えて動いたタイマーは、確認してから記録します\n（答えられない環境では --force で記録）。--discard は記録せずに\n止めます。記録は undo でほかと同じように取り消せます。\n\n例:\n  roadmap study stop\n  roadmap study stop --note \"3 章\"\n  roadmap study stop --discard",
        ),
        "goal" => (
            "週の学習時間の目標を設定・表示・解除する",
            "時間は study と同じ書き方です（10時間、5時間半、5h。\n数字だけなら分）。週は現地時刻の月曜日に始まります。`roadmap status` に\n今週の学習時間と目標、学習を記録した日の連続日数が\n出ます。\n\n例:\n  roadmap goal 5h\n  roadmap goal\n  roadmap goal --clear",
        ),
        "evidence" => (
            "ステップで作ったものへのリンクを付ける",
            "http と https のリンクだけを受け付けます。成果物は\n`show`、`--json`、すべてのエクスポートに出ます。\n\n例:\n  roadmap evidence 1.2 https://github.com/me/todo-api\n  roadmap done 3.1 --evidence https://me.example/blog/sql",
        ),
        "check" => (
            "チェックを実行してステップを証明する",
            "--in DIR、なければこのマシンで前回そのステップを確認したフォルダー、なければ今のフォルダーで実行します。結果ごとに何を確かめるか、失敗したら何をすればよいかを表示します。全部通ると、日時・コミット・リモートを done とは別に記録します。\n終了コード: 0 全部合格、1 失敗あり、2 入力の誤りか未信頼のファイル。\n\n例:\n  roadmap check 1.9 --in ~/code/todo-api\n  roadmap check 1.9 --done\n  roadmap check 1.9 --watch",
        ),
        "trust" => (
            "このファイルのチェックの実行を許可する",
            "組み込み以外のロードマップのチェックは、このマシンで\nプログラムを実行します。そのため、ファイルをそのまま\n信頼したときだけ実行します。ファイルの SHA-256 を\nここに記録し（同期はしません）、ファイルが少しでも\n変わると信頼は取り消されます。\n\n例:\n  roadmap trust team-roadmap.json",
        ),
        "sync" => (
            "Git のリモートを通して進捗を共有する",
            "サブコマンドなしで実行すると、変更をコミットしてフェッチし、\n両側で変わった進捗を（テキストとしてではなく）マージして\nプッシュします。オフラインでも変更はここにコミットされ、\n次の sync でプッシュされます。PATH に `git` が必要です。\n\n例:\n  roadmap sync\n  roadmap sync status",
        ),
        "sync init" => (
            "データフォルダーをリモートと同期させる",
            "リモートは git が受け付ける URL（https、ssh、パス）です。\nリモートにある進捗は置き換えずにマージします。各自が\nusers/<名前>.json だけをプッシュするので、--user で自分の\n名前を指定してください（'default' は使えません）。\n\n例:\n  roadmap --user alice sync init https://github.com/alice/progress.git\n  roadmap --user mentor sync init /srv/git/cohort.git",
        ),
        "sync status" => (
            "リモート、最後の同期、未反映のコミットを表示する",
            "この端末にあるものだけを読み、リモートには接続しません。\n\n例:\n  roadmap sync status\n  roadmap sync status --json",
        ),
        "sync restore" => (
            "ほかの学習者のファイルを前回の同期の状態に戻す",
            "コホートを共有するデータフォルダー向けです。ほかの学習者の\nファイル（users/NAME.json）に書いたメモや状態があると\n`roadmap sync` が通りません。このコマンドはそのファイルを前回の\n同期の状態に戻し、失われるものを表示します。そのあと\n`roadmap sync` で相手の最新の状態を取り込みます。学習者への\n伝言には `roadmap comment NAME [<step>] TEXT` を使います。\n\n例:\n  roadmap sync restore ben",
        ),
        "sync auto" => (
            "変更のたびに裏で同期する（このマシンだけ）",
            "自動同期をオンにすると、記録するコマンドのたびに\n`roadmap sync` をバックグラウンドで始めます。コマンドは同期を\n待ちません。同期に失敗したときは、次の `roadmap` と\n`roadmap status` が知らせます。ON・OFF を省くと、いまの設定を\n表示します。\n\n例:\n  roadmap sync auto on\n  roadmap sync auto off",
        ),
        "tick" => (
            "ステップのチェックリストの項目にチェックする",
            "項目の番号は 1 から、show に出る順です。チェックした分は\n残り時間から差し引かれます。最後の項目にチェックしても\n完了にはならないので、終えたら `roadmap done` を\n実行してください。\n\n例:\n  roadmap tick 1.2 1\n  roadmap tick sql-basics 2 3",
        ),
        "untick" => (
            "チェックリストの項目のチェックを外す",
            "例:\n  roadmap untick 1.2 3",
        ),
        "stack" => (
            "使う言語（スタック）を表示・設定する",
            "ほかのスタック向けの資料は表示されなくなります。スタックを\n指定していない資料はいつも表示されます。スタックはユーザーと\nロードマップごとに記録されます。\n\n例:\n  roadmap stack              現在のスタックと、このロードマップのスタック一覧\n  roadmap stack php          PHP でロードマップを進める\n  roadmap stack --clear      すべてのスタックの資料を表示する",
        ),
        "show" => (
            "ステップの詳細: 内容、完了の目安、メモ",
            "例:\n  roadmap show 1.2\n  roadmap show sql-basics --json",
        ),
        "open" => (
            "ステップの資料を Web ブラウザーで開く",
            "開くのは http と https のリンクだけで、既定のブラウザー\nを使います。番号は roadmap show の資料の並び（あなたの\nスタック向けのもの）で数えます。--print を付けると、開かずに\nリンクを表示します（コピーやパイプ用）。\n\n例:\n  roadmap open 1.4\n  roadmap open sql-basics 2\n  roadmap open 1.4 --print",
        ),
        "list" => (
            "全ステップを状態と番号つきで一覧する",
            "記号: [x] 完了  [>] 進行中  [-] スキップ  [ ] 未着手\n（前提ステップ待ちは薄く表示）\n\n例:\n  roadmap list\n  roadmap list --json",
        ),
        "log" => (
            "これまでの記録を新しい順に表示する",
            "時刻は現地時刻で表示します。\n\n例:\n  roadmap log\n  roadmap log -n 5\n  roadmap log --all --json",
        ),
        "completions" => (
            "シェル補完のスクリプトを出力する",
            "例:\n  roadmap completions bash > ~/.local/share/bash-completion/completions/roadmap\n  roadmap completions zsh > ~/.zfunc/_roadmap\n  roadmap completions fish > ~/.config/fish/completions/roadmap.fish",
        ),
        "man" => (
            "man ページ（roff）を出力する",
            "例:\n  roadmap man > ~/.local/share/man/man1/roadmap.1\n  roadmap man | man -l -",
        ),
        "validate" => (
            "ロードマップファイルを検査する",
            "エラーと警告をすべて、場所とともに報告します。\n終了コード: 有効なら 0（警告があっても）、エラーがあれば 2。\n\n例:\n  roadmap validate my-roadmap.json\n  roadmap --roadmap team.json validate --json",
        ),
        "export" => (
            "進捗を Markdown、JSON、HTML で書き出す",
            "Markdown のチェックリスト、進捗の JSON バックアップ、\n状態で色分けした HTML の図を書き出せます。-o を使うと\n形式はファイルの拡張子（.md、.html、.json）で決まります。\n標準出力に書き出すときは --format が必要です。\n\n例:\n  roadmap export -o roadmap.html\n  roadmap export --format md > checklist.md\n  roadmap export -o backup.json   # `roadmap import progress` で復元",
        ),
        "graph" => (
            "前提関係のグラフを出力する（Mermaid、DOT）",
            "例:\n  roadmap graph > roadmap.mmd\n  roadmap graph --format dot | dot -Tsvg > roadmap.svg",
        ),
        "import" => ("ロードマップや進捗のバックアップを取り込む", ""),
        "import roadmapsh" => (
            "roadmap.sh のロードマップを変換する",
            "roadmap.sh のロードマップ JSON をロードマップファイルに\n変換します。結果は `roadmap validate` に通り、\n`roadmap --roadmap OUT next` で使えます。\n\n例:\n  roadmap import roadmapsh backend.json -o backend-roadmap.json",
        ),
        "import progress" => (
            "エクスポートした進捗を取り込む",
            "`roadmap export --format json` で保存した進捗を取り込みます。\n記録はどちらも失われません。履歴は合わせられ、\n各ステップは最後に変更した側の状態になります。\n\n例:\n  roadmap import progress backup.json",
        ),
        path if path == "apply" || path.starts_with("apply ") => {
            return super::help_ja_apply::command_text(path);
        }
        _ => return None,
    })
}
