//! Store files this build cannot read, and data directories that cannot
//! be used: exit 1, the file or folder named, everything kept.

use std::fs;
#[cfg(unix)]
use std::path::Path;

use super::{refused_in, seeded};
// Used by the Unix-only test of permissions (Windows has access lists).
#[cfg(unix)]
use {
    super::assert_refused,
    crate::support::{BIN, Sandbox, files_under},
};

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
        b"{\"version\": 5, \"roadmaps\": {\"small\": {\"streaks\": [1, 2]}}}\n",
        &[
            "it was written by a newer roadmap (store version 5; this build reads versions 1 to 4)",
            "hint: upgrade roadmap",
        ],
    );
}

#[test]
fn unreadable_store_in_japanese() {
    let (sandbox, roadmap) = seeded();
    let file = sandbox.user_file("learner");
    fs::write(&file, "{\"version\": 1, \"roadmaps\": {\"small\": ").unwrap();
    let expected = format!(
        "エラー: '{}' を読み取れません: ファイルが途中で切れています（1 行 37 列）\n  ヒント: ファイルはそのまま残してあります。",
        file.display()
    );
    refused_in(
        &sandbox,
        &["--lang", "ja", "--roadmap", &roadmap, "done", "beta"],
        1,
        &[&expected],
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
