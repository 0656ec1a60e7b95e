//! Which topic each subtopic belongs to: an edge to a topic, else the
//! section box it sits in, else the nearest topic on the page.

use std::collections::{HashMap, HashSet};

use super::boxes;
use super::nodes::{self, Kind, Node};
use crate::cost;

/// The topic each subtopic belongs to (indexed like `subtopics`).
pub(super) fn attach(
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
pub(super) fn nearest(
    nodes: &[Node],
    node: usize,
    candidates: impl Iterator<Item = usize>,
) -> Option<usize> {
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
pub(super) struct Nearest {
    /// (x, y, position in the given order, node), laid out as a k-d tree:
    /// each range's middle splits the rest by x, then y, alternately.
    points: Vec<(f64, f64, usize, usize)>,
}

impl Nearest {
    pub(super) fn new(nodes: &[Node], among: &[usize]) -> Nearest {
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
    pub(super) fn to(&self, (x, y): (f64, f64)) -> Option<usize> {
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
