//! Stage 7, write: the facts, documents and rejects tables as Parquet and CSV, and `run.json`.
//!
//! polars is the one table engine. Columns are typed for notebooks: offsets and counts as
//! integers, values as floats, `date` as a date, nulls as nulls, low-cardinality strings
//! (language, kind, unit, qualifier...) as categoricals (dictionary-encoded in Parquet).
//! Rows are sorted before writing, so CSV output is byte-identical run to run. Each file is
//! written beside its final name and renamed into place, so a failed run leaves no half file.

use crate::model::{DocumentRow, Fact, Reject};
use polars::prelude::*;
use std::fs::{self, File};
use std::io::BufWriter;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Parquet,
    Csv,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "parquet" => Ok(Format::Parquet),
            "csv" => Ok(Format::Csv),
            other => Err(format!(
                "unknown output format {other:?} (use parquet, csv)"
            )),
        }
    }
    fn ext(self) -> &'static str {
        match self {
            Format::Parquet => "parquet",
            Format::Csv => "csv",
        }
    }
}

fn cat() -> DataType {
    DataType::from_categories(Categories::global())
}

fn strs<'a>(name: &str, it: impl Iterator<Item = &'a str>) -> Column {
    Column::new(name.into(), it.collect::<Vec<_>>())
}

fn opt_strs<'a>(name: &str, it: impl Iterator<Item = Option<&'a str>>) -> Column {
    Column::new(name.into(), it.collect::<Vec<_>>())
}

fn categorical(c: Column) -> PolarsResult<Column> {
    c.cast(&cat())
}

pub fn facts_frame(facts: &[Fact]) -> PolarsResult<DataFrame> {
    let cols = vec![
        strs("doc_id", facts.iter().map(|f| f.doc_id.as_str())),
        strs("fact_id", facts.iter().map(|f| f.fact_id.as_str())),
        Column::new(
            "start".into(),
            facts.iter().map(|f| f.start as i64).collect::<Vec<_>>(),
        ),
        Column::new(
            "end".into(),
            facts.iter().map(|f| f.end as i64).collect::<Vec<_>>(),
        ),
        strs("surface", facts.iter().map(|f| f.surface.as_str())),
        strs("sentence", facts.iter().map(|f| f.sentence.as_str())),
        categorical(strs("lang", facts.iter().map(|f| f.lang.as_str())))?,
        categorical(strs("kind", facts.iter().map(|f| f.kind.as_str())))?,
        Column::new(
            "value_low".into(),
            facts.iter().map(|f| f.value_low).collect::<Vec<_>>(),
        ),
        Column::new(
            "value_high".into(),
            facts.iter().map(|f| f.value_high).collect::<Vec<_>>(),
        ),
        categorical(strs("unit", facts.iter().map(|f| f.unit.as_str())))?,
        categorical(strs(
            "qualifier",
            facts.iter().map(|f| f.qualifier.as_str()),
        ))?,
        categorical(strs("measure", facts.iter().map(|f| f.measure.as_str())))?,
        categorical(opt_strs(
            "direction",
            facts.iter().map(|f| f.direction.map(|d| d.as_str())),
        ))?,
        categorical(opt_strs("per", facts.iter().map(|f| f.per.as_deref())))?,
    ];
    DataFrame::new(facts.len(), cols)
}

pub fn documents_frame(docs: &[DocumentRow]) -> PolarsResult<DataFrame> {
    let dates: Vec<Option<i32>> = docs
        .iter()
        .map(|d| d.date.map(|x| x.days_since_epoch()))
        .collect();
    let cols = vec![
        strs("doc_id", docs.iter().map(|d| d.doc_id.as_str())),
        strs("path", docs.iter().map(|d| d.path.as_str())),
        strs("content_hash", docs.iter().map(|d| d.content_hash.as_str())),
        Column::new(
            "bytes".into(),
            docs.iter().map(|d| d.bytes as i64).collect::<Vec<_>>(),
        ),
        Column::new(
            "chars".into(),
            docs.iter().map(|d| d.chars as i64).collect::<Vec<_>>(),
        ),
        categorical(strs("encoding", docs.iter().map(|d| d.encoding.as_str())))?,
        categorical(strs("lang", docs.iter().map(|d| d.lang.as_str())))?,
        opt_strs("title", docs.iter().map(|d| d.title.as_deref())),
        Column::new("date".into(), dates).cast(&DataType::Date)?,
        Column::new(
            "n_facts".into(),
            docs.iter().map(|d| d.n_facts as i64).collect::<Vec<_>>(),
        ),
    ];
    DataFrame::new(docs.len(), cols)
}

pub fn rejects_frame(rejects: &[Reject]) -> PolarsResult<DataFrame> {
    let cols = vec![
        strs("path", rejects.iter().map(|r| r.path.as_str())),
        categorical(strs("reason", rejects.iter().map(|r| r.reason.as_str())))?,
        strs("detail", rejects.iter().map(|r| r.detail.as_str())),
    ];
    DataFrame::new(rejects.len(), cols)
}

/// Writes `df` as `dir/name.<ext>` in each format.
pub fn write_table(
    df: &mut DataFrame,
    dir: &Path,
    name: &str,
    formats: &[Format],
) -> Result<(), String> {
    for &f in formats {
        let path = dir.join(format!("{name}.{}", f.ext()));
        let tmp = dir.join(format!(".{name}.{}.tmp", f.ext()));
        let err = |e: &dyn std::fmt::Display| format!("could not write {}: {e}", path.display());
        let file = File::create(&tmp).map_err(|e| err(&e))?;
        let mut w = BufWriter::new(file);
        match f {
            Format::Parquet => ParquetWriter::new(&mut w)
                .with_compression(ParquetCompression::Zstd(None))
                .with_statistics(StatisticsOptions::full())
                .finish(df)
                .map(|_| ())
                .map_err(|e| err(&e))?,
            Format::Csv => CsvWriter::new(&mut w)
                .include_header(true)
                .with_float_scientific(Some(false))
                .finish(df)
                .map_err(|e| err(&e))?,
        }
        drop(w);
        fs::rename(&tmp, &path).map_err(|e| err(&e))?;
    }
    Ok(())
}
