//! Resolved settings: what the raw command-line arguments and the
//! environment mean, checked once. Nothing past this point reads clap's
//! structs or the environment.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::{ColorChoice, GlobalArgs};
use crate::error::{Failure, Result};
use crate::lang::Lang;
use crate::store::{Store, UserName};

#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    pub user: UserName,
    /// `None` for the built-in roadmap.
    pub roadmap_file: Option<PathBuf>,
    pub lang: Lang,
    pub color: bool,
    pub json: bool,
}

impl Config {
    pub fn resolve(args: &GlobalArgs) -> Result<Config> {
        let env = |key: &str| std::env::var(key).ok();
        let data_dir = match &args.data_dir {
            Some(dir) => dir.clone(),
            None => Store::default_dir().ok_or_else(|| {
                Failure::runtime("cannot find a data directory for this platform")
                    .with_hint("set --data-dir or ROADMAP_DATA_DIR")
            })?,
        };
        let user = match &args.user {
            Some(name) => UserName::parse(name)?,
            None => login_name(env),
        };
        let lang = args
            .lang
            .unwrap_or_else(|| Lang::detect(env, crate::lang::system_locale));
        let color = match args.color {
            ColorChoice::Always => {
                console_shows_colour();
                true
            }
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal()
                    && env("NO_COLOR").is_none_or(|value| value.is_empty())
                    && console_shows_colour()
            }
        };
        Ok(Config {
            data_dir,
            user,
            roadmap_file: args.roadmap.clone(),
            lang,
            color,
            json: args.json,
        })
    }
}

/// The login name when it makes a valid user name, else `default`.
fn login_name(env: impl Fn(&str) -> Option<String>) -> UserName {
    ["USER", "LOGNAME", "USERNAME"]
        .into_iter()
        .filter_map(env)
        .find_map(|name| UserName::parse(&name).ok())
        .unwrap_or_else(|| UserName::parse("default").expect("'default' is a valid user name"))
}

/// Whether the terminal turns colour codes into colours. A Windows console
/// does so only once asked to (Windows 10 and later can); an older one
/// would print the codes as text, so it gets no colour. Terminals
/// elsewhere always do.
fn console_shows_colour() -> bool {
    anstyle_query::windows::enable_ansi_colors().unwrap_or(true)
}
