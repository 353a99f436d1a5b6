//! The progress line on stderr.

use std::time::Instant;

/// A progress line on stderr, redrawn at most twice a second.
pub(super) struct Progress {
    on: bool,
    total_files: usize,
    total_bytes: u64,
    files: usize,
    bytes: u64,
    facts: u64,
    started: Instant,
    last: Instant,
}

impl Progress {
    pub(super) fn new(on: bool, total_files: usize, total_bytes: u64) -> Progress {
        let now = Instant::now();
        Progress {
            on,
            total_files,
            total_bytes,
            files: 0,
            bytes: 0,
            facts: 0,
            started: now,
            last: now,
        }
    }

    pub(super) fn tick(&mut self, files: usize, bytes: u64, facts: u64) {
        self.files += files;
        self.bytes += bytes;
        self.facts += facts;
        if !self.on || self.last.elapsed().as_millis() < 500 {
            return;
        }
        self.last = Instant::now();
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        let rate = self.bytes as f64 / secs;
        let eta = self.total_bytes.saturating_sub(self.bytes) as f64 / rate.max(1.0);
        eprint!(
            "\r{}/{} files  {:.1}/{:.1} MB  {} facts  {:.1} MB/s  ETA {:.0}s   ",
            self.files,
            self.total_files,
            self.bytes as f64 / 1e6,
            self.total_bytes as f64 / 1e6,
            self.facts,
            rate / 1e6,
            eta
        );
    }

    pub(super) fn done(&self) {
        if self.on && self.started.elapsed().as_millis() >= 500 {
            eprintln!();
        }
    }
}
