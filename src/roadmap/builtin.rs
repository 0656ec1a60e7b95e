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

use super::{Problem, Roadmap};

/// 16-byte aligned, as rkyv reads archives in place.
#[repr(C, align(16))]
struct Aligned<T: ?Sized>(T);

static ARCHIVE: &Aligned<[u8]> = &Aligned(*include_bytes!("builtin.rkyv"));

impl Roadmap {
    /// The built-in roadmap. It is checked by the test suite, so failing to
    /// load it is a build defect, reported like any invalid roadmap.
    pub fn builtin() -> Result<Roadmap, Vec<Problem>> {
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
        let builtin = Roadmap::builtin().unwrap();
        assert_eq!(builtin.steps.len(), compiled.steps.len());
        assert_eq!(builtin.index_of("agile"), compiled.index_of("agile"));
    }
}
