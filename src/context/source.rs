//! Source cues: "according to X", "X estimates", "rapporterar X".

use super::lexicon::*;
use super::read::{Mention, Reader, Who};
use super::subject::known;
use crate::token::Token;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub(super) struct SourceHit {
    /// Token position of the cue.
    pub(super) at: usize,
    /// The mention it cites; none for data the passage has cited before ("the data
    /// showed", "enligt samma statistik").
    pub(super) mention: Option<usize>,
    pub(super) strength: f32,
    /// For data cited without a name, the common noun before them ("exchange" of "exchange
    /// data showed"): the data of the entity the document named with it ("London Metal
    /// Exchange").
    pub(super) owner_word: Option<String>,
}

/// A source as resolved: its name, how strongly it is cited, where.
#[derive(Debug, Clone)]
pub(super) struct Cited {
    pub(super) at: usize,
    pub(super) name: Arc<str>,
    pub(super) strength: f32,
    /// An agency named by its head alone ("the Ministry of Mines"): the country it serves
    /// is the one the figure is about.
    pub(super) generic: bool,
}

impl Reader<'_> {
    fn site(&self, m: &Mention) -> bool {
        matches!(m.who, Who::Named(_, EType::Site))
    }

    /// Source cues: "according to X", "X estimates", "rapporterar X", and where the clauses
    /// they open start. Media count for less than the agency or company they report.
    pub(super) fn sources(
        &self,
        toks: &[Token],
        key: &[bool],
        mentions: &mut [Mention],
    ) -> (Vec<SourceHit>, Vec<usize>) {
        let (lc, text) = (self.lc, self.text);
        let mut out = Vec::new();
        let mut clauses = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if !key[i] {
                i += 1;
                continue;
            }
            // A data noun ("the data", "SGU:s siffror") at token `k`, with no name of its own
            // right before it: the data stand for the source the passage cited last.
            let data_at = |k0: usize, mentions: &[Mention]| {
                let k = match lc.determiners.match_at(toks, k0, text) {
                    Some(d) => d.end,
                    None => k0,
                };
                // Its own name covers it ("customs data") or stands right before it ("SGU:s"),
                // or a cue names whose it is ("data from X", "a report from X").
                let owned = mentions.iter().any(|m| m.start <= k && k <= m.end + 1);
                let cued = [k0, k]
                    .iter()
                    .any(|&j| lc.according.match_at(toks, j, text).is_some());
                // Or a compound ending in one ("delårsrapporten").
                let data = k < toks.len()
                    && lc.data_nouns.iter().any(|d| {
                        let w = &toks[k].lower;
                        w == d || d.chars().count() >= 6 && w.ends_with(d.as_str())
                    });
                (data && !owned && !cued).then_some(k)
            };
            // The lower-case word right before a data noun at `d`, no determiner.
            let word_before = |d: usize| {
                let k = d.checked_sub(1)?;
                let t = toks.get(k)?;
                let plain =
                    t.kind == crate::token::TokKind::Word && text[t.start..t.end] == t.lower;
                (plain && lc.determiners.match_at(toks, k, text).is_none()).then(|| t.lower.clone())
            };
            let mut owner_word = None;
            let (end, found, strength) = if let Some(h) = lc.according.match_at(toks, i, text) {
                let m = mentions.iter().position(|m| {
                    m.start >= h.end && m.start < h.end + 5 && !m.modifier && !self.site(m)
                });
                let data = (h.end..(h.end + 3).min(toks.len()))
                    .find_map(|k| data_at(k, mentions))
                    .filter(|&d| m.is_none_or(|m| mentions[m].start > d));
                // "according to weekly assessments from price reporter Corriston": the data's
                // owner, named after "from" or "of" within a few words.
                let owner = data.and_then(|d| {
                    let m = mentions.iter().position(|m| {
                        m.start > d + 1 && m.start <= d + 5 && !m.modifier && !self.site(m)
                    })?;
                    (d + 1..mentions[m].start)
                        .any(|k| {
                            lc.flow_from.match_at(toks, k, text).is_some()
                                || lc.np_links.contains(&toks[k].lower)
                        })
                        .then_some(m)
                });
                owner_word = data.and_then(word_before);
                match (m, data) {
                    (_, Some(_)) if owner.is_some() => (h.end, Some(owner), 2.0),
                    (_, Some(_)) => (h.end, Some(None), 2.0),
                    (Some(m), None) => (h.end, Some(Some(m)), 2.0),
                    (None, None) => (h.end, None, 2.0),
                }
            } else if let Some(h) = lc
                .verbs
                .match_at(toks, i, text)
                .filter(|h| h.start == 0 || !lc.passive.contains(&toks[h.start - 1].lower))
            {
                // The speaker: right before the verb ("the agency estimates"), else right
                // after it ("rapporterar CNBC", "uppger bolaget"), else the first name of the
                // sentence before it that is no oblique ("Albemarle, the biggest US supplier,
                // told"). Data right before or after it are the passage's source.
                let usable = |m: &Mention| !m.modifier && !m.member && !self.site(m);
                let data_before = (h.start >= 1)
                    .then(|| data_at(h.start - 1, mentions))
                    .flatten()
                    .is_some_and(|d| d + 1 == h.start);
                let close_by = |oblique: bool| {
                    mentions.iter().rposition(|m| {
                        m.end <= h.start
                            && m.end + 2 >= h.start
                            && usable(m)
                            && (oblique || !m.oblique)
                    })
                };
                let close = close_by(false);
                let first = mentions
                    .iter()
                    .position(|m| m.end <= h.start && !m.oblique && usable(m));
                // Right after the verb, not in the clause it opens ("uppskattar att USA").
                let after = mentions.iter().position(|m| {
                    m.start >= h.end
                        && m.start < h.end + 3
                        && !m.oblique
                        && usable(m)
                        && (h.end..m.start)
                            .all(|k| lc.clause_marks.match_at(toks, k, text).is_none())
                });
                let data_after = data_at(h.end, mentions);
                clauses.push(h.end);
                owner_word = if data_before {
                    word_before(h.start - 1)
                } else {
                    data_after.and_then(word_before)
                };
                if data_before || (close.is_none() && data_after.is_some()) {
                    (h.end, Some(None), 1.0)
                } else {
                    let who = close.or(after).or_else(|| close_by(true)).or(first);
                    if let Some(k) = who {
                        mentions[k].speaker = true;
                    }
                    (h.end, who.map(Some), 1.0)
                }
            } else {
                (i + 1, None, 0.0)
            };
            // A person speaks for the organisation named just before them ("Lynas chief
            // executive Amanda Lacaze said").
            let found = found.map(|k| {
                let k = k?;
                if !matches!(mentions[k].who, Who::Named(_, EType::Person)) {
                    return Some(k);
                }
                // Only a title between them: no verb, no punctuation ("Storbergsgruvan,
                // säger vd Karin Waara" is the person's own word).
                let titled = |j: usize| {
                    // After the organisation's genitive, if any ("Lynas's chief executive").
                    let from = lc
                        .possessive
                        .match_at(toks, mentions[j].end, text)
                        .map_or(mentions[j].end, |h| h.end)
                        .min(mentions[k].start);
                    toks[from..mentions[k].start]
                        .iter()
                        .enumerate()
                        .all(|(o, t)| {
                            t.kind == crate::token::TokKind::Word
                                && lc.verbs.match_at(toks, from + o, text).is_none()
                        })
                };
                (0..k)
                    .rev()
                    .find(|&j| {
                        mentions[j].end + 4 >= mentions[k].start
                            && mentions[j].end <= mentions[k].start
                            && titled(j)
                            && matches!(
                                known(self.cx, &mentions[j].who),
                                Some((EType::Company | EType::Agency | EType::Org, _))
                            )
                    })
                    .or(Some(k))
            });
            match found {
                Some(Some(k)) => {
                    let m = &mut mentions[k];
                    m.source = true;
                    let media = matches!(known(self.cx, &m.who), Some((EType::Media, _)));
                    out.push(SourceHit {
                        at: i,
                        mention: Some(k),
                        strength: if media { strength - 0.5 } else { strength },
                        owner_word: None,
                    });
                }
                Some(None) => out.push(SourceHit {
                    at: i,
                    mention: None,
                    strength,
                    owner_word: owner_word.take(),
                }),
                None => {}
            }
            i = end;
        }
        (out, clauses)
    }
}
