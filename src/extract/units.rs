//! Unit and currency attachment, counted nouns (by the lexicon, a compound's head or a plural
//! ending), the outlet's dollar, and index levels.

use super::*;

/// The currency a document's bare "$" means: what its outlet says ("All figures in
/// Australian dollars unless otherwise stated", from the lexicons' currency notes), else the
/// country of its web address ("https://www.example.com.au/..." is AUD, `hosts` in
/// `resources/currencies.toml`).
pub fn outlet_dollar(
    text: &str,
    url: Option<&str>,
    lexicons: &crate::lexicon::Lexicons,
) -> Option<String> {
    noted_dollar(text, lexicons).or_else(|| url.and_then(|u| host_dollar(u, lexicons)))
}

/// The top-level domain of a web address, as the currency whose "$" its outlets mean.
fn host_dollar(url: &str, lexicons: &crate::lexicon::Lexicons) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    let tld = host
        .trim_end_matches('.')
        .rsplit('.')
        .next()?
        .to_lowercase();
    lexicons.dollar_hosts.get(&tld).cloned()
}

/// The currency a note of the outlet names for its "$".
fn noted_dollar(text: &str, lexicons: &crate::lexicon::Lexicons) -> Option<String> {
    for lx in &lexicons.langs {
        for m in lx.currency_notes.find_iter(text) {
            let rest = &text[m.end()..];
            let end = rest.char_indices().nth(40).map_or(rest.len(), |(j, _)| j);
            let toks = tokenize(rest, 0, end);
            let found = lx
                .units
                .match_at(&toks, 0, rest)
                .map(|h| h.value.unit.clone());
            if let Some(code) = found.filter(|c| lx.dollar_codes.contains(c)) {
                return Some(code);
            }
        }
    }
    None
}

impl Sentence<'_> {
    /// The currency a hit of `currency_before` names: a bare "$" is the outlet's dollar when
    /// the document says which ("All figures in A$", an Australian web address).
    pub(super) fn currency_of(&self, h: &crate::lexicon::Hit<'_, UnitDef>) -> UnitDef {
        let mut u = h.value.clone();
        if h.end == h.start + 1 && self.toks[h.start].lower == "$" {
            if let Some(code) = self.dollar {
                u.unit = code.to_string();
            }
        }
        u
    }

    /// A unit after a number at token `j`: `%`, `ton`, `MSEK`, `-procentiga`..., or one
    /// alone in brackets (rule `bracketed_unit`: "20 (kg)", "20 [kg]").
    pub(super) fn unit_at(&self, j: usize) -> Option<(UnitDef, usize)> {
        let close = match self.toks.get(j).map(|t| t.lower.as_str()) {
            Some("(") => ")",
            Some("[") => "]",
            Some("{") => "}",
            Some("<") => ">",
            _ => return self.unit_written_at(j),
        };
        let (u, e) = self.unit_written_at(j + 1)?;
        let closed = self.toks.get(e).is_some_and(|t| t.lower == close);
        (closed && u.kind != Kind::Count).then_some((u, e + 1))
    }

    /// A unit written at token `j`.
    fn unit_written_at(&self, j: usize) -> Option<(UnitDef, usize)> {
        self.unit_named_at(j).or_else(|| self.final_unit_at(j))
    }

    /// Rule `clause_final_unit`: "2 in.", "2 1/2 in thick": a name that is the unit only at
    /// the end of its clause or before a word of size.
    fn final_unit_at(&self, j: usize) -> Option<(UnitDef, usize)> {
        let h = self.lx.final_units.match_at(&self.toks, j, self.src)?;
        let ends = self.toks.get(h.end).is_none_or(|t| {
            is_clause_break(t)
                || self
                    .word(h.end)
                    .is_some_and(|w| self.lx.size_words.contains(w))
        }) || self.toks[h.end - 1].lower == ".";
        (ends && j > 0 && self.toks[j - 1].kind == TokKind::Num).then(|| (h.value.clone(), h.end))
    }

    /// A unit named at token `j`, as the unit table writes it.
    fn unit_named_at(&self, j: usize) -> Option<(UnitDef, usize)> {
        let t = self.toks.get(j)?;
        let h = self
            .lx
            .units
            .match_at(&self.toks, j, self.src)
            .or_else(|| {
                // "Room 4C", "Platform 9F": after a name the letter is part of a label.
                let named = j >= 2
                    && self.toks[j - 2].kind == TokKind::Word
                    && self.toks[j - 2]
                        .text(self.src)
                        .starts_with(char::is_uppercase);
                let glued = j > 0 && t.gap == 0 && self.toks[j - 1].kind == TokKind::Num && !named;
                glued
                    .then(|| self.lx.glued_symbols.match_at(&self.toks, j, self.src))
                    .flatten()
            })?;
        if t.lower == "-" && t.gap > 0 {
            return None;
        }
        // The unit must end where its word ends: "t" is not the start of "tariffs".
        if self
            .toks
            .get(h.end)
            .is_some_and(|n| n.gap == 0 && n.kind != TokKind::Sym)
        {
            return None;
        }
        // Rule `unknown_compound_unit`: a unit joined by a hyphen to another unit is a unit
        // of its own that no table lists ("275 pound-feet", "332 lb-ft" of torque), not the
        // first one ("5 km-long" stays 5 km).
        let joined = self
            .toks
            .get(h.end)
            .is_some_and(|n| n.gap == 0 && n.lower == "-")
            && self.toks.get(h.end + 1).is_some_and(|n| n.gap == 0)
            && self
                .lx
                .units
                .match_at(&self.toks, h.end + 1, self.src)
                .is_some();
        if joined {
            return None;
        }
        Some((h.value.clone(), h.end))
    }

    /// Whether the word at `i` may stand between a number and its noun: a listed filler
    /// ("other", "nya"), or any word of four letters or more that is not a function word
    /// nor a unit ("de tre första åren räknar": no count of "räknar").
    pub(super) fn is_filler(&self, i: usize) -> bool {
        if self.unit_at(i).is_some() {
            return false;
        }
        let acronym = self.toks.get(i).is_some_and(|t| {
            let text = t.text(self.src);
            t.kind == TokKind::Word
                && text.chars().count() >= 2
                && text.chars().all(char::is_uppercase)
        });
        acronym
            || self.word(i).is_some_and(|w| {
                self.lx.count_fillers.contains(w)
                    || (w.chars().count() >= 4
                        && !self.lx.stopwords.contains(w)
                        && !self.lx.months.contains_key(w))
            }) && !self.adjacent(i)
    }

    /// A counted noun at `j`, possibly after a few adjectives: "19 länder", "eight lepidolite mines".
    pub(super) fn count_at(&self, j: usize) -> Option<(UnitDef, usize)> {
        for skip in 0..=2 {
            let k = j + skip;
            if (j..k).any(|f| !self.is_filler(f)) {
                return None;
            }
            if self.adjacent(k) && self.toks.get(k).is_some_and(|t| t.lower != "-") {
                return None;
            }
            let noun = match self.lx.count_nouns.match_at(&self.toks, k, self.src) {
                Some(h) => Some((h.value.clone(), h.end)),
                None => self
                    .compound_head_at(k)
                    .or_else(|| self.plural_noun_at(k))
                    .map(|n| (n, k + 1)),
            };
            if let Some((noun, end)) = noun {
                if self
                    .toks
                    .get(end)
                    .is_some_and(|n| n.gap == 0 && n.kind == TokKind::Word)
                {
                    return None;
                }
                let unit = UnitDef::canonical(Kind::Count, noun);
                return Some((unit, end));
            }
        }
        None
    }

    /// The word at `k` when it stands apart and is written in lower case: what may be a
    /// counted noun not in the lexicon.
    fn lower_word_at(&self, k: usize) -> Option<&str> {
        let t = self
            .toks
            .get(k)
            .filter(|t| t.kind == TokKind::Word && t.gap > 0)?;
        (t.text(self.src) == t.lower).then_some(t.lower.as_str())
    }

    /// Rule `compound_head`: a lower-case compound whose last part is a counted noun counts
    /// that noun ("tolv metallgruvor" counts mines), in a language that writes compounds as
    /// one word.
    pub(super) fn compound_head_at(&self, k: usize) -> Option<String> {
        let w = self.lower_word_at(k)?;
        if self.lx.not_counted.contains(w) {
            return None;
        }
        self.lx
            .compound_heads
            .iter()
            .find(|(f, _)| w.len() > f.len() + 2 && w.ends_with(f.as_str()))
            .map(|(_, n)| n.clone())
    }

    /// A lower-case word that reads as a plural noun by the lexicon's endings, as its
    /// singular: "ventures" → "venture", "refineries" → "refinery".
    pub(super) fn plural_noun_at(&self, k: usize) -> Option<String> {
        let w = self.lower_word_at(k)?;
        let lx = self.lx;
        if w.chars().count() < 4
            || lx.stopwords.contains(w)
            || lx.not_counted.contains(w)
            || lx.months.contains_key(w)
            || lx.change_words.match_at(&self.toks, k, self.src).is_some()
        {
            return None;
        }
        let (end, singular) = lx
            .plural_endings
            .iter()
            .find(|(end, _)| w.ends_with(end.as_str()))?;
        (singular != "-").then(|| format!("{}{singular}", &w[..w.len() - end.len()]))
    }

    /// Rule `index_level`: a bare figure is an index level in points right after an index's
    /// name ("metallprisindex 142,3"), or after "to"/"at" following the index's change in
    /// the same clause ("rose 64.06 points to 4,577.10", "the index gained 0.7% to 6,327.80",
    /// "the TA-125 climbed 0.1% to 1,333.18"). A share price after a change ("Pluristem rose
    /// 8.15% to 3.65") stays no fact: nothing names an index.
    pub(super) fn index_level(&self, n: &Number, prev: Option<&Mention>) -> Option<UnitDef> {
        let lx = self.lx;
        if !n.digits || n.year_like || n.signed.is_some() || n.start == 0 {
            return None;
        }
        let points = || UnitDef::canonical(Kind::Index, "point".into());
        let index_word = |w: &str| lx.index_words.iter().any(|i| w.ends_with(i.as_str()));
        let before = self.word(n.start - 1)?;
        if index_word(before) && self.toks[n.start - 1].kind == TokKind::Word {
            return Some(points());
        }
        let prev = prev.filter(|p| p.measure == Measure::Change)?;
        let to = &self.toks[n.start - 1];
        let between = self.src.get(prev.end..to.start)?;
        // "0.57%, to 72,614.80": a comma may close the change's restatement.
        if !lx.level_before.contains(before) || !matches!(between.trim(), "" | ",") {
            return None;
        }
        match prev.unit.kind {
            Kind::Index => Some(points()),
            Kind::Percent => {
                // An index named before the change: its word, or a name with a figure
                // ("TA-125", "ASX 200").
                let first = self.toks.partition_point(|t| t.end <= prev.start);
                // Back to the last coordinator or semicolon: "the ASX 200 gained 0.7% to 6,327.80
                // and Orvane rose 8% to 3.65" (but "The dollar index, which ..., fell 0.3% to
                // 97.42" names its index across the commas).
                let clause = (0..first)
                    .rev()
                    .find(|&i| {
                        self.toks[i].lower == ";" || lx.coordinators.contains(&self.toks[i].lower)
                    })
                    .map_or(0, |i| i + 1);
                // Or a change in points before it: "climbed 412.37 points, or 0.57%, to
                // 72,614.80".
                let named = (clause..first).any(|i| {
                    let t = &self.toks[i];
                    let points = t.kind == TokKind::Word
                        && lx
                            .units
                            .match_at(&self.toks, i, self.src)
                            .is_some_and(|h| h.value.kind == Kind::Index);
                    points
                        || (t.kind == TokKind::Word && index_word(&t.lower))
                        || (t.kind == TokKind::Num
                            && i > 0
                            && t.gap <= 1
                            && self.toks[i - 1]
                                .text(self.src)
                                .chars()
                                .next()
                                .is_some_and(|c| c.is_uppercase() || c == '-'))
                });
                named.then(points)
            }
            _ => None,
        }
    }
}
