//! The bytes of JSON values, read in place: whitespace, strings without
//! escapes, and a cursor over bytes already in the reader's window (see
//! `scan`) for values read whole.

/// Eight spaces of indentation, as one word.
const SPACES: u64 = u64::from_ne_bytes(*b"        ");

/// Bytes already in the window, read with a cursor: for values short
/// enough to be read whole (a step record, a history event) without the
/// window's bookkeeping at every byte. Each step gives up (`None`) at
/// anything it does not expect, the end of the bytes included, and the
/// caller then reads the value again with the `Reader`.
pub(super) struct Cursor<'a> {
    bytes: &'a [u8],
    /// How much has been read.
    pub(super) at: usize,
}

impl<'a> Cursor<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Cursor<'a> {
        Cursor { bytes, at: 0 }
    }

    fn space(&mut self) {
        self.at += whitespace_len(&self.bytes[self.at..]);
    }

    /// Consumes `byte` after whitespace.
    pub(super) fn eat(&mut self, byte: u8) -> Option<()> {
        self.space();
        (*self.bytes.get(self.at)? == byte).then(|| self.at += 1)
    }

    /// After a member: `true` for another one (`,`), `false` at `close`.
    pub(super) fn more(&mut self, close: u8) -> Option<bool> {
        self.space();
        let more = match *self.bytes.get(self.at)? {
            b',' => true,
            b if b == close => false,
            _ => return None,
        };
        self.at += 1;
        Some(more)
    }

    /// Consumes `quoted` (`"name":`, as roadmap writes a key) after
    /// whitespace.
    pub(super) fn field(&mut self, quoted: &[u8]) -> Option<()> {
        self.space();
        let end = self.at + quoted.len();
        (self.bytes.get(self.at..end)? == quoted).then(|| self.at = end)
    }

    /// A string as `Reader::plain` reads it.
    pub(super) fn plain<T>(&mut self, read: impl FnOnce(&'a [u8]) -> Option<T>) -> Option<T> {
        self.eat(b'"')?;
        let rest = &self.bytes[self.at..];
        let len = string_end(rest)?;
        if rest[len] != b'"' {
            return None;
        }
        self.at += len + 1;
        read(&rest[..len])
    }

    /// A whole number as `Reader::number` reads it.
    pub(super) fn number(&mut self) -> Option<u64> {
        self.space();
        let rest = &self.bytes[self.at..];
        let len = rest.iter().position(|b| !b.is_ascii_digit())?;
        let digits = &rest[..len];
        if digits.is_empty() || (len > 1 && digits[0] == b'0') {
            return None;
        }
        if !matches!(rest[len], b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t') {
            return None;
        }
        let number = std::str::from_utf8(digits).ok()?.parse().ok()?;
        self.at += len;
        Some(number)
    }
}

/// How many bytes of JSON whitespace `rest` starts with. A line break is
/// followed by indentation, taken eight spaces at a time.
pub(super) fn whitespace_len(rest: &[u8]) -> usize {
    let mut len = 0;
    loop {
        while let Some(chunk) = rest.get(len..len + 8) {
            if u64::from_ne_bytes(chunk.try_into().expect("eight bytes")) != SPACES {
                break;
            }
            len += 8;
        }
        match rest.get(len) {
            Some(b' ' | b'\n' | b'\r' | b'\t') => len += 1,
            _ => return len,
        }
    }
}

/// The bytes of a plain string as text, if they are UTF-8 (serde_json
/// refuses them the same way otherwise).
pub(super) fn text(bytes: &[u8]) -> Option<String> {
    String::from_utf8(bytes.to_vec()).ok()
}

/// Where a string's text ends in `rest`: at its closing quote, or at a
/// backslash or control character; `None` if it does not in `rest`. Eight
/// bytes at a time, as serde_json does.
pub(super) fn string_end(rest: &[u8]) -> Option<usize> {
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
