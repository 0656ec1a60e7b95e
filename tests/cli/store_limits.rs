//! Issue 23: the store never writes what it cannot read (dates, sizes,
//! numbers), and every untrusted input has a size limit.

use crate::support::Sandbox;

#[test]
fn a_clock_outside_the_stores_dates_is_named_and_nothing_is_written() {
    let sandbox = Sandbox::new();
    sandbox.run(&["done", "1.1"]).assert().success();
    let before = sandbox.user_bytes("learner");
    for now in ["1970-01-01T00:00:05Z", "2200-01-01T00:00:00Z"] {
        let out = sandbox
            .run(&["done", "1.2"])
            .env("ROADMAP_NOW", now)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{now}: {out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("clock"), "{now}: {stderr}");
        assert!(stderr.contains("nothing was written"), "{now}: {stderr}");
        assert_eq!(sandbox.user_bytes("learner"), before, "{now}");
        let ja = sandbox
            .run(&["--lang", "ja", "note", "1.1", "x"])
            .env("ROADMAP_NOW", now)
            .output()
            .unwrap();
        assert!(
            String::from_utf8_lossy(&ja.stderr).contains("時計"),
            "{ja:?}"
        );
    }
    for args in [
        &["next"][..],
        &["status"],
        &["undo"],
        &["export", "--format", "json"],
    ] {
        sandbox.run(args).assert().success();
    }
}
