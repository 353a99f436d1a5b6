//! The rules that say a candidate is no fact: a label, a name with digits, how often, a time
//! reference, a calendar period, a date, a year, a record's span. Each has a name.

use super::quantity::Candidate;
use super::*;

/// A not-a-fact rule: whether it applies to a candidate starting at a token, with its
/// qualifier.
type Rule = for<'s> fn(&Sentence<'s>, &Candidate, usize, Option<Qualifier>) -> bool;

impl Sentence<'_> {
    /// The name of the first rule that says candidate `c`, starting at token `s` with its
    /// hedge and qualified by `qualifier`, is no fact.
    pub(super) fn not_a_fact(
        &self,
        c: &Candidate,
        s: usize,
        qualifier: Option<Qualifier>,
    ) -> Option<&'static str> {
        // In order, each tried only when those before it did not apply.
        let rules: [(&str, Rule); 9] = [
            ("label_word_before", |x, _, s, _| x.label_before(s)),
            ("name_with_number", |x, c, s, _| x.name_with_number(c, s)),
            ("how_often", |x, c, _, _| x.how_often(c)),
            ("time_reference_after", |x, c, _, _| {
                x.time_reference_after(c)
            }),
            ("calendar_period_before", |x, c, _, _| {
                x.calendar_period_before(c)
            }),
            ("calendar_period_to_month", |x, c, _, _| {
                x.calendar_period_to_month(c)
            }),
            ("date_with_month", |x, c, _, _| x.date_with_month(c)),
            ("year_not_quantity", |x, c, s, q| {
                x.year_not_quantity(c, s, q)
            }),
            ("record_span", |x, c, s, _| x.record_span(c, s)),
        ];
        rules
            .into_iter()
            .find(|(_, applies)| applies(self, c, s, qualifier))
            .map(|(name, _)| name)
    }

    /// A label, not a quantity: "Section 232 tariffs", "artikel 5", "No. 3".
    fn label_before(&self, s: usize) -> bool {
        let before = match s.checked_sub(1) {
            Some(p) if self.toks[p].lower == "." => p.checked_sub(1).and_then(|q| self.word(q)),
            Some(p) => self.word(p),
            None => None,
        };
        before.is_some_and(|w| self.lx.label_words.contains(w))
    }

    /// A name with a number, not a count: "Boeing 737 jets", "S&P 500 companies": a plain
    /// figure right after a capitalised word. A hedge between them ("In Paris about 460
    /// vehicles") or digits grouped in thousands ("Lumo sålde 410 000 telefoner") make it a
    /// quantity: a name's number is neither hedged nor grouped.
    fn name_with_number(&self, c: &Candidate, s: usize) -> bool {
        let n = &c.n;
        let first = &self.toks[n.start];
        let grouped = n.end - n.start > 1
            || (first.kind == TokKind::Num && first.lower.contains([',', '.', ' ']));
        c.unit.kind == Kind::Count
            && s == n.start
            && s > 0
            && !grouped
            && self.toks[s - 1]
                .text(self.src)
                .starts_with(char::is_uppercase)
    }

    /// How often, not a multiplier: "three times a week", "två gånger per år".
    fn how_often(&self, c: &Candidate) -> bool {
        c.unit.kind == Kind::Ratio
            && self
                .word(c.end)
                .is_some_and(|w| self.lx.how_often.contains(w))
            && self
                .lx
                .units
                .match_at(&self.toks, c.end + 1, self.src)
                .is_some_and(|h| h.value.kind == Kind::Duration)
    }

    /// A time reference, not a quantity: "two decades ago", "ett år sedan".
    fn time_reference_after(&self, c: &Candidate) -> bool {
        c.unit.kind == Kind::Duration
            && self
                .word(c.end)
                .is_some_and(|w| self.lx.time_after.contains(w))
    }

    /// A calendar period, not a quantity: "the first six months", "de första nio månaderna".
    fn calendar_period_before(&self, c: &Candidate) -> bool {
        c.unit.kind == Kind::Duration
            && c.n
                .start
                .checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|w| self.lx.time_before.contains(w))
    }

    /// A calendar period, not a quantity: "the three months to September 30", "the six months
    /// ended 30 June".
    fn calendar_period_to_month(&self, c: &Candidate) -> bool {
        let month_at = |i: usize| self.word(i).is_some_and(|w| self.lx.months.contains_key(w));
        let e = c.end;
        c.unit.kind == Kind::Duration
            && self
                .word(e)
                .is_some_and(|w| self.lx.time_to_month.contains(w))
            && (month_at(e + 1)
                || (self.toks.get(e + 1).is_some_and(|t| t.kind == TokKind::Num)
                    && month_at(e + 2)))
    }

    /// A date: "January 6 ...", "6 January", "March 2025": a whole number that may be a
    /// day of the month or a year beside a month name. "$37,305.97 February expenses" and
    /// "in May 2,000 tonnes" are amounts.
    fn date_with_month(&self, c: &Candidate) -> bool {
        let v = c.n.value;
        let day = v.fract() == 0.0 && (1.0..=31.0).contains(&v);
        if !(day || c.n.year_like) {
            return false;
        }
        let is_month = |i: Option<usize>| {
            i.and_then(|i| self.word(i))
                .is_some_and(|w| self.lx.months.contains_key(w))
        };
        is_month(c.n.start.checked_sub(1)) || is_month(Some(c.n.end))
    }

    /// The span of a record, not a quantity: "its highest level in a decade", "the lowest in
    /// eight months", "den blötaste på 30 år": a duration after a span preposition with a
    /// superlative at most four words before it in its clause.
    fn record_span(&self, c: &Candidate, s: usize) -> bool {
        let lx = self.lx;
        if c.unit.kind != Kind::Duration || s < 2 {
            return false;
        }
        if !self
            .word(s - 1)
            .is_some_and(|w| lx.span_prepositions.contains(w))
        {
            return false;
        }
        for k in (s.saturating_sub(5)..s - 1).rev() {
            let t = &self.toks[k];
            if is_clause_break(t) {
                return false;
            }
            // Written in lower case: "Forrest" is a name.
            let lower = t.text(self.src) == t.lower;
            let superlative = lower
                && self.word(k).is_some_and(|w| {
                    w.chars().count() >= 5
                        && !lx.not_superlatives.contains(w)
                        && lx
                            .superlative_endings
                            .iter()
                            .any(|e| w.ends_with(e.as_str()))
                });
            if superlative {
                return true;
            }
        }
        false
    }

    /// A year, not a quantity: "in 2024 companies...", "i 2025 år".
    fn year_not_quantity(&self, c: &Candidate, s: usize, qualifier: Option<Qualifier>) -> bool {
        if !c.n.year_like || qualifier.is_some() {
            return false;
        }
        let prep = s
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|w| self.lx.year_prepositions.contains(w));
        prep || matches!(c.unit.kind, Kind::Count | Kind::Duration)
    }
}
