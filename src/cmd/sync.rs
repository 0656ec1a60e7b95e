//! `roadmap sync`, `sync init REMOTE` and `sync status`: progress shared
//! through a Git remote (see `crate::sync`).

use crate::cli::{OnOff, SyncAction, SyncArgs};
use crate::cmd::Context;
use crate::error::Result;
use crate::i18n::Msg;
use crate::render::{self, Printer};
use crate::sync;

pub fn run(args: &SyncArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    if args.background && args.action.is_none() {
        background(ctx);
        return Ok(());
    }
    match &args.action {
        Some(SyncAction::Auto(auto)) => {
            if let Some(state) = auto.state {
                sync::set_auto(&ctx.store, state == OnOff::On)?;
            } else {
                // Not set up: said as `sync status` says it.
                sync::status(&ctx.store)?;
            }
            let on = sync::auto_enabled(&ctx.store);
            if ctx.config.json {
                p.json(&serde_json::json!({ "auto": on }))
            } else {
                render::cohort::auto(p, on)
            }
        }
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
            ctx.store.clear_sync_failure();
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

/// The automatic sync a command that wrote started (`sync --background`):
/// nothing on the terminal; a failure is recorded for the next today view
/// and `status`, a success forgets the last failure.
fn background(ctx: &Context) {
    match sync::sync(&ctx.store, ctx.config.now) {
        Ok(_) => ctx.store.clear_sync_failure(),
        Err(err) => {
            let (message, _, _) = crate::worded(&err, ctx.config.lang);
            let failure = crate::store::SyncFailure {
                at: ctx.config.now,
                message,
            };
            let _ = ctx.store.record_sync_failure(&failure);
        }
    }
}

/// The today view's and `status`'s word about sync, when there is one.
pub fn remind(ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    match sync::reminder(&ctx.store, &ctx.config.user, ctx.config.now) {
        Some(reminder) => render::cohort::reminder(p, &reminder, ctx.config.now),
        None => Ok(()),
    }
}
