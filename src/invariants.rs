//! What every document's output must satisfy, whatever its bytes: the checks the fuzzer
//! (`fuzz/fuzz.rs`) runs after each input, and the regression test runs on what it found.

use crate::decode;
use crate::pipeline::{process_text, Pipeline};

/// Runs bytes through decode and every stage; returns what is wrong with the facts, if
/// anything: offsets that do not point at the surface (in code points), a value that is not
/// finite, a `sentence` over 400 code points (or the fact's own length), a `concept_text` over 160 bytes or two lines.
pub fn check(bytes: &[u8], p: &Pipeline) -> Option<String> {
    let Ok(d) = decode::decode(bytes.to_vec()) else {
        return None;
    };
    let (_, facts) = process_text("fuzz", &d.text, p);
    let chars: Vec<char> = d.text.chars().collect();
    for f in &facts {
        let surface: Option<String> = chars.get(f.start..f.end).map(|c| c.iter().collect());
        if surface.as_deref() != Some(f.surface.as_str()) {
            return Some(format!(
                "offsets {}..{} are not {:?}",
                f.start, f.end, f.surface
            ));
        }
        if !f.value_low.is_finite() || !f.value_high.is_finite() {
            return Some(format!(
                "value {} {} of {:?}",
                f.value_low, f.value_high, f.surface
            ));
        }
        if f.sentence.chars().count()
            > crate::normalize::SENTENCE_WINDOW.max(f.surface.chars().count())
        {
            return Some(format!("sentence of {} chars", f.sentence.chars().count()));
        }
        if f.concept_text
            .as_ref()
            .is_some_and(|c| c.len() > crate::context::CONCEPT_TEXT_MAX || c.contains('\n'))
        {
            return Some(format!("concept_text {:?}", f.concept_text));
        }
    }
    None
}
