//! `roadmap evidence`: attach links to what the learner built for a step.

use crate::render::Printer;

use crate::cli::EvidenceArgs;
use crate::cmd::Context;
use crate::error::{Error, Result};
use crate::progress::{MAX_URL_LEN, UrlError, check_url};
use crate::render::{self, record::EvidenceReport};

pub fn run(args: &EvidenceArgs, ctx: &Context, p: &mut Printer<'_>) -> Result<()> {
    let urls = check_all(&args.urls)?;
    let roadmap = ctx.roadmap()?;
    let step = ctx.resolve(&roadmap, std::slice::from_ref(&args.step))?[0];
    let at = ctx.config.now;
    // Undo knows a batch by device and number (`progress::batches`).
    let device = ctx.store.device_id();
    let (added, already, evidence) = ctx.store.update(&ctx.config.user, |data| {
        let progress = data.roadmaps.entry(roadmap.id.to_string()).or_default();
        let batch = progress.new_batch_on(device.as_deref());
        let (mut added, mut already) = (Vec::new(), Vec::new());
        for url in &urls {
            if progress.add_evidence(&roadmap, step, url, at, batch) {
                added.push(url.clone());
            } else {
                already.push(url.clone());
            }
        }
        let evidence: Vec<String> = progress
            .evidence_of(&roadmap, step)
            .into_iter()
            .map(|e| e.url.clone())
            .collect();
        let wrote = !added.is_empty();
        Ok(((added, already, evidence), wrote))
    })?;
    let report = EvidenceReport {
        number: roadmap.number(step),
        id: roadmap.steps[step].id.to_string(),
        title: roadmap.steps[step].title(ctx.config.lang).to_string(),
        added,
        already,
        evidence,
    };
    if ctx.config.json {
        p.json(&report)
    } else {
        render::record::evidence_text(p, &report)
    }
}

/// Checks every link before anything is stored; duplicates count once.
pub fn check_all(urls: &[String]) -> Result<Vec<String>> {
    let mut checked: Vec<String> = Vec::with_capacity(urls.len());
    for url in urls {
        let url = check_url(url).map_err(|err| bad_url(url, err))?;
        if !checked.iter().any(|known| known == url) {
            checked.push(url.to_string());
        }
    }
    Ok(checked)
}

fn bad_url(url: &str, problem: UrlError) -> Error {
    // A long or strange link is shown cut short and escaped.
    let mut shown: String = url.chars().take(80).flat_map(char::escape_debug).collect();
    if url.chars().count() > 80 {
        shown.push('…');
    }
    Error::BadUrl {
        shown,
        problem,
        max: MAX_URL_LEN,
    }
}
