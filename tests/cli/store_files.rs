//! The store's files on disk: private modes, and a symlinked user file
//! that stays a link.

#![cfg(unix)]

use std::fs;
use std::path::PathBuf;

use serde_json::Value;

use crate::support::Sandbox;

#[test]
fn new_files_and_folders_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let sandbox = Sandbox::new();
    sandbox.test().args(["done", "1.1"]).success();
    let mode = |path: PathBuf| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let users = sandbox.data_dir().join("users");
    assert_eq!(mode(sandbox.user_file("learner")), 0o600);
    assert_eq!(mode(users.join("learner.lock")), 0o600);
    assert_eq!(mode(users), 0o700);
    assert_eq!(mode(sandbox.data_dir()), 0o700);
}

#[test]
fn a_symlinked_store_file_stays_a_symlink() {
    // A learner keeping the file in a dotfiles repository links to it.
    let sandbox = Sandbox::new();
    let real = sandbox.write("dotfiles/roadmap/learner.json", "");
    fs::remove_file(&real).unwrap();
    sandbox.test().args(["done", "1.1"]).success();
    fs::rename(sandbox.user_file("learner"), &real).unwrap();
    std::os::unix::fs::symlink(&real, sandbox.user_file("learner")).unwrap();
    sandbox.test().args(["done", "1.2"]).success();
    let link = fs::symlink_metadata(sandbox.user_file("learner")).unwrap();
    assert!(link.file_type().is_symlink());
    let data: Value = serde_json::from_slice(&fs::read(&real).unwrap()).unwrap();
    let history = &data["roadmaps"]["backend-from-zero"]["history"];
    assert_eq!(history.as_array().unwrap().len(), 2);
}
