//! The run: ingest → decode → clean → segment → extract → normalize → write, streamed.
//!
//! Inputs are grouped into *units*: a JSONL file, or a run of loose `.txt`/`.md` files of one
//! folder (all inputs form one unit in the `files` layout). Units are the grain of incremental
//! runs: the output folder keeps a state file listing each unit's files (size, mtime, content
//! hash), part files and counts, and a re-run rebuilds only the units whose files changed.
//!
//! Documents flow as tasks: the main thread reads the inputs and cuts them into tasks (a file,
//! or 512 KB of JSONL lines), `threads` workers run the stages on them, and a writer thread
//! puts the results back in input order and appends them to the tables. A gate keeps a few
//! tasks per worker in flight, so memory stays bounded whatever the corpus size, and the
//! output is the same whatever the thread count.

mod ids;
mod pool;
mod progress;
mod sink;
mod state;
mod tasks;
mod units;

use crate::ingest;
use crate::model::Reject;
use crate::pipeline::Pipeline;
use crate::write::{Layout, TableWriter};
use ids::IdSet;
use pool::Gate;
use progress::Progress;
use serde::{Deserialize, Serialize};
use sink::{bump, rel_to, Writer};
use state::STATE_DIR;
use state::{fingerprint, load_state, still_valid, StateWriter, UnitState};
use std::collections::BTreeMap;
use std::fs;
use std::sync::{mpsc, Mutex};
use std::time::Instant;
use tasks::{run_task, Batcher, Task, TaskOut};
pub use units::shard_of;
use units::{in_shard, shard_suffix, units};

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
    pub seconds: f64,
}

/// Runs the pipeline and writes its tables, state and `run.json` to the output folder.
pub fn run(p: &Pipeline) -> Result<RunSummary, String> {
    let t0 = Instant::now();
    if p.inputs.is_empty() {
        return Err(
            "no input: give --input DIR_OR_FILE or a pipeline file with [input] paths".into(),
        );
    }
    fs::create_dir_all(p.output.join(STATE_DIR))
        .map_err(|e| format!("could not create output folder {}: {e}", p.output.display()))?;
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
    let (mut prev, mut stale) = load_state(p, &fp);
    let discovery_rejects: Vec<Reject> = found
        .rejects
        .into_iter()
        .filter(|r| in_shard(&r.path, p.shard))
        .collect();

    // Which units can be carried over as they are: they go to the new state file now.
    let mut state = StateWriter::create(p, &fp)?;
    let mut seen = IdSet::default();
    let mut reused: Vec<bool> = Vec::new();
    for u in &units {
        let keep = prev.remove(&u.key).and_then(|old| {
            let ok = (p.layout == Layout::Dataset || discovery_rejects.is_empty())
                .then(|| still_valid(u, files, &old, &p.output))
                .flatten();
            match ok {
                Some(now) => Some(UnitState { files: now, ..old }),
                None => {
                    stale.extend(old.parts);
                    None
                }
            }
        });
        if let Some(st) = &keep {
            for &id in &st.ids {
                seen.insert(id as u64);
            }
            state.add(st)?;
        }
        reused.push(keep.is_some());
    }
    let units_reused = reused.iter().filter(|&&r| r).count() as u64;
    stale.extend(prev.into_values().flat_map(|u| u.parts));

    let mut writer = Writer {
        p,
        files,
        units: &units,
        tables: None,
        unit_state: None,
        seen,
        state,
        extracted: 0,
        tasks: 0,
        progress: Progress::new(false, 0, 0),
    };
    let todo: Vec<(usize, usize)> = units
        .iter()
        .enumerate()
        .filter(|(i, _)| !reused[*i])
        .flat_map(|(i, u)| u.files.iter().map(move |&f| (i, f)))
        .collect();
    writer.progress = Progress::new(
        p.progress,
        todo.len(),
        todo.iter().map(|&(_, f)| files[f].size).sum(),
    );

    // Discovery rejects: in the run's rejects table, or a part of their own.
    let discovery_part = (p.layout == Layout::Dataset).then(|| {
        p.output
            .join("rejects")
            .join(format!("part-discovery{}", shard_suffix(p.shard)))
    });
    let mut discovery_paths = Vec::new();
    if let Some(path) = &discovery_part {
        let mut w = TableWriter::create(path, &p.formats, true)?;
        for r in &discovery_rejects {
            w.push(r.clone())?;
        }
        discovery_paths = w.finish()?;
    }

    let mut batcher = Batcher::new(files, todo, p);
    // The main thread reads and cuts tasks, `threads` workers run them, the writer thread
    // puts their results back in order. At most `limit` tasks are between reading and
    // writing, which bounds memory whatever a straggler does.
    let limit = 4 * p.threads + 4;
    let gate = Gate::default();
    let (job_tx, job_rx) = mpsc::sync_channel::<(usize, Task)>(limit);
    let job_rx = Mutex::new(job_rx);
    std::thread::scope(|sc| -> Result<(), String> {
        let (out_tx, out_rx) = mpsc::channel::<(usize, TaskOut)>();
        for _ in 0..p.threads {
            let (out_tx, job_rx) = (out_tx.clone(), &job_rx);
            sc.spawn(move || loop {
                let job = job_rx.lock().unwrap().recv();
                let Ok((seq, task)) = job else { break };
                if out_tx.send((seq, run_task(task, files, p))).is_err() {
                    break;
                }
            });
        }
        drop(out_tx);
        let (w, g) = (&mut writer, &gate);
        let handle = sc.spawn(move || -> Result<(), String> {
            let mut waiting = BTreeMap::new();
            let mut next = 0;
            for (seq, out) in out_rx {
                waiting.insert(seq, out);
                while let Some(out) = waiting.remove(&next) {
                    next += 1;
                    let r = w.take(out);
                    g.release(r.is_err());
                    r?;
                }
            }
            Ok(())
        });
        let mut seq = 0;
        'feed: while let Some(batch) = batcher.next_batch() {
            for task in batch {
                if !gate.acquire(limit) || job_tx.send((seq, task)).is_err() {
                    break 'feed; // the writer failed; its error is below
                }
                seq += 1;
            }
        }
        drop(job_tx);
        handle
            .join()
            .map_err(|_| "the writer thread panicked".to_string())?
    })?;
    writer.progress.done();
    if p.layout == Layout::Files && !reused[0] {
        // The run's tables exist even when empty; discovery rejects end the rejects table.
        if writer.tables.is_none() {
            writer.open(0)?;
        }
        for r in &discovery_rejects {
            writer.reject(r.clone())?;
        }
    }
    writer.close()?;

    let extracted = writer.extracted;
    let (mut totals, live) = writer.state.finish()?;
    if p.layout == Layout::Dataset {
        totals.rejects += discovery_rejects.len() as u64;
        for r in &discovery_rejects {
            bump(&mut totals.rejects_by_reason, &r.reason);
        }
    }
    // Parts no unit claims any more go.
    let discovery: Vec<String> = discovery_paths
        .iter()
        .map(|d| rel_to(&p.output, d))
        .collect();
    for part in stale {
        if !live.contains(&part) && !discovery.contains(&part) {
            let _ = fs::remove_file(p.output.join(&part));
        }
    }

    // Claims span every document, so they are rebuilt whole: after a `files` run (one
    // table, rewritten anyway); for a dataset (archives, incremental runs, shards) on demand
    // with `numfacts claims`, so that a re-run stays as cheap as what changed.
    let claims = match (p.layout, p.shard) {
        (Layout::Files, None) => Some(crate::claims::write(&p.output, p.layout, &p.formats)?),
        _ => None,
    };

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
        seconds: (t0.elapsed().as_secs_f64() * 1000.0).round() / 1000.0,
    };
    let json = serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())?;
    let path = p.output.join(format!("run{}.json", shard_suffix(p.shard)));
    fs::write(&path, json + "\n")
        .map_err(|e| format!("could not write {}: {e}", path.display()))?;
    Ok(summary)
}
