//! `roadmap evidence`: attach links to what the learner built for a step.

use std::io::Write;

use crate::cli::EvidenceArgs;
use crate::cmd::Context;
use crate::error::{Failure, Result};
use crate::lang::Lang;
use crate::progress::{MAX_URL_LEN, UrlError, check_url};
use crate::render::{self, record::EvidenceReport};

pub fn run(args: &EvidenceArgs, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let urls = check_all(&args.urls, ctx)?;
    let (roadmap, snapshot) = ctx.roadmap_and_snapshot()?;
    let step = ctx.resolve(&roadmap, std::slice::from_ref(&args.step))?[0];
    let at = ctx.config.now;
    let (added, already, evidence) = ctx.store.update_from(&ctx.config.user, snapshot, |data| {
        let progress = data.roadmaps.entry(roadmap.id.clone()).or_default();
        let batch = progress.new_batch();
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
        id: roadmap.steps[step].id.clone(),
        title: roadmap.steps[step].title(ctx.config.lang).to_string(),
        added,
        already,
        evidence,
    };
    if ctx.config.json {
        render::json(out, &report)
    } else {
        render::record::evidence_text(out, &report, ctx.style())
    }
}

/// Checks every link before anything is stored; duplicates count once.
pub fn check_all(urls: &[String], ctx: &Context) -> Result<Vec<String>> {
    let mut checked: Vec<String> = Vec::with_capacity(urls.len());
    for url in urls {
        let url = check_url(url).map_err(|err| bad_url(url, err, ctx.config.lang))?;
        if !checked.iter().any(|known| known == url) {
            checked.push(url.to_string());
        }
    }
    Ok(checked)
}

fn bad_url(url: &str, err: UrlError, lang: Lang) -> Failure {
    // A long or strange link is shown cut short and escaped.
    let mut shown: String = url.chars().take(80).flat_map(char::escape_debug).collect();
    if url.chars().count() > 80 {
        shown.push('…');
    }
    let message = match (err, lang) {
        (UrlError::NotHttp, Lang::En) => format!("evidence '{shown}' is not an http or https link"),
        (UrlError::NotHttp, Lang::Ja) => {
            format!("成果物 '{shown}' は http / https のリンクではありません")
        }
        (UrlError::NoHost, Lang::En) => format!("evidence '{shown}' has no host name"),
        (UrlError::NoHost, Lang::Ja) => format!("成果物 '{shown}' にホスト名がありません"),
        (UrlError::Spaces, Lang::En) => {
            format!("evidence '{shown}' contains spaces or invisible characters")
        }
        (UrlError::Spaces, Lang::Ja) => {
            format!("成果物 '{shown}' に空白または見えない文字が含まれています")
        }
        (UrlError::TooLong, Lang::En) => {
            format!("evidence link is longer than {MAX_URL_LEN} bytes: '{shown}'")
        }
        (UrlError::TooLong, Lang::Ja) => {
            format!("成果物のリンクが {MAX_URL_LEN} バイトを超えています: '{shown}'")
        }
    };
    Failure::input(message).with_hint(match lang {
        Lang::En => "give a link like https://github.com/you/project",
        Lang::Ja => "https://github.com/you/project のようなリンクを指定してください",
    })
}
