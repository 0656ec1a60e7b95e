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
        Lang::detect(lookup, || None)
    }

    /// [`Lang::from_locale`], and when no variable is set, the system's
    /// language setting from `system` (a BCP 47 tag such as `ja-JP`).
    pub fn detect(
        lookup: impl Fn(&str) -> Option<String>,
        system: impl FnOnce() -> Option<String>,
    ) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&lookup)
            .find(|value| !value.is_empty())
            .or_else(system);
        match locale {
            Some(value) if value.starts_with("ja") => Lang::Ja,
            _ => Lang::En,
        }
    }
}

/// The language the user chose in the system's settings. Windows keeps it
/// out of the environment, and macOS sets `LANG` only in some terminals,
/// so a Japanese Windows or Mac is asked directly.
#[cfg(any(windows, target_os = "macos"))]
pub fn system_locale() -> Option<String> {
    sys_locale::get_locale()
}

/// On Linux and the BSDs the locale is the environment variables, which
/// [`Lang::detect`] reads first: there is nothing more to ask.
#[cfg(not(any(windows, target_os = "macos")))]
pub fn system_locale() -> Option<String> {
    None
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

    #[test]
    fn the_system_setting_counts_when_no_variable_is_set() {
        let japanese = || Some("ja-JP".to_string());
        assert_eq!(Lang::detect(env(&[]), japanese), Lang::Ja);
        assert_eq!(Lang::detect(env(&[("LANG", "")]), japanese), Lang::Ja);
        assert_eq!(Lang::detect(env(&[]), || Some("en-GB".into())), Lang::En);
        assert_eq!(Lang::detect(env(&[]), || None), Lang::En);
    }

    #[test]
    fn a_variable_wins_over_the_system_setting() {
        let vars = [("LANG", "en_US.UTF-8")];
        assert_eq!(Lang::detect(env(&vars), || Some("ja-JP".into())), Lang::En);
        let vars = [("LC_ALL", "ja_JP.UTF-8")];
        assert_eq!(Lang::detect(env(&vars), || Some("en-US".into())), Lang::Ja);
    }
}
