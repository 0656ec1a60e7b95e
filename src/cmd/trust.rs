//! `roadmap trust FILE`: let the checks of this exact roadmap file run on
//! this machine. Only its SHA-256 is kept (see `store::checks`), so any
//! change to the file takes the trust back.

use crate::check;
use crate::cli::TrustArgs;
use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::i18n::check_words::{self, CheckMsg};
use crate::render::{Printer, Role, check as out};
use crate::roadmap::Roadmap;
use crate::store;

pub fn run(args: &TrustArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let bytes = store::read_roadmap(&args.file)?;
    let name = args.file.display().to_string();
    // Only a valid roadmap is worth trusting: its checks are what will run.
    let roadmap = Roadmap::from_json(&bytes).map_err(|problems| Error::InvalidRoadmap {
        name: Some(name.clone()),
        problems,
    })?;
    let fingerprint = check::fingerprint(&bytes);
    ctx.store.trust(&fingerprint)?;
    if ctx.config.json {
        #[derive(serde::Serialize)]
        struct TrustReport<'a> {
            file: &'a str,
            sha256: &'a str,
        }
        return p.json(&TrustReport {
            file: &name,
            sha256: &fingerprint,
        });
    }
    // What is trusted, from the very bytes whose fingerprint was kept.
    let lang = ctx.config.lang;
    let checks: Vec<(String, String)> = (roadmap.steps.iter().enumerate())
        .flat_map(|(i, step)| {
            let label = format!("{} {}", roadmap.number(i), step.id);
            (step.checks.iter()).map(move |c| (label.clone(), check_words::would_run(c, lang)))
        })
        .collect();
    out::trusting(p, &checks, &fingerprint)?;
    out::line(p, CheckMsg::Trusted(name), Role::Good)
}
