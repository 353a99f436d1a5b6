//! The candidate built around a number, step by step: the hedge glued after it, its scale,
//! the currency written before it, a range partner or a bracketed prior-period figure, then
//! its unit. [`Sentence::finish`] turns the candidate into mentions.

use super::*;

/// Where the scan of a sentence stands when a number is read: the first token a new mention
/// may take (the tokens before belong to earlier mentions) and the mention read just before.
#[derive(Clone, Copy)]
pub(super) struct Scan<'m> {
    pub(super) floor: usize,
    pub(super) prev: Option<&'m Mention>,
}

/// A quantity being read: the number it is built around, the tokens `[start, end)` it spans
/// so far, its magnitudes with the scale applied, its unit and the qualifier read so far.
pub(super) struct Candidate {
    pub(super) n: Number,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) low: f64,
    pub(super) high: f64,
    pub(super) unit: UnitDef,
    pub(super) qualifier: Option<Qualifier>,
    /// A denominator the steps read themselves (an exchange rate's "per dollar").
    pub(super) per: Option<String>,
}

/// A range partner as read: the second figure, its scale, the token after it, and the
/// currency written before it.
struct Partner {
    n: Number,
    scale: f64,
    end: usize,
    currency: Option<UnitDef>,
}

impl Sentence<'_> {
    /// The mentions built around the number `n1`, and the token after them.
    pub(super) fn quantity_at(&self, n1: Number, scan: Scan) -> Option<(Vec<Mention>, usize)> {
        if n1.start < scan.floor {
            return None;
        }
        let (qualifier, j) = self.hedge_glued_after(n1.end);
        if let Some(u) = n1.glued.clone() {
            return self.finish(Candidate::single(n1, 1.0, u, j, qualifier), scan);
        }
        if let Some(c) = self.share_of(&n1, j, qualifier) {
            return self.finish(c, scan);
        }
        let (scale1, after_scale) = self.scales_at(j);
        let j = after_scale;
        if let Some(c) = self.fraction_by(&n1, j, qualifier, scan.floor) {
            return self.finish(c, scan);
        }
        if n1.article && scale1 == 1.0 {
            // Rule `article_before_unit`: "a decade", "ett decennium".
            let (u, e) = self.unit_at(j).filter(|(u, _)| u.after_article)?;
            return self.finish(Candidate::single(n1, scale1, u, e, qualifier), scan);
        }
        if self.glued_word_is_no_unit(&n1, j) {
            return None;
        }
        let mut n1 = n1;
        let prefix = self.currency_prefix(&mut n1, scan.floor);
        let lead = prefix.as_ref().map_or(n1.start, |h| h.start);
        let encloser = self.range_encloser(lead);
        // Bracketed prior-period figure before the unit: "18 442 (21 568) MSEK".
        let mut prior = self.bracketed_at(j);
        let prior_before_unit = prior.is_some();
        let j = prior.as_ref().map_or(j, |p| p.end + 1);
        // A unit right after the first number, before a range partner: "20% to 25%".
        let unit1 = if prefix.is_none() && prior.is_none() {
            self.unit_at(j)
        } else {
            None
        };
        let mut prefix_unit = prefix.as_ref().map(|h| self.currency_of(h));
        let partner = if prior.is_none() {
            let at = unit1.as_ref().map_or(j, |(_, e)| *e);
            let own = prefix.is_some() || unit1.is_some();
            self.range_partner(&n1, at, lead, own, encloser.map(|(_, b)| b), scan.floor)
        } else {
            None
        };
        let (mut low, mut high) = (n1.value * scale1, n1.value * scale1);
        let mut k = j;
        let mut range = false;
        if let Some(p) = partner {
            if let Some((l, h)) = self.range_values(&n1, scale1, &p) {
                (low, high, k, range) = (l, h, p.end, true);
                // "about 8 or $9": the currency written only before the second figure.
                if prefix_unit.is_none() && unit1.is_none() {
                    prefix_unit = p.currency;
                }
            }
        }
        let mut per = None;
        let unit = if let Some(u) = prefix_unit {
            // "$5 billion dollars", "US$ 3 dollars": a currency written again after.
            // A currency before a figure of its own is that figure's: "rmb 10 usd 20",
            // "$ 20,000.00 $ 37,305.97".
            match self
                .unit_at(k)
                .filter(|(_, e)| self.number_at(*e).is_none())
            {
                Some((v, e)) if v.kind == Kind::Money && v.unit == u.unit => {
                    k = e;
                    v
                }
                Some((v, e)) if v.kind == Kind::Money => {
                    k = e;
                    u
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
            range = false;
            (low, high) = (n1.value * scale1, n1.value * scale1);
            k = *e1;
            u1.clone()
        } else if let Some((u, code)) = self.exchange_rate(&n1, k).filter(|_| prefix.is_none()) {
            per = Some(code);
            u
        } else {
            let no_prefix = prefix.is_none();
            let (u, e, scale2) = self.unit_without_own(&n1, k, scale1, no_prefix, scan)?;
            if let Some(s2) = scale2.filter(|_| scale1 == 1.0) {
                (low, high) = (n1.value * s2, n1.value * s2);
            }
            k = e;
            u
        };
        // Rule `scale_after_currency`: "75 USD million", "80 euro miljoner".
        if unit.kind == Kind::Money && scale1 == 1.0 {
            let (scale, e) = self.scales_at(k);
            if scale > 1.0 {
                (low, high, k) = (low * scale, high * scale, e);
            }
        }
        let start = encloser
            .filter(|_| range)
            .map(|(p, _)| p)
            .or(prefix.as_ref().map(|h| h.start))
            .unwrap_or(n1.start)
            .min(n1.start);
        // ... or after it: "2 345 Mkr (1 987)".
        if prior.is_none() && !range {
            let after_per = self
                .lx
                .per
                .match_at(&self.toks, k, self.src)
                .map_or(k, |h| h.end);
            prior = self
                .bracketed_at(k)
                .or_else(|| self.bracketed_at(after_per));
        }
        let next = prior.as_ref().map_or(k, |p| k.max(p.end + 1));
        let n_end = n1.end;
        let n_value = n1.value;
        let c = Candidate {
            n: n1,
            start,
            end: k,
            low,
            high,
            unit,
            qualifier,
            per,
        };
        let mut m = self.finish(c, scan)?;
        m.1 = m.1.max(next);
        if let (Some(p), Some(first)) = (prior, m.0.first_mut()) {
            if prior_before_unit {
                first.end = self.toks[after_scale.max(n_end) - 1].end;
            }
            // In the scale the figure was read in ("Revenue (US$ million): 512.4 (468.9)").
            let scale = if n_value != 0.0 {
                first.low / n_value
            } else {
                scale1
            };
            let second = self.bracketed_prior(&p, scale, first);
            m.0.push(second);
        }
        Some(m)
    }

    /// Rule `one_in_n`: "one in seven adults", "nine out of 10", "två av tre" is a share, in
    /// percent: a whole figure, a share joiner, a larger whole figure up to 1000.
    fn share_of(&self, n1: &Number, j: usize, q: Option<Qualifier>) -> Option<Candidate> {
        let h = self.lx.share_joiners.match_at(&self.toks, j, self.src)?;
        let n2 = self.number_at(h.end).filter(|n| n.start == h.end)?;
        let whole = |n: &Number| n.value.fract() == 0.0 && !n.year_like && n.signed.is_none();
        let (a, b) = (n1.value, n2.value);
        if !whole(n1) || !whole(&n2) || n2.article || a < 1.0 || b <= a || b > 1000.0 {
            return None;
        }
        // "1 in 10 000" grouped, or "one in seven" read whole: nothing glued after.
        if self.scales_at(n2.end).1 != n2.end || self.unit_at(n2.end).is_some() {
            return None;
        }
        let mut c = Candidate::single(n1.clone(), 1.0, UnitDef::percent(), n2.end, q);
        c.low = 100.0 * a / b;
        c.high = c.low;
        Some(c)
    }

    /// Rule `fraction_by`: "cut costs by a third", "med en fjärdedel": after a change's
    /// "by" (a hedge between), "a"/"one" and a fraction word is a share, in percent. Elsewhere
    /// "a third" is an ordinal ("a third term").
    fn fraction_by(
        &self,
        n1: &Number,
        j: usize,
        q: Option<Qualifier>,
        floor: usize,
    ) -> Option<Candidate> {
        if !(n1.article || n1.value == 1.0) || n1.signed.is_some() || n1.end != j {
            return None;
        }
        let d = *self
            .word(j)
            .and_then(|w| self.lx.ordinal_fractions.get(w))?;
        let lead = n1
            .start
            .checked_sub(1)
            .and_then(|p| {
                self.lx
                    .hedges_before
                    .match_ending(&self.toks, p, floor, self.src)
            })
            .map_or(n1.start, |h| h.start);
        let by = lead.checked_sub(1).is_some_and(|p| {
            self.lx
                .change_by
                .match_ending(&self.toks, p, 0, self.src)
                .is_some_and(|h| h.end == p + 1)
        });
        if !by
            || self
                .toks
                .get(j + 1)
                .is_some_and(|t| t.gap == 0 && t.kind == TokKind::Word)
        {
            return None;
        }
        let mut c = Candidate::single(n1.clone(), 1.0, UnitDef::percent(), j + 1, q);
        c.low = 100.0 / d;
        c.high = c.low;
        Some(c)
    }

    /// Rule `glued_word`: a word glued to the digits that is no scale or unit ("3rd",
    /// "2025Publicerad") makes the number no quantity.
    fn glued_word_is_no_unit(&self, n1: &Number, j: usize) -> bool {
        j == n1.end
            && self
                .toks
                .get(j)
                .is_some_and(|t| t.gap == 0 && t.kind == TokKind::Word)
            && self.unit_at(j).is_none()
    }

    /// The currency written before the number ("$12", "US$21", "A$141.2"), with a sign
    /// before it taken into the number ("-$42.50/t").
    fn currency_prefix(
        &self,
        n1: &mut Number,
        floor: usize,
    ) -> Option<crate::lexicon::Hit<'_, UnitDef>> {
        let toks = &self.toks;
        let mut h = n1
            .start
            .checked_sub(1)
            .and_then(|p| {
                self.lx
                    .currency_before
                    .match_ending(toks, p, floor, self.src)
            })
            .filter(|_| toks[n1.start].gap <= 1)?;
        if h.start > floor && n1.signed.is_none() && toks[h.start].gap == 0 {
            let sign = &toks[h.start - 1];
            let free = h.start == 1 || sign.gap > 0 || toks[h.start - 2].lower == "(";
            if matches!(sign.lower.as_str(), "-" | "−") && free {
                n1.value = -n1.value;
                n1.signed = Some(Direction::Down);
                h.start -= 1;
            }
        }
        Some(h)
    }

    /// The word before `lead` that opens a range ("between"), with its token and the word
    /// that closes it ("and").
    fn range_encloser(&self, lead: usize) -> Option<(usize, &str)> {
        let p = lead.checked_sub(1)?;
        let w = self.word(p)?;
        self.lx
            .range_enclosers
            .iter()
            .find(|(a, _)| a == w)
            .map(|(_, b)| (p, b.as_str()))
    }

    /// The range partner of the first figure, read at token `at`, with its scale.
    fn range_partner(
        &self,
        n1: &Number,
        at: usize,
        lead: usize,
        own: bool,
        encloser: Option<&str>,
        floor: usize,
    ) -> Option<Partner> {
        let lead = lead
            .checked_sub(1)
            .and_then(|p| {
                self.lx
                    .hedges_before
                    .match_ending(&self.toks, p, floor, self.src)
            })
            .map_or(lead, |h| h.start);
        let (n, e, currency) = self.range_at(at, n1, lead, own, encloser)?;
        let (scale, end) = self.scales_at(e);
        Some(Partner {
            n,
            scale,
            end,
            currency,
        })
    }

    /// The low and high of a range, with the partner's scale distributed to the first figure
    /// ("10 to 15 billion") unless it is already the larger ("$800,000 to $1.3 million");
    /// `None` when the figures do not make a range (the low above the high).
    fn range_values(&self, n1: &Number, scale1: f64, p: &Partner) -> Option<(f64, f64)> {
        let mut low = n1.value * scale1;
        let high = p.n.value * p.scale;
        if scale1 == 1.0 && n1.value * p.scale <= high {
            low = n1.value * p.scale;
            // "US$14–16,000/t": the thousands of the second number distribute too.
            if p.scale == 1.0
                && p.n.digits
                && high >= 1000.0
                && low < 1000.0
                && low * 1000.0 <= high
                && low * 1000.0 >= high / 10.0
                && self.toks[p.n.start].lower.contains([',', '.'])
            {
                low *= 1000.0;
            }
        }
        // A signed range is written either way round: "-10 to -20 °C" is -20..-10.
        if p.n.signed.is_some() && low > high {
            return Some((high, low));
        }
        (low <= high).then_some((low, high))
    }

    /// The unit of a figure with no unit or currency written after it: a counted noun, the
    /// currency carried over in the sentence, an index level, or its partner's unit. Also
    /// returns the token after it and the partner's scale, which the figure takes.
    fn unit_without_own(
        &self,
        n1: &Number,
        k: usize,
        scale1: f64,
        no_prefix: bool,
        scan: Scan,
    ) -> Option<(UnitDef, usize, Option<f64>)> {
        if let Some((u, e)) = self
            .count_at(k)
            .filter(|_| !n1.article && n1.signed.is_none())
        {
            return Some((u, e, None));
        }
        // Rule `currency_carries`: "1,9 mdr kronor, mot 1,4 miljarder".
        if let Some(p) = scan
            .prev
            .filter(|p| p.unit.kind == Kind::Money && scale1 >= 1e6 && no_prefix)
        {
            let u = UnitDef {
                factor: 1.0,
                ..p.unit.clone()
            };
            return Some((u, k, None));
        }
        if let Some(u) = self
            .index_level(n1, scan.prev)
            .filter(|_| scale1 == 1.0 && no_prefix)
        {
            return Some((u, k, None));
        }
        if let Some(u) = self.unit_carried(n1, scan) {
            return Some((u, k, None));
        }
        if let Some((scale, u)) = self.unit_before_colon(n1).filter(|_| no_prefix) {
            return Some((u, k, Some(scale)));
        }
        // "från 20 000 till 26 000 ton": the first figure takes the second's unit.
        let (scale2, u) = self.unit_of_partner(n1, k)?;
        Some((u, k, Some(scale2)))
    }

    /// Rule `unit_carries`: a bare figure right after the mention before it and "to" or
    /// "from" takes that mention's unit: the level after a change ("the rupee rose 14 paise
    /// to 82.96", in rupees) or the earlier figure after a level ("4.1 days a month, down
    /// from 6.3"). A percentage change's "to" names a level in another unit ("rose 5% to
    /// 300") and carries nothing.
    fn unit_carried(&self, n1: &Number, scan: Scan) -> Option<UnitDef> {
        let prev = scan.prev?;
        if !n1.digits || n1.year_like || n1.signed.is_some() || n1.start == 0 {
            return None;
        }
        let lx = self.lx;
        let p = n1.start - 1;
        let to = self.word(p).is_some_and(|w| lx.level_before.contains(w));
        let from = lx
            .prior_before
            .match_ending(&self.toks, p, scan.floor, self.src)
            .filter(|h| h.end == p + 1);
        let start = match (&from, to) {
            (Some(h), _) => h.start,
            (None, true) if prev.measure == Measure::Change && prev.unit.kind != Kind::Percent => p,
            _ => return None,
        };
        // Only a comma and a direction word between: "a month, down from 6.3".
        let between = (scan.floor..start).all(|i| {
            let t = &self.toks[i];
            t.lower == ","
                || lx
                    .change_words
                    .match_at(&self.toks, i, self.src)
                    .is_some_and(|h| h.end == i + 1)
        });
        if !between || start < scan.floor {
            return None;
        }
        let mut u = prev.unit.clone();
        // A level after a change in a sub-unit is in the whole unit: "rose 14 paise to 82.96".
        if u.kind == Kind::Money && u.factor < 1.0 {
            u.factor = 1.0;
        }
        Some(u)
    }

    /// Rule `exchange_rate`: "the shekel strengthened to 3.41 per dollar": a bare figure per
    /// a currency, with another currency named before it in its clause, is that currency per
    /// the one after. Returns the named currency and the denominator's code.
    fn exchange_rate(&self, n1: &Number, k: usize) -> Option<(UnitDef, String)> {
        if !n1.digits || n1.year_like || n1.signed.is_some() {
            return None;
        }
        let at = self.lx.rate_words.match_at(&self.toks, k, self.src)?.end;
        let (d, _) = self
            .unit_at(at)
            .filter(|(u, _)| u.kind == Kind::Money && u.factor == 1.0)?;
        for i in (n1.start.saturating_sub(12)..n1.start).rev() {
            if is_clause_break(&self.toks[i]) {
                break;
            }
            let named = self
                .lx
                .units
                .match_at(&self.toks, i, self.src)
                .filter(|c| c.value.kind == Kind::Money && c.value.factor == 1.0)
                .filter(|c| c.value.unit != d.unit && c.end <= n1.start);
            let after_number = i > 0 && self.toks[i - 1].kind == TokKind::Num;
            if let Some(c) = named.filter(|_| !after_number) {
                return Some((c.value.clone(), d.unit.clone()));
            }
        }
        None
    }

    /// Rule `unit_before_colon`: a key figure written "Nettoomsättning, Mkr: 1 842 (1 516)",
    /// "Revenue (US$ million): 512.4": the unit after the label's comma or in its brackets,
    /// right before the colon, is the unit of the bare figure after the colon. Returns the
    /// unit and its scale word's factor.
    fn unit_before_colon(&self, n1: &Number) -> Option<(f64, UnitDef)> {
        let colon = n1.start.checked_sub(1)?;
        if self.toks[colon].lower != ":" || n1.year_like || n1.article {
            return None;
        }
        // The unit's first token: after the last "," or "(" before the colon.
        let close = usize::from(colon > 0 && self.toks[colon - 1].lower == ")");
        let end = colon - close;
        let open = (0..end)
            .rev()
            .take(4)
            .find(|&i| matches!(self.toks[i].lower.as_str(), "," | "("))?;
        let at = open + 1;
        if at >= end {
            return None;
        }
        // A currency with its scale ("US$ million"), or a unit ("Mkr", "ton", "%").
        if let Some(c) = self.lx.currency_before.match_at(&self.toks, at, self.src) {
            let (scale, e) = self.scales_at(c.end);
            return (e == end).then(|| (scale, self.currency_of(&c)));
        }
        let (scale, e) = self.scales_at(at);
        let (u, ue) = self.unit_at(e)?;
        (ue == end).then_some((scale, u))
    }

    /// The bracketed prior-period figure as a fact of its own, in the unit of `first`.
    fn bracketed_prior(&self, p: &Number, scale: f64, first: &Mention) -> Mention {
        Mention {
            start: self.toks[p.start].start,
            end: self.toks[p.end - 1].end,
            low: p.value * scale,
            high: p.value * scale,
            qualifier: Qualifier::Exact,
            measure: Measure::Prior,
            direction: None,
            ..first.clone()
        }
    }

    /// Turns a candidate into its mention: the hedge around it, the checks that say it is no
    /// fact (see [`Sentence::not_a_fact`]), its measure and denominator. Returns the mentions
    /// (none when it is no fact) and the token after them.
    pub(super) fn finish(&self, c: Candidate, scan: Scan) -> Option<(Vec<Mention>, usize)> {
        let (qualifier, s) = self.hedge_around(&c, scan.floor);
        let e = c.end;
        if let Some(_rule) = self.not_a_fact(&c, s, qualifier) {
            return Some((vec![], e));
        }
        let (measure, direction) = self.measure_of(&c, s, scan);
        // "rose to 82,350 yuan a ton, up from 74,000 yuan": a prior is per what its level is.
        let per = c
            .per
            .clone()
            .or_else(|| c.unit.per.clone())
            .or_else(|| self.per(s, e, measure))
            .or_else(|| {
                scan.prev
                    .filter(|p| measure == Measure::Prior && p.unit.same_unit(&c.unit))
                    .and_then(|p| p.per.clone())
            });
        // Skip over a denominator written right after, so it is not read again.
        let next = self
            .lx
            .per
            .match_at(&self.toks, e, self.src)
            .map_or(e, |h| e.max(h.end.min(self.toks.len())));
        let m = Mention {
            start: self.toks[s].start,
            end: self.toks[e - 1].end,
            low: c.low,
            high: c.high,
            unit: c.unit,
            qualifier: qualifier.unwrap_or(Qualifier::Exact),
            measure,
            direction,
            per,
        };
        Some((vec![m], next))
    }

    /// The measure and direction of a candidate starting at token `s`: what the words around
    /// it say (see [`Sentence::measure`]), a signed percentage a change, and rule
    /// `compared_prior`, a level after "up from", "jämfört med" the figure an earlier period
    /// had.
    fn measure_of(&self, c: &Candidate, s: usize, scan: Scan) -> (Measure, Option<Direction>) {
        let kind = c.unit.kind;
        let (mut measure, mut direction) = self.measure(s, c.end, kind, scan.prev);
        if let (Measure::Level, Some(d), Kind::Percent) = (measure, c.n.signed, kind) {
            measure = Measure::Change;
            direction = Some(d);
        }
        // Rule `restated_change`: "rose 41.8 points, or 1.24%": the same change again.
        if let Some(p) = scan.prev.filter(|p| p.measure == Measure::Change) {
            let words: Vec<&str> = (scan.floor..s)
                .map(|i| self.toks[i].lower.as_str())
                .collect();
            if measure == Measure::Level
                && matches!(words.as_slice(), [",", w] if self.lx.restating.contains(*w))
            {
                measure = Measure::Change;
                direction = p.direction;
            }
        }
        let compared = s > scan.floor
            && self
                .lx
                .prior_before
                .match_ending(&self.toks, s - 1, scan.floor, self.src)
                .is_some();
        let counted_before = scan.prev.is_some_and(|p| p.unit.same_unit(&c.unit));
        if measure == Measure::Level
            && c.high <= c.low
            && compared
            && (kind != Kind::Count || counted_before)
        {
            measure = Measure::Prior;
        }
        (measure, direction)
    }
}

impl Candidate {
    /// A candidate of one figure with its scale, ending before token `end`.
    fn single(n: Number, scale: f64, unit: UnitDef, end: usize, q: Option<Qualifier>) -> Self {
        let v = n.value * scale;
        Candidate {
            start: n.start,
            n,
            end,
            low: v,
            high: v,
            unit,
            qualifier: q,
            per: None,
        }
    }
}
