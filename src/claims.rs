//! The claims table: facts about the same thing across documents, one row per
//! (subject, concept, unit), so that differing or changing reports sit side by side.
//!
//! Derived with polars from the facts and documents tables as written (any layout, Parquet
//! or CSV). Concepts meet loosely: a concept's terms are mapped to the term that stands for
//! their group (`[claims] same` in `resources/context.toml`: refining and processing meet)
//! and compared as a set, so word order and inflection do not matter.

use crate::context::ContextLexicons;
use crate::write::{Format, Layout};
use polars::prelude::*;
use std::collections::HashMap;
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

/// The claims key of a concept: its terms, each as its group's term, sorted; words that are
/// no term (the other party of a flow) kept as they are. Beside a product, its material is
/// left out.
pub fn concept_key(cx: &ContextLexicons, concept: &str) -> String {
    let words: Vec<&str> = concept.split_whitespace().collect();
    let terms = cx.terms_longest_first();
    let mut out: Vec<String> = Vec::new();
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
                out.push(words[i].to_string());
                i += 1;
            }
        }
    }
    // A product says what its material is: "rare earth magnet" and "magnet" meet.
    if out
        .iter()
        .any(|w| cx.role(w) == Some(crate::context::Role::Product))
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

fn parse_date(s: Option<String>) -> Option<i32> {
    s.and_then(|s| crate::clean::parse_iso_date(&s))
        .map(|d| d.days_since_epoch())
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
    start: Option<i32>,
    end: Option<i32>,
    source: Option<String>,
    doc: String,
    fact: String,
    surface: Option<String>,
    evidence: Option<String>,
    /// The period it is for: its time's end, else its document's date (days since epoch).
    period: Option<i32>,
}

/// What makes two reports one claim: the same subject, concept (as its key), unit, rate
/// denominator and measure. A level, a change and a prior period's figure never share a row,
/// nor do a price per tonne and a total.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

/// A short excerpt of `sentence` around `surface`, cut at spaces.
fn evidence(sentence: &str, surface: &str) -> String {
    let s = sentence.trim();
    if s.chars().count() <= EVIDENCE_CHARS {
        return s.to_string();
    }
    let at = s.find(surface).unwrap_or(0);
    let mut from = at.saturating_sub(EVIDENCE_CHARS / 2);
    while !s.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (from + EVIDENCE_CHARS).min(s.len());
    while !s.is_char_boundary(to) {
        to -= 1;
    }
    let mut cut = &s[from..to];
    if from > 0 {
        cut = cut.find(' ').map_or(cut, |i| &cut[i + 1..]);
    }
    if to < s.len() {
        cut = cut.rfind(' ').map_or(cut, |i| &cut[..i]);
    }
    format!(
        "{}{cut}{}",
        if from > 0 { "…" } else { "" },
        if to < s.len() { "…" } else { "" }
    )
}

/// The documents' dates and titles, by doc_id.
type DocInfo = HashMap<String, (Option<i32>, Option<String>)>;

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

/// The claims and claim_reports frames, from the facts and documents tables.
pub fn frames(src: &Sources) -> Result<(DataFrame, DataFrame), String> {
    let (reports, docs) = read_reports(src)?;
    // The reports of each claim, claims in the order they are first reported.
    let mut index: HashMap<&ClaimKey, usize> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        let g = *index.entry(&r.key).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    // Most documents first, then most reports, then by key.
    groups.sort_by(|a, b| {
        let docs = |g: &[usize]| {
            let mut d: Vec<&str> = g.iter().map(|&i| reports[i].doc.as_str()).collect();
            d.sort_unstable();
            d.dedup();
            d.len()
        };
        (docs(b), b.len()).cmp(&(docs(a), a.len())).then_with(|| {
            let (x, y) = (&reports[a[0]].key, &reports[b[0]].key);
            (&x.subject, &x.concept_key, &x.unit).cmp(&(&y.subject, &y.concept_key, &y.unit))
        })
    });
    let e = |e: PolarsError| format!("could not build the claims table: {e}");
    let claims = claims_frame(&reports, &groups).map_err(e)?;
    let flat = reports_frame(&reports, &groups, &docs).map_err(e)?;
    Ok((claims, flat))
}

fn claims_frame(reports: &[Report], groups: &[Vec<usize>]) -> PolarsResult<DataFrame> {
    let first = |g: &Vec<usize>| &reports[g[0]];
    let each = |f: &dyn Fn(&Vec<usize>) -> Option<String>| -> Vec<Option<String>> {
        groups.iter().map(f).collect()
    };
    let mut n_docs = Vec::new();
    let mut n_sources = Vec::new();
    let mut sources = Vec::new();
    let mut min = Vec::new();
    let mut max = Vec::new();
    let mut latest = Vec::new();
    let mut latest_period = Vec::new();
    for g in groups {
        let rs: Vec<&Report> = g.iter().map(|&i| &reports[i]).collect();
        let mut d: Vec<&str> = rs.iter().map(|r| r.doc.as_str()).collect();
        d.sort_unstable();
        d.dedup();
        n_docs.push(d.len() as i64);
        let mut srcs: Vec<&str> = Vec::new();
        for r in &rs {
            if let Some(s) = r.source.as_deref() {
                if !srcs.contains(&s) {
                    srcs.push(s);
                }
            }
        }
        n_sources.push(srcs.len() as i64);
        sources.push((!srcs.is_empty()).then(|| srcs.join("; ")));
        min.push(rs.iter().filter_map(|r| r.low).reduce(f64::min));
        max.push(rs.iter().filter_map(|r| r.high).reduce(f64::max));
        // The latest report: of the latest period, the last reported. A prior period's
        // figure is never the latest.
        let last = rs
            .iter()
            .enumerate()
            .filter(|(_, r)| r.key.measure != "prior")
            .max_by_key(|(i, r)| (r.period, *i))
            .map(|(_, r)| *r);
        latest.push(last.and_then(|r| r.low));
        latest_period.push(rs.iter().filter_map(|r| r.period).max());
    }
    let k = |f: fn(&ClaimKey) -> Option<String>| groups.iter().map(move |g| f(&first(g).key));
    DataFrame::new(
        groups.len(),
        vec![
            Column::new("claim_id".into(), each(&|g| Some(first(g).key.id()))),
            Column::new(
                "subject".into(),
                k(|k| Some(k.subject.clone())).collect::<Vec<_>>(),
            ),
            Column::new("concept".into(), each(&|g| Some(first(g).concept.clone()))),
            Column::new(
                "concept_key".into(),
                k(|k| Some(k.concept_key.clone())).collect::<Vec<_>>(),
            ),
            crate::write::cat_col("unit", k(|k| Some(k.unit.clone())))?,
            crate::write::cat_col("per", k(|k| k.per.clone()))?,
            crate::write::cat_col("measure", k(|k| Some(k.measure.clone())))?,
            crate::write::cat_col("kind", groups.iter().map(|g| Some(first(g).kind.clone())))?,
            Column::new(
                "n_reports".into(),
                groups.iter().map(|g| g.len() as i64).collect::<Vec<_>>(),
            ),
            Column::new("n_docs".into(), n_docs),
            Column::new("n_sources".into(), n_sources),
            Column::new("value_min".into(), min),
            Column::new("value_max".into(), max),
            Column::new("latest_value".into(), latest),
            Column::new("latest_period".into(), latest_period).cast(&DataType::Date)?,
            Column::new("sources".into(), sources),
        ],
    )
}

fn reports_frame(
    reports: &[Report],
    groups: &[Vec<usize>],
    docs: &DocInfo,
) -> PolarsResult<DataFrame> {
    let order: Vec<&Report> = groups.iter().flatten().map(|&i| &reports[i]).collect();
    let s = |f: fn(&Report) -> Option<String>| order.iter().map(|r| f(r)).collect::<Vec<_>>();
    let date = |name: &str, v: Vec<Option<i32>>| Column::new(name.into(), v).cast(&DataType::Date);
    DataFrame::new(
        order.len(),
        vec![
            Column::new("claim_id".into(), s(|r| Some(r.key.id()))),
            Column::new("subject".into(), s(|r| Some(r.key.subject.clone()))),
            Column::new("concept".into(), s(|r| Some(r.concept.clone()))),
            Column::new("concept_key".into(), s(|r| Some(r.key.concept_key.clone()))),
            Column::new("doc_id".into(), s(|r| Some(r.doc.clone()))),
            Column::new("fact_id".into(), s(|r| Some(r.fact.clone()))),
            date(
                "date",
                order
                    .iter()
                    .map(|r| docs.get(&r.doc).and_then(|d| d.0))
                    .collect(),
            )?,
            Column::new(
                "title".into(),
                order
                    .iter()
                    .map(|r| docs.get(&r.doc).and_then(|d| d.1.clone()))
                    .collect::<Vec<_>>(),
            ),
            Column::new("surface".into(), s(|r| r.surface.clone())),
            Column::new("evidence".into(), s(|r| r.evidence.clone())),
            Column::new(
                "value_low".into(),
                order.iter().map(|r| r.low).collect::<Vec<_>>(),
            ),
            Column::new(
                "value_high".into(),
                order.iter().map(|r| r.high).collect::<Vec<_>>(),
            ),
            crate::write::cat_col("unit", order.iter().map(|r| Some(r.key.unit.clone())))?,
            crate::write::cat_col("per", order.iter().map(|r| r.key.per.clone()))?,
            crate::write::cat_col("qualifier", order.iter().map(|r| r.qualifier.clone()))?,
            crate::write::cat_col("measure", order.iter().map(|r| Some(r.key.measure.clone())))?,
            Column::new("time".into(), s(|r| r.time.clone())),
            date("time_start", order.iter().map(|r| r.start).collect())?,
            date("time_end", order.iter().map(|r| r.end).collect())?,
            date("period", order.iter().map(|r| r.period).collect())?,
            Column::new("source".into(), s(|r| r.source.clone())),
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
    }
}
