//! Stage 7, write: the facts, documents and rejects tables as Parquet and CSV, and `run.json`.
//!
//! polars is the one table engine. Columns are typed for notebooks: offsets and counts as
//! integers, values as floats, `date` as a date, nulls as nulls, low-cardinality strings
//! (language, kind, unit, qualifier...) as categoricals (dictionary-encoded in Parquet).
//! Tables are written as they grow (a Parquet row group per 8 MB or 65,536 rows), in input order, so
//! CSV output is byte-identical run to run. Each file is written beside its final name and
//! renamed into place, so a failed run leaves no half file.

use crate::model::{Date, DocumentRow, Fact, Reject};
use polars_core::prelude::*;
use polars_io::prelude::*;
use std::fs::{self, File};
use std::io::BufWriter;
use std::path::{Path, PathBuf};

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
    pub fn ext(self) -> &'static str {
        match self {
            Format::Parquet => "parquet",
            Format::Csv => "csv",
        }
    }
}

/// How tables are laid out in the output folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One file per table and format: `facts.parquet`, `facts.csv`, ...
    Files,
    /// Hive-partitioned part files, one per input unit: `facts/lang=sv/part-<unit>.parquet`.
    Dataset,
}

impl Layout {
    pub fn parse(s: &str) -> Result<Layout, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "files" => Ok(Layout::Files),
            "dataset" => Ok(Layout::Dataset),
            other => Err(format!("unknown layout {other:?} (use files, dataset)")),
        }
    }
}

fn cat() -> DataType {
    DataType::from_categories(Categories::global())
}

/// A column from values of any type polars can hold (strings, options, integers, floats).
pub(crate) fn col<T, P: ?Sized>(name: &str, values: impl Iterator<Item = T>) -> Column
where
    Series: NamedFrom<Vec<T>, P>,
{
    Column::new(name.into(), values.collect::<Vec<T>>())
}

/// A low-cardinality string column, dictionary-encoded.
pub(crate) fn cat_col<T, P: ?Sized>(
    name: &str,
    values: impl Iterator<Item = T>,
) -> PolarsResult<Column>
where
    Series: NamedFrom<Vec<T>, P>,
{
    col(name, values).cast(&cat())
}

pub(crate) fn date_col(
    name: &str,
    values: impl Iterator<Item = Option<Date>>,
) -> PolarsResult<Column> {
    col(name, values.map(|d| d.map(Date::days_since_epoch))).cast(&DataType::Date)
}

pub fn facts_frame(facts: &[Fact]) -> PolarsResult<DataFrame> {
    let f = || facts.iter();
    let cols = vec![
        col("doc_id", f().map(|f| &*f.doc_id)),
        col("fact_id", f().map(|f| f.fact_id.as_str())),
        col("start", f().map(|f| f.start as i64)),
        col("end", f().map(|f| f.end as i64)),
        col("surface", f().map(|f| f.surface.as_str())),
        col("sentence", f().map(|f| &*f.sentence)),
        col("sentence_start", f().map(|f| f.sentence_start as i64)),
        col("sentence_end", f().map(|f| f.sentence_end as i64)),
        cat_col("lang", f().map(|f| f.lang))?,
        cat_col("kind", f().map(|f| f.kind.as_str()))?,
        col("value_low", f().map(|f| f.value_low)),
        col("value_high", f().map(|f| f.value_high)),
        cat_col("unit", f().map(|f| f.unit.as_str()))?,
        cat_col("qualifier", f().map(|f| f.qualifier.as_str()))?,
        cat_col("measure", f().map(|f| f.measure.as_str()))?,
        cat_col("direction", f().map(|f| f.direction.map(|d| d.as_str())))?,
        cat_col("per", f().map(|f| f.per.as_deref()))?,
        col("subject", f().map(|f| f.subject.as_deref())),
        col("concept", f().map(|f| f.concept.as_deref())),
        col("concept_text", f().map(|f| f.concept_text.as_deref())),
        col("time", f().map(|f| f.time.as_deref())),
        date_col("time_start", f().map(|f| f.time_start))?,
        date_col("time_end", f().map(|f| f.time_end))?,
        col("source", f().map(|f| f.source.as_deref())),
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
        date_col("date", d().map(|d| d.date))?,
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

/// Rows that make a table.
pub trait Rows: Sized {
    /// The table's frame; without the `lang` column when it is a partition key instead.
    fn frame(rows: &[Self], with_lang: bool) -> PolarsResult<DataFrame>;
    /// About how many bytes the row holds.
    fn size(&self) -> usize;
}

impl Rows for Fact {
    fn frame(rows: &[Self], with_lang: bool) -> PolarsResult<DataFrame> {
        let df = facts_frame(rows)?;
        Ok(if with_lang { df } else { df.drop("lang")? })
    }
    fn size(&self) -> usize {
        // The sentence is shared by the facts of a sentence but copied into each row.
        std::mem::size_of::<Self>() + self.fact_id.len() + self.surface.len() + self.sentence.len()
    }
}

impl Rows for DocumentRow {
    fn frame(rows: &[Self], with_lang: bool) -> PolarsResult<DataFrame> {
        let df = documents_frame(rows)?;
        Ok(if with_lang { df } else { df.drop("lang")? })
    }
    fn size(&self) -> usize {
        std::mem::size_of::<Self>()
            + self.doc_id.len()
            + self.path.len()
            + self.content_hash.len()
            + self.title.as_ref().map_or(0, String::len)
    }
}

impl Rows for Reject {
    fn frame(rows: &[Self], _: bool) -> PolarsResult<DataFrame> {
        rejects_frame(rows)
    }
    fn size(&self) -> usize {
        std::mem::size_of::<Self>() + self.path.len() + self.detail.len()
    }
}

/// The frame as the CSV writer takes it: dates as ISO text (`2024-03-15`, what polars' own
/// date serializer writes), so that polars-io needs no date support and none of the
/// polars-time and polars-ops crates it would bring.
fn dates_as_text(df: &DataFrame) -> PolarsResult<DataFrame> {
    let mut cols = Vec::with_capacity(df.width());
    for c in df.columns() {
        if c.dtype() == &DataType::Date {
            cols.push(Column::new(c.name().clone(), date_texts(c)?));
        } else {
            cols.push(c.clone());
        }
    }
    DataFrame::new(df.height(), cols)
}

/// A Date column's values as ISO text (`2024-03-15`).
pub(crate) fn date_texts(c: &Column) -> PolarsResult<Vec<Option<String>>> {
    let days = c.cast(&DataType::Int32)?;
    Ok(days
        .i32()?
        .iter()
        .map(|d| d.and_then(Date::from_days).map(|d| d.to_string()))
        .collect())
}

/// Rows are buffered until they hold this many bytes (or [`ROWS_PER_GROUP`] rows), then
/// written as one Parquet row group and one CSV chunk: memory stays the same whatever the
/// table's size.
const BYTES_PER_GROUP: usize = 8 << 20;
const ROWS_PER_GROUP: usize = 65_536;

enum Sink {
    Parquet(Box<polars_io::parquet::write::BatchedWriter<BufWriter<File>>>),
    Csv(polars_io::csv::write::BatchedWriter<BufWriter<File>>),
}

/// One table written as it grows, in every format: `<path>.parquet`, `<path>.csv`. Files are
/// written beside their final names, under temp names, so a failed run leaves no
/// half-written table.
pub struct TableWriter<R: Rows> {
    /// Final paths, without extension.
    path: PathBuf,
    with_lang: bool,
    sinks: Vec<(Sink, PathBuf, PathBuf)>,
    rows: Vec<R>,
    bytes: usize,
}

/// The temp name of `path` for this process: `.NAME.PID.tmp` beside it, so that two
/// processes never write one file.
pub fn tmp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

impl<R: Rows> TableWriter<R> {
    /// Opens `path.<ext>` for each format (creating folders as needed).
    pub fn create(path: &Path, formats: &[Format], with_lang: bool) -> Result<Self, String> {
        let err =
            |p: &Path, e: &dyn std::fmt::Display| format!("could not write {}: {e}", p.display());
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| err(dir, &e))?;
        }
        let empty = R::frame(&[], with_lang).map_err(|e| err(path, &e))?;
        let schema = empty.schema().as_ref().clone();
        let csv_schema = dates_as_text(&empty)
            .map_err(|e| err(path, &e))?
            .schema()
            .as_ref()
            .clone();
        let mut sinks = Vec::new();
        for &f in formats {
            let fin = path.with_extension(f.ext());
            let tmp = tmp_path(&fin);
            let w =
                BufWriter::with_capacity(1 << 20, File::create(&tmp).map_err(|e| err(&fin, &e))?);
            let sink = match f {
                Format::Parquet => Sink::Parquet(Box::new(
                    ParquetWriter::new(w)
                        .with_compression(ParquetCompression::Zstd(None))
                        .with_statistics(StatisticsOptions::full())
                        .batched(&schema)
                        .map_err(|e| err(&fin, &e))?,
                )),
                Format::Csv => Sink::Csv(
                    CsvWriter::new(w)
                        .include_header(true)
                        .with_float_scientific(Some(false))
                        .batched(&csv_schema)
                        .map_err(|e| err(&fin, &e))?,
                ),
            };
            sinks.push((sink, tmp, fin));
        }
        Ok(TableWriter {
            path: path.to_path_buf(),
            with_lang,
            sinks,
            rows: Vec::new(),
            bytes: 0,
        })
    }

    /// The final paths of the table's files.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.sinks.iter().map(|(_, _, f)| f.clone()).collect()
    }

    pub fn push(&mut self, row: R) -> Result<(), String> {
        self.bytes += row.size();
        self.rows.push(row);
        if self.rows.len() >= ROWS_PER_GROUP || self.bytes >= BYTES_PER_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), String> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let err = |e: PolarsError| format!("could not write {}: {e}", self.path.display());
        let df = R::frame(&self.rows, self.with_lang).map_err(err)?;
        for (sink, _, _) in &mut self.sinks {
            match sink {
                Sink::Parquet(w) => w.write_batch(&df),
                Sink::Csv(w) => w.write_batch(&dates_as_text(&df).map_err(err)?),
            }
            .map_err(err)?;
        }
        self.rows.clear();
        self.bytes = 0;
        Ok(())
    }

    /// Writes what is buffered and closes the files; returns each temp file with the final
    /// name it is to be renamed to (the run renames them all at once, at its end).
    pub fn finish(mut self) -> Result<Vec<(PathBuf, PathBuf)>, String> {
        self.flush()?;
        let mut done = Vec::new();
        for (sink, tmp, fin) in self.sinks {
            let err = |e: &dyn std::fmt::Display| format!("could not write {}: {e}", fin.display());
            match sink {
                Sink::Parquet(w) => {
                    w.finish().map_err(|e| err(&e))?;
                }
                Sink::Csv(mut w) => w.finish().map_err(|e| err(&e))?,
            }
            done.push((tmp, fin));
        }
        Ok(done)
    }
}
