//! The state file: what each unit was built from and holds, so a re-run can carry it over.

use super::output::{confined, tmp_path};
use super::units::{shard_suffix, Unit};
use super::Counts;
use crate::ingest::InputFile;
use crate::pipeline::Pipeline;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

/// The folder under the output that holds the run's state.
pub(crate) const STATE_DIR: &str = "_numfacts";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub(super) struct FileState {
    pub(super) rel: String,
    pub(super) size: u64,
    pub(super) mtime_ns: i64,
    /// xxh3-128 of the file's bytes, in hex; empty when it could not be read.
    pub(super) hash: String,
}

impl FileState {
    /// The state of `f` as listed, with the xxh3-128 of its bytes (none: it was not read).
    pub(super) fn of(f: &InputFile, hash: Option<u128>) -> FileState {
        FileState {
            rel: f.rel.clone(),
            size: f.size,
            mtime_ns: f.mtime_ns,
            hash: hash.map_or(String::new(), |h| format!("{h:032x}")),
        }
    }
}

/// One line of the state file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct UnitState {
    pub(super) key: String,
    pub(super) files: Vec<FileState>,
    /// Part files, relative to the output folder.
    pub(super) parts: Vec<String>,
    /// xxh3-128 of each document id, to find duplicate ids across units.
    #[serde(with = "hex_ids")]
    pub(super) ids: Vec<u128>,
    /// xxh3-128 of each id this unit rejected as a duplicate of an earlier unit's: the unit
    /// is carried over only while an earlier unit still holds each of them.
    #[serde(with = "hex_ids", default)]
    pub(super) dups: Vec<u128>,
    /// Discovery rejects the unit's rejects table ends with (files layout): such a unit is
    /// carried over only when it has none and discovery finds none now.
    #[serde(default)]
    pub(super) discovery_rejects: u64,
    pub(super) counts: Counts,
}

#[derive(Debug, Serialize, Deserialize)]
pub(super) struct StateHeader {
    pub(super) numfacts_state: u32,
    pub(super) fingerprint: String,
}

/// Raised whenever the rows the code writes change (columns, their contents) without a new
/// version or lexicon, so that a re-run never carries over rows of the older shape.
const ROWS_REVISION: u32 = 3;

/// The state file's own format.
const STATE_FORMAT: u32 = 2;

/// What the output must be rebuilt for when it changes: the program, its lexicons and every
/// setting that shapes the rows.
pub(super) fn fingerprint(p: &Pipeline) -> String {
    let mut h = Sha256::new();
    h.update(env!("CARGO_PKG_VERSION"));
    h.update(ROWS_REVISION.to_le_bytes());
    for (lang, text) in crate::lexicon::embedded_texts() {
        h.update(lang);
        h.update(text);
    }
    for text in crate::context::embedded_texts() {
        h.update(text);
    }
    h.update(format!(
        "{}|{:?}|{}|{:?}|{:?}|{:?}|{:?}|{}",
        p.chrome,
        p.languages,
        p.default_language,
        p.kinds,
        p.formats,
        p.layout,
        p.shard,
        p.max_file_bytes
    ));
    h.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub(super) fn state_path(p: &Pipeline) -> PathBuf {
    p.output
        .join(STATE_DIR)
        .join(format!("state{}.jsonl", shard_suffix(p.shard)))
}

/// The previous run's units, when its state matches this pipeline and every path it names
/// stays inside the output folder (a state file naming `../x` is not trusted at all).
pub(super) fn load_state(p: &Pipeline, fp: &str) -> HashMap<String, UnitState> {
    let mut units = HashMap::new();
    let Ok(f) = fs::File::open(state_path(p)) else {
        return units;
    };
    let mut lines = BufReader::new(f).lines();
    let header: Option<StateHeader> = lines
        .next()
        .and_then(|l| l.ok())
        .and_then(|l| serde_json::from_str(&l).ok());
    if header.is_none_or(|h| h.numfacts_state != STATE_FORMAT || h.fingerprint != fp) || p.full {
        return units;
    }
    for line in lines.map_while(Result::ok) {
        let Ok(u) = serde_json::from_str::<UnitState>(&line) else {
            continue;
        };
        if !u.parts.iter().all(|part| confined(part)) {
            return HashMap::new();
        }
        units.insert(u.key.clone(), u);
    }
    units
}

/// xxh3-128 of a file's bytes, read a buffer at a time.
fn hash_file(path: &Path) -> std::io::Result<u128> {
    let mut f = crate::ingest::open_regular(path)?;
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        match f.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => h.update(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(h.digest128())
}

/// The state of a unit's files now, if they are those of `prev`: same names, and each with
/// the same size and mtime or, failing that, the same content.
pub(super) fn still_valid(
    unit: &Unit,
    files: &[InputFile],
    prev: &UnitState,
    out: &Path,
) -> Option<Vec<FileState>> {
    if prev.files.len() != unit.files.len() || !prev.parts.iter().all(|p| out.join(p).is_file()) {
        return None;
    }
    let mut now = Vec::new();
    for (&i, old) in unit.files.iter().zip(&prev.files) {
        let f = &files[i];
        // A file that could not be read has no hash: read it again.
        if f.rel != old.rel || old.hash.is_empty() {
            return None;
        }
        if f.size == old.size && f.mtime_ns == old.mtime_ns {
            now.push(old.clone());
            continue;
        }
        let state = FileState::of(f, Some(hash_file(&f.path).ok()?));
        if state.hash != old.hash {
            return None;
        }
        now.push(state);
    }
    Some(now)
}

/// What a finished state file holds: the totals, the parts it lists, and its temp and final
/// names.
pub(super) type Finished = (Counts, HashSet<String>, (PathBuf, PathBuf));

/// Writes the state file a unit at a time, and sums what it lists.
pub(super) struct StateWriter {
    w: std::io::BufWriter<fs::File>,
    tmp: PathBuf,
    path: PathBuf,
    totals: Counts,
    /// Part files the listed units own.
    live: HashSet<String>,
}

impl StateWriter {
    pub(super) fn create(p: &Pipeline, fp: &str) -> Result<StateWriter, String> {
        let path = state_path(p);
        let tmp = tmp_path(&path);
        let err = |e: &dyn std::fmt::Display| format!("could not write {}: {e}", path.display());
        let mut w = std::io::BufWriter::new(fs::File::create(&tmp).map_err(|e| err(&e))?);
        let header = StateHeader {
            numfacts_state: STATE_FORMAT,
            fingerprint: fp.into(),
        };
        let line = serde_json::to_string(&header).map_err(|e| err(&e))?;
        writeln!(w, "{line}").map_err(|e| err(&e))?;
        Ok(StateWriter {
            w,
            tmp,
            path,
            totals: Counts::default(),
            live: HashSet::new(),
        })
    }

    fn err(&self, e: &dyn std::fmt::Display) -> String {
        format!("could not write {}: {e}", self.path.display())
    }

    pub(super) fn add(&mut self, u: &UnitState) -> Result<(), String> {
        let line = serde_json::to_string(u).map_err(|e| self.err(&e))?;
        writeln!(self.w, "{line}").map_err(|e| self.err(&e))?;
        self.totals.add(&u.counts);
        self.live.extend(u.parts.iter().cloned());
        Ok(())
    }

    /// Closes the state file; returns the totals, the parts it lists, and its temp and
    /// final names.
    pub(super) fn finish(mut self) -> Result<Finished, String> {
        self.w.flush().map_err(|e| self.err(&e))?;
        Ok((self.totals, self.live, (self.tmp, self.path)))
    }
}

/// Document id hashes as one hex string, 32 digits each.
pub(super) mod hex_ids {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(ids: &[u128], s: S) -> Result<S::Ok, S::Error> {
        let mut out = String::with_capacity(ids.len() * 32);
        for id in ids {
            out.push_str(&format!("{id:032x}"));
        }
        s.serialize_str(&out)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u128>, D::Error> {
        let s = String::deserialize(d)?;
        (0..s.len() / 32)
            .map(|i| {
                s.get(i * 32..i * 32 + 32)
                    .and_then(|h| u128::from_str_radix(h, 16).ok())
                    .ok_or_else(|| serde::de::Error::custom("bad id hash"))
            })
            .collect()
    }
}
