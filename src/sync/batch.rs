//! The files a sync takes from the remote, read with two git calls
//! whatever their number (`git cat-file --batch-check`, then `--batch`),
//! checked as the store reads its own files before anything here changes,
//! then written and staged together. A mentor's first sync of a cohort of
//! 1,000 took four git calls a file before.

use std::collections::BTreeMap;

use super::Session;
use super::git::Git;
use crate::error::{Error, Refusal, Result};
use crate::store::{self, Problem};

/// The contents of `paths` in commit `rev`, each within the store's size
/// limit and, for user files, read as the store reads its own; the first
/// one refused (in `paths` order) stops the sync, naming it.
pub(super) fn read_blobs(
    git: &Git,
    rev: &str,
    paths: &[String],
) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut blobs = BTreeMap::new();
    if paths.is_empty() {
        return Ok(blobs);
    }
    let names: String = paths.iter().map(|path| format!("{rev}:{path}\n")).collect();
    let checked = git.run_with_input(
        "git cat-file",
        ["cat-file", "--batch-check"],
        names.into_bytes(),
    )?;
    let checked = String::from_utf8_lossy(&checked);
    let mut oids = Vec::with_capacity(paths.len());
    let mut lines = checked.lines();
    for path in paths {
        let line = lines.next().unwrap_or_default();
        let fields: Vec<&str> = line.split(' ').collect();
        let [oid, _kind, size] = fields[..] else {
            return Err(unexpected(line));
        };
        let size: u64 = size.parse().unwrap_or(u64::MAX);
        if size > crate::limits::MAX_STORE_BYTES as u64 {
            let why = Refusal::Unreadable(Problem::TooBig(Some(size)));
            return Err(Error::SyncRefused {
                path: path.clone(),
                why,
            }
            .into());
        }
        oids.push(oid.to_string());
    }
    let wanted: String = oids.iter().map(|oid| format!("{oid}\n")).collect();
    let out = git.run_with_input("git cat-file", ["cat-file", "--batch"], wanted.into_bytes())?;
    let mut rest = &out[..];
    for path in paths {
        // "<oid> <type> <size>\n<contents>\n"
        let end = rest
            .iter()
            .position(|&byte| byte == b'\n')
            .ok_or_else(|| unexpected("(end of output)"))?;
        let header = String::from_utf8_lossy(&rest[..end]).into_owned();
        let size: usize = header
            .rsplit(' ')
            .next()
            .and_then(|size| size.parse().ok())
            .ok_or_else(|| unexpected(&header))?;
        let body = rest
            .get(end + 1..end + 1 + size)
            .ok_or_else(|| unexpected(&header))?;
        if path.starts_with("users/") {
            store::decode_foreign(body).map_err(|problem| Error::SyncRefused {
                path: path.clone(),
                why: Refusal::Unreadable(problem),
            })?;
        }
        blobs.insert(path.clone(), body.to_vec());
        rest = rest.get(end + 1 + size + 1..).unwrap_or_default();
    }
    Ok(blobs)
}

fn unexpected(said: &str) -> anyhow::Error {
    Error::GitFailed {
        what: "git cat-file".to_string(),
        stderr: said.to_string(),
    }
    .into()
}

/// Puts `paths` in the working tree as `blobs` has them, and stages them.
/// Each file is replaced whole, never written in place as git would: a
/// command reading one meanwhile sees the old file or the new one.
pub(super) fn take_files(
    session: &Session,
    blobs: &BTreeMap<String, Vec<u8>>,
    paths: &[String],
) -> Result<()> {
    for path in paths {
        let bytes = match blobs.get(path) {
            Some(bytes) => bytes.clone(),
            None => session.git.blob(super::git::REMOTE_REF, path)?,
        };
        store::write_private_file(&session.store.dir().join(path), &bytes)?;
    }
    // A few hundred paths a call keep the command line short everywhere.
    for chunk in paths.chunks(200) {
        let mut args = vec!["add", "--"];
        args.extend(chunk.iter().map(String::as_str));
        session.git.run("git add", args)?;
    }
    Ok(())
}
