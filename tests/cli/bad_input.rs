//! Every kind of bad input (DESIGN §6): a clear `error:` line, the right
//! exit code (2 for bad input, 1 for a store or folder that fails), and
//! not one byte of what was stored changed.
//!
//! Each test starts from a store holding real progress and compares every
//! file under the data directory before and after.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use crate::support::{BIN, SMALL_ROADMAP, Sandbox};

/// A sandbox whose user has progress on the small roadmap (`alpha` done
/// with a note), and the path of that roadmap file.
fn seeded() -> (Sandbox, String) {
    let sandbox = Sandbox::new();
    let roadmap = sandbox.write("small.json", SMALL_ROADMAP);
    let roadmap = roadmap.to_str().unwrap().to_string();
    sandbox
        .run(&["--roadmap", &roadmap, "done", "alpha", "--note", "kept"])
        .assert()
        .success();
    (sandbox, roadmap)
}

/// Every file under `dir` with its bytes.
fn files_under(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
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
                let bytes = fs::read(&path).unwrap_or_default();
                files.push((path, bytes));
            }
        }
    }
    files.sort();
    files
}

/// Checks a finished run: exit `code`, nothing on stdout, an `error:` line
/// containing each of `expected` on stderr.
fn assert_refused(output: &Output, code: i32, expected: &[&str]) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(code), "stderr: {stderr}");
    assert!(output.stdout.is_empty(), "stdout: {:?}", output.stdout);
    assert!(stderr.starts_with("error: "), "{stderr}");
    for text in expected {
        assert!(stderr.contains(text), "{text:?} not in: {stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Runs `roadmap args` in a seeded sandbox and checks that it is refused
/// and that nothing in the sandbox changed.
fn refused_in(sandbox: &Sandbox, args: &[&str], code: i32, expected: &[&str]) {
    let before = files_under(sandbox.path());
    let output = sandbox.run(args).output().expect("run roadmap");
    assert_refused(&output, code, expected);
    assert_eq!(files_under(sandbox.path()), before, "roadmap {args:?}");
}

fn refused(args: &[&str], code: i32, expected: &[&str]) {
    let (sandbox, roadmap) = seeded();
    let mut full = vec!["--roadmap", roadmap.as_str()];
    full.extend(args);
    refused_in(&sandbox, &full, code, expected);
}

// Steps and options.

#[test]
fn unknown_step() {
    refused(
        &["done", "beta", "gamma-ray"],
        2,
        &["unknown step 'gamma-ray'", "hint: did you mean 'gamma'?"],
    );
}

#[test]
fn ambiguous_step() {
    let (sandbox, _) = seeded();
    let roadmap = sandbox.write(
        "prefix.json",
        &SMALL_ROADMAP.replace("\"delta\"", "\"alpha-two\""),
    );
    refused_in(
        &sandbox,
        &["--roadmap", roadmap.to_str().unwrap(), "done", "alp"],
        2,
        &["'alp' is ambiguous", "alpha, alpha-two"],
    );
}

#[test]
fn invalid_at_date() {
    refused(
        &["done", "beta", "--at", "last tuesday"],
        2,
        &["invalid --at date 'last tuesday'", "hint: use YYYY-MM-DD"],
    );
    refused(
        &["done", "beta", "--at", "2026-02-30"],
        2,
        &["invalid --at date '2026-02-30'"],
    );
    refused(
        &["done", "beta", "--at", "2999-01-01"],
        2,
        &["--at '2999-01-01' is in the future"],
    );
}

#[test]
fn empty_note() {
    refused(&["done", "beta", "--note", "  "], 2, &["the note is empty"]);
}

#[test]
fn unknown_language() {
    refused(
        &["--lang", "fr", "next"],
        2,
        &["invalid value 'fr'", "--lang"],
    );
    let (sandbox, roadmap) = seeded();
    let before = files_under(sandbox.path());
    let output = sandbox
        .run(&["--roadmap", &roadmap, "next"])
        .env("ROADMAP_LANG", "klingon")
        .output()
        .unwrap();
    assert_refused(&output, 2, &["invalid value 'klingon'"]);
    assert_eq!(files_under(sandbox.path()), before);
}

#[test]
fn unknown_command_and_missing_argument() {
    refused(
        &["finish", "beta"],
        2,
        &["unrecognized subcommand 'finish'"],
    );
    refused(&["done"], 2, &["<STEP>"]);
}

// User names.

#[test]
fn invalid_user_names() {
    let (sandbox, roadmap) = seeded();
    let long = "a".repeat(65);
    for name in [
        "../learner",
        "a/b",
        "/etc/passwd",
        "..",
        ".hidden",
        "-rf",
        "tab\there",
        "new\nline",
        "con",
        long.as_str(),
    ] {
        let user = format!("--user={name}");
        let args = ["--roadmap", &roadmap, &user, "done", "beta"];
        refused_in(
            &sandbox,
            &args,
            2,
            &["invalid user name", "hint: use letters"],
        );
    }
    // From the environment too.
    let before = files_under(sandbox.path());
    let output = sandbox
        .run(&["--roadmap", &roadmap, "done", "beta"])
        .env("ROADMAP_USER", "../../escape")
        .output()
        .unwrap();
    assert_refused(&output, 2, &["invalid user name '../../escape'"]);
    assert_eq!(files_under(sandbox.path()), before);
}

// Roadmap files. Each is an edit of the small roadmap the store follows.

fn refused_roadmap(contents: &[u8], expected: &[&str]) {
    let (sandbox, _) = seeded();
    let path = sandbox.path().join("bad.json");
    fs::write(&path, contents).unwrap();
    for command in [&["done", "beta"][..], &["next"], &["status"]] {
        let mut args = vec!["--roadmap", path.to_str().unwrap()];
        args.extend(command);
        refused_in(&sandbox, &args, 2, expected);
    }
}

fn edited(from: &str, to: &str) -> Vec<u8> {
    assert!(SMALL_ROADMAP.contains(from), "{from}");
    SMALL_ROADMAP.replacen(from, to, 1).into_bytes()
}

#[test]
fn roadmap_with_bad_json_names_line_and_column() {
    refused_roadmap(
        &edited(
            "\"title\": \"Small roadmap\",",
            "\"title\": \"Small roadmap\"",
        ),
        &[
            "invalid roadmap",
            "bad.json",
            "line 4, column 3",
            "expected `,` or `}`",
        ],
    );
}

#[test]
fn roadmap_that_is_not_text() {
    refused_roadmap(
        b"\xff\xfe\x00garbage",
        &["invalid roadmap", "line 1, column 1"],
    );
}

#[test]
fn roadmap_with_duplicate_ids() {
    refused_roadmap(
        &edited("\"id\": \"delta\"", "\"id\": \"beta\""),
        &["step 'beta' (steps[3]): duplicate step id"],
    );
}

#[test]
fn roadmap_with_unknown_prerequisite() {
    refused_roadmap(
        &edited("\"requires\": [\"beta\"]", "\"requires\": [\"betta\"]"),
        &["step 'gamma', field requires: unknown prerequisite 'betta'"],
    );
}

#[test]
fn roadmap_with_a_cycle_names_its_steps() {
    refused_roadmap(
        &edited(
            "\"title\": \"Alpha\",",
            "\"title\": \"Alpha\", \"requires\": [\"gamma\"],",
        ),
        &["prerequisites form a cycle", "alpha", "beta", "gamma"],
    );
}

#[test]
fn roadmap_with_unknown_stage() {
    refused_roadmap(
        &edited("\"stage\": \"s2\"", "\"stage\": \"s3\""),
        &["step 'gamma', field stage: unknown stage 's3'"],
    );
}

#[test]
fn roadmap_missing_a_required_field() {
    refused_roadmap(
        &edited("\"title\": \"Beta\", ", ""),
        &["step 'beta': missing required field 'title'"],
    );
}

#[test]
fn roadmap_with_a_wrong_type() {
    refused_roadmap(
        &edited("\"estimate_hours\": 2", "\"estimate_hours\": \"two\""),
        &[
            "invalid roadmap",
            "line 10, column 97: invalid type: string \"two\", expected f64",
        ],
    );
}

#[test]
fn absurdly_nested_roadmap() {
    let deep = format!("{{\"steps\": {}", "[".repeat(200_000));
    refused_roadmap(deep.as_bytes(), &["invalid roadmap", "line 1"]);
}

#[test]
fn oversized_roadmap_is_refused_without_reading_it() {
    let (sandbox, _) = seeded();
    let path = sandbox.path().join("huge.json");
    // Sparse: 64 MiB + 1 byte of nothing, costing no disk.
    let file = fs::File::create(&path).unwrap();
    file.set_len(roadmap::roadmap::MAX_ROADMAP_BYTES as u64 + 1)
        .unwrap();
    refused_in(
        &sandbox,
        &["--roadmap", path.to_str().unwrap(), "done", "beta"],
        2,
        &["huge.json", "the limit is 67108864 bytes"],
    );
}

#[test]
fn roadmap_that_cannot_be_read() {
    let (sandbox, _) = seeded();
    let missing = sandbox.path().join("missing.json");
    refused_in(
        &sandbox,
        &["--roadmap", missing.to_str().unwrap(), "done", "beta"],
        2,
        &["cannot read roadmap", "missing.json"],
    );
    let folder = sandbox.path().join("data");
    refused_in(
        &sandbox,
        &["--roadmap", folder.to_str().unwrap(), "next"],
        2,
        &["cannot read roadmap", "data"],
    );
}

// Store files this build cannot read: exit 1, the file named, the file kept.

fn refused_store(contents: &[u8], expected: &[&str]) {
    let (sandbox, roadmap) = seeded();
    let file = sandbox.user_file("learner");
    fs::write(&file, contents).unwrap();
    let path = file.display().to_string();
    let mut expected = expected.to_vec();
    expected.push(&path);
    for command in [&["done", "beta"][..], &["next"], &["status"]] {
        let mut args = vec!["--roadmap", roadmap.as_str()];
        args.extend(command);
        refused_in(&sandbox, &args, 1, &expected);
    }
    assert_eq!(fs::read(&file).unwrap(), contents);
}

#[test]
fn corrupt_store() {
    refused_store(
        b"{\"version\": 1, \"roadmaps\": {\"small\": {\"steps\": {\"alpha\" \"done\"}}}}\n",
        &[
            "it is not valid JSON: expected `:` at line 1 column 57",
            "hint: the file was left as it is",
        ],
    );
}

#[test]
fn truncated_store() {
    let (sandbox, _) = seeded();
    let bytes = sandbox.user_bytes("learner");
    refused_store(
        &bytes[..bytes.len() / 2],
        &["the file ends too early", "it was cut short"],
    );
}

#[test]
fn empty_store() {
    refused_store(b"", &["the file is empty"]);
    refused_store(b"\n\n", &["the file is empty"]);
}

#[test]
fn store_of_the_wrong_shape() {
    refused_store(
        b"[\"alpha\"]\n",
        &["expected a JSON object", "found an array"],
    );
    refused_store(
        b"{\"version\": 1, \"roadmaps\": {\"small\": {\"steps\": []}}}",
        &["unexpected content: invalid type: sequence, expected a map"],
    );
    refused_store(
        b"{\"roadmaps\": {}}",
        &["it has no 'version' field, so it is not a roadmap store"],
    );
    refused_store(
        b"{\"version\": 1, \"roadmaps\": {}, \"settings\": {}}",
        &["unknown field `settings`"],
    );
    refused_store(
        b"{\"version\": 0, \"roadmaps\": {}}",
        &["store version 0 was never written by roadmap"],
    );
}

#[test]
fn store_of_a_newer_version() {
    refused_store(
        b"{\"version\": 2, \"roadmaps\": {\"small\": {\"streaks\": [1, 2]}}}\n",
        &[
            "it was written by a newer roadmap (store version 2; this build reads versions 1 to 1)",
            "hint: upgrade roadmap",
        ],
    );
}

// Data directories that cannot be used: exit 1, the folder named.

#[test]
fn data_directory_that_is_a_file() {
    let (sandbox, roadmap) = seeded();
    let file = sandbox.write("a-file", "not a folder\n");
    for command in [&["done", "beta"][..], &["status"]] {
        let mut args = vec!["--roadmap", roadmap.as_str(), "--data-dir"];
        args.push(file.to_str().unwrap());
        args.extend(command);
        refused_in(
            &sandbox,
            &args,
            1,
            &[&format!(
                "the data directory '{}' is a file, not a folder",
                file.display()
            )],
        );
    }
}

#[test]
fn data_directory_that_cannot_be_created() {
    let (sandbox, roadmap) = seeded();
    let file = sandbox.write("a-file", "not a folder\n");
    let inside = file.join("data");
    let args = [
        "--roadmap",
        roadmap.as_str(),
        "--data-dir",
        inside.to_str().unwrap(),
        "done",
        "beta",
    ];
    refused_in(
        &sandbox,
        &args,
        1,
        &[&format!(
            "cannot create data directory '{}",
            inside.display()
        )],
    );
}

/// Whether the tests run as root, who can write anywhere.
#[cfg(unix)]
fn running_as_root(sandbox: &Sandbox) -> bool {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(sandbox.path()).unwrap().uid() == 0
}

#[cfg(unix)]
#[test]
fn data_directory_without_write_access() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let (sandbox, roadmap) = seeded();
    let users = sandbox.data_dir().join("users");
    let chmod = |path: &Path, mode: u32| {
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
    };
    let root = running_as_root(&sandbox);
    let bin = sandbox.path().join("roadmap");
    if root {
        // Root writes anywhere, so run roadmap as `nobody` over a store it
        // may read but not change (the lock it may take).
        for dir in [sandbox.path(), &sandbox.data_dir(), &users] {
            chmod(dir, 0o755);
        }
        chmod(&sandbox.user_file("learner"), 0o644);
        chmod(&users.join("learner.lock"), 0o666);
        // A copy `nobody` can reach, wherever the build folder is.
        fs::copy(BIN, &bin).unwrap();
        chmod(&bin, 0o755);
    } else {
        chmod(&users, 0o555);
    }
    let run = |args: &[&str]| {
        let mut command = if root {
            let mut command = sandbox.process_of(&bin);
            command.uid(65534).gid(65534);
            command
        } else {
            sandbox.process()
        };
        command.args(args);
        // Another test thread forking while the copy was open for writing
        // makes exec fail for a moment with "text file busy".
        for _ in 0..100 {
            match command.output() {
                Err(err) if err.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                result => return result.expect("run roadmap"),
            }
        }
        panic!("the copied binary stayed busy");
    };
    let before = files_under(&sandbox.data_dir());
    let output = run(&["--roadmap", &roadmap, "done", "beta"]);
    let path = sandbox.user_file("learner");
    assert_refused(
        &output,
        1,
        &[
            &format!("cannot write '{}': Permission denied", path.display()),
            "hint: the file was left as it was",
        ],
    );
    // Reading needs no write access.
    assert!(run(&["--roadmap", &roadmap, "next"]).status.success());
    chmod(&users, 0o755);
    assert_eq!(files_under(&sandbox.data_dir()), before);
}
