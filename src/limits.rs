//! Every size limit on bytes that come from outside, in one place. Each
//! reader refuses more than its limit without reading it all (and stops an
//! endless source such as `/dev/zero`), and each writer refuses to write
//! what a reader would refuse, so that nothing written here is unreadable.

/// A roadmap file, a roadmap.sh file or a progress export (`import`).
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// A user file of the store, here or fetched from a sync remote. Smaller
/// than [`MAX_INPUT_BYTES`], so that an export of any store (the store's
/// progress and little else) can be imported again.
pub const MAX_STORE_BYTES: usize = 32 * 1024 * 1024;

/// The `device-id` file (an id is 8 to 64 hex digits and a newline).
pub const MAX_DEVICE_ID_BYTES: usize = 128;

/// A running study timer's file (a step id, a time and a device id).
pub const MAX_TIMER_BYTES: usize = 64 * 1024;

// An export of a store at its limit must fit the importer's limit.
const _: () = assert!(MAX_STORE_BYTES * 2 <= MAX_INPUT_BYTES);
