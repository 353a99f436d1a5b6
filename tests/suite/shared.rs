//! Tests on `../shared`: the seed articles' bars, the Rust scorer against score.py, and the
//! Recognizers-Text conformance suites. Each skips, saying so, when `../shared` is absent.

use crate::common::{
    check_context, check_scores, numfacts, path_str, records, report, run_into, shared, skip,
};
use numfacts::lexicon::Lexicons;
use numfacts::model::Kind;
use numfacts::pipeline::{process_text, Pipeline};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

fn run_on(input: &Path, tag: &str) -> std::path::PathBuf {
    run_into(tag, &["--input", path_str(input)])
}

#[test]
fn seeds_meet_the_bar() {
    let Some(sh) = shared() else {
        return skip("seeds_meet_the_bar");
    };
    let out = run_on(&sh.join("corpus/seeds"), "seeds");
    let gold = sh.join("corpus/seeds.gold.jsonl");
    check_scores("seeds", &gold, &out.join("facts.csv"), 0.95, 0);
}

/// Issue 4's bars on the seeds: context agreement on the gold rows that carry each field,
/// and the claims rows that put differing reports side by side.
#[test]
fn seeds_context_and_claims() {
    let Some(sh) = shared() else {
        return skip("seeds_context_and_claims");
    };
    let out = run_on(&sh.join("corpus/seeds"), "seeds-context");
    let gold = sh.join("corpus/seeds.gold.jsonl");
    check_context(
        "seeds",
        &gold,
        &out.join("facts.csv"),
        &[
            ("subject", 0.9),
            ("source", 0.8),
            ("concept", 0.8),
            ("time", 0.8),
        ],
    );
    // China's rare-earth mining share: 59 (IEA) and about 70 (CSIS) on one row; refining
    // (91, IEA) and processing (90, CSIS) likewise.
    let rows = records(&out.join("claims.csv"));
    let col = |r: &std::collections::HashMap<String, String>, c: &str| r[c].clone();
    for (stage, values, sources) in [
        ("mining", ["59", "70"], "IEA; CSIS"),
        ("processing", ["90", "91"], "IEA; CSIS"),
    ] {
        let row = rows
            .iter()
            .find(|r| {
                col(r, "subject") == "China"
                    && col(r, "unit") == "%"
                    && col(r, "concept_key").split(' ').any(|w| w == stage)
                    && col(r, "concept_key").contains("rare earth")
            })
            .unwrap_or_else(|| panic!("no claims row for China's rare earth {stage} share"));
        let (lo, hi) = (col(row, "value_min"), col(row, "value_max"));
        assert_eq!([lo.as_str(), hi.as_str()], values, "{stage}");
        assert_eq!(col(row, "sources"), sources, "{stage}");
    }
    // China's magnet shares, however phrased (sintered permanent magnet production, rare
    // earth magnet manufacturing), are one row.
    let magnets: Vec<_> = rows
        .iter()
        .filter(|r| {
            col(r, "subject") == "China"
                && col(r, "unit") == "%"
                && col(r, "measure") == "level"
                && col(r, "concept_key").split(' ').any(|w| w == "magnet")
                && col(r, "concept_key").split(' ').any(|w| w == "share")
        })
        .collect();
    assert_eq!(magnets.len(), 1, "China's magnet shares are one claims row");
    crate::sample::claims_are_right(&out);
}

fn python_has(module: &str) -> bool {
    Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// `numfacts eval` prints what score.py prints, line for line.
#[test]
fn rust_eval_agrees_with_score_py() {
    let Some(sh) = shared() else {
        return skip("rust_eval_agrees_with_score_py");
    };
    if !python_has("json") {
        report("SKIPPED rust_eval_agrees_with_score_py: python3 is not installed\n");
        return;
    }
    let seeds_out = run_on(&sh.join("corpus/seeds"), "agree-seeds");
    let sample_out = run_into("agree-sample", &["pipelines/sample.toml"]);
    let sample_gold = crate::common::repo().join("tests/sample.gold.jsonl");
    let mut cases = vec![
        (
            sh.join("corpus/seeds.gold.jsonl"),
            seeds_out.join("facts.csv"),
            vec![],
        ),
        (
            sh.join("corpus/seeds.gold.jsonl"),
            seeds_out.join("facts.csv"),
            vec!["--kinds=percent,count"],
        ),
        (sample_gold.clone(), sample_out.join("facts.csv"), vec![]),
        // Gold scored against itself: exercises traps, optional rows and JSONL predictions.
        (
            sh.join("corpus/seeds.gold.jsonl"),
            sh.join("corpus/seeds.gold.jsonl"),
            vec![],
        ),
    ];
    if python_has("pyarrow") {
        cases.push((sample_gold, sample_out.join("facts.parquet"), vec![]));
    }
    for (gold, pred, extra) in cases {
        let py = Command::new("python3")
            .arg(sh.join("eval/score.py"))
            .arg(&gold)
            .arg(&pred)
            .args(&extra)
            .output()
            .unwrap();
        assert!(
            py.status.success(),
            "score.py failed: {}",
            String::from_utf8_lossy(&py.stderr)
        );
        let mut args = vec!["eval", "--gold", path_str(&gold), "--pred", path_str(&pred)];
        let kinds: Vec<String> = extra
            .iter()
            .map(|e| e.trim_start_matches("--kinds=").to_string())
            .collect();
        if !kinds.is_empty() {
            args.extend(["--kinds", kinds[0].as_str()]);
        }
        let rs = numfacts(&args);
        assert!(
            rs.status.success(),
            "{}",
            String::from_utf8_lossy(&rs.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&rs.stdout),
            String::from_utf8_lossy(&py.stdout),
            "numfacts eval and score.py disagree on {} vs {}",
            gold.display(),
            pred.display()
        );
    }
}

/// ISO codes `resources/currencies.toml` knows.
fn known_currencies() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("resources/currencies.toml");
    let text = std::fs::read_to_string(path).unwrap();
    let table: toml::Value = toml::from_str(&text).unwrap();
    table["currency"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["code"].as_str().map(str::to_string))
        .collect()
}

/// What a conformance case expects, in our terms.
struct Item {
    start: usize,
    end: usize,
    value: f64,
    unit: Option<String>,
}

fn rt_number(v: &str, sv: bool) -> Option<f64> {
    let v = v.trim().trim_end_matches('%');
    let v = if sv {
        v.replace(',', ".")
    } else {
        v.to_string()
    };
    v.parse().ok()
}

/// ISO code of a Recognizers-Text currency name, where the contract fixes one.
fn iso(name: &str, sv: bool) -> Option<&'static str> {
    Some(match name {
        "Dollar" | "United States dollar" => "USD",
        "Euro" => "EUR",
        "British pound" | "Pound sterling" => "GBP",
        "Chinese yuan" => "CNY",
        "Japanese yen" => "JPY",
        "Canadian dollar" => "CAD",
        "Australian dollar" => "AUD",
        "Krone" if sv => "SEK",
        "Swedish krona" => "SEK",
        "Norwegian krone" => "NOK",
        "Danish krone" => "DKK",
        "Finnish markka" => "FIM",
        _ => return None,
    })
}

/// Tonnes per Recognizers-Text weight unit; `Err` says why the contract reads it otherwise.
fn tonnes(unit: &str) -> Result<f64, &'static str> {
    match unit {
        "Ton" | "Metric ton" => Ok(1.0),
        "Kilogram" => Ok(1e-3),
        "Gram" => Ok(1e-6),
        "Milligram" => Ok(1e-9),
        "Microgram" => Ok(1e-12),
        "Pound" => Ok(0.000453592),
        "Ounce" => Err("the contract reads ounces as troy ounces (31.1035 g)"),
        "Barrel" => Err("the contract counts barrels as volume (bbl), not weight"),
        _ => Err("unit outside the contract's mass units"),
    }
}

fn char_span(input: &str, r: &Value) -> Option<(usize, usize)> {
    let text = r["Text"].as_str()?;
    if let (Some(s), Some(e)) = (r["Start"].as_u64(), r["End"].as_u64()) {
        let (s, e) = (s as usize, e as usize + 1);
        let got: String = input.chars().skip(s).take(e.saturating_sub(s)).collect();
        if got.to_lowercase() == text.to_lowercase() {
            return Some((s, e));
        }
    }
    let lower = input.to_lowercase();
    let b = lower.find(&text.to_lowercase())?;
    let s = lower[..b].chars().count();
    Some((s, s + text.chars().count()))
}

struct FileResult {
    passed: usize,
    checked: usize,
    skipped: BTreeMap<&'static str, usize>,
    failures: Vec<String>,
}

fn conformance_file(path: &Path, kind: Kind) -> FileResult {
    let sv = path.to_string_lossy().contains("/Swedish/");
    let lx = Lexicons::embedded();
    let known = known_currencies();
    let mut p = Pipeline::default_stages();
    p.languages = vec![lx.index(if sv { "sv" } else { "en" }).unwrap()];
    p.default_language = p.languages[0];
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut res = FileResult {
        passed: 0,
        checked: 0,
        skipped: BTreeMap::new(),
        failures: vec![],
    };
    'case: for c in &cases {
        let input = c["Input"].as_str().unwrap_or("");
        let results = c["Results"].as_array().cloned().unwrap_or_default();
        let mut items: Vec<Result<Item, &'static str>> = Vec::new();
        for r in &results {
            let res = &r["Resolution"];
            let unit_name = res["unit"].as_str().unwrap_or("");
            let text = r["Text"].as_str().unwrap_or("");
            if kind == Kind::Percent && text.starts_with(char::is_alphabetic) && {
                let first = text.split_whitespace().next().unwrap_or("");
                first.starts_with("per")
            } {
                items.push(Err(
                    "the suite reads a percent word before its number (\"percent of 10\" as 10%); the contract reads the number and the unit after it",
                ));
                continue;
            }
            if kind == Kind::Money && matches!(unit_name, "Cent" | "Penny" | "Pence" | "Öre") {
                items.push(Err(
                    "the suite values sub-units (cents, pence, öre) in the sub-unit; the contract values them in the ISO currency",
                ));
                continue;
            }
            if kind == Kind::Money
                && unit_name.contains("pound")
                && !r["Text"].as_str().unwrap_or("").contains('£')
            {
                items.push(Err(
                    "the contract reads \"pounds\" after a number as mass (0.453592 kg)",
                ));
                continue;
            }
            let code = res["isoCurrency"]
                .as_str()
                .filter(|c| !c.is_empty())
                .or_else(|| iso(unit_name, sv));
            if kind == Kind::Money && !code.is_some_and(|c| known.iter().any(|k| k == c)) {
                items.push(Err("a currency the suite gives no ISO code (francs, pesetas, bitcoin, a bare \"rupee\"...)"));
                continue;
            }
            let (unit, factor) = match kind {
                Kind::Percent => (Some("%".to_string()), 1.0),
                Kind::Money => (code.map(str::to_string), 1.0),

                _ if res["subtype"].as_str() != Some("Weight") => continue, // length, volume...
                _ => match tonnes(unit_name) {
                    Ok(f) => (Some("t".to_string()), f),
                    Err(why) => {
                        items.push(Err(why));
                        continue;
                    }
                },
            };
            let Some(v) = res["value"].as_str().and_then(|v| rt_number(v, sv)) else {
                items.push(Err(
                    "the expected item has no numeric value (a unit or number alone)",
                ));
                continue;
            };
            let Some((start, end)) = char_span(input, r) else {
                items.push(Err("the expected span is not in the input"));
                continue;
            };
            items.push(Ok(Item {
                start,
                end,
                value: v * factor,
                unit,
            }));
        }
        if kind == Kind::Mass
            && results.iter().any(|r| {
                r["Resolution"]["subtype"]
                    .as_str()
                    .is_some_and(|s| s != "Weight")
            })
            && items.is_empty()
        {
            continue; // only other dimensions: out of scope
        }
        if let Some(why) = items.iter().find_map(|i| i.as_ref().err().copied()) {
            *res.skipped.entry(why).or_default() += 1;
            continue 'case;
        }
        let items: Vec<Item> = items.into_iter().flatten().collect();
        res.checked += 1;
        let (_, facts) = process_text("case", input, &p);
        let facts: Vec<_> = facts.iter().filter(|f| f.kind == kind).collect();
        let found = items.iter().all(|it| {
            facts.iter().any(|f| {
                // A change is signed by the contract ("tumbled $2.75" is -2.75); the suites are not.
                let v = if f.measure == numfacts::model::Measure::Change && it.value >= 0.0 {
                    f.value_low.abs()
                } else {
                    f.value_low
                };
                f.start < it.end
                    && it.start < f.end
                    && (v - it.value).abs() <= 1e-6 * it.value.abs().max(1e-9)
                    && it.unit.as_ref().is_none_or(|u| *u == f.unit)
            })
        });
        let extra = facts
            .iter()
            .any(|f| !items.iter().any(|it| f.start < it.end && it.start < f.end));
        if found && !extra {
            res.passed += 1;
        } else {
            let got: Vec<String> = facts
                .iter()
                .map(|f| format!("{:?}={}{}", f.surface, f.value_low, f.unit))
                .collect();
            let want: Vec<String> = items
                .iter()
                .map(|i| format!("{}{}", i.value, i.unit.as_deref().unwrap_or("?")))
                .collect();
            res.failures
                .push(format!("{input:?}: want {want:?} got {got:?}"));
        }
    }
    res
}

const SUITES: [(&str, Kind); 6] = [
    ("Specs/Number/English/PercentModel.json", Kind::Percent),
    ("Specs/Number/Swedish/PercentModel.json", Kind::Percent),
    (
        "Specs/NumberWithUnit/English/CurrencyModel.json",
        Kind::Money,
    ),
    (
        "Specs/NumberWithUnit/Swedish/CurrencyModel.json",
        Kind::Money,
    ),
    (
        "Specs/NumberWithUnit/English/DimensionModel.json",
        Kind::Mass,
    ),
    (
        "Specs/NumberWithUnit/Swedish/DimensionModel.json",
        Kind::Mass,
    ),
];

/// Recognizers-Text Percent, Currency and Dimension (weight) specs, English and Swedish.
/// A case passes when every expected item is found (overlapping span, same value, same
/// ISO currency where one is fixed) and nothing else of that kind is. Cases the contract
/// reads differently are skipped with the reason printed. The floors below sit just under
/// the measured rates (see the closing note of the v1 issue): a drop is a regression.
#[test]
fn recognizers_text_conformance() {
    let Some(sh) = shared() else {
        return skip("recognizers_text_conformance");
    };
    let floors = [0.99, 0.99, 0.95, 0.99, 0.99, 0.99];
    let mut report = String::new();
    let mut low = Vec::new();
    for ((file, kind), floor) in SUITES.iter().zip(floors) {
        let r = conformance_file(&sh.join("suites/recognizers-text").join(file), *kind);
        let rate = r.passed as f64 / r.checked.max(1) as f64;
        report += &format!(
            "{file}: {}/{} pass ({:.1}%), {} skipped\n",
            r.passed,
            r.checked,
            rate * 100.0,
            r.skipped.values().sum::<usize>()
        );
        for (why, n) in &r.skipped {
            report += &format!("    skipped {n}: {why}\n");
        }
        for f in r.failures.iter().take(12) {
            report += &format!("    FAIL {f}\n");
        }
        if rate < floor {
            low.push(format!(
                "{file}: {:.1}% < {:.0}%",
                rate * 100.0,
                floor * 100.0
            ));
        }
    }
    crate::common::report(&report);
    assert!(low.is_empty(), "conformance below its floor: {low:?}");
}

/// No input in any suite makes the extractor panic.
#[test]
fn no_panic_on_suite_inputs() {
    let Some(sh) = shared() else {
        return skip("no_panic_on_suite_inputs");
    };
    let p = Pipeline::default_stages();
    let mut n = 0;
    let mut stack = vec![sh.join("suites")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "json") {
                let v: Value =
                    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
                let mut texts = Vec::new();
                collect_strings(&v, &mut texts);
                for t in texts {
                    let _ = process_text("x", &t, &p);
                    n += 1;
                }
            }
        }
    }
    assert!(n > 100);
}

fn collect_strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}
