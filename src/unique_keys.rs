//! Refusing JSON objects that hold the same key twice.
//!
//! serde_json keeps the last of two equal keys, so a store that a careless
//! merge left with `"alpha"` twice would load with one record silently
//! gone, and the next write would delete it for good. The store, roadmap
//! files and progress backups are read through these checks instead: typed
//! maps with [`map`], anything else with [`find`] before it is parsed.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// A key found twice in one object, and where the second one is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicateKey {
    pub key: String,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for DuplicateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "duplicate key '{}' at line {}, column {}",
            shown(&self.key),
            self.line,
            self.column
        )
    }
}

/// The first key that appears twice in one object of the JSON document
/// `bytes`, at any depth. `None` when every object's keys are distinct, and
/// also when `bytes` is not JSON at all: the parser proper reports that.
pub fn find(bytes: &[u8]) -> Option<DuplicateKey> {
    let found = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let result = Walk { found: &found }.deserialize(&mut deserializer);
    let key = found.into_inner()?;
    let err = result.err()?;
    Some(DuplicateKey {
        key,
        line: err.line(),
        column: err.column(),
    })
}

/// `deserialize_with` for a map field: a `BTreeMap` that refuses a key it
/// already has, with serde_json's line and column in the error.
pub fn map<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Unique<V>(std::marker::PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for Unique<V> {
        type Value = BTreeMap<String, V>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a map")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
            let mut map = BTreeMap::new();
            while let Some(key) = access.next_key::<String>()? {
                if map.contains_key(&key) {
                    return Err(de::Error::custom(format_args!(
                        "duplicate key '{}'",
                        shown(&key)
                    )));
                }
                let value = access.next_value()?;
                map.insert(key, value);
            }
            Ok(map)
        }
    }

    deserializer.deserialize_map(Unique(std::marker::PhantomData))
}

/// A key as it can be shown in a message: control characters escaped.
pub fn shown(key: &str) -> String {
    key.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Walks any JSON value, remembering the first duplicate key it meets.
#[derive(Clone, Copy)]
struct Walk<'a> {
    found: &'a RefCell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(self)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if seen.contains(&key) {
                let message = format!("duplicate key '{}'", shown(&key));
                *self.found.borrow_mut() = Some(key);
                return Err(de::Error::custom(message));
            }
            seen.insert(key);
            map.next_value_seed(self)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_duplicate_at_any_depth_is_found_with_its_line() {
        assert_eq!(find(br#"{"a": 1, "b": {"c": [1, {"d": 2}]}}"#), None);
        let doc = b"{\n  \"a\": [{\"x\": 1}],\n  \"b\": [{\"x\": 1,\n  \"x\": 2}]\n}";
        let found = find(doc).unwrap();
        assert_eq!((found.key.as_str(), found.line), ("x", 4));
        // Escaped spellings of one key are the same key.
        let found = find(br#"{"k": 1, "\u006b": 2}"#).unwrap();
        assert_eq!(found.key, "k");
        // Not JSON: not this check's business.
        assert_eq!(find(b"{\"a\": "), None);
        assert_eq!(find(b"[1, 2]"), None);
    }

    #[test]
    fn a_typed_map_refuses_a_key_it_already_has() {
        #[derive(Deserialize)]
        struct Doc {
            #[serde(deserialize_with = "map")]
            #[allow(dead_code)]
            m: BTreeMap<String, u8>,
        }
        assert!(serde_json::from_str::<Doc>(r#"{"m": {"a": 1, "b": 2}}"#).is_ok());
        let err = serde_json::from_str::<Doc>("{\"m\": {\"a\": 1,\n\"a\": 2}}")
            .err()
            .unwrap();
        assert!(err.to_string().starts_with("duplicate key 'a'"), "{err}");
        assert_eq!(err.line(), 2);
    }
}
