//! The `numfacts` command line: `run`, `extract`, `eval`.

use clap::{Parser, Subcommand};
use numfacts::decode::Refusal;
use numfacts::eval;
use numfacts::pipeline::{self, Pipeline};
use numfacts::run::RunError;
use numfacts::write::{Format, Layout};
use std::collections::HashSet;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "numfacts",
    version,
    about = "Turns news articles into tables of the numeric facts inside them"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a pipeline over folders of articles and write facts, documents and rejects tables.
    Run(RunArgs),
    /// Read text on stdin, print one JSON object per fact on stdout.
    Extract {
        /// Document id to put in the rows.
        #[arg(long, default_value = "stdin")]
        doc_id: String,
        /// The text's language (en, sv): no detection.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Score predicted facts against gold (the metric of shared/eval/score.py).
    Eval {
        /// Gold JSONL.
        #[arg(long)]
        gold: PathBuf,
        /// Predictions: facts.csv, facts.parquet or JSONL.
        #[arg(long)]
        pred: PathBuf,
        /// Only these kinds (comma-separated).
        #[arg(long, value_delimiter = ',')]
        kinds: Vec<String>,
        /// List misses, wrong values and false positives (with --context, disagreements).
        #[arg(long, short)]
        verbose: bool,
        /// Report agreement on the context fields (subject, concept, time, source) instead.
        #[arg(long)]
        context: bool,
    },
    /// Build the claims table of an output folder from its facts (after sharded runs).
    Claims {
        /// The output folder of one or more runs.
        output: PathBuf,
    },
}

#[derive(clap::Args)]
struct RunArgs {
    /// Pipeline definition (TOML). Without one, the default stages run on --input.
    pipeline: Option<PathBuf>,
    /// Folder, file (.txt, .md, .jsonl) or glob to read; repeatable. Replaces the pipeline's inputs.
    #[arg(long, short)]
    input: Vec<PathBuf>,
    /// Folder for the tables and run.json (default: the pipeline's, else ./output).
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Comma-separated output formats: parquet, csv.
    #[arg(long, value_delimiter = ',')]
    format: Vec<String>,
    /// Print nothing but errors.
    #[arg(long, short)]
    quiet: bool,
    /// Worker threads (default: one per core). The output is the same for any number.
    #[arg(long, short = 'j')]
    threads: Option<usize>,
    /// Table layout: `files` (facts.parquet, facts.csv...) or `dataset` (hive-partitioned
    /// part files, facts/lang=sv/part-*.parquet, rebuilt per input unit).
    #[arg(long)]
    layout: Option<String>,
    /// Process only shard I of N (0-based), chosen by document id hash, e.g. --shard 3/8.
    #[arg(long)]
    shard: Option<String>,
    /// Rebuild everything, ignoring what an earlier run left in the output folder.
    #[arg(long)]
    full: bool,
    /// Reject files (and JSONL lines) larger than this many bytes instead of reading them
    /// (default 536870912, 512 MiB).
    #[arg(long)]
    max_file_bytes: Option<u64>,
    /// The language of every document (en, sv) whose JSONL record names none (`lang`):
    /// no detection. Replaces the pipeline's `segment.language`.
    #[arg(long)]
    lang: Option<String>,
}

/// The language index of a `--lang` value, or an error that lists the languages.
fn lang_arg(code: &str) -> Result<usize, String> {
    pipeline::language_index(code).ok_or_else(|| {
        format!(
            "--lang {code:?}: not a language numfacts reads (available: {})",
            numfacts::lexicon::Lexicons::embedded().codes().join(", ")
        )
    })
}

/// More worker threads than this only cost memory: each holds a few tasks in flight.
const MAX_THREADS: usize = 1024;

fn run(a: RunArgs) -> Result<(), Failure> {
    let RunArgs {
        pipeline: pipeline_file,
        input,
        output,
        format,
        quiet,
        ..
    } = a;
    let mut p = match &pipeline_file {
        Some(f) => Pipeline::load(f)?,
        None => Pipeline::default_stages(),
    };
    if !input.is_empty() {
        p.inputs = input;
    }
    if let Some(o) = output {
        p.output = o;
    }
    if !format.is_empty() {
        p.formats = format
            .iter()
            .map(|s| Format::parse(s))
            .collect::<Result<_, _>>()?;
    }
    if let Some(t) = a.threads {
        if !(1..=MAX_THREADS).contains(&t) {
            return Err(format!("--threads must be from 1 to {MAX_THREADS}, not {t}").into());
        }
        p.threads = t;
    }
    // polars' own pool (used while writing) gets the same budget.
    std::env::set_var("POLARS_MAX_THREADS", p.threads.to_string());
    if let Some(l) = &a.layout {
        p.layout = Layout::parse(l)?;
    }
    if let Some(s) = &a.shard {
        p.shard = Some(pipeline::parse_shard(s)?);
    }
    p.full = a.full;
    if let Some(l) = &a.lang {
        p.language = Some(lang_arg(l)?);
    }
    if let Some(m) = a.max_file_bytes {
        p.max_file_bytes = m;
    }
    p.progress = !quiet && io::stderr().is_terminal();
    let s = numfacts::run::run(&p)?;
    if !quiet {
        let reused = if s.units_reused > 0 {
            format!(
                " ({} of {} input units unchanged, carried over)",
                s.units_reused, s.units
            )
        } else {
            String::new()
        };
        eprintln!(
            "numfacts: {} documents, {} facts, {} rejects from {} files ({:.1} MB) in {:.2}s -> {}{reused}",
            s.documents,
            s.facts,
            s.rejects,
            s.files_read,
            s.bytes_read as f64 / 1e6,
            s.seconds,
            p.output.display()
        );
    }
    Ok(())
}

fn extract(doc_id: &str, lang: Option<&str>) -> Result<(), String> {
    let mut p = Pipeline::default_stages();
    p.language = lang.map(lang_arg).transpose()?;
    let mut buf = Vec::new();
    io::stdin()
        .read_to_end(&mut buf)
        .map_err(|e| format!("could not read stdin: {e}"))?;
    let text = match numfacts::decode::decode(buf) {
        Ok(d) => d.text,
        Err((Refusal::Empty, _)) => return Ok(()),
        Err((r, detail)) => return Err(format!("stdin is not text ({}): {detail}", r.reason())),
    };
    let (_, facts) = pipeline::process_text(doc_id, &text, &p);
    let mut out = BufWriter::new(io::stdout().lock());
    for f in &facts {
        let line = serde_json::to_string(f).map_err(|e| e.to_string())?;
        if writeln!(out, "{line}").is_err() {
            return Ok(()); // reader went away (e.g. `| head`)
        }
    }
    let _ = out.flush();
    Ok(())
}

fn evaluate(
    gold: PathBuf,
    pred: PathBuf,
    kinds: Vec<String>,
    verbose: bool,
    context: bool,
) -> Result<(), String> {
    let g = eval::load(&gold)?;
    let p = eval::load(&pred)?;
    if context {
        print!("{}", eval::context_report(&g, &p, verbose));
        return Ok(());
    }
    let kinds: HashSet<String> = kinds.into_iter().collect();
    let r = eval::score(&g, &p, (!kinds.is_empty()).then_some(&kinds));
    print!("{}", r.render(verbose));
    Ok(())
}

fn claims(out: &std::path::Path) -> Result<(), Failure> {
    let n = numfacts::run::build_claims(out)?;
    eprintln!("numfacts: {n} claims -> {}", out.display());
    Ok(())
}

/// Why a command failed, and so its exit code.
enum Failure {
    /// Bad arguments, input or output: exit code 2.
    Error(String),
    /// The output folder is held by another run: exit code 3.
    Locked(String),
}

impl From<String> for Failure {
    fn from(s: String) -> Failure {
        Failure::Error(s)
    }
}

impl From<RunError> for Failure {
    fn from(e: RunError) -> Failure {
        match e {
            RunError::Locked(s) => Failure::Locked(s),
            RunError::Failed(s) => Failure::Error(s),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(a) => run(a),
        Command::Extract { doc_id, lang } => {
            extract(&doc_id, lang.as_deref()).map_err(Failure::from)
        }
        Command::Eval {
            gold,
            pred,
            kinds,
            verbose,
            context,
        } => evaluate(gold, pred, kinds, verbose, context).map_err(Failure::from),
        Command::Claims { output } => claims(&output),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Error(e)) => {
            eprintln!("numfacts: error: {e}");
            ExitCode::from(2)
        }
        Err(Failure::Locked(e)) => {
            eprintln!("numfacts: locked: {e}");
            ExitCode::from(3)
        }
    }
}
