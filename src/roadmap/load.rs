//! Turning the bytes of a roadmap document into its file model.

use std::io::Read;

use super::file::RoadmapFile;
use super::validate::Problem;

/// Larger documents are refused before parsing: 64 MiB holds several
/// hundred thousand steps, far beyond any real curriculum.
pub const MAX_ROADMAP_BYTES: usize = 64 * 1024 * 1024;

/// Parses a roadmap document. Syntax errors carry line and column; nesting
/// deeper than serde_json's recursion limit is an error, never a stack
/// overflow.
pub fn parse(bytes: &[u8]) -> Result<RoadmapFile, Problem> {
    if bytes.len() > MAX_ROADMAP_BYTES {
        return Err(Problem::error(
            "file",
            format!(
                "the roadmap is {} bytes; the limit is {} bytes",
                bytes.len(),
                MAX_ROADMAP_BYTES
            ),
        ));
    }
    serde_json::from_slice(bytes).map_err(syntax_problem)
}

/// Parses a roadmap document that is already known to be UTF-8 text.
pub(crate) fn parse_str(text: &str) -> Result<RoadmapFile, Problem> {
    serde_json::from_str(text).map_err(syntax_problem)
}

/// Parses a roadmap document as it is read, like [`parse`]. A large file
/// is never held in memory whole next to its parsed model (at 100,000
/// steps that would be 30 MB more at the peak). The caller limits the size.
/// Syntax errors are placed as [`parse`] places them; a type error may be
/// a column further on.
pub fn parse_reader(reader: impl Read) -> Result<RoadmapFile, Problem> {
    serde_json::from_reader(reader).map_err(syntax_problem)
}

fn syntax_problem(err: serde_json::Error) -> Problem {
    let location = format!("line {}, column {}", err.line(), err.column());
    let message = match err.classify() {
        serde_json::error::Category::Eof => "the document ends too early".to_string(),
        _ => strip_position(&err.to_string()),
    };
    Problem::error(location, message)
}

/// serde_json appends " at line X column Y"; the location is reported apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_error_has_line_and_column() {
        let problem = parse(b"{\n  \"id\": \"x\",\n  oops\n}").unwrap_err();
        assert_eq!(problem.location, "line 3, column 3");
        assert_eq!(problem.message, "key must be a string");
    }

    #[test]
    fn streamed_parsing_reports_the_same_problems() {
        for doc in [
            &b"{\n  \"id\": \"x\",\n  oops\n}"[..],
            b"{\"id\": \"x\"",
            b"{} trailing",
            b"\xff",
        ] {
            assert_eq!(parse_reader(doc).unwrap_err(), parse(doc).unwrap_err());
        }
        let doc = br#"{"id": "r", "title": "R", "stages": [], "steps": []}"#;
        assert_eq!(parse_reader(&doc[..]).unwrap().id, parse(doc).unwrap().id);
    }

    #[test]
    fn truncated_document_is_an_error() {
        let problem = parse(b"{\"id\": \"x\"").unwrap_err();
        assert_eq!(problem.message, "the document ends too early");
    }

    #[test]
    fn deep_nesting_is_handled_without_a_crash() {
        // Unknown fields are skipped iteratively, however deep.
        let deep = format!(
            "{{\"extra\": {}{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(parse(deep.as_bytes()).is_ok());
        // Where a known field meets nesting, it is a type error.
        let deep = format!("{{\"steps\": {}", "[".repeat(100_000));
        assert!(parse(deep.as_bytes()).is_err());
    }

    #[test]
    fn oversized_document_is_refused() {
        let big = vec![b' '; MAX_ROADMAP_BYTES + 1];
        let problem = parse(&big).unwrap_err();
        assert!(problem.message.contains("limit"));
    }
}
