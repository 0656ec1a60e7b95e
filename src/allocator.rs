//! The program's allocator: the system's for small runs, mimalloc for
//! large ones.
//!
//! Loading a large roadmap or store makes hundreds of thousands of small
//! allocations, which mimalloc makes and frees a quarter faster than
//! glibc (and faster again with its huge pages). A small run, such as
//! `next` on the built-in roadmap, pays for mimalloc instead: its memory
//! is spread over many more pages, each a page fault, and 2 MiB huge pages
//! are zeroed for a few hundred kilobytes, which costs a sixth of a
//! hello-world program's whole run and takes the resident memory from 5.5
//! to 9 MB.
//!
//! So blocks come from the system allocator until the run is known to be
//! large, then from mimalloc: `run` says so ([`large_run`]) before it
//! loads a roadmap file (of any size, and before the threads that load it
//! start: mimalloc gives no huge pages to an arena that a second thread
//! starts); any other run switches once it has asked for [`BULK_AFTER`]
//! bytes. Each block goes back to the allocator that made it: after the
//! switch, mimalloc tells its own from its map of the memory it holds.
//! A short task on a thread of its own can ask for the system allocator
//! whatever the run ([`with_system`]), so that mimalloc sets up no heap
//! for that thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use mimalloc::MiMalloc;

/// How many bytes a run takes from the system allocator before mimalloc
/// takes over: several times what any command asks for on the built-in
/// roadmap (completions, the largest, about 1.2 MB).
pub const BULK_AFTER: usize = 4 << 20;

/// Set by [`large_run`], for every [`Allocator`].
static LARGE_RUN: AtomicBool = AtomicBool::new(false);

/// From now on, allocate with mimalloc: the run is known to be large.
pub fn large_run() {
    LARGE_RUN.store(true, Ordering::Release);
}

thread_local! {
    /// Set by [`with_system`] on its thread.
    static SYSTEM_HERE: Cell<bool> = const { Cell::new(false) };
}

/// Runs `task` with this thread's new blocks from the system allocator,
/// whatever the run: for a short task on a thread of its own (reading a
/// roadmap from the cache), for which mimalloc would first set up a heap
/// for the thread, a quarter of a millisecond, to make a few blocks.
pub fn with_system<T>(task: impl FnOnce() -> T) -> T {
    SYSTEM_HERE.set(true);
    let done = task();
    SYSTEM_HERE.set(false);
    done
}

pub struct Allocator {
    /// Bytes asked of the system allocator so far: a count, not exact
    /// when threads race, that only decides when to switch.
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

    /// Whether mimalloc has taken over.
    fn switched(&self) -> bool {
        self.bulk.load(Ordering::Acquire) || LARGE_RUN.load(Ordering::Acquire)
    }

    /// Whether `size` more bytes come from mimalloc.
    fn bulk(&self, size: usize) -> bool {
        if SYSTEM_HERE.get() {
            return false;
        }
        if self.switched() {
            return true;
        }
        let asked = self.asked.load(Ordering::Relaxed).saturating_add(size);
        if asked > BULK_AFTER {
            self.bulk.store(true, Ordering::Release);
            return true;
        }
        self.asked.store(asked, Ordering::Relaxed);
        false
    }

    /// Whether mimalloc made the block at `ptr`: none did before the
    /// switch.
    fn made_by_mimalloc(&self, ptr: *mut u8) -> bool {
        self.switched() && from_mimalloc(ptr)
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
    // takes any address and reads only mimalloc's own memory.
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
        if self.made_by_mimalloc(ptr) {
            unsafe { MiMalloc.dealloc(ptr, layout) }
        } else {
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if self.made_by_mimalloc(ptr) {
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
            assert!(!allocator.made_by_mimalloc(a));
            // Grown past the limit: moved to mimalloc with its bytes.
            let a = allocator.realloc(a, small, BULK_AFTER + 1);
            assert!(allocator.made_by_mimalloc(a));
            assert!(std::slice::from_raw_parts(a, 100).iter().all(|&b| b == 7));
            let b = allocator.alloc_zeroed(large);
            assert!(allocator.made_by_mimalloc(b));
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
            let other = allocator.alloc(small);
            assert!(!allocator.made_by_mimalloc(early) && !allocator.made_by_mimalloc(other));
            let big = Layout::from_size_align(BULK_AFTER + 1, 8).unwrap();
            let switch = allocator.alloc(big);
            assert!(from_mimalloc(switch));
            let late = allocator.alloc(small);
            assert!(allocator.made_by_mimalloc(late));
            assert!(!allocator.made_by_mimalloc(early) && !allocator.made_by_mimalloc(other));
            let early = allocator.realloc(early, small, 32);
            assert!(from_mimalloc(early));
            for (ptr, layout) in [
                (early, Layout::from_size_align(32, 8).unwrap()),
                (other, small),
                (switch, big),
                (late, small),
            ] {
                allocator.dealloc(ptr, layout);
            }
        }
    }

    #[test]
    fn with_system_takes_blocks_from_the_system_allocator_after_the_switch_too() {
        let allocator = Allocator::new();
        let big = Layout::from_size_align(BULK_AFTER + 1, 8).unwrap();
        let small = Layout::from_size_align(64, 8).unwrap();
        // SAFETY: as above.
        unsafe {
            let switch = allocator.alloc(big);
            assert!(from_mimalloc(switch));
            let (here, grown) = with_system(|| {
                let here = allocator.alloc(small);
                (
                    here,
                    allocator.realloc(allocator.alloc(small), small, 2 * BULK_AFTER),
                )
            });
            assert!(!allocator.made_by_mimalloc(here) && !allocator.made_by_mimalloc(grown));
            // Freed where they were made, from any task.
            allocator.dealloc(here, small);
            allocator.dealloc(grown, Layout::from_size_align(2 * BULK_AFTER, 8).unwrap());
            let after = allocator.alloc(small);
            assert!(allocator.made_by_mimalloc(after), "only inside the task");
            allocator.dealloc(after, small);
            allocator.dealloc(switch, big);
        }
    }
}
