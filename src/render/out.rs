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
    /// A web link: never broken, and a hyperlink where the terminal takes
    /// them.
    link: bool,
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

    /// A web link (untrusted). A line with one is never wrapped: a link
    /// split over two lines can be neither clicked nor copied, so it
    /// overflows instead; callers put links on lines of their own.
    pub fn link(mut self, url: impl Into<Cow<'a, str>>) -> Line<'a> {
        self = self.push(url.into(), Role::Plain, true);
        if let Some(span) = self.spans.last_mut() {
            span.link = true;
        }
        self
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
                link: false,
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
    /// Whether links are written as OSC 8 hyperlinks.
    hyperlinks: bool,
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

/// Whether to write links as OSC 8 hyperlinks: where colour goes (a
/// terminal, or `--color always`), unless `NO_COLOR` is set or the
/// terminal is one that shows the escape as text (`TERM=dumb`, the Linux
/// console). Other terminals either make the link clickable or ignore the
/// escape, as the convention intends.
pub fn hyperlinks(color: bool, env: impl Fn(&str) -> Option<String>) -> bool {
    let no_color = env("NO_COLOR").is_some_and(|value| !value.is_empty());
    let term = env("TERM").unwrap_or_default();
    color && !no_color && !matches!(term.as_str(), "dumb" | "linux")
}

/// Whether a question can be asked: standard input and standard error
/// are both terminals.
pub fn can_ask() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
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
            hyperlinks: false,
            width: width.map(|w| w.max(MIN_WIDTH)),
        }
    }

    /// Links become OSC 8 hyperlinks when `on` (see `out::hyperlinks`).
    pub fn with_hyperlinks(mut self, on: bool) -> Self {
        self.hyperlinks = on;
        self
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
        let mut link = None;
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
            // Only a clean http(s) link goes into the escape: what is
            // clicked must be what is shown.
            let clean = matches!(piece, Cow::Borrowed(_)) || !span.untrusted;
            if span.link && clean && crate::progress::check_url(&piece).is_ok() {
                link = Some((start, start + piece.len()));
            }
            text.push_str(&piece);
            roles.push((start, text.len(), span.role));
        }
        let has_link = line.spans.iter().any(|span| span.link);
        let fits = has_link || self.width.is_none_or(|w| wrap::width(&text) <= w);
        if fits {
            let (before, after) = match link.filter(|_| self.hyperlinks) {
                Some((start, end)) => {
                    self.paint(&text, &roles, 0, start)?;
                    write!(self.out, "\x1b]8;;{}\x1b\\", &text[start..end])?;
                    self.paint(&text, &roles, start, end)?;
                    self.out.write_all(b"\x1b]8;;\x1b\\")?;
                    (end, text.len())
                }
                None => (0, text.len()),
            };
            self.paint(&text, &roles, before, after)?;
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
#[path = "out_tests.rs"]
mod tests;
