//! What differs between systems, checked on every one the tests run on:
//! roadmap and store files saved by Windows tools (CRLF line ends, a
//! byte-order mark), user names that are file names everywhere, and the
//! language and colour choices a Windows or macOS user gets.

use crate::support::{SMALL_ROADMAP, Sandbox, files_under};

/// `text` as Windows editors save it: CRLF line ends.
fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

#[test]
fn a_roadmap_with_crlf_line_ends_reads_like_the_original() {
    let unix = Sandbox::with_roadmap(SMALL_ROADMAP);
    let windows = Sandbox::with_roadmap(&crlf(SMALL_ROADMAP));
    for args in [&["next", "--all"][..], &["list"], &["show", "alpha"]] {
        assert_eq!(windows.stdout(args), unix.stdout(args), "{args:?}");
    }
    let checked = windows.stdout(&["validate"]);
    assert!(checked.contains("valid, 2 stages, 5 steps"), "{checked}");
    windows.test().args(["done", "alpha"]).success();
    assert_eq!(windows.json(&["status"])["overall"]["done"], 1);
}

#[test]
fn a_roadmap_saved_with_a_byte_order_mark_is_read() {
    // Notepad before 2019 and PowerShell 5's `Set-Content -Encoding UTF8`
    // save UTF-8 this way.
    let sandbox = Sandbox::with_roadmap(&format!("\u{feff}{}", crlf(SMALL_ROADMAP)));
    let out = sandbox.stdout(&["next"]);
    assert!(out.starts_with("1.1  Alpha"), "{out}");
    let path = sandbox.path().join("roadmap.json");
    sandbox
        .test()
        .args(["validate", path.to_str().unwrap()])
        .success();
}

#[test]
fn a_store_file_with_crlf_line_ends_keeps_its_progress() {
    // A store kept in a git repository with `core.autocrlf` on Windows.
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.test().args(["done", "alpha"]).success();
    let stored = String::from_utf8(sandbox.user_bytes("learner")).unwrap();
    std::fs::write(sandbox.user_file("learner"), crlf(&stored)).unwrap();
    assert_eq!(sandbox.json(&["status"])["overall"]["done"], 1);
    sandbox.test().args(["done", "beta"]).success();
    assert_eq!(sandbox.json(&["status"])["overall"]["done"], 2);
}

#[test]
fn names_windows_keeps_for_devices_are_refused_as_user_names() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    for name in ["CON", "nul.backup", "Com9", "COM¹", "lpt³"] {
        let before = files_under(sandbox.path());
        let output = sandbox
            .run(&["--user", name, "done", "alpha"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("invalid user name"), "{name}: {stderr}");
        assert_eq!(files_under(sandbox.path()), before, "{name}");
    }
}

#[test]
fn a_windows_login_name_that_is_no_file_name_falls_back_to_default() {
    // Windows user names may hold spaces; `USERNAME` is where Windows
    // keeps the name, and `USER` is not set there.
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox
        .test()
        .args(["done", "alpha"])
        .env_remove("USER")
        .env_remove("LOGNAME")
        .env("USERNAME", "Ana Lima")
        .success();
    assert!(sandbox.user_file("default").is_file());
    sandbox
        .test()
        .args(["done", "beta"])
        .env_remove("USER")
        .env_remove("LOGNAME")
        .env("USERNAME", "ana")
        .stderr_has("is marked done before its prerequisites")
        .success();
    assert!(sandbox.user_file("ana").is_file());
}

#[test]
fn colour_is_off_when_output_is_not_a_terminal_and_on_when_forced() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    sandbox.test().args(["done", "alpha"]).success();
    let plain = sandbox.stdout(&["list"]);
    assert!(!plain.contains('\u{1b}'), "{plain}");
    let forced = sandbox.stdout(&["--color", "always", "list"]);
    assert!(forced.contains("\u{1b}["), "{forced}");
}
