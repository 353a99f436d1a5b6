//! Stage 1, ingest: finds the input files and reads them into raw documents.
//!
//! Inputs are folders (walked recursively, in sorted order), files, or glob patterns.
//! `.txt` and `.md` files are one document each, with the path relative to the input root,
//! without extension, as id. `.jsonl` files hold one document per line: `text` plus optional
//! `id`, `url`, `title`, `date`. What cannot be read becomes a [`Reject`], never an error:
//! only a missing input path stops the run.

use crate::model::Reject;
use serde::Deserialize;
use std::fs;
use std::path::{Path, PathBuf};

/// A file found under one of the inputs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct InputFile {
    pub path: PathBuf,
    /// Path relative to its input root, with `/` separators.
    pub rel: String,
    pub size: u64,
    /// Modification time, nanoseconds since the epoch (0 when unknown).
    pub mtime_ns: i64,
}

impl InputFile {
    fn new(path: PathBuf, rel: String, meta: Option<&fs::Metadata>) -> InputFile {
        let mtime_ns = meta
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i64);
        InputFile {
            path,
            rel,
            size: meta.map_or(0, |m| m.len()),
            mtime_ns,
        }
    }

    pub fn is_jsonl(&self) -> bool {
        self.rel.to_ascii_lowercase().ends_with(".jsonl")
    }

    /// The document id of a one-document file: its relative path without the extension.
    pub fn doc_id(&self) -> &str {
        strip_ext(&self.rel)
    }
}

/// What ingest hands to decode: raw bytes, or text already decoded by the JSONL reader.
#[derive(Debug, Clone)]
pub enum Content {
    Bytes(Vec<u8>),
    Text(String),
}

/// A document before decoding, with the metadata a JSONL record may carry.
#[derive(Debug, Clone)]
pub struct RawDoc {
    pub doc_id: String,
    pub path: String,
    pub content: Content,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

/// The files to read and how many others were passed over.
#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<InputFile>,
    pub skipped: u64,
    /// Entries that exist but cannot be listed or read.
    pub rejects: Vec<Reject>,
}

/// File name patterns read by default.
pub const DEFAULT_INCLUDE: &[&str] = &["*.txt", "*.md", "*.jsonl"];

fn is_glob(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

/// Finds every file to read under `inputs`. Errors only when an input does not exist.
pub fn discover(inputs: &[PathBuf], include: &[String]) -> Result<Discovery, String> {
    let patterns: Vec<glob::Pattern> = include
        .iter()
        .map(|p| glob::Pattern::new(p).map_err(|e| format!("bad include pattern {p:?}: {e}")))
        .collect::<Result<_, _>>()?;
    let wanted = |name: &str| patterns.iter().any(|p| p.matches(name));
    let mut d = Discovery::default();
    for input in inputs {
        let s = input.to_string_lossy();
        if is_glob(&s) {
            let root = glob_root(&s);
            let paths = glob::glob(&s).map_err(|e| format!("bad input pattern {s:?}: {e}"))?;
            let mut n = 0;
            for p in paths {
                match p {
                    Ok(p) if p.is_file() => {
                        n += 1;
                        let rel = rel_path(&root, &p);
                        let meta = fs::metadata(&p).ok();
                        d.files.push(InputFile::new(p, rel, meta.as_ref()));
                    }
                    Ok(p) if p.is_dir() => {
                        n += 1;
                        walk(&p, &p, &wanted, &mut d);
                    }
                    Ok(_) => {}
                    Err(e) => d.rejects.push(Reject {
                        path: e.path().display().to_string(),
                        reason: "unreadable".into(),
                        detail: e.error().to_string(),
                    }),
                }
            }
            if n == 0 {
                return Err(format!("input pattern {s:?} matches no file"));
            }
            continue;
        }
        let meta = fs::metadata(input).map_err(|e| {
            format!(
                "input {} does not exist or cannot be read: {e}",
                input.display()
            )
        })?;
        if meta.is_dir() {
            walk(input, input, &wanted, &mut d);
        } else {
            let rel = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            d.files
                .push(InputFile::new(input.clone(), rel, Some(&meta)));
        }
    }
    d.files.sort();
    d.files.dedup_by(|a, b| a.path == b.path);
    Ok(d)
}

fn glob_root(pattern: &str) -> PathBuf {
    let mut root = PathBuf::new();
    for comp in Path::new(pattern).components() {
        if is_glob(&comp.as_os_str().to_string_lossy()) {
            break;
        }
        root.push(comp);
    }
    root
}

fn rel_path(root: &Path, p: &Path) -> String {
    let rel = p.strip_prefix(root).unwrap_or(p);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn walk(root: &Path, dir: &Path, wanted: &dyn Fn(&str) -> bool, d: &mut Discovery) {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            d.rejects.push(Reject {
                path: dir.display().to_string(),
                reason: "unreadable".into(),
                detail: e.to_string(),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        match fs::metadata(&p) {
            Ok(m) if m.is_dir() => walk(root, &p, wanted, d),
            Ok(m) if wanted(&name) => {
                d.files
                    .push(InputFile::new(p.clone(), rel_path(root, &p), Some(&m)))
            }
            Ok(_) => d.skipped += 1,
            Err(e) if wanted(&name) => d.rejects.push(Reject {
                path: p.display().to_string(),
                reason: "unreadable".into(),
                detail: e.to_string(),
            }),
            Err(_) => d.skipped += 1,
        }
    }
}

fn strip_ext(rel: &str) -> &str {
    match rel.rfind('.') {
        Some(i) if !rel[i..].contains('/') && i > rel.rfind('/').map_or(0, |j| j + 1) => &rel[..i],
        _ => rel,
    }
}

#[derive(Deserialize)]
struct JsonRecord {
    text: Option<String>,
    id: Option<serde_json::Value>,
    url: Option<String>,
    title: Option<String>,
    date: Option<String>,
}

/// Checks a JSONL file as a whole: UTF-8 (a BOM is dropped) with at least one record.
/// Returns the text to read records from, or the file's reject.
pub fn jsonl_text<'a>(path: &str, bytes: &'a [u8]) -> Result<&'a str, Reject> {
    let text =
        std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(|e| {
            Reject {
                path: path.into(),
                reason: "invalid_utf8".into(),
                detail: format!("JSONL must be UTF-8: {e}"),
            }
        })?;
    if text.trim().is_empty() {
        return Err(Reject {
            path: path.into(),
            reason: "empty".into(),
            detail: "no records".into(),
        });
    }
    Ok(text)
}

/// Reads the records of JSONL lines; `first_line` is the 0-based number of the first one.
pub fn jsonl_records(
    path: &str,
    id: &str,
    lines: &str,
    first_line: usize,
) -> Vec<Result<RawDoc, Reject>> {
    let mut out = Vec::new();
    for (k, line) in lines.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let n = first_line + k + 1;
        let at = format!("{path}:{n}");
        match serde_json::from_str::<JsonRecord>(line) {
            Ok(JsonRecord {
                text: Some(t),
                id: rid,
                url,
                title,
                date,
            }) => out.push(Ok(RawDoc {
                doc_id: match rid {
                    Some(serde_json::Value::String(s)) if !s.is_empty() => s,
                    Some(v @ serde_json::Value::Number(_)) => v.to_string(),
                    _ => format!("{id}/{n}"),
                },
                path: at,
                content: Content::Text(t),
                title,
                date,
                url,
            })),
            Ok(_) => out.push(Err(Reject {
                path: at,
                reason: "bad_jsonl".into(),
                detail: "record has no \"text\" string".into(),
            })),
            Err(e) => out.push(Err(Reject {
                path: at,
                reason: "bad_jsonl".into(),
                detail: e.to_string(),
            })),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_jsonl(path: &str, id: &str, bytes: &[u8]) -> Vec<Result<RawDoc, Reject>> {
        match jsonl_text(path, bytes) {
            Ok(text) => jsonl_records(path, id, text, 0),
            Err(r) => vec![Err(r)],
        }
    }

    #[test]
    fn ids_drop_the_extension_only() {
        assert_eq!(
            strip_ext("002_ea5fb7544038bb6d.txt"),
            "002_ea5fb7544038bb6d"
        );
        assert_eq!(strip_ext("a.b/c"), "a.b/c");
        assert_eq!(strip_ext("sub/x.md"), "sub/x");
        assert_eq!(strip_ext(".hidden"), ".hidden");
    }

    #[test]
    fn jsonl_records_and_bad_lines() {
        let data = b"{\"id\":\"a1\",\"text\":\"Hello\",\"date\":\"2025-10-21\"}\n\nnot json\n{\"title\":\"x\"}\n{\"text\":\"t\"}\n";
        let out = read_jsonl("f.jsonl", "f", data);
        assert_eq!(out.len(), 4);
        let a = out[0].as_ref().unwrap();
        assert_eq!(
            (a.doc_id.as_str(), a.date.as_deref()),
            ("a1", Some("2025-10-21"))
        );
        assert_eq!(out[1].as_ref().unwrap_err().path, "f.jsonl:3");
        assert_eq!(out[2].as_ref().unwrap_err().reason, "bad_jsonl");
        assert_eq!(out[3].as_ref().unwrap().doc_id, "f/5");
    }
}
