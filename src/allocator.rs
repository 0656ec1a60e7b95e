//! The program's allocator: the system's for small runs, mimalloc once a
//! run turns out to be large.
//!
//! Loading a large roadmap or store makes hundreds of thousands of small
//! allocations, which mimalloc makes and frees a quarter faster than
//! glibc (and faster again with its huge pages). A small run, such as
//! `next` on the built-in roadmap, pays for mimalloc instead: its memory
//! is spread over many more pages, each a page fault, and 2 MiB huge pages
//! are zeroed for a few hundred kilobytes, which costs a tenth of a
//! hello-world program's whole run and triples the resident memory. So
//! blocks come from the system allocator until [`BULK_AFTER`] bytes have
//! been asked for, then from mimalloc. Each block goes back to the
//! allocator that made it: mimalloc tells its own blocks from its map of
//! the memory it holds.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use mimalloc::MiMalloc;

/// How many bytes a run takes from the system allocator before mimalloc
/// takes over: ten times what the built-in roadmap's commands ask for.
pub const BULK_AFTER: usize = 4 << 20;

pub struct Allocator {
    /// Bytes asked of the system allocator so far.
    asked: AtomicUsize,
    /// Whether mimalloc has taken over.
    bulk: AtomicBool,
}

impl Allocator {
    pub const fn new() -> Allocator {
        Allocator {
            asked: AtomicUsize::new(0),
            bulk: AtomicBool::new(false),
        }
    }

    /// Whether `size` more bytes come from mimalloc.
    fn bulk(&self, size: usize) -> bool {
        if self.bulk.load(Ordering::Acquire) {
            return true;
        }
        if self.asked.fetch_add(size, Ordering::Relaxed) + size > BULK_AFTER {
            // mimalloc holds back huge pages from the first memory a
            // thread takes while another thread runs, and from then on
            // from all its memory: the switch may come on the store's
            // thread while the roadmap loads, and without huge pages a
            // large load takes a sixth longer. Set before any block of
            // mimalloc's (racing threads set the same value).
            // SAFETY: sets a number in mimalloc's table of options.
            unsafe {
                libmimalloc_sys::mi_option_set(libmimalloc_sys::mi_option_eager_commit_delay, 0);
            }
            self.bulk.store(true, Ordering::Release);
            return true;
        }
        false
    }
}

impl Default for Allocator {
    fn default() -> Allocator {
        Allocator::new()
    }
}

/// Whether mimalloc made the block at `ptr`.
fn from_mimalloc(ptr: *mut u8) -> bool {
    // SAFETY: a lookup in mimalloc's map of the memory it holds, which
    // reads nothing at `ptr` and takes any address.
    unsafe { libmimalloc_sys::mi_is_in_heap_region(ptr.cast()) }
}

// SAFETY: each call is passed on to the allocator that made the block (or
// that is to make it), with the caller's guarantees; a block moved from
// the system allocator to mimalloc by `realloc` is copied whole, up to the
// smaller size, and freed from the system allocator.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if self.bulk(layout.size()) {
            unsafe { MiMalloc.alloc(layout) }
        } else {
            unsafe { System.alloc(layout) }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if self.bulk(layout.size()) {
            unsafe { MiMalloc.alloc_zeroed(layout) }
        } else {
            unsafe { System.alloc_zeroed(layout) }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if from_mimalloc(ptr) {
            unsafe { MiMalloc.dealloc(ptr, layout) }
        } else {
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if from_mimalloc(ptr) {
            return unsafe { MiMalloc.realloc(ptr, layout, new_size) };
        }
        if !self.bulk(new_size.saturating_sub(layout.size())) {
            return unsafe { System.realloc(ptr, layout, new_size) };
        }
        // SAFETY: the caller guarantees that `new_size`, rounded up to
        // the alignment, does not overflow `isize`.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        let new = unsafe { MiMalloc.alloc(new_layout) };
        if !new.is_null() {
            // SAFETY: both blocks hold at least the smaller size, and a
            // fresh block does not overlap a live one.
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                System.dealloc(ptr, layout);
            }
        }
        new
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_go_back_to_the_allocator_that_made_them() {
        let allocator = Allocator::new();
        let small = Layout::from_size_align(100, 8).unwrap();
        let large = Layout::from_size_align(BULK_AFTER, 16).unwrap();
        // SAFETY: every block is written within its size and freed once,
        // with its layout.
        unsafe {
            let a = allocator.alloc(small);
            a.write_bytes(7, 100);
            assert!(!from_mimalloc(a));
            // Grown past the limit: moved to mimalloc with its bytes.
            let a = allocator.realloc(a, small, BULK_AFTER + 1);
            assert!(from_mimalloc(a));
            assert!(std::slice::from_raw_parts(a, 100).iter().all(|&b| b == 7));
            let b = allocator.alloc_zeroed(large);
            assert!(from_mimalloc(b));
            assert!(
                std::slice::from_raw_parts(b, BULK_AFTER)
                    .iter()
                    .all(|&b| b == 0)
            );
            allocator.dealloc(b, large);
            let grown = Layout::from_size_align(BULK_AFTER + 1, 8).unwrap();
            let a = allocator.realloc(a, grown, 50);
            assert!(from_mimalloc(a));
            allocator.dealloc(a, Layout::from_size_align(50, 8).unwrap());
        }
    }

    #[test]
    fn a_block_of_the_system_allocator_is_freed_there_after_the_switch() {
        let allocator = Allocator::new();
        let small = Layout::from_size_align(64, 8).unwrap();
        // SAFETY: as above.
        unsafe {
            let early = allocator.alloc(small);
            assert!(!from_mimalloc(early));
            let big = Layout::from_size_align(BULK_AFTER + 1, 8).unwrap();
            let switch = allocator.alloc(big);
            assert!(from_mimalloc(switch));
            let late = allocator.alloc(small);
            assert!(from_mimalloc(late));
            let early = allocator.realloc(early, small, 32);
            assert!(from_mimalloc(early));
            for (ptr, layout) in [
                (early, Layout::from_size_align(32, 8).unwrap()),
                (switch, big),
                (late, small),
            ] {
                allocator.dealloc(ptr, layout);
            }
        }
    }
}
