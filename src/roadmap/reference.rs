//! Step references as users type them: an id, an alias, an unambiguous
//! prefix of an id, a short number such as `2.3`, or a word of the title.
//!
//! References are forgiving: they are NFKC-normalised and compared without
//! case, so `１．３` is `1.3` and `GIT` is `git`, as a Japanese keyboard or
//! a caps lock types them.

use unicode_normalization::UnicodeNormalization;

use super::Roadmap;
use crate::lang::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReferenceError {
    /// Nothing matches; the closest ids, best first.
    Unknown {
        reference: String,
        suggestions: Vec<String>,
    },
    /// A prefix of several ids, or a word of several titles.
    Ambiguous {
        reference: String,
        candidates: Vec<String>,
    },
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

/// Text as references and searches compare it: NFKC (full-width digits and
/// letters become their ASCII forms), lower case, trimmed.
pub fn normalize(text: &str) -> String {
    let text = text.trim();
    // ASCII is its own NFKC form: the common case, several times faster.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.nfkc().flat_map(char::to_lowercase).collect()
}

/// The words of a normalised title: runs of letters and digits, split also
/// where ASCII meets other scripts (`sqlインジェクション` is `sql` and
/// `インジェクション`).
fn words(title: &str) -> impl Iterator<Item = &str> {
    title
        .split(|c: char| !c.is_alphanumeric())
        .flat_map(|run| {
            let mut parts = Vec::new();
            let mut start = 0;
            let mut previous: Option<bool> = None;
            for (at, c) in run.char_indices() {
                let ascii = c.is_ascii();
                if previous.is_some_and(|p| p != ascii) {
                    parts.push(&run[start..at]);
                    start = at;
                }
                previous = Some(ascii);
            }
            parts.push(&run[start..]);
            parts
        })
        .filter(|word| !word.is_empty())
}

/// Whether a normalised reference names a normalised title: one of its
/// words, or, for text in a script without spaces (Japanese), a part of it.
fn names_title(title: &str, reference: &str) -> bool {
    if reference.is_ascii() {
        words(title).any(|word| word == reference)
    } else {
        title.contains(reference)
    }
}

impl Roadmap {
    /// Resolves a step reference to a step index, matching title words in
    /// English.
    pub fn resolve(&self, reference: &str) -> Result<usize, ReferenceError> {
        self.resolve_in(reference, Lang::En)
    }

    /// Resolves a step reference to a step index. In order: an exact id or
    /// alias; the same without case and width; a short number; a unique id
    /// prefix; a word of exactly one title in `lang`.
    pub fn resolve_in(&self, reference: &str, lang: Lang) -> Result<usize, ReferenceError> {
        let reference = reference.trim();
        if let Some(step) = self.index_of(reference) {
            return Ok(step);
        }
        let wanted = normalize(reference);
        if let Some(step) = self.by_number(&wanted) {
            return Ok(step);
        }
        if wanted.is_empty() {
            return Err(ReferenceError::Unknown {
                reference: shortened(reference),
                suggestions: Vec::new(),
            });
        }
        let order = || self.reading_order();
        let named = |i: usize| {
            let step = &self.steps[i];
            std::iter::once(step.id.as_str())
                .chain(step.aliases.iter().map(|a| a.as_str()))
                .any(|name| normalize(name) == wanted)
        };
        if let Some(step) = order().find(|&i| named(i)) {
            return Ok(step);
        }
        let prefixed: Vec<usize> = order()
            .filter(|&i| normalize(&self.steps[i].id).starts_with(&wanted))
            .collect();
        let titled = || -> Vec<usize> {
            order()
                .filter(|&i| names_title(&normalize(self.steps[i].title(lang)), &wanted))
                .collect()
        };
        let matches = if prefixed.is_empty() {
            titled()
        } else {
            prefixed
        };
        match matches.as_slice() {
            [one] => Ok(*one),
            [] => Err(ReferenceError::Unknown {
                reference: shortened(reference),
                suggestions: self.closest(&wanted),
            }),
            many => Err(ReferenceError::Ambiguous {
                reference: shortened(reference),
                candidates: many
                    .iter()
                    .take(MAX_CANDIDATES)
                    .map(|&i| self.steps[i].id.to_string())
                    .collect(),
            }),
        }
    }

    fn by_number(&self, reference: &str) -> Option<usize> {
        let (stage, position) = reference.split_once('.')?;
        let stage: usize = stage.parse().ok()?;
        let position: usize = position.parse().ok()?;
        let stage = self.stages.get(stage.checked_sub(1)?)?;
        stage.step_indices().nth(position.checked_sub(1)?)
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
            r#"{"id": "r", "title": "R",
                "stages": [{"id": "s1", "title": "One"}, {"id": "s2", "title": "Two"}],
                "steps": [
                    {"id": "sql-basics", "stage": "s2", "title": "SQL", "aliases": ["sql"]},
                    {"id": "sql-indexes", "stage": "s2", "title": "Indexes"},
                    {"id": "git-basics", "stage": "s1", "title": "Git",
                     "i18n": {"ja": {"title": "Git と GitHub"}}},
                    {"id": "grammar", "stage": "s1", "title": "Learn the grammar",
                     "i18n": {"ja": {"title": "文法を学ぶ"}}},
                    {"id": "tests", "stage": "s1", "title": "Learn to test",
                     "i18n": {"ja": {"title": "テストを学ぶ"}}}
                ]}"#
            .as_bytes(),
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
        let ReferenceError::Unknown { reference, .. } = &err else {
            panic!("{err:?}")
        };
        assert!(
            reference.len() < 100 && reference.ends_with('…'),
            "{reference}"
        );
    }

    #[test]
    fn ambiguous_prefix_lists_candidates() {
        let err = roadmap().resolve("sql-").unwrap_err();
        assert_eq!(err.candidates(), ["sql-basics", "sql-indexes"]);
        assert!(matches!(err, ReferenceError::Ambiguous { .. }), "{err:?}");
    }

    #[test]
    fn unknown_reference_suggests_close_ids() {
        let err = roadmap().resolve("sql-basic5").unwrap_err();
        assert_eq!(err.candidates()[0], "sql-basics");
        let err = roadmap().resolve("3.1").unwrap_err();
        let unknown = ReferenceError::Unknown {
            reference: "3.1".into(),
            suggestions: Vec::new(),
        };
        assert_eq!(err, unknown);
        let err = roadmap().resolve("zzzzzz").unwrap_err();
        assert!(err.candidates().is_empty());
    }

    #[test]
    fn width_and_case_are_ignored() {
        let r = roadmap();
        assert_eq!(r.resolve("１．１"), Ok(2));
        assert_eq!(r.resolve("GIT"), Ok(2));
        assert_eq!(r.resolve("ＳＱＬ－ＢＡＳＩＣＳ"), Ok(0));
        assert_eq!(r.resolve(" Sql-I "), Ok(1));
    }

    #[test]
    fn a_unique_title_word_matches_in_the_language_asked() {
        let r = roadmap();
        assert_eq!(r.resolve("grammar"), Ok(3));
        assert_eq!(r.resolve_in("文法", Lang::Ja), Ok(3));
        assert_eq!(r.resolve_in("ｔｅｓｔ", Lang::En), Ok(4));
        // Japanese titles are not searched in English, nor the reverse.
        assert!(r.resolve("文法").is_err());
        assert!(r.resolve_in("learn", Lang::Ja).is_err());
        // A word is a whole word: "lear" is not "learn".
        assert!(r.resolve("lear").is_err());
    }

    #[test]
    fn a_title_word_of_several_steps_lists_them() {
        let err = roadmap().resolve("learn").unwrap_err();
        assert_eq!(err.candidates(), ["grammar", "tests"]);
        let err = roadmap().resolve_in("学ぶ", Lang::Ja).unwrap_err();
        assert_eq!(err.candidates(), ["grammar", "tests"]);
        let ReferenceError::Ambiguous { reference, .. } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(reference, "学ぶ");
    }

    #[test]
    fn words_split_where_ascii_meets_other_scripts() {
        let title = normalize("SQLインジェクションとXSS(クロスサイト)を防ぐ");
        let found: Vec<&str> = words(&title).collect();
        assert_eq!(
            found,
            ["sql", "インジェクションと", "xss", "クロスサイト", "を防ぐ"]
        );
    }
}
