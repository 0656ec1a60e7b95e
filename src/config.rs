//! Resolved settings: what the raw command-line arguments and the
//! environment mean, checked once. Nothing past this point reads clap's
//! structs or the environment.

use std::io::IsTerminal;
use std::path::PathBuf;

use chrono::{DateTime, SubsecRound, Utc};

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
    /// The present moment, to the second: the clock, or `ROADMAP_NOW`
    /// (RFC 3339) so that tests and demos can pin it.
    pub now: DateTime<Utc>,
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
        let lang = args.lang.unwrap_or_else(|| Lang::from_locale(env));
        let color = match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal()
                    && env("NO_COLOR").is_none_or(|value| value.is_empty())
            }
        };
        let now = match env("ROADMAP_NOW").filter(|value| !value.is_empty()) {
            None => Utc::now(),
            Some(value) => DateTime::parse_from_rfc3339(value.trim())
                .map_err(|_| {
                    Failure::input(match lang {
                        Lang::En => format!("ROADMAP_NOW '{value}' is not an RFC 3339 time"),
                        Lang::Ja => {
                            format!("ROADMAP_NOW '{value}' は RFC 3339 の日時ではありません")
                        }
                    })
                    .with_hint(match lang {
                        Lang::En => "for example ROADMAP_NOW=2026-11-28T12:00:00Z, or unset it",
                        Lang::Ja => {
                            "例: ROADMAP_NOW=2026-11-28T12:00:00Z（または設定を外してください）"
                        }
                    })
                })?
                .with_timezone(&Utc),
        }
        .trunc_subsecs(0);
        Ok(Config {
            data_dir,
            user,
            roadmap_file: args.roadmap.clone(),
            lang,
            color,
            json: args.json,
            now,
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
