//! Stage 5, extract: finds the quantity mentions of one sentence.
//!
//! A mention is built around a number (digits in any grouping style, or number words):
//! the hedge, currency prefix or sign before it, the scale word, range partner or bracketed
//! prior-period figure after it, then its unit or counted noun, the denominator of a rate,
//! and the words around it that make it a change rather than a level. Every word comes from
//! the sentence language's [`Lexicon`]; this module knows none. A number with no unit or
//! counted noun is not a fact, nor is one that is part of a name (`G20`, `F-35`), an ordinal
//! (`3rd`), a date (`January 6`), a time reference (`two decades ago`) or a masked span
//! (phone numbers, URLs, dates; see [`masks`]).

use crate::lexicon::{Lexicon, PhraseSet, UnitDef};
use crate::model::{Direction, Kind, Measure, Qualifier};
use crate::token::{tokenize, TokKind, Token};
use regex::Regex;
use std::sync::OnceLock;

/// How many tokens before "by"/"med" a change word may stand: "ökade elbilarnas andel av
/// nybilsförsäljningen med 3 procentenheter".
const CHANGE_WORD_REACH: usize = 6;
/// At most this many words stand between a change word and its figure as the change's
/// subject or object ("steg nickel 1 procent").
const INVERTED_REACH: usize = 2;

/// How many tokens may stand between a change and a coordinated quantity that shares it.
const COORDINATION_REACH: usize = 12;

/// A quantity as read: numbers with their scale words applied, and the unit they are in.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte offsets into the document.
    pub start: usize,
    pub end: usize,
    pub low: f64,
    pub high: f64,
    pub unit: UnitDef,
    pub qualifier: Qualifier,
    pub measure: Measure,
    pub direction: Option<Direction>,
    pub per: Option<String>,
}

/// Byte ranges of a document that hold no facts: phone numbers, URLs, e-mail addresses,
/// numeric dates and times of day.
pub fn masks(text: &str) -> Vec<(usize, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        // ASCII word boundaries: the patterns are about digits and punctuation, and a
        // Unicode `\b` would force the regex crate's slowest engine.
        Regex::new(
            &[
                r"(?i)\b(?:https?://|www\.)\S+",
                r"[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.]+",
                r"\+[0-9]{1,3}(?:[ \x{a0}.-]?\(?[0-9]{1,4}\)?){2,6}",
                r"\([0-9]{3}\) ?[0-9]{3}[-. ][0-9]{4}\b",
                r"\b0[0-9]{1,3}-[0-9]{2,3}(?: ?[0-9]{2}){2}\b",
                r"\b[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?)?",
                r"\b[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}\b",
                r"\b[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\b",
            ]
            .join("|")
            .replace(r"\b", r"(?-u:\b)"),
        )
        .unwrap()
    });
    re.find_iter(text).map(|m| (m.start(), m.end())).collect()
}

/// The currency an outlet says its bare "$" means ("All figures in Australian dollars
/// unless otherwise stated"), from the lexicons' currency notes.
pub fn outlet_dollar(text: &str, lexicons: &crate::lexicon::Lexicons) -> Option<String> {
    for lx in &lexicons.langs {
        for m in lx.currency_notes.find_iter(text) {
            let rest = &text[m.end()..];
            let end = rest.char_indices().nth(40).map_or(rest.len(), |(j, _)| j);
            let toks = tokenize(rest, 0, end);
            let found = lx
                .units
                .match_at(&toks, 0, rest)
                .map(|h| h.value.unit.clone());
            if let Some(code) = found.filter(|c| lx.dollar_codes.contains(c)) {
                return Some(code);
            }
        }
    }
    None
}

/// A number as read, over tokens `[start, end)`.
#[derive(Debug, Clone)]
struct Number {
    start: usize,
    end: usize,
    value: f64,
    /// Written in digits (not words).
    digits: bool,
    /// A bare four-digit integer that could be a year.
    year_like: bool,
    /// An article standing for one ("a", "en"): only valid before a scale word or some units.
    article: bool,
    /// An explicit sign token was part of it.
    signed: Option<Direction>,
    /// A unit written in the same word: "femårigt".
    glued: Option<UnitDef>,
}

struct Sentence<'a> {
    src: &'a str,
    toks: Vec<Token>,
    lx: &'a Lexicon,
    /// The currency a bare "$" stands for in this document, when the outlet says so.
    dollar: Option<&'a str>,
}

/// Reads a digit literal (`28,7`, `126.000`, `1,234.5`) by the language's decimal separator.
pub fn parse_literal(lit: &str, decimal: char) -> Option<f64> {
    let seps: Vec<(usize, char)> = lit
        .char_indices()
        .filter(|(_, c)| *c == '.' || *c == ',')
        .collect();
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let groups_ok = |s: &str| {
        let parts: Vec<&str> = s.split(['.', ',']).collect();
        parts[0].len() <= 3 && parts[1..].iter().all(|p| p.len() == 3)
    };
    match seps.as_slice() {
        [] => lit.parse().ok(),
        [(i, c)] => {
            let (a, b) = (&lit[..*i], &lit[i + 1..]);
            if *c != decimal && b.len() == 3 && (1..=3).contains(&a.len()) && a != "0" {
                format!("{a}{b}").parse().ok()
            } else {
                format!("{a}.{b}").parse().ok()
            }
        }
        _ => {
            let (li, lc) = *seps.last()?;
            let mixed = seps.iter().any(|(_, c)| *c != lc);
            if mixed {
                // The last separator is the decimal one; the others group.
                let int = &lit[..li];
                if seps[..seps.len() - 1].iter().any(|(_, c)| *c == lc) || !groups_ok(int) {
                    return None;
                }
                format!("{}.{}", digits(int), &lit[li + 1..]).parse().ok()
            } else if groups_ok(lit) {
                digits(lit).parse().ok()
            } else {
                None
            }
        }
    }
}

fn is_clause_break(t: &Token) -> bool {
    t.kind == TokKind::Sym
        && matches!(
            t.lower.as_str(),
            "," | ";" | ":" | "." | "(" | ")" | "!" | "?" | "\"" | "“" | "”"
        )
}

impl<'a> Sentence<'a> {
    fn word(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.lower.as_str())
    }

    fn adjacent(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.gap == 0)
    }

    /// A number starting at token `i`: digits with their grouping, or number words.
    fn number_at(&self, i: usize, masks: &[(usize, usize)]) -> Option<Number> {
        let t = self.toks.get(i)?;
        // Masks are sorted and disjoint: the first one ending after the token's start is the
        // only one that may overlap it.
        let k = masks.partition_point(|&(_, b)| b <= t.start);
        if masks.get(k).is_some_and(|&(a, _)| a < t.end) {
            return None;
        }
        let mut n = match t.kind {
            TokKind::Num => self.digits_at(i),
            TokKind::Word => self.words_at(i),
            TokKind::Sym => None,
        }?;
        // A sign written as a word: "minus fem procent".
        if n.signed.is_none()
            && n.start > 0
            && self
                .word(n.start - 1)
                .is_some_and(|w| self.lx.negative_words.contains(w))
        {
            n.start -= 1;
            n.signed = Some(Direction::Down);
            n.value = -n.value;
        }
        Some(n)
    }

    fn digits_at(&self, i: usize) -> Option<Number> {
        let toks = &self.toks;
        // Part of a name or code: "G20", "F-35", "COVID-19".
        let currency_glued = i > 0
            && self
                .lx
                .currency_before
                .match_ending(toks, i - 1, 0, self.src)
                .is_some();
        if i > 0 && toks[i].gap == 0 && !currency_glued {
            let p = &toks[i - 1];
            if p.kind == TokKind::Word || p.kind == TokKind::Num {
                return None;
            }
            if p.lower == "-" && i > 1 && p.gap == 0 && toks[i - 2].kind == TokKind::Word {
                return None;
            }
            if matches!(p.lower.as_str(), "#" | "§" | "/" | ":" | "." | "_" | "@") {
                return None;
            }
        }
        let mut value = parse_literal(&toks[i].lower, self.lx.decimal)?;
        let mut end = i + 1;
        let first = &toks[i].lower;
        let mut int_so_far = first.chars().all(|c| c.is_ascii_digit());
        // Thousands grouped by a (no-break, thin) space: "10 000", "18 442".
        if int_so_far && first.len() <= 3 {
            while let Some(n) = toks.get(end).filter(|n| n.kind == TokKind::Num) {
                let grouped = n.gap == 1 && !n.gap_newline && self.single_space_before(end);
                let (head, tail) = n.lower.split_at(n.lower.len().min(3));
                let three = head.len() == 3 && head.chars().all(|c| c.is_ascii_digit());
                let tail_ok = tail.is_empty()
                    || (tail.starts_with(self.lx.decimal)
                        && tail[1..].chars().all(|c| c.is_ascii_digit()));
                if !(grouped && int_so_far && three && tail_ok) {
                    break;
                }
                let frac: f64 = if tail.is_empty() {
                    0.0
                } else {
                    format!("0.{}", &tail[1..]).parse().ok()?
                };
                value = value * 1000.0 + head.parse::<f64>().ok()? + frac;
                int_so_far = tail.is_empty();
                end += 1;
            }
        }
        let year_like =
            end == i + 1 && first.len() == 4 && (1800.0..=2100.0).contains(&value) && int_so_far;
        let mut n = Number {
            start: i,
            end,
            value,
            digits: true,
            year_like,
            article: false,
            signed: None,
            glued: None,
        };
        // An explicit sign: "+5 %", "-13,1", "−4.2%" (not the dash of a range "10-15").
        if i > 0 && toks[i].gap == 0 {
            let s = &toks[i - 1];
            let before_ok = i == 1 || s.gap > 0 || toks[i - 2].lower == "(";
            let dir = match s.lower.as_str() {
                "+" => Some(Direction::Up),
                "-" | "−" => Some(Direction::Down),
                _ => None,
            };
            if let (Some(d), true) = (dir, before_ok) {
                n.start = i - 1;
                n.signed = Some(d);
                if d == Direction::Down {
                    n.value = -n.value;
                }
            }
        }
        Some(n)
    }

    /// Whether exactly one whitespace character (space, no-break or thin space) precedes token `i`.
    fn single_space_before(&self, i: usize) -> bool {
        let gap = &self.src[self.toks[i - 1].end..self.toks[i].start];
        gap.chars().count() == 1
            && matches!(gap, " " | "\u{a0}" | "\u{2009}" | "\u{202f}" | "\u{2007}")
    }

    fn words_at(&self, i: usize) -> Option<Number> {
        let lx = self.lx;
        let w = self.toks[i].lower.as_str();
        let mk = |end, value, article| Number {
            start: i,
            end,
            value,
            digits: false,
            year_like: false,
            article,
            signed: None,
            glued: None,
        };
        if lx.articles.contains(w) {
            // "a dozen", "ett dussin": the article stands before a number word.
            if let Some(v) = self.word(i + 1).and_then(|n| lx.number_words.get(n)) {
                if *v >= 12.0 {
                    return Some(mk(i + 2, *v, false));
                }
            }
            return Some(mk(i + 1, 1.0, true));
        }
        if let Some(v) = lx.number_words.get(w) {
            return Some(mk(i + 1, *v, false));
        }
        let units = |n: Option<&str>| {
            n.and_then(|n| lx.number_words.get(n))
                .filter(|v| (1.0..=9.0).contains(*v))
        };
        if let Some(t) = lx.tens.get(w) {
            // "twenty-five", "twenty five"
            let dash = self
                .toks
                .get(i + 1)
                .is_some_and(|x| x.lower == "-" && x.gap == 0)
                && self.adjacent(i + 2);
            let k = if dash { i + 2 } else { i + 1 };
            if let Some(u) = units(self.word(k)) {
                return Some(mk(k + 1, t + u, false));
            }
            return Some(mk(i + 1, *t, false));
        }
        // Compounds written as one word: "tjugofem".
        if let Some(v) = lx.compounds.get(w) {
            return Some(mk(i + 1, *v, false));
        }
        // A number word glued to a unit: "femårigt", "tioåriga".
        let (v, unit) = lx.glued_numbers.get(w)?;
        Some(Number {
            glued: Some(unit.clone()),
            ..mk(i + 1, *v, false)
        })
    }

    /// Scale words after a number: "billion", "miljarder", attached "m"/"bn".
    fn scales_at(&self, mut j: usize) -> (f64, usize) {
        let mut scale = 1.0;
        for _ in 0..2 {
            let Some(t) = self.toks.get(j) else { break };
            if t.kind != TokKind::Word {
                break;
            }
            if t.gap == 0 {
                if let Some(s) = self.lx.attached_scales.get(&t.lower) {
                    scale *= s;
                    j += 1;
                    continue;
                }
            }
            match self.lx.scales.match_at(&self.toks, j, self.src) {
                Some(h) => {
                    scale *= h.value;
                    j = h.end;
                }
                None => break,
            }
        }
        (scale, j)
    }

    /// A unit after a number at token `j`: `%`, `ton`, `MSEK`, `-procentiga`...
    fn unit_at(&self, j: usize) -> Option<(UnitDef, usize)> {
        let t = self.toks.get(j)?;
        let h = self.lx.units.match_at(&self.toks, j, self.src)?;
        if t.lower == "-" && t.gap > 0 {
            return None;
        }
        // The unit must end where its word ends: "t" is not the start of "tariffs".
        if self
            .toks
            .get(h.end)
            .is_some_and(|n| n.gap == 0 && n.kind != TokKind::Sym)
        {
            return None;
        }
        Some((h.value.clone(), h.end))
    }

    /// Whether the word at `i` may stand between a number and its noun: a listed filler
    /// ("other", "nya"), or any word of four letters or more that is not a function word
    /// nor a unit ("de tre första åren räknar": no count of "räknar").
    fn is_filler(&self, i: usize) -> bool {
        if self.unit_at(i).is_some() {
            return false;
        }
        let acronym = self.toks.get(i).is_some_and(|t| {
            let text = t.text(self.src);
            t.kind == TokKind::Word
                && text.chars().count() >= 2
                && text.chars().all(char::is_uppercase)
        });
        acronym
            || self.word(i).is_some_and(|w| {
                self.lx.count_fillers.contains(w)
                    || (w.chars().count() >= 4
                        && !self.lx.stopwords.contains(w)
                        && !self.lx.months.contains_key(w))
            }) && !self.adjacent(i)
    }

    /// A counted noun at `j`, possibly after a few adjectives: "19 länder", "eight lepidolite mines".
    fn count_at(&self, j: usize) -> Option<(UnitDef, usize)> {
        for skip in 0..=2 {
            let k = j + skip;
            if (j..k).any(|f| !self.is_filler(f)) {
                return None;
            }
            if self.adjacent(k) && self.toks.get(k).is_some_and(|t| t.lower != "-") {
                return None;
            }
            let noun = match self.lx.count_nouns.match_at(&self.toks, k, self.src) {
                Some(h) => Some((h.value.clone(), h.end)),
                None => self
                    .compound_head_at(k)
                    .or_else(|| self.plural_noun_at(k))
                    .map(|n| (n, k + 1)),
            };
            if let Some((noun, end)) = noun {
                if self
                    .toks
                    .get(end)
                    .is_some_and(|n| n.gap == 0 && n.kind == TokKind::Word)
                {
                    return None;
                }
                let unit = UnitDef::canonical(Kind::Count, noun);
                return Some((unit, end));
            }
        }
        None
    }

    /// Rule `compound_head`: a lower-case compound whose last part is a counted noun counts
    /// that noun ("tolv metallgruvor" counts mines), in a language that writes compounds as
    /// one word.
    fn compound_head_at(&self, k: usize) -> Option<String> {
        let t = self
            .toks
            .get(k)
            .filter(|t| t.kind == TokKind::Word && t.gap > 0)?;
        let w = t.lower.as_str();
        if t.text(self.src) != w || self.lx.not_counted.contains(w) {
            return None;
        }
        self.lx
            .compound_heads
            .iter()
            .find(|(f, _)| w.len() > f.len() + 2 && w.ends_with(f.as_str()))
            .map(|(_, n)| n.clone())
    }

    /// A lower-case word that reads as a plural noun by the lexicon's endings, as its
    /// singular: "ventures" → "venture", "refineries" → "refinery".
    fn plural_noun_at(&self, k: usize) -> Option<String> {
        let t = self
            .toks
            .get(k)
            .filter(|t| t.kind == TokKind::Word && t.gap > 0)?;
        let w = t.lower.as_str();
        let lx = self.lx;
        if t.text(self.src) != w
            || w.chars().count() < 4
            || lx.stopwords.contains(w)
            || lx.not_counted.contains(w)
            || lx.months.contains_key(w)
            || lx.change_words.match_at(&self.toks, k, self.src).is_some()
        {
            return None;
        }
        let (end, singular) = lx
            .plural_endings
            .iter()
            .find(|(end, _)| w.ends_with(end.as_str()))?;
        (singular != "-").then(|| format!("{}{singular}", &w[..w.len() - end.len()]))
    }

    /// The scale and unit of the second figure in "from X to Y unit", where the first
    /// figure at `n1` has none of its own; `j` is the token after the first figure.
    fn unit_of_partner(
        &self,
        n1: &Number,
        j: usize,
        masks: &[(usize, usize)],
    ) -> Option<(f64, UnitDef)> {
        let opener = n1.start.checked_sub(1).and_then(|p| self.word(p))?;
        let word_joiner = self.toks.get(j).is_some_and(|t| t.kind == TokKind::Word)
            && self
                .lx
                .range_joiners
                .match_at(&self.toks, j, self.src)
                .is_some();
        if !word_joiner || !self.lx.not_range_before.contains(opener) {
            return None;
        }
        let n2 = self
            .number_at(j + 1, masks)
            .filter(|n| n.start == j + 1 && !n.article)?;
        let (scale2, e) = self.scales_at(n2.end);
        let (u, _) = self.unit_at(e).or_else(|| self.count_at(e))?;
        Some((scale2, u))
    }

    /// A figure in brackets at `j`: "(21 568)".
    fn bracketed_at(&self, j: usize, masks: &[(usize, usize)]) -> Option<Number> {
        if self.toks.get(j).is_none_or(|t| t.lower != "(") {
            return None;
        }
        let p = self.number_at(j + 1, masks)?;
        let closed = self.toks.get(p.end).is_some_and(|t| t.lower == ")");
        (p.digits && p.start == j + 1 && p.signed.is_none() && closed).then_some(p)
    }

    /// A range partner after the first number: "10-15", "10 to 15", "between 10 and 15".
    /// `lead` is the first token of the first figure with its hedge and currency; `unit_of_its_own`
    /// says whether the first figure has a unit or currency of its own.
    #[allow(clippy::too_many_arguments)]
    fn range_at(
        &self,
        j: usize,
        first: &Number,
        lead: usize,
        unit_of_its_own: bool,
        encloser: Option<&str>,
        masks: &[(usize, usize)],
    ) -> Option<(Number, usize)> {
        let t = self.toks.get(j)?;
        // "rose 21% in 2025 to 290,000 tonnes": a year after a period's preposition opens no
        // range ("a capacity of 2000 to 3000 tonnes" is one).
        let year = first.year_like
            && lead
                .checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|w| self.lx.period_prepositions.contains(w));
        if year {
            return None;
        }
        let joined = match encloser {
            Some(and) => t.kind == TokKind::Word && t.lower == and,
            None if !unit_of_its_own && self.lx.bare_range_joiners.contains(&t.lower) => true,
            None => {
                let h = self.lx.range_joiners.match_at(&self.toks, j, self.src)?;
                // A word joiner after "from", or after a change whose figure has its own
                // unit, makes two quantities, not a range: "from 10 to 15", "gained CNY 1,800
                // to CNY 82,600" (but "cut costs by 15 to 20 per cent" is a range).
                let before = lead.checked_sub(1).and_then(|p| self.word(p));
                let two = t.kind == TokKind::Word
                    && (before.is_some_and(|b| self.lx.not_range_before.contains(b))
                        || (unit_of_its_own && self.change_cue_before(lead).is_some()));
                !two && h.end == j + 1
            }
        };
        if !joined || first.signed.is_some() && t.lower == "-" {
            return None;
        }
        let mut k = j + 1;
        // "$10–$12 billion"
        if let Some(c) = self.lx.currency_before.match_at(&self.toks, k, self.src) {
            k = c.end;
        }
        let second = self.number_at(k, masks)?;
        if second.article || second.signed.is_some() || second.start != k {
            return None;
        }
        let end = second.end;
        Some((second, end))
    }

    /// A word before token `s` that makes what follows a change: a change word right before
    /// it ("fell 28.7%", "up 5%"), one within reach before "by"/"med" ("rose by 5%",
    /// "ökade elbilarnas andel med 3 procentenheter"), or a change noun as subject before a
    /// copula ("the increase was 5%", "minskningen var 4 procent").
    fn change_cue_before(&self, s: usize) -> Option<Direction> {
        let lx = self.lx;
        if s == 0 || self.toks[s - 1].kind != TokKind::Word {
            return None;
        }
        let within_reach = |from: usize, words: &PhraseSet<Direction>| {
            for m in (from.saturating_sub(CHANGE_WORD_REACH)..from).rev() {
                if is_clause_break(&self.toks[m]) || self.toks[m].kind == TokKind::Num {
                    break;
                }
                if let Some(h) = words.match_ending(&self.toks, m, 0, self.src) {
                    return Some(*h.value);
                }
            }
            None
        };
        if let Some(by) = lx.change_by.match_ending(&self.toks, s - 1, 0, self.src) {
            if let Some(d) = within_reach(by.start, &lx.change_words) {
                return Some(d);
            }
        }
        if let Some(c) = lx.copulas.match_ending(&self.toks, s - 1, 0, self.src) {
            if let Some(d) = within_reach(c.start, &lx.change_after) {
                return Some(d);
            }
        }
        if let Some(h) = lx.change_words.match_ending(&self.toks, s - 1, 0, self.src) {
            return Some(*h.value);
        }
        // "steg nickel 1 procent", "föll kopparpriset 2 procent", "raised output 5%": the
        // change's subject (after a fronted adverbial) or object stands between the change
        // word and the figure; a small word, a level's preposition or a clause break ends it.
        let mut m = s;
        for _ in 0..INVERTED_REACH {
            let k = m - 1;
            let t = &self.toks[k];
            if t.kind != TokKind::Word
                || t.gap_newline
                || lx.stopwords.contains(&t.lower)
                || lx.year_prepositions.contains(&t.lower)
                || lx.level_before.contains(&t.lower)
                || lx
                    .copulas
                    .match_ending(&self.toks, k, 0, self.src)
                    .is_some()
                || lx
                    .change_by
                    .match_ending(&self.toks, k, 0, self.src)
                    .is_some()
            {
                return None;
            }
            m = k;
            if m == 0 || self.toks[m].gap == 0 {
                return None;
            }
            if let Some(h) = lx.change_words.match_ending(&self.toks, m - 1, 0, self.src) {
                return Some(*h.value);
            }
        }
        None
    }

    /// Level or change, and the direction of a change, from the words around `[s, e)`;
    /// `prev` is the mention before it in the sentence.
    fn measure(
        &self,
        s: usize,
        e: usize,
        kind: Kind,
        prev: Option<&Mention>,
    ) -> (Measure, Option<Direction>) {
        let lx = self.lx;
        if let Some(d) = self.change_cue_before(s) {
            return (Measure::Change, Some(d));
        }
        if s > 0
            && self
                .word(s - 1)
                .is_some_and(|w| lx.level_before.contains(w))
        {
            return (Measure::Level, None);
        }
        // "a 10% drop", "96 procent lägre"
        if let Some(h) = lx.change_after.match_at(&self.toks, e, self.src) {
            if self.toks[e].gap > 0 {
                return (Measure::Change, Some(*h.value));
            }
        }
        // "rose 12% in the first half and 8% in the third quarter": same clause, same kind.
        if let Some(p) = prev.filter(|p| p.measure == Measure::Change && p.unit.kind == kind) {
            let coordinated = s > 0
                && self
                    .word(s - 1)
                    .is_some_and(|w| lx.coordinators.contains(w));
            // Walk back at most the reach, so a huge unpunctuated line stays linear.
            let between: Vec<&Token> = self.toks[..s]
                .iter()
                .rev()
                .take(COORDINATION_REACH + 1)
                .take_while(|t| t.start >= p.end)
                .collect();
            let same_clause =
                between.len() <= COORDINATION_REACH && !between.iter().any(|t| is_clause_break(t));
            if coordinated && same_clause {
                return (Measure::Change, p.direction);
            }
        }
        (Measure::Level, None)
    }

    /// The denominator of a rate: right after the unit, earlier in the clause ("vinst per
    /// aktie ... 5,85 kronor"), or later in it ("10 000 ton magneter ... årligen").
    fn per(&self, s: usize, e: usize, measure: Measure) -> Option<String> {
        let lx = self.lx;
        // "a year earlier" is a point in time, not a rate.
        let time_reference = |end: usize| self.word(end).is_some_and(|w| lx.time_after.contains(w));
        if let Some(h) = lx.per.match_at(&self.toks, e, self.src) {
            if !time_reference(h.end) {
                return Some(h.value.clone());
            }
        }
        // Later in the clause only for a level: "rose 5% in a year" is no rate.
        let mut k = e;
        while measure == Measure::Level && k < self.toks.len() && k < e + 10 {
            let t = &self.toks[k];
            if is_clause_break(t) || t.kind == TokKind::Num {
                break;
            }
            if let Some(h) = lx.per_clause.match_at(&self.toks, k, self.src) {
                if !time_reference(h.end) {
                    return Some(h.value.clone());
                }
            }
            k += 1;
        }
        let mut k = s;
        while k > 0 && k + 8 > s {
            k -= 1;
            let t = &self.toks[k];
            if is_clause_break(t) || t.kind == TokKind::Num {
                break;
            }
            if let Some(h) = lx.per_lookback.match_ending(&self.toks, k, 0, self.src) {
                return Some(h.value.clone());
            }
        }
        None
    }

    /// The mentions built around the number `n1`, and the token after them.
    fn quantity_at(
        &self,
        n1: Number,
        floor: usize,
        masks: &[(usize, usize)],
        prev: Option<&Mention>,
    ) -> Option<(Vec<Mention>, usize)> {
        let lx = self.lx;
        let toks = &self.toks;
        if n1.start < floor {
            return None;
        }
        let mut j = n1.end;
        let mut qualifier = None;
        // "50+ countries"
        if let Some(h) = lx.hedges_after.match_at(toks, j, self.src) {
            if toks[j].kind == TokKind::Sym && toks[j].gap == 0 {
                qualifier = Some(*h.value);
                j = h.end;
            }
        }
        if let Some(u) = n1.glued.clone() {
            return self.finish(&n1, None, None, 1.0, u, j, qualifier, floor, prev);
        }
        let (scale1, after_scale) = self.scales_at(j);
        j = after_scale;
        if n1.article && scale1 == 1.0 {
            // "a decade", "ett decennium"
            let (u, e) = self.unit_at(j).filter(|(u, _)| u.after_article)?;
            return self.finish(&n1, None, None, scale1, u, e, qualifier, floor, prev);
        }
        // A word glued to the digits that is no scale or unit: "3rd", "2025Publicerad".
        if j == n1.end
            && toks
                .get(j)
                .is_some_and(|t| t.gap == 0 && t.kind == TokKind::Word)
            && self.unit_at(j).is_none()
        {
            return None;
        }
        // Currency written before the number: "$12", "US$21", "A$141.2".
        let mut prefix = n1
            .start
            .checked_sub(1)
            .and_then(|p| lx.currency_before.match_ending(toks, p, floor, self.src))
            .filter(|_| toks[n1.start].gap <= 1);
        let mut n1 = n1;
        let mut prefix_unit = prefix.as_ref().map(|h| h.value.clone());
        if let (Some(h), Some(u)) = (&mut prefix, &mut prefix_unit) {
            // A bare "$" is the outlet's dollar when it says so ("All figures in A$").
            if h.end == h.start + 1 && toks[h.start].lower == "$" {
                if let Some(code) = self.dollar {
                    u.unit = code.to_string();
                }
            }
            // A sign before the currency: "-$42.50/t".
            if h.start > floor && n1.signed.is_none() && toks[h.start].gap == 0 {
                let sign = &toks[h.start - 1];
                let free = h.start == 1 || sign.gap > 0 || toks[h.start - 2].lower == "(";
                if matches!(sign.lower.as_str(), "-" | "−") && free {
                    n1.value = -n1.value;
                    n1.signed = Some(Direction::Down);
                    h.start -= 1;
                }
            }
        }
        let encloser = prefix
            .as_ref()
            .map_or(n1.start, |h| h.start)
            .checked_sub(1)
            .and_then(|p| {
                let w = self.word(p)?;
                lx.range_enclosers
                    .iter()
                    .find(|(a, _)| a == w)
                    .map(|(_, b)| (p, b.as_str()))
            });
        // Bracketed prior-period figure before the unit: "18 442 (21 568) MSEK".
        let mut prior = self.bracketed_at(j, masks);
        let prior_before_unit = prior.is_some();
        if let Some(p) = &prior {
            j = p.end + 1;
        }
        // A unit right after the first number, before a range partner: "20% to 25%".
        let unit1 = if prefix.is_none() && prior.is_none() {
            self.unit_at(j)
        } else {
            None
        };
        let mut range = None;
        if prior.is_none() {
            let at = unit1.as_ref().map_or(j, |(_, e)| *e);
            let lead = prefix.as_ref().map_or(n1.start, |h| h.start);
            let lead = lead
                .checked_sub(1)
                .and_then(|p| lx.hedges_before.match_ending(toks, p, floor, self.src))
                .map_or(lead, |h| h.start);
            let own = prefix.is_some() || unit1.is_some();
            if let Some((n2, e2)) =
                self.range_at(at, &n1, lead, own, encloser.map(|(_, b)| b), masks)
            {
                let (scale2, e2) = self.scales_at(e2);
                range = Some((n2, scale2, e2));
            }
        }
        let mut low = n1.value * scale1;
        let mut high = low;
        let mut k = j;
        if let Some((n2, scale2, e2)) = &range {
            high = n2.value * scale2;
            if scale1 == 1.0 {
                low = n1.value * scale2;
                // "US$14–16,000/t": the thousands of the second number distribute too.
                if *scale2 == 1.0
                    && n2.digits
                    && high >= 1000.0
                    && low < 1000.0
                    && low * 1000.0 <= high
                    && low * 1000.0 >= high / 10.0
                    && toks[n2.start].lower.contains([',', '.'])
                {
                    low *= 1000.0;
                }
            }
            if low > high {
                range = None;
                low = n1.value * scale1;
                high = low;
            } else {
                k = *e2;
            }
        }
        let unit = if let Some(u) = prefix_unit {
            match self.unit_at(k) {
                Some((v, e)) if v.kind == Kind::Money => {
                    k = e;
                    v
                }
                _ => u,
            }
        } else if let Some((u, e)) = self
            .unit_at(k)
            .filter(|(u, _)| unit1.as_ref().is_none_or(|(u1, _)| u1 == u))
        {
            k = e;
            u
        } else if let Some((u1, e1)) = &unit1 {
            // "climbed 51% to 721 t": no range after all, two quantities.
            range = None;
            (low, high) = (n1.value * scale1, n1.value * scale1);
            k = *e1;
            u1.clone()
        } else if let Some((u, e)) = self
            .count_at(k)
            .filter(|_| !n1.article && n1.signed.is_none())
        {
            k = e;
            u
        } else if let Some(u) = prev
            .filter(|p| p.unit.kind == Kind::Money && scale1 >= 1e6 && prefix.is_none())
            .map(|p| UnitDef {
                factor: 1.0,
                ..p.unit.clone()
            })
        {
            // "1,9 mdr kronor, mot 1,4 miljarder": the currency carries over in the sentence.
            u
        } else if let Some((scale2, u)) = self.unit_of_partner(&n1, k, masks) {
            // "från 20 000 till 26 000 ton": the first figure takes the second's unit.
            if scale1 == 1.0 {
                (low, high) = (n1.value * scale2, n1.value * scale2);
            }
            u
        } else {
            return None;
        };
        let start_tok = encloser
            .filter(|_| range.is_some())
            .map(|(p, _)| p)
            .or(prefix.as_ref().map(|h| h.start))
            .unwrap_or(n1.start)
            .min(n1.start);
        // ... or after it: "2 345 Mkr (1 987)".
        let mut next = k;
        if prior.is_none() && range.is_none() {
            let after_per = lx.per.match_at(toks, k, self.src).map_or(k, |h| h.end);
            prior = self
                .bracketed_at(k, masks)
                .or_else(|| self.bracketed_at(after_per, masks));
        }
        if let Some(p) = &prior {
            next = next.max(p.end + 1);
        }
        let mut m = self.finish(
            &n1,
            Some(start_tok),
            Some((low, high)),
            1.0,
            unit,
            k,
            qualifier,
            floor,
            prev,
        )?;
        m.1 = m.1.max(next);
        if let (Some(p), Some(first)) = (prior, m.0.first_mut()) {
            // The prior-period figure is a fact of its own, in the same unit.
            if prior_before_unit {
                first.end = toks[after_scale.max(n1.end) - 1].end;
            }
            let second = Mention {
                start: toks[p.start].start,
                end: toks[p.end - 1].end,
                low: p.value * scale1,
                high: p.value * scale1,
                qualifier: Qualifier::Exact,
                measure: Measure::Prior,
                direction: None,
                ..first.clone()
            };
            m.0.push(second);
        }
        Some(m)
    }

    /// Applies the hedge, the checks on what surrounds the mention, per and measure.
    #[allow(clippy::too_many_arguments)]
    fn finish(
        &self,
        n1: &Number,
        start_tok: Option<usize>,
        values: Option<(f64, f64)>,
        scale: f64,
        unit: UnitDef,
        end_tok: usize,
        qualifier: Option<Qualifier>,
        floor: usize,
        prev: Option<&Mention>,
    ) -> Option<(Vec<Mention>, usize)> {
        let lx = self.lx;
        let toks = &self.toks;
        let mut s = start_tok.unwrap_or(n1.start);
        let mut e = end_tok;
        // Hedge before: "nearly", "upp till", "mer än".
        let mut qualifier = qualifier;
        if s > floor {
            if let Some(h) = lx.hedges_before.match_ending(toks, s - 1, floor, self.src) {
                let during = unit.kind == Kind::Duration
                    && h.end == h.start + 1
                    && lx.not_before_durations.contains(&toks[h.start].lower);
                if !during {
                    qualifier = qualifier.or(Some(*h.value));
                    s = h.start;
                }
            }
        }
        // Hedge after: "50 countries or more".
        if qualifier.is_none() {
            if let Some(h) = lx.hedges_after.match_at(toks, e, self.src) {
                if toks[e].kind == TokKind::Word {
                    qualifier = Some(*h.value);
                }
            }
        }
        // A label, not a quantity: "Section 232 tariffs", "artikel 5".
        let word_before = |k: usize| match k.checked_sub(1) {
            Some(p) if toks[p].lower == "." => p.checked_sub(1).and_then(|q| self.word(q)),
            Some(p) => self.word(p),
            None => None,
        };
        if word_before(s).is_some_and(|w| lx.label_words.contains(w)) {
            return Some((vec![], e));
        }
        // A name with a number, not a count: "Boeing 737 jets", "S&P 500 companies".
        if unit.kind == Kind::Count
            && s > 0
            && toks[s - 1].text(self.src).starts_with(char::is_uppercase)
        {
            return Some((vec![], e));
        }
        // How often, not a multiplier: "three times a week", "två gånger per år".
        if unit.kind == Kind::Ratio
            && self.word(e).is_some_and(|w| lx.how_often.contains(w))
            && self
                .lx
                .units
                .match_at(&self.toks, e + 1, self.src)
                .is_some_and(|h| h.value.kind == Kind::Duration)
        {
            return Some((vec![], e));
        }
        // A time reference, not a quantity: "two decades ago", "ett år sedan".
        if unit.kind == Kind::Duration && self.word(e).is_some_and(|w| lx.time_after.contains(w)) {
            return Some((vec![], e));
        }
        // A calendar period, not a quantity: "the first six months", "de första nio
        // månaderna".
        if unit.kind == Kind::Duration
            && n1
                .start
                .checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|w| lx.time_before.contains(w))
        {
            return Some((vec![], e));
        }
        // A calendar period, not a quantity: "the three months to September 30", "the six
        // months ended 30 June".
        let month_at = |i: usize| self.word(i).is_some_and(|w| lx.months.contains_key(w));
        if unit.kind == Kind::Duration
            && self.word(e).is_some_and(|w| lx.time_to_month.contains(w))
            && (month_at(e + 1)
                || (self.toks.get(e + 1).is_some_and(|t| t.kind == TokKind::Num)
                    && month_at(e + 2)))
        {
            return Some((vec![], e));
        }
        // A date: "January 6 ...", "6 January".
        let is_month = |i: Option<usize>| {
            i.and_then(|i| self.word(i))
                .is_some_and(|w| lx.months.contains_key(w))
        };
        if is_month(n1.start.checked_sub(1)) || is_month(Some(n1.end)) {
            return Some((vec![], e));
        }
        // A year: "in 2024 companies...", "i 2025 år".
        if n1.year_like && qualifier.is_none() {
            let prep = s
                .checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|w| lx.year_prepositions.contains(w));
            if prep || matches!(unit.kind, Kind::Count | Kind::Duration) {
                return Some((vec![], e));
            }
        }
        let (low, high) = values.unwrap_or((n1.value * scale, n1.value * scale));
        let (mut measure, mut direction) = self.measure(s, e, unit.kind, prev);
        if let (Measure::Level, Some(d), Kind::Percent) = (measure, n1.signed, unit.kind) {
            measure = Measure::Change;
            direction = Some(d);
        }
        // "up from $350 a year earlier": the figure an earlier period had.
        let compared = s > floor
            && lx
                .prior_before
                .match_ending(toks, s - 1, floor, self.src)
                .is_some();
        let counted_before =
            prev.is_some_and(|p| p.unit.kind == unit.kind && p.unit.unit == unit.unit);
        if measure == Measure::Level
            && high <= low
            && compared
            && (unit.kind != Kind::Count || counted_before)
        {
            measure = Measure::Prior;
        }
        // "rose to 82,350 yuan a ton, up from 74,000 yuan": a prior is per what its level is.
        let per = self.per(s, e, measure).or_else(|| {
            prev.filter(|p| {
                measure == Measure::Prior && p.unit.kind == unit.kind && p.unit.unit == unit.unit
            })
            .and_then(|p| p.per.clone())
        });
        // Skip over a denominator written right after, so it is not read again.
        if let Some(h) = lx.per.match_at(toks, e, self.src) {
            e = e.max(h.end.min(toks.len()));
        }
        let m = Mention {
            start: toks[s].start,
            end: toks[end_tok - 1].end,
            low,
            high,
            unit,
            qualifier: qualifier.unwrap_or(Qualifier::Exact),
            measure,
            direction,
            per,
        };
        Some((vec![m], e))
    }
}

impl Sentence<'_> {
    /// Rule `compound_amount`: one amount written in two units, the larger first ("2 kronor
    /// och 23 öre", "20 dollars 43 cents", "3 timmar, 41 minuter och 5 sekunder"), is one
    /// fact in the smaller unit. Adds `m2` into `m1` when it is the second part of `m1`.
    fn add_up(&self, m1: &mut Mention, m2: &Mention) -> bool {
        let size = |u: &UnitDef| u.factor * u.seconds.unwrap_or(1.0);
        let (u1, u2) = (&m1.unit, &m2.unit);
        let same_scale = match u1.kind {
            Kind::Money => u1.unit == u2.unit && u2.kind == Kind::Money,
            Kind::Duration => u2.kind == Kind::Duration && u1.seconds.is_some() && u2.seconds.is_some(),
            _ => false,
        };
        let ratio = size(u1) / size(u2);
        let between = &self.src[m1.end.min(m2.start)..m2.start];
        let joined = between
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| self.lx.compound_joiners.contains(&w.to_lowercase()))
            && !between.contains(['\n', '.', ';']);
        if !same_scale
            || !joined
            || ratio <= 1.0
            || m1.low != m1.high
            || m2.low != m2.high
            || m2.low < 0.0
            || m2.low >= ratio
            || m1.per.is_some()
            || m2.qualifier != Qualifier::Exact
        {
            return false;
        }
        let whole = m1.low * ratio;
        m1.low = if whole < 0.0 { whole - m2.low } else { whole + m2.low };
        m1.high = m1.low;
        m1.unit = m2.unit.clone();
        m1.end = m2.end;
        m1.per = m2.per.clone();
        true
    }
}

/// Finds the mentions in `text[from..to]`, a sentence in the language of `lx`; `dollar` is
/// what a bare "$" means in this document (see [`outlet_dollar`]).
pub fn extract(
    text: &str,
    from: usize,
    to: usize,
    lx: &Lexicon,
    masks: &[(usize, usize)],
    dollar: Option<&str>,
) -> Vec<Mention> {
    let s = Sentence {
        src: text,
        toks: tokenize(text, from, to),
        lx,
        dollar,
    };
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < s.toks.len() {
        if s.toks[i].kind != TokKind::Sym {
            if let Some(n) = s.number_at(i, masks) {
                let end = n.end;
                if let Some((mut ms, next)) = s.quantity_at(n, floor, masks, out.last()) {
                    if let ([m2], Some(m1)) = (ms.as_slice(), out.last_mut()) {
                        if s.add_up(m1, m2) {
                            ms.clear();
                        }
                    }
                    out.extend(ms);
                    floor = next;
                    i = next.max(i + 1);
                    continue;
                }
                // Not a quantity: step over the whole number, so that no group of "20 000"
                // is read again on its own.
                i = end.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_by_language() {
        assert_eq!(parse_literal("28,7", ','), Some(28.7));
        assert_eq!(parse_literal("126.000", ','), Some(126000.0));
        assert_eq!(parse_literal("1.860", '.'), Some(1.86));
        assert_eq!(parse_literal("25,000", '.'), Some(25000.0));
        assert_eq!(parse_literal("349,553", '.'), Some(349553.0));
        assert_eq!(parse_literal("1,234.5", '.'), Some(1234.5));
        assert_eq!(parse_literal("1.234,5", ','), Some(1234.5));
        assert_eq!(parse_literal("1,234,567", '.'), Some(1234567.0));
        assert_eq!(parse_literal("2,35", '.'), Some(2.35));
        assert_eq!(parse_literal("1.2.3", '.'), None);
    }

    #[test]
    fn masks_cover_phones_urls_dates() {
        let t = "Ring +46 8 5191 7931 eller se https://x.se/a/2024 den 2025-10-21 kl 08:12.";
        let m: Vec<&str> = masks(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            m,
            [
                "+46 8 5191 7931",
                "https://x.se/a/2024",
                "2025-10-21",
                "08:12"
            ]
        );
    }
}
