//! Input units: the grain of incremental runs, and shards.

use crate::ingest::InputFile;
use crate::pipeline::Pipeline;
use crate::write::Layout;
use xxhash_rust::xxh3::xxh3_64;

/// A folder's loose files form units of at least this many bytes, cut where a file name's
/// hash says so (so inserting a file moves no other unit boundary), and at most 4× as many.
pub(super) const UNIT_BYTES: u64 = 4 << 20;

/// The shard a document (or a reject's location) belongs to: xxh3-64 of its UTF-8 id, mod N.
pub fn shard_of(id: &str, n: u64) -> u64 {
    xxh3_64(id.as_bytes()) % n
}

pub(super) fn in_shard(id: &str, shard: Option<(u64, u64)>) -> bool {
    shard.is_none_or(|(i, n)| shard_of(id, n) == i)
}

pub(super) fn hex64(v: u64) -> String {
    format!("{v:016x}")
}

/// A group of input files whose rows are written together.
pub(super) struct Unit {
    pub(super) key: String,
    pub(super) files: Vec<usize>,
}

pub(super) fn shard_suffix(shard: Option<(u64, u64)>) -> String {
    shard.map_or(String::new(), |(i, n)| format!("-shard{i}of{n}"))
}

/// Groups the files into units (see the module docs).
pub(super) fn units(files: &[InputFile], p: &Pipeline) -> Vec<Unit> {
    let suffix = shard_suffix(p.shard);
    let key = |s: &str| format!("{}{suffix}", hex64(xxh3_64(s.as_bytes())));
    let wanted: Vec<usize> = (0..files.len())
        .filter(|&i| files[i].is_jsonl() || in_shard(files[i].doc_id(), p.shard))
        .collect();
    if p.layout == Layout::Files {
        return vec![Unit {
            key: format!("all{suffix}"),
            files: wanted,
        }];
    }
    let mut out: Vec<Unit> = Vec::new();
    let mut open: Option<(std::path::PathBuf, u64, Unit)> = None; // folder, bytes, unit
                                                                  // Keys and folders come from the path, not the path relative to its input: two inputs
                                                                  // may both hold `feed.jsonl`.
    let folder = |f: &InputFile| f.path.parent().map(|d| d.to_path_buf()).unwrap_or_default();
    for i in wanted {
        let f = &files[i];
        if f.is_jsonl() {
            out.push(Unit {
                key: key(&format!("f:{}", f.path.display())),
                files: vec![i],
            });
            continue;
        }
        let dir = folder(f);
        if open.as_ref().is_some_and(|(d, _, _)| *d != dir) {
            out.push(open.take().unwrap().2);
        }
        let (_, bytes, unit) = open.get_or_insert_with(|| {
            (
                dir.clone(),
                0,
                Unit {
                    key: key(&format!("d:{}", f.path.display())),
                    files: vec![],
                },
            )
        });
        unit.files.push(i);
        *bytes += f.size;
        let cut = xxh3_64(f.rel.as_bytes()).is_multiple_of(4);
        if (*bytes >= UNIT_BYTES && cut) || *bytes >= 4 * UNIT_BYTES {
            out.push(open.take().unwrap().2);
        }
    }
    if let Some((_, _, u)) = open {
        out.push(u);
    }
    out
}
