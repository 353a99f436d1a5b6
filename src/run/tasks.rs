//! Tasks: the pieces of work a worker runs, and the reader that cuts them.

use super::state::{file_hash, FileState};
use super::units::in_shard;
use crate::decode;
use crate::ingest::{self, Content, InputFile, RawDoc};
use crate::model::{DocumentRow, Fact, Reject};
use crate::pipeline::{process_document, Pipeline};
use sha2::{Digest, Sha256};
use std::fs;
use std::sync::Arc;

/// Bytes of input read ahead at a time.
pub(super) const BATCH_BYTES: u64 = 8 << 20;
/// Bytes of JSONL lines per task.
pub(super) const CHUNK_BYTES: usize = 512 << 10;

/// A piece of work for one worker.
pub(super) enum Task {
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

pub(super) enum Item {
    Doc { row: DocumentRow, facts: Vec<Fact> },
    Reject(Reject),
}

pub(super) struct TaskOut {
    pub(super) unit: usize,
    pub(super) file: usize,
    /// Set when the task is the whole file, or its first piece.
    pub(super) file_state: Option<FileState>,
    pub(super) items: Vec<Item>,
}

pub(super) fn document(raw: RawDoc, p: &Pipeline) -> Item {
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

pub(super) fn run_task(task: &Task, files: &[InputFile], p: &Pipeline) -> TaskOut {
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
pub(super) struct Batcher<'a> {
    pub(super) files: &'a [InputFile],
    /// (unit index, file index) in output order.
    pub(super) todo: std::vec::IntoIter<(usize, usize)>,
    pub(super) shard: Option<(u64, u64)>,
}

impl Batcher<'_> {
    pub(super) fn next_batch(&mut self) -> Option<Vec<Task>> {
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
    pub(super) fn rejected(
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
