//! Which resources a learner sees, and in what order: those for another
//! stack than theirs are hidden, those in their language come first.

use super::{Resource, Roadmap, Step};
use crate::lang::Lang;

impl Step {
    /// The step's resources for a learner reading `lang` who follows
    /// `stack` (if chosen): the ones in `lang` first, otherwise in file
    /// order; a resource naming other stacks only is left out.
    pub fn resources_for(&self, lang: Lang, stack: Option<&str>) -> Vec<&Resource> {
        let mut shown: Vec<&Resource> = self
            .resources
            .iter()
            .filter(|resource| is_for_stack(resource, stack))
            .collect();
        // A stable sort keeps the author's order within each language.
        shown.sort_by_key(|resource| !same_language(&resource.lang, lang));
        shown
    }
}

fn is_for_stack(resource: &Resource, stack: Option<&str>) -> bool {
    match stack {
        None => true,
        Some(stack) => {
            resource.stack.is_empty()
                || resource
                    .stack
                    .iter()
                    .any(|s| s.trim().to_lowercase() == stack.trim().to_lowercase())
        }
    }
}

/// `ja` and `ja-JP` are both Japanese.
fn same_language(code: &str, lang: Lang) -> bool {
    let primary = code.split('-').next().unwrap_or(code);
    primary.eq_ignore_ascii_case(lang.code())
}

impl Roadmap {
    /// The step where the learner picks a language: the first, in reading
    /// order, whose resources are for two stacks or more (the built-in
    /// roadmap's 1.1). Finishing it is the moment to say which.
    pub fn language_choice(&self) -> Option<usize> {
        self.reading_order().find(|&i| {
            let mut stacks: Vec<&str> = self.steps[i]
                .resources
                .iter()
                .flat_map(|resource| resource.stack.iter().map(|s| s.trim()))
                .filter(|s| !s.is_empty())
                .collect();
            stacks.sort_unstable();
            stacks.dedup();
            stacks.len() >= 2
        })
    }

    /// Every stack the roadmap's resources and skills name, lowercase,
    /// sorted, once.
    pub fn stacks(&self) -> Vec<String> {
        let mut stacks: Vec<String> = self
            .steps
            .iter()
            .flat_map(|step| step.resources.iter())
            .flat_map(|resource| resource.stack.iter())
            .chain(self.skills.iter().flat_map(|skill| skill.stack.iter()))
            .map(|stack| stack.trim().to_lowercase())
            .filter(|stack| !stack.is_empty())
            .collect();
        stacks.sort();
        stacks.dedup();
        stacks
    }
}

/// The names in `known` close enough to `name` to be what was meant.
pub fn similar_names<'a>(name: &str, known: &'a [String]) -> Vec<&'a str> {
    // Suggestions compare at most this much of what was typed.
    let name: String = name.to_lowercase().chars().take(64).collect();
    let mut scored: Vec<(f64, &str)> = known
        .iter()
        .map(|k| (strsim::jaro_winkler(&name, k), k.as_str()))
        .filter(|&(score, k)| {
            // Swapped or missed letters in short names score low on
            // Jaro-Winkler, so a small edit distance counts too.
            score >= 0.8 || strsim::osa_distance(&name, k) <= (k.chars().count() / 3).max(1)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(3).map(|(_, k)| k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roadmap() -> Roadmap {
        Roadmap::from_json(
            br#"{"id": "r", "title": "R", "stages": [{"id": "s", "title": "S"}],
                "steps": [{"id": "a", "stage": "s", "title": "A", "resources": [
                    {"title": "en all", "url": "https://x/1"},
                    {"title": "ja all", "url": "https://x/2", "lang": "ja"},
                    {"title": "en php", "url": "https://x/3", "stack": ["php"]},
                    {"title": "ja py", "url": "https://x/4", "lang": "ja-JP", "stack": ["Python"]}
                ]}]}"#,
        )
        .expect("valid test roadmap")
    }

    fn titles(resources: Vec<&Resource>) -> Vec<&str> {
        resources.iter().map(|r| r.title.as_str()).collect()
    }

    #[test]
    fn the_learners_language_comes_first_in_file_order() {
        let r = roadmap();
        let step = &r.steps[0];
        assert_eq!(
            titles(step.resources_for(Lang::Ja, None)),
            ["ja all", "ja py", "en all", "en php"]
        );
        assert_eq!(
            titles(step.resources_for(Lang::En, None)),
            ["en all", "en php", "ja all", "ja py"]
        );
    }

    #[test]
    fn other_stacks_are_hidden_and_unmarked_resources_stay() {
        let r = roadmap();
        let step = &r.steps[0];
        assert_eq!(
            titles(step.resources_for(Lang::En, Some("python"))),
            ["en all", "ja all", "ja py"]
        );
        assert_eq!(r.stacks(), ["php", "python"]);
        assert_eq!(similar_names("pyhton", &r.stacks()), ["python"]);
        assert_eq!(similar_names("pph", &r.stacks()), ["php"]);
        assert!(similar_names("haskell", &r.stacks()).is_empty());
    }
}
