//! What a compiled roadmap answers about itself, and the check that makes
//! archived bytes from outside (the cache) safe to read in place.

use super::validate::MAX_ESTIMATE_HOURS;
use super::{ArchivedUsize, Compiled, translated};
use crate::lang::Lang;

impl Compiled {
    pub fn title(&self, lang: Lang) -> &str {
        translated(&self.i18n, lang, |t| t.title.as_deref()).unwrap_or(&self.title)
    }

    pub fn version(&self) -> u32 {
        self.version.to_native()
    }

    /// Step index for an exact id or alias.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.lookup.get(id)
    }

    /// Step index for an exact id or alias, and whether it is an alias.
    pub fn index_and_alias(&self, id: &str) -> Option<(usize, bool)> {
        self.lookup.entry(id)
    }

    /// Step indices in reading order (by stage, then file order).
    pub fn reading_order(&self) -> impl DoubleEndedIterator<Item = usize> + ExactSizeIterator + '_ {
        indices(&self.order)
    }

    /// The steps that list `step` as a prerequisite (in `requires` or
    /// `requires_any`).
    pub fn dependents(
        &self,
        step: usize,
    ) -> impl DoubleEndedIterator<Item = usize> + ExactSizeIterator + '_ {
        let from = self.dependent_offsets[step].to_native() as usize;
        let to = self.dependent_offsets[step + 1].to_native() as usize;
        indices(&self.dependents[from..to])
    }

    /// The short number of a step, e.g. `2.3`.
    pub fn number(&self, step: usize) -> String {
        let step = &self.steps[step];
        format!("{}.{}", step.stage() + 1, step.position())
    }

    /// Every index points where it should, so that no later access can
    /// panic, and the prerequisites form no cycle, so that no walk along
    /// them can loop: what `validate` guarantees, checked again on data
    /// read back from the cache. Linear in steps and edges.
    pub(super) fn is_sound(&self) -> bool {
        let n = self.steps.len();
        let stages = self.stages.len();
        let index = |i: &ArchivedUsize| (i.to_native() as usize) < n;
        let steps_ok = self.steps.iter().all(|step| {
            step.stage() < stages
                && step.requires.iter().all(index)
                && step.requires_any.iter().all(index)
                && step.estimate_hours().is_finite()
                && (0.0..=MAX_ESTIMATE_HOURS).contains(&step.estimate_hours())
        });
        let offsets_ok = self.dependent_offsets.len() == n + 1
            && self
                .dependent_offsets
                .first()
                .is_some_and(|o| o.to_native() == 0)
            && self
                .dependent_offsets
                .last()
                .is_some_and(|o| o.to_native() as usize == self.dependents.len())
            && self
                .dependent_offsets
                .windows(2)
                .all(|w| w[0].to_native() <= w[1].to_native());
        steps_ok
            && offsets_ok
            && self.order.len() == n
            && self.order.iter().all(index)
            && self.dependents.iter().all(index)
            && self
                .stages
                .iter()
                .all(|stage| stage.steps.iter().all(index))
            && self.lookup.is_sound(n)
            && self.is_acyclic()
    }

    /// Kahn's algorithm over the stored dependents: every step can be
    /// reached by finishing prerequisites first. The dependents must match
    /// the prerequisites edge for edge.
    fn is_acyclic(&self) -> bool {
        let mut unmet: Vec<usize> = self
            .steps
            .iter()
            .map(|step| step.requires.len() + step.requires_any.len())
            .collect();
        if unmet.iter().sum::<usize>() != self.dependents.len() {
            return false;
        }
        let mut ready: Vec<usize> = (0..unmet.len()).filter(|&i| unmet[i] == 0).collect();
        let mut finished = 0;
        while let Some(step) = ready.pop() {
            finished += 1;
            for dependent in self.dependents(step) {
                let Some(left) = unmet[dependent].checked_sub(1) else {
                    return false;
                };
                unmet[dependent] = left;
                if left == 0 {
                    ready.push(dependent);
                }
            }
        }
        finished == unmet.len()
    }
}

/// Archived indices as `usize`.
pub(super) fn indices(
    list: &[ArchivedUsize],
) -> impl DoubleEndedIterator<Item = usize> + ExactSizeIterator + '_ {
    list.iter().map(|i| i.to_native() as usize)
}

#[cfg(test)]
mod tests {
    use super::super::{Roadmap, RoadmapData};

    fn data() -> RoadmapData {
        let json = br#"{"id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}],
            "steps": [{"id": "a", "stage": "s", "title": "A"},
                      {"id": "b", "stage": "s", "title": "B", "requires": ["a"]}]}"#;
        let roadmap = Roadmap::from_json(json).unwrap();
        rkyv::deserialize::<RoadmapData, rkyv::rancor::Error>(&*roadmap).unwrap()
    }

    /// Archived with one thing broken: never read, however well-formed the
    /// bytes are.
    fn refused(break_it: impl FnOnce(&mut RoadmapData)) -> bool {
        let mut data = data();
        break_it(&mut data);
        let bytes = rkyv::to_bytes::<rkyv::rancor::Error>(&data).unwrap();
        Roadmap::from_archive(bytes).is_none()
    }

    #[test]
    fn the_index_tells_ids_from_aliases() {
        let json = br#"{"id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}],
            "steps": [{"id": "a", "stage": "s", "title": "A", "aliases": ["old-a", "older-a"]},
                      {"id": "b", "stage": "s", "title": "B", "requires": ["a"]}]}"#;
        let roadmap = Roadmap::from_json(json).unwrap();
        assert_eq!(roadmap.index_and_alias("a"), Some((0, false)));
        assert_eq!(roadmap.index_and_alias("old-a"), Some((0, true)));
        assert_eq!(roadmap.index_and_alias("older-a"), Some((0, true)));
        assert_eq!(roadmap.index_and_alias("b"), Some((1, false)));
        assert_eq!(roadmap.index_and_alias("c"), None);
    }

    #[test]
    fn sound_archives_are_read_back() {
        let bytes = rkyv::to_bytes::<rkyv::rancor::Error>(&data()).unwrap();
        let roadmap = Roadmap::from_archive(bytes).expect("sound");
        assert_eq!(roadmap.index_of("b"), Some(1));
        assert_eq!(roadmap.steps[1].requires().collect::<Vec<_>>(), [0]);
    }

    #[test]
    fn archives_with_broken_indices_or_cycles_are_refused() {
        assert!(refused(|d| d.steps[1].requires = vec![7]));
        assert!(refused(|d| d.steps[0].stage = 3));
        assert!(refused(|d| d.steps[0].estimate_hours = f64::NAN));
        assert!(refused(|d| d.order = vec![0]));
        assert!(refused(|d| d.order[1] = 9));
        assert!(refused(|d| d.dependents = vec![5]));
        assert!(refused(|d| d.dependent_offsets = vec![0, 9, 1]));
        assert!(refused(|d| d.stages[0].steps.push(4)));
        // A cycle: a requires b, which requires a (dependents to match).
        assert!(refused(|d| {
            d.steps[0].requires = vec![1];
            d.dependents = vec![1, 0];
            d.dependent_offsets = vec![0, 1, 2];
        }));
        assert!(!refused(|_| {}));
    }

    #[test]
    fn garbage_is_refused() {
        for bytes in [&[][..], &[0u8; 15], &[0xff; 64], b"{\"id\": \"r\"}"] {
            let mut aligned = rkyv::util::AlignedVec::<16>::new();
            aligned.extend_from_slice(bytes);
            assert!(Roadmap::from_archive(aligned).is_none());
        }
    }
}
