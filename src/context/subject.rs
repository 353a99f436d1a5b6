//! Subjects: the entity a fact's clause is about.

use super::choose::{Document, Near};
use super::lexicon::*;
use super::read::*;
use crate::lexicon::Lexicons;
use std::sync::Arc;

/// What the document is about, from its title: the first company named there, else the
/// first country, region or bloc ("Lithium claws back ground, but Albemarle keeps...").
/// `seen` are the capitalised words the document writes inside sentences: a title's first
/// word is a name when the text writes it so too ("Nordgrafit mer än fördubblade...").
pub(super) fn topic(
    cx: &ContextLexicons,
    lxs: &Lexicons,
    doc: &Document,
    seen: &crate::lexicon::HashSet<String>,
) -> Option<Arc<str>> {
    let title = doc.title?;
    let lc = cx.langs.get(doc.lang)?.as_ref()?;
    let mut seen = seen.clone();
    seen.extend(
        title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.starts_with(char::is_uppercase) && !seen.contains(*w))
            .filter(|w| super::names::written_inside(doc.text, w))
            .map(str::to_string)
            .collect::<Vec<_>>(),
    );
    let r = Reader {
        text: title,
        cx,
        lc,
        lx: &lxs.langs[doc.lang],
    }
    .read(crate::token::tokenize(title, 0, title.len()), &[], &seen);
    let named = |company: bool| {
        r.mentions
            .iter()
            .filter(|m| !m.modifier)
            // A headline's capitalised words are no names by their shape alone, only when
            // the text writes them so too.
            .filter(|m| match &m.who {
                Who::Named(n, EType::Org) => super::names::written_inside(doc.text, n),
                _ => true,
            })
            .filter_map(|m| known(cx, &m.who))
            .find(|(t, _)| {
                if company {
                    matches!(t, EType::Company | EType::Org)
                } else {
                    matches!(t, EType::Country | EType::Region | EType::Bloc)
                }
            })
            .map(|(_, n)| n)
    };
    named(true).or_else(|| named(false))
}

pub(super) fn known(cx: &ContextLexicons, who: &Who) -> Option<(EType, Arc<str>)> {
    match who {
        Who::Known(i) => {
            let e = &cx.entities[*i as usize];
            Some((e.etype, e.name.clone()))
        }
        Who::Named(n, t) => Some((*t, n.clone())),
        Who::Anaphor(_) => None,
    }
}

/// The subject in a sentence. Names in subject position come first: not an oblique, a member
/// of a list, a modifier or a cited source (a speaker named before the fact stays: "Albemarle
/// told investors it would spend $650 million"). Among them, the first of the fact's clause,
/// else the first of its slot before it, the first after it in the slot, then the same in
/// the whole sentence. Failing those (up to `levels`): a place ("output in Chile"), then a
/// cited source. Two names joined by "and" are one subject.
pub(super) fn subject_in(
    cx: &ContextLexicons,
    r: &Reading,
    near: &Near,
    levels: u8,
) -> Option<Arc<str>> {
    // The fact's clause starts at the last clause mark before it, within its slot.
    let clause = r
        .clauses
        .iter()
        .copied()
        .filter(|&c| c <= near.fs)
        .max()
        .unwrap_or(0)
        .max(near.slot.0);
    let ms = &r.mentions;
    let level = |m: &Mention| -> Option<u8> {
        // Media report, persons speak, sites are where: none is what a figure is about.
        let never = matches!(
            known(cx, &m.who),
            Some((EType::Media | EType::Person | EType::Site, _))
        );
        // Prices are quoted on a market: "copper on the London Metal Exchange rose 1.6%",
        // "stocks in LME-registered warehouses".
        let market = matches!(known(cx, &m.who), Some((EType::Market, _)));
        if m.modifier && market && !m.member {
            return Some(1);
        }
        if m.member || m.modifier || never || matches!(m.who, Who::Anaphor(_)) {
            return None;
        }
        // A country's adjective is what the fact is about only before the fact in its own
        // clause, right before a term (within two words: "Chinese exports fell 5%", "Chinese
        // rare earth exports"), not beside another noun ("as Chinese buyers returned").
        if m.adjective {
            let heads = r
                .terms
                .iter()
                .any(|t| t.start >= m.end && t.start <= m.end + 2);
            if !(heads && m.end <= near.fs && m.start >= clause) {
                return None;
            }
        }
        let speaks_first = m.speaker && m.end <= near.fs;
        // A place is a subject only where the gazetteer knows it: a name by its shape after
        // "in" or "at" is a town, a mine or a plant more often than the one measured.
        let place = matches!(
            m.who,
            Who::Known(i) if matches!(
                cx.entities[i as usize].etype,
                EType::Country | EType::Region | EType::Bloc
            )
        );
        match (m.oblique, m.source && !speaks_first) {
            (false, false) => Some(0),
            (true, _) if (m.locative && place || market) && m.flow.is_none() => Some(1),
            (false, true) => Some(2),
            _ => None,
        }
    };
    let best = (0..levels).find_map(|lv| {
        let cands: Vec<usize> = (0..ms.len())
            .filter(|&k| level(&ms[k]) == Some(lv))
            .collect();
        let before = |lo: usize| {
            cands
                .iter()
                .find(|&&k| ms[k].end <= near.fs && ms[k].start >= lo)
        };
        let after = |hi: usize| {
            cands
                .iter()
                .find(|&&k| ms[k].start >= near.fe && ms[k].end <= hi)
        };
        // A possessor in the fact's clause ("Inner Mongolia's exports rose 36.5%").
        let possessor = cands
            .iter()
            .find(|&&k| ms[k].possessive && ms[k].end <= near.fs && ms[k].start >= clause);
        possessor
            .or_else(|| before(clause))
            .or_else(|| before(near.slot.0))
            .or_else(|| after(near.slot.1))
            .or_else(|| before(0))
            .or_else(|| after(r.toks.len()))
            .copied()
    });
    let k = best?;
    // The first of a pair joined by "and" stands for both.
    let k = (0..k)
        .rev()
        .take_while(|&j| ms[j].joined)
        .last()
        .unwrap_or(k);
    // An agency's figures are its country's: "China's customs" stands for China.
    let about = |m: &Mention| {
        known(cx, &m.who).map(|(t, n)| match t {
            EType::Agency => cx.served_country(&n).unwrap_or(n),
            _ => n,
        })
    };
    let mut names: Vec<Arc<str>> = vec![about(&ms[k])?];
    let mut j = k;
    while ms[j].joined && j + 1 < ms.len() {
        j += 1;
        if let Some(n) = about(&ms[j]) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    Some(if names.len() == 1 {
        names.remove(0)
    } else {
        names.join(" and ").into()
    })
}
