//! Tokenizer shared by the lexicons and the extractor.
//!
//! A token is a run of letters, a run of ASCII digits with the `.`/`,` between digit groups
//! (`28,7`, `126.000`, `1.86`), or one other character. Whitespace is not a token: each token
//! records how much whitespace stood before it, which is how lexicon phrases tell `US$` from
//! `US $` and how the extractor joins `10 000`.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Num,
    Sym,
}

#[derive(Debug, Clone)]
pub struct Token {
    /// Byte offsets into the text the tokens were made from.
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Lower-cased text (the text itself for numbers and symbols).
    pub lower: String,
    /// [`word_hash`] of `lower`, and of the text as written: phrase sets are looked up and
    /// their words compared by these, so a lookup hashes nothing.
    pub hash: u64,
    pub text_hash: u64,
    /// The bits of the phrase sets a phrase of which may start here
    /// ([`crate::lexicon::phrase_starts`]): all bits until [`mark_starts`] is called.
    pub starts: u64,
    /// Whitespace characters between the previous token and this one.
    pub gap: u32,
    /// Whether that whitespace held a line break.
    pub gap_newline: bool,
}

impl Token {
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
}

/// A word's hash, the same in every run (foldhash with a fixed seed).
pub fn word_hash(w: &str) -> u64 {
    use std::hash::BuildHasher;
    foldhash::fast::FixedState::with_seed(0x6e75_6d66_6163_7473).hash_one(w)
}

/// Marks each token with the phrase sets that may start at it (by its text as written or
/// lower-cased), so that the others are not looked up.
pub fn mark_starts(toks: &mut [Token]) {
    let m = crate::lexicon::phrase_starts();
    for t in toks {
        let of = |h: u64| m.get(&h).copied().unwrap_or(0);
        t.starts = of(t.hash)
            | if t.text_hash == t.hash {
                0
            } else {
                of(t.text_hash)
            };
    }
}

/// Tokenizes `text[from..to]`; offsets stay relative to `text`.
pub fn tokenize(text: &str, from: usize, to: usize) -> Vec<Token> {
    let s = &text[from..to];
    // About one token in five bytes of news text.
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut it = s.char_indices().peekable();
    let mut gap = 0u32;
    let mut gap_newline = false;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            gap += 1;
            gap_newline |= c == '\n' || c == '\r';
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        let kind = if c.is_alphabetic() {
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphabetic() {
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            TokKind::Word
        } else if c.is_ascii_digit() {
            loop {
                match it.peek() {
                    Some(&(j, d)) if d.is_ascii_digit() => {
                        end = j + 1;
                        it.next();
                    }
                    Some(&(j, d)) if d == '.' || d == ',' => {
                        // A separator joins only when a digit follows it.
                        if s[j + 1..].starts_with(|n: char| n.is_ascii_digit()) {
                            end = j + 1;
                            it.next();
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            TokKind::Num
        } else {
            TokKind::Sym
        };
        let raw = &s[start..end];
        let lower = if kind == TokKind::Word && !raw.is_ascii() {
            raw.to_lowercase()
        } else {
            // ASCII (and numbers, symbols): byte by byte, as `to_lowercase` would give it.
            let mut l = raw.to_string();
            l.make_ascii_lowercase();
            l
        };
        let hash = word_hash(&lower);
        let text_hash = if raw == lower { hash } else { word_hash(raw) };
        out.push(Token {
            start: from + start,
            end: from + end,
            kind,
            lower,
            hash,
            text_hash,
            starts: u64::MAX,
            gap,
            gap_newline,
        });
        gap = 0;
        gap_newline = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(String, TokKind, u32)> {
        tokenize(s, 0, s.len())
            .into_iter()
            .map(|t| (t.text(s).to_string(), t.kind, t.gap))
            .collect()
    }

    #[test]
    fn numbers_words_symbols() {
        let t = kinds("US$21 million, 28,7 procent 1.86Mt 10\u{a0}000");
        let texts: Vec<&str> = t.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            texts,
            ["US", "$", "21", "million", ",", "28,7", "procent", "1.86", "Mt", "10", "000"]
        );
        assert_eq!(t[1].2, 0);
        assert_eq!(t[3].2, 1);
        assert_eq!(t[10].2, 1);
    }

    #[test]
    fn trailing_point_is_a_symbol() {
        let t = kinds("in 2025.");
        assert_eq!(t[1].0, "2025");
        assert_eq!(t[2].0, ".");
    }
}
