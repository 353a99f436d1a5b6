//! The run: ingest → decode → clean → segment → extract → normalize → context → write,
//! streamed, into an output folder that always holds one complete run (see [`output`]).
//!
//! Inputs are grouped into *units*: a JSONL file, or a run of loose `.txt`/`.md` files of one
//! folder (all inputs form one unit in the `files` layout). Units are the grain of incremental
//! runs: the output folder keeps a state file listing each unit's files (size, mtime, content
//! hash), part files and counts, and a re-run rebuilds only the units whose files changed;
//! a rebuilt unit's files that did not change take their rows from the earlier parts
//! ([`reuse`]).
//!
//! Documents flow as tasks: the main thread reads the inputs and cuts them into tasks (a file,
//! or 512 KB of JSONL lines), `threads` workers run the stages on them, and a writer thread
//! puts the results back in input order and appends them to the tables. A gate keeps a few
//! tasks per worker in flight, so memory stays bounded whatever the corpus size, and the
//! output is the same whatever the thread count.

mod ids;
mod output;
mod pool;
mod progress;
mod reuse;
mod sink;
mod state;
mod tasks;
mod units;

use crate::ingest::{self, InputFile};
use crate::model::Reject;
use crate::pipeline::Pipeline;
use crate::write::{Layout, TableWriter};
use ids::IdSet;
use output::tmp_path;
pub use output::RunError;
use output::{Manifest, OutputFolder};
use progress::Progress;
use reuse::Donors;
use serde::{Deserialize, Serialize};
use sink::{bump, Step, Writer};
pub(crate) use state::STATE_DIR;
use state::{fingerprint, load_state, still_valid, StateWriter, UnitState};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;
use tasks::{Batcher, CARRY};
pub use units::shard_of;
use units::{in_shard, shard_suffix, units, Unit};

/// Per-table counts, for `run.json` and the state file.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Counts {
    pub files: u64,
    pub bytes: u64,
    pub documents: u64,
    pub facts: u64,
    pub rejects: u64,
    pub facts_by_kind: BTreeMap<String, u64>,
    pub documents_by_lang: BTreeMap<String, u64>,
    pub rejects_by_reason: BTreeMap<String, u64>,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.files += o.files;
        self.bytes += o.bytes;
        self.documents += o.documents;
        self.facts += o.facts;
        self.rejects += o.rejects;
        for (a, b) in [
            (&mut self.facts_by_kind, &o.facts_by_kind),
            (&mut self.documents_by_lang, &o.documents_by_lang),
            (&mut self.rejects_by_reason, &o.rejects_by_reason),
        ] {
            for (k, v) in b {
                *a.entry(k.clone()).or_default() += v;
            }
        }
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
    pub layout: String,
    pub shard: Option<String>,
    pub threads: usize,
    pub units: u64,
    pub units_reused: u64,
    pub files_read: u64,
    pub files_skipped: u64,
    pub bytes_read: u64,
    pub documents: u64,
    pub rejects: u64,
    pub rejects_by_reason: BTreeMap<String, u64>,
    pub facts: u64,
    pub facts_by_kind: BTreeMap<String, u64>,
    pub documents_by_lang: BTreeMap<String, u64>,
    /// Rows of the claims table (none for a dataset or a shard: `numfacts claims` builds it).
    pub claims: Option<u64>,
    /// Input bytes extracted in this run (not carried over).
    pub bytes_extracted: u64,
    /// Documents of units rebuilt in this run whose rows the earlier run wrote: their files
    /// did not change, so they were not extracted again.
    pub documents_reused: u64,
    pub seconds: f64,
}

/// Runs the pipeline and writes its tables, state, `run.json` and manifest to the output
/// folder, which it holds locked meanwhile.
pub fn run(p: &Pipeline) -> Result<RunSummary, RunError> {
    let t0 = Instant::now();
    if p.inputs.is_empty() {
        return Err(RunError::Failed(
            "no input: give --input DIR_OR_FILE or a pipeline file with [input] paths".into(),
        ));
    }
    ingest::check_inputs_outside(&p.inputs, &p.output)?;
    let out = OutputFolder::open(&p.output, p.shard, p.layout == Layout::Dataset)?;
    // The output folder is never input, whatever the inputs or globs say.
    let rules = ingest::Rules {
        include: &p.include,
        max_file_bytes: p.max_file_bytes,
        exclude: Some(&p.output),
    };
    let found = ingest::discover(&p.inputs, &rules)?;
    let files = &found.files;
    let units = units(files, p);
    let fp = fingerprint(p);
    let discovery_rejects: Vec<Reject> = found
        .rejects
        .into_iter()
        .filter(|r| in_shard(&r.path, p.shard))
        .collect();
    // Units from `rebuild_from` on are rebuilt whatever the earlier run left. A carried unit
    // whose documents a fresh run would not keep as they are (a duplicate id now first read
    // elsewhere) moves it down, and the run starts again; nothing final was written yet.
    let mut rebuild_from = units.len();
    let built = loop {
        let run = Attempt {
            p,
            files,
            units: &units,
            fp: &fp,
            discovery_rejects: &discovery_rejects,
        };
        match run.go(rebuild_from) {
            Ok(b) => break b,
            Err(Step::Rebuild(u)) => {
                out.remove_own_temp_files();
                rebuild_from = u;
            }
            Err(Step::Failed(e)) => {
                out.remove_own_temp_files();
                return Err(RunError::Failed(e));
            }
        }
    };
    let Built {
        totals,
        mut renames,
        kept,
        units_reused,
        extracted,
        reused,
        claims,
    } = built;
    let summary = RunSummary {
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
        layout: format!("{:?}", p.layout).to_lowercase(),
        shard: p.shard.map(|(i, n)| format!("{i}/{n}")),
        threads: p.threads,
        units: units.len() as u64,
        units_reused,
        files_read: totals.files,
        files_skipped: found.skipped,
        bytes_read: totals.bytes,
        documents: totals.documents,
        rejects: totals.rejects,
        rejects_by_reason: totals.rejects_by_reason,
        facts: totals.facts,
        facts_by_kind: totals.facts_by_kind,
        documents_by_lang: totals.documents_by_lang,
        claims,
        bytes_extracted: extracted,
        documents_reused: reused,
        seconds: (t0.elapsed().as_secs_f64() * 1000.0).round() / 1000.0,
    };
    let json = serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())?;
    let path = p.output.join(format!("run{}.json", shard_suffix(p.shard)));
    let tmp = tmp_path(&path);
    fs::write(&tmp, json + "\n").map_err(|e| format!("could not write {}: {e}", path.display()))?;
    renames.push((tmp, path));
    out.commit(renames, kept, &summary.layout, summary.shard.clone())?;
    Ok(summary)
}

/// What one attempt at the run built, not yet in place.
struct Built {
    totals: Counts,
    /// Temp files written, with their final names.
    renames: Vec<(PathBuf, PathBuf)>,
    /// The part files of every unit, carried over or rebuilt (relative to the output).
    kept: Vec<String>,
    units_reused: u64,
    extracted: u64,
    reused: u64,
    claims: Option<u64>,
}

struct Attempt<'a> {
    p: &'a Pipeline,
    files: &'a [InputFile],
    units: &'a [Unit],
    fp: &'a str,
    discovery_rejects: &'a [Reject],
}

impl Attempt<'_> {
    /// Builds every table under temp names, carrying over what it may of units before
    /// `rebuild_from`.
    fn go(&self, rebuild_from: usize) -> Result<Built, Step> {
        let Attempt {
            p,
            files,
            units,
            fp,
            discovery_rejects,
            ..
        } = *self;
        let mut prev = load_state(p, fp);
        let carried: Vec<Option<UnitState>> = units
            .iter()
            .enumerate()
            .map(|(i, u)| {
                let old = prev.get(&u.key).filter(|_| i < rebuild_from)?;
                // In the files layout discovery rejects end the one rejects table.
                let may = p.layout == Layout::Dataset
                    || (discovery_rejects.is_empty() && old.discovery_rejects == 0);
                let now = may
                    .then(|| still_valid(u, files, old, &p.output))
                    .flatten()?;
                let old = prev.remove(&u.key).expect("looked up above");
                Some(UnitState { files: now, ..old })
            })
            .collect();
        // The earlier units not carried over whole lend their documents one by one (a
        // dataset's: a `files` run's one table is rewritten whole).
        let donors = match p.layout {
            Layout::Dataset => Donors::new(&p.output, prev.into_values().collect()),
            Layout::Files => Donors::none(),
        };
        let units_reused = carried.iter().filter(|c| c.is_some()).count() as u64;
        let todo: Vec<(usize, usize)> = units
            .iter()
            .enumerate()
            .flat_map(|(i, u)| match carried[i] {
                Some(_) => vec![(i, CARRY)],
                None => u.files.iter().map(|&f| (i, f)).collect(),
            })
            .collect();
        let to_read = todo.iter().filter(|&&(_, f)| f != CARRY);
        let progress = Progress::new(
            p.progress,
            to_read.clone().count(),
            to_read.map(|&(_, f)| files[f].size).sum(),
        );
        let mut writer = Writer {
            p,
            files,
            units,
            tables: None,
            unit_state: None,
            seen: IdSet::default(),
            state: StateWriter::create(p, fp)?,
            extracted: 0,
            reused: 0,
            untrimmed: 0,
            progress,
            carried,
            renames: Vec::new(),
            last_file: None,
        };
        let mut batcher = Batcher::new(files, todo, p);
        pool::run_ordered(p.threads, &mut batcher, files, p, &donors, &mut writer)?;
        writer.progress.done();
        let all_carried = units_reused == units.len() as u64;
        if p.layout == Layout::Files && !all_carried {
            // The run's tables exist even when empty; discovery rejects end the rejects table.
            if writer.tables.is_none() {
                writer.open(0)?;
            }
            for r in discovery_rejects {
                writer.reject(r.clone())?;
            }
            if let Some(st) = writer.unit_state.as_mut() {
                st.discovery_rejects = discovery_rejects.len() as u64;
            }
        }
        writer.close()?;
        let (extracted, reused) = (writer.extracted, writer.reused);
        let mut renames = std::mem::take(&mut writer.renames);
        let (mut totals, live, state_file) = writer.state.finish()?;
        let kept: Vec<String> = live.into_iter().collect();
        renames.push(state_file);

        if p.layout == Layout::Dataset {
            // Discovery rejects: a part of their own.
            let path = p
                .output
                .join("rejects")
                .join(format!("part-discovery{}", shard_suffix(p.shard)));
            let mut w = TableWriter::create(&path, &p.formats, true)?;
            for r in discovery_rejects {
                w.push(r.clone())?;
                totals.rejects += 1;
                bump(&mut totals.rejects_by_reason, &r.reason);
            }
            renames.extend(w.finish()?);
        }

        // Claims span every document, so they are rebuilt whole: after a `files` run (one
        // table, rewritten anyway); for a dataset (archives, incremental runs, shards) on
        // demand with `numfacts claims`, so that a re-run stays as cheap as what changed.
        // Claims an earlier run left no longer match and are removed with what the
        // manifest does not list.
        let claims = match (p.layout, p.shard) {
            (Layout::Files, None) => {
                let mut src = crate::claims::Sources::among(&p.output, &kept);
                // Tables written by this attempt are still under their temp names.
                let now = |f: &mut PathBuf| {
                    if let Some((t, _)) = renames.iter().find(|(_, fin)| fin == f) {
                        *f = t.clone();
                    }
                };
                src.facts.iter_mut().for_each(now);
                src.documents.iter_mut().for_each(now);
                let (n, files) = crate::claims::write(&src, &p.output, &p.formats)?;
                renames.extend(files);
                Some(n)
            }
            _ => None,
        };
        Ok(Built {
            totals,
            renames,
            kept,
            units_reused,
            extracted,
            reused,
            claims,
        })
    }
}

/// Builds the claims table of a finished output folder (a dataset, or the union of shards)
/// from the files its manifests list, and records it in `_numfacts/manifest-claims.json`.
pub fn build_claims(output: &Path) -> Result<u64, RunError> {
    if !output.is_dir() {
        return Err(RunError::Failed(format!(
            "{} is not a folder; give the output folder of `numfacts run`",
            output.display()
        )));
    }
    let out = OutputFolder::open(output, None, false)?;
    let mut listed = Vec::new();
    for e in fs::read_dir(output.join(STATE_DIR))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with("manifest") && name.ends_with(".json") && name != "manifest-claims.json"
        {
            if let Some(m) = Manifest::read(&e.path()) {
                listed.extend(m.files);
            }
        }
    }
    let src = if listed.is_empty() {
        let layout = if output.join("facts").is_dir() {
            Layout::Dataset
        } else {
            Layout::Files
        };
        crate::claims::Sources::found(output, layout)
    } else {
        crate::claims::Sources::among(output, &listed)
    };
    if src.facts.is_empty() {
        return Err(RunError::Failed(format!(
            "{} holds no facts table (facts.parquet, facts.csv or facts/); run `numfacts run` first",
            output.display()
        )));
    }
    let formats: Vec<crate::write::Format> =
        [crate::write::Format::Parquet, crate::write::Format::Csv]
            .into_iter()
            .filter(|f| {
                listed.is_empty() || listed.iter().any(|p| p.ends_with(&format!(".{}", f.ext())))
            })
            .collect();
    let (n, renames) = crate::claims::write(&src, output, &formats)?;
    out.commit_claims(renames)?;
    Ok(n)
}
