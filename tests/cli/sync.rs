//! `roadmap sync` between devices through a local bare repository: no
//! network, and a HOME with no Git config, so nothing global helps.

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

/// Plain `git` in `dir`, with no global or system config.
pub fn git(dir: &Path, args: &[&str]) -> Output {
    let home = dir.join(".no-home");
    let mut cmd = std::process::Command::new("git");
    cmd.current_dir(dir).args(args);
    isolate(&mut cmd, &home);
    cmd.output().expect("git runs")
}

fn isolate(cmd: &mut std::process::Command, home: &Path) {
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
fn meaning(progress: &Value) -> (Value, Vec<String>, Vec<String>) {
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

#[test]
fn two_devices_with_offline_changes_and_undo_converge() {
    let remote = Remote::new();
    let (laptop, work) = (Device::new("alice"), Device::new("alice"));
    laptop.ok(&["done", "alpha"]);
    let out = laptop.init(&remote);
    assert!(
        out.starts_with("Set up sync of users/alice.json with"),
        "{out}"
    );
    assert!(out.contains("pushed"), "{out}");
    // The work PC has its own progress before it joins: merged, not replaced.
    work.ok(&["start", "delta"]);
    work.ok(&["note", "delta", "reading the manual"]);
    let out = work.init(&remote);
    assert!(
        out.contains("merged your progress from other devices"),
        "{out}"
    );
    assert!(laptop.sync().contains("received"));
    // Offline on both: a done undone before any sync stays local; one undone
    // after a sync is taken back everywhere.
    laptop.ok(&["done", "beta"]);
    laptop.ok(&["undo"]); // beta, never synced
    laptop.ok(&["undo"]); // alpha, synced already
    work.ok(&["skip", "gamma", "--note", "know it"]);
    work.sync();
    laptop.sync();
    work.sync();
    assert_eq!(laptop.file(), work.file(), "the same file on both");
    let statuses = laptop.statuses();
    assert!(
        statuses.contains(&"\"alpha\"=\"todo\"".to_string()),
        "{statuses:?}"
    );
    assert!(statuses.contains(&"\"beta\"=\"todo\"".to_string()));
    assert!(statuses.contains(&"\"gamma\"=\"skipped\"".to_string()));
    assert!(statuses.contains(&"\"delta\"=\"in-progress\"".to_string()));
    let progress = laptop.progress();
    let (_, events, notes) = meaning(&progress);
    assert_eq!(events.len(), 2, "start delta, skip gamma: {events:?}");
    assert_eq!(notes.len(), 2);
    assert_eq!(progress["undone"].as_array().map(Vec::len), Some(1));
    // The undone done never counts toward pace: no done in the history.
    assert!(
        events.iter().all(|e| !e.contains("->\"done\"")),
        "{events:?}"
    );
    // Nothing but user files travelled.
    let listed = remote_files(&remote);
    assert_eq!(listed, [".gitignore", "users/alice.json"]);
}

fn remote_files(remote: &Remote) -> Vec<String> {
    let out = git(
        &remote.path(),
        &["ls-tree", "-r", "--name-only", "refs/heads/main"],
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// Three devices with interleaved offline changes, synced in `order`
/// (device indexes); every device syncs twice more at the end.
fn three_devices(order: &[usize]) -> Vec<Value> {
    let remote = Remote::new();
    let devices = [Device::new("kim"), Device::new("kim"), Device::new("kim")];
    devices[0].ok(&["done", "alpha", "--at", "2026-11-01T10:00:00Z"]);
    for device in &devices {
        device.init(&remote);
    }
    let changes: [&[&[&str]]; 3] = [
        &[
            &["done", "beta", "--at", "2026-11-02T10:00:00Z"],
            &["note", "beta", "tests pass"],
        ],
        &[
            &["start", "delta", "--at", "2026-11-02T11:00:00Z"],
            &["undo"],
            &["skip", "delta", "--at", "2026-11-03T09:00:00Z"],
        ],
        &[
            &["done", "gamma", "--at", "2026-11-02T12:00:00Z"],
            &["note", "alpha", "old notes"],
        ],
    ];
    for (device, changes) in devices.iter().zip(changes) {
        for change in changes {
            device.ok(change);
        }
    }
    for &i in order {
        devices[i].sync();
        if i == 1 {
            // An undo after a sync, then more changes offline.
            devices[1].ok(&["undo"]);
            devices[1].ok(&["start", "epsilon", "--at", "2026-11-04T09:00:00Z"]);
        }
    }
    for _ in 0..2 {
        for device in &devices {
            device.sync();
        }
    }
    let first = devices[0].file();
    for device in &devices[1..] {
        assert_eq!(device.file(), first, "every device holds the same file");
    }
    devices.iter().map(Device::progress).collect()
}

#[test]
fn three_devices_converge_whatever_the_order_of_syncs() {
    let one = three_devices(&[0, 1, 2]);
    let other = three_devices(&[2, 1, 0, 1]);
    assert_eq!(meaning(&one[0]), meaning(&other[0]));
    let (steps, events, notes) = meaning(&one[0]);
    assert_eq!(steps["alpha"], "done");
    assert_eq!(steps["beta"], "done");
    assert_eq!(steps["gamma"], "done");
    assert_eq!(
        steps.get("delta"),
        None,
        "the skip was undone after its sync"
    );
    assert_eq!(steps["epsilon"], "in-progress");
    assert_eq!(events.len(), 4, "{events:?}");
    assert_eq!(notes, ["alpha \"old notes\"", "beta \"tests pass\""]);
}

#[test]
fn the_same_step_changed_on_two_devices_in_the_same_second() {
    let remote = Remote::new();
    let (a, b) = (Device::new("sam"), Device::new("sam"));
    a.init(&remote);
    b.init(&remote);
    a.ok(&["done", "alpha", "--at", "2026-11-05T08:00:00Z"]);
    b.ok(&["skip", "alpha", "--at", "2026-11-05T08:00:00Z"]);
    a.sync();
    b.sync();
    a.sync();
    assert_eq!(a.file(), b.file());
    let progress = a.progress();
    assert_eq!(
        progress["history"].as_array().unwrap().len(),
        2,
        "both kept"
    );
    // The greater device id decides, the same on both machines.
    let winner = progress["history"][1]["to"].clone();
    assert_eq!(progress["steps"]["alpha"]["status"], winner);
}

/// `roadmap` with `device`'s environment, as a shell command prefix.
#[cfg(unix)]
fn env_of(device: &Device) -> String {
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
fn git_wrapper(device: &Device, marker: &Path, before_push: &str) -> PathBuf {
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

#[cfg(unix)]
#[test]
fn a_push_race_is_merged_again_and_retried() {
    let remote = Remote::new();
    let (a, b) = (Device::new("ray"), Device::new("ray"));
    a.init(&remote);
    b.init(&remote);
    a.ok(&["done", "alpha"]);
    b.ok(&["done", "delta"]);
    // B's git: just before B's first push, A syncs (and pushes first).
    let marker = b.sandbox.path().join("raced");
    let bin = git_wrapper(&b, &marker, &format!("{} --user ray sync", env_of(&a)));
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let out = b.process(&["sync"]).env("PATH", path).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(marker.exists(), "the race happened");
    assert!(stdout.contains("another device pushed first"), "{stdout}");
    a.sync();
    assert_eq!(a.file(), b.file());
    assert!(a.statuses().contains(&"\"alpha\"=\"done\"".to_string()));
    assert!(a.statuses().contains(&"\"delta\"=\"done\"".to_string()));
}

#[test]
fn an_unreachable_remote_keeps_the_local_commit_and_loses_nothing() {
    let remote = Remote::new();
    let device = Device::new("uma");
    device.init(&remote);
    device.ok(&["done", "alpha"]);
    let away = remote.path().with_extension("away");
    fs::rename(remote.path(), &away).unwrap();
    let err = device.fails(1, &["sync"]);
    assert!(err.contains("could not reach the remote"), "{err}");
    assert!(err.contains("nothing is lost"), "{err}");
    let log = device.git(&["log", "--oneline"]);
    assert_eq!(
        String::from_utf8_lossy(&log.stdout).lines().count(),
        1,
        "committed here"
    );
    let status = device.ok(&["sync", "status"]);
    assert!(status.contains("To push:   1 commit"), "{status}");
    // Every other command works offline.
    device.ok(&["done", "beta"]);
    fs::rename(&away, remote.path()).unwrap();
    let out = device.sync();
    assert!(out.contains("pushed"), "{out}");
    assert_eq!(
        device.ok(&["sync", "status"]).lines().nth(4),
        Some("To push:   0 commits")
    );
}

#[test]
fn corrupt_newer_or_foreign_files_from_the_remote_are_refused_by_name() {
    for (name, contents, says) in [
        ("users/lee.json", "{ \"version\": 3, \"roadm", "cut short"),
        (
            "users/lee.json",
            "{\"version\": 99, \"roadmaps\": {}}",
            "newer roadmap",
        ),
        (
            "users/bob.json",
            "[\"not a store\"]",
            "expected a JSON object",
        ),
        (
            "users/bob.lock",
            "x",
            "only users/<name>.json files are synced",
        ),
    ] {
        let remote = Remote::new();
        let device = Device::new("lee");
        device.ok(&["done", "alpha"]);
        device.init(&remote);
        let before = device.file();
        // Someone with plain git pushes a bad file.
        let other = tempfile::tempdir().unwrap();
        let clone = other.path().join("clone");
        assert!(
            git(other.path(), &["clone", "-q", &remote.url(), "clone"])
                .status
                .success()
        );
        fs::write(clone.join(name), contents).unwrap();
        for args in [
            &["add", "-f", name][..],
            &[
                "-c",
                "user.name=x",
                "-c",
                "user.email=x@x",
                "commit",
                "-qm",
                "bad",
            ],
            &["push", "-q", "origin", "HEAD:main"],
        ] {
            let out = git(&clone, args);
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        device.ok(&["done", "beta"]);
        let pushed = remote.head();
        let err = device.fails(1, &["sync"]);
        assert!(
            err.contains(&format!("refused '{name}' from the remote")),
            "{err}"
        );
        assert!(err.contains(says), "{err}");
        assert!(err.contains("the local file was kept"), "{err}");
        assert_ne!(device.file(), before, "the local change is still here");
        assert!(device.statuses().contains(&"\"beta\"=\"done\"".to_string()));
        assert_eq!(remote.head(), pushed, "nothing pushed");
        assert!(!device.sandbox.data_dir().join(name).exists() || name.ends_with("lee.json"));
    }
}

#[test]
fn a_cohort_of_three_learners_and_a_mentor() {
    let remote = Remote::new();
    let learners = [Device::new("ana"), Device::new("ben"), Device::new("cho")];
    let steps = ["alpha", "delta", "beta"];
    for (learner, step) in learners.iter().zip(steps) {
        learner.ok(&["done", "alpha"]);
        if step != "alpha" {
            learner.ok(&["done", step]);
        }
        learner.init(&remote);
    }
    for learner in &learners {
        learner.sync();
    }
    assert_eq!(
        remote_files(&remote),
        [
            ".gitignore",
            "users/ana.json",
            "users/ben.json",
            "users/cho.json"
        ]
    );
    // Each learner's file holds only what they did.
    let ana = learners[0].progress();
    assert_eq!(ana["steps"].as_object().unwrap().len(), 1);

    let mentor = Device::new("mentor");
    let out = mentor.init(&remote);
    assert!(out.contains("nothing to push"), "{out}");
    let pushed = remote.head();
    let table = mentor.ok(&["status", "--all-users"]);
    for name in ["ana", "ben", "cho"] {
        assert!(table.contains(name), "{table}");
    }
    // The mentor's syncs never write to the remote.
    mentor.sync();
    assert_eq!(remote.head(), pushed);

    // A learner who changed another learner's file here is stopped before
    // anything is rewritten, once that learner pushes again.
    learners[1].ok(&["done", "beta"]);
    learners[1].sync();
    let bens = learners[0].sandbox.user_file("ben");
    fs::write(
        &bens,
        fs::read_to_string(&bens)
            .unwrap()
            .replace("done", "skipped"),
    )
    .unwrap();
    learners[0].ok(&["done", "beta"]);
    let err = learners[0].fails(1, &["sync"]);
    assert!(
        err.contains("would rewrite 'users/ben.json', another learner's file"),
        "{err}"
    );
    assert!(
        fs::read_to_string(&bens).unwrap().contains("skipped"),
        "left as it was"
    );
}

#[test]
fn sync_init_refuses_the_default_user_and_a_second_init() {
    let remote = Remote::new();
    let device = Device::new("default");
    let err = device.fails(2, &["sync", "init", &remote.url()]);
    assert!(err.contains("not 'default'"), "{err}");
    assert!(err.contains("--user <name>"), "{err}");
    assert!(!device.sandbox.data_dir().join(".git").exists());
    let device = Device::new("dee");
    let err = device.fails(2, &["sync"]);
    assert!(err.contains("sync is not set up"), "{err}");
    device.init(&remote);
    let err = device.fails(2, &["sync", "init", &remote.url()]);
    assert!(err.contains("already syncs with"), "{err}");
    let ja = device.fails(2, &["--lang", "ja", "sync", "init", &remote.url()]);
    assert!(ja.contains("すでに"), "{ja}");
}

#[test]
fn a_missing_git_is_named_with_an_install_hint() {
    let remote = Remote::new();
    let device = Device::new("gil");
    let empty = tempfile::tempdir().unwrap();
    let out = device
        .process(&["sync", "init", &remote.url()])
        .env("PATH", empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no `git` program was found on PATH"), "{err}");
    assert!(err.contains("hint: install Git"), "{err}");
}

#[test]
fn status_hides_credentials_and_git_errors_are_passed_on() {
    let device = Device::new("hal");
    // A remote that does not exist: set up, but the first fetch fails.
    let err = device.fails(
        1,
        &["sync", "init", "https://hal:s3cret@127.0.0.1:9/none.git"],
    );
    assert!(!err.contains("s3cret"), "{err}");
    assert!(
        err.contains("could not reach the remote 'https://***@127.0.0.1:9/none.git'"),
        "{err}"
    );
    let status = device.ok(&["sync", "status"]);
    assert!(
        status.contains("Remote:    https://***@127.0.0.1:9/none.git"),
        "{status}"
    );
    assert!(status.contains("Last sync: never"), "{status}");
    let json = device.ok(&["sync", "status", "--json"]);
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["user"], "hal");
    assert_eq!(json["to_push"], 0);
}

#[test]
fn sync_speaks_japanese() {
    let remote = Remote::new();
    let device = Device::new("yui");
    device.ok(&["done", "alpha"]);
    let out = device.ok(&["--lang", "ja", "sync", "init", &remote.url()]);
    assert!(
        out.starts_with("users/yui.json の同期を設定しました。リモート:"),
        "{out}"
    );
    assert!(
        out.contains("変更をコミットしました") && out.contains("送信しました"),
        "{out}"
    );
    let status = device.ok(&["--lang", "ja", "sync", "status"]);
    assert!(status.contains("未送信: 0 件のコミット"), "{status}");
    fs::rename(remote.path(), remote.path().with_extension("away")).unwrap();
    device.ok(&["done", "beta"]);
    let err = device.fails(1, &["--lang", "ja", "sync"]);
    assert!(err.contains("に接続できず"), "{err}");
    assert!(err.contains("次の `roadmap sync` で送られます"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_change_made_during_a_sync_waits_for_it_and_is_not_lost() {
    let remote = Remote::new();
    let device = Device::new("val");
    device.init(&remote);
    device.ok(&["done", "alpha"]);
    // While the sync holds the store lock (just before its push), another
    // terminal marks beta done; it waits for the lock, then goes through.
    let marker = device.sandbox.path().join("started");
    let done = device.sandbox.path().join("done-exit");
    let during = format!(
        "({} --user val done beta; echo $? > '{}') &",
        env_of(&device),
        done.display()
    );
    let bin = git_wrapper(
        &device,
        &marker,
        &format!("sh -c \"{}\"", during.replace('"', "\\\"")),
    );
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let out = device
        .process(&["sync"])
        .env("PATH", path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for _ in 0..600 {
        if fs::read_to_string(&done).is_ok_and(|code| code.trim() == "0") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(
        fs::read_to_string(&done).unwrap().trim(),
        "0",
        "the done went through"
    );
    let status = device.ok(&["sync", "status"]);
    assert!(
        status.contains("To push:   0 commits, and changes not yet committed"),
        "{status}"
    );
    device.sync();
    let pushed = git(&remote.path(), &["show", "refs/heads/main:users/val.json"]);
    let pushed: Value = serde_json::from_slice(&pushed.stdout).unwrap();
    assert_eq!(
        pushed["roadmaps"]["small"]["steps"]["beta"]["status"],
        "done"
    );
    assert_eq!(
        pushed["roadmaps"]["small"]["steps"]["alpha"]["status"],
        "done"
    );
}

#[test]
fn every_sync_json_field_is_documented() {
    let docs = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/json.md")).unwrap();
    let remote = Remote::new();
    let (a, b) = (Device::new("jo"), Device::new("jo"));
    a.ok(&["done", "alpha"]);
    a.init(&remote);
    b.ok(&["done", "delta"]);
    let outputs = [
        b.ok(&["sync", "init", &remote.url(), "--json"]),
        b.ok(&["sync", "status", "--json"]),
    ];
    let mut keys = Vec::new();
    for output in &outputs {
        let value: Value = serde_json::from_str(output).unwrap();
        collect_keys(&value, &mut keys);
    }
    assert!(keys.contains(&"events_added".to_string()), "{keys:?}");
    for key in keys {
        assert!(
            docs.contains(&format!("\"{key}\"")),
            "docs/json.md lacks \"{key}\""
        );
    }
}

fn collect_keys(value: &Value, into: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                into.push(key.clone());
                collect_keys(value, into);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_keys(v, into)),
        _ => {}
    }
}
