//! `roadmap stack`: show, set or clear the learner's stack on a roadmap.

use std::io::Write;

use crate::cli::StackArgs;
use crate::cmd::Context;
use crate::error::{Failure, Result};
use crate::lang::Lang;
use crate::render::{self, stack::StackReport};
use crate::roadmap::similar_names;

pub fn run(args: &StackArgs, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let roadmap = ctx.roadmap()?;
    let stacks = roadmap.stacks();
    let lang = ctx.config.lang;
    let (stack, action) = if args.clear {
        ctx.store.update(&ctx.config.user, |data| {
            let changed = data
                .roadmaps
                .get_mut(&roadmap.id)
                .and_then(|progress| progress.stack.take())
                .is_some();
            Ok(((), changed))
        })?;
        (None, "cleared")
    } else if let Some(name) = &args.name {
        let name = name.trim().to_lowercase();
        if !stacks.contains(&name) {
            return Err(unknown_stack(&name, &stacks, lang).into());
        }
        ctx.store.update(&ctx.config.user, |data| {
            let progress = data.roadmaps.entry(roadmap.id.clone()).or_default();
            let changed = progress.stack.as_deref() != Some(name.as_str());
            progress.stack = Some(name.clone());
            Ok(((), changed))
        })?;
        (Some(name), "set")
    } else {
        (ctx.progress(&roadmap)?.stack, "shown")
    };
    let report = StackReport {
        roadmap: roadmap.id.clone(),
        user: ctx.config.user.as_str().to_string(),
        stack,
        action,
        stacks,
    };
    if ctx.config.json {
        render::json(out, &report)
    } else {
        render::stack::text(out, &report, ctx.style())
    }
}

fn unknown_stack(name: &str, stacks: &[String], lang: Lang) -> Failure {
    let message = match lang {
        Lang::En => format!("this roadmap has no resources for the stack '{name}'"),
        Lang::Ja => format!("このロードマップにはスタック '{name}' 向けの資料がありません"),
    };
    let similar = similar_names(name, stacks);
    let list = stacks.join(", ");
    let hint = match (lang, similar.as_slice(), stacks.is_empty()) {
        (Lang::En, _, true) => "this roadmap's resources name no stack".to_string(),
        (Lang::Ja, _, true) => "このロードマップの資料はスタックを指定していません".to_string(),
        (Lang::En, [one], _) => format!("did you mean '{one}'?"),
        (Lang::Ja, [one], _) => format!("もしかして '{one}' ですか？"),
        (Lang::En, [], _) => format!("the stacks in this roadmap: {list}"),
        (Lang::Ja, [], _) => format!("このロードマップのスタック: {list}"),
        (Lang::En, many, _) => format!("did you mean one of: {}?", many.join(", ")),
        (Lang::Ja, many, _) => format!("候補: {}", many.join(", ")),
    };
    Failure::input(message).with_hint(hint)
}
