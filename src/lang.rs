//! The interface language and how it is detected from the environment.

use clap::ValueEnum;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Ja,
}

impl Lang {
    /// The key of this language in a roadmap's `i18n` maps.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// Picks the language from POSIX locale variables, in their order of
    /// precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`); the first one set wins.
    pub fn from_locale(lookup: impl Fn(&str) -> Option<String>) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&lookup)
            .find(|value| !value.is_empty());
        match locale {
            Some(value) if value.starts_with("ja") => Lang::Ja,
            _ => Lang::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |key| {
            pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn japanese_locale_is_detected() {
        assert_eq!(Lang::from_locale(env(&[("LANG", "ja_JP.UTF-8")])), Lang::Ja);
    }

    #[test]
    fn lc_all_wins_over_lang() {
        let vars = [("LC_ALL", "en_US.UTF-8"), ("LANG", "ja_JP.UTF-8")];
        assert_eq!(Lang::from_locale(env(&vars)), Lang::En);
    }

    #[test]
    fn empty_values_are_skipped() {
        let vars = [("LC_ALL", ""), ("LC_MESSAGES", "ja_JP")];
        assert_eq!(Lang::from_locale(env(&vars)), Lang::Ja);
    }

    #[test]
    fn no_locale_means_english() {
        assert_eq!(Lang::from_locale(env(&[])), Lang::En);
    }
}
