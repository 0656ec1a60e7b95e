//! User names, which become file names: checked so that no name can reach
//! outside the store or mean something special to a file system.

use crate::error::Error;

pub const MAX_USER_NAME_CHARS: usize = 64;

/// File names are bounded in bytes (255 on most file systems), and the
/// store adds `.json`, `.lock` and a temporary file's `.…XXXXXX.tmp`.
pub const MAX_USER_NAME_BYTES: usize = 128;

/// Names Windows reserves for devices, whatever the extension: a store
/// synced to a Windows machine must not hold `con.json`. Windows counts the
/// superscript digits ¹ ² ³ as digits here too.
const RESERVED: [&str; 28] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "com¹", "com²", "com³", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
    "lpt9", "lpt¹", "lpt²", "lpt³",
];

/// A user name that is safe to use as a file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserName(String);

impl UserName {
    /// Letters, digits, `.`, `_` and `-`, starting with a letter or digit,
    /// at most 64 characters, not a reserved device name: no path
    /// separators, no `..`, no control characters, nothing a file system
    /// could misread.
    pub fn parse(name: &str) -> Result<UserName, Error> {
        let base = name.split('.').next().unwrap_or_default();
        let valid = name.chars().count() <= MAX_USER_NAME_CHARS
            && name.len() <= MAX_USER_NAME_BYTES
            && name.chars().next().is_some_and(char::is_alphanumeric)
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
            && !RESERVED.iter().any(|r| r.eq_ignore_ascii_case(base));
        if valid {
            Ok(UserName(name.to_string()))
        } else {
            Err(Error::BadUserName {
                name: name.to_string(),
                max_chars: MAX_USER_NAME_CHARS,
                max_bytes: MAX_USER_NAME_BYTES,
            })
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_names_are_checked() {
        for good in ["alice", "bob.smith", "太郎", "a-1_b", "console", "a..b"] {
            assert!(UserName::parse(good).is_ok(), "{good}");
        }
        let long = "a".repeat(65);
        for bad in [
            "",
            "..",
            ".hidden",
            "a/b",
            "a\\b",
            "a\nb",
            "a\u{7f}b",
            "-x",
            "a b",
            "CON",
            "nul.txt",
            "Com1",
            "com¹",
            "LPT³.txt",
            long.as_str(),
            &"𝒜".repeat(60),
        ] {
            assert!(UserName::parse(bad).is_err(), "{bad:?}");
        }
    }
}
