//! The worker pool: ordered, bounded; and handing freed memory back.

use super::reuse::Donors;
use super::sink::{Step, Writer};
use super::tasks::{run_task, Batcher, Task, TaskOut};
use crate::ingest::InputFile;
use crate::pipeline::Pipeline;
use std::collections::BTreeMap;
use std::sync::{mpsc, Condvar, Mutex};

/// Counts the tasks between reading and writing; stops the reader when the writer failed.
#[derive(Default)]
pub(super) struct Gate {
    state: Mutex<(usize, bool)>,
    changed: Condvar,
}

impl Gate {
    /// Waits for room for one more task; false when the writer has failed.
    pub(super) fn acquire(&self, limit: usize) -> bool {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while s.0 >= limit && !s.1 {
            s = self.changed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        s.0 += 1;
        !s.1
    }

    pub(super) fn release(&self, failed: bool) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
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

/// Runs the tasks `batcher` cuts on `threads` workers and hands their results to `writer` in
/// the order they were cut. The calling thread reads and cuts; at most `4 × threads + 4`
/// tasks are between reading and writing, which bounds memory whatever a straggler does. A
/// worker that panics outside a document's own guard costs its task (an `internal_error`
/// reject), never a hang.
pub(super) fn run_ordered(
    threads: usize,
    batcher: &mut Batcher,
    files: &[InputFile],
    p: &Pipeline,
    donors: &Donors,
    writer: &mut Writer,
) -> Result<(), Step> {
    let limit = 4 * threads + 4;
    let gate = Gate::default();
    let (job_tx, job_rx) = mpsc::sync_channel::<(usize, Task)>(limit);
    let job_rx = Mutex::new(job_rx);
    let spawn_err = |e: std::io::Error| Step::Failed(format!("could not start a thread: {e}"));
    std::thread::scope(|sc| -> Result<(), Step> {
        let (out_tx, out_rx) = mpsc::channel::<(usize, Vec<TaskOut>)>();
        for _ in 0..threads {
            let (out_tx, job_rx) = (out_tx.clone(), &job_rx);
            std::thread::Builder::new()
                .spawn_scoped(sc, move || loop {
                    let job = job_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                    let Ok((seq, task)) = job else { break };
                    let (unit, of) = task.place();
                    let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        run_task(task, files, p, donors)
                    }))
                    .unwrap_or_else(|_| {
                        of.iter()
                            .map(|&file| TaskOut::failed(unit, file, files))
                            .collect()
                    });
                    if out_tx.send((seq, out)).is_err() {
                        break;
                    }
                })
                .map_err(spawn_err)?;
        }
        drop(out_tx);
        let g = &gate;
        let handle = std::thread::Builder::new()
            .spawn_scoped(sc, move || -> Result<(), Step> {
                let mut waiting = BTreeMap::new();
                let mut next = 0;
                for (seq, out) in out_rx {
                    waiting.insert(seq, out);
                    while let Some(outs) = waiting.remove(&next) {
                        next += 1;
                        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            outs.into_iter().try_for_each(|out| writer.take(out))
                        }))
                        .unwrap_or_else(|_| {
                            Err(Step::Failed(
                                "numfacts failed writing (a bug; please report it)".into(),
                            ))
                        });
                        g.release(r.is_err());
                        r?;
                    }
                }
                Ok(())
            })
            .map_err(spawn_err)?;
        let mut seq = 0;
        'feed: while let Some(batch) = batcher.next_batch() {
            for task in batch {
                if !gate.acquire(limit) || job_tx.send((seq, task)).is_err() {
                    break 'feed; // the writer stopped; its reason is below
                }
                seq += 1;
            }
        }
        drop(job_tx);
        handle
            .join()
            .map_err(|_| Step::Failed("the writer thread panicked".into()))?
    })
}
