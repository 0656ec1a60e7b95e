//! The compiled-roadmap cache: a roadmap file is read from the cache only
//! while the cache holds that very file; every other case gives exactly
//! the answer its JSON gives.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::support::Sandbox;

/// Two roadmaps of the same size: only a title differs.
fn roadmap(title: &str) -> String {
    assert_eq!(title.len(), 5);
    format!(
        r#"{{"id": "cached", "title": "Cached", "stages": [{{"id": "s", "title": "Stage"}}],
  "steps": [{{"id": "first", "stage": "s", "title": "{title} basics", "estimate_hours": 2}},
            {{"id": "second", "stage": "s", "title": "Second", "requires": ["first"]}}]}}"#
    )
}

/// Longer than the cache's settling time (2 s): a file whose times are
/// this old may be cached.
const SETTLE: Duration = Duration::from_millis(2_100);

/// A sandbox with the roadmap `title` in `roadmap.json`, settled.
fn settled(title: &str) -> (Sandbox, PathBuf) {
    let sandbox = Sandbox::new();
    let path = sandbox.write("roadmap.json", &roadmap(title));
    std::thread::sleep(SETTLE);
    (sandbox, path)
}

/// `roadmap next` on `path`, with `--verbose` and any `extra` arguments:
/// (stdout, stderr).
fn next(sandbox: &Sandbox, path: &Path, extra: &[&str]) -> (String, String) {
    let mut args = vec!["--roadmap", path.to_str().unwrap(), "-v", "next"];
    args.extend(extra);
    let out = sandbox.test().args(&args).stderr_has("").success();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// What the JSON says, without the cache.
fn from_json(sandbox: &Sandbox, path: &Path) -> String {
    let out = sandbox
        .test()
        .args(["--roadmap", path.to_str().unwrap(), "--no-cache", "next"])
        .success();
    String::from_utf8(out.stdout).unwrap()
}

/// The one cache entry of the sandbox.
fn entry(sandbox: &Sandbox) -> PathBuf {
    let dir = sandbox.cache_dir().join("roadmaps");
    let entries: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    entries[0].clone()
}

/// Builds the cache entry and checks that the next run reads it.
fn cache(sandbox: &Sandbox, path: &Path) {
    let (_, stderr) = next(sandbox, path, &[]);
    assert!(stderr.contains("cache written"), "{stderr}");
    let (stdout, stderr) = next(sandbox, path, &[]);
    assert!(stderr.contains("cache hit"), "{stderr}");
    assert!(stdout.contains("Alpha basics"), "{stdout}");
}

fn modified(path: &Path) -> SystemTime {
    fs::metadata(path).unwrap().modified().unwrap()
}

fn set_modified(path: &Path, time: SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(time)
        .unwrap();
}

#[test]
fn a_cached_roadmap_answers_as_its_json() {
    let (sandbox, path) = settled("Alpha");
    cache(&sandbox, &path);
    let (stdout, _) = next(&sandbox, &path, &[]);
    assert_eq!(stdout, from_json(&sandbox, &path));
    // Other commands read the same entry.
    sandbox
        .test()
        .args(["--roadmap", path.to_str().unwrap(), "-v", "show", "second"])
        .stdout_has("Second")
        .stderr_has("cache hit")
        .success();
}

#[test]
fn a_same_size_edit_with_the_same_mtime_is_seen() {
    let (sandbox, path) = settled("Alpha");
    cache(&sandbox, &path);
    let before = modified(&path);
    // In place (same inode), same size, and the modification time put back
    // as it was: only the change time tells.
    fs::write(&path, roadmap("Omega")).unwrap();
    set_modified(&path, before);
    let (stdout, stderr) = next(&sandbox, &path, &[]);
    assert!(stdout.contains("Omega basics"), "{stdout}");
    assert!(stderr.contains("cache miss"), "{stderr}");
    assert_eq!(stdout, from_json(&sandbox, &path));
}

#[test]
fn a_same_size_edit_within_the_same_second_is_seen() {
    let (sandbox, path) = settled("Alpha");
    cache(&sandbox, &path);
    fs::write(&path, roadmap("Omega")).unwrap();
    let (stdout, stderr) = next(&sandbox, &path, &[]);
    assert!(stdout.contains("Omega basics"), "{stdout}");
    assert!(stderr.contains("cache miss"), "{stderr}");
    // Changed this instant: not cached again until it settles.
    assert!(stderr.contains("cache not written"), "{stderr}");
    assert_eq!(stdout, from_json(&sandbox, &path));
}

#[test]
fn a_touched_file_is_compiled_again() {
    let (sandbox, path) = settled("Alpha");
    cache(&sandbox, &path);
    set_modified(&path, SystemTime::now());
    let (stdout, stderr) = next(&sandbox, &path, &[]);
    assert!(stderr.contains("cache miss"), "{stderr}");
    assert!(stdout.contains("Alpha basics"), "{stdout}");
    assert_eq!(stdout, from_json(&sandbox, &path));
}

#[test]
fn a_file_replaced_by_another_inode_is_seen() {
    let (sandbox, path) = settled("Alpha");
    cache(&sandbox, &path);
    let before = modified(&path);
    let other = sandbox.write("roadmap.json.new", &roadmap("Omega"));
    set_modified(&other, before);
    fs::rename(&other, &path).unwrap();
    let (stdout, stderr) = next(&sandbox, &path, &[]);
    assert!(stdout.contains("Omega basics"), "{stdout}");
    assert!(stderr.contains("cache miss"), "{stderr}");
    assert_eq!(stdout, from_json(&sandbox, &path));
}

#[test]
fn a_corrupt_entry_is_a_miss_and_is_rebuilt() {
    let (sandbox, path) = settled("Alpha");
    cache(&sandbox, &path);
    let entry = entry(&sandbox);
    let mut bytes = fs::read(&entry).unwrap();
    // A byte of the payload, which holds the titles.
    let at = bytes.len() - 40;
    bytes[at] ^= 0x20;
    fs::write(&entry, &bytes).unwrap();
    let (stdout, stderr) = next(&sandbox, &path, &[]);
    assert!(
        stderr.contains("cache miss (the entry is corrupt)"),
        "{stderr}"
    );
    assert!(stderr.contains("cache written"), "{stderr}");
    assert_eq!(stdout, from_json(&sandbox, &path));
    // Rebuilt whole.
    let (_, stderr) = next(&sandbox, &path, &[]);
    assert!(stderr.contains("cache hit"), "{stderr}");
}

#[test]
fn a_truncated_or_foreign_entry_is_a_miss() {
    let (sandbox, path) = settled("Alpha");
    cache(&sandbox, &path);
    let entry = entry(&sandbox);
    let bytes = fs::read(&entry).unwrap();
    for cut in [bytes.len() - 1, bytes.len() / 2, 10, 0] {
        fs::write(&entry, &bytes[..cut]).unwrap();
        let (stdout, stderr) = next(&sandbox, &path, &[]);
        assert!(stderr.contains("cache miss"), "cut at {cut}: {stderr}");
        assert_eq!(stdout, from_json(&sandbox, &path));
    }
    for foreign in [&b"\n"[..], b"{}\n", &[0xff; 4096], b"not a cache at all"] {
        fs::write(&entry, foreign).unwrap();
        let (stdout, stderr) = next(&sandbox, &path, &[]);
        assert!(stderr.contains("cache miss"), "{stderr}");
        assert_eq!(stdout, from_json(&sandbox, &path));
    }
}

#[test]
fn a_cache_dir_that_cannot_be_written_only_costs_time() {
    let (sandbox, path) = settled("Alpha");
    let file = sandbox.write("not-a-folder", "");
    let expected = from_json(&sandbox, &path);
    // Quiet without --verbose: the cache is no business of the learner's.
    sandbox
        .test()
        .args(["--roadmap", path.to_str().unwrap(), "next"])
        .env("ROADMAP_CACHE_DIR", file.to_str().unwrap())
        .stdout(expected.clone())
        .success();
    sandbox
        .test()
        .args(["--roadmap", path.to_str().unwrap(), "-v", "next"])
        .env("ROADMAP_CACHE_DIR", file.to_str().unwrap())
        .stdout(expected)
        .stderr_has("cache not written (cannot write it")
        .success();
}

#[test]
fn no_cache_and_unsettled_files_write_no_entry() {
    let sandbox = Sandbox::new();
    let path = sandbox.write("roadmap.json", &roadmap("Alpha"));
    // Just written: its times may tick again within the same instant.
    let (_, stderr) = next(&sandbox, &path, &[]);
    assert!(stderr.contains("cache not written (the roadmap file changed less than 2 s ago)"));
    std::thread::sleep(SETTLE);
    sandbox
        .test()
        .args([
            "--roadmap",
            path.to_str().unwrap(),
            "--no-cache",
            "-v",
            "next",
        ])
        .stdout_has("Alpha basics")
        .success();
    assert!(!sandbox.cache_dir().join("roadmaps").exists());
}

#[test]
fn the_cache_is_told_in_japanese() {
    let (sandbox, path) = settled("Alpha");
    sandbox
        .test()
        .lang("ja")
        .args(["--roadmap", path.to_str().unwrap(), "-v", "next"])
        .stderr_has("情報: キャッシュを使えません（まだありません）")
        .success();
    sandbox
        .test()
        .lang("ja")
        .args(["--roadmap", path.to_str().unwrap(), "-v", "next"])
        .stderr_has("情報: キャッシュから読み込みました")
        .success();
}

/// Another program has the entry open for writing: no lease can be had
/// (Linux), so the entry is read into memory instead of mapped, and says
/// the same.
#[test]
fn an_entry_open_elsewhere_is_read_rather_than_mapped() {
    let (sandbox, path) = settled("Alpha");
    cache(&sandbox, &path);
    let _writer = fs::File::options()
        .append(true)
        .open(entry(&sandbox))
        .unwrap();
    let (stdout, stderr) = next(&sandbox, &path, &[]);
    assert!(stderr.contains("cache hit"), "{stderr}");
    assert_eq!(stdout, from_json(&sandbox, &path));
}
