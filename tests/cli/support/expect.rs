//! What a [`super::Test`] expects of stdout or stderr, and the check.

use super::diff;

pub enum Expect {
    Exactly(String),
    Contains(Vec<String>),
}

pub fn contains(previous: Option<Expect>, text: String) -> Expect {
    match previous {
        Some(Expect::Contains(mut all)) => {
            all.push(text);
            Expect::Contains(all)
        }
        _ => Expect::Contains(vec![text]),
    }
}

pub fn check(name: &str, expected: Option<&Expect>, actual: &str, failures: &mut Vec<String>) {
    match expected {
        None => {}
        Some(Expect::Exactly(text)) if text != actual => {
            failures.push(format!("{name} differs:\n{}", diff(text, actual)));
        }
        Some(Expect::Exactly(_)) => {}
        Some(Expect::Contains(parts)) => {
            for part in parts.iter().filter(|part| !actual.contains(part.as_str())) {
                failures.push(format!("{name} lacks {part:?}"));
            }
        }
    }
}
