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

/// Every file of a dataset's tables, by its path in the output, with its bytes.
fn dataset_files(out: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, files: &mut Vec<(String, Vec<u8>)>) {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, files);
            } else if p.extension().is_some_and(|x| x == "csv") {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                files.push((rel, fs::read(&p).unwrap()));
            }
        }
    }
    let mut files = Vec::new();
    for table in ["facts", "documents", "rejects"] {
        walk(out, &out.join(table), &mut files);
    }
    files.sort();
    files
}

#[test]
fn a_rebuilt_unit_takes_its_unchanged_documents_from_the_earlier_run() {
    // One folder, so one unit: the sample articles twice over, a document id written twice
    // ("twice.txt", "twice.md": the second is a duplicate), and a file that is no text.
    let sample = repo().join("corpus/sample");
    for formats in ["csv", "parquet,csv"] {
        let inp = temp_dir("reuse-in");
        let dir = inp.join("feed");
        fs::create_dir_all(&dir).unwrap();
        let mut n = 0;
        for e in fs::read_dir(&sample).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            fs::copy(&p, dir.join(&name)).unwrap();
            fs::copy(&p, dir.join(format!("copy-{name}"))).unwrap();
            n += 2;
        }
        let (md, txt) = (
            "Output fell 2% to 290 tonnes in April.",
            "Output rose 5% to 300 tonnes in March.",
        );
        fs::write(dir.join("twice.md"), md).unwrap();
        fs::write(dir.join("twice.txt"), txt).unwrap();
        fs::write(dir.join("zz-binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
        let args = ["--layout", "dataset", "--format", formats];
        let out = temp_dir("reuse-out");
        let first = run(&inp, &out, &args);
        assert_eq!(first["units"], 1, "{first}");
        assert_eq!(first["documents"].as_u64(), Some(n + 1), "{first}");
        assert_eq!(first["rejects"], 2, "{first}");

        // One article changed, one removed, one added: the unit is rebuilt, and only the
        // changed and the added file are extracted.
        let changed = dir.join("copy-en_02_magnet_exports.txt");
        let text = read(&changed);
        let edited = text.replacen(|c: char| c.is_ascii_digit(), "9", 1);
        assert_ne!(edited, text);
        fs::write(&changed, &edited).unwrap();
        fs::remove_file(dir.join("copy-sv_02_boliden_kvartal.txt")).unwrap();
        let added = "Exporten sjönk med 28,7 procent till 420,5 ton i september, enligt tullen.";
        fs::write(dir.join("new-article.txt"), added).unwrap();
        let inc = run(&inp, &out, &args);
        assert_eq!(inc["units_reused"], 0, "{inc}");
        // Every document but the changed and the added one (twice.md is read first, so it
        // is the document); the duplicate and the binary file are read again: the earlier
        // run wrote no document row for them.
        assert_eq!(inc["documents_reused"].as_u64(), Some(n - 1), "{inc}");
        assert_eq!(
            inc["bytes_extracted"].as_u64(),
            Some((edited.len() + added.len() + txt.len() + 8) as u64),
            "{inc}"
        );

        let fresh = temp_dir("reuse-fresh");
        let full = run(&inp, &fresh, &args);
        assert_eq!(full["documents_reused"], 0);
        for key in ["documents", "facts", "rejects"] {
            assert_eq!(inc[key], full[key], "{key}");
        }
        let (a, b) = (dataset_files(&out), dataset_files(&fresh));
        assert_eq!(
            a.iter().map(|f| &f.0).collect::<Vec<_>>(),
            b.iter().map(|f| &f.0).collect::<Vec<_>>()
        );
        for ((name, x), (_, y)) in a.iter().zip(&b) {
            assert!(x == y, "{formats}: {name} differs from a fresh run's");
        }
    }
}
