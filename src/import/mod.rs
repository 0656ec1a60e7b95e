//! Converting other tools' files into this tool's formats. Pure: bytes in,
//! a roadmap file model out.

mod progress;
pub mod roadmapsh;

pub(crate) use progress::read_export;
