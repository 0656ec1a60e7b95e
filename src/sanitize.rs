//! Untrusted text made safe for a terminal: control characters, ESC and
//! bidi controls are shown escaped (`\u{1b}`) instead of being obeyed.
//! Clean text, by far the common case, is borrowed as it is.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether a character must not reach a terminal as it is: C0 and C1
/// controls (newline and tab included), DEL, and the bidi embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069).
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every unsafe character replaced by its visible escape.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    let Some(first) = text.find(is_unsafe) else {
        return Cow::Borrowed(text);
    };
    let mut clean = String::with_capacity(text.len() + 8);
    clean.push_str(&text[..first]);
    for c in text[first..].chars() {
        if is_unsafe(c) {
            // Writing to a String cannot fail.
            let _ = write!(clean, "{}", c.escape_unicode());
        } else {
            clean.push(c);
        }
    }
    Cow::Owned(clean)
}

/// Whether `text` holds anything [`sanitize`] would escape.
pub fn has_unsafe(text: &str) -> bool {
    text.contains(is_unsafe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(sanitize("Git 入門"), Cow::Borrowed(_)));
    }

    #[test]
    fn escapes_are_made_visible() {
        assert_eq!(sanitize("a\u{1b}]0;x\u{7}b"), "a\\u{1b}]0;x\\u{7}b");
        assert_eq!(sanitize("\u{202e}abc"), "\\u{202e}abc");
        assert_eq!(sanitize("x\u{9b}2J\ty"), "x\\u{9b}2J\\u{9}y");
        assert_eq!(sanitize("a\u{2066}b\u{2069}"), "a\\u{2066}b\\u{2069}");
    }

    #[test]
    fn ordinary_unicode_is_kept() {
        assert_eq!(sanitize("完了 ✓ — ok"), "完了 ✓ — ok");
        assert!(!has_unsafe("完了 ✓ — ok"));
        assert!(has_unsafe("\u{85}"));
    }
}
