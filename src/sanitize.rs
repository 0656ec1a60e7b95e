//! Untrusted text made safe for a terminal: control characters, ESC and
//! bidi controls are shown escaped (`\u{1b}`) instead of being obeyed.
//! Clean text, by far the common case, is borrowed as it is.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether a character must not reach a terminal as it is: C0 and C1
/// controls (newline and tab included), DEL, and the bidi embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069).
pub fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every character that needs escaping replaced by its visible
/// escape.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    let Some(first) = text.find(needs_escape) else {
        return Cow::Borrowed(text);
    };
    let mut clean = String::with_capacity(text.len() + 8);
    clean.push_str(&text[..first]);
    for c in text[first..].chars() {
        if needs_escape(c) {
            // Writing to a String cannot fail.
            let _ = write!(clean, "{}", c.escape_unicode());
        } else {
            clean.push(c);
        }
    }
    Cow::Owned(clean)
}

/// Whether `text` holds anything [`sanitize`] would escape.
pub fn has_escapable(text: &str) -> bool {
    text.contains(needs_escape)
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
        assert!(!has_escapable("完了 ✓ — ok"));
        assert!(has_escapable("\u{85}"));
    }
}

/// Pretty JSON in which the characters a terminal could obey are written
/// as `\uXXXX` escapes: serde_json escapes C0 controls itself, and this
/// adds C1 controls and bidi controls. The JSON means exactly the same
/// text; only its spelling is safe to print.
pub fn json_pretty<T: serde::Serialize + ?Sized>(
    out: &mut dyn std::io::Write,
    value: &T,
) -> serde_json::Result<()> {
    let mut serializer =
        serde_json::Serializer::with_formatter(out, Safe(serde_json::ser::PrettyFormatter::new()));
    value.serialize(&mut serializer)
}

/// [`json_pretty`] into a string, with a final newline.
pub fn json_pretty_string<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let mut bytes = Vec::new();
    json_pretty(&mut bytes, value).expect("serialising to memory does not fail");
    bytes.push(b'\n');
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

struct Safe<'a>(serde_json::ser::PrettyFormatter<'a>);

impl serde_json::ser::Formatter for Safe<'_> {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut rest = fragment;
        while let Some(at) = rest.find(needs_escape) {
            writer.write_all(&rest.as_bytes()[..at])?;
            let c = rest[at..].chars().next().unwrap_or_default();
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod json_tests {
    use super::*;

    #[test]
    fn json_spells_terminal_controls_as_escapes_and_means_the_same() {
        let text = "a\u{1b}[2J\u{9b}1m\u{202e}b\u{2066}c — 完了";
        let json = json_pretty_string(&serde_json::json!({ "title": text }));
        assert!(!json.contains(needs_escape_but_newline), "{json:?}");
        assert!(
            json.contains("\\u009b") && json.contains("\\u202e"),
            "{json}"
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["title"], text);
        // Pretty as before.
        assert_eq!(
            json_pretty_string(&serde_json::json!({"a": [1]})),
            "{\n  \"a\": [\n    1\n  ]\n}\n"
        );
    }

    fn needs_escape_but_newline(c: char) -> bool {
        c != '\n' && needs_escape(c)
    }
}
