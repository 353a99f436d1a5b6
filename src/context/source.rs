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
    /// The mention it cites.
    pub(super) mention: usize,
    pub(super) strength: f32,
}

/// A source as resolved: its name, how strongly it is cited, where.
#[derive(Debug, Clone)]
pub(super) struct Cited {
    pub(super) at: usize,
    pub(super) name: Arc<str>,
    pub(super) strength: f32,
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
            let (end, found, strength) = if let Some(h) = lc.according.match_at(toks, i, text) {
                let m = mentions.iter().position(|m| {
                    m.start >= h.end && m.start < h.end + 5 && !m.modifier && !self.site(m)
                });
                (h.end, m, 2.0)
            } else if let Some(h) = lc.verbs.match_at(toks, i, text) {
                // The speaker: right before the verb ("the agency estimates"), else the first
                // name of the sentence before it that is no oblique ("Albemarle, the biggest
                // US supplier, told"), else right after it ("rapporterar CNBC").
                let usable = |m: &Mention| !m.modifier && !m.member && !self.site(m);
                let close = mentions
                    .iter()
                    .rposition(|m| m.end <= h.start && m.end + 2 >= h.start && usable(m));
                let first = mentions
                    .iter()
                    .position(|m| m.end <= h.start && !m.oblique && usable(m));
                let after = mentions.iter().position(|m| {
                    m.start >= h.end && m.start < h.end + 3 && !m.oblique && usable(m)
                });
                let before = close.or(first);
                if let Some(k) = before {
                    mentions[k].speaker = true;
                }
                clauses.push(h.end);
                (h.end, before.or(after), 1.0)
            } else {
                (i + 1, None, 0.0)
            };
            // A person speaks for the organisation named just before them ("Lynas chief
            // executive Amanda Lacaze said").
            let found = found.map(|k| {
                if !matches!(mentions[k].who, Who::Named(_, EType::Person)) {
                    return k;
                }
                (0..k)
                    .rev()
                    .find(|&j| {
                        mentions[j].end + 4 >= mentions[k].start
                            && matches!(
                                known(self.cx, &mentions[j].who),
                                Some((EType::Company | EType::Agency | EType::Org, _))
                            )
                    })
                    .unwrap_or(k)
            });
            if let Some(k) = found {
                let m = &mut mentions[k];
                m.source = true;
                let media = matches!(known(self.cx, &m.who), Some((EType::Media, _)));
                out.push(SourceHit {
                    at: i,
                    mention: k,
                    strength: if media { strength - 0.5 } else { strength },
                });
            }
            i = end;
        }
        (out, clauses)
    }
}
