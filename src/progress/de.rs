//! Reading progress from the store cheaply. The derived code would do, but
//! a long history made it slow: a map of 50,000 step records built one
//! insertion at a time (half-full tree nodes, 30 key comparisons each) and
//! 150,000 dates through chrono's general parser. What is read here is
//! exactly what the derived code reads: the same values, and the same
//! errors for anything else.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

/// `deserialize_with` for a map keyed by id: like
/// [`crate::unique_keys::map`] (a key given twice is refused, with the
/// same message), built in one go from keys in order, as the store writes
/// them. Keys out of order (a file edited by hand) are inserted one by one.
pub fn sorted_map<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Sorted<V>(PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for Sorted<V> {
        type Value = BTreeMap<String, V>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a map")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
            let mut sorted: Vec<(String, V)> = Vec::new();
            while let Some(key) = access.next_key::<String>()? {
                if sorted.last().is_some_and(|(last, _)| *last >= key) {
                    let map = sorted.into_iter().collect();
                    return one_by_one(map, key, access);
                }
                let value = access.next_value()?;
                sorted.push((key, value));
            }
            // Already in order: the tree is built bottom up, nodes full.
            Ok(sorted.into_iter().collect())
        }
    }

    deserializer.deserialize_map(Sorted(PhantomData))
}

/// The rest of a map whose keys came out of order, from `key` on.
fn one_by_one<'de, A, V>(
    mut map: BTreeMap<String, V>,
    mut key: String,
    mut access: A,
) -> Result<BTreeMap<String, V>, A::Error>
where
    A: MapAccess<'de>,
    V: Deserialize<'de>,
{
    loop {
        if map.contains_key(&key) {
            return Err(de::Error::custom(format_args!(
                "duplicate key '{}'",
                crate::unique_keys::shown(&key)
            )));
        }
        let value = access.next_value()?;
        map.insert(key, value);
        match access.next_key::<String>()? {
            Some(next) => key = next,
            None => return Ok(map),
        }
    }
}

#[cfg(test)]
#[path = "de_tests.rs"]
mod tests;
