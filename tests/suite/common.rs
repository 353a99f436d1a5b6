//! Helpers shared by the integration tests.

use numfacts::eval;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the checkout (or `$NUMFACTS_SHARED`), when it is there.
pub fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("NUMFACTS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared"));
    p.join("spec/facts.md").is_file().then_some(p)
}

/// Writes to stderr past the test harness's capture, so reports and skips show in CI logs.
pub fn report(text: &str) {
    use std::io::Write;
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Says why a test that needs `../shared` did nothing.
pub fn skip(what: &str) {
    report(&format!(
        "SKIPPED {what}: ../shared is not beside the checkout (set NUMFACTS_SHARED to point at it)\n"
    ));
}

/// A fresh empty folder under the system temp folder.
pub fn temp_dir(tag: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let p = std::env::temp_dir().join(format!(
        "numfacts-test-{}-{tag}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

/// Runs the numfacts binary in the repository folder.
pub fn numfacts(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_numfacts"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("numfacts binary runs")
}

pub fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Runs `numfacts run ARGS --output DIR --quiet` into a fresh folder, asserts that it
/// succeeds, and returns the folder.
pub fn run_into(tag: &str, args: &[&str]) -> PathBuf {
    let out = temp_dir(tag);
    let mut all = vec!["run"];
    all.extend_from_slice(args);
    all.extend(["--output", path_str(&out), "--quiet"]);
    let o = numfacts(&all);
    assert!(
        o.status.success(),
        "numfacts {all:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    out
}

/// Scores `pred` against `gold`, prints the report under `name`, and asserts the bar:
/// value F1 of at least `min_f1` and at most `max_traps` trap hits.
pub fn check_scores(name: &str, gold: &Path, pred: &Path, min_f1: f64, max_traps: u64) {
    let g = eval::load(gold).unwrap();
    let p = eval::load(pred).unwrap();
    let r = eval::score(&g, &p, None);
    report(&format!("{name}:\n{}", r.render(false)));
    assert!(
        r.value.2 >= min_f1,
        "{name}: value F1 {:.3} < {min_f1}",
        r.value.2
    );
    assert!(
        r.trap_hits <= max_traps,
        "{name}: {} trap hits: {:?}",
        r.trap_hits,
        r.false_pos
    );
}

/// A CSV table's rows, each as its named fields.
pub fn records(p: &Path) -> Vec<std::collections::HashMap<String, String>> {
    let mut rd = csv::Reader::from_path(p).unwrap();
    let h = rd.headers().unwrap().clone();
    rd.records()
        .map(|r| {
            let r = r.unwrap();
            h.iter()
                .zip(r.iter())
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        })
        .collect()
}

/// Scores `facts` against `gold` with `numfacts eval --context`, reports the figures under
/// `name`, and checks each field against its floor.
pub fn check_context(name: &str, gold: &Path, facts: &Path, floors: &[(&str, f64)]) {
    let o = numfacts(&[
        "eval",
        "--context",
        "--gold",
        path_str(gold),
        "--pred",
        path_str(facts),
    ]);
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    report(&format!("{name} context:\n{text}"));
    for &(field, floor) in floors {
        let score = context_score(&text, field);
        assert!(score >= floor, "{name} {field} agreement {score} < {floor}");
    }
}

/// A field's figure in the output of `numfacts eval --context`: the token overlap for
/// `concept`, the ratio after "= " for the others.
fn context_score(text: &str, field: &str) -> f64 {
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with(field))
        .unwrap_or_else(|| panic!("no {field} line in\n{text}"));
    let v = if field == "concept" {
        line.split("overlap ")
            .nth(1)
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
    } else {
        line.split("= ").nth(1).unwrap().split(' ').next().unwrap()
    };
    v.parse().unwrap()
}

/// `numfacts extract` with `text` on its standard input.
pub fn extract(text: &str) -> Output {
    extract_with(text, &[])
}

/// `numfacts extract ARGS` on `text`.
pub fn extract_with(text: &str, args: &[&str]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_numfacts"))
        .arg("extract")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(text.as_bytes()).unwrap();
    drop(stdin);
    child.wait_with_output().unwrap()
}
