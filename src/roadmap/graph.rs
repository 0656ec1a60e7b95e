//! Graph algorithms over the `requires` relation, linear in steps + edges.

use crate::cost;

/// Finds the cycles in a prerequisite graph given as, for each step, the
/// indices of the steps it requires. Returns one cycle per tangle found, each
/// as the steps along it; an empty result means the graph is a DAG.
///
/// Kahn's algorithm removes every step whose prerequisites can all be met;
/// each step left over has a prerequisite that is also left over, so walking
/// from one through left-over prerequisites must close a cycle.
pub fn find_cycles(requires: &[&[usize]]) -> Vec<Vec<usize>> {
    let (dependents, offsets) = invert(requires);
    cycles_in(requires, &dependents, &offsets)
}

/// [`find_cycles`] given the graph's [`invert`]ed form too.
pub(crate) fn cycles_in(
    requires: &[&[usize]],
    dependents: &[usize],
    offsets: &[usize],
) -> Vec<Vec<usize>> {
    let n = requires.len();
    let mut unmet: Vec<usize> = requires.iter().map(|r| r.len()).collect();
    let mut ready: Vec<usize> = (0..n).filter(|&i| unmet[i] == 0).collect();
    let mut left = n;
    while let Some(step) = ready.pop() {
        left -= 1;
        cost::tick(1);
        for &d in &dependents[offsets[step]..offsets[step + 1]] {
            cost::tick(1);
            unmet[d] -= 1;
            if unmet[d] == 0 {
                ready.push(d);
            }
        }
    }
    if left == 0 {
        return Vec::new();
    }

    // 0 = not visited, otherwise the number of the walk that reached it.
    let mut walk_of = vec![0usize; n];
    let mut cycles = Vec::new();
    for start in 0..n {
        if unmet[start] == 0 || walk_of[start] != 0 {
            continue;
        }
        let walk = start + 1;
        let mut path = Vec::new();
        let mut step = start;
        while walk_of[step] == 0 {
            cost::tick(1);
            walk_of[step] = walk;
            path.push(step);
            step = requires[step]
                .iter()
                .copied()
                .inspect(|_| cost::tick(1))
                .find(|&p| unmet[p] > 0)
                .expect("a left-over step has a left-over prerequisite");
        }
        if walk_of[step] == walk {
            let from = path.iter().position(|&s| s == step).unwrap_or(0);
            // Each step of the cycle requires the next, the last the first.
            cycles.push(path.split_off(from));
        }
    }
    cycles
}

/// The reverse of a prerequisite graph, in compressed form: the steps that
/// require step `i` are `dependents[offsets[i]..offsets[i + 1]]`. Two flat
/// vectors instead of a vector per step: no allocation per step.
pub(crate) fn invert(requires: &[&[usize]]) -> (Vec<usize>, Vec<usize>) {
    let n = requires.len();
    let mut offsets = vec![0usize; n + 1];
    for prerequisites in requires {
        cost::tick(1 + prerequisites.len());
        for &p in *prerequisites {
            offsets[p + 1] += 1;
        }
    }
    for i in 0..n {
        offsets[i + 1] += offsets[i];
    }
    let mut fill = offsets.clone();
    let mut dependents = vec![0usize; offsets[n]];
    for (step, prerequisites) in requires.iter().enumerate() {
        cost::tick(1 + prerequisites.len());
        for &p in *prerequisites {
            dependents[fill[p]] = step;
            fill[p] += 1;
        }
    }
    (dependents, offsets)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cycles(edges: &[&[usize]]) -> Vec<Vec<usize>> {
        find_cycles(edges)
    }

    #[test]
    fn dag_has_no_cycles() {
        assert!(cycles(&[&[], &[0], &[0, 1]]).is_empty());
    }

    #[test]
    fn two_step_cycle_is_found() {
        let found = cycles(&[&[1], &[0], &[]]);
        assert_eq!(found.len(), 1);
        let mut cycle = found[0].clone();
        cycle.sort();
        assert_eq!(cycle, [0, 1]);
    }

    #[test]
    fn steps_hanging_off_a_cycle_are_not_in_it() {
        // 3 requires 0, which is in the cycle 0 -> 1 -> 2 -> 0.
        let found = cycles(&[&[2], &[0], &[1], &[0]]);
        assert_eq!(found.len(), 1);
        let mut cycle = found[0].clone();
        cycle.sort();
        assert_eq!(cycle, [0, 1, 2]);
    }

    #[test]
    fn separate_cycles_are_each_reported() {
        let found = cycles(&[&[1], &[0], &[3], &[2]]);
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn long_chain_does_not_overflow_the_stack() {
        let n = 200_000;
        let edges: Vec<Vec<usize>> = (0..n)
            .map(|i| if i == 0 { vec![n - 1] } else { vec![i - 1] })
            .collect();
        let refs: Vec<&[usize]> = edges.iter().map(Vec::as_slice).collect();
        let found = find_cycles(&refs);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].len(), n);
    }
}
