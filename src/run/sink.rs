//! The ordered sink: writes rows unit by unit, in input order, with counts and state.

use super::ids::IdSet;
use super::pool::release_free_memory;
use super::progress::Progress;
use super::state::{FileState, StateWriter, UnitState};
use super::tasks::{Item, TaskOut};
use super::units::Unit;
use super::Counts;
use crate::ingest::rel_path;
use crate::ingest::InputFile;
use crate::model::{DocumentRow, Fact, Reject};
use crate::pipeline::Pipeline;
use crate::write::{Layout, Rows, TableWriter};
use std::collections::BTreeMap;
use std::path::PathBuf;
use xxhash_rust::xxh3::xxh3_128;

/// Freed memory is handed back to the system after tasks have read this many bytes of input
/// (eight pieces of JSONL lines, or some thousand small files).
pub(super) const TRIM_EVERY_BYTES: u64 = 4 << 20;

/// The tables of one unit (dataset layout) or of the whole run (files layout), each keyed by
/// language partition ("" where there is none).
pub(super) struct Tables {
    pub(super) unit: usize,
    pub(super) facts: BTreeMap<String, TableWriter<Fact>>,
    pub(super) documents: BTreeMap<String, TableWriter<DocumentRow>>,
    pub(super) rejects: BTreeMap<String, TableWriter<Reject>>,
}

/// Adds one to a count, allocating the key only the first time.
pub(super) fn bump(counts: &mut BTreeMap<String, u64>, key: &str) {
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
pub(super) fn writer<'t, R: Rows>(
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

/// Why the writer stopped.
#[derive(Debug)]
pub(super) enum Step {
    /// A carried unit would differ from a fresh run's: rebuild from this unit on.
    Rebuild(usize),
    Failed(String),
}

impl From<String> for Step {
    fn from(e: String) -> Step {
        Step::Failed(e)
    }
}

/// Writes rows as they come, unit by unit, in order; keeps counts and the state file.
pub(super) struct Writer<'a> {
    pub(super) p: &'a Pipeline,
    pub(super) files: &'a [InputFile],
    pub(super) units: &'a [Unit],
    pub(super) tables: Option<Tables>,
    pub(super) unit_state: Option<UnitState>,
    /// Hashes of the document ids read so far (carried-over units included): 64 bits, so
    /// that memory stays small; among ten million ids, two share a hash with a chance of
    /// about three in a million, and the second would be rejected as a duplicate.
    pub(super) seen: IdSet,
    pub(super) state: StateWriter,
    pub(super) extracted: u64,
    /// Documents whose rows the earlier run wrote (see [`super::reuse`]).
    pub(super) reused: u64,
    /// Input bytes of the tasks written since freed memory was last handed back.
    pub(super) untrimmed: u64,
    pub(super) progress: Progress,
    /// The earlier run's state of each unit that may be carried over (by unit index).
    pub(super) carried: Vec<Option<UnitState>>,
    /// Temp files written, with their final names.
    pub(super) renames: Vec<(PathBuf, PathBuf)>,
    /// The file the last rows came from (pieces of a JSONL file come one after another).
    pub(super) last_file: Option<usize>,
}

impl Writer<'_> {
    pub(super) fn open(&mut self, unit: usize) -> Result<(), String> {
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
            dups: vec![],
            discovery_rejects: 0,
            counts: Counts::default(),
        });
        Ok(())
    }

    pub(super) fn close(&mut self) -> Result<(), String> {
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
        st.parts = parts
            .iter()
            .map(|(_, p)| rel_path(&self.p.output, p))
            .collect();
        self.renames.extend(parts);
        self.state.add(&st)
    }

    pub(super) fn reject(&mut self, r: Reject) -> Result<(), String> {
        let st = self.unit_state.as_mut().expect("open unit");
        st.counts.rejects += 1;
        bump(&mut st.counts.rejects_by_reason, &r.reason);
        let t = self.tables.as_mut().expect("open unit");
        writer(self.p, &mut t.rejects, "rejects", "", &st.key)?.push(r)
    }

    pub(super) fn doc(&mut self, row: DocumentRow, facts: Vec<Fact>) -> Result<(), String> {
        let id = xxh3_128(row.doc_id.as_bytes());
        if !self.seen.insert(id as u64) {
            let st = self.unit_state.as_mut().expect("open unit");
            // Only a duplicate of an earlier unit's id ties this unit to that one.
            if self.p.layout == Layout::Dataset && !st.ids.contains(&id) {
                st.dups.push(id);
            }
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

    /// Carries a unit of the earlier run over, as it is, when its documents are still what
    /// a fresh run would keep: none of its ids is taken by an earlier unit, and each id it
    /// rejected as a duplicate still is. Otherwise the run must start again with this unit
    /// rebuilt.
    fn carry(&mut self, unit: usize) -> Result<(), Step> {
        let st = self.carried[unit].take().expect("a carried unit's state");
        let fresh = st.ids.iter().all(|&id| !self.seen.contains(id as u64))
            && st.dups.iter().all(|&id| self.seen.contains(id as u64));
        if !fresh {
            return Err(Step::Rebuild(unit));
        }
        for &id in &st.ids {
            self.seen.insert(id as u64);
        }
        self.state.add(&st).map_err(Step::Failed)
    }

    pub(super) fn take(&mut self, out: TaskOut) -> Result<(), Step> {
        if out.carried {
            self.close().map_err(Step::Failed)?;
            return self.carry(out.unit);
        }
        self.take_rows(out).map_err(Step::Failed)
    }

    fn take_rows(&mut self, out: TaskOut) -> Result<(), String> {
        if self.tables.as_ref().is_none_or(|t| t.unit != out.unit) {
            self.close()?;
            self.open(out.unit)?;
        }
        let f = &self.files[out.file];
        let st = self.unit_state.as_mut().expect("open unit");
        let (mut files, mut bytes, mut facts) = (0, 0, 0);
        if self.last_file != Some(out.file) {
            self.last_file = Some(out.file);
            // Its hash comes with the file's (last) piece, if it was read.
            st.files.push(FileState::of(f, None));
            st.counts.files += 1;
            st.counts.bytes += f.size;
            files += 1;
            bytes += f.size;
        }
        if let (Some(state), Some(last)) = (out.file_state, st.files.last_mut()) {
            *last = state;
        }
        if out.reused {
            self.reused += out.items.len() as u64;
        } else {
            self.extracted += bytes;
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
        self.progress.tick(files, bytes, facts);
        self.untrimmed += out.input_bytes;
        if self.untrimmed >= TRIM_EVERY_BYTES {
            self.untrimmed = 0;
            release_free_memory();
        }
        Ok(())
    }
}
