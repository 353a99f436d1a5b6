//! The pipeline: a declarative definition (`pipelines/*.toml`) and the run that reads top to
//! bottom as ingest → decode → clean → segment → extract → normalize → write.

use crate::clean::{self, parse_iso_date};
use crate::decode;
use crate::extract;
use crate::ingest::{self, Content, RawDoc, DEFAULT_INCLUDE};
use crate::lexicon::Lexicons;
use crate::model::{DocumentRow, Fact, Kind, Reject};
use crate::normalize::{normalize, CharOffsets, Context};
use crate::segment;
use crate::write::{self, Format};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// A pipeline file as written. Relative paths are relative to the file's folder.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct PipelineFile {
    name: Option<String>,
    /// For the reader of the file; the run does not use it.
    #[allow(dead_code)]
    description: Option<String>,
    #[serde(default)]
    input: InputSection,
    #[serde(default)]
    clean: CleanSection,
    #[serde(default)]
    segment: SegmentSection,
    #[serde(default)]
    extract: ExtractSection,
    #[serde(default)]
    output: OutputSection,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct InputSection {
    #[serde(default)]
    paths: Vec<String>,
    include: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CleanSection {
    /// Recognise page chrome and extract nothing from it.
    #[serde(default = "yes")]
    chrome: bool,
}

impl Default for CleanSection {
    fn default() -> Self {
        CleanSection { chrome: true }
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct SegmentSection {
    languages: Option<Vec<String>>,
    default_language: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ExtractSection {
    kinds: Option<Vec<Kind>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct OutputSection {
    dir: Option<String>,
    formats: Option<Vec<String>>,
}

fn yes() -> bool {
    true
}

/// A resolved pipeline: every setting decided.
#[derive(Debug, Clone)]
pub struct Pipeline {
    pub name: String,
    pub source: Option<PathBuf>,
    pub inputs: Vec<PathBuf>,
    pub include: Vec<String>,
    pub chrome: bool,
    /// Indices into [`Lexicons::langs`] of the languages to tell apart.
    pub languages: Vec<usize>,
    pub default_language: usize,
    pub kinds: Option<Vec<Kind>>,
    pub output: PathBuf,
    pub formats: Vec<Format>,
    /// Show a progress line on stderr while reading.
    pub progress: bool,
}

impl Pipeline {
    /// The default stages, with no inputs yet.
    pub fn default_stages() -> Pipeline {
        let lx = Lexicons::embedded();
        Pipeline {
            name: "default".into(),
            source: None,
            inputs: vec![],
            include: DEFAULT_INCLUDE.iter().map(|s| s.to_string()).collect(),
            chrome: true,
            languages: (0..lx.langs.len()).collect(),
            default_language: lx.index("en").unwrap_or(0),
            kinds: None,
            output: PathBuf::from("output"),
            formats: vec![Format::Parquet, Format::Csv],
            progress: false,
        }
    }

    /// Reads a pipeline file; the error names the file and says what is wrong, on one line.
    pub fn load(path: &Path) -> Result<Pipeline, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("pipeline file {}: {e}", path.display()))?;
        let raw: PipelineFile = toml::from_str(&text).map_err(|e| {
            format!(
                "pipeline file {}: {}",
                path.display(),
                e.to_string().replace('\n', " ").trim()
            )
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        let lx = Lexicons::embedded();
        let mut p = Pipeline::default_stages();
        p.name = raw.name.unwrap_or_else(|| {
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        });
        p.source = Some(path.to_path_buf());
        p.inputs = raw.input.paths.iter().map(|s| resolve(base, s)).collect();
        if let Some(inc) = raw.input.include {
            p.include = inc;
        }
        p.chrome = raw.clean.chrome;
        let lang_index = |code: &str| {
            lx.index(code).ok_or_else(|| {
                format!(
                    "pipeline file {}: unknown language {code:?} (available: {})",
                    path.display(),
                    lx.codes().join(", ")
                )
            })
        };
        if let Some(langs) = &raw.segment.languages {
            p.languages = langs
                .iter()
                .map(|l| lang_index(l))
                .collect::<Result<_, _>>()?;
            if p.languages.is_empty() {
                return Err(format!(
                    "pipeline file {}: segment.languages is empty",
                    path.display()
                ));
            }
        }
        if let Some(d) = &raw.segment.default_language {
            p.default_language = lang_index(d)?;
        }
        if !p.languages.contains(&p.default_language) {
            p.default_language = p.languages[0];
        }
        p.kinds = raw.extract.kinds;
        if let Some(d) = raw.output.dir {
            p.output = resolve(base, &d);
        }
        if let Some(f) = raw.output.formats {
            p.formats = f
                .iter()
                .map(|s| Format::parse(s))
                .collect::<Result<_, _>>()
                .map_err(|e| format!("pipeline file {}: {e}", path.display()))?;
        }
        Ok(p)
    }
}

/// Joins a pipeline-relative path to the pipeline's folder and folds `..` away lexically,
/// so `pipelines/../corpus/sample` is recorded as `corpus/sample`.
fn resolve(base: &Path, rel: &str) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in base.join(rel).components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// What one document yields besides its facts.
#[derive(Debug, Clone)]
pub struct DocInfo {
    pub lang: String,
    pub title: Option<String>,
    pub date: Option<crate::model::Date>,
}

/// Runs clean → segment → extract → normalize on one decoded text.
pub fn process_text(doc_id: &str, text: &str, p: &Pipeline) -> (DocInfo, Vec<Fact>) {
    let all = Lexicons::embedded();
    let mut cleaned = clean::clean(text, all);
    if !p.chrome {
        // Chrome recognition off: every non-blank line is content (title and date stay).
        for b in cleaned
            .blocks
            .iter_mut()
            .filter(|b| b.kind != clean::BlockKind::Blank)
        {
            b.kind = clean::BlockKind::Content;
        }
    }
    let seg = segment::segment(text, &cleaned.blocks, all, &p.languages, p.default_language);
    let masks = extract::masks(text);
    let dollar = extract::outlet_dollar(text, all);
    let mut offsets = CharOffsets::new(text);
    let mut facts = Vec::new();
    for s in &seg.sentences {
        let lx = &all.langs[s.lang];
        for m in extract::extract(text, s.start, s.end, lx, &masks, dollar.as_deref()) {
            if p.kinds.as_ref().is_some_and(|k| !k.contains(&m.unit.kind)) {
                continue;
            }
            let ctx = Context {
                doc_id,
                text,
                sentence: (s.start, s.end),
                lang: &lx.lang,
            };
            facts.push(normalize(&m, &ctx, &mut offsets));
        }
    }
    facts.sort_by_key(|f| (f.start, f.end));
    let info = DocInfo {
        lang: all.langs[seg.lang].lang.clone(),
        title: cleaned.title,
        date: cleaned.date,
    };
    (info, facts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipeline_paths_fold_parent_dirs() {
        assert_eq!(
            resolve(Path::new("pipelines"), "../corpus/sample"),
            PathBuf::from("corpus/sample")
        );
        assert_eq!(resolve(Path::new(""), "corpus"), PathBuf::from("corpus"));
        assert_eq!(resolve(Path::new("pipelines"), ".."), PathBuf::from("."));
        assert_eq!(resolve(Path::new("/a/b"), "../c"), PathBuf::from("/a/c"));
        assert_eq!(resolve(Path::new(".."), "x"), PathBuf::from("../x"));
    }
}

/// Counts for `run.json`.
#[derive(Debug, Serialize)]
pub struct RunSummary {
    pub numfacts_version: String,
    pub pipeline: String,
    pub pipeline_file: Option<String>,
    pub inputs: Vec<String>,
    pub output: String,
    pub formats: Vec<String>,
    pub files_read: u64,
    pub files_skipped: u64,
    pub bytes_read: u64,
    pub documents: u64,
    pub rejects: u64,
    pub rejects_by_reason: BTreeMap<String, u64>,
    pub facts: u64,
    pub facts_by_kind: BTreeMap<String, u64>,
    pub documents_by_lang: BTreeMap<String, u64>,
    pub seconds: f64,
}

/// Everything a run produced, before writing.
pub struct RunOutput {
    pub documents: Vec<DocumentRow>,
    pub facts: Vec<Fact>,
    pub rejects: Vec<Reject>,
    pub files_read: u64,
    pub files_skipped: u64,
    pub bytes_read: u64,
}

fn document(
    raw: RawDoc,
    p: &Pipeline,
    seen: &mut HashMap<String, String>,
) -> Result<(DocumentRow, Vec<Fact>), Reject> {
    let reject = |reason: &str, detail: String| Reject {
        path: raw.path.clone(),
        reason: reason.into(),
        detail,
    };
    if let Some(first) = seen.get(&raw.doc_id) {
        return Err(reject(
            "duplicate_id",
            format!("document id {:?} already read from {first}", raw.doc_id),
        ));
    }
    let (decoded, bytes, hash) = match &raw.content {
        Content::Bytes(b) => (decode::decode(b), b.len() as u64, Sha256::digest(b)),
        Content::Text(t) => (
            decode::decode(t.as_bytes()),
            t.len() as u64,
            Sha256::digest(t.as_bytes()),
        ),
    };
    let d = decoded.map_err(|(reason, detail)| reject(reason, detail))?;
    seen.insert(raw.doc_id.clone(), raw.path.clone());
    let (info, facts) = process_text(&raw.doc_id, &d.text, p);
    let row = DocumentRow {
        doc_id: raw.doc_id.clone(),
        path: raw.path.clone(),
        content_hash: hash.iter().map(|b| format!("{b:02x}")).collect(),
        bytes,
        chars: d.text.chars().count() as u64,
        encoding: d.encoding.into(),
        lang: info.lang,
        title: raw.title.clone().or(info.title),
        date: raw.date.as_deref().and_then(parse_iso_date).or(info.date),
        n_facts: facts.len() as u64,
    };
    Ok((row, facts))
}

/// A progress line on stderr, redrawn at most twice a second.
struct Progress {
    on: bool,
    total: usize,
    files: usize,
    started: Instant,
    last: Instant,
}

impl Progress {
    fn new(on: bool, total: usize) -> Progress {
        let now = Instant::now();
        Progress {
            on,
            total,
            files: 0,
            started: now,
            last: now,
        }
    }

    fn tick(&mut self, bytes: u64, facts: usize) {
        self.files += 1;
        if !self.on || self.last.elapsed().as_millis() < 500 {
            return;
        }
        self.last = Instant::now();
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        let rate = self.files as f64 / secs;
        let eta = (self.total - self.files) as f64 / rate.max(1e-9);
        eprint!(
            "\r{}/{} files  {:.1} MB  {} facts  {:.1} MB/s  ETA {:.0}s   ",
            self.files,
            self.total,
            bytes as f64 / 1e6,
            facts,
            bytes as f64 / 1e6 / secs,
            eta
        );
    }

    fn done(&self) {
        if self.on && self.started.elapsed().as_millis() >= 500 {
            eprintln!();
        }
    }
}

/// Reads and extracts every input; no output is written.
pub fn execute(p: &Pipeline) -> Result<RunOutput, String> {
    if p.inputs.is_empty() {
        return Err(
            "no input: give --input DIR_OR_FILE or a pipeline file with [input] paths".into(),
        );
    }
    let found = ingest::discover(&p.inputs, &p.include)?;
    let mut out = RunOutput {
        documents: vec![],
        facts: vec![],
        rejects: found.rejects,
        files_read: found.files.len() as u64,
        files_skipped: found.skipped,
        bytes_read: 0,
    };
    let mut seen = HashMap::new();
    let mut progress = Progress::new(p.progress, found.files.len());
    for file in &found.files {
        progress.tick(out.bytes_read, out.facts.len());
        for item in ingest::read(file) {
            match item.and_then(|raw| document(raw, p, &mut seen)) {
                Ok((row, facts)) => {
                    out.bytes_read += row.bytes;
                    out.documents.push(row);
                    out.facts.extend(facts);
                }
                Err(r) => out.rejects.push(r),
            }
        }
    }
    progress.done();
    out.documents.sort_by(|a, b| a.doc_id.cmp(&b.doc_id));
    out.facts
        .sort_by(|a, b| (&a.doc_id, a.start, a.end).cmp(&(&b.doc_id, b.start, b.end)));
    out.rejects.sort();
    Ok(out)
}

/// Runs the pipeline and writes its tables and `run.json` to the output folder.
pub fn run(p: &Pipeline) -> Result<RunSummary, String> {
    let t0 = Instant::now();
    let out = execute(p)?;
    std::fs::create_dir_all(&p.output)
        .map_err(|e| format!("could not create output folder {}: {e}", p.output.display()))?;
    let polars_err = |e: polars::prelude::PolarsError| format!("could not build a table: {e}");
    write::write_table(
        &mut write::facts_frame(&out.facts).map_err(polars_err)?,
        &p.output,
        "facts",
        &p.formats,
    )?;
    write::write_table(
        &mut write::documents_frame(&out.documents).map_err(polars_err)?,
        &p.output,
        "documents",
        &p.formats,
    )?;
    write::write_table(
        &mut write::rejects_frame(&out.rejects).map_err(polars_err)?,
        &p.output,
        "rejects",
        &p.formats,
    )?;
    let mut summary = RunSummary {
        numfacts_version: env!("CARGO_PKG_VERSION").into(),
        pipeline: p.name.clone(),
        pipeline_file: p.source.as_ref().map(|s| s.display().to_string()),
        inputs: p.inputs.iter().map(|s| s.display().to_string()).collect(),
        output: p.output.display().to_string(),
        formats: p
            .formats
            .iter()
            .map(|f| format!("{f:?}").to_lowercase())
            .collect(),
        files_read: out.files_read,
        files_skipped: out.files_skipped,
        bytes_read: out.bytes_read,
        documents: out.documents.len() as u64,
        rejects: out.rejects.len() as u64,
        rejects_by_reason: BTreeMap::new(),
        facts: out.facts.len() as u64,
        facts_by_kind: BTreeMap::new(),
        documents_by_lang: BTreeMap::new(),
        seconds: 0.0,
    };
    for r in &out.rejects {
        *summary
            .rejects_by_reason
            .entry(r.reason.clone())
            .or_default() += 1;
    }
    for f in &out.facts {
        *summary
            .facts_by_kind
            .entry(f.kind.as_str().into())
            .or_default() += 1;
    }
    for d in &out.documents {
        *summary.documents_by_lang.entry(d.lang.clone()).or_default() += 1;
    }
    summary.seconds = (t0.elapsed().as_secs_f64() * 1000.0).round() / 1000.0;
    let json = serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())?;
    let path = p.output.join("run.json");
    std::fs::write(&path, json + "\n")
        .map_err(|e| format!("could not write {}: {e}", path.display()))?;
    Ok(summary)
}
