//! Every error path, in both languages: Japanese output holds no English
//! prose, and every error has its exit code.

use crate::support::Sandbox;

/// Runs of three or more ASCII letters in `text` that are not inside
/// quotes ('…', `…`), not part of a path, a URL or a flag, and not a name
/// the program keeps as it is (roadmap, git, JSON, …).
fn english_in(text: &str, theirs: &[&str]) -> Vec<String> {
    const NAMES: &[&str] = &[
        "roadmap",
        "git",
        "JSON",
        "json",
        "https",
        "http",
        "sync",
        "init",
        "null",
        "version",
        "roadmaps",
        "ROADMAP_DATA_DIR",
        "data",
        "dir",
        "users",
        "stages",
        "steps",
        "list",
        "validate",
        "undo",
        "nodes",
        "edges",
        "id",
        "title",
        "requires",
        "resources",
        "name",
        "REMOTE",
        "lang",
        "html",
        "html5",
        "markdown",
        "csv",
        "yaml",
        "md",
        "UTF",
        "OS",
    ];
    let mut found = Vec::new();
    for line in text.lines() {
        let mut quoted: Option<char> = None;
        let mut word = String::new();
        let mut word_start_ok = true;
        let mut previous = ' ';
        let chars: Vec<char> = line.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            if let Some(q) = quoted {
                if c == q {
                    quoted = None;
                }
                previous = c;
                continue;
            }
            if c == '\'' || c == '`' {
                quoted = Some(c);
                previous = c;
                continue;
            }
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.' || c == '/' {
                if word.is_empty() {
                    word_start_ok = !matches!(previous, '/' | '-' | '.' | '<' | '[');
                }
                word.push(c);
            } else {
                flush(&mut word, word_start_ok, &mut found, NAMES, theirs);
            }
            previous = c;
            let _ = i;
        }
        flush(&mut word, word_start_ok, &mut found, NAMES, theirs);
    }
    found
}

/// A line without its last `: detail`, the words of the system or of a
/// parser that roadmap passes on as they are.
fn without_detail(line: &str) -> &str {
    line.rsplit_once(": ").map_or(line, |(head, _)| head)
}

fn flush(
    word: &mut String,
    start_ok: bool,
    found: &mut Vec<String>,
    names: &[&str],
    theirs: &[&str],
) {
    let w = std::mem::take(word);
    // Paths, flags, file names, dotted step numbers.
    if !start_ok || w.contains('/') || w.starts_with('-') || w.contains('.') {
        return;
    }
    let letters = w.chars().filter(char::is_ascii_alphabetic).count();
    if letters >= 3 && !names.contains(&w.as_str()) && !theirs.contains(&w.as_str()) {
        found.push(w);
    }
}

#[test]
fn the_check_finds_english_and_spares_names() {
    assert_eq!(
        english_in("エラー: 'x' を読み取れません: it is not valid JSON", &[]),
        ["not", "valid"]
    );
    assert!(english_in("エラー: '/tmp/a b/users/bob.json' を読み取れません", &[]).is_empty());
    assert!(english_in("ヒント: `roadmap list` で確認できます (--data-dir)", &[]).is_empty());
}

#[test]
fn a_corrupt_user_file_is_named_in_japanese_in_the_mentor_view() {
    let sandbox = Sandbox::new();
    sandbox.stdout(&["--user", "ana", "done", "1.1"]);
    sandbox.write("data/users/bob.json", "{ not json");
    let output = sandbox
        .test()
        .lang("ja")
        .args(["status", "--all-users"])
        .stdout_has("bob")
        .success();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let warning = stdout
        .lines()
        .find(|line| line.contains("bob:"))
        .expect("a warning about bob");
    // What serde_json says of the syntax stays as it says it, like an
    // operating system's error text.
    assert!(
        english_in(without_detail(warning), &["bob"]).is_empty(),
        "{warning}"
    );
    assert!(warning.contains("JSON として正しくありません"), "{warning}");
}
