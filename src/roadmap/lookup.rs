//! The index of step ids and aliases.
//!
//! The names are copied once, into one string, and the table holds only
//! where each name is in it and its step: a table a quarter the size of a
//! map of `String`s and no allocation per name. On 100,000 steps the map's
//! cache misses were half of the time spent validating.

use std::hash::BuildHasher;

use hashbrown::HashTable;

/// foldhash rather than SipHash: the names come from a local file, not
/// from an attacker.
type Hasher = foldhash::fast::RandomState;

#[derive(Debug, Clone, Default)]
pub(crate) struct Lookup {
    names: String,
    /// Where a name is in `names` (start, end), and its step.
    table: HashTable<(u32, u32, u32)>,
    hasher: Hasher,
}

impl Lookup {
    pub(crate) fn with_capacity(capacity: usize) -> Lookup {
        Lookup {
            names: String::new(),
            table: HashTable::with_capacity(capacity),
            hasher: Hasher::default(),
        }
    }

    /// The step that has `name` as its id or an alias.
    pub(crate) fn get(&self, name: &str) -> Option<usize> {
        let names = self.names.as_bytes();
        self.table
            .find(self.hasher.hash_one(name), |&(start, end, _)| {
                &names[start as usize..end as usize] == name.as_bytes()
            })
            .map(|&(_, _, step)| step as usize)
    }

    /// Adds `name` for `step`; the caller has checked that it is new.
    /// Positions fit in `u32`: roadmap files are at most 64 MiB.
    pub(crate) fn insert(&mut self, name: &str, step: usize) {
        let Lookup {
            names,
            table,
            hasher,
        } = self;
        let start = names.len() as u32;
        names.push_str(name);
        let entry = (start, names.len() as u32, step as u32);
        table.insert_unique(hasher.hash_one(name), entry, |&(start, end, _)| {
            hasher.hash_one(&names[start as usize..end as usize])
        });
    }
}

/// The index as a compiled roadmap keeps it: the same names, and their
/// places sorted by a fixed hash, searched by bisection. Built once per
/// compile; read in place from the cache, with no table to rebuild.
#[derive(Debug, rkyv::Archive, rkyv::Serialize)]
#[rkyv(derive(Debug))]
pub(crate) struct Index {
    names: String,
    /// (start, end, step), sorted by the hash of `names[start..end]`.
    entries: Vec<[u32; 3]>,
}

/// A hash that is the same in every run of one build (the cache is keyed
/// by the build).
fn fixed_hash(name: &[u8]) -> u64 {
    foldhash::fast::FixedState::with_seed(0x5eed_0f_4d_a9).hash_one(name)
}

impl From<Lookup> for Index {
    fn from(lookup: Lookup) -> Index {
        let Lookup { names, table, .. } = lookup;
        let mut entries: Vec<(u64, [u32; 3])> = table
            .into_iter()
            .map(|(start, end, step)| {
                let hash = fixed_hash(&names.as_bytes()[start as usize..end as usize]);
                (hash, [start, end, step])
            })
            .collect();
        entries.sort_unstable();
        Index {
            names,
            entries: entries.into_iter().map(|(_, entry)| entry).collect(),
        }
    }
}

impl ArchivedIndex {
    /// The step that has `name` as its id or an alias.
    pub(crate) fn get(&self, name: &str) -> Option<usize> {
        let hash = fixed_hash(name.as_bytes());
        let names = self.names.as_bytes();
        let text = |entry: &[rkyv::rend::u32_le; 3]| {
            names.get(entry[0].to_native() as usize..entry[1].to_native() as usize)
        };
        let hash_of = |entry: &[rkyv::rend::u32_le; 3]| text(entry).map_or(0, fixed_hash);
        let first = self.entries.partition_point(|entry| hash_of(entry) < hash);
        self.entries[first..]
            .iter()
            .take_while(|entry| hash_of(entry) == hash)
            .find(|entry| text(entry) == Some(name.as_bytes()))
            .map(|entry| entry[2].to_native() as usize)
    }

    /// Every entry lies within the names and points at one of `steps`.
    pub(crate) fn is_sound(&self, steps: usize) -> bool {
        let len = self.names.len();
        self.entries.iter().all(|[start, end, step]| {
            start.to_native() <= end.to_native()
                && end.to_native() as usize <= len
                && (step.to_native() as usize) < steps
        })
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
