//! The Japanese help of the commands that have one: the learner's-record
//! commands (`study`, `goal`, `evidence`, `done --evidence`). Other help
//! is English for now.

use clap::Command;

use crate::lang::Lang;

/// `command` with its help in `lang` where a translation exists.
pub fn localize_help(command: Command, lang: Lang) -> Command {
    if lang != Lang::Ja {
        return command;
    }
    command
        .mut_subcommand("study", |c| {
            c.about("ステップの学習時間を記録します")
                .after_help(
                    "DURATION は 90m、1h30m、2h、1.5h のように書きます（0 より長く 24h 以内）。\n\
                     undo で他の変更と同じように取り消せます。\n\n\
                     例:\n  roadmap study 1.2 90m\n  roadmap study sql 1.5h --note \"結合、3 章\"\n  \
                     roadmap study git 45m --at 2026-11-01",
                )
                .mut_arg("step", |a| {
                    a.help("ステップ: ID、別名、一意に決まる ID の先頭部分、または番号 (2.3)")
                })
                .mut_arg("duration", |a| a.help("時間: 90m、1h30m、2h、1.5h（24h まで）"))
                .mut_arg("at", |a| {
                    a.help("学習した日時: YYYY-MM-DD、\"YYYY-MM-DD HH:MM\"（現地時刻）または RFC 3339")
                })
                .mut_arg("note", |a| a.help("何をしたか"))
        })
        .mut_subcommand("goal", |c| {
            c.about("週の学習時間の目標を設定・表示・解除します")
                .after_help(
                    "週は現地時刻の月曜日に始まります。`roadmap status` に今週の学習時間と目標、\n\
                     学習を記録した日の連続日数が出ます。\n\n\
                     例:\n  roadmap goal 5h\n  roadmap goal\n  roadmap goal --clear",
                )
                .mut_arg("duration", |a| {
                    a.help("週あたりの時間: 5h や 90m など [省略時: 目標を表示]")
                })
                .mut_arg("clear", |a| a.help("目標を外す"))
        })
        .mut_subcommand("evidence", |c| {
            c.about("ステップで作ったもの（リポジトリ、公開したアプリ、記事）へのリンクを付けます")
                .after_help(
                    "http と https のリンクだけを受け付けます。成果物は `show`、`--json`、\n\
                     すべてのエクスポートに出ます。\n\n\
                     例:\n  roadmap evidence 1.2 https://github.com/me/todo-api\n  \
                     roadmap done 3.1 --evidence https://me.example/blog/sql",
                )
                .mut_arg("step", |a| {
                    a.help("ステップ: ID、別名、一意に決まる ID の先頭部分、または番号 (2.3)")
                })
                .mut_arg("urls", |a| a.help("リンク（http または https）"))
        })
        .mut_subcommand("done", |c| {
            c.mut_arg("evidence", |a| {
                a.help("作ったものへのリンク（繰り返し指定可、http または https）")
            })
        })
        .mut_subcommand("sync", |c| {
            c.about("Git のリモートを通して、複数の端末やコホートで進捗を共有します")
                .after_help(
                    "サブコマンドなしで実行すると、変更をコミットして取得し、両側で変わった\n\
                     進捗を (テキストとしてではなく) マージして送信します。オフラインでも変更は\n\
                     この端末にコミットされ、次の同期で送られます。PATH に `git` が必要です。\n\n\
                     例:\n  roadmap sync\n  roadmap sync status\n  \
                     roadmap --user alice sync init git@github.com:alice/progress.git",
                )
                .mut_subcommand("init", |c| {
                    c.about("データフォルダーを REMOTE と同期する Git の作業ツリーにします")
                        .after_help(
                            "REMOTE は git が受け付ける URL (https、ssh、パス) です。リモートにある\n\
                             進捗は置き換えずにマージします。各学習者は users/<名前>.json だけを送る\n\
                             ので、--user で自分の名前を指定してください ('default' は使えません)。\n\n\
                             例:\n  roadmap --user alice sync init https://github.com/alice/progress.git\n  \
                             roadmap --user mentor sync init /srv/git/cohort.git",
                        )
                        .mut_arg("remote", |a| a.help("Git のリモート: https か ssh の URL、またはパス"))
                })
                .mut_subcommand("status", |c| {
                    c.about("リモート、最終同期、未送信・未マージのコミットを表示します")
                        .after_help(
                            "この端末にあるものだけを読み、リモートには接続しません。\n\n\
                             例:\n  roadmap sync status\n  roadmap sync status --json",
                        )
                })
        })
}

/// The language of the help, known before the command line is parsed:
/// `--lang`, then `ROADMAP_LANG`, then the locale.
pub fn help_lang(args: &[std::ffi::OsString], env: impl Fn(&str) -> Option<String>) -> Lang {
    let mut args = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('='),
            None => continue,
        };
        match value {
            Some("ja") => return Lang::Ja,
            Some("en") => return Lang::En,
            _ => {}
        }
    }
    match env("ROADMAP_LANG").as_deref() {
        Some("ja") => Lang::Ja,
        Some("en") => Lang::En,
        _ => Lang::from_locale(env),
    }
}
