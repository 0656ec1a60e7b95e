//! The integration tests: the real binary against a temporary data dir.
//! One test binary (faster to link); one module per area.

mod support;

mod core;
