use std::collections::BTreeMap;

use serde::Deserialize;

use super::*;

#[derive(Debug, Deserialize)]
struct Fast {
    #[serde(deserialize_with = "sorted_map")]
    m: BTreeMap<String, u8>,
}

#[derive(Debug, Deserialize)]
struct Derived {
    #[serde(deserialize_with = "crate::unique_keys::map")]
    m: BTreeMap<String, u8>,
}

/// The same map, or the same error at the same place, as the map that
/// is checked one key at a time.
fn same_as_unique_keys(json: &str) {
    let fast = serde_json::from_str::<Fast>(json).map(|d| d.m);
    let derived = serde_json::from_str::<Derived>(json).map(|d| d.m);
    match (fast, derived) {
        (Ok(fast), Ok(derived)) => assert_eq!(fast, derived, "{json}"),
        (Err(fast), Err(derived)) => assert_eq!(fast.to_string(), derived.to_string(), "{json}"),
        (fast, derived) => panic!("{json}: {fast:?} but {derived:?}"),
    }
}

#[test]
fn a_sorted_map_reads_what_the_checked_map_reads() {
    for json in [
        r#"{"m": {}}"#,
        r#"{"m": {"a": 1, "b": 2, "c": 3}}"#,
        r#"{"m": {"c": 1, "b": 2, "a": 3}}"#,
        r#"{"m": {"a": 1, "c": 2, "b": 3, "d": 4}}"#,
        "{\"m\": {\"a\": 1,\n \"a\": 2}}",
        "{\"m\": {\"a\": 1, \"b\": 2,\n \"a\": 3}}",
        "{\"m\": {\"b\": 1, \"a\": 2,\n \"b\": 3}}",
        r#"{"m": {"a": 1, "\u0061": 2}}"#,
        r#"{"m": {"a": 1, "b": 300}}"#,
        r#"{"m": {"b": 1, "a": "x"}}"#,
        r#"{"m": []}"#,
        r#"{"m": {"a": 1, "b": 2"#,
        r#"{"m": {"é": 1, "z": 2, "e": 3}}"#,
    ] {
        same_as_unique_keys(json);
    }
}

#[test]
fn a_long_sorted_map_is_read_whole() {
    let keys: Vec<String> = (0..1000).map(|i| format!("step-{i:04}")).collect();
    let body: Vec<String> = keys.iter().map(|k| format!("\"{k}\": 1")).collect();
    let json = format!("{{\"m\": {{{}}}}}", body.join(", "));
    let fast = serde_json::from_str::<Fast>(&json).unwrap().m;
    assert_eq!(fast.len(), 1000);
    assert!(fast.keys().eq(keys.iter()));
    same_as_unique_keys(&json);
}
