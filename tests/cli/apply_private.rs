//! `roadmap apply private on` stays on when the private log is deleted or
//! moved away: new applications never fall back into the synced user file.

use crate::apply::{add, sandbox};

#[test]
fn a_deleted_private_log_does_not_turn_privacy_off() {
    let s = sandbox();
    s.json(&["apply", "private", "on"]);
    add(&s, "Initech Secret KK", "agent", "2026-11-20");
    let file = s.data_dir().join("private").join("learner.json");
    assert!(file.is_file());
    // The learner deletes the log (or moves it away, as the hint for a
    // corrupt file says): the mode stays on.
    std::fs::rename(&file, s.path().join("moved.json")).unwrap();
    add(&s, "Hooli Secret", "direct", "2026-11-21");
    let user = String::from_utf8(s.user_bytes("learner")).unwrap();
    assert!(!user.contains("Secret"), "{user}");
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Hooli Secret")
    );
    let status = s.json(&["apply", "private"]);
    assert_eq!(status["private"].as_bool(), Some(true), "{status}");
    std::fs::remove_file(&file).unwrap();
    let status = s.json(&["apply", "private"]);
    assert_eq!(status["private"].as_bool(), Some(true), "{status}");
    add(&s, "Globex Secret", "agent", "2026-11-22");
    let user = String::from_utf8(s.user_bytes("learner")).unwrap();
    assert!(!user.contains("Secret"), "{user}");
    // Off turns it off for good: the next application is in the user file.
    s.json(&["apply", "private", "off"]);
    add(&s, "Public Co", "agent", "2026-11-23");
    let user = String::from_utf8(s.user_bytes("learner")).unwrap();
    assert!(
        user.contains("Public Co") && user.contains("Globex Secret"),
        "{user}"
    );
    assert!(!s.data_dir().join("private").join("learner.on").exists());
    assert_eq!(
        s.json(&["apply", "private"])["private"].as_bool(),
        Some(false)
    );
}
