//! The work of converting a roadmap.sh file must grow linearly (or n·log n)
//! with its size: ten times the nodes, at most about twelve times the work
//! (see `crate::cost`). Each shape aims at a way quadratic work crept in.

use serde_json::{Value, json};

use super::{Options, convert};
use crate::cost::measure;

const SMALL: usize = 1_000;
const LARGE: usize = 10_000;
/// n·log n from 1,000 to 10,000 is 13.3 times the work; 15 allows that.
const MAX_GROWTH: f64 = 15.0;

fn units(document: &Value) -> u64 {
    let bytes = serde_json::to_vec(document).unwrap();
    let (conversion, units) = measure(|| convert(&bytes, &Options::default()));
    assert!(conversion.is_ok());
    units
}

fn assert_scales(name: &str, shape: impl Fn(usize) -> Value) {
    let (small, large) = (units(&shape(SMALL)), units(&shape(LARGE)));
    let growth = large as f64 / small as f64;
    assert!(
        growth <= MAX_GROWTH,
        "{name}: {small} units at {SMALL} nodes, {large} at {LARGE}: {growth:.1}x"
    );
}

fn node(id: String, kind: &str, label: &str, x: f64, y: f64) -> Value {
    json!({"id": id, "type": kind, "data": {"label": label}, "position": {"x": x, "y": y}})
}

#[test]
fn many_topics_with_one_label_scale() {
    assert_scales("same labels", |n| {
        let nodes: Vec<Value> = (0..n)
            .map(|i| node(format!("n{i}"), "topic", "Same", 0.0, i as f64))
            .collect();
        json!({"nodes": nodes, "edges": []})
    });
}

#[test]
fn loose_subtopics_scale() {
    // Half topics, half subtopics with no edge and no box around them: each
    // goes to the nearest topic on the page.
    assert_scales("loose subtopics", |n| {
        let nodes: Vec<Value> = (0..n)
            .map(|i| {
                let kind = if i.is_multiple_of(2) {
                    "topic"
                } else {
                    "subtopic"
                };
                let (x, y) = ((i % 100) as f64 * 37.0, (i / 100) as f64 * 53.0);
                node(format!("n{i}"), kind, &format!("Node {i}"), x, y)
            })
            .collect();
        json!({"nodes": nodes, "edges": []})
    });
}

#[test]
fn loose_subtopics_on_one_spot_scale() {
    // Every node at the same place: every topic is equally near.
    assert_scales("one spot", |n| {
        let nodes: Vec<Value> = (0..n)
            .map(|i| {
                let kind = if i.is_multiple_of(2) {
                    "topic"
                } else {
                    "subtopic"
                };
                node(format!("n{i}"), kind, &format!("Node {i}"), 5.0, 5.0)
            })
            .collect();
        json!({"nodes": nodes, "edges": []})
    });
}

#[test]
fn the_nearest_topic_by_tree_is_the_nearest_by_looking_at_each() {
    use super::attach::{Nearest, nearest};
    use super::nodes::{Kind, Node};
    // Small coordinates, so that ties and shared spots are common.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut below = |bound: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % bound
    };
    for round in 0..200 {
        let count = 1 + below(40) as usize;
        let nodes: Vec<Node> = (0..count + 1)
            .map(|i| Node {
                id: format!("n{i}"),
                kind: Kind::Topic,
                label: String::new(),
                x: below(6) as f64,
                y: below(6) as f64,
                width: 0.0,
                height: 0.0,
            })
            .collect();
        // Topics in a shuffled order: ties go to the first in that order.
        let mut topics: Vec<usize> = (0..count).collect();
        for i in (1..topics.len()).rev() {
            topics.swap(i, below(i as u64 + 1) as usize);
        }
        let tree = Nearest::new(&nodes, &topics);
        for probe in 0..nodes.len() {
            assert_eq!(
                tree.to(nodes[probe].centre()),
                nearest(&nodes, probe, topics.iter().copied()),
                "round {round}, probe {probe}"
            );
        }
    }
}

#[test]
fn many_section_boxes_scale() {
    // A topic, then section boxes side by side, each holding one loose
    // subtopic, and a large box around half of them.
    assert_scales("sections", |n| {
        let mut nodes = vec![node("t".into(), "topic", "Topic", 0.0, -100.0)];
        for i in 0..n / 2 {
            let x = i as f64 * 10.0;
            let mut section = node(format!("s{i}"), "section", "", x, 0.0);
            section["width"] = json!(8.0);
            section["height"] = json!(8.0);
            nodes.push(section);
            nodes.push(node(
                format!("u{i}"),
                "subtopic",
                &format!("U{i}"),
                x + 1.0,
                1.0,
            ));
        }
        let mut around = node("big".into(), "section", "", 0.0, 0.0);
        around["width"] = json!(n as f64 * 2.5);
        around["height"] = json!(50.0);
        nodes.push(around);
        json!({"nodes": nodes, "edges": []})
    });
}

#[test]
fn boxes_found_by_sweep_and_tree_are_the_boxes_found_by_looking_at_each() {
    use super::boxes::{Boxes, Points};
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut below = |bound: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % bound
    };
    for round in 0..200 {
        let count = 1 + below(25) as usize;
        // (x, y, width, height): small numbers, so edges and areas tie.
        let boxes: Vec<(f64, f64, f64, f64)> = (0..count)
            .map(|_| {
                let w = 1 + below(5);
                let h = 1 + below(5);
                (
                    below(6) as f64 - 1.0,
                    below(6) as f64 - 0.0,
                    w as f64,
                    h as f64,
                )
            })
            .collect();
        let points: Vec<(f64, f64)> = (0..1 + below(25))
            .map(|_| (below(14) as f64 / 2.0 - 1.0, below(14) as f64 / 2.0 - 0.5))
            .collect();
        let inside = |b: &(f64, f64, f64, f64), p: &(f64, f64)| {
            p.0 >= b.0 && p.0 <= b.0 + b.2 && p.1 >= b.1 && p.1 <= b.1 + b.3
        };
        // The innermost box around each point, the first on ties.
        let swept = Boxes::new(&boxes).innermost(&points);
        for (p, point) in points.iter().enumerate() {
            let expected = (0..boxes.len())
                .filter(|&b| inside(&boxes[b], point))
                .min_by(|&a, &b| (boxes[a].2 * boxes[a].3).total_cmp(&(boxes[b].2 * boxes[b].3)));
            assert_eq!(swept[p], expected, "round {round}, point {p}");
        }
        // The first point inside each box.
        let tree = Points::new(&points);
        for (b, area) in boxes.iter().enumerate() {
            let expected = (0..points.len()).find(|&p| inside(area, &points[p]));
            assert_eq!(tree.first_inside(area), expected, "round {round}, box {b}");
        }
    }
}
