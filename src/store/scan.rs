//! The JSON pieces the fast reader (see `fast`) is made of: whitespace,
//! punctuation, strings without escapes, whole numbers, and serde_json for
//! any other value. Each gives up (`None`) on what it does not expect.

use std::borrow::Cow;

use serde::Deserialize;

pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    /// The byte offset of the next byte to read.
    pub(super) at: usize,
}

/// Fields of an object, each at most once (a second one: give up).
pub(super) struct Seen(pub(super) u8);

impl Seen {
    pub(super) fn first(&mut self, field: u8) -> Option<()> {
        let bit = 1 << field;
        (self.0 & bit == 0).then(|| self.0 |= bit)
    }
}

impl<'a> Reader<'a> {
    pub(super) fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// Skips JSON whitespace; indentation eight spaces at a time.
    pub(super) fn space(&mut self) {
        let bytes = self.bytes();
        while let Some(chunk) = bytes.get(self.at..self.at + 8) {
            if chunk != b"        " {
                break;
            }
            self.at += 8;
        }
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// The next byte after whitespace, not consumed.
    pub(super) fn peek(&mut self) -> Option<u8> {
        self.space();
        self.bytes().get(self.at).copied()
    }

    /// Consumes `byte` (after whitespace), or gives up.
    pub(super) fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// After a member: `true` for another one (`,`), `false` at `close`.
    pub(super) fn more(&mut self, close: u8) -> Option<bool> {
        match self.peek()? {
            b',' => {
                self.at += 1;
                Some(true)
            }
            b if b == close => {
                self.at += 1;
                Some(false)
            }
            _ => None,
        }
    }

    /// Consumes `{` and says whether the object has members.
    pub(super) fn open(&mut self, open: u8, close: u8) -> Option<bool> {
        self.eat(open)?;
        if self.peek()? == close {
            self.at += 1;
            return Some(false);
        }
        Some(true)
    }

    /// A string without escapes or control characters, borrowed; `None`
    /// for any other (the caller hands those to serde_json).
    pub(super) fn plain(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.at;
        let rest = &self.bytes()[start..];
        let len = string_end(rest)?;
        if rest[len] != b'"' {
            return None;
        }
        self.at = start + len + 1;
        // Ends before an ASCII quote of valid UTF-8: a character boundary.
        self.text.get(start..start + len)
    }

    /// A string, handing escaped ones to serde_json.
    pub(super) fn string(&mut self) -> Option<String> {
        let start = self.at;
        match self.plain() {
            Some(text) => Some(text.to_string()),
            None => {
                self.at = start;
                self.serde()
            }
        }
    }

    /// `"key":`, borrowed unless it has escapes.
    pub(super) fn key(&mut self) -> Option<Cow<'a, str>> {
        let start = self.at;
        let key = match self.plain() {
            Some(key) => Cow::Borrowed(key),
            None => {
                self.at = start;
                Cow::Owned(self.serde::<String>()?)
            }
        };
        self.eat(b':')?;
        Some(key)
    }

    /// Consumes `"name":` if that is what comes next.
    pub(super) fn field(&mut self, name: &str) -> bool {
        self.space();
        let start = self.at;
        // As written: compared in place.
        let bytes = self.bytes();
        let end = start + 1 + name.len();
        if bytes.get(start) == Some(&b'"')
            && bytes.get(start + 1..end) == Some(name.as_bytes())
            && bytes.get(end) == Some(&b'"')
        {
            self.at = end + 1;
            if self.eat(b':').is_some() {
                return true;
            }
            self.at = start;
            return false;
        }
        if self.key().is_some_and(|key| key == name) {
            return true;
        }
        self.at = start;
        false
    }

    /// A whole number without sign, fraction or exponent that fits `u64`,
    /// ending where a JSON number must end.
    pub(super) fn number(&mut self) -> Option<u64> {
        self.space();
        let rest = &self.bytes()[self.at..];
        let len = rest.iter().position(|b| !b.is_ascii_digit())?;
        if len == 0 || (len > 1 && rest[0] == b'0') {
            return None;
        }
        if !matches!(rest[len], b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t') {
            return None;
        }
        let number = self.text[self.at..self.at + len].parse().ok()?;
        self.at += len;
        Some(number)
    }

    /// The next value read by serde_json as `T`, as it would be read in
    /// place; `None` if serde_json refuses it.
    pub(super) fn serde<T: Deserialize<'a>>(&mut self) -> Option<T> {
        let rest = &self.text[self.at..];
        let mut values = serde_json::Deserializer::from_str(rest).into_iter::<T>();
        let value = values.next()?.ok()?;
        self.at += values.byte_offset();
        Some(value)
    }
}

/// Where a string's text ends in `rest`: at its closing quote, or at a
/// backslash or control character; `None` if it never does. Eight bytes
/// at a time, as serde_json does.
fn string_end(rest: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let mut at = 0;
    while let Some(chunk) = rest.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // A high bit in each byte that is (or, after such a byte, may be)
        // a quote, a backslash or below 0x20.
        let zero = |w: u64| w.wrapping_sub(ONES) & !w;
        let found = (zero(word ^ (ONES * u64::from(b'"')))
            | zero(word ^ (ONES * u64::from(b'\\')))
            | word.wrapping_sub(ONES * 0x20) & !word)
            & HIGH;
        if found != 0 {
            // The lowest such byte is exact.
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let tail = rest[at..]
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
    Some(at + tail)
}
