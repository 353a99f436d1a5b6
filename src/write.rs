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

/// A column from values of any type polars can hold (strings, options, integers, floats).
fn col<T, P: ?Sized>(name: &str, values: impl Iterator<Item = T>) -> Column
where
    Series: NamedFrom<Vec<T>, P>,
{
    Column::new(name.into(), values.collect::<Vec<T>>())
}

/// A low-cardinality string column, dictionary-encoded.
fn cat_col<T, P: ?Sized>(name: &str, values: impl Iterator<Item = T>) -> PolarsResult<Column>
where
    Series: NamedFrom<Vec<T>, P>,
{
    col(name, values).cast(&cat())
}

pub fn facts_frame(facts: &[Fact]) -> PolarsResult<DataFrame> {
    let f = || facts.iter();
    let cols = vec![
        col("doc_id", f().map(|f| f.doc_id.as_str())),
        col("fact_id", f().map(|f| f.fact_id.as_str())),
        col("start", f().map(|f| f.start as i64)),
        col("end", f().map(|f| f.end as i64)),
        col("surface", f().map(|f| f.surface.as_str())),
        col("sentence", f().map(|f| f.sentence.as_str())),
        cat_col("lang", f().map(|f| f.lang.as_str()))?,
        cat_col("kind", f().map(|f| f.kind.as_str()))?,
        col("value_low", f().map(|f| f.value_low)),
        col("value_high", f().map(|f| f.value_high)),
        cat_col("unit", f().map(|f| f.unit.as_str()))?,
        cat_col("qualifier", f().map(|f| f.qualifier.as_str()))?,
        cat_col("measure", f().map(|f| f.measure.as_str()))?,
        cat_col("direction", f().map(|f| f.direction.map(|d| d.as_str())))?,
        cat_col("per", f().map(|f| f.per.as_deref()))?,
    ];
    DataFrame::new(facts.len(), cols)
}

pub fn documents_frame(docs: &[DocumentRow]) -> PolarsResult<DataFrame> {
    let d = || docs.iter();
    let cols = vec![
        col("doc_id", d().map(|d| d.doc_id.as_str())),
        col("path", d().map(|d| d.path.as_str())),
        col("content_hash", d().map(|d| d.content_hash.as_str())),
        col("bytes", d().map(|d| d.bytes as i64)),
        col("chars", d().map(|d| d.chars as i64)),
        cat_col("encoding", d().map(|d| d.encoding.as_str()))?,
        cat_col("lang", d().map(|d| d.lang.as_str()))?,
        col("title", d().map(|d| d.title.as_deref())),
        col("date", d().map(|d| d.date.map(|x| x.days_since_epoch()))).cast(&DataType::Date)?,
        col("n_facts", d().map(|d| d.n_facts as i64)),
    ];
    DataFrame::new(docs.len(), cols)
}

pub fn rejects_frame(rejects: &[Reject]) -> PolarsResult<DataFrame> {
    let r = || rejects.iter();
    let cols = vec![
        col("path", r().map(|r| r.path.as_str())),
        cat_col("reason", r().map(|r| r.reason.as_str()))?,
        col("detail", r().map(|r| r.detail.as_str())),
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
