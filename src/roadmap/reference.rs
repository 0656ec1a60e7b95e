//! Step references as users type them: an id, an alias, an unambiguous
//! prefix of an id, or a short number such as `2.3`.

use std::fmt;

use super::Roadmap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReferenceError {
    /// Nothing matches; the closest ids, best first.
    Unknown {
        reference: String,
        suggestions: Vec<String>,
    },
    /// A prefix of several ids.
    Ambiguous {
        reference: String,
        candidates: Vec<String>,
    },
}

impl fmt::Display for ReferenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReferenceError::Unknown { reference, .. } => write!(f, "unknown step '{reference}'"),
            ReferenceError::Ambiguous {
                reference,
                candidates,
            } => write!(
                f,
                "'{reference}' is ambiguous: it starts {} step ids",
                candidates.len()
            ),
        }
    }
}

impl ReferenceError {
    /// The ids worth showing the user, best first.
    pub fn candidates(&self) -> &[String] {
        match self {
            ReferenceError::Unknown { suggestions, .. } => suggestions,
            ReferenceError::Ambiguous { candidates, .. } => candidates,
        }
    }
}

const MAX_CANDIDATES: usize = 5;

/// Longer references get no suggestions.
const MAX_COMPARED_CHARS: usize = 200;

/// How much of an unknown reference an error repeats.
const MAX_SHOWN_CHARS: usize = 60;

/// `reference`, cut to [`MAX_SHOWN_CHARS`] characters with `…`.
fn shortened(reference: &str) -> String {
    match reference.char_indices().nth(MAX_SHOWN_CHARS) {
        Some((end, _)) => format!("{}…", &reference[..end]),
        None => reference.to_string(),
    }
}

/// Whether `name` reads as a short step number (`2.3`, `+1.02`): an id or
/// alias like that would take the number from the step it belongs to.
pub fn looks_like_a_step_number(name: &str) -> bool {
    name.trim()
        .split_once('.')
        .is_some_and(|(stage, position)| {
            stage.parse::<usize>().is_ok() && position.parse::<usize>().is_ok()
        })
}

impl Roadmap {
    /// Resolves a step reference to a step index.
    pub fn resolve(&self, reference: &str) -> Result<usize, ReferenceError> {
        let reference = reference.trim();
        if let Some(step) = self.index_of(reference) {
            return Ok(step);
        }
        if let Some(step) = self.by_number(reference) {
            return Ok(step);
        }
        if !reference.is_empty() {
            let matches: Vec<usize> = self
                .reading_order()
                .iter()
                .copied()
                .filter(|&i| self.steps[i].id.starts_with(reference))
                .collect();
            match matches.as_slice() {
                [one] => return Ok(*one),
                [] => {}
                many => {
                    return Err(ReferenceError::Ambiguous {
                        reference: shortened(reference),
                        candidates: many
                            .iter()
                            .take(MAX_CANDIDATES)
                            .map(|&i| self.steps[i].id.clone())
                            .collect(),
                    });
                }
            }
        }
        Err(ReferenceError::Unknown {
            reference: shortened(reference),
            suggestions: self.closest(reference),
        })
    }

    fn by_number(&self, reference: &str) -> Option<usize> {
        let (stage, position) = reference.split_once('.')?;
        let stage: usize = stage.parse().ok()?;
        let position: usize = position.parse().ok()?;
        let stage = self.stages.get(stage.checked_sub(1)?)?;
        stage.steps.get(position.checked_sub(1)?).copied()
    }

    /// Ids close to a mistyped reference, closest first. A reference far
    /// longer than any id is close to none (and comparing a 100 KB paste
    /// with every id took half a minute).
    fn closest(&self, reference: &str) -> Vec<String> {
        if reference.len() > 4 * MAX_COMPARED_CHARS
            || reference.chars().count() > MAX_COMPARED_CHARS
        {
            return Vec::new();
        }
        let mut scored: Vec<(f64, &str)> = self
            .steps
            .iter()
            .map(|step| {
                crate::cost::tick(reference.len() + step.id.len());
                let score = strsim::jaro_winkler(reference, &step.id);
                let contains = !reference.is_empty() && step.id.contains(reference);
                (
                    if contains { score.max(0.9) } else { score },
                    step.id.as_str(),
                )
            })
            .filter(|(score, _)| *score >= 0.8)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
        scored
            .into_iter()
            .take(MAX_CANDIDATES)
            .map(|(_, id)| id.to_string())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roadmap() -> Roadmap {
        Roadmap::from_json(
            br#"{"id": "r", "title": "R",
                "stages": [{"id": "s1", "title": "One"}, {"id": "s2", "title": "Two"}],
                "steps": [
                    {"id": "sql-basics", "stage": "s2", "title": "SQL", "aliases": ["sql"]},
                    {"id": "sql-indexes", "stage": "s2", "title": "Indexes"},
                    {"id": "git-basics", "stage": "s1", "title": "Git"}
                ]}"#,
        )
        .expect("valid test roadmap")
    }

    #[test]
    fn id_alias_number_and_prefix_resolve() {
        let r = roadmap();
        assert_eq!(r.resolve("sql-basics"), Ok(0));
        assert_eq!(r.resolve("sql"), Ok(0));
        assert_eq!(r.resolve("2.2"), Ok(1));
        assert_eq!(r.resolve("1.1"), Ok(2));
        assert_eq!(r.resolve("git"), Ok(2));
        assert_eq!(r.resolve("sql-i"), Ok(1));
    }

    #[test]
    fn a_huge_reference_is_cut_short_and_gets_no_suggestions() {
        let huge = "sql-basic".repeat(10_000);
        let roadmap = roadmap();
        let (err, units) = crate::cost::measure(|| roadmap.resolve(&huge).unwrap_err());
        assert_eq!(units, 0, "no id is compared with it");
        let (_, units) = crate::cost::measure(|| roadmap.resolve("sql-basic5"));
        assert!(units > 0, "the work is counted");
        assert!(err.candidates().is_empty());
        let message = err.to_string();
        assert!(message.len() < 100 && message.ends_with("…'"), "{message}");
    }

    #[test]
    fn ambiguous_prefix_lists_candidates() {
        let err = roadmap().resolve("sql-").unwrap_err();
        assert_eq!(err.candidates(), ["sql-basics", "sql-indexes"]);
        assert!(err.to_string().contains("ambiguous"));
    }

    #[test]
    fn unknown_reference_suggests_close_ids() {
        let err = roadmap().resolve("sql-basic5").unwrap_err();
        assert_eq!(err.candidates()[0], "sql-basics");
        let err = roadmap().resolve("3.1").unwrap_err();
        assert_eq!(err.to_string(), "unknown step '3.1'");
        let err = roadmap().resolve("zzzzzz").unwrap_err();
        assert!(err.candidates().is_empty());
    }
}
