//! Runs every `resources/<lang>/corpus.toml`: each case's text must yield exactly its facts.

use crate::common::repo;
use numfacts::pipeline::{process_text, Pipeline};
use serde::Deserialize;

#[derive(Deserialize)]
struct CorpusFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    rule: String,
    text: String,
    facts: Vec<Expected>,
}

#[derive(Deserialize, Debug, PartialEq)]
struct Expected {
    surface: String,
    kind: String,
    low: f64,
    high: f64,
    unit: String,
    qualifier: String,
    measure: String,
    direction: Option<String>,
    per: Option<String>,
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
}

#[test]
fn language_corpora() {
    let mut files: Vec<_> = std::fs::read_dir(repo().join("resources"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("corpus.toml"))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no resources/<lang>/corpus.toml found");
    let mut failures = Vec::new();
    let mut total = 0;
    for f in &files {
        let lang = f
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(f).unwrap();
        let corpus: CorpusFile =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let mut p = Pipeline::default_stages();
        // Short examples say little about their language: the corpus folder does.
        let lx = numfacts::lexicon::Lexicons::embedded();
        p.languages = vec![lx.index(&lang).unwrap()];
        p.default_language = p.languages[0];
        for c in &corpus.case {
            total += 1;
            let (_, facts) = process_text("case", &c.text, &p);
            let got: Vec<Expected> = facts
                .iter()
                .map(|f| Expected {
                    surface: f.surface.clone(),
                    kind: f.kind.as_str().into(),
                    low: f.value_low,
                    high: f.value_high,
                    unit: f.unit.clone(),
                    qualifier: f.qualifier.as_str().into(),
                    measure: f.measure.as_str().into(),
                    direction: f.direction.map(|d| d.as_str().into()),
                    per: f.per.clone(),
                })
                .collect();
            let ok = got.len() == c.facts.len()
                && got.iter().zip(&c.facts).all(|(g, e)| {
                    g.surface == e.surface
                        && g.kind == e.kind
                        && same(g.low, e.low)
                        && same(g.high, e.high)
                        && g.unit == e.unit
                        && g.qualifier == e.qualifier
                        && g.measure == e.measure
                        && g.direction == e.direction
                        && g.per == e.per
                });
            if !ok {
                failures.push(format!(
                    "[{lang}/{}] {:?}\n   expected {:?}\n   got      {:?}",
                    c.rule, c.text, c.facts, got
                ));
            }
        }
    }
    crate::common::report(&format!(
        "language corpora: {} of {total} cases pass\n",
        total - failures.len()
    ));
    assert!(
        failures.is_empty(),
        "{} corpus cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[derive(Deserialize)]
struct ContextFile {
    case: Vec<ContextCase>,
}

#[derive(Deserialize)]
struct ContextCase {
    rule: String,
    text: String,
    facts: Vec<std::collections::BTreeMap<String, String>>,
}

/// Runs every `resources/<lang>/context_corpus.toml`: each listed fact's context fields must
/// come out as given ("" for empty).
#[test]
fn context_corpora() {
    let lx = numfacts::lexicon::Lexicons::embedded();
    let mut failures = Vec::new();
    let mut total = 0;
    for lang in lx.codes() {
        let f = repo()
            .join("resources")
            .join(lang)
            .join("context_corpus.toml");
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        let corpus: ContextFile =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let mut p = Pipeline::default_stages();
        p.languages = vec![lx.index(lang).unwrap()];
        p.default_language = p.languages[0];
        for c in &corpus.case {
            total += 1;
            let (_, facts) = process_text("case", &c.text, &p);
            for want in &c.facts {
                let surface = &want["surface"];
                let Some(got) = facts.iter().find(|f| &f.surface == surface) else {
                    failures.push(format!("[{lang}/{}] no fact {surface:?}", c.rule));
                    continue;
                };
                let value = |k: &str| -> String {
                    match k {
                        "subject" => got.subject.as_deref().unwrap_or("").into(),
                        "concept" => got.concept.clone().unwrap_or_default(),
                        "time" => got.time.clone().unwrap_or_default(),
                        "time_start" => got.time_start.map(|d| d.to_string()).unwrap_or_default(),
                        "time_end" => got.time_end.map(|d| d.to_string()).unwrap_or_default(),
                        "source" => got.source.as_deref().unwrap_or("").into(),
                        other => panic!("{}: unknown field {other:?}", f.display()),
                    }
                };
                for (k, v) in want.iter().filter(|(k, _)| *k != "surface") {
                    let g = value(k);
                    if &g != v {
                        failures.push(format!(
                            "[{lang}/{}] {surface:?} {k}: expected {v:?}, got {g:?}",
                            c.rule
                        ));
                    }
                }
            }
        }
    }
    crate::common::report(&format!(
        "context corpora: {total} cases, {} field mismatches\n",
        failures.len()
    ));
    assert!(total > 0, "no resources/<lang>/context_corpus.toml found");
    assert!(
        failures.is_empty(),
        "{} context fields differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
