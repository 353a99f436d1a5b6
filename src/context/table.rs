//! The context of a table's cells, from the table's parts rather than a sentence: the column
//! heading says when, the row label what (or whose, when it names an entity), the caption
//! what the table counts and the line after it ("Source: USGS") who says so. Reading a column
//! heading is here too, since it is a time phrase.

use super::choose::{Document, Near};
use super::concept::{concept_in, one_clause, render};
use super::lexicon::*;
use super::read::{Reader, Reading, Who};
use super::subject::{known, topic};
use super::time::resolve;
use crate::lexicon::Lexicons;
use crate::model::{Date, Fact};
use crate::token::tokenize;
use std::sync::Arc;

type Span = (usize, usize);

/// A row label as read once for its row's cells.
struct Label {
    span: Span,
    reading: Reading,
    entity: Option<Arc<str>>,
    period: Option<(Option<Date>, Option<Date>)>,
}

/// The name of a table row of the whole world ("World total", "Världen").
const WORLD: &str = "World";

/// What a table's column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The figures of the period its heading names.
    Period,
    /// The earlier period's figures, given for comparison ("Year earlier", "Fg år").
    Prior,
    /// The change between the periods ("Change, %", "Förändring").
    Change,
    /// Each row's unit, as text ("Unit": "$/t").
    Unit,
    /// Each row's date, as a date ("Datum": "2027-12-03"): no fact.
    Date,
    /// Figures of what its heading names ("Stocks", "Ansökningar").
    Measure,
}

/// A column heading as read: what the column holds and, for a period, the day it ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Heading {
    pub column: Column,
    pub ends: Option<Date>,
}

fn reader<'a>(text: &'a str, lang: usize) -> Option<Reader<'a>> {
    let cx = ContextLexicons::embedded();
    Some(Reader {
        text,
        cx,
        lc: cx.langs.get(lang)?.as_ref()?,
        lx: &Lexicons::embedded().langs[lang],
    })
}

/// The period `text[start..end]` names when it is a period written whole ("Q3 2025",
/// "2024", "Kv1 2025", "January-March", "Nov 14", "7 nov"), resolved against `date`.
pub fn period(
    text: &str,
    start: usize,
    end: usize,
    lang: usize,
    date: Option<Date>,
) -> Option<(Option<Date>, Option<Date>)> {
    let r = reader(text, lang)?;
    let toks = tokenize(text, start, end);
    let free = vec![true; toks.len()];
    if let Some((e, when)) = (!toks.is_empty())
        .then(|| r.time_at(&toks, 0, &free))
        .flatten()
    {
        // A period of the calendar, not "now" (a widget's "Råvaror just nu"); read whole,
        // else perhaps a day ("June 30" reads "June" alone).
        let calendar = !matches!(when, super::time::When::Now | super::time::When::Same);
        if e == toks.len() {
            return calendar.then(|| resolve(when, date));
        }
        // "2025e": a year marked an estimate.
        let marked =
            e + 1 == toks.len() && toks[e].gap == 0 && r.lc.estimate_marks.contains(&toks[e].lower);
        if marked && matches!(when, super::time::When::Year(_)) {
            return Some(resolve(when, date));
        }
    }
    // A day of a month, as dated columns are headed: "Nov 14", "14 nov", "Dec 5, 2025".
    let words: Vec<&str> = toks
        .iter()
        .map(|t| t.lower.as_str())
        .filter(|w| *w != "," && *w != ".")
        .collect();
    let month = |w: &str| r.lx.months.get(w).copied();
    let day = |w: &str| w.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
    let ((m, d), y) = match words.as_slice() {
        // A month alone, as monthly columns are headed: "jan", "February".
        [a] => return month(a).map(|m| resolve(super::time::When::Month(m, None), date)),
        [a, b] => (month(a).zip(day(b)).or_else(|| month(b).zip(day(a)))?, None),
        [a, b, c] => (
            month(a).zip(day(b)).or_else(|| month(b).zip(day(a)))?,
            c.parse::<i32>().ok().filter(|y| (1900..=2100).contains(y)),
        ),
        _ => return None,
    };
    // Without its year: the last such day on or before the document's date.
    let y = y.or_else(|| {
        let doc = date?;
        Some(if (m, d) > (doc.month, doc.day) {
            doc.year - 1
        } else {
            doc.year
        })
    })?;
    let day = Date::new(y, m, d)?;
    Some((Some(day), Some(day)))
}

/// What the heading `text[start..end]` says: a period, a change or an earlier period's
/// column, the rows' unit, else (`measures`: any short heading with a letter) figures of
/// what it names. `date` resolves a period without its year.
pub fn heading(
    text: &str,
    start: usize,
    end: usize,
    lang: usize,
    date: Option<Date>,
    measures: bool,
) -> Option<Heading> {
    let cx = ContextLexicons::embedded();
    let lc = cx.langs.get(lang)?.as_ref()?;
    // Without its unit: "Change (t)", "Förändring, %".
    let written = text[start..end].trim();
    let bare = written.split_once('(').map_or(written, |(w, _)| w);
    let bare = bare.split_once(", ").map_or(bare, |(w, _)| w);
    let bare = if bare.trim().is_empty() {
        written
    } else {
        bare
    };
    let words = bare.trim().to_lowercase();
    let column = |column| Some(Heading { column, ends: None });
    // "Daily change (t)", "Weekly change": a change column by its last word too.
    let last = words.split_whitespace().last().unwrap_or("");
    if lc.change_columns.contains(&words)
        || lc.change_columns.contains(&written.to_lowercase())
        || lc.change_columns.contains(last)
    {
        return column(Column::Change);
    }
    if lc.prior_columns.contains(&words) {
        return column(Column::Prior);
    }
    if lc.current_columns.contains(&words) {
        // The latest figures, as of the document's date.
        return Some(Heading {
            column: Column::Period,
            ends: date,
        });
    }
    if lc.unit_columns.contains(&words) {
        return column(Column::Unit);
    }
    if lc.date_columns.contains(&words) {
        return column(Column::Date);
    }
    if let Some((_, ends)) = period(text, start, end, lang, date) {
        return Some(Heading {
            column: Column::Period,
            ends,
        });
    }
    let short = words.split_whitespace().count() <= 4 && words.chars().any(char::is_alphabetic);
    let digits = words.chars().any(|c| c.is_ascii_digit());
    (measures && short && !digits)
        .then_some(())
        .and_then(|_| column(Column::Measure))
}

/// Periods written one after another with single spaces to the end of `text[start..end]`
/// ("Country 2023 2024 2025", "Q1 2025 Q2 2025"): where the first begins and each one's byte
/// span. None unless there are two at least and nothing follows them.
pub fn periods_to_end(
    text: &str,
    start: usize,
    end: usize,
    lang: usize,
) -> Option<Vec<(usize, usize)>> {
    let r = reader(text, lang)?;
    let toks = tokenize(text, start, end);
    let free = vec![true; toks.len()];
    // A period, or a month alone ("jan feb mar").
    let at = |i: usize| {
        r.time_at(&toks, i, &free).map(|(e, _)| e).or_else(|| {
            (toks[i].kind == crate::token::TokKind::Word
                && r.lx.months.contains_key(&toks[i].lower))
            .then_some(i + 1)
        })
    };
    let first = (0..toks.len()).find(|&i| at(i).is_some())?;
    let mut spans = Vec::new();
    let mut i = first;
    while i < toks.len() {
        let e = at(i)?;
        spans.push((toks[i].start, toks[e - 1].end));
        i = e;
    }
    (spans.len() >= 2).then_some(spans)
}

/// Whether `word` (lower case) labels the line after a table that names its source
/// ("Source", "Källa").
pub fn source_label(lang: usize, word: &str) -> bool {
    let cx = ContextLexicons::embedded();
    (cx.langs.get(lang))
        .and_then(Option::as_ref)
        .is_some_and(|lc| lc.source_labels.contains(word))
}

/// Where a table cell's context is written, as byte spans of the document.
#[derive(Debug, Clone, Copy)]
pub struct CellSpan {
    /// The row label without its unit ("Nickel in concentrate" of "Nickel in concentrate, t").
    pub label: (usize, usize),
    /// The heading of the period the cell is of (for a change column, the latest period's).
    pub heading: Option<(usize, usize)>,
    /// The heading of a column of what it names ("Stocks").
    pub measure: Option<(usize, usize)>,
    /// The line above the header ("Rare earth mine production (thousand tonnes)").
    pub caption: Option<(usize, usize)>,
    /// The line after the table that names its source ("Source: USGS").
    pub source: Option<(usize, usize)>,
    /// Which table the cell is of (where it starts).
    pub table: usize,
}

/// Fills the context of table cells' facts: `cells[i]` says where the context of `facts[i]`
/// is written.
pub fn annotate_cells(doc: &Document, cells: &[CellSpan], facts: &mut [Fact]) {
    let cx = ContextLexicons::embedded();
    let lxs = Lexicons::embedded();
    let Some(r) = reader(doc.text, doc.lang) else {
        return;
    };
    let text = doc.text;
    // The capitalised words the document writes inside sentences: names by their shape.
    let tokens: Vec<Vec<crate::token::Token>> = (doc.sentences.iter())
        .map(|s| tokenize(text, s.start, s.end))
        .collect();
    let seen = super::names::capitalised_inside(text, &tokens);
    drop(tokens);
    let topic = topic(cx, lxs, doc, &seen);
    let read = |(a, b): (usize, usize)| r.read(tokenize(text, a, b), &[], &seen);
    // The first entity a part names from byte `from` on, not a modifier ("Chinese" of
    // "Chinese output") and of a type `fits` takes.
    let first_entity = |rd: &Reading, from: usize, fits: &dyn Fn(EType, &str) -> bool| {
        rd.mentions
            .iter()
            .filter(|m| rd.toks[m.start].start >= from)
            .filter(|m| !m.modifier && !matches!(m.who, Who::Anaphor(_)))
            .filter_map(|m| known(cx, &m.who))
            .find(|(t, n)| fits(*t, n))
            .map(|(_, n)| n)
    };
    let any = |_: EType, _: &str| true;
    let entity = |rd: &Reading| first_entity(rd, 0, &any);
    // A row label's entity: a name, not an acronym of no known type ("EBITDA", "CIF Asia");
    // else a place the gazetteer knows inside such a name ("CIF Asia": Asia).
    let row_entity_of = |rd: &Reading| -> Option<Arc<str>> {
        let no_acronym = |t: EType, n: &str| {
            let first = n.split_whitespace().next().unwrap_or("");
            t != EType::Org || first.chars().any(char::is_lowercase)
        };
        first_entity(rd, 0, &no_acronym).or_else(|| {
            (0..rd.toks.len()).find_map(|k| {
                let h = r.lc.entities.match_at(&rd.toks, k, text)?;
                let e = &cx.entities[*h.value as usize];
                matches!(e.etype, EType::Country | EType::Region | EType::Bloc)
                    .then(|| e.name.clone())
            })
        })
    };
    // The first entity a line names after byte `from`, read whole so that its first word is
    // not taken for a sentence's first ("Source: Statistics Norway"); after a source line's
    // label (`names`) its capitalised words are names.
    let entity_after = |(a, b): Span, from: usize, names: bool| {
        let mut named = seen.clone();
        if names {
            named.extend(
                text[from..b]
                    .split(|ch: char| !ch.is_alphanumeric())
                    .filter(|w| w.starts_with(char::is_uppercase))
                    .map(str::to_string),
            );
        }
        first_entity(&r.read(tokenize(text, a, b), &[], &named), from, &any)
    };
    // Each row label read once (a row's cells follow one another): its reading, entity
    // and period.
    let mut labels: Vec<Label> = Vec::new();
    let label_of: Vec<usize> = cells
        .iter()
        .map(|c| {
            if labels.last().is_none_or(|l| l.span != c.label) {
                let reading = read(c.label);
                labels.push(Label {
                    span: c.label,
                    entity: row_entity_of(&reading),
                    period: period(text, c.label.0, c.label.1, doc.lang, doc.date),
                    reading,
                });
            }
            labels.len() - 1
        })
        .collect();
    // The tables whose rows name entities ("China", "Australia"): there a row that names
    // none ("World total", "Others") is about no caption's or document's entity. (A label
    // that is a name alone: "China", "United States", not "Cobalt metal, Rotterdam".)
    let by_entity: crate::lexicon::HashSet<usize> = cells
        .iter()
        .zip(&label_of)
        .filter(|(c, &l)| {
            let label = &text[c.label.0..c.label.1];
            labels[l].entity.is_some()
                && !label.contains(',')
                && label.split_whitespace().count() <= 3
        })
        .map(|(c, _)| c.table)
        .collect();
    let mut last_caption: Option<(Span, Option<Reading>)> = None;
    let mut last_source: Option<(Span, Option<Arc<str>>)> = None;
    for ((c, f), &l) in cells.iter().zip(facts.iter_mut()).zip(&label_of) {
        let Label {
            reading: label,
            entity: row_entity,
            period: row_period,
            ..
        } = &labels[l];
        let caption = match (&last_caption, c.caption) {
            (Some((span, rd)), Some(cs)) if *span == cs => rd,
            (_, cs) => {
                // Its words, not its unit in brackets ("Key figures (US$ million)").
                let words = cs.map(|(a, b)| (a, text[a..b].find('(').map_or(b, |k| a + k)));
                last_caption = Some((cs.unwrap_or_default(), words.map(read)));
                &last_caption.as_ref().expect("just set").1
            }
        };
        let caption_entity = caption.as_ref().and_then(entity);
        let rows_name = by_entity.contains(&c.table);
        // Once per source line: it is the same for every cell of a table.
        let source_entity = match (&last_source, c.source) {
            (Some((span, e)), Some(s)) if *span == s => e.clone(),
            (_, None) => None,
            (_, Some((a, b))) => {
                let from = text[a..b].find(':').map_or(a, |k| a + k + 1);
                let e = entity_after((a, b), from, true);
                last_source = Some(((a, b), e.clone()));
                e
            }
        };
        // Failing a row's, the caption's or the document's, the table's source is what it is
        // about ("Source: LME" under exchange stocks).
        let world = || {
            let words = text[c.label.0..c.label.1].to_lowercase();
            (words.split_whitespace())
                .any(|w| r.lc.world_rows.contains(w))
                .then(|| Arc::from(WORLD))
        };
        f.subject = match (row_entity, rows_name) {
            (Some(e), _) => Some(e.clone()),
            (None, true) => world(),
            (None, false) => caption_entity
                .clone()
                .or_else(|| topic.clone())
                .or_else(|| source_entity.clone()),
        };

        // What is measured: the row's terms, then its column's ("Stocks"), then the
        // caption's for what they leave out ("Järnmalm" in a table of "Metallproduktion":
        // iron ore production); a row that names an entity or a period measures what the
        // column or the caption says.
        let names_what = row_period.is_none();
        let mut frame = if names_what {
            concept_in(cx, label, &Near::after(label))
        } else {
            Default::default()
        };
        let column = c.measure.map(read);
        for part in column.iter().chain(caption.iter()) {
            let pf = concept_in(cx, part, &Near::after(part));
            for (role, from_part) in frame.roles.iter_mut().zip(pf.roles) {
                *role = role.or(from_part);
            }
        }
        if names_what {
            // The label's own words ("Graphite flake", "Cobalt hydroxide payable").
            let near = Near::after(label);
            frame.written =
                super::phrase::PhraseWords::new(cx, r.lc, r.lx, text, label, &near, &[])
                    .and_then(|w| w.written(&frame));
        }
        let (concept, _) = render(cx, text, &frame, f, f.subject.as_deref());
        let written = |(a, b): (usize, usize)| {
            let w: Vec<&str> = text[a..b]
                .split(['(', ':'])
                .next()
                .unwrap_or("")
                .split_whitespace()
                .take(6)
                .collect();
            (!w.is_empty()).then(|| w.join(" "))
        };
        let as_written = if names_what && row_entity.is_none() {
            written(c.label)
        } else {
            c.measure.or(c.caption).and_then(written)
        };
        // As written, kept to one clause of at most `CONCEPT_TEXT_MAX` bytes.
        let as_written = as_written.as_deref().map(one_clause);
        f.concept = concept.or_else(|| as_written.as_ref().map(|w| w.to_lowercase()));
        f.concept_text = as_written;

        // When: the column heading, else the row label ("2024" in a table of years), else
        // the caption's period ("LME stocks, 8 December"), resolved against the document's
        // date.
        let caption_time = || {
            let rd = caption.as_ref()?;
            // A day first ("8 December"), else any period the caption names.
            let day = rd.toks.windows(2).find_map(|w| {
                let span = (w[0].start, w[1].end);
                Some((span, period(text, span.0, span.1, doc.lang, doc.date)?))
            });
            day.or_else(|| {
                let t = rd.times.iter().find(|t| t.baseline.is_none())?;
                let (a, b) = (rd.toks[t.start].start, rd.toks[t.end - 1].end);
                Some(((a, b), resolve(t.when, doc.date)))
            })
        };
        let time = c
            .heading
            .and_then(|h| Some((h, period(text, h.0, h.1, doc.lang, doc.date)?)))
            .or_else(|| row_period.map(|p| (c.label, p)))
            .or_else(caption_time);
        if let Some(((a, b), (s, e))) = time {
            f.time = Some(text[a..b].trim().to_string());
            f.time_start = s;
            f.time_end = e;
        }

        // Who says so: the source line's entity; "Source: company report" is the report of
        // the company the table is about. With no source line, a name in the caption's
        // brackets ("Indonesia's nickel sector (Statistics Indonesia)"), or the name of a
        // caption that calls the figures data ("Corriston weekly assessments").
        let data = |rd: &Reading| rd.toks.iter().any(|t| r.lc.data_nouns.contains(&t.lower));
        f.source = match c.source {
            Some(s) => source_entity.clone().or_else(|| {
                let company = caption_entity.clone().or_else(|| topic.clone())?;
                data(&read(s)).then_some(company)
            }),
            None => c
                .caption
                .and_then(|(a, b)| {
                    let open = a + text[a..b].find('(')?;
                    entity_after((a, b), open, false)
                })
                .or_else(|| {
                    caption_entity
                        .clone()
                        .filter(|_| caption.as_ref().is_some_and(data))
                }),
        };
    }
}
