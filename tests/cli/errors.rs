//! Every error path, in both languages: Japanese output holds no English
//! prose, and every error has its exit code.

use crate::support::Sandbox;

mod check;

use check::{Case, case, check, english_in, without_detail};

#[test]
fn the_check_finds_english_and_spares_names() {
    assert_eq!(
        english_in("エラー: 'x' を読み取れません: it is not valid JSON", &[]),
        ["not", "valid"]
    );
    assert!(english_in("エラー: '/tmp/a b/users/bob.json' を読み取れません", &[]).is_empty());
    assert!(english_in("ヒント: `roadmap list` で確認できます (--data-dir)", &[]).is_empty());
}

#[test]
fn a_corrupt_user_file_is_named_in_japanese_in_the_mentor_view() {
    let sandbox = Sandbox::new();
    sandbox.stdout(&["--user", "ana", "done", "1.1"]);
    sandbox.write("data/users/bob.json", "{ not json");
    let output = sandbox
        .test()
        .lang("ja")
        .args(["status", "--all-users"])
        .stdout_has("bob")
        .success();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let warning = stdout
        .lines()
        .find(|line| line.contains("bob:"))
        .expect("a warning about bob");
    // What serde_json says of the syntax stays as it says it, like an
    // operating system's error text.
    assert!(
        english_in(without_detail(warning), &["bob"]).is_empty(),
        "{warning}"
    );
    assert!(warning.contains("JSON として正しくありません"), "{warning}");
}

#[test]
fn every_error_reads_in_japanese_with_its_exit_code() {
    let sandbox = Sandbox::new();
    sandbox.stdout(&["done", "1.1"]);
    sandbox.write("export.txt", "not an export");
    sandbox.write("roadmapsh.json", r#"{"steps": []}"#);
    sandbox.write(
        "buttons.json",
        r#"{"nodes": [{"id": "b", "type": "button"}]}"#,
    );
    sandbox.write("broken.json", "{\"nodes\": [");
    sandbox.write(
        "skips.json",
        r#"{"nodes": [{"type": "topic", "data": {"label": "A"}},
            {"id": "t", "type": "topic", "data": {"label": "T"}},
            {"id": "t", "type": "topic", "data": {"label": "Again"}},
            {"id": "x", "type": "topic", "data": {"label": " "}}], "edges": []}"#,
    );
    sandbox.write(
        "progress.json",
        r#"{"format": "roadmap-progress", "version": 999}"#,
    );
    let cases = [
        Case {
            theirs: &["nosuchstep"],
            ..case(&["done", "nosuchstep"], 2)
        },
        case(&["done", "1.2", "--at", "someday"], 2),
        case(&["done", "1.2", "--at", "2999-01-01"], 2),
        case(&["done", "1.2", "--at", "1999-01-01"], 2),
        case(&["note", "1.1", " "], 2),
        case(&["find", " "], 2),
        Case {
            theirs: &["pick-a-language"],
            ..case(&["tick", "1.1", "1"], 2)
        },
        Case {
            theirs: &["nosuchstack", "javascript", "python", "ruby"],
            ..case(&["stack", "nosuchstack"], 2)
        },
        case(&["study", "1.1", "abc"], 2),
        case(&["study", "1.1", "30h"], 2),
        case(&["goal", "999h"], 2),
        case(&["goal", "0m"], 2),
        Case {
            theirs: &["ftp"],
            ..case(&["evidence", "1.1", "ftp://example.com"], 2)
        },
        case(&["export", "--format", "md", "-o", "x.json"], 2),
        case(&["export", "-o", "x.txt"], 2),
        case(&["export", "-o", "no/such/folder/x.md"], 2),
        Case {
            detail: true,
            ..case(&["import", "progress", "no-such-file.json"], 2)
        },
        Case {
            detail: true,
            ..case(&["import", "progress", "export.txt"], 2)
        },
        case(&["import", "progress", "progress.json"], 2),
        case(&["import", "roadmapsh", "roadmapsh.json"], 2),
        case(&["import", "roadmapsh", "buttons.json"], 2),
        Case {
            detail: true,
            ..case(&["import", "roadmapsh", "broken.json"], 2)
        },
        // Nodes left out are warned about; the conversion succeeds (and
        // its JSON on stdout holds the nodes' own words).
        Case {
            theirs: &["skips"],
            ..case(&["import", "roadmapsh", "skips.json"], 0)
        },
        Case {
            theirs: &["xyz"],
            ..case(&["--user", "../xyz", "status"], 2)
        },
        case(&["sync"], 2),
        case(&["sync", "status"], 2),
        case(&["--user", "default", "sync", "init", "/nowhere"], 2),
        case(&["--user", "fresh", "undo"], 2),
    ];
    let mut wrong: Vec<String> = cases
        .iter()
        .flat_map(|case| check(&sandbox, case, &[]))
        .collect();
    wrong.extend(check(
        &sandbox,
        &case(&["status"], 2),
        &[("ROADMAP_NOW", "yesterday")],
    ));
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A roadmap with every problem the validator finds, errors and warnings.
const BAD_ROADMAP: &str = r#"{"id": "r", "title": " ", "colour": 1,
    "stages": [{"id": "s1", "title": "One"}, {"id": "s1", "title": "Again"},
               {"id": "s3", "title": "Empty"}, {"title": "No id"},
               {"id": "s5", "title": "Five\u001b"}],
    "steps": [
        {"id": "a", "stage": "s1", "title": "A", "requires": ["a", "zz"], "estimate_hours": -1,
         "checklist": [{"text": " "}]},
        {"id": "a", "stage": "s1", "title": "A again"},
        {"id": "b c", "stage": "nowhere", "title": "B"},
        {"id": "d", "stage": "s1", "title": "D", "requires": ["e"], "aliases": ["a", "9.9"],
         "requires_any": ["d", "e", "yy"]},
        {"id": "e", "stage": "s1", "title": "E", "requires": ["d"], "requires_any": ["d"]},
        {"stage": "s1", "title": "No id"},
        {"id": "1.5", "stage": "s1", "title": "Number"},
        {"id": "f", "stage": "s5", "title": "F", "optinal": true,
         "resources": [{"title": "T", "url": "http://x", "kind": "docs", "lang": "Japanese",
                        "stack": [" "], "cots": 1}]}
    ]}"#;

#[test]
fn every_store_and_roadmap_error_reads_in_japanese_with_its_exit_code() {
    let mut wrong = Vec::new();
    // A corrupt store, a newer one, one of another shape.
    for (contents, theirs) in [
        ("{ not json", &[][..]),
        (r#"{"version": 999, "roadmaps": {}}"#, &[]),
        ("", &[]),
        ("[1]", &[]),
        (r#"{"roadmaps": {}}"#, &[]),
        (r#"{"version": "x", "roadmaps": {}}"#, &[]),
    ] {
        let sandbox = Sandbox::new();
        sandbox.write("data/users/learner.json", contents);
        for args in [&["status"][..], &["done", "1.1"]] {
            wrong.extend(check(
                &sandbox,
                &Case {
                    args: Box::leak(Box::new(args)),
                    code: 1,
                    theirs,
                    detail: true,
                },
                &[],
            ));
        }
    }
    // The data directory is a file; a user file is a folder.
    let sandbox = Sandbox::new();
    sandbox.write("data", "a file");
    wrong.extend(check(&sandbox, &case(&["done", "1.1"], 1), &[]));
    let sandbox = Sandbox::new();
    std::fs::create_dir_all(sandbox.data_dir().join("users/learner.json")).unwrap();
    wrong.extend(check(&sandbox, &case(&["status"], 1), &[]));
    // No folder for the users can be made; the lock file is a symlink.
    let sandbox = Sandbox::new();
    sandbox.write("data/users", "a file");
    wrong.extend(check(
        &sandbox,
        &Case {
            detail: true,
            ..case(&["done", "1.1"], 1)
        },
        &[],
    ));
    #[cfg(unix)]
    {
        let sandbox = Sandbox::new();
        sandbox.stdout(&["done", "1.1"]);
        let lock = sandbox.data_dir().join("users/learner.lock");
        let _ = std::fs::remove_file(&lock);
        std::os::unix::fs::symlink("/nowhere", &lock).unwrap();
        wrong.extend(check(&sandbox, &case(&["done", "1.2"], 1), &[]));
    }
    // An output that is a folder.
    let sandbox = Sandbox::new();
    std::fs::create_dir_all(sandbox.path().join("out.md")).unwrap();
    wrong.extend(check(&sandbox, &case(&["export", "-o", "out.md"], 2), &[]));
    // A roadmap file with every problem, followed and validated; one
    // that is not JSON; one cut short.
    let theirs: &[&str] = &[
        "zz", "nowhere", "yy", "colour", "optinal", "cots", "Japanese", "optional", "cost",
        "u001b", "summary", "i18n",
    ];
    sandbox.write("bad.json", BAD_ROADMAP);
    sandbox.write("syntax.json", "{\"id\": \"r\",\n oops}");
    sandbox.write("short.json", "{\"id\": ");
    // What serde_json says of a syntax error stays as it says it.
    for (args, detail) in [
        (&["--roadmap", "bad.json", "next"][..], false),
        (&["validate", "bad.json"], false),
        (&["--roadmap", "syntax.json", "next"], true),
        (&["validate", "syntax.json"], true),
        (&["validate", "short.json"], false),
    ] {
        wrong.extend(check(
            &sandbox,
            &Case {
                args: Box::leak(Box::new(args)),
                code: 2,
                theirs,
                detail,
            },
            &[],
        ));
    }
    // Steps a reference cannot tell apart.
    let sandbox = Sandbox::with_roadmap(crate::support::SMALL_ROADMAP);
    wrong.extend(check(
        &sandbox,
        &Case {
            theirs: &["alpha", "beta"],
            ..case(&["done", "zz"], 2)
        },
        &[],
    ));
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn sync_refusals_read_in_japanese() {
    use crate::sync_support::{Device, Remote, git};
    for (name, contents) in [
        ("users/lee.json", "{ \"version\": 3, \"roadm"),
        ("users/lee.json", "{\"version\": 99, \"roadmaps\": {}}"),
        ("users/bob.json", "[\"not a store\"]"),
        ("users/bob.lock", "x"),
    ] {
        let remote = Remote::new();
        let device = Device::new("lee");
        device.ok(&["done", "alpha"]);
        device.init(&remote);
        // Someone with plain git pushes a bad file.
        let other = tempfile::tempdir().unwrap();
        let clone = other.path().join("clone");
        assert!(
            git(other.path(), &["clone", "-q", &remote.url(), "clone"])
                .status
                .success()
        );
        std::fs::write(clone.join(name), contents).unwrap();
        for args in [
            &["add", "-f", name][..],
            &["commit", "-qm", "bad"],
            &["push", "-q", "origin", "HEAD:main"],
        ] {
            assert!(git(&clone, args).status.success(), "{args:?}");
        }
        let err = device.fails(1, &["--lang", "ja", "sync"]);
        assert!(err.contains("を受け付けませんでした"), "{err}");
        let english: Vec<String> = err.lines().flat_map(|line| english_in(line, &[])).collect();
        assert!(english.is_empty(), "{english:?} in\n{err}");
    }
}

/// A report that cannot be written says what failed, in the interface
/// language, with the system's own words after it.
#[cfg(target_os = "linux")]
#[test]
fn an_output_that_cannot_be_written_is_named() {
    let sandbox = Sandbox::new();
    for (lang, says) in [
        ("en", "error: cannot write the output: "),
        ("ja", "エラー: 出力を書き込めません: "),
    ] {
        let full = std::fs::File::create("/dev/full").expect("/dev/full");
        let output = sandbox
            .process()
            .args(["--lang", lang, "list"])
            .stdout(full)
            .output()
            .expect("run roadmap");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(stderr.starts_with(says), "{stderr}");
    }
}
