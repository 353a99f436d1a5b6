//! `numfacts eval`: scores predicted facts against gold, exactly as `shared/eval/score.py`
//! does, so that tests need no Python.
//!
//! A prediction matches the unused gold mention of its document that it overlaps most (the
//! first on ties); overlapping a `negative` gold row is a trap hit and a false positive;
//! `optional` rows count neither way. Value-correct means same kind, unit (counts: any noun)
//! and values within a relative tolerance of 1e-6 (for changes, compared without sign).

use crate::context::ContextLexicons;
use polars_core::prelude::*;
use polars_io::prelude::*;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

/// One gold or predicted row, with the fields the scorer reads.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub doc: String,
    pub start: i64,
    pub end: i64,
    pub kind: String,
    pub unit: String,
    pub value_low: Option<f64>,
    pub value_high: Option<f64>,
    /// `None` when absent or null; `Some("")` when an empty CSV cell (score.py counts those).
    pub qualifier: Option<String>,
    pub measure: Option<String>,
    pub direction: Option<String>,
    pub surface: Option<String>,
    pub negative: bool,
    pub optional: bool,
    pub qualifier_optional: bool,
    pub why: Option<String>,
    /// Context fields: subject, concept, time, source (`None` when absent or empty).
    pub context: [Option<String>; 4],
    /// The period the time names.
    pub period: (Option<String>, Option<String>),
}

/// The context fields, in the order of [`Row::context`].
pub const CONTEXT_FIELDS: [&str; 4] = ["subject", "concept", "time", "source"];

fn num(v: Option<&str>) -> Option<f64> {
    v.and_then(|s| s.trim().parse::<f64>().ok())
}

fn truthy(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Bool(b)) => *b,
        Some(Value::Null) | None => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        Some(_) => true,
    }
}

fn json_str(v: Option<&Value>) -> Option<String> {
    match v {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => Some(other.to_string()),
    }
}

fn json_num(v: Option<&Value>) -> Option<f64> {
    match v {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) => num(Some(s)),
        _ => None,
    }
}

/// Builds a row from named string fields, as score.py's `norm_pred` does.
fn row_from(get: &dyn Fn(&str) -> Option<String>, path: &str, n: usize) -> Result<Row, String> {
    let doc = get("doc")
        .or_else(|| get("doc_id"))
        .ok_or_else(|| format!("{path}: row {n} has no doc or doc_id"))?;
    let int = |k: &str| {
        get(k)
            .and_then(|s| s.trim().parse::<f64>().ok())
            .map(|f| f as i64)
            .ok_or_else(|| format!("{path}: row {n} has no integer {k}"))
    };
    let low = num(get("value_low").or_else(|| get("value")).as_deref());
    let high = num(get("value_high").as_deref()).or(low);
    Ok(Row {
        doc,
        start: int("start")?,
        end: int("end")?,
        kind: get("kind").unwrap_or_default().trim().to_string(),
        unit: get("unit").unwrap_or_default().trim().to_string(),
        value_low: low,
        value_high: high,
        qualifier: get("qualifier"),
        measure: get("measure"),
        direction: get("direction"),
        surface: get("surface"),
        context: CONTEXT_FIELDS.map(|k| get(k).filter(|v| !v.trim().is_empty())),
        period: (
            get("time_start").filter(|v| !v.is_empty()),
            get("time_end").filter(|v| !v.is_empty()),
        ),
        ..Row::default()
    })
}

fn from_json(v: &Value, path: &str, n: usize) -> Result<Row, String> {
    // The context fields may sit on the row or in a `context` object.
    let get = |k: &str| json_str(v.get(k).or_else(|| v.get("context").and_then(|c| c.get(k))));
    let mut r = row_from(&get, path, n)?;
    r.value_low = json_num(v.get("value_low")).or_else(|| json_num(v.get("value")));
    r.value_high = json_num(v.get("value_high")).or(r.value_low);
    r.negative = truthy(v.get("negative"));
    r.optional = truthy(v.get("optional"));
    r.qualifier_optional = truthy(v.get("qualifier_optional"));
    r.why = json_str(v.get("why"));
    Ok(r)
}

/// Loads rows from JSONL, CSV or Parquet, by extension.
pub fn load(path: &Path) -> Result<Vec<Row>, String> {
    let name = path.display().to_string();
    let err = |e: &dyn std::fmt::Display| format!("{name}: {e}");
    if name.ends_with(".jsonl") {
        let text = std::fs::read_to_string(path).map_err(|e| err(&e))?;
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                let v: Value =
                    serde_json::from_str(l).map_err(|e| format!("{name}:{}: {e}", i + 1))?;
                from_json(&v, &name, i + 1)
            })
            .collect()
    } else if name.ends_with(".csv") {
        let mut rd = csv::Reader::from_path(path).map_err(|e| err(&e))?;
        let headers = rd.headers().map_err(|e| err(&e))?.clone();
        let mut rows = Vec::new();
        for (i, rec) in rd.records().enumerate() {
            let rec = rec.map_err(|e| err(&e))?;
            let get = |k: &str| {
                headers
                    .iter()
                    .position(|h| h == k)
                    .and_then(|j| rec.get(j))
                    .map(str::to_string)
            };
            rows.push(row_from(&get, &name, i + 1)?);
        }
        Ok(rows)
    } else if name.ends_with(".parquet") {
        let file = std::fs::File::open(path).map_err(|e| err(&e))?;
        let df = ParquetReader::new(file).finish().map_err(|e| err(&e))?;
        let mut cols: HashMap<String, Vec<Option<String>>> = HashMap::new();
        for c in df.columns() {
            let s = c.cast(&DataType::String).map_err(|e| err(&e))?;
            let ca = s.str().map_err(|e| err(&e))?;
            cols.insert(
                c.name().to_string(),
                ca.iter().map(|v| v.map(str::to_string)).collect(),
            );
        }
        (0..df.height())
            .map(|i| {
                let get = |k: &str| cols.get(k).and_then(|v| v[i].clone());
                row_from(&get, &name, i + 1)
            })
            .collect()
    } else {
        Err(format!(
            "unknown format: {name} (use .jsonl, .csv or .parquet)"
        ))
    }
}

fn unit_alias(u: &str) -> String {
    let l = u.to_lowercase();
    match l.as_str() {
        "tonne" | "tonnes" | "ton" | "metric_ton" => "t",
        "percent" | "pct" => "%",
        "countries" | "nations" | "nation" | "länder" => "country",
        "years" | "år" => "year",
        other => other,
    }
    .to_string()
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= (1e-6 * a.abs().max(b.abs())).max(1e-9),
        _ => false,
    }
}

fn values_eq(g: &Row, p: &Row) -> bool {
    if g.measure.as_deref() == Some("change") {
        let (Some(gl), Some(gh), Some(pl), Some(ph)) =
            (g.value_low, g.value_high, p.value_low, p.value_high)
        else {
            return false;
        };
        let sorted = |a: f64, b: f64| {
            if a.abs() <= b.abs() {
                (a.abs(), b.abs())
            } else {
                (b.abs(), a.abs())
            }
        };
        let (gl, gh) = sorted(gl, gh);
        let (pl, ph) = sorted(pl, ph);
        return close(Some(pl), Some(gl)) && close(Some(ph), Some(gh));
    }
    close(p.value_low, g.value_low) && close(p.value_high, g.value_high)
}

fn overlap(a: &Row, b: &Row) -> i64 {
    (a.end.min(b.end) - a.start.max(b.start)).max(0)
}

fn prf(tp: u64, fp: u64, fn_: u64) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

#[derive(Debug, Default, Clone)]
pub struct KindCounts {
    pub gold: u64,
    pub span_tp: u64,
    pub value_tp: u64,
    pub fp: u64,
}

/// The scores and the rows behind them.
#[derive(Debug, Default, Clone)]
pub struct Report {
    pub gold: u64,
    pub preds: u64,
    pub trap_hits: u64,
    pub span: (f64, f64, f64),
    pub value: (f64, f64, f64),
    pub qualifier: Option<(u64, u64)>,
    pub measure: Option<(u64, u64)>,
    pub per_kind: BTreeMap<String, KindCounts>,
    pub misses: Vec<Row>,
    pub wrong: Vec<(Row, Row)>,
    pub false_pos: Vec<Row>,
}

/// Scores `preds` against `gold`; `kinds` keeps only those kinds (and the traps).
pub fn score(gold: &[Row], preds: &[Row], kinds: Option<&HashSet<String>>) -> Report {
    let gdocs: HashSet<&str> = gold.iter().map(|g| g.doc.as_str()).collect();
    let mut preds: Vec<&Row> = preds
        .iter()
        .filter(|p| gdocs.contains(p.doc.as_str()))
        .collect();
    let gold: Vec<&Row> = match kinds {
        Some(k) => gold
            .iter()
            .filter(|g| g.negative || k.contains(&g.kind))
            .collect(),
        None => gold.iter().collect(),
    };
    if let Some(k) = kinds {
        preds.retain(|p| k.contains(&p.kind) || p.kind.is_empty());
    }
    let mut by_doc: HashMap<&str, Vec<(usize, &Row)>> = HashMap::new();
    for g in &gold {
        let list = by_doc.entry(g.doc.as_str()).or_default();
        list.push((list.len(), *g));
    }
    let mut r = Report {
        preds: preds.len() as u64,
        ..Report::default()
    };
    let (mut span_tp, mut value_tp, mut fp, mut optional_hits) = (0u64, 0u64, 0u64, 0u64);
    let (mut qual_seen, mut qual_ok, mut meas_seen, mut meas_ok) = (0u64, 0u64, 0u64, 0u64);
    let mut used: HashSet<(&str, usize)> = HashSet::new();
    let kind_key = |k: &str| {
        if k.is_empty() {
            "?".to_string()
        } else {
            k.to_string()
        }
    };
    for p in &preds {
        let cands: Vec<(i64, usize, &Row)> = by_doc
            .get(p.doc.as_str())
            .into_iter()
            .flatten()
            .map(|&(i, g)| (overlap(p, g), i, g))
            .filter(|&(o, i, g)| o > 0 && (!used.contains(&(p.doc.as_str(), i)) || g.negative))
            .collect();
        let Some(&(_, i, g)) = cands
            .iter()
            .fold(None, |best: Option<&(i64, usize, &Row)>, c| match best {
                Some(b) if b.0 >= c.0 => Some(b),
                _ => Some(c),
            })
        else {
            fp += 1;
            r.per_kind.entry(kind_key(&p.kind)).or_default().fp += 1;
            r.false_pos.push((*p).clone());
            continue;
        };
        if g.negative {
            fp += 1;
            r.trap_hits += 1;
            r.per_kind.entry(kind_key(&p.kind)).or_default().fp += 1;
            let mut fpr = (*p).clone();
            fpr.why = g.why.clone();
            r.false_pos.push(fpr);
            continue;
        }
        used.insert((p.doc.as_str(), i));
        if g.optional {
            optional_hits += 1;
            continue;
        }
        span_tp += 1;
        r.per_kind.entry(g.kind.clone()).or_default().span_tp += 1;
        let unit_ok = g.kind == "count" || unit_alias(&g.unit) == unit_alias(&p.unit);
        if p.kind == g.kind && unit_ok && values_eq(g, p) {
            value_tp += 1;
            r.per_kind.entry(g.kind.clone()).or_default().value_tp += 1;
            if let Some(q) = &p.qualifier {
                qual_seen += 1;
                if g.qualifier_optional || Some(q) == g.qualifier.as_ref() {
                    qual_ok += 1;
                }
            }
            if p.measure.is_some() || p.direction.is_some() {
                meas_seen += 1;
                let pm = p
                    .measure
                    .as_deref()
                    .filter(|s| !s.is_empty())
                    .unwrap_or("level");
                let gm = g.measure.as_deref().unwrap_or("level");
                let pd = p.direction.as_deref().filter(|s| !s.is_empty());
                let gd = g.direction.as_deref().filter(|s| !s.is_empty());
                if pm == gm && pd == gd {
                    meas_ok += 1;
                }
            }
        } else {
            r.wrong.push(((*g).clone(), (*p).clone()));
        }
    }
    for g in &gold {
        if g.negative || g.optional {
            continue;
        }
        r.per_kind.entry(g.kind.clone()).or_default().gold += 1;
        r.gold += 1;
    }
    for (doc, list) in &by_doc {
        for &(i, g) in list {
            if !g.negative && !g.optional && !used.contains(&(*doc, i)) {
                r.misses.push(g.clone());
            }
        }
    }
    r.misses
        .sort_by(|a, b| (&a.doc, a.start).cmp(&(&b.doc, b.start)));
    r.span = prf(span_tp, fp, r.gold - span_tp);
    r.value = prf(
        value_tp,
        r.preds - optional_hits - value_tp,
        r.gold - value_tp,
    );
    r.qualifier = (qual_seen > 0).then_some((qual_ok, qual_seen));
    r.measure = (meas_seen > 0).then_some((meas_ok, meas_seen));
    r
}

/// A float as Python's `repr(round(x, 4))` writes it.
fn py_round4(x: f64) -> String {
    let v: f64 = format!("{x:.4}").parse().unwrap_or(x);
    if v.fract() == 0.0 {
        format!("{v:.1}")
    } else {
        format!("{v}")
    }
}

impl Report {
    /// The report in score.py's words, line for line.
    pub fn render(&self, verbose: bool) -> String {
        let mut s = String::new();
        if verbose {
            for g in &self.misses {
                let _ = writeln!(
                    s,
                    "MISS  {}: {:?}",
                    g.doc,
                    g.surface.as_deref().unwrap_or("")
                );
            }
            for (g, p) in &self.wrong {
                let _ = writeln!(
                    s,
                    "WRONG {}: {:?} gold=({},{:?},{:?},{}) pred=({},{:?},{:?},{}) {:?}",
                    g.doc,
                    g.surface.as_deref().unwrap_or(""),
                    g.kind,
                    g.value_low,
                    g.value_high,
                    g.unit,
                    p.kind,
                    p.value_low,
                    p.value_high,
                    p.unit,
                    p.surface.as_deref().unwrap_or("")
                );
            }
            for p in &self.false_pos {
                let _ = writeln!(
                    s,
                    "FP    {}: {:?} {}",
                    p.doc,
                    p.surface.as_deref().unwrap_or(""),
                    p.why.as_deref().unwrap_or("")
                );
            }
        }
        let _ = writeln!(
            s,
            "gold={} preds={} trap_hits={}",
            self.gold, self.preds, self.trap_hits
        );
        let _ = writeln!(
            s,
            "span  P={:.3} R={:.3} F1={:.3}",
            self.span.0, self.span.1, self.span.2
        );
        let _ = writeln!(
            s,
            "value P={:.3} R={:.3} F1={:.3}",
            self.value.0, self.value.1, self.value.2
        );
        if let Some((ok, n)) = self.qualifier {
            let _ = writeln!(s, "qualifier acc={:.3} (n={n})", ok as f64 / n as f64);
        }
        if let Some((ok, n)) = self.measure {
            let _ = writeln!(s, "measure acc={:.3} (n={n})", ok as f64 / n as f64);
        }
        for (k, c) in &self.per_kind {
            let _ = writeln!(
                s,
                "  {k:9} gold={:4} span_tp={:4} value_tp={:4} fp={:4}",
                c.gold, c.span_tp, c.value_tp, c.fp
            );
        }
        let _ = writeln!(
            s,
            "{{\"gold\": {}, \"preds\": {}, \"span_f1\": {}, \"value_f1\": {}, \"value_p\": {}, \"value_r\": {}, \"trap_hits\": {}}}",
            self.gold,
            self.preds,
            py_round4(self.span.2),
            py_round4(self.value.2),
            py_round4(self.value.0),
            py_round4(self.value.1),
            self.trap_hits
        );
        s
    }
}

/// Words of a context value for comparing: lower-cased, names of the gazetteer in their
/// canonical form ("US" -> "united states"), a plural "s" dropped, small words left out.
fn context_words(cx: &ContextLexicons, s: &str) -> HashSet<String> {
    const SMALL: [&str; 16] = [
        "of", "the", "a", "an", "to", "from", "in", "for", "on", "by", "and", "with", "per", "i",
        "på", "at",
    ];
    let mut out = HashSet::new();
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let canon = cx.normalize_name(w);
        for w in canon.split_whitespace() {
            let l = w.to_lowercase();
            if SMALL.contains(&l.as_str()) {
                continue;
            }
            let stem = match l.strip_suffix('s') {
                Some(x) if x.chars().count() >= 3 => x.to_string(),
                _ => l,
            };
            out.insert(stem);
        }
    }
    out
}

/// How far the context fields of the predictions agree with the gold rows that carry them:
/// subject and source as the same entity (after the gazetteer; a company by its short form,
/// "Saltbush Lithium" is "Saltbush"), concept by the
/// share of the gold's words the prediction has, time by the phrases sharing a word (and,
/// where both give one, by the periods overlapping). A gold row without an overlapping
/// prediction disagrees; `optional` and `negative` rows are left out.
pub fn context_report(gold: &[Row], preds: &[Row], verbose: bool) -> String {
    let cx = ContextLexicons::embedded();
    let mut by_doc: HashMap<&str, Vec<&Row>> = HashMap::new();
    for p in preds {
        by_doc.entry(p.doc.as_str()).or_default().push(p);
    }
    // [rows, agreeing (or summed overlap), with any overlap]
    let mut tally = [[0f64; 3]; 4];
    let mut periods = [0u64; 2];
    // Rows the article attributes to nobody, and of them those predicted without a source.
    let mut unsourced = [0u64; 2];
    let mut misses = String::new();
    let miss = |out: &mut String, field: &str, g: &Row, gold: &str, pred: &str| {
        let _ = writeln!(
            out,
            "  {field:<8} {} @{} {:?}: gold {gold:?}, predicted {pred:?}",
            g.doc,
            g.start,
            g.surface.as_deref().unwrap_or("")
        );
    };
    for g in gold.iter().filter(|g| !g.negative && !g.optional) {
        let p = by_doc.get(g.doc.as_str()).and_then(|ps| {
            ps.iter()
                .filter(|p| overlap(g, p) > 0)
                .max_by_key(|p| (overlap(g, p), std::cmp::Reverse(p.start)))
        });
        for (k, field) in CONTEXT_FIELDS.iter().enumerate() {
            let Some(gv) = &g.context[k] else { continue };
            let pv = p.and_then(|p| p.context[k].as_deref());
            let score = match (k, pv) {
                (_, None) => 0.0,
                (0 | 3, Some(pv)) => f64::from(u8::from(cx.same_entity(gv, pv))),
                (1, Some(pv)) => {
                    let gw = context_words(cx, gv);
                    let pw = context_words(cx, pv);
                    let hit = gw.iter().filter(|w| pw.contains(*w)).count();
                    if gw.is_empty() {
                        1.0
                    } else {
                        hit as f64 / gw.len() as f64
                    }
                }
                (_, Some(pv)) => {
                    let gw = context_words(cx, gv);
                    f64::from(u8::from(
                        context_words(cx, pv).iter().any(|w| gw.contains(w)),
                    ))
                }
            };
            tally[k][0] += 1.0;
            tally[k][1] += score;
            tally[k][2] += f64::from(u8::from(score > 0.0));
            if verbose && score < 1.0 {
                miss(&mut misses, field, g, gv, pv.unwrap_or("-"));
            }
        }
        if let (Some(p), None) = (p, &g.context[3]) {
            unsourced[0] += 1;
            unsourced[1] += u64::from(p.context[3].is_none());
            if let Some(ps) = p.context[3].as_deref().filter(|_| verbose) {
                miss(&mut misses, "nosource", g, "none", ps);
            }
        }
        if let (Some(p), (Some(gs), Some(ge))) = (p, &g.period) {
            periods[0] += 1;
            if let (Some(ps), Some(pe)) = (&p.period.0, &p.period.1) {
                periods[1] += u64::from(ps <= ge && gs <= pe);
            }
        }
    }
    let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
    let mut out = String::from(
        "context agreement on the gold rows that carry each field (optional rows left out):\n",
    );
    for (k, field) in CONTEXT_FIELDS.iter().enumerate() {
        let [n, sum, any] = tally[k];
        let _ = match k {
            1 => writeln!(
                out,
                "  {field:<8} token overlap {:.3} over {n} rows (some overlap on {any})",
                ratio(sum, n)
            ),
            2 => writeln!(
                out,
                "  {field:<8} {sum}/{n} = {:.3} phrases overlapping; periods overlapping {}/{}",
                ratio(sum, n),
                periods[1],
                periods[0]
            ),
            _ => writeln!(out, "  {field:<8} {sum}/{n} = {:.3}", ratio(sum, n)),
        };
    }
    let _ = writeln!(
        out,
        "  nosource {}/{} = {:.3} of the matched rows the article attributes to nobody have no source",
        unsourced[1],
        unsourced[0],
        ratio(unsourced[1] as f64, unsourced[0] as f64)
    );
    if verbose && !misses.is_empty() {
        out.push_str("disagreements:\n");
        out.push_str(&misses);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(doc: &str, start: i64, end: i64, kind: &str, v: f64, unit: &str) -> Row {
        Row {
            doc: doc.into(),
            start,
            end,
            kind: kind.into(),
            unit: unit.into(),
            value_low: Some(v),
            value_high: Some(v),
            ..Row::default()
        }
    }

    #[test]
    fn matches_traps_optional_and_changes() {
        let mut change = row("d", 0, 5, "percent", 30.0, "%");
        change.measure = Some("change".into());
        let mut trap = row("d", 10, 15, "", 0.0, "");
        trap.negative = true;
        let mut opt = row("d", 20, 25, "count", 12.0, "country");
        opt.optional = true;
        let gold = vec![change, trap, opt, row("d", 30, 35, "mass", 420.5, "t")];
        let preds = vec![
            row("d", 1, 4, "percent", -30.0, "%"),
            row("d", 11, 12, "percent", 1.0, "%"),
            row("d", 21, 22, "count", 12.0, "nation"),
            row("d", 30, 33, "mass", 420.5, "tonnes"),
            row("other", 0, 1, "mass", 1.0, "t"),
        ];
        let r = score(&gold, &preds, None);
        assert_eq!((r.gold, r.preds, r.trap_hits), (2, 4, 1));
        assert_eq!(r.value.1, 1.0);
        assert!((r.value.0 - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(py_round4(1.0), "1.0");
        assert_eq!(py_round4(0.95238), "0.9524");
    }
}
