//! Converting other tools' files into this tool's formats. Pure: bytes in,
//! a roadmap file model out.

pub mod roadmapsh;
