//! serde_json's pretty printing, byte for byte (two spaces a level), with
//! each line break and its indentation written at once rather than a
//! level at a time.

use std::io::{self, Write};

use serde_json::ser::Formatter;

/// A line break and the indentation of the deepest line written at once;
/// deeper lines (never in a user file) get the rest a level at a time.
const BREAK: &[u8] = b",\n                                        ";
/// Indentation per level.
const LEVEL: usize = 2;

pub struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    pub fn new() -> Pretty {
        Pretty {
            depth: 0,
            has_value: false,
        }
    }

    /// A new line at the current depth, after a comma unless `first`.
    fn line<W: ?Sized + Write>(&self, out: &mut W, first: bool) -> io::Result<()> {
        let start = usize::from(first);
        let spaces = self.depth * LEVEL;
        let end = (2 + spaces).min(BREAK.len());
        out.write_all(&BREAK[start..end])?;
        for _ in (end - 2)..spaces {
            out.write_all(b" ")?;
        }
        Ok(())
    }
}

impl Formatter for Pretty {
    #[inline]
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(b"[")
    }

    #[inline]
    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.line(out, true)?;
        }
        out.write_all(b"]")
    }

    #[inline]
    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.line(out, first)
    }

    #[inline]
    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    #[inline]
    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(b"{")
    }

    #[inline]
    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.line(out, true)?;
        }
        out.write_all(b"}")
    }

    #[inline]
    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.line(out, first)
    }

    #[inline]
    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    #[inline]
    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn both(value: &serde_json::Value) -> (String, String) {
        let mut ours = Vec::new();
        let mut serializer = serde_json::Serializer::with_formatter(&mut ours, Pretty::new());
        serde::Serialize::serialize(value, &mut serializer).unwrap();
        let theirs = serde_json::to_string_pretty(value).unwrap();
        (String::from_utf8(ours).unwrap(), theirs)
    }

    #[test]
    fn writes_what_serde_json_writes_at_any_depth() {
        let mut deep = json!({"leaf": [1, {}, [], "x"]});
        for depth in 0..30 {
            deep = json!({"a": [deep.clone(), {"n": depth, "e": {}}], "b": [], "c": {"d": null}});
            let (ours, theirs) = both(&deep);
            assert_eq!(ours, theirs, "depth {depth}");
        }
        for value in [
            json!(1),
            json!([]),
            json!({}),
            json!([[]]),
            json!([{}, {"a": []}]),
        ] {
            let (ours, theirs) = both(&value);
            assert_eq!(ours, theirs);
        }
    }
}
