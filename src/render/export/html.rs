//! `roadmap export --format html`: one self-contained page that draws the
//! roadmap. Stages are columns (wrapping onto further rows when there are
//! many), steps are cards coloured by status, prerequisites are SVG arrows
//! under the cards. No scripts, fonts or other files: the page renders
//! offline and can be mailed or attached as it is.

use std::fmt::Write;

use super::{Picture, Shade};
use crate::i18n::Msg;
use crate::progress::Stats;

const CARD_W: usize = 220;
const CARD_H: usize = 90;
const COL_GAP: usize = 70;
const ROW_GAP: usize = 16;
const HEADER_H: usize = 80;
const ROW_SPACING: usize = 40;
const MARGIN: usize = 20;
/// More stages than this continue on a new row of columns.
const COLUMNS_PER_ROW: usize = 6;

/// Where a card sits on the canvas.
#[derive(Debug, Clone, Copy)]
struct Rect {
    x: usize,
    y: usize,
}

impl Rect {
    fn right(self) -> usize {
        self.x + CARD_W
    }
    fn mid_y(self) -> usize {
        self.y + CARD_H / 2
    }
    fn mid_x(self) -> usize {
        self.x + CARD_W / 2
    }
}

struct Layout {
    /// Top-left corner of each stage's header, indexed like the stages.
    stages: Vec<Rect>,
    /// Top-left corner of each step's card, indexed like the steps.
    cards: Vec<Rect>,
    width: usize,
    height: usize,
}

fn layout(picture: &Picture) -> Layout {
    let roadmap = picture.roadmap;
    let mut stages = Vec::with_capacity(roadmap.stages.len());
    let mut cards = vec![Rect { x: 0, y: 0 }; roadmap.steps.len()];
    let mut row_top = MARGIN;
    let mut width = 0;
    for row in roadmap.stages.chunks(COLUMNS_PER_ROW) {
        let tallest = row.iter().map(|s| s.steps.len()).max().unwrap_or(0);
        for (column, stage) in row.iter().enumerate() {
            let x = MARGIN + column * (CARD_W + COL_GAP);
            stages.push(Rect { x, y: row_top });
            for (position, &step) in stage.steps.iter().enumerate() {
                cards[step] = Rect {
                    x,
                    y: row_top + HEADER_H + position * (CARD_H + ROW_GAP),
                };
            }
            width = width.max(x + CARD_W + MARGIN + COL_GAP / 2);
        }
        row_top += HEADER_H + tallest * (CARD_H + ROW_GAP) + ROW_SPACING;
    }
    Layout {
        stages,
        cards,
        width,
        height: row_top,
    }
}

pub fn render(picture: &Picture) -> String {
    let roadmap = picture.roadmap;
    let lang = picture.lang;
    let (stage_stats, total) = picture.stats();
    let layout = layout(picture);
    let title = escape(roadmap.title(lang));
    let mut html = String::with_capacity(4096 + roadmap.steps.len() * 700);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{}</style>\n</head>\n<body>\n",
        lang.code(),
        css()
    );
    let _ = writeln!(html, "<header>\n<h1>{title}</h1>");
    let summary = picture.t(Msg::PageSummary {
        user: escape(picture.user),
        finished: total.finished(),
        total: total.total,
    });
    let _ = writeln!(
        html,
        "<div class=\"overall\"><span class=\"label\">{}</span>{}<span class=\"figure\">{}%</span><span class=\"summary\">{summary}</span></div>",
        picture.t(Msg::Overall),
        bar(&total, "big"),
        total.whole_percent()
    );
    html.push_str("<ul class=\"legend\">");
    for shade in Shade::ALL {
        let _ = write!(
            html,
            "<li><span class=\"swatch {}\"></span>{}</li>",
            shade.class(),
            shade.label(lang)
        );
    }
    html.push_str(&format!(
        "<li><svg width=\"36\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"28\" y2=\"5\" class=\"link\" marker-end=\"url(#arrow)\"/></svg>{}</li>",
        picture.t(Msg::PrerequisiteArrow)
    ));
    // Only roadmaps with alternatives need their legend.
    if picture
        .roadmap
        .steps
        .iter()
        .any(|step| !step.requires_any.is_empty())
    {
        html.push_str(&format!(
            "<li><svg width=\"36\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"28\" y2=\"5\" class=\"link any\" marker-end=\"url(#arrow)\"/></svg>{}</li>",
            picture.t(Msg::Format(crate::i18n::FormatMsg::AlternativeArrow))
        ));
    }
    html.push_str("</ul>\n</header>\n");

    let _ = writeln!(
        html,
        "<main class=\"canvas\" style=\"width:{}px;height:{}px\">",
        layout.width, layout.height
    );
    links(&mut html, picture, &layout);
    for (s, stage) in roadmap.stages.iter().enumerate() {
        let at = layout.stages[s];
        let stats = &stage_stats[s];
        let _ = writeln!(
            html,
            "<section class=\"stage\" style=\"left:{}px;top:{}px\"><h2><span class=\"num\">{}</span> {}</h2><div class=\"stage-progress\">{}<span>{}/{} · {}%</span></div></section>",
            at.x,
            at.y,
            s + 1,
            escape(stage.title(lang)),
            bar(stats, "small"),
            stats.finished(),
            stats.total,
            stats.whole_percent()
        );
    }
    for &i in roadmap.reading_order() {
        let step = &roadmap.steps[i];
        let at = layout.cards[i];
        let shade = picture.shade(i);
        let mut tooltip = step.done_when(lang).to_string();
        if tooltip.is_empty() {
            tooltip = step.summary(lang).to_string();
        }
        let hours = if step.estimate_hours > 0.0 {
            format!(
                "<span class=\"hours\">{}</span>",
                crate::render::hours(step.estimate_hours)
            )
        } else {
            String::new()
        };
        let optional = if step.optional {
            format!(" · {}", picture.t(Msg::Optional))
        } else {
            String::new()
        };
        let _ = writeln!(
            html,
            "<article class=\"card {}\" id=\"step-{}\" style=\"left:{}px;top:{}px\" title=\"{}\"><div class=\"meta\"><span class=\"num\">{}</span><span class=\"state\">{}{optional}</span>{hours}</div><div class=\"title\">{}</div></article>",
            shade.class(),
            escape(&step.id),
            at.x,
            at.y,
            escape(&tooltip),
            roadmap.number(i),
            shade.short_label(lang),
            escape(step.title(lang))
        );
    }
    html.push_str("</main>\n</body>\n</html>\n");
    html
}

/// The prerequisite arrows, drawn first so the cards cover their ends.
fn links(html: &mut String, picture: &Picture, layout: &Layout) {
    let _ = writeln!(
        html,
        "<svg class=\"links\" width=\"{}\" height=\"{}\" aria-hidden=\"true\">",
        layout.width, layout.height
    );
    html.push_str(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#78909c\"/></marker>\
         <marker id=\"arrow-met\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#43a047\"/></marker></defs>\n",
    );
    for (i, step) in picture.roadmap.steps.iter().enumerate() {
        let to = layout.cards[i];
        // Alternatives (`requires_any`) are dashed: any one is enough.
        let required = step.requires.iter().map(|&p| (p, ""));
        let alternatives = step.requires_any.iter().map(|&p| (p, " any"));
        for (p, kind) in required.chain(alternatives) {
            let from = layout.cards[p];
            let met = picture.statuses[p].is_finished();
            let (class, marker) = if met {
                (format!("link met{kind}"), "arrow-met")
            } else {
                (format!("link{kind}"), "arrow")
            };
            let _ = writeln!(
                html,
                "<path class=\"{class}\" d=\"{}\" marker-end=\"url(#{marker})\"/>",
                curve(from, to)
            );
        }
    }
    html.push_str("</svg>\n");
}

/// An SVG path from a prerequisite's card to its dependent's card.
fn curve(from: Rect, to: Rect) -> String {
    if to.x > from.x {
        // To a later column: right edge to left edge.
        let (x1, y1, x2, y2) = (from.right(), from.mid_y(), to.x, to.mid_y());
        let bend = (x2 - x1) / 2;
        format!(
            "M{x1},{y1} C{},{y1} {},{y2} {x2},{y2}",
            x1 + bend,
            x2 - bend
        )
    } else if to.x == from.x {
        // Within a column: out of the right edge and back in, beside it.
        let (x, y1, y2) = (from.right(), from.mid_y(), to.mid_y());
        let reach = 28 + (y1.abs_diff(y2) / (CARD_H + ROW_GAP)).min(4) * 6;
        format!("M{x},{y1} C{},{y1} {},{y2} {x},{y2}", x + reach, x + reach)
    } else {
        // Back to an earlier column, on a later row: bottom to top.
        let (x1, y1, x2, y2) = (from.mid_x(), from.y + CARD_H, to.mid_x(), to.y);
        let bend = y2.saturating_sub(y1) / 2;
        format!(
            "M{x1},{y1} C{x1},{} {x2},{} {x2},{y2}",
            y1 + bend,
            y2.saturating_sub(bend)
        )
    }
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
         body{margin:0;font-family:system-ui,-apple-system,\"Segoe UI\",\"Hiragino Sans\",\"Hiragino Kaku Gothic ProN\",\"Noto Sans CJK JP\",\"Yu Gothic\",Meiryo,sans-serif;color:#263238;background:#fafafa;-webkit-print-color-adjust:exact;print-color-adjust:exact}\n\
         header{padding:20px 20px 4px}\n\
         h1{margin:0 0 10px;font-size:24px}\n\
         .overall{display:flex;align-items:center;gap:12px;flex-wrap:wrap}\n\
         .overall .label{font-weight:600}\n\
         .overall .figure{font-size:20px;font-weight:700}\n\
         .overall .summary{color:#546e7a}\n\
         .bar{display:inline-block;background:#e0e0e0;border-radius:4px;overflow:hidden;vertical-align:middle}\n\
         .bar>span{display:block;height:100%;background:#43a047}\n\
         .bar.big{width:320px;height:14px}\n\
         .bar.small{width:120px;height:8px}\n\
         .legend{list-style:none;display:flex;flex-wrap:wrap;gap:16px;padding:0;margin:12px 0 0;font-size:13px;color:#455a64}\n\
         .legend li{display:flex;align-items:center;gap:6px}\n\
         .swatch{display:inline-block;width:16px;height:12px;border-radius:3px;border:2px solid}\n\
         .canvas{position:relative;margin:0 0 20px}\n\
         .links{position:absolute;left:0;top:0;z-index:0;pointer-events:none}\n\
         .link{fill:none;stroke:#90a4ae;stroke-width:1.6}\n\
         .link.met{stroke:#66bb6a}\n\
         .link.any{stroke-dasharray:6 4}\n\
         .stage{position:absolute;width:220px;height:70px}\n\
         .stage h2{margin:0 0 6px;font-size:15px;line-height:1.25;overflow:hidden;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical}\n\
         .stage .num{display:inline-block;min-width:20px;padding:0 5px;border-radius:10px;background:#37474f;color:#fff;font-size:12px;text-align:center}\n\
         .stage-progress{display:flex;align-items:center;gap:8px;font-size:12px;color:#546e7a}\n\
         .card{position:absolute;z-index:1;width:220px;height:90px;padding:7px 9px;border:2px solid;border-radius:8px;overflow:hidden;box-shadow:0 1px 2px rgba(0,0,0,.08)}\n\
         .card .meta{display:flex;gap:6px;align-items:baseline;font-size:11px;color:#546e7a;white-space:nowrap}\n\
         .card .state{overflow:hidden;text-overflow:ellipsis}\n\
         .card .num{font-weight:700;color:#37474f}\n\
         .card .hours{margin-left:auto}\n\
         .card .title{margin-top:3px;font-size:13.5px;line-height:1.3;font-weight:600;overflow:hidden;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical}\n\
         .card.skipped .title{text-decoration:line-through;color:#757575}\n",
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
            // Controls are shown, never obeyed: as character references.
            c if crate::sanitize::is_unsafe(c) => {
                escaped.push_str(&format!("&#x{:x};", u32::from(c)));
            }
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
    fn curves_start_and_end_on_card_edges() {
        let a = Rect { x: 20, y: 100 };
        let b = Rect { x: 310, y: 100 };
        let mid = 100 + CARD_H / 2;
        assert_eq!(
            curve(a, b),
            format!("M240,{mid} C275,{mid} 275,{mid} 310,{mid}")
        );
        let below = Rect {
            x: 20,
            y: 100 + CARD_H + ROW_GAP,
        };
        assert!(curve(a, below).starts_with(&format!("M240,{mid} C")));
        assert!(curve(a, below).ends_with(&format!(" 240,{}", mid + CARD_H + ROW_GAP)));
    }
}
