//! The noun phrase a number measures, for facts whose sentence names no domain term: the
//! words before the verb that leads to the number ("Quarterly net sales fell 4.2%"), else the
//! "of"-complement after it ("a 59% share of the mining"), small words left out, at most six
//! words, Swedish words through the domain lexicon.

use super::lexicon::*;
use super::read::{Reading, Who};
use crate::lexicon::Lexicon;
use crate::token::TokKind;

/// At most this many words in a concept.
const MAX_WORDS: usize = 6;

impl LangContext {
    fn english<'a>(&'a self, cx: &'a ContextLexicons, lower: &'a str) -> &'a str {
        self.words
            .get(lower)
            .map_or(lower, |t| &cx.terms[t.term as usize])
    }
}

/// The concept words and the byte span they were read from; `lo` is the first token the
/// phrase may use (the end of the fact before it).
#[allow(clippy::too_many_arguments)]
pub(super) fn noun_phrase(
    cx: &ContextLexicons,
    lc: &LangContext,
    lx: &Lexicon,
    text: &str,
    r: &Reading,
    lo: usize,
    fs: usize,
    fe: usize,
) -> Option<(String, (usize, usize))> {
    let toks = &r.toks;
    let named = |k: usize| {
        r.mentions
            .iter()
            .any(|m| m.start <= k && k < m.end && !matches!(m.who, Who::Anaphor(_)))
    };
    // A time phrase says when, not what ("A year ago petrol averaged $2.11").
    let timed = |k: usize| r.times.iter().any(|t| t.start <= k && k < t.end);
    let word = |k: usize| toks[k].kind == TokKind::Word && !timed(k);
    let linking = |k: usize| {
        let t = &toks[k];
        lx.copulas.match_ending(toks, k, 0, text).is_some()
            || lx.change_words.match_ending(toks, k, 0, text).is_some()
            || lx.change_by.match_ending(toks, k, 0, text).is_some()
            || lx.level_before.contains(&t.lower)
            || lc.np_skip.contains(&t.lower)
    };
    // Before the number a verb form may stand in the verb group ("petrol averaged"); after
    // "of" such a word is an adjective ("59% of refined cobalt").
    let verb_form = |k: usize| {
        let w = &toks[k].lower;
        lc.verb_endings
            .iter()
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e.as_str()))
    };
    // Left: skip the verb group before the number, then read the phrase before it.
    let mut i = fs;
    let mut skipped = 0;
    while i > lo && skipped < 4 && word(i - 1) && (linking(i - 1) || verb_form(i - 1)) {
        i -= 1;
        skipped += 1;
    }
    let mut words: Vec<usize> = Vec::new();
    if skipped > 0 {
        let mut k = i;
        while k > lo && words.len() < 8 {
            let j = k - 1;
            if !word(j) && toks[j].lower != "-"
                || named(j)
                || lc.verbs.match_ending(toks, j, 0, text).is_some()
            {
                break;
            }
            if lc.clause_marks.match_ending(toks, j, 0, text).is_some() {
                break;
            }
            words.push(j);
            k = j;
            if toks[j].gap_newline {
                break;
            }
        }
        words.reverse();
    }
    // Right: "of"/"av" and the phrase after it.
    if words.iter().all(|&k| lx.stopwords.contains(&toks[k].lower)) {
        words.clear();
        let mut k = fe;
        if k < toks.len() && lc.np_links.contains(&toks[k].lower) {
            k += 1;
            while k < toks.len() && words.len() < 8 && word(k) && !named(k) {
                if lc.clause_marks.match_at(toks, k, text).is_some() || linking(k) {
                    break;
                }
                words.push(k);
                k += 1;
            }
        }
    }
    let content: Vec<usize> = words
        .iter()
        .copied()
        .filter(|&k| word(k) && !lx.stopwords.contains(&toks[k].lower))
        .take(MAX_WORDS)
        .collect();
    let (&a, &b) = (content.first()?, content.last()?);
    let phrase: Vec<&str> = content
        .iter()
        .map(|&k| lc.english(cx, &toks[k].lower))
        .collect();
    Some((phrase.join(" "), (toks[a].start, toks[b].end)))
}

/// What moves when a change's verb follows a bare name: a company's (its share price) or a
/// commodity's (its price).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Mover {
    Company,
    /// The commodity's term.
    Commodity(u32),
}

/// The bare name right before the verb group that leads to the fact at token `fs` ("Corvina
/// Rare Earths Ltd surged 14.3% to A$2.48", "Nickel rose 1.8%"): the verb group holds a
/// change word, and may hold the sentence's other facts (`facts`, byte spans) before it.
pub(super) fn mover(
    cx: &ContextLexicons,
    lc: &LangContext,
    lx: &Lexicon,
    text: &str,
    r: &Reading,
    facts: &[(usize, usize)],
    fs: usize,
) -> Option<(Mover, (usize, usize))> {
    let toks = &r.toks;
    let mut i = fs;
    let mut changed = false;
    while i > 0 && fs - i < 12 {
        let k = i - 1;
        if super::read::in_fact(&toks[k], facts) {
            i = k;
            continue;
        }
        if toks[k].kind != TokKind::Word {
            break;
        }
        if let Some(h) = lx.change_words.match_ending(toks, k, 0, text) {
            changed = true;
            i = h.start;
        } else if lx.level_before.contains(&toks[k].lower)
            || lx.change_by.match_ending(toks, k, 0, text).is_some()
        {
            i = k;
        } else {
            break;
        }
    }
    if !changed || i == 0 {
        return None;
    }
    let company = r.mentions.iter().find(|m| {
        m.end == i
            && !m.oblique
            && !m.possessive
            && matches!(
                super::subject::known(cx, &m.who),
                Some((EType::Company | EType::Org, _))
            )
    });
    let bytes = |s: usize| (toks[s].start, toks[fs - 1].end);
    if let Some(m) = company {
        return Some((Mover::Company, bytes(m.start)));
    }
    // The commodity alone: no other term ends with it ("nickelproduktionen"), and it is
    // no preposition's complement ("efterfrågan på litium").
    let ending: Vec<&super::concept::TermHit> = r.terms.iter().filter(|t| t.end == i).collect();
    match ending[..] {
        [t] if t.t.role == Role::Commodity
            && (t.start == 0
                || lc
                    .oblique
                    .match_ending(toks, t.start - 1, 0, text)
                    .is_none()) =>
        {
            Some((Mover::Commodity(t.t.term), bytes(t.start)))
        }
        _ => None,
    }
}
