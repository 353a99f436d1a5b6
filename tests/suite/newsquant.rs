//! NewsQuant's development half (`../shared/suites/newsquant-dev`, real English news sentences
//! with their quantities), scored as its README says CQE's paper scores it: value, value+unit
//! and value+change F1, and the concept (partial) agreement of the matched quantities. Skips,
//! saying so, when `../shared` is absent. No sentence of the suite is kept in the repository.

use crate::common::{report, shared, skip};
use numfacts::model::{Fact, Kind, Measure, Qualifier};
use numfacts::pipeline::{process_text, Pipeline};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// A unit's readings: (canonical unit, factor) pairs.
type Readings = Vec<(String, f64)>;

/// The suite's unit table: a unit name -> its readings, and a rate's denominator -> its
/// canonical name.
struct Units {
    units: HashMap<String, Readings>,
    per: HashMap<String, String>,
}

impl Units {
    fn read(path: &Path) -> Units {
        let (mut units, mut per) = (HashMap::new(), HashMap::new());
        for line in std::fs::read_to_string(path).unwrap().lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if let Some(d) = f[0].strip_prefix("per:") {
                per.insert(d.to_string(), f[1].to_string());
            } else {
                let factor = f.get(2).and_then(|x| x.parse().ok()).unwrap_or(1.0);
                units
                    .entry(f[0].to_string())
                    .or_insert_with(Vec::new)
                    .push((f[1].to_string(), factor));
            }
        }
        Units { units, per }
    }

    /// Readings of a unit not in the table: the lower-case singular noun, and its last word.
    fn noun(w: &str) -> Vec<(String, f64)> {
        let s = singular(w);
        let last = singular(s.rsplit(' ').next().unwrap_or(&s));
        vec![(s, 1.0), (last, 1.0)]
    }

    /// A gold unit split into its base unit and a rate's denominator ("dollar per barrel"),
    /// with the table's readings of the base when the table names it.
    fn lookup(&self, unit: &str) -> (String, Option<&Readings>, Option<String>) {
        let u = unit.trim().to_lowercase();
        let (u, per) = match u
            .split_once(" per ")
            .filter(|_| !self.units.contains_key(&u))
        {
            Some((a, b)) => (a.to_string(), Some(self.denominator(b))),
            None => (u, None),
        };
        let base = self.units.get(&u).or_else(|| self.units.get(&singular(&u)));
        (u, base, per)
    }

    /// Readings of a gold unit ("dollar per barrel" is USD/bbl).
    fn gold(&self, unit: &str) -> Vec<(String, f64)> {
        let (u, base, per) = self.lookup(unit);
        with_per(base.cloned().unwrap_or_else(|| Self::noun(&u)), per)
    }

    /// Whether the table names a gold unit (or the unit of a rate), rather than the readings
    /// of a noun: "joule second" is no "second".
    fn in_table(&self, unit: &str) -> bool {
        self.lookup(unit).1.is_some()
    }

    fn denominator(&self, d: &str) -> String {
        let d = d.to_lowercase();
        self.per.get(&d).cloned().unwrap_or_else(|| singular(&d))
    }

    /// Readings of a fact's unit and `per`.
    fn fact(&self, f: &Fact) -> Vec<(String, f64)> {
        let base = match f.kind {
            Kind::Count => Self::noun(&f.unit),
            Kind::Ratio => vec![(String::new(), 1.0)],
            _ => self
                .units
                .get(&f.unit.to_lowercase())
                .cloned()
                .unwrap_or_else(|| vec![(f.unit.clone(), 1.0)]),
        };
        with_per(base, f.per.as_deref().map(|p| self.denominator(p)))
    }
}

fn with_per(base: Vec<(String, f64)>, per: Option<String>) -> Vec<(String, f64)> {
    match per {
        Some(p) => base
            .into_iter()
            .map(|(c, f)| (format!("{c}/{p}"), f))
            .collect(),
        None => base,
    }
}

fn singular(w: &str) -> String {
    let w = w.trim().to_lowercase();
    for (a, b) in [
        ("ies", "y"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("sses", "ss"),
        ("xes", "x"),
    ] {
        if let Some(stem) = w.strip_suffix(a) {
            return format!("{stem}{b}");
        }
    }
    match w.strip_suffix('s') {
        Some(stem) if !w.ends_with("ss") && w.len() > 3 => stem.to_string(),
        _ => w,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-5 * b.abs().max(1e-9)
}

/// A gold quantity: its (low, high) magnitudes, unit and change symbol.
struct Gold {
    low: f64,
    high: f64,
    unit: String,
    change: String,
    concept: String,
}

fn gold_of(q: &Value) -> Option<Gold> {
    let v = q["value"].as_str()?;
    let (lo, hi) = match v[1..].find('-').map(|i| i + 1) {
        Some(i) => (v[..i].parse().ok()?, v[i + 1..].parse().ok()?),
        None => {
            let x: f64 = v.parse().ok()?;
            (x, x)
        }
    };
    Some(Gold {
        low: f64::abs(lo),
        high: f64::abs(hi),
        unit: q["normalized_unit"].as_str().unwrap_or("-").to_string(),
        change: q["change"].as_str().unwrap_or("=").to_string(),
        concept: q["referred_concepts"].as_str().unwrap_or("-").to_string(),
    })
}

/// The README's change symbol of a fact.
fn symbol(f: &Fact) -> &'static str {
    if f.measure == Measure::Change {
        return if f.value_low < 0.0 || f.direction.is_some_and(|d| d.as_str() == "down") {
            "down"
        } else {
            "up"
        };
    }
    match f.qualifier {
        Qualifier::Exact => "=",
        Qualifier::Approx => "~",
        Qualifier::MoreThan | Qualifier::AtLeast => ">",
        Qualifier::LessThan | Qualifier::AtMost | Qualifier::UpTo => "<",
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Value,
    Unit,
    Change,
}

/// Whether fact `f` matches gold `g` in `mode`: values agree as written or after both units'
/// factors to a shared canonical unit (a temperature in °F is compared in °F); value+unit
/// needs that shared unit; value+change the same change symbol.
fn matches(u: &Units, g: &Gold, f: &Fact, mode: Mode) -> bool {
    if mode == Mode::Change && symbol(f) != g.change {
        return false;
    }
    let (lo, hi) = (f.value_low.abs(), f.value_high.abs());
    let (gu, fu) = (u.gold(&g.unit), u.fact(f));
    // Both in a canonical unit: the same one for value+unit, any for value alone.
    let canonical = gu.iter().any(|(a, fa)| {
        fu.iter().any(|(b, fb)| {
            (mode != Mode::Unit || a.eq_ignore_ascii_case(b))
                && close(lo * fb, g.low * fa)
                && close(hi * fb, g.high * fa)
        })
    });
    let fahrenheit = f.unit == "°C" && gu.iter().any(|(c, _)| c == "°F") && {
        let to_f = |c: f64| {
            if f.measure == Measure::Change {
                c * 1.8
            } else {
                c * 1.8 + 32.0
            }
        };
        close(to_f(f.value_low).abs(), g.low) && close(to_f(f.value_high).abs(), g.high)
    };
    let as_written = mode != Mode::Unit && close(lo, g.low) && close(hi, g.high);
    canonical || fahrenheit || as_written
}

/// Words of a concept for comparing with NewsQuant's `referred_concepts`: lower-cased, a
/// plural "s" dropped, small words left out.
fn concept_words(s: &str) -> Vec<String> {
    const SMALL: [&str; 12] = [
        "of", "the", "a", "an", "to", "from", "in", "for", "on", "by", "and", "with",
    ];
    s.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !SMALL.contains(&w.as_str()))
        .map(|w| match w.strip_suffix('s') {
            Some(x) if x.chars().count() >= 3 => x.to_string(),
            _ => w,
        })
        .collect()
}

/// Issue 11's conformance on NewsQuant's development half (bars: value F1 92, value+unit
/// 88, value+change 86) and issue 10's concept agreement; the floors sit just under the
/// figures reached and guard against regressions.
#[test]
fn newsquant_conformance() {
    let Some(sh) = shared() else {
        return skip("newsquant_conformance");
    };
    let dir = sh.join("suites/newsquant-dev");
    let data: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("NewsQuant.dev.json")).unwrap())
            .unwrap();
    let units = Units::read(&dir.join("units.tsv"));
    let p = Pipeline::default_stages();
    let (mut gold, mut preds, mut unread) = (0, 0, 0);
    let mut hits = [0usize; 3];
    let (mut with_concept, mut agree) = (0, 0);
    for s in &data {
        let (_, facts) = process_text("nq", s["text"].as_str().unwrap(), &p);
        preds += facts.len();
        let golds: Vec<Gold> = s["quantities"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|q| {
                let g = gold_of(q);
                unread += usize::from(g.is_none());
                g
            })
            .collect();
        gold += s["quantities"].as_array().unwrap().len();
        for (k, mode) in [Mode::Value, Mode::Unit, Mode::Change]
            .into_iter()
            .enumerate()
        {
            let mut used = vec![false; facts.len()];
            for g in &golds {
                let Some(i) =
                    (0..facts.len()).find(|&i| !used[i] && matches(&units, g, &facts[i], mode))
                else {
                    continue;
                };
                used[i] = true;
                hits[k] += 1;
                if mode == Mode::Value && g.concept.trim() != "-" && !g.concept.trim().is_empty() {
                    with_concept += 1;
                    let gw = concept_words(&g.concept);
                    let f = &facts[i];
                    let pw: Vec<String> = [f.concept.as_deref(), f.concept_text.as_deref()]
                        .into_iter()
                        .flatten()
                        .flat_map(concept_words)
                        .collect();
                    agree += usize::from(gw.iter().any(|w| pw.contains(w)));
                }
            }
        }
    }
    let f1 = |m: usize| 200.0 * m as f64 / (gold + preds) as f64;
    let (value, unit, change) = (f1(hits[0]), f1(hits[1]), f1(hits[2]));
    let concept = agree as f64 / with_concept.max(1) as f64;
    report(&format!(
        "newsquant-dev ({gold} gold quantities, {unread} with a value it cannot parse, {preds} predicted): \
         value F1 {value:.1} (P {:.1}, R {:.1}), value+unit {unit:.1}, value+change {change:.1} \
         (issue 11's bars 92 / 88 / 86; CQE 89.0 / 82.3 / 84.5 on the whole set); concept shares a \
         word with referred_concepts on {agree}/{with_concept} = {concept:.3} of the value matches \
         (issue 10's bar 0.85)\n",
        100.0 * hits[0] as f64 / preds.max(1) as f64,
        100.0 * hits[0] as f64 / gold.max(1) as f64,
    ));
    let floors = [
        ("value", value, 80.3),
        ("value+unit", unit, 74.3),
        ("value+change", change, 70.4),
    ];
    for (what, got, floor) in floors {
        assert!(
            got >= floor,
            "newsquant {what} F1 {got:.1} fell below {floor}"
        );
    }
    assert!(
        concept >= 0.48,
        "newsquant concept agreement {concept:.3} fell below 0.48"
    );
}

/// Canonical units of the contract's kinds, as the suite's unit table names them.
const CONTRACT_UNITS: [&str; 22] = [
    "%", "pp", "t", "km", "km2", "m3", "bbl", "MWh", "MW", "km/hour", "°C", "°F", "GB", "Hz", "Pa",
    "second", "minute", "hour", "day", "month", "year", "point",
];

/// quantulum3's `quantities.json` (English sentences with their quantities): an expected
/// quantity passes when a fact of its sentence has its value in a shared canonical unit
/// (a range is the middle ± `uncertainty`). Skipped, with the reason printed: a number
/// alone (no fact by the contract), a unit outside the contract's kinds (a unit the suite's
/// table does not name is one), "from X to Y" after a change verb when numfacts reads the
/// contract's prior and level. Issue 11's bar is 85%; the floor sits just under the figure
/// reached.
#[test]
fn quantulum3_conformance() {
    let Some(sh) = shared() else {
        return skip("quantulum3_conformance");
    };
    let path = sh.join("suites/quantulum3/quantulum3/_lang/en_US/tests/quantities.json");
    let data: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let units = Units::read(&sh.join("suites/newsquant-dev/units.tsv"));
    let p = Pipeline::default_stages();
    let (mut pass, mut tried) = (0, 0);
    let mut skipped: std::collections::BTreeMap<&str, usize> = Default::default();
    let mut fails = Vec::new();
    for case in &data {
        let text = case["req"].as_str().unwrap();
        let (_, facts) = process_text("q", text, &p);
        for r in case["res"].as_array().unwrap() {
            let unit = r["unit"].as_str().unwrap_or("");
            let v = r["value"].as_f64().unwrap_or(f64::NAN);
            let d = r["uncertainty"].as_f64().unwrap_or(0.0);
            if unit == "dimensionless" {
                *skipped
                    .entry("a number alone is no fact by the contract")
                    .or_default() += 1;
                continue;
            }
            let readings = units.gold(unit);
            let in_contract = units.in_table(unit)
                && readings.iter().any(|(c, _)| {
                    let c = c.split('/').next().unwrap_or(c);
                    CONTRACT_UNITS.contains(&c)
                        || (c.len() == 3 && c.chars().all(|x| x.is_ascii_uppercase()))
                })
                || unit.ends_with("per hour");
            if !in_contract {
                *skipped.entry("a unit outside the contract's kinds (electronvolt, femtobarn, kelvin, a dozen as a unit...)").or_default() += 1;
                continue;
            }
            let gold = |low: f64, high: f64| Gold {
                low: low.abs(),
                high: high.abs(),
                unit: unit.to_string(),
                change: "=".into(),
                concept: "-".into(),
            };
            // "rose from $350 per kg to $680 per kg": read as the contract reads it.
            let read_as = |m: Measure, x: f64| {
                facts
                    .iter()
                    .any(|f| f.measure == m && matches(&units, &gold(x, x), f, Mode::Unit))
            };
            if d > 0.0 && read_as(Measure::Prior, v - d) && read_as(Measure::Level, v + d) {
                *skipped.entry("\"from X to Y\" after a change verb: the suite reads the range X-Y, the contract a prior X and a level Y (both found)").or_default() += 1;
                continue;
            }
            tried += 1;
            let g = gold(v - d, v + d);
            if facts.iter().any(|f| matches(&units, &g, f, Mode::Unit)) {
                pass += 1;
            } else {
                let got: Vec<String> = facts
                    .iter()
                    .map(|f| format!("{:?}={}{}", f.surface, f.value_low, f.unit))
                    .collect();
                fails.push(format!(
                    "    FAIL {text:?}: want {v}±{d} {unit}, got {got:?}"
                ));
            }
        }
    }
    let rate = 100.0 * pass as f64 / tried.max(1) as f64;
    let mut out = format!("quantulum3 quantities.json: {pass}/{tried} pass ({rate:.1}%)\n");
    for (why, n) in &skipped {
        out.push_str(&format!("    skipped {n}: {why}\n"));
    }
    for f in &fails {
        out.push_str(f);
        out.push('\n');
    }
    report(&out);
    assert!(
        rate >= 90.0,
        "quantulum3 pass rate {rate:.1}% fell below its floor"
    );
}
