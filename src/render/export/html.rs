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

use chrono::NaiveDate;

use super::{Picture, Record, Shade, StepView, summary};
use crate::lang::Lang;
use crate::progress::Stats;
use crate::render::{hours, local_date, record::duration};

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
        match lang {
            Lang::En => format!("Learning record of {user} · as of {today}"),
            Lang::Ja => format!("{user} さんの学習記録 · {today} 時点"),
        }
    );
    let overall = match lang {
        Lang::En => format!(
            "{user}: {} of {} steps finished",
            total.finished(),
            total.total
        ),
        Lang::Ja => format!(
            "{user} さん: {} ステップ中 {} 完了",
            total.total,
            total.finished()
        ),
    };
    let _ = writeln!(
        html,
        "<div class=\"overall\">{}<span class=\"figure\">{}%</span><span class=\"summary\">{overall}</span></div>\n</header>",
        bar(&total, "big"),
        total.whole_percent()
    );

    html.push_str("<section class=\"tiles\">\n");
    // In Japanese, spaces only set numbers apart ("直近 4 週"): a line must
    // not break there and leave "週" alone.
    let keep = |text: &str| match lang {
        Lang::En => escape(text),
        Lang::Ja => escape(text).replace(' ', "&nbsp;"),
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
        for &i in &stage.steps {
            card(&mut html, picture, &record.step(roadmap, i), i);
        }
        html.push_str("</div>\n</section>\n");
    }
    let _ = writeln!(
        html,
        "</main>\n<footer>{}</footer>\n</body>\n</html>",
        match lang {
            Lang::En => format!("Made with roadmap · {today}"),
            Lang::Ja => format!("roadmap で作成 · {today}"),
        }
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
    let time = match (view.minutes, step.estimate_hours > 0.0) {
        (0, true) => hours(step.estimate_hours),
        (0, false) => String::new(),
        (m, true) => format!("{} / {}", duration(m, lang), hours(step.estimate_hours)),
        (m, false) => duration(m, lang),
    };
    let optional = if step.optional {
        format!(" · {}", picture.tr("optional", "任意"))
    } else {
        String::new()
    };
    let _ = write!(
        html,
        "<article class=\"card {}\" id=\"step-{}\">\n<div class=\"meta\"><span class=\"num\">{}</span><span class=\"state\">{}{optional}</span><span class=\"hours\">{time}</span></div>\n<h3 class=\"title\">{}</h3>\n",
        shade.class(),
        escape(&step.id),
        roadmap.number(i),
        shade.short_label(lang),
        escape(step.title(lang))
    );
    if !step.requires.is_empty() {
        let after: Vec<String> = step
            .requires
            .iter()
            .map(|&p| {
                format!(
                    "<a href=\"#step-{}\">{}</a>",
                    escape(&roadmap.steps[p].id),
                    roadmap.number(p)
                )
            })
            .collect();
        let _ = writeln!(
            html,
            "<p class=\"after\">{} {}</p>",
            picture.tr("After", "前提:"),
            after.join(", ")
        );
    }
    let done_when = step.done_when(lang);
    if !done_when.is_empty() {
        let _ = writeln!(
            html,
            "<p class=\"done-when\"><strong>{}</strong> {}</p>",
            picture.tr("Done when:", "完了の目安:"),
            escape(done_when)
        );
    }
    let mut dates = Vec::new();
    if let Some(at) = view.started {
        dates.push(format!(
            "{} <time>{}</time>",
            picture.tr("Started", "開始"),
            local_date(at)
        ));
    }
    if let Some(at) = view.finished {
        dates.push(format!(
            "{} <time>{}</time>",
            picture.tr("finished", "完了"),
            local_date(at)
        ));
    }
    if !dates.is_empty() {
        let _ = writeln!(html, "<p class=\"dates\">{}</p>", dates.join(" · "));
    }
    if !view.links.is_empty() || !view.other_evidence.is_empty() {
        let _ = write!(
            html,
            "<div class=\"evidence\"><strong>{}</strong><ul>",
            picture.tr("Evidence", "成果物")
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
            picture.tr("Notes", "メモ")
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
            picture.tr("About this step", "このステップについて")
        );
        if !summary.is_empty() {
            let _ = write!(html, "<p>{}</p>", escape(summary));
        }
        if !step.resources.is_empty() {
            html.push_str("<ul class=\"resources\">");
            for resource in &step.resources {
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

const CHART_W: f64 = 640.0;
const CHART_H: f64 = 200.0;
const PAD_L: f64 = 36.0;
const PAD_B: f64 = 22.0;
const PAD_T: f64 = 12.0;

/// A round upper bound for an axis: 1, 2, 5, 10, 20, 50 …
fn nice_max(value: f64) -> f64 {
    let mut step = 1.0;
    loop {
        for factor in [1.0, 2.0, 5.0] {
            if value <= step * factor {
                return step * factor;
            }
        }
        step *= 10.0;
    }
}

/// "11/23": a week's Monday on an axis.
fn short_date(day: NaiveDate) -> String {
    day.format("%m/%d").to_string()
}

fn chart_open(html: &mut String, caption: &str, label: &str) {
    let _ = write!(
        html,
        "<figure class=\"chart\"><figcaption>{caption}</figcaption><svg viewBox=\"0 0 {CHART_W} {CHART_H}\" role=\"img\" aria-label=\"{}\">",
        escape(label)
    );
}

/// The y axis with a grid line at the top and in the middle.
fn axis(html: &mut String, max: f64, unit: &str) {
    let bottom = CHART_H - PAD_B;
    for (value, y) in [
        (0.0, bottom),
        (max / 2.0, (bottom + PAD_T) / 2.0),
        (max, PAD_T),
    ] {
        let _ = write!(
            html,
            "<line class=\"grid\" x1=\"{PAD_L}\" y1=\"{y}\" x2=\"{CHART_W}\" y2=\"{y}\"/><text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}{unit}</text>",
            PAD_L - 4.0,
            y + 4.0,
            figure(value)
        );
    }
}

fn figure(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

/// x labels under every fourth column, the last one included.
fn x_labels(html: &mut String, days: &[NaiveDate], x_of: impl Fn(usize) -> f64) {
    let last = days.len().saturating_sub(1);
    for (i, day) in days.iter().enumerate() {
        if (last - i).is_multiple_of(4) {
            // The last label ends at its column so it is not cut off.
            let anchor = if i == last { "end" } else { "middle" };
            let _ = write!(
                html,
                "<text class=\"tick\" x=\"{:.1}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
                if i == last { CHART_W - 2.0 } else { x_of(i) },
                CHART_H - 6.0,
                short_date(*day)
            );
        }
    }
}

fn hours_chart(html: &mut String, picture: &Picture, weeks: &[(NaiveDate, u64)]) {
    let caption = match picture.lang {
        Lang::En => format!("Hours studied per week (last {} weeks)", weeks.len()),
        Lang::Ja => format!("週ごとの学習時間（直近 {} 週）", weeks.len()),
    };
    let values: Vec<f64> = weeks.iter().map(|(_, m)| *m as f64 / 60.0).collect();
    let label = values
        .iter()
        .map(|h| figure((h * 10.0).round() / 10.0))
        .collect::<Vec<_>>()
        .join(", ");
    chart_open(html, &caption, &format!("{caption}: {label}"));
    let max = nice_max(values.iter().copied().fold(1.0, f64::max));
    axis(html, max, "h");
    let slot = (CHART_W - PAD_L) / weeks.len().max(1) as f64;
    let bottom = CHART_H - PAD_B;
    for (i, value) in values.iter().enumerate() {
        let height = value / max * (bottom - PAD_T);
        let _ = write!(
            html,
            "<rect class=\"bar-h\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"><title>{}: {}</title></rect>",
            PAD_L + i as f64 * slot + slot * 0.15,
            bottom - height,
            slot * 0.7,
            height,
            weeks[i].0,
            duration(weeks[i].1, picture.lang)
        );
    }
    let days: Vec<NaiveDate> = weeks.iter().map(|(d, _)| *d).collect();
    x_labels(html, &days, |i| PAD_L + (i as f64 + 0.5) * slot);
    html.push_str("</svg></figure>\n");
}

fn finished_chart(
    html: &mut String,
    picture: &Picture,
    weeks: &[(NaiveDate, usize)],
    total: usize,
) {
    let caption = match picture.lang {
        Lang::En => format!("Steps finished over time (of {total})"),
        Lang::Ja => format!("完了したステップの累計（全 {total}）"),
    };
    let label = weeks
        .iter()
        .map(|(_, n)| n.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    chart_open(html, &caption, &format!("{caption}: {label}"));
    // Counts: an even top, so the middle line is a whole number too.
    let max = nice_max(weeks.iter().map(|(_, n)| *n as f64).fold(1.0, f64::max));
    let max = if max % 2.0 == 0.0 { max } else { max + 1.0 };
    axis(html, max, "");
    let bottom = CHART_H - PAD_B;
    let span = (CHART_W - PAD_L - 8.0) / weeks.len().saturating_sub(1).max(1) as f64;
    let x_of = |i: usize| PAD_L + 4.0 + i as f64 * span;
    let y_of = |n: usize| bottom - n as f64 / max * (bottom - PAD_T);
    let points: Vec<String> = weeks
        .iter()
        .enumerate()
        .map(|(i, (_, n))| format!("{:.1},{:.1}", x_of(i), y_of(*n)))
        .collect();
    if !weeks.is_empty() {
        let _ = write!(
            html,
            "<polygon class=\"area\" points=\"{:.1},{bottom} {} {:.1},{bottom}\"/><polyline class=\"line\" points=\"{}\"/>",
            x_of(0),
            points.join(" "),
            x_of(weeks.len() - 1),
            points.join(" ")
        );
    }
    for (i, (day, n)) in weeks.iter().enumerate() {
        let _ = write!(
            html,
            "<circle class=\"dot\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"2.5\"><title>{day}: {n}</title></circle>",
            x_of(i),
            y_of(*n)
        );
    }
    let days: Vec<NaiveDate> = weeks.iter().map(|(d, _)| *d).collect();
    x_labels(html, &days, x_of);
    html.push_str("</svg></figure>\n");
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
         .card .hours{margin-left:auto;white-space:nowrap}\n\
         .card .title{margin:4px 0;font-size:15px;line-height:1.35}\n\
         .card p{margin:4px 0;font-size:13px}\n\
         .card .after{color:#546e7a}\n\
         .card .dates{color:#455a64}\n\
         .card ul{margin:2px 0 4px;padding-left:18px;font-size:13px}\n\
         .card .evidence a{overflow-wrap:anywhere;word-break:break-all}\n\
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

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            escape("<b>\"Tom\" & 'Jerry'</b>"),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn axes_end_on_round_numbers() {
        assert_eq!(nice_max(0.3), 1.0);
        assert_eq!(nice_max(1.0), 1.0);
        assert_eq!(nice_max(3.5), 5.0);
        assert_eq!(nice_max(12.0), 20.0);
        assert_eq!(nice_max(51.0), 100.0);
    }
}
