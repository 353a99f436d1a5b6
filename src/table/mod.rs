//! Stage 4b, tables: figures laid out in rows and columns ("Country 2023 2024 2025", a
//! report's "Q3 2026 Q3 2025 Change" table). Page conversion leaves them as lines that are
//! no sentences: [`layout`] finds them by their shape (a header of column headings, rows of a
//! label and one cell per column) and each cell becomes one fact, its unit from the row
//! label or the caption, its measure from its column (a period's figures a level, an
//! earlier period's a prior when the table compares, a change column a change) and its
//! context from the table's parts ([`crate::context::annotate_cells`]). A cell that cannot
//! be read with confidence is left out rather than misread; a ticker strip has no header
//! and stays chrome.

pub mod layout;

use crate::context::{CellSpan, Column, Heading};
use crate::extract::{extract, masks, Mention};
use crate::lexicon::Lexicon;
use crate::model::{Direction, Measure};
use layout::{Layout, Span};

/// One cell read: its mention (spans in the document) and where its context is written.
pub struct Cell {
    pub mention: Mention,
    pub context: CellSpan,
    /// The row it stands in, as the fact's sentence.
    pub row: Span,
}

/// A unit written in a label or caption: the bracketed part ("Järnmalm (Mt)", "Rare earth
/// output (thousand tonnes, REO equivalent)": its first part), else the part after the last
/// comma ("Ore milled, kt"); and what stays of the label without it.
fn unit_part(text: &str, (a, b): Span) -> Option<(Span, Span)> {
    let s = &text[a..b];
    if let Some((open, close)) = s.find('(').zip(s.find(')')).filter(|(o, c)| o < c) {
        let inner = &s[open + 1..close];
        let first = inner.split(',').next().unwrap_or(inner).trim_end();
        let u = (a + open + 1, a + open + 1 + first.len());
        return Some((u, (a, a + s[..open].trim_end().len())));
    }
    // "Change %", "% chg": a percent sign as a word of its own.
    let t = s.trim_end();
    if let Some(rest) = t.strip_suffix(" %") {
        return Some(((a + t.len() - 1, a + t.len()), (a, a + rest.len())));
    }
    if let Some(rest) = t.strip_prefix("% ") {
        return Some(((a, a + 1), (a + 2, a + 2 + rest.len())));
    }
    let comma = s.rfind(", ")?;
    Some(((a + comma + 2, b), (a, a + comma)))
}

/// The mentions of a cell written `cell` in the unit `unit`, read by the extractor as if
/// the unit were written beside it ("255.0 thousand tonnes", "US$212.4 million" for a
/// "US$ million" table): spans relative to the cell. None unless the reading takes the whole
/// cell and the unit (a cell may hold a bracketed prior: "212.4 (187.9)").
fn read_cell(
    cell: &str,
    unit: Option<&str>,
    lx: &Lexicon,
    dollar: Option<&str>,
) -> Option<Vec<Mention>> {
    let forms: Vec<(String, usize)> = match unit {
        None => vec![(cell.to_string(), 0)],
        Some(u) => {
            let (first, rest) = u.split_once(' ').unwrap_or((u, ""));
            let mut v = vec![(format!("{cell} {u}"), 0)];
            if first.contains(|c: char| !c.is_alphanumeric()) {
                v.push((format!("{first}{cell} {rest}"), first.len()));
            }
            // "$/t", "USD/lb": a price per unit, written before or after the number.
            if let Some((cur, per)) = u.split_once('/') {
                v.push((format!("{cur}{cell}/{per}"), cur.len()));
                v.push((format!("{cell} {cur}/{per}"), 0));
                v.push((format!("{cell} {cur} per {per}"), 0));
            }
            v
        }
    };
    forms.into_iter().find_map(|(synthetic, at)| {
        let synthetic = synthetic.trim_end();
        let ms = extract(synthetic, 0, synthetic.len(), lx, &masks(synthetic), dollar);
        let (first, last) = (ms.first()?, ms.last()?);
        // The whole cell, and the unit: read past the cell, or before it, or as a rate.
        // The unit read whole ("US$ million", not "US$" alone); a rate's "/t" stays out of
        // the span.
        // What the extractor read as the rate's denominator is all that may follow the span.
        let per_left = last.per.is_some();
        let whole = first.start <= at
            && last.end >= at + cell.len()
            && (last.end == synthetic.len() || per_left);
        // Spans in the cell; a mention wholly in the unit's words is none of the cell's.
        whole.then(|| {
            ms.into_iter()
                .filter(|m| m.start < at + cell.len() && m.end > at)
                .map(|mut m| {
                    m.start = m.start.saturating_sub(at).min(cell.len());
                    m.end = m.end.saturating_sub(at).min(cell.len());
                    m
                })
                .collect()
        })
    })
}

/// Whether `u` is a rate's denominator alone, as the language writes one ("per ton", "/t").
fn is_denominator(u: &str, lx: &Lexicon) -> bool {
    let toks = crate::token::tokenize(u, 0, u.len());
    lx.per
        .match_at(&toks, 0, u)
        .is_some_and(|h| h.end == toks.len())
}

/// The units a cell may be in, the most particular first: its column heading's ("Change,
/// %"), the row label's (its bracketed or after-comma part), the row's cell in a unit
/// column, the heading over the labels ("US$ million"), the caption's.
fn units(
    text: &str,
    t: &Layout,
    row: &layout::Row,
    label_unit: Option<Span>,
    column: Span,
    index_points: Option<&str>,
    lx: &Lexicon,
) -> Vec<(String, bool)> {
    let unit_column = t
        .headings
        .iter()
        .zip(&row.cells)
        .find(|((_, h), _)| h.column == Column::Unit)
        .and_then(|(_, c)| *c);
    let parts = |s: Option<Span>| s.and_then(|s| unit_part(text, s)).map(|(u, _)| u);
    let measure_column = t
        .headings
        .iter()
        .any(|&(s, h)| s == column && h.column == Column::Measure);
    // (unit, whether it may be a counted noun: only a column's own heading, "Mines")
    let mut out: Vec<(Span, bool)> = Vec::new();
    out.extend(parts(Some(column)).map(|u| (u, false)));
    out.extend(label_unit.map(|u| (u, false)));
    out.extend(unit_column.map(|u| (u, false)));
    if measure_column {
        out.push((column, true));
    }
    // Over periods, the corner names them ("År"), not their unit. Under a measure heading
    // over dated rows ("Trains cancelled" by day), the heading says what is counted, not
    // the caption ("Storm Edda, day by day").
    let corner = t.corner.filter(|_| !t.row_periods);
    out.extend(corner.map(|u| (u, false)));
    out.extend(parts(corner).map(|u| (u, false)));
    if !(measure_column && t.row_periods) {
        out.extend(parts(t.caption).map(|u| (u, false)));
    }
    // Each with its leading words, the longest first: "US$ million" of "US$ million unless
    // stated".
    let mut units = Vec::new();
    for &((a, b), count) in &out {
        let u = text[a..b].trim();
        let ends: Vec<usize> = u
            .char_indices()
            .filter(|&(_, c)| c == ' ')
            .map(|(i, _)| i)
            .chain([u.len()])
            .collect();
        // A denominator alone ("Koppar, per ton") is per what a word of the caption names:
        // "Metallpriser i dollar" makes "dollar per ton".
        if is_denominator(u, lx) {
            let words = t.caption.map_or("", |(a, b)| &text[a..b]);
            for w in words.split(|c: char| c.is_whitespace() || c == ',' || c == ':') {
                if w.chars().any(char::is_alphabetic) || w.contains('$') {
                    units.push((format!("{w} {u}"), false));
                }
            }
        }
        units.extend(
            ends.iter()
                .rev()
                .map(|&e| (u[..e].trim_end().to_string(), count)),
        );
    }
    // A row of an index ("Arden Base Metals Index") is in points, after what its column
    // names ("Change, %"; "Change, pts" of an index is its points).
    if let Some(p) = index_points {
        let own = parts(Some(column)).map_or(0, |(a, b)| text[a..b].trim().split(' ').count());
        units.insert(own.min(units.len()), (p.to_string(), false));
    }
    units
}

/// A whole number under a column headed by a noun ("Tillstånd", "Mines"): a count of it,
/// the noun as written, when the extractor knows no unit there.
fn counted(text: &str, hs: Span, h: &Heading, cell: &str, lx: &Lexicon) -> Option<Mention> {
    let noun = text[hs.0..hs.1].trim();
    let plain =
        noun.split_whitespace().count() <= 2 && noun.chars().all(|c| c.is_alphabetic() || c == ' ');
    if h.column != Column::Measure || !plain || cell.contains([',', '.']) {
        return None;
    }
    let value = crate::extract::parse_literal(cell.trim(), lx.decimal)?;
    Some(Mention {
        start: 0,
        end: cell.len(),
        low: value,
        high: value,
        unit: crate::lexicon::UnitDef::canonical(crate::model::Kind::Count, noun.to_lowercase()),
        qualifier: crate::model::Qualifier::Exact,
        measure: Measure::Level,
        direction: None,
        per: None,
    })
}

/// The cells of a table with their mentions, in text order.
pub fn cells(text: &str, t: &Layout, lx: &Lexicon, dollar: Option<&str>) -> Vec<Cell> {
    let compares = t.headings.iter().any(|(_, h)| h.column == Column::Change);
    // The latest period: a compared table's current column; a change is of it.
    let latest = t
        .headings
        .iter()
        .filter(|(_, h)| h.column == Column::Period)
        .max_by_key(|(_, h)| h.ends)
        .map(|(s, _)| *s);
    let mut out = Vec::new();
    for row in &t.rows {
        // The row label's unit part and what stays of the label without it.
        let label_unit = unit_part(text, row.label);
        let last = text[row.label.0..row.label.1]
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase();
        let index_row = lx.index_words.iter().any(|w| last.ends_with(w.as_str()));
        let index_points = lx.index_points.as_deref().filter(|_| index_row);
        for (cell, (hs, h)) in row.cells.iter().zip(&t.headings) {
            let Some(c) = *cell else { continue };
            if matches!(h.column, Column::Unit | Column::Date) {
                continue;
            }
            let written = &text[c.0..c.1];
            // A negative in brackets, as accounts write it: "(3.4)"; a plus sign says what the
            // column says ("+950" is no phone number).
            let bracketed = written.starts_with('(') && written.ends_with(')');
            let bare = if bracketed {
                &written[1..written.len() - 1]
            } else {
                written
            };
            let plus = usize::from(bare.starts_with('+'));
            let bare = &bare[plus..];
            // The first unit the extractor reads the cell in, and no counted noun: "Country"
            // over the labels counts nothing.
            let read = |u: Option<&str>, count: bool| {
                read_cell(bare, u, lx, dollar).filter(|ms| {
                    count || ms.iter().all(|m| m.unit.kind != crate::model::Kind::Count)
                })
            };
            let own_unit = bare.contains(|c: char| c.is_alphabetic() || c == '%' || c == '$');
            let candidates = if own_unit {
                Vec::new()
            } else {
                units(
                    text,
                    t,
                    row,
                    label_unit.map(|(u, _)| u),
                    *hs,
                    index_points,
                    lx,
                )
            };
            let Some((ms, unit)) = candidates
                .iter()
                .find_map(|(u, count)| read(Some(u), *count).map(|ms| (ms, Some(u.as_str()))))
                .or_else(|| read(None, false).map(|ms| (ms, None)))
                .or_else(|| counted(text, *hs, h, bare, lx).map(|m| (vec![m], None)))
            else {
                continue;
            };
            // The label without its unit, when that is the unit read.
            let label = match label_unit {
                Some((u, rest)) if unit == Some(text[u.0..u.1].trim()) => rest,
                _ => row.label,
            };
            let base = c.0 + usize::from(bracketed) + plus;
            for (k, mut m) in ms.into_iter().enumerate() {
                let number = &bare[m.start..m.end];
                let negative = bracketed || number.starts_with(['-', '−', '–']);
                let (low, high) = (m.low.abs().min(m.high.abs()), m.low.abs().max(m.high.abs()));
                // A cell's second figure is the bracketed prior the extractor reads.
                let (measure, heading) = match h.column {
                    _ if k > 0 => (Measure::Prior, Some(*hs)),
                    Column::Change => (Measure::Change, latest),
                    Column::Prior => (Measure::Prior, Some(*hs)),
                    Column::Period if compares && Some(*hs) != latest => {
                        (Measure::Prior, Some(*hs))
                    }
                    Column::Period => (Measure::Level, Some(*hs)),
                    Column::Measure | Column::Unit | Column::Date => (Measure::Level, None),
                };
                m.measure = measure;
                if measure == Measure::Change {
                    (m.low, m.high) = (low, high);
                    m.direction = Some(if negative {
                        Direction::Down
                    } else {
                        Direction::Up
                    });
                } else {
                    m.direction = None;
                    (m.low, m.high) = if negative { (-high, -low) } else { (low, high) };
                }
                m.start += base;
                m.end += base;
                out.push(Cell {
                    mention: m,
                    context: CellSpan {
                        label,
                        heading,
                        measure: (h.column == Column::Measure).then_some(*hs),
                        caption: t.caption,
                        source: t.source,
                        table: t.lines.first().map_or(0, |l| l.0),
                    },
                    row: row.line,
                });
            }
        }
    }
    out
}
