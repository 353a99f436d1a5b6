//! Documents carried over one by one: when a unit of a dataset must be rebuilt (one of its
//! files changed, or a file was added to it), each of its files whose bytes the earlier run
//! read too takes its rows from the earlier run's parts instead of being extracted again.
//!
//! A file's rows depend on its bytes, its path and id, and the pipeline (the state file's
//! fingerprint); so a file whose path and xxh3-128 are those of a file of the earlier run,
//! under the same fingerprint, has the rows that run wrote for it. The rows are looked up by
//! path (the document row) and by document id (its facts, consecutive in a part). Where the
//! earlier run wrote no document row for the file (it was refused, or was a duplicate) the
//! file is extracted again. Only loose files are reused: a JSONL file is a unit by itself.
//!
//! An earlier unit's parts are read whole (a unit is at most 16 MB of input), once, when the
//! first of its files is asked for; the last few read are kept.

use super::state::UnitState;
use super::tasks::Item;
use crate::claims::tables::{Row, TableRows};
use crate::ingest::InputFile;
use crate::lexicon::Lexicons;
use crate::model::{DocumentRow, Fact};
use crate::write::Rows;
use serde::de::{DeserializeOwned, IntoDeserializer};
use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// Earlier units read and kept at once.
const KEPT: usize = 3;

/// A table's columns as the writer writes them (with `lang`, as in the files layout): the
/// rows below are read back by their positions in it.
fn columns<R: Rows>() -> Vec<String> {
    R::frame(&[], true)
        .map(|df| {
            df.get_column_names()
                .iter()
                .map(|c| c.to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The rows one earlier unit wrote: document rows by path, facts by document id.
#[derive(Default)]
struct UnitRows {
    docs: HashMap<String, DocumentRow>,
    facts: HashMap<Arc<str>, Vec<Fact>>,
}

type Loaded = Arc<OnceLock<Option<Mutex<UnitRows>>>>;

/// The earlier run's units that are not carried over whole, and their files.
pub(super) struct Donors {
    out: PathBuf,
    units: Vec<UnitState>,
    /// A file's key ([`file_key`]) → the earlier unit and the file's place in its files:
    /// a few bytes a file, for archives of millions.
    files: HashMap<u128, (u32, u32)>,
    kept: Mutex<VecDeque<(usize, Loaded)>>,
}

impl Donors {
    /// No reuse (the files layout, or no earlier run).
    pub(super) fn none() -> Donors {
        Donors::new(Path::new(""), Vec::new())
    }

    pub(super) fn new(out: &Path, units: Vec<UnitState>) -> Donors {
        let mut files = HashMap::new();
        for (i, u) in units.iter().enumerate() {
            for (k, f) in u.files.iter().enumerate() {
                if let Ok(h) = u128::from_str_radix(&f.hash, 16) {
                    files.insert(file_key(&f.rel, h), (i as u32, k as u32));
                }
            }
        }
        Donors {
            out: out.to_path_buf(),
            units,
            files,
            kept: Mutex::new(VecDeque::new()),
        }
    }

    /// The rows the earlier run wrote for `f`, whose bytes hash to `hash`, if it read it.
    pub(super) fn document(&self, f: &InputFile, hash: u128) -> Option<Item> {
        if self.files.is_empty() {
            return None;
        }
        let &(unit, k) = self.files.get(&file_key(&f.rel, hash))?;
        let (unit, old) = (unit as usize, &self.units[unit as usize].files[k as usize]);
        if old.rel != f.rel || u128::from_str_radix(&old.hash, 16) != Ok(hash) {
            return None;
        }
        let loaded = self.loaded(unit);
        let rows = loaded
            .get_or_init(|| {
                read_unit(&self.out, &self.units[unit].parts)
                    .ok()
                    .map(Mutex::new)
            })
            .as_ref()?;
        let mut rows = rows.lock().unwrap_or_else(|e| e.into_inner());
        // Each file is asked for once: its rows are handed over, not copied.
        let path = f.path.display().to_string();
        let row = rows.docs.remove(&path).filter(|r| r.doc_id == f.doc_id())?;
        let facts = rows.facts.remove(row.doc_id.as_str()).unwrap_or_default();
        (facts.len() as u64 == row.n_facts).then_some(Item::Doc { row, facts })
    }

    /// The rows of earlier unit `unit`, read or being read; the oldest kept is let go.
    fn loaded(&self, unit: usize) -> Loaded {
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, l)) = kept.iter().find(|(u, _)| *u == unit) {
            return l.clone();
        }
        let l = Loaded::default();
        kept.push_back((unit, l.clone()));
        if kept.len() > KEPT {
            kept.pop_front();
        }
        l
    }
}

/// What names a file's version: its relative path and the xxh3-128 of its bytes.
fn file_key(rel: &str, hash: u128) -> u128 {
    xxhash_rust::xxh3::xxh3_128(rel.as_bytes()) ^ hash
}

/// The partition a part lies in (`lang=sv`), if any.
fn partition(part: &str) -> Option<&str> {
    part.split('/').find_map(|c| c.strip_prefix("lang="))
}

/// Reads an earlier unit's document and fact parts: Parquet where it wrote both formats.
fn read_unit(out: &Path, parts: &[String]) -> Result<UnitRows, String> {
    let parquet = parts.iter().any(|p| p.ends_with(".parquet"));
    let ext = if parquet { ".parquet" } else { ".csv" };
    let (doc_columns, fact_columns) = (columns::<DocumentRow>(), columns::<Fact>());
    let doc_columns: Vec<&str> = doc_columns.iter().map(String::as_str).collect();
    let fact_columns: Vec<&str> = fact_columns.iter().map(String::as_str).collect();
    let mut rows = UnitRows::default();
    for part in parts.iter().filter(|p| p.ends_with(ext)) {
        let lang = partition(part);
        let files = [out.join(part)];
        if part.starts_with("documents/") {
            for r in TableRows::new(&files, parquet, &doc_columns) {
                let d = document_row(&r?, lang).ok_or("a document row out of shape")?;
                rows.docs.insert(d.path.clone(), d);
            }
        } else if part.starts_with("facts/") {
            let mut last: Option<Arc<str>> = None;
            for r in TableRows::new(&files, parquet, &fact_columns) {
                let r = r?;
                let id: Arc<str> = match (&last, r[0].as_deref()) {
                    (Some(l), Some(id)) if &**l == id => l.clone(),
                    (_, Some(id)) => id.into(),
                    _ => return Err("a fact row without doc_id".into()),
                };
                last = Some(id.clone());
                let f = fact(&r, id.clone(), lang).ok_or("a fact row out of shape")?;
                rows.facts.entry(id).or_default().push(f);
            }
        }
    }
    Ok(rows)
}

fn text(r: &Row, i: usize) -> String {
    r[i].clone().unwrap_or_default()
}

fn number<T: std::str::FromStr>(r: &Row, i: usize) -> Option<T> {
    r[i].as_deref()?.parse().ok()
}

fn named<T: DeserializeOwned>(s: &str) -> Option<T> {
    T::deserialize(IntoDeserializer::<serde::de::value::Error>::into_deserializer(s)).ok()
}

fn date(r: &Row, i: usize) -> Option<Option<crate::model::Date>> {
    match r[i].as_deref() {
        None => Some(None),
        Some(s) => crate::clean::parse_iso_date(s).map(Some),
    }
}

/// The language code as the lexicons hold it (facts carry a static one).
fn static_lang(code: &str) -> Option<&'static str> {
    let all = Lexicons::embedded();
    all.index(code).map(|i| all.langs[i].lang.as_str())
}

fn document_row(r: &Row, partition: Option<&str>) -> Option<DocumentRow> {
    Some(DocumentRow {
        doc_id: text(r, 0),
        path: text(r, 1),
        content_hash: text(r, 2),
        bytes: number(r, 3)?,
        chars: number(r, 4)?,
        encoding: text(r, 5),
        lang: partition.map_or_else(|| text(r, 6), str::to_string),
        title: r[7].clone(),
        date: date(r, 8)?,
        n_facts: number(r, 9)?,
    })
}

fn fact(r: &Row, doc_id: Arc<str>, partition: Option<&str>) -> Option<Fact> {
    let arc = |i: usize| r[i].as_deref().map(Arc::<str>::from);
    Some(Fact {
        doc_id,
        fact_id: text(r, 1),
        start: number(r, 2)?,
        end: number(r, 3)?,
        surface: text(r, 4),
        sentence: r[5].as_deref().unwrap_or_default().into(),
        sentence_start: number(r, 6)?,
        sentence_end: number(r, 7)?,
        // A dataset's parts hold no `lang` column: the partition is the document's language,
        // and the fact's own is not written.
        lang: static_lang(partition.or(r[8].as_deref())?)?,
        kind: named(r[9].as_deref()?)?,
        value_low: number(r, 10)?,
        value_high: number(r, 11)?,
        unit: text(r, 12),
        qualifier: named(r[13].as_deref()?)?,
        measure: named(r[14].as_deref()?)?,
        direction: match r[15].as_deref() {
            None => None,
            Some(d) => Some(named(d)?),
        },
        per: r[16].clone(),
        subject: arc(17),
        concept: r[18].clone(),
        concept_text: r[19].clone(),
        time: r[20].clone(),
        time_start: date(r, 21)?,
        time_end: date(r, 22)?,
        source: arc(23),
    })
}
