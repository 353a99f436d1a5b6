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

mod measure;
mod not_fact;
mod numbers;
mod qualifier;
mod quantity;
mod ranges;
mod units;

use quantity::Scan;

pub use numbers::parse_literal;
pub use units::outlet_dollar;

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
    /// Byte ranges of the document that hold no facts (see [`masks`]), sorted.
    masks: &'a [(usize, usize)],
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
    let mut toks = tokenize(text, from, to);
    crate::token::mark_starts(&mut toks);
    let s = Sentence {
        src: text,
        toks,
        lx,
        dollar,
        masks,
    };
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < s.toks.len() {
        if let Some((m, next)) = s.clock_duration_at(i, floor) {
            out.push(m);
            floor = next;
            i = next;
            continue;
        }
        if s.toks[i].kind != TokKind::Sym {
            if let Some(n) = s.number_at(i) {
                let end = n.end;
                let bare = n.clone();
                if let Some((mut ms, next)) = s.quantity_at(
                    n,
                    Scan {
                        floor,
                        prev: out.last(),
                    },
                ) {
                    if let [m2] = ms.as_slice() {
                        // A list's later items are no parts of one amount.
                        let listed = matches!(out.as_slice(), [.., m0, m1] if s.listed(m0, m1));
                        if let (Some(m1), false) = (out.last_mut(), listed) {
                            if s.add_up(m1, m2) {
                                ms.clear();
                            }
                        }
                    }
                    if let (Some(m), Some(p)) = (ms.first(), out.last_mut()) {
                        s.share_per(p, m);
                    }
                    out.extend(ms);
                    floor = next;
                    i = next.max(i + 1);
                    continue;
                }
                if let Some(m) = out.last_mut() {
                    if s.bare_hundredths(m, &bare) {
                        floor = end;
                    }
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
