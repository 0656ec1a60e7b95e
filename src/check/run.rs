//! Running one check in the learner's project folder. Everything here only
//! reads: Git is asked with optional locks off (so even `git` keeps its
//! index as it is), files are opened for reading, at most 1 MiB each.

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use super::http::{self, Answer};
use super::process::{self, Ended, MAX_OUTPUT_BYTES};
use super::{Finding, Outcome};
use crate::roadmap::{Check, CheckKind};

/// What Git gets on every call: no lock files, no prompt, no fsmonitor
/// hook (a repository's config could name a program for it).
const GIT_ENV: [(&str, &str); 2] = [("GIT_OPTIONAL_LOCKS", "0"), ("GIT_TERMINAL_PROMPT", "0")];

/// What test commands get: Python writes no bytecode into the project.
const TEST_ENV: [(&str, &str); 1] = [("PYTHONDONTWRITEBYTECODE", "1")];

/// Runs check number `index` of a step in `folder`.
/// `applications` is the number of applications in the learner's log.
pub fn run_check(
    index: usize,
    check: &Check,
    folder: &Path,
    stack: Option<&str>,
    applications: usize,
) -> Outcome {
    let limit = Duration::from_secs(check.timeout_seconds());
    let mut outcome = Outcome {
        check: index,
        findings: Vec::new(),
        ran: None,
        output: None,
    };
    match check.kind {
        CheckKind::Command => {
            let program = check.program.clone().unwrap_or_default();
            let mut line = vec![program];
            line.extend(check.args.iter().cloned());
            program_check(&mut outcome, &line, folder, &[], limit, check);
        }
        CheckKind::Tests => {
            let line = match &check.program {
                Some(program) => {
                    let mut line = vec![program.clone()];
                    line.extend(check.args.iter().cloned());
                    Some(line)
                }
                None => super::test_command(stack, &|name| folder.join(name).exists()),
            };
            match line {
                Some(line) => program_check(&mut outcome, &line, folder, &TEST_ENV, limit, check),
                None => outcome.findings.push(Finding::NoTestCommand),
            }
        }
        CheckKind::Git => outcome.findings = git_check(check, folder, limit),
        CheckKind::Http => {
            let host = check.host.as_deref().unwrap_or("127.0.0.1");
            let port = check.port.unwrap_or(80);
            let path = check.path.as_deref().unwrap_or("/");
            outcome.ran = Some(format!("GET http://{}:{port}{path}", bracket(host)));
            outcome.findings = http_check(check, host, port, path, limit);
        }
        CheckKind::File => outcome.findings = file_check(check, folder),
        CheckKind::Applications => {
            let needed = check.min_applications.unwrap_or(1);
            if applications < needed as usize {
                outcome.findings.push(Finding::TooFewApplications {
                    found: applications,
                    needed,
                });
            }
        }
    }
    outcome
}

fn bracket(host: &str) -> String {
    if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]")
    } else {
        host.to_string()
    }
}

fn program_check(
    outcome: &mut Outcome,
    line: &[String],
    folder: &Path,
    env: &[(&str, &str)],
    limit: Duration,
    check: &Check,
) {
    outcome.ran = Some(line.join(" "));
    let ran = process::run(&line[0], &line[1..], folder, env, limit);
    let text = String::from_utf8_lossy(&ran.output).into_owned();
    let expected = if check.kind == CheckKind::Command {
        check.exit_code.unwrap_or(0)
    } else {
        0
    };
    match ran.ended {
        Ended::Exited(got) if got == Some(expected) => {}
        Ended::Exited(got) => outcome.findings.push(Finding::ExitCode { expected, got }),
        ended => outcome.findings.push(ended_finding(ended, &line[0], limit)),
    }
    if outcome.findings.is_empty()
        && let Some(pattern) = &check.pattern
        && !crate::roadmap::check_pattern(pattern).is_some_and(|re| re.is_match(&text))
    {
        outcome.findings.push(Finding::PatternMissing {
            pattern: pattern.clone(),
        });
    }
    if !outcome.findings.is_empty() && !text.trim().is_empty() {
        outcome.output = Some(tail(&text, 12));
    }
}

fn ended_finding(ended: Ended, program: &str, limit: Duration) -> Finding {
    match ended {
        Ended::TimedOut => Finding::TimedOut {
            seconds: limit.as_secs(),
        },
        Ended::Interrupted => Finding::Interrupted,
        Ended::NotFound => Finding::ProgramMissing {
            program: program.to_string(),
        },
        Ended::Failed(why) => Finding::CouldNotRun { why },
        Ended::Exited(got) => Finding::ExitCode { expected: 0, got },
    }
}

/// The most characters of one output line shown; the rest is cut (…).
const MAX_LINE_CHARS: usize = 400;

/// The last `lines` lines of a program's output, each cut to
/// [`MAX_LINE_CHARS`] characters.
fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.trim_end().lines().collect();
    let shown: Vec<String> = all[all.len().saturating_sub(lines)..]
        .iter()
        .map(|line| match line.char_indices().nth(MAX_LINE_CHARS) {
            Some((cut, _)) => format!("{}…", &line[..cut]),
            None => line.to_string(),
        })
        .collect();
    shown.join("\n")
}

/// Asks Git something in `folder`; its output when it exits 0.
pub fn git(folder: &Path, args: &[&str]) -> Option<String> {
    let mut line: Vec<String> = vec!["-c".into(), "core.fsmonitor=false".into()];
    line.extend(args.iter().map(|a| a.to_string()));
    let ran = process::run("git", &line, folder, &GIT_ENV, Duration::from_secs(60));
    (ran.ended == Ended::Exited(Some(0))).then(|| String::from_utf8_lossy(&ran.output).into_owned())
}

fn git_check(check: &Check, folder: &Path, _limit: Duration) -> Vec<Finding> {
    let mut findings = Vec::new();
    if git(folder, &["rev-parse", "--is-inside-work-tree"]).is_none_or(|o| o.trim() != "true") {
        return vec![Finding::NotARepository];
    }
    if let Some(needed) = check.min_commits {
        let email = git(folder, &["config", "user.email"]).map(|e| e.trim().to_string());
        let mut args = vec!["rev-list", "--count", "HEAD"];
        let author;
        if let Some(email) = email.filter(|e| !e.is_empty()) {
            author = format!("--author={email}");
            args.extend(["-F", author.as_str()]);
        }
        let found = git(folder, &args)
            .and_then(|o| o.trim().parse().ok())
            .unwrap_or(0);
        if found < needed {
            findings.push(Finding::TooFewCommits { found, needed });
        }
    }
    if check.remote && git(folder, &["remote"]).is_none_or(|o| o.trim().is_empty()) {
        findings.push(Finding::NoRemote);
    }
    let tracked: Vec<String> = if check.no_secrets || check.ci_workflow {
        git(folder, &["ls-files", "--full-name", "-z"])
            .unwrap_or_default()
            .split('\0')
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    } else {
        Vec::new()
    };
    if check.no_secrets {
        let mut secrets: Vec<String> = tracked
            .iter()
            .filter(|p| super::looks_secret(p))
            .cloned()
            .collect();
        let mut args = vec!["grep", "-I", "-l", "-E"];
        for pattern in super::SECRET_CONTENT {
            args.extend(["-e", pattern]);
        }
        if let Some(found) = git(folder, &args) {
            secrets.extend(found.lines().map(str::to_string));
        }
        secrets.sort();
        secrets.dedup();
        if !secrets.is_empty() {
            findings.push(Finding::Secrets(secrets));
        }
    }
    if check.ci_workflow && !tracked.iter().any(|p| super::is_ci_workflow(p)) {
        findings.push(Finding::NoWorkflow);
    }
    if !check.readme_sections.is_empty() {
        findings.extend(readme_check(check, folder));
    }
    findings
}

fn readme_check(check: &Check, folder: &Path) -> Option<Finding> {
    let names: Vec<String> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    let Some(name) = super::pick_readme(&names) else {
        return Some(Finding::NoReadme);
    };
    let text = read_capped(&folder.join(name)).unwrap_or_default();
    let missing = super::missing_sections(&text, &check.readme_sections);
    (!missing.is_empty()).then_some(Finding::MissingSections(missing))
}

/// A file's text, at most [`MAX_OUTPUT_BYTES`] of it; a link or anything
/// but a plain file is not followed.
fn read_capped(path: &Path) -> Option<String> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if !meta.is_file() {
        return None;
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(MAX_OUTPUT_BYTES as u64)
        .read_to_end(&mut bytes)
        .ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

fn http_check(check: &Check, host: &str, port: u16, path: &str, limit: Duration) -> Vec<Finding> {
    let expected = check.status.unwrap_or(200);
    match http::get(host, port, path, limit) {
        Answer::Refused => vec![Finding::Refused {
            host: host.to_string(),
        }],
        Answer::Silent(why) => vec![Finding::NoAnswer { port, why }],
        Answer::TimedOut => vec![Finding::TimedOut {
            seconds: limit.as_secs(),
        }],
        Answer::Interrupted => vec![Finding::Interrupted],
        Answer::Got { status, body } => {
            let mut findings = Vec::new();
            if status != expected {
                findings.push(Finding::WrongStatus {
                    expected,
                    got: status,
                });
            }
            if check.json && serde_json::from_slice::<serde_json::Value>(&body).is_err() {
                findings.push(Finding::NotJson);
            }
            findings
        }
    }
}

fn file_check(check: &Check, folder: &Path) -> Vec<Finding> {
    let path = check.path.clone().unwrap_or_default();
    // Validation keeps the path inside the project; checked again here.
    if !crate::roadmap::is_inside_project(&path) {
        return vec![Finding::NoFile { path }];
    }
    let full = folder.join(&path);
    let Ok(meta) = std::fs::metadata(&full) else {
        return vec![Finding::NoFile { path }];
    };
    if let Some(pattern) = &check.pattern {
        let text = if meta.is_file() {
            read_capped(&full)
        } else {
            None
        };
        let found = text.is_some_and(|text| {
            crate::roadmap::check_pattern(pattern).is_some_and(|re| re.is_match(&text))
        });
        if !found {
            return vec![Finding::NotInFile {
                path,
                pattern: pattern.clone(),
            }];
        }
    }
    Vec::new()
}

/// The project's Git commit (`HEAD`) and first remote's URL, credentials
/// stripped, when the folder is a repository.
pub fn project_facts(folder: &Path) -> (Option<String>, Option<String>) {
    let commit = git(folder, &["rev-parse", "--verify", "-q", "HEAD"])
        .map(|o| o.trim().to_string())
        .filter(|c| !c.is_empty() && c.chars().all(|ch| ch.is_ascii_hexdigit()));
    let remote = git(folder, &["remote"])
        .and_then(|names| {
            let names: Vec<String> = names.lines().map(str::to_string).collect();
            let name = names
                .iter()
                .find(|n| *n == "origin")
                .or(names.first())?
                .clone();
            git(folder, &["remote", "get-url", &name])
        })
        .map(|url| super::strip_credentials(url.trim()))
        .filter(|url| !url.is_empty());
    (commit, remote)
}
