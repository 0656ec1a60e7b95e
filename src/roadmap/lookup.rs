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

/// The index as a compiled roadmap keeps it: the same names, and an
/// open-addressing table of their places (linear probing, at most four
/// fifths full: a fifth of the archive at half full), read in place from
/// the cache with nothing to rebuild.
#[derive(Debug, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
#[rkyv(derive(Debug))]
pub(crate) struct Index {
    names: String,
    /// Slots of (hash, start, end, step + 1 with [`ALIAS`] set for an
    /// alias); a zero step is an empty slot.
    /// The length is a power of two.
    slots: Vec<[u32; 4]>,
}

/// The bit of a slot's step that marks an alias (steps are far fewer
/// than 2^31: a roadmap file is at most 64 MiB).
const ALIAS: u32 = 1 << 31;

/// A hash with the same value on every platform and in every build
/// (XXH3 is specified to the bit), so an archived index means the same
/// wherever it is read.
fn fixed_hash(name: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(name)
}

impl From<Lookup> for Index {
    fn from(lookup: Lookup) -> Index {
        let Lookup { names, table, .. } = lookup;
        let len = (table.len() + table.len() / 4 + 1).next_power_of_two();
        let mask = len - 1;
        let mut slots = vec![[0u32; 4]; len];
        // In the order the names were added, not the table's (which
        // changes from run to run): the same roadmap gives the same bytes.
        let mut entries: Vec<(u32, u32, u32)> = table.into_iter().collect();
        entries.sort_unstable();
        // Every id is added before any alias: a step's first name is its id.
        let mut named = vec![false; entries.iter().map(|e| e.2 as usize + 1).max().unwrap_or(0)];
        for (start, end, step) in entries {
            let alias = std::mem::replace(&mut named[step as usize], true);
            let hash = fixed_hash(&names.as_bytes()[start as usize..end as usize]);
            let mut slot = hash as usize & mask;
            while slots[slot][3] != 0 {
                slot = (slot + 1) & mask;
            }
            slots[slot] = [
                (hash >> 32) as u32,
                start,
                end,
                (step + 1) | (u32::from(alias) << 31),
            ];
        }
        Index { names, slots }
    }
}

impl ArchivedIndex {
    /// The step that has `name` as its id or an alias.
    pub(crate) fn get(&self, name: &str) -> Option<usize> {
        self.entry(name).map(|(step, _)| step)
    }

    /// The step that has `name` as its id or an alias, and whether it is
    /// an alias.
    pub(crate) fn entry(&self, name: &str) -> Option<(usize, bool)> {
        let len = self.slots.len();
        if len == 0 {
            return None;
        }
        let hash = fixed_hash(name.as_bytes());
        let mask = len - 1;
        let names = self.names.as_bytes();
        let mut slot = hash as usize & mask;
        // Bounded, so that a table with no empty slot cannot loop.
        for _ in 0..len {
            let [high, start, end, marked] = self.slots[slot].map(|n| n.to_native());
            let step = marked & !ALIAS;
            if step == 0 {
                return None;
            }
            if high == (hash >> 32) as u32
                && names.get(start as usize..end as usize) == Some(name.as_bytes())
            {
                return Some((step as usize - 1, marked & ALIAS != 0));
            }
            slot = (slot + 1) & mask;
        }
        None
    }

    /// The table's length is a power of two, and every entry lies within
    /// the names and points at one of `steps`.
    pub(crate) fn is_sound(&self, steps: usize) -> bool {
        let len = self.names.len();
        (self.slots.is_empty() || self.slots.len().is_power_of_two())
            && self.slots.iter().all(|slot| {
                let [_, start, end, marked] = slot.map(|n| n.to_native());
                start <= end && end as usize <= len && (marked & !ALIAS) as usize <= steps
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
