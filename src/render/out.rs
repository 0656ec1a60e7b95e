//! The printer: the one place where text reaches standard output or
//! standard error. Renderers hand it lines made of spans, each marked as
//! our own text or as untrusted text (from a roadmap, a note, a file). The
//! printer escapes control characters in untrusted text, measures display
//! widths, wraps long lines with a hanging indent when it knows the width
//! of a terminal, paints colour roles and writes.

use std::borrow::Cow;
use std::io::{self, BufWriter, IsTerminal, Write};

use anstyle::{AnsiColor, Style as Ansi};
use serde::Serialize;

use super::wrap::{self, Piece};
use crate::cli::ColorChoice;
use crate::error::Result;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::sanitize::sanitize;

/// What a span of text means, which decides its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Plain,
    /// Titles and headings.
    Strong,
    /// Secondary facts: ids, times, hints.
    Faint,
    /// Step numbers.
    Number,
    /// Done, success.
    Good,
    /// In progress, warnings.
    Warn,
    /// Errors.
    Bad,
}

impl Role {
    fn ansi(self) -> Option<Ansi> {
        match self {
            Role::Plain => None,
            Role::Strong => Some(Ansi::new().bold()),
            Role::Faint => Some(Ansi::new().dimmed()),
            Role::Number => Some(AnsiColor::Cyan.on_default()),
            Role::Good => Some(AnsiColor::Green.on_default()),
            Role::Warn => Some(AnsiColor::Yellow.on_default()),
            Role::Bad => Some(AnsiColor::Red.on_default().bold()),
        }
    }
}

#[derive(Debug)]
struct Span<'a> {
    text: Cow<'a, str>,
    role: Role,
    untrusted: bool,
}

/// One line of output, built from spans.
#[derive(Debug, Default)]
#[must_use]
pub struct Line<'a> {
    spans: Vec<Span<'a>>,
    /// The span before which continuation lines are aligned.
    hang_at: Option<usize>,
    /// Columns of indent of continuation lines, when set directly.
    hang: Option<usize>,
}

impl<'a> Line<'a> {
    pub fn new() -> Line<'a> {
        Line::default()
    }

    /// Our own text, plain.
    pub fn ours(self, text: impl Into<Cow<'a, str>>) -> Line<'a> {
        self.push(text.into(), Role::Plain, false)
    }

    /// Our own text in a colour role.
    pub fn role(self, role: Role, text: impl Into<Cow<'a, str>>) -> Line<'a> {
        self.push(text.into(), role, false)
    }

    /// Untrusted text (titles, notes, ids, file names), plain.
    pub fn theirs(self, text: impl Into<Cow<'a, str>>) -> Line<'a> {
        self.push(text.into(), Role::Plain, true)
    }

    /// Untrusted text in a colour role.
    pub fn theirs_as(self, role: Role, text: impl Into<Cow<'a, str>>) -> Line<'a> {
        self.push(text.into(), role, true)
    }

    /// Continuation lines start under the next span.
    pub fn hang_here(mut self) -> Line<'a> {
        self.hang_at = Some(self.spans.len());
        self
    }

    /// Continuation lines are indented by `columns`.
    pub fn hang(mut self, columns: usize) -> Line<'a> {
        self.hang = Some(columns);
        self
    }

    fn push(mut self, text: Cow<'a, str>, role: Role, untrusted: bool) -> Line<'a> {
        if !text.is_empty() {
            self.spans.push(Span {
                text,
                role,
                untrusted,
            });
        }
        self
    }
}

/// Writes text output: to stdout for reports, to stderr for diagnostics.
pub struct Printer<'w> {
    out: Box<dyn Write + 'w>,
    lang: Lang,
    color: bool,
    /// The terminal's width; `None` when the output is not a terminal,
    /// where lines are written whole.
    width: Option<usize>,
}

impl Printer<'static> {
    /// The printer of reports: buffered standard output.
    pub fn stdout(lang: Lang, color: bool, width: Option<usize>) -> Printer<'static> {
        Printer::new(BufWriter::new(io::stdout().lock()), lang, color, width)
    }

    /// The printer of diagnostics: standard error, coloured and wrapped
    /// when it is a terminal.
    pub fn stderr(lang: Lang, choice: ColorChoice) -> Printer<'static> {
        let stderr = io::stderr();
        let terminal = stderr.is_terminal();
        let env = |key: &str| std::env::var(key).ok();
        let color = colour(choice, terminal, env);
        let width = terminal.then(|| terminal_width(terminal_size::terminal_size_of(&stderr), env));
        Printer::new(stderr.lock(), lang, color, width)
    }
}

/// Whether standard output is a terminal (for colour and wrapping).
pub fn stdout_is_terminal() -> bool {
    io::stdout().is_terminal()
}

/// Whether to paint colour on an output that is (or is not) a terminal.
pub fn colour(choice: ColorChoice, terminal: bool, env: impl Fn(&str) -> Option<String>) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && env("NO_COLOR").is_none_or(|value| value.is_empty()),
    }
}

/// The width of a terminal: `COLUMNS` when it holds a number, else what
/// the terminal says, else 80.
pub fn terminal_width(
    size: Option<(terminal_size::Width, terminal_size::Height)>,
    env: impl Fn(&str) -> Option<String>,
) -> usize {
    env("COLUMNS")
        .and_then(|value| value.trim().parse::<usize>().ok())
        .filter(|&columns| columns > 0)
        .or(size
            .map(|(width, _)| usize::from(width.0))
            .filter(|&w| w > 0))
        .unwrap_or(80)
}

/// The narrowest width the printer wraps to; narrower terminals get
/// lines of this width, which the terminal folds.
const MIN_WIDTH: usize = 20;

impl<'w> Printer<'w> {
    pub fn new(out: impl Write + 'w, lang: Lang, color: bool, width: Option<usize>) -> Self {
        Printer {
            out: Box::new(out),
            lang,
            color,
            width: width.map(|w| w.max(MIN_WIDTH)),
        }
    }

    /// The width lines must fit, when writing to a terminal.
    pub fn width(&self) -> Option<usize> {
        self.width
    }

    /// A message of the catalogue in the output's language.
    pub fn t(&self, msg: Msg) -> String {
        msg.text(self.lang)
    }

    /// A first-use message (`crate::i18n::ux`) in the output's language.
    pub fn ux(&self, msg: crate::i18n::ux::UxMsg) -> String {
        msg.text(self.lang)
    }

    /// Hours in the output's language: `3h`, `3時間`.
    pub fn hours(&self, hours: f64) -> String {
        crate::i18n::ux::hours(hours, self.lang)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Untrusted text made safe, for layouts the printer does not wrap
    /// itself (tables).
    pub fn clean<'a>(&self, text: &'a str) -> Cow<'a, str> {
        sanitize(text)
    }

    pub fn blank(&mut self) -> Result<()> {
        self.out.write_all(b"\n")?;
        Ok(())
    }

    /// Writes a line, wrapped to the terminal's width.
    pub fn line(&mut self, line: Line<'_>) -> Result<()> {
        let mut text = String::new();
        let mut roles: Vec<(usize, usize, Role)> = Vec::with_capacity(line.spans.len());
        let mut hang = line.hang;
        for (i, span) in line.spans.iter().enumerate() {
            if line.hang_at == Some(i) {
                hang = Some(wrap::width(&text));
            }
            let piece = if span.untrusted {
                sanitize(&span.text)
            } else {
                Cow::Borrowed(span.text.as_ref())
            };
            let start = text.len();
            text.push_str(&piece);
            roles.push((start, text.len(), span.role));
        }
        let fits = self.width.is_none_or(|w| wrap::width(&text) <= w);
        if fits {
            self.paint(&text, &roles, 0, text.len())?;
        } else {
            let width = self.width.unwrap_or(usize::MAX);
            let indent = text.len() - text.trim_start_matches(' ').len();
            let mut hang = hang.unwrap_or(indent);
            if hang + MIN_WIDTH / 2 > width {
                hang = indent.min(width / 4);
            }
            for (n, pieces) in wrap::wrap(&text, width, hang).iter().enumerate() {
                if n > 0 {
                    write!(self.out, "{:hang$}", "")?;
                }
                for &Piece { start, end } in pieces {
                    self.paint(&text, &roles, start, end)?;
                }
                self.out.write_all(b"\n")?;
            }
            return Ok(());
        }
        self.out.write_all(b"\n")?;
        Ok(())
    }

    /// Writes lines laid out already (a table), with no wrapping.
    pub fn block(&mut self, text: &str) -> Result<()> {
        for row in text.lines() {
            self.out.write_all(row.as_bytes())?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Writes `text[start..end]`, painting each role's part.
    fn paint(
        &mut self,
        text: &str,
        roles: &[(usize, usize, Role)],
        start: usize,
        end: usize,
    ) -> Result<()> {
        for &(from, to, role) in roles {
            let (from, to) = (from.max(start), to.min(end));
            if from >= to {
                continue;
            }
            let part = &text[from..to];
            match role.ansi().filter(|_| self.color) {
                Some(style) => {
                    write!(self.out, "{}{part}{}", style.render(), style.render_reset())?
                }
                None => self.out.write_all(part.as_bytes())?,
            }
        }
        Ok(())
    }

    /// A `--json` document: pretty, newline-terminated, exact text.
    pub fn json(&mut self, value: &impl Serialize) -> Result<()> {
        // As an I/O error, so that a closed pipe is seen as one.
        crate::sanitize::json_pretty(&mut self.out, value).map_err(io::Error::from)?;
        self.out.write_all(b"\n")?;
        Ok(())
    }

    /// A finished document (an export, a graph, generated roadmap JSON),
    /// written byte for byte.
    pub fn document(&mut self, document: &str) -> Result<()> {
        self.out.write_all(document.as_bytes())?;
        Ok(())
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn print(width: Option<usize>, color: bool, line: Line<'_>) -> String {
        let mut bytes = Vec::new();
        let mut p = Printer::new(&mut bytes, Lang::En, color, width);
        p.line(line).unwrap();
        drop(p);
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn untrusted_text_is_escaped_and_ours_is_not() {
        let line = Line::new().ours("ok: ").theirs("a\u{1b}[2Jb\u{202e}");
        assert_eq!(print(None, false, line), "ok: a\\u{1b}[2Jb\\u{202e}\n");
    }

    #[test]
    fn colour_paints_roles_only_when_asked() {
        let line = || Line::new().role(Role::Good, "[x]").ours(" done");
        assert_eq!(print(None, false, line()), "[x] done\n");
        let painted = print(None, true, line());
        assert!(painted.starts_with("\u{1b}["), "{painted:?}");
        assert!(painted.ends_with(" done\n"), "{painted:?}");
    }

    #[test]
    fn long_lines_wrap_under_the_hang() {
        let line = Line::new()
            .ours("  Done when: ")
            .hang_here()
            .theirs("one two three four five six seven eight");
        assert_eq!(
            print(Some(30), false, line),
            "  Done when: one two three\n             four five six\n             seven eight\n"
        );
    }

    #[test]
    fn escapes_count_as_what_is_shown() {
        // `\u{1b}` is six columns once shown: the line must wrap at 20.
        let line = Line::new().theirs("\u{1b}\u{1b}\u{1b}\u{1b} x");
        for row in print(Some(20), false, line).lines() {
            assert!(wrap::width(row) <= 20, "{row}");
        }
    }

    #[test]
    fn japanese_counts_two_columns() {
        let line = Line::new()
            .ours("- ")
            .hang_here()
            .theirs("あいうえおかきくけこさしすせそ");
        let text = print(Some(20), false, line);
        assert_eq!(text, "- あいうえおかきくけ\n  こさしすせそ\n");
    }

    #[test]
    fn piped_output_is_written_whole() {
        let long = "word ".repeat(40);
        let text = print(None, false, Line::new().theirs(long.trim_end()));
        assert_eq!(text.lines().count(), 1);
    }
}
