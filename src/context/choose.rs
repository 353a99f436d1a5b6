//! Choosing each fact's context from the readings of its passage.

use super::concept::*;
use super::lexicon::*;
use super::phrase::{Mover, PhraseWords};
use super::read::*;
use super::source::Cited;
use super::subject::*;
use super::time::*;
use crate::lexicon::Lexicons;
use crate::model::{Date, Fact};
use crate::segment::Sentence;
use std::sync::Arc;

/// A fact's position: its sentence and byte span.
#[derive(Debug, Clone, Copy)]
pub struct FactSpan {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
}

/// What the context stage reads of a document.
pub struct Document<'a> {
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    pub date: Option<Date>,
    pub title: Option<&'a str>,
    /// Index of the document's language in [`Lexicons::langs`].
    pub lang: usize,
}

/// The context of each fact of one document, in the order of `spans`.
pub fn annotate(doc: &Document, spans: &[FactSpan], facts: &mut [Fact]) {
    let Document {
        text,
        sentences,
        date,
        ..
    } = *doc;
    let cx = ContextLexicons::embedded();
    let lxs = Lexicons::embedded();
    let Some(last) = spans.iter().map(|s| s.sentence).max() else {
        return;
    };
    let upto = (last + 2).min(sentences.len());
    // Byte spans of the facts of each sentence.
    let mut per_sentence: Vec<Vec<(usize, usize)>> = vec![Vec::new(); upto];
    for s in spans {
        per_sentence[s.sentence].push((s.start, s.end));
    }
    // Only the passage around facts is read: from three sentences before a fact's sentence
    // (antecedents, the passage a fact may take its context from) to the one after it.
    let mut needed = vec![false; upto];
    for s in spans {
        for n in &mut needed[s.sentence.saturating_sub(3)..(s.sentence + 2).min(upto)] {
            *n = true;
        }
    }
    let tokens: Vec<Vec<crate::token::Token>> = sentences[..upto]
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if needed[i] {
                crate::token::tokenize(text, s.start, s.end)
            } else {
                Vec::new()
            }
        })
        .collect();
    let capitalised = super::names::capitalised_inside(text, &tokens);
    let topic = topic(cx, lxs, doc, &capitalised);
    let mut readings: Vec<Option<Reading>> = (sentences[..upto].iter().zip(tokens))
        .enumerate()
        .map(|(i, (s, toks))| {
            if !needed[i] {
                return None;
            }
            let lc = cx.langs.get(s.lang)?.as_ref()?;
            let r = Reader {
                text,
                cx,
                lc,
                lx: &lxs.langs[s.lang],
            };
            Some(r.read(toks, &per_sentence[i], &capitalised))
        })
        .collect();
    short_names(&mut readings);
    // Anaphors ("the agency", "bolaget") stand for the last entity of their type named
    // before them; then the cited sources are names.
    let read: Vec<bool> = readings.iter().map(Option::is_some).collect();
    let topic_company: Option<Arc<str>> = topic.clone().filter(|t| {
        readings.iter().flatten().any(|r| {
            r.mentions
                .iter()
                .any(|m| matches!(known(cx, &m.who), Some((EType::Company, n)) if n == *t))
        })
    });
    let mut seen: Vec<(EType, Who)> = Vec::new();
    // The last entity named so far whose name ends in `word`, its head ("exchange":
    // "London Metal Exchange").
    // (name, the words it was written with, lower case)
    let mut written: Vec<(Arc<str>, String)> = Vec::new();
    let owned_by = |written: &[(Arc<str>, String)], word: Option<&str>| -> Option<Arc<str>> {
        let word = word?;
        written
            .iter()
            .rev()
            .find(|(_, w)| w.split_whitespace().next_back() == Some(word))
            .map(|(n, _)| n.clone())
    };
    let mut cited: Vec<Vec<Cited>> = Vec::with_capacity(readings.len());
    for (ri, r) in readings.iter_mut().enumerate() {
        let Some(r) = r else {
            cited.push(Vec::new());
            continue;
        };
        let heads = cx.langs[sentences[ri].lang]
            .as_ref()
            .map(|lc| &lc.agency_words);
        for m in r.mentions.iter_mut() {
            match m.who {
                Who::Anaphor(t) => {
                    // The last of its type, else (for "the company") the last name of no
                    // type.
                    let found = seen.iter().rev().find(|(et, _)| *et == t).or_else(|| {
                        seen.iter()
                            .rev()
                            .find(|(et, _)| t == EType::Company && *et == EType::Org)
                    });
                    if let Some((_, who)) = found {
                        m.who = who.clone();
                    }
                }
                ref who => {
                    if let Some((t, n)) = known(cx, who) {
                        seen.push((t, who.clone()));
                        if matches!(t, EType::Agency | EType::Market | EType::Company) {
                            let (a, b) = (r.toks[m.start].start, r.toks[m.end - 1].end);
                            written.push((n, text[a..b].to_lowercase()));
                        }
                    }
                }
            }
        }
        let mut here: Vec<Cited> = Vec::new();
        for h in &r.sources {
            // Data stand for the source cited last, in this sentence or before.
            let found = match h.mention {
                Some(m) => known(cx, &r.mentions[m].who).map(|(t, n)| {
                    let head = n.split_whitespace().next().unwrap_or("");
                    // ... unless it is known to serve one ("Statistics Indonesia", SGU).
                    let generic = t == EType::Agency
                        && heads.is_some_and(|hs| hs.contains(head))
                        && cx.served_country(&n).is_none();
                    (n, generic)
                }),
                // Within the passage: back to the first sentence not read; else a company
                // the document is about reports its own data ("framgår av delårsrapporten").
                // "exchange data showed": the data of the entity named with that word.
                None => owned_by(&written, h.owner_word.as_deref())
                    .map(|n| (n, false))
                    .or_else(|| here.last().map(|c| (c.name.clone(), c.generic)))
                    .or_else(|| {
                        (0..ri)
                            .rev()
                            .take_while(|&j| read[j])
                            .find_map(|j| cited[j].last())
                            .map(|c| (c.name.clone(), c.generic))
                    })
                    .or_else(|| topic_company.clone().map(|n| (n, false))),
            };
            if let Some((name, generic)) = found {
                here.push(Cited {
                    at: h.at,
                    name,
                    strength: h.strength,
                    generic,
                });
            }
        }
        cited.push(here);
    }

    // A company's own release: every figure about it is sourced to it. Elsewhere a figure
    // has a source only where the article attributes it.
    let issuer: Option<&Arc<str>> = topic.as_ref().filter(|_| {
        cx.langs
            .get(doc.lang)
            .and_then(Option::as_ref)
            .is_some_and(|lc| {
                let head: String = text.chars().take(400).collect::<String>().to_lowercase();
                lc.releases.iter().any(|m| head.contains(m.as_str()))
            })
    });

    // A time phrase as written, with the period it names.
    let phrase = |r: &Reading, t: &TimeHit| {
        let from = t.baseline.unwrap_or(t.start);
        let raw = &text[r.toks[from].start..r.toks[t.end - 1].end];
        let (a, b) = resolve(t.when, date);
        (raw.to_string(), a, b)
    };
    // The period the passage has named before each sentence: the last time phrase (not a
    // base of comparison) of the sentences read before it, and the sentence that named it.
    // A passage is a run of sentences read together, those around facts: five sentences
    // without a fact end it.
    // The page's header, the lines above its headline (a site's name, a date line: "Published
    // 4 March 2026"), names when the page was written, no period of its figures.
    let head = &text[..text.floor_char_boundary(4096)];
    let header_end = doc
        .title
        .filter(|t| !t.is_empty())
        .and_then(|t| head.find(t))
        .unwrap_or(0);
    type Named = (usize, (String, Option<Date>, Option<Date>));
    let mut named_before: Vec<Option<Named>> = Vec::with_capacity(readings.len());
    let mut last = None;
    for (i, r) in readings.iter().enumerate() {
        named_before.push(last.clone());
        match r {
            Some(_) if sentences[i].end <= header_end => {}
            Some(r) => {
                // Not a period still to come (a forecast's "in the second quarter"), nor when
                // a figure was told.
                let mut named = r
                    .times
                    .iter()
                    .filter(|t| t.baseline.is_none() && !t.of_saying && t.when != When::Same);
                if let Some(t) = named.next_back() {
                    let named = phrase(r, t);
                    let future = matches!((named.1, date), (Some(a), Some(d)) if a > d);
                    if !future {
                        last = Some((i, named));
                    }
                }
            }
            None => last = None,
        }
    }

    // Sentences of what was expected ("analysts had expected", "enligt konsensus"): their
    // sources do not speak for the figures after them.
    let expects = |i: usize| {
        let (Some(r), Some(lc)) = (&readings[i], cx.langs[sentences[i].lang].as_ref()) else {
            return false;
        };
        (0..r.toks.len()).any(|k| {
            lc.starts.contains(&r.toks[k].lower)
                && lc.expectation.match_at(&r.toks, k, text).is_some()
        })
    };

    let mut prev: Option<(usize, usize)> = None; // (fact index, sentence)
    let mut frames: Vec<Frame> = Vec::with_capacity(spans.len());
    for (fi, sp) in spans.iter().enumerate() {
        let si = sp.sentence;
        let Some(r) = readings[si].as_ref() else {
            frames.push(Frame::default());
            continue;
        };
        // The fact's tokens and its slot: from the fact before it to the fact after it.
        let ftok_s = r
            .toks
            .iter()
            .position(|t| t.end > sp.start)
            .unwrap_or(r.toks.len());
        let ftok_e = r
            .toks
            .iter()
            .position(|t| t.start >= sp.end)
            .unwrap_or(r.toks.len());
        let others = &per_sentence[si];
        let slot_s = others
            .iter()
            .filter(|o| o.1 <= sp.start)
            .map(|o| o.1)
            .max()
            .map_or(0, |b| {
                r.toks
                    .iter()
                    .position(|t| t.start >= b)
                    .unwrap_or(r.toks.len())
            });
        let slot_e = others
            .iter()
            .filter(|o| o.0 >= sp.end)
            .map(|o| o.0)
            .min()
            .map_or(r.toks.len(), |b| {
                r.toks
                    .iter()
                    .position(|t| t.start >= b)
                    .unwrap_or(r.toks.len())
            });
        // A clause of its own after the fact ("fell 2.3% after Indonesia's energy ministry
        // said it would ..."): a source cited in it speaks for that clause. It ends at the
        // comma that closes it: a cue after that tags the whole sentence ("... because prices
        // were weak, the CFO said").
        let subordinate = r.subordinates.iter().copied().find(|&(k, _)| k >= ftok_e);
        let outside = |at: usize| subordinate.is_none_or(|(k, e)| at < k || at >= e);
        let (lc, lx) = (
            cx.langs[sentences[si].lang].as_ref(),
            &lxs.langs[sentences[si].lang],
        );
        let near = Near {
            fs: ftok_s,
            fe: ftok_e,
            slot: (slot_s, slot_e),
            // "6 cents a share": the denominator is the fact's, no term of what it measures.
            per_end: (lx.per.match_at(&r.toks, ftok_e, text)).map_or(ftok_e, |h| h.end),
        };
        let recent = prev.filter(|&(_, ps)| ps + 2 >= si);

        // Subject.
        // A name in subject position, else a place or a market of the fact's sentence; the
        // previous fact's subject in the same paragraph; the document's topic; the previous
        // fact's across a paragraph break; a source that is the only name; a name in subject
        // position in the sentence before.
        let same_paragraph = |ps: usize| {
            ps == si || (ps < si && !text[sentences[ps].end..sentences[si].start].contains('\n'))
        };
        let carried = |para: bool| {
            recent
                .filter(|&(_, ps)| !para || same_paragraph(ps))
                .and_then(|(pf, _)| facts[pf].subject.clone())
        };
        let subject = subject_in(cx, r, &near, 2)
            .or_else(|| carried(true))
            .or_else(|| topic.clone())
            .or_else(|| carried(false))
            .or_else(|| subject_in(cx, r, &near, 3))
            .or_else(|| {
                let pr = readings.get(si.wrapping_sub(1))?.as_ref()?;
                subject_in(cx, pr, &Near::after(pr), 1)
            });

        // Concept.
        let mut frame = concept_in(cx, r, &near);
        // A bare name moving: a company's share price, a commodity's price.
        let moved = lc.and_then(|lc| super::phrase::mover(cx, lc, lx, text, r, others, ftok_s));
        if let Some((moved, span)) = moved {
            frame.roles = match moved {
                Mover::Company => [None, None, None, None, Some(cx.moved_company)],
                Mover::Commodity(c) => [Some(c), None, None, None, Some(cx.moved_commodity)],
            };
            frame.target = None;
            frame.mods.clear();
            frame.at = Default::default();
            frame.span = Some(span);
        }
        frame.material_here = frame.has_topic();
        if !frame.has_topic() {
            let carried = recent
                .map(|(pf, _)| frames[pf].clone())
                // The same activity, or one of them names none ("The exports fell...").
                .filter(|pfr| match (frame.roles[2], pfr.roles[2]) {
                    (Some(a), Some(b)) => {
                        cx.claim_term(&cx.terms[a as usize]) == cx.claim_term(&cx.terms[b as usize])
                    }
                    _ => true,
                })
                .or_else(|| {
                    let pr = readings.get(si.wrapping_sub(1))?.as_ref()?;
                    Some(concept_in(cx, pr, &Near::after(pr)))
                });
            if let Some(c) = carried {
                frame.roles[0] = frame.roles[0].or(c.roles[0]);
                frame.roles[1] = frame.roles[1].or(c.roles[1]);
                if frame.roles[2].is_none() || frame.roles[2] == c.roles[2] {
                    frame.roles[2] = frame.roles[2].or(c.roles[2]);
                    frame.target = frame.target.clone().or(c.target.clone());
                }
                if frame.roles[0].is_some() || frame.roles[1].is_some() {
                    frame.span = match (frame.span, c.span) {
                        (Some(a), Some(b)) => Some((a.0.min(b.0), a.1.max(b.1))),
                        (a, b) => a.or(b),
                    };
                }
            }
        }
        // The commodity the passage is about carries to a fact that still names none,
        // whatever its activity ("Shipments were valued at $41.7 million" after rare earth
        // exports).
        if !frame.has_topic() {
            if let Some((pf, _)) = recent.filter(|&(_, ps)| same_paragraph(ps)) {
                frame.roles[0] = frames[pf].roles[0];
                frame.roles[1] = frames[pf].roles[1];
            }
        }
        let words = lc.and_then(|lc| PhraseWords::new(cx, lc, lx, text, r, &near, others));
        frame.written = words.as_ref().and_then(|w| w.written(&frame));
        let f = &facts[fi];
        let (mut concept, mut raw) = render(cx, text, &frame, f, subject.as_deref());
        if concept.is_none() {
            // "a 12 kilometre cycle path"; a count says what it counts by its own noun.
            let attributive = (words.as_ref())
                .filter(|_| f.kind != crate::model::Kind::Count)
                .and_then(PhraseWords::attributive);
            if let Some((words, (a, b))) = attributive.or_else(|| {
                let lc = lc?;
                super::phrase::noun_phrase(cx, lc, lx, text, r, near.slot.0, ftok_s, ftok_e)
            }) {
                concept = Some(words);
                raw = Some(text[a..b].to_string());
            } else if let Some((pf, _)) = prev.filter(|&(_, ps)| ps == si) {
                // "was up 19 cents at $5.24": the fact before in the sentence measures the
                // same thing.
                concept = facts[pf].concept.clone();
                raw = facts[pf].concept_text.clone();
            } else if f.kind == crate::model::Kind::Count && !f.unit.is_empty() {
                // "eight other employees left": a count measures what it counts.
                concept = Some(super::concept::plural(&f.unit));
            }
        }

        // Time: the own sentence's (a base of comparison only for a level, with its cue:
        // "From 2026", and first for a prior period's figure: "a year earlier"), else the
        // period the passage named (see `named_before`).
        use crate::model::Measure;
        let prior = f.measure == Measure::Prior;
        // Not a period of a clause of its own after the fact ("fell 2.3% after the ministry
        // approved quotas for 2026").
        let own_clause = |t: &&TimeHit| outside(t.start);
        let periods: Vec<&TimeHit> = r
            .times
            .iter()
            .filter(|t| t.baseline.is_none() && !t.of_saying)
            .filter(own_clause)
            .collect();
        let bases: Vec<&TimeHit> = r
            .times
            .iter()
            .filter(|t| f.measure != Measure::Change && t.baseline.is_some())
            .filter(own_clause)
            .collect();
        let (first, then) = if prior {
            (&bases, &periods)
        } else {
            (&periods, &bases)
        };
        // A change since a point: from it up to now ("has gained 9% since January").
        let since: Vec<&TimeHit> = r
            .times
            .iter()
            .filter(|_| f.measure == Measure::Change)
            .filter(|t| {
                t.baseline
                    .is_some_and(|b| lc.is_some_and(|lc| lc.since.contains(&r.toks[b].lower)))
            })
            .filter(own_clause)
            .collect();
        let first: Vec<&TimeHit> = first.iter().chain(&since).copied().collect();
        let time = nearest(&first, &near, |t| (t.start, t.end))
            .or_else(|| nearest(then, &near, |t| (t.start, t.end)))
            .map(|t| {
                let (raw, a, b) = phrase(r, t);
                // "in the period": the period the passage named.
                match (t.when, &named_before[si]) {
                    (When::Same, Some((_, (_, a, b)))) => (raw, *a, *b),
                    _ => (raw, a, b),
                }
            })
            .or_else(|| {
                // The passage's period, not when the sentence names a period of its own;
                // past a paragraph break only while the facts are about the same subject (a
                // change of topic ends it).
                let (ps, named) = named_before[si].clone().filter(|_| periods.is_empty())?;
                let same_topic =
                    subject.is_some() && prev.is_some_and(|(pf, _)| facts[pf].subject == subject);
                (same_paragraph(ps) || same_topic).then_some(named)
            });

        // Source: the own sentence, the next if it only attributes, or the previous fact's
        // (within three sentences) when it is about the same subject.
        // A country's agency by its head alone is named with the country the figure is
        // about ("the Ministry of Mines said" of Zimbabwe's exports).
        let country = subject.as_ref().filter(|s| {
            cx.by_name
                .get(&s.to_lowercase())
                .is_some_and(|&e| cx.entities[e].etype == EType::Country)
        });
        let best = |hits: &mut dyn Iterator<Item = &Cited>, pos: usize| -> Option<Arc<str>> {
            hits.max_by(|a, b| {
                a.strength
                    .total_cmp(&b.strength)
                    .then((b.at.abs_diff(pos)).cmp(&a.at.abs_diff(pos)))
            })
            .map(|h| match country.filter(|_| h.generic) {
                Some(c) => format!("{c}'s {}", h.name).into(),
                None => h.name.clone(),
            })
        };

        // The next sentence that only attributes ("Det enligt SGU."), not a quotation: a
        // speaker's own words ("\"Supply is not keeping up,\" said X") cite no earlier figure.
        let quoted = |s: &Sentence| {
            text[s.start..s.end]
                .trim_start()
                .starts_with(['"', '“', '”', '„', '»', '«', '–', '—'])
        };
        let next_attributes = si + 1 < cited.len()
            && per_sentence.get(si + 1).is_none_or(Vec::is_empty)
            && readings[si + 1].is_some()
            && !quoted(&sentences[si + 1]);
        let mut own = cited[si].iter().filter(|h| outside(h.at));
        let source = best(&mut own, ftok_s)
            .or_else(|| {
                next_attributes
                    .then(|| best(&mut cited[si + 1].iter(), 0))
                    .flatten()
            })
            // The previous fact's, within three sentences, when this one goes on with the
            // same series: the same subject, and the same activity or measure.
            .or_else(|| {
                prev.filter(|&(_, ps)| ps + 3 >= si)
                    .filter(|&(pf, _)| facts[pf].subject == subject)
                    .filter(|&(pf, _)| same_series(cx, &frames[pf], &frame))
                    .filter(|&(_, ps)| !expects(ps))
                    .and_then(|(pf, _)| facts[pf].source.clone())
            })
            // A company's own release is the source of its figures.
            .or_else(|| subject.clone().filter(|s| Some(s) == issuer));

        let f = &mut facts[fi];
        f.subject = subject;
        f.concept = concept;
        f.concept_text = raw.as_deref().map(one_clause);
        if let Some((raw, a, b)) = time {
            f.time = Some(raw);
            f.time_start = a;
            f.time_end = b;
        }
        f.source = source;
        frames.push(frame);
        prev = Some((fi, si));
    }
}

/// A fact's tokens and slot in its sentence.
pub(super) struct Near {
    pub(super) fs: usize,
    pub(super) fe: usize,
    pub(super) slot: (usize, usize),
    /// The end of the denominator written right after the fact ("a share"), else `fe`.
    pub(super) per_end: usize,
}

impl Near {
    /// As if a fact stood at the end of the sentence `r`: to read the sentence before a fact.
    pub(super) fn after(r: &Reading) -> Near {
        let n = r.toks.len();
        Near {
            fs: n,
            fe: n,
            slot: (0, n),
            per_end: n,
        }
    }

    /// How far a token range is from the fact; what follows counts a little nearer ("59% of
    /// the mining").
    pub(super) fn distance(&self, s: usize, e: usize) -> f32 {
        if e <= self.fs {
            (self.fs - e) as f32 + 1.0
        } else if s >= self.fe {
            ((s - self.fe) as f32 + 1.0) * 0.6
        } else {
            0.0
        }
    }
    pub(super) fn in_slot(&self, s: usize, e: usize) -> bool {
        s >= self.slot.0 && e <= self.slot.1
    }
}

/// The nearest item in the slot, else in the sentence.
pub(super) fn nearest<'a, T>(
    items: &'a [T],
    near: &Near,
    span: impl Fn(&T) -> (usize, usize),
) -> Option<&'a T> {
    let pick = |slot_only: bool| {
        items
            .iter()
            .filter(|x| {
                let (s, e) = span(x);
                !slot_only || near.in_slot(s, e)
            })
            .min_by(|a, b| {
                let (sa, ea) = span(a);
                let (sb, eb) = span(b);
                near.distance(sa, ea).total_cmp(&near.distance(sb, eb))
            })
    };
    pick(true).or_else(|| pick(false))
}

/// A document names a company in full once and by a shorter form after ("Lynx Resources",
/// then "Lynx"; "London Metal Exchange", then "LME"): every mention takes the shortest form
/// the document uses, and the type of the fullest.
fn short_names(readings: &mut [Option<Reading>]) {
    let mut named: Vec<(Arc<str>, EType)> = Vec::new();
    for r in readings.iter().flatten() {
        for m in &r.mentions {
            if let Who::Named(n, t) = &m.who {
                if !named.iter().any(|(x, _)| x == n) {
                    named.push((n.clone(), *t));
                }
            }
        }
    }
    // "Lynx" of "Lynx Resources"; "Infront" of the genitive "Infronts".
    let prefix_of = |short: &str, long: &str| {
        long.len() > short.len()
            && long.starts_with(short)
            && (long[short.len()..].starts_with(' ') || &long[short.len()..] == "s")
    };
    // "London Metal Exchange" and "LME": the acronym of a name's capitalised words.
    let abbreviates = |short: &str, long: &str| {
        short.chars().count() >= 2
            && short.chars().all(char::is_uppercase)
            && long.contains(' ')
            && long
                .split_whitespace()
                .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .eq(short.chars())
    };
    let canon = |n: &Arc<str>, t: EType| -> (Arc<str>, EType) {
        let short = named
            .iter()
            .filter(|(s, _)| prefix_of(s, n) || abbreviates(s, n))
            .min_by_key(|(s, _)| s.len());
        match short {
            Some((s, _)) if t != EType::Region => (s.clone(), t),
            _ => {
                // The type of a longer form ("Lynx" after "Lynx Resources Ltd").
                let t = named
                    .iter()
                    .find(|(l, lt)| *lt != EType::Org && (prefix_of(n, l) || abbreviates(n, l)))
                    .map_or(t, |(_, lt)| *lt);
                (n.clone(), t)
            }
        }
    };
    for r in readings.iter_mut().flatten() {
        for m in &mut r.mentions {
            if let Who::Named(n, t) = &m.who {
                let (n, t) = canon(n, *t);
                m.who = Who::Named(n, t);
            }
        }
    }
}

/// Whether two facts' concepts name the same activity or the same measure (after the claims
/// groups: "refining" and "processing" are one).
fn same_series(cx: &ContextLexicons, a: &Frame, b: &Frame) -> bool {
    let same = |r: usize| match (a.roles[r], b.roles[r]) {
        (Some(x), Some(y)) => {
            cx.claim_term(&cx.terms[x as usize]) == cx.claim_term(&cx.terms[y as usize])
        }
        _ => false,
    };
    same(2) || same(4)
}
