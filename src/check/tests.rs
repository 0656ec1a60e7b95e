use super::*;
use crate::roadmap::{Check, CheckKind};

fn check(stack: &[&str]) -> Check {
    serde_json::from_value(serde_json::json!({
        "kind": "file", "proves": "x", "path": "a",
        "stack": stack,
    }))
    .unwrap()
}

fn outcome(check: usize, passed: bool) -> Outcome {
    Outcome {
        check,
        findings: if passed {
            vec![]
        } else {
            vec![Finding::NoRemote]
        },
        ran: None,
        output: None,
    }
}

#[test]
fn stack_checks_are_alternatives_and_the_stack_picks_one() {
    let checks = [check(&[]), check(&["python"]), check(&["ruby"])];
    assert_eq!(plan(&checks, None), [0, 1, 2]);
    assert_eq!(plan(&checks, Some("ruby")), [0, 2]);
    assert_eq!(plan(&checks, Some("go")), [0]);
    let ran = [outcome(0, true), outcome(1, false), outcome(2, true)];
    assert!(all_pass(&checks, &ran));
    let ran = [outcome(0, true), outcome(1, false), outcome(2, false)];
    assert!(!all_pass(&checks, &ran));
    let ran = [outcome(0, false), outcome(1, true)];
    assert!(!all_pass(&checks, &ran));
    assert!(!all_pass(&checks, &[]));
    assert_eq!(checks[0].kind, CheckKind::File);
}

#[test]
fn secrets_are_told_from_their_examples() {
    for path in [
        ".env",
        "api/.env.production",
        "id_rsa",
        "certs/server.key",
        "a/.aws/credentials",
        "prod.tfstate",
    ] {
        assert!(looks_secret(path), "{path}");
    }
    for path in [
        ".env.example",
        ".env.sample",
        "id_rsa.pub",
        "README.md",
        "src/key.rs",
        "environment.py",
    ] {
        assert!(!looks_secret(path), "{path}");
    }
}

#[test]
fn ci_files_are_known() {
    assert!(is_ci_workflow(".github/workflows/test.yml"));
    assert!(is_ci_workflow(".gitlab-ci.yml"));
    assert!(!is_ci_workflow(".github/dependabot.yml"));
}

#[test]
fn readme_sections_are_found_by_any_of_their_names() {
    let readme = "# Todo API\n\n## Setup\n\nrun it\n\n使い方\n----\n\n## What I learned\n";
    let wanted: Vec<String> = ["setup", "Usage|使い方", "Tests|テスト", "learned"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(missing_sections(readme, &wanted), ["Tests|テスト"]);
    let names = vec!["readme.txt".to_string(), "README.md".to_string()];
    assert_eq!(pick_readme(&names), Some("README.md"));
}

#[test]
fn the_test_command_follows_the_stack_then_the_files() {
    let none = |_: &str| false;
    let laravel = |name: &str| name == "artisan" || name == "composer.json";
    assert_eq!(
        test_command(Some("ruby"), &none).unwrap()[..3],
        ["bundle", "exec", "rspec"]
    );
    assert_eq!(
        test_command(None, &laravel).unwrap(),
        ["php", "artisan", "test"]
    );
    assert_eq!(test_command(None, &none), None);
    assert_eq!(
        test_command(None, &|n| n == "package.json").unwrap(),
        ["npm", "test"]
    );
}

#[test]
fn credentials_never_leave_the_remote_url() {
    assert_eq!(
        strip_credentials("https://me:ghp_secret@github.com/me/api.git"),
        "https://github.com/me/api.git"
    );
    assert_eq!(
        strip_credentials("git@github.com:me/api.git"),
        "git@github.com:me/api.git"
    );
    assert_eq!(strip_credentials("/srv/git/api"), "/srv/git/api");
    assert_eq!(
        strip_credentials("https://host/me/api.git?private_token=s3cret#frag"),
        "https://host/me/api.git"
    );
    assert_eq!(strip_credentials("https://me:t@host#x?y"), "https://host");
}

#[test]
fn commit_pages_are_linked_on_known_hosts_only() {
    let sha = "0123abcd";
    assert_eq!(
        commit_url("git@github.com:me/api.git", sha).as_deref(),
        Some("https://github.com/me/api/commit/0123abcd")
    );
    assert_eq!(
        commit_url("https://tok@gitlab.com/me/api", sha).as_deref(),
        Some("https://gitlab.com/me/api/-/commit/0123abcd")
    );
    assert_eq!(
        commit_url("https://bitbucket.org/me/api.git", sha).as_deref(),
        Some("https://bitbucket.org/me/api/commits/0123abcd")
    );
    assert_eq!(commit_url("https://example.com/me/api.git", sha), None);
    assert_eq!(commit_url("https://github.com/me/api\"><x", sha), None);
    assert_eq!(commit_url("https://github.com/me/api", "zz"), None);
}

#[test]
fn the_fingerprint_is_sha256() {
    assert_eq!(
        fingerprint(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}
