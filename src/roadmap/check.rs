//! A step's checks as the roadmap file declares them (format 2): what
//! `roadmap check` runs in the learner's project to prove part of the
//! step's `done_when`. One flat shape for every kind, so a typo is an
//! unknown field and adding a kind is one more [`CheckKind`] and its
//! fields; `validate/checks.rs` says which fields each kind takes.

use std::collections::BTreeMap;

#[cfg(feature = "testing")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// The newest roadmap format this build knows. Format 2 adds `checks`
/// to steps; a file may still leave `format` out (it then reads as 1).
pub const KNOWN_FORMAT: u32 = 2;

/// The default and the largest time limit of one check, in seconds.
pub const DEFAULT_TIMEOUT_SECONDS: u64 = 60;
pub const MAX_TIMEOUT_SECONDS: u64 = 600;

/// One declarative check of a step. Which fields apply depends on `kind`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[cfg_attr(feature = "testing", schemars(deny_unknown_fields))]
pub struct Check {
    /// What the check looks at.
    pub kind: CheckKind,
    /// What passing proves, in English, one sentence; say honestly what it
    /// does not prove too.
    #[cfg_attr(feature = "testing", schemars(regex(pattern = r"\S")))]
    pub proves: String,
    /// For these stacks only (as `roadmap stack` names them, e.g.
    /// ["python"]). Checks with a stack are alternatives: the learner's
    /// stack picks one; with no stack chosen, any one of them passing is
    /// enough.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stack: Vec<String>,
    /// Time limit in seconds (default 60, at most 600).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "testing", schemars(range(min = 1, max = 600)))]
    pub timeout_seconds: Option<u64>,
    /// `command` and `tests`: the program to run, found on PATH; never a
    /// shell. A `tests` check without it picks the project's test command.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<String>,
    /// `command` and `tests`: the program's arguments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<String>,
    /// `command`: the exit code that passes (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    /// `command`: a regular expression the output must match; `file`: one
    /// the file must contain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// `git`: at least this many commits by the learner (the repository's
    /// `user.email`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_commits: Option<u32>,
    /// `git`: a remote is configured.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub remote: bool,
    /// `git`: the README has a heading for each of these; "Setup|セットアップ"
    /// accepts either.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub readme_sections: Vec<String>,
    /// `git`: no tracked file looks like a secret (`.env`, private keys,
    /// cloud access keys).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_secrets: bool,
    /// `git`: a CI workflow file is tracked (GitHub Actions, GitLab CI, …).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ci_workflow: bool,
    /// `http`: 127.0.0.1 (default), localhost or ::1; no other host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// `http`: the port the learner's server listens on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// `http`: the path to GET (default "/"); `file`: the file, relative to
    /// the project folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// `http`: the status that passes (default 200). Redirects are not followed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// `http`: the body must be JSON.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub json: bool,
    /// `applications`: at least this many applications in the learner's
    /// application log (`roadmap apply`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "testing", schemars(range(min = 1)))]
    pub min_applications: Option<u32>,
    /// Translations by language code ("ja") of `proves`.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_keys::map"
    )]
    pub i18n: BTreeMap<String, CheckTranslation>,
}

/// The kinds of check. A new kind is a variant here, its fields above, its
/// rules in `validate/checks.rs` and its run in `check/run.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum CheckKind {
    /// Run a program; expect an exit code and optionally a pattern.
    Command,
    /// The project's Git repository: commits, remote, README, secrets, CI.
    Git,
    /// The project's own tests pass.
    Tests,
    /// A GET on this machine (loopback only) answers as expected.
    Http,
    /// A file exists in the project, optionally containing a pattern.
    File,
    /// The learner's application log holds at least so many applications.
    Applications,
}

impl CheckKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckKind::Command => "command",
            CheckKind::Git => "git",
            CheckKind::Tests => "tests",
            CheckKind::Http => "http",
            CheckKind::File => "file",
            CheckKind::Applications => "applications",
        }
    }

    /// Whether this kind runs a program the roadmap file names, which only
    /// a trusted file may do.
    pub fn runs_a_named_program(self, check: &Check) -> bool {
        match self {
            CheckKind::Command => true,
            CheckKind::Tests => check.program.is_some(),
            CheckKind::Git | CheckKind::Http | CheckKind::File | CheckKind::Applications => false,
        }
    }
}

/// Translated text of a check.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "testing", derive(JsonSchema))]
#[cfg_attr(feature = "testing", schemars(deny_unknown_fields))]
pub struct CheckTranslation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proves: Option<String>,
}

impl Check {
    /// What the check proves, in `lang` (English when not translated).
    pub fn proves(&self, lang: Lang) -> &str {
        if lang == Lang::En {
            return &self.proves;
        }
        self.i18n
            .get(lang.code())
            .and_then(|t| t.proves.as_deref())
            .filter(|text| !text.trim().is_empty())
            .unwrap_or(&self.proves)
    }

    /// The time limit in seconds.
    pub fn timeout_seconds(&self) -> u64 {
        self.timeout_seconds
            .unwrap_or(DEFAULT_TIMEOUT_SECONDS)
            .clamp(1, MAX_TIMEOUT_SECONDS)
    }

    /// Whether a learner on `stack` (none chosen: every check) runs it.
    pub fn is_for(&self, stack: Option<&str>) -> bool {
        match stack {
            None => true,
            Some(stack) => {
                self.stack.is_empty() || self.stack.iter().any(|s| s.eq_ignore_ascii_case(stack))
            }
        }
    }
}

/// Whether `host` is this machine: the only place a check may connect to.
pub fn is_loopback_host(host: &str) -> bool {
    matches!(host, "127.0.0.1" | "localhost" | "::1" | "[::1]")
}
