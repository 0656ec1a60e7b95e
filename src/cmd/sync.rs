//! `roadmap sync`, `sync init REMOTE` and `sync status`: progress shared
//! through a Git remote (see `crate::sync`).

use crate::cli::{SyncAction, SyncArgs};
use crate::cmd::Context;
use crate::error::Result;
use crate::i18n::Msg;
use crate::render::{self, Printer};
use crate::sync;

pub fn run(args: &SyncArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    match &args.action {
        Some(SyncAction::Status) => {
            let report = sync::status(&ctx.store)?;
            if ctx.config.json {
                p.json(&report)
            } else {
                render::sync::status_text(p, &report)
            }
        }
        action => {
            let report = match action {
                Some(SyncAction::Init(init)) => {
                    sync::init(&ctx.store, &ctx.config.user, &init.remote, ctx.config.now)?
                }
                _ => sync::sync(&ctx.store, ctx.config.now)?,
            };
            let lang = ctx.config.lang;
            if report.remote_rewrote {
                crate::warn(lang, &Msg::SyncRemoteRewrote.text(lang));
            }
            if report.remote_dropped {
                let file = format!("users/{}.json", report.user);
                crate::warn(lang, &Msg::SyncRemoteDropped { file }.text(lang));
            }
            if ctx.config.json {
                p.json(&report)
            } else {
                render::sync::text(p, &report)?;
                if report.initialized {
                    let private = ctx.store.is_private(&ctx.config.user);
                    render::apply::mentor_notice(p, private)?;
                }
                Ok(())
            }
        }
    }
}
