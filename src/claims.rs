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
/// no term (the other party of a flow) kept as they are.
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

/// Builds the claims frame from the facts and documents tables.
pub fn frame(src: &Sources) -> Result<DataFrame, String> {
    let cx = ContextLexicons::embedded();
    let mut dates: HashMap<String, i32> = HashMap::new();
    read_rows(&src.documents, src.parquet, &["doc_id", "date"], |get| {
        if let (Some(id), Some(d)) = (get("doc_id"), parse_date(get("date"))) {
            dates.insert(id, d);
        }
    })?;
    #[derive(Default)]
    struct Cols {
        subject: Vec<String>,
        concept: Vec<String>,
        key: Vec<String>,
        unit: Vec<String>,
        kind: Vec<String>,
        low: Vec<Option<f64>>,
        high: Vec<Option<f64>>,
        qualifier: Vec<Option<String>>,
        time: Vec<Option<String>>,
        start: Vec<Option<i32>>,
        end: Vec<Option<i32>>,
        source: Vec<Option<String>>,
        doc: Vec<String>,
        fact: Vec<String>,
        period: Vec<Option<i32>>,
    }
    let mut c = Cols::default();
    let columns = [
        "doc_id",
        "fact_id",
        "kind",
        "unit",
        "value_low",
        "value_high",
        "qualifier",
        "subject",
        "concept",
        "time",
        "time_start",
        "time_end",
        "source",
    ];
    let mut keys: HashMap<String, String> = HashMap::new();
    read_rows(&src.facts, src.parquet, &columns, |get| {
        let (Some(subject), Some(concept)) = (get("subject"), get("concept")) else {
            return;
        };
        let doc = get("doc_id").unwrap_or_default();
        let key = keys
            .entry(concept.clone())
            .or_insert_with(|| concept_key(cx, &concept))
            .clone();
        let end = parse_date(get("time_end"));
        c.period.push(end.or_else(|| dates.get(&doc).copied()));
        c.subject.push(subject);
        c.concept.push(concept);
        c.key.push(key);
        c.unit.push(get("unit").unwrap_or_default());
        c.kind.push(get("kind").unwrap_or_default());
        c.low.push(get("value_low").and_then(|v| v.parse().ok()));
        c.high.push(get("value_high").and_then(|v| v.parse().ok()));
        c.qualifier.push(get("qualifier"));
        c.time.push(get("time"));
        c.start.push(parse_date(get("time_start")));
        c.end.push(end);
        c.source.push(get("source"));
        c.doc.push(doc);
        c.fact.push(get("fact_id").unwrap_or_default());
    })?;
    let n = c.subject.len();
    let date = |name: &str, v: Vec<Option<i32>>| -> PolarsResult<Column> {
        Column::new(name.into(), v).cast(&DataType::Date)
    };
    let e = |e: PolarsError| format!("could not build the claims table: {e}");
    // Low-cardinality strings, and strings that end up inside lists, are categoricals (pandas
    // reads a list of those, not a list of Arrow string views).
    let cat = |name: &str, v: Vec<Option<String>>| -> PolarsResult<Column> {
        Column::new(name.into(), v).cast(&DataType::from_categories(Categories::global()))
    };
    let df = DataFrame::new(
        n,
        vec![
            Column::new("subject".into(), c.subject),
            Column::new("concept".into(), c.concept),
            Column::new("concept_key".into(), c.key),
            cat("unit", c.unit.into_iter().map(Some).collect()).map_err(e)?,
            cat("kind", c.kind.into_iter().map(Some).collect()).map_err(e)?,
            Column::new("value_low".into(), c.low),
            Column::new("value_high".into(), c.high),
            cat("qualifier", c.qualifier).map_err(e)?,
            cat("time", c.time).map_err(e)?,
            date("time_start", c.start).map_err(e)?,
            date("time_end", c.end).map_err(e)?,
            cat("source", c.source).map_err(e)?,
            cat("doc_id", c.doc.into_iter().map(Some).collect()).map_err(e)?,
            cat("fact_id", c.fact.into_iter().map(Some).collect()).map_err(e)?,
            date("period", c.period).map_err(e)?,
            Column::new("order".into(), (0..n as u64).collect::<Vec<u64>>()),
        ],
    )
    .map_err(e)?;
    let latest = SortMultipleOptions::default().with_maintain_order(true);
    df.lazy()
        .group_by_stable([col("subject"), col("concept_key"), col("unit")])
        .agg([
            col("concept").first().alias("concept"),
            col("kind").first().alias("kind"),
            len().alias("n_reports"),
            col("doc_id").n_unique().alias("n_docs"),
            col("source").drop_nulls().n_unique().alias("n_sources"),
            col("value_low").min().alias("value_min"),
            col("value_high").max().alias("value_max"),
            col("value_low")
                .sort_by([col("period"), col("order")], latest)
                .last()
                .alias("latest_value"),
            col("period").max().alias("latest_period"),
            col("source").drop_nulls().unique_stable().alias("sources"),
            as_struct(vec![
                col("value_low"),
                col("value_high"),
                col("qualifier"),
                col("time"),
                col("time_start"),
                col("time_end"),
                col("source"),
                col("doc_id"),
                col("fact_id"),
            ])
            .alias("reports"),
        ])
        .select([
            col("subject"),
            col("concept"),
            col("concept_key"),
            col("unit"),
            col("kind"),
            col("n_reports").cast(DataType::Int64),
            col("n_docs").cast(DataType::Int64),
            col("n_sources").cast(DataType::Int64),
            col("value_min"),
            col("value_max"),
            col("latest_value"),
            col("latest_period"),
            col("sources"),
            col("reports"),
        ])
        .sort_by_exprs(
            [
                col("n_docs"),
                col("n_reports"),
                col("subject"),
                col("concept_key"),
                col("unit"),
            ],
            SortMultipleOptions::default()
                .with_order_descending_multi([true, true, false, false, false])
                .with_maintain_order(true),
        )
        .collect()
        .map_err(e)
}

/// The CSV form of the claims frame: lists as text (`sources` joined by "; ", `reports` as
/// a JSON array), since CSV has no nested values.
fn flat(df: &DataFrame) -> PolarsResult<DataFrame> {
    let sources = df.column("sources")?.list()?;
    let joined: Vec<Option<String>> = sources
        .amortized_iter()
        .map(|s| {
            s.map(|s| {
                s.as_ref()
                    .cast(&DataType::String)
                    .ok()
                    .and_then(|s| {
                        s.str()
                            .ok()
                            .map(|ca| ca.iter().flatten().collect::<Vec<_>>().join("; "))
                    })
                    .unwrap_or_default()
            })
        })
        .collect();
    let reports = df.column("reports")?.list()?;
    let mut json = Vec::with_capacity(df.height());
    for s in reports.amortized_iter() {
        let Some(s) = s else {
            json.push(None);
            continue;
        };
        let s = s.as_ref();
        let fields = s.struct_()?.fields_as_series();
        let strs: Vec<Series> = fields
            .iter()
            .map(|f| f.cast(&DataType::String))
            .collect::<PolarsResult<_>>()?;
        let mut rows = Vec::with_capacity(s.len());
        for i in 0..s.len() {
            let mut o = serde_json::Map::new();
            for (f, v) in fields.iter().zip(&strs) {
                let val = v.str()?.get(i);
                let j = match (f.dtype(), val) {
                    (_, None) => serde_json::Value::Null,
                    (DataType::Float64, Some(x)) => x
                        .parse::<f64>()
                        .ok()
                        .and_then(serde_json::Number::from_f64)
                        .map_or(serde_json::Value::Null, serde_json::Value::Number),
                    (_, Some(x)) => serde_json::Value::String(x.to_string()),
                };
                o.insert(f.name().to_string(), j);
            }
            rows.push(serde_json::Value::Object(o));
        }
        json.push(Some(serde_json::Value::Array(rows).to_string()));
    }
    let mut out = df.clone();
    out.replace("sources", Column::new("sources".into(), joined))?;
    out.replace("reports", Column::new("reports".into(), json))?;
    Ok(out)
}

/// Builds the claims table from `src` and writes `claims.<ext>` for each format into `out`,
/// under temp names. Returns its number of rows, and each temp file with its final name.
pub fn write(
    src: &Sources,
    out: &Path,
    formats: &[Format],
) -> Result<(u64, Vec<(PathBuf, PathBuf)>), String> {
    let mut df = frame(src)?;
    let mut done = Vec::new();
    for &f in formats {
        let path = out.join(format!("claims.{}", f.ext()));
        let tmp = crate::write::tmp_path(&path);
        let err = |e: &dyn std::fmt::Display| format!("could not write {}: {e}", path.display());
        let w = BufWriter::new(File::create(&tmp).map_err(|e| err(&e))?);
        match f {
            Format::Parquet => {
                ParquetWriter::new(w)
                    .with_compression(ParquetCompression::Zstd(None))
                    .finish(&mut df)
                    .map_err(|e| err(&e))?;
            }
            Format::Csv => {
                let mut flat = flat(&df).map_err(|e| err(&e))?;
                CsvWriter::new(w)
                    .include_header(true)
                    .with_float_scientific(Some(false))
                    .finish(&mut flat)
                    .map_err(|e| err(&e))?;
            }
        }
        done.push((tmp, path));
    }
    Ok((df.height() as u64, done))
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
