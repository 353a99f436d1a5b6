//! Concepts: the domain terms a fact's part of the sentence names, rendered as a phrase.

use super::choose::Near;
use super::lexicon::*;
use super::read::Reading;
use super::subject::known;
use crate::model::Fact;
use std::sync::Arc;

#[derive(Debug, Clone, Copy)]
pub(super) struct TermHit {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) t: TermRef,
}

/// The concept as chosen: one term per role, and the flow's other party.
#[derive(Debug, Clone, Default)]
pub(super) struct Frame {
    pub(super) roles: [Option<u32>; 5],
    pub(super) target: Option<(bool, Arc<str>)>,
    /// Byte span of the terms in the text.
    pub(super) span: Option<(usize, usize)>,
    /// Modifiers written right before a role's term ("global" cobalt demand), as (role
    /// index, term), in written order; only of the roles the frame names.
    pub(super) mods: Vec<(usize, u32)>,
    /// Whether the fact's own sentence names its commodity or product (not carried from
    /// the passage).
    pub(super) material_here: bool,
    /// Token ranges of the roles' terms in the fact's own sentence (none for a term carried
    /// from the passage).
    pub(super) at: [Option<(usize, usize)>; 5],
    /// The noun phrase the nearest of them stands in, as written (see `phrase::written`).
    pub(super) written: Option<super::phrase::Written>,
}

impl Frame {
    pub(super) fn has_topic(&self) -> bool {
        self.roles[0].is_some() || self.roles[1].is_some()
    }
}

/// The concept frame of a fact in a sentence.
pub(super) fn concept_in(cx: &ContextLexicons, r: &Reading, near: &Near) -> Frame {
    let mut frame = Frame::default();
    // Relative clauses the fact is not in (", which go into motors,"): their terms are out.
    let aside: Vec<&(usize, usize)> = (r.relatives.iter())
        .filter(|&&(a, b)| !(a <= near.fs && near.fe <= b))
        .collect();
    // Nor are those of a later clause ("... och nettoskulden minskade").
    let next_clause = (r.clauses.iter().copied())
        .filter(|&c| c >= near.fe)
        .min()
        .unwrap_or(usize::MAX);
    let terms: Vec<&TermHit> = r
        .terms
        .iter()
        .filter(|t| !aside.iter().any(|&&(a, b)| a <= t.start && t.end <= b))
        .filter(|t| t.start < next_clause)
        .filter(|t| !(near.fe <= t.start && t.end <= near.per_end))
        .collect();
    let any_in_slot = terms.iter().any(|t| {
        !matches!(t.t.role, Role::Commodity | Role::Modifier) && near.in_slot(t.start, t.end)
    });
    let mut placed: Vec<(usize, usize, u32)> = Vec::new();
    for (ri, role) in ROLES.iter().enumerate() {
        let of_role: Vec<&TermHit> = terms
            .iter()
            .copied()
            .filter(|t| t.t.role == *role)
            .collect();
        // The commodity is the sentence's topic: the slot's, else the sentence's nearest.
        // The other roles come from the slot when it names any of them.
        let commodity_in_slot =
            *role == Role::Commodity && of_role.iter().any(|t| near.in_slot(t.start, t.end));
        let slot_only = if *role == Role::Commodity {
            commodity_in_slot
        } else {
            any_in_slot
        };
        let pick = of_role
            .iter()
            .filter(|t| !slot_only || near.in_slot(t.start, t.end))
            .min_by(|a, b| {
                near.distance(a.start, a.end)
                    .total_cmp(&near.distance(b.start, b.end))
            });
        if let Some(t) = pick {
            frame.roles[ri] = Some(t.t.term);
            frame.at[ri] = Some((t.start, t.end));
            // The modifiers written right before it.
            let mut at = t.start;
            while let Some(m) = terms
                .iter()
                .find(|m| m.t.role == Role::Modifier && m.end == at && m.start < at)
            {
                placed.push((m.start, ri, m.t.term));
                at = m.start;
            }
        }
    }
    placed.sort_unstable();
    frame.mods = placed.into_iter().map(|(_, ri, t)| (ri, t)).collect();
    if let Some(a) = frame.roles[2] {
        let term = &cx.terms[a as usize];
        if let Some(&to) = cx.flows.get(&**term) {
            frame.target = r
                .mentions
                .iter()
                .filter(|m| m.flow == Some(to))
                .filter_map(|m| known(cx, &m.who).map(|k| (m, k)))
                // Goods go to and come from places, not from the agency that counts them.
                .filter(|(_, (t, _))| matches!(t, EType::Country | EType::Region | EType::Bloc))
                .map(|(m, (_, n))| (m, n))
                .min_by_key(|(m, _)| m.start.abs_diff(near.fs))
                .map(|(_, n)| (to, n));
        }
    }
    if let (Some(s), Some(e)) = (
        frame.at.iter().flatten().map(|a| a.0).min(),
        frame.at.iter().flatten().map(|a| a.1).max(),
    ) {
        frame.span = Some((r.toks[s].start, r.toks[e - 1].end));
    }
    frame
}

/// The concept phrase and the raw text it came from.
pub(super) fn render(
    cx: &ContextLexicons,
    text: &str,
    frame: &Frame,
    f: &Fact,
    subject: Option<&str>,
) -> (Option<String>, Option<String>) {
    let raw = || frame.span.map(|(s, e)| text[s..e].to_string());
    // An index's level or move: the index by its name ("OMXSPI index").
    if f.kind == crate::model::Kind::Index {
        let head = cx
            .kind_heads
            .get(f.kind.as_str())
            .map_or("index", String::as_str);
        let concept = match subject {
            Some(s) if s.to_lowercase().ends_with(head) => s.to_string(),
            Some(s) => format!("{s} {head}"),
            None => head.to_string(),
        };
        return (Some(concept), raw());
    }
    let mut words: Vec<&str> = Vec::new();
    let measure = frame.roles[4]
        .map(|t| cx.terms[t as usize].clone())
        .or_else(|| {
            (f.kind == crate::model::Kind::Percent
                && f.measure == crate::model::Measure::Level
                && f.unit == "%"
                && frame.roles.iter().take(4).any(Option::is_some))
            .then(|| cx.percent_level.clone())
        })
        .or_else(|| {
            (f.kind == crate::model::Kind::Money
                && f.per
                    .as_ref()
                    .is_some_and(|p| cx.unit_price_per.contains(p)))
            .then(|| cx.unit_price.clone())
        })
        .or_else(|| {
            // A commodity alone in the fact's sentence, no activity: a sum of money or a
            // change is its price ("zinc was little changed at $3,204", "three-month copper
            // closed up 1.6%").
            // Carried from the passage, only for a move or a rate: "2 mdkr" for a plant in
            // an iron ore passage is no iron ore price.
            let material = frame.has_topic()
                && (frame.material_here
                    || f.per.is_some()
                    || f.measure == crate::model::Measure::Change);
            // A price is per a unit, or small: "a $5 billion copper deal" is no price.
            let priced = (f.kind == crate::model::Kind::Money
                && (f.per.is_some() || f.value_high.abs() < 1e6))
                || (f.kind == crate::model::Kind::Percent
                    && f.measure == crate::model::Measure::Change);
            (material && frame.roles[2].is_none() && frame.roles[3].is_none() && priced)
                .then(|| cx.terms[cx.moved_commodity as usize].clone())
        });
    // The kind's head word leads only where nothing names the measure ("time" of a
    // duration, not of a mine life).
    let head = cx
        .kind_heads
        .get(f.kind.as_str())
        .filter(|_| measure.is_none());
    if let Some(h) = head {
        words.push(h);
    }
    // An account is a concept by itself ("net debt"); other measures say of what.
    let account = measure.as_ref().is_some_and(|m| cx.accounts.contains(&**m));

    // The noun phrase as written holds the terms it covers; beside an account, only when it
    // holds the account.
    let written = (frame.written.as_ref()).filter(|w| !account || w.covers[4]);
    let covered = |ri: usize| written.is_some_and(|w| w.covers[ri]);
    // The modifiers lead, in the order written ("global cobalt demand"); beside an
    // account only the measure's own.
    words.extend(
        (frame.mods.iter())
            .filter(|m| m.0 == 4 || !account)
            .filter(|m| {
                !written.is_some_and(|w| w.words.iter().any(|x| **x == *cx.terms[m.1 as usize]))
            })
            .map(|m| &*cx.terms[m.1 as usize]),
    );
    let role = |ri: usize| {
        frame.roles[ri]
            .filter(|_| !account && !covered(ri))
            .map(|t| &*cx.terms[t as usize])
    };
    // The phrase stands where its last role would ("graphite anode production share"), its
    // leading modifiers first ("average terbium price").
    let at = written
        .and_then(|w| (0..5).rfind(|&ri| w.covers[ri]))
        .unwrap_or(1);
    let (lead, phrase) = written.map_or((None, None), |w| {
        let (l, p) = w.words.split_at(w.lead);
        let join = |x: &[String]| (!x.is_empty()).then(|| x.join(" "));
        (join(l), join(p))
    });
    words.extend(lead.as_deref());
    words.extend((0..4).filter(|&ri| ri <= at).filter_map(role));
    words.extend(phrase.as_deref());
    words.extend((0..4).filter(|&ri| ri > at).filter_map(role));
    let measure_str;
    if let Some(m) = measure.filter(|_| !covered(4)) {
        measure_str = m;
        words.push(&measure_str);
    }
    // A count says what it counts: "critical minerals trade alliance countries".
    let noun;
    if f.kind == crate::model::Kind::Count && words.len() > usize::from(head.is_some()) {
        noun = plural(&f.unit);
        words.push(&noun);
    }
    if words.len() == usize::from(head.is_some()) {
        return (None, None);
    }
    // A term inside a longer one says nothing more ("supply" beside "supply chain").
    let all = words.clone();
    words.retain(|w| {
        !all.iter()
            .any(|o| o.len() > w.len() && w.split(' ').all(|x| o.split(' ').any(|y| y == x)))
    });
    words.dedup();
    let mut concept = words.join(" ");
    if let Some((to, who)) = frame.target.as_ref().filter(|_| !account) {
        concept.push_str(if *to { " to " } else { " from " });
        concept.push_str(who);
    }
    (Some(concept), raw())
}

/// `concept_text` holds at most this many bytes.
pub const CONCEPT_TEXT_MAX: usize = 160;

/// The last clause of the words a concept was read from (they may reach over sentences and
/// paragraphs): cut after the last sentence end, paragraph break or semicolon that leaves
/// words, and kept to [`CONCEPT_TEXT_MAX`] bytes from its end, at a space.
pub(super) fn one_clause(raw: &str) -> String {
    let mut clause = raw.trim();
    let ends_clause = |i: usize, c: char| {
        c == '\n'
            || (matches!(c, ';' | '.' | '!' | '?')
                && clause[i + 1..].starts_with(char::is_whitespace))
    };
    let cut = clause
        .char_indices()
        .filter(|&(i, c)| ends_clause(i, c))
        .map(|(i, c)| i + c.len_utf8())
        .rfind(|&i| clause[i..].chars().any(char::is_alphabetic));
    if let Some(i) = cut {
        clause = clause[i..].trim();
    }
    // Lines without letters after the last cut (a table's rule) leave a newline: cut there.
    if let Some(i) = clause.find('\n') {
        clause = clause[..i].trim();
    }
    if clause.len() > CONCEPT_TEXT_MAX {
        let mut from = clause.len() - CONCEPT_TEXT_MAX;
        while !clause.is_char_boundary(from) {
            from += 1;
        }
        clause = clause[from..]
            .find(' ')
            .map_or(&clause[from..], |i| &clause[from + i + 1..]);
    }
    clause.to_string()
}

/// The English plural of a counted noun (the contract's count units are English singulars).
pub(super) fn plural(noun: &str) -> String {
    let consonant_y = noun.ends_with('y')
        && !noun.ends_with("ay")
        && !noun.ends_with("ey")
        && !noun.ends_with("oy");
    if consonant_y {
        format!("{}ies", &noun[..noun.len() - 1])
    } else if noun.ends_with('s')
        || noun.ends_with('x')
        || noun.ends_with("ch")
        || noun.ends_with("sh")
    {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concept_text_is_one_bounded_clause() {
        assert_eq!(one_clause("rare earth exports"), "rare earth exports");
        assert_eq!(
            one_clause("Supply tightened.\n\nLithium prices; the spot price"),
            "the spot price"
        );
        let long = "word ".repeat(100);
        let c = one_clause(&long);
        assert!(c.len() <= CONCEPT_TEXT_MAX && c.starts_with("word") && !c.contains('\n'));
        assert_eq!(
            one_clause("URANIUM\nSpot U3O8 rose 75 cents"),
            "Spot U3O8 rose 75 cents"
        );
        assert_eq!(one_clause("Price\n\u{f}\n12"), "Price");
    }
}
