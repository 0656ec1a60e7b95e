//! Text from sync's world made safe to show: git's own words and names
//! from the remote, cleaned of control characters and of any credentials
//! in URLs. The errors themselves are worded in `super::errors`.

/// Lines of git's error output worth showing: the last few, with control
/// characters escaped and credentials in URLs hidden.
pub fn git_words(stderr: &str) -> String {
    let lines: Vec<String> = stderr
        .lines()
        .map(|line| hide_credentials(&shown(line.trim())))
        .filter(|line| !line.is_empty())
        .collect();
    let start = lines.len().saturating_sub(6);
    lines[start..].join("\n  ")
}

/// `scheme://user:secret@host/...` becomes `scheme://***@host/...`,
/// anywhere in `text`.
pub fn hide_credentials(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let (head, tail) = rest.split_at(at + 3);
        out.push_str(head);
        let authority_end = tail
            .find(|c: char| c == '/' || c.is_whitespace() || c == '\'' || c == '"')
            .unwrap_or(tail.len());
        match tail[..authority_end].rfind('@') {
            Some(userinfo_end) => {
                out.push_str("***");
                rest = &tail[userinfo_end..];
            }
            None => rest = tail,
        }
    }
    out.push_str(rest);
    out
}

/// A path or name that came from the remote, safe to print: control and
/// bidirectional-override characters are shown as escapes.
pub fn shown(text: &str) -> String {
    text.chars()
        .map(|c| {
            let bidi = matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_in_urls_are_hidden() {
        assert_eq!(
            hide_credentials("https://me:s3cret@example.com/r.git"),
            "https://***@example.com/r.git"
        );
        assert_eq!(
            hide_credentials("fatal: unable to access 'https://tok@host/x/': boom"),
            "fatal: unable to access 'https://***@host/x/': boom"
        );
        assert_eq!(
            hide_credentials("git@github.com:me/r.git"),
            "git@github.com:me/r.git"
        );
        assert_eq!(hide_credentials("/srv/r.git"), "/srv/r.git");
    }

    #[test]
    fn remote_names_are_shown_without_control_or_bidi_characters() {
        assert_eq!(shown("users/a\u{1b}[31m.json"), "users/a\\u{1b}[31m.json");
        assert_eq!(shown("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(shown("users/ana.json"), "users/ana.json");
    }

    #[test]
    fn git_words_keep_the_last_lines_without_control_characters() {
        let words = git_words("hint: a\n\n\x1b[31mfatal: b\x07\r\n");
        assert_eq!(words, "hint: a\n  \\u{1b}[31mfatal: b\\u{7}");
    }
}
