//! roadmap.sh roadmaps: the React Flow `{nodes, edges}` document that
//! roadmap.sh lets a user download, converted into a roadmap file.
//!
//! What the format tells and how it is read:
//! - Nodes of type `topic` and `subtopic` are what there is to learn
//!   (`data.label` is the title); every other type (`section`, `button`,
//!   `paragraph`, `vertical`, `title`, `legend` …) is layout.
//! - There is no prerequisite field. The order of topics is the order of
//!   the solid edges between them (the "spine"), which may pass through
//!   layout nodes such as buttons; where the edges leave a choice, the
//!   topic higher on the page (then further left) comes first.
//! - A subtopic belongs to the topic an edge connects it to (directly or
//!   through other subtopics); else to the topic of the `section` box that
//!   contains it; else to the nearest topic on the page.
//!
//! The result: one stage per topic, holding the topic and its subtopics;
//! each topic requires the previous topic, each subtopic its topic. Ids are
//! kebab-case slugs of the labels, made unique; the node's original id is
//! kept as an alias.

mod attach;
mod boxes;
mod ids;
mod nodes;
#[cfg(test)]
mod scaling;

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

use serde_json::Value;

use crate::cost;
use crate::roadmap::file::{RoadmapFile, StageFile, StepFile};
use crate::roadmap::looks_like_a_step_number;
use attach::attach;
use ids::{Slugs, slug};
use nodes::{Document, Kind, Node};

/// What the caller knows beyond the file.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub id: Option<String>,
    pub title: Option<String>,
    /// The file's name without extension: the fallback id and title.
    pub file_stem: String,
}

#[derive(Debug, Clone)]
pub struct Conversion {
    pub roadmap: RoadmapFile,
    pub topics: usize,
    pub subtopics: usize,
    /// Nodes left out, and why.
    pub skipped: Vec<Skipped>,
}

/// Why a document is not a roadmap.sh roadmap.
#[derive(Debug, Clone, PartialEq)]
pub enum NotRoadmapsh {
    /// Not JSON: where, and what serde_json says, as it says it.
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    DuplicateKey(crate::unique_keys::DuplicateKey),
    NoNodes,
    NoTopics,
}

/// A node left out of the conversion, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skipped {
    NoId { index: usize },
    IdUsedBefore { index: usize, id: String },
    NoLabel { id: String },
}

/// Converts a roadmap.sh document. Fails with a message when the bytes are
/// not such a document.
pub fn convert(bytes: &[u8], options: &Options) -> Result<Conversion, NotRoadmapsh> {
    let value: Value = serde_json::from_slice(bytes).map_err(|err| NotRoadmapsh::NotJson {
        line: err.line(),
        column: err.column(),
        detail: err.to_string(),
    })?;
    // serde_json keeps the last of two equal keys: which node or label was
    // meant cannot be told, so say so rather than guess.
    if let Some(duplicate) = crate::unique_keys::find(bytes) {
        return Err(NotRoadmapsh::DuplicateKey(duplicate));
    }
    let document = Document::from_value(&value)?;
    cost::tick(document.nodes.len() + document.edges.len());
    let Document {
        nodes,
        edges,
        skipped,
    } = document;

    let mut topics: Vec<usize> = (0..nodes.len())
        .filter(|&i| nodes[i].kind == Kind::Topic)
        .collect();
    let mut subtopics: Vec<usize> = (0..nodes.len())
        .filter(|&i| nodes[i].kind == Kind::Subtopic)
        .collect();
    if topics.is_empty() {
        // A roadmap drawn with subtopics only: they are its topics.
        topics = std::mem::take(&mut subtopics);
    }
    if topics.is_empty() {
        return Err(NotRoadmapsh::NoTopics);
    }
    let is_topic: HashSet<usize> = topics.iter().copied().collect();
    let is_subtopic: HashSet<usize> = subtopics.iter().copied().collect();
    let ordered = spine_order(&nodes, &edges, &is_topic, &is_subtopic);
    let owner = attach(&nodes, &edges, &ordered, &subtopics, &is_topic);

    // Subtopics of each topic, in reading order on the page.
    let mut children: HashMap<usize, Vec<usize>> = HashMap::new();
    for (&sub, &topic) in subtopics.iter().zip(&owner) {
        children.entry(topic).or_default().push(sub);
    }
    for list in children.values_mut() {
        list.sort_by(|&a, &b| nodes[a].reading_cmp(&nodes[b]));
    }

    let aliases: Vec<String> = nodes.iter().map(|n| alias_of(&n.id)).collect();
    let mut ids = Slugs::new(aliases.iter().map(String::as_str));
    let mut stages = Vec::with_capacity(ordered.len());
    let mut steps = Vec::with_capacity(ordered.len() + subtopics.len());
    let mut previous: Option<String> = None;
    for &topic in &ordered {
        let topic_id = ids.make(&nodes[topic].label);
        stages.push(StageFile {
            id: Some(topic_id.clone()),
            title: Some(nodes[topic].label.clone()),
            ..StageFile::default()
        });
        steps.push(step(
            &nodes[topic],
            &topic_id,
            &topic_id,
            previous.iter().cloned().collect(),
        ));
        for &sub in children.get(&topic).map(Vec::as_slice).unwrap_or(&[]) {
            let sub_id = ids.make(&nodes[sub].label);
            steps.push(step(
                &nodes[sub],
                &sub_id,
                &topic_id,
                vec![topic_id.clone()],
            ));
        }
        previous = Some(topic_id);
    }

    let title = options
        .title
        .clone()
        .or_else(|| {
            nodes
                .iter()
                .filter(|n| n.kind == Kind::Title)
                .min_by(|a, b| a.reading_cmp(b))
                .map(|n| n.label.clone())
        })
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| options.file_stem.clone());
    let id = options.id.clone().unwrap_or_else(|| {
        let slug = slug(&options.file_stem);
        if slug.is_empty() {
            "roadmapsh".to_string()
        } else {
            slug
        }
    });
    Ok(Conversion {
        roadmap: RoadmapFile {
            schema: None,
            id: Some(id),
            version: 1,
            format: None,
            title: Some(title),
            i18n: Default::default(),
            stages: Some(stages),
            skills: Vec::new(),
            steps: Some(steps),
            unknown_fields: Vec::new(),
        },
        topics: ordered.len(),
        subtopics: subtopics.len(),
        skipped,
    })
}

/// The alias that keeps a node's id: the id itself, unless it reads as a
/// step number (`1.2`), which would take that number from another step.
fn alias_of(node_id: &str) -> String {
    if looks_like_a_step_number(node_id) {
        format!("node-{node_id}")
    } else {
        node_id.to_string()
    }
}

fn step(node: &Node, id: &str, stage: &str, requires: Vec<String>) -> StepFile {
    let alias = alias_of(&node.id);
    StepFile {
        id: Some(id.to_string()),
        stage: Some(stage.to_string()),
        title: Some(node.label.clone()),
        requires,
        aliases: if alias != id { vec![alias] } else { Vec::new() },
        ..StepFile::default()
    }
}

/// Topics in spine order: a topological order of the solid edges among
/// topics and layout nodes (so the spine may run through buttons and
/// lines), always taking the ready node highest on the page. Where edges
/// form a cycle, the highest node left is taken next, so every topic is
/// placed.
fn spine_order(
    nodes: &[Node],
    edges: &[nodes::Edge],
    is_topic: &HashSet<usize>,
    is_subtopic: &HashSet<usize>,
) -> Vec<usize> {
    let n = nodes.len();
    let mut by_page: Vec<usize> = (0..n).collect();
    by_page.sort_by(|&a, &b| nodes[a].reading_cmp(&nodes[b]));
    let mut rank = vec![0usize; n];
    for (r, &i) in by_page.iter().enumerate() {
        rank[i] = r;
    }
    let mut successors: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut unmet = vec![0usize; n];
    for edge in edges {
        if !edge.solid
            || edge.source == edge.target
            || is_subtopic.contains(&edge.source)
            || is_subtopic.contains(&edge.target)
        {
            continue;
        }
        successors[edge.source].push(edge.target);
        unmet[edge.target] += 1;
    }
    let mut ready: BinaryHeap<Reverse<usize>> = (0..n)
        .filter(|&i| unmet[i] == 0 && !is_subtopic.contains(&i))
        .map(|i| Reverse(rank[i]))
        .collect();
    let mut placed = vec![false; n];
    for &i in is_subtopic {
        placed[i] = true;
    }
    let mut next_by_page = 0;
    let mut order = Vec::with_capacity(is_topic.len());
    loop {
        let node = match ready.pop() {
            Some(Reverse(r)) => by_page[r],
            None => {
                // A cycle (or nothing left): take the highest unplaced node.
                while next_by_page < n && placed[by_page[next_by_page]] {
                    next_by_page += 1;
                }
                if next_by_page == n {
                    break;
                }
                by_page[next_by_page]
            }
        };
        if placed[node] {
            continue;
        }
        placed[node] = true;
        if is_topic.contains(&node) {
            order.push(node);
        }
        for &next in &successors[node] {
            unmet[next] = unmet[next].saturating_sub(1);
            if unmet[next] == 0 && !placed[next] {
                ready.push(Reverse(rank[next]));
            }
        }
    }
    order
}
