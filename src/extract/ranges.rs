//! Ranges and coordination: a range partner, a bracketed prior figure, the unit a first figure
//! takes from its partner, and an amount written in two units.

use super::*;

impl Sentence<'_> {
    /// The scale and unit of the second figure in "from X to Y unit", where the first
    /// figure at `n1` has none of its own; `j` is the token after the first figure.
    pub(super) fn unit_of_partner(&self, n1: &Number, j: usize) -> Option<(f64, UnitDef)> {
        let opener = n1.start.checked_sub(1).and_then(|p| self.word(p));
        let word_joiner = self.toks.get(j).is_some_and(|t| t.kind == TokKind::Word)
            && self
                .lx
                .range_joiners
                .match_at(&self.toks, j, self.src)
                .is_some();
        // Rule `sibling_unit`: "45 and 50 mg", "about 8 or $9": a bare figure joined to one
        // with a unit shares it.
        let sibling = self
            .toks
            .get(j)
            .is_some_and(|t| t.gap > 0 && self.lx.sibling_joiners.contains(&t.lower));
        let from = word_joiner && opener.is_some_and(|o| self.lx.not_range_before.contains(o));
        if !(from || sibling) || n1.year_like {
            return None;
        }
        if sibling {
            // The sibling's currency written before it: "8 or $9".
            if let Some(c) = self
                .lx
                .currency_before
                .match_at(&self.toks, j + 1, self.src)
            {
                let n2 = self.number_at(c.end).filter(|n| n.start == c.end)?;
                return (!n2.year_like).then(|| (1.0, self.currency_of(&c)));
            }
        }
        let n2 = self
            .number_from(j + 1)
            .filter(|n| n.start == j + 1 && !n.article && !n.year_like)?;
        let (scale2, e) = self.scales_at(n2.end);
        let (u, _) = self.unit_at(e).or_else(|| self.count_at(e))?;
        Some((scale2, u))
    }

    /// Whether a change word or a verb of `from_to_verbs` stands within reach before token
    /// `p`, in its clause: "fell from", "has dropped since October from", "goes from".
    fn change_word_before(&self, p: usize) -> bool {
        for m in (p.saturating_sub(CHANGE_WORD_REACH)..p).rev() {
            if is_clause_break(&self.toks[m]) {
                return false;
            }
            let verb = self
                .word(m)
                .is_some_and(|w| self.lx.from_to_verbs.contains(w));
            if verb
                || self
                    .lx
                    .change_words
                    .match_ending(&self.toks, m, 0, self.src)
                    .is_some()
            {
                return true;
            }
        }
        false
    }

    /// A figure in brackets at `j`: "(21 568)".
    pub(super) fn bracketed_at(&self, j: usize) -> Option<Number> {
        if self.toks.get(j).is_none_or(|t| t.lower != "(") {
            return None;
        }
        let p = self.number_from(j + 1)?;
        let closed = self.toks.get(p.end).is_some_and(|t| t.lower == ")");
        // A loss a year earlier is written signed: "214 (−37)".
        (p.digits && p.start == j + 1 && closed).then_some(p)
    }

    /// A range partner after the first number: "10-15", "10 to 15", "between 10 and 15".
    /// `lead` is the first token of the first figure with its hedge and currency; `unit_of_its_own`
    /// says whether the first figure has a unit or currency of its own. Also returns the
    /// currency written before the second figure ("about 8 or $9"), which a first figure
    /// without one takes.
    pub(super) fn range_at(
        &self,
        j: usize,
        first: &Number,
        lead: usize,
        unit_of_its_own: bool,
        encloser: Option<&str>,
    ) -> Option<(Number, usize, Option<UnitDef>)> {
        // Rule `suspended_hyphen`: "an 8- to 16-meter telescope": the hyphen of a compound
        // left hanging before a word joiner.
        let suspended = self
            .toks
            .get(j)
            .is_some_and(|t| t.lower == "-" && t.gap == 0)
            && self.toks.get(j + 1).is_some_and(|w| {
                w.kind == TokKind::Word
                    && w.gap > 0
                    && self
                        .lx
                        .range_joiners
                        .match_at(&self.toks, j + 1, self.src)
                        .is_some_and(|h| h.end == j + 2)
            });
        let j = j + usize::from(suspended);
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
            // "between 15% and 20%", and the loose "between seven to 10 years".
            Some(and) => {
                t.kind == TokKind::Word
                    && (t.lower == and
                        || self
                            .lx
                            .range_joiners
                            .match_at(&self.toks, j, self.src)
                            .is_some_and(|h| h.end == j + 1))
            }
            None if !unit_of_its_own && self.lx.bare_range_joiners.contains(&t.lower) => true,
            None => {
                let h = self.lx.range_joiners.match_at(&self.toks, j, self.src)?;
                // A word joiner after "from", or after a change whose figure has its own
                // unit, makes two quantities, not a range: "from 10 to 15", "gained CNY 1,800
                // to CNY 82,600" (but "cut costs by 15 to 20 per cent" is a range).
                let before = lead.checked_sub(1).and_then(|p| self.word(p));
                // Rule `range_verb_from`: "prices range from $7 to $9" is one range.
                let verb = lead
                    .checked_sub(2)
                    .and_then(|p| self.word(p))
                    .is_some_and(|v| self.lx.range_verbs.contains(v));
                // Rule `from_to_of_a_change`: "from X to Y" is where a change started and
                // ended only when a change word governs it ("fell from $36,040 to $34,935");
                // with none it spans a range ("homes from $750,000 to $1 million").
                let from = before.is_some_and(|b| self.lx.not_range_before.contains(b));
                let two = t.kind == TokKind::Word
                    && ((from && !verb && self.change_word_before(lead - 1))
                        || (unit_of_its_own && self.change_cue_before(lead).is_some()));
                !two && h.end == j + 1
            }
        };
        if !joined || first.signed.is_some() && t.lower == "-" {
            return None;
        }
        let mut k = j + 1;
        let mut currency = None;
        // "$10–$12 billion"
        if let Some(c) = self.lx.currency_before.match_at(&self.toks, k, self.src) {
            currency = Some(self.currency_of(&c));
            k = c.end;
        }
        let second = self.number_from(k)?;
        // Rule `signed_range`: after a word joiner the second figure may carry its sign
        // ("-10 to -20 °C", "between 14°F and -4°F"); after a dash a sign is no range's.
        let signed = second.signed.is_some() && t.kind != TokKind::Word;
        if second.article || signed || second.start != k {
            return None;
        }
        let end = second.end;
        Some((second, end, currency))
    }
}

impl Sentence<'_> {
    /// Rule `prior_per`: the earlier figure of "from $1,900 to $1,650 a month" is per what
    /// its level is: a prior with no denominator takes that of the level right after it, in
    /// its unit, with only a joiner between.
    pub(super) fn share_per(&self, prior: &mut Mention, level: &Mention) {
        if prior.measure != Measure::Prior
            || prior.per.is_some()
            || level.per.is_none()
            || !prior.unit.same_unit(&level.unit)
        {
            return;
        }
        let after = self.toks.partition_point(|t| t.start < prior.end);
        let joined = self
            .lx
            .range_joiners
            .match_at(&self.toks, after, self.src)
            .is_some_and(|h| self.toks.get(h.end).is_some_and(|t| t.start >= level.start));
        if joined {
            prior.per = level.per.clone();
        }
    }

    /// Rule `bare_hundredths`: "15 dollars 50", "thirteen dollars forty five", "15 dollar
    /// och 15": a bare whole figure under 100 right after an amount in a whole currency, ending
    /// the clause, is its hundredths. Adds it into `m` and says so.
    pub(super) fn bare_hundredths(&self, m: &mut Mention, n: &Number) -> bool {
        let plain = m.unit.kind == Kind::Money
            && m.unit.factor == 1.0
            && m.low == m.high
            && m.per.is_none()
            && m.qualifier == Qualifier::Exact;
        let small = n.value.fract() == 0.0
            && (1.0..100.0).contains(&n.value)
            && !n.year_like
            && !n.article
            && n.signed.is_none()
            && n.glued.is_none();
        if !plain || !small || m.end > self.toks[n.start].start {
            return false;
        }
        let joined = self.joined_by_compound(&self.src[m.end..self.toks[n.start].start]);
        let ends = self.toks.get(n.end).is_none_or(is_clause_break);
        if !joined || !ends {
            return false;
        }
        let cents = n.value / 100.0;
        m.low = if m.low < 0.0 {
            m.low - cents
        } else {
            m.low + cents
        };
        m.high = m.low;
        m.end = self.toks[n.end - 1].end;
        true
    }

    /// Whether the text between the parts of one amount holds only its joiners ("och", ",")
    /// and no break of line or sentence: "2 kronor och 23 öre", "15 dollars 50".
    fn joined_by_compound(&self, between: &str) -> bool {
        between
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| self.lx.compound_joiners.contains(&w.to_lowercase()))
            && !between.contains(['\n', '.', ';'])
    }

    /// Whether `m1` is an item of a list after `m0` ("3 years, 2 months, 14 days and 16
    /// hours"): the same kind, joined as a compound's parts are but not added up. A compound
    /// amount is read from its first part, so the list's later parts stay apart.
    pub(super) fn listed(&self, m0: &Mention, m1: &Mention) -> bool {
        m0.unit.kind == m1.unit.kind
            && m0.end <= m1.start
            && self.joined_by_compound(&self.src[m0.end..m1.start])
    }

    /// Rule `compound_amount`: one amount written in two units, the larger first ("2 kronor
    /// och 23 öre", "20 dollars 43 cents", "3 timmar, 41 minuter och 5 sekunder"), is one
    /// fact in the smaller unit. Adds `m2` into `m1` when it is the second part of `m1`.
    pub(super) fn add_up(&self, m1: &mut Mention, m2: &Mention) -> bool {
        let (u1, u2) = (&m1.unit, &m2.unit);
        if u1.kind != u2.kind || !matches!(u1.kind, Kind::Money | Kind::Duration) {
            return false;
        }
        // A shared sub-unit's name ("cent") after another currency is that one's hundredth.
        let shared = u2.kind == Kind::Money
            && u2.factor == 0.01
            && u1.unit != u2.unit
            && self.src[m2.start..m2.end]
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| self.lx.shared_subunits.contains(&w.to_lowercase()));
        let (same_scale, size2) = match u1.kind {
            Kind::Money if shared => (true, u1.factor * 0.01),
            Kind::Money => (u1.unit == u2.unit, u2.factor),
            _ => (
                u1.seconds.is_some() && u2.seconds.is_some(),
                u2.factor * u2.seconds.unwrap_or(1.0),
            ),
        };
        let ratio = u1.factor * u1.seconds.unwrap_or(1.0) / size2;
        let joined = self.joined_by_compound(&self.src[m1.end.min(m2.start)..m2.start]);
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
        m1.low = if whole < 0.0 {
            whole - m2.low
        } else {
            whole + m2.low
        };
        m1.high = m1.low;
        m1.unit = if shared {
            UnitDef {
                factor: size2,
                ..m1.unit.clone()
            }
        } else {
            m2.unit.clone()
        };
        m1.end = m2.end;
        m1.per = m2.per.clone();
        true
    }
}
