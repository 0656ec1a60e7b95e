//! `roadmap check` and `roadmap trust` as text, and their `--json` shapes.
//! Results print one by one as the checks finish; everything from the
//! project (program output, paths, names from the roadmap) is untrusted.

use serde::Serialize;

use super::{Line, Printer, Role};
use crate::error::Result;
use crate::i18n::check_words::CheckMsg;

/// The `--json` shape of `roadmap check` (docs/json.md).
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    pub number: String,
    pub id: String,
    pub title: String,
    /// The project folder the checks ran in.
    pub folder: String,
    pub checks: Vec<CheckResult>,
    /// Checks for other stacks than the learner's, not run.
    pub not_for_stack: usize,
    /// Whether the step passed (every check, or one per stack group).
    pub passed: bool,
    /// Whether a verification was recorded by this run.
    pub verified: bool,
    /// The project's commit and remote (credentials stripped) then.
    pub commit: Option<String>,
    pub remote: Option<String>,
}

/// One check's result.
#[derive(Debug, Clone, Serialize)]
pub struct CheckResult {
    pub kind: &'static str,
    /// What passing proves, in the output language.
    pub proves: String,
    /// The stacks the check is for (empty: everyone).
    pub stack: Vec<String>,
    pub passed: bool,
    /// What it ran or asked, when it ran a program or a GET.
    pub ran: Option<String>,
    /// What did not pass, and what to do about each.
    pub problems: Vec<ProblemText>,
    /// The end of the program's output, when it failed.
    pub output: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProblemText {
    pub what: String,
    pub todo: String,
}

fn t(p: &Printer<'_>, msg: CheckMsg) -> String {
    msg.text(p.lang())
}

pub fn header(p: &mut Printer<'_>, number: &str, title: &str, folder: &str) -> Result<()> {
    let checking = t(p, CheckMsg::Checking);
    p.line(
        Line::new()
            .ours(format!("{checking} "))
            .theirs_as(Role::Number, number)
            .ours("  ")
            .hang_here()
            .theirs_as(Role::Strong, title),
    )?;
    let folder = t(p, CheckMsg::In(folder.to_string()));
    p.line(Line::new().hang(2).theirs_as(Role::Faint, folder))?;
    p.blank()?;
    p.flush()?;
    Ok(())
}

pub fn result(p: &mut Printer<'_>, result: &CheckResult) -> Result<()> {
    let (role, mark) = if result.passed {
        (Role::Good, "[x] ")
    } else {
        (Role::Bad, "[ ] ")
    };
    p.line(
        Line::new()
            .role(role, mark)
            .hang_here()
            .role(Role::Faint, format!("{}: ", result.kind))
            .theirs(&result.proves),
    )?;
    if !result.passed {
        if let Some(ran) = &result.ran {
            p.line(
                Line::new()
                    .ours("    $ ")
                    .hang_here()
                    .theirs_as(Role::Faint, ran),
            )?;
        }
        for problem in &result.problems {
            p.line(
                Line::new()
                    .ours("    ")
                    .hang_here()
                    .theirs_as(Role::Bad, &problem.what),
            )?;
            p.line(Line::new().ours("    → ").hang_here().theirs(&problem.todo))?;
        }
        if let Some(output) = &result.output {
            let label = t(p, CheckMsg::Output);
            p.line(Line::new().ours("    ").role(Role::Faint, label))?;
            for line in output.lines() {
                p.line(
                    Line::new()
                        .ours("      ")
                        .hang_here()
                        .theirs_as(Role::Faint, line),
                )?;
            }
        }
    }
    p.flush()?;
    Ok(())
}

pub fn footer(p: &mut Printer<'_>, report: &CheckReport, done_hint: Option<String>) -> Result<()> {
    p.blank()?;
    let ran = report.checks.len();
    let passed = report.checks.iter().filter(|c| c.passed).count();
    let alternatives = report
        .checks
        .iter()
        .any(|c| !c.stack.is_empty() && !c.passed);
    let mut summary = t(p, CheckMsg::Summary { passed, ran });
    if report.passed && alternatives {
        summary = format!("{summary} {}", t(p, CheckMsg::OneIsEnough));
    }
    p.line(Line::new().ours(summary))?;
    if report.not_for_stack > 0 {
        let skipped = t(p, CheckMsg::NotForYourStack(report.not_for_stack));
        p.line(Line::new().role(Role::Faint, skipped))?;
    }
    if report.verified {
        let verified = match &report.commit {
            Some(commit) => CheckMsg::VerifiedAt(commit.chars().take(7).collect()),
            None => CheckMsg::Verified,
        };
        let verified = t(p, verified);
        p.line(Line::new().role(Role::Good, verified))?;
        if let Some(command) = done_hint {
            let hint = t(p, CheckMsg::MarkDone(command));
            p.line(Line::new().role(Role::Faint, hint))?;
        }
    } else {
        let not = t(p, CheckMsg::NotVerified);
        p.line(Line::new().role(Role::Warn, not))?;
    }
    p.flush()?;
    Ok(())
}

/// What an untrusted roadmap file's checks would do, each on its line.
pub fn would_run(p: &mut Printer<'_>, file: &str, lines: &[String]) -> Result<()> {
    let untrusted = t(p, CheckMsg::Untrusted(file.to_string()));
    p.line(Line::new().role(Role::Warn, untrusted))?;
    let would = t(p, CheckMsg::WouldRun);
    p.line(Line::new().ours(would))?;
    for line in lines {
        p.line(Line::new().ours("  ").hang_here().theirs(line))?;
    }
    Ok(())
}

pub fn line(p: &mut Printer<'_>, msg: CheckMsg, role: Role) -> Result<()> {
    let text = t(p, msg);
    p.line(Line::new().role(role, text))
}
