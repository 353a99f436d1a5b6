//! The claims table: facts about the same thing across documents, one row per
//! (subject, concept, unit), so that differing or changing reports sit side by side.
//!
//! Derived with polars from the facts and documents tables as written (any layout, Parquet
//! or CSV). Concepts meet loosely: a concept's terms are mapped to the term that stands for
//! their group (`[claims] same` in `resources/context.toml`: refining and processing meet)
//! and compared as a set, so word order and inflection do not matter.

use crate::context::ContextLexicons;
use crate::model::Date;
use crate::write::{Format, Layout};
use polars_core::prelude::*;
use polars_io::prelude::*;
use std::collections::HashMap;
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

/// The claims key of a concept: its terms, each as its group's term, sorted, and the other
/// party of a flow ("to United States") as written. Other words are kept only in a concept
/// whose terms are at most modifiers ("average fare"): beside a head term they narrow a
/// phrase as written ("benchmark copper price"), not the quantity. Beside a product, its material is left out.
pub fn concept_key(cx: &ContextLexicons, concept: &str) -> String {
    let all: Vec<&str> = concept.split_whitespace().collect();
    // The flow's party follows the concept's "to"/"from" (see `context::concept::render`).
    let party = all
        .iter()
        .rposition(|w| matches!(*w, "to" | "from"))
        .unwrap_or(all.len());
    let words = &all[..party];
    let terms = cx.terms_longest_first();
    let mut out: Vec<String> = Vec::new();
    let mut plain: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let hit = terms.iter().find(|t| {
            let n = t.split_whitespace().count();
            i + n <= words.len() && words[i..i + n].join(" ") == ***t
        });
        match hit {
            Some(t) => {
                out.push(cx.claim_term(t).to_string());
                i += t.split_whitespace().count();
            }
            None => {
                plain.push(words[i].to_string());
                i += 1;
            }
        }
    }
    // Only a modifier ("average fare"): the words as written are what is measured.
    if out.iter().all(|w| {
        cx.role(w)
            .is_none_or(|r| r == crate::context::Role::Modifier)
    }) {
        out.extend(plain);
    }
    out.extend(all[party..].iter().map(|w| w.to_string()));
    // A product says what its material is: "rare earth magnet" and "magnet" meet; a form of
    // a material does not ("nickel concentrate" and "cobalt concentrate" stay apart).
    if out
        .iter()
        .any(|w| cx.role(w) == Some(crate::context::Role::Product) && !cx.is_form(w))
    {
        out.retain(|w| cx.role(w) != Some(crate::context::Role::Commodity));
    }
    out.sort();
    out.dedup();
    out.join(" ")
}

/// The files of a table in an output folder: `facts.parquet`, or the parts of `facts/`.
fn table_files(out: &Path, layout: Layout, table: &str, f: Format) -> Vec<PathBuf> {
    match layout {
        Layout::Files => {
            let p = out.join(format!("{table}.{}", f.ext()));
            if p.is_file() {
                vec![p]
            } else {
                Vec::new()
            }
        }
        Layout::Dataset => {
            let pattern = out
                .join(table)
                .join("**")
                .join(format!("part-*.{}", f.ext()));
            let mut v: Vec<PathBuf> = glob::glob(&pattern.to_string_lossy())
                .map(|g| g.filter_map(Result::ok).collect())
                .unwrap_or_default();
            v.sort();
            v
        }
    }
}

/// The named columns of a table's files as strings, one map per row.
fn read_rows(
    files: &[PathBuf],
    parquet: bool,
    columns: &[&str],
    mut each: impl FnMut(&dyn Fn(&str) -> Option<String>),
) -> Result<(), String> {
    for path in files {
        let err = |e: &dyn std::fmt::Display| format!("could not read {}: {e}", path.display());
        if parquet {
            let file = File::open(path).map_err(|e| err(&e))?;
            // Only the columns asked for, and of them only those the file has.
            let schema = ParquetReader::new(File::open(path).map_err(|e| err(&e))?)
                .schema()
                .map_err(|e| err(&e))?;
            let present: Vec<String> = columns
                .iter()
                .filter(|c| schema.contains(c))
                .map(|c| c.to_string())
                .collect();
            let df = ParquetReader::new(file)
                .with_columns(Some(present))
                .finish()
                .map_err(|e| err(&e))?;
            let mut cols: HashMap<&str, Vec<Option<String>>> = HashMap::new();
            for c in columns {
                let Ok(col) = df.column(c) else { continue };
                let s = col.cast(&DataType::String).map_err(|e| err(&e))?;
                let ca = s.str().map_err(|e| err(&e))?;
                cols.insert(c, ca.iter().map(|v| v.map(str::to_string)).collect());
            }
            for i in 0..df.height() {
                each(&|k: &str| cols.get(k).and_then(|v| v[i].clone()));
            }
        } else {
            let mut rd = csv::Reader::from_path(path).map_err(|e| err(&e))?;
            let headers = rd.headers().map_err(|e| err(&e))?.clone();
            let pos: HashMap<&str, usize> = columns
                .iter()
                .filter_map(|c| headers.iter().position(|h| h == *c).map(|j| (*c, j)))
                .collect();
            for rec in rd.records() {
                let rec = rec.map_err(|e| err(&e))?;
                each(&|k: &str| {
                    pos.get(k)
                        .and_then(|&j| rec.get(j))
                        .filter(|v| !v.is_empty())
                        .map(str::to_string)
                });
            }
        }
    }
    Ok(())
}

fn parse_date(s: Option<String>) -> Option<Date> {
    s.and_then(|s| crate::clean::parse_iso_date(&s))
}

/// The files claims are built from: the facts and documents tables, in one format.
#[derive(Debug, Default)]
pub struct Sources {
    pub facts: Vec<PathBuf>,
    pub documents: Vec<PathBuf>,
    /// Their format (the files may be under temp names).
    pub parquet: bool,
}

impl Sources {
    /// The tables of an output folder as found on disk, Parquet if there is any.
    pub fn found(out: &Path, layout: Layout) -> Sources {
        let parquet = table_files(out, layout, "facts", Format::Parquet);
        let (facts, format) = if parquet.is_empty() {
            (table_files(out, layout, "facts", Format::Csv), Format::Csv)
        } else {
            (parquet, Format::Parquet)
        };
        Sources {
            facts,
            documents: table_files(out, layout, "documents", format),
            parquet: format == Format::Parquet,
        }
    }

    /// Of `files` (relative to the output folder `out`, as a manifest lists them), those of
    /// the facts and documents tables, Parquet if there is any.
    pub fn among(out: &Path, files: &[String]) -> Sources {
        let table = |f: &str| {
            let first = f.split('/').next().unwrap_or_default();
            ["facts", "documents"]
                .into_iter()
                .find(|t| first == *t || first.strip_prefix(t).is_some_and(|e| e.starts_with('.')))
        };
        let parquet = files.iter().any(|f| f.ends_with(".parquet"));
        let ext = if parquet { ".parquet" } else { ".csv" };
        let mut s = Sources {
            parquet,
            ..Sources::default()
        };
        for f in files.iter().filter(|f| f.ends_with(ext)) {
            match table(f) {
                Some("facts") => s.facts.push(out.join(f)),
                Some("documents") => s.documents.push(out.join(f)),
                _ => {}
            }
        }
        s.facts.sort();
        s.documents.sort();
        s
    }
}

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
    /// The period it is for: its time's end, else its document's date.
    period: Option<Date>,
}

/// What makes two reports one claim: the same subject, concept (as its key), unit, rate
/// denominator and measure. A level, a change and a prior period's figure never share a row,
/// nor do a price per tonne and a total.
#[derive(PartialEq, Eq, Hash)]
struct ClaimKey {
    subject: String,
    concept_key: String,
    unit: String,
    per: Option<String>,
    measure: String,
}

impl ClaimKey {
    /// A stable id: the first 16 hex digits of the SHA-256 of the key's fields.
    fn id(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        for part in [
            &self.subject,
            &self.concept_key,
            &self.unit,
            self.per.as_deref().unwrap_or(""),
            &self.measure,
        ] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        h.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
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

/// The documents' dates and titles, by doc_id.
type DocInfo = HashMap<String, (Option<Date>, Option<String>)>;

fn read_reports(src: &Sources) -> Result<(Vec<Report>, DocInfo), String> {
    let cx = ContextLexicons::embedded();
    let mut docs: DocInfo = HashMap::new();
    read_rows(
        &src.documents,
        src.parquet,
        &["doc_id", "date", "title"],
        |get| {
            if let Some(id) = get("doc_id") {
                docs.insert(id, (parse_date(get("date")), get("title")));
            }
        },
    )?;
    let columns = [
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
    let mut keys: HashMap<String, String> = HashMap::new();
    let mut reports = Vec::new();
    read_rows(&src.facts, src.parquet, &columns, |get| {
        let (Some(subject), Some(concept)) = (get("subject"), get("concept")) else {
            return;
        };
        let doc = get("doc_id").unwrap_or_default();
        let concept_key = keys
            .entry(concept.clone())
            .or_insert_with(|| concept_key(cx, &concept))
            .clone();
        let end = parse_date(get("time_end"));
        let surface = get("surface");
        reports.push(Report {
            key: ClaimKey {
                subject,
                concept_key,
                unit: get("unit").unwrap_or_default(),
                per: get("per"),
                measure: get("measure").unwrap_or_else(|| "level".into()),
            },
            concept,
            kind: get("kind").unwrap_or_default(),
            low: get("value_low").and_then(|v| v.parse().ok()),
            high: get("value_high").and_then(|v| v.parse().ok()),
            qualifier: get("qualifier"),
            time: get("time"),
            start: parse_date(get("time_start")),
            end,
            source: get("source"),
            period: end.or_else(|| docs.get(&doc).and_then(|d| d.0)),
            evidence: get("sentence").map(|s| evidence(&s, surface.as_deref().unwrap_or(""))),
            surface,
            fact: get("fact_id").unwrap_or_default(),
            doc,
        });
    })?;
    Ok((reports, docs))
}

/// A claim: its reports (indices into the reports), and what is said of them.
struct Claim {
    id: String,
    reports: Vec<usize>,
    n_docs: i64,
    sources: Vec<String>,
    min: Option<f64>,
    max: Option<f64>,
    /// Of the latest period, the last reported; never a prior period's figure.
    latest: Option<f64>,
    latest_period: Option<Date>,
}

impl Claim {
    fn of(reports: &[Report], members: Vec<usize>) -> Claim {
        let rs = || members.iter().map(|&i| &reports[i]);
        let mut docs: Vec<&str> = rs().map(|r| r.doc.as_str()).collect();
        docs.sort_unstable();
        docs.dedup();
        let mut sources: Vec<String> = Vec::new();
        for s in rs().filter_map(|r| r.source.as_ref()) {
            if !sources.contains(s) {
                sources.push(s.clone());
            }
        }
        Claim {
            id: reports[members[0]].key.id(),
            n_docs: docs.len() as i64,
            sources,
            min: rs().filter_map(|r| r.low).reduce(f64::min),
            max: rs().filter_map(|r| r.high).reduce(f64::max),
            latest: rs()
                .enumerate()
                .filter(|(_, r)| r.key.measure != "prior")
                .max_by_key(|(i, r)| (r.period, *i))
                .and_then(|(_, r)| r.low),
            latest_period: rs().filter_map(|r| r.period).max(),
            reports: members,
        }
    }
}

/// The claims and claim_reports frames, from the facts and documents tables.
pub fn frames(src: &Sources) -> Result<(DataFrame, DataFrame), String> {
    let (reports, docs) = read_reports(src)?;
    // The reports of each claim, claims in the order they are first reported.
    let mut index: HashMap<&ClaimKey, usize> = HashMap::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        let g = *index.entry(&r.key).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        members[g].push(i);
    }
    let mut claims: Vec<Claim> = members
        .into_iter()
        .map(|m| Claim::of(&reports, m))
        .collect();
    // Most documents first, then most reports, then by key.
    claims.sort_by(|a, b| {
        let (x, y) = (&reports[a.reports[0]].key, &reports[b.reports[0]].key);
        (b.n_docs, b.reports.len())
            .cmp(&(a.n_docs, a.reports.len()))
            .then_with(|| {
                (&x.subject, &x.concept_key, &x.unit).cmp(&(&y.subject, &y.concept_key, &y.unit))
            })
    });
    let e = |e: PolarsError| format!("could not build the claims table: {e}");
    let table = claims_frame(&reports, &claims).map_err(e)?;
    let flat = reports_frame(&reports, &claims, &docs).map_err(e)?;
    Ok((table, flat))
}

fn claims_frame(reports: &[Report], claims: &[Claim]) -> PolarsResult<DataFrame> {
    use crate::write::{cat_col, col, date_col};
    let c = || claims.iter();
    let key = |c: &Claim| &reports[c.reports[0]].key;
    DataFrame::new(
        claims.len(),
        vec![
            col("claim_id", c().map(|c| c.id.as_str())),
            col("subject", c().map(|c| key(c).subject.as_str())),
            col(
                "concept",
                c().map(|c| reports[c.reports[0]].concept.as_str()),
            ),
            col("concept_key", c().map(|c| key(c).concept_key.as_str())),
            cat_col("unit", c().map(|c| key(c).unit.as_str()))?,
            cat_col("per", c().map(|c| key(c).per.as_deref()))?,
            cat_col("measure", c().map(|c| key(c).measure.as_str()))?,
            cat_col("kind", c().map(|c| reports[c.reports[0]].kind.as_str()))?,
            col("n_reports", c().map(|c| c.reports.len() as i64)),
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

fn reports_frame(reports: &[Report], claims: &[Claim], docs: &DocInfo) -> PolarsResult<DataFrame> {
    use crate::write::{cat_col, col, date_col};
    let rows: Vec<(&str, &Report)> = claims
        .iter()
        .flat_map(|c| c.reports.iter().map(|&i| (c.id.as_str(), &reports[i])))
        .collect();
    let r = || rows.iter().map(|(_, r)| *r);
    let doc = |r: &Report| docs.get(&r.doc);
    DataFrame::new(
        rows.len(),
        vec![
            col("claim_id", rows.iter().map(|(id, _)| *id)),
            col("subject", r().map(|r| r.key.subject.as_str())),
            col("concept", r().map(|r| r.concept.as_str())),
            col("concept_key", r().map(|r| r.key.concept_key.as_str())),
            col("doc_id", r().map(|r| r.doc.as_str())),
            col("fact_id", r().map(|r| r.fact.as_str())),
            date_col("date", r().map(|r| doc(r).and_then(|d| d.0)))?,
            col("title", r().map(|r| doc(r).and_then(|d| d.1.as_deref()))),
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
            date_col("period", r().map(|r| r.period))?,
            col("source", r().map(|r| r.source.as_deref())),
        ],
    )
}

/// Builds the claims and claim_reports tables from `src` and writes `claims.<ext>` and
/// `claim_reports.<ext>` for each format into `out`, under temp names. Returns the number
/// of claims, and each temp file with its final name.
pub fn write(
    src: &Sources,
    out: &Path,
    formats: &[Format],
) -> Result<(u64, Vec<(PathBuf, PathBuf)>), String> {
    let (mut claims, mut flat) = frames(src)?;
    let mut done = Vec::new();
    for (name, df) in [("claims", &mut claims), ("claim_reports", &mut flat)] {
        for &f in formats {
            let path = out.join(format!("{name}.{}", f.ext()));
            let tmp = crate::write::tmp_path(&path);
            let err =
                |e: &dyn std::fmt::Display| format!("could not write {}: {e}", path.display());
            let w = BufWriter::new(File::create(&tmp).map_err(|e| err(&e))?);
            match f {
                Format::Parquet => {
                    ParquetWriter::new(w)
                        .with_compression(ParquetCompression::Zstd(None))
                        .finish(df)
                        .map_err(|e| err(&e))?;
                }
                Format::Csv => {
                    CsvWriter::new(w)
                        .include_header(true)
                        .with_float_scientific(Some(false))
                        .finish(df)
                        .map_err(|e| err(&e))?;
                }
            }
            done.push((tmp, path));
        }
    }
    Ok((claims.height() as u64, done))
}

#[cfg(test)]
mod tests {
    use super::*;

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
