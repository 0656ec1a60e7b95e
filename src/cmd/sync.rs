//! `roadmap sync`, `sync init REMOTE` and `sync status`: progress shared
//! through a Git remote (see `crate::sync`).

use std::io::Write;

use crate::cli::{SyncAction, SyncArgs};
use crate::cmd::Context;
use crate::error::Result;
use crate::render;
use crate::sync;

pub fn run(args: &SyncArgs, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let lang = ctx.config.lang;
    let style = ctx.style();
    match &args.action {
        Some(SyncAction::Status) => {
            let report = sync::status(&ctx.store, lang)?;
            if ctx.config.json {
                render::json(out, &report)
            } else {
                render::sync::status_text(out, &report, style)
            }
        }
        action => {
            let report = match action {
                Some(SyncAction::Init(init)) => {
                    sync::init(&ctx.store, lang, &ctx.config.user, &init.remote)?
                }
                _ => sync::sync(&ctx.store, lang)?,
            };
            if ctx.config.json {
                render::json(out, &report)
            } else {
                render::sync::text(out, &report, style)
            }
        }
    }
}
