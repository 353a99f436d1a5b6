//! Stage 6, context: who a fact is about (`subject`), what it measures (`concept`), when
//! (`time`, `time_start`, `time_end`) and who says so (`source`).
//!
//! Each sentence is read once into entity mentions (the gazetteer), domain terms (commodity,
//! product, activity, object, measure), time phrases and source cues. A fact takes what its
//! own part of the sentence says (its *slot*: from the fact before it to the fact after it),
//! then what the rest of the sentence says, then what the passage before it said: the
//! previous fact within two sentences, or the previous sentence. A source may also come from
//! the next sentence when that sentence only attributes ("Det enligt CSIS."). Anaphors ("the
//! agency") resolve to the last entity of their type. Every word comes from
//! `resources/context.toml` and `resources/<lang>/context.toml`.

use crate::lexicon::{phrases, HashMap, Lexicon, Lexicons, PhraseSet};
use crate::model::{Date, Fact};
use crate::segment::Sentence;
use crate::token::{tokenize, TokKind, Token};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

/// What an entity of the gazetteer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EType {
    Country,
    Region,
    Bloc,
    Company,
    Agency,
    Media,
    Group,
    /// A name the gazetteer does not know, read after a word like "firm" or "founder of".
    Org,
}

/// The part a domain term plays in a concept, in the order the concept names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Commodity,
    Product,
    Activity,
    Object,
    Measure,
}
const ROLES: [Role; 5] = [
    Role::Commodity,
    Role::Product,
    Role::Activity,
    Role::Object,
    Role::Measure,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Period {
    Year,
    Quarter,
    Month,
    Week,
    Day,
    Decade,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawShared {
    entity: Vec<RawEntity>,
    claims: RawClaims,
    concepts: RawSharedConcepts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntity {
    name: String,
    #[serde(rename = "type")]
    etype: EType,
    names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaims {
    same: Vec<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSharedConcepts {
    flows: BTreeMap<String, String>,
    percent_level: String,
    kind_heads: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLang {
    lang: String,
    endings: Vec<String>,
    #[serde(default)]
    compound_joiners: Vec<String>,
    entities: BTreeMap<String, Vec<String>>,
    subject: RawSubject,
    flow: RawFlow,
    names: RawNames,
    source: RawSource,
    time: RawTime,
    concepts: BTreeMap<Role, BTreeMap<String, Vec<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSubject {
    oblique: Vec<String>,
    locative: Vec<String>,
    clause_marks: Vec<String>,
    members: Vec<String>,
    coordinators: Vec<String>,
    determiners: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFlow {
    to: Vec<String>,
    from: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNames {
    after: Vec<String>,
    part_of: Vec<String>,
    company_words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    releases: Vec<String>,
    according: Vec<String>,
    verbs: Vec<String>,
    anaphors: BTreeMap<String, EType>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTime {
    prepositions: Vec<String>,
    baseline: Vec<String>,
    now: Vec<String>,
    relative: BTreeMap<String, (Period, i32)>,
    weekdays: Vec<String>,
    ago: Vec<String>,
    ago_before: Vec<String>,
    ahead: Vec<String>,
    periods: BTreeMap<Period, Vec<String>>,
    quarters: Vec<String>,
    halves: Vec<String>,
    quarter_codes: Vec<String>,
    ordinals: BTreeMap<String, u32>,
    until: Vec<String>,
}

/// A domain term: its English form and role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TermRef {
    role: Role,
    term: u32,
}

/// One language's compiled context knowledge.
struct LangContext {
    entities: PhraseSet<u32>,
    terms: PhraseSet<TermRef>,
    /// Single-word terms with their endings, for splitting compounds.
    words: HashMap<String, TermRef>,
    /// Single-word terms as written, the first part of a compound.
    heads: HashMap<String, TermRef>,
    compound_joiners: Vec<String>,
    oblique: PhraseSet<()>,
    locative: PhraseSet<()>,
    clause_marks: PhraseSet<()>,
    members: PhraseSet<()>,
    coordinators: PhraseSet<()>,
    determiners: PhraseSet<()>,
    flow_to: PhraseSet<()>,
    flow_from: PhraseSet<()>,
    names_after: PhraseSet<()>,
    part_of: PhraseSet<()>,
    company_words: crate::lexicon::HashSet<String>,
    /// Words at the head of a document that make it its topic company's own release.
    releases: Vec<String>,
    according: PhraseSet<()>,
    verbs: PhraseSet<()>,
    anaphors: PhraseSet<EType>,
    prepositions: PhraseSet<()>,
    baseline: PhraseSet<()>,
    now: PhraseSet<()>,
    relative: PhraseSet<(Period, i32)>,
    weekdays: PhraseSet<u32>,
    ago: PhraseSet<()>,
    ago_before: PhraseSet<()>,
    ahead: PhraseSet<()>,
    periods: PhraseSet<Period>,
    quarters: PhraseSet<()>,
    halves: PhraseSet<()>,
    quarter_codes: PhraseSet<()>,
    ordinals: PhraseSet<u32>,
    until: PhraseSet<()>,
    /// Every lower-cased token some phrase above starts with.
    starts: crate::lexicon::HashSet<String>,
}

pub struct Entity {
    pub name: Arc<str>,
    pub etype: EType,
}

/// All context knowledge, compiled once.
pub struct ContextLexicons {
    pub entities: Vec<Entity>,
    /// English terms, indexed by [`TermRef::term`].
    terms: Vec<Arc<str>>,
    /// The same, the longest first: to read them back out of a concept phrase.
    longest_first: Vec<Arc<str>>,
    /// Per language, in the order of [`Lexicons::langs`].
    langs: Vec<Option<LangContext>>,
    /// Term -> the term that stands for its group in claims.
    same: HashMap<String, String>,
    /// Flow activity -> whether its other party follows "to" (true) or "from" (false).
    flows: HashMap<String, bool>,
    percent_level: Arc<str>,
    kind_heads: HashMap<String, String>,
    /// Every name of every language, lower-cased, to its entity: to normalise gold names.
    by_name: HashMap<String, usize>,
}

fn has_upper(s: &str) -> bool {
    s.chars().any(char::is_uppercase)
}

/// Phrase sets that remember which tokens any of them starts with (`LangContext::starts`).
#[derive(Default)]
struct Recorder {
    starts: crate::lexicon::HashSet<String>,
}

impl Recorder {
    fn keep<T: Clone>(&mut self, p: PhraseSet<T>) -> PhraseSet<T> {
        self.starts.extend(p.first_tokens());
        p
    }
    fn forms(&mut self, forms: &[String]) -> PhraseSet<()> {
        self.keep(phrases(forms, ()))
    }
    fn pairs<'a, T: Clone + 'a>(
        &mut self,
        pairs: impl IntoIterator<Item = (&'a String, T)>,
    ) -> PhraseSet<T> {
        let mut p = PhraseSet::default();
        for (form, v) in pairs {
            p.add(form, false, v);
        }
        self.keep(p)
    }
}

impl ContextLexicons {
    pub fn embedded() -> &'static ContextLexicons {
        static CELL: OnceLock<ContextLexicons> = OnceLock::new();
        CELL.get_or_init(|| {
            ContextLexicons::parse(
                crate::lexicon::CONTEXT_SHARED,
                crate::lexicon::CONTEXTS,
                Lexicons::embedded(),
            )
            .unwrap_or_else(|e| panic!("embedded context resources are invalid: {e}"))
        })
    }

    fn parse(shared: &str, langs: &[(&str, &str)], lx: &Lexicons) -> Result<Self, String> {
        let raw: RawShared =
            toml::from_str(shared).map_err(|e| format!("resources/context.toml: {e}"))?;
        let mut entities = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::default();
        let mut by_name: HashMap<String, usize> = HashMap::default();
        for e in &raw.entity {
            index.insert(e.name.clone(), entities.len());
            by_name.insert(e.name.to_lowercase(), entities.len());
            for n in &e.names {
                by_name.insert(n.to_lowercase(), entities.len());
            }
            entities.push(Entity {
                name: e.name.as_str().into(),
                etype: e.etype,
            });
        }
        let mut same = HashMap::default();
        for group in &raw.claims.same {
            for t in group {
                same.insert(t.clone(), group[0].clone());
            }
        }
        let flows = raw
            .concepts
            .flows
            .iter()
            .map(|(k, v)| (k.clone(), v == "to"))
            .collect();
        let kind_heads = raw.concepts.kind_heads.into_iter().collect();
        let mut terms: Vec<Arc<str>> = Vec::new();
        let mut term_index: HashMap<String, u32> = HashMap::default();
        let mut compiled: Vec<Option<LangContext>> = lx.langs.iter().map(|_| None).collect();
        for (code, text) in langs {
            let file = format!("resources/{code}/context.toml");
            let r: RawLang = toml::from_str(text).map_err(|e| format!("{file}: {e}"))?;
            let Some(li) = lx.index(&r.lang) else {
                return Err(format!("{file}: no lexicon for language {:?}", r.lang));
            };
            // A form and the same form with each ending: the genitive, plurals, definite forms.
            let inflect = |f: &str| -> Vec<String> {
                std::iter::once(f.to_string())
                    .chain(r.endings.iter().map(|e| format!("{f}{e}")))
                    .collect()
            };
            let mut ents = PhraseSet::default();
            let mut add_entity = |form: &str, i: usize| {
                for v in inflect(form) {
                    ents.add(&v, has_upper(form), i as u32);
                }
            };
            for (i, e) in raw.entity.iter().enumerate() {
                for n in &e.names {
                    add_entity(n, i);
                }
            }
            for (name, forms) in &r.entities {
                let i = *index.get(name).ok_or_else(|| {
                    format!("{file}: entity {name:?} is not in resources/context.toml")
                })?;
                for f in forms {
                    add_entity(f, i);
                    by_name.insert(f.to_lowercase(), i);
                }
            }
            let mut tset = PhraseSet::default();
            let mut words = HashMap::default();
            let mut heads = HashMap::default();
            for (role, table) in &r.concepts {
                for (english, forms) in table {
                    let term = *term_index.entry(english.clone()).or_insert_with(|| {
                        terms.push(english.as_str().into());
                        terms.len() as u32 - 1
                    });
                    let t = TermRef { role: *role, term };
                    for f in forms {
                        let single = tokenize(f, 0, f.len()).len() == 1;
                        if single {
                            heads.insert(f.to_lowercase(), t);
                        }
                        for v in inflect(f) {
                            tset.add(&v, has_upper(f), t);
                            if single {
                                words.insert(v.to_lowercase(), t);
                            }
                        }
                    }
                }
            }
            let mut rec = Recorder::default();
            let weekday_forms: Vec<(String, u32)> = (r.time.weekdays.iter().enumerate())
                .flat_map(|(i, d)| inflect(d).into_iter().map(move |v| (v, i as u32)))
                .collect();
            let period_forms: Vec<(&String, Period)> = (r.time.periods.iter())
                .flat_map(|(p, forms)| forms.iter().map(move |f| (f, *p)))
                .collect();
            compiled[li] = Some(LangContext {
                entities: rec.keep(ents),
                terms: rec.keep(tset),
                words,
                heads,
                compound_joiners: r.compound_joiners.clone(),
                oblique: rec.forms(&r.subject.oblique),
                locative: rec.forms(&r.subject.locative),
                clause_marks: rec.forms(&r.subject.clause_marks),
                members: rec.forms(&r.subject.members),
                coordinators: rec.forms(&r.subject.coordinators),
                determiners: rec.forms(&r.subject.determiners),
                flow_to: rec.forms(&r.flow.to),
                flow_from: rec.forms(&r.flow.from),
                names_after: rec.forms(&r.names.after),
                part_of: rec.forms(&r.names.part_of),
                company_words: r.names.company_words.iter().cloned().collect(),
                releases: r.source.releases.iter().map(|s| s.to_lowercase()).collect(),
                according: rec.forms(&r.source.according),
                verbs: rec.forms(&r.source.verbs),
                anaphors: rec.pairs(r.source.anaphors.iter().map(|(f, t)| (f, *t))),
                prepositions: rec.forms(&r.time.prepositions),
                baseline: rec.forms(&r.time.baseline),
                now: rec.forms(&r.time.now),
                relative: rec.pairs(r.time.relative.iter().map(|(f, v)| (f, *v))),
                weekdays: rec.pairs(weekday_forms.iter().map(|(f, i)| (f, *i))),
                ago: rec.forms(&r.time.ago),
                ago_before: rec.forms(&r.time.ago_before),
                ahead: rec.forms(&r.time.ahead),
                periods: rec.pairs(period_forms),
                quarters: rec.forms(&r.time.quarters),
                halves: rec.forms(&r.time.halves),
                quarter_codes: rec.forms(&r.time.quarter_codes),
                ordinals: rec.pairs(r.time.ordinals.iter().map(|(f, n)| (f, *n))),
                until: rec.forms(&r.time.until),
                starts: rec.starts,
            });
        }
        let mut longest_first = terms.clone();
        longest_first.sort_by_key(|t| std::cmp::Reverse(t.split_whitespace().count()));
        Ok(ContextLexicons {
            entities,
            terms,
            longest_first,
            langs: compiled,
            same,
            flows,
            percent_level: raw.concepts.percent_level.as_str().into(),
            kind_heads,
            by_name,
        })
    }

    /// The canonical name for a name in any language ("Kina", "the US" -> "China", "United
    /// States"); coordinated names each ("US and Australia"); else the name as given.
    pub fn normalize_name(&self, name: &str) -> String {
        let n = name.trim();
        let lookup = |s: &str| -> Option<String> {
            let l = s.trim().trim_start_matches("the ").trim().to_lowercase();
            let l = l
                .strip_suffix("'s")
                .or_else(|| l.strip_suffix("’s"))
                .unwrap_or(&l)
                .to_string();
            self.by_name
                .get(&l)
                .or_else(|| self.by_name.get(&s.trim().to_lowercase()))
                .map(|&i| self.entities[i].name.to_string())
        };
        if let Some(c) = lookup(n) {
            return c;
        }
        for joiner in [" and ", " och ", " & "] {
            if n.contains(joiner) {
                return n
                    .split(joiner)
                    .map(|p| lookup(p).unwrap_or_else(|| p.trim().to_string()))
                    .collect::<Vec<_>>()
                    .join(" and ");
            }
        }
        n.to_string()
    }

    /// The term that stands for `term`'s group in claims ("refining" -> "processing").
    pub fn claim_term<'a>(&'a self, term: &'a str) -> &'a str {
        self.same.get(term).map_or(term, String::as_str)
    }

    /// Every English term the concepts are built from, the longest (in words) first.
    pub fn terms_longest_first(&self) -> &[Arc<str>] {
        &self.longest_first
    }
}

/// The embedded context files, for the run fingerprint.
pub fn embedded_texts() -> impl Iterator<Item = &'static str> {
    std::iter::once(crate::lexicon::CONTEXT_SHARED)
        .chain(crate::lexicon::CONTEXTS.iter().map(|(_, t)| *t))
}

// ---------------------------------------------------------------------------------------
// Reading a sentence.

/// Who a mention names: a gazetteer entity, or a name the gazetteer does not know.
#[derive(Debug, Clone, PartialEq)]
enum Who {
    Known(u32),
    Named(Arc<str>),
    /// An anaphor ("the agency"), resolved to the last entity of this type.
    Anaphor(EType),
}

#[derive(Debug, Clone)]
struct Mention {
    /// Token range in the sentence.
    start: usize,
    end: usize,
    who: Who,
    oblique: bool,
    /// An oblique that names a place ("in Chile").
    locative: bool,
    member: bool,
    modifier: bool,
    /// Named by a source cue ("according to X").
    source: bool,
    /// Named as the one who speaks before a verb of saying ("Albemarle told investors").
    speaker: bool,
    /// Joined to the next mention by "and" ("USA och Australien").
    joined: bool,
    /// Follows a flow preposition ("to", "från"): Some(true) for "to".
    flow: Option<bool>,
}

#[derive(Debug, Clone, Copy)]
struct TermHit {
    start: usize,
    end: usize,
    t: TermRef,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum When {
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
    /// A quarter named by its last month ("the September quarter").
    QuarterTo(u32, Option<i32>),
    Half(u32, Option<i32>),
}

#[derive(Debug, Clone, Copy)]
struct TimeHit {
    start: usize,
    end: usize,
    when: When,
    /// After "from", "since", "jämfört med": a base of comparison for a change, the start
    /// of the period for a level ("From 2026, exports are capped at..."). Its cue's token.
    baseline: Option<usize>,
}

#[derive(Debug, Clone)]
struct SourceHit {
    /// Token position of the cue.
    at: usize,
    /// The mention it cites.
    mention: usize,
    strength: f32,
}

/// A source as resolved: its name, how strongly it is cited, where.
#[derive(Debug, Clone)]
struct Cited {
    at: usize,
    name: Arc<str>,
    strength: f32,
}

/// What one sentence says, in tokens.
struct Reading {
    toks: Vec<Token>,
    mentions: Vec<Mention>,
    terms: Vec<TermHit>,
    times: Vec<TimeHit>,
    sources: Vec<SourceHit>,
    /// Tokens where a clause with its own subject starts (after "said", "that", "medan").
    clauses: Vec<usize>,
}

/// Walks the tokens not inside a fact: `step(i)` reads what starts at token `i` and returns
/// the token after it, or `None` to go on with the next token.
fn walk(free: &[bool], mut step: impl FnMut(usize) -> Option<usize>) {
    let mut i = 0;
    while i < free.len() {
        i = if free[i] { step(i) } else { None }.unwrap_or(i + 1);
    }
}

/// Whether a token overlaps any fact span (byte ranges).
fn in_fact(t: &Token, spans: &[(usize, usize)]) -> bool {
    spans.iter().any(|&(s, e)| t.start < e && s < t.end)
}

fn year_of(t: &Token) -> Option<i32> {
    if t.kind != TokKind::Num || t.lower.len() != 4 {
        return None;
    }
    t.lower.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// A number written as digits or a word of the language ("two", "ett").
fn small_number(t: &Token, lx: &Lexicon) -> Option<i32> {
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

struct Reader<'a> {
    text: &'a str,
    cx: &'a ContextLexicons,
    lc: &'a LangContext,
    lx: &'a Lexicon,
}

impl<'a> Reader<'a> {
    /// Whether a phrase of `set` ends right before token `at`, allowing a determiner between.
    fn preceded_by(&self, set: &PhraseSet<()>, toks: &[Token], at: usize) -> bool {
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

    fn read(&self, start: usize, end: usize, facts: &[(usize, usize)]) -> Reading {
        let text = self.text;
        let lc = self.lc;
        let toks = tokenize(text, start, end);
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
            if lc.members.match_at(&toks, i, text).is_some() {
                members_until = (i..toks.len())
                    .find(|&k| clause_end(&toks[k]))
                    .unwrap_or(toks.len());
            }
            // A name the gazetteer does not know, after "firm", "founder of"...
            if let Some(h) = lc.names_after.match_at(&toks, i, text) {
                let j = h.end;
                if j < toks.len()
                    && free[j]
                    && lc.entities.match_at(&toks, j, text).is_none()
                    && toks[j].kind == TokKind::Word
                    && toks[j].text(text).starts_with(char::is_uppercase)
                {
                    let mut k = j + 1;
                    while k < toks.len()
                        && k - j < 5
                        && free[k]
                        && toks[k].gap > 0
                        && !toks[k].gap_newline
                        && toks[k].kind == TokKind::Word
                        && toks[k].text(text).starts_with(char::is_uppercase)
                    {
                        k += 1;
                    }
                    let name = &text[toks[j].start..toks[k - 1].end];
                    mentions.push(self.mention(
                        &toks,
                        j,
                        k,
                        Who::Named(name.into()),
                        i < members_until,
                    ));
                    return Some(k);
                }
            }
            if let Some(h) = lc.entities.match_at(&toks, i, text) {
                // "Western Australia" is a part of Australia, not Australia.
                let part = i > 0 && lc.part_of.match_ending(&toks, i - 1, 0, text).is_some();
                if part {
                    return Some(h.end);
                }
                if (h.start..h.end).all(|k| free[k]) {
                    let who = Who::Known(*h.value);
                    mentions.push(self.mention(&toks, h.start, h.end, who, i < members_until));
                    return Some(h.end);
                }
            }
            // A run of capitalised words with a company word in it ("Saltbush Lithium").
            let capital = |k: usize| {
                k < toks.len()
                    && free[k]
                    && toks[k].kind == TokKind::Word
                    && toks[k].text(text).starts_with(char::is_uppercase)
                    && lc.entities.match_at(&toks, k, text).is_none()
            };
            if capital(i) {
                let mut k = i + 1;
                while k - i < 5 && capital(k) && toks[k].gap > 0 && !toks[k].gap_newline {
                    k += 1;
                }
                let named =
                    k - i >= 2 && (i + 1..k).any(|j| lc.company_words.contains(toks[j].text(text)));
                if named {
                    let name = &text[toks[i].start..toks[k - 1].end];
                    let who = Who::Named(name.into());
                    mentions.push(self.mention(&toks, i, k, who, i < members_until));
                    return Some(k);
                }
            }
            if let Some(h) = lc.anaphors.match_at(&toks, i, text) {
                mentions.push(self.mention(&toks, h.start, h.end, Who::Anaphor(*h.value), false));
                return Some(h.end);
            }
            None
        });
        // Domain terms, and the two halves of a compound ("magnetexport").
        walk(&free, |i| {
            if let Some(h) = key[i].then(|| lc.terms.match_at(&toks, i, text)).flatten() {
                if (h.start..h.end).all(|k| free[k]) {
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
                let baseline = (s.saturating_sub(3)..s)
                    .find_map(|k| lc.baseline.match_ending(&toks, k, 0, text).map(|h| h.start));
                times.push(TimeHit {
                    start: s,
                    end: e,
                    when,
                    baseline,
                });
                return Some(e);
            }
            None
        });
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
        let mut i = 0;
        while i < toks.len() {
            match key[i]
                .then(|| lc.clause_marks.match_at(&toks, i, text))
                .flatten()
            {
                Some(h) => {
                    clauses.push(h.end);
                    i = h.end;
                }
                None => i += 1,
            }
        }
        clauses.sort_unstable();
        Reading {
            toks,
            mentions,
            terms,
            times,
            sources,
            clauses,
        }
    }

    fn mention(&self, toks: &[Token], s: usize, e: usize, who: Who, member: bool) -> Mention {
        let lc = self.lc;
        let flow = if self.preceded_by(&lc.flow_to, toks, s) {
            Some(true)
        } else if self.preceded_by(&lc.flow_from, toks, s) {
            Some(false)
        } else {
            None
        };
        Mention {
            start: s,
            end: e,
            who,
            oblique: self.preceded_by(&lc.oblique, toks, s),
            locative: self.preceded_by(&lc.locative, toks, s),
            member,
            // Glued to a word by a hyphen, the name is part of a compound: "US-based",
            // "G20-toppmötet".
            modifier: toks.get(e).is_some_and(|t| t.lower == "-" && t.gap == 0)
                && toks
                    .get(e + 1)
                    .is_some_and(|t| t.kind == TokKind::Word && t.gap == 0),
            source: false,
            speaker: false,
            joined: false,
            flow,
        }
    }

    /// A compound of two single-word terms, joined directly or by a joiner: "magnetexport"
    /// is a magnet and an export, "litiumpriset" lithium and a price.
    fn compound(&self, word: &str, at: usize) -> Vec<TermHit> {
        let lc = self.lc;
        let cuts: Vec<usize> = word.char_indices().map(|(b, _)| b).collect();
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
        }
        Vec::new()
    }

    /// A time phrase starting at token `i`: its end and meaning.
    fn time_at(&self, toks: &[Token], i: usize, free: &[bool]) -> Option<(usize, When)> {
        let (lc, lx, text) = (self.lc, self.lx, self.text);
        let ok = |k: usize| k < toks.len() && free[k];
        let year_at = |k: usize| {
            (ok(k) && toks[k].gap > 0)
                .then(|| year_of(&toks[k]))
                .flatten()
        };
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
            if let Some(q) = lc.quarters.match_at(toks, i + 1, text) {
                let y = year_at(q.end);
                return Some((q.end + y.is_some() as usize, When::QuarterTo(m, y)));
            }
            if let Some(y) = year_at(i + 1) {
                return Some((i + 2, When::Month(m, Some(y))));
            }
            let after_prep = i > 0 && lc.prepositions.match_ending(toks, i - 1, 0, text).is_some();
            let capital_name =
                t.text(text).starts_with(char::is_uppercase) && t.lower.chars().count() >= 4;
            if after_prep || capital_name {
                return Some((i + 1, When::Month(m, None)));
            }
        }
        if let Some(h) = lc.weekdays.match_at(toks, i, text) {
            return Some((h.end, When::Weekday(*h.value)));
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
        if lc.quarter_codes.match_at(toks, i, text).is_some() && ok(i + 1) && toks[i + 1].gap == 0 {
            if let Ok(q @ 1..=4) = toks[i + 1].lower.parse::<u32>() {
                let y = year_at(i + 2);
                return Some((i + 2 + y.is_some() as usize, When::Quarter(q, y)));
            }
        }
        if let Some(o) = lc.ordinals.match_at(toks, i, text) {
            let n = *o.value;
            if let Some(q) = lc.quarters.match_at(toks, o.end, text).filter(|_| n <= 4) {
                let y = year_at(q.end);
                return Some((q.end + y.is_some() as usize, When::Quarter(n, y)));
            }
            if let Some(h) = lc.halves.match_at(toks, o.end, text).filter(|_| n <= 2) {
                let y = year_at(h.end);
                return Some((h.end + y.is_some() as usize, When::Half(n, y)));
            }
        }
        if let Some(y) = year_of(t) {
            // Not part of a longer number-like run ("2024-25", "2025/26").
            let glued =
                |k: usize| k < toks.len() && toks[k].gap == 0 && toks[k].kind != TokKind::Word;
            if !(glued(i + 1) && matches!(toks[i + 1].lower.as_str(), "-" | "/" | "–")) {
                let until = i > 0 && lc.until.match_ending(toks, i - 1, 0, text).is_some();
                return Some((i + 1, if until { When::Until(y) } else { When::Year(y) }));
            }
        }
        None
    }

    /// Source cues: "according to X", "X estimates", "rapporterar X", and where the clauses
    /// they open start. Media count for less than the agency or company they report.
    fn sources(
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
                let m = mentions
                    .iter()
                    .position(|m| m.start >= h.end && m.start < h.end + 5 && !m.modifier);
                (h.end, m, 2.0)
            } else if let Some(h) = lc.verbs.match_at(toks, i, text) {
                // The speaker: right before the verb ("the agency estimates"), else the first
                // name of the sentence before it that is no oblique ("Albemarle, the biggest
                // US supplier, told"), else right after it ("rapporterar CNBC").
                let usable = |m: &Mention| !m.modifier && !m.member;
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
            if let Some(k) = found {
                let m = &mut mentions[k];
                m.source = true;
                let media = matches!(m.who, Who::Known(e) if self.cx.entities[e as usize].etype == EType::Media);
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

// ---------------------------------------------------------------------------------------
// Choosing a fact's context.

/// A fact's position: its sentence and byte span.
#[derive(Debug, Clone, Copy)]
pub struct FactSpan {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
}

/// The concept as chosen: one term per role, and the flow's other party.
#[derive(Debug, Clone, Default)]
struct Frame {
    roles: [Option<u32>; 5],
    target: Option<(bool, Arc<str>)>,
    /// Byte span of the terms in the text.
    span: Option<(usize, usize)>,
}

impl Frame {
    fn has_topic(&self) -> bool {
        self.roles[0].is_some() || self.roles[1].is_some()
    }
}

/// What the context stage reads of a document.
pub struct Document<'a> {
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    pub date: Option<Date>,
    pub title: Option<&'a str>,
    /// Index of the document's language in [`Lexicons::langs`].
    pub lang: usize,
}

/// What the document is about, from its title: the first company named there, else the
/// first country, region or bloc ("Lithium claws back ground, but Albemarle keeps...").
fn topic(cx: &ContextLexicons, lxs: &Lexicons, doc: &Document) -> Option<Arc<str>> {
    let title = doc.title?;
    let lc = cx.langs.get(doc.lang)?.as_ref()?;
    let r = Reader {
        text: title,
        cx,
        lc,
        lx: &lxs.langs[doc.lang],
    }
    .read(0, title.len(), &[]);
    let named = |company: bool| {
        r.mentions
            .iter()
            .filter(|m| !m.modifier)
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

/// The context of each fact of one document, in the order of `spans`.
pub fn annotate(doc: &Document, spans: &[FactSpan], facts: &mut [Fact]) {
    let Document {
        text,
        sentences,
        date,
        ..
    } = *doc;
    let cx = ContextLexicons::embedded();
    let lxs = Lexicons::embedded();
    let topic = topic(cx, lxs, doc);
    let Some(last) = spans.iter().map(|s| s.sentence).max() else {
        return;
    };
    let upto = (last + 2).min(sentences.len());
    // Byte spans of the facts of each sentence.
    let mut per_sentence: Vec<Vec<(usize, usize)>> = vec![Vec::new(); upto];
    for s in spans {
        per_sentence[s.sentence].push((s.start, s.end));
    }
    // Only the passage around facts is read: from three sentences before a fact's sentence
    // (antecedents, the passage a fact may take its context from) to the one after it.
    let mut needed = vec![false; upto];
    for s in spans {
        for n in &mut needed[s.sentence.saturating_sub(3)..(s.sentence + 2).min(upto)] {
            *n = true;
        }
    }
    let readings: Vec<Option<Reading>> = sentences[..upto]
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if !needed[i] {
                return None;
            }
            let lc = cx.langs.get(s.lang)?.as_ref()?;
            let r = Reader {
                text,
                cx,
                lc,
                lx: &lxs.langs[s.lang],
            };
            Some(r.read(s.start, s.end, &per_sentence[i]))
        })
        .collect();
    // Anaphors ("the agency", "bolaget") stand for the last entity of their type named
    // before them; then the cited sources are names.
    let mut readings = readings;
    let mut seen: Vec<(EType, Who)> = Vec::new();
    let mut cited: Vec<Vec<Cited>> = Vec::with_capacity(readings.len());
    for r in readings.iter_mut() {
        let Some(r) = r else {
            cited.push(Vec::new());
            continue;
        };
        for m in r.mentions.iter_mut() {
            match m.who {
                Who::Anaphor(t) => {
                    let found = seen
                        .iter()
                        .rev()
                        .find(|(et, _)| *et == t || (t == EType::Company && *et == EType::Org));
                    if let Some((_, who)) = found {
                        m.who = who.clone();
                    }
                }
                ref who => seen.extend(known(cx, who).map(|(t, _)| (t, who.clone()))),
            }
        }
        cited.push(
            r.sources
                .iter()
                .filter_map(|h| {
                    Some(Cited {
                        at: h.at,
                        name: known(cx, &r.mentions[h.mention].who)?.1,
                        strength: h.strength,
                    })
                })
                .collect(),
        );
    }

    // Companies cited as a source anywhere in the document, and the topic of a release.
    let mut speakers: Vec<Arc<str>> = cited
        .iter()
        .flatten()
        .map(|c| c.name.clone())
        .filter(|n| {
            cx.by_name
                .get(&n.to_lowercase())
                .filter(|&&i| cx.entities[i].name == *n)
                .is_none_or(|&i| cx.entities[i].etype == EType::Company)
        })
        .collect();
    if let (Some(t), Some(lc)) = (&topic, cx.langs.get(doc.lang).and_then(Option::as_ref)) {
        let head: String = text.chars().take(400).collect::<String>().to_lowercase();
        if lc.releases.iter().any(|m| head.contains(m.as_str())) {
            speakers.push(t.clone());
        }
    }

    let mut prev: Option<(usize, usize)> = None; // (fact index, sentence)
    let mut frames: Vec<Frame> = Vec::with_capacity(spans.len());
    for (fi, sp) in spans.iter().enumerate() {
        let si = sp.sentence;
        let Some(r) = readings[si].as_ref() else {
            frames.push(Frame::default());
            continue;
        };
        // The fact's tokens and its slot: from the fact before it to the fact after it.
        let ftok_s = r
            .toks
            .iter()
            .position(|t| t.end > sp.start)
            .unwrap_or(r.toks.len());
        let ftok_e = r
            .toks
            .iter()
            .position(|t| t.start >= sp.end)
            .unwrap_or(r.toks.len());
        let others = &per_sentence[si];
        let slot_s = others
            .iter()
            .filter(|o| o.1 <= sp.start)
            .map(|o| o.1)
            .max()
            .map_or(0, |b| {
                r.toks
                    .iter()
                    .position(|t| t.start >= b)
                    .unwrap_or(r.toks.len())
            });
        let slot_e = others
            .iter()
            .filter(|o| o.0 >= sp.end)
            .map(|o| o.0)
            .min()
            .map_or(r.toks.len(), |b| {
                r.toks
                    .iter()
                    .position(|t| t.start >= b)
                    .unwrap_or(r.toks.len())
            });
        let near = Near {
            fs: ftok_s,
            fe: ftok_e,
            slot: (slot_s, slot_e),
        };
        let recent = prev.filter(|&(_, ps)| ps + 2 >= si);

        // Subject.
        // A name in subject position; the previous fact's subject in the same paragraph; a
        // place; the document's topic; the previous fact's across a paragraph break; a source
        // that is the only name; a name in subject position in the sentence before.
        let same_paragraph = |ps: usize| {
            ps == si || (ps < si && !text[sentences[ps].end..sentences[si].start].contains('\n'))
        };
        let carried = |para: bool| {
            recent
                .filter(|&(_, ps)| !para || same_paragraph(ps))
                .and_then(|(pf, _)| facts[pf].subject.clone())
        };
        let subject = subject_in(cx, r, &near, 1)
            .or_else(|| carried(true))
            .or_else(|| subject_in(cx, r, &near, 2))
            .or_else(|| topic.clone())
            .or_else(|| carried(false))
            .or_else(|| subject_in(cx, r, &near, 3))
            .or_else(|| {
                let pr = readings.get(si.wrapping_sub(1))?.as_ref()?;
                subject_in(cx, pr, &Near::after(pr), 1)
            });

        // Concept.
        let mut frame = concept_in(cx, r, &near);
        if !frame.has_topic() {
            let carried = recent
                .map(|(pf, _)| frames[pf].clone())
                // The same activity, or one of them names none ("The exports fell...").
                .filter(|pfr| match (frame.roles[2], pfr.roles[2]) {
                    (Some(a), Some(b)) => {
                        cx.claim_term(&cx.terms[a as usize]) == cx.claim_term(&cx.terms[b as usize])
                    }
                    _ => true,
                })
                .or_else(|| {
                    let pr = readings.get(si.wrapping_sub(1))?.as_ref()?;
                    Some(concept_in(cx, pr, &Near::after(pr)))
                });
            if let Some(c) = carried {
                frame.roles[0] = frame.roles[0].or(c.roles[0]);
                frame.roles[1] = frame.roles[1].or(c.roles[1]);
                if frame.roles[2].is_none() || frame.roles[2] == c.roles[2] {
                    frame.roles[2] = frame.roles[2].or(c.roles[2]);
                    frame.target = frame.target.clone().or(c.target.clone());
                }
                if frame.roles[0].is_some() || frame.roles[1].is_some() {
                    frame.span = match (frame.span, c.span) {
                        (Some(a), Some(b)) => Some((a.0.min(b.0), a.1.max(b.1))),
                        (a, b) => a.or(b),
                    };
                }
            }
        }
        let f = &facts[fi];
        let (concept, raw) = render(cx, text, &frame, f);

        // Time: the own sentence's (a base of comparison only for a level, with its cue:
        // "From 2026"), else the previous fact's in the same paragraph.
        let level = f.measure == crate::model::Measure::Level;
        let periods: Vec<&TimeHit> = r.times.iter().filter(|t| t.baseline.is_none()).collect();
        let bases: Vec<&TimeHit> = r
            .times
            .iter()
            .filter(|t| level && t.baseline.is_some())
            .collect();
        let time = nearest(&periods, &near, |t| (t.start, t.end))
            .or_else(|| nearest(&bases, &near, |t| (t.start, t.end)))
            .map(|t| {
                let from = t.baseline.unwrap_or(t.start);
                let raw = &text[r.toks[from].start..r.toks[t.end - 1].end];
                let (a, b) = resolve(t.when, date);
                (raw.to_string(), a, b)
            })
            .or_else(|| {
                // Not when the sentence names a time of its own, even a base of comparison.
                prev.filter(|&(_, ps)| ps < si && same_paragraph(ps) && r.times.is_empty())
                    .and_then(|(pf, _)| {
                        let p = &facts[pf];
                        Some((p.time.clone()?, p.time_start, p.time_end))
                    })
            });

        // Source: the own sentence, the next if it only attributes, or the previous fact's
        // (within three sentences) when it is about the same subject.
        let best = |hits: &[Cited], pos: usize| -> Option<Arc<str>> {
            hits.iter()
                .max_by(|a, b| {
                    a.strength
                        .total_cmp(&b.strength)
                        .then((b.at.abs_diff(pos)).cmp(&a.at.abs_diff(pos)))
                })
                .map(|h| h.name.clone())
        };
        let next_attributes = si + 1 < cited.len()
            && per_sentence.get(si + 1).is_none_or(Vec::is_empty)
            && readings[si + 1].is_some();
        let source = best(&cited[si], ftok_s)
            .or_else(|| next_attributes.then(|| best(&cited[si + 1], 0)).flatten())
            .or_else(|| {
                prev.filter(|&(_, ps)| ps + 3 >= si)
                    .filter(|&(pf, _)| facts[pf].subject == subject)
                    .and_then(|(pf, _)| facts[pf].source.clone())
            })
            // A company that speaks in the article (or issued it) is the source of its own
            // figures.
            .or_else(|| subject.clone().filter(|s| speakers.contains(s)));

        let f = &mut facts[fi];
        f.subject = subject;
        f.concept = concept;
        f.concept_text = raw.as_deref().map(one_clause);
        if let Some((raw, a, b)) = time {
            f.time = Some(raw);
            f.time_start = a;
            f.time_end = b;
        }
        f.source = source;
        frames.push(frame);
        prev = Some((fi, si));
    }
}

fn known(cx: &ContextLexicons, who: &Who) -> Option<(EType, Arc<str>)> {
    match who {
        Who::Known(i) => {
            let e = &cx.entities[*i as usize];
            Some((e.etype, e.name.clone()))
        }
        Who::Named(n) => Some((EType::Org, n.clone())),
        Who::Anaphor(_) => None,
    }
}

/// A fact's tokens and slot in its sentence.
struct Near {
    fs: usize,
    fe: usize,
    slot: (usize, usize),
}

impl Near {
    /// As if a fact stood at the end of the sentence `r`: to read the sentence before a fact.
    fn after(r: &Reading) -> Near {
        let n = r.toks.len();
        Near {
            fs: n,
            fe: n,
            slot: (0, n),
        }
    }

    /// How far a token range is from the fact; what follows counts a little nearer ("59% of
    /// the mining").
    fn distance(&self, s: usize, e: usize) -> f32 {
        if e <= self.fs {
            (self.fs - e) as f32 + 1.0
        } else if s >= self.fe {
            ((s - self.fe) as f32 + 1.0) * 0.6
        } else {
            0.0
        }
    }
    fn in_slot(&self, s: usize, e: usize) -> bool {
        s >= self.slot.0 && e <= self.slot.1
    }
}

/// The nearest item in the slot, else in the sentence.
fn nearest<'a, T>(
    items: &'a [T],
    near: &Near,
    span: impl Fn(&T) -> (usize, usize),
) -> Option<&'a T> {
    let pick = |slot_only: bool| {
        items
            .iter()
            .filter(|x| {
                let (s, e) = span(x);
                !slot_only || near.in_slot(s, e)
            })
            .min_by(|a, b| {
                let (sa, ea) = span(a);
                let (sb, eb) = span(b);
                near.distance(sa, ea).total_cmp(&near.distance(sb, eb))
            })
    };
    pick(true).or_else(|| pick(false))
}

/// The subject in a sentence. Names in subject position come first: not an oblique, a member
/// of a list, a modifier or a cited source (a speaker named before the fact stays: "Albemarle
/// told investors it would spend $650 million"). Among them, the first of the fact's clause,
/// else the first of its slot before it, the first after it in the slot, then the same in
/// the whole sentence. Failing those (up to `levels`): a place ("output in Chile"), then a
/// cited source. Two names joined by "and" are one subject.
fn subject_in(cx: &ContextLexicons, r: &Reading, near: &Near, levels: u8) -> Option<Arc<str>> {
    let ms = &r.mentions;
    let level = |m: &Mention| -> Option<u8> {
        let media = matches!(m.who, Who::Known(i) if cx.entities[i as usize].etype == EType::Media);
        if m.member || m.modifier || media || matches!(m.who, Who::Anaphor(_)) {
            return None;
        }
        let speaks_first = m.speaker && m.end <= near.fs;
        match (m.oblique, m.source && !speaks_first) {
            (false, false) => Some(0),
            (true, _) if m.locative && m.flow.is_none() => Some(1),
            (false, true) => Some(2),
            _ => None,
        }
    };
    // The fact's clause starts at the last clause mark before it, within its slot.
    let clause = r
        .clauses
        .iter()
        .copied()
        .filter(|&c| c <= near.fs)
        .max()
        .unwrap_or(0)
        .max(near.slot.0);
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
        before(clause)
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
    let mut names: Vec<Arc<str>> = vec![known(cx, &ms[k].who)?.1];
    let mut j = k;
    while ms[j].joined && j + 1 < ms.len() {
        j += 1;
        if let Some((_, n)) = known(cx, &ms[j].who) {
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

/// The concept frame of a fact in a sentence.
fn concept_in(cx: &ContextLexicons, r: &Reading, near: &Near) -> Frame {
    let mut frame = Frame::default();
    let any_in_slot = r
        .terms
        .iter()
        .any(|t| t.t.role != Role::Commodity && near.in_slot(t.start, t.end));
    let mut used: Vec<&TermHit> = Vec::new();
    for (ri, role) in ROLES.iter().enumerate() {
        let of_role: Vec<&TermHit> = r.terms.iter().filter(|t| t.t.role == *role).collect();
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
            used.push(t);
        }
    }
    if let Some(a) = frame.roles[2] {
        let term = &cx.terms[a as usize];
        if let Some(&to) = cx.flows.get(&**term) {
            frame.target = r
                .mentions
                .iter()
                .filter(|m| m.flow == Some(to))
                .filter_map(|m| known(cx, &m.who).map(|k| (m, k.1)))
                .min_by_key(|(m, _)| m.start.abs_diff(near.fs))
                .map(|(_, n)| (to, n));
        }
    }
    if let (Some(s), Some(e)) = (
        used.iter().map(|t| t.start).min(),
        used.iter().map(|t| t.end).max(),
    ) {
        frame.span = Some((r.toks[s].start, r.toks[e - 1].end));
    }
    frame
}

/// The concept phrase and the raw text it came from.
fn render(
    cx: &ContextLexicons,
    text: &str,
    frame: &Frame,
    f: &Fact,
) -> (Option<String>, Option<String>) {
    let mut words: Vec<&str> = Vec::new();
    let head = cx.kind_heads.get(f.kind.as_str());
    if let Some(h) = head {
        words.push(h);
    }
    for t in frame.roles.iter().take(4).flatten() {
        words.push(&cx.terms[*t as usize]);
    }
    let measure = frame.roles[4]
        .map(|t| cx.terms[t as usize].clone())
        .or_else(|| {
            (f.kind == crate::model::Kind::Percent
                && f.measure == crate::model::Measure::Level
                && f.unit == "%"
                && frame.roles.iter().take(4).any(Option::is_some))
            .then(|| cx.percent_level.clone())
        });
    let measure_str;
    if let Some(m) = measure {
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
    if let Some((to, who)) = &frame.target {
        concept.push_str(if *to { " to " } else { " from " });
        concept.push_str(who);
    }
    let raw = frame.span.map(|(s, e)| text[s..e].to_string());
    (Some(concept), raw)
}

/// `concept_text` holds at most this many bytes.
pub const CONCEPT_TEXT_MAX: usize = 160;

/// The last clause of the words a concept was read from (they may reach over sentences and
/// paragraphs): cut after the last sentence end, paragraph break or semicolon that leaves
/// words, and kept to [`CONCEPT_TEXT_MAX`] bytes from its end, at a space.
fn one_clause(raw: &str) -> String {
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
fn plural(noun: &str) -> String {
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

// ---------------------------------------------------------------------------------------
// Resolving time.

fn month_span(y: i32, m: u32) -> (Option<Date>, Option<Date>) {
    let first = Date::new(y, m, 1);
    let last = (28..=31).rev().find_map(|d| Date::new(y, m, d));
    (first, last)
}

fn shift_month(y: i32, m: u32, k: i32) -> (i32, u32) {
    let idx = y * 12 + (m as i32 - 1) + k;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

fn year_span(y: i32) -> (Option<Date>, Option<Date>) {
    (Date::new(y, 1, 1), Date::new(y, 12, 31))
}

fn months_span(y: i32, first: u32, n: u32) -> (Option<Date>, Option<Date>) {
    let (a, _) = month_span(y, first);
    let (_, b) = month_span(y, first + n - 1);
    (a, b)
}

/// The period a time phrase names, against the document date where it needs one.
fn resolve(when: When, date: Option<Date>) -> (Option<Date>, Option<Date>) {
    let d = date;
    match when {
        When::Year(y) => year_span(y),
        When::Until(y) => (None, Date::new(y, 12, 31)),
        When::Month(m, Some(y)) => month_span(y, m),
        When::Quarter(q, Some(y)) => months_span(y, 3 * q - 2, 3),
        When::Half(h, Some(y)) => months_span(y, 6 * h - 5, 6),
        When::QuarterTo(m, Some(y)) => {
            let (y0, m0) = shift_month(y, m, -2);
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
                When::Month(m, None) => {
                    let y = if m <= d.month { d.year } else { d.year - 1 };
                    month_span(y, m)
                }
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
                When::QuarterTo(m, None) => {
                    let y = if m <= d.month { d.year } else { d.year - 1 };
                    resolve(When::QuarterTo(m, Some(y)), None)
                }
                When::Weekday(w) => {
                    let days = d.days_since_epoch();
                    let back = ((days + 3).rem_euclid(7) - w as i32).rem_euclid(7);
                    let x = Date::from_days(days - back);
                    (x, x)
                }
                When::Quarter(q, None) => {
                    let y = if 3 * q - 2 <= d.month {
                        d.year
                    } else {
                        d.year - 1
                    };
                    months_span(y, 3 * q - 2, 3)
                }
                When::Half(h, None) => {
                    let y = if 6 * h - 5 <= d.month {
                        d.year
                    } else {
                        d.year - 1
                    };
                    months_span(y, 6 * h - 5, 6)
                }
                _ => (None, None),
            }
        }
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

    fn date(s: &str) -> Option<Date> {
        crate::clean::parse_iso_date(s)
    }

    #[test]
    fn resources_compile() {
        let cx = ContextLexicons::embedded();
        assert!(cx.langs.iter().all(Option::is_some));
        assert_eq!(cx.normalize_name("Kina"), "China");
        assert_eq!(cx.normalize_name("the U.S."), "United States");
        assert_eq!(
            cx.normalize_name("US and Australia"),
            "United States and Australia"
        );
        assert_eq!(cx.normalize_name("REalloys"), "REalloys");
        assert_eq!(cx.claim_term("refining"), "processing");
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
        assert_eq!(r(When::QuarterTo(9, None)), s("2025-07-01", "2025-09-30"));
        assert_eq!(
            r(When::QuarterTo(2, Some(2025))),
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
