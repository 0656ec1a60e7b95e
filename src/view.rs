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

/// What the study timer says: its reports, and why it refuses.
#[derive(Debug, Clone, PartialEq)]
pub enum TimerMsg {
    Started {
        step: String,
        time: String,
    },
    StopHint,
    Running {
        step: String,
        span: String,
        time: String,
    },
    Discarded {
        span: String,
    },
    UnderAMinute,
    // Errors and their hints.
    AlreadyRunning {
        step: String,
        time: String,
    },
    AlreadyRunningHint,
    NotRunning,
    NotRunningHint,
    Long {
        span: String,
    },
    LongHint,
    OverADay {
        span: String,
    },
    OverADayHint,
    StepGone {
        step: String,
    },
    NoStepToTime,
    Confirm {
        span: String,
    },
}
