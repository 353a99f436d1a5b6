//! The noun phrase a number measures, for facts whose sentence names no domain term: the
//! words before the verb that leads to the number ("Quarterly net sales fell 4.2%"), else the
//! "of"-complement after it ("a 59% share of the mining"), small words left out, at most six
//! words, Swedish words through the domain lexicon.

use super::choose::Near;
use super::concept::Frame;
use super::lexicon::*;
use super::read::{in_fact, Reading, Who};
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
    let verb_form = |k: usize| has_ending(&toks[k].lower, &lc.verb_endings);
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
    // "steg Boliden 3,1 procent", "föll nickel 2 procent": after a fronted adverbial the
    // name stands between the change word and the figure.
    if !changed {
        let changes_before =
            |k: usize| k > 0 && lx.change_words.match_ending(toks, k - 1, 0, text).is_some();
        let name_start = (r.mentions.iter())
            .find(|m| m.end == fs)
            .map(|m| m.start)
            .or_else(|| r.terms.iter().find(|t| t.end == fs).map(|t| t.start));
        if !name_start.is_some_and(changes_before) {
            return None;
        }
        i = fs;
    }
    if i == 0 {
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

/// The noun phrase a frame's term stands in, as written: for languages whose concepts are
/// their own words (`[phrase] written`), the words glued to the term the fact is nearest
/// ("capital expenditure guidance", "copper futures", "graphite flake") are kept, so that a
/// word no lexicon knows still says what is measured.
#[derive(Debug, Clone)]
pub(super) struct Written {
    /// The phrase's words in written order, its terms by their names, other words lower case
    /// unless written with an inner capital.
    pub(super) words: Vec<String>,
    /// The frame's roles whose terms the phrase holds.
    pub(super) covers: [bool; 5],
    /// How many of the words are modifiers leading the phrase ("average", "world"): they
    /// lead the whole concept.
    pub(super) lead: usize,
}

/// At most this many words no term holds are read on either side of the term.
const REACH: usize = 2;

/// The words of a sentence as a noun phrase written in the language's own words may hold
/// them: for languages whose concepts are their own words (`[phrase] written`).
pub(super) struct PhraseWords<'a> {
    cx: &'a ContextLexicons,
    lc: &'a LangContext,
    lx: &'a Lexicon,
    text: &'a str,
    r: &'a Reading,
    near: &'a Near,
    facts: &'a [(usize, usize)],
}

impl<'a> PhraseWords<'a> {
    /// The reader of sentence `r` for the fact at `near`, `facts` the byte spans of the
    /// sentence's facts; none for a language whose concepts are rendered from terms only.
    pub(super) fn new(
        cx: &'a ContextLexicons,
        lc: &'a LangContext,
        lx: &'a Lexicon,
        text: &'a str,
        r: &'a Reading,
        near: &'a Near,
        facts: &'a [(usize, usize)],
    ) -> Option<Self> {
        lc.np_written.then_some(PhraseWords {
            cx,
            lc,
            lx,
            text,
            r,
            near,
            facts,
        })
    }

    fn term_of(&self, k: usize) -> Option<&super::concept::TermHit> {
        self.r.terms.iter().find(|t| t.start <= k && k < t.end)
    }

    /// A term written as its name, or the name's plural.
    fn nominal(&self, t: &super::concept::TermHit) -> bool {
        let name = self.cx.terms[t.t.term as usize].to_lowercase();
        let as_written = (t.start..t.end)
            .map(|k| self.r.toks[k].lower.as_str())
            .filter(|w| *w != "-")
            .collect::<Vec<_>>()
            .join(" ");
        as_written == name
            || as_written == super::concept::plural(&name)
            || name.strip_suffix('s') == Some(as_written.as_str())
    }

    fn ends(&self, k: usize, endings: &[String]) -> bool {
        has_ending(&self.r.toks[k].lower, endings)
    }

    /// A word of the closed classes, a verb or a verb form: no word of a noun phrase, and
    /// where one may end.
    fn closed(&self, k: usize) -> bool {
        let (lc, lx, toks, text) = (self.lc, self.lx, &self.r.toks, self.text);
        let w = &toks[k].lower;
        lx.stopwords.contains(w)
            || lc.np_not_nouns.contains(w)
            || lc.np_verb_after.contains(w)
            || lc.np_skip.contains(w)
            || lc.since.contains(w)
            || lx.level_before.contains(w)
            || lx.copulas.match_at(toks, k, text).is_some()
            || lx.change_words.match_at(toks, k, text).is_some()
            || lx.change_by.match_at(toks, k, text).is_some()
            || lc.verbs.match_at(toks, k, text).is_some()
            || lc.clause_marks.match_at(toks, k, text).is_some()
            || lc.oblique.match_at(toks, k, text).is_some()
            || self.ends(k, &lc.verb_endings)
    }

    /// A word the phrase may hold: a term's written as its name, or a plain lower-case word
    /// that is no small word, verb, time, name or figure.
    fn word(&self, k: usize) -> bool {
        let (r, near) = (self.r, self.near);
        let t = &r.toks[k];
        if t.kind != TokKind::Word || in_fact(t, self.facts) || (near.fs <= k && k < near.fe) {
            return false;
        }
        if r.times.iter().any(|x| x.start <= k && k < x.end)
            || r.mentions.iter().any(|m| m.start <= k && k < m.end)
        {
            return false;
        }
        if let Some(term) = self.term_of(k) {
            return self.nominal(term);
        }
        // One letter is no word of a phrase ("s" of "Congo's"), nor is a word glued to a
        // figure ("3rd").
        !(t.lower.chars().count() < 2
            || (k > 0 && t.gap == 0 && r.toks[k - 1].kind == TokKind::Num)
            || self.closed(k)
            || self.ends(k, &self.lc.np_not_noun)
            || (k > 0 && t.text(self.text).starts_with(char::is_uppercase)))
    }

    /// Where a phrase read rightwards may end: punctuation, a figure, a small word, a verb
    /// or an adverb; not a name, a term or another plain word (the first word read may then
    /// have been a verb: "the anode sets final duties").
    fn ends_phrase(&self, k: usize) -> bool {
        let toks = &self.r.toks;
        k >= toks.len()
            || toks[k].gap_newline
            || toks[k].kind != TokKind::Word
            || in_fact(&toks[k], self.facts)
            || self.closed(k)
            || self.ends(k, &self.lc.np_not_noun)
    }

    /// A hyphen glued to words on both sides joins them ("half-year", "large-scale").
    fn hyphen(&self, k: usize) -> bool {
        let toks = &self.r.toks;
        toks[k].lower == "-"
            && k > 0
            && k + 1 < toks.len()
            && toks[k - 1].end == toks[k].start
            && toks[k].end == toks[k + 1].start
    }

    /// The next word out from `at`, leftwards or rightwards, a hyphenated pair read as one:
    /// its first and last token, None at the phrase's end.
    fn step_out(&self, at: usize, left: bool) -> Option<(usize, usize)> {
        let toks = &self.r.toks;
        if left {
            let k = at.checked_sub(1)?;
            if toks[at].gap_newline {
                return None;
            }
            // "half-year net loss": a hyphen glued to the phrase joins the word before it.
            if self.hyphen(k) {
                return self.word(k - 1).then_some((k - 1, k));
            }
            if !self.word(k) {
                return None;
            }
            if k >= 2 && self.hyphen(k - 1) {
                // Half a compound whose other half is no word of a phrase ("China-bound").
                return self.word(k - 2).then_some((k - 2, k));
            }
            Some((k, k))
        } else {
            let k = at;
            if k >= toks.len() || toks[k].gap_newline {
                return None;
            }
            if self.hyphen(k) {
                return self.word(k + 1).then_some((k, k + 1));
            }
            if !self.word(k) {
                return None;
            }
            if k + 2 < toks.len() && self.hyphen(k + 1) {
                return self.word(k + 2).then_some((k, k + 2));
            }
            Some((k, k))
        }
    }

    /// How far the phrase reads rightwards from token `from`: up to `reach` words no term
    /// holds, and only where the phrase may end (else `from`).
    fn right(&self, from: usize, reach: usize) -> usize {
        let mut b = from;
        let mut added = 0;
        while let Some((s, e)) = self.step_out(b, false) {
            added += usize::from(self.term_of(s).is_none());
            if added > reach {
                break;
            }
            b = e + 1;
        }
        if b > from && !self.ends_phrase(b) {
            return from;
        }
        b
    }

    /// The words of tokens `a..b`: terms by their names, other words as written; and how
    /// many modifiers lead them.
    fn render(&self, a: usize, b: usize) -> (Vec<String>, usize) {
        let (toks, text) = (&self.r.toks, self.text);
        let mut words: Vec<String> = Vec::new();
        let mut lead = 0;
        let mut k = a;
        while k < b {
            if let Some(t) = self.term_of(k) {
                if t.t.role == Role::Modifier && lead == words.len() {
                    lead += 1;
                }
                words.push(self.cx.terms[t.t.term as usize].to_string());
                k = t.end.max(k + 1);
            } else if self.hyphen(k) {
                // The word after the hyphen, or the term it opens, by its name.
                let (next, to) = match self.term_of(k + 1) {
                    Some(t) => (self.cx.terms[t.t.term as usize].to_string(), t.end),
                    None => (written_word(text, &toks[k + 1]), k + 2),
                };
                if let Some(w) = words.last_mut() {
                    w.push('-');
                    w.push_str(&next);
                }
                k = to.max(k + 2);
            } else {
                words.push(written_word(text, &toks[k]));
                k += 1;
            }
        }
        (words, lead)
    }

    /// The phrase around the frame's term nearest to the fact (a product, an activity, an
    /// object or a measure; the commodity only when the sentence names none of them).
    ///
    /// A term heads a phrase only when written as its name or that name's plural ("exports",
    /// "magnets"); written otherwise it is a verb or a synonym ("exported", "accounted for",
    /// "turnover") and stands alone. The phrase takes the words before and after the term
    /// that a noun phrase may hold, up to a small word, a verb, a name, a time, a figure or
    /// punctuation; the words after it only when that is where they end, for an unknown word
    /// there may be the verb ("the anode sets duties").
    pub(super) fn written(&self, frame: &Frame) -> Option<Written> {
        let (pw, near, lc, r) = (self, self.near, self.lc, self.r);
        let nearest = |roles: std::ops::RangeInclusive<usize>| {
            roles
                .filter_map(|ri| frame.at[ri])
                .filter(|&(s, e)| pw.term_of(s).is_some_and(|t| t.end == e && pw.nominal(t)))
                .min_by(|a, b| near.distance(a.0, a.1).total_cmp(&near.distance(b.0, b.1)))
        };
        let (hs, he) = nearest(1..=4).or_else(|| nearest(0..=0))?;
        let mut a = hs;
        let mut added = 0;
        while let Some((s, _)) = pw.step_out(a, true) {
            added += usize::from(pw.term_of(s).is_none());
            if added > REACH {
                break;
            }
            a = s;
        }
        // A word after "would" or "to" is a verb ("would approve ore quotas").
        if a < hs
            && a > 0
            && pw.term_of(a).is_none()
            && lc.np_verb_after.contains(&r.toks[a - 1].lower)
        {
            a = pw.step_out(a, false).map_or(hs, |(_, e)| e + 1).min(hs);
        }
        let b = pw.right(he, REACH);
        let (words, lead) = pw.render(a, b);
        if words.len() > MAX_WORDS {
            return None;
        }
        let mut covers = [false; 5];
        for (ri, at) in frame.at.iter().enumerate() {
            covers[ri] = at.is_some_and(|(s, e)| a <= s && e <= b);
        }
        Some(Written {
            words,
            covers,
            lead,
        })
    }

    /// A figure that qualifies the noun phrase right after it ("a 20 kilometre bike ride",
    /// "an $800 stone pizza oven", "a 2,900 year-old site"): that phrase is what it
    /// measures. For a figure whose sentence names no term; a count says what it counts by
    /// its own noun.
    pub(super) fn attributive(&self) -> Option<(String, (usize, usize))> {
        let (pw, near, r) = (self, self.near, self.r);
        let mut a = near.per_end;
        // The tail of a compound the figure heads ("year-old", "-tonne-a-year").
        while a < r.toks.len() && pw.hyphen(a) {
            a += 2;
        }
        let b = pw.right(a, REACH + 1);
        let (words, _) = pw.render(a, b);
        if words.is_empty() || words.len() > MAX_WORDS {
            return None;
        }
        Some((words.join(" "), (r.toks[a].start, r.toks[b - 1].end)))
    }
}

/// Whether word `w` ends in one of `endings` with more than two letters before it ("averaged"
/// in "-ed", not "red").
fn has_ending(w: &str, endings: &[String]) -> bool {
    endings
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e.as_str()))
}

/// A word as a concept writes it: lower case, unless it has a capital inside ("LME").
fn written_word(text: &str, t: &crate::token::Token) -> String {
    let raw = t.text(text);
    if raw.chars().skip(1).any(char::is_uppercase) {
        raw.to_string()
    } else {
        t.lower.clone()
    }
}
