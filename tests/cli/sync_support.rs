//! What the sync tests share: local bare repositories (no network) and
//! devices whose HOME has no Git config, so nothing global helps.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;
use tempfile::TempDir;

use crate::support::{SMALL_ROADMAP, Sandbox};

/// A bare repository in a temporary folder.
pub struct Remote {
    dir: TempDir,
}

impl Remote {
    pub fn new() -> Remote {
        let remote = Remote {
            dir: tempfile::tempdir().expect("a temporary directory"),
        };
        let bare = remote.url();
        let out = git(remote.dir.path(), &["init", "-q", "--bare", &bare]);
        assert!(out.status.success(), "git init --bare");
        // Plain clones check out the branch sync pushes.
        git(&remote.path(), &["symbolic-ref", "HEAD", "refs/heads/main"]);
        remote
    }

    pub fn url(&self) -> String {
        self.dir.path().join("remote.git").display().to_string()
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("remote.git")
    }

    /// The commit the remote's `main` points at.
    pub fn head(&self) -> String {
        let out = git(&self.path(), &["rev-parse", "refs/heads/main"]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }
}

/// Plain `git` in `dir`, with no global or system config; commits the
/// tests make themselves (tampering as another clone) are by "x".
pub fn git(dir: &Path, args: &[&str]) -> Output {
    let home = dir.join(".no-home");
    let mut cmd = std::process::Command::new("git");
    cmd.current_dir(dir)
        .args(["-c", "user.name=x", "-c", "user.email=x@x"])
        .args(args);
    isolate(&mut cmd, &home);
    cmd.output().expect("git runs")
}

pub fn isolate(cmd: &mut std::process::Command, home: &Path) {
    fs::create_dir_all(home).expect("an empty home");
    cmd.env("HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE");
    for var in ["NAME", "EMAIL"] {
        cmd.env_remove(format!("GIT_AUTHOR_{var}"))
            .env_remove(format!("GIT_COMMITTER_{var}"));
    }
    cmd.env_remove("EMAIL");
}

/// One machine: its own data directory, following the small roadmap.
pub struct Device {
    pub sandbox: Sandbox,
    pub user: String,
}

impl Device {
    pub fn new(user: &str) -> Device {
        Device {
            sandbox: Sandbox::with_roadmap(SMALL_ROADMAP),
            user: user.to_string(),
        }
    }

    pub fn process(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = self.sandbox.process();
        isolate(&mut cmd, &self.sandbox.path().join("home"));
        cmd.args(["--user", &self.user]).args(args);
        cmd
    }

    pub fn output(&self, args: &[&str]) -> Output {
        self.process(args).output().expect("roadmap runs")
    }

    /// Runs a command that must succeed; its stdout.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.output(args);
        assert!(
            out.status.success(),
            "roadmap {args:?} failed ({:?}):\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Runs a command that must fail with `code`; its stderr.
    #[track_caller]
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let out = self.output(args);
        assert_eq!(
            out.status.code(),
            Some(code),
            "roadmap {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    }

    pub fn init(&self, remote: &Remote) -> String {
        self.ok(&["sync", "init", &remote.url()])
    }

    pub fn sync(&self) -> String {
        self.ok(&["sync"])
    }

    pub fn file(&self) -> Vec<u8> {
        self.sandbox.user_bytes(&self.user)
    }

    pub fn progress(&self) -> Value {
        self.sandbox.user_json(&self.user)["roadmaps"]["small"].clone()
    }

    pub fn statuses(&self) -> Vec<String> {
        let list = self.sandbox.json(&["--user", &self.user, "list"]);
        let mut statuses = Vec::new();
        for stage in list["stages"].as_array().into_iter().flatten() {
            for step in stage["steps"].as_array().into_iter().flatten() {
                statuses.push(format!("{}={}", step["id"], step["status"]));
            }
        }
        statuses
    }

    pub fn git(&self, args: &[&str]) -> Output {
        git(&self.sandbox.data_dir(), args)
    }
}

/// What must agree between two runs of a scenario, whatever the device
/// ids: statuses, and each event and note without its device and batch.
pub fn meaning(progress: &Value) -> (Value, Vec<String>, Vec<String>) {
    let steps = progress["steps"]
        .as_object()
        .map(|steps| {
            steps
                .iter()
                .map(|(id, record)| (id.clone(), record["status"].clone()))
                .collect()
        })
        .unwrap_or_default();
    let mut events: Vec<String> = progress["history"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| format!("{} {} {}->{}", e["at"], e["step"], e["from"], e["to"]))
        .collect();
    events.sort();
    let mut notes: Vec<String> = progress["steps"]
        .as_object()
        .into_iter()
        .flatten()
        .flat_map(|(id, record)| {
            record["notes"]
                .as_array()
                .into_iter()
                .flatten()
                .map(move |n| format!("{id} {}", n["text"]))
        })
        .collect();
    notes.sort();
    (Value::Object(steps), events, notes)
}

pub fn remote_files(remote: &Remote) -> Vec<String> {
    let out = git(
        &remote.path(),
        &["ls-tree", "-r", "--name-only", "refs/heads/main"],
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// `roadmap` with `device`'s environment, as a shell command prefix.
#[cfg(unix)]
pub fn env_of(device: &Device) -> String {
    let cmd = device.process(&[]);
    let vars: Vec<String> = cmd
        .get_envs()
        .filter_map(|(k, v)| Some(format!("{}='{}'", k.to_str()?, v?.to_str()?)))
        .collect();
    format!("env {} '{}'", vars.join(" "), crate::support::BIN)
}

/// A folder with a `git` that runs `before_push` (a shell command) once,
/// just before the first push, then the real git. Put it first on PATH.
#[cfg(unix)]
pub fn git_wrapper(device: &Device, marker: &Path, before_push: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let real = std::process::Command::new("sh")
        .args(["-c", "command -v git"])
        .output()
        .unwrap()
        .stdout;
    let real = String::from_utf8(real).unwrap();
    let bin = device.sandbox.path().join("bin");
    fs::create_dir_all(&bin).unwrap();
    let script = format!(
        "#!/bin/sh\nfor arg; do\n  if [ \"$arg\" = push ] && [ ! -e '{marker}' ]; then\n    touch '{marker}'\n    {before_push} >/dev/null 2>&1 || exit 99\n  fi\ndone\nexec '{real}' \"$@\"\n",
        marker = marker.display(),
        real = real.trim(),
    );
    let wrapper = bin.join("git");
    fs::write(&wrapper, script).unwrap();
    fs::set_permissions(&wrapper, fs::Permissions::from_mode(0o755)).unwrap();
    bin
}
