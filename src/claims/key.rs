//! What makes two reports one claim: the concept's key and the claim's key.

use crate::context::ContextLexicons;

/// The claims key of a concept: its terms, each as its group's term, sorted, and the other
/// party of a flow ("to United States") as written. Other words are kept only in a concept
/// whose terms are at most modifiers ("average fare"): beside a head term they narrow a
/// phrase as written ("benchmark copper price"), not the quantity. Beside a product, its material is left out.
pub fn concept_key(cx: &ContextLexicons, concept: &str) -> String {
    let all: Vec<&str> = concept.split_whitespace().collect();
    // The flow's party follows the concept's "to"/"from" (see `context::concept::render`).
    let party = all
        .iter()
        .rposition(|w| matches!(*w, "to" | "from"))
        .unwrap_or(all.len());
    let words = &all[..party];
    let terms = cx.terms_longest_first();
    let mut out: Vec<String> = Vec::new();
    let mut plain: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let hit = terms.iter().find(|t| {
            let n = t.split_whitespace().count();
            i + n <= words.len() && words[i..i + n].join(" ") == ***t
        });
        match hit {
            Some(t) => {
                out.push(cx.claim_term(t).to_string());
                i += t.split_whitespace().count();
            }
            None => {
                plain.push(words[i].to_string());
                i += 1;
            }
        }
    }
    // Only a modifier ("average fare"): the words as written are what is measured.
    if out.iter().all(|w| {
        cx.role(w)
            .is_none_or(|r| r == crate::context::Role::Modifier)
    }) {
        out.extend(plain);
    }
    out.extend(all[party..].iter().map(|w| w.to_string()));
    // A product says what its material is: "rare earth magnet" and "magnet" meet; a form of
    // a material does not ("nickel concentrate" and "cobalt concentrate" stay apart).
    if out
        .iter()
        .any(|w| cx.role(w) == Some(crate::context::Role::Product) && !cx.is_form(w))
    {
        out.retain(|w| cx.role(w) != Some(crate::context::Role::Commodity));
    }
    out.sort();
    out.dedup();
    out.join(" ")
}

/// What makes two reports one claim: the same subject, concept (as its key), unit, rate
/// denominator and measure. A level, a change and a prior period's figure never share a row,
/// nor do a price per tonne and a total.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct ClaimKey {
    pub subject: String,
    pub concept_key: String,
    pub unit: String,
    pub per: Option<String>,
    pub measure: String,
}

impl super::spill::Spill for ClaimKey {
    fn put(&self, e: &mut super::spill::Enc) {
        for s in [&self.subject, &self.concept_key, &self.unit, &self.measure] {
            e.str(s);
        }
        e.opt(self.per.as_deref());
    }

    fn take(d: &mut super::spill::Dec<'_>) -> std::io::Result<Self> {
        let (subject, concept_key, unit, measure) = (d.str()?, d.str()?, d.str()?, d.str()?);
        Ok(ClaimKey {
            subject,
            concept_key,
            unit,
            per: d.opt()?,
            measure,
        })
    }

    fn size(&self) -> usize {
        self.subject.len()
            + self.concept_key.len()
            + self.unit.len()
            + self.per.as_ref().map_or(0, String::len)
            + self.measure.len()
    }
}

impl ClaimKey {
    /// A stable id: the first 16 hex digits of the SHA-256 of the key's fields.
    pub(super) fn id(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        for part in [
            &self.subject,
            &self.concept_key,
            &self.unit,
            self.per.as_deref().unwrap_or(""),
            &self.measure,
        ] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        h.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}
