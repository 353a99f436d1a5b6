//! Time phrases: reading them ("in September", "Q3 2025", "two decades ago") and the
//! periods they name, resolved against the document's date.

use super::lexicon::*;
use super::read::Reader;
use crate::lexicon::Lexicon;
use crate::model::Date;
use crate::token::{TokKind, Token};

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum When {
    Now,
    Relative(Period, i32),
    Month(u32, Option<i32>),
    Weekday(u32),
    Ago(Period, i32),
    /// "the next five years": from the document's date on.
    Ahead(Period, i32),
    Year(i32),
    Until(i32),
    Quarter(u32, Option<i32>),
    /// The `n` months to the end of a month: "the September quarter" (3), "the three months
    /// to September 30", "the half-year ended 31 December" (6).
    MonthsTo(u32, u32, Option<i32>),
    Half(u32, Option<i32>),
    /// The months from January to the n-th: "the first six months of 2026".
    FirstMonths(u32, Option<i32>),
    /// A run of months: "January-March", "april–juni 2025".
    Months(u32, u32, Option<i32>),
    /// The period the passage has named: "in the period", "under kvartalet".
    Same,
    /// An ISO week by its number: "vecka 46", "week 46 of 2025".
    Week(u32, Option<i32>),
}

#[derive(Debug, Clone, Copy)]
pub(super) struct TimeHit {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) when: When,
    /// After "from", "since", "jämfört med": a base of comparison for a change, the start
    /// of the period for a level ("From 2026, exports are capped at..."). Its cue's token.
    pub(super) baseline: Option<usize>,
    /// Right after a verb of saying ("said on Sunday", "presenterade på tisdagen"): when
    /// the figure was told, not the period it is of.
    pub(super) of_saying: bool,
}

pub(super) fn year_of(t: &Token) -> Option<i32> {
    if t.kind != TokKind::Num || t.lower.len() != 4 {
        return None;
    }
    t.lower.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// A number written as digits or a word of the language ("two", "ett").
pub(super) fn small_number(t: &Token, lx: &Lexicon) -> Option<i32> {
    match t.kind {
        TokKind::Num => t.lower.parse().ok(),
        TokKind::Word => lx
            .number_words
            .get(&t.lower)
            .map(|&v| v as i32)
            .or_else(|| lx.articles.contains(&t.lower).then_some(1)),
        TokKind::Sym => None,
    }
}

impl Reader<'_> {
    /// A time phrase starting at token `i`: its end and meaning.
    pub(super) fn time_at(&self, toks: &[Token], i: usize, free: &[bool]) -> Option<(usize, When)> {
        let (lc, lx, text) = (self.lc, self.lx, self.text);
        let ok = |k: usize| k < toks.len() && free[k];
        let year_at = |k: usize| {
            (ok(k) && toks[k].gap > 0)
                .then(|| year_of(&toks[k]))
                .flatten()
        };
        // The year after a period, directly or linked ("the fourth quarter of 2024"): the
        // phrase's end and the year.
        let year_after = |k: usize| -> (usize, Option<i32>) {
            if let Some(y) = year_at(k) {
                return (k + 1, Some(y));
            }
            match lc.year_links.match_at(toks, k, text) {
                Some(h) => match year_at(h.end) {
                    Some(y) => (h.end + 1, Some(y)),
                    None => (k, None),
                },
                None => (k, None),
            }
        };
        let dash = |k: usize| ok(k) && matches!(toks[k].lower.as_str(), "-" | "–" | "—");
        if let Some(h) = lc.now.match_at(toks, i, text) {
            return Some((h.end, When::Now));
        }
        if let Some(h) = lc.relative.match_at(toks, i, text) {
            // "i år 2024": the year says it.
            if let Some(y) = year_at(h.end) {
                return Some((h.end + 1, When::Year(y)));
            }
            return Some((h.end, When::Relative(h.value.0, h.value.1)));
        }
        let t = &toks[i];
        if let Some(&m) = lx.months.get(&t.lower) {
            // "January-March", "april–juni 2025"
            if let Some(&m2) = dash(i + 1)
                .then(|| toks.get(i + 2).and_then(|t| lx.months.get(&t.lower)))
                .flatten()
                .filter(|&&m2| m2 > m)
            {
                let (end, y) = year_after(i + 3);
                return Some((end, When::Months(m, m2, y)));
            }
            if let Some(q) = lc.quarters.match_at(toks, i + 1, text) {
                let y = year_at(q.end);
                return Some((q.end + y.is_some() as usize, When::MonthsTo(3, m, y)));
            }
            if let Some(y) = year_at(i + 1) {
                return Some((i + 2, When::Month(m, Some(y))));
            }
            // After a preposition of time or "since" ("i oktober", "sedan oktober"; not
            // after any base's cue: "more than may be needed").
            let after_prep = i > 0
                && (lc.prepositions.match_ending(toks, i - 1, 0, text).is_some()
                    || lc.since.contains(&toks[i - 1].lower));
            let capital_name =
                t.text(text).starts_with(char::is_uppercase) && t.lower.chars().count() >= 4;
            if after_prep || capital_name {
                return Some((i + 1, When::Month(m, None)));
            }
        }
        if let Some(h) = lc.weekdays.match_at(toks, i, text) {
            return Some((h.end, When::Weekday(*h.value)));
        }
        // "vecka 46", "week 46 of 2025": a week by its number.
        if let Some(h) = lc.week_numbers.match_at(toks, i, text) {
            let k = h.end;
            let n = (ok(k) && toks[k].kind == TokKind::Num && toks[k].gap > 0)
                .then(|| toks[k].lower.parse::<u32>().ok())
                .flatten()
                .filter(|n| (1..=53).contains(n));
            if let Some(n) = n {
                let (end, y) = year_after(k + 1);
                return Some((end, When::Week(n, y)));
            }
        }
        // "two decades ago", "för två decennier sedan"
        let n_at = if lc.ago_before.match_at(toks, i, text).is_some() {
            i + 1
        } else {
            i
        };
        if ok(n_at) {
            if let Some(n) = small_number(&toks[n_at], lx) {
                if let Some(p) = lc.periods.match_at(toks, n_at + 1, text) {
                    if let Some(a) = lc.ago.match_at(toks, p.end, text) {
                        return Some((a.end, When::Ago(*p.value, n)));
                    }
                }
            }
        }
        // "the three months to September 30", "the quarter ended 31 March", "halvåret till
        // och med juni": a run of months to the end of a month.
        let month_date = |k: usize| -> Option<(usize, u32, Option<i32>)> {
            let day = |j: usize| {
                ok(j)
                    && toks[j].kind == TokKind::Num
                    && (1..=31).contains(&toks[j].lower.parse::<u32>().unwrap_or(0))
            };
            let k = if day(k) { k + 1 } else { k };
            let m = *lx.months.get(&toks.get(k)?.lower)?;
            let mut e = k + 1;
            if day(e) {
                e += 1;
            }
            if toks.get(e).is_some_and(|t| t.lower == ",") && year_at(e + 1).is_some() {
                e += 1;
            }
            let y = year_at(e);
            Some((e + y.is_some() as usize, m, y))
        };
        let months_to = |k: usize, n: u32| {
            let h = lc.ending.match_at(toks, k, text)?;
            let (e, m, y) = month_date(h.end)?;
            Some((e, When::MonthsTo(n, m, y)))
        };
        if let Some(n) = small_number(t, lx).filter(|n| (1..=12).contains(n)) {
            if let Some(p) = lc
                .periods
                .match_at(toks, i + 1, text)
                .filter(|p| *p.value == Period::Month)
            {
                if let Some(hit) = months_to(p.end, n as u32) {
                    return Some(hit);
                }
            }
        }
        // A quarter or a half at `k` to the end of a month: "quarter ended 30 September".
        let part_to = |k: usize| {
            let (h, n) = match lc.quarters.match_at(toks, k, text) {
                Some(q) => (q, 3),
                None => (lc.halves.match_at(toks, k, text)?, 6),
            };
            months_to(h.end, n)
        };
        if let Some(hit) = part_to(i) {
            return Some(hit);
        }
        // "the next five years", "de kommande tre åren"
        if let Some(h) = lc.ahead.match_at(toks, i, text) {
            // The number and period may be a duration fact of their own ("tre åren").
            if let Some(n) = toks.get(h.end).and_then(|t| small_number(t, lx)) {
                if let Some(p) = lc.periods.match_at(toks, h.end + 1, text) {
                    return Some((p.end, When::Ahead(*p.value, n)));
                }
            }
        }
        // "Q3 2025", "third quarter", "första halvåret"
        // ("Kv 3 2025": a code of two letters or more may stand apart.)
        let apart = |k: usize| toks[k].gap == 0 || (toks[i].lower.len() >= 2 && toks[k].gap == 1);
        if lc.quarter_codes.match_at(toks, i, text).is_some() && ok(i + 1) && apart(i + 1) {
            if let Ok(q @ 1..=4) = toks[i + 1].lower.parse::<u32>() {
                let y = year_at(i + 2);
                return Some((i + 2 + y.is_some() as usize, When::Quarter(q, y)));
            }
        }
        if let Some(o) = lc.ordinals.match_at(toks, i, text) {
            let n = *o.value;
            // "fourth-quarter revenue"
            let at = if dash(o.end) && toks[o.end].gap == 0 {
                o.end + 1
            } else {
                o.end
            };
            if let Some(q) = lc.quarters.match_at(toks, at, text).filter(|_| n <= 4) {
                let (end, y) = year_after(q.end);
                return Some((end, When::Quarter(n, y)));
            }
            if let Some(h) = lc.halves.match_at(toks, at, text).filter(|_| n <= 2) {
                let (end, y) = year_after(h.end);
                return Some((end, When::Half(n, y)));
            }
            // "the first six months of 2026", "de första nio månaderna"
            if let Some(k) = (n == 1)
                .then(|| toks.get(o.end).and_then(|t| small_number(t, lx)))
                .flatten()
                .filter(|k| (1..=12).contains(k))
            {
                if let Some(p) = lc
                    .periods
                    .match_at(toks, o.end + 1, text)
                    .filter(|p| *p.value == Period::Month)
                {
                    let (end, y) = year_after(p.end);
                    return Some((end, When::FirstMonths(k as u32, y)));
                }
            }
        }
        if let Some(y) = year_of(t) {
            // Not part of a longer number-like run ("2024-25", "2025/26").
            let glued =
                |k: usize| k < toks.len() && toks[k].gap == 0 && toks[k].kind != TokKind::Word;
            // Nor a path's part ("img/2026/01").
            let in_path = i > 0 && toks[i].gap == 0 && toks[i - 1].lower == "/";
            let run = glued(i + 1) && matches!(toks[i + 1].lower.as_str(), "-" | "/" | "–");
            if !(in_path || run) {
                let until = i > 0 && lc.until.match_ending(toks, i - 1, 0, text).is_some();
                return Some((i + 1, if until { When::Until(y) } else { When::Year(y) }));
            }
        }
        if let Some(h) = lc.same_period.match_at(toks, i, text) {
            // "the quarter ended 30 September": the months it names.
            if let Some(hit) = part_to(h.end - 1) {
                return Some(hit);
            }
            // "under perioden januari–mars": the period named right after says which.
            let named = (h.end < toks.len())
                .then(|| self.time_at(toks, h.end, free))
                .flatten()
                .filter(|(_, w)| *w != When::Same);
            return Some(named.unwrap_or((h.end, When::Same)));
        }
        None
    }
}

pub(super) fn month_span(y: i32, m: u32) -> (Option<Date>, Option<Date>) {
    let first = Date::new(y, m, 1);
    let last = (28..=31).rev().find_map(|d| Date::new(y, m, d));
    (first, last)
}

pub(super) fn shift_month(y: i32, m: u32, k: i32) -> (i32, u32) {
    let idx = y * 12 + (m as i32 - 1) + k;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

/// Monday to Sunday of ISO week `n` of year `y` (week 1 holds 4 January).
pub(super) fn iso_week(y: i32, n: u32) -> (Option<Date>, Option<Date>) {
    let Some(jan4) = Date::new(y, 1, 4) else {
        return (None, None);
    };
    let days = jan4.days_since_epoch();
    let monday1 = days - (days + 3).rem_euclid(7);
    // A year has 52 weeks or 53: 28 December is always in its last.
    let weeks = Date::new(y, 12, 28).map_or(52, |d| (d.days_since_epoch() - monday1) / 7 + 1);
    if n as i32 > weeks {
        return (None, None);
    }
    let monday = monday1 + 7 * (n as i32 - 1);
    (Date::from_days(monday), Date::from_days(monday + 6))
}

pub(super) fn year_span(y: i32) -> (Option<Date>, Option<Date>) {
    (Date::new(y, 1, 1), Date::new(y, 12, 31))
}

pub(super) fn months_span(y: i32, first: u32, n: u32) -> (Option<Date>, Option<Date>) {
    let (a, _) = month_span(y, first);
    let (_, b) = month_span(y, first + n - 1);
    (a, b)
}

/// The year of the latest period starting in `month` that has begun by `d`: "in
/// September" written in October is this year's, written in March last year's.
fn latest_year(month: u32, d: Date) -> i32 {
    if month <= d.month {
        d.year
    } else {
        d.year - 1
    }
}

/// The period a time phrase names, against the document date where it needs one.
pub(super) fn resolve(when: When, date: Option<Date>) -> (Option<Date>, Option<Date>) {
    let d = date;
    match when {
        When::Year(y) => year_span(y),
        When::Until(y) => (None, Date::new(y, 12, 31)),
        When::Month(m, Some(y)) => month_span(y, m),
        When::Quarter(q, Some(y)) => months_span(y, 3 * q - 2, 3),
        When::Half(h, Some(y)) => months_span(y, 6 * h - 5, 6),
        When::FirstMonths(n, Some(y)) => months_span(y, 1, n),
        When::Months(a, b, Some(y)) => months_span(y, a, b - a + 1),
        When::Same => (None, None),
        When::Week(n, Some(y)) => iso_week(y, n),
        When::MonthsTo(n, m, Some(y)) => {
            let (y0, m0) = shift_month(y, m, 1 - n as i32);
            let (a, _) = month_span(y0, m0);
            (a, month_span(y, m).1)
        }
        _ => {
            let Some(d) = d else {
                return (None, None);
            };
            match when {
                When::Now => (Some(d), Some(d)),
                When::Relative(p, k) | When::Ago(p, k) => {
                    let k = if matches!(when, When::Ago(..)) { -k } else { k };
                    match p {
                        Period::Year => year_span(d.year + k),
                        Period::Decade => year_span(d.year + 10 * k),
                        Period::Quarter => {
                            let q0 = (d.month - 1) / 3;
                            let (y, m) = shift_month(d.year, q0 * 3 + 1, 3 * k);
                            months_span(y, m, 3)
                        }
                        Period::Month => {
                            let (y, m) = shift_month(d.year, d.month, k);
                            month_span(y, m)
                        }
                        Period::Week => {
                            let days = d.days_since_epoch();
                            let monday = days - (days + 3).rem_euclid(7) + 7 * k;
                            (Date::from_days(monday), Date::from_days(monday + 6))
                        }
                        Period::Day => {
                            let x = Date::from_days(d.days_since_epoch() + k);
                            (x, x)
                        }
                    }
                }
                When::Month(m, None) => month_span(latest_year(m, d), m),
                // The latest such week begun by the document's date.
                When::Week(n, None) => match iso_week(d.year, n) {
                    (Some(a), _) if a > d => iso_week(d.year - 1, n),
                    span => span,
                },
                When::FirstMonths(n, None) => months_span(latest_year(n, d), 1, n),
                When::Months(a, b, None) => months_span(latest_year(a, d), a, b - a + 1),
                When::Ahead(p, n) => {
                    let months = match p {
                        Period::Year => 12 * n,
                        Period::Decade => 120 * n,
                        Period::Quarter => 3 * n,
                        Period::Month => n,
                        Period::Week | Period::Day => {
                            let days = if p == Period::Week { 7 * n } else { n };
                            return (Some(d), Date::from_days(d.days_since_epoch() + days));
                        }
                    };
                    let (y, m) = shift_month(d.year, d.month, months);
                    let end = (1..=d.day).rev().find_map(|day| Date::new(y, m, day));
                    (Some(d), end)
                }
                When::MonthsTo(n, m, None) => {
                    resolve(When::MonthsTo(n, m, Some(latest_year(m, d))), None)
                }
                When::Weekday(w) => {
                    let days = d.days_since_epoch();
                    let back = ((days + 3).rem_euclid(7) - w as i32).rem_euclid(7);
                    let x = Date::from_days(days - back);
                    (x, x)
                }
                When::Quarter(q, None) => months_span(latest_year(3 * q - 2, d), 3 * q - 2, 3),
                When::Half(h, None) => months_span(latest_year(6 * h - 5, d), 6 * h - 5, 6),
                _ => (None, None),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<Date> {
        crate::clean::parse_iso_date(s)
    }

    #[test]
    fn periods_resolve_against_the_document_date() {
        let d = date("2025-10-21");
        let r = |w| {
            let (a, b) = resolve(w, d);
            (a.map(|x| x.to_string()), b.map(|x| x.to_string()))
        };
        let s = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
        assert_eq!(r(When::Month(9, None)), s("2025-09-01", "2025-09-30"));
        assert_eq!(r(When::Month(11, None)), s("2024-11-01", "2024-11-30"));
        assert_eq!(
            r(When::Relative(Period::Year, -1)),
            s("2024-01-01", "2024-12-31")
        );
        assert_eq!(
            r(When::Ago(Period::Decade, 2)),
            s("2005-01-01", "2005-12-31")
        );
        // 2025-10-21 is a Tuesday: "on Monday" is the day before.
        assert_eq!(r(When::Weekday(0)), s("2025-10-20", "2025-10-20"));
        assert_eq!(r(When::Weekday(1)), s("2025-10-21", "2025-10-21"));
        assert_eq!(r(When::Quarter(3, None)), s("2025-07-01", "2025-09-30"));
        assert_eq!(r(When::MonthsTo(3, 9, None)), s("2025-07-01", "2025-09-30"));
        assert_eq!(
            r(When::MonthsTo(6, 6, Some(2026))),
            s("2026-01-01", "2026-06-30")
        );
        assert_eq!(
            r(When::MonthsTo(3, 2, Some(2025))),
            s("2024-12-01", "2025-02-28")
        );
        assert_eq!(
            r(When::Relative(Period::Month, -1)),
            s("2025-09-01", "2025-09-30")
        );
        assert_eq!(
            r(When::Relative(Period::Week, -1)),
            s("2025-10-13", "2025-10-19")
        );
        assert_eq!(resolve(When::Month(9, None), None), (None, None));
        assert_eq!(r(When::Until(2030)), (None, Some("2030-12-31".into())));
        assert_eq!(
            r(When::Ahead(Period::Year, 3)),
            s("2025-10-21", "2028-10-21")
        );
    }
}
