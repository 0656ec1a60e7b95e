//! The window the fast reader (see `fast`) reads through, and the JSON
//! pieces it takes from it: whitespace, punctuation, strings without
//! escapes, whole numbers, and serde_json for any other value (the byte
//! scanners and the cursor for values read whole are in `cursor`). Each
//! gives up (`None`) on what it does not expect.
//!
//! The input is read through a window of a few hundred kilobytes, so that
//! a large store is never in memory as text and as data at once: at
//! 100,000 steps that is 11 MB less, and 11 MB of fresh pages the system
//! need not clear.

use std::io::{self, Read};

use serde::de::DeserializeOwned;

use super::cursor::{string_end, text, whitespace_len};

/// How much is read at a time.
const CHUNK: usize = 256 * 1024;

pub(super) struct Reader<R> {
    input: R,
    /// How much is read at a time.
    chunk: usize,
    /// Bytes `base..base + window.len()` of the input.
    window: Vec<u8>,
    base: usize,
    /// The input ended cleanly (not an error).
    ended: bool,
    /// Reading the input failed.
    failed: bool,
    /// The offset of the next byte to read.
    pub(super) at: usize,
    /// Bytes from this offset on stay in the window: the reader may come
    /// back to them (see [`Reader::mark`]).
    keep: usize,
}

/// Fields of an object, each at most once (a second one: give up).
pub(super) struct Seen(pub(super) u8);

impl Seen {
    pub(super) fn first(&mut self, field: u8) -> Option<()> {
        let bit = 1 << field;
        (self.0 & bit == 0).then(|| self.0 |= bit)
    }
}

impl<R: Read> Reader<R> {
    pub(super) fn new(input: R) -> Reader<R> {
        Reader::with_chunk(input, CHUNK)
    }

    /// A reader that reads `chunk` bytes at a time (tests try them all).
    pub(super) fn with_chunk(input: R, chunk: usize) -> Reader<R> {
        let mut reader = Reader {
            input,
            chunk,
            window: Vec::with_capacity(chunk),
            base: 0,
            ended: false,
            failed: false,
            at: 0,
            keep: 0,
        };
        // Editors on some systems add a byte-order mark; it means nothing.
        if reader
            .window_from(0, 3)
            .is_some_and(|start| start == b"\xEF\xBB\xBF")
        {
            reader.at = 3;
        }
        reader
    }

    /// The window from the current offset, read on until it holds `want`
    /// bytes or the input has ended.
    pub(super) fn ahead(&mut self, want: usize) -> &[u8] {
        while self.base + self.window.len() < self.at + want && self.fill() {}
        &self.window[self.at - self.base..]
    }

    /// Nothing before the current offset will be read again.
    pub(super) fn mark(&mut self) {
        self.keep = self.at;
    }

    /// The whole input was read, cleanly, and nothing but whitespace is
    /// left.
    pub(super) fn at_end(&mut self) -> bool {
        self.space();
        self.byte(self.at).is_none() && !self.failed
    }

    /// Reads more of the input into the window; `false` at its end (or on
    /// an error, which makes the reader give up). Rare: kept out of the
    /// loops that call it.
    #[cold]
    #[inline(never)]
    fn fill(&mut self) -> bool {
        if self.ended {
            return false;
        }
        let done = self.keep.min(self.at) - self.base;
        if done > 0 && done >= self.window.len() / 2 {
            self.window.drain(..done);
            self.base += done;
        }
        let before = self.window.len();
        // A value longer than a chunk (a long note) doubles the window, so
        // that reading it on costs no more than reading it once.
        let want = self.chunk.max(before);
        let mut chunk = (&mut self.input).take(want as u64);
        loop {
            match chunk.read_to_end(&mut self.window) {
                Ok(_) => break,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => {
                    self.failed = true;
                    break;
                }
            }
        }
        if self.failed || self.window.len() == before {
            self.ended = true;
            return false;
        }
        true
    }

    /// The byte at offset `at`, reading on as needed.
    fn byte(&mut self, at: usize) -> Option<u8> {
        while at >= self.base + self.window.len() {
            if !self.fill() {
                return None;
            }
        }
        Some(self.window[at - self.base])
    }

    /// `len` bytes from offset `at`, reading on as needed; `None` if the
    /// input ends before.
    fn window_from(&mut self, at: usize, len: usize) -> Option<&[u8]> {
        while at + len > self.base + self.window.len() {
            if !self.fill() {
                return None;
            }
        }
        Some(&self.window[at - self.base..at - self.base + len])
    }

    /// Skips JSON whitespace.
    pub(super) fn space(&mut self) {
        loop {
            let rest = &self.window[self.at - self.base..];
            let len = whitespace_len(rest);
            self.at += len;
            if len < rest.len() || !self.fill() {
                return;
            }
        }
    }

    /// The next byte after whitespace, not consumed.
    pub(super) fn peek(&mut self) -> Option<u8> {
        self.space();
        self.byte(self.at)
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

    /// Consumes `open` and says whether the object or array has members.
    pub(super) fn open(&mut self, open: u8, close: u8) -> Option<bool> {
        self.eat(open)?;
        if self.peek()? == close {
            self.at += 1;
            return Some(false);
        }
        Some(true)
    }

    /// A string without escapes or control characters, its bytes given to
    /// `read` (which checks that they are UTF-8 if it needs text); `None`
    /// for any other string (the caller hands those to serde_json).
    pub(super) fn plain<T>(&mut self, read: impl FnOnce(&[u8]) -> Option<T>) -> Option<T> {
        self.eat(b'"')?;
        let start = self.at;
        let mut from = start;
        let end = loop {
            let rest = &self.window[from - self.base..];
            match string_end(rest) {
                Some(len) => break from + len,
                None => {
                    from = self.base + self.window.len();
                    if !self.fill() {
                        return None;
                    }
                }
            }
        };
        if self.window[end - self.base] != b'"' {
            return None;
        }
        self.at = end + 1;
        read(&self.window[start - self.base..end - self.base])
    }

    /// A string, handing escaped ones to serde_json.
    pub(super) fn string(&mut self) -> Option<String> {
        let start = self.at;
        match self.plain(text) {
            Some(text) => Some(text),
            None => {
                self.at = start;
                self.serde()
            }
        }
    }

    /// `"key":` where the key is one of `names`: its index.
    pub(super) fn key(&mut self, names: &[&str]) -> Option<usize> {
        let start = self.at;
        let known = |key: &[u8]| names.iter().position(|name| name.as_bytes() == key);
        let index = match self.plain(|key| Some(known(key))) {
            Some(index) => index?,
            None => {
                self.at = start;
                known(self.serde::<String>()?.as_bytes())?
            }
        };
        self.eat(b':')?;
        Some(index)
    }

    /// A whole number without sign, fraction or exponent that fits `u64`,
    /// ending where a JSON number must end.
    pub(super) fn number(&mut self) -> Option<u64> {
        self.space();
        let start = self.at;
        let mut end = start;
        while self.byte(end)?.is_ascii_digit() {
            end += 1;
        }
        let digits = &self.window[start - self.base..end - self.base];
        if digits.is_empty() || (digits.len() > 1 && digits[0] == b'0') {
            return None;
        }
        let number = std::str::from_utf8(digits).ok()?.parse().ok()?;
        if !matches!(
            self.byte(end)?,
            b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'
        ) {
            return None;
        }
        self.at = end;
        Some(number)
    }

    /// The next value read by serde_json as `T`, as it would be read in
    /// place; `None` if serde_json refuses it.
    pub(super) fn serde<T: DeserializeOwned>(&mut self) -> Option<T> {
        self.space();
        loop {
            let rest = &self.window[self.at - self.base..];
            let mut values = serde_json::Deserializer::from_slice(rest).into_iter::<T>();
            let read = values.next();
            let len = values.byte_offset();
            // A value is whole once something follows it (a number might
            // go on) or the input has ended; a refusal is final only then.
            match read {
                Some(Ok(value)) if len < rest.len() || self.ended => {
                    self.at += len;
                    return Some(value);
                }
                Some(Err(_)) | None if self.ended => return None,
                // Read on (to the end at worst), then decide.
                _ => {
                    self.fill();
                }
            }
        }
    }
}
