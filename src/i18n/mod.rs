//! Words by language.

pub mod help_ja;
pub mod problems;
pub mod ux;
