//! Validating a step's checks: the fields each kind takes, loopback-only
//! hosts, paths inside the project, patterns that compile.

use super::super::check::{Check, CheckKind, MAX_TIMEOUT_SECONDS, is_loopback_host};
use super::super::check_problem::CheckProblem;
use super::{Location, Problem, ProblemKind};
use crate::cost;

/// More checks than this on one step is a test suite, not a step's proof.
pub const MAX_CHECKS: usize = 20;

/// The largest compiled size of a check's pattern.
pub const MAX_PATTERN_BYTES: usize = 1 << 20;

pub(super) fn check_checks(
    checks: &[Check],
    location: &impl Fn() -> Location,
    problems: &mut Vec<Problem>,
) {
    cost::tick(checks.len());
    if checks.len() > MAX_CHECKS {
        problems.push(Problem::error(
            location().field("checks"),
            ProblemKind::BadCheck {
                check: MAX_CHECKS + 1,
                problem: CheckProblem::TooMany {
                    checks: checks.len(),
                    max: MAX_CHECKS,
                },
            },
        ));
    }
    for (n, check) in checks.iter().enumerate() {
        for problem in check_problems(check) {
            problems.push(Problem::error(
                location().field("checks"),
                ProblemKind::BadCheck {
                    check: n + 1,
                    problem,
                },
            ));
        }
    }
}

/// Everything wrong with one check.
pub fn check_problems(check: &Check) -> Vec<CheckProblem> {
    let mut problems = Vec::new();
    if check.proves.trim().is_empty() {
        problems.push(CheckProblem::NoProves);
    }
    let kind = check.kind;
    let present = fields_present(check);
    for (field, is_set) in present {
        if is_set && !takes(kind, field) {
            problems.push(CheckProblem::NotFor {
                field,
                kind: kind.as_str(),
            });
        }
    }
    let mut needs = |field: &'static str, is_set: bool| {
        if !is_set {
            problems.push(CheckProblem::Needs { field });
        }
    };
    match kind {
        CheckKind::Command => needs("program", check.program.is_some()),
        CheckKind::Http => needs("port", check.port.is_some()),
        CheckKind::File => needs("path", check.path.is_some()),
        CheckKind::Applications => needs("min_applications", check.min_applications.is_some()),
        CheckKind::Tests => {}
        CheckKind::Git => {
            let asks = check.min_commits.is_some()
                || check.remote
                || !check.readme_sections.is_empty()
                || check.no_secrets
                || check.ci_workflow;
            if !asks {
                problems.push(CheckProblem::GitChecksNothing);
            }
        }
    }
    let blank = |text: &String| text.trim().is_empty();
    if check.program.as_ref().is_some_and(blank) {
        problems.push(CheckProblem::EmptyText { field: "program" });
    }
    if check.readme_sections.iter().any(blank) {
        problems.push(CheckProblem::EmptyText {
            field: "readme_sections",
        });
    }
    if check.stack.iter().any(blank) {
        problems.push(CheckProblem::EmptyText { field: "stack" });
    }
    if let Some(host) = &check.host
        && !is_loopback_host(host)
    {
        problems.push(CheckProblem::NotLoopback { host: host.clone() });
    }
    if let Some(path) = &check.path {
        match kind {
            CheckKind::Http if !is_http_path(path) => {
                problems.push(CheckProblem::BadHttpPath { path: path.clone() })
            }
            CheckKind::File if !is_inside_project(path) => {
                problems.push(CheckProblem::OutsideProject { path: path.clone() })
            }
            _ => {}
        }
    }
    if let Some(pattern) = &check.pattern
        && compile(pattern).is_none()
    {
        problems.push(CheckProblem::BadPattern {
            pattern: pattern.clone(),
        });
    }
    if check
        .timeout_seconds
        .is_some_and(|t| !(1..=MAX_TIMEOUT_SECONDS).contains(&t))
    {
        problems.push(CheckProblem::BadTimeout {
            max: MAX_TIMEOUT_SECONDS,
        });
    }
    problems
}

/// A check's pattern, compiled with a size limit.
pub fn compile(pattern: &str) -> Option<regex::Regex> {
    regex::RegexBuilder::new(pattern)
        .size_limit(MAX_PATTERN_BYTES)
        .build()
        .ok()
}

/// The kind-specific fields, and whether the check sets each.
fn fields_present(check: &Check) -> [(&'static str, bool); 15] {
    [
        ("program", check.program.is_some()),
        ("args", !check.args.is_empty()),
        ("exit_code", check.exit_code.is_some()),
        ("pattern", check.pattern.is_some()),
        ("min_commits", check.min_commits.is_some()),
        ("remote", check.remote),
        ("readme_sections", !check.readme_sections.is_empty()),
        ("no_secrets", check.no_secrets),
        ("ci_workflow", check.ci_workflow),
        ("host", check.host.is_some()),
        ("port", check.port.is_some()),
        ("path", check.path.is_some()),
        ("status", check.status.is_some()),
        ("json", check.json),
        ("min_applications", check.min_applications.is_some()),
    ]
}

/// Whether `kind` takes the kind-specific `field`.
fn takes(kind: CheckKind, field: &str) -> bool {
    let fields: &[&str] = match kind {
        CheckKind::Command => &["program", "args", "exit_code", "pattern"],
        CheckKind::Tests => &["program", "args"],
        CheckKind::Git => &[
            "min_commits",
            "remote",
            "readme_sections",
            "no_secrets",
            "ci_workflow",
        ],
        CheckKind::Http => &["host", "port", "path", "status", "json"],
        CheckKind::File => &["path", "pattern"],
        CheckKind::Applications => &["min_applications"],
    };
    fields.contains(&field)
}

fn is_http_path(path: &str) -> bool {
    path.starts_with('/') && !path.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A relative path that stays inside the project folder.
pub fn is_inside_project(path: &str) -> bool {
    let p = std::path::Path::new(path);
    !path.trim().is_empty()
        && !path.starts_with('/')
        && !path.starts_with('\\')
        && !path.contains(':')
        && p.components().all(|c| {
            matches!(
                c,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        })
}
