//! The claims table: facts about the same thing across documents, one row per
//! (subject, concept, unit), so that differing or changing reports sit side by side.
//!
//! Derived from the facts and documents tables as written (any layout, Parquet or CSV).
//! Concepts meet loosely: a concept's terms are mapped to the term that stands for their
//! group (`[claims] same` in `resources/context.toml`: refining and processing meet) and
//! compared as a set, so word order and inflection do not matter.
//!
//! Memory does not grow with the archive: the tables are read a row group at a time, and
//! each step that needs the rows in another order sorts them with [`spill::Sorter`], which
//! keeps a bounded buffer and spills sorted runs to disk beyond it. The steps:
//! 1. the facts table merged with the documents table, which lists documents in the same
//!    order: each report gets its document's date and title;
//! 2. reports sorted by claim key: each claim's reports are consecutive, and what is said of
//!    the claim (documents, sources, range, latest value) is added up as they pass;
//! 3. claims, and their reports, sorted by the table's order (most documents first) and
//!    written as they come out.

mod key;
mod spill;
pub(crate) mod tables;

pub use key::concept_key;
pub use tables::Sources;

use crate::context::ContextLexicons;
use crate::model::Date;
use crate::write::{Format, Rows, TableWriter};
use key::ClaimKey;
use polars_core::prelude::*;
use spill::{Dec, Enc, Place, Queue, Sorter, Spill, SpillDir, Store};
use std::cmp::{Ordering, Reverse};
use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use tables::TableRows;

/// One report of a quantity: a fact with a subject and a concept, and its document.
struct Report {
    key: ClaimKey,
    concept: String,
    kind: String,
    low: Option<f64>,
    high: Option<f64>,
    qualifier: Option<String>,
    time: Option<String>,
    start: Option<Date>,
    end: Option<Date>,
    source: Option<String>,
    doc: String,
    fact: String,
    surface: Option<String>,
    evidence: Option<String>,
    /// Its document's date and title.
    date: Option<Date>,
    title: Option<String>,
    /// Its row in the facts table: a claim's reports keep this order.
    seq: u64,
}

impl Report {
    /// The period it is for: its time's end, else its document's date.
    fn period(&self) -> Option<Date> {
        self.end.or(self.date)
    }
}

fn len(s: &Option<String>) -> usize {
    s.as_ref().map_or(0, String::len)
}

impl Spill for Report {
    fn put(&self, e: &mut Enc) {
        self.key.put(e);
        for s in [&self.concept, &self.kind, &self.doc, &self.fact] {
            e.str(s);
        }
        for s in [
            &self.qualifier,
            &self.time,
            &self.source,
            &self.surface,
            &self.evidence,
            &self.title,
        ] {
            e.opt(s.as_deref());
        }
        e.f64(self.low);
        e.f64(self.high);
        e.date(self.start);
        e.date(self.end);
        e.date(self.date);
        e.u64(self.seq);
    }

    fn take(d: &mut Dec<'_>) -> io::Result<Self> {
        let key = ClaimKey::take(d)?;
        let (concept, kind, doc, fact) = (d.str()?, d.str()?, d.str()?, d.str()?);
        Ok(Report {
            key,
            concept,
            kind,
            doc,
            fact,
            qualifier: d.opt()?,
            time: d.opt()?,
            source: d.opt()?,
            surface: d.opt()?,
            evidence: d.opt()?,
            title: d.opt()?,
            low: d.f64()?,
            high: d.f64()?,
            start: d.date()?,
            end: d.date()?,
            date: d.date()?,
            seq: d.u64()?,
        })
    }

    fn size(&self) -> usize {
        self.key.size()
            + self.concept.len()
            + self.kind.len()
            + self.doc.len()
            + self.fact.len()
            + len(&self.qualifier)
            + len(&self.time)
            + len(&self.source)
            + len(&self.surface)
            + len(&self.evidence)
            + len(&self.title)
    }
}

/// What the sorts carry of a report: its claim key, what its claim adds up, and where the
/// whole report is in the store.
struct Entry {
    key: ClaimKey,
    seq: u64,
    concept: String,
    kind: String,
    /// xxh3-64 of its document id.
    doc: u64,
    source: Option<String>,
    low: Option<f64>,
    high: Option<f64>,
    period: Option<Date>,
    place: Place,
}

impl Entry {
    fn of(r: &Report, place: Place) -> Entry {
        Entry {
            key: r.key.clone(),
            seq: r.seq,
            concept: r.concept.clone(),
            kind: r.kind.clone(),
            doc: xxhash_rust::xxh3::xxh3_64(r.doc.as_bytes()),
            source: r.source.clone(),
            low: r.low,
            high: r.high,
            period: r.period(),
            place,
        }
    }
}

impl Spill for Entry {
    fn put(&self, e: &mut Enc) {
        self.key.put(e);
        e.str(&self.concept);
        e.str(&self.kind);
        e.opt(self.source.as_deref());
        e.u64(self.seq);
        e.u64(self.doc);
        e.f64(self.low);
        e.f64(self.high);
        e.date(self.period);
        e.u64(self.place.0);
        e.u64(self.place.1 as u64);
    }

    fn take(d: &mut Dec<'_>) -> io::Result<Self> {
        Ok(Entry {
            key: ClaimKey::take(d)?,
            concept: d.str()?,
            kind: d.str()?,
            source: d.opt()?,
            seq: d.u64()?,
            doc: d.u64()?,
            low: d.f64()?,
            high: d.f64()?,
            period: d.date()?,
            place: Place(d.u64()?, d.u64()? as u32),
        })
    }

    fn size(&self) -> usize {
        self.key.size() + self.concept.len() + self.kind.len() + len(&self.source)
    }
}

/// A row of the documents table: its date and title.
struct Doc {
    id: String,
    date: Option<Date>,
    title: Option<String>,
}

/// At most this many characters of a report's sentence around the fact.
const EVIDENCE_CHARS: usize = 200;

/// A short excerpt of `sentence` around `surface`: the window the facts table cuts its
/// sentences to, narrower, with an ellipsis where it was cut.
fn evidence(sentence: &str, surface: &str) -> String {
    let s = sentence.trim();
    if s.chars().count() <= EVIDENCE_CHARS {
        return s.to_string();
    }
    let at = s.find(surface).unwrap_or(0);
    let cut = crate::normalize::window(s, (0, s.len()), at, at + surface.len(), EVIDENCE_CHARS);
    let off = cut.as_ptr() as usize - s.as_ptr() as usize;
    format!(
        "{}{cut}{}",
        if off > 0 { "…" } else { "" },
        if off + cut.len() < s.len() { "…" } else { "" }
    )
}

fn parse_date(s: Option<String>) -> Option<Date> {
    s.and_then(|s| crate::clean::parse_iso_date(&s))
}

/// The facts table's columns a report is read from, in this order.
const FACT_COLUMNS: [&str; 17] = [
    "doc_id",
    "fact_id",
    "kind",
    "unit",
    "per",
    "measure",
    "value_low",
    "value_high",
    "qualifier",
    "subject",
    "concept",
    "time",
    "time_start",
    "time_end",
    "source",
    "surface",
    "sentence",
];

/// Concept keys computed once per concept; forgotten when this many are kept.
const KEYS_KEPT: usize = 1 << 16;

/// The reports of the facts table (facts with a subject and a concept), each with its
/// document's date and title: whole in a store, and by claim key in a sort.
///
/// The documents table lists documents in the order the facts table holds their facts (the
/// run writes a document's row and then its facts, and both tables' files are read in the
/// same order): the two are merged as they are read, a document row at a time.
fn read_reports(src: &Sources, dir: &SpillDir) -> Result<(Sorter<Entry, ByKey>, Store), String> {
    let cx = ContextLexicons::embedded();
    let mut keys: HashMap<String, String> = HashMap::new();
    let mut out = Sorter::new(dir, by_key as ByKey);
    let mut store = Store::create(dir).map_err(spill_error)?;
    let mut docs = TableRows::new(&src.documents, src.parquet, &["doc_id", "date", "title"]);
    let mut doc: Option<Doc> = None;
    for (seq, row) in TableRows::new(&src.facts, src.parquet, &FACT_COLUMNS).enumerate() {
        let [doc_id, fact, kind, unit, per, measure, low, high, qualifier, subject, concept, time, start, end, source, surface, sentence]: [Option<String>; 17] =
            row?.try_into().expect("one value per column");
        let (Some(subject), Some(concept)) = (subject, concept) else {
            continue;
        };
        let doc_id = doc_id.unwrap_or_default();
        while doc.as_ref().is_none_or(|d| d.id != doc_id) {
            let Some(row) = docs.next() else {
                return Err(format!(
                    "the facts table names document {doc_id:?}, which the documents table does \
                     not list in the same order; build the tables again with `numfacts run --full`"
                ));
            };
            let [id, date, title]: [Option<String>; 3] = row?.try_into().expect("three columns");
            doc = Some(Doc {
                id: id.unwrap_or_default(),
                date: parse_date(date),
                title,
            });
        }
        let d = doc.as_ref().expect("found above");
        if keys.len() >= KEYS_KEPT {
            keys.clear();
        }
        let concept_key = keys
            .entry(concept.clone())
            .or_insert_with(|| concept_key(cx, &concept))
            .clone();
        let report = Report {
            key: ClaimKey {
                subject,
                concept_key,
                unit: unit.unwrap_or_default(),
                per,
                measure: measure.unwrap_or_else(|| "level".into()),
            },
            concept,
            kind: kind.unwrap_or_default(),
            low: low.and_then(|v| v.parse().ok()),
            high: high.and_then(|v| v.parse().ok()),
            qualifier,
            time,
            start: parse_date(start),
            end: parse_date(end),
            source,
            evidence: sentence.map(|s| evidence(&s, surface.as_deref().unwrap_or(""))),
            surface,
            fact: fact.unwrap_or_default(),
            doc: doc_id,
            date: d.date,
            title: d.title.clone(),
            seq: seq as u64,
        };
        let place = store.put(&report).map_err(spill_error)?;
        out.push(Entry::of(&report, place)).map_err(spill_error)?;
    }
    Ok((out, store))
}

type ByKey = fn(&Entry, &Entry) -> Ordering;
fn by_key(a: &Entry, b: &Entry) -> Ordering {
    (&a.key, a.seq).cmp(&(&b.key, b.seq))
}
fn by_rank(a: &Claim, b: &Claim) -> Ordering {
    a.rank().cmp(&b.rank())
}
fn by_claim(a: &Ranked, b: &Ranked) -> Ordering {
    (a.rank(), a.entry.seq).cmp(&(b.rank(), b.entry.seq))
}

fn spill_error(e: io::Error) -> String {
    format!("could not build the claims table: {e}")
}

/// A claim: a key, and what its reports say.
struct Claim {
    id: String,
    key: ClaimKey,
    /// Its first report's concept as written, and kind.
    concept: String,
    kind: String,
    n_reports: i64,
    n_docs: i64,
    sources: Vec<String>,
    min: Option<f64>,
    max: Option<f64>,
    /// Of the latest period, the last reported; never a prior period's figure.
    latest: Option<f64>,
    latest_period: Option<Date>,
    /// Its first report's row: of claims otherwise equal in the table's order, the one
    /// reported first comes first.
    first: u64,
}

type Rank<'a> = (Reverse<i64>, Reverse<i64>, &'a str, &'a str, &'a str, u64);

/// A claim's place in the table's order: most documents first, then most reports, then by
/// key; of claims equal so far, the one reported first.
fn rank(k: &ClaimKey, n_docs: i64, n_reports: i64, first: u64) -> Rank<'_> {
    (
        Reverse(n_docs),
        Reverse(n_reports),
        k.subject.as_str(),
        k.concept_key.as_str(),
        k.unit.as_str(),
        first,
    )
}

impl Claim {
    /// The table's order: most documents first, then most reports, then by key.
    fn rank(&self) -> Rank<'_> {
        rank(&self.key, self.n_docs, self.n_reports, self.first)
    }
}

impl Spill for Claim {
    fn put(&self, e: &mut Enc) {
        self.key.put(e);
        e.str(&self.id);
        e.str(&self.concept);
        e.str(&self.kind);
        e.i64(self.n_reports);
        e.i64(self.n_docs);
        e.u64(self.sources.len() as u64);
        for s in &self.sources {
            e.str(s);
        }
        e.f64(self.min);
        e.f64(self.max);
        e.f64(self.latest);
        e.date(self.latest_period);
        e.u64(self.first);
    }

    fn take(d: &mut Dec<'_>) -> io::Result<Self> {
        Ok(Claim {
            key: ClaimKey::take(d)?,
            id: d.str()?,
            concept: d.str()?,
            kind: d.str()?,
            n_reports: d.i64()?,
            n_docs: d.i64()?,
            sources: (0..d.u64()?).map(|_| d.str()).collect::<io::Result<_>>()?,
            min: d.f64()?,
            max: d.f64()?,
            latest: d.f64()?,
            latest_period: d.date()?,
            first: d.u64()?,
        })
    }

    fn size(&self) -> usize {
        self.key.size()
            + self.id.len()
            + self.concept.len()
            + self.kind.len()
            + self.sources.iter().map(|s| s.len() + 24).sum::<usize>()
    }
}

/// A claim being added up from its reports, which come in the facts table's order.
struct Tally {
    claim: Claim,
    /// The document of the last report: a document's facts are consecutive in the facts
    /// table (the run writes them together, and an id is read once), so each change of
    /// document is one more.
    last_doc: Option<u64>,
    /// The (period, row) of the latest report so far.
    latest_at: Option<(Option<Date>, u64)>,
}

impl Tally {
    fn new(r: &Entry) -> Tally {
        Tally {
            claim: Claim {
                id: r.key.id(),
                key: r.key.clone(),
                concept: r.concept.clone(),
                kind: r.kind.clone(),
                n_reports: 0,
                n_docs: 0,
                sources: Vec::new(),
                min: None,
                max: None,
                latest: None,
                latest_period: None,
                first: r.seq,
            },
            last_doc: None,
            latest_at: None,
        }
    }

    fn add(&mut self, r: &Entry) {
        let c = &mut self.claim;
        c.n_reports += 1;
        if self.last_doc != Some(r.doc) {
            self.last_doc = Some(r.doc);
            c.n_docs += 1;
        }
        if let Some(s) = &r.source {
            if !c.sources.contains(s) {
                c.sources.push(s.clone());
            }
        }
        if let Some(v) = r.low {
            c.min = Some(c.min.map_or(v, |m| m.min(v)));
        }
        if let Some(v) = r.high {
            c.max = Some(c.max.map_or(v, |m| m.max(v)));
        }
        let period = r.period;
        if r.key.measure != "prior" && self.latest_at.is_none_or(|at| (period, r.seq) >= at) {
            self.latest_at = Some((period, r.seq));
            c.latest = r.low;
        }
        c.latest_period = c.latest_period.max(period);
    }
}

/// A report's entry with its claim's place in the table's order.
struct Ranked {
    entry: Entry,
    claim: String,
    n_docs: i64,
    n_reports: i64,
    first: u64,
}

impl Ranked {
    fn rank(&self) -> Rank<'_> {
        rank(&self.entry.key, self.n_docs, self.n_reports, self.first)
    }
}

impl Spill for Ranked {
    fn put(&self, e: &mut Enc) {
        self.entry.put(e);
        e.str(&self.claim);
        e.i64(self.n_docs);
        e.i64(self.n_reports);
        e.u64(self.first);
    }
    fn take(d: &mut Dec<'_>) -> io::Result<Self> {
        Ok(Ranked {
            entry: Entry::take(d)?,
            claim: d.str()?,
            n_docs: d.i64()?,
            n_reports: d.i64()?,
            first: d.u64()?,
        })
    }
    fn size(&self) -> usize {
        self.entry.size() + self.claim.len()
    }
}

/// A row of the claim_reports table: a report and its claim.
struct ReportRow {
    claim: String,
    report: Report,
}

impl Rows for Claim {
    fn frame(rows: &[Self], _: bool) -> PolarsResult<DataFrame> {
        use crate::write::{cat_col, col, date_col};
        let c = || rows.iter();
        DataFrame::new(
            rows.len(),
            vec![
                col("claim_id", c().map(|c| c.id.as_str())),
                col("subject", c().map(|c| c.key.subject.as_str())),
                col("concept", c().map(|c| c.concept.as_str())),
                col("concept_key", c().map(|c| c.key.concept_key.as_str())),
                cat_col("unit", c().map(|c| c.key.unit.as_str()))?,
                cat_col("per", c().map(|c| c.key.per.as_deref()))?,
                cat_col("measure", c().map(|c| c.key.measure.as_str()))?,
                cat_col("kind", c().map(|c| c.kind.as_str()))?,
                col("n_reports", c().map(|c| c.n_reports)),
                col("n_docs", c().map(|c| c.n_docs)),
                col("n_sources", c().map(|c| c.sources.len() as i64)),
                col("value_min", c().map(|c| c.min)),
                col("value_max", c().map(|c| c.max)),
                col("latest_value", c().map(|c| c.latest)),
                date_col("latest_period", c().map(|c| c.latest_period))?,
                col(
                    "sources",
                    c().map(|c| (!c.sources.is_empty()).then(|| c.sources.join("; "))),
                ),
            ],
        )
    }
    fn size(&self) -> usize {
        Spill::size(self)
    }
}

impl Rows for ReportRow {
    fn frame(rows: &[Self], _: bool) -> PolarsResult<DataFrame> {
        use crate::write::{cat_col, col, date_col};
        let r = || rows.iter().map(|r| &r.report);
        DataFrame::new(
            rows.len(),
            vec![
                col("claim_id", rows.iter().map(|r| r.claim.as_str())),
                col("subject", r().map(|r| r.key.subject.as_str())),
                col("concept", r().map(|r| r.concept.as_str())),
                col("concept_key", r().map(|r| r.key.concept_key.as_str())),
                col("doc_id", r().map(|r| r.doc.as_str())),
                col("fact_id", r().map(|r| r.fact.as_str())),
                date_col("date", r().map(|r| r.date))?,
                col("title", r().map(|r| r.title.as_deref())),
                col("surface", r().map(|r| r.surface.as_deref())),
                col("evidence", r().map(|r| r.evidence.as_deref())),
                col("value_low", r().map(|r| r.low)),
                col("value_high", r().map(|r| r.high)),
                cat_col("unit", r().map(|r| r.key.unit.as_str()))?,
                cat_col("per", r().map(|r| r.key.per.as_deref()))?,
                cat_col("qualifier", r().map(|r| r.qualifier.as_deref()))?,
                cat_col("measure", r().map(|r| r.key.measure.as_str()))?,
                col("time", r().map(|r| r.time.as_deref())),
                date_col("time_start", r().map(|r| r.start))?,
                date_col("time_end", r().map(|r| r.end))?,
                date_col("period", r().map(|r| r.period()))?,
                col("source", r().map(|r| r.source.as_deref())),
            ],
        )
    }
    fn size(&self) -> usize {
        self.report.size() + self.claim.len()
    }
}

/// Builds the claims and claim_reports tables from `src` and writes `claims.<ext>` and
/// `claim_reports.<ext>` for each format into `out`, under temp names. Returns the number
/// of claims, and each temp file with its final name.
pub fn write(
    src: &Sources,
    out: &Path,
    formats: &[Format],
) -> Result<(u64, Vec<(PathBuf, PathBuf)>), String> {
    write_within(src, out, formats, spill::BUDGET)
}

/// [`write`], each sort keeping at most `budget` bytes of rows in memory.
fn write_within(
    src: &Sources,
    out: &Path,
    formats: &[Format],
    budget: usize,
) -> Result<(u64, Vec<(PathBuf, PathBuf)>), String> {
    let dir = SpillDir::create(spill::dir_for(out), budget).map_err(spill_error)?;

    // 1. The reports, each with its document's date and title, by claim key.
    let (keyed, mut store) = read_reports(src, &dir)?;

    // 2. Each claim added up from its reports, which are kept aside until it is known where
    // the claim stands in the table's order.
    let mut claims = Sorter::new(&dir, by_rank);
    let mut ranked = Sorter::new(&dir, by_claim);
    let mut held: Queue<Entry> = Queue::new(&dir);
    let mut tally: Option<Tally> = None;
    let mut close = |t: Tally, held: &mut Queue<Entry>| -> io::Result<()> {
        let c = t.claim;
        held.drain(|entry| {
            ranked.push(Ranked {
                entry,
                claim: c.id.clone(),
                n_docs: c.n_docs,
                n_reports: c.n_reports,
                first: c.first,
            })
        })?;
        claims.push(c)
    };
    for r in keyed.sorted().map_err(spill_error)? {
        let r = r.map_err(spill_error)?;
        if tally.as_ref().is_some_and(|t| t.claim.key != r.key) {
            close(tally.take().expect("checked"), &mut held).map_err(spill_error)?;
        }
        tally.get_or_insert_with(|| Tally::new(&r)).add(&r);
        held.push(r).map_err(spill_error)?;
    }
    if let Some(t) = tally {
        close(t, &mut held).map_err(spill_error)?;
    }

    // 3. Both tables in the table's order.
    let mut n = 0;
    let mut table = TableWriter::<Claim>::create(&out.join("claims"), formats, false)?;
    for c in claims.sorted().map_err(spill_error)? {
        table.push(c.map_err(spill_error)?)?;
        n += 1;
    }
    let mut renames = table.finish()?;
    let mut flat = TableWriter::<ReportRow>::create(&out.join("claim_reports"), formats, false)?;
    for r in ranked.sorted().map_err(spill_error)? {
        let r = r.map_err(spill_error)?;
        let report = store.get(r.entry.place).map_err(spill_error)?;
        flat.push(ReportRow {
            claim: r.claim,
            report,
        })?;
    }
    renames.extend(flat.finish()?);
    Ok((n, renames))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Claims built with run files on disk are the claims built in memory, byte for byte.
    #[test]
    fn spilling_changes_nothing() {
        let base = std::env::temp_dir().join(format!("numfacts-claims-{}", std::process::id()));
        let input = base.join("in");
        std::fs::create_dir_all(&input).unwrap();
        let mut facts = String::from(
            "doc_id,fact_id,kind,unit,per,measure,value_low,value_high,qualifier,subject,concept,time,time_start,time_end,source,surface,sentence\n",
        );
        let mut docs = String::from("doc_id,date,title\n");
        for d in 0..120 {
            // Documents out of id order: the tables' order is the run's.
            let id = format!("doc{:03}", (d * 37) % 120);
            docs += &format!("{id},2024-0{}-1{},Title {d}\n", 1 + d % 9, d % 10);
            for f in 0..12 {
                let (subject, concept) = [
                    ("China", "rare earth mining share"),
                    ("China", "rare earth processing share"),
                    ("Chile", "lithium production"),
                    ("", "copper price"),
                ][(d + f) % 4];
                let measure = ["level", "change", "prior"][f % 3];
                let source = ["IEA", "", "USGS"][(d * f) % 3];
                facts += &format!(
                    "{id},{id}-{f},percent,%,,{measure},{v},{v},,{subject},{concept},2023,2023-01-01,2023-12-31,{source},{v}%,\"It held {v}% of it, said {source}.\"\n",
                    v = (d * 13 + f * 7) % 97,
                );
            }
        }
        std::fs::write(input.join("facts.csv"), facts).unwrap();
        std::fs::write(input.join("documents.csv"), docs).unwrap();
        let src = Sources {
            facts: vec![input.join("facts.csv")],
            documents: vec![input.join("documents.csv")],
            parquet: false,
        };
        let mut tables = Vec::new();
        for budget in [200, 1 << 30] {
            let out = base.join(budget.to_string());
            std::fs::create_dir_all(&out).unwrap();
            let (n, files) = write_within(&src, &out, &[Format::Csv], budget).unwrap();
            assert!(n > 4);
            let read: Vec<String> = files
                .iter()
                .map(|(tmp, _)| std::fs::read_to_string(tmp).unwrap())
                .collect();
            let left = std::fs::read_dir(out.join(crate::run::STATE_DIR))
                .into_iter()
                .flatten()
                .count();
            assert_eq!(left, 0, "the run files are removed");
            tables.push(read);
        }
        assert_eq!(tables[0], tables[1]);
        let reports = &tables[1][1];
        assert_eq!(reports.lines().count(), 1 + 120 * 9, "facts with a subject");
        assert!(
            reports.contains(",doc005,doc005-0,2024-03-15,Title 65,"),
            "each report has its document's date and title"
        );
        // A fact whose document the documents table does not list: an error, not a guess.
        std::fs::write(input.join("documents.csv"), "doc_id,date,title\n").unwrap();
        let e = write_within(&src, &base.join("x"), &[Format::Csv], 200).unwrap_err();
        assert!(e.contains("does not list"), "{e}");
        let _ = std::fs::remove_dir_all(&base);
    }

    #[test]
    fn concept_keys_meet_across_phrasings() {
        let cx = ContextLexicons::embedded();
        assert_eq!(
            concept_key(cx, "rare earth refining share"),
            concept_key(cx, "rare earth processing share")
        );
        assert_eq!(
            concept_key(cx, "rare earth magnet exports to United States"),
            concept_key(cx, "rare earth permanent magnet exports to United States")
        );
        assert_ne!(
            concept_key(cx, "rare earth mining share"),
            concept_key(cx, "rare earth processing share")
        );
        // A form of a material keeps it: two claims, not one.
        assert_ne!(
            concept_key(cx, "nickel concentrate production"),
            concept_key(cx, "cobalt concentrate production")
        );
        // Words as written beside the terms narrow the phrase, not the quantity; a flow's
        // party stays.
        assert_eq!(
            concept_key(cx, "benchmark copper price"),
            concept_key(cx, "copper price")
        );
        assert_ne!(
            concept_key(cx, "magnet exports to Germany"),
            concept_key(cx, "magnet exports to United States")
        );
        assert_eq!(concept_key(cx, "average fare"), "average fare");
    }
}
