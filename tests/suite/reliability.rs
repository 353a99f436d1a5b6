//! What hangs, loses data, duplicates it or corrupts the output folder in real batches: one
//! test per case, each on small inputs made here (issue 9's list, in its order).

use crate::common::{numfacts, path_str, temp_dir};
use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Runs numfacts with a deadline: a hang fails the test instead of stopping the suite.
fn numfacts_within(args: &[&str], secs: u64) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_numfacts"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if t0.elapsed() > Duration::from_secs(secs) {
            child.kill().unwrap();
            panic!("numfacts {args:?} still running after {secs} s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn ok_run(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["run", "-q"];
    all.extend_from_slice(args);
    let o = numfacts_within(&all, 120);
    assert!(
        o.status.success(),
        "numfacts {all:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = args[args.iter().position(|a| *a == "-o").unwrap() + 1];
    serde_json::from_str(&read(&Path::new(out).join("run.json"))).unwrap()
}

/// The rows of a CSV table, header first.
fn rows(p: &Path) -> Vec<csv::StringRecord> {
    let mut r = csv::Reader::from_path(p).unwrap();
    let mut v = vec![r.headers().unwrap().clone()];
    v.extend(r.records().map(Result::unwrap));
    v
}

fn column(p: &Path, name: &str) -> Vec<String> {
    let all = rows(p);
    let i = all[0].iter().position(|h| h == name).unwrap();
    all[1..].iter().map(|r| r[i].to_string()).collect()
}

/// `numfacts extract` on `text`: its JSON lines.
fn extract(text: &str) -> String {
    String::from_utf8(crate::common::extract(text).stdout).unwrap()
}

const ARTICLE: &str = "Exports rose 5 % to 300 tonnes in March, the agency said.\n";

#[cfg(unix)]
#[test]
fn case01_fifos_and_devices_are_rejects_not_hangs() {
    let inp = temp_dir("fifo");
    fs::write(inp.join("a.txt"), ARTICLE).unwrap();
    let st = Command::new("mkfifo")
        .arg(inp.join("x.txt"))
        .status()
        .unwrap();
    assert!(st.success());
    std::os::unix::fs::symlink("/dev/zero", inp.join("zero.txt")).unwrap();
    let out = temp_dir("fifo-out");
    let run = ok_run(&["-i", path_str(&inp), "-o", path_str(&out)]);
    assert_eq!(run["documents"], 1);
    let reasons = column(&out.join("rejects.csv"), "reason");
    assert_eq!(reasons, ["not_a_file", "not_a_file"], "{reasons:?}");
}

#[test]
fn case01_files_over_the_size_limit_are_rejected() {
    let inp = temp_dir("limit");
    fs::write(inp.join("a.txt"), ARTICLE).unwrap();
    fs::write(inp.join("big.txt"), ARTICLE.repeat(100)).unwrap();
    let line = serde_json::json!({"id": "long", "text": ARTICLE.repeat(100)});
    fs::write(
        inp.join("c.jsonl"),
        format!("{line}\n{{\"text\":\"Imports fell 7 %.\"}}\n"),
    )
    .unwrap();
    let out = temp_dir("limit-out");
    let run = ok_run(&[
        "-i",
        path_str(&inp),
        "-o",
        path_str(&out),
        "--max-file-bytes",
        "2000",
    ]);
    assert_eq!(run["documents"], 2, "{run}");
    let paths = column(&out.join("rejects.csv"), "path");
    let reasons = column(&out.join("rejects.csv"), "reason");
    assert_eq!(reasons, ["too_large", "too_large"]);
    assert!(
        paths.iter().any(|p| p.ends_with("big.txt"))
            && paths.iter().any(|p| p.ends_with("c.jsonl:1"))
    );
}

#[cfg(unix)]
#[test]
fn case02_links_to_an_ancestor_are_not_followed_again() {
    let inp = temp_dir("up");
    fs::create_dir_all(inp.join("up/sub")).unwrap();
    fs::write(inp.join("up/a.txt"), ARTICLE).unwrap();
    fs::write(inp.join("up/sub/b.txt"), ARTICLE).unwrap();
    std::os::unix::fs::symlink("..", inp.join("up/sub/u1")).unwrap();
    std::os::unix::fs::symlink("..", inp.join("up/sub/u2")).unwrap();
    let out = temp_dir("up-out");
    let run = ok_run(&["-i", path_str(&inp), "-o", path_str(&out)]);
    assert_eq!(run["documents"], 2, "{run}");
    assert_eq!(run["facts"], 4);
    assert_eq!(
        column(&out.join("rejects.csv"), "reason"),
        ["symlink_loop", "symlink_loop"]
    );
}

#[cfg(unix)]
#[test]
fn case02_a_folder_reached_by_a_link_too_is_read_under_its_own_name() {
    let inp = temp_dir("linkorder");
    fs::create_dir_all(inp.join("z")).unwrap();
    fs::write(inp.join("z/a.txt"), ARTICLE).unwrap();
    std::os::unix::fs::symlink("z", inp.join("a")).unwrap();
    let out = temp_dir("linkorder-out");
    ok_run(&["-i", path_str(&inp), "-o", path_str(&out)]);
    assert_eq!(column(&out.join("documents.csv"), "doc_id"), ["z/a"]);
    let paths = column(&out.join("rejects.csv"), "path");
    assert!(paths.len() == 1 && paths[0].ends_with("/a"), "{paths:?}");
}

#[test]
fn case03_output_grows_linearly_with_a_long_sentence() {
    let size = |n: usize| {
        let inp = temp_dir("linear");
        let line = format!("Exports: {}5 %.\n", "5 % and ".repeat(n));
        fs::write(inp.join("a.txt"), line).unwrap();
        let out = temp_dir("linear-out");
        ok_run(&[
            "-i",
            path_str(&inp),
            "-o",
            path_str(&out),
            "--format",
            "csv",
        ]);
        let facts = out.join("facts.csv");
        for s in column(&facts, "sentence") {
            assert!(s.chars().count() <= 400, "{} chars", s.chars().count());
        }
        for c in column(&facts, "concept_text") {
            assert!(c.len() <= 160 && !c.contains('\n'), "{c:?}");
        }
        fs::metadata(&facts).unwrap().len() as f64
    };
    let (small, large) = (size(400), size(800));
    assert!(
        large / small < 2.2,
        "doubling the numbers grew facts.csv {:.2}×",
        large / small
    );
}

#[test]
fn case03_concept_text_is_one_clause() {
    let inp = temp_dir("clause");
    let text = "Lithium supply chains tightened sharply across the region over the year.\n\nRefiners and traders said spot prices climbed; the price rose 12 % in May.\n";
    fs::write(inp.join("a.txt"), text).unwrap();
    let out = temp_dir("clause-out");
    ok_run(&["-i", path_str(&inp), "-o", path_str(&out)]);
    for c in column(&out.join("facts.csv"), "concept_text") {
        assert!(
            !c.contains('\n') && !c.contains(';') && c.len() <= 160,
            "{c:?}"
        );
    }
}

#[test]
fn case04_one_bad_byte_costs_one_jsonl_line() {
    let inp = temp_dir("badbyte");
    let mut data = Vec::new();
    for i in 1..=1000 {
        if i == 500 {
            data.extend_from_slice(b"{\"id\":\"d500\",\"text\":\"Exporten sj\xf6nk 5 %.\"}\n");
        } else {
            data.extend_from_slice(
                format!("{{\"id\":\"d{i}\",\"text\":\"Exports rose {i} %.\"}}\n").as_bytes(),
            );
        }
    }
    fs::write(inp.join("crawl.jsonl"), data).unwrap();
    let out = temp_dir("badbyte-out");
    let run = ok_run(&["-i", path_str(&inp), "-o", path_str(&out)]);
    assert_eq!(run["documents"], 999);
    let rej = rows(&out.join("rejects.csv"));
    assert_eq!(rej.len(), 2);
    assert!(
        rej[1][0].ends_with("crawl.jsonl:500") && &rej[1][1] == "invalid_utf8",
        "{rej:?}"
    );
}

#[test]
fn case05_a_leading_feff_in_a_jsonl_text_keeps_offsets() {
    let inp = temp_dir("feff");
    let text = "\u{feff}Exports rose 5 % to 300 tonnes.";
    let rec = serde_json::json!({"id": "f", "text": text});
    fs::write(inp.join("a.jsonl"), format!("{rec}\n")).unwrap();
    let out = temp_dir("feff-out");
    ok_run(&["-i", path_str(&inp), "-o", path_str(&out)]);
    let all = rows(&out.join("facts.csv"));
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(all.len(), 3);
    for r in &all[1..] {
        let (s, e): (usize, usize) = (r[2].parse().unwrap(), r[3].parse().unwrap());
        assert_eq!(chars[s..e].iter().collect::<String>(), r[4], "{r:?}");
    }
}

#[test]
fn case06_one_cookie_sentence_does_not_wipe_a_one_line_document() {
    let text = format!(
        "{}Vi använder cookies. {}",
        "Exports rose 5 % to 300 tonnes. ".repeat(200),
        "Imports fell 7 %. ".repeat(200)
    );
    let out = extract(&text);
    let n = |s: &str| out.lines().filter(|l| l.contains(s)).count();
    assert_eq!(
        (n("\"surface\":\"5 %\""), n("\"surface\":\"7 %\"")),
        (200, 200)
    );
}

#[test]
fn case06_flattened_pages_keep_their_article() {
    // tests/crawl: eight pages flattened into one line each, cookie boxes, newsletter boxes
    // and tickers run into the prose, written and annotated from the contract by someone
    // who had not seen the code. Its first score was value F1 0.830 (0.337 before pages
    // were judged in parts); fixes to the mechanism followed, so it is a dev set now.
    let out = temp_dir("crawl-out");
    let crawl = crate::common::repo().join("tests/crawl");
    ok_run(&[
        "-i",
        path_str(&crawl.join("crawl.jsonl")),
        "-o",
        path_str(&out),
    ]);
    crate::common::check_scores(
        "crawl",
        &crawl.join("gold.jsonl"),
        &out.join("facts.csv"),
        0.89,
        4,
    );
}

#[test]
fn case07_a_second_run_into_a_held_folder_stops_with_exit_3() {
    let inp = temp_dir("lock");
    fs::write(inp.join("a.txt"), ARTICLE).unwrap();
    let out = temp_dir("lock-out");
    ok_run(&["-i", path_str(&inp), "-o", path_str(&out)]);
    let before = read(&out.join("facts.csv"));
    // Hold the lock as a running numfacts would.
    let lock = fs::OpenOptions::new()
        .write(true)
        .open(out.join("_numfacts/lock"))
        .unwrap();
    lock.lock().unwrap();
    fs::write(
        out.join("_numfacts/lock"),
        "pid 4242 since 2026-12-01T00:00:00Z",
    )
    .unwrap();
    let o = numfacts_within(
        &["run", "-i", path_str(&inp), "-o", path_str(&out), "--full"],
        60,
    );
    assert_eq!(o.status.code(), Some(3));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("in use by another numfacts run") && err.contains("pid 4242"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    drop(lock);
    assert_eq!(read(&out.join("facts.csv")), before);
    ok_run(&["-i", path_str(&inp), "-o", path_str(&out)]);
}

/// `numfacts run -i inp -o out --layout dataset`, which must succeed.
fn dataset_run(inp: &Path, out: &Path) -> serde_json::Value {
    ok_run(&[
        "-i",
        path_str(inp),
        "-o",
        path_str(out),
        "--layout",
        "dataset",
    ])
}

/// Every CSV row of every table an output folder's manifest lists, sorted, with the file
/// each came from: the output as a reader who trusts the manifest sees it.
fn listed_rows(out: &Path) -> Vec<String> {
    let m: serde_json::Value =
        serde_json::from_str(&read(&out.join("_numfacts/manifest.json"))).unwrap();
    let mut v = Vec::new();
    for f in m["files"].as_array().unwrap() {
        let f = f.as_str().unwrap();
        if f.ends_with(".csv") {
            for line in read(&out.join(f)).lines().skip(1) {
                v.push(format!("{f}|{line}"));
            }
        }
    }
    v.sort();
    v
}

/// Every CSV file under `out` (what a glob over the folder reads), sorted by path.
fn csv_files(out: &Path) -> Vec<String> {
    fn walk(d: &Path, base: &Path, v: &mut Vec<String>) {
        for e in fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, base, v);
            } else if p.extension().is_some_and(|e| e == "csv" || e == "parquet") {
                v.push(p.strip_prefix(base).unwrap().display().to_string());
            }
        }
    }
    let mut v = Vec::new();
    walk(out, out, &mut v);
    v.sort();
    v
}

#[test]
fn case08_orphans_of_a_killed_run_and_its_journal_are_cleared() {
    let inp = temp_dir("orphan");
    fs::create_dir_all(inp.join("en")).unwrap();
    fs::write(inp.join("en/a.txt"), ARTICLE).unwrap();
    let out = temp_dir("orphan-out");
    dataset_run(&inp, &out);
    let clean = csv_files(&out);
    let rows_before = listed_rows(&out);
    // What a killed run leaves: a part of a unit it never recorded, temp files, and a
    // journal whose renames were cut short.
    let part = out.join("facts/lang=en").join(
        clean
            .iter()
            .find(|f| f.starts_with("facts/"))
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap(),
    );
    fs::copy(&part, out.join("facts/lang=en/part-0123456789abcdef.csv")).unwrap();
    fs::write(out.join("facts/lang=en/.part-x.csv.99999.tmp"), "half").unwrap();
    fs::write(out.join(".rejects.csv.99999.tmp"), "path,reason,detail\n").unwrap();
    fs::write(
        out.join("_numfacts/journal.json"),
        r#"{"renames":[[".rejects.csv.99999.tmp","rejects.csv"],["../x","../y"]]}"#,
    )
    .unwrap();
    dataset_run(&inp, &out);
    assert_eq!(csv_files(&out), clean);
    assert_eq!(listed_rows(&out), rows_before);
    assert!(!out.join("_numfacts/journal.json").exists());
    assert!(!out.join("facts/lang=en/.part-x.csv.99999.tmp").exists());
    assert!(
        !out.join("run-old.json").exists(),
        "a finished journal's file is swept"
    );
}

#[test]
fn case08_files_numfacts_did_not_write_are_never_removed() {
    let inp = temp_dir("userfiles");
    fs::write(inp.join("a.txt"), ARTICLE).unwrap();
    let out = temp_dir("userfiles-out");
    let mine = [
        ".swap.tmp",
        ".notes.txt.1.tmp",
        "runbook.json",
        "run_config.json",
        "notes.csv",
    ];
    for f in mine {
        fs::write(out.join(f), "the user's").unwrap();
    }
    ok_run(&["-i", path_str(&inp), "-o", path_str(&out)]);
    dataset_run(&inp, &out);
    for f in mine {
        assert!(out.join(f).is_file(), "{f} was removed");
    }
}

#[test]
fn case09_no_stale_tables_after_a_change_of_format_or_layout() {
    let inp = temp_dir("stale");
    fs::write(inp.join("a.txt"), ARTICLE).unwrap();
    let out = temp_dir("stale-out");
    let o = path_str(&out);
    ok_run(&["-i", path_str(&inp), "-o", o]);
    assert!(out.join("claims.parquet").is_file());
    ok_run(&["-i", path_str(&inp), "-o", o, "--format", "csv"]);
    let root: Vec<String> = csv_files(&out);
    assert_eq!(
        root,
        [
            "claim_reports.csv",
            "claims.csv",
            "documents.csv",
            "facts.csv",
            "rejects.csv"
        ]
    );
    ok_run(&["-i", path_str(&inp), "-o", o, "--layout", "dataset"]);
    assert!(
        csv_files(&out).iter().all(|f| f.contains('/')),
        "{:?}",
        csv_files(&out)
    );
    let c = numfacts(&["claims", o]);
    assert!(c.status.success());
    assert!(out.join("claims.csv").is_file());
    // A later dataset run changes the facts: claims built before are removed, not left stale.
    fs::write(inp.join("b.txt"), "Imports fell 7 % in May.\n").unwrap();
    ok_run(&["-i", path_str(&inp), "-o", o, "--layout", "dataset"]);
    assert!(!out.join("claims.csv").exists());
}

/// Writes `files` (relative path → content) into a fresh input folder.
fn write_tree(dir: &Path, files: &[(String, String)]) {
    let _ = fs::remove_dir_all(dir);
    fs::create_dir_all(dir).unwrap();
    for (rel, text) in files {
        let p = dir.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }
}

/// The dataset as a reader sees it: every CSV row of every table, sorted.
fn dataset(out: &Path) -> Vec<String> {
    let mut v = Vec::new();
    for f in csv_files(out)
        .iter()
        .filter(|f| f.ends_with(".csv") && !f.starts_with("claims"))
    {
        let table = f.split('/').next().unwrap().to_string();
        let lang = f.split('/').find(|c| c.starts_with("lang=")).unwrap_or("");
        for line in read(&out.join(f)).lines().skip(1) {
            v.push(format!("{table}|{lang}|{line}"));
        }
    }
    v.sort();
    v
}

fn jsonl(recs: &[(&str, &str)]) -> String {
    recs.iter()
        .map(|(id, t)| format!("{}\n", serde_json::json!({"id": id, "text": t})))
        .collect()
}

#[test]
fn case09_shard_runs_replace_an_earlier_whole_dataset() {
    let inp = temp_dir("reshard");
    write_tree(
        &inp,
        &[
            ("en/a.txt".into(), ARTICLE.into()),
            ("sv/b.txt".into(), "Exporten sjönk med 5 procent.".into()),
            (
                "c.jsonl".into(),
                jsonl(&[("j1", ARTICLE), ("j2", "Imports fell 7 %.")]),
            ),
        ],
    );
    let whole = temp_dir("reshard-whole");
    dataset_run(&inp, &whole);
    let out = temp_dir("reshard-out");
    dataset_run(&inp, &out);
    for s in ["0/2", "1/2"] {
        let args = [
            "run",
            "-q",
            "-i",
            path_str(&inp),
            "-o",
            path_str(&out),
            "--layout",
            "dataset",
            "--shard",
            s,
        ];
        assert!(numfacts_within(&args, 120).status.success());
    }
    assert!(!out.join("_numfacts/manifest.json").exists() && !out.join("run.json").exists());
    assert_eq!(dataset(&out), dataset(&whole));
}

#[test]
fn case10_removing_the_first_copy_of_a_duplicate_id_keeps_the_second() {
    let inp = temp_dir("dup-in");
    let out = temp_dir("dup-out");
    let a = (
        "a.jsonl".to_string(),
        jsonl(&[("x", "Exports rose 5 %."), ("y", "Imports fell 2 %.")]),
    );
    let b = ("b.jsonl".to_string(), jsonl(&[("x", "Output rose 9 %.")]));
    write_tree(&inp, &[a, b.clone()]);
    let first = dataset_run(&inp, &out);
    assert_eq!(first["rejects_by_reason"]["duplicate_id"], 1);
    fs::remove_file(inp.join("a.jsonl")).unwrap();
    let again = dataset_run(&inp, &out);
    let fresh = temp_dir("dup-fresh");
    dataset_run(&inp, &fresh);
    assert_eq!(dataset(&out), dataset(&fresh));
    assert_eq!(again["documents"], 1);
}

#[test]
fn case10_a_tampered_state_file_deletes_nothing_outside_the_folder() {
    let base = temp_dir("tamper");
    let inp = base.join("in");
    write_tree(&inp, &[("en/a.txt".into(), ARTICLE.into())]);
    let out = base.join("out");
    let victim = base.join("victim.txt");
    fs::write(&victim, "keep me").unwrap();
    dataset_run(&inp, &out);
    let state = out.join("_numfacts/state.jsonl");
    let text = read(&state).replace(
        "\"parts\":[",
        &format!("\"parts\":[\"../victim.txt\",\"{}\",", path_str(&victim)),
    );
    fs::write(&state, text).unwrap();
    fs::remove_file(inp.join("en/a.txt")).unwrap();
    fs::write(inp.join("en/b.txt"), ARTICLE).unwrap();
    dataset_run(&inp, &out);
    assert_eq!(read(&victim), "keep me");
}

/// A small xorshift generator: the same sequence of edits on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

#[test]
fn case10_incremental_equals_fresh_after_random_edits() {
    let texts = [
        "Exports rose 5 % to 300 tonnes in March.",
        "Exporten sjönk med 28,7 procent till 420,5 ton i augusti.",
        "The company will invest $2.5 billion over three years.",
        "Priset steg med 12 procent till 9 812 dollar per ton.",
        "Output fell 7 % and imports rose 4 %.",
    ];
    let folders = ["en", "sv", "mixed/deep"];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    // The corpus as a map of relative path to content; JSONL files hold records by id.
    let mut files: Vec<(String, String)> = vec![
        ("en/a.txt".into(), texts[0].into()),
        ("sv/b.txt".into(), texts[1].into()),
        (
            "crawl.jsonl".into(),
            jsonl(&[("en/a", texts[2]), ("j1", texts[3])]),
        ),
        (
            "more.jsonl".into(),
            jsonl(&[("j1", texts[4]), ("j2", texts[0])]),
        ),
    ];
    let inp = temp_dir("prop-in");
    let out = temp_dir("prop-out");
    let mut ids = vec!["en/a".to_string(), "j1".into(), "j2".into(), "sv/b".into()];
    for step in 0..14 {
        let what = rng.next(6);
        let pick = rng.next(files.len().max(1));
        let text = texts[rng.next(texts.len())];
        match what {
            // Add a file, sometimes with an id some other document has.
            0 => {
                let name = format!("{}/n{step}.txt", folders[rng.next(folders.len())]);
                files.push((name, text.into()));
            }
            1 => {
                let id = ids[rng.next(ids.len())].clone();
                files.push((
                    format!("x{step}.jsonl"),
                    jsonl(&[(&id, text), (&format!("k{step}"), text)]),
                ));
                ids.push(format!("k{step}"));
            }
            // Change, remove or move a file.
            2 if !files.is_empty() => {
                let (name, old) = files[pick].clone();
                files[pick].1 = if name.ends_with(".jsonl") {
                    old.replacen("%", "procent", 1) + &jsonl(&[(&format!("c{step}"), text)])
                } else {
                    format!("{old} {text}")
                };
            }
            3 if files.len() > 1 => {
                files.remove(pick);
            }
            4 if !files.is_empty() && !files[pick].0.ends_with(".jsonl") => {
                let to = format!("{}/m{step}.txt", folders[rng.next(folders.len())]);
                files[pick].0 = to;
            }
            // Touch: same bytes, new mtime (the tree is written anew below).
            _ => {}
        }
        write_tree(&inp, &files);
        dataset_run(&inp, &out);
        let fresh = temp_dir("prop-fresh");
        dataset_run(&inp, &fresh);
        assert_eq!(
            dataset(&out),
            dataset(&fresh),
            "after step {step} (edit {what}): {files:?}"
        );
        let _ = fs::remove_dir_all(&fresh);
    }
}

#[test]
fn case10_duplicates_inside_one_unit_still_carry_over() {
    let inp = temp_dir("dup1");
    let recs = jsonl(&[("x", "Exports rose 5 %."), ("x", "Output rose 9 %.")]);
    write_tree(
        &inp,
        &[
            ("a.jsonl".into(), recs),
            ("b.jsonl".into(), jsonl(&[("y", ARTICLE)])),
        ],
    );
    let out = temp_dir("dup1-out");
    dataset_run(&inp, &out);
    let again = dataset_run(&inp, &out);
    assert_eq!(again["units_reused"], again["units"], "{again}");
}

#[test]
fn case10_two_inputs_with_the_same_file_names_are_two_units() {
    let base = temp_dir("samename");
    for (y, t) in [("2024", "Exports rose 5 %."), ("2025", "Output fell 7 %.")] {
        write_tree(&base.join(y), &[("feed.jsonl".into(), jsonl(&[(y, t)]))]);
    }
    let out = base.join("out");
    let (a, b) = (base.join("2024"), base.join("2025"));
    let all = [
        "-i",
        path_str(&a),
        "-i",
        path_str(&b),
        "-o",
        path_str(&out),
        "--layout",
        "dataset",
    ];
    let first = ok_run(&all);
    assert_eq!(
        (first["units"].as_u64(), first["facts"].as_u64()),
        (Some(2), Some(2)),
        "{first}"
    );
    let again = ok_run(&all);
    assert_eq!(again["units_reused"], 2, "{again}");
}

#[test]
fn case11_a_relative_glob_reads_the_current_folder() {
    let dir = temp_dir("relglob");
    fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    fs::write(dir.join("b.md"), ARTICLE).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_numfacts"))
        .args(["run", "-q", "-i", "*.txt", "-o", "out"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(column(&dir.join("out/documents.csv"), "doc_id"), ["a"]);
}

#[test]
fn case11_a_glob_over_the_output_never_reads_it_back() {
    let dir = temp_dir("glob-own");
    fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    let pattern = format!("{}/**/*", path_str(&dir));
    let out = dir.join("out");
    let counts: Vec<u64> = (0..3)
        .map(|_| {
            ok_run(&["-i", &pattern, "-o", path_str(&out)])["facts"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(counts, [2, 2, 2]);
    let o = numfacts(&["run", "-i", path_str(&dir), "-o", path_str(&dir), "-q"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("is the output folder or inside it"), "{err}");
}

#[test]
fn case12_a_jsonl_file_of_only_overlong_lines_says_so() {
    let inp = temp_dir("overlong");
    let line = |id: &str| serde_json::json!({"id": id, "text": ARTICLE.repeat(100)});
    fs::write(
        inp.join("c.jsonl"),
        format!("{}\n\n{}", line("l1"), line("l2")),
    )
    .unwrap();
    let out = temp_dir("overlong-out");
    ok_run(&[
        "-i",
        path_str(&inp),
        "-o",
        path_str(&out),
        "--max-file-bytes",
        "1000",
    ]);
    let paths = column(&out.join("rejects.csv"), "path");
    assert!(
        paths[0].ends_with("c.jsonl:1") && paths[1].ends_with("c.jsonl:3"),
        "{paths:?}"
    );
    assert_eq!(
        column(&out.join("rejects.csv"), "reason"),
        ["too_large", "too_large"]
    );
    // No limit at all is no overflow.
    let out = temp_dir("overlong-out2");
    let max = u64::MAX.to_string();
    let run = ok_run(&[
        "-i",
        path_str(&inp),
        "-o",
        path_str(&out),
        "--max-file-bytes",
        &max,
    ]);
    assert_eq!(run["documents"], 2, "{run}");
}

#[test]
fn case13_numbers_too_large_for_a_float_are_not_facts() {
    let inp = temp_dir("huge");
    let text = format!("Exports rose {} % and then 5 % in May.\n", "9".repeat(400));
    fs::write(inp.join("a.txt"), &text).unwrap();
    let out = temp_dir("huge-out");
    ok_run(&["-i", path_str(&inp), "-o", path_str(&out)]);
    let csv = read(&out.join("facts.csv"));
    assert!(!csv.contains("inf") && !csv.contains("NaN"), "{csv}");
    let json = extract(&text);
    assert!(
        !json.contains("\"value_low\":null") && json.contains("\"surface\":\"5 %\""),
        "{json}"
    );
}

#[test]
fn case14_legacy_encodings_are_decoded_or_rejected() {
    let inp = temp_dir("enc");
    let ru = "Экспорт вырос на 5 процентов до 300 тонн в марте, сообщило агентство.";
    let (koi8, _, _) = encoding_rs::KOI8_R.encode(ru);
    fs::write(inp.join("ru.txt"), &koi8).unwrap();
    let le: Vec<u8> = ARTICLE.encode_utf16().flat_map(u16::to_le_bytes).collect();
    fs::write(inp.join("utf16.txt"), le).unwrap();
    fs::write(inp.join("junk.txt"), b"ab\x80\x81\x82\x83\xff cd").unwrap();
    let out = temp_dir("enc-out");
    ok_run(&["-i", path_str(&inp), "-o", path_str(&out)]);
    let docs = rows(&out.join("documents.csv"));
    let enc: Vec<(String, String)> = docs[1..]
        .iter()
        .map(|r| (r[0].to_string(), r[5].to_string()))
        .collect();
    assert_eq!(enc[0].0, "ru");
    assert!(enc[0].1.starts_with("koi8"), "{enc:?}");
    assert_eq!(enc[1], ("utf16".to_string(), "utf-16le".to_string()));
    assert_eq!(
        column(&out.join("rejects.csv"), "reason"),
        ["unknown_encoding"]
    );
    assert!(read(&out.join("facts.csv")).contains("300 tonnes"));
}

#[test]
fn case15_smaller_things() {
    // --threads beyond reason is a clear error, not an abort.
    let o = numfacts(&[
        "run",
        "pipelines/sample.toml",
        "-o",
        "/tmp/numfacts-never",
        "--threads",
        "100000",
    ]);
    assert_eq!(o.status.code(), Some(2));
    // Upper-case extensions are read; hidden files are counted as skipped; a non-string
    // title is ignored with a note; non-UTF-8 names stay distinct ids; temp files a killed
    // run left are removed.
    let inp = temp_dir("small");
    fs::write(inp.join("A.TXT"), ARTICLE).unwrap();
    fs::write(inp.join(".hidden.txt"), ARTICLE).unwrap();
    fs::write(
        inp.join("B.JSONL"),
        "{\"id\":\"b\",\"text\":\"Imports fell 7 %.\",\"title\":42}\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        for name in [&b"n\xff.txt"[..], b"n\xfe.txt"] {
            fs::write(inp.join(std::ffi::OsStr::from_bytes(name)), ARTICLE).unwrap();
        }
    }
    let out = temp_dir("small-out");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join(".facts.csv.12345.tmp"), "left by a killed run").unwrap();
    let run = ok_run(&["-i", path_str(&inp), "-o", path_str(&out)]);
    assert_eq!(run["files_skipped"], 1, "{run}");
    let ids = column(&out.join("documents.csv"), "doc_id");
    #[cfg(unix)]
    assert_eq!(ids, ["A", "b", "n%FE", "n%FF"]);
    let rej = rows(&out.join("rejects.csv"));
    assert_eq!(rej.len(), 2, "{rej:?}");
    assert_eq!(&rej[1][1], "field_ignored");
    assert!(!out.join(".facts.csv.12345.tmp").exists());
}

#[test]
fn fuzz_findings_stay_fixed() {
    // Every input the fuzzer ever failed on (fuzz/crashes/, see RELIABILITY.md) must pass.
    let dir = crate::common::repo().join("fuzz/crashes");
    let p = numfacts::pipeline::Pipeline::default_stages();
    let mut n = 0;
    for e in fs::read_dir(&dir).into_iter().flatten().flatten() {
        let bytes = fs::read(e.path()).unwrap();
        let r = std::panic::catch_unwind(|| numfacts::invariants::check(&bytes, &p));
        assert!(matches!(r, Ok(None)), "{}: {r:?}", e.path().display());
        n += 1;
    }
    crate::common::report(&format!("fuzz findings re-checked: {n}\n"));
}
