//! Roadmap files, each an edit of the small roadmap the store follows:
//! refused with exit 2, the problem and its place named, the store kept.

use std::fs;

use super::{refused_in, seeded};
use crate::support::SMALL_ROADMAP;

fn refused_roadmap(contents: &[u8], expected: &[&str]) {
    let (sandbox, _) = seeded();
    let path = sandbox.path().join("bad.json");
    fs::write(&path, contents).unwrap();
    for command in [&["done", "beta"][..], &["next"], &["status"]] {
        let mut args = vec!["--roadmap", path.to_str().unwrap()];
        args.extend(command);
        refused_in(&sandbox, &args, 2, expected);
    }
}

fn edited(from: &str, to: &str) -> Vec<u8> {
    assert!(SMALL_ROADMAP.contains(from), "{from}");
    SMALL_ROADMAP.replacen(from, to, 1).into_bytes()
}

#[test]
fn roadmap_with_bad_json_names_line_and_column() {
    refused_roadmap(
        &edited(
            "\"title\": \"Small roadmap\",",
            "\"title\": \"Small roadmap\"",
        ),
        &[
            "invalid roadmap",
            "bad.json",
            "line 4, column 3",
            "expected `,` or `}`",
        ],
    );
}

#[test]
fn roadmap_that_is_not_text() {
    refused_roadmap(
        b"\xff\xfe\x00garbage",
        &["invalid roadmap", "line 1, column 1"],
    );
}

#[test]
fn roadmap_with_duplicate_ids() {
    refused_roadmap(
        &edited("\"id\": \"delta\"", "\"id\": \"beta\""),
        &["step 'beta' (steps[3]): duplicate step id"],
    );
}

#[test]
fn roadmap_with_unknown_prerequisite() {
    refused_roadmap(
        &edited("\"requires\": [\"beta\"]", "\"requires\": [\"betta\"]"),
        &["step 'gamma', field requires: unknown prerequisite 'betta'"],
    );
}

#[test]
fn roadmap_with_a_cycle_names_its_steps() {
    refused_roadmap(
        &edited(
            "\"title\": \"Alpha\",",
            "\"title\": \"Alpha\", \"requires\": [\"gamma\"],",
        ),
        &["prerequisites form a cycle", "alpha", "beta", "gamma"],
    );
}

#[test]
fn roadmap_with_unknown_stage() {
    refused_roadmap(
        &edited("\"stage\": \"s2\"", "\"stage\": \"s3\""),
        &["step 'gamma', field stage: unknown stage 's3'"],
    );
}

#[test]
fn roadmap_missing_a_required_field() {
    refused_roadmap(
        &edited("\"title\": \"Beta\", ", ""),
        &["step 'beta': missing required field 'title'"],
    );
}

#[test]
fn roadmap_with_a_wrong_type() {
    refused_roadmap(
        &edited("\"estimate_hours\": 2", "\"estimate_hours\": \"two\""),
        &[
            "invalid roadmap",
            "line 10, column 97: invalid type: string \"two\", expected f64",
        ],
    );
}

#[test]
fn absurdly_nested_roadmap() {
    let deep = format!("{{\"steps\": {}", "[".repeat(200_000));
    refused_roadmap(deep.as_bytes(), &["invalid roadmap", "line 1"]);
}

#[test]
fn oversized_roadmap_is_refused_without_reading_it() {
    let (sandbox, _) = seeded();
    let path = sandbox.path().join("huge.json");
    // Sparse: 64 MiB + 1 byte of nothing, costing no disk.
    let file = fs::File::create(&path).unwrap();
    file.set_len(roadmap::roadmap::MAX_ROADMAP_BYTES as u64 + 1)
        .unwrap();
    refused_in(
        &sandbox,
        &["--roadmap", path.to_str().unwrap(), "done", "beta"],
        2,
        &["huge.json", "the limit is 67108864 bytes"],
    );
}

#[test]
fn roadmap_that_cannot_be_read() {
    let (sandbox, _) = seeded();
    let missing = sandbox.path().join("missing.json");
    refused_in(
        &sandbox,
        &["--roadmap", missing.to_str().unwrap(), "done", "beta"],
        2,
        &["cannot read roadmap", "missing.json"],
    );
    let folder = sandbox.path().join("data");
    refused_in(
        &sandbox,
        &["--roadmap", folder.to_str().unwrap(), "next"],
        2,
        &["cannot read roadmap", "data"],
    );
}
