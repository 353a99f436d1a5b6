//! Reading numbers: digit literals in either decimal convention, number words, scale words.

use super::*;

/// Reads a digit literal (`28,7`, `126.000`, `1,234.5`) by the language's decimal separator.
pub fn parse_literal(lit: &str, decimal: char) -> Option<f64> {
    let seps: Vec<(usize, char)> = lit
        .char_indices()
        .filter(|(_, c)| *c == '.' || *c == ',')
        .collect();
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let groups_ok = |s: &str| {
        let parts: Vec<&str> = s.split(['.', ',']).collect();
        parts[0].len() <= 3 && parts[1..].iter().all(|p| p.len() == 3)
    };
    match seps.as_slice() {
        [] => lit.parse().ok(),
        [(i, c)] => {
            let (a, b) = (&lit[..*i], &lit[i + 1..]);
            if *c != decimal && b.len() == 3 && (1..=3).contains(&a.len()) && a != "0" {
                format!("{a}{b}").parse().ok()
            } else {
                format!("{a}.{b}").parse().ok()
            }
        }
        _ => {
            let (li, lc) = *seps.last()?;
            let mixed = seps.iter().any(|(_, c)| *c != lc);
            if mixed {
                // The last separator is the decimal one; the others group.
                let int = &lit[..li];
                if seps[..seps.len() - 1].iter().any(|(_, c)| *c == lc) || !groups_ok(int) {
                    return None;
                }
                format!("{}.{}", digits(int), &lit[li + 1..]).parse().ok()
            } else if groups_ok(lit) {
                digits(lit).parse().ok()
            } else {
                None
            }
        }
    }
}

/// Whether a digit literal could be a year: four digits from 1800 to 2100.
fn is_year(lit: &str) -> bool {
    lit.len() == 4
        && lit.bytes().all(|b| b.is_ascii_digit())
        && lit.parse::<u32>().is_ok_and(|v| (1800..=2100).contains(&v))
}

impl Sentence<'_> {
    /// Whether a hedge ends right before token `i` ("more than double", "nästan var fjärde").
    fn hedged_before(&self, i: usize) -> bool {
        i > 0
            && self
                .lx
                .hedges_before
                .match_ending(&self.toks, i - 1, 0, self.src)
                .is_some()
    }

    /// A digit fraction at token `k`, "1/4" with nothing between, its parts whole and the
    /// numerator under a denominator of 2 to 16: its value and the token after it.
    fn digit_fraction_at(&self, k: usize) -> Option<(f64, usize)> {
        let toks = &self.toks;
        let (a, slash, b) = (toks.get(k)?, toks.get(k + 1)?, toks.get(k + 2)?);
        let written = a.kind == TokKind::Num && b.kind == TokKind::Num;
        if !(written && slash.lower == "/" && slash.gap == 0 && b.gap == 0) {
            return None;
        }
        let (x, y) = (a.lower.parse::<u32>().ok()?, b.lower.parse::<u32>().ok()?);
        ((2..=16).contains(&y) && x > 0 && x < y).then(|| (f64::from(x) / f64::from(y), k + 3))
    }

    /// A number starting at token `i`, which may be its sign: "-20" read from the "-".
    pub(super) fn number_from(&self, i: usize) -> Option<Number> {
        self.number_at(i)
            .or_else(|| self.number_at(i + 1).filter(|n| n.start == i))
    }

    /// A number starting at token `i`: digits with their grouping, or number words.
    pub(super) fn number_at(&self, i: usize) -> Option<Number> {
        let masks = self.masks;
        let t = self.toks.get(i)?;
        // Masks are sorted and disjoint: the first one ending after the token's start is the
        // only one that may overlap it.
        let k = masks.partition_point(|&(_, b)| b <= t.start);
        if masks.get(k).is_some_and(|&(a, _)| a < t.end) {
            return None;
        }
        let mut n = match t.kind {
            TokKind::Num => self.digits_at(i),
            TokKind::Word => self.words_at(i),
            TokKind::Sym => None,
        }?;
        // A sign written as a word: "minus fem procent".
        if n.signed.is_none()
            && n.start > 0
            && self
                .word(n.start - 1)
                .is_some_and(|w| self.lx.negative_words.contains(w))
        {
            n.start -= 1;
            n.signed = Some(Direction::Down);
            n.value = -n.value;
        }
        self.add_fraction(&mut n);
        self.bare_fraction(&mut n);
        self.fraction_after(&mut n);
        Some(n)
    }

    /// Rule `fraction_after`: a whole number and a fraction word after it, before a scale
    /// word or a unit, are that share of it: "a quarter million", "three quarters billion",
    /// "one-half miles", "one-third mile". An ordinal is a fraction only joined by a hyphen
    /// ("a third day" is no fraction of a day).
    fn fraction_after(&self, n: &mut Number) {
        if n.value.fract() != 0.0 || n.value <= 0.0 || n.year_like || n.glued.is_some() {
            return;
        }
        let toks = &self.toks;
        let hyphen = toks
            .get(n.end)
            .is_some_and(|t| t.lower == "-" && t.gap == 0)
            && self.adjacent(n.end + 1);
        let k = n.end + usize::from(hyphen);
        let Some(w) = self.word(k) else { return };
        let lx = self.lx;
        let d = lx
            .fraction_words
            .get(w)
            .or_else(|| lx.ordinal_fractions.get(w).filter(|_| hyphen));
        let Some(d) = d.copied() else { return };
        // "a half-year loss" is a period: the fraction stands apart from what follows.
        if self.adjacent(k + 1) {
            return;
        }
        let scaled = self.scales_at(k + 1).0 > 1.0;
        let unit = || {
            self.unit_at(k + 1).is_some_and(|(u, _)| {
                !matches!(
                    u.kind,
                    crate::model::Kind::Count | crate::model::Kind::Index
                )
            })
        };
        if scaled || unit() {
            n.value /= d;
            n.end = k + 1;
            n.article = false;
            n.digits = false;
        }
    }

    /// Rule `bare_fraction`: "a 1/4 inch gap", "3/4 mile": a digit fraction right before a
    /// unit is that share of it ("1/4" alone may be a date).
    fn bare_fraction(&self, n: &mut Number) {
        if !n.digits || n.end != n.start + 1 {
            return;
        }
        let Some((value, end)) = self.digit_fraction_at(n.start) else {
            return;
        };
        let unit = self
            .unit_at(end)
            .is_some_and(|(u, _)| u.kind != crate::model::Kind::Count);
        if unit {
            n.value = value;
            n.end = end;
            n.year_like = false;
        }
    }

    /// Rule `clock_duration`: "H:MM:SS" is a duration, in seconds ("won in 2:06:41"), unless
    /// words around it make it a time of day ("at 10:45:30", "10:45:30 GMT"). "H:MM" stays
    /// a time of day. Returns the mention and the token after it.
    pub(super) fn clock_duration_at(&self, i: usize, floor: usize) -> Option<(Mention, usize)> {
        let toks = &self.toks;
        let part = |k: usize, max: u32| {
            toks.get(k)
                .filter(|t| t.kind == TokKind::Num && (k == i || t.gap == 0))
                .filter(|t| (k == i && t.lower.len() <= 2) || t.lower.len() == 2)
                .and_then(|t| t.lower.parse::<u32>().ok())
                .filter(|v| *v <= max)
        };
        let colon = |k: usize| toks.get(k).is_some_and(|t| t.lower == ":" && t.gap == 0);
        if i < floor || (i > 0 && toks[i].gap == 0) {
            return None;
        }
        let h = part(i, 99)?;
        let (m, s) = (
            colon(i + 1).then(|| part(i + 2, 59))??,
            colon(i + 3).then(|| part(i + 4, 59))??,
        );
        let end = i + 5;
        // Nothing glued after: "2:06:41" ends there (not "1:02:50:10" nor "2:06:41.5").
        if toks
            .get(end)
            .is_some_and(|t| t.gap == 0 && !is_clause_break(t))
        {
            return None;
        }
        let lx = self.lx;
        let before = i.checked_sub(1).and_then(|p| self.word(p));
        let after = self.word(end);
        if before.is_some_and(|w| lx.clock_before.contains(w))
            || after.is_some_and(|w| lx.clock_after.contains(w))
        {
            return None;
        }
        let value = f64::from(h * 3600 + m * 60 + s);
        let m = Mention {
            start: toks[i].start,
            end: toks[end - 1].end,
            low: value,
            high: value,
            unit: UnitDef::canonical(Kind::Duration, "second".into()),
            qualifier: Qualifier::Exact,
            measure: Measure::Level,
            direction: None,
            per: None,
        };
        Some((m, end))
    }

    /// Rule `mixed_fraction`: a whole number and a fraction after it are one number: "two and
    /// a half miles", "2 1/2 in", "tre och en halv timme".
    fn add_fraction(&self, n: &mut Number) {
        if n.value.fract() != 0.0 || n.year_like || n.article {
            return;
        }
        let toks = &self.toks;
        let sign = if n.value < 0.0 { -1.0 } else { 1.0 };
        if let Some(h) = self.lx.half_after.match_at(toks, n.end, self.src) {
            n.value += sign * 0.5;
            n.end = h.end;
            return;
        }
        // "2 1/2": a digit fraction written a space after the whole.
        if !n.digits || toks.get(n.end).is_none_or(|t| t.gap != 1) {
            return;
        }
        let Some((value, end)) = self.digit_fraction_at(n.end) else {
            return;
        };
        if toks
            .get(end)
            .is_none_or(|t| t.gap > 0 || t.kind != TokKind::Num)
        {
            n.value += sign * value;
            n.end = end;
        }
    }

    /// Whether a currency written before a number ends at token `p` ("$", "SEK", "MEUR").
    fn currency_ends_at(&self, p: usize) -> bool {
        self.lx
            .currency_before
            .match_ending(&self.toks, p, 0, self.src)
            .is_some()
    }

    pub(super) fn digits_at(&self, i: usize) -> Option<Number> {
        let toks = &self.toks;
        // Part of a name or code: "G20", "F-35", "COVID-19" (not "$12", "SEK12").
        if i > 0 && toks[i].gap == 0 && !self.currency_ends_at(i - 1) {
            let p = &toks[i - 1];
            if p.kind == TokKind::Word || p.kind == TokKind::Num {
                return None;
            }
            if p.lower == "-" && i > 1 && p.gap == 0 && toks[i - 2].kind == TokKind::Word {
                return None;
            }
            if matches!(p.lower.as_str(), "#" | "§" | "/" | ":" | "." | "_" | "@") {
                return None;
            }
        }
        let mut value = parse_literal(&toks[i].lower, self.lx.decimal)?;
        let mut end = i + 1;
        let first = &toks[i].lower;
        let mut int_so_far = first.chars().all(|c| c.is_ascii_digit());
        // Thousands grouped by a (no-break, thin) space: "10 000", "18 442".
        if int_so_far && first.len() <= 3 {
            while let Some(n) = toks.get(end).filter(|n| n.kind == TokKind::Num) {
                let grouped = n.gap == 1 && !n.gap_newline && self.single_space_before(end);
                let (head, tail) = n.lower.split_at(n.lower.len().min(3));
                let three = head.len() == 3 && head.chars().all(|c| c.is_ascii_digit());
                let tail_ok = tail.is_empty()
                    || (tail.starts_with(self.lx.decimal)
                        && tail[1..].chars().all(|c| c.is_ascii_digit()));
                if !(grouped && int_so_far && three && tail_ok) {
                    break;
                }
                let frac: f64 = if tail.is_empty() {
                    0.0
                } else {
                    format!("0.{}", &tail[1..]).parse().ok()?
                };
                value = value * 1000.0 + head.parse::<f64>().ok()? + frac;
                int_so_far = tail.is_empty();
                end += 1;
            }
        }
        let year_like = end == i + 1 && is_year(first);
        let mut n = Number {
            start: i,
            end,
            value,
            digits: true,
            year_like,
            article: false,
            signed: None,
            glued: None,
        };
        // An explicit sign: "+5 %", "-13,1", "−4.2%" (not the dash of a range "10-15").
        if i > 0 && toks[i].gap == 0 {
            let s = &toks[i - 1];
            // Rule `glued_year_sign`: a year glued before a signed figure, as a flattened row
            // leaves it ("2024+6 procent 2023+7 procent"), does not hide the sign.
            // Not an ASCII "-", which joins years and ranges ("2024-25").
            let year_glued = i > 1 && s.lower != "-" && {
                let y = &toks[i - 2];
                y.kind == TokKind::Num && is_year(&y.lower) && (i == 2 || y.gap > 0)
            };
            // Rule `sign_after_currency`: "$-99.99", "€-5".
            let before_ok = i == 1
                || s.gap > 0
                || toks[i - 2].lower == "("
                || year_glued
                || self.currency_ends_at(i - 2);
            let dir = match s.lower.as_str() {
                "+" => Some(Direction::Up),
                "-" | "−" => Some(Direction::Down),
                _ => None,
            };
            if let (Some(d), true) = (dir, before_ok) {
                n.start = i - 1;
                n.signed = Some(d);
                if d == Direction::Down {
                    n.value = -n.value;
                }
            }
        }
        Some(n)
    }

    /// Whether exactly one whitespace character (space, no-break or thin space) precedes token `i`.
    pub(super) fn single_space_before(&self, i: usize) -> bool {
        let gap = &self.src[self.toks[i - 1].end..self.toks[i].start];
        gap.chars().count() == 1
            && matches!(gap, " " | "\u{a0}" | "\u{2009}" | "\u{202f}" | "\u{2007}")
    }

    pub(super) fn words_at(&self, i: usize) -> Option<Number> {
        let lx = self.lx;
        let w = self.toks[i].lower.as_str();
        let mk = |end, value, article| Number {
            start: i,
            end,
            value,
            digits: false,
            year_like: false,
            article,
            signed: None,
            glued: None,
        };
        if lx.articles.contains(w) {
            // Rule `article_half`: "en halv minut", "ett halvt dygn", "a half hour".
            if self.word(i + 1).is_some_and(|h| lx.half_words.contains(h))
                && self.unit_at(i + 2).is_some()
                && !self.adjacent(i + 2)
            {
                return Some(mk(i + 2, 0.5, false));
            }
            // "a dozen", "ett dussin": the article stands before a number word.
            if let Some(v) = self.word(i + 1).and_then(|n| lx.number_words.get(n)) {
                if *v >= 12.0 {
                    return Some(mk(i + 2, *v, false));
                }
            }
            return Some(mk(i + 1, 1.0, true));
        }
        if let Some(v) = lx.number_words.get(w) {
            return Some(mk(i + 1, *v, false));
        }
        let units = |n: Option<&str>| {
            n.and_then(|n| lx.number_words.get(n))
                .filter(|v| (1.0..=9.0).contains(*v))
        };
        if let Some(t) = lx.tens.get(w) {
            // "twenty-five", "twenty five"
            let dash = self
                .toks
                .get(i + 1)
                .is_some_and(|x| x.lower == "-" && x.gap == 0)
                && self.adjacent(i + 2);
            let k = if dash { i + 2 } else { i + 1 };
            if let Some(u) = units(self.word(k)) {
                return Some(mk(k + 1, t + u, false));
            }
            return Some(mk(i + 1, *t, false));
        }
        // Compounds written as one word: "tjugofem".
        if let Some(v) = lx.compounds.get(w) {
            return Some(mk(i + 1, *v, false));
        }
        // Rule `fraction_of_a_scale`: "half a million", "half million usd": the fraction of
        // the scale word after it; and of a unit after an article ("half an hour").
        let share = (lx.fraction_values.get(w).copied())
            .or_else(|| lx.fraction_words.get(w).map(|d| 100.0 / d));
        if let Some(share) = share {
            let article = self.word(i + 1).is_some_and(|a| lx.articles.contains(a));
            let k = i + 1 + usize::from(article);
            let (scale, _) = self.scales_at(k);
            // Not "half a point": points of an index or of a percentage, the text rarely says.
            let unit = self.unit_at(k).filter(|(u, _)| {
                !matches!(
                    u.kind,
                    crate::model::Kind::Count | crate::model::Kind::Index
                )
            });
            if scale > 1.0 || (article && unit.is_some()) {
                return Some(mk(k, share / 100.0, false));
            }
        }
        // Rule `fraction_word`: "half" is 50% where it measures something: before "of" or
        // "the", or after a hedge ("more than half"), not as a period ("the first half").
        if lx.fractions.contains(w) {
            let next = self
                .word(i + 1)
                .is_some_and(|n| lx.fraction_after.contains(n));
            let hedged = self.hedged_before(i);
            let period = i > 0
                && self
                    .word(i - 1)
                    .is_some_and(|p| lx.fraction_not_after.contains(p));
            if period || !(next || hedged) {
                return None;
            }
        }
        // Rule `every_nth`: "var fjärde kommun", "every fifth adult" is a share, in percent.
        if lx.every_words.contains(w) {
            let d = self.word(i + 1).and_then(|n| lx.every_ordinals.get(n))?;
            // At a clause's start, after a hedge or a preposition ("nästan var fjärde", "för
            // var tredje"): after a subject "var" is a verb ("det var tredje gången"). Before
            // a duration it says how often ("every third week").
            let before_ok = i == 0
                || self.toks[i - 1].kind != TokKind::Word
                || self.hedged_before(i)
                || self.word(i - 1).is_some_and(|p| {
                    lx.year_prepositions.contains(p) || lx.level_before.contains(p)
                });
            let how_often = lx
                .units
                .match_at(&self.toks, i + 2, self.src)
                .is_some_and(|h| h.value.kind == crate::model::Kind::Duration);
            if !before_ok || how_often {
                return None;
            }
            return Some(Number {
                glued: Some(crate::lexicon::UnitDef::percent()),
                ..mk(i + 2, 100.0 / d, false)
            });
        }
        // Rule `multiplier_word`: "more than double", "double the rate", "to double",
        // "dubbelt så mycket"; not "a double room".
        if let Some((v, ratio)) = lx.multiplier_words.get(w) {
            let next = self
                .word(i + 1)
                .is_some_and(|n| lx.multiplier_after.contains(n));
            let to = i
                .checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|b| lx.multiplier_before.contains(b));
            // "double-digit", "dubbelrum"-like compounds: nothing glued after.
            let glued = self
                .toks
                .get(i + 1)
                .is_some_and(|t| t.gap == 0 && (t.kind == TokKind::Word || t.lower == "-"));
            if (next || self.hedged_before(i) || to) && !glued {
                return Some(Number {
                    glued: Some(ratio.clone()),
                    ..mk(i + 1, *v, false)
                });
            }
            return None;
        }
        // A number word glued to a unit: "femårigt", "tioåriga".
        let (v, unit) = lx.glued_numbers.get(w)?;
        Some(Number {
            glued: Some(unit.clone()),
            ..mk(i + 1, *v, false)
        })
    }

    /// Scale words after a number: "billion", "miljarder", attached "m"/"bn".
    pub(super) fn scales_at(&self, mut j: usize) -> (f64, usize) {
        let mut scale = 1.0;
        for _ in 0..2 {
            let Some(t) = self.toks.get(j) else { break };
            if t.kind != TokKind::Word {
                break;
            }
            if t.gap == 0 {
                if let Some(s) = self.lx.attached_scales.get(&t.lower) {
                    scale *= s;
                    j += 1;
                    continue;
                }
            }
            match self.lx.scales.match_at(&self.toks, j, self.src) {
                Some(h) => {
                    scale *= h.value;
                    j = h.end;
                }
                None => break,
            }
        }
        (scale, j)
    }
}
