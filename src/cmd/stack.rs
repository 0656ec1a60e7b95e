//! `roadmap stack`: show, set or clear the learner's stack on a roadmap.

use crate::cli::StackArgs;
use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::progress::setting;
use crate::render::{self, Printer, stack::StackReport};
use crate::roadmap::similar_names;

pub fn run(args: &StackArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let roadmap = ctx.roadmap()?;
    let stacks = roadmap.stacks();
    let (stack, action) = if args.clear {
        ctx.store.update(&ctx.config.user, |data| {
            let changed = data
                .roadmaps
                .get_mut(roadmap.id.as_str())
                .is_some_and(|progress| setting::set(&mut progress.stack, None, ctx.config.now));
            Ok(((), changed))
        })?;
        (None, "cleared")
    } else if let Some(name) = &args.name {
        let name = name.trim().to_lowercase();
        if !stacks.contains(&name) {
            return Err(unknown_stack(&name, &stacks).into());
        }
        ctx.store.update(&ctx.config.user, |data| {
            let progress = data.roadmaps.entry(roadmap.id.to_string()).or_default();
            let changed = setting::set(&mut progress.stack, Some(name.clone()), ctx.config.now);
            Ok(((), changed))
        })?;
        (Some(name), "set")
    } else {
        (ctx.progress(&roadmap)?.stack().map(str::to_string), "shown")
    };
    let report = StackReport {
        roadmap: roadmap.id.to_string(),
        user: ctx.config.user.as_str().to_string(),
        stack,
        action,
        stacks,
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::stack::text(p, &report)
    }
}

fn unknown_stack(name: &str, stacks: &[String]) -> Error {
    Error::UnknownStack {
        name: name.to_string(),
        stacks: stacks.to_vec(),
        similar: similar_names(name, stacks)
            .into_iter()
            .map(String::from)
            .collect(),
    }
}
