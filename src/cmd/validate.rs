use std::io::Write;

use crate::cli::ValidateArgs;
use crate::cmd::Context;
use crate::error::{Failure, Result};
use crate::lang::Lang;
use crate::render::{self, validate::ValidateReport};
use crate::roadmap::{self, Severity};
use crate::store;

pub fn run(args: &ValidateArgs, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let file = args.file.as_ref().or(ctx.config.roadmap_file.as_ref());
    let (bytes, name) = match file {
        Some(path) => (store::read_roadmap(path)?, path.display().to_string()),
        None => (
            roadmap::BUILTIN.as_bytes().to_vec(),
            "built-in roadmap".to_string(),
        ),
    };
    let (compiled, problems) = match roadmap::parse(&bytes) {
        Ok(file) => roadmap::validate(file),
        Err(problem) => (None, vec![problem]),
    };
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let report = ValidateReport {
        file: name.clone(),
        valid: errors == 0,
        errors,
        warnings: problems.len() - errors,
        stages: compiled.as_ref().map(|r| r.stages.len()),
        steps: compiled.as_ref().map(|r| r.steps.len()),
        problems,
    };
    if ctx.config.json {
        render::json(out, &report)?;
    } else {
        render::validate::text(out, &report, ctx.style())?;
    }
    if errors > 0 {
        out.flush()?;
        let noun = if errors == 1 { "error" } else { "errors" };
        let message = match ctx.config.lang {
            Lang::En => format!("'{name}' is not a valid roadmap: {errors} {noun}"),
            Lang::Ja => format!("'{name}' は有効なロードマップではありません: エラー {errors} 件"),
        };
        return Err(Failure::input(message)
            .with_hint(ctx.style().tr(
                "docs/roadmap-format.md describes the format",
                "形式は docs/roadmap-format.md を参照してください",
            ))
            .into());
    }
    Ok(())
}
