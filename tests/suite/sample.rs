//! The bundled sample corpus, run as the README's first command runs it.
//!
//! Golden files: `tests/expected/*.csv` must equal the run's CSV output byte for byte.
//! After an intended change, regenerate them with `UPDATE_EXPECTED=1 cargo test` and read the
//! diff before committing it.

use crate::common::{check_context, check_scores, records, repo, run_into, temp_dir};
use std::fs;

const TABLES: [&str; 3] = ["facts", "documents", "rejects"];

fn run_sample(tag: &str) -> std::path::PathBuf {
    run_into(tag, &["pipelines/sample.toml"])
}

#[test]
fn golden_csv_files() {
    let out = run_sample("golden");
    let expected = repo().join("tests/expected");
    let update = std::env::var_os("UPDATE_EXPECTED").is_some();
    let mut diffs = Vec::new();
    for t in TABLES {
        let got = fs::read_to_string(out.join(format!("{t}.csv"))).unwrap();
        let want_path = expected.join(format!("{t}.csv"));
        if update {
            fs::create_dir_all(&expected).unwrap();
            fs::write(&want_path, &got).unwrap();
            continue;
        }
        let want = fs::read_to_string(&want_path).unwrap_or_default();
        if got != want {
            let first = got
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(got.lines().count().min(want.lines().count()));
            diffs.push(format!(
                "{t}.csv differs from tests/expected/{t}.csv at line {}:\n  got:  {}\n  want: {}",
                first + 1,
                got.lines().nth(first).unwrap_or("<end>"),
                want.lines().nth(first).unwrap_or("<end>")
            ));
        }
    }
    assert!(
        diffs.is_empty(),
        "{}\n(UPDATE_EXPECTED=1 cargo test rewrites them)",
        diffs.join("\n")
    );
}

#[test]
fn sample_gold_value_f1() {
    let out = run_sample("f1");
    let gold = repo().join("tests/sample.gold.jsonl");
    for ext in ["csv", "parquet"] {
        let name = format!("sample corpus ({ext})");
        check_scores(&name, &gold, &out.join(format!("facts.{ext}")), 0.95, 0);
    }
}

#[test]
fn output_is_identical_run_to_run() {
    let a = run_sample("det-a");
    let b = run_sample("det-b");
    for t in TABLES {
        let x = fs::read(a.join(format!("{t}.csv"))).unwrap();
        let y = fs::read(b.join(format!("{t}.csv"))).unwrap();
        assert!(x == y, "{t}.csv differs between two runs");
    }
}

#[test]
fn parquet_columns_are_typed() {
    use polars_core::prelude::*;
    use polars_io::prelude::*;
    let out = run_sample("types");
    let read = |t: &str| {
        ParquetReader::new(fs::File::open(out.join(format!("{t}.parquet"))).unwrap())
            .finish()
            .unwrap()
    };
    let facts = read("facts");
    let facts_for_claims = facts.clone();
    let docs = read("documents");
    let dtype = |df: &DataFrame, c: &str| df.column(c).unwrap().dtype().clone();
    assert_eq!(dtype(&facts, "start"), DataType::Int64);
    assert_eq!(dtype(&facts, "value_low"), DataType::Float64);
    for c in [
        "lang",
        "kind",
        "unit",
        "qualifier",
        "measure",
        "direction",
        "per",
    ] {
        assert!(
            dtype(&facts, c).is_categorical(),
            "facts.{c} is {:?}",
            dtype(&facts, c)
        );
    }
    // Open sets are strings, so that `str.contains` works and tables join without a cast.
    for c in [
        "surface", "subject", "source", "concept", "time", "fact_id", "doc_id",
    ] {
        assert_eq!(dtype(&facts, c), DataType::String, "facts.{c}");
    }
    assert_eq!(dtype(&facts, "concept"), DataType::String);
    assert_eq!(dtype(&facts, "time_start"), DataType::Date);
    assert_eq!(dtype(&facts, "time_end"), DataType::Date);
    assert_eq!(dtype(&docs, "date"), DataType::Date);
    // The claims table: one row per (subject, concept, unit, per, measure); its reports in
    // claim_reports, one row each, typed like the facts they join.
    let claims = read("claims");
    let reports_table = read("claim_reports");
    assert_eq!(dtype(&claims, "n_reports"), DataType::Int64);
    for c in ["unit", "per", "measure", "kind"] {
        assert!(dtype(&claims, c).is_categorical(), "claims.{c}");
    }
    assert_eq!(dtype(&claims, "latest_period"), DataType::Date);
    assert_eq!(dtype(&claims, "sources"), DataType::String);
    for c in [
        "fact_id",
        "subject",
        "source",
        "unit",
        "per",
        "qualifier",
        "measure",
    ] {
        assert_eq!(
            dtype(&reports_table, c),
            dtype(&facts, c),
            "claim_reports.{c} is typed as facts.{c}"
        );
    }
    let fact_ids: std::collections::HashSet<&str> = facts
        .column("fact_id")
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .flatten()
        .collect();
    let joined = reports_table
        .column("fact_id")
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .filter(|id| id.is_some_and(|id| fact_ids.contains(id)))
        .count();
    assert_eq!(
        joined,
        reports_table.height(),
        "every report joins its fact"
    );
    let reports: i64 = claims
        .column("n_reports")
        .unwrap()
        .i64()
        .unwrap()
        .sum()
        .unwrap();
    let with_context = {
        let subject = facts_for_claims.column("subject").unwrap();
        let concept = facts_for_claims.column("concept").unwrap();
        (0..facts_for_claims.height())
            .filter(|&i| !subject.get(i).unwrap().is_null() && !concept.get(i).unwrap().is_null())
            .count()
    };
    assert_eq!(
        reports as usize, with_context,
        "every fact with a subject and concept is reported once"
    );
    let csv = fs::read_to_string(out.join("claims.csv")).unwrap();
    assert!(csv.starts_with("claim_id,subject,concept,concept_key,unit,per,measure,"));
    claims_are_right(&out);
    assert_eq!(dtype(&docs, "n_facts"), DataType::Int64);
    assert!(
        facts.column("direction").unwrap().null_count() > 0,
        "levels have a null direction"
    );
    assert_eq!(
        facts.height() as i64,
        docs.column("n_facts")
            .unwrap()
            .i64()
            .unwrap()
            .sum()
            .unwrap()
    );
}

/// The held-out set (`tests/holdout`): eight articles and their gold, written by someone who
/// had not seen the extractor. Its first blind score was value F1 0.848 with 11 trap hits;
/// only general fixes followed. The floor guards that figure, it is not a target.
#[test]
fn holdout_value_f1() {
    let out = run_into("holdout", &["--input", "tests/holdout/articles"]);
    let gold = repo().join("tests/holdout/gold.jsonl");
    check_scores("holdout", &gold, &out.join("facts.csv"), 0.93, 1);
}

/// Issue 10's claims: no row mixes measures or `per` (each claim id has one of each in
/// claim_reports), and a prior period's figure is never a claim's latest value.
pub fn claims_are_right(out: &std::path::Path) {
    let read = |t: &str| records(&out.join(format!("{t}.csv")));
    let claims = read("claims");
    let reports = read("claim_reports");
    let mut seen: std::collections::HashMap<&str, (&str, &str)> = Default::default();
    for r in &reports {
        let k = (r["measure"].as_str(), r["per"].as_str());
        let prev = seen.entry(r["claim_id"].as_str()).or_insert(k);
        assert_eq!(*prev, k, "claim {} mixes measures or per", r["claim_id"]);
    }
    for c in &claims {
        if c["latest_value"].is_empty() {
            continue;
        }
        let latest: f64 = c["latest_value"].parse().unwrap();
        let of_claim: Vec<_> = reports
            .iter()
            .filter(|r| r["claim_id"] == c["claim_id"])
            .collect();
        assert_eq!(of_claim.len().to_string(), c["n_reports"]);
        assert!(
            of_claim.iter().any(
                |r| r["measure"] != "prior" && r["value_low"].parse::<f64>().unwrap() == latest
            ),
            "claim {} has a latest value no current report gives",
            c["claim_id"]
        );
    }
}

/// `tests/holdout2`: 24 articles (12 English, 12 Swedish) written and annotated blind from
/// the contract, with gold for every context field. Issue 10's bars (subject, source, time
/// 0.85, concept 0.75, no source where the article cites nobody 0.9) are not met yet; the
/// floors here are just under the figures this stage reached, so that no change makes them
/// worse.
#[test]
fn holdout2_context() {
    let out = run_into(
        "holdout2",
        &[
            "--input",
            "tests/holdout2/en/articles",
            "--input",
            "tests/holdout2/sv/articles",
        ],
    );
    let dir = temp_dir("holdout2-gold");
    let mut gold = String::new();
    for lang in ["en", "sv"] {
        gold.push_str(
            &fs::read_to_string(repo().join(format!("tests/holdout2/{lang}/gold.jsonl"))).unwrap(),
        );
    }
    let gold_path = dir.join("gold.jsonl");
    fs::write(&gold_path, gold).unwrap();
    check_scores("holdout2", &gold_path, &out.join("facts.csv"), 0.95, 2);
    check_context(
        "holdout2",
        &gold_path,
        &out.join("facts.csv"),
        &[
            ("subject", 0.76),
            ("source", 0.79),
            ("concept", 0.63),
            ("time", 0.75),
            ("nosource", 0.86),
        ],
    );
    claims_are_right(&out);
}

/// A blind set from `tests/`: its articles, its gold (context fields in a `context` object)
/// and the floors of value F1, trap hits and each context field.
fn blind_set(name: &str, min_f1: f64, max_traps: u64, floors: &[(&str, f64)]) {
    let out = run_into(name, &["--input", &format!("tests/{name}/articles")]);
    let gold = repo().join(format!("tests/{name}/gold.jsonl"));
    check_scores(name, &gold, &out.join("facts.csv"), min_f1, max_traps);
    check_context(name, &gold, &out.join("facts.csv"), floors);
    claims_are_right(&out);
}

/// `tests/holdout3`: 12 articles (6 English, 6 Swedish) written and annotated blind from the
/// contract during issue 10; only its totals were read until issue 10's fifth round, which
/// read its rows for the context mechanisms (a development set since). Floors just under the
/// figures reached.
#[test]
fn holdout3_context() {
    blind_set(
        "holdout3",
        0.93,
        3,
        &[
            ("subject", 0.73),
            ("source", 0.41),
            ("concept", 0.56),
            ("time", 0.67),
            ("nosource", 0.92),
        ],
    );
}

/// `tests/holdout4`: 8 articles (4 English, 4 Swedish) written blind from the contract late
/// in issue 10 (its first-blind figures are in its README); its rows were read in issue 10's
/// fifth round (a development set since). Floors just under the figures reached.
#[test]
fn holdout4_context() {
    blind_set(
        "holdout4",
        0.92,
        2,
        &[
            ("subject", 0.69),
            ("source", 0.46),
            ("concept", 0.49),
            ("time", 0.65),
            ("nosource", 0.88),
        ],
    );
}

/// `tests/holdout5`: 8 articles (4 English, 4 Swedish) with tables of every layout (cells
/// apart by tabs or spaces, glued, one per line) and a ticker strip, written blind from the
/// contract for issue 10's third round; scored when it arrived, then read for the table
/// stage's mechanisms (a development set since). Floors just under the figures reached.
#[test]
fn holdout5_context() {
    blind_set(
        "holdout5",
        0.96,
        3,
        &[
            ("subject", 0.85),
            ("source", 0.75),
            ("concept", 0.54),
            ("time", 0.87),
            ("nosource", 0.96),
        ],
    );
}

/// `tests/holdout6`: 6 articles (3 English, 3 Swedish), one table each, written blind from
/// the contract during issue 10's third round (first blind and final in its README); its rows
/// were read in issue 10's fifth round (a development set since). Floors just under the
/// figures reached.
#[test]
fn holdout6_context() {
    blind_set(
        "holdout6",
        0.92,
        1,
        &[
            ("subject", 0.8),
            ("source", 0.59),
            ("concept", 0.65),
            ("time", 0.87),
            ("nosource", 0.99),
        ],
    );
}

/// `tests/holdout7`: 8 prose articles (4 English, 4 Swedish), written blind from the contract
/// during issue 10's fourth round. Scored on arrival; after that its subject misses were read
/// (the page titles taken from metadata strips), and in the fifth round all its context
/// misses: a development set. Floors just under the figures reached (nosource lowered in
/// issue 11's second round: two newly matched index rows carry an earlier sentence's source).
#[test]
fn holdout7_context() {
    blind_set(
        "holdout7",
        0.93,
        6,
        &[
            ("subject", 0.63),
            ("source", 0.37),
            ("concept", 0.52),
            ("time", 0.68),
            ("nosource", 0.93),
        ],
    );
}

/// `tests/holdout8`: 8 prose articles (4 English, 4 Swedish), written blind from the contract
/// during issue 10's fourth round and never read: only its totals (first blind and final of
/// the fourth and fifth rounds, in its README). Floors just under the final figures.
#[test]
fn holdout8_context() {
    blind_set(
        "holdout8",
        0.95,
        11,
        &[
            ("subject", 0.63),
            ("source", 0.49),
            ("concept", 0.52),
            ("time", 0.77),
            ("nosource", 0.95),
        ],
    );
}

/// `tests/holdout10`: 8 articles (4 English, 4 Swedish; one with a table) written blind from
/// the contract during issue 10's sixth round and never read: only its totals (in its
/// README). Floors just under the figures.
#[test]
fn holdout10_context() {
    blind_set(
        "holdout10",
        0.92,
        7,
        &[
            ("subject", 0.64),
            ("source", 0.42),
            ("concept", 0.53),
            ("time", 0.61),
            ("nosource", 0.88),
        ],
    );
}

/// `tests/holdout11`: 8 articles (4 English, 4 Swedish), every one with a table (pipe, tab or
/// space columns, one cell per line, cells glued together), written blind from the widened
/// contract at the start of issue 11; only its totals and the new false positives of one
/// change were read. Floors just under the figures reached.
#[test]
fn holdout11_context() {
    blind_set(
        "holdout11",
        0.86,
        7,
        &[
            ("subject", 0.38),
            ("source", 0.14),
            ("concept", 0.39),
            ("time", 0.70),
            ("nosource", 0.96),
        ],
    );
}

/// `tests/holdout12`: 10 short general-news articles (5 English, 5 Swedish: sports, weather,
/// cars, local news, markets in other currencies) with the widened contract's kinds, written
/// blind at the start of issue 11; its totals and the false positives and wrong values of the
/// unit-table change were read. Floors just under the figures reached.
#[test]
fn holdout12_context() {
    blind_set(
        "holdout12",
        0.90,
        4,
        &[
            ("subject", 0.31),
            ("source", 0.30),
            ("concept", 0.14),
            ("time", 0.40),
            ("nosource", 0.90),
        ],
    );
}

/// `tests/holdout13`: 10 general-news articles (5 English, 5 Swedish: markets in many
/// currencies, a drug trial, a road test, a marathon, weather, a phone test, a budget, metal
/// prices, a derby; one tab-flattened and one line-per-cell table), written blind at the start
/// of issue 11's second round; its totals and the misses and false positives of the round's
/// changes were read. Floors just under the figures reached.
#[test]
fn holdout13_context() {
    blind_set(
        "holdout13",
        0.94,
        6,
        &[
            ("subject", 0.39),
            ("source", 0.41),
            ("concept", 0.25),
            ("time", 0.50),
            ("nosource", 0.90),
        ],
    );
}

/// `tests/holdout14`: 8 articles (4 English, 4 Swedish), each with a table in its own layout
/// (pipe, glued, spaced with dated rows, one cell per line, key figures, tabs, slash bullets,
/// semicolons), written blind late in issue 11's second round; scored on arrival (0.776), then
/// its missed layouts were read. Floors just under the figures reached.
#[test]
fn holdout14_context() {
    blind_set(
        "holdout14",
        0.90,
        13,
        &[
            ("subject", 0.37),
            ("source", 0.35),
            ("concept", 0.32),
            ("time", 0.53),
            ("nosource", 0.92),
        ],
    );
}

/// `tests/holdout9`: 8 articles (4 English, 4 Swedish; two with a table) written blind from
/// the contract at the start of issue 10's fifth round and never read: only its totals (first
/// blind and final, in its README). Floors just under the final figures.
#[test]
fn holdout9_context() {
    blind_set(
        "holdout9",
        0.92,
        11,
        &[
            ("subject", 0.53),
            ("source", 0.33),
            ("concept", 0.53),
            ("time", 0.75),
            ("nosource", 0.88),
        ],
    );
}
