//! Resolved settings: what the raw command-line arguments and the
//! environment mean, checked once. Nothing past this point reads clap's
//! structs or the environment.

use std::path::PathBuf;

use chrono::{DateTime, SubsecRound, Utc};

use crate::cli::{ColorChoice, GlobalArgs};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::render::out;
use crate::store::{Store, UserName};

#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    pub user: UserName,
    /// No user was named and no login name found: `user` is `default`, a
    /// name no page should be titled with.
    pub user_is_fallback: bool,
    /// The user was named (`--user` or `ROADMAP_USER`), not taken from
    /// the login name.
    pub user_named: bool,
    /// `None` for the built-in roadmap.
    pub roadmap_file: Option<PathBuf>,
    pub lang: Lang,
    pub color: bool,
    /// Whether links are written as OSC 8 hyperlinks (see [`hyperlinks`]).
    pub hyperlinks: bool,
    pub json: bool,
    /// The present moment, to the second: the clock, or `ROADMAP_NOW`
    /// (RFC 3339) so that tests and demos can pin it.
    pub now: DateTime<Utc>,
    /// The width text output must fit: the terminal's, or `COLUMNS` where
    /// set; `None` when stdout is not a terminal (lines are written whole).
    pub width: Option<usize>,
}

impl Config {
    pub fn resolve(args: &GlobalArgs) -> Result<Config> {
        let env = |key: &str| std::env::var(key).ok();
        let data_dir = match &args.data_dir {
            Some(dir) => dir.clone(),
            None => Store::default_dir().ok_or(Error::NoDataDir)?,
        };
        let lang = args
            .lang
            .unwrap_or_else(|| Lang::detect(env, crate::lang::system_locale));
        let (user, user_is_fallback) = match &args.user {
            Some(name) => (UserName::parse(name)?, false),
            None => match login_name(env) {
                Some(name) => (name, false),
                None => (
                    UserName::parse("default").expect("'default' is a valid user name"),
                    true,
                ),
            },
        };
        let terminal = out::stdout_is_terminal();
        // Asked of a Windows console even for --color always, which then
        // shows colours too; without it, auto means none.
        let console = console_shows_colour();
        let color = out::colour(args.color, terminal, env)
            && (console || matches!(args.color, ColorChoice::Always));
        let width = terminal.then(|| out::terminal_width(terminal_size::terminal_size(), env));
        let now = match env("ROADMAP_NOW").filter(|value| !value.is_empty()) {
            None => Utc::now(),
            Some(value) => DateTime::parse_from_rfc3339(value.trim())
                .map_err(|_| Error::BadNow {
                    value: value.clone(),
                })?
                .with_timezone(&Utc),
        }
        .trunc_subsecs(0);
        Ok(Config {
            data_dir,
            user,
            user_is_fallback,
            user_named: args.user.is_some(),
            roadmap_file: args.roadmap.clone(),
            lang,
            color,
            hyperlinks: out::hyperlinks(color, env),
            json: args.json,
            now,
            width,
        })
    }
}

/// The login name, when there is one that makes a valid user name.
fn login_name(env: impl Fn(&str) -> Option<String>) -> Option<UserName> {
    ["USER", "LOGNAME", "USERNAME"]
        .into_iter()
        .filter_map(env)
        .find_map(|name| UserName::parse(&name).ok())
}

/// Whether the terminal turns colour codes into colours. A Windows console
/// does so only once asked to (Windows 10 and later can); an older one
/// would print the codes as text, so it gets no colour. Terminals
/// elsewhere always do.
fn console_shows_colour() -> bool {
    anstyle_query::windows::enable_ansi_colors().unwrap_or(true)
}
