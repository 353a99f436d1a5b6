//! Tasks: the pieces of work a worker runs, and the reader that cuts them.
//!
//! A `.txt`/`.md` file is one task, read by the worker. A JSONL file is streamed: the reader
//! takes about 512 KB of lines at a time, so a JSONL file of any size costs that much memory
//! (and one line at most the size limit), and hashes the bytes as they pass.

use super::reuse::Donors;
use super::state::FileState;
use super::units::in_shard;
use crate::decode;
use crate::ingest::{self, Content, InputFile, RawDoc};
use crate::model::{DocumentRow, Fact, Reject};
use crate::pipeline::{language_index, process_document, DocMeta, Pipeline};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use xxhash_rust::xxh3::{xxh3_128, Xxh3};

/// Bytes of input read ahead at a time.
pub(super) const BATCH_BYTES: u64 = 8 << 20;
/// Bytes of JSONL lines per task.
pub(super) const CHUNK_BYTES: usize = 512 << 10;
/// Loose files per task at most, and their bytes: a task per small file would cost more in
/// hand-overs between threads than reading it.
const FILES_PER_TASK: usize = 64;
const FILES_TASK_BYTES: u64 = 256 << 10;

/// A piece of work for one worker.
pub(super) enum Task {
    /// A unit of the earlier run that may be carried over: the writer decides, in order.
    Carried { unit: usize },
    /// One-document files of one unit, next to each other in output order, read by the
    /// worker: small files go to a worker a few hundred KB at a time.
    Files { unit: usize, files: Vec<usize> },
    /// Lines of a JSONL file, already read.
    Lines {
        unit: usize,
        file: usize,
        lines: ingest::JsonlChunk,
        /// Set on the file's last piece, once all its bytes are hashed.
        file_state: Option<FileState>,
    },
    /// A file (or the end of one) that is one reject, or none in another shard.
    Rejected {
        unit: usize,
        file: usize,
        reject: Option<Reject>,
        file_state: Option<FileState>,
    },
}

pub(super) enum Item {
    Doc { row: DocumentRow, facts: Vec<Fact> },
    Reject(Reject),
}

pub(super) struct TaskOut {
    pub(super) unit: usize,
    pub(super) file: usize,
    /// Set when the task is the whole file, or its last piece.
    pub(super) file_state: Option<FileState>,
    pub(super) items: Vec<Item>,
    /// A unit to carry over rather than rows.
    pub(super) carried: bool,
    /// Rows the earlier run wrote, not extracted now.
    pub(super) reused: bool,
    /// Bytes of input the task read (a file, a piece of JSONL lines).
    pub(super) input_bytes: u64,
}

impl Task {
    /// The unit and files the task is of.
    pub(super) fn place(&self) -> (usize, Vec<usize>) {
        match self {
            Task::Carried { unit } => (*unit, vec![CARRY]),
            Task::Files { unit, files } => (*unit, files.clone()),
            Task::Lines { unit, file, .. } | Task::Rejected { unit, file, .. } => {
                (*unit, vec![*file])
            }
        }
    }
}

impl TaskOut {
    fn rows(unit: usize, file: usize, file_state: Option<FileState>, items: Vec<Item>) -> TaskOut {
        TaskOut {
            unit,
            file,
            file_state,
            items,
            carried: false,
            reused: false,
            input_bytes: 0,
        }
    }

    /// What a task that panicked leaves: its file as one `internal_error` reject.
    pub(super) fn failed(unit: usize, file: usize, files: &[InputFile]) -> TaskOut {
        let path = files
            .get(file)
            .map_or(String::new(), |f| f.path.display().to_string());
        let reject = Reject {
            path,
            reason: "internal_error".into(),
            detail: "numfacts failed on this file (a bug; please report it)".into(),
        };
        TaskOut {
            carried: file == CARRY,
            ..TaskOut::rows(unit, file, None, vec![Item::Reject(reject)])
        }
    }
}

/// The `todo` file index that stands for a unit to carry over.
pub(super) const CARRY: usize = usize::MAX;

/// A raw document through the stages: its row and facts, or its reject; then the notes on
/// fields of its record that were ignored.
pub(super) fn document(mut raw: RawDoc, p: &Pipeline) -> Vec<Item> {
    let notes = std::mem::take(&mut raw.ignored);
    let mut notes = notes;
    let mut items = vec![one_document(raw, p, &mut notes)];
    items.extend(notes.into_iter().map(Item::Reject));
    items
}

fn one_document(raw: RawDoc, p: &Pipeline, notes: &mut Vec<Reject>) -> Item {
    let (decoded, bytes, hash) = match raw.content {
        Content::Bytes(b) => {
            let (n, hash) = (b.len() as u64, Sha256::digest(&b));
            (decode::decode(b), n, hash)
        }
        Content::Text(t) => {
            let (n, hash) = (t.len() as u64, Sha256::digest(t.as_bytes()));
            (decode::decode_text(t), n, hash)
        }
    };
    let d = match decoded {
        Ok(d) => d,
        Err((refusal, detail)) => {
            return Item::Reject(Reject {
                path: raw.path,
                reason: refusal.reason().into(),
                detail,
            })
        }
    };
    let lang = raw.lang.as_deref().and_then(|code| {
        let found = language_index(code);
        if found.is_none() {
            let known = crate::lexicon::Lexicons::embedded().codes().join(", ");
            notes.push(Reject {
                path: raw.path.clone(),
                reason: "field_ignored".into(),
                detail: format!(
                    "\"lang\" {code:?} is not a language numfacts reads ({known}): the language is detected, the record is read"
                ),
            });
        }
        found
    });
    let meta = DocMeta {
        date: raw.date.as_deref().and_then(crate::clean::parse_iso_date),
        lang,
        url: raw.url.as_deref(),
    };
    // A bug must cost one document, not the run: a panic becomes a reject.
    let processed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        process_document(&raw.doc_id, &d.text, &meta, p)
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
        encoding: d.encoding,
        lang: info.lang,
        title: raw.title.or(info.title),
        date: meta.date.or(info.date),
        n_facts: facts.len() as u64,
    };
    Item::Doc { row, facts }
}

/// Reads a whole file of at most `limit` bytes (it may have grown since it was listed).
fn read_bounded(f: &InputFile, limit: u64) -> Result<Vec<u8>, Reject> {
    let path = f.path.display().to_string();
    let unreadable = |e: io::Error| Reject {
        path: path.clone(),
        reason: "unreadable".into(),
        detail: e.to_string(),
    };
    let file = ingest::open_regular(&f.path).map_err(unreadable)?;
    let mut bytes = Vec::with_capacity(f.size.min(limit) as usize);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(Reject {
            path: path.clone(),
            reason: "too_large".into(),
            detail: ingest::too_large(bytes.len() as u64, limit),
        });
    }
    Ok(bytes)
}

/// Runs a task: what it gives for each of its files, in order.
pub(super) fn run_task(
    task: Task,
    files: &[InputFile],
    p: &Pipeline,
    donors: &Donors,
) -> Vec<TaskOut> {
    match task {
        Task::Files { unit, files: todo } => todo
            .into_iter()
            .map(|file| one_file(unit, file, files, p, donors))
            .collect(),
        Task::Carried { unit } => vec![TaskOut {
            carried: true,
            ..TaskOut::rows(unit, CARRY, None, vec![])
        }],
        Task::Rejected {
            unit,
            file,
            reject,
            file_state,
        } => vec![TaskOut::rows(
            unit,
            file,
            file_state,
            reject.into_iter().map(Item::Reject).collect(),
        )],
        Task::Lines {
            unit,
            file,
            lines,
            file_state,
        } => vec![jsonl_lines(unit, file, lines, file_state, files, p)],
    }
}

/// A one-document file: its rows from the earlier run if it read the same bytes, else from
/// the stages.
fn one_file(
    unit: usize,
    file: usize,
    files: &[InputFile],
    p: &Pipeline,
    donors: &Donors,
) -> TaskOut {
    let f = &files[file];
    let bytes = match read_bounded(f, p.max_file_bytes) {
        Ok(b) => b,
        Err(r) => return TaskOut::rows(unit, file, None, vec![Item::Reject(r)]),
    };
    let hash = xxh3_128(&bytes);
    let state = Some(FileState::of(f, Some(hash)));
    let input_bytes = bytes.len() as u64;
    if let Some(item) = donors.document(f, hash) {
        return TaskOut {
            reused: true,
            input_bytes,
            ..TaskOut::rows(unit, file, state, vec![item])
        };
    }
    let raw = RawDoc {
        doc_id: f.doc_id().to_string(),
        path: f.path.display().to_string(),
        content: Content::Bytes(bytes),
        title: None,
        date: None,
        url: None,
        lang: None,
        ignored: vec![],
    };
    TaskOut {
        input_bytes,
        ..TaskOut::rows(unit, file, state, document(raw, p))
    }
}

/// The documents of a piece of a JSONL file.
fn jsonl_lines(
    unit: usize,
    file: usize,
    lines: ingest::JsonlChunk,
    file_state: Option<FileState>,
    files: &[InputFile],
    p: &Pipeline,
) -> TaskOut {
    let f = &files[file];
    let path = f.path.display().to_string();
    let mut items = Vec::new();
    for r in ingest::jsonl_records(&path, f.doc_id(), &lines) {
        match r {
            Ok(raw) if in_shard(&raw.doc_id, p.shard) => items.extend(document(raw, p)),
            Ok(_) => {}
            Err(rej) if in_shard(&rej.path, p.shard) => items.push(Item::Reject(rej)),
            Err(_) => {}
        }
    }
    TaskOut {
        input_bytes: lines.data.len() as u64,
        ..TaskOut::rows(unit, file, file_state, items)
    }
}

/// A JSONL file being read, a chunk of lines at a time.
struct OpenJsonl {
    unit: usize,
    file: usize,
    reader: BufReader<File>,
    hash: Xxh3,
    /// Lines read so far.
    line: usize,
    /// Whether any line held more than white space.
    records: bool,
    /// A read error, reported after the lines read before it.
    failed: Option<Reject>,
    shard: Option<(u64, u64)>,
}

/// A file (or the end of one) that is one reject; only its shard reports it.
fn rejected(
    unit: usize,
    file: usize,
    reject: Reject,
    file_state: Option<FileState>,
    shard: Option<(u64, u64)>,
) -> Task {
    Task::Rejected {
        unit,
        file,
        reject: in_shard(&reject.path, shard).then_some(reject),
        file_state,
    }
}

/// Reads one line, through its line break, into `buf`, keeping at most `keep` bytes of it;
/// hashes every byte. Returns how many bytes the line had (0 at the end of the file).
fn read_line(
    r: &mut impl BufRead,
    hash: &mut Xxh3,
    buf: &mut Vec<u8>,
    keep: u64,
) -> io::Result<u64> {
    let mut total = 0u64;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(total);
        }
        let (n, done) = match memchr::memchr(b'\n', avail) {
            Some(i) => (i + 1, true),
            None => (avail.len(), false),
        };
        hash.update(&avail[..n]);
        let room = keep.saturating_sub(total).min(n as u64) as usize;
        buf.extend_from_slice(&avail[..room]);
        total += n as u64;
        r.consume(n);
        if done {
            return Ok(total);
        }
    }
}

impl OpenJsonl {
    /// The next chunk of lines; at the end of the file, the file's state with it.
    fn next_chunk(&mut self, f: &InputFile, limit: u64) -> (Task, bool) {
        if let Some(reject) = self.failed.take() {
            return (self.rejected(reject, None), true);
        }
        let mut lines = ingest::JsonlChunk {
            data: Vec::with_capacity(CHUNK_BYTES + (64 << 10)),
            first_line: self.line,
            too_long: vec![],
            limit,
        };
        let mut eof = false;
        while lines.data.len() < CHUNK_BYTES {
            let start = lines.data.len();
            // A line over the limit is kept only to the limit, and left out as one reject.
            let n = match read_line(
                &mut self.reader,
                &mut self.hash,
                &mut lines.data,
                limit.saturating_add(2),
            ) {
                Ok(n) => n,
                Err(e) => {
                    // The lines read so far go on; the reject ends the file, next.
                    lines.data.truncate(start);
                    self.failed = Some(Reject {
                        path: format!("{}:{}", f.path.display(), self.line + 1),
                        reason: "unreadable".into(),
                        detail: e.to_string(),
                    });
                    break;
                }
            };
            if n == 0 {
                eof = true;
                break;
            }
            if self.line == 0 && lines.data.starts_with(b"\xEF\xBB\xBF") {
                lines.data.drain(..3);
            }
            self.line += 1;
            let body = n - u64::from(lines.data.last() == Some(&b'\n'));
            if body > limit {
                lines.data.truncate(start);
                lines.data.push(b'\n');
                lines.too_long.push((self.line, n));
                self.records = true;
            }
            self.records =
                self.records || lines.data[start..].iter().any(|b| !b.is_ascii_whitespace());
        }
        if !eof || self.failed.is_some() {
            return (
                Task::Lines {
                    unit: self.unit,
                    file: self.file,
                    lines,
                    file_state: None,
                },
                false,
            );
        }
        let state = FileState::of(f, Some(self.hash.digest128()));
        let task = if self.records {
            Task::Lines {
                unit: self.unit,
                file: self.file,
                lines,
                file_state: Some(state),
            }
        } else {
            let reject = Reject {
                path: f.path.display().to_string(),
                reason: "empty".into(),
                detail: "no records".into(),
            };
            self.rejected(reject, Some(state))
        };
        (task, true)
    }

    fn rejected(&self, reject: Reject, file_state: Option<FileState>) -> Task {
        rejected(self.unit, self.file, reject, file_state, self.shard)
    }
}

/// Cuts the files of the units to build into batches of tasks, reading JSONL files as it goes.
pub(super) struct Batcher<'a> {
    files: &'a [InputFile],
    /// (unit index, file index) in output order.
    todo: std::vec::IntoIter<(usize, usize)>,
    shard: Option<(u64, u64)>,
    max_file_bytes: u64,
    open: Option<OpenJsonl>,
}

impl<'a> Batcher<'a> {
    pub(super) fn new(
        files: &'a [InputFile],
        todo: Vec<(usize, usize)>,
        p: &Pipeline,
    ) -> Batcher<'a> {
        Batcher {
            files,
            todo: todo.into_iter(),
            shard: p.shard,
            max_file_bytes: p.max_file_bytes,
            open: None,
        }
    }

    pub(super) fn next_batch(&mut self) -> Option<Vec<Task>> {
        let mut batch = Vec::new();
        let mut bytes = 0u64;
        // Bytes of the loose files in the batch's last task.
        let mut in_task = 0u64;
        while bytes < BATCH_BYTES {
            if let Some(open) = &mut self.open {
                let f = &self.files[open.file];
                let (task, done) = open.next_chunk(f, self.max_file_bytes);
                if let Task::Lines { lines, .. } = &task {
                    bytes += lines.data.len() as u64;
                }
                batch.push(task);
                if done {
                    self.open = None;
                }
                continue;
            }
            let Some((unit, file)) = self.todo.next() else {
                break;
            };
            if file == CARRY {
                batch.push(Task::Carried { unit });
                continue;
            }
            let f = &self.files[file];
            if !f.is_jsonl() {
                bytes += f.size;
                // Added to the task before it when that is of the same unit and small.
                match batch.last_mut() {
                    Some(Task::Files { unit: u, files: fs })
                        if *u == unit
                            && fs.len() < FILES_PER_TASK
                            && in_task + f.size <= FILES_TASK_BYTES =>
                    {
                        fs.push(file);
                        in_task += f.size;
                    }
                    _ => {
                        batch.push(Task::Files {
                            unit,
                            files: vec![file],
                        });
                        in_task = f.size;
                    }
                }
                continue;
            }
            match ingest::open_regular(&f.path) {
                Ok(h) => {
                    self.open = Some(OpenJsonl {
                        unit,
                        file,
                        reader: BufReader::with_capacity(256 << 10, h),
                        hash: Xxh3::new(),
                        line: 0,
                        records: false,
                        failed: None,
                        shard: self.shard,
                    })
                }
                Err(e) => {
                    let reject = Reject {
                        path: f.path.display().to_string(),
                        reason: "unreadable".into(),
                        detail: e.to_string(),
                    };
                    batch.push(rejected(unit, file, reject, None, self.shard));
                }
            }
        }
        (!batch.is_empty()).then_some(batch)
    }
}
