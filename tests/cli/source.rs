//! Rules of the code base that a reader cannot see in one file: every byte
//! of text output goes through the printer (`src/render/out.rs`).

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn only_the_printer_writes_to_stdout_and_stderr() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let printer = src.join("render").join("out.rs");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 20, "found the sources");
    let forbidden = [
        "println!",
        "eprintln!",
        "print!(",
        "eprint!(",
        "dbg!(",
        "io::stdout()",
        "io::stderr()",
    ];
    let mut offences = Vec::new();
    for file in files.iter().filter(|f| **f != printer) {
        let text = fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for word in forbidden {
                if line.contains(word) {
                    offences.push(format!("{}:{}: {word}", file.display(), n + 1));
                }
            }
        }
        // Renderers and commands may format into strings (`fmt::Write`),
        // never into an I/O stream of their own.
        let layer = file.strip_prefix(&src).unwrap();
        if (layer.starts_with("render") || layer.starts_with("cmd"))
            && (text.contains("io::Write") || text.contains("io::{self, Write"))
        {
            offences.push(format!("{}: uses std::io::Write", file.display()));
        }
    }
    assert!(
        offences.is_empty(),
        "outside the printer:\n{}",
        offences.join("\n")
    );
}

#[test]
fn only_the_catalogue_chooses_words_by_language() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut offences = Vec::new();
    for file in &files {
        let name = file.strip_prefix(&src).unwrap();
        if name.starts_with("i18n") || name == Path::new("lang.rs") {
            continue;
        }
        let text = fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.contains("Lang::Ja =>")
                || line.contains("Lang::Ja) =>")
                || line.contains("fn tr(")
                || line.contains("fn tr<")
            {
                offences.push(format!("{}:{}: {}", name.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "words chosen by language outside src/i18n:\n{}",
        offences.join("\n")
    );
}

#[test]
fn no_file_is_over_400_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches", "examples"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut over = Vec::new();
    for file in &files {
        let lines = fs::read_to_string(file).unwrap().lines().count();
        if lines > 400 {
            let name = file.strip_prefix(root).unwrap().display();
            over.push(format!("{name}: {lines} lines"));
        }
    }
    assert!(over.is_empty(), "{}", over.join("\n"));
}
