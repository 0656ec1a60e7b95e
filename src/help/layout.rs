//! Help text laid out before clap sees it: example lines keep their two
//! columns, and paragraphs of Japanese break between characters.

/// Example lines (`  roadmap next      what to do now`) and paragraphs of
/// wide (Japanese) text wrapped before clap
/// sees them: a description too long for the line continues under its
/// own column, so the examples keep their two columns at 60. clap leaves
/// lines that fit as they are.
pub fn layout_examples(text: &str, width: usize) -> String {
    use crate::render::wrap;
    // The column the examples align their descriptions to (a long command
    // may reach it with a single space).
    let shared = text.split('\n').find_map(example_column);
    let mut out: Vec<String> = Vec::new();
    for line in text.split('\n') {
        let column = example_column(line).or_else(|| shared.filter(|&c| starts_word_at(line, c)));
        match column {
            Some(column) if wrap::width(line) > width && column + 12 <= width => {
                for (n, pieces) in wrap::wrap(line, width, column).iter().enumerate() {
                    let mut row = if n == 0 {
                        String::new()
                    } else {
                        " ".repeat(column)
                    };
                    for piece in pieces {
                        row.push_str(&line[piece.start..piece.end]);
                    }
                    out.push(row);
                }
            }
            // A paragraph of Japanese has no spaces for clap to break at:
            // it is wrapped here, between any two wide characters.
            _ if wrap::width(line) > width && line.chars().any(is_wide) => {
                for pieces in wrap::wrap(line, width, 0) {
                    let row: String = (pieces.iter()).map(|p| &line[p.start..p.end]).collect();
                    out.push(row);
                }
            }
            _ => out.push(line.to_string()),
        }
    }
    out.join("\n")
}

fn is_wide(c: char) -> bool {
    unicode_width::UnicodeWidthChar::width(c) == Some(2)
}

/// The display column where an example's description starts: after
/// `  roadmap …` and a gap of two spaces or more.
fn example_column(line: &str) -> Option<usize> {
    let rest = line.strip_prefix("  roadmap")?;
    let gap = rest.find("  ")?;
    let description = rest[gap..].trim_start();
    let start = line.len() - description.len();
    (!description.is_empty()).then(|| crate::render::wrap::width(&line[..start]))
}

/// Whether an example line has a word starting at display column `column`
/// (after a space).
fn starts_word_at(line: &str, column: usize) -> bool {
    if !line.starts_with("  roadmap") {
        return false;
    }
    let mut seen = 0;
    let mut previous = ' ';
    for c in line.chars() {
        if seen == column {
            return previous == ' ' && c != ' ';
        }
        seen += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        previous = c;
    }
    false
}
