//! Which section box holds which node, for many boxes and many nodes at
//! once. Looking at every box for every node made a file of 10,000 boxes
//! and 10,000 subtopics take 10^8 steps; these take about n·log² n and
//! n·√n. A point lies in a box when it is inside or on its edge.

use std::collections::BTreeSet;

use crate::cost;

/// A box: its left, top, width and height.
pub type Rect = (f64, f64, f64, f64);

/// -0.0 and 0.0 compare equal as numbers but not by `total_cmp`: sorting
/// and searching use the same order as the comparisons they stand for.
fn norm(value: f64) -> f64 {
    value + 0.0
}

/// Boxes, asked for the innermost one around each of many points.
pub struct Boxes<'a> {
    boxes: &'a [Rect],
}

impl<'a> Boxes<'a> {
    pub fn new(boxes: &'a [Rect]) -> Boxes<'a> {
        Boxes { boxes }
    }

    /// For each point, the smallest box around it (the first of equal
    /// ones), by index. A sweep from left to right keeps the boxes that
    /// span the current x in a segment tree over y.
    pub fn innermost(&self, points: &[(f64, f64)]) -> Vec<Option<usize>> {
        let mut ys: Vec<f64> = Vec::with_capacity(self.boxes.len() * 2 + points.len());
        for &(_, y, _, h) in self.boxes {
            ys.push(norm(y));
            ys.push(norm(y + h));
        }
        ys.extend(points.iter().map(|&(_, y)| norm(y)));
        ys.sort_by(f64::total_cmp);
        ys.dedup_by(|a, b| a.total_cmp(b).is_eq());
        let at = |y: f64| {
            ys.binary_search_by(|probe| probe.total_cmp(&norm(y)))
                .unwrap_or_else(|i| i)
        };
        // Boxes open before points at the same x, and close after them.
        const OPEN: u8 = 0;
        const ASK: u8 = 1;
        const CLOSE: u8 = 2;
        let mut events: Vec<(f64, u8, usize)> =
            Vec::with_capacity(self.boxes.len() * 2 + points.len());
        for (b, &(x, _, w, _)) in self.boxes.iter().enumerate() {
            events.push((norm(x), OPEN, b));
            events.push((norm(x + w), CLOSE, b));
        }
        for (p, &(x, _)) in points.iter().enumerate() {
            events.push((norm(x), ASK, p));
        }
        events.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        cost::tick(events.len());
        let mut tree = Cover::new(ys.len());
        let mut found = vec![None; points.len()];
        for (_, kind, i) in events {
            let key = |b: usize| {
                let (_, y, w, h) = self.boxes[b];
                // Areas are not negative, so their bits sort as they do.
                ((w * h + 0.0).to_bits(), b, at(y), at(y + h))
            };
            match kind {
                OPEN => {
                    let (area, b, low, high) = key(i);
                    tree.change(low, high, (area, b), true);
                }
                CLOSE => {
                    let (area, b, low, high) = key(i);
                    tree.change(low, high, (area, b), false);
                }
                _ => found[i] = tree.smallest_at(at(points[i].1)).map(|(_, b)| b),
            }
        }
        found
    }
}

/// A segment tree over `0..len`: each node holds the boxes that cover its
/// whole range (and not its parent's), smallest first.
struct Cover {
    len: usize,
    nodes: Vec<BTreeSet<(u64, usize)>>,
}

impl Cover {
    fn new(len: usize) -> Cover {
        Cover {
            len,
            nodes: vec![BTreeSet::new(); 4 * len.max(1)],
        }
    }

    /// Adds (or removes) `key` over `low..=high`.
    fn change(&mut self, low: usize, high: usize, key: (u64, usize), add: bool) {
        if low <= high && self.len > 0 {
            self.change_in(1, 0, self.len - 1, low, high, key, add);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn change_in(
        &mut self,
        node: usize,
        from: usize,
        to: usize,
        low: usize,
        high: usize,
        key: (u64, usize),
        add: bool,
    ) {
        cost::tick(1);
        if high < from || to < low {
            return;
        }
        if low <= from && to <= high {
            if add {
                self.nodes[node].insert(key);
            } else {
                self.nodes[node].remove(&key);
            }
            return;
        }
        let mid = from + (to - from) / 2;
        self.change_in(2 * node, from, mid, low, high, key, add);
        self.change_in(2 * node + 1, mid + 1, to, low, high, key, add);
    }

    /// The smallest key covering `position`.
    fn smallest_at(&self, position: usize) -> Option<(u64, usize)> {
        if position >= self.len {
            return None;
        }
        let (mut node, mut from, mut to) = (1, 0, self.len - 1);
        let mut best = None;
        loop {
            cost::tick(1);
            if let Some(&key) = self.nodes[node].first() {
                best = Some(best.map_or(key, |b: (u64, usize)| b.min(key)));
            }
            if from == to {
                return best;
            }
            let mid = from + (to - from) / 2;
            if position <= mid {
                (node, to) = (2 * node, mid);
            } else {
                (node, from) = (2 * node + 1, mid + 1);
            }
        }
    }
}

/// Points, asked for the first one inside each of many boxes: a k-d tree
/// whose every subtree knows its bounds and its first point.
pub struct Points {
    /// (x, y, index), laid out as a k-d tree like `super::Nearest`.
    points: Vec<(f64, f64, usize)>,
    /// For the subtree whose middle is at `i`: its bounds and first index.
    subtree: Vec<(Rect, usize)>,
}

impl Points {
    pub fn new(points: &[(f64, f64)]) -> Points {
        let mut laid: Vec<(f64, f64, usize)> = points
            .iter()
            .enumerate()
            .map(|(i, &(x, y))| (x, y, i))
            .collect();
        let mut subtree = vec![((0.0, 0.0, 0.0, 0.0), 0); laid.len()];
        Self::build(&mut laid, 0, 0, &mut subtree);
        Points {
            points: laid,
            subtree,
        }
    }

    /// Lays out `points` (which start at `offset` in the whole) and returns
    /// their bounds (left, top, right, bottom) and first index.
    fn build(
        points: &mut [(f64, f64, usize)],
        offset: usize,
        depth: usize,
        subtree: &mut [(Rect, usize)],
    ) -> Option<((f64, f64, f64, f64), usize)> {
        if points.is_empty() {
            return None;
        }
        cost::tick(points.len());
        let mid = points.len() / 2;
        let axis = |p: &(f64, f64, usize)| if depth.is_multiple_of(2) { p.0 } else { p.1 };
        points.select_nth_unstable_by(mid, |a, b| axis(a).total_cmp(&axis(b)));
        let (x, y, index) = points[mid];
        let mut bounds = ((x, y, x, y), index);
        let (left, right) = points.split_at_mut(mid);
        let sides = [
            Self::build(left, offset, depth + 1, subtree),
            Self::build(&mut right[1..], offset + mid + 1, depth + 1, subtree),
        ];
        for ((l, t, r, b), first) in sides.into_iter().flatten() {
            let ((bl, bt, br, bb), bf) = bounds;
            bounds = ((bl.min(l), bt.min(t), br.max(r), bb.max(b)), bf.min(first));
        }
        subtree[offset + mid] = bounds;
        Some(bounds)
    }

    /// The smallest index of a point inside `area`, if any.
    pub fn first_inside(&self, &(x, y, w, h): &Rect) -> Option<usize> {
        let (right, bottom) = (x + w, y + h);
        let mut best = None;
        self.search(0, self.points.len(), (x, y, right, bottom), &mut best);
        best
    }

    fn search(&self, from: usize, to: usize, area: Rect, best: &mut Option<usize>) {
        if from >= to {
            return;
        }
        cost::tick(1);
        let mid = from + (to - from) / 2;
        let ((l, t, r, b), first) = self.subtree[mid];
        let (x, y, right, bottom) = area;
        // Nothing here can be inside, or be before what was found.
        if r < x || l > right || b < y || t > bottom || best.is_some_and(|f| f <= first) {
            return;
        }
        if l >= x && r <= right && t >= y && b <= bottom {
            *best = Some(first);
            return;
        }
        let (px, py, index) = self.points[mid];
        if px >= x && px <= right && py >= y && py <= bottom && best.is_none_or(|f| index < f) {
            *best = Some(index);
        }
        self.search(from, mid, area, best);
        self.search(mid + 1, to, area, best);
    }
}
