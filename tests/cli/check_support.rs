//! What the `roadmap check` tests share: a roadmap with one step whose
//! checks a test chooses, a trusted sandbox following it, project folders
//! that are real Git repositories, and an HTTP server on loopback.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::{Value, json};

use crate::support::Sandbox;
use crate::sync_support::{git, isolate};

/// A roadmap whose step `api` (1.1) has `checks`, and a plain step `b`.
pub fn roadmap(checks: Value) -> String {
    json!({
        "id": "checked", "title": "Checked", "format": 2,
        "stages": [{ "id": "s", "title": "Stage" }],
        "steps": [
            { "id": "api", "stage": "s", "title": "Build the API", "checks": checks },
            { "id": "b", "stage": "s", "title": "Plain", "requires": ["api"] }
        ]
    })
    .to_string()
}

/// One check of `kind` with `fields`, saying what it proves.
pub fn check(kind: &str, fields: Value) -> Value {
    let mut check = json!({ "kind": kind, "proves": format!("the {kind} check"),
        "i18n": { "ja": { "proves": format!("{kind} のチェック") } } });
    for (key, value) in fields.as_object().expect("fields").clone() {
        check[key] = value;
    }
    check
}

/// A sandbox following a roadmap with these checks, already trusted, and
/// an empty project folder beside its data.
pub struct Project {
    pub sandbox: Sandbox,
    pub dir: PathBuf,
}

impl Project {
    pub fn new(checks: Value) -> Project {
        let sandbox = Sandbox::with_roadmap(&roadmap(checks));
        let dir = sandbox.path().join("project");
        std::fs::create_dir_all(&dir).expect("project folder");
        let project = Project { sandbox, dir };
        let trusted = project.output(&["trust", &project.roadmap_path()]);
        assert!(trusted.status.success(), "{trusted:?}");
        project
    }

    pub fn roadmap_path(&self) -> String {
        self.sandbox
            .path()
            .join("roadmap.json")
            .display()
            .to_string()
    }

    /// `roadmap` with `args`, HOME without any Git config.
    pub fn output(&self, args: &[&str]) -> Output {
        let mut cmd = self.sandbox.process();
        isolate(&mut cmd, &self.sandbox.path().join("home"));
        cmd.args(args).output().expect("roadmap runs")
    }

    /// `roadmap check api --in <project>` and more arguments.
    pub fn check(&self, more: &[&str]) -> Output {
        let dir = self.dir.display().to_string();
        let mut args = vec!["check", "api", "--in", &dir];
        args.extend_from_slice(more);
        self.output(&args)
    }

    pub fn write(&self, name: &str, contents: &str) {
        let path = self.dir.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("folders");
        std::fs::write(path, contents).expect("write");
    }

    /// A Git repository with `commits` commits by the learner (x@x, the
    /// repository's user.email) and one by somebody else.
    pub fn repository(&self, commits: usize) {
        run_git(&self.dir, &["init", "-q", "-b", "main"]);
        run_git(&self.dir, &["config", "user.email", "x@x"]);
        for n in 0..commits {
            self.write(&format!("file{n}.txt"), "x");
            run_git(&self.dir, &["add", "-A"]);
            run_git(&self.dir, &["commit", "-q", "-m", &format!("commit {n}")]);
        }
        self.write("other.txt", "y");
        run_git(&self.dir, &["add", "-A"]);
        run_git(
            &self.dir,
            &[
                "-c",
                "user.email=other@example.com",
                "commit",
                "-q",
                "--author",
                "O <other@example.com>",
                "-m",
                "theirs",
            ],
        );
    }

    pub fn commit_all(&self, message: &str) {
        run_git(&self.dir, &["add", "-A"]);
        run_git(&self.dir, &["commit", "-q", "-m", message]);
    }
}

#[track_caller]
pub fn run_git(dir: &Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// An HTTP server on 127.0.0.1 answering every request with `response`;
/// its port. It runs until the test process ends.
pub fn serve(response: &'static str) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let port = listener.local_addr().expect("address").port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut request = [0u8; 4096];
            let _ = stream.read(&mut request);
            let _ = stream.write_all(response.as_bytes());
        }
    });
    port
}
