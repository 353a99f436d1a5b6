//! Level, change or prior, and the denominator of a rate.

use super::*;

impl Sentence<'_> {
    /// A word before token `s` that makes what follows a change: a change word right before
    /// it ("fell 28.7%", "up 5%"), one within reach before "by"/"med" ("rose by 5%",
    /// "ökade elbilarnas andel med 3 procentenheter"), or a change noun as subject before a
    /// copula ("the increase was 5%", "minskningen var 4 procent").
    pub(super) fn change_cue_before(&self, s: usize) -> Option<Direction> {
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
        if let Some(d) = self.change_over_adverbial(s) {
            return Some(d);
        }
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

    /// Rule `change_over_adverbial`: "OMXS30 steg under tisdagen 21,36 punkter", "priset
    /// sjönk under förra veckan 4,2 procent": a change word, then a time or place adverbial of
    /// a period preposition and one or two words, then the figure.
    fn change_over_adverbial(&self, s: usize) -> Option<Direction> {
        let lx = self.lx;
        for words in 1..=2 {
            let prep = s.checked_sub(words + 1)?;
            let plain = (prep + 1..s).all(|k| {
                let t = &self.toks[k];
                t.kind == TokKind::Word && !t.gap_newline && !lx.stopwords.contains(&t.lower)
            });
            let is_prep = self
                .word(prep)
                .is_some_and(|w| lx.period_prepositions.contains(w));
            if !plain || !is_prep || prep == 0 {
                continue;
            }
            if let Some(h) = lx
                .change_words
                .match_ending(&self.toks, prep - 1, 0, self.src)
            {
                return Some(*h.value);
            }
        }
        None
    }

    /// Level or change, and the direction of a change, from the words around `[s, e)`;
    /// `prev` is the mention before it in the sentence.
    pub(super) fn measure(
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
    pub(super) fn per(&self, s: usize, e: usize, measure: Measure) -> Option<String> {
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
}
