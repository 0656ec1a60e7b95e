//! A JSON document written with one key twice, for the duplicate-key
//! properties.

use proptest::sample::Index;
use serde_json::{Map, Value};

/// `document` as JSON text with the first entry of one of its objects
/// (picked by `depth` among those with entries) written twice; the key.
pub fn with_duplicate(document: &Value, depth: Index) -> (String, String) {
    fn objects<'a>(value: &'a Value, found: &mut Vec<&'a Map<String, Value>>) {
        match value {
            Value::Object(map) => {
                if !map.is_empty() {
                    found.push(map);
                }
                map.values().for_each(|v| objects(v, found));
            }
            Value::Array(items) => items.iter().for_each(|v| objects(v, found)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    objects(document, &mut found);
    let target = found[depth.index(found.len())] as *const Map<String, Value>;
    fn write(value: &Value, target: *const Map<String, Value>, out: &mut String, key: &mut String) {
        match value {
            Value::Object(map) => {
                out.push('{');
                let mut first = true;
                if std::ptr::eq(map, target) {
                    let (k, v) = map.iter().next().unwrap();
                    *key = k.clone();
                    out.push_str(&format!("{}:{},", Value::from(k.as_str()), v));
                }
                for (k, v) in map {
                    if !first {
                        out.push(',');
                    }
                    first = false;
                    out.push_str(&Value::from(k.as_str()).to_string());
                    out.push(':');
                    write(v, target, out, key);
                }
                out.push('}');
            }
            Value::Array(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write(v, target, out, key);
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let (mut text, mut key) = (String::new(), String::new());
    write(document, target, &mut text, &mut key);
    (text, key)
}
