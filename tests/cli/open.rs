//! Links that work: `roadmap open` (with a test browser, never a real
//! one), links never wrapped, OSC 8 hyperlinks only where they belong, and
//! the tip to set the stack once the language is chosen.

use crate::support::{BIN, Sandbox};

const PRO_GIT_JA: &str = "https://git-scm.com/book/ja/v2/Git-%E3%81%AE%E5%9F%BA%E6%9C%AC-Git-%E3%83%AA%E3%83%9D%E3%82%B8%E3%83%88%E3%83%AA%E3%81%AE%E5%8F%96%E5%BE%97";

/// A roadmap whose one step links to a file, a script and a web page.
const HOSTILE_LINKS: &str = r#"{"id": "links", "title": "Links",
  "stages": [{"id": "s", "title": "S"}],
  "steps": [{"id": "a", "stage": "s", "title": "A", "resources": [
    {"title": "Local", "url": "file:///etc/passwd", "kind": "docs"},
    {"title": "Script", "url": "javascript:alert(1)", "kind": "docs"},
    {"title": "Web", "url": "https://example.com/a", "kind": "docs"}
  ]}]}"#;

fn run_with_browser(sandbox: &Sandbox, browser: &str, args: &[&str]) -> std::process::Output {
    sandbox
        .run(args)
        .env("ROADMAP_BROWSER", browser)
        .output()
        .expect("run roadmap")
}

#[test]
fn open_hands_the_link_to_the_browser() {
    let sandbox = Sandbox::new();
    let url = sandbox.json(&["show", "1.4"])["resources"][1]["url"]
        .as_str()
        .unwrap()
        .to_string();
    let output = run_with_browser(&sandbox, "echo", &["open", "1.4", "2"]);
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    // The test browser (echo) printed the link it was given.
    assert!(stdout.starts_with(&format!("{url}\n")), "{stdout}");
    assert!(stdout.contains("Opened in your browser: "), "{stdout}");
    let ja = run_with_browser(&sandbox, "echo", &["--lang", "ja", "open", "1.4"]);
    assert!(String::from_utf8_lossy(&ja.stdout).contains("ブラウザーで開きました:"));
    // --print opens nothing (the default test browser would fail).
    let printed = sandbox.stdout(&["open", "1.4", "2", "--print"]);
    assert_eq!(printed, format!("{url}\n"));
    let json = sandbox.json(&["open", "1.4", "--print"]);
    assert_eq!(json["opened"], false);
    assert_eq!(json["number"], "1.4");
}

#[test]
fn open_refuses_links_that_are_not_web_links_and_launches_nothing() {
    let sandbox = Sandbox::with_roadmap(HOSTILE_LINKS);
    for (n, url) in [("1", "file:///etc/passwd"), ("2", "javascript:alert(1)")] {
        let output = run_with_browser(&sandbox, "echo", &["open", "a", n]);
        assert_eq!(output.status.code(), Some(2), "{output:?}");
        assert!(output.stdout.is_empty(), "nothing was launched: {output:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.contains(&format!("'{url}' is not an http or https link; not opened")),
            "{stderr}"
        );
        let ja = run_with_browser(&sandbox, "echo", &["--lang", "ja", "open", "a", n]);
        assert!(String::from_utf8_lossy(&ja.stderr).contains("http / https のリンクではない"));
    }
    let output = run_with_browser(&sandbox, "echo", &["open", "a", "3"]);
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("https://example.com/a\n"));
}

#[test]
fn open_names_a_missing_resource_and_a_failed_browser() {
    let sandbox = Sandbox::new();
    sandbox
        .test()
        .args(["open", "1.4", "9", "--print"])
        .stderr_has("step 1.4 has 4 resources, not 9")
        .stderr_has("`roadmap show 1.4` lists them")
        .status(2);
    sandbox
        .test()
        .args(["open", "1.4", "0"])
        .stderr_has("0")
        .status(2);
    // The sandbox's browser is `false`: a failure, said as such.
    sandbox
        .test()
        .args(["open", "1.4"])
        .stderr_has("could not open a browser for https://git-scm.com/book/en/v2")
        .stderr_has("--print")
        .status(1);
}

/// `roadmap ARGS` under a pseudo-terminal of `columns`, with `env` added.
fn in_terminal(sandbox: &Sandbox, columns: usize, args: &str, env: &[(&str, &str)]) -> String {
    let mut command = sandbox.process_of("script");
    command
        .args(["-qec", &format!("{BIN} {args}"), "/dev/null"])
        .env("COLUMNS", columns.to_string())
        .env("TERM", "xterm-256color");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("run script(1)");
    String::from_utf8(output.stdout)
        .unwrap()
        .replace("\r\n", "\n")
}

#[cfg(target_os = "linux")]
#[test]
fn a_link_is_never_wrapped_even_when_it_overflows() {
    let sandbox = Sandbox::new();
    for columns in [60, 80] {
        for lang in ["en", "ja"] {
            let text = in_terminal(
                &sandbox,
                columns,
                &format!("--lang {lang} --color never show 1.4"),
                &[],
            );
            assert!(
                text.lines().any(|line| line == format!("    {PRO_GIT_JA}")),
                "{columns} {lang}:\n{text}"
            );
        }
    }
}

#[cfg(target_os = "linux")]
#[test]
fn osc_8_hyperlinks_on_a_terminal_and_nowhere_else() {
    let sandbox = Sandbox::new();
    let osc = format!("\u{1b}]8;;{PRO_GIT_JA}\u{1b}\\{PRO_GIT_JA}\u{1b}]8;;\u{1b}\\");
    let terminal = in_terminal(&sandbox, 80, "show 1.4", &[]);
    assert!(terminal.contains(&osc), "{terminal:?}");
    for env in [[("NO_COLOR", "1")], [("TERM", "dumb")]] {
        let text = in_terminal(&sandbox, 80, "show 1.4", &env);
        assert!(!text.contains("]8;;"), "{env:?}: {text:?}");
        assert!(text.contains(PRO_GIT_JA));
    }
    let never = in_terminal(&sandbox, 80, "--color never show 1.4", &[]);
    assert!(!never.contains("]8;;"));
    // Piped: plain text.
    let piped = sandbox.stdout(&["show", "1.4"]);
    assert!(!piped.contains('\u{1b}'), "{piped:?}");
    assert!(piped.contains(&format!("    {PRO_GIT_JA}\n")));
}

#[test]
fn finishing_the_language_choice_suggests_the_stack() {
    let sandbox = Sandbox::new();
    let done = sandbox.stdout(&["done", "1.1"]);
    // The step's checks are named after the tip (`roadmap check`).
    assert!(
        done.contains(
            "Tip: say which language you chose, and only its resources are shown:\n  \
             roadmap stack <javascript|python|ruby>\n"
        ),
        "{done}"
    );
    sandbox.stdout(&["reset", "1.1"]);
    let ja = sandbox.stdout(&["--lang", "ja", "done", "1.1"]);
    assert!(
        ja.contains(
            "その言語の資料だけが表示されます。\n  roadmap stack <javascript|python|ruby>\n"
        ),
        "{ja}"
    );
    // Other steps, or with a stack chosen: no tip.
    assert!(!sandbox.stdout(&["done", "1.2"]).contains("Tip:"));
    sandbox.stdout(&["reset", "1.1"]);
    sandbox.stdout(&["stack", "python"]);
    let done = sandbox.json(&["done", "1.1"]);
    assert_eq!(done.get("choose_stack"), None);
    sandbox.stdout(&["stack", "--clear"]);
    sandbox.stdout(&["reset", "1.1"]);
    assert_eq!(
        sandbox.json(&["done", "1.1"])["choose_stack"],
        serde_json::json!(["javascript", "python", "ruby"])
    );
    // `stack` lists the stacks the roadmap has resources for.
    let stack = sandbox.stdout(&["stack"]);
    assert!(stack.contains("javascript, python, ruby"), "{stack}");
}
