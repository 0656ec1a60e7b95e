//! Output details on first use: `export -o` choosing the format from the
//! file name, exports without a user name, lists aligned on the widest
//! number, the optional mark, resource lines without doubled brackets.

use crate::support::{SMALL_ROADMAP, Sandbox};
use crate::ux::bilingual_roadmap;

#[test]
fn export_takes_the_format_from_the_file_name() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    for (name, start) in [
        ("page.html", "<!DOCTYPE html>"),
        ("list.md", "# Small roadmap"),
        ("backup.json", "{"),
        ("UPPER.MD", "# Small roadmap"),
    ] {
        let path = sandbox.path().join(name);
        sandbox
            .test()
            .args(["export", "-o", path.to_str().unwrap()])
            .success();
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(written.starts_with(start), "{name}: {written}");
    }
    // An explicit format for a name that says nothing.
    let notes = sandbox.path().join("notes.txt");
    sandbox
        .test()
        .args(["export", "-f", "md", "-o", notes.to_str().unwrap()])
        .success();
    let wrong = sandbox.path().join("x.md");
    sandbox
        .test()
        .args(["export", "--format", "html", "-o", wrong.to_str().unwrap()])
        .stderr_has("--format html does not match the file name")
        .status(2);
    assert!(!wrong.exists());
    sandbox
        .test()
        .args([
            "export",
            "-o",
            notes.with_extension("pdf").to_str().unwrap(),
        ])
        .stderr_has("which format?")
        .status(2);
    sandbox
        .test()
        .args(["--lang", "ja", "export"])
        .stderr_has("形式を指定してください")
        .status(2);
    // A missing folder is named; no temporary file's name shows.
    let lost = sandbox.path().join("no-such-folder").join("x.html");
    let output = sandbox
        .test()
        .args(["export", "-o", lost.to_str().unwrap()])
        .stderr_has("the folder")
        .stderr_has("no-such-folder' does not exist")
        .status(2);
    assert!(!String::from_utf8_lossy(&output.stderr).contains(".tmp-roadmap"));
}

#[test]
fn without_a_user_name_exports_have_a_neutral_title() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    let md = sandbox
        .run(&["export", "-f", "md"])
        .env_remove("USER")
        .env_remove("LOGNAME")
        .env_remove("USERNAME")
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.contains("\nProgress: 0 of 5 steps finished (0%)\n"),
        "{md}"
    );
    assert!(!md.contains("default"), "{md}");
    let named = sandbox.stdout(&["export", "-f", "md"]);
    assert!(named.contains("Progress of learner: "), "{named}");
}

#[test]
fn lists_align_on_the_widest_number_and_keep_the_optional_mark() {
    let sandbox = Sandbox::with_roadmap(&bilingual_roadmap());
    let list = sandbox.stdout(&["list"]);
    assert!(
        list.contains("\n  [ ] 3.9   Drill number 9\n  [ ] 3.10  Drill number 10\n"),
        "{list}"
    );
    assert!(
        list.contains("  [ ] 2.1   Learn SQL (optional)\n"),
        "{list}"
    );
    let status = sandbox.stdout(&["status", "--steps"]);
    assert!(status.contains("2.1  Learn SQL (optional)\n"), "{status}");
    let ja = sandbox.stdout(&["--lang", "ja", "status", "--steps"]);
    assert!(ja.contains("2.1  SQL を学ぶ（任意）\n"), "{ja}");
}

#[test]
fn show_does_not_double_brackets() {
    let sandbox = Sandbox::with_roadmap(&bilingual_roadmap());
    let show = sandbox.stdout(&["--lang", "ja", "show", "git-basics"]);
    assert!(
        show.contains("\n  - 書籍・英語: Pro Git (Chacon)\n    https://git-scm.com/book\n"),
        "{show}"
    );
    let show = sandbox.stdout(&["show", "git-basics"]);
    assert!(show.contains("\n  - book: Pro Git (Chacon)\n"), "{show}");
}

/// Runs `args` with no user name given or found, and returns stdout.
fn unnamed(sandbox: &Sandbox, args: &[&str]) -> String {
    let output = sandbox
        .test()
        .args(args)
        .env_remove("USER")
        .env_remove("LOGNAME")
        .env_remove("USERNAME")
        .success();
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn without_a_user_name_status_and_today_are_headed_by_the_title_alone() {
    let sandbox = Sandbox::with_roadmap(SMALL_ROADMAP);
    for args in [
        &["status"][..],
        &[],
        &["--lang", "ja", "status"],
        &["--lang", "ja"],
    ] {
        let text = unnamed(&sandbox, args);
        assert!(text.starts_with("Small roadmap\n"), "{args:?}:\n{text}");
        assert!(!text.contains("default"), "{args:?}:\n{text}");
    }
    // The JSON still names the store's user.
    let json = unnamed(&sandbox, &["status", "--json"]);
    assert!(json.contains("\"user\": \"default\""), "{json}");
    // A known name is still shown.
    for args in [&["status"][..], &[]] {
        sandbox
            .test()
            .args(args)
            .stdout_has("Small roadmap — learner\n")
            .success();
    }
}
