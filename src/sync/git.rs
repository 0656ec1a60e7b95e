//! Running the system `git`: always by argument list (never through a
//! shell), with hooks disabled, so that nothing a remote sends is executed.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::error::{Error, Result};

/// Settings for every git call. Hooks off: a repository's hooks are code,
/// and a fetched repository is not ours to trust. No signing prompts, no
/// line-ending rewrites of store files, no file-system monitor.
const SAFE_CONFIG: &[&str] = &[
    "core.hooksPath=/dev/null",
    "core.autocrlf=false",
    "core.fsmonitor=false",
    "commit.gpgSign=false",
    "merge.autoStash=false",
    "rebase.autoStash=false",
    "pull.rebase=false",
    "advice.detachedHead=false",
];

/// The branch sync keeps in every data directory and on the remote.
pub const BRANCH: &str = "main";
/// The remote-tracking ref of [`BRANCH`].
pub const REMOTE_REF: &str = "refs/remotes/origin/main";

/// The data directory as a git working tree.
#[derive(Debug, Clone)]
pub struct Git {
    dir: PathBuf,
}

/// What one git call gave back.
#[derive(Debug)]
pub struct Ran {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Git {
    pub fn new(dir: &Path) -> Git {
        Git {
            dir: dir.to_path_buf(),
        }
    }

    fn command<I, S>(&self, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut command = Command::new("git");
        command.arg("-C").arg(&self.dir);
        for setting in SAFE_CONFIG {
            command.args(["-c", setting]);
        }
        command
            .args(args)
            // A pager or an editor would wait for a person who is not there.
            .env("GIT_PAGER", "cat")
            .env("GIT_EDITOR", "true")
            .env("GIT_MERGE_AUTOEDIT", "no")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE")
            .stdin(Stdio::null());
        command
    }

    /// Runs git and returns what it said, failing only when git could not
    /// be started at all.
    pub fn try_run<I, S>(&self, args: I) -> Result<Ran>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let output: Output = self.command(args).output().map_err(Error::GitMissing)?;
        Ok(Ran {
            success: output.status.success(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        })
    }

    /// Runs git, turning a failure into an error that passes on git's own
    /// words (`what` says what roadmap was doing).
    pub fn run<I, S>(&self, what: &str, args: I) -> Result<String>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let ran = self.try_run(args)?;
        if ran.success {
            Ok(ran.stdout)
        } else {
            Err(Error::GitFailed {
                what: what.to_string(),
                stderr: ran.stderr,
            }
            .into())
        }
    }

    /// Runs git for its exit status alone (`git diff --quiet`, `rev-parse
    /// --verify`).
    pub fn check<I, S>(&self, args: I) -> Result<bool>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        Ok(self.try_run(args)?.success)
    }

    /// The size in bytes of `path` in commit `rev`, read without the blob.
    pub fn blob_size(&self, rev: &str, path: &str) -> Result<u64> {
        let out = self.run("git cat-file", ["cat-file", "-s", &format!("{rev}:{path}")])?;
        Ok(out.trim().parse().unwrap_or(u64::MAX))
    }

    /// The raw bytes of `path` in commit `rev`.
    pub fn blob(&self, rev: &str, path: &str) -> Result<Vec<u8>> {
        let output = self
            .command(["cat-file", "blob", &format!("{rev}:{path}")])
            .output()
            .map_err(Error::GitMissing)?;
        if output.status.success() {
            Ok(output.stdout)
        } else {
            let stderr = String::from_utf8_lossy(&output.stderr);
            Err(Error::GitFailed {
                what: "git cat-file".to_string(),
                stderr: stderr.into_owned(),
            }
            .into())
        }
    }

    /// Runs git with `input` on its standard input (written meanwhile, so
    /// that a large output never blocks it); its standard output.
    pub fn run_with_input<I, S>(&self, what: &str, args: I, input: Vec<u8>) -> Result<Vec<u8>>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut command = self.command(args);
        command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().map_err(Error::GitMissing)?;
        let writer = child.stdin.take().map(|mut stdin| {
            std::thread::spawn(move || std::io::Write::write_all(&mut stdin, &input))
        });
        let output = child.wait_with_output().map_err(Error::GitMissing)?;
        if let Some(writer) = writer {
            let _ = writer.join();
        }
        if output.status.success() {
            Ok(output.stdout)
        } else {
            Err(Error::GitFailed {
                what: what.to_string(),
                stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            }
            .into())
        }
    }

    /// The value of a setting in this repository's own config.
    pub fn config_get(&self, key: &str) -> Result<Option<String>> {
        let ran = self.try_run(["config", "--local", "--get", key])?;
        let value = ran.stdout.trim().to_string();
        Ok((ran.success && !value.is_empty()).then_some(value))
    }

    pub fn config_set(&self, key: &str, value: &str) -> Result<()> {
        self.run("git config", ["config", "--local", key, value])
            .map(drop)
    }

    /// The commit `rev` names, if it exists.
    pub fn resolve(&self, rev: &str) -> Result<Option<String>> {
        let ran = self.try_run(["rev-parse", "-q", "--verify", &format!("{rev}^{{commit}}")])?;
        Ok(ran.success.then(|| ran.stdout.trim().to_string()))
    }
}
