//! `roadmap done`: mark steps done, optionally with evidence links.

use crate::render::Printer;

use crate::cli::DoneArgs;
use crate::cmd::{Context, change, evidence};
use crate::error::Result;
use crate::i18n::check_words::CheckMsg;
use crate::progress::Status;
use crate::render::{Line, Role};

pub fn run(args: &DoneArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let mut change = change::prepare(&args.change, Status::Done, ctx)?;
    change.evidence = evidence::check_all(&args.evidence)?;
    change::run(change, ctx, p)?;
    if !ctx.config.json {
        say_checks(args, ctx, p)?;
    }
    Ok(())
}

/// A step with checks can be proven rather than self-reported: say so, and
/// how (once the step is done as the learner said).
fn say_checks(args: &DoneArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let roadmap = ctx.roadmap()?;
    let progress = ctx.progress(&roadmap)?;
    for step in ctx.resolve(&roadmap, &args.change.steps)? {
        let count = roadmap.steps[step].checks.len();
        if count > 0 && progress.verification_of(&roadmap, step).is_none() {
            let command = format!("roadmap check {}", roadmap.number(step));
            let text = CheckMsg::DoneHasChecks { count, command }.text(ctx.config.lang);
            p.line(Line::new().role(Role::Faint, text))?;
        }
    }
    Ok(())
}
