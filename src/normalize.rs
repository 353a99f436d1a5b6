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

/// Converts byte offsets to code point offsets, for offsets given in increasing order.
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

    pub fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

/// Everything a fact row needs besides the mention.
pub struct Context<'a> {
    pub doc_id: &'a Arc<str>,
    pub text: &'a str,
    pub sentence: &'a Arc<str>,
    pub lang: &'static str,
}

pub fn normalize(m: &Mention, ctx: &Context, offsets: &mut CharOffsets) -> Fact {
    let f = m.unit.factor;
    let (mut low, mut high) = (round_sig(m.low * f), round_sig(m.high * f));
    if m.measure == Measure::Change && m.direction == Some(Direction::Down) && high > 0.0 {
        (low, high) = (-high, -low);
    }
    let start = offsets.at(m.start);
    let end = offsets.at(m.end);
    Fact {
        doc_id: Arc::clone(ctx.doc_id),
        fact_id: format!("{}:{}-{}", ctx.doc_id, start, end),
        start,
        end,
        surface: ctx.text[m.start..m.end].to_string(),
        sentence: Arc::clone(ctx.sentence),
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
    }
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
    fn char_offsets() {
        let t = "sjönk 5 % – ok";
        let mut o = CharOffsets::new(t);
        assert_eq!(o.at(t.find('5').unwrap()), 6);
        assert_eq!(o.at(t.find("ok").unwrap()), 12);
    }
}
