//! `roadmap export --format md`: a checklist grouped by stage, with the
//! short numbers the command line accepts.

use std::fmt::Write;

use super::Picture;
use crate::i18n::Msg;
use crate::progress::Status;

pub fn render(picture: &Picture) -> String {
    let roadmap = picture.roadmap;
    let lang = picture.lang;
    let (stages, total) = picture.stats();
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", escape(roadmap.title(lang)));
    let user = escape(picture.user);
    let (finished, count, percent) = (total.finished(), total.total, total.whole_percent());
    let summary = picture.t(Msg::ChecklistSummary {
        user,
        finished,
        total: count,
        percent,
    });
    let _ = writeln!(md, "{summary}");
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
        for &i in &stage.steps {
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
        }
    }
    md
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
            c if crate::sanitize::is_unsafe(c) => {
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
