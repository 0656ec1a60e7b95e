//! The index of step ids and aliases.

use std::collections::HashMap;

/// Every step id and alias, and the step it names.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lookup(HashMap<String, usize>);

impl Lookup {
    pub(crate) fn with_capacity(capacity: usize) -> Lookup {
        Lookup(HashMap::with_capacity(capacity))
    }

    /// The step that has `name` as its id or an alias.
    pub(crate) fn get(&self, name: &str) -> Option<usize> {
        self.0.get(name).copied()
    }

    /// Adds `name` for `step`; the caller has checked that it is new.
    pub(crate) fn insert(&mut self, name: &str, step: usize) {
        self.0.insert(name.to_string(), step);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_name_and_nothing_else() {
        let mut lookup = Lookup::with_capacity(2);
        for i in 0..1_000 {
            lookup.insert(&format!("step-{i}"), i);
        }
        lookup.insert("ステップ", 1_000);
        for i in 0..1_000 {
            assert_eq!(lookup.get(&format!("step-{i}")), Some(i));
        }
        assert_eq!(lookup.get("ステップ"), Some(1_000));
        assert_eq!(lookup.get("step-"), None);
        assert_eq!(lookup.get("step-1000"), None);
        assert_eq!(lookup.get(""), None);
    }
}
