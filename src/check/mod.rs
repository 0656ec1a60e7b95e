//! `roadmap check`: the pure half. Which checks a learner runs, whether a
//! step passes, and the small judgements the runner needs (what looks like
//! a secret, a README's sections, a CI file, a test command, a remote
//! without credentials). Running things is in [`run`], [`process`] and
//! [`http`]; nothing here touches the disk or the network.

pub mod http;
pub mod process;
pub mod run;

use crate::roadmap::Check;

/// Why `roadmap check` stopped short of a verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The step has no checks (bad input).
    NoChecks { step: String },
    /// The roadmap file is not trusted: nothing ran (bad input).
    Untrusted { file: String },
    /// `--in` (or the remembered folder) is not a folder (bad input).
    NotAFolder { folder: String },
    /// Checks ran and not all passed.
    Failed {
        passed: usize,
        ran: usize,
        /// The step's number (1.9), as the learner types it.
        step: String,
    },
}

impl Refusal {
    /// 1 when checks ran and failed, 2 for bad input.
    pub fn code(&self) -> u8 {
        match self {
            Refusal::Failed { .. } => 1,
            _ => 2,
        }
    }
}

/// Why one check did not pass (or what it could not do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    ProgramMissing { program: String },
    ExitCode { expected: i32, got: Option<i32> },
    PatternMissing { pattern: String },
    TimedOut { seconds: u64 },
    Interrupted,
    CouldNotRun { why: String },
    NotARepository,
    TooFewCommits { found: u32, needed: u32 },
    NoRemote,
    NoReadme,
    MissingSections(Vec<String>),
    Secrets(Vec<String>),
    NoWorkflow,
    NoTestCommand,
    Refused { host: String },
    NoAnswer { port: u16, why: String },
    WrongStatus { expected: u16, got: u16 },
    NotJson,
    NoFile { path: String },
    NotInFile { path: String, pattern: String },
    TooFewApplications { found: usize, needed: u32 },
}

/// One check's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Index of the check in the step's `checks`.
    pub check: usize,
    /// What did not pass; empty when it passed.
    pub findings: Vec<Finding>,
    /// The program it ran, as a line to show (`pytest -q`).
    pub ran: Option<String>,
    /// The end of the program's output, when it failed.
    pub output: Option<String>,
}

impl Outcome {
    pub fn passed(&self) -> bool {
        self.findings.is_empty()
    }
}

/// The indices of the checks a learner on `stack` runs: every check
/// without a stack, and those for the learner's stack (all of them when no
/// stack is chosen).
pub fn plan(checks: &[Check], stack: Option<&str>) -> Vec<usize> {
    (0..checks.len())
        .filter(|&i| checks[i].is_for(stack))
        .collect()
}

/// Whether the step passes: every check without a stack passed, and when
/// checks for a stack ran, at least one of them passed (they are
/// alternatives: one runtime is enough).
pub fn all_pass(checks: &[Check], outcomes: &[Outcome]) -> bool {
    if outcomes.is_empty() {
        return false;
    }
    let general = outcomes
        .iter()
        .filter(|o| checks[o.check].stack.is_empty())
        .all(Outcome::passed);
    let mut alternatives = outcomes
        .iter()
        .filter(|o| !checks[o.check].stack.is_empty())
        .peekable();
    let alternative = alternatives.peek().is_none() || alternatives.any(Outcome::passed);
    general && alternative
}

/// Whether a tracked file's path looks like a secret: environment files
/// (not their examples), private keys, key stores, cloud credentials.
pub fn looks_secret(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    let example = ["example", "sample", "template", "dist"]
        .iter()
        .any(|word| name.ends_with(word));
    let env = name == ".env" || (name.starts_with(".env.") && !example);
    let key = matches!(
        name.as_str(),
        "id_rsa" | "id_dsa" | "id_ecdsa" | "id_ed25519" | ".npmrc" | ".pypirc" | ".netrc"
    ) || [".pem", ".key", ".p12", ".pfx", ".keystore", ".jks"]
        .iter()
        .any(|ext| name.ends_with(ext));
    let cloud = path.ends_with(".aws/credentials")
        || name == "credentials.json"
        || name == "service-account.json"
        || name.ends_with(".tfstate");
    env || key || cloud
}

/// What `git grep` looks for inside tracked files: private key blocks and
/// AWS access key ids.
pub const SECRET_CONTENT: [&str; 2] = [
    "-----BEGIN [A-Z ]*PRIVATE KEY-----",
    "(AKIA|ASIA)[0-9A-Z]{16}",
];

/// Whether a tracked file is a CI workflow.
pub fn is_ci_workflow(path: &str) -> bool {
    let workflow = path.starts_with(".github/workflows/")
        && (path.ends_with(".yml") || path.ends_with(".yaml"));
    workflow
        || matches!(
            path,
            ".gitlab-ci.yml"
                | ".circleci/config.yml"
                | "bitbucket-pipelines.yml"
                | "azure-pipelines.yml"
        )
}

/// The README among a folder's file names: `README.md` first, then any
/// `README*`, case aside.
pub fn pick_readme(names: &[String]) -> Option<&str> {
    let upper = |n: &&String| n.to_ascii_uppercase();
    names
        .iter()
        .find(|n| upper(n) == "README.MD")
        .or_else(|| names.iter().find(|n| upper(n).starts_with("README")))
        .map(String::as_str)
}

/// The wanted sections with no heading in `readme`. A wanted section
/// "Setup|セットアップ" is found by either name; a heading matches when it
/// contains the name, case aside. Markdown (`#`) and setext headings count.
pub fn missing_sections(readme: &str, wanted: &[String]) -> Vec<String> {
    let lines: Vec<&str> = readme.lines().collect();
    let mut headings: Vec<String> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with('#') {
            headings.push(trimmed.trim_start_matches('#').trim().to_lowercase());
        } else if let Some(next) = lines.get(i + 1) {
            let next = next.trim();
            let underline = !next.is_empty()
                && (next.chars().all(|c| c == '=') || next.chars().all(|c| c == '-'));
            if underline && !trimmed.is_empty() {
                headings.push(trimmed.to_lowercase());
            }
        }
    }
    wanted
        .iter()
        .filter(|section| {
            !section.split('|').any(|name| {
                let name = name.trim().to_lowercase();
                !name.is_empty() && headings.iter().any(|h| h.contains(&name))
            })
        })
        .cloned()
        .collect()
}

/// The project's test command when the check names none: from the
/// learner's stack, else from the files the project has.
pub fn test_command(stack: Option<&str>, has: &dyn Fn(&str) -> bool) -> Option<Vec<String>> {
    let words = |w: &[&str]| Some(w.iter().map(|s| s.to_string()).collect());
    let python = || words(&["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"]);
    let php = || {
        if has("artisan") {
            words(&["php", "artisan", "test"])
        } else {
            words(&["php", "vendor/bin/phpunit"])
        }
    };
    match stack.map(str::to_ascii_lowercase).as_deref() {
        Some("python") => return python(),
        Some("javascript" | "typescript" | "node") => return words(&["npm", "test"]),
        Some("ruby") => return words(&["bundle", "exec", "rspec"]),
        Some("php") => return php(),
        Some("go") => return words(&["go", "test", "./..."]),
        _ => {}
    }
    if has("package.json") {
        words(&["npm", "test"])
    } else if has("pyproject.toml")
        || has("pytest.ini")
        || has("requirements.txt")
        || has("setup.py")
    {
        python()
    } else if has("Gemfile") {
        words(&["bundle", "exec", "rspec"])
    } else if has("composer.json") {
        php()
    } else if has("go.mod") {
        words(&["go", "test", "./..."])
    } else if has("Cargo.toml") {
        words(&["cargo", "test"])
    } else {
        None
    }
}

/// A remote URL without the user name and password or token it may carry
/// (`https://me:token@host/x` → `https://host/x`), nor its query or
/// fragment, where tokens travel too (`…/x.git?token=…`).
pub fn strip_credentials(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let rest = &rest[..rest.find(['?', '#']).unwrap_or(rest.len())];
    let authority_end = rest.find('/').unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}://{}", &rest[at + 1..]),
        None => format!("{scheme}://{rest}"),
    }
}

/// The web page of `commit` when the remote is on GitHub, GitLab or
/// Bitbucket; none for any other host.
pub fn commit_url(remote: &str, commit: &str) -> Option<String> {
    if !commit.chars().all(|c| c.is_ascii_hexdigit()) || commit.is_empty() {
        return None;
    }
    let remote = strip_credentials(remote);
    let (host, path) = if let Some(rest) = remote
        .strip_prefix("https://")
        .or_else(|| remote.strip_prefix("http://"))
        .or_else(|| remote.strip_prefix("ssh://"))
    {
        let rest = rest.trim_start_matches("git@");
        rest.split_once('/')?
    } else {
        remote.strip_prefix("git@")?.split_once(':')?
    };
    let host = host.split(':').next()?.to_ascii_lowercase();
    let path = path.trim_end_matches('/').trim_end_matches(".git");
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_./".contains(c);
    if path.is_empty() || !path.chars().all(safe) || path.contains("..") {
        return None;
    }
    let tail = match host.as_str() {
        "github.com" => "commit",
        "gitlab.com" => "-/commit",
        "bitbucket.org" => "commits",
        _ => return None,
    };
    Some(format!("https://{host}/{path}/{tail}/{commit}"))
}

/// The SHA-256 of a roadmap file, in hex: what `roadmap trust` records.
pub fn fingerprint(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests;
