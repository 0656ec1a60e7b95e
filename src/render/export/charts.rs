//! The inline SVG charts of the HTML page: hours studied per week (bars)
//! and steps finished over time (a line). Sized by a view box, so they
//! scale to any width; each value also has a `<title>` and the chart an
//! `aria-label` listing them.

use std::fmt::Write;

use chrono::NaiveDate;

use super::Picture;
use super::escape::escape;
use crate::i18n::RecordPage;
use crate::render::record::duration;

// A narrow view box: on a 390-pixel phone the chart is drawn at about
// 0.85 of it, so the 12-pixel labels stay legible (at 640 they were 6).
const CHART_W: f64 = 400.0;
const CHART_H: f64 = 180.0;
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

pub fn hours_chart(html: &mut String, picture: &Picture, weeks: &[(NaiveDate, u64)]) {
    let caption = picture.page(RecordPage::HoursChart(weeks.len()));
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

pub fn finished_chart(
    html: &mut String,
    picture: &Picture,
    weeks: &[(NaiveDate, usize)],
    total: usize,
) {
    let caption = picture.page(RecordPage::FinishedChart(total));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_end_on_round_numbers() {
        assert_eq!(nice_max(0.3), 1.0);
        assert_eq!(nice_max(1.0), 1.0);
        assert_eq!(nice_max(3.5), 5.0);
        assert_eq!(nice_max(12.0), 20.0);
        assert_eq!(nice_max(51.0), 100.0);
    }
}
