//! What the interface shows, as data: the catalogue (`i18n`) words these
//! and the renderers draw them, so both depend on this and not on each
//! other.

use serde::Serialize;

/// A step's state as exports and graphs draw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shade {
    Done,
    InProgress,
    Skipped,
    Available,
    Blocked,
}

/// Where `find` matched a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The id or an alias.
    Id,
    Title,
    Summary,
    DoneWhen,
    /// An item of the step's checklist.
    Checklist,
}
