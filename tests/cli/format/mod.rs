//! The roadmap format's newer fields, end to end: `requires_any`,
//! checklists with `tick`/`untick`/`undo`, resource `lang`/`cost`/`stack`
//! with `roadmap stack`, and warnings about unknown fields. One file per
//! field; the small roadmap they share is here.

mod checklist;
mod fields;
mod requires_any;
mod resources;
mod store_v2;

use serde_json::Value;

use crate::support::Sandbox;

/// s1: syntax (a checklist of 3, resources in two languages and stacks);
/// s2: internship and oss (alternatives after syntax), first-job (needs
/// one of them).
pub const ROUTES: &str = r#"{
  "id": "routes",
  "title": "Routes",
  "i18n": {"ja": {"title": "ルート"}},
  "stages": [
    {"id": "s1", "title": "Basics", "i18n": {"ja": {"title": "基礎"}}},
    {"id": "s2", "title": "Experience", "i18n": {"ja": {"title": "経験"}}}
  ],
  "steps": [
    {"id": "syntax", "stage": "s1", "title": "Syntax", "estimate_hours": 30,
     "i18n": {"ja": {"title": "文法"}},
     "checklist": [
       {"text": "FizzBuzz", "i18n": {"ja": {"text": "FizzBuzz を書く"}}},
       {"text": "A guessing game", "i18n": {"ja": {"text": "数当てゲーム"}}},
       {"text": "A to-do list", "i18n": {"ja": {"text": "TODO リスト"}}}
     ],
     "resources": [
       {"title": "Tutorial", "url": "https://example.org/en/tutorial"},
       {"title": "PHP manual", "url": "https://example.org/php", "stack": ["php"]},
       {"title": "Paid course", "url": "https://example.org/course", "kind": "course", "cost": "paid"},
       {"title": "チュートリアル", "url": "https://example.org/ja/tutorial", "lang": "ja"},
       {"title": "Python 入門", "url": "https://example.org/ja/python", "lang": "ja", "stack": ["python"], "cost": "freemium"}
     ]},
    {"id": "internship", "stage": "s2", "title": "Internship", "requires": ["syntax"], "optional": true, "estimate_hours": 100},
    {"id": "oss", "stage": "s2", "title": "Open source", "requires": ["syntax"], "optional": true, "estimate_hours": 40},
    {"id": "first-job", "stage": "s2", "title": "First job", "requires_any": ["internship", "oss"], "estimate_hours": 10}
  ]
}"#;

pub fn sandbox() -> Sandbox {
    Sandbox::with_roadmap(ROUTES)
}

pub fn ids(json: &Value, list: &str) -> Vec<String> {
    json[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|step| step["id"].as_str().unwrap().to_string())
        .collect()
}
