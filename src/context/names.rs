//! Names by their shape: a run of capitalised words or acronyms that the gazetteer need not
//! know ("Saltbush Lithium Ltd", "World Bureau of Metal Statistics", "Comex"), typed by its
//! words (a company's legal form or trade word, an agency's head), and the short name a
//! document uses for it.

use super::lexicon::*;
use super::read::Reader;
use crate::lexicon::HashSet;
use crate::token::{TokKind, Token};
use std::sync::Arc;

/// Whether a name may open at token `k` the way a sentence does (its first word is then a
/// name only if the document also capitalises it inside sentences): the first token, after
/// a line break, a quotation mark, a bracket, a dash, a colon or a bullet.
fn opens(toks: &[Token], k: usize) -> bool {
    k == 0
        || toks[k].gap_newline
        || matches!(
            toks[k - 1].lower.as_str(),
            "\"" | "“" | "”" | "(" | "-" | "–" | "—" | ":" | "•"
        )
}

/// The capitalised words a document writes inside sentences: not first, not after a line
/// break, a full stop, a colon or a quotation mark. (A capital after a bracket or a dash
/// counts: there it is more often a name than a new sentence.)
pub(super) fn capitalised_inside(text: &str, sentences: &[Vec<Token>]) -> HashSet<String> {
    let mut seen = HashSet::default();
    for toks in sentences {
        for (k, t) in toks.iter().enumerate().skip(1) {
            let after_stop = matches!(toks[k - 1].lower.as_str(), "." | ":" | "\"" | "“" | "”");
            if t.kind == TokKind::Word
                && !t.gap_newline
                && !after_stop
                && t.text(text).starts_with(char::is_uppercase)
            {
                seen.insert(t.text(text).to_string());
            }
        }
    }
    seen
}

/// Whether the text writes `word` capitalised inside a sentence: right after a lower-case
/// word or a comma, not after a full stop or a line break. For a title's words, which the
/// sentences read around facts need not hold.
pub(super) fn written_inside(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].trim_end_matches([' ', '\u{a0}']);
        let ends_word = text[at + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        ends_word
            && before.len() < at
            && before
                .chars()
                .next_back()
                .is_some_and(|c| c.is_lowercase() || c == ',')
    })
}

/// Whether most words of a sentence are written in capitals (a headline in capitals): its
/// words say nothing by their shape.
pub(super) fn shouting(text: &str, toks: &[Token]) -> bool {
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.kind == TokKind::Word && t.end - t.start >= 2)
        .map(|t| t.text(text))
        .collect();
    let caps = words
        .iter()
        .filter(|w| !w.chars().any(char::is_lowercase))
        .count();
    caps >= 3 && caps * 5 >= words.len() * 3
}

impl Reader<'_> {
    /// A dateline's place at the head of a paragraph ("LONDON, Jan 13 (MMT) -", "STOCKHOLM
    /// -"): where the story was filed, not what it reports. Returns the token after it.
    pub(super) fn dateline_end(&self, toks: &[Token], i: usize) -> Option<usize> {
        let caps = |t: &Token| {
            t.kind == TokKind::Word
                && t.end - t.start >= 3
                && !t.text(self.text).chars().any(char::is_lowercase)
        };
        if !caps(&toks[i]) {
            return None;
        }
        // At the head of a paragraph only, and not a name the gazetteer knows ("LKAB –").
        let before = &self.text[..toks[i].start];
        let line_start =
            before.trim_end_matches([' ', '\t']).ends_with('\n') || before.trim().is_empty();
        if !line_start || self.lc.entities.match_at(toks, i, self.text).is_some() {
            return None;
        }
        let mut k = i + 1;
        while k < toks.len() && caps(&toks[k]) && !toks[k].gap_newline {
            k += 1;
        }
        let next = toks.get(k)?;
        let dated = || {
            toks.get(k + 1)
                .is_some_and(|t| t.kind == TokKind::Num || self.lx.months.contains_key(&t.lower))
        };
        let dash = |t: &Token| matches!(t.lower.as_str(), "-" | "–" | "—");
        if dash(next) {
            return Some(k + 1);
        }
        // "SANTIAGO, Feb 19 (AMM) -": the date and the agency's code are the dateline's too.
        (next.lower == "," && dated()).then(|| {
            (k..toks.len().min(k + 10))
                .find(|&j| dash(&toks[j]))
                .map_or(k, |j| j + 1)
        })
    }

    /// A common noun written before the name it describes ("Gruvbolaget Kopparfors",
    /// "Litiumbolaget Vätterlitium"): no part of the name.
    pub(super) fn describes_next(&self, toks: &[Token], i: usize) -> bool {
        let w = &toks[i].lower;
        toks[i].text(self.text).starts_with(char::is_uppercase)
            && self
                .lc
                .descriptor_endings
                .iter()
                .any(|e| w.ends_with(e.as_str()))
            && toks
                .get(i + 1)
                .is_some_and(|t| !t.gap_newline && self.capitalised(t))
    }

    fn capitalised(&self, t: &Token) -> bool {
        let w = t.text(self.text);
        t.kind == TokKind::Word
            && w.starts_with(char::is_uppercase)
            && !self.lc.not_names.contains(w)
            && self
                .lc
                .person_titles
                .match_at(std::slice::from_ref(t), 0, self.text)
                .is_none()
            && !self.lx.months.contains_key(&t.lower)
    }

    /// A name by its shape starting at token `i`: its end, the name as the document's short
    /// form (legal forms left out) and its type.
    pub(super) fn shaped_name(
        &self,
        toks: &[Token],
        i: usize,
        free: &[bool],
        seen: &HashSet<String>,
    ) -> Option<Shaped> {
        let (lc, text) = (self.lc, self.text);
        let opens = opens(toks, i);
        // After a bracket or a colon a capital opens a name more often than a sentence
        // ("(Statistics Norway)", "Source: Statistics Norway").
        let after_mark = i > 0 && matches!(toks[i - 1].lower.as_str(), "(" | ":");
        let usable = |k: usize| k < toks.len() && free[k] && !toks[k].gap_newline;
        // "International Copper Study Group": a word that is no name alone opens one.
        let opener = lc.name_openers.contains(toks[i].text(text))
            && usable(i + 1)
            && toks[i + 1].gap > 0
            && self.capitalised(&toks[i + 1]);
        if !usable(i)
            || !(opener || self.capitalised(&toks[i]))
            || lc.weekdays.match_at(toks, i, text).is_some()
        {
            return None;
        }
        let mut k = i + 1;
        let mut words = 1;
        while words < 6 && usable(k) {
            let t = &toks[k];
            let glued_hyphen =
                t.lower == "-" && t.gap == 0 && usable(k + 1) && toks[k + 1].gap == 0;
            // A known name ends the run ("Vicepresident JD Vance"), unless it completes a
            // one-word name ("Mobility Sweden").
            // A common noun's form ("partners" for allies) is no name inside a name
            // ("Wexmoor Partners").
            let known = lc.entities.match_at(toks, k, text).filter(|h| h.as_written);
            let completes = known.as_ref().is_some_and(|h| h.end == k + 1 && words == 1);
            // A domain term ends the run ("Spot NdPr") unless it is a trade word of names
            // ("Pilgrim Lithium").
            // A term followed by a legal form is the company's trade ("Corvina Rare Earths
            // Ltd").
            let term = lc.terms.match_at(toks, k, text).is_some_and(|h| {
                !toks
                    .get(h.end)
                    .is_some_and(|t| lc.legal_suffixes.contains(t.text(text)))
            }) && !lc.company_words.contains(t.text(text));
            // A word glued to a number is a label, no part of the name ("Orvane Copper Q3").
            let label = toks
                .get(k + 1)
                .is_some_and(|n| n.kind == TokKind::Num && n.gap == 0);
            if self.capitalised(t)
                && t.gap > 0
                && !term
                && !label
                && (known.is_none() || completes && (!opens || after_mark))
            {
                k += 1;
                words += 1;
            } else if (glued_hyphen || lc.name_joiners.contains(&t.lower))
                && usable(k + 1)
                && self.capitalised(&toks[k + 1])
            {
                k += 2;
                words += 1;
            } else {
                break;
            }
        }
        let first = toks[i].text(text);
        // A domain term ("NdPr"), a letter, a code glued to a number ("F-35") is no name.
        let code = toks.get(k).is_some_and(|t| t.lower == "-" && t.gap == 0)
            && toks
                .get(k + 1)
                .is_some_and(|t| t.kind == TokKind::Num && t.gap == 0);
        // "Article 18", "Phase 2": a label with its number.
        let label = words == 1 && toks.get(k).is_some_and(|t| t.kind == TokKind::Num);
        if first.chars().count() < 2
            || code
            || label
            || self.lx.units.match_at(toks, i, text).is_some()
            || self.lx.currency_before.match_at(toks, i, text).is_some()
            || (words == 1 && lc.terms.match_at(toks, i, text).is_some())
        {
            return None;
        }
        let acronym = first.chars().count() >= 2 && !first.chars().any(char::is_lowercase);
        let possessive = lc.possessive.match_at(toks, k, text).is_some()
            && toks.get(k).is_some_and(|t| t.gap == 0);
        // A sentence's first word alone is a name where the document writes it so inside a
        // sentence, or as the first word of a longer name ("Tarrawong shipped ..." after
        // "Tarrawong Lithium").
        let opens_a_name = || opens_longer_nearby(text, first, toks[i].start, OPENER_REACH);
        if words == 1
            && opens
            && !acronym
            && !possessive
            && !seen.contains(first)
            && !opens_a_name()
        {
            return None;
        }
        // A genitive glued to the last word ("Fjällmyra Metalls rörelseresultat"), where the
        // document writes the name without it too: the name is the bare form.
        let written = &text[toks[i].start..toks[k - 1].end];
        let genitive = toks
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Word && !self.capitalised(t))
            .then(|| {
                lc.glued_genitive.iter().find_map(|g| {
                    let bare = written.strip_suffix(g.as_str())?;
                    let last = bare.rsplit(' ').next()?;
                    let near = bare_nearby(text, bare, toks[i].start, GENITIVE_REACH);
                    (last.chars().count() >= 3 && near).then_some(g.len())
                })
            })
            .flatten()
            .unwrap_or(0);
        let word_at = |j: usize| {
            let w = toks[j].text(text);
            match w.len().checked_sub(genitive) {
                Some(n) if j + 1 == k && w.is_char_boundary(n) => &w[..n],
                _ => w,
            }
        };
        let company = (i..k).any(|j| {
            lc.company_words.contains(word_at(j)) || lc.legal_suffixes.contains(word_at(j))
        }) || lc.legal_suffixes.contains(
            toks.get(k)
                .filter(|t| t.gap > 0 && usable(k))
                .map_or("", |t| t.text(text)),
        );
        let last = word_at(k - 1).to_lowercase();
        let agency = (i..k).any(|j| lc.agency_words.contains(word_at(j)))
            || lc.agency_endings.iter().any(|e| last.ends_with(e.as_str()));
        let market = (i..k).any(|j| lc.market_words.contains(word_at(j)))
            || lc.market_endings.iter().any(|e| last.ends_with(e.as_str()));
        // A site: a name before a site's noun ("the Kemerton hydroxide plant") or after one
        // ("smältverket Rönnskär").
        let object_at = |j: usize| {
            usable(j)
                && toks[j].kind == TokKind::Word
                && lc
                    .terms
                    .match_at(toks, j, text)
                    .is_some_and(|h| h.value.role == Role::Object)
        };
        let site = (k..k + 3)
            .take_while(|&j| usable(j) && toks[j].kind == TokKind::Word)
            .any(object_at)
            || (i > 0 && object_at(i - 1));
        // A title after its article, behind up to two modifiers ("a resources analyst",
        // "en senior analytiker"): the token after it.
        let title_at = |a: usize| {
            (0..=2).find_map(|skip| {
                let plain = (a..a + skip).all(|j| {
                    toks.get(j)
                        .is_some_and(|t| t.kind == TokKind::Word && t.text(text) == t.lower)
                });
                plain
                    .then(|| lc.person_titles.match_at(toks, a + skip, text))
                    .flatten()
                    .map(|h| h.end)
            })
        };
        let titled = (i.saturating_sub(3)..i).any(|j| {
            lc.person_titles
                .match_at(toks, j, text)
                .is_some_and(|h| h.end == i)
                }) || (toks.get(k).is_some_and(|t| t.lower == ",")
            && lc.person_titles.match_at(toks, k + 1, text).is_some())
                        // "Callum Doyle is an analyst at ...", "Sara Mäki är analytiker på ...".
            || self.lx.copulas.match_at(toks, k, text).is_some_and(|c| {
                let a = c.end
                    + usize::from(
                        toks.get(c.end)
                            .is_some_and(|t| self.lx.articles.contains(&t.lower)),
                    );
                title_at(a).is_some_and(|e| {
                    toks.get(e)
                        .is_some_and(|t| lc.title_links.contains(&t.lower))
                })
            })
            || (toks.get(k).is_some_and(|t| t.lower == ",")
                && toks
                    .get(k + 1)
                    .is_some_and(|t| self.lx.articles.contains(&t.lower))
                && title_at(k + 2).is_some());
        // A name in quotation marks names a thing: a project, a report, an initiative.
        let quoted = i > 0 && matches!(toks[i - 1].lower.as_str(), "\"" | "“" | "”" | "'" | "‘");
        if opener && (words < 2 || !(company || agency || market)) {
            return None;
        }
        let etype = if (site || quoted) && !company && !agency {
            EType::Site
        } else if titled && words >= 2 && !company && !agency {
            EType::Person
        } else if market {
            EType::Market
        } else if agency {
            EType::Agency
        } else if company {
            EType::Company
        } else {
            EType::Org
        };
        // The short name: without a legal form at its end, and a company's without the
        // trade words after its own name ("Caldera Copper Corp" is "Caldera"), unless what
        // is left is a trade word or a short code ("Mineral Resources", "MP Materials").
        let mut e = k;
        while e > i + 1 && lc.legal_suffixes.contains(word_at(e - 1)) {
            e -= 1;
        }
        if etype == EType::Company {
            let words: Vec<&str> = (i..e).map(word_at).collect();
            let s = i + own_words(&words, |w| lc.company_words.contains(w));
            let own = text[toks[i].start..toks[s - 1].end].trim_end();
            if !lc.company_words.contains(word_at(i))
                && own.chars().count() >= 3
                && !lc.name_joiners.contains(&toks[s - 1].lower)
            {
                e = s;
            }
        }
        // A legal form after the run ("Nordmalm AB") is part of the mention, not the name.
        let end = if usable(k) && lc.legal_suffixes.contains(word_at(k)) {
            k + 1
        } else {
            k
        };
        let cut = if e == k { genitive } else { 0 };
        Some(Shaped {
            end,
            name: text[toks[i].start..toks[e - 1].end - cut].into(),
            etype,
            genitive: genitive > 0,
        })
    }
}

/// A name read by its shape.
pub(super) struct Shaped {
    /// The token after the mention.
    pub(super) end: usize,
    /// The document's short form.
    pub(super) name: Arc<str>,
    pub(super) etype: EType,
    /// Written with a genitive glued to it: a possessive.
    pub(super) genitive: bool,
}

/// Whether `name` stands as a word of its own, not only inside a longer one, within
/// `reach` bytes of byte `at` (a bounded search: a long document costs no more per name).
fn bare_nearby(text: &str, name: &str, at: usize, reach: usize) -> bool {
    nearby(text, name, at, reach).any(|(_, rest)| rest.chars().next().is_none_or(no_letter))
}

/// Whether `word` stands as the first word of a longer capitalised name ("Tarrawong
/// Lithium") elsewhere within `reach` bytes of byte `at`, where it is written.
fn opens_longer_nearby(text: &str, word: &str, at: usize, reach: usize) -> bool {
    nearby(text, word, at, reach).any(|(k, rest)| {
        let mut after = rest.chars();
        k != at && after.next() == Some(' ') && after.next().is_some_and(char::is_uppercase)
    })
}

/// Where `word` is written within `reach` bytes of byte `at` with no letter or digit right
/// before it: each place's byte in `text`, and the text after the word.
fn nearby<'t>(
    text: &'t str,
    word: &'t str,
    at: usize,
    reach: usize,
) -> impl Iterator<Item = (usize, &'t str)> {
    let mut a = at.saturating_sub(reach);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (at + reach).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    let window = &text[a..b];
    window
        .match_indices(word)
        .filter(move |&(k, _)| window[..k].chars().next_back().is_none_or(no_letter))
        .map(move |(k, _)| (a + k, &window[k + word.len()..]))
}

fn no_letter(c: char) -> bool {
    !c.is_alphanumeric()
}

/// How far from a name the bare form of its genitive is looked for.
const GENITIVE_REACH: usize = 16 * 1024;

/// How far from a sentence's first word the longer name it may open is looked for: the
/// passages around it (this runs for many sentences, so it reaches less far).
const OPENER_REACH: usize = 4 * 1024;
