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

fn is_jsonl(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

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
        is_jsonl(Path::new(&self.rel))
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
    /// The language the record names (`lang`), as written.
    pub lang: Option<String>,
    /// Notes on fields of the record that were ignored (a `title` that is not a string...),
    /// as rows for the rejects table.
    pub ignored: Vec<Reject>,
}

/// The files to read and how many others were passed over.
#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<InputFile>,
    /// Entries passed over: names the include patterns do not match, hidden entries.
    pub skipped: u64,
    /// Entries that exist but are not read: unreadable, not a regular file, too large, or a
    /// link back to a folder already walked.
    pub rejects: Vec<Reject>,
}

/// File name patterns read by default.
pub const DEFAULT_INCLUDE: &[&str] = &["*.txt", "*.md", "*.jsonl"];

/// The largest file (or JSONL line) read by default: larger ones are rejected as `too_large`.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 512 << 20;

fn is_glob(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

/// What discovery is told besides the inputs.
pub struct Rules<'a> {
    pub include: &'a [String],
    pub max_file_bytes: u64,
    /// A folder never read, whatever the inputs say: the run's own output.
    pub exclude: Option<&'a Path>,
}

/// A folder or file's identity on its file system, to notice a folder reached twice.
#[cfg(unix)]
fn identity(m: &fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn identity(_: &fs::Metadata) -> Option<(u64, u64)> {
    None
}

struct Walker<'a> {
    include: &'a [glob::Pattern],
    max_file_bytes: u64,
    /// Folders walked (and the excluded one), by identity: a link to one of them is not
    /// followed again, so a link to an ancestor cannot loop or multiply the files.
    visited: std::collections::HashSet<(u64, u64)>,
    excluded: Option<(u64, u64)>,
    /// For a glob input: the pattern a file or one of its folders must match.
    glob: Option<glob::Pattern>,
    d: &'a mut Discovery,
}

const NO_CASE: glob::MatchOptions = glob::MatchOptions {
    case_sensitive: false,
    require_literal_separator: true,
    require_literal_leading_dot: false,
};

fn reject(path: &Path, reason: &str, detail: String) -> Reject {
    Reject {
        path: path.display().to_string(),
        reason: reason.into(),
        detail,
    }
}

impl Walker<'_> {
    fn wanted(&self, name: &str) -> bool {
        self.include.iter().any(|p| p.matches_with(name, NO_CASE))
    }

    /// Whether a glob input takes this file: it matches the pattern itself (include patterns
    /// aside), or it lies in a folder that does and its name is included. Paths are matched
    /// as text, names that are not UTF-8 escaped, and without the `./` of a walk of `.`.
    fn glob_takes(&self, path: &Path, name: &str) -> bool {
        let Some(g) = &self.glob else {
            return self.wanted(name);
        };
        let opts = glob::MatchOptions {
            case_sensitive: true,
            ..NO_CASE
        };
        let path = path.strip_prefix(".").unwrap_or(path);
        let matches = |p: &Path| g.matches_with(&name_string(p.as_os_str()), opts);
        matches(path) || (self.wanted(name) && path.ancestors().skip(1).any(matches))
    }

    /// Adds one file (met in a walk or named as an input) when it is a regular file of
    /// readable size; anything else is a reject.
    fn file(&mut self, path: &Path, rel: String, meta: &fs::Metadata) {
        if !meta.is_file() {
            let what = if meta.is_dir() {
                "a folder"
            } else {
                "not a regular file (a pipe, socket or device)"
            };
            self.d.rejects.push(reject(
                path,
                "not_a_file",
                format!("{what}; only regular files are read"),
            ));
        } else if meta.len() > self.max_file_bytes && !is_jsonl(path) {
            // A JSONL file is streamed: the limit holds for each of its lines instead.
            self.d.rejects.push(reject(
                path,
                "too_large",
                too_large(meta.len(), self.max_file_bytes),
            ));
        } else {
            self.d
                .files
                .push(InputFile::new(path.to_path_buf(), rel, Some(meta)));
        }
    }

    /// Walks `dir` (already known to be a folder, of identity `id`) in sorted order.
    fn walk(&mut self, root: &Path, dir: &Path, id: Option<(u64, u64)>) {
        if let Some(id) = id {
            if Some(id) == self.excluded {
                return;
            }
            if !self.visited.insert(id) {
                self.d.rejects.push(reject(
                    dir,
                    "symlink_loop",
                    "a link to a folder that is read already (an ancestor or another link); not followed".into(),
                ));
                return;
            }
        }
        let entries = match fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                self.d
                    .rejects
                    .push(reject(dir, "unreadable", e.to_string()));
                return;
            }
        };
        let mut paths = Vec::new();
        for e in entries {
            match e {
                Ok(e) => paths.push(e.path()),
                Err(e) => self
                    .d
                    .rejects
                    .push(reject(dir, "unreadable", e.to_string())),
            }
        }
        // Real entries before links, so that a folder reached both ways is read under its
        // own name and the link is the one passed over.
        let is_link =
            |p: &PathBuf| fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink());
        paths.sort_by_cached_key(|p| (is_link(p), p.clone()));
        for p in paths {
            let name = p.file_name().map(name_string).unwrap_or_default();
            if name.starts_with('.') {
                self.d.skipped += 1;
                continue;
            }
            // `metadata` follows a link; the folder identities keep that from looping.
            match fs::metadata(&p) {
                Ok(m) if m.is_dir() => self.walk(root, &p, identity(&m)),
                Ok(m) if self.glob_takes(&p, &name) => self.file(&p, rel_path(root, &p), &m),
                Ok(_) => self.d.skipped += 1,
                Err(e) if self.glob_takes(&p, &name) => {
                    self.d.rejects.push(reject(&p, "unreadable", e.to_string()))
                }
                Err(_) => self.d.skipped += 1,
            }
        }
    }
}

/// Opens a file to read only if it is (still) a regular file: opened without waiting (a FIFO
/// put in its place since it was listed would block), then checked.
pub fn open_regular(path: &Path) -> std::io::Result<fs::File> {
    let mut opts = fs::OpenOptions::new();
    opts.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        const O_NONBLOCK: i32 = 0o4000;
        opts.custom_flags(O_NONBLOCK);
    }
    let f = opts.open(path)?;
    if !f.metadata()?.is_file() {
        return Err(std::io::Error::other(
            "not a regular file (it changed since the folder was listed)",
        ));
    }
    Ok(f)
}

/// The detail of a `too_large` reject.
pub fn too_large(bytes: u64, limit: u64) -> String {
    format!(
        "{bytes} bytes, more than the limit of {limit} (raise it with --max-file-bytes or [input] max_file_bytes)"
    )
}

/// Finds every file to read under `inputs`. Errors only when an input does not exist or a
/// pattern is malformed. (That no input lies inside the excluded folder is the caller's to
/// check, with [`check_inputs_outside`], before that folder is written.)
pub fn discover(inputs: &[PathBuf], rules: &Rules) -> Result<Discovery, String> {
    let include: Vec<glob::Pattern> = rules
        .include
        .iter()
        .map(|p| glob::Pattern::new(p).map_err(|e| format!("bad include pattern {p:?}: {e}")))
        .collect::<Result<_, _>>()?;
    let excluded = rules
        .exclude
        .and_then(|o| fs::metadata(o).ok())
        .and_then(|m| identity(&m));
    let mut d = Discovery::default();
    for input in inputs {
        let s = input.to_string_lossy();
        let mut w = Walker {
            include: &include,
            max_file_bytes: rules.max_file_bytes,
            visited: Default::default(),
            excluded,
            glob: None,
            d: &mut d,
        };
        if is_glob(&s) {
            w.glob =
                Some(glob::Pattern::new(&s).map_err(|e| format!("bad input pattern {s:?}: {e}"))?);
            let before = (w.d.files.len(), w.d.rejects.len());
            let root = glob_root(&s);
            match fs::metadata(&root) {
                Ok(m) if m.is_dir() => w.walk(&root, &root, identity(&m)),
                _ => {}
            }
            if (d.files.len(), d.rejects.len()) == before {
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
            w.walk(input, input, identity(&meta));
        } else {
            let rel = input.file_name().map(name_string).unwrap_or_default();
            w.file(input, rel, &meta);
        }
    }
    d.files.sort();
    d.files.dedup_by(|a, b| a.path == b.path);
    Ok(d)
}

/// An error when an input is the output folder or inside it (its tables would be read back
/// as input); to be called before the output folder is touched.
pub fn check_inputs_outside(inputs: &[PathBuf], output: &Path) -> Result<(), String> {
    let Ok(out) = output.canonicalize() else {
        return Ok(()); // an output that does not exist yet holds no input
    };
    for input in inputs {
        let s = input.to_string_lossy();
        let root = if is_glob(&s) {
            glob_root(&s)
        } else {
            input.clone()
        };
        if root.canonicalize().is_ok_and(|r| r.starts_with(&out)) {
            return Err(format!(
                "input {} is the output folder or inside it: choose an --output outside the inputs",
                input.display()
            ));
        }
    }
    Ok(())
}

/// The folder a glob pattern's matches lie under: its components before the first with a
/// wildcard (`.` when that is the first).
fn glob_root(pattern: &str) -> PathBuf {
    let mut root = PathBuf::new();
    for comp in Path::new(pattern).components() {
        if is_glob(&comp.as_os_str().to_string_lossy()) {
            break;
        }
        root.push(comp);
    }
    if root.as_os_str().is_empty() {
        root.push(".");
    }
    root
}

/// A file name (or path) as text. A name that is not UTF-8 keeps each byte that is not as
/// `%XX` (and `%` as `%25`), so two names never become the same id (a lossy conversion
/// would make both `�`).
pub fn name_string(name: &std::ffi::OsStr) -> String {
    if let Some(s) = name.to_str() {
        return s.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in name.as_bytes().utf8_chunks() {
            // A `%` is escaped too, so no UTF-8 name can read like an escaped one.
            out.push_str(&chunk.valid().replace('%', "%25"));
            for b in chunk.invalid() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    name.to_string_lossy().into_owned()
}

/// `p` relative to `root`, with `/` separators (names as [`name_string`] writes them).
pub fn rel_path(root: &Path, p: &Path) -> String {
    let rel = p.strip_prefix(root).unwrap_or(p);
    rel.components()
        .map(|c| name_string(c.as_os_str()))
        .collect::<Vec<_>>()
        .join("/")
}

fn strip_ext(rel: &str) -> &str {
    match rel.rfind('.') {
        Some(i) if !rel[i..].contains('/') && i > rel.rfind('/').map_or(0, |j| j + 1) => &rel[..i],
        _ => rel,
    }
}

/// Lines of a JSONL file, as the reader cut them.
#[derive(Debug, Clone, Default)]
pub struct JsonlChunk {
    /// Whole lines, each with its line break (the last one may lack it).
    pub data: Vec<u8>,
    /// 0-based number of the first line.
    pub first_line: usize,
    /// 1-based numbers (and byte sizes) of lines over the limit, left empty in `data`.
    pub too_long: Vec<(usize, u64)>,
    /// The size limit of a line.
    pub limit: u64,
}

/// A record as written: any JSON in each field, so that a field of the wrong type costs only
/// that field (or, for `text`, the record), never the file.
#[derive(Deserialize)]
struct JsonRecord {
    text: Option<serde_json::Value>,
    id: Option<serde_json::Value>,
    url: Option<serde_json::Value>,
    title: Option<serde_json::Value>,
    date: Option<serde_json::Value>,
    lang: Option<serde_json::Value>,
}

fn json_type(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Reads the records of a chunk of JSONL lines. Each line is decoded on its own: a line that
/// is not UTF-8, not JSON or has no `text` string is one reject (`file:line`), and the other
/// lines are read.
pub fn jsonl_records(path: &str, id: &str, chunk: &JsonlChunk) -> Vec<Result<RawDoc, Reject>> {
    let mut out = Vec::new();
    let mut too_long = chunk.too_long.iter().peekable();
    let body = chunk.data.strip_suffix(b"\n").unwrap_or(&chunk.data);
    for (k, line) in body.split(|&b| b == b'\n').enumerate() {
        let n = chunk.first_line + k + 1;
        let at = format!("{path}:{n}");
        let bad = |reason: &str, detail: String| Reject {
            path: at.clone(),
            reason: reason.into(),
            detail,
        };
        if let Some(&&(_, bytes)) = too_long.peek().filter(|(l, _)| *l == n) {
            too_long.next();
            out.push(Err(bad("too_large", too_large(bytes, chunk.limit))));
            continue;
        }
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        // A BOM may start any line, where JSONL files were concatenated.
        let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let line = match std::str::from_utf8(line) {
            Ok(l) => l,
            Err(e) => {
                let detail = format!(
                    "JSONL must be UTF-8: invalid byte at column {}",
                    e.valid_up_to() + 1
                );
                out.push(Err(bad("invalid_utf8", detail)));
                continue;
            }
        };
        let rec = match serde_json::from_str::<JsonRecord>(line) {
            Ok(r) => r,
            Err(e) => {
                out.push(Err(bad("bad_jsonl", e.to_string())));
                continue;
            }
        };
        let Some(serde_json::Value::String(text)) = rec.text else {
            out.push(Err(bad(
                "bad_jsonl",
                "record has no \"text\" string".into(),
            )));
            continue;
        };
        let mut ignored = Vec::new();
        let mut string = |field: &str, v: Option<serde_json::Value>| match v {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(s)) => Some(s),
            Some(other) => {
                let detail = format!(
                    "\"{field}\" is {}, not a string: ignored, the record is read",
                    json_type(&other)
                );
                ignored.push(bad("field_ignored", detail));
                None
            }
        };
        let url = string("url", rec.url);
        let title = string("title", rec.title);
        let date = string("date", rec.date);
        let lang = string("lang", rec.lang);
        let doc_id = match rec.id {
            Some(serde_json::Value::String(s)) if !s.is_empty() => s,
            Some(v @ serde_json::Value::Number(_)) => v.to_string(),
            None | Some(serde_json::Value::Null) => format!("{id}/{n}"),
            Some(v) => {
                let detail = format!(
                    "\"id\" is {}, not a string or number: the line number stands in",
                    json_type(&v)
                );
                ignored.push(bad("field_ignored", detail));
                format!("{id}/{n}")
            }
        };
        out.push(Ok(RawDoc {
            doc_id,
            path: at,
            content: Content::Text(text),
            title,
            date,
            url,
            lang,
            ignored,
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_jsonl(path: &str, id: &str, bytes: &[u8]) -> Vec<Result<RawDoc, Reject>> {
        let chunk = JsonlChunk {
            data: bytes.to_vec(),
            limit: 1 << 20,
            ..Default::default()
        };
        jsonl_records(path, id, &chunk)
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

    #[test]
    fn a_bad_line_costs_that_line_only() {
        let data = b"{\"text\":\"a\"}\n{\"text\":\"sj\xf6nk\"}\n\xEF\xBB\xBF{\"text\":\"c\",\"title\":7,\"url\":[1]}\r\n";
        let out = read_jsonl("f.jsonl", "f", data);
        assert_eq!(out.len(), 3);
        let r = out[1].as_ref().unwrap_err();
        assert_eq!(
            (r.path.as_str(), r.reason.as_str()),
            ("f.jsonl:2", "invalid_utf8")
        );
        let c = out[2].as_ref().unwrap();
        assert_eq!((c.doc_id.as_str(), c.title.as_deref()), ("f/3", None));
        let notes: Vec<&str> = c.ignored.iter().map(|r| r.detail.as_str()).collect();
        assert_eq!(
            notes,
            [
                "\"url\" is an array, not a string: ignored, the record is read",
                "\"title\" is a number, not a string: ignored, the record is read"
            ]
        );
    }
}
