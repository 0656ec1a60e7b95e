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
        Some(SyncAction::Restore(restore)) => {
            let user = crate::store::UserName::parse(&restore.name)?;
            let report = sync::restore(&ctx.store, &user)?;
            if ctx.config.json {
                p.json(&report)
            } else {
                render::cohort::restored(p, &report)
            }
        }
        action => {
            let report = match action {
                Some(SyncAction::Init(init)) => {
                    sync::init(&ctx.store, &ctx.config.user, &init.remote, ctx.config.now)?
                }
                _ => {
                    // `--user NAME sync` names whom to sync: never quietly
                    // someone else.
                    if ctx.config.user_named {
                        sync::check_sync_as(&ctx.store, &ctx.config.user)?;
                    }
                    sync::sync(&ctx.store, ctx.config.now)?
                }
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
                render::sync::text(p, &report)
            }
        }
    }
}
