//! The worker pool's gate, and handing freed memory back.

use std::sync::{Condvar, Mutex};

/// Counts the tasks between reading and writing; stops the reader when the writer failed.
#[derive(Default)]
pub(super) struct Gate {
    pub(super) state: Mutex<(usize, bool)>,
    pub(super) changed: Condvar,
}

impl Gate {
    /// Waits for room for one more task; false when the writer has failed.
    pub(super) fn acquire(&self, limit: usize) -> bool {
        let mut s = self.state.lock().unwrap();
        while s.0 >= limit && !s.1 {
            s = self.changed.wait(s).unwrap();
        }
        s.0 += 1;
        !s.1
    }

    pub(super) fn release(&self, failed: bool) {
        let mut s = self.state.lock().unwrap();
        s.0 -= 1;
        s.1 |= failed;
        self.changed.notify_all();
    }
}

/// Hands freed heap pages back to the system. glibc keeps the memory freed by one thread
/// that another allocated in per-thread arenas, where it fragments; without this, peak RSS
/// creeps up with the corpus size although the live heap does not (see BENCHMARKS.md).
pub(super) fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: malloc_trim only releases free memory of glibc's allocator, which is the
        // global allocator of this program; it takes no pointers and is thread-safe.
        unsafe {
            malloc_trim(0);
        }
    }
}
