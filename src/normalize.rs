//! Stage 6, normalize: mentions to fact rows.
//!
//! Values go to the canonical unit of their kind (the unit factor applied to numbers whose
//! scale words are already applied), rounded to 12 significant digits so that `1.86 × 1e6`
//! is written `1860000`. A change downwards is negative. Byte offsets become Unicode code
//! point offsets into the document text, as the contract defines them.

use crate::extract::Mention;
use crate::model::{Direction, Fact, Measure};
use std::sync::Arc;

/// Rounds to 12 significant digits, removing binary noise from scale multiplications.
pub fn round_sig(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    if v.fract() == 0.0 && v.abs() < 1e12 {
        return v; // already an integer of at most 12 digits
    }
    // Scale to a 12-digit integer, round, and scale back with one correctly rounded
    // operation by an exact power of ten, so the result is the double nearest the decimal.
    let digits = 11 - v.abs().log10().floor() as i32;
    if !(-22..=22).contains(&digits) {
        return format!("{v:.11e}").parse().unwrap_or(v);
    }
    let p = 10f64.powi(digits.abs());
    if digits >= 0 {
        (v * p).round() / p
    } else {
        (v / p).round() * p
    }
}

/// Converts byte offsets to code point offsets, cheapest for offsets given in increasing order.
pub struct CharOffsets<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The code point offset of `byte`; a step back costs what it steps over, not a count
    /// from the start.
    pub fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.chars -= self.text[byte..self.byte].chars().count();
        } else {
            self.chars += self.text[self.byte..byte].chars().count();
        }
        self.byte = byte;
        self.chars
    }
}

/// Everything a fact row needs besides the mention.
pub struct Context<'a> {
    pub doc_id: &'a Arc<str>,
    pub text: &'a str,
    pub sentence: &'a Arc<str>,
    /// The sentence's byte span in `text`, and its code point span in the document.
    pub sentence_bytes: (usize, usize),
    pub sentence_chars: (usize, usize),
    /// Code points of the document before `text` (a piece of a long document).
    pub char_base: usize,
    pub lang: &'static str,
}

/// The `sentence` column holds at most this many code points: a longer sentence is cut to
/// the window around the fact, so a row's size never grows with its sentence's.
pub const SENTENCE_WINDOW: usize = 400;

/// The part of `text[s..e]` (a sentence) shown beside the fact at `fs..fe`: about `chars`
/// code points around the fact, cut at spaces (or the fact alone, when it is longer than
/// that).
pub fn window(text: &str, (s, e): (usize, usize), fs: usize, fe: usize, chars: usize) -> &str {
    let half = chars.saturating_sub(text[fs..fe].chars().count()) / 2;
    let mut a = match half {
        0 => fs,
        _ => text[s..fs]
            .char_indices()
            .rev()
            .nth(half - 1)
            .map_or(s, |(i, _)| s + i),
    };
    let mut b = text[fe..e]
        .char_indices()
        .nth(half)
        .map_or(e, |(i, _)| fe + i);
    if a > s {
        // Start after a space, so no word is cut in two.
        a = text[a..fs]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(a, |(i, c)| a + i + c.len_utf8())
            .min(fs);
    }
    if b < e {
        b = text[fe..b]
            .rfind(char::is_whitespace)
            .map_or(b, |i| fe + i)
            .max(fe);
    }
    &text[a..b]
}

/// The fact row of a mention; none when its value is not a finite number (a run of hundreds
/// of digits overflows a float).
pub fn normalize(m: &Mention, ctx: &Context, offsets: &mut CharOffsets) -> Option<Fact> {
    let f = m.unit.factor;
    // An offset converts a level (a temperature), not a difference.
    let o = if m.measure == Measure::Change {
        0.0
    } else {
        m.unit.offset
    };
    let (mut low, mut high) = (round_sig(m.low * f + o), round_sig(m.high * f + o));
    if !low.is_finite() || !high.is_finite() {
        return None;
    }
    // A negative factor ("15–20 minusgrader") turns the range around.
    if low > high {
        (low, high) = (high, low);
    }
    if m.measure == Measure::Change && m.direction == Some(Direction::Down) && high > 0.0 {
        (low, high) = (-high, -low);
    }
    let start = ctx.char_base + offsets.at(m.start);
    let end = ctx.char_base + offsets.at(m.end);
    let (ss, se) = ctx.sentence_chars;
    let sentence = if se - ss <= SENTENCE_WINDOW {
        Arc::clone(ctx.sentence)
    } else {
        window(
            ctx.text,
            ctx.sentence_bytes,
            m.start,
            m.end,
            SENTENCE_WINDOW,
        )
        .into()
    };
    Some(Fact {
        doc_id: Arc::clone(ctx.doc_id),
        fact_id: format!("{}:{}-{}", ctx.doc_id, start, end),
        start,
        end,
        surface: ctx.text[m.start..m.end].to_string(),
        sentence,
        sentence_start: ctx.char_base + ss,
        sentence_end: ctx.char_base + se,
        lang: ctx.lang,
        kind: m.unit.kind,
        value_low: low,
        value_high: high,
        unit: m.unit.unit.clone(),
        qualifier: m.qualifier,
        measure: m.measure,
        direction: m.direction,
        per: m.per.clone(),
        subject: None,
        concept: None,
        concept_text: None,
        time: None,
        time_start: None,
        time_end: None,
        source: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding() {
        assert_eq!(round_sig(1.86 * 1e6), 1_860_000.0);
        assert_eq!(round_sig(8.5 * 1e9), 8.5e9);
        assert_eq!(round_sig(2e6 * 0.000453592), 907.184);
        assert_eq!(round_sig(0.1 + 0.2), 0.3);
        assert_eq!(round_sig(-1.31e9 * 1.0000000000001), -1.31e9);
        assert_eq!(round_sig(123456789012345.0), 123456789012000.0);
        assert_eq!(round_sig(4.2e-7 * 3.0), 1.26e-6);
    }

    #[test]
    fn long_sentences_are_cut_to_a_window_at_spaces() {
        let text = format!(
            "{}Exports rose 5 % in May.{}",
            "word ".repeat(300),
            " more".repeat(300)
        );
        let fs = text.find("5 %").unwrap();
        let w = window(&text, (0, text.len()), fs, fs + 3, SENTENCE_WINDOW);
        assert!(
            w.chars().count() <= SENTENCE_WINDOW && w.chars().count() > SENTENCE_WINDOW - 12,
            "{}",
            w.len()
        );
        assert!(
            w.contains("Exports rose 5 % in May.")
                && w.starts_with("word ")
                && w.ends_with(" more")
        );
        assert_eq!(window("a 5 % b", (0, 7), 2, 5, SENTENCE_WINDOW), "a 5 % b");
        // Spaces of more than one byte (thin, no-break) are cut after, whole.
        let thin = format!(
            "{}x 5 % y{}",
            "ab\u{2009}".repeat(300),
            "\u{a0}cd".repeat(300)
        );
        let fs = thin.find("5 %").unwrap();
        let w = window(&thin, (0, thin.len()), fs, fs + 3, SENTENCE_WINDOW);
        assert!(
            w.contains("5 %") && w.starts_with("ab") && w.ends_with("cd"),
            "{w:?}"
        );
    }

    #[test]
    fn char_offsets() {
        let t = "sjönk 5 % – ok";
        let mut o = CharOffsets::new(t);
        assert_eq!(o.at(t.find('5').unwrap()), 6);
        assert_eq!(o.at(t.find("ok").unwrap()), 12);
        assert_eq!(o.at(t.find('%').unwrap()), 8);
        assert_eq!(o.at(t.find("ok").unwrap()), 12);
    }
}
