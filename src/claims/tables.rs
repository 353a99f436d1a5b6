//! The facts and documents tables claims are built from, in any layout and format.

use crate::write::{Format, Layout};
use polars_core::prelude::*;
use polars_io::prelude::*;
use std::fs::File;
use std::path::{Path, PathBuf};

/// The files of a table in an output folder: `facts.parquet`, or the parts of `facts/`.
pub(super) fn table_files(out: &Path, layout: Layout, table: &str, f: Format) -> Vec<PathBuf> {
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

/// The named columns of a table's files, a row at a time: a Parquet file a row group at a
/// time, a CSV file a record at a time, so that memory holds one row group at most.
pub(crate) struct TableRows<'a> {
    files: std::slice::Iter<'a, PathBuf>,
    parquet: bool,
    columns: &'a [&'a str],
    groups: Option<ParquetFile<'a>>,
    rows: std::vec::IntoIter<Row>,
    csv: Option<CsvFile<'a>>,
}

/// A Parquet file being read: its footer, read once, and the row groups still to read
/// (offset, rows).
struct ParquetFile<'a> {
    path: &'a Path,
    footer: polars_io::parquet::metadata::FileMetadataRef,
    groups: std::collections::VecDeque<(usize, usize)>,
}

/// A CSV file being read, and the position of each column asked for in its records.
struct CsvFile<'a> {
    path: &'a Path,
    reader: csv::Reader<File>,
    pos: Vec<Option<usize>>,
}

/// A row's values by column position, as strings; empty CSV cells are none.
pub(crate) type Row = Vec<Option<String>>;

impl<'a> TableRows<'a> {
    pub(crate) fn new(files: &'a [PathBuf], parquet: bool, columns: &'a [&'a str]) -> Self {
        TableRows {
            files: files.iter(),
            parquet,
            columns,
            groups: None,
            rows: Vec::new().into_iter(),
            csv: None,
        }
    }

    /// Opens `path` for reading.
    fn open(&mut self, path: &'a Path) -> Result<(), String> {
        let err = |e: &dyn std::fmt::Display| format!("could not read {}: {e}", path.display());
        if self.parquet {
            let mut r = ParquetReader::new(File::open(path).map_err(|e| err(&e))?);
            let footer = r.get_metadata().map_err(|e| err(&e))?.clone();
            let mut at = 0;
            let mut groups = std::collections::VecDeque::new();
            for g in &footer.row_groups {
                groups.push_back((at, g.num_rows()));
                at += g.num_rows();
            }
            self.groups = Some(ParquetFile {
                path,
                footer,
                groups,
            });
        } else {
            let mut rd = csv::Reader::from_path(path).map_err(|e| err(&e))?;
            let headers = rd.headers().map_err(|e| err(&e))?.clone();
            let pos = self
                .columns
                .iter()
                .map(|c| headers.iter().position(|h| h == *c))
                .collect();
            self.csv = Some(CsvFile {
                path,
                reader: rd,
                pos,
            });
        }
        Ok(())
    }

    /// The rows of a Parquet file's row group: only the columns asked for, and of them only
    /// those the file has.
    fn read_group(
        &self,
        file: &ParquetFile<'_>,
        (offset, len): (usize, usize),
    ) -> Result<Vec<Row>, String> {
        let path = file.path;
        let err = |e: &dyn std::fmt::Display| format!("could not read {}: {e}", path.display());
        let mut r = ParquetReader::new(File::open(path).map_err(|e| err(&e))?);
        r.set_metadata(file.footer.clone());
        let schema = r.schema().map_err(|e| err(&e))?;
        let present: Vec<String> = self
            .columns
            .iter()
            .filter(|c| schema.contains(c))
            .map(|c| c.to_string())
            .collect();
        let df = r
            .with_columns(Some(present))
            .with_slice(Some((offset, len)))
            .finish()
            .map_err(|e| err(&e))?;
        let mut rows: Vec<Row> = vec![vec![None; self.columns.len()]; df.height()];
        for (j, c) in self.columns.iter().enumerate() {
            let Ok(col) = df.column(c) else { continue };
            if col.dtype() == &DataType::Date {
                let days = crate::write::date_texts(col).map_err(|e| err(&e))?;
                for (row, d) in rows.iter_mut().zip(days) {
                    row[j] = d;
                }
                continue;
            }
            let s = col.cast(&DataType::String).map_err(|e| err(&e))?;
            for (row, v) in rows.iter_mut().zip(s.str().map_err(|e| err(&e))?.iter()) {
                row[j] = v.map(str::to_string);
            }
        }
        Ok(rows)
    }

    fn next_row(&mut self) -> Result<Option<Row>, String> {
        loop {
            if let Some(row) = self.rows.next() {
                return Ok(Some(row));
            }
            if let Some(file) = &mut self.groups {
                if let Some(g) = file.groups.pop_front() {
                    let file = self.groups.as_ref().expect("checked");
                    self.rows = self.read_group(file, g)?.into_iter();
                    continue;
                }
                self.groups = None;
            }
            if let Some(CsvFile {
                path,
                reader: rd,
                pos,
            }) = &mut self.csv
            {
                let mut rec = csv::StringRecord::new();
                let more = rd
                    .read_record(&mut rec)
                    .map_err(|e| format!("could not read {}: {e}", path.display()))?;
                if more {
                    return Ok(Some(
                        pos.iter()
                            .map(|j| {
                                j.and_then(|j| rec.get(j))
                                    .filter(|v| !v.is_empty())
                                    .map(str::to_string)
                            })
                            .collect(),
                    ));
                }
                self.csv = None;
            }
            match self.files.next() {
                Some(path) => self.open(path)?,
                None => return Ok(None),
            }
        }
    }
}

impl Iterator for TableRows<'_> {
    type Item = Result<Row, String>;
    fn next(&mut self) -> Option<Self::Item> {
        self.next_row().transpose()
    }
}
