//! `roadmap export --format md`: a checklist grouped by stage, with the
//! short numbers the command line accepts, and the learner's record: a
//! summary, then per step the dates, the time spent, notes and evidence.

use std::fmt::Write;

use super::{Picture, Record, summary};
use crate::i18n::{Msg, RecordPage};
use crate::progress::Status;
use crate::render::{local_date, record::duration};

pub fn render(picture: &Picture, record: &Record) -> String {
    let roadmap = picture.roadmap;
    let lang = picture.lang;
    let (stages, total) = picture.stats();
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", escape(roadmap.title(lang)));
    let user = escape(picture.user);
    let (finished, count, percent) = (total.finished(), total.total, total.whole_percent());
    let overall = picture.t(Msg::ChecklistSummary {
        user,
        finished,
        total: count,
        percent,
    });
    let _ = writeln!(md, "{overall}");
    let _ = writeln!(md);
    for tile in summary(picture, record).iter().skip(1) {
        let detail = if tile.detail.is_empty() {
            String::new()
        } else {
            format!(" — {}", escape(&tile.detail))
        };
        let _ = writeln!(md, "- {}: **{}**{detail}", tile.label, escape(&tile.value));
    }
    for (s, stage) in roadmap.stages.iter().enumerate() {
        let stats = &stages[s];
        let _ = writeln!(
            md,
            "\n## {}. {} ({}/{}, {}%)\n",
            s + 1,
            escape(stage.title(lang)),
            stats.finished(),
            stats.total,
            stats.whole_percent()
        );
        for i in stage.step_indices() {
            let step = &roadmap.steps[i];
            let status = picture.statuses[i];
            let mark = if status.is_finished() { "x" } else { " " };
            let mut line = format!(
                "- [{mark}] **{}** {} (`{}`)",
                roadmap.number(i),
                escape(step.title(lang)),
                step.id.replace('`', "'")
            );
            let mut tags = Vec::new();
            match status {
                Status::InProgress => tags.push(picture.t(Msg::Status(Status::InProgress))),
                Status::Skipped => tags.push(picture.t(Msg::Status(Status::Skipped))),
                Status::Todo | Status::Done => {}
            }
            if step.optional {
                tags.push(picture.t(Msg::Optional));
            }
            if !tags.is_empty() {
                let _ = write!(line, " _{}_", tags.join(", "));
            }
            let _ = writeln!(md, "{line}");
            step_record(&mut md, picture, record, i);
        }
    }
    md
}

/// The record of one step as indented list items under its line.
fn step_record(md: &mut String, picture: &Picture, record: &Record, step: usize) {
    let roadmap = picture.roadmap;
    let lang = picture.lang;
    let view = record.step(roadmap, step);
    if view.is_empty() {
        return;
    }
    let mut facts = Vec::new();
    if let Some(started) = view.started {
        facts.push(format!(
            "{} {}",
            picture.page(RecordPage::StartedLower),
            local_date(started)
        ));
    }
    if let Some(finished) = view.finished {
        facts.push(format!(
            "{} {}",
            picture.page(RecordPage::FinishedLower),
            local_date(finished)
        ));
    }
    if view.minutes > 0 {
        let spent = duration(view.minutes, lang);
        let estimate = roadmap.steps[step].estimate_hours();
        facts.push(picture.page(if estimate > 0.0 {
            RecordPage::SpentOfEstimated {
                spent,
                estimate: crate::i18n::ux::hours(estimate, lang),
            }
        } else {
            RecordPage::Spent(spent)
        }));
    }
    if !facts.is_empty() {
        let _ = writeln!(md, "  - {}", facts.join(" · "));
    }
    for (at, text) in &view.notes {
        let _ = writeln!(
            md,
            "  - {} ({}): {}",
            picture.page(RecordPage::Note),
            local_date(*at),
            escape(text)
        );
    }
    if let Some(line) = crate::render::check::verified_text(
        view.verified.as_ref(),
        &roadmap.steps[step],
        picture.statuses[step],
        lang,
    ) {
        let _ = writeln!(md, "  - {}", escape(&line));
    }
    if let Some(url) = view.verified.as_ref().and_then(|v| v.commit_url.as_deref()) {
        let _ = writeln!(md, "  - <{url}>");
    }
    for url in &view.links {
        let _ = writeln!(
            md,
            "  - {}: <{}>",
            picture.page(RecordPage::Evidence),
            url.replace('<', "%3C").replace('>', "%3E")
        );
    }
    for text in &view.other_evidence {
        let _ = writeln!(
            md,
            "  - {}: {}",
            picture.page(RecordPage::Evidence),
            escape(text)
        );
    }
}

/// Escapes the characters Markdown would read as formatting, so titles
/// show as written.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' | '\r' => escaped.push(' '),
            // Terminal controls are shown, never obeyed (the checklist is
            // often read with `cat`).
            c if crate::sanitize::needs_escape(c) => {
                escaped.extend(c.escape_unicode());
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
    fn formatting_characters_are_escaped() {
        assert_eq!(escape("C# *and* [x]"), "C\\# \\*and\\* \\[x\\]");
        assert_eq!(escape("two\nlines"), "two lines");
    }
}
