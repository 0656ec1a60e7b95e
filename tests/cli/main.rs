//! The integration tests: the real binary against a temporary data dir.
//! One test binary (faster to link); one module per area.

mod support;

mod authors;
mod bad_input;
mod content;
mod core;
mod doc_links;
mod export;
mod format;
mod help;
mod hostile;
mod hostile_files;
mod hostile_input;
mod import;
mod import_props;
mod japanese;
mod json_docs;
mod kinsoku;
mod large;
mod mentor;
mod open;
mod pace;
mod pipes;
mod portability;
mod props;
mod reading;
mod record;
mod roadmap_files;
mod schema;
mod source;
mod store;
mod store_files;
mod store_reading;
mod store_versions;
mod sync;
mod sync_edges;
mod sync_props;
mod sync_support;
mod ux;
mod ux_help;
mod ux_output;
mod width;
mod workflow;
