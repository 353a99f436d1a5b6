//! Qualifiers: the hedge words around a quantity ("nearly", "upp till", "50+", "or more").

use super::quantity::Candidate;
use super::*;

impl Sentence<'_> {
    /// A hedge symbol glued after the number at token `j`: "50+ countries". Returns it and the
    /// token after it.
    pub(super) fn hedge_glued_after(&self, j: usize) -> (Option<Qualifier>, usize) {
        match self.lx.hedges_after.match_at(&self.toks, j, self.src) {
            Some(h) if self.toks[j].kind == TokKind::Sym && self.toks[j].gap == 0 => {
                (Some(*h.value), h.end)
            }
            _ => (None, j),
        }
    }

    /// The candidate's qualifier with the hedge before it ("nearly", "mer än") or the hedge
    /// words after it ("50 countries or more"), and its first token with the hedge.
    pub(super) fn hedge_around(&self, c: &Candidate, floor: usize) -> (Option<Qualifier>, usize) {
        let toks = &self.toks;
        let (mut qualifier, mut s) = (c.qualifier, c.start);
        if s > floor {
            if let Some(h) = self
                .lx
                .hedges_before
                .match_ending(toks, s - 1, floor, self.src)
            {
                // "for two weeks": a preposition of duration is no hedge.
                let during = c.unit.kind == Kind::Duration
                    && h.end == h.start + 1
                    && self.lx.not_before_durations.contains(&toks[h.start].lower);
                if !during {
                    qualifier = qualifier.or(Some(*h.value));
                    s = h.start;
                }
            }
        }
        if qualifier.is_none() {
            if let Some(h) = self.lx.hedges_after.match_at(toks, c.end, self.src) {
                if toks[c.end].kind == TokKind::Word {
                    qualifier = Some(*h.value);
                }
            }
        }
        (qualifier, s)
    }
}
