//! The check the error tests share: runs a command in both languages and
//! looks for English in the Japanese.

use crate::support::Sandbox;

/// Runs of three or more ASCII letters in `text` that are not inside
/// quotes ('…', `…`), not part of a path, a URL or a flag, and not a name
/// the program keeps as it is (roadmap, git, JSON, …).
pub fn english_in(text: &str, theirs: &[&str]) -> Vec<String> {
    #[rustfmt::skip]
    const NAMES: &[&str] = &[
        // Names roadmap keeps in every language.
        "roadmap", "git", "Git", "JSON", "json", "null", "version", "roadmaps",
        "ROADMAP_DATA_DIR", "ROADMAP_NOW", "REMOTE", "RFC", "UTF",
        // Commands and fields, as people type them.
        "sync", "init", "status", "list", "validate", "undo", "done", "start", "skip",
        "reset", "note", "tick", "untick", "study", "evidence", "find", "show", "export",
        "import", "goal", "stack", "users", "stages", "steps", "nodes", "edges", "id",
        "title", "requires", "requires_any", "resources", "lang", "html", "md",
        "stage", "aliases", "checklist", "estimate_hours",
        // Values people type: dates, links, words to search for.
        "today", "yesterday", "YYYY-MM-DD", "https", "http", "sql",
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
pub fn without_detail(line: &str) -> &str {
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

/// One way to reach an error from the command line.
pub struct Case {
    pub args: &'static [&'static str],
    pub code: i32,
    /// Words from the user or the file that are shown as they are.
    pub theirs: &'static [&'static str],
    /// Whether a line ends with the system's, a parser's or git's own
    /// words, which stay as those give them.
    pub detail: bool,
}

pub const fn case(args: &'static [&'static str], code: i32) -> Case {
    Case {
        args,
        code,
        theirs: &[],
        detail: false,
    }
}

/// Runs `case` in English and in Japanese: the exit code is the same,
/// something is said, and the Japanese holds no English outside of what
/// came from the user, a file or the system. Returns what is wrong.
pub fn check(sandbox: &Sandbox, case: &Case, env: &[(&str, &str)]) -> Vec<String> {
    let mut wrong = Vec::new();
    for lang in ["en", "ja"] {
        let mut cmd = sandbox.process();
        cmd.current_dir(sandbox.path())
            .args(["--lang", lang])
            .args(case.args);
        for (key, value) in env {
            cmd.env(key, value);
        }
        let output = cmd.output().expect("run roadmap");
        let stderr = String::from_utf8_lossy(&output.stderr);
        if output.status.code() != Some(case.code) {
            wrong.push(format!(
                "{lang} {:?}: exit {:?}\n{stderr}",
                case.args,
                output.status.code()
            ));
        }
        if stderr.trim().is_empty() {
            wrong.push(format!("{lang} {:?}: silent", case.args));
        }
        if lang == "ja" {
            // `validate` reports its problems on stdout.
            let stdout = String::from_utf8_lossy(&output.stdout);
            let english: Vec<String> = stderr
                .lines()
                .chain(stdout.lines())
                .flat_map(|line| {
                    let line = if case.detail {
                        without_detail(line)
                    } else {
                        line
                    };
                    english_in(line, case.theirs)
                })
                .collect();
            if !english.is_empty() {
                wrong.push(format!(
                    "English {english:?} in {:?}:\n{stdout}{stderr}",
                    case.args
                ));
            }
        } else if case.code != 0 && !stderr.starts_with("error: ") {
            wrong.push(format!("{:?}: {stderr}", case.args));
        }
    }
    wrong
}
