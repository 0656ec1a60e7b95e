//! `roadmap check` and `roadmap trust` as text, and their `--json` shapes.
//! Results print one by one as the checks finish; everything from the
//! project (program output, paths, names from the roadmap) is untrusted.

use serde::Serialize;

use super::{Line, Printer, Role};
use crate::error::Result;
use crate::i18n::check_words::CheckMsg;
use crate::i18n::trust_words::TrustMsg;

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
    /// Whether `--done` marked the step done by this run.
    pub marked_done: bool,
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
            // A program line reads like a command typed; a GET does not.
            let prompt = if ran.starts_with("GET ") {
                "    "
            } else {
                "    $ "
            };
            p.line(
                Line::new()
                    .ours(prompt)
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

/// What `roadmap trust` trusts: each check of the file (step, then what
/// it runs, as an untrusted file's preview shows it), and the SHA-256 of
/// the bytes those lines were read from.
pub fn trusting(p: &mut Printer<'_>, checks: &[(String, String)], sha256: &str) -> Result<()> {
    let lang = p.lang();
    if checks.is_empty() {
        p.line(Line::new().ours(TrustMsg::NoChecks.text(lang)))?;
    } else {
        p.line(Line::new().ours(TrustMsg::WillRun.text(lang)))?;
    }
    for (step, what) in checks {
        let line = Line::new()
            .ours("  ")
            .hang_here()
            .theirs(format!("{step}: {what}"));
        p.line(line)?;
    }
    let sha = TrustMsg::Fingerprint(sha256.to_string()).text(lang);
    p.line(Line::new().role(Role::Faint, sha))
}

pub fn line(p: &mut Printer<'_>, msg: CheckMsg, role: Role) -> Result<()> {
    let text = t(p, msg);
    p.line(Line::new().role(role, text))
}

/// A check as `show` lists it (`show --json` `checks`).
#[derive(Debug, Clone, Serialize)]
pub struct ShowCheck {
    pub kind: &'static str,
    pub proves: String,
    pub stack: Vec<String>,
}

/// The latest verification of a step, as `show`, `list`, the today view
/// and the exports give it (docs/json.md).
#[derive(Debug, Clone, Serialize)]
pub struct Verified {
    pub at: chrono::DateTime<chrono::Utc>,
    pub commit: Option<String>,
    pub remote: Option<String>,
    /// The commit's web page, when the remote is on GitHub, GitLab or Bitbucket.
    pub commit_url: Option<String>,
    /// How many checks passed.
    pub checks: usize,
}

impl From<&crate::progress::Verification> for Verified {
    fn from(v: &crate::progress::Verification) -> Verified {
        let commit_url = match (&v.remote, &v.commit) {
            (Some(remote), Some(commit)) => crate::check::commit_url(remote, commit),
            _ => None,
        };
        Verified {
            at: v.at,
            commit: v.commit.clone(),
            remote: v.remote.clone(),
            commit_url,
            checks: v.checks.iter().filter(|c| c.passed).count(),
        }
    }
}

/// `show`'s section on checks: what they prove, and the verification.
pub fn show_checks(
    p: &mut Printer<'_>,
    number: &str,
    checks: &[ShowCheck],
    verified: Option<&Verified>,
) -> Result<()> {
    if checks.is_empty() && verified.is_none() {
        return Ok(());
    }
    p.blank()?;
    let heading = t(p, CheckMsg::ChecksHeading);
    p.line(Line::new().role(Role::Strong, heading))?;
    for check in checks {
        p.line(
            Line::new()
                .ours("  ")
                .hang_here()
                .role(Role::Faint, format!("{}: ", check.kind))
                .theirs(&check.proves),
        )?;
    }
    match verified {
        Some(v) => {
            let date = super::local_date(v.at);
            let commit = v.commit.as_deref().map(|c| c.chars().take(7).collect());
            let text = t(p, CheckMsg::VerifiedOn { date, commit });
            p.line(Line::new().ours("  ").hang_here().role(Role::Good, text))?;
            if let Some(url) = &v.commit_url {
                p.line(Line::new().ours("  ").link(url))?;
            }
        }
        None => {
            let text = t(
                p,
                CheckMsg::NotVerifiedRun(format!("roadmap check {number}")),
            );
            p.line(Line::new().ours("  ").hang_here().role(Role::Faint, text))?;
        }
    }
    Ok(())
}

/// How much of the progress is proven (`status --json` `verification`).
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct VerifiedCounts {
    /// Steps the roadmap has checks for.
    pub with_checks: usize,
    /// Steps `roadmap check` verified.
    pub verified: usize,
    /// Steps marked done without a verification.
    pub self_reported: usize,
}

impl VerifiedCounts {
    pub fn of(
        roadmap: &crate::roadmap::Roadmap,
        statuses: &[crate::progress::Status],
        verified: &[bool],
    ) -> VerifiedCounts {
        let done = |i: usize| statuses[i] == crate::progress::Status::Done;
        VerifiedCounts {
            with_checks: roadmap
                .steps
                .iter()
                .filter(|s| !s.checks.is_empty())
                .count(),
            verified: verified.iter().filter(|&&v| v).count(),
            self_reported: (0..statuses.len())
                .filter(|&i| done(i) && !verified[i])
                .count(),
        }
    }
}

/// `Verified: 2 steps by checks · 5 done self-reported`, when the roadmap
/// has checks.
pub fn counts_line(p: &mut Printer<'_>, counts: &VerifiedCounts) -> Result<()> {
    if counts.with_checks == 0 {
        return Ok(());
    }
    let text = t(
        p,
        CheckMsg::Counts {
            verified: counts.verified,
            self_reported: counts.self_reported,
        },
    );
    p.line(Line::new().hang(2).ours(text))
}

/// The mark after a verified step in the lists.
pub fn verified_mark<'a>(p: &Printer<'_>, line: Line<'a>) -> Line<'a> {
    line.role(Role::Good, t(p, CheckMsg::VerifiedMark))
}

/// `Prove it: roadmap check 1.6`, under a step with checks not verified yet.
pub fn prove_it(p: &mut Printer<'_>, number: &str) -> Result<()> {
    let text = t(p, CheckMsg::ProveIt(format!("roadmap check {number}")));
    p.line(
        Line::new()
            .ours("         ")
            .hang_here()
            .role(Role::Faint, text),
    )
}

/// The record's line on proof: `Verified on 2026-12-07 at commit abc1234`
/// for a verified step, `Self-reported` for one with checks done without
/// them passing, nothing otherwise.
pub fn verified_text(
    verified: Option<&Verified>,
    step: &crate::roadmap::Step,
    status: crate::progress::Status,
    lang: crate::lang::Lang,
) -> Option<String> {
    match verified {
        Some(v) => Some(
            CheckMsg::VerifiedOn {
                date: super::local_date(v.at),
                commit: v.commit.as_deref().map(|c| c.chars().take(7).collect()),
            }
            .text(lang),
        ),
        None if status == crate::progress::Status::Done && !step.checks.is_empty() => {
            Some(CheckMsg::SelfReported.text(lang))
        }
        None => None,
    }
}
