//! `roadmap export --format html`: one self-contained page that shows the
//! learner's record, worth sharing with a mentor or an interviewer.
//!
//! A summary on top (progress, time, this week, streak, pace, finish), two
//! inline SVG charts (hours per week, steps finished over time), then each
//! stage as a grid of cards that carry the step's "done when", dates, time,
//! notes and evidence links. Prerequisites are named on each card ("after
//! 1.2, 1.3") instead of drawn as arrows, which tangle on a phone. The grid
//! is one column at 390 px. No scripts, fonts or other files: the page
//! renders offline and prints cleanly.

use std::fmt::Write;

use super::charts::{finished_chart, hours_chart};
use super::escape::escape;
use super::{Picture, Record, Shade, StepView, summary};
use crate::i18n::ux::hours;
use crate::i18n::{Msg, RecordPage};
use crate::lang::Lang;
use crate::progress::Stats;
use crate::render::{local_date, record::duration};

pub fn render(picture: &Picture, record: &Record) -> String {
    let roadmap = picture.roadmap;
    let lang = picture.lang;
    let (stage_stats, total) = picture.stats();
    let title = escape(roadmap.title(lang));
    let mut html = String::with_capacity(8192 + roadmap.steps.len() * 900);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{}</style>\n</head>\n<body>\n",
        lang.code(),
        css()
    );
    let user = escape(picture.user);
    let today = local_date(record.now);
    let _ = writeln!(html, "<header class=\"top\">\n<h1>{title}</h1>");
    let _ = writeln!(
        html,
        "<p class=\"who\">{}</p>",
        picture.page(RecordPage::RecordOf {
            user: user.clone(),
            today: today.clone(),
        })
    );
    let overall = picture.t(Msg::PageSummary {
        user: user.clone(),
        finished: total.finished(),
        total: total.total,
    });
    let _ = writeln!(
        html,
        "<div class=\"overall\">{}<span class=\"figure\">{}%</span><span class=\"summary\">{overall}</span></div>\n</header>",
        bar(&total, "big"),
        total.whole_percent()
    );

    html.push_str("<section class=\"tiles\">\n");
    // In Japanese, spaces only set numbers apart ("直近 4 週"): a line must
    // not break there and leave "週" alone.
    let keep = |text: &str| {
        if lang == Lang::Ja {
            super::keep_units_together(&escape(text).replace(' ', "&nbsp;"))
        } else {
            escape(text)
        }
    };
    for tile in summary(picture, record) {
        let _ = writeln!(
            html,
            "<div class=\"tile\"><span class=\"k\">{}</span><span class=\"v\">{}</span><span class=\"d\">{}</span></div>",
            tile.label,
            keep(&tile.value),
            keep(&tile.detail)
        );
    }
    html.push_str("</section>\n");

    html.push_str("<section class=\"charts\">\n");
    hours_chart(&mut html, picture, &record.weekly_minutes);
    finished_chart(&mut html, picture, &record.finished_by_week, total.total);
    html.push_str("</section>\n");

    html.push_str("<ul class=\"legend\">");
    for shade in Shade::ALL {
        let _ = write!(
            html,
            "<li><span class=\"swatch {}\"></span>{}</li>",
            shade.class(),
            shade.label(lang)
        );
    }
    html.push_str("</ul>\n<main>\n");

    for (s, stage) in roadmap.stages.iter().enumerate() {
        let stats = &stage_stats[s];
        let _ = writeln!(
            html,
            "<section class=\"stage\" id=\"stage-{}\">\n<h2><span class=\"num\">{}</span> {}</h2>\n<div class=\"stage-progress\">{}<span>{}/{} · {}%</span></div>\n<div class=\"cards\">",
            escape(&stage.id),
            s + 1,
            escape(stage.title(lang)),
            bar(stats, "small"),
            stats.finished(),
            stats.total,
            stats.whole_percent()
        );
        for i in stage.step_indices() {
            card(&mut html, picture, &record.step(roadmap, i), i);
        }
        html.push_str("</div>\n</section>\n");
    }
    let _ = writeln!(
        html,
        "</main>\n<footer>{}</footer>\n</body>\n</html>",
        picture.page(RecordPage::MadeWith(today))
    );
    html
}

/// One step: number, status, time against the estimate, title, what it
/// comes after, "done when", the record, and the rest folded in `<details>`.
fn card(html: &mut String, picture: &Picture, view: &StepView, i: usize) {
    let roadmap = picture.roadmap;
    let lang = picture.lang;
    let step = &roadmap.steps[i];
    let shade = picture.shade(i);
    let time = match (view.minutes, step.estimate_hours() > 0.0) {
        (0, true) => hours(step.estimate_hours(), lang),
        (0, false) => String::new(),
        (m, true) => format!(
            "{} / {}",
            duration(m, lang),
            hours(step.estimate_hours(), lang)
        ),
        (m, false) => duration(m, lang),
    };
    let optional = if step.optional {
        format!(" · {}", picture.t(Msg::Optional))
    } else {
        String::new()
    };
    let _ = write!(
        html,
        "<article class=\"card {}\" id=\"step-{}\">\n<div class=\"meta\"><span class=\"num\">{}</span><span class=\"state\">{}{optional}</span><span class=\"hours\">{time}</span></div>\n<h3 class=\"title\">{}</h3>\n",
        shade.class(),
        escape(step.id.as_str()),
        roadmap.number(i),
        shade.short_label(lang),
        escape(step.title(lang))
    );
    let link = |p: usize| {
        format!(
            "<a href=\"#step-{}\">{}</a>",
            escape(roadmap.steps[p].id.as_str()),
            roadmap.number(p)
        )
    };
    if !step.requires.is_empty() || !step.requires_any.is_empty() {
        let mut after: Vec<String> = step.requires().map(&link).collect();
        if !step.requires_any.is_empty() {
            let any: Vec<String> = step.requires_any().map(&link).collect();
            after.push(format!(
                "{} {}",
                picture.page(RecordPage::OneOf),
                any.join(" / ")
            ));
        }
        let _ = writeln!(
            html,
            "<p class=\"after\">{} {}</p>",
            picture.page(RecordPage::After),
            after.join(", ")
        );
    }
    let done_when = step.done_when(lang);
    if !done_when.is_empty() {
        let _ = writeln!(
            html,
            "<p class=\"done-when\"><strong>{}</strong> {}</p>",
            picture.t(Msg::DoneWhen),
            escape(done_when)
        );
    }
    if !step.checklist.is_empty() {
        let ticked = view.ticked.iter().copied().chain(std::iter::repeat(false));
        html.push_str("<ul class=\"checklist\">");
        for (item, ticked) in step.checklist.iter().zip(ticked) {
            let (class, mark, note) = picture.checklist_mark(i, ticked);
            let _ = write!(
                html,
                "<li class=\"{class}\"><span aria-hidden=\"true\">{mark}</span> {}{note}</li>",
                escape(item.text(lang))
            );
        }
        html.push_str("</ul>\n");
    }
    let mut dates = Vec::new();
    if let Some(at) = view.started {
        dates.push(format!(
            "{} <time>{}</time>",
            picture.page(RecordPage::StartedOn),
            local_date(at)
        ));
    }
    if let Some(at) = view.finished {
        dates.push(format!(
            "{} <time>{}</time>",
            picture.page(RecordPage::FinishedOn),
            local_date(at)
        ));
    }
    if !dates.is_empty() {
        let _ = writeln!(html, "<p class=\"dates\">{}</p>", dates.join(" · "));
    }
    let status = picture.statuses[i];
    if let Some(text) = crate::render::check::verified_text(
        view.verified.as_ref(),
        &picture.roadmap.steps[i],
        status,
        lang,
    ) {
        let class = if view.verified.is_some() {
            "verified"
        } else {
            "self-reported"
        };
        let url = view.verified.as_ref().and_then(|v| v.commit_url.as_deref());
        let _ = match url {
            Some(url) => writeln!(
                html,
                "<p class=\"{class}\"><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></p>",
                escape(url),
                escape(&text)
            ),
            None => writeln!(html, "<p class=\"{class}\">{}</p>", escape(&text)),
        };
    }
    if !view.links.is_empty() || !view.other_evidence.is_empty() {
        let _ = write!(
            html,
            "<div class=\"evidence\"><strong>{}</strong><ul>",
            picture.page(RecordPage::Evidence)
        );
        for url in &view.links {
            let _ = write!(
                html,
                "<li><a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a></li>",
                escape(url)
            );
        }
        for text in &view.other_evidence {
            let _ = write!(html, "<li>{}</li>", escape(text));
        }
        html.push_str("</ul></div>\n");
    }
    if !view.notes.is_empty() {
        let _ = write!(
            html,
            "<div class=\"notes\"><strong>{}</strong><ul>",
            picture.page(RecordPage::Notes)
        );
        for (at, text) in &view.notes {
            let _ = write!(
                html,
                "<li><time>{}</time> {}</li>",
                local_date(*at),
                escape(text)
            );
        }
        html.push_str("</ul></div>\n");
    }
    let summary = step.summary(lang);
    if !summary.is_empty() || !step.resources.is_empty() {
        let _ = write!(
            html,
            "<details><summary>{}</summary>",
            picture.page(RecordPage::AboutThisStep)
        );
        if !summary.is_empty() {
            let _ = write!(html, "<p>{}</p>", escape(summary));
        }
        if !step.resources.is_empty() {
            html.push_str("<ul class=\"resources\">");
            for resource in step.resources.iter() {
                let title = escape(&resource.title);
                match crate::progress::check_url(&resource.url) {
                    Ok(url) => {
                        let _ = write!(
                            html,
                            "<li><a href=\"{}\" rel=\"noopener noreferrer\">{title}</a></li>",
                            escape(url)
                        );
                    }
                    Err(_) => {
                        let _ = write!(html, "<li>{title}</li>");
                    }
                }
            }
            html.push_str("</ul>");
        }
        html.push_str("</details>\n");
    }
    html.push_str("</article>\n");
}

fn bar(stats: &Stats, size: &str) -> String {
    format!(
        "<span class=\"bar {size}\"><span style=\"width:{:.1}%\"></span></span>",
        stats.percent()
    )
}

fn css() -> String {
    let mut css = String::from(
        "*{box-sizing:border-box}\n\
         html{-webkit-text-size-adjust:100%}\n\
         body{margin:0 auto;max-width:1280px;padding:16px;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Hiragino Sans\",\"Hiragino Kaku Gothic ProN\",\"Noto Sans JP\",\"Noto Sans CJK JP\",\"Yu Gothic UI\",\"Yu Gothic\",Meiryo,\"IPAexGothic\",\"IPAPGothic\",sans-serif;line-height:1.5;color:#263238;background:#fafafa;overflow-wrap:break-word;-webkit-print-color-adjust:exact;print-color-adjust:exact}\n\
         :lang(ja){word-break:auto-phrase;line-break:strict}\n\
         a{color:#1565c0}\n\
         .top h1{margin:0 0 2px;font-size:clamp(20px,4vw,28px);line-height:1.25}\n\
         .who{margin:0 0 10px;color:#546e7a}\n\
         .overall{display:flex;align-items:center;gap:10px;flex-wrap:wrap}\n\
         .overall .figure{font-size:20px;font-weight:700}\n\
         .overall .summary{color:#546e7a}\n\
         .bar{display:inline-block;background:#e0e0e0;border-radius:4px;overflow:hidden;vertical-align:middle}\n\
         .bar>span{display:block;height:100%;background:#43a047}\n\
         .bar.big{width:min(320px,100%);height:14px}\n\
         .bar.small{width:120px;height:8px}\n\
         .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px;margin:16px 0}\n\
         .tile{background:#fff;border:1px solid #e0e0e0;border-radius:10px;padding:10px 12px;display:flex;flex-direction:column;min-width:0}\n\
         .tile .k{font-size:12px;color:#607d8b;text-transform:uppercase;letter-spacing:.04em}\n\
         .tile .v{font-size:22px;font-weight:700;line-height:1.3}\n\
         .tile .d{font-size:12.5px;color:#546e7a}\n\
         .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px;margin:0 0 12px}\n\
         .chart{margin:0;background:#fff;border:1px solid #e0e0e0;border-radius:10px;padding:10px 12px;min-width:0}\n\
         .chart figcaption{font-size:13px;font-weight:600;margin-bottom:4px}\n\
         .chart svg{display:block;width:100%;height:auto}\n\
         .grid{stroke:#eceff1;stroke-width:1}\n\
         .tick{font-size:12px;fill:#78909c}\n\
         .bar-h{fill:#42a5f5}\n\
         .area{fill:#c8e6c9}\n\
         .line{fill:none;stroke:#2e7d32;stroke-width:2}\n\
         .dot{fill:#2e7d32}\n\
         .legend{list-style:none;display:flex;flex-wrap:wrap;gap:6px 16px;padding:0;margin:8px 0 0;font-size:13px;color:#455a64}\n\
         .legend li{display:flex;align-items:center;gap:6px}\n\
         .swatch{display:inline-block;width:16px;height:12px;border-radius:3px;border:2px solid}\n\
         .stage{margin:22px 0 0}\n\
         .stage h2{margin:0 0 4px;font-size:18px;line-height:1.3}\n\
         .stage h2 .num,.card .num{display:inline-block;min-width:22px;padding:0 6px;border-radius:10px;background:#37474f;color:#fff;font-size:12px;text-align:center;vertical-align:middle}\n\
         .stage-progress{display:flex;align-items:center;gap:8px;font-size:12.5px;color:#546e7a;margin-bottom:8px}\n\
         .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:10px}\n\
         .card{border:2px solid;border-radius:10px;padding:9px 11px;min-width:0;break-inside:avoid}\n\
         .card .meta{display:flex;gap:8px;align-items:center;font-size:12px;color:#455a64}\n\
         .card .hours{margin-left:auto;white-space:nowrap}.nw{white-space:nowrap}\n\
         .card .title{margin:4px 0;font-size:15px;line-height:1.35}\n\
         .card p{margin:4px 0;font-size:13px}\n\
         .card .after{color:#546e7a}\n\
         .card .dates{color:#455a64}\n\
         .card .verified{color:#2e7d32;font-weight:600}.card .verified a{color:inherit}.card .self-reported{color:#78909c;font-size:12px}\n\
         .card ul{margin:2px 0 4px;padding-left:18px;font-size:13px}\n\
         .card .evidence a{overflow-wrap:anywhere;word-break:break-all}\n\
         .card .checklist{list-style:none;padding-left:2px}\n\
         .card .checklist .ticked{color:#2e7d32}.card .checklist .unticked{color:#78909c}.card .checklist .unticked em{font-size:12px}\n\
         .card .evidence strong,.card .notes strong{font-size:13px}\n\
         .card details{font-size:13px;margin-top:4px}\n\
         .card summary{cursor:pointer;color:#37474f}\n\
         .card.skipped .title{text-decoration:line-through;color:#757575}\n\
         footer{margin:24px 0 8px;font-size:12px;color:#90a4ae}\n\
         @media (max-width:480px){body{padding:12px}.cards{grid-template-columns:1fr}.tiles{grid-template-columns:repeat(2,minmax(0,1fr))}.tile .v{font-size:19px}}\n\
         @media print{body{background:#fff;max-width:none;padding:0}.tile,.chart{border-color:#bbb}.cards{grid-template-columns:repeat(2,1fr)}.stage{break-inside:auto}.chart,.tile{break-inside:avoid}a{color:inherit}}\n",
    );
    for shade in Shade::ALL {
        let _ = writeln!(
            css,
            ".{0}{{background:{1};border-color:{2}}}",
            shade.class(),
            shade.fill(),
            shade.stroke()
        );
    }
    css
}
