//! The words of step checks in English and Japanese: mistakes in a
//! roadmap's checks, what `roadmap check` and `roadmap trust` say, and for
//! each failure what happened and what to do. One exhaustive `match` per
//! language. Names from files (programs, paths, hosts) are carried over.

use crate::check::{Finding, Refusal};
use crate::lang::Lang;
use crate::roadmap::{Check, CheckKind, CheckProblem};

/// A mistake in check number `n` of a step.
pub fn problem(n: usize, problem: &CheckProblem, lang: Lang) -> String {
    use CheckProblem::*;
    match lang {
        Lang::En => {
            let what = match problem {
                NoProves => "needs `proves`: what passing shows, in a sentence".into(),
                Needs { field } => format!("needs `{field}`"),
                NotFor { field, kind } => format!("`{field}` means nothing to a {kind} check"),
                GitChecksNothing => "asks nothing: set min_commits, remote, readme_sections, no_secrets or ci_workflow".into(),
                NotLoopback { host } => format!("host '{host}' is not this machine: checks connect to 127.0.0.1, localhost or ::1 only"),
                BadHttpPath { path } => format!("path '{path}' must start with / and hold no spaces"),
                OutsideProject { path } => format!("path '{path}' must stay inside the project folder (relative, no ..)"),
                BadPattern { pattern } => format!("pattern '{pattern}' is not a valid regular expression"),
                BadTimeout { max } => format!("timeout_seconds must be 1 to {max}"),
                EmptyText { field } => format!("`{field}` holds an empty text"),
                TooMany { checks, max } => format!("{checks} checks; a step has at most {max}"),
            };
            format!("check {n} {what}")
        }
        Lang::Ja => {
            let what = match problem {
                NoProves => "proves（合格で何がわかるかの一文）がありません".into(),
                Needs { field } => format!("`{field}` が必要です"),
                NotFor { field, kind } => format!("`{field}` は {kind} のチェックでは使えません"),
                GitChecksNothing => "何も確かめません。min_commits、remote、readme_sections、no_secrets、ci_workflow のどれかを指定してください".into(),
                NotLoopback { host } => format!("ホスト '{host}' はこのマシンではありません。接続先は 127.0.0.1、localhost、::1 だけです"),
                BadHttpPath { path } => format!("パス '{path}' は / で始め、空白を含めないでください"),
                OutsideProject { path } => format!("パス '{path}' はプロジェクトのフォルダーの中を指す相対パスにしてください（.. は不可）"),
                BadPattern { pattern } => format!("パターン '{pattern}' は正しい正規表現ではありません"),
                BadTimeout { max } => format!("timeout_seconds は 1 から {max} までです"),
                EmptyText { field } => format!("`{field}` に空の文字列があります"),
                TooMany { checks, max } => format!("チェックが {checks} 個あります。1 ステップに {max} 個までです"),
            };
            format!("チェック {n}: {what}")
        }
    }
}

/// What `roadmap check` and `roadmap trust` say.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckMsg {
    /// `{number} {title}` follows on the line.
    Checking,
    In(String),
    /// Passed, of run.
    Summary {
        passed: usize,
        ran: usize,
    },
    Verified,
    VerifiedAt(String),
    NotVerified,
    MarkDone(String),
    RunAgain(String),
    OneIsEnough,
    NotForYourStack(usize),
    Output,
    Untrusted(String),
    WouldRun,
    Trusted(String),
    Watching,
    WatchStopped,
    ChecksHeading,
    SelfReported,
    ProveIt(String),
    Counts {
        verified: usize,
        self_reported: usize,
    },
    VerifiedMark,
    VerifiedOn {
        date: String,
        commit: Option<String>,
    },
    NotVerifiedRun(String),
    /// Before the step of a verification `undo` took back.
    UndidVerificationOn,
    DoneHasChecks {
        count: usize,
        command: String,
    },
}

impl CheckMsg {
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.en(),
            Lang::Ja => self.ja(),
        }
    }

    fn en(&self) -> String {
        use CheckMsg::*;
        match self {
            Checking => "Checking".into(),
            In(folder) => format!("in {folder}"),
            Summary { passed: 1, ran: 1 } => "The check passed.".into(),
            Summary { passed: 0, ran: 1 } => "The check did not pass.".into(),
            Summary { passed, ran } => format!("{passed} of {ran} checks passed."),
            Verified => "Verified: recorded with the time.".into(),
            VerifiedAt(commit) => format!("Verified at commit {commit}: recorded."),
            NotVerified => "Not verified yet: fix what failed and run the check again.".into(),
            MarkDone(command) => format!("Mark it done: {command}"),
            RunAgain(command) => format!("Run again: {command}"),
            OneIsEnough => "(one of the stack checks passing is enough)".into(),
            NotForYourStack(n) => format!("{n} checks for other stacks were not run."),
            Output => "output:".into(),
            Untrusted(file) => format!(
                "{file} is not trusted: its checks would run programs on this machine, so none ran."
            ),
            WouldRun => "It would run:".into(),
            Trusted(file) => {
                format!("Trusted {file} as it is now; any change to it takes the trust back.")
            }
            Watching => "Watching the project for changes (Ctrl-C to stop)…".into(),
            WatchStopped => "Stopped watching.".into(),
            UndidVerificationOn => "the verification of".into(),
            ChecksHeading => "Checks".into(),
            SelfReported => "Self-reported (not verified by checks)".into(),
            ProveIt(command) => format!("To check it: {command}"),
            Counts {
                verified,
                self_reported,
            } => format!(
                "Verified by checks: {verified} {} · done self-reported: {self_reported}",
                if *verified == 1 { "step" } else { "steps" }
            ),
            VerifiedMark => " (verified)".into(),
            VerifiedOn {
                date,
                commit: Some(commit),
            } => format!("Verified on {date} at commit {commit}"),
            VerifiedOn { date, commit: None } => format!("Verified on {date}"),
            NotVerifiedRun(command) => format!("Not checked yet: {command}"),
            DoneHasChecks { count: 1, command } => {
                format!("This step has a check that can prove it: {command}")
            }
            DoneHasChecks { count, command } => {
                format!("This step has {count} checks that can prove it: {command}")
            }
        }
    }

    fn ja(&self) -> String {
        use CheckMsg::*;
        match self {
            Checking => "確認中".into(),
            In(folder) => format!("場所: {folder}"),
            Summary { passed, ran } => format!("{ran} 件中 {passed} 件のチェックに合格しました。"),
            Verified => "検証済みです。日時を記録しました。".into(),
            VerifiedAt(commit) => format!("コミット {commit} で検証済みです。記録しました。"),
            NotVerified => {
                "まだ検証されていません。失敗した点を直して、もう一度確認してください。".into()
            }
            MarkDone(command) => format!("完了にするには: {command}"),
            RunAgain(command) => format!("もう一度: {command}"),
            OneIsEnough => "（言語別のチェックはどれか 1 つ合格すれば十分です）".into(),
            NotForYourStack(n) => format!("ほかの言語向けのチェック {n} 件は実行していません。"),
            Output => "出力:".into(),
            Untrusted(file) => format!(
                "{file} は信頼されていません。チェックはこのマシンでプログラムを実行するため、何も実行していません。"
            ),
            WouldRun => "実行される内容:".into(),
            Trusted(file) => format!(
                "{file} を現在の内容で信頼しました。ファイルが変わると信頼は取り消されます。"
            ),
            Watching => "プロジェクトの変更を監視しています（Ctrl-C で終了）…".into(),
            WatchStopped => "監視を終了しました。".into(),
            UndidVerificationOn => "検証の記録:".into(),
            ChecksHeading => "チェック".into(),
            SelfReported => "自己申告（チェックでは未検証）".into(),
            ProveIt(command) => format!("チェックするには: {command}"),
            Counts {
                verified,
                self_reported,
            } => {
                format!("チェックで検証済み: {verified} ステップ · 自己申告の完了: {self_reported}")
            }
            VerifiedMark => "（検証済み）".into(),
            VerifiedOn {
                date,
                commit: Some(commit),
            } => format!("{date} にコミット {commit} で検証済み"),
            VerifiedOn { date, commit: None } => format!("{date} に検証済み"),
            NotVerifiedRun(command) => format!("まだチェックしていません: {command}"),
            DoneHasChecks { count, command } => format!(
                "このステップには、達成を証明できるチェックが {count} 件あります: {command}"
            ),
        }
    }
}

/// A failure in words: what happened, and what to do about it.
pub fn finding(finding: &Finding, lang: Lang) -> (String, String) {
    use Finding::*;
    let list = |items: &[String]| items.join(", ");
    match lang {
        Lang::En => match finding {
            ProgramMissing { program } => (format!("'{program}' is not installed (not found on PATH)"), format!("install {program}, open a new terminal, and check again")),
            ExitCode { expected, got: Some(got) } => (format!("it exited with {got}, not {expected}"), "read its output below, fix it, and check again".into()),
            ExitCode { expected, got: None } => (format!("it was ended by a signal, not exit {expected}"), "run it yourself to see why".into()),
            PatternMissing { pattern } => (format!("its output does not match '{pattern}'"), "run it yourself and compare its output".into()),
            TimedOut { seconds } => (format!("it took more than {seconds} s and was stopped with its children"), "make it faster, or see what it waits for".into()),
            Interrupted => ("you pressed Ctrl-C: it was stopped".into(), "check again when ready".into()),
            CouldNotRun { why } => (format!("it could not start: {why}"), "check that the program can run here".into()),
            NotARepository => ("this folder is not in a Git repository".into(), "run `git init` in your project, or pass --in with its folder".into()),
            TooFewCommits { found, needed } => (format!("{found} commits of yours; at least {needed} needed"), "commit your work as you go, in small steps".into()),
            TooFewApplications { found, needed } => (format!("{found} applications in your log; at least {needed} needed"), "record each application you send with `roadmap apply add COMPANY`".into()),
            NoRemote => ("no remote is configured".into(), "create the repository on GitHub (or similar) and `git remote add origin URL`".into()),
            NoReadme => ("no README file in the project folder".into(), "write a README.md".into()),
            MissingSections(s) => (format!("the README has no section for: {}", list(s)), "add a heading (## …) for each".into()),
            Secrets(files) => (format!("tracked files look like secrets: {}", list(files)), "remove them from Git (`git rm --cached`), list them in .gitignore, and change those secrets".into()),
            NoWorkflow => ("no CI workflow file is tracked".into(), "add one, e.g. .github/workflows/test.yml that runs your tests".into()),
            NoTestCommand => ("no test command: no stack chosen and no known project file".into(), "choose your stack with `roadmap stack NAME`".into()),
            Refused { host } => (format!("'{host}' is not this machine: nothing was sent"), "checks talk to 127.0.0.1, localhost or ::1 only".into()),
            NoAnswer { port, why } => (format!("nothing answered on port {port} ({why})"), "start your server in another terminal, then check again".into()),
            WrongStatus { expected, got } => (format!("it answered {got}, not {expected}"), "look at your server's log for that request".into()),
            NotJson => ("the answer is not JSON".into(), "return JSON from that route".into()),
            NoFile { path } => (format!("there is no {path}"), format!("create {path} in the project folder")),
            NotInFile { path, pattern } => (format!("{path} does not contain '{pattern}'"), format!("complete {path}")),
        },
        Lang::Ja => match finding {
            ProgramMissing { program } => (format!("'{program}' がインストールされていません（PATH に見つかりません）"), format!("{program} をインストールし、新しいターミナルでもう一度確認してください")),
            ExitCode { expected, got: Some(got) } => (format!("終了コードが {expected} ではなく {got} でした"), "下の出力を読んで直し、もう一度確認してください".into()),
            ExitCode { expected, got: None } => (format!("終了コード {expected} ではなく、シグナルで終了しました"), "自分で実行して原因を確かめてください".into()),
            PatternMissing { pattern } => (format!("出力が '{pattern}' に一致しません"), "自分で実行して出力を見比べてください".into()),
            TimedOut { seconds } => (format!("{seconds} 秒を超えたため、子プロセスごと止めました"), "速くするか、何を待っているのか確かめてください".into()),
            Interrupted => ("Ctrl-C で止めました".into(), "準備ができたらもう一度確認してください".into()),
            CouldNotRun { why } => (format!("起動できませんでした: {why}"), "このマシンで実行できるか確かめてください".into()),
            NotARepository => ("このフォルダーは Git リポジトリの中にありません".into(), "プロジェクトで `git init` するか、--in でフォルダーを指定してください".into()),
            TooFewCommits { found, needed } => (format!("あなたのコミットは {found} 件です。{needed} 件以上必要です"), "作業は小さく区切ってこまめにコミットしましょう".into()),
            TooFewApplications { found, needed } => (format!("応募の記録は {found} 件です。{needed} 件以上必要です"), "応募するたびに `roadmap apply add 企業名` で記録しましょう".into()),
            NoRemote => ("リモートが設定されていません".into(), "GitHub などにリポジトリを作り、`git remote add origin URL` を実行してください".into()),
            NoReadme => ("プロジェクトのフォルダーに README がありません".into(), "README.md を書いてください".into()),
            MissingSections(s) => (format!("README に次の節がありません: {}", list(s)), "それぞれ見出し（## …）を追加してください".into()),
            Secrets(files) => (format!("秘密情報らしいファイルが Git で管理されています: {}", list(files)), "Git から外し（`git rm --cached`）、.gitignore に書き、その秘密情報は変更してください".into()),
            NoWorkflow => ("CI のワークフローファイルが Git にありません".into(), "テストを実行する .github/workflows/test.yml などを追加してください".into()),
            NoTestCommand => ("テストのコマンドがわかりません（言語が未設定で、既知のファイルもありません）".into(), "`roadmap stack 言語名` で言語を選んでください".into()),
            Refused { host } => (format!("'{host}' はこのマシンではないため、何も送っていません"), "チェックの接続先は 127.0.0.1、localhost、::1 だけです".into()),
            NoAnswer { port, why } => (format!("ポート {port} で応答がありません（{why}）"), "別のターミナルでサーバーを起動してから、もう一度確認してください".into()),
            WrongStatus { expected, got } => (format!("応答が {expected} ではなく {got} でした"), "そのリクエストについてサーバーのログを見てください".into()),
            NotJson => ("応答が JSON ではありません".into(), "そのルートから JSON を返してください".into()),
            NoFile { path } => (format!("{path} がありません"), format!("プロジェクトのフォルダーに {path} を作ってください")),
            NotInFile { path, pattern } => (format!("{path} に '{pattern}' が含まれていません"), format!("{path} を仕上げてください")),
        },
    }
}

/// A refusal of `roadmap check` as an error message and a hint.
pub fn refusal(refusal: &Refusal, lang: Lang) -> (String, Option<String>) {
    let en = lang == Lang::En;
    match refusal {
        Refusal::NoChecks { step } => (
            if en {
                format!("step '{step}' has no checks")
            } else {
                format!("ステップ '{step}' にはチェックがありません")
            },
            Some(if en {
                format!("mark it done yourself: roadmap done {step}")
            } else {
                format!("自己申告で完了にするには: roadmap done {step}")
            }),
        ),
        Refusal::Untrusted { file } => (
            if en {
                format!("{file} is not trusted; no check ran")
            } else {
                format!("{file} は信頼されていないため、チェックを実行していません")
            },
            Some(if en {
                format!("read its checks above; to trust this exact file: roadmap trust {file}")
            } else {
                format!(
                    "上のチェックを読み、このファイルをこのまま信頼するなら: roadmap trust {file}"
                )
            }),
        ),
        Refusal::NotAFolder { folder } => (
            if en {
                format!("{folder} is not a folder")
            } else {
                format!("{folder} はフォルダーではありません")
            },
            Some(if en {
                "pass your project's folder with --in DIR".into()
            } else {
                "--in DIR でプロジェクトのフォルダーを指定してください".into()
            }),
        ),
        Refusal::Failed { passed, ran, step } => (
            if en {
                match ran {
                    1 => format!("{step} is not verified (the check failed)"),
                    _ => format!(
                        "{step} is not verified ({} of {ran} checks failed)",
                        ran - passed
                    ),
                }
            } else {
                match ran {
                    1 => format!("{step} は未検証です（チェックが不合格）"),
                    _ => format!(
                        "{step} は未検証です（{ran} 件中 {} 件が不合格）",
                        ran - passed
                    ),
                }
            },
            None,
        ),
    }
}

/// What a check would do, for the list an untrusted file gets.
pub fn would_run(check: &Check, lang: Lang) -> String {
    let en = lang == Lang::En;
    let line = |program: &str| {
        let mut words = vec![program.to_string()];
        words.extend(check.args.iter().map(|a| format!("{a:?}")));
        words.join(" ")
    };
    let what = match (check.kind, &check.program) {
        (CheckKind::Command | CheckKind::Tests, Some(program)) => line(program),
        (_, _) if check.kind == CheckKind::Tests => {
            if en {
                "the project's own test command (pytest, npm test, …)".into()
            } else {
                "プロジェクト自身のテストコマンド（pytest、npm test など）".into()
            }
        }
        (CheckKind::Git, _) => {
            if en {
                "git, read only, in the project".into()
            } else {
                "プロジェクトで git を読み取り専用で実行".into()
            }
        }
        (CheckKind::Http, _) => format!(
            "GET http://{}:{}{}",
            check.host.as_deref().unwrap_or("127.0.0.1"),
            check.port.unwrap_or(80),
            check.path.as_deref().unwrap_or("/")
        ),
        _ => {
            let path = check.path.as_deref().unwrap_or("");
            if en {
                format!("read {path}")
            } else {
                format!("{path} を読む")
            }
        }
    };
    format!("{}: {what}", check.kind.as_str())
}
