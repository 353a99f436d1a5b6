//! The set of document ids read so far, to find duplicates.

use std::collections::HashSet;

/// A set of 64-bit id hashes in little more than 8 bytes each: a sorted vector, and a small
/// hash set of recent ids merged into it (in place, from the back) when it fills. A plain
/// hash set would take two to four times the memory, and double it while it grows.
#[derive(Default)]
pub(super) struct IdSet {
    sorted: Vec<u64>,
    recent: HashSet<u64>,
}

impl IdSet {
    const RECENT: usize = 1 << 16;

    pub(super) fn contains(&self, id: u64) -> bool {
        self.sorted.binary_search(&id).is_ok() || self.recent.contains(&id)
    }

    /// Adds `id`; false when it was there already.
    pub(super) fn insert(&mut self, id: u64) -> bool {
        if self.sorted.binary_search(&id).is_ok() || !self.recent.insert(id) {
            return false;
        }
        if self.recent.len() >= Self::RECENT {
            let mut new: Vec<u64> = self.recent.drain().collect();
            new.sort_unstable();
            let (old_len, add) = (self.sorted.len(), new.len());
            self.sorted.resize(old_len + add, 0);
            let (mut i, mut j, mut k) = (old_len, add, old_len + add);
            while j > 0 {
                k -= 1;
                if i > 0 && self.sorted[i - 1] > new[j - 1] {
                    i -= 1;
                    self.sorted[k] = self.sorted[i];
                } else {
                    j -= 1;
                    self.sorted[k] = new[j];
                }
            }
        }
        true
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use xxhash_rust::xxh3::xxh3_64;

    #[test]
    pub(super) fn id_set_finds_every_repeat() {
        let mut set = IdSet::default();
        let ids: Vec<u64> = (0..200_000u64).map(|i| xxh3_64(&i.to_le_bytes())).collect();
        assert!(ids.iter().all(|&id| set.insert(id)));
        assert!(ids.iter().step_by(7).all(|&id| !set.insert(id)));
        assert!(set.sorted.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(set.sorted.len() + set.recent.len(), ids.len());
    }
}
