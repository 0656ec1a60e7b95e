//! Running the real `roadmap` binary in a sandbox: a temporary data dir, a
//! fixed user, and none of the caller's `ROADMAP_*` or locale settings.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

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
            .env("HOME", self.dir.path().join("home"));
        if let Some(roadmap) = &self.roadmap {
            cmd.env("ROADMAP_FILE", roadmap);
        }
        if let Some(now) = &self.now {
            cmd.env("ROADMAP_NOW", now);
        }
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
