//! The run: ingest → decode → clean → segment → extract → normalize → write, streamed.
//!
//! Inputs are grouped into *units*: a JSONL file, or a run of loose `.txt`/`.md` files of one
//! folder (all inputs form one unit in the `files` layout). Units are the grain of incremental
//! runs: the output folder keeps a state file listing each unit's files (size, mtime, content
//! hash), part files and counts, and a re-run rebuilds only the units whose files changed.
//!
//! Documents flow as tasks: the main thread reads the inputs and cuts them into tasks (a file,
//! or 512 KB of JSONL lines), `threads` workers run the stages on them, and a writer thread
//! puts the results back in input order and appends them to the tables. A gate keeps a few
//! tasks per worker in flight, so memory stays bounded whatever the corpus size, and the
//! output is the same whatever the thread count.

use crate::decode;
use crate::ingest::{self, Content, InputFile, RawDoc};
use crate::model::{DocumentRow, Fact, Reject};
use crate::pipeline::{process_document, Pipeline};
use crate::write::{Layout, Rows, TableWriter};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Condvar, Mutex};
use std::time::Instant;
use xxhash_rust::xxh3::{xxh3_128, xxh3_64};

/// Bytes of input read ahead at a time.
const BATCH_BYTES: u64 = 8 << 20;
/// Bytes of JSONL lines per task.
const CHUNK_BYTES: usize = 512 << 10;
/// A folder's loose files form units of at least this many bytes, cut where a file name's
/// hash says so (so inserting a file moves no other unit boundary), and at most 4× as many.
const UNIT_BYTES: u64 = 4 << 20;
/// Freed memory is handed back to the system after this many tasks (about 4 MB of input).
const TRIM_EVERY_TASKS: u64 = 8;
/// The folder under the output that holds the run's state.
const STATE_DIR: &str = "_numfacts";

/// The shard a document (or a reject's location) belongs to: xxh3-64 of its UTF-8 id, mod N.
pub fn shard_of(id: &str, n: u64) -> u64 {
    xxh3_64(id.as_bytes()) % n
}

fn in_shard(id: &str, shard: Option<(u64, u64)>) -> bool {
    shard.is_none_or(|(i, n)| shard_of(id, n) == i)
}

fn hex64(v: u64) -> String {
    format!("{v:016x}")
}

/// Per-table counts, for `run.json` and the state file.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Counts {
    pub files: u64,
    pub bytes: u64,
    pub documents: u64,
    pub facts: u64,
    pub rejects: u64,
    pub facts_by_kind: BTreeMap<String, u64>,
    pub documents_by_lang: BTreeMap<String, u64>,
    pub rejects_by_reason: BTreeMap<String, u64>,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.files += o.files;
        self.bytes += o.bytes;
        self.documents += o.documents;
        self.facts += o.facts;
        self.rejects += o.rejects;
        for (a, b) in [
            (&mut self.facts_by_kind, &o.facts_by_kind),
            (&mut self.documents_by_lang, &o.documents_by_lang),
            (&mut self.rejects_by_reason, &o.rejects_by_reason),
        ] {
            for (k, v) in b {
                *a.entry(k.clone()).or_default() += v;
            }
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
struct FileState {
    rel: String,
    size: u64,
    mtime_ns: i64,
    /// xxh3-128 of the file's bytes.
    hash: String,
}

/// One line of the state file.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct UnitState {
    key: String,
    files: Vec<FileState>,
    /// Part files, relative to the output folder.
    parts: Vec<String>,
    /// xxh3-128 of each document id, to find duplicate ids across units.
    #[serde(with = "hex_ids")]
    ids: Vec<u128>,
    counts: Counts,
}

#[derive(Debug, Serialize, Deserialize)]
struct StateHeader {
    numfacts_state: u32,
    fingerprint: String,
}

/// Counts for `run.json`.
#[derive(Debug, Serialize)]
pub struct RunSummary {
    pub numfacts_version: String,
    pub pipeline: String,
    pub pipeline_file: Option<String>,
    pub inputs: Vec<String>,
    pub output: String,
    pub formats: Vec<String>,
    pub layout: String,
    pub shard: Option<String>,
    pub threads: usize,
    pub units: u64,
    pub units_reused: u64,
    pub files_read: u64,
    pub files_skipped: u64,
    pub bytes_read: u64,
    pub documents: u64,
    pub rejects: u64,
    pub rejects_by_reason: BTreeMap<String, u64>,
    pub facts: u64,
    pub facts_by_kind: BTreeMap<String, u64>,
    pub documents_by_lang: BTreeMap<String, u64>,
    /// Rows of the claims table (none for a dataset or a shard: `numfacts claims` builds it).
    pub claims: Option<u64>,
    /// Input bytes extracted in this run (not carried over).
    pub bytes_extracted: u64,
    pub seconds: f64,
}

/// A group of input files whose rows are written together.
struct Unit {
    key: String,
    files: Vec<usize>,
}

fn shard_suffix(shard: Option<(u64, u64)>) -> String {
    shard.map_or(String::new(), |(i, n)| format!("-shard{i}of{n}"))
}

/// Groups the files into units (see the module docs).
fn units(files: &[InputFile], p: &Pipeline) -> Vec<Unit> {
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
    let mut open: Option<(String, u64, Unit)> = None; // folder, bytes, unit
    let folder = |rel: &str| rel.rsplit_once('/').map_or("", |(d, _)| d).to_string();
    for i in wanted {
        let f = &files[i];
        if f.is_jsonl() {
            out.push(Unit {
                key: key(&format!("f:{}", f.rel)),
                files: vec![i],
            });
            continue;
        }
        let dir = folder(&f.rel);
        if open.as_ref().is_some_and(|(d, _, _)| *d != dir) {
            out.push(open.take().unwrap().2);
        }
        let (_, bytes, unit) = open.get_or_insert_with(|| {
            (
                dir.clone(),
                0,
                Unit {
                    key: key(&format!("d:{}", f.rel)),
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

/// What the output must be rebuilt for when it changes: the program, its lexicons and every
/// setting that shapes the rows.
fn fingerprint(p: &Pipeline) -> String {
    let mut h = Sha256::new();
    h.update(env!("CARGO_PKG_VERSION"));
    for (lang, text) in crate::lexicon::embedded_texts() {
        h.update(lang);
        h.update(text);
    }
    for text in crate::context::embedded_texts() {
        h.update(text);
    }
    h.update(format!(
        "{}|{:?}|{}|{:?}|{:?}|{:?}|{:?}",
        p.chrome, p.languages, p.default_language, p.kinds, p.formats, p.layout, p.shard
    ));
    h.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn state_path(p: &Pipeline) -> PathBuf {
    p.output
        .join(STATE_DIR)
        .join(format!("state{}.jsonl", shard_suffix(p.shard)))
}

/// The previous run's units, when its state matches this pipeline.
fn load_state(p: &Pipeline, fp: &str) -> (HashMap<String, UnitState>, Vec<String>) {
    let mut units = HashMap::new();
    let mut stale_parts = Vec::new();
    let Ok(f) = fs::File::open(state_path(p)) else {
        return (units, stale_parts);
    };
    let mut lines = BufReader::new(f).lines();
    let header: Option<StateHeader> = lines
        .next()
        .and_then(|l| l.ok())
        .and_then(|l| serde_json::from_str(&l).ok());
    let matches = header.is_some_and(|h| h.fingerprint == fp) && !p.full;
    for line in lines.map_while(Result::ok) {
        if let Ok(u) = serde_json::from_str::<UnitState>(&line) {
            if matches {
                units.insert(u.key.clone(), u);
            } else {
                stale_parts.extend(u.parts);
            }
        }
    }
    (units, stale_parts)
}

fn file_hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxh3_128(bytes))
}

/// The state of a unit's files now, if they are those of `prev`: same names, and each with
/// the same size and mtime or, failing that, the same content.
fn still_valid(
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
        if f.rel != old.rel {
            return None;
        }
        if f.size == old.size && f.mtime_ns == old.mtime_ns {
            now.push(old.clone());
            continue;
        }
        let bytes = fs::read(&f.path).ok()?;
        let hash = file_hash(&bytes);
        if hash != old.hash {
            return None;
        }
        now.push(FileState {
            rel: f.rel.clone(),
            size: f.size,
            mtime_ns: f.mtime_ns,
            hash,
        });
    }
    Some(now)
}

/// A piece of work for one worker.
enum Task {
    /// A one-document file, read by the worker.
    File { unit: usize, file: usize },
    /// Lines of a JSONL file, already read.
    Lines {
        unit: usize,
        file: usize,
        text: Arc<String>,
        range: (usize, usize),
        first_line: usize,
        file_state: Option<FileState>,
    },
    /// A file that is one reject (unreadable, not UTF-8, empty), or none in another shard.
    Rejected {
        unit: usize,
        file: usize,
        reject: Option<Reject>,
        file_state: Option<FileState>,
    },
}

enum Item {
    Doc { row: DocumentRow, facts: Vec<Fact> },
    Reject(Reject),
}

struct TaskOut {
    unit: usize,
    file: usize,
    /// Set when the task is the whole file, or its first piece.
    file_state: Option<FileState>,
    items: Vec<Item>,
}

fn document(raw: RawDoc, p: &Pipeline) -> Item {
    let (decoded, bytes, hash) = match &raw.content {
        Content::Bytes(b) => (decode::decode(b), b.len() as u64, Sha256::digest(b)),
        Content::Text(t) => (
            decode::decode(t.as_bytes()),
            t.len() as u64,
            Sha256::digest(t.as_bytes()),
        ),
    };
    let d = match decoded {
        Ok(d) => d,
        Err((reason, detail)) => {
            return Item::Reject(Reject {
                path: raw.path,
                reason: reason.into(),
                detail,
            })
        }
    };
    let meta_date = raw.date.as_deref().and_then(crate::clean::parse_iso_date);
    // A bug must cost one document, not the run: a panic becomes a reject.
    let processed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        process_document(&raw.doc_id, &d.text, meta_date, p)
    }));
    let (info, facts) = match processed {
        Ok(x) => x,
        Err(e) => {
            let why = e
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| e.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            return Item::Reject(Reject {
                path: raw.path,
                reason: "internal_error".into(),
                detail: format!(
                    "numfacts failed on this document (a bug; please report it): {why}"
                ),
            });
        }
    };
    let row = DocumentRow {
        doc_id: raw.doc_id,
        path: raw.path,
        content_hash: hash.iter().map(|b| format!("{b:02x}")).collect(),
        bytes,
        chars: d.chars as u64,
        encoding: d.encoding.into(),
        lang: info.lang,
        title: raw.title.or(info.title),
        date: meta_date.or(info.date),
        n_facts: facts.len() as u64,
    };
    Item::Doc { row, facts }
}

fn run_task(task: &Task, files: &[InputFile], p: &Pipeline) -> TaskOut {
    match task {
        Task::Rejected {
            unit,
            file,
            reject,
            file_state,
        } => TaskOut {
            unit: *unit,
            file: *file,
            file_state: file_state.clone(),
            items: reject.iter().cloned().map(Item::Reject).collect(),
        },
        Task::File { unit, file } => {
            let f = &files[*file];
            let path = f.path.display().to_string();
            let (items, file_state) = match fs::read(&f.path) {
                Ok(bytes) => {
                    let state = FileState {
                        rel: f.rel.clone(),
                        size: f.size,
                        mtime_ns: f.mtime_ns,
                        hash: file_hash(&bytes),
                    };
                    let raw = RawDoc {
                        doc_id: f.doc_id().to_string(),
                        path,
                        content: Content::Bytes(bytes),
                        title: None,
                        date: None,
                        url: None,
                    };
                    (vec![document(raw, p)], Some(state))
                }
                Err(e) => (
                    vec![Item::Reject(Reject {
                        path,
                        reason: "unreadable".into(),
                        detail: e.to_string(),
                    })],
                    None,
                ),
            };
            TaskOut {
                unit: *unit,
                file: *file,
                file_state,
                items,
            }
        }
        Task::Lines {
            unit,
            file,
            text,
            range,
            first_line,
            file_state,
        } => {
            let f = &files[*file];
            let path = f.path.display().to_string();
            let items =
                ingest::jsonl_records(&path, f.doc_id(), &text[range.0..range.1], *first_line)
                    .into_iter()
                    .filter_map(|r| match r {
                        Ok(raw) if in_shard(&raw.doc_id, p.shard) => Some(document(raw, p)),
                        Ok(_) => None,
                        Err(rej) if in_shard(&rej.path, p.shard) => Some(Item::Reject(rej)),
                        Err(_) => None,
                    })
                    .collect();
            TaskOut {
                unit: *unit,
                file: *file,
                file_state: file_state.clone(),
                items,
            }
        }
    }
}

/// Cuts the files of the units to build into batches of tasks, reading JSONL files as it goes.
struct Batcher<'a> {
    files: &'a [InputFile],
    /// (unit index, file index) in output order.
    todo: std::vec::IntoIter<(usize, usize)>,
    shard: Option<(u64, u64)>,
}

impl Batcher<'_> {
    fn next_batch(&mut self) -> Option<Vec<Task>> {
        let mut batch = Vec::new();
        let mut bytes = 0u64;
        while bytes < BATCH_BYTES {
            let Some((unit, file)) = self.todo.next() else {
                break;
            };
            let f = &self.files[file];
            if !f.is_jsonl() {
                bytes += f.size;
                batch.push(Task::File { unit, file });
                continue;
            }
            let path = f.path.display().to_string();
            let data = match fs::read(&f.path) {
                Ok(b) => b,
                Err(e) => {
                    let reject = Reject {
                        path,
                        reason: "unreadable".into(),
                        detail: e.to_string(),
                    };
                    batch.push(self.rejected(unit, file, reject, None));
                    continue;
                }
            };
            bytes += data.len() as u64;
            let mut state = Some(FileState {
                rel: f.rel.clone(),
                size: f.size,
                mtime_ns: f.mtime_ns,
                hash: file_hash(&data),
            });
            let text = match ingest::jsonl_text(&path, &data) {
                Ok(t) => Arc::new(t.to_string()),
                Err(reject) => {
                    batch.push(self.rejected(unit, file, reject, state));
                    continue;
                }
            };
            let (mut start, mut line) = (0, 0);
            while start < text.len() {
                let mut end = (start + CHUNK_BYTES).min(text.len());
                // Cut after a line break: always a char boundary.
                let bytes = text.as_bytes();
                end = bytes[end..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(text.len(), |k| end + k + 1);
                let lines = bytes[start..end].iter().filter(|&&b| b == b'\n').count();
                batch.push(Task::Lines {
                    unit,
                    file,
                    text: Arc::clone(&text),
                    range: (start, end),
                    first_line: line,
                    file_state: state.take(),
                });
                start = end;
                line += lines;
            }
        }
        (!batch.is_empty()).then_some(batch)
    }

    /// A file that is one reject; only its shard reports it.
    fn rejected(
        &self,
        unit: usize,
        file: usize,
        reject: Reject,
        file_state: Option<FileState>,
    ) -> Task {
        Task::Rejected {
            unit,
            file,
            reject: in_shard(&reject.path, self.shard).then_some(reject),
            file_state,
        }
    }
}

/// A set of 64-bit id hashes in little more than 8 bytes each: a sorted vector, and a small
/// hash set of recent ids merged into it (in place, from the back) when it fills. A plain
/// hash set would take two to four times the memory, and double it while it grows.
#[derive(Default)]
struct IdSet {
    sorted: Vec<u64>,
    recent: HashSet<u64>,
}

impl IdSet {
    const RECENT: usize = 1 << 16;

    /// Adds `id`; false when it was there already.
    fn insert(&mut self, id: u64) -> bool {
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

/// Counts the tasks between reading and writing; stops the reader when the writer failed.
#[derive(Default)]
struct Gate {
    state: Mutex<(usize, bool)>,
    changed: Condvar,
}

impl Gate {
    /// Waits for room for one more task; false when the writer has failed.
    fn acquire(&self, limit: usize) -> bool {
        let mut s = self.state.lock().unwrap();
        while s.0 >= limit && !s.1 {
            s = self.changed.wait(s).unwrap();
        }
        s.0 += 1;
        !s.1
    }

    fn release(&self, failed: bool) {
        let mut s = self.state.lock().unwrap();
        s.0 -= 1;
        s.1 |= failed;
        self.changed.notify_all();
    }
}

/// A progress line on stderr, redrawn at most twice a second.
struct Progress {
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
    fn new(on: bool, total_files: usize, total_bytes: u64) -> Progress {
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

    fn tick(&mut self, files: usize, bytes: u64, facts: u64) {
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

    fn done(&self) {
        if self.on && self.started.elapsed().as_millis() >= 500 {
            eprintln!();
        }
    }
}

/// The tables of one unit (dataset layout) or of the whole run (files layout), each keyed by
/// language partition ("" where there is none).
struct Tables {
    unit: usize,
    facts: BTreeMap<String, TableWriter<Fact>>,
    documents: BTreeMap<String, TableWriter<DocumentRow>>,
    rejects: BTreeMap<String, TableWriter<Reject>>,
}

/// Adds one to a count, allocating the key only the first time.
fn bump(counts: &mut BTreeMap<String, u64>, key: &str) {
    match counts.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            counts.insert(key.to_string(), 1);
        }
    }
}

/// The writer of `table` in partition `lang` of unit `key`, created on first use. In the
/// files layout every table is one file with its `lang` column; in the dataset layout a part
/// goes under `table/lang=<lang>/` (rejects have no language) without it.
fn writer<'t, R: Rows>(
    p: &Pipeline,
    map: &'t mut BTreeMap<String, TableWriter<R>>,
    table: &str,
    lang: &str,
    key: &str,
) -> Result<&'t mut TableWriter<R>, String> {
    if !map.contains_key(lang) {
        let path = match p.layout {
            Layout::Files => p.output.join(table),
            Layout::Dataset if lang.is_empty() => p.output.join(table).join(format!("part-{key}")),
            Layout::Dataset => p
                .output
                .join(table)
                .join(format!("lang={lang}"))
                .join(format!("part-{key}")),
        };
        let w = TableWriter::create(&path, &p.formats, p.layout == Layout::Files)?;
        map.insert(lang.to_string(), w);
    }
    Ok(map.get_mut(lang).expect("just inserted"))
}

/// Writes rows as they come, unit by unit, in order; keeps counts and the state file.
struct Writer<'a> {
    p: &'a Pipeline,
    files: &'a [InputFile],
    units: &'a [Unit],
    tables: Option<Tables>,
    unit_state: Option<UnitState>,
    /// Hashes of the document ids read so far (carried-over units included): 64 bits, so
    /// that memory stays small; among ten million ids, two share a hash with a chance of
    /// about three in a million, and the second would be rejected as a duplicate.
    seen: IdSet,
    state: StateWriter,
    extracted: u64,
    tasks: u64,
    progress: Progress,
}

impl Writer<'_> {
    fn open(&mut self, unit: usize) -> Result<(), String> {
        let key = &self.units[unit].key;
        let mut t = Tables {
            unit,
            facts: BTreeMap::new(),
            documents: BTreeMap::new(),
            rejects: BTreeMap::new(),
        };
        if self.p.layout == Layout::Files {
            // The run's tables exist even when empty.
            writer(self.p, &mut t.facts, "facts", "", key)?;
            writer(self.p, &mut t.documents, "documents", "", key)?;
            writer(self.p, &mut t.rejects, "rejects", "", key)?;
        }
        self.tables = Some(t);
        self.unit_state = Some(UnitState {
            key: key.clone(),
            files: vec![],
            parts: vec![],
            ids: vec![],
            counts: Counts::default(),
        });
        Ok(())
    }

    fn close(&mut self) -> Result<(), String> {
        let Some(t) = self.tables.take() else {
            return Ok(());
        };
        let mut st = self.unit_state.take().expect("open unit");
        let mut parts = Vec::new();
        for w in t.facts.into_values() {
            parts.extend(w.finish()?);
        }
        for w in t.documents.into_values() {
            parts.extend(w.finish()?);
        }
        for w in t.rejects.into_values() {
            parts.extend(w.finish()?);
        }
        st.parts = parts.iter().map(|p| rel_to(&self.p.output, p)).collect();
        self.state.add(&st)
    }

    fn reject(&mut self, r: Reject) -> Result<(), String> {
        let st = self.unit_state.as_mut().expect("open unit");
        st.counts.rejects += 1;
        bump(&mut st.counts.rejects_by_reason, &r.reason);
        let t = self.tables.as_mut().expect("open unit");
        writer(self.p, &mut t.rejects, "rejects", "", &st.key)?.push(r)
    }

    fn doc(&mut self, row: DocumentRow, facts: Vec<Fact>) -> Result<(), String> {
        let id = xxh3_128(row.doc_id.as_bytes());
        if !self.seen.insert(id as u64) {
            return self.reject(Reject {
                path: row.path,
                reason: "duplicate_id".into(),
                detail: format!("document id {:?} was already read in this run", row.doc_id),
            });
        }
        let dataset = self.p.layout == Layout::Dataset;
        let st = self.unit_state.as_mut().expect("open unit");
        if dataset {
            // Only units of a dataset can be carried over beside others.
            st.ids.push(id);
        }
        let c = &mut st.counts;
        c.documents += 1;
        c.facts += facts.len() as u64;
        bump(&mut c.documents_by_lang, &row.lang);
        for f in &facts {
            bump(&mut c.facts_by_kind, f.kind.as_str());
        }
        let lang = if dataset {
            row.lang.clone()
        } else {
            String::new()
        };
        let t = self.tables.as_mut().expect("open unit");
        writer(self.p, &mut t.documents, "documents", &lang, &st.key)?.push(row)?;
        if !facts.is_empty() {
            let fw = writer(self.p, &mut t.facts, "facts", &lang, &st.key)?;
            for f in facts {
                fw.push(f)?;
            }
        }
        Ok(())
    }

    fn take(&mut self, out: TaskOut) -> Result<(), String> {
        if self.tables.as_ref().is_none_or(|t| t.unit != out.unit) {
            self.close()?;
            self.open(out.unit)?;
        }
        let f = &self.files[out.file];
        let st = self.unit_state.as_mut().unwrap();
        let (mut files, mut bytes, mut facts) = (0, 0, 0);
        if st.files.last().is_none_or(|l| l.rel != f.rel) {
            st.files.push(out.file_state.unwrap_or(FileState {
                rel: f.rel.clone(),
                size: f.size,
                mtime_ns: f.mtime_ns,
                hash: String::new(),
            }));
            st.counts.files += 1;
            st.counts.bytes += f.size;
            files += 1;
            bytes += f.size;
        }
        for item in out.items {
            match item {
                Item::Doc { row, facts: fs } => {
                    facts += fs.len() as u64;
                    self.doc(row, fs)?;
                }
                Item::Reject(r) => self.reject(r)?,
            }
        }
        self.extracted += bytes;
        self.progress.tick(files, bytes, facts);
        self.tasks += 1;
        if self.tasks.is_multiple_of(TRIM_EVERY_TASKS) {
            release_free_memory();
        }
        Ok(())
    }
}

/// Hands freed heap pages back to the system. glibc keeps the memory freed by one thread
/// that another allocated in per-thread arenas, where it fragments; without this, peak RSS
/// creeps up with the corpus size although the live heap does not (see BENCHMARKS.md).
fn release_free_memory() {
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

fn rel_to(base: &Path, p: &Path) -> String {
    p.strip_prefix(base)
        .unwrap_or(p)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Runs the pipeline and writes its tables, state and `run.json` to the output folder.
pub fn run(p: &Pipeline) -> Result<RunSummary, String> {
    let t0 = Instant::now();
    if p.inputs.is_empty() {
        return Err(
            "no input: give --input DIR_OR_FILE or a pipeline file with [input] paths".into(),
        );
    }
    let mut found = ingest::discover(&p.inputs, &p.include)?;
    fs::create_dir_all(p.output.join(STATE_DIR))
        .map_err(|e| format!("could not create output folder {}: {e}", p.output.display()))?;
    // An output folder inside an input folder is not input: its state file is JSONL.
    if let Ok(out) = p.output.canonicalize() {
        let inside = |root: &PathBuf| root.canonicalize().is_ok_and(|r| out.starts_with(r));
        if p.inputs.iter().any(inside) {
            found
                .files
                .retain(|f| !f.path.canonicalize().is_ok_and(|c| c.starts_with(&out)));
        }
    }
    let files = &found.files;
    let units = units(files, p);
    let fp = fingerprint(p);
    let (mut prev, mut stale) = load_state(p, &fp);
    let discovery_rejects: Vec<Reject> = found
        .rejects
        .into_iter()
        .filter(|r| in_shard(&r.path, p.shard))
        .collect();

    // Which units can be carried over as they are: they go to the new state file now.
    let mut state = StateWriter::create(p, &fp)?;
    let mut seen = IdSet::default();
    let mut reused: Vec<bool> = Vec::new();
    for u in &units {
        let keep = prev.remove(&u.key).and_then(|old| {
            let ok = (p.layout == Layout::Dataset || discovery_rejects.is_empty())
                .then(|| still_valid(u, files, &old, &p.output))
                .flatten();
            match ok {
                Some(now) => Some(UnitState { files: now, ..old }),
                None => {
                    stale.extend(old.parts);
                    None
                }
            }
        });
        if let Some(st) = &keep {
            for &id in &st.ids {
                seen.insert(id as u64);
            }
            state.add(st)?;
        }
        reused.push(keep.is_some());
    }
    let units_reused = reused.iter().filter(|&&r| r).count() as u64;
    stale.extend(prev.into_values().flat_map(|u| u.parts));

    let mut writer = Writer {
        p,
        files,
        units: &units,
        tables: None,
        unit_state: None,
        seen,
        state,
        extracted: 0,
        tasks: 0,
        progress: Progress::new(false, 0, 0),
    };
    let todo: Vec<(usize, usize)> = units
        .iter()
        .enumerate()
        .filter(|(i, _)| !reused[*i])
        .flat_map(|(i, u)| u.files.iter().map(move |&f| (i, f)))
        .collect();
    writer.progress = Progress::new(
        p.progress,
        todo.len(),
        todo.iter().map(|&(_, f)| files[f].size).sum(),
    );

    // Discovery rejects: in the run's rejects table, or a part of their own.
    let discovery_part = (p.layout == Layout::Dataset).then(|| {
        p.output
            .join("rejects")
            .join(format!("part-discovery{}", shard_suffix(p.shard)))
    });
    let mut discovery_paths = Vec::new();
    if let Some(path) = &discovery_part {
        let mut w = TableWriter::create(path, &p.formats, true)?;
        for r in &discovery_rejects {
            w.push(r.clone())?;
        }
        discovery_paths = w.finish()?;
    }

    let mut batcher = Batcher {
        files,
        todo: todo.into_iter(),
        shard: p.shard,
    };
    // The main thread reads and cuts tasks, `threads` workers run them, the writer thread
    // puts their results back in order. At most `limit` tasks are between reading and
    // writing, which bounds memory whatever a straggler does.
    let limit = 4 * p.threads + 4;
    let gate = Gate::default();
    let (job_tx, job_rx) = mpsc::sync_channel::<(usize, Task)>(limit);
    let job_rx = Mutex::new(job_rx);
    std::thread::scope(|sc| -> Result<(), String> {
        let (out_tx, out_rx) = mpsc::channel::<(usize, TaskOut)>();
        for _ in 0..p.threads {
            let (out_tx, job_rx) = (out_tx.clone(), &job_rx);
            sc.spawn(move || loop {
                let job = job_rx.lock().unwrap().recv();
                let Ok((seq, task)) = job else { break };
                if out_tx.send((seq, run_task(&task, files, p))).is_err() {
                    break;
                }
            });
        }
        drop(out_tx);
        let (w, g) = (&mut writer, &gate);
        let handle = sc.spawn(move || -> Result<(), String> {
            let mut waiting = BTreeMap::new();
            let mut next = 0;
            for (seq, out) in out_rx {
                waiting.insert(seq, out);
                while let Some(out) = waiting.remove(&next) {
                    next += 1;
                    let r = w.take(out);
                    g.release(r.is_err());
                    r?;
                }
            }
            Ok(())
        });
        let mut seq = 0;
        'feed: while let Some(batch) = batcher.next_batch() {
            for task in batch {
                if !gate.acquire(limit) || job_tx.send((seq, task)).is_err() {
                    break 'feed; // the writer failed; its error is below
                }
                seq += 1;
            }
        }
        drop(job_tx);
        handle
            .join()
            .map_err(|_| "the writer thread panicked".to_string())?
    })?;
    writer.progress.done();
    if p.layout == Layout::Files && !reused[0] {
        // The run's tables exist even when empty; discovery rejects end the rejects table.
        if writer.tables.is_none() {
            writer.open(0)?;
        }
        for r in &discovery_rejects {
            writer.reject(r.clone())?;
        }
    }
    writer.close()?;

    let extracted = writer.extracted;
    let (mut totals, live) = writer.state.finish()?;
    if p.layout == Layout::Dataset {
        totals.rejects += discovery_rejects.len() as u64;
        for r in &discovery_rejects {
            bump(&mut totals.rejects_by_reason, &r.reason);
        }
    }
    // Parts no unit claims any more go.
    let discovery: Vec<String> = discovery_paths
        .iter()
        .map(|d| rel_to(&p.output, d))
        .collect();
    for part in stale {
        if !live.contains(&part) && !discovery.contains(&part) {
            let _ = fs::remove_file(p.output.join(&part));
        }
    }

    // Claims span every document, so they are rebuilt whole: after a `files` run (one
    // table, rewritten anyway); for a dataset (archives, incremental runs, shards) on demand
    // with `numfacts claims`, so that a re-run stays as cheap as what changed.
    let claims = match (p.layout, p.shard) {
        (Layout::Files, None) => Some(crate::claims::write(&p.output, p.layout, &p.formats)?),
        _ => None,
    };

    let summary = RunSummary {
        numfacts_version: env!("CARGO_PKG_VERSION").into(),
        pipeline: p.name.clone(),
        pipeline_file: p.source.as_ref().map(|s| s.display().to_string()),
        inputs: p.inputs.iter().map(|s| s.display().to_string()).collect(),
        output: p.output.display().to_string(),
        formats: p
            .formats
            .iter()
            .map(|f| format!("{f:?}").to_lowercase())
            .collect(),
        layout: format!("{:?}", p.layout).to_lowercase(),
        shard: p.shard.map(|(i, n)| format!("{i}/{n}")),
        threads: p.threads,
        units: units.len() as u64,
        units_reused,
        files_read: totals.files,
        files_skipped: found.skipped,
        bytes_read: totals.bytes,
        documents: totals.documents,
        rejects: totals.rejects,
        rejects_by_reason: totals.rejects_by_reason,
        facts: totals.facts,
        facts_by_kind: totals.facts_by_kind,
        documents_by_lang: totals.documents_by_lang,
        claims,
        bytes_extracted: extracted,
        seconds: (t0.elapsed().as_secs_f64() * 1000.0).round() / 1000.0,
    };
    let json = serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())?;
    let path = p.output.join(format!("run{}.json", shard_suffix(p.shard)));
    fs::write(&path, json + "\n")
        .map_err(|e| format!("could not write {}: {e}", path.display()))?;
    Ok(summary)
}

/// Writes the state file a unit at a time, and sums what it lists.
struct StateWriter {
    w: std::io::BufWriter<fs::File>,
    tmp: PathBuf,
    path: PathBuf,
    totals: Counts,
    /// Part files the listed units own.
    live: HashSet<String>,
}

impl StateWriter {
    fn create(p: &Pipeline, fp: &str) -> Result<StateWriter, String> {
        let path = state_path(p);
        let tmp = path.with_extension("jsonl.tmp");
        let err = |e: &dyn std::fmt::Display| format!("could not write {}: {e}", path.display());
        let mut w = std::io::BufWriter::new(fs::File::create(&tmp).map_err(|e| err(&e))?);
        let header = StateHeader {
            numfacts_state: 1,
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

    fn add(&mut self, u: &UnitState) -> Result<(), String> {
        let line = serde_json::to_string(u).map_err(|e| self.err(&e))?;
        writeln!(self.w, "{line}").map_err(|e| self.err(&e))?;
        self.totals.add(&u.counts);
        self.live.extend(u.parts.iter().cloned());
        Ok(())
    }

    /// Puts the state file in place; returns the totals and the parts it lists.
    fn finish(mut self) -> Result<(Counts, HashSet<String>), String> {
        self.w.flush().map_err(|e| self.err(&e))?;
        fs::rename(&self.tmp, &self.path).map_err(|e| self.err(&e))?;
        Ok((self.totals, self.live))
    }
}

/// Document id hashes as one hex string, 32 digits each.
mod hex_ids {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_set_finds_every_repeat() {
        let mut set = IdSet::default();
        let ids: Vec<u64> = (0..200_000u64).map(|i| xxh3_64(&i.to_le_bytes())).collect();
        assert!(ids.iter().all(|&id| set.insert(id)));
        assert!(ids.iter().step_by(7).all(|&id| !set.insert(id)));
        assert!(set.sorted.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(set.sorted.len() + set.recent.len(), ids.len());
    }
}
