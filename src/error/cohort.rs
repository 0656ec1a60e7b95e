//! Errors of sharing a data folder through sync with a cohort: writing on
//! another learner's synced file, syncing as someone else, restoring a
//! file, taking back a change that was already synced. Worded in
//! `crate::i18n::cohort`.

use super::{EXIT_INPUT, Error};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CohortError {
    /// A command that writes named (`--user`) another learner's file,
    /// which this data folder shares through sync as `synced`.
    OthersFile { user: String, synced: String },
    /// `--user NAME sync` in a data folder that syncs as `synced`.
    SyncAsOther { named: String, synced: String },
    /// `sync restore` of the user the folder syncs as.
    RestoreOwn { user: String },
    /// `sync restore` of a file with no change here since the last sync.
    NothingToRestore { user: String },
    /// `undo` of a change made before the last sync (`at`, `synced`: local
    /// date-times, already formatted).
    UndoBeforeSync { at: String, synced: String },
}

impl CohortError {
    pub fn code(&self) -> u8 {
        EXIT_INPUT
    }
}

impl From<CohortError> for Error {
    fn from(err: CohortError) -> Error {
        Error::Cohort(err)
    }
}
