//! Turning the bytes of a roadmap document into its file model.

use super::file::{FieldPath, PathSegment, RoadmapFile};
use super::problem::{Location, Place, Problem, ProblemKind};

/// Larger documents are refused before parsing: 64 MiB holds several
/// hundred thousand steps, far beyond any real curriculum.
pub const MAX_ROADMAP_BYTES: usize = crate::limits::MAX_INPUT_BYTES;

/// Parses a roadmap document. Syntax errors carry line and column; nesting
/// deeper than serde_json's recursion limit is an error, never a stack
/// overflow. Fields the format does not know are noted in
/// `unknown_fields`, for `roadmap validate` to warn about.
pub fn parse(bytes: &[u8]) -> Result<RoadmapFile, Problem> {
    if bytes.len() > MAX_ROADMAP_BYTES {
        return Err(Problem::error(
            Location::at(Place::File),
            ProblemKind::TooBig {
                size: bytes.len(),
                limit: MAX_ROADMAP_BYTES,
            },
        ));
    }
    with_unknown_fields(&mut serde_json::Deserializer::from_slice(bytes))
}

/// Parses a roadmap document like [`parse`], without noting the fields
/// the format does not know: only `roadmap validate` warns about them, and
/// noting them makes parsing slower. The caller limits the size.
pub(crate) fn parse_for_use(bytes: &[u8]) -> Result<RoadmapFile, Problem> {
    serde_json::from_slice(bytes).map_err(syntax_problem)
}

/// Deserializes a whole document, noting every field the format does not
/// know (serde would skip them without a word).
fn with_unknown_fields<'de, R: serde_json::de::Read<'de>>(
    de: &mut serde_json::Deserializer<R>,
) -> Result<RoadmapFile, Problem> {
    let mut unknown = Vec::new();
    let mut file: RoadmapFile =
        serde_ignored::deserialize(&mut *de, |path| unknown.push(field_path(&path)))
            .map_err(syntax_problem)?;
    de.end().map_err(syntax_problem)?;
    file.unknown_fields = unknown;
    Ok(file)
}

fn field_path(path: &serde_ignored::Path<'_>) -> FieldPath {
    use serde_ignored::Path;
    let mut segments = Vec::new();
    let mut at = path;
    loop {
        at = match at {
            Path::Root => break,
            Path::Seq { parent, index } => {
                segments.push(PathSegment::Index(*index));
                parent
            }
            Path::Map { parent, key } => {
                segments.push(PathSegment::Key(key.clone()));
                parent
            }
            Path::Some { parent }
            | Path::NewtypeStruct { parent }
            | Path::NewtypeVariant { parent } => parent,
        };
    }
    segments.reverse();
    segments
}

fn syntax_problem(err: serde_json::Error) -> Problem {
    let location = Location::at(Place::Position {
        line: err.line(),
        column: err.column(),
    });
    let kind = match err.classify() {
        serde_json::error::Category::Eof => ProblemKind::EndsEarly,
        _ => ProblemKind::Syntax(strip_position(&err.to_string())),
    };
    Problem::error(location, kind)
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
        let position = Place::Position { line: 3, column: 3 };
        assert_eq!(*problem.location, Location::at(position));
        assert_eq!(
            problem.kind,
            ProblemKind::Syntax("key must be a string".into())
        );
    }

    #[test]
    fn truncated_document_is_an_error() {
        let problem = parse(b"{\"id\": \"x\"").unwrap_err();
        assert_eq!(problem.kind, ProblemKind::EndsEarly);
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
    fn unknown_fields_are_noted_with_their_place() {
        let doc = br#"{"id": "r", "extra": 1, "steps": [{"id": "a"}, {"id": "b", "require": ["a"],
            "resources": [{"title": "t", "url": "u", "costs": "paid"}]}]}"#;
        let file = parse(doc).unwrap();
        let key = |k: &str| PathSegment::Key(k.into());
        assert_eq!(
            file.unknown_fields,
            [
                vec![key("extra")],
                vec![key("steps"), PathSegment::Index(1), key("require")],
                vec![
                    key("steps"),
                    PathSegment::Index(1),
                    key("resources"),
                    PathSegment::Index(0),
                    key("costs")
                ],
            ]
        );
    }

    #[test]
    fn oversized_document_is_refused() {
        let big = vec![b' '; MAX_ROADMAP_BYTES + 1];
        let problem = parse(&big).unwrap_err();
        assert!(matches!(problem.kind, ProblemKind::TooBig { .. }));
    }
}
