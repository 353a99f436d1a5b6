//! The pipeline: a declarative definition (`pipelines/*.toml`) and the run that reads top to
//! bottom as ingest → decode → clean → segment → extract → normalize → context → write.

use crate::clean;
use crate::context;
use crate::extract;
use crate::ingest::{DEFAULT_INCLUDE, DEFAULT_MAX_FILE_BYTES};
use crate::lexicon::Lexicons;
use crate::model::{Fact, Kind};
use crate::normalize::{normalize, CharOffsets, Context};
use crate::segment;
use crate::table;
use crate::write::{Format, Layout};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
    /// Files (and JSONL lines) larger than this are rejected as `too_large`.
    max_file_bytes: Option<u64>,
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
    /// Every document is in this language (a JSONL record's `lang` still wins); none:
    /// detected per document.
    language: Option<String>,
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
    layout: Option<String>,
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
    /// Files (and JSONL lines) larger than this are rejected as `too_large`, not read.
    pub max_file_bytes: u64,
    pub chrome: bool,
    /// Indices into [`Lexicons::langs`] of the languages to tell apart.
    pub languages: Vec<usize>,
    pub default_language: usize,
    /// The language of every document whose record names none (`--lang`, `segment.language`):
    /// no detection.
    pub language: Option<usize>,
    pub kinds: Option<Vec<Kind>>,
    pub output: PathBuf,
    pub formats: Vec<Format>,
    pub layout: Layout,
    /// Worker threads for extraction.
    pub threads: usize,
    /// Only the documents of shard `.0` of `.1` (by document id hash).
    pub shard: Option<(u64, u64)>,
    /// Ignore what an earlier run left in the output folder and rebuild everything.
    pub full: bool,
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
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            chrome: true,
            languages: (0..lx.langs.len()).collect(),
            default_language: lx.index("en").unwrap_or(0),
            language: None,
            kinds: None,
            output: PathBuf::from("output"),
            formats: vec![Format::Parquet, Format::Csv],
            layout: Layout::Files,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            shard: None,
            full: false,
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
        if let Some(m) = raw.input.max_file_bytes {
            p.max_file_bytes = m;
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
        if let Some(l) = &raw.segment.language {
            p.language = Some(lang_index(l)?);
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
        if let Some(l) = raw.output.layout {
            p.layout =
                Layout::parse(&l).map_err(|e| format!("pipeline file {}: {e}", path.display()))?;
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

/// Parses `I/N` (0 ≤ I < N): shard I of N.
pub fn parse_shard(s: &str) -> Result<(u64, u64), String> {
    let bad = || format!("bad shard {s:?}: use I/N with 0 <= I < N, e.g. --shard 0/4");
    let (i, n) = s.split_once('/').ok_or_else(bad)?;
    let (i, n): (u64, u64) = (
        i.trim().parse().map_err(|_| bad())?,
        n.trim().parse().map_err(|_| bad())?,
    );
    if n == 0 || i >= n {
        return Err(bad());
    }
    Ok((i, n))
}

/// What one document yields besides its facts.
#[derive(Debug, Clone)]
pub struct DocInfo {
    pub lang: String,
    pub title: Option<String>,
    pub date: Option<crate::model::Date>,
}

/// What is known of a document from outside its text (a JSONL record's fields).
#[derive(Debug, Clone, Default)]
pub struct DocMeta<'a> {
    /// Its date: that, else the one in its header, resolves "last year".
    pub date: Option<crate::model::Date>,
    /// Its language (index into [`Lexicons::langs`]): no detection.
    pub lang: Option<usize>,
    /// Its web address: the outlet's country may say what a bare "$" is.
    pub url: Option<&'a str>,
}

/// The index of a language code as a record or a user writes it: "sv", "SV", "sv-SE",
/// "en_US".
pub fn language_index(code: &str) -> Option<usize> {
    let primary = code.split(['-', '_']).next()?.trim().to_lowercase();
    Lexicons::embedded().index(&primary)
}

/// Runs clean → segment → extract → normalize → context on one decoded text.
pub fn process_text(doc_id: &str, text: &str, p: &Pipeline) -> (DocInfo, Vec<Fact>) {
    process_document(doc_id, text, &DocMeta::default(), p)
}

/// A document longer than this is processed in pieces of about this size, cut at paragraph
/// breaks (else line breaks, sentence ends, spaces), so that the working memory of any
/// document is that of a piece; only the context reaching across a cut is lost.
pub const PIECE_BYTES: usize = 1 << 20;

/// Where the piece of `text` starting at `start` ends.
fn piece_end(text: &str, start: usize) -> usize {
    let target = start + PIECE_BYTES;
    if target >= text.len() {
        return text.len();
    }
    let boundary = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    let at = boundary(target);
    let reach = &text[at..boundary(text.len().min(at + PIECE_BYTES / 4))];
    for cut in ["\n\n", "\n", ". ", " "] {
        if let Some(i) = reach.find(cut) {
            return at + i + cut.len();
        }
    }
    at
}

/// [`process_text`] for a document of which `meta` tells what its text may not.
pub fn process_document(
    doc_id: &str,
    text: &str,
    meta: &DocMeta,
    p: &Pipeline,
) -> (DocInfo, Vec<Fact>) {
    let date = meta.date;
    let doc_id: Arc<str> = doc_id.into();
    let (mut start, mut chars) = (0, 0);
    let mut first: Option<DocInfo> = None;
    let mut facts = Vec::new();
    while start < text.len() || first.is_none() {
        let end = piece_end(text, start);
        let piece = &text[start..end];
        let (title, piece_date) = first
            .as_ref()
            .map_or((None, date), |f| (f.title.as_deref(), date.or(f.date)));
        let piece_meta = DocMeta {
            date: piece_date,
            ..meta.clone()
        };
        let (info, f) = process_piece(&doc_id, piece, chars, &piece_meta, title, p);
        if facts.is_empty() {
            facts = f; // one piece, the common case: no copy
        } else {
            facts.extend(f);
        }
        first.get_or_insert(info);
        if end < text.len() {
            chars += piece.chars().count(); // not needed after the last piece
        }
        start = end;
    }
    (first.expect("one piece at least"), facts)
}

/// The stages on one piece of a document: its text, the code points before it, the date
/// and title known from the document (for a piece after the first).
fn process_piece(
    doc_id: &Arc<str>,
    text: &str,
    char_base: usize,
    meta: &DocMeta,
    title: Option<&str>,
    p: &Pipeline,
) -> (DocInfo, Vec<Fact>) {
    let date = meta.date;
    let all = Lexicons::embedded();
    // Only the first piece has the document's header (title, date, page metadata).
    let mut cleaned = clean::clean_part(text, all, char_base == 0);
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
    let mut seg = match meta.lang.or(p.language) {
        Some(l) => segment::segment(text, &cleaned.blocks, all, &[l], l),
        None => segment::segment(text, &cleaned.blocks, all, &p.languages, p.default_language),
    };
    let masks = extract::masks(text);
    let dollar = text
        .contains('$')
        .then(|| extract::outlet_dollar(text, meta.url, all))
        .flatten();
    let doc_date = date.or(cleaned.date);
    let tables = tables(text, &cleaned.blocks, seg.lang, doc_date);
    // A table's lines are no sentences: neither read for facts nor for names and terms.
    if !tables.is_empty() {
        let mut lines: Vec<(usize, usize)> = tables.iter().flat_map(|t| t.lines.clone()).collect();
        lines.sort_unstable();
        // The first line ending after the sentence starts: the only one that may overlap.
        seg.sentences.retain(|s| {
            let k = lines.partition_point(|&(_, b)| b <= s.start);
            lines.get(k).is_none_or(|&(a, _)| a >= s.end)
        });
    }
    let mut offsets = CharOffsets::new(text);
    let mut facts = Vec::new();
    let mut spans = Vec::new();
    for (si, s) in seg.sentences.iter().enumerate().filter(|(_, s)| s.numeric) {
        let lx = &all.langs[s.lang];
        let mentions = extract::extract(text, s.start, s.end, lx, &masks, dollar.as_deref());
        if mentions.is_empty() {
            continue;
        }
        let sentence: Arc<str> = text[s.start..s.end].into();
        let first = offsets.at(s.start);
        let sentence_chars = (first, first + sentence.chars().count());
        for m in mentions {
            if p.kinds.as_ref().is_some_and(|k| !k.contains(&m.unit.kind)) {
                continue;
            }
            let ctx = Context {
                doc_id,
                text,
                sentence: &sentence,
                sentence_bytes: (s.start, s.end),
                sentence_chars,
                char_base,
                lang: &lx.lang,
            };
            let Some(fact) = normalize(&m, &ctx, &mut offsets) else {
                continue;
            };
            facts.push(fact);
            spans.push(context::FactSpan {
                sentence: si,
                start: m.start,
                end: m.end,
            });
        }
    }
    // Facts in text order (a sentence's mentions may come out of order), with their spans.
    let mut pairs: Vec<(Fact, context::FactSpan)> = facts.into_iter().zip(spans).collect();
    pairs.sort_by_key(|(f, _)| (f.start, f.end));
    let (mut facts, spans): (Vec<Fact>, Vec<context::FactSpan>) = pairs.into_iter().unzip();
    let doc = context::Document {
        text,
        sentences: &seg.sentences,
        date: doc_date,
        title: title.or(cleaned.title.as_deref()),
        lang: seg.lang,
    };
    context::annotate(&doc, &spans, &mut facts);
    if !tables.is_empty() {
        let lx = &all.langs[seg.lang];
        let mut cells = Vec::new();
        let mut table_facts = Vec::new();
        for t in &tables {
            for c in table::cells(text, t, lx, dollar.as_deref()) {
                if p.kinds
                    .as_ref()
                    .is_some_and(|k| !k.contains(&c.mention.unit.kind))
                {
                    continue;
                }
                let sentence: Arc<str> = text[c.row.0..c.row.1].into();
                let first = offsets.at(c.row.0);
                let ctx = Context {
                    doc_id,
                    text,
                    sentence: &sentence,
                    sentence_bytes: c.row,
                    sentence_chars: (first, first + sentence.chars().count()),
                    char_base,
                    lang: &lx.lang,
                };
                if let Some(f) = normalize(&c.mention, &ctx, &mut offsets) {
                    table_facts.push(f);
                    cells.push(c.context);
                }
            }
        }
        context::annotate_cells(&doc, &cells, &mut table_facts);
        facts.extend(table_facts);
        facts.sort_by_key(|f| (f.start, f.end));
    }
    let info = DocInfo {
        lang: all.langs[seg.lang].lang.clone(),
        title: cleaned.title,
        date: cleaned.date,
    };
    (info, facts)
}

/// The tables among the page's lines (every line but blank ones, bylines and boilerplate).
fn tables(
    text: &str,
    blocks: &[clean::Block],
    lang: usize,
    date: Option<crate::model::Date>,
) -> Vec<table::layout::Layout> {
    use clean::BlockKind;
    // Most pages have none: a table has rows, short lines with a digit.
    let rows = blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Blank && b.end - b.start <= table::layout::LINE_BYTES)
        .filter(|b| text[b.start..b.end].bytes().any(|c| c.is_ascii_digit()))
        .take(2)
        .count();
    if rows < 2 {
        return Vec::new();
    }
    let lines: Vec<Option<(usize, usize)>> = blocks
        .iter()
        .map(|b| {
            matches!(b.kind, BlockKind::Content | BlockKind::Widget).then_some((b.start, b.end))
        })
        .collect();
    table::layout::layouts(&table::layout::Page {
        text,
        lines: &lines,
        lang,
        date,
    })
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

    #[test]
    fn a_long_document_is_read_in_pieces_with_document_offsets() {
        // Multi-byte characters everywhere, so a cut by byte count lands inside one.
        let para = "Exporten sjönk 5 % till 300 ton i mars, enligt myndigheten – åäö.\n\n";
        let text = para.repeat(PIECE_BYTES * 2 / para.len() + 3);
        let cut = piece_end(&text, 0);
        assert!(cut > PIECE_BYTES && text[..cut].ends_with("\n\n"));
        // No break, no space: the cut still falls between characters.
        let euros = "€".repeat(PIECE_BYTES);
        assert!(euros.is_char_boundary(piece_end(&euros, 0)));
        let (_, facts) = process_text("long", &text, &Pipeline::default_stages());
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(facts.len(), 2 * (text.len() / para.len()));
        for f in facts.iter().step_by(997) {
            let surface: String = chars[f.start..f.end].iter().collect();
            assert_eq!(surface, f.surface);
            assert_eq!(f.fact_id, format!("long:{}-{}", f.start, f.end));
        }
    }
}
