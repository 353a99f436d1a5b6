//! Stage 4, segment: sentences of the content lines, and their language.
//!
//! A sentence ends at `.`, `!` or `?` followed by space and a capital, digit or quote, unless
//! the word before is an abbreviation of a loaded language or an initial. Language is told by
//! each lexicon's frequent words and distinctive letters: per document, and per sentence where
//! a sentence says clearly that it is in another language (a Swedish teaser on an English page).

use crate::clean::{Block, BlockKind};
use crate::lexicon::{Lexicon, Lexicons};

#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index of the language in [`Lexicons::langs`].
    pub lang: usize,
    /// Whether the sentence may hold a number: a digit, or a number trigger of its language.
    pub numeric: bool,
}

#[derive(Debug, Clone)]
pub struct Segmented {
    pub sentences: Vec<Sentence>,
    /// Index of the document's language in [`Lexicons::langs`].
    pub lang: usize,
}

/// The runs of letters of `text` (as `split(!is_alphabetic)` gives them), read by byte with
/// only non-ASCII characters decoded.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let letter_at = |i: usize| -> (bool, usize) {
            if b[i] < 0x80 {
                (b[i].is_ascii_alphabetic(), 1)
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                (c.is_alphabetic(), c.len_utf8())
            }
        };
        while i < b.len() {
            let (letter, len) = letter_at(i);
            if letter {
                break;
            }
            i += len;
        }
        if i >= b.len() {
            return None;
        }
        let start = i;
        while i < b.len() {
            let (letter, len) = letter_at(i);
            if !letter {
                break;
            }
            i += len;
        }
        Some(&text[start..i])
    })
}

/// Evidence that `text` is in each of the languages `langs`: 2 per frequent word of the
/// language, 1 per word holding one of its distinctive letters; and the set of languages
/// in which one of its words may make a number. One pass for all languages.
fn scores(text: &str, lexicons: &Lexicons, langs: &[usize]) -> (Vec<u32>, u64) {
    let mut out = vec![0u32; langs.len()];
    let mut number = 0u64;
    let mut lower = String::new();
    for w in words(text) {
        let ascii = w.is_ascii();
        let upper = if ascii {
            w.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            w.chars().any(char::is_uppercase)
        };
        let lw = if upper {
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            lower.as_str()
        } else {
            w
        };
        let word = lexicons.word_langs.get(lw).copied().unwrap_or_default();
        number |= word.number;
        for (k, &l) in langs.iter().enumerate() {
            if word.frequent & (1 << l) != 0 {
                out[k] += 2;
            }
            let lx: &Lexicon = &lexicons.langs[l];
            if (!ascii || lx.ascii_letters) && lw.chars().any(|c| lx.letters.contains(&c)) {
                out[k] += 1;
            }
        }
    }
    (out, number)
}

fn best(scores: &[u32]) -> Option<usize> {
    let (i, &top) = scores
        .iter()
        .enumerate()
        .max_by_key(|&(i, s)| (*s, std::cmp::Reverse(i)))?;
    let clear = scores
        .iter()
        .enumerate()
        .all(|(j, &s)| j == i || top >= s + 4);
    (top >= 4 && clear).then_some(i)
}

/// Splits content blocks into sentences and tells their language among `langs` (indices into
/// [`Lexicons::langs`]); `default_lang` is used when the text says nothing clear.
pub fn segment(
    text: &str,
    blocks: &[Block],
    lexicons: &Lexicons,
    langs: &[usize],
    default_lang: usize,
) -> Segmented {
    let mut spans = Vec::new();
    for b in blocks.iter().filter(|b| b.kind == BlockKind::Content) {
        split_sentences(text, b.start, b.end, lexicons, &mut spans);
    }
    let per: Vec<(Vec<u32>, u64)> = spans
        .iter()
        .map(|&(s, e)| scores(&text[s..e], lexicons, langs))
        .collect();
    let mut totals = vec![0u32; langs.len()];
    for (p, _) in &per {
        for (t, s) in totals.iter_mut().zip(p) {
            *t += s;
        }
    }
    let lang = totals
        .iter()
        .enumerate()
        .max_by_key(|&(i, s)| (*s, langs[i] == default_lang))
        .filter(|&(_, s)| *s > 0)
        .map_or(default_lang, |(i, _)| langs[i]);
    let sentences = spans
        .into_iter()
        .zip(per)
        .map(|((start, end), (p, number))| {
            let lang = best(&p).map_or(lang, |i| langs[i]);
            Sentence {
                start,
                end,
                lang,
                numeric: number & (1 << lang) != 0
                    || text[start..end].bytes().any(|b| b.is_ascii_digit()),
            }
        })
        .collect();
    Segmented { sentences, lang }
}

/// The sentences of `text[from..to]`, as byte spans, appended to `out`.
pub(crate) fn split_sentences(
    text: &str,
    from: usize,
    to: usize,
    lexicons: &Lexicons,
    out: &mut Vec<(usize, usize)>,
) {
    let s = &text[from..to];
    let bytes = s.as_bytes();
    let mut begin = 0;
    // Candidate ends: `.`, `!`, `?` and `…` (E2 80 A6), found by byte.
    let mut i = 0;
    while i < bytes.len() {
        let c = match bytes[i] {
            b'.' => '.',
            b'!' | b'?' => '!',
            0xE2 if bytes[i..].starts_with("…".as_bytes()) => '…',
            _ => {
                i += 1;
                continue;
            }
        };
        let at = i;
        i += if c == '…' { 3 } else { 1 };
        // Closing quotes and brackets stay with the sentence they close.
        let mut rest = s[i..].char_indices().peekable();
        let mut close = i;
        while let Some(&(k, ch)) = rest.peek() {
            if !matches!(ch, '"' | '”' | '’' | '»' | ')') {
                break;
            }
            close = i + k + ch.len_utf8();
            rest.next();
        }
        if !rest.peek().is_some_and(|&(_, ch)| ch.is_whitespace()) {
            continue;
        }
        let mut next = None;
        for (k, ch) in rest {
            if !ch.is_whitespace() {
                next = Some((i + k, ch));
                break;
            }
        }
        let Some((n, next)) = next else {
            continue;
        };
        if !(next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(next, '"' | '“' | '”' | '«' | '•' | '–' | '-' | '('))
        {
            continue;
        }
        if c == '.' && is_abbreviation(&s[begin..at + 1], lexicons) {
            continue;
        }
        push_trimmed(from, s, begin, close, out);
        begin = n;
    }
    push_trimmed(from, s, begin, s.len(), out);
}

fn is_abbreviation(upto: &str, lexicons: &Lexicons) -> bool {
    let word = upto.rsplit(char::is_whitespace).next().unwrap_or("");
    let word = word.trim_start_matches(['(', '"', '“']);
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() == 1 && letters[0].is_uppercase() {
        return true; // an initial: "J. Smith"
    }
    let lw = word.to_lowercase();
    lexicons.langs.iter().any(|l| l.abbreviations.contains(&lw))
}

fn push_trimmed(from: usize, s: &str, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &s[a..b];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push((from + a + lead, from + a + lead + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean;

    fn sentences(text: &str) -> (Vec<String>, Vec<String>, String) {
        let lx = Lexicons::embedded();
        let c = clean(text, lx);
        let all: Vec<usize> = (0..lx.langs.len()).collect();
        let s = segment(text, &c.blocks, lx, &all, 0);
        (
            s.sentences
                .iter()
                .map(|x| text[x.start..x.end].to_string())
                .collect(),
            s.sentences
                .iter()
                .map(|x| lx.langs[x.lang].lang.clone())
                .collect(),
            lx.langs[s.lang].lang.clone(),
        )
    }

    #[test]
    fn only_sentences_that_may_hold_a_number_are_numeric() {
        let lx = Lexicons::embedded();
        let all: Vec<usize> = (0..lx.langs.len()).collect();
        let numeric = |t: &str| {
            let c = clean(t, lx);
            segment(t, &c.blocks, lx, &all, 0).sentences[0].numeric
        };
        for yes in [
            "Exports fell 28.7 percent in the quarter, the agency said on Monday.",
            "The company said it would hire seven hundred workers at the new plant.",
            "Output has doubled in a decade, according to the ministry in the capital.",
            "Regeringen satsar en miljard på den nya gruvan enligt beskedet i dag.",
            "Tjugofem gruvor har stängts sedan krisen började enligt myndigheten.",
            "Bolaget tecknade ett femårigt avtal med kunden i Tyskland i våras.",
        ] {
            assert!(numeric(yes), "{yes}");
        }
        for no in [
            "The ministry said the permit review would continue as planned for now.",
            "Analytiker tror att priset kommer att stiga när lagren krymper igen.",
        ] {
            assert!(!numeric(no), "{no}");
        }
    }

    #[test]
    fn words_are_runs_of_letters() {
        for t in [
            "Priset steg 5,2 % i okt.",
            "naïve café–bar 日本語 x1y",
            "",
            "  ..",
            "Å",
        ] {
            let want: Vec<&str> = t
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words(t).collect::<Vec<_>>(), want, "{t:?}");
        }
    }

    #[test]
    fn splits_and_abbreviations() {
        let (s, _, _) = sentences("Priset steg ca. 5 procent i okt. Det var väntat. U.S. output fell 3% in the year! Then J. Smith said so.");
        assert_eq!(
            s,
            [
                "Priset steg ca. 5 procent i okt. Det var väntat.",
                "U.S. output fell 3% in the year!",
                "Then J. Smith said so."
            ]
        );
    }

    #[test]
    fn language_per_document_and_sentence() {
        let text = "The United States said on Wednesday that it will work with allies and partners to secure the supply of critical minerals from the region.\nVicepresident JD Vance sade på onsdagen att administrationen driver en handelsallians med representanter från mer än 50 länder och att det är viktigt.\nThe meeting was held in Washington and it was attended by many of the ministers.";
        let (_, langs, doc) = sentences(text);
        assert_eq!(doc, "en");
        assert_eq!(langs, ["en", "sv", "en"]);
    }
}
