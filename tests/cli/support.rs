//! Running the real `roadmap` binary in a sandbox: a temporary data dir, a
//! fixed user, and none of the caller's `ROADMAP_*` or locale settings.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

mod diff;
mod expect;

pub use diff::diff;
use expect::{Expect, check, contains};

/// The `roadmap` binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_roadmap");

pub struct Sandbox {
    dir: TempDir,
    /// A roadmap file every command follows (`ROADMAP_FILE`), if set.
    roadmap: Option<PathBuf>,
    /// A fixed "now" for every command (`ROADMAP_NOW`), if set.
    now: Option<String>,
}

#[allow(dead_code)]
impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().expect("a temporary directory"),
            roadmap: None,
            now: None,
        }
    }

    /// Every command of this sandbox runs with the clock at `now` (RFC 3339).
    pub fn at_time(mut self, now: &str) -> Sandbox {
        self.now = Some(now.to_string());
        self
    }

    /// A sandbox whose commands all follow the roadmap `contents`.
    pub fn with_roadmap(contents: &str) -> Sandbox {
        let mut sandbox = Sandbox::new();
        sandbox.roadmap = Some(sandbox.write("roadmap.json", contents));
        sandbox
    }

    /// The sandbox folder itself (the data dir is `data/` inside it).
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// `roadmap` with the data dir set by environment, user `learner`,
    /// English, no colour settings from the caller.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.process())
    }

    /// [`Sandbox::cmd`] as a plain `std::process::Command`, for tests that
    /// spawn processes and signal them.
    pub fn process(&self) -> std::process::Command {
        self.process_of(BIN)
    }

    /// Any program (a shell wrapping `roadmap`) with the sandbox's
    /// environment.
    pub fn process_of(&self, program: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
        let mut cmd = std::process::Command::new(program);
        for var in [
            "ROADMAP_USER",
            "ROADMAP_FILE",
            "ROADMAP_DATA_DIR",
            "ROADMAP_LANG",
            "LC_ALL",
            "LC_MESSAGES",
            "LANG",
            "NO_COLOR",
            "ROADMAP_NOW",
            "CLICOLOR_FORCE",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("ROADMAP_DATA_DIR", self.data_dir())
            .env("USER", "learner")
            // Local times in output are UTC unless a test says otherwise.
            .env("TZ", "UTC")
            // `roadmap open` must never start a real browser in a test: a
            // program that fails unless a test names its own.
            .env("ROADMAP_BROWSER", "false")
            .env("HOME", self.dir.path().join("home"));
        if let Some(roadmap) = &self.roadmap {
            cmd.env("ROADMAP_FILE", roadmap);
        }
        if let Some(now) = &self.now {
            cmd.env("ROADMAP_NOW", now);
        }
        cmd
    }

    /// `roadmap` with `args`, as a plain `std::process::Command`.
    pub fn cmd_std(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = self.process();
        cmd.args(args);
        cmd
    }

    /// `roadmap` with `args`.
    pub fn run(&self, args: &[&str]) -> Command {
        let mut cmd = self.cmd();
        cmd.args(args);
        cmd
    }

    pub fn user_file(&self, user: &str) -> PathBuf {
        self.data_dir().join("users").join(format!("{user}.json"))
    }

    /// The bytes of a user's store file (empty if it does not exist).
    pub fn user_bytes(&self, user: &str) -> Vec<u8> {
        fs::read(self.user_file(user)).unwrap_or_default()
    }

    pub fn user_json(&self, user: &str) -> serde_json::Value {
        serde_json::from_slice(&self.user_bytes(user)).expect("the store file is JSON")
    }

    /// Writes a file inside the sandbox and returns its path.
    pub fn write(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create parent folder");
        }
        fs::write(&path, contents).expect("write test file");
        path
    }

    /// Stdout of a successful run.
    pub fn stdout(&self, args: &[&str]) -> String {
        let output = self.run(args).output().expect("run roadmap");
        assert!(
            output.status.success(),
            "roadmap {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("stdout is UTF-8")
    }

    /// Parsed `--json` output of a successful run.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut args = args.to_vec();
        args.push("--json");
        serde_json::from_str(&self.stdout(&args)).expect("--json output parses")
    }
}

/// A small roadmap for tests: two stages, five steps.
/// s1: a, b (requires a); s2: c (requires b), d (requires a), e (requires c, d).
pub const SMALL_ROADMAP: &str = r#"{
  "id": "small",
  "title": "Small roadmap",
  "stages": [
    {"id": "s1", "title": "First"},
    {"id": "s2", "title": "Second"}
  ],
  "steps": [
    {"id": "alpha", "stage": "s1", "title": "Alpha", "estimate_hours": 1, "done_when": "Alpha works."},
    {"id": "beta", "stage": "s1", "title": "Beta", "requires": ["alpha"], "estimate_hours": 2},
    {"id": "gamma", "stage": "s2", "title": "Gamma", "requires": ["beta"], "estimate_hours": 3},
    {"id": "delta", "stage": "s2", "title": "Delta", "requires": ["alpha"], "estimate_hours": 4},
    {"id": "epsilon", "stage": "s2", "title": "Epsilon", "requires": ["gamma", "delta"], "estimate_hours": 5}
  ]
}
"#;

/// insta filters that replace the clock-dependent parts of output: RFC 3339
/// timestamps, local date-times and dates. Use them only where the output
/// holds times taken from the clock (`note`, `start` without `--at`,
/// estimated finish dates).
pub fn time_filters() -> Vec<(&'static str, &'static str)> {
    vec![
        (r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", "[timestamp]"),
        (r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", "[local time]"),
        (r"\d{4}-\d{2}-\d{2}", "[date]"),
    ]
}

/// Every file under `dir` with its bytes, sorted by path: compare two of
/// these to prove that a command changed nothing on disk.
pub fn files_under(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("folder entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push((path.clone(), fs::read(&path).unwrap_or_default()));
            }
        }
    }
    files.sort();
    files
}

/// One run of `roadmap` and what it must give, checked all at once by
/// [`Test::status`] or [`Test::success`] (in the style of just's tests):
///
/// ```ignore
/// sandbox.test().args(["next"]).stdout("...").success();
/// ```
///
/// Stderr that is not set must be empty.
#[must_use]
pub struct Test<'s> {
    sandbox: &'s Sandbox,
    args: Vec<std::ffi::OsString>,
    env: Vec<(String, String)>,
    env_removed: Vec<String>,
    stdin: Option<Vec<u8>>,
    stdout: Option<Expect>,
    stderr: Option<Expect>,
    files: Vec<(PathBuf, String)>,
}

#[allow(dead_code)]
impl Sandbox {
    /// A [`Test`] run in this sandbox.
    pub fn test(&self) -> Test<'_> {
        Test {
            sandbox: self,
            args: Vec::new(),
            env: Vec::new(),
            env_removed: Vec::new(),
            stdin: None,
            stdout: None,
            stderr: None,
            files: Vec::new(),
        }
    }
}

#[allow(dead_code)]
impl<'s> Test<'s> {
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_os_string()));
        self
    }

    /// `--lang LANG` before the other arguments.
    pub fn lang(mut self, lang: &str) -> Self {
        self.args.splice(0..0, ["--lang".into(), lang.into()]);
        self
    }

    /// Follows the roadmap `contents`, written to a file of the sandbox.
    pub fn roadmap(mut self, contents: &str) -> Self {
        let path = self.sandbox.write("test-roadmap.json", contents);
        self.args.splice(0..0, ["--roadmap".into(), path.into()]);
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_string(), value.to_string()));
        self
    }

    /// Runs without the sandbox's (or the caller's) variable `key`.
    pub fn env_remove(mut self, key: &str) -> Self {
        self.env_removed.push(key.to_string());
        self
    }

    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(input.into());
        self
    }

    /// Stdout must be exactly `text`.
    pub fn stdout(mut self, text: impl Into<String>) -> Self {
        self.stdout = Some(Expect::Exactly(text.into()));
        self
    }

    /// Stdout must contain `text` (may be given more than once).
    pub fn stdout_has(mut self, text: impl Into<String>) -> Self {
        self.stdout = Some(contains(self.stdout.take(), text.into()));
        self
    }

    /// Stderr must be exactly `text`.
    pub fn stderr(mut self, text: impl Into<String>) -> Self {
        self.stderr = Some(Expect::Exactly(text.into()));
        self
    }

    /// Stderr must contain `text` (may be given more than once).
    pub fn stderr_has(mut self, text: impl Into<String>) -> Self {
        self.stderr = Some(contains(self.stderr.take(), text.into()));
        self
    }

    /// After the run, the sandbox file `name` must hold `contents`.
    pub fn file(mut self, name: &str, contents: impl Into<String>) -> Self {
        self.files
            .push((self.sandbox.path().join(name), contents.into()));
        self
    }

    /// Runs the command; checks the exit code, stdout, stderr and files
    /// together, and reports every mismatch with a diff.
    #[track_caller]
    pub fn status(self, code: i32) -> std::process::Output {
        use std::io::Write as _;
        let mut cmd = self.sandbox.process();
        cmd.args(&self.args);
        for key in &self.env_removed {
            cmd.env_remove(key);
        }
        for (key, value) in &self.env {
            cmd.env(key, value);
        }
        cmd.stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().expect("start roadmap");
        let input = self.stdin.clone().unwrap_or_default();
        let mut pipe = child.stdin.take().expect("stdin pipe");
        let writer = std::thread::spawn(move || {
            let _ = pipe.write_all(&input);
        });
        let output = child.wait_with_output().expect("run roadmap");
        let _ = writer.join();
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        let mut failures = Vec::new();
        if output.status.code() != Some(code) {
            failures.push(format!(
                "exit code: expected {code}, got {:?}",
                output.status.code()
            ));
        }
        check("stdout", self.stdout.as_ref(), &stdout, &mut failures);
        let empty = Expect::Exactly(String::new());
        check(
            "stderr",
            Some(self.stderr.as_ref().unwrap_or(&empty)),
            &stderr,
            &mut failures,
        );
        for (path, expected) in &self.files {
            let actual = fs::read_to_string(path).unwrap_or_default();
            if &actual != expected {
                failures.push(format!("{}:\n{}", path.display(), diff(expected, &actual)));
            }
        }
        if !failures.is_empty() {
            panic!(
                "roadmap {:?}\n{}\n--- stdout ---\n{stdout}--- stderr ---\n{stderr}",
                self.args,
                failures.join("\n")
            );
        }
        output
    }

    /// [`Test::status`] with exit code 0.
    #[track_caller]
    pub fn success(self) -> std::process::Output {
        self.status(0)
    }
}
