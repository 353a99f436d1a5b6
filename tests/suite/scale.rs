//! Threads, incremental runs, shards and the dataset layout: the output is the same however
//! the work is split, and a re-run gives what a fresh run on the same inputs gives.

use crate::common::{numfacts, path_str, repo, run_into, temp_dir};
use std::fs;
use std::path::{Path, PathBuf};

fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn json(p: &Path) -> serde_json::Value {
    serde_json::from_str(&read(p)).unwrap()
}

/// A corpus of three folders and a JSONL file, made from the sample articles.
fn corpus() -> PathBuf {
    let dir = temp_dir("scale-in");
    let sample = repo().join("corpus/sample");
    let mut names: Vec<_> = fs::read_dir(&sample)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let mut jsonl = String::new();
    for (i, n) in names.iter().enumerate() {
        let text = read(&sample.join(n));
        if i % 4 == 3 {
            let rec = serde_json::json!({"id": format!("j{i}"), "text": text});
            jsonl.push_str(&format!("{rec}\n"));
        } else {
            let sub = dir.join(["en", "sv", "mixed"][i % 3]);
            fs::create_dir_all(&sub).unwrap();
            fs::write(sub.join(n), text).unwrap();
        }
    }
    fs::write(dir.join("crawl.jsonl"), jsonl).unwrap();
    dir
}

fn run(inp: &Path, out: &Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["run", "-i", path_str(inp), "-o", path_str(out), "-q"];
    args.extend_from_slice(extra);
    let o = numfacts(&args);
    assert!(
        o.status.success(),
        "numfacts {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let name = match extra.iter().position(|a| *a == "--shard") {
        Some(k) => format!("run-shard{}.json", extra[k + 1].replace('/', "of")),
        None => "run.json".into(),
    };
    json(&out.join(name))
}

/// Every CSV row of a dataset table (all parts, all partitions), with the partition folder
/// in front, sorted: the dataset as a reader sees it.
fn dataset_rows(out: &Path, table: &str) -> Vec<String> {
    fn walk(dir: &Path, part: &str, rows: &mut Vec<String>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for e in entries {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if p.is_dir() {
                walk(&p, &name, rows);
            } else if name.ends_with(".csv") && !name.starts_with('.') {
                for line in read(&p).lines().skip(1) {
                    rows.push(format!("{part}|{line}"));
                }
            }
        }
    }
    let mut rows = Vec::new();
    walk(&out.join(table), "", &mut rows);
    rows.sort();
    rows
}

#[test]
fn thread_count_does_not_change_the_output() {
    let one = run_into("threads-1", &["pipelines/sample.toml", "--threads", "1"]);
    for t in ["2", "3"] {
        let many = run_into("threads-n", &["pipelines/sample.toml", "--threads", t]);
        for table in ["facts.csv", "documents.csv", "rejects.csv"] {
            assert!(
                read(&one.join(table)) == read(&many.join(table)),
                "{table} differs between 1 and {t} threads"
            );
        }
    }
}

#[test]
fn files_layout_rerun_carries_over_and_full_rebuilds() {
    let inp = corpus();
    let out = temp_dir("rerun-out");
    let first = run(&inp, &out, &[]);
    assert_eq!(first["units_reused"], 0);
    let facts = read(&out.join("facts.csv"));
    let again = run(&inp, &out, &[]);
    assert_eq!(again["units_reused"], 1);
    assert_eq!(again["bytes_extracted"], 0);
    assert_eq!(again["facts"], first["facts"]);
    assert_eq!(read(&out.join("facts.csv")), facts);
    let full = run(&inp, &out, &["--full"]);
    assert_eq!(full["units_reused"], 0);
    assert_eq!(read(&out.join("facts.csv")), facts);
}

#[test]
fn incremental_dataset_run_equals_a_fresh_run() {
    let inp = corpus();
    let out = temp_dir("inc-out");
    let first = run(&inp, &out, &["--layout", "dataset"]);
    let units = first["units"].as_u64().unwrap();
    assert!(units >= 4, "expected several units: {first}");
    assert!(out.join("facts/lang=en").is_dir() && out.join("facts/lang=sv").is_dir());

    // Nothing changed: everything is carried over.
    let same = run(&inp, &out, &["--layout", "dataset"]);
    assert_eq!(same["units_reused"].as_u64(), Some(units));
    assert_eq!(same["facts"], first["facts"]);

    // A file rewritten with the same bytes (new mtime) is recognised by its hash.
    let en = inp.join("en");
    let some = fs::read_dir(&en).unwrap().next().unwrap().unwrap().path();
    let text = read(&some);
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(&some, &text).unwrap();
    let touched = run(&inp, &out, &["--layout", "dataset"]);
    assert_eq!(touched["units_reused"].as_u64(), Some(units));

    // One file changed, one removed, one added: only their units are rebuilt.
    fs::write(
        &some,
        format!("{text}\nPrices rose 77 percent in the quarter.\n"),
    )
    .unwrap();
    let gone = fs::read_dir(inp.join("sv"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    fs::remove_file(&gone).unwrap();
    fs::create_dir_all(inp.join("new")).unwrap();
    fs::write(
        inp.join("new/extra.txt"),
        "Exporten sjönk med 28,7 procent till 420,5 ton i september, enligt tullen.",
    )
    .unwrap();
    let inc = run(&inp, &out, &["--layout", "dataset"]);
    assert!(
        inc["units_reused"].as_u64().unwrap() >= units - 2,
        "too much rebuilt: {inc}"
    );
    let fresh = temp_dir("inc-fresh");
    let full = run(&inp, &fresh, &["--layout", "dataset"]);
    for key in ["documents", "facts", "rejects"] {
        assert_eq!(inc[key], full[key], "{key}");
    }
    for table in ["facts", "documents", "rejects"] {
        assert_eq!(
            dataset_rows(&out, table),
            dataset_rows(&fresh, table),
            "{table}: incremental and fresh runs differ"
        );
    }
    let stem = gone.file_stem().unwrap().to_string_lossy().into_owned();
    assert!(!dataset_rows(&out, "facts")
        .iter()
        .any(|r| r.contains(&stem)));
    assert!(dataset_rows(&out, "facts")
        .iter()
        .any(|r| r.contains("77 percent")));
}

#[test]
fn shards_partition_the_documents() {
    let inp = corpus();
    let whole = temp_dir("shard-whole");
    let all = run(&inp, &whole, &["--layout", "dataset"]);
    let out = temp_dir("shard-out");
    let mut docs = 0;
    for s in ["0/3", "1/3", "2/3"] {
        let r = run(&inp, &out, &["--layout", "dataset", "--shard", s]);
        docs += r["documents"].as_u64().unwrap();
        assert!(r["documents"].as_u64().unwrap() > 0, "shard {s} is empty");
    }
    assert_eq!(Some(docs), all["documents"].as_u64());
    for table in ["facts", "documents"] {
        assert_eq!(
            dataset_rows(&out, table),
            dataset_rows(&whole, table),
            "{table}: the union of the shards is not the whole"
        );
    }
    // A dataset leaves the claims to `numfacts claims`; over the shards' union they equal
    // the whole dataset's.
    assert!(!out.join("claims.csv").exists() && !whole.join("claims.csv").exists());
    for dir in [&out, &whole] {
        let c = crate::common::numfacts(&["claims", crate::common::path_str(dir)]);
        assert!(c.status.success(), "{}", String::from_utf8_lossy(&c.stderr));
    }
    assert_eq!(
        read(&out.join("claims.csv")),
        read(&whole.join("claims.csv"))
    );
    // Re-running one shard touches only its own parts.
    let again = run(&inp, &out, &["--layout", "dataset", "--shard", "1/3"]);
    assert_eq!(again["units_reused"], again["units"]);
    assert_eq!(dataset_rows(&out, "facts"), dataset_rows(&whole, "facts"));
}

#[test]
fn an_output_folder_inside_the_input_is_not_read() {
    let inp = corpus();
    let out = inp.join("output");
    let first = run(&inp, &out, &["--layout", "dataset"]);
    let again = run(&inp, &out, &["--layout", "dataset"]);
    assert_eq!(first["documents"], again["documents"]);
    assert_eq!(again["rejects"], 0, "{again}");
    assert_eq!(again["units_reused"], again["units"]);
}

#[test]
fn bad_run_options_fail_clearly() {
    for (args, want) in [
        (vec!["--shard", "3/3"], "bad shard"),
        (vec!["--shard", "x"], "bad shard"),
        (vec!["--layout", "tree"], "unknown layout"),
        (vec!["--threads", "0"], "from 1 to 1024"),
        (vec!["--threads", "100000"], "from 1 to 1024"),
    ] {
        let mut all = vec!["run", "pipelines/sample.toml", "-o", "/tmp/numfacts-never"];
        all.extend(args);
        let o = numfacts(&all);
        assert_eq!(o.status.code(), Some(2), "{all:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(want), "{all:?}: {err}");
    }
}
