//! `roadmap graph`: the prerequisite graph as Mermaid or Graphviz DOT,
//! nodes grouped by stage and coloured by status.
//!
//! Nodes are named by position (`s1`, `n7`), not by step id: ids may hold
//! characters either language would read as syntax. Titles are quoted and
//! escaped.

use std::fmt::Write;

use serde::Serialize;

use super::export::{Picture, Shade};
use crate::progress::Status;

pub fn mermaid(picture: &Picture) -> String {
    let roadmap = picture.roadmap;
    let mut out = String::from("flowchart LR\n");
    for (s, stage) in roadmap.stages.iter().enumerate() {
        let _ = writeln!(
            out,
            "  subgraph s{s}[\"{}. {}\"]",
            s + 1,
            mermaid_text(stage.title(picture.lang))
        );
        for i in stage.step_indices() {
            let _ = writeln!(
                out,
                "    n{i}[\"{} {}\"]:::{}",
                roadmap.number(i),
                mermaid_text(roadmap.steps[i].title(picture.lang)),
                shade_class(picture.shade(i))
            );
        }
        out.push_str("  end\n");
    }
    for (i, step) in roadmap.steps.iter().enumerate() {
        for p in step.requires() {
            let _ = writeln!(out, "  n{p} --> n{i}");
        }
        // Alternatives (`requires_any`): dotted, any one is enough.
        for p in step.requires_any() {
            let _ = writeln!(out, "  n{p} -.-> n{i}");
        }
    }
    for shade in Shade::ALL {
        let _ = writeln!(
            out,
            "  classDef {} fill:{},stroke:{},color:#263238",
            shade_class(shade),
            shade.fill(),
            shade.stroke()
        );
    }
    out
}

pub fn dot(picture: &Picture) -> String {
    let roadmap = picture.roadmap;
    let mut out = format!(
        "digraph roadmap {{\n  label=\"{}\";\n  labelloc=t;\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fontname=\"sans-serif\"];\n",
        dot_text(roadmap.title(picture.lang))
    );
    for (s, stage) in roadmap.stages.iter().enumerate() {
        let _ = writeln!(
            out,
            "  subgraph cluster_{s} {{\n    label=\"{}. {}\";",
            s + 1,
            dot_text(stage.title(picture.lang))
        );
        for i in stage.step_indices() {
            let shade = picture.shade(i);
            let _ = writeln!(
                out,
                "    n{i} [label=\"{} {}\", fillcolor=\"{}\", color=\"{}\", tooltip=\"{}\"];",
                roadmap.number(i),
                dot_text(roadmap.steps[i].title(picture.lang)),
                shade.fill(),
                shade.stroke(),
                shade.label(picture.lang)
            );
        }
        out.push_str("  }\n");
    }
    for (i, step) in roadmap.steps.iter().enumerate() {
        for p in step.requires() {
            let _ = writeln!(out, "  n{p} -> n{i};");
        }
        for p in step.requires_any() {
            let _ = writeln!(out, "  n{p} -> n{i} [style=dashed, arrowhead=empty];");
        }
    }
    out.push_str("}\n");
    out
}

/// Mermaid class names cannot contain '-'.
fn shade_class(shade: Shade) -> &'static str {
    match shade {
        Shade::InProgress => "inprogress",
        other => other.class(),
    }
}

/// Whether `c` may stand as it is in a graph label. Everything else is
/// written as a numeric character reference: Mermaid reads `%%{…}%%` as a
/// directive anywhere in a diagram (a title could set the theme or load
/// CSS from elsewhere), quotes and brackets end labels, and control and
/// bidi characters have no business in a picture.
fn plain_in_label(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            ' ' | '.' | ',' | ':' | ';' | '-' | '_' | '/' | '!' | '?' | '+' | '*' | '=' | '@' | '~'
        )
        || (!c.is_ascii() && !c.is_control() && !is_bidi_control(c))
}

/// The characters that reorder text: U+202A–U+202E, U+2066–U+2069, and the
/// marks U+200E, U+200F, U+061C.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
}

/// Text inside a quoted Mermaid label: anything but plain text becomes
/// Mermaid's `#code;` entity (`#37;` for `%`, `#quot;` for `"`).
fn mermaid_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => escaped.push_str("#quot;"),
            '\n' | '\r' => escaped.push(' '),
            c if plain_in_label(c) => escaped.push(c),
            c => {
                let _ = write!(escaped, "#{};", u32::from(c));
            }
        }
    }
    escaped
}

/// Text inside a quoted DOT string, by the same rule: `"` and `\\` escaped
/// with a backslash, other non-plain characters as HTML character
/// references, which Graphviz reads in labels (`&#37;` for `%`).
fn dot_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => escaped.push_str("\\\""),
            '\\' => escaped.push_str("\\\\"),
            '\n' | '\r' => escaped.push(' '),
            c if plain_in_label(c) => escaped.push(c),
            c => {
                let _ = write!(escaped, "&#{};", u32::from(c));
            }
        }
    }
    escaped
}

/// The `--json` shape of `roadmap graph`: nodes and edges by step id.
#[derive(Debug, Serialize)]
pub struct GraphReport {
    pub roadmap: String,
    pub stages: Vec<GraphStage>,
    pub nodes: Vec<GraphNode>,
    /// `[prerequisite, step]` pairs.
    pub edges: Vec<[String; 2]>,
    /// `[alternative, step]` pairs from `requires_any`: the step needs any
    /// one of its alternatives finished.
    pub any_edges: Vec<[String; 2]>,
}

#[derive(Debug, Serialize)]
pub struct GraphStage {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Serialize)]
pub struct GraphNode {
    pub id: String,
    pub number: String,
    pub title: String,
    pub stage: String,
    pub status: Status,
    /// Todo steps whose prerequisites are all finished.
    pub available: bool,
}

pub fn report(picture: &Picture) -> GraphReport {
    let roadmap = picture.roadmap;
    let lang = picture.lang;
    GraphReport {
        roadmap: roadmap.id.to_string(),
        stages: roadmap
            .stages
            .iter()
            .map(|stage| GraphStage {
                id: stage.id.to_string(),
                title: stage.title(lang).to_string(),
            })
            .collect(),
        nodes: roadmap
            .reading_order()
            .map(|i| {
                let step = &roadmap.steps[i];
                GraphNode {
                    id: step.id.to_string(),
                    number: roadmap.number(i),
                    title: step.title(lang).to_string(),
                    stage: roadmap.stages[step.stage()].id.to_string(),
                    status: picture.statuses[i],
                    available: picture.shade(i) == Shade::Available,
                }
            })
            .collect(),
        edges: roadmap
            .steps
            .iter()
            .flat_map(|step| {
                step.requires()
                    .map(|p| [roadmap.steps[p].id.to_string(), step.id.to_string()])
            })
            .collect(),
        any_edges: roadmap
            .steps
            .iter()
            .flat_map(|step| {
                step.requires_any()
                    .map(|p| [roadmap.steps[p].id.to_string(), step.id.to_string()])
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_cannot_break_out_of_their_quotes() {
        assert_eq!(
            mermaid_text("say \"hi\" #1 <b>"),
            "say #quot;hi#quot; #35;1 #60;b#62;"
        );
        assert_eq!(
            mermaid_text("%%{init: {}}%% [x](y) 'z' \u{1b}\u{202e}日本"),
            "#37;#37;#123;init: #123;#125;#125;#37;#37; #91;x#93;#40;y#41; #39;z#39; #27;#8238;日本"
        );
        assert_eq!(dot_text("50% & <b>"), "50&#37; &#38; &#60;b&#62;");
        assert_eq!(dot_text("a \"b\" \\ c"), "a \\\"b\\\" \\\\ c");
    }
}
