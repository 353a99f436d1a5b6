//! A generator-driven fuzzer that runs on stable Rust: it mutates seed texts (every case of
//! the language corpora, and the sample and holdout articles) and feeds the bytes through
//! decode → clean → segment → extract → normalize → context, the path every document takes.
//!
//! Each execution checks the invariants a user relies on, besides "no panic": every fact's
//! offsets point at its surface (`text[start:end] == surface` in code points), values are
//! finite, `sentence` is at most 400 code points, `concept_text` at most 160 bytes and one
//! line. A failing input is written to `fuzz/crashes/` (which a regression test then reads).
//!
//! ```sh
//! cargo run --release --example fuzz -- --execs 10000000 --threads 2 --seed 1
//! ```

use numfacts::pipeline::Pipeline;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Instant;

/// xorshift64*: fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces that number readers trip on: separators, scale words, units, signs, odd spaces.
const TOKENS: &[&str] = &[
    "0",
    "1",
    "9",
    "12",
    "1,5",
    "2.5",
    "1 000",
    "10\u{a0}000",
    "3\u{2009}400",
    "1'000",
    ",",
    ".",
    " ",
    "%",
    " procent",
    " per cent",
    " pp",
    " procentenheter",
    "$",
    "US$",
    "€",
    " kr",
    " miljarder",
    " billion",
    " mdkr",
    " Mkr",
    " tonnes",
    " ton",
    " kt",
    " t",
    " MW",
    " GWh",
    " km²",
    " years",
    " år",
    " månader",
    "–",
    "-",
    "—",
    "−",
    "+",
    "(",
    ")",
    "[",
    "\"",
    "”",
    "»",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{feff}",
    "\u{200b}",
    "\u{301}",
    "\u{202e}",
    "日本",
    "rose ",
    "fell ",
    "steg ",
    "sjönk ",
    "from ",
    "to ",
    "till ",
    "mellan ",
    "och ",
    "about ",
    "up to ",
    "nearly ",
    "minst ",
    "cirka ",
    "one",
    "en ",
    "ett ",
    "two",
    "tre",
    "hundred",
    "tusen",
    "a third",
    "half",
    "twice",
    "Q3",
    "2025",
    "1999",
    "i fjol",
    "last year",
    "according to the IEA",
    "enligt CSIS",
    "Kina",
    "China's",
    "LKAB:s",
    "We use cookies. ",
    "Vi använder cookies. ",
    "|",
    "   ",
    "9999999999999999999999999999999999999999",
    "1e308",
    "0.000000000000001",
    "http://x.se/5%",
    "+46 70 123 45 67",
    "5/10/2025",
];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], input: &mut Vec<u8>) {
    for _ in 0..1 + rng.below(6) {
        let at = rng.below(input.len() + 1);
        match rng.below(10) {
            0 if !input.is_empty() => {
                let i = rng.below(input.len());
                input[i] ^= 1 << rng.below(8);
            }
            1 if !input.is_empty() => {
                let end = (at + rng.below(16)).min(input.len());
                input.drain(at.min(end)..end);
            }
            2 => {
                let b = rng.next() as u8;
                input.insert(at, b);
            }
            3 => {
                // Splice a piece of another seed.
                let other = &seeds[rng.below(seeds.len())];
                let s = rng.below(other.len() + 1);
                let e = (s + rng.below(200)).min(other.len());
                input.splice(at..at, other[s..e].iter().copied());
            }
            4 if !input.is_empty() => {
                // Repeat a stretch: long sentences, long numbers.
                let s = rng.below(input.len());
                let e = (s + 1 + rng.below(40)).min(input.len());
                let piece = input[s..e].to_vec();
                for _ in 0..1 + rng.below(20) {
                    input.splice(at..at, piece.iter().copied());
                }
            }
            5 => input.truncate(at),
            _ => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                input.splice(at..at, t.iter().copied());
            }
        }
    }
    input.truncate(64 << 10);
}

/// The seed texts: corpus cases and the bundled articles.
fn seeds(repo: &Path) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for lang in ["en", "sv"] {
        for file in ["corpus.toml", "context_corpus.toml"] {
            let path = repo.join("resources").join(lang).join(file);
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let doc: toml::Value = toml::from_str(&text).expect("corpus parses");
            for case in doc
                .get("case")
                .and_then(|c| c.as_array())
                .into_iter()
                .flatten()
            {
                if let Some(t) = case.get("text").and_then(|t| t.as_str()) {
                    out.push(t.as_bytes().to_vec());
                }
            }
        }
    }
    for dir in ["corpus/sample", "tests/holdout/articles"] {
        for e in std::fs::read_dir(repo.join(dir))
            .into_iter()
            .flatten()
            .flatten()
        {
            if let Ok(b) = std::fs::read(e.path()) {
                out.push(b);
            }
        }
    }
    out
}

fn arg(args: &[String], name: &str, default: u64) -> u64 {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map_or(default, |v| v.parse().expect("a number"))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let execs = arg(&args, "--execs", 1_000_000);
    let threads = arg(&args, "--threads", 2) as usize;
    let seed = arg(&args, "--seed", 1);
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let crashes = repo.join("fuzz/crashes");
    let seeds = seeds(&repo);
    assert!(!seeds.is_empty(), "no seeds found");
    let p = Pipeline::default_stages();
    std::panic::set_hook(Box::new(|_| {}));
    let done = AtomicU64::new(0);
    let found = AtomicU64::new(0);
    let stop = AtomicBool::new(false);
    let t0 = Instant::now();
    eprintln!(
        "fuzz: {} seeds, {execs} executions on {threads} threads, seed {seed}",
        seeds.len()
    );
    std::thread::scope(|sc| {
        for t in 0..threads {
            let (seeds, p, done, found, stop, crashes) =
                (&seeds, &p, &done, &found, &stop, &crashes);
            sc.spawn(move || {
                let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (t as u64 + 1));
                let mut input = Vec::new();
                while !stop.load(Ordering::Relaxed) {
                    let n = done.fetch_add(1, Ordering::Relaxed);
                    if n >= execs {
                        break;
                    }
                    // Start again from a seed now and then, else keep mutating.
                    if n % 8 == 0 || input.is_empty() {
                        input = seeds[rng.below(seeds.len())].clone();
                    }
                    mutate(&mut rng, seeds, &mut input);
                    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        numfacts::invariants::check(&input, p)
                    }));
                    let problem = match r {
                        Ok(None) => continue,
                        Ok(Some(why)) => why,
                        Err(e) => e
                            .downcast_ref::<&str>()
                            .map(|s| format!("panic: {s}"))
                            .or_else(|| e.downcast_ref::<String>().map(|s| format!("panic: {s}")))
                            .unwrap_or_else(|| "panic".into()),
                    };
                    let k = found.fetch_add(1, Ordering::Relaxed);
                    let _ = std::fs::create_dir_all(crashes);
                    let name = crashes.join(format!("crash-{seed}-{t}-{k}.bin"));
                    let _ = std::fs::write(&name, &input);
                    eprintln!("fuzz: {problem} -> {}", name.display());
                    if k >= 20 {
                        stop.store(true, Ordering::Relaxed);
                    }
                    input.clear();
                }
            });
        }
        let (done, stop) = (&done, &stop);
        sc.spawn(move || {
            let mut last = 0;
            while !stop.load(Ordering::Relaxed) && done.load(Ordering::Relaxed) < execs {
                std::thread::sleep(std::time::Duration::from_millis(200));
                let n = done.load(Ordering::Relaxed).min(execs);
                if n >= last + execs / 20 {
                    last = n;
                    eprintln!(
                        "fuzz: {n} executions, {:.0}/s",
                        n as f64 / t0.elapsed().as_secs_f64()
                    );
                }
            }
        });
    });
    let n = done.load(Ordering::Relaxed).min(execs);
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "fuzz: {n} executions in {secs:.0} s ({:.0}/s), {} findings",
        n as f64 / secs,
        found.load(Ordering::Relaxed)
    );
    if found.load(Ordering::Relaxed) > 0 {
        std::process::exit(1);
    }
}
