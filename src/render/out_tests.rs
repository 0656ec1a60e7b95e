//! Unit tests of the printer.

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

fn print_links(width: Option<usize>, hyperlinks: bool, line: Line<'_>) -> String {
    let mut bytes = Vec::new();
    let mut p = Printer::new(&mut bytes, Lang::En, false, width).with_hyperlinks(hyperlinks);
    p.line(line).unwrap();
    drop(p);
    String::from_utf8(bytes).unwrap()
}

#[test]
fn a_link_is_never_wrapped() {
    let url = "https://git-scm.com/book/en/v2/Git-Basics-Getting-a-Git-Repository-and-more";
    let text = print_links(Some(40), false, Line::new().ours("    ").link(url));
    assert_eq!(text, format!("    {url}\n"));
}

#[test]
fn links_are_hyperlinks_only_when_asked_and_only_clean_http() {
    let url = "https://example.com/a";
    let on = print_links(Some(80), true, Line::new().ours("  ").link(url));
    assert_eq!(
        on,
        format!("  \u{1b}]8;;{url}\u{1b}\\{url}\u{1b}]8;;\u{1b}\\\n")
    );
    let off = print_links(Some(80), false, Line::new().ours("  ").link(url));
    assert_eq!(off, format!("  {url}\n"));
    for bad in [
        "javascript:alert(1)",
        "https://e.com/\u{1b}x",
        "file:///etc/passwd",
    ] {
        let text = print_links(None, true, Line::new().link(bad));
        assert!(!text.contains("]8;;"), "{text:?}");
    }
}
