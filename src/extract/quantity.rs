//! The candidate built around a number: its hedge, currency, scale, range, unit, prior, and the
//! checks that say a number is no fact (dates, years, labels, names with digits, ordinals).

use super::*;

impl Sentence<'_> {
    /// The mentions built around the number `n1`, and the token after them.
    pub(super) fn quantity_at(
        &self,
        n1: Number,
        floor: usize,
        masks: &[(usize, usize)],
        prev: Option<&Mention>,
    ) -> Option<(Vec<Mention>, usize)> {
        let lx = self.lx;
        let toks = &self.toks;
        if n1.start < floor {
            return None;
        }
        let mut j = n1.end;
        let mut qualifier = None;
        // "50+ countries"
        if let Some(h) = lx.hedges_after.match_at(toks, j, self.src) {
            if toks[j].kind == TokKind::Sym && toks[j].gap == 0 {
                qualifier = Some(*h.value);
                j = h.end;
            }
        }
        if let Some(u) = n1.glued.clone() {
            return self.finish(&n1, None, None, 1.0, u, j, qualifier, floor, prev);
        }
        let (scale1, after_scale) = self.scales_at(j);
        j = after_scale;
        if n1.article && scale1 == 1.0 {
            // "a decade", "ett decennium"
            let (u, e) = self.unit_at(j).filter(|(u, _)| u.after_article)?;
            return self.finish(&n1, None, None, scale1, u, e, qualifier, floor, prev);
        }
        // A word glued to the digits that is no scale or unit: "3rd", "2025Publicerad".
        if j == n1.end
            && toks
                .get(j)
                .is_some_and(|t| t.gap == 0 && t.kind == TokKind::Word)
            && self.unit_at(j).is_none()
        {
            return None;
        }
        // Currency written before the number: "$12", "US$21", "A$141.2".
        let mut prefix = n1
            .start
            .checked_sub(1)
            .and_then(|p| lx.currency_before.match_ending(toks, p, floor, self.src))
            .filter(|_| toks[n1.start].gap <= 1);
        let mut n1 = n1;
        let mut prefix_unit = prefix.as_ref().map(|h| self.currency_of(h));
        if let Some(h) = &mut prefix {
            // A sign before the currency: "-$42.50/t".
            if h.start > floor && n1.signed.is_none() && toks[h.start].gap == 0 {
                let sign = &toks[h.start - 1];
                let free = h.start == 1 || sign.gap > 0 || toks[h.start - 2].lower == "(";
                if matches!(sign.lower.as_str(), "-" | "−") && free {
                    n1.value = -n1.value;
                    n1.signed = Some(Direction::Down);
                    h.start -= 1;
                }
            }
        }
        let encloser = prefix
            .as_ref()
            .map_or(n1.start, |h| h.start)
            .checked_sub(1)
            .and_then(|p| {
                let w = self.word(p)?;
                lx.range_enclosers
                    .iter()
                    .find(|(a, _)| a == w)
                    .map(|(_, b)| (p, b.as_str()))
            });
        // Bracketed prior-period figure before the unit: "18 442 (21 568) MSEK".
        let mut prior = self.bracketed_at(j, masks);
        let prior_before_unit = prior.is_some();
        if let Some(p) = &prior {
            j = p.end + 1;
        }
        // A unit right after the first number, before a range partner: "20% to 25%".
        let unit1 = if prefix.is_none() && prior.is_none() {
            self.unit_at(j)
        } else {
            None
        };
        let mut range = None;
        let mut second_currency = None;
        if prior.is_none() {
            let at = unit1.as_ref().map_or(j, |(_, e)| *e);
            let lead = prefix.as_ref().map_or(n1.start, |h| h.start);
            let lead = lead
                .checked_sub(1)
                .and_then(|p| lx.hedges_before.match_ending(toks, p, floor, self.src))
                .map_or(lead, |h| h.start);
            let own = prefix.is_some() || unit1.is_some();
            if let Some((n2, e2, currency2)) =
                self.range_at(at, &n1, lead, own, encloser.map(|(_, b)| b), masks)
            {
                let (scale2, e2) = self.scales_at(e2);
                range = Some((n2, scale2, e2));
                second_currency = currency2;
            }
        }
        let mut low = n1.value * scale1;
        let mut high = low;
        let mut k = j;
        if let Some((n2, scale2, e2)) = &range {
            high = n2.value * scale2;
            // "10 to 15 billion": the scale distributes, unless the first figure is already
            // the larger ("$800,000 to $1.3 million").
            if scale1 == 1.0 && n1.value * scale2 <= high {
                low = n1.value * scale2;
                // "US$14–16,000/t": the thousands of the second number distribute too.
                if *scale2 == 1.0
                    && n2.digits
                    && high >= 1000.0
                    && low < 1000.0
                    && low * 1000.0 <= high
                    && low * 1000.0 >= high / 10.0
                    && toks[n2.start].lower.contains([',', '.'])
                {
                    low *= 1000.0;
                }
            }
            if low > high {
                range = None;
                low = n1.value * scale1;
                high = low;
            } else {
                k = *e2;
                // "about 8 or $9": the currency written only before the second figure.
                if prefix_unit.is_none() && unit1.is_none() {
                    prefix_unit = second_currency;
                }
            }
        }
        let unit = if let Some(u) = prefix_unit {
            match self.unit_at(k) {
                Some((v, e)) if v.kind == Kind::Money => {
                    k = e;
                    v
                }
                _ => u,
            }
        } else if let Some((u, e)) = self
            .unit_at(k)
            .filter(|(u, _)| unit1.as_ref().is_none_or(|(u1, _)| u1 == u))
        {
            k = e;
            u
        } else if let Some((u1, e1)) = &unit1 {
            // "climbed 51% to 721 t": no range after all, two quantities.
            range = None;
            (low, high) = (n1.value * scale1, n1.value * scale1);
            k = *e1;
            u1.clone()
        } else if let Some((u, e)) = self
            .count_at(k)
            .filter(|_| !n1.article && n1.signed.is_none())
        {
            k = e;
            u
        } else if let Some(u) = prev
            .filter(|p| p.unit.kind == Kind::Money && scale1 >= 1e6 && prefix.is_none())
            .map(|p| UnitDef {
                factor: 1.0,
                ..p.unit.clone()
            })
        {
            // "1,9 mdr kronor, mot 1,4 miljarder": the currency carries over in the sentence.
            u
        } else if let Some(u) = self
            .index_level(&n1, prev)
            .filter(|_| scale1 == 1.0 && prefix.is_none())
        {
            u
        } else if let Some((scale2, u)) = self.unit_of_partner(&n1, k, masks) {
            // "från 20 000 till 26 000 ton": the first figure takes the second's unit.
            if scale1 == 1.0 {
                (low, high) = (n1.value * scale2, n1.value * scale2);
            }
            u
        } else {
            return None;
        };
        let start_tok = encloser
            .filter(|_| range.is_some())
            .map(|(p, _)| p)
            .or(prefix.as_ref().map(|h| h.start))
            .unwrap_or(n1.start)
            .min(n1.start);
        // ... or after it: "2 345 Mkr (1 987)".
        let mut next = k;
        if prior.is_none() && range.is_none() {
            let after_per = lx.per.match_at(toks, k, self.src).map_or(k, |h| h.end);
            prior = self
                .bracketed_at(k, masks)
                .or_else(|| self.bracketed_at(after_per, masks));
        }
        if let Some(p) = &prior {
            next = next.max(p.end + 1);
        }
        let mut m = self.finish(
            &n1,
            Some(start_tok),
            Some((low, high)),
            1.0,
            unit,
            k,
            qualifier,
            floor,
            prev,
        )?;
        m.1 = m.1.max(next);
        if let (Some(p), Some(first)) = (prior, m.0.first_mut()) {
            // The prior-period figure is a fact of its own, in the same unit.
            if prior_before_unit {
                first.end = toks[after_scale.max(n1.end) - 1].end;
            }
            let second = Mention {
                start: toks[p.start].start,
                end: toks[p.end - 1].end,
                low: p.value * scale1,
                high: p.value * scale1,
                qualifier: Qualifier::Exact,
                measure: Measure::Prior,
                direction: None,
                ..first.clone()
            };
            m.0.push(second);
        }
        Some(m)
    }

    /// Applies the hedge, the checks on what surrounds the mention, per and measure.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn finish(
        &self,
        n1: &Number,
        start_tok: Option<usize>,
        values: Option<(f64, f64)>,
        scale: f64,
        unit: UnitDef,
        end_tok: usize,
        qualifier: Option<Qualifier>,
        floor: usize,
        prev: Option<&Mention>,
    ) -> Option<(Vec<Mention>, usize)> {
        let lx = self.lx;
        let toks = &self.toks;
        let mut s = start_tok.unwrap_or(n1.start);
        let mut e = end_tok;
        // Hedge before: "nearly", "upp till", "mer än".
        let mut qualifier = qualifier;
        if s > floor {
            if let Some(h) = lx.hedges_before.match_ending(toks, s - 1, floor, self.src) {
                let during = unit.kind == Kind::Duration
                    && h.end == h.start + 1
                    && lx.not_before_durations.contains(&toks[h.start].lower);
                if !during {
                    qualifier = qualifier.or(Some(*h.value));
                    s = h.start;
                }
            }
        }
        // Hedge after: "50 countries or more".
        if qualifier.is_none() {
            if let Some(h) = lx.hedges_after.match_at(toks, e, self.src) {
                if toks[e].kind == TokKind::Word {
                    qualifier = Some(*h.value);
                }
            }
        }
        // A label, not a quantity: "Section 232 tariffs", "artikel 5".
        let word_before = |k: usize| match k.checked_sub(1) {
            Some(p) if toks[p].lower == "." => p.checked_sub(1).and_then(|q| self.word(q)),
            Some(p) => self.word(p),
            None => None,
        };
        if word_before(s).is_some_and(|w| lx.label_words.contains(w)) {
            return Some((vec![], e));
        }
        // A name with a number, not a count: "Boeing 737 jets", "S&P 500 companies".
        if unit.kind == Kind::Count
            && s > 0
            && toks[s - 1].text(self.src).starts_with(char::is_uppercase)
        {
            return Some((vec![], e));
        }
        // How often, not a multiplier: "three times a week", "två gånger per år".
        if unit.kind == Kind::Ratio
            && self.word(e).is_some_and(|w| lx.how_often.contains(w))
            && self
                .lx
                .units
                .match_at(&self.toks, e + 1, self.src)
                .is_some_and(|h| h.value.kind == Kind::Duration)
        {
            return Some((vec![], e));
        }
        // A time reference, not a quantity: "two decades ago", "ett år sedan".
        if unit.kind == Kind::Duration && self.word(e).is_some_and(|w| lx.time_after.contains(w)) {
            return Some((vec![], e));
        }
        // A calendar period, not a quantity: "the first six months", "de första nio
        // månaderna".
        if unit.kind == Kind::Duration
            && n1
                .start
                .checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|w| lx.time_before.contains(w))
        {
            return Some((vec![], e));
        }
        // A calendar period, not a quantity: "the three months to September 30", "the six
        // months ended 30 June".
        let month_at = |i: usize| self.word(i).is_some_and(|w| lx.months.contains_key(w));
        if unit.kind == Kind::Duration
            && self.word(e).is_some_and(|w| lx.time_to_month.contains(w))
            && (month_at(e + 1)
                || (self.toks.get(e + 1).is_some_and(|t| t.kind == TokKind::Num)
                    && month_at(e + 2)))
        {
            return Some((vec![], e));
        }
        // A date: "January 6 ...", "6 January".
        let is_month = |i: Option<usize>| {
            i.and_then(|i| self.word(i))
                .is_some_and(|w| lx.months.contains_key(w))
        };
        if is_month(n1.start.checked_sub(1)) || is_month(Some(n1.end)) {
            return Some((vec![], e));
        }
        // A year: "in 2024 companies...", "i 2025 år".
        if n1.year_like && qualifier.is_none() {
            let prep = s
                .checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|w| lx.year_prepositions.contains(w));
            if prep || matches!(unit.kind, Kind::Count | Kind::Duration) {
                return Some((vec![], e));
            }
        }
        let (low, high) = values.unwrap_or((n1.value * scale, n1.value * scale));
        let (mut measure, mut direction) = self.measure(s, e, unit.kind, prev);
        if let (Measure::Level, Some(d), Kind::Percent) = (measure, n1.signed, unit.kind) {
            measure = Measure::Change;
            direction = Some(d);
        }
        // "up from $350 a year earlier": the figure an earlier period had.
        let compared = s > floor
            && lx
                .prior_before
                .match_ending(toks, s - 1, floor, self.src)
                .is_some();
        let counted_before =
            prev.is_some_and(|p| p.unit.kind == unit.kind && p.unit.unit == unit.unit);
        if measure == Measure::Level
            && high <= low
            && compared
            && (unit.kind != Kind::Count || counted_before)
        {
            measure = Measure::Prior;
        }
        // "rose to 82,350 yuan a ton, up from 74,000 yuan": a prior is per what its level is.
        let per = self.per(s, e, measure).or_else(|| {
            prev.filter(|p| {
                measure == Measure::Prior && p.unit.kind == unit.kind && p.unit.unit == unit.unit
            })
            .and_then(|p| p.per.clone())
        });
        // Skip over a denominator written right after, so it is not read again.
        if let Some(h) = lx.per.match_at(toks, e, self.src) {
            e = e.max(h.end.min(toks.len()));
        }
        let m = Mention {
            start: toks[s].start,
            end: toks[end_tok - 1].end,
            low,
            high,
            unit,
            qualifier: qualifier.unwrap_or(Qualifier::Exact),
            measure,
            direction,
            per,
        };
        Some((vec![m], e))
    }
}
