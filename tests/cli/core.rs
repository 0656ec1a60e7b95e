//! The core loop on the built-in roadmap: next, done, status.

use predicates::prelude::*;

use crate::support::Sandbox;

#[test]
fn fresh_user_is_told_the_first_fundamentals_step() {
    let sandbox = Sandbox::new();
    sandbox
        .run(&["next"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("1.1  Pick one backend language"))
        .stdout(predicate::str::contains("Done when:"));
    assert!(
        !sandbox.user_file("learner").exists(),
        "reading creates no file"
    );
}
