//! The built-in roadmap, compiled ahead of time.
//!
//! `roadmap.json` at the repository root is the source; `builtin.rkyv`
//! beside this file is its compiled form, the archive a roadmap file
//! compiles to. Reading it costs a check of 100 KB instead of parsing and
//! validating 130 KB of JSON at every start (0.14 ms, a tenth of starting
//! any process). A test compiles `roadmap.json` and compares: after
//! editing the roadmap, `ROADMAP_BLESS=1 cargo test builtin` writes the
//! archive anew. XXH3 (the index's hash) and rkyv's format are the same on
//! every platform, so one file serves every build.
//!
//! A release build reads the archive without checking it, as it reads its
//! own code: it is this build's data, which the test suite compares with
//! what this build compiles `roadmap.json` to, byte for byte, and checks as
//! a cache entry is checked. The check took 0.1 ms of the 1.7 ms that
//! `roadmap next` takes on the built-in roadmap. A debug build (`cargo
//! run`, `cargo test`) checks it, and falls back to the JSON if it is out
//! of step with the code, as it is while the model is being changed.

use super::{Problem, Roadmap};

/// 16-byte aligned, as rkyv reads archives in place.
#[repr(C, align(16))]
struct Aligned<T: ?Sized>(T);

static ARCHIVE: &Aligned<[u8]> = &Aligned(*include_bytes!("builtin.rkyv"));

impl Roadmap {
    /// The built-in roadmap. It is checked by the test suite, so failing to
    /// load it is a build defect, reported like any invalid roadmap.
    pub fn builtin() -> Result<Roadmap, Vec<Problem>> {
        if !cfg!(debug_assertions) {
            // SAFETY: the test suite checks that `from_static` accepts the
            // archive (`the_builtin_archive_is_current`), and a release is
            // built from what passed it (see the module's comment).
            return Ok(unsafe { Roadmap::from_trusted_static(&ARCHIVE.0) });
        }
        match Roadmap::from_static(&ARCHIVE.0) {
            Some(roadmap) => Ok(roadmap),
            // An archive out of step with this build: compiled from the
            // JSON, as a roadmap file would be.
            None => Roadmap::from_builtin_json(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The archive is what `roadmap.json` compiles to today.
    #[test]
    fn the_builtin_archive_is_current() {
        let compiled = Roadmap::from_builtin_json().expect("the built-in roadmap is valid");
        let fresh = compiled.archived_bytes().expect("compiled here");
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/roadmap/builtin.rkyv");
        if std::env::var_os("ROADMAP_BLESS").is_some() {
            std::fs::write(path, &fresh[..]).expect("writing the archive");
            return;
        }
        assert!(
            ARCHIVE.0 == fresh[..],
            "src/roadmap/builtin.rkyv is not roadmap.json compiled: run `ROADMAP_BLESS=1 cargo test builtin`"
        );
        assert!(
            Roadmap::from_static(&ARCHIVE.0).is_some(),
            "the archive passes the checks a release build leaves out"
        );
        let builtin = Roadmap::builtin().unwrap();
        assert_eq!(builtin.steps.len(), compiled.steps.len());
        assert_eq!(builtin.index_of("agile"), compiled.index_of("agile"));
    }
}
