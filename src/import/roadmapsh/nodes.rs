//! Reading the React Flow document leniently: roadmap.sh files differ
//! between roadmaps and over time, so every field but a node's id is
//! optional, and unknown fields are ignored.

use std::cmp::Ordering;
use std::collections::HashMap;

use serde_json::Value;

use super::{NotRoadmapsh, Skipped};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Topic,
    Subtopic,
    Section,
    Title,
    /// Buttons, lines, paragraphs, legends …: drawn, not learned.
    Layout,
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    pub kind: Kind,
    /// The label with runs of white space collapsed; may be empty.
    pub label: String,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Node {
    pub fn centre(&self) -> (f64, f64) {
        (self.x + self.width / 2.0, self.y + self.height / 2.0)
    }

    pub fn has_size(&self) -> bool {
        self.width > 0.0 && self.height > 0.0
    }

    /// Reading order on the page: top to bottom, then left to right.
    pub fn reading_cmp(&self, other: &Node) -> Ordering {
        self.y
            .total_cmp(&other.y)
            .then(self.x.total_cmp(&other.x))
            .then_with(|| self.id.cmp(&other.id))
    }
}

/// An edge between two nodes, by index.
#[derive(Debug, Clone)]
pub struct Edge {
    pub source: usize,
    pub target: usize,
    /// Solid edges form the spine; dashed or dotted ones link subtopics.
    pub solid: bool,
}

pub struct Document {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// What was left out, for the user.
    pub skipped: Vec<Skipped>,
}

impl Document {
    pub fn from_value(value: &Value) -> Result<Document, NotRoadmapsh> {
        let Some(raw_nodes) = value.get("nodes").and_then(Value::as_array) else {
            return Err(NotRoadmapsh::NoNodes);
        };
        let mut nodes = Vec::with_capacity(raw_nodes.len());
        let mut index: HashMap<String, usize> = HashMap::with_capacity(raw_nodes.len());
        let mut skipped = Vec::new();
        for (i, raw) in raw_nodes.iter().enumerate() {
            let Some(id) = raw.get("id").and_then(id_text) else {
                skipped.push(Skipped::NoId { index: i });
                continue;
            };
            if index.contains_key(&id) {
                skipped.push(Skipped::IdUsedBefore { index: i, id });
                continue;
            }
            let node = read_node(raw, id.clone());
            if matches!(node.kind, Kind::Topic | Kind::Subtopic) && node.label.is_empty() {
                skipped.push(Skipped::NoLabel { id });
                continue;
            }
            index.insert(id, nodes.len());
            nodes.push(node);
        }
        let edges = value
            .get("edges")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .filter_map(|raw| {
                let end = |key: &str| {
                    raw.get(key)
                        .and_then(id_text)
                        .and_then(|id| index.get(&id).copied())
                };
                Some(Edge {
                    source: end("source")?,
                    target: end("target")?,
                    solid: is_solid(raw),
                })
            })
            .collect();
        Ok(Document {
            nodes,
            edges,
            skipped,
        })
    }
}

/// Ids are strings, but a number is taken as written.
fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn read_node(raw: &Value, id: String) -> Node {
    let kind = match raw.get("type").and_then(Value::as_str).unwrap_or("") {
        "topic" => Kind::Topic,
        "subtopic" => Kind::Subtopic,
        "section" => Kind::Section,
        "title" => Kind::Title,
        _ => Kind::Layout,
    };
    let label = raw
        .pointer("/data/label")
        .and_then(Value::as_str)
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let number = |pointers: &[&str]| {
        pointers
            .iter()
            .find_map(|p| raw.pointer(p).and_then(number))
            .unwrap_or(0.0)
    };
    Node {
        id,
        kind,
        label,
        x: number(&["/position/x", "/positionAbsolute/x"]),
        y: number(&["/position/y", "/positionAbsolute/y"]),
        width: number(&["/width", "/measured/width", "/style/width"]).max(0.0),
        height: number(&["/height", "/measured/height", "/style/height"]).max(0.0),
    }
}

/// A finite number, also from a string such as "120" or "120px".
fn number(value: &Value) -> Option<f64> {
    let n = match value {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().trim_end_matches("px").parse().ok()?,
        _ => return None,
    };
    n.is_finite().then_some(n)
}

/// roadmap.sh draws dashed and dotted edges with a `strokeDasharray` of
/// non-zero lengths; solid ones have none, or zero ("0").
fn is_solid(edge: &Value) -> bool {
    let dashes = match edge.pointer("/style/strokeDasharray") {
        None | Some(Value::Null) => return true,
        Some(Value::Number(n)) => return n.as_f64().is_none_or(|n| n == 0.0),
        Some(Value::String(s)) => s,
        Some(_) => return true,
    };
    dashes
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .all(|part| part.parse::<f64>().is_ok_and(|n| n == 0.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dash_arrays_tell_solid_from_dashed() {
        assert!(is_solid(&json!({})));
        assert!(is_solid(&json!({"style": {"strokeDasharray": "0"}})));
        assert!(is_solid(&json!({"style": {"strokeDasharray": 0}})));
        assert!(!is_solid(&json!({"style": {"strokeDasharray": "0.8 8"}})));
        assert!(!is_solid(&json!({"style": {"strokeDasharray": "5,5"}})));
    }

    #[test]
    fn nodes_without_id_or_label_are_skipped_and_named() {
        let doc = Document::from_value(&json!({"nodes": [
            {"type": "topic", "data": {"label": "A"}},
            {"id": "x", "type": "topic", "data": {"label": "  "}},
            {"id": "y", "type": "topic", "data": {"label": "Two\nlines"}},
            {"id": "y", "type": "topic", "data": {"label": "Again"}}
        ]}))
        .unwrap();
        assert_eq!(doc.nodes.len(), 1);
        assert_eq!(doc.nodes[0].label, "Two lines");
        assert_eq!(doc.skipped.len(), 3);
    }

    #[test]
    fn a_document_without_nodes_is_refused() {
        assert!(Document::from_value(&json!({"steps": []})).is_err());
    }
}
