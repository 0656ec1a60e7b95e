//! `roadmap open`: a step's resource in the default web browser.

use std::process::Command;

use serde::Serialize;

use crate::cli::OpenArgs;
use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::i18n::OpenMsg;
use crate::progress::check_url;
use crate::render::{Line, Printer, Role};

/// What `open --json` prints.
#[derive(Debug, Serialize)]
struct OpenReport {
    number: String,
    id: String,
    title: String,
    url: String,
    /// `false` with `--print`.
    opened: bool,
}

pub fn run(args: &OpenArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let roadmap = ctx.roadmap()?;
    let i = ctx.resolve(&roadmap, std::slice::from_ref(&args.step))?[0];
    let progress = ctx.progress(&roadmap)?;
    let lang = ctx.config.lang;
    let step = &roadmap.steps[i];
    // The resources as `show` lists them.
    let resources = step.resources_for(lang, progress.stack());
    let n = args.n.unwrap_or(1);
    let resource = resources
        .get(usize::from(n) - 1)
        .ok_or_else(|| Error::NoSuchResource {
            step: roadmap.number(i),
            n,
            count: resources.len(),
        })?;
    // A roadmap file is not ours: never hand the system anything but a web
    // link (no file:, no javascript:, no application schemes).
    let url = check_url(&resource.url).map_err(|_| Error::NotAWebLink {
        url: resource.url.to_string(),
    })?;
    if !args.print {
        launch(url).map_err(|problem| Error::CannotOpenBrowser {
            url: url.to_string(),
            problem,
        })?;
    }
    let report = OpenReport {
        number: roadmap.number(i),
        id: step.id.to_string(),
        title: resource.title.to_string(),
        url: url.to_string(),
        opened: !args.print,
    };
    if ctx.config.json {
        return p.json(&report);
    }
    if args.print {
        return p.line(Line::new().link(&report.url));
    }
    p.line(
        Line::new()
            .role(Role::Good, OpenMsg::Opened.text(lang))
            .ours(" ")
            .hang_here()
            .theirs(&report.title),
    )?;
    p.line(Line::new().ours("  ").link(&report.url))
}

/// Opens `url` in the default browser, through `opener` (what Cargo uses
/// for `cargo doc --open`). `ROADMAP_BROWSER`, when set, names a program
/// to run with the link instead, and waits for it: for a browser of one's
/// own, and for tests, which must never start a real one.
fn launch(url: &str) -> std::result::Result<(), String> {
    match std::env::var_os("ROADMAP_BROWSER").filter(|v| !v.is_empty()) {
        Some(program) => {
            let status = Command::new(&program)
                .arg(url)
                .status()
                .map_err(|err| format!("{}: {err}", program.to_string_lossy()))?;
            if status.success() {
                Ok(())
            } else {
                Err(format!("{}: {status}", program.to_string_lossy()))
            }
        }
        None => opener::open_browser(url).map_err(|err| err.to_string()),
    }
}
