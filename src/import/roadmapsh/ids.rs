//! Readable step ids from roadmap.sh labels.

use std::collections::{HashMap, HashSet};

/// Makes unique kebab-case ids, never equal to one of the reserved
/// strings (the original node ids, which become aliases).
pub struct Slugs {
    taken: HashSet<String>,
    /// Per base slug, the suffix to try next: 10,000 nodes labelled "Same"
    /// then take linear work, not a scan from 2 for each of them.
    next_suffix: HashMap<String, usize>,
}

impl Slugs {
    pub fn new<'a>(reserved: impl Iterator<Item = &'a str>) -> Slugs {
        Slugs {
            taken: reserved.map(str::to_string).collect(),
            next_suffix: HashMap::new(),
        }
    }

    pub fn make(&mut self, label: &str) -> String {
        let base = match slug(label) {
            s if s.is_empty() => "step".to_string(),
            s => s,
        };
        let mut candidate = base.clone();
        let n = self.next_suffix.entry(base.clone()).or_insert(2);
        while self.taken.contains(&candidate) {
            crate::cost::tick(1);
            candidate = format!("{base}-{n}");
            *n += 1;
        }
        self.taken.insert(candidate.clone());
        candidate
    }
}

/// A kebab-case slug: lowercase letters and digits (any script), words
/// joined by '-'. Symbols that carry meaning in tech names are spelled out
/// ("C++" → "c-plus-plus", "C#" → "c-sharp").
pub fn slug(label: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in label.chars() {
        let spelled = match c {
            '+' => Some("plus"),
            '#' => Some("sharp"),
            '&' => Some("and"),
            _ => None,
        };
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if c == '\'' || c == '’' {
            // "What's" is one word.
        } else {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            if let Some(spelled) = spelled {
                words.push(spelled.to_string());
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words.join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_kebab_case() {
        assert_eq!(
            slug("How does the Internet work?"),
            "how-does-the-internet-work"
        );
        assert_eq!(slug("C++"), "c-plus-plus");
        assert_eq!(slug("C#"), "c-sharp");
        assert_eq!(slug("Node.js"), "node-js");
        assert_eq!(slug("What's DNS"), "whats-dns");
        assert_eq!(slug("  --  "), "");
        assert_eq!(slug("データベース 入門"), "データベース-入門");
    }

    #[test]
    fn duplicate_labels_get_numbered_and_node_ids_stay_free() {
        let mut ids = Slugs::new(["git-2"].into_iter());
        assert_eq!(ids.make("Git"), "git");
        assert_eq!(ids.make("Git"), "git-3");
        assert_eq!(ids.make("?"), "step");
    }
}
