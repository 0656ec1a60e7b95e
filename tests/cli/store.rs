//! The store under stress: many writers at once, writers killed mid-write,
//! writes that fail, locks held by processes that die, and a file of the
//! current version that must keep loading.

use std::fs;
#[cfg(target_os = "linux")]
use std::io::{BufRead, BufReader};
#[cfg(unix)]
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use serde_json::Value;

#[cfg(unix)]
use crate::support::{BIN, files_under};
use crate::support::{SMALL_ROADMAP, Sandbox};

/// A roadmap of `n` steps `s0000`, `s0001` … in one stage; step `i`
/// requires step `i / 2`, so the graph is a wide tree.
fn generated_roadmap(n: usize) -> String {
    let steps: Vec<Value> = (0..n)
        .map(|i| {
            let requires: Vec<String> = if i == 0 {
                vec![]
            } else {
                vec![format!("s{:04}", i / 2)]
            };
            serde_json::json!({
                "id": format!("s{i:04}"), "stage": "all", "title": format!("Step {i}"),
                "summary": "A generated step.", "done_when": "It is done.",
                "requires": requires, "estimate_hours": 1
            })
        })
        .collect();
    serde_json::json!({
        "id": "generated", "title": "Generated", "stages": [{"id": "all", "title": "All"}],
        "steps": steps
    })
    .to_string()
}

fn temporaries(sandbox: &Sandbox) -> Vec<String> {
    fs::read_dir(sandbox.data_dir().join("users"))
        .expect("list users")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect()
}

/// A small, seedable generator: enough randomness for kill timings.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound.max(1)
    }
}

#[test]
fn fifty_concurrent_done_processes_lose_no_update() {
    const WRITERS: usize = 50;
    let sandbox = Sandbox::new();
    let roadmap = sandbox.write("fifty.json", &generated_roadmap(WRITERS));
    let children: Vec<Child> = (0..WRITERS)
        .map(|i| {
            sandbox
                .process()
                .args(["--roadmap", roadmap.to_str().unwrap(), "done"])
                .arg(format!("s{i:04}"))
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start roadmap")
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().expect("wait for roadmap");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let progress = &sandbox.user_json("learner")["roadmaps"]["generated"];
    let steps = progress["steps"].as_object().unwrap();
    assert_eq!(steps.len(), WRITERS, "every process's step is recorded");
    assert!(steps.values().all(|record| record["status"] == "done"));
    assert_eq!(progress["history"].as_array().unwrap().len(), WRITERS);
    assert!(temporaries(&sandbox).is_empty());
    let status = sandbox.json(&["--roadmap", roadmap.to_str().unwrap(), "status"]);
    assert_eq!(status["overall"]["done"], WRITERS);
}

/// The user's progress on the generated roadmap in the store file `bytes`.
fn generated_progress(sandbox: &Sandbox, bytes: &[u8]) -> Value {
    let data: Value = serde_json::from_slice(bytes).expect("the store parses after a kill");
    // The library reads it too: right version, right shape.
    let store = roadmap::store::Store::new(sandbox.data_dir());
    let user = roadmap::store::UserName::parse("learner").unwrap();
    store.load(&user).expect("the store loads after a kill");
    data["roadmaps"]["generated"].clone()
}

/// Whether `after` is `before` plus step `id` marked done, and nothing else.
fn is_before_plus_done(before: &Value, after: &Value, id: &str) -> bool {
    let before_history = before["history"].as_array().unwrap();
    let after_history = after["history"].as_array().unwrap();
    if after["steps"][id]["status"] != "done"
        || after_history.len() != before_history.len() + 1
        || after_history.last().unwrap()["step"] != id
    {
        return false;
    }
    let mut after = after.clone();
    after["steps"].as_object_mut().unwrap().remove(id);
    after["history"].as_array_mut().unwrap().pop();
    after == *before
}

#[test]
fn killing_writers_at_random_moments_leaves_the_old_or_the_new_state() {
    const STEPS: usize = 3000;
    const PREFILLED: usize = 2000;
    const KILLS: usize = 40;
    let sandbox = Sandbox::new();
    let roadmap = sandbox.write("big.json", &generated_roadmap(STEPS));
    let roadmap = roadmap.to_str().unwrap();
    // A large store: 2,000 steps done, each with a note and an event.
    let prefill: Vec<String> = (0..PREFILLED).map(|i| format!("s{i:04}")).collect();
    sandbox
        .test()
        .args(["--roadmap", roadmap, "done", "--note", "prefilled"])
        .args(&prefill)
        .success();
    let size = sandbox.user_bytes("learner").len();
    assert!(size > 500_000, "the store is large ({size} bytes)");

    // How long one writer lives here: where the first kills aim.
    let started = Instant::now();
    sandbox
        .test()
        .args(["--roadmap", roadmap, "done", &format!("s{PREFILLED:04}")])
        .success();
    let took = started.elapsed().as_micros() as u64;

    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut random = XorShift(seed);
    let mut bytes = sandbox.user_bytes("learner");
    let mut state = generated_progress(&sandbox, &bytes);
    let (mut old, mut new, mut mid_write) = (0, 0, 0);
    let mut seen_temporaries = temporaries(&sandbox);
    // A staircase: kill later after a kill that came before the rename,
    // earlier after one that came after it. The kill times gather around
    // the write itself, the moment a crash could do harm, with random
    // jitter (and the machine's own) spreading them around it.
    let (mut delay, mut stride) = (took, took / 4);
    for kill in 0..KILLS {
        let id = format!("s{:04}", PREFILLED + 1 + kill);
        let mut child = sandbox
            .process()
            .args(["--roadmap", roadmap, "done", &id])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start roadmap");
        let jitter = random.below(took / 5 + 1);
        thread::sleep(Duration::from_micros(
            (delay + jitter).saturating_sub(took / 10),
        ));
        // On Unix `kill` is SIGKILL; it fails harmlessly if the child is done.
        let _ = child.kill();
        let _ = child.wait();
        let now = temporaries(&sandbox);
        if now.iter().any(|name| !seen_temporaries.contains(name)) {
            mid_write += 1;
        }
        seen_temporaries = now;
        let after_bytes = sandbox.user_bytes("learner");
        stride = (stride * 4 / 5).max(500);
        if after_bytes == bytes {
            old += 1;
            delay += stride;
        } else {
            let after = generated_progress(&sandbox, &after_bytes);
            assert!(
                is_before_plus_done(&state, &after, &id),
                "kill {kill} (seed {seed}) left neither the old nor the new state"
            );
            new += 1;
            delay = delay.saturating_sub(stride);
            (bytes, state) = (after_bytes, after);
        }
    }
    eprintln!(
        "{KILLS} kills of {took} µs writers of a {size}-byte store (seed {seed}): \
         {old} left the old state ({mid_write} of them killed while writing), {new} the new one"
    );
    assert_eq!(old + new, KILLS);

    // The next write finishes normally and removes killed writers' temporaries.
    let last = format!("s{:04}", STEPS - 1);
    sandbox
        .test()
        .args(["--roadmap", roadmap, "done", &last])
        .success();
    let after = generated_progress(&sandbox, &sandbox.user_bytes("learner"));
    assert!(is_before_plus_done(&state, &after, &last));
    assert!(
        temporaries(&sandbox).is_empty(),
        "{:?}",
        temporaries(&sandbox)
    );
}

/// A store for the small roadmap a little over 2 KiB, so that a 512-byte
/// file size limit makes the next write fail.
#[cfg(unix)]
fn seeded_small(sandbox: &Sandbox) -> PathBuf {
    let roadmap = sandbox.write("small.json", SMALL_ROADMAP);
    let note = "a long note that makes the file bigger ".repeat(8);
    sandbox
        .test()
        .args(["--roadmap", roadmap.to_str().unwrap()])
        .args(["done", "alpha", "beta", "--note", &note])
        .success();
    roadmap
}

/// Unix only: the failure is made with `ulimit -f`, which Windows has no
/// equivalent of. There the unit test `store::atomic` "a failed write
/// leaves the old file" (a rename that fails after the temporary file was
/// written) covers the same promise.
#[cfg(unix)]
#[test]
fn a_write_that_fails_leaves_the_old_file_and_no_temporary() {
    let sandbox = Sandbox::new();
    let roadmap = seeded_small(&sandbox);
    let before = files_under(&sandbox.data_dir());
    // A full disk, simulated reliably (even as root) with a file size limit:
    // writing the temporary file fails with EFBIG instead of a signal.
    let output = sandbox
        .process_of("sh")
        .args(["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"", BIN])
        .args(["--roadmap", roadmap.to_str().unwrap(), "done", "gamma"])
        .output()
        .expect("run roadmap under a file size limit");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let path = sandbox.user_file("learner");
    assert!(
        stderr.starts_with(&format!("error: cannot write '{}': ", path.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: the file was left as it was"),
        "{stderr}"
    );
    assert_eq!(files_under(&sandbox.data_dir()), before, "nothing changed");
    // Without the limit the same command works.
    sandbox
        .test()
        .args(["--roadmap", roadmap.to_str().unwrap(), "done", "gamma"])
        .success();
}

/// Kills the child when dropped, so a failing assertion leaves no
/// lock-holding process behind.
#[cfg(target_os = "linux")]
struct KillOnDrop(Child);

#[cfg(target_os = "linux")]
impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Linux only: the holder is util-linux's `flock(1)`, which macOS and
/// Windows lack. The lock itself is std's `File::try_lock` on every system
/// (`flock` on Unix, `LockFileEx` on Windows, both released by the system
/// when the process dies); `store::lock`'s unit test and the concurrent
/// writers of `scripts/check-windows.sh` exercise it there.
#[cfg(target_os = "linux")]
#[test]
fn a_lock_held_by_a_killed_process_is_released() {
    let sandbox = Sandbox::new();
    let roadmap = sandbox.write("small.json", SMALL_ROADMAP);
    let roadmap = roadmap.to_str().unwrap();
    sandbox
        .test()
        .args(["--roadmap", roadmap, "done", "alpha"])
        .success();
    let lock = sandbox.data_dir().join("users").join("learner.lock");
    // util-linux's flock(1) takes the same flock(2) lock the store uses;
    // with --no-fork the killed process is the only holder.
    let mut holder = std::process::Command::new("flock")
        .arg("--no-fork")
        .arg(&lock)
        .args(["sh", "-c", "echo locked; exec sleep 120"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map(KillOnDrop)
        .expect("start the lock holder (flock from util-linux)");
    let mut lines = BufReader::new(holder.0.stdout.take().unwrap()).lines();
    assert!(
        lines.any(|line| line.is_ok_and(|l| l == "locked")),
        "the holder took the lock"
    );

    // Readers take no lock: they answer while a writer holds it.
    let output = sandbox
        .test()
        .args(["--roadmap", roadmap, "next"])
        .success();
    assert!(output.stdout.starts_with(b"1.2  Beta"));
    // A writer waits for the lock instead of writing without it.
    let mut writer = sandbox
        .process()
        .args(["--roadmap", roadmap, "done", "beta"])
        .stdout(Stdio::null())
        .spawn()
        .expect("start a writer");
    thread::sleep(Duration::from_millis(300));
    assert!(writer.try_wait().unwrap().is_none(), "the writer waits");
    let progress = &sandbox.user_json("learner")["roadmaps"]["small"];
    assert!(progress["steps"].get("beta").is_none());

    // SIGKILL: the holder cannot release anything itself; the system does.
    holder.0.kill().unwrap();
    holder.0.wait().unwrap();
    assert!(writer.wait().unwrap().success());
    let progress = &sandbox.user_json("learner")["roadmaps"]["small"];
    assert_eq!(progress["steps"]["beta"]["status"], "done");
}

/// A store written by version 1 of the format. Future builds must keep
/// reading it (migrating it on their first write); never edit the fixture.
const STORE_V1: &str = include_str!("../fixtures/store-v1.json");

#[test]
fn a_version_1_store_keeps_loading_and_keeps_its_data_on_write() {
    let sandbox = Sandbox::new();
    let roadmap = sandbox.write("small.json", SMALL_ROADMAP);
    let roadmap = roadmap.to_str().unwrap();
    let file = sandbox.write("data/users/learner.json", STORE_V1);
    let status = sandbox.json(&["--roadmap", roadmap, "status"]);
    assert_eq!(status["overall"]["done"], 3);
    assert_eq!(status["overall"]["skipped"], 0);
    let output = sandbox
        .test()
        .args(["--roadmap", roadmap, "next"])
        .success();
    assert!(output.stdout.starts_with(b"1.2  Beta"));
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        STORE_V1,
        "reads write nothing"
    );

    sandbox
        .test()
        .args(["--roadmap", roadmap, "done", "beta"])
        .success();
    let before: Value = serde_json::from_str(STORE_V1).unwrap();
    let after = sandbox.user_json("learner");
    assert_eq!(after["version"], 4, "migrated on the first write");
    let (old, new) = (&before["roadmaps"]["small"], &after["roadmaps"]["small"]);
    let old_history = old["history"].as_array().unwrap();
    let new_history = new["history"].as_array().unwrap();
    assert_eq!(&new_history[..old_history.len()], old_history.as_slice());
    assert_eq!(new["steps"]["alpha"], old["steps"]["alpha"]);
    assert_eq!(new["steps"]["retired-step"], old["steps"]["retired-step"]);
    assert_eq!(
        after["roadmaps"]["other-roadmap"],
        before["roadmaps"]["other-roadmap"]
    );
}
