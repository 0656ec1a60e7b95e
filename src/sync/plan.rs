//! Deciding, file by file, what a sync takes from the remote: the three
//! trees (the common ancestor, ours, theirs) in, a plan out. Pure: the
//! trees are read by the caller.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::Refusal;
use crate::store::UserName;

/// One file of a tree: its mode and object id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub mode: String,
    pub oid: String,
}

pub type Tree = BTreeMap<String, Entry>;

/// Parses `git ls-tree -r -z` output.
pub fn parse_tree(listing: &str) -> Tree {
    listing
        .split('\0')
        .filter_map(|record| {
            let (meta, path) = record.split_once('\t')?;
            let mut fields = meta.split(' ');
            let mode = fields.next()?.to_string();
            let _kind = fields.next()?;
            let oid = fields.next()?.to_string();
            Some((path.to_string(), Entry { mode, oid }))
        })
        .collect()
}

/// What to do.
#[derive(Debug, Default, PartialEq)]
pub struct Plan {
    /// Files changed only on the remote, to take as they are there.
    pub take: Vec<String>,
    /// Files the remote removed (never the user's own).
    pub delete: Vec<String>,
    /// Whether the user's own file changed on both sides and needs the
    /// progress merge.
    pub merge_mine: bool,
}

/// Why the sync must stop before changing anything.
#[derive(Debug, PartialEq)]
pub enum Stop {
    /// Another learner's file changed here as well as there.
    OtherLearner(String),
    Refused(String, Refusal),
}

/// What a path is to sync.
#[derive(Debug, PartialEq)]
enum Kind {
    User,
    Reserved,
    NotAUserFile,
    Other,
}

fn kind(path: &str) -> Kind {
    if path == ".gitignore" {
        return Kind::Other;
    }
    if let Some(rest) = path.strip_prefix("users/") {
        return match rest.strip_suffix(".json") {
            Some(name) if !name.contains('/') && UserName::parse(name).is_ok() => Kind::User,
            _ => Kind::NotAUserFile,
        };
    }
    let top = path.split('/').next().unwrap_or_default();
    // `users` itself as a file would stand where the store's folder is.
    if top.starts_with(".git") || matches!(top, "device-id" | "sync.lock") || path == "users" {
        return Kind::Reserved;
    }
    // Only user files travel: no other file, folder or attributes file.
    Kind::NotAUserFile
}

/// A plain file (git records no other file modes for regular files).
fn is_plain(entry: &Entry) -> bool {
    matches!(entry.mode.as_str(), "100644" | "100755")
}

/// Every path the remote changed since `base`, checked before anything is
/// checked out: the remote may send only user files (and `.gitignore`),
/// plain and not executable.
pub fn check_incoming(base: &Tree, theirs: &Tree) -> Result<Vec<String>, Stop> {
    let mut changed = Vec::new();
    for (path, entry) in theirs {
        if base.get(path) == Some(entry) {
            continue;
        }
        let refusal = match kind(path) {
            Kind::Reserved => Some(Refusal::Reserved),
            Kind::NotAUserFile => Some(Refusal::NotAUserFile),
            _ if entry.mode == "100755" => Some(Refusal::Executable),
            _ if !is_plain(entry) => Some(Refusal::NotAFile),
            _ => None,
        };
        if let Some(refusal) = refusal {
            return Err(Stop::Refused(path.clone(), refusal));
        }
        changed.push(path.clone());
    }
    Ok(changed)
}

/// The plan for merging `theirs` into `ours`, with `mine` the path of the
/// user's own file.
pub fn plan(base: &Tree, ours: &Tree, theirs: &Tree, mine: &str) -> Result<Plan, Stop> {
    check_incoming(base, theirs)?;
    let mut plan = Plan::default();
    let paths: BTreeSet<&String> = ours.keys().chain(theirs.keys()).collect();
    for path in paths {
        let (b, o, t) = (base.get(path), ours.get(path), theirs.get(path));
        if o == t || t == b {
            continue;
        }
        let ours_changed = o != b;
        match kind(path) {
            Kind::User if path == mine => match (o, t) {
                // The remote removed it: progress is never lost that way.
                (_, None) => {}
                (Some(_), Some(_)) if ours_changed => plan.merge_mine = true,
                _ => plan.take.push(path.clone()),
            },
            Kind::User if ours_changed => return Err(Stop::OtherLearner(path.clone())),
            _ if ours_changed => {}
            _ => match t {
                Some(_) => plan.take.push(path.clone()),
                None => plan.delete.push(path.clone()),
            },
        }
    }
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[(&str, &str)]) -> Tree {
        files
            .iter()
            .map(|&(path, oid)| {
                let mode = if oid == "link" { "120000" } else { "100644" };
                (
                    path.to_string(),
                    Entry {
                        mode: mode.into(),
                        oid: oid.into(),
                    },
                )
            })
            .collect()
    }

    #[test]
    fn ls_tree_output_is_parsed() {
        let listing = "100644 blob abc\tusers/a.json\x00120000 blob def\tx y\x00";
        let parsed = parse_tree(listing);
        assert_eq!(parsed["users/a.json"].oid, "abc");
        assert_eq!(parsed["x y"].mode, "120000");
    }

    #[test]
    fn each_side_keeps_what_only_it_changed() {
        let base = tree(&[
            ("users/me.json", "1"),
            ("users/bob.json", "1"),
            ("users/old.json", "1"),
        ]);
        let ours = tree(&[
            ("users/me.json", "2"),
            ("users/bob.json", "1"),
            ("users/old.json", "1"),
        ]);
        let theirs = tree(&[
            ("users/me.json", "3"),
            ("users/bob.json", "2"),
            ("users/new.json", "1"),
        ]);
        let plan = plan(&base, &ours, &theirs, "users/me.json").unwrap();
        assert!(plan.merge_mine);
        assert_eq!(plan.take, ["users/bob.json", "users/new.json"]);
        assert_eq!(plan.delete, ["users/old.json"]);
    }

    #[test]
    fn another_learners_file_changed_on_both_sides_stops_the_sync() {
        let base = tree(&[("users/bob.json", "1")]);
        let ours = tree(&[("users/bob.json", "2")]);
        let theirs = tree(&[("users/bob.json", "3")]);
        assert_eq!(
            plan(&base, &ours, &theirs, "users/me.json"),
            Err(Stop::OtherLearner("users/bob.json".into()))
        );
        // The same change on both sides is no conflict.
        assert!(plan(&base, &ours, &ours, "users/me.json").is_ok());
    }

    #[test]
    fn the_remote_cannot_send_links_odd_names_or_this_machines_files() {
        let empty = Tree::new();
        for (path, oid, why) in [
            ("users/bob.json", "link", Refusal::NotAFile),
            ("users/bob.lock", "1", Refusal::NotAUserFile),
            ("users/sub/bob.json", "1", Refusal::NotAUserFile),
            ("users/con.json", "1", Refusal::NotAUserFile),
            ("device-id", "1", Refusal::Reserved),
            ("users", "1", Refusal::Reserved),
            (".gitattributes", "1", Refusal::Reserved),
            ("foo/.gitattributes", "1", Refusal::NotAUserFile),
            ("run.sh", "1", Refusal::NotAUserFile),
            ("README.md", "1", Refusal::NotAUserFile),
            ("a\x1b[31mb", "1", Refusal::NotAUserFile),
        ] {
            let theirs = tree(&[(path, oid)]);
            assert_eq!(
                plan(&empty, &empty, &theirs, "users/me.json"),
                Err(Stop::Refused(path.into(), why))
            );
        }
        // An executable user file is refused too.
        let mut theirs = tree(&[("users/bob.json", "1")]);
        theirs.get_mut("users/bob.json").unwrap().mode = "100755".into();
        assert_eq!(
            plan(&empty, &empty, &theirs, "users/me.json"),
            Err(Stop::Refused("users/bob.json".into(), Refusal::Executable))
        );
        // `.gitignore` travels; a local change to it wins.
        let theirs = tree(&[(".gitignore", "9"), ("users/bob.json", "1")]);
        let ours = tree(&[(".gitignore", "1")]);
        let plan = plan(&empty, &ours, &theirs, "users/me.json").unwrap();
        assert_eq!(plan.take, ["users/bob.json"]);
    }
}
