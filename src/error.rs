//! Errors that reach the user: what went wrong, a hint, and an exit code.

use std::fmt;

/// Exit code for bad input or usage: unknown step, invalid roadmap, bad flag.
pub const EXIT_INPUT: u8 = 2;
/// Exit code for runtime failures: I/O, a corrupt or newer store.
pub const EXIT_RUNTIME: u8 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The user asked for something that cannot be: exit 2.
    Input,
    /// The world failed us (files, disks): exit 1.
    Runtime,
}

/// An error with its exit code and an optional hint. Anything else that
/// fails (an `anyhow::Error` without a `Failure` inside) is a runtime error.
#[derive(Debug)]
pub struct Failure {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
}

impl Failure {
    pub fn input(message: impl Into<String>) -> Failure {
        Failure {
            kind: Kind::Input,
            message: message.into(),
            hint: None,
        }
    }

    pub fn runtime(message: impl Into<String>) -> Failure {
        Failure {
            kind: Kind::Runtime,
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Failure {
        self.hint = Some(hint.into());
        self
    }

    pub fn exit_code(&self) -> u8 {
        match self.kind {
            Kind::Input => EXIT_INPUT,
            Kind::Runtime => EXIT_RUNTIME,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

pub type Result<T, E = anyhow::Error> = std::result::Result<T, E>;
