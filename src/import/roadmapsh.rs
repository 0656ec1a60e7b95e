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
    pub skipped: Vec<String>,
}

/// Converts a roadmap.sh document. Fails with a message when the bytes are
/// not such a document.
pub fn convert(bytes: &[u8], options: &Options) -> Result<Conversion, String> {
    let value: Value = serde_json::from_slice(bytes).map_err(|err| {
        format!(
            "not JSON (line {}, column {}): {}",
            err.line(),
            err.column(),
            err
        )
    })?;
    // serde_json keeps the last of two equal keys: which node or label was
    // meant cannot be told, so say so rather than guess.
    if let Some(duplicate) = crate::unique_keys::find(bytes) {
        return Err(duplicate.to_string());
    }
    let document = Document::from_value(&value)?;
    cost::tick(document.nodes.len() + document.edges.len());
    let Document {
        nodes,
        edges,
        mut skipped,
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
        return Err(
            "no nodes of type 'topic' or 'subtopic' with a label: is this a roadmap.sh roadmap file?"
                .to_string(),
        );
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
    skipped.sort();
    Ok(Conversion {
        roadmap: RoadmapFile {
            schema: None,
            id: Some(id),
            version: 1,
            title: Some(title),
            i18n: Default::default(),
            stages: Some(stages),
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

/// The topic each subtopic belongs to (indexed like `subtopics`).
fn attach(
    nodes: &[Node],
    edges: &[nodes::Edge],
    topics: &[usize],
    subtopics: &[usize],
    is_topic: &HashSet<usize>,
) -> Vec<usize> {
    let mut owner: HashMap<usize, usize> = HashMap::new();
    let mut neighbours: HashMap<usize, Vec<usize>> = HashMap::new();
    for edge in edges {
        neighbours.entry(edge.source).or_default().push(edge.target);
        neighbours.entry(edge.target).or_default().push(edge.source);
    }
    let sub_set: HashSet<usize> = subtopics.iter().copied().collect();
    // 1. An edge to a topic (the nearest, if several), then spread along
    //    edges between subtopics.
    let mut queue = Vec::new();
    for &sub in subtopics {
        let linked = neighbours
            .get(&sub)
            .into_iter()
            .flatten()
            .copied()
            .filter(|other| is_topic.contains(other));
        if let Some(topic) = nearest(nodes, sub, linked) {
            owner.insert(sub, topic);
            queue.push(sub);
        }
    }
    while let Some(sub) = queue.pop() {
        let topic = owner[&sub];
        for &other in neighbours.get(&sub).into_iter().flatten() {
            if sub_set.contains(&other) && !owner.contains_key(&other) {
                owner.insert(other, topic);
                queue.push(other);
            }
        }
    }
    let by_place = Nearest::new(nodes, topics);
    // 2. The section box around it, which belongs to a topic linked to the
    //    box, else to the topic that linked subtopics in the box belong to,
    //    else to the topic nearest the box.
    let sections: Vec<usize> = (0..nodes.len())
        .filter(|&i| nodes[i].kind == Kind::Section && nodes[i].has_size())
        .collect();
    let rect = |i: usize| (nodes[i].x, nodes[i].y, nodes[i].width, nodes[i].height);
    let rects: Vec<boxes::Rect> = sections.iter().map(|&s| rect(s)).collect();
    // Subtopics with a topic by now, in order, for "the first one in the box".
    let owned: Vec<usize> = subtopics
        .iter()
        .copied()
        .filter(|sub| owner.contains_key(sub))
        .collect();
    let owned_points = boxes::Points::new(
        &owned
            .iter()
            .map(|&sub| nodes[sub].centre())
            .collect::<Vec<_>>(),
    );
    let mut box_topic: HashMap<usize, usize> = HashMap::new();
    for (s, &section) in sections.iter().enumerate() {
        let linked = neighbours
            .get(&section)
            .into_iter()
            .flatten()
            .copied()
            .filter(|other| is_topic.contains(other));
        let topic = nearest(nodes, section, linked).or_else(|| {
            owned_points
                .first_inside(&rects[s])
                .map(|first| owner[&owned[first]])
        });
        if let Some(topic) = topic.or_else(|| by_place.to(nodes[section].centre())) {
            box_topic.insert(section, topic);
        }
    }
    let loose: Vec<(f64, f64)> = subtopics.iter().map(|&sub| nodes[sub].centre()).collect();
    let innermost = boxes::Boxes::new(&rects).innermost(&loose);
    subtopics
        .iter()
        .zip(innermost)
        .map(|(&sub, innermost)| {
            if let Some(&topic) = owner.get(&sub) {
                return topic;
            }
            let innermost = innermost.map(|s| sections[s]);
            if let Some(topic) = innermost.and_then(|section| box_topic.get(&section)) {
                return *topic;
            }
            // 3. The nearest topic on the page.
            by_place.to(nodes[sub].centre()).unwrap_or(topics[0])
        })
        .collect()
}

/// The candidate whose centre is closest to `node`'s, the first on ties.
fn nearest(nodes: &[Node], node: usize, candidates: impl Iterator<Item = usize>) -> Option<usize> {
    let (x, y) = nodes[node].centre();
    candidates
        .map(|c| {
            cost::tick(1);
            let (cx, cy) = nodes[c].centre();
            ((cx - x).powi(2) + (cy - y).powi(2), c)
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// The nearest of many nodes to a point, for many points: a k-d tree over
/// their distinct centres, so each question costs about log n instead of a
/// look at every node. Ties go to the node first in the given order, as
/// with [`nearest`].
struct Nearest {
    /// (x, y, position in the given order, node), laid out as a k-d tree:
    /// each range's middle splits the rest by x, then y, alternately.
    points: Vec<(f64, f64, usize, usize)>,
}

impl Nearest {
    fn new(nodes: &[Node], among: &[usize]) -> Nearest {
        // Nodes on one spot: only the first in order can be the answer.
        let mut seen = HashSet::with_capacity(among.len());
        let mut points: Vec<(f64, f64, usize, usize)> = among
            .iter()
            .enumerate()
            .filter_map(|(rank, &node)| {
                let (x, y) = nodes[node].centre();
                seen.insert((x.to_bits(), y.to_bits()))
                    .then_some((x, y, rank, node))
            })
            .collect();
        cost::tick(points.len());
        Self::build(&mut points, 0);
        Nearest { points }
    }

    fn build(points: &mut [(f64, f64, usize, usize)], depth: usize) {
        if points.len() <= 1 {
            return;
        }
        cost::tick(points.len());
        let mid = points.len() / 2;
        let axis = |p: &(f64, f64, usize, usize)| if depth.is_multiple_of(2) { p.0 } else { p.1 };
        points.select_nth_unstable_by(mid, |a, b| axis(a).total_cmp(&axis(b)));
        let (left, right) = points.split_at_mut(mid);
        Self::build(left, depth + 1);
        Self::build(&mut right[1..], depth + 1);
    }

    /// The node nearest to `(x, y)`, or `None` when there are none.
    fn to(&self, (x, y): (f64, f64)) -> Option<usize> {
        let mut best: Option<(f64, usize, usize)> = None;
        Self::search(&self.points, 0, (x, y), &mut best);
        best.map(|(_, _, node)| node)
    }

    fn search(
        points: &[(f64, f64, usize, usize)],
        depth: usize,
        (x, y): (f64, f64),
        best: &mut Option<(f64, usize, usize)>,
    ) {
        if points.is_empty() {
            return;
        }
        cost::tick(1);
        let mid = points.len() / 2;
        let (px, py, rank, node) = points[mid];
        let distance = (px - x).powi(2) + (py - y).powi(2);
        let better = match *best {
            None => true,
            Some((d, r, _)) => distance.total_cmp(&d).then(rank.cmp(&r)).is_lt(),
        };
        if better {
            *best = Some((distance, rank, node));
        }
        let offset = if depth.is_multiple_of(2) {
            x - px
        } else {
            y - py
        };
        let (near, far) = if offset < 0.0 {
            (&points[..mid], &points[mid + 1..])
        } else {
            (&points[mid + 1..], &points[..mid])
        };
        Self::search(near, depth + 1, (x, y), best);
        // The other side can hold a point as near (a tie) only within reach.
        if best.is_none_or(|(d, _, _)| offset * offset <= d) {
            Self::search(far, depth + 1, (x, y), best);
        }
    }
}
