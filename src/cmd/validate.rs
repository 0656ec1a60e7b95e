use crate::render::Printer;

use crate::cli::ValidateArgs;
use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::render::{self, validate::ValidateReport};
use crate::roadmap::{self, Severity};
use crate::store;

pub fn run(args: &ValidateArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let file = args.file.as_ref().or(ctx.config.roadmap_file.as_ref());
    let (bytes, name) = match file {
        Some(path) => (store::read_roadmap(path)?, path.display().to_string()),
        None => (
            roadmap::BUILTIN.as_bytes().to_vec(),
            ctx.t(Msg::BuiltinRoadmap),
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
        p.json(&report)?;
    } else {
        render::validate::text(p, &report)?;
    }
    if errors > 0 {
        p.flush()?;
        return Err(Error::NotValidRoadmap {
            name: Some(name),
            errors,
        }
        .into());
    }
    Ok(())
}
