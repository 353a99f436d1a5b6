//! Reading a sentence once: entity mentions, domain terms, time phrases, source cues and
//! clause marks, in tokens.

use super::concept::TermHit;
use super::lexicon::*;
use super::source::SourceHit;
use super::time::{TimeHit, When};
use crate::lexicon::{HashSet, Lexicon, PhraseSet};
use crate::token::{TokKind, Token};
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Who {
    Known(u32),
    /// A name by its shape, as the document's short form, and its type.
    Named(Arc<str>, EType),
    /// An anaphor ("the agency"), resolved to the last entity of this type.
    Anaphor(EType),
}

#[derive(Debug, Clone)]
pub(super) struct Mention {
    /// Token range in the sentence.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) who: Who,
    pub(super) oblique: bool,
    /// An oblique that names a place ("in Chile").
    pub(super) locative: bool,
    pub(super) member: bool,
    pub(super) modifier: bool,
    /// Named by a source cue ("according to X").
    pub(super) source: bool,
    /// Named as the one who speaks before a verb of saying ("Albemarle told investors").
    pub(super) speaker: bool,
    /// Joined to the next mention by "and" ("USA och Australien").
    pub(super) joined: bool,
    /// Follows a flow preposition ("to", "från"): Some(true) for "to".
    pub(super) flow: Option<bool>,
    /// Followed by a genitive ("Lynas's", "LKAB:s"), or written in one.
    pub(super) possessive: bool,
    /// A country written as its adjective ("Chinese buyers", "kinesiska konkurrenter").
    pub(super) adjective: bool,
}

/// A mention's role in its clause, as its preposition gives it: (oblique, locative, flow).
type ClauseRole = (bool, bool, Option<bool>);

impl Mention {
    fn role(&self) -> ClauseRole {
        (self.oblique, self.locative, self.flow)
    }

    /// Takes over the role of a mention written before it that it absorbs ("with Canada's
    /// Saskatchewan Research Council", "i kinesisk tullstatistik").
    fn take_role(&mut self, (oblique, locative, flow): ClauseRole) {
        self.oblique |= oblique;
        self.locative |= locative;
        self.flow = self.flow.or(flow);
    }
}

/// What one sentence says, in tokens.
pub(super) struct Reading {
    pub(super) toks: Vec<Token>,
    pub(super) mentions: Vec<Mention>,
    pub(super) terms: Vec<TermHit>,
    pub(super) times: Vec<TimeHit>,
    pub(super) sources: Vec<SourceHit>,
    /// Tokens where a clause with its own subject starts (after "said", "that", "medan").
    pub(super) clauses: Vec<usize>,

    /// Token ranges of relative clauses after a comma (", which go into motors,").
    pub(super) relatives: Vec<(usize, usize)>,
    /// Token ranges of clauses of their own opened by a subordinator ("after the ministry
    /// said it would ..."), to the comma that closes them.
    pub(super) subordinates: Vec<(usize, usize)>,
}

/// Walks the tokens not inside a fact: `step(i)` reads what starts at token `i` and returns
/// the token after it, or `None` to go on with the next token.
pub(super) fn walk(free: &[bool], mut step: impl FnMut(usize) -> Option<usize>) {
    let mut i = 0;
    while i < free.len() {
        i = if free[i] { step(i) } else { None }.unwrap_or(i + 1);
    }
}

/// The acronym in brackets at token `at` ("(SMRA)") when it abbreviates `name`: two to
/// eight capitals, the first the name's first letter.
fn acronym_for<'t>(text: &'t str, toks: &[Token], at: usize, name: &str) -> Option<&'t str> {
    let t = toks.get(at)?;
    let a = t.text(text);
    let n = a.chars().count();
    ((2..=8).contains(&n)
        && a.chars().all(|c| c.is_uppercase())
        && toks.get(at + 1).is_some_and(|t| t.lower == ")")
        && a.chars().next() == name.chars().next()
        && name.contains(' '))
    .then_some(a)
}

/// Removes the mentions whose flag is set.
fn drop_flagged(mentions: &mut Vec<Mention>, flags: &[bool]) {
    let mut k = 0;
    mentions.retain(|_| {
        k += 1;
        !flags[k - 1]
    });
}

/// Whether a token overlaps any fact span (byte ranges).
pub(super) fn in_fact(t: &Token, spans: &[(usize, usize)]) -> bool {
    spans.iter().any(|&(s, e)| t.start < e && s < t.end)
}

pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) cx: &'a ContextLexicons,
    pub(super) lc: &'a LangContext,
    pub(super) lx: &'a Lexicon,
}

impl<'a> Reader<'a> {
    /// Whether a phrase of `set` ends right before token `at`, allowing a determiner between.
    pub(super) fn preceded_by(&self, set: &PhraseSet<()>, toks: &[Token], at: usize) -> bool {
        if at == 0 {
            return false;
        }
        if set.match_ending(toks, at - 1, 0, self.text).is_some() {
            return true;
        }
        at >= 2
            && self
                .lc
                .determiners
                .match_ending(toks, at - 1, 0, self.text)
                .is_some()
            && set.match_ending(toks, at - 2, 0, self.text).is_some()
    }

    /// Reads a sentence's tokens; `facts` are the byte spans of its facts, `seen` the
    /// capitalised words the document writes inside sentences.
    pub(super) fn read(
        &self,
        mut toks: Vec<Token>,
        facts: &[(usize, usize)],
        seen: &HashSet<String>,
    ) -> Reading {
        crate::token::mark_starts(&mut toks);
        let text = self.text;
        let lc = self.lc;
        let shouting = super::names::shouting(text, &toks);
        let free: Vec<bool> = toks.iter().map(|t| !in_fact(t, facts)).collect();
        let mut mentions = Vec::new();
        let mut terms = Vec::new();
        let mut times = Vec::new();
        // Clause ends: an enumeration of members stops at one of these.
        let clause_end = |t: &Token| matches!(t.lower.as_str(), ";" | "–" | "—" | "(" | ")");
        // Whether some phrase starts with the token: most words of a sentence start none.
        let key: Vec<bool> = toks.iter().map(|t| lc.starts.contains(&t.lower)).collect();
        let mut members_until = 0usize;
        walk(&free, |i| {
            if !key[i] && !toks[i].text(text).starts_with(char::is_uppercase) {
                return None;
            }
            if let Some(e) = self.dateline_end(&toks, i) {
                return Some(e);
            }
            if self.describes_next(&toks, i) {
                return Some(i + 1);
            }
            if lc.members.match_at(&toks, i, text).is_some() {
                members_until = (i..toks.len())
                    .find(|&k| clause_end(&toks[k]))
                    .unwrap_or(toks.len());
            }
            // A known word opening a longer name of an agency, a company or a market
            // ("Chilean Copper Commission", "Indonesian Nickel Producers Forum") is part of it.
            let longer = |end: usize| {
                (!shouting && end == i + 1)
                    .then(|| self.shaped_name(&toks, i, &free, seen))
                    .flatten()
                    .filter(|s| {
                        s.end > end
                            && matches!(s.etype, EType::Agency | EType::Company | EType::Market)
                    })
            };
            // "US$612.4 million": a currency's prefix before its figure, no mention.
            if let Some(c) = self.lx.currency_before.match_at(&toks, i, text) {
                if toks.get(c.end).is_some_and(|t| t.kind == TokKind::Num) {
                    return Some(c.end);
                }
            }
            // The longer name a known word opens, read once for the shape reader below.
            let mut shaped_ahead = None;
            if let Some(h) = lc.entities.match_at(&toks, i, text) {
                // "Australian cents", "Chinese yuan": a currency's name, no mention.
                if self.lx.units.match_at(&toks, h.end, text).is_some() {
                    return Some(h.end);
                }
                let all_free = (h.start..h.end).all(|k| free[k]);
                if all_free {
                    shaped_ahead = longer(h.end);
                }
                if all_free && shaped_ahead.is_none() {
                    // "Western Australia", "Inner Mongolia": a part of a place is a region.
                    let part = (i > 0 && free[i - 1])
                        .then(|| lc.part_of.match_ending(&toks, i - 1, 0, text))
                        .flatten()
                        .map(|p| p.start);
                    let who = match part {
                        Some(p) => Who::Named(
                            text[toks[p].start..toks[h.end - 1].end].into(),
                            EType::Region,
                        ),
                        None => Who::Known(*h.value),
                    };
                    let s = part.unwrap_or(h.start);
                    if part.is_some() {
                        mentions.retain(|m: &Mention| m.end <= s);
                    }
                    mentions.push(self.mention(&toks, s, h.end, who, i < members_until));
                    return Some(h.end);
                }
            }
            // A name by its shape: capitalised words, acronyms ("Comex", "Saltbush Lithium").
            if !shouting {
                let shaped = shaped_ahead.or_else(|| self.shaped_name(&toks, i, &free, seen));
                if let Some(shaped) = shaped {
                    let (mut e, name, etype) = (shaped.end, shaped.name, shaped.etype);
                    let mut who = Who::Named(name.clone(), etype);
                    // "Internationella energiorganet (IEA)": the known short form in brackets.
                    let open = (e..(e + 3).min(toks.len()))
                        .take_while(|&j| toks[j].kind == TokKind::Word || toks[j].lower == "(")
                        .find(|&j| toks[j].lower == "(");
                    if let Some(o) = open {
                        if let Some(h) = lc.entities.match_at(&toks, o + 1, text) {
                            if toks.get(h.end).is_some_and(|t| t.lower == ")") {
                                who = Who::Known(*h.value);
                                e = h.end + 1;
                            }
                        } else if let Some(a) = (o == e)
                            .then(|| acronym_for(text, &toks, o + 1, &name))
                            .flatten()
                        {
                            // "Strategic Minerals Regulatory Authority (SMRA)": the acronym
                            // is the name the document goes on with.
                            who = Who::Named(a.into(), etype);
                            e = o + 3;
                        }
                    }
                    let mut m = self.mention(&toks, i, e, who, i < members_until);
                    m.possessive |= shaped.genitive;
                    mentions.push(m);
                    return Some(e);
                }
            }
            if let Some(h) = lc.anaphors.match_at(&toks, i, text) {
                mentions.push(self.mention(&toks, h.start, h.end, Who::Anaphor(*h.value), false));
                return Some(h.end);
            }
            // "the Vancouver-based miner": a determiner, one hyphenated modifier, the head.
            let glued = |k: usize| k < toks.len() && toks[k].gap == 0;
            if lc
                .determiners
                .match_at(&toks, i, text)
                .is_some_and(|d| d.end == i + 1)
                && i + 4 < toks.len()
                && toks[i + 2].lower == "-"
                && glued(i + 2)
                && glued(i + 3)
                && (i + 1..i + 5).all(|k| free[k])
            {
                if let Some(&t) = lc.anaphor_heads.get(&toks[i + 4].lower) {
                    mentions.push(self.mention(&toks, i, i + 5, Who::Anaphor(t), false));
                    return Some(i + 5);
                }
            }
            None
        });
        // Domain terms, and the two halves of a compound ("magnetexport").
        walk(&free, |i| {
            if let Some(h) = key[i].then(|| lc.terms.match_at(&toks, i, text)).flatten() {
                // A measure glued by a hyphen to a lower-case word is an adjective's tail
                // ("battery-grade", "low-cost"); to a name, a compound's head ("Talga-aktien").
                let glued = i > 1
                    && h.value.role == Role::Measure
                    && toks[i - 1].lower == "-"
                    && toks[i].gap == 0
                    && toks[i - 1].gap == 0
                    && toks[i - 2].text(text).starts_with(char::is_lowercase);
                if !glued && (h.start..h.end).all(|k| free[k]) {
                    terms.push(TermHit {
                        start: h.start,
                        end: h.end,
                        t: *h.value,
                    });
                    return Some(h.end);
                }
            }
            if toks[i].kind == TokKind::Word && !lc.compound_joiners.is_empty() {
                terms.extend(self.compound(&toks[i].lower, i));
            }
            None
        });
        // Time phrases.
        walk(&free, |i| {
            let t = &toks[i];
            let may_start = key[i]
                || t.kind == TokKind::Num
                || self.lx.months.contains_key(&t.lower)
                || self.lx.number_words.contains_key(&t.lower)
                || self.lx.articles.contains(&t.lower);
            if let Some((e, when)) = may_start.then(|| self.time_at(&toks, i, &free)).flatten() {
                let mut s = i;
                if let Some(h) = (s > 0)
                    .then(|| lc.prepositions.match_ending(&toks, s - 1, 0, text))
                    .flatten()
                {
                    s = h.start;
                }
                // "the lowest since October", "högsta nivån sedan 2020": the record the
                // figure is compared with, no period of it: a superlative within three words
                // before the cue "since".
                let cue = [Some(s), s.checked_sub(1)]
                    .into_iter()
                    .flatten()
                    .find(|&k| lc.since.contains(&toks[k].lower));
                let record = cue.is_some_and(|c| {
                    (toks[c.saturating_sub(3)..c].iter().rev())
                        .take_while(|t| t.kind == TokKind::Word)
                        .any(|t| lc.records.contains(&t.lower))
                });
                if record {
                    return Some(e);
                }
                // A base after its cue ("from 2024"), or one by its own words ("a year
                // earlier").
                let baseline = (s.saturating_sub(3)..s)
                    .find_map(|k| lc.baseline.match_ending(&toks, k, 0, text).map(|h| h.start))
                    .or_else(|| {
                        lc.baseline
                            .match_at(&toks, i, text)
                            .filter(|h| h.end >= e)
                            .map(|_| s)
                    });
                // A day after a verb of saying ("said on Sunday"); a period after one is the
                // figure's ("reported first-quarter revenue").
                let day = matches!(
                    when,
                    When::Weekday(_) | When::Now | When::Relative(Period::Day | Period::Week, _)
                );
                let of_saying = day
                    && s > 0
                    && (s.saturating_sub(2)..s).any(|k| {
                        lc.verbs.match_ending(&toks, k, 0, text).is_some()
                            || lc.told.match_ending(&toks, k, 0, text).is_some()
                    });
                times.push(TimeHit {
                    start: s,
                    end: e,
                    when,
                    baseline,
                    of_saying,
                });
                return Some(e);
            }
            None
        });
        // A capitalised word that says when is no name ("Yesterday's ruling", "Today").
        let timed: Vec<bool> = (mentions.iter())
            .map(|m| {
                matches!(m.who, Who::Named(..))
                    && times.iter().any(|t| t.start <= m.start && m.end <= t.end)
            })
            .collect();
        drop_flagged(&mut mentions, &timed);
        // "bolaget Kopparfors", "the miner Caldera": the name is what the anaphor names.
        let appositive: Vec<bool> = (0..mentions.len())
            .map(|k| {
                matches!(mentions[k].who, Who::Anaphor(_))
                    && mentions
                        .get(k + 1)
                        .is_some_and(|n| n.start == mentions[k].end)
            })
            .collect();
        drop_flagged(&mut mentions, &appositive);
        // What a possessor is, its possession is: "with Canada's Saskatchewan Research
        // Council" is an oblique. A possessor of a name qualifies it: "Australia's Wandoo
        // Lithium" is Wandoo; a country's agency is named with its country ("Zimbabwe's
        // Ministry of Mines"). A company's officer is not the company: "Nordgrafits vd
        // Mikael Rantatalo" names both.
        let mut merged = vec![false; mentions.len()];
        for k in 1..mentions.len() {
            let (p, m) = (&mentions[k - 1], &mentions[k]);
            let person = matches!(m.who, Who::Named(_, EType::Person));
            if p.possessive && p.end + 2 >= m.start && m.start >= p.end && !person {
                let role = p.role();
                let agency = match (self.country(&p.who), &m.who) {
                    (Some(c), Who::Named(n, EType::Agency)) => Some(format!("{c}'s {n}")),
                    _ => None,
                };
                let start = p.start;
                mentions[k - 1].modifier = true;
                let m = &mut mentions[k];
                m.take_role(role);
                if let Some(a) = agency {
                    m.who = Who::Named(a.into(), EType::Agency);
                    m.start = start;
                    merged[k - 1] = true;
                }
            }
        }
        drop_flagged(&mut mentions, &merged);
        // A country written right before an agency names whose it is ("kinesisk
        // tullstatistik", "the U.S. Commerce Department"): one mention, the agency.
        let mut merged = vec![false; mentions.len()];
        for k in 1..mentions.len() {
            let (p, m) = (&mentions[k - 1], &mentions[k]);
            let country = self.country(&p.who).is_some();
            let agency = matches!(
                super::subject::known(self.cx, &m.who),
                Some((EType::Agency, _))
            );
            if country && agency && !p.possessive && !p.modifier && p.end == m.start {
                let (start, role) = (p.start, p.role());
                let m = &mut mentions[k];
                if let Who::Named(_, t) = m.who {
                    m.who = Who::Named(text[toks[start].start..toks[m.end - 1].end].into(), t);
                }
                m.start = start;
                m.take_role(role);
                merged[k - 1] = true;
            }
        }
        drop_flagged(&mut mentions, &merged);
        for k in 1..mentions.len() {
            let (a, b) = (mentions[k - 1].end, mentions[k].start);
            let mut j = a;
            if let Some(h) = lc.coordinators.match_at(&toks, j, text) {
                j = h.end;
                if let Some(d) = lc.determiners.match_at(&toks, j, text) {
                    j = d.end;
                }
                mentions[k - 1].joined = j == b;
            }
        }
        let (sources, mut clauses) = self.sources(&toks, &key, &mut mentions);
        // "and" before a noun phrase with its own verb of change starts a clause: "rose to
        // 412 Mkr och nettoskulden minskade".
        let verb_after = |h: usize| {
            (h + 1..toks.len().min(h + 5))
                .take_while(|&j| free[j] && toks[j].kind == TokKind::Word)
                .any(|j| self.predicate_at(&toks, j))
        };
        let mut i = 0;
        while i < toks.len() {
            if !key[i] {
                i += 1;
                continue;
            }
            // "för att skapa": an infinitive, no clause of its own.
            if let Some(h) = lc.no_clause.match_at(&toks, i, text) {
                i = h.end;
            } else if let Some(h) = lc.clause_marks.match_at(&toks, i, text) {
                clauses.push(h.end);
                i = h.end;
            } else {
                if let Some(h) = lc.coordinators.match_at(&toks, i, text) {
                    if verb_after(h.end) {
                        clauses.push(h.end);
                    }
                }
                i += 1;
            }
        }
        clauses.sort_unstable();
        let clause_end = |k: usize| {
            (k + 1..toks.len())
                .find(|&j| matches!(toks[j].lower.as_str(), "," | ";" | "." | "–" | "—"))
                .unwrap_or(toks.len())
        };
        let relatives = (1..toks.len())
            .filter(|&k| toks[k - 1].lower == "," && lc.relative_marks.contains(&toks[k].lower))
            .map(|k| (k, clause_end(k)))
            .collect();
        // Only a sentence with facts needs them.
        let subordinates = if facts.is_empty() {
            Vec::new()
        } else {
            self.subordinates(&toks, &times, clause_end)
        };
        Reading {
            toks,
            mentions,
            terms,
            times,
            sources,
            clauses,
            relatives,
            subordinates,
        }
    }

    /// Clauses of their own opened by a subordinator, to the mark that closes them. A clause
    /// has a verb that says more than who told ("since 2023" is a period; "as Reuters
    /// reported" and "as reported by Reuters" tag the sentence with its source).
    fn subordinates(
        &self,
        toks: &[Token],
        times: &[TimeHit],
        clause_end: impl Fn(usize) -> usize,
    ) -> Vec<(usize, usize)> {
        let (lc, text) = (self.lc, self.text);
        (0..toks.len())
            .filter(|&k| lc.subordinators.match_at(toks, k, text).is_some())
            .filter(|&k| {
                lc.according.match_at(toks, k, text).is_none()
                    && lc.according.match_at(toks, k + 1, text).is_none()
            })
            .filter(|&k| !times.iter().any(|t| t.start <= k + 1 && t.end > k))
            .map(|k| (k, clause_end(k)))
            .filter(|&(k, e)| {
                (k + 1..e).any(|j| {
                    self.predicate_at(toks, j)
                        || lc.verbs.match_at(toks, j, text).is_some_and(|h| h.end < e)
                })
            })
            .collect()
    }

    /// Whether a verb of change or a copula stands at token `j`: a clause's own predicate.
    fn predicate_at(&self, toks: &[Token], j: usize) -> bool {
        self.lx.change_words.match_at(toks, j, self.text).is_some()
            || self.lx.copulas.match_at(toks, j, self.text).is_some()
    }

    pub(super) fn mention(
        &self,
        toks: &[Token],
        s: usize,
        e: usize,
        who: Who,
        member: bool,
    ) -> Mention {
        let lc = self.lc;
        // A name the shape reader could not type, after "firm", "miner": a company.
        let who = match who {
            Who::Named(n, EType::Org) if self.preceded_by(&lc.names_after, toks, s) => {
                Who::Named(n, EType::Company)
            }
            w => w,
        };
        let genitive_after = toks.get(e).is_some_and(|t| t.gap == 0)
            && lc.possessive.match_at(toks, e, self.text).is_some();
        let genitive_in = lc
            .possessive
            .match_ending(toks, e - 1, s + 1, self.text)
            .is_some();
        let flow = if self.preceded_by(&lc.flow_to, toks, s) {
            Some(true)
        } else if self.preceded_by(&lc.flow_from, toks, s) {
            Some(false)
        } else {
            None
        };
        let adjective = self.adjective(toks, s, e, &who);
        Mention {
            start: s,
            end: e,
            who,
            oblique: self.preceded_by(&lc.oblique, toks, s),
            locative: self.preceded_by(&lc.locative, toks, s),
            member,
            // Glued to a word by a hyphen, the name is part of a compound: "US-based",
            // "G20-toppmötet", and with the hyphen left hanging before "and": "the Oslo- and
            // Perth-listed developer".
            modifier: toks.get(e).is_some_and(|t| t.lower == "-" && t.gap == 0)
                && toks.get(e + 1).is_some_and(|t| {
                    t.kind == TokKind::Word
                        && (t.gap == 0
                            || lc.coordinators.match_at(toks, e + 1, self.text).is_some())
                }),
            source: false,
            speaker: false,
            joined: false,
            flow,
            possessive: genitive_after || genitive_in,
            adjective,
        }
    }

    /// The country a mention names, if it names one the gazetteer knows.
    fn country(&self, who: &Who) -> Option<Arc<str>> {
        let Who::Known(i) = who else {
            return None;
        };
        let e = &self.cx.entities[*i as usize];
        (e.etype == EType::Country).then(|| e.name.clone())
    }

    /// Whether the mention `toks[s..e]` writes a country as its adjective: one word, not the
    /// country's name, with an adjective's ending ("Chinese", "kinesiska").
    fn adjective(&self, toks: &[Token], s: usize, e: usize, who: &Who) -> bool {
        let Some(country) = self.country(who) else {
            return false;
        };
        e == s + 1
            && !toks[s].text(self.text).eq_ignore_ascii_case(&country)
            && self
                .lc
                .adjective_endings
                .iter()
                .any(|end| toks[s].lower.ends_with(end.as_str()))
    }

    /// A compound of two single-word terms, joined directly or by a joiner: "magnetexport"
    /// is a magnet and an export, "litiumpriset" lithium and a price. A compound ending in
    /// an activity or a measure as written (not an inflected verb: "fordonstillverkare") is
    /// one whatever its first part ("metallproduktionen": a production), as a compound's
    /// last part is its head.
    pub(super) fn compound(&self, word: &str, at: usize) -> Vec<TermHit> {
        let lc = self.lc;
        let cuts: Vec<usize> = word.char_indices().map(|(b, _)| b).collect();
        let mut head_only: Option<TermRef> = None;
        for &cut in cuts.iter().skip(3).take(cuts.len().saturating_sub(5)) {
            let (head, rest) = word.split_at(cut);
            let Some(second) = lc.words.get(rest) else {
                continue;
            };
            for j in &lc.compound_joiners {
                if let Some(first) = head.strip_suffix(j.as_str()).and_then(|h| lc.heads.get(h)) {
                    return [*first, *second]
                        .into_iter()
                        .filter(|a| a.role != second.role || a == second)
                        .map(|t| TermHit {
                            start: at,
                            end: at + 1,
                            t,
                        })
                        .collect();
                }
            }
            // As written (a noun, not an inflected verb form: "tillverkare").
            if head_only.is_none() {
                head_only = (lc.heads.get(rest))
                    .filter(|t| matches!(t.role, Role::Activity | Role::Measure))
                    .copied();
            }
        }
        head_only
            .map(|t| TermHit {
                start: at,
                end: at + 1,
                t,
            })
            .into_iter()
            .collect()
    }
}
