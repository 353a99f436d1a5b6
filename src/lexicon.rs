//! Language knowledge, read from `resources/<lang>/lexicon.toml` and the tables shared by all
//! languages, `resources/units.toml` and `resources/currencies.toml`.
//!
//! The engine never names a word of any language: scale words, units, currencies, hedges,
//! verbs of change, month names and chrome markers all come from here. A [`Lexicon`] compiles
//! the TOML into [`PhraseSet`]s that match token sequences forwards or backwards.

use crate::model::{Direction, Kind, Qualifier};
use crate::token::{tokenize, word_hash, Token};
use aho_corasick::AhoCorasick;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Hash maps and sets with a fast fixed-seed hasher: keys are short words, looked up per token.
pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
pub type HashSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;
use std::sync::{Mutex, OnceLock};

include!(concat!(env!("OUT_DIR"), "/lexicons.rs"));

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    lang: String,
    name: String,
    numbers: RawNumbers,
    scales: RawScales,
    qualifiers: RawQualifiers,
    change: RawChange,
    per: RawPer,
    time: RawTime,
    counts: RawCounts,
    #[serde(default)]
    currency_notes: Vec<String>,
    /// Currency codes that are also words of the language ("ALL", "TOP"): in capitals
    /// before a number they are the word ("ALL 5 solutions"), after it still the code.
    #[serde(default)]
    word_codes: Vec<String>,
    chrome: RawChrome,
    detect: RawDetect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNumbers {
    decimal: char,
    words: BTreeMap<String, f64>,
    tens: BTreeMap<String, f64>,
    articles: Vec<String>,
    range_joiners: Vec<String>,
    range_enclosers: Vec<(String, String)>,
    #[serde(default)]
    bare_range_joiners: Vec<String>,
    #[serde(default)]
    compound_joiners: Vec<String>,
    not_range_before: Vec<String>,
    #[serde(default)]
    range_verbs: Vec<String>,
    /// Verbs besides the change words after which "from X to Y" is where a figure went:
    /// "goes from 10% to 80%", "höjer riktkursen från 28 till 34 kronor".
    #[serde(default)]
    from_to_verbs: Vec<String>,
    #[serde(default)]
    sibling_joiners: Vec<String>,
    #[serde(default)]
    index_words: Vec<String>,
    /// Words that are a share by themselves ("half"): percent.
    #[serde(default)]
    fractions: BTreeMap<String, f64>,
    #[serde(default)]
    fraction_after: Vec<String>,
    #[serde(default)]
    fraction_not_after: Vec<String>,
    /// Words between two figures that make a share: "one in seven", "två av tre".
    #[serde(default)]
    share_joiners: Vec<String>,
    /// Words after a whole number that add a half: "two and a half".
    #[serde(default)]
    half_after: Vec<String>,
    /// Words that restate the change before in other units: "rose 41.8 points, or 1.24%".
    #[serde(default)]
    restating: Vec<String>,
    /// Fraction words after "a"/"one" and their denominators: "cut by a third" (33.3%).
    #[serde(default)]
    ordinal_fractions: BTreeMap<String, f64>,
    /// Fraction words that are no ordinals, with their denominators: "a quarter million",
    /// "three quarters billion", "två kvarts miljoner".
    #[serde(default)]
    fraction_words: BTreeMap<String, f64>,
    /// Multiplier words that are also adjectives ("double"): read only before one of
    /// `multiplier_after`, after a hedge, or after "to".
    #[serde(default)]
    multiplier_words: BTreeMap<String, f64>,
    #[serde(default)]
    multiplier_after: Vec<String>,
    #[serde(default)]
    multiplier_before: Vec<String>,
    /// Words before a clock reading that make it a time of day ("at 10:45:30").
    #[serde(default)]
    clock_before: Vec<String>,
    /// Words between an exchange rate and its denominator currency: "3.41 per dollar".
    #[serde(default)]
    rate_words: Vec<String>,
    /// Words of size after a unit of `final_names`: "2 in thick".
    #[serde(default)]
    size_words: Vec<String>,
    /// "var fjärde" (every fourth, 25%): the words for "every" and the ordinals after them,
    /// and words that are such a share alone ("varannan", 50%).
    #[serde(default)]
    every_words: Vec<String>,
    #[serde(default)]
    every_ordinals: BTreeMap<String, f64>,
    /// "en halv minut", "a half hour": words for a half after an article.
    #[serde(default)]
    half_words: Vec<String>,
    /// A record's span: "the lowest in eight months" (see `Lexicon::span_prepositions`).
    #[serde(default)]
    span_prepositions: Vec<String>,
    #[serde(default)]
    superlative_endings: Vec<String>,
    #[serde(default)]
    not_superlatives: Vec<String>,
    /// Words after a clock reading that make it a time of day ("10:45:30 GMT").
    #[serde(default)]
    clock_after: Vec<String>,
    #[serde(default)]
    negative_words: Vec<String>,
    #[serde(default)]
    label_words: Vec<String>,
    year_prepositions: Vec<String>,
    period_prepositions: Vec<String>,
    /// Words that are a multiplier by themselves ("doubled", "tredubblas"): value.
    #[serde(default)]
    multipliers: BTreeMap<String, f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScales {
    words: BTreeMap<String, f64>,
    attached: BTreeMap<String, f64>,
}

#[derive(Deserialize)]
struct RawQualifiers {
    #[serde(default)]
    after: BTreeMap<Qualifier, Vec<String>>,
    #[serde(default)]
    not_before_durations: Vec<String>,
    #[serde(flatten)]
    before: BTreeMap<Qualifier, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChange {
    up: Vec<String>,
    down: Vec<String>,
    by: Vec<String>,
    after_up: Vec<String>,
    after_down: Vec<String>,
    level_before: Vec<String>,
    prior_before: Vec<String>,
    copulas: Vec<String>,
    coordinators: Vec<String>,
}

#[derive(Deserialize)]
struct RawPer {
    clause: Vec<String>,
    lookback: Vec<String>,
    #[serde(flatten)]
    denominators: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTime {
    after: Vec<String>,
    how_often: Vec<String>,
    before: Vec<String>,
    #[serde(default)]
    to_month: Vec<String>,
    months: Vec<Vec<String>>,
}

#[derive(Deserialize)]
struct RawCounts {
    fillers: Vec<String>,
    #[serde(default)]
    plural_endings: Vec<(String, String)>,
    #[serde(default)]
    not_counted: Vec<String>,
    /// Whether the language writes compounds as one word, whose last part is its head
    /// ("metallgruvor" counts mines).
    #[serde(default)]
    compound_heads: bool,
    #[serde(flatten)]
    nouns: BTreeMap<String, Vec<String>>,
}

/// `resources/units.toml`: every unit, for all languages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnits {
    unit: Vec<RawUnit>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnit {
    kind: Kind,
    unit: String,
    #[serde(default = "one")]
    factor: f64,
    #[serde(default)]
    offset: f64,
    /// A duration unit's length in seconds.
    seconds: Option<f64>,
    /// The denominator the unit carries in itself ("tpy": per year), as `[per]` names it.
    per: Option<String>,
    /// Languages in which an article before the unit is the number one ("a decade").
    #[serde(default)]
    after_article: Vec<String>,
    #[serde(default)]
    symbols: Vec<String>,
    #[serde(default)]
    symbols_cs: Vec<String>,
    /// Case-sensitive symbols that are the unit only written right after the digits ("68F").
    #[serde(default)]
    glued: Vec<String>,
    #[serde(default)]
    names: BTreeMap<String, Vec<String>>,
    /// Per language, names that are the unit only at the end of a clause or before a word of
    /// size ("2 in.", "2 1/2 in thick"): elsewhere they are other words ("in").
    #[serde(default)]
    final_names: BTreeMap<String, Vec<String>>,
}

/// `resources/currencies.toml`: every currency, for all languages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCurrencies {
    /// Scale letters written before a code in capitals ("MEUR" is 1e6 EUR), for every code.
    #[serde(default)]
    code_scales: BTreeMap<String, f64>,
    currency: Vec<RawCurrency>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCurrency {
    code: String,
    #[serde(default = "one")]
    factor: f64,
    #[serde(default)]
    before: Vec<String>,
    #[serde(default)]
    after: Vec<String>,
    /// Case-sensitive symbols that are the currency only written right after the digits
    /// ("12p").
    #[serde(default)]
    glued: Vec<String>,
    #[serde(default)]
    names: BTreeMap<String, Vec<String>>,
    /// Top-level domains of outlets whose bare "$" means this currency.
    #[serde(default)]
    hosts: Vec<String>,
    /// A sub-unit name several currencies use ("cent").
    #[serde(default)]
    shared: bool,
}

/// The shared unit and currency tables, parsed once for every language.
struct Shared {
    units: Vec<RawUnit>,
    currencies: Vec<RawCurrency>,
    code_scales: BTreeMap<String, f64>,
}

impl Shared {
    fn parse(units: &str, currencies: &str) -> Result<Shared, String> {
        let u: RawUnits =
            toml::from_str(units).map_err(|e| format!("resources/units.toml: {e}"))?;
        let c: RawCurrencies =
            toml::from_str(currencies).map_err(|e| format!("resources/currencies.toml: {e}"))?;
        Ok(Shared {
            units: u.unit,
            currencies: c.currency,
            code_scales: c.code_scales,
        })
    }

    /// Languages named in the tables: each must have a lexicon.
    fn languages(&self) -> impl Iterator<Item = (&'static str, &String)> {
        let u = self.units.iter().flat_map(|u| {
            u.names
                .keys()
                .chain(&u.after_article)
                .map(|l| ("resources/units.toml", l))
        });
        let c = self
            .currencies
            .iter()
            .flat_map(|c| c.names.keys().map(|l| ("resources/currencies.toml", l)));
        u.chain(c)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChrome {
    markers: Vec<String>,
    byline_starts: Vec<String>,
    #[serde(default)]
    teaser_starts: Vec<String>,
    #[serde(default)]
    teaser_headings: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDetect {
    letters: String,
    stopwords: Vec<String>,
    abbreviations: Vec<String>,
}

fn one() -> f64 {
    1.0
}

/// What a unit form means: the kind, the canonical unit and the factor to convert to it.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitDef {
    pub kind: Kind,
    pub unit: String,
    pub factor: f64,
    /// Added after the factor to a level (a temperature in Fahrenheit), not to a change.
    pub offset: f64,
    /// A duration unit's length in seconds: what adds up "3 hours 41 minutes".
    pub seconds: Option<f64>,
    pub after_article: bool,
    /// The denominator the unit carries itself: "tpy" is tonnes per year.
    pub per: Option<String>,
}

impl UnitDef {
    /// A unit of `kind` that is its own canonical unit (a counted noun, a multiplier).
    pub fn canonical(kind: Kind, unit: String) -> UnitDef {
        UnitDef {
            kind,
            unit,
            factor: 1.0,
            offset: 0.0,
            seconds: None,
            after_article: false,
            per: None,
        }
    }

    /// Percent, the unit of a share ("a third", "one in seven", "var fjärde").
    pub fn percent() -> UnitDef {
        UnitDef::canonical(Kind::Percent, "%".into())
    }

    /// Whether two units are of one kind and canonical unit (a level and its prior).
    pub fn same_unit(&self, other: &UnitDef) -> bool {
        self.kind == other.kind && self.unit == other.unit
    }
}

#[derive(Debug, Clone)]
struct PTok {
    text: String,
    /// [`crate::token::word_hash`] of `text`, compared before it.
    hash: u64,
    /// Whether whitespace must precede this token (ignored for the first one).
    gap: bool,
}

#[derive(Debug, Clone)]
struct Phrase<T> {
    toks: Vec<PTok>,
    case_sensitive: bool,
    value: T,
}

/// A set of phrases with values, matched against token sequences by longest match.
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    /// Phrases by their first (last) token's text: as written for a case-sensitive phrase,
    /// else lower-cased; found by the [`crate::token::word_hash`] each token carries, so a
    /// lookup hashes nothing.
    by_first: Phrases<T>,
    by_last: Phrases<T>,
    /// The set's bit in [`phrase_starts`] (shared with other sets), or 0: a set made after
    /// the lexicons were read, which a token's mark does not cover.
    bit: u64,
}

/// Which phrase sets a word may start a phrase of: each set of the lexicons has a bit (64
/// bits, each shared by a few sets), and each first word of a phrase the bits of the sets
/// it starts one of, by its hash. A token marked with the bits of its words
/// ([`crate::token::mark_starts`]) is not looked up in a set whose bit it lacks.
struct Starts {
    frozen: bool,
    sets: u32,
    words: HashMap<u64, u64>,
}

static STARTS: Mutex<Option<Starts>> = Mutex::new(None);

fn with_starts<R>(f: impl FnOnce(&mut Starts) -> R) -> R {
    let mut g = STARTS.lock().unwrap_or_else(|e| e.into_inner());
    f(g.get_or_insert_with(|| Starts {
        frozen: false,
        sets: 0,
        words: HashMap::default(),
    }))
}

/// The bits of the phrase sets each first word starts, once every lexicon is read: from
/// then on a new set has no bit.
pub fn phrase_starts() -> &'static HashMap<u64, u64> {
    static FROZEN: OnceLock<HashMap<u64, u64>> = OnceLock::new();
    FROZEN.get_or_init(|| {
        Lexicons::embedded();
        crate::context::ContextLexicons::embedded();
        with_starts(|s| {
            s.frozen = true;
            std::mem::take(&mut s.words)
        })
    })
}

type Phrases<T> = hashbrown::HashTable<(String, Vec<Phrase<T>>)>;

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        let bit = with_starts(|s| {
            s.sets += 1;
            if s.frozen {
                0
            } else {
                1 << (s.sets % 64)
            }
        });
        PhraseSet {
            by_first: Phrases::default(),
            by_last: Phrases::default(),
            bit,
        }
    }
}

/// The phrases keyed by `key`, whose hash is `hash`.
fn keyed<'a, T>(map: &'a Phrases<T>, hash: u64, key: &str) -> &'a [Phrase<T>] {
    map.find(hash, |(k, _)| k == key)
        .map_or(&[][..], |(_, v)| v.as_slice())
}

/// A match: token range `[start, end)` and the phrase's value.
pub struct Hit<'a, T> {
    pub start: usize,
    pub end: usize,
    pub value: &'a T,
    /// Whether the phrase matches only as written (a form with a capital letter: a name),
    /// not in any case (an all-lower-case form: a common noun).
    pub as_written: bool,
}

impl<T: Clone> PhraseSet<T> {
    /// The first tokens of its phrases, lower-cased: a token no phrase starts with can be
    /// skipped without a lookup per set.
    pub fn first_tokens(&self) -> impl Iterator<Item = String> + '_ {
        self.by_first.iter().map(|(k, _)| k.to_lowercase())
    }

    pub fn add(&mut self, form: &str, case_sensitive: bool, value: T) {
        let toks = tokenize(form, 0, form.len());
        if toks.is_empty() {
            return;
        }
        let ptoks: Vec<PTok> = toks
            .iter()
            .map(|t| {
                let text = if case_sensitive {
                    t.text(form).to_string()
                } else {
                    t.lower.clone()
                };
                PTok {
                    hash: word_hash(&text),
                    text,
                    gap: t.gap > 0,
                }
            })
            .collect();
        let p = Phrase {
            toks: ptoks,
            case_sensitive,
            value,
        };
        if self.bit != 0 {
            let (bit, first) = (self.bit, p.toks[0].hash);
            self.bit = with_starts(|s| {
                if s.frozen {
                    return 0; // the marks were made without this phrase: no bit
                }
                *s.words.entry(first).or_default() |= bit;
                bit
            });
        }
        let ends = [&p.toks[0], &p.toks[p.toks.len() - 1]];
        for (map, end) in [&mut self.by_first, &mut self.by_last]
            .into_iter()
            .zip(ends)
        {
            let hash = end.hash;
            let (_, v) = map
                .entry(hash, |(k, _)| *k == end.text, |(k, _)| word_hash(k))
                .or_insert_with(|| (end.text.clone(), Vec::new()))
                .into_mut();
            v.push(p.clone());
            // Longest first; at equal length, case-sensitive forms first.
            v.sort_by(|a, b| {
                b.toks
                    .len()
                    .cmp(&a.toks.len())
                    .then(b.case_sensitive.cmp(&a.case_sensitive))
            });
        }
    }

    fn fits(p: &Phrase<T>, toks: &[Token], at: usize, src: &str) -> bool {
        if at + p.toks.len() > toks.len() {
            return false;
        }
        p.toks.iter().enumerate().all(|(k, pt)| {
            let t = &toks[at + k];
            let text_ok = if p.case_sensitive {
                t.text_hash == pt.hash && t.text(src) == pt.text
            } else {
                t.hash == pt.hash && t.lower == pt.text
            };
            text_ok && (k == 0 || ((t.gap > 0) == pt.gap && !t.gap_newline))
        })
    }

    /// Phrases keyed by the token's exact text (case-sensitive ones, and any whose key is
    /// already lower-case), then those keyed by its lower-cased text (of them, only the
    /// case-insensitive ones match); each list longest first.
    fn candidates<'a>(map: &'a Phrases<T>, t: &Token, src: &str) -> [&'a [Phrase<T>]; 2] {
        let text = t.text(src);
        let folded = if text != t.lower {
            keyed(map, t.hash, &t.lower)
        } else {
            &[]
        };
        [keyed(map, t.text_hash, text), folded]
    }

    /// The longest of `lists` (each longest first) whose phrase `fits(phrase, start)` at the
    /// start `start(len)`; the first of them at equal length.
    fn longest(
        lists: [&[Phrase<T>]; 2],
        start: impl Fn(usize) -> Option<usize>,
        fits: impl Fn(&Phrase<T>, usize) -> bool,
    ) -> Option<(usize, &Phrase<T>)> {
        let mut best: Option<(usize, &Phrase<T>)> = None;
        for (li, list) in lists.into_iter().enumerate() {
            for p in list {
                let n = p.toks.len();
                if best.is_some_and(|(_, b)| b.toks.len() >= n) {
                    break; // the rest are no longer
                }
                if li == 1 && p.case_sensitive {
                    continue;
                }
                if let Some(at) = start(n).filter(|&at| fits(p, at)) {
                    best = Some((at, p));
                }
            }
        }
        best
    }

    /// Longest phrase starting at token `at`.
    pub fn match_at(&self, toks: &[Token], at: usize, src: &str) -> Option<Hit<'_, T>> {
        let t = toks.get(at)?;
        if t.starts & self.bit == 0 && self.bit != 0 {
            return None;
        }
        let lists = Self::candidates(&self.by_first, t, src);
        let (_, p) = Self::longest(lists, |_| Some(at), |p, at| Self::fits(p, toks, at, src))?;
        Some(Hit {
            start: at,
            end: at + p.toks.len(),
            value: &p.value,
            as_written: p.case_sensitive,
        })
    }

    /// Longest phrase ending at token `last` (inclusive) and starting at or after `floor`.
    pub fn match_ending(
        &self,
        toks: &[Token],
        last: usize,
        floor: usize,
        src: &str,
    ) -> Option<Hit<'_, T>> {
        let t = toks.get(last)?;
        let lists = Self::candidates(&self.by_last, t, src);
        let start = |n: usize| (last + 1 >= n && last + 1 - n >= floor).then(|| last + 1 - n);
        let (at, p) = Self::longest(lists, start, |p, at| Self::fits(p, toks, at, src))?;
        Some(Hit {
            start: at,
            end: last + 1,
            value: &p.value,
            as_written: p.case_sensitive,
        })
    }
}

/// One language's compiled lexicon.
pub struct Lexicon {
    pub lang: String,
    pub name: String,
    pub decimal: char,
    pub number_words: HashMap<String, f64>,
    pub tens: HashMap<String, f64>,
    /// Tens and a unit written as one word: "tjugofem" -> 25.
    pub compounds: HashMap<String, f64>,
    /// A number word glued to a unit ending: "femårigt" -> (5, year).
    pub glued_numbers: HashMap<String, (f64, UnitDef)>,
    pub articles: HashSet<String>,
    pub range_joiners: PhraseSet<()>,
    pub range_enclosers: Vec<(String, String)>,
    /// Words that join a range only after a figure without a unit of its own ("three or
    /// four years").
    pub bare_range_joiners: HashSet<String>,
    /// Words between the parts of one amount in two units ("7 minutes and 30 seconds").
    pub compound_joiners: HashSet<String>,
    pub not_range_before: HashSet<String>,
    /// Verbs before "from" that make "from X to Y" one range ("range from $7 to $9").
    pub range_verbs: HashSet<String>,
    pub from_to_verbs: HashSet<String>,
    /// Words joining a bare figure to one with a unit it shares ("45 and 50 mg").
    pub sibling_joiners: HashSet<String>,
    /// Words that name an index, also as a compound's end ("metallprisindex"): a bare
    /// figure after one, or after its change, is a level in points.
    pub index_words: Vec<String>,
    /// The language's first name for index points ("points", "punkter"): a table row of an
    /// index is read in it.
    pub index_points: Option<String>,
    /// Words that are a share by themselves ("half", "hälften"), read only before one of
    /// `fraction_after` ("half of") or after a hedge ("more than half").
    pub fractions: HashSet<String>,
    /// Each fraction word's share, in percent ("half" = 50).
    pub fraction_values: HashMap<String, f64>,
    pub fraction_after: HashSet<String>,
    /// Words before a fraction word that make it a period ("the second half").
    pub fraction_not_after: HashSet<String>,
    /// Words between two figures that make the first a share of the second ("one in seven").
    pub share_joiners: PhraseSet<()>,
    /// Words after a whole number that add a half to it ("and a half", "och en halv").
    pub half_after: PhraseSet<()>,
    /// Words that restate the change before ("or"): what follows is the same change.
    pub restating: HashSet<String>,
    /// Fraction words after an article and their denominators ("third" = 3).
    pub ordinal_fractions: HashMap<String, f64>,
    /// Fraction words that are no ordinals ("quarter" = 4, "thirds" = 3).
    pub fraction_words: HashMap<String, f64>,
    /// Multiplier words that are also adjectives ("double" = 2, in the ratio unit), the words
    /// after them that make them a multiplier ("double the rate", "dubbelt så mycket"), and
    /// the infinitive marker before one ("to double", "att fördubbla").
    pub multiplier_words: HashMap<String, (f64, UnitDef)>,
    pub multiplier_after: HashSet<String>,
    pub multiplier_before: HashSet<String>,
    /// Words between an exchange rate and the currency it is per ("per", "against", "mot").
    pub rate_words: PhraseSet<()>,
    /// "var" + an ordinal ("var fjärde" is 25%): the words for "every" and the ordinals.
    pub every_words: HashSet<String>,
    pub every_ordinals: HashMap<String, f64>,
    /// Words for a half after an article ("en halv minut", "a half hour").
    pub half_words: HashSet<String>,
    /// A duration after one of these, with a superlative shortly before ("its highest level
    /// in a decade", "den blötaste på 30 år"), is the span of a record, no quantity.
    pub span_prepositions: HashSet<String>,
    /// Endings of a superlative ("-est", "-aste"), and words with them that are none.
    pub superlative_endings: Vec<String>,
    pub not_superlatives: HashSet<String>,
    /// Words around an "H:MM:SS" reading that make it a time of day, not a duration.
    pub clock_before: HashSet<String>,
    pub clock_after: HashSet<String>,
    pub negative_words: HashSet<String>,
    /// Words that make the number after them a label ("Section 232").
    pub label_words: HashSet<String>,
    /// Of those, the ones before a year as a period ("in 2025"): such a year opens no range
    /// ("rose 21% in 2025 to 290,000 tonnes").
    pub period_prepositions: HashSet<String>,
    pub year_prepositions: HashSet<String>,
    pub scales: PhraseSet<f64>,
    pub attached_scales: HashMap<String, f64>,
    pub hedges_before: PhraseSet<Qualifier>,
    pub hedges_after: PhraseSet<Qualifier>,
    /// Hedges that before a duration mean "during" ("over five years").
    pub not_before_durations: HashSet<String>,
    pub change_words: PhraseSet<Direction>,
    pub change_by: PhraseSet<()>,
    pub change_after: PhraseSet<Direction>,
    pub level_before: HashSet<String>,
    /// Words right before a figure that make it the earlier period's, given for comparison
    /// ("up from $350", "jämfört med 1 987 Mkr").
    pub prior_before: PhraseSet<()>,
    pub copulas: PhraseSet<()>,
    pub coordinators: HashSet<String>,
    pub per: PhraseSet<String>,
    pub per_clause: PhraseSet<String>,
    /// Denominators that may be named before the number, in the same clause.
    pub per_lookback: PhraseSet<String>,
    pub time_after: HashSet<String>,
    /// Words between a multiplier and a duration that make it how often ("three times a
    /// week", "två gånger per år"), no fact.
    pub how_often: HashSet<String>,
    /// A duration right after one of these names a calendar period ("the first six months").
    pub time_before: HashSet<String>,
    /// A duration followed by one of these and a month names a calendar period ("the three
    /// months to September 30").
    pub time_to_month: HashSet<String>,
    /// Month word -> month number (1..=12).
    pub months: HashMap<String, u32>,
    pub count_nouns: PhraseSet<String>,
    pub count_fillers: HashSet<String>,
    /// Endings of plural nouns and their singular ("-": not a plural), first fit wins.
    pub plural_endings: Vec<(String, String)>,
    pub not_counted: HashSet<String>,
    /// One-word counted nouns that may end a compound ("gruvor" in "metallgruvor"), longest
    /// first, with their counted noun; empty in a language that writes compounds apart.
    pub compound_heads: Vec<(String, String)>,
    pub units: PhraseSet<UnitDef>,
    /// Units written only right after the digits, as written: "68F", "12p".
    pub glued_symbols: PhraseSet<UnitDef>,
    /// Units only at a clause's end or before a word of size (`size_words`): "2 in.".
    pub final_units: PhraseSet<UnitDef>,
    pub size_words: HashSet<String>,
    /// Unit forms written as a word's ending ("-årigt" in "femårigt"), without the hyphen.
    pub glued_units: HashMap<String, UnitDef>,
    pub currency_before: PhraseSet<UnitDef>,
    /// Names of a sub-unit several currencies use ("cent", lower case): after an amount in
    /// another currency it is that currency's hundredth.
    pub shared_subunits: HashSet<String>,
    /// Phrases by which an outlet states its currency ("all figures in").
    pub currency_notes: AhoCorasick,
    /// Currencies written with a "…$" prefix (A$, C$): what a bare "$" may mean.
    pub dollar_codes: HashSet<String>,
    pub chrome_markers: Vec<String>,
    pub byline_starts: Vec<String>,
    /// What a link to another article starts with ("Read also:"): chrome.
    pub teaser_starts: Vec<String>,
    /// A heading over links to other articles ("Related articles"), lower case.
    pub teaser_headings: Vec<String>,
    pub letters: Vec<char>,
    /// Whether any distinctive letter is ASCII (else only non-ASCII words can hold one).
    pub ascii_letters: bool,
    pub stopwords: HashSet<String>,
    pub abbreviations: HashSet<String>,
    /// Words without which a sentence holds no number in this language: number words and
    /// their compounds, and the scale words and units an article can count ("a million",
    /// "a decade"). A sentence with neither a digit nor one of these is not read further.
    pub number_triggers: HashSet<String>,
}

/// A word table with its words in lower case.
fn lower_keys(m: &BTreeMap<String, f64>) -> HashMap<String, f64> {
    m.iter().map(|(w, v)| (w.to_lowercase(), *v)).collect()
}

fn set(v: &[String]) -> HashSet<String> {
    v.iter().map(|s| s.to_lowercase()).collect()
}

/// A phrase set of `forms` (matched in any case), each with `value`.
pub fn phrases<T: Clone>(forms: &[String], value: T) -> PhraseSet<T> {
    let mut p = PhraseSet::default();
    for f in forms {
        p.add(f, false, value.clone());
    }
    p
}

impl Lexicon {
    /// Parses and compiles one lexicon; `origin` names it in errors.
    fn parse(origin: &str, text: &str, shared: &Shared) -> Result<Lexicon, String> {
        let raw: Raw = toml::from_str(text).map_err(|e| format!("{origin}: {e}"))?;
        let mut hedges_before = PhraseSet::default();
        for (q, forms) in &raw.qualifiers.before {
            for f in forms {
                hedges_before.add(f, false, *q);
            }
        }
        let mut hedges_after = PhraseSet::default();
        for (q, forms) in &raw.qualifiers.after {
            for f in forms {
                hedges_after.add(f, false, *q);
            }
        }
        let mut change_words = phrases(&raw.change.up, Direction::Up);
        for f in &raw.change.down {
            change_words.add(f, false, Direction::Down);
        }
        let mut change_after = phrases(&raw.change.after_up, Direction::Up);
        for f in &raw.change.after_down {
            change_after.add(f, false, Direction::Down);
        }
        let mut per = PhraseSet::default();
        let mut per_clause = PhraseSet::default();
        let mut per_lookback = PhraseSet::default();
        let clause = set(&raw.per.clause);
        for (denom, forms) in &raw.per.denominators {
            for f in forms {
                per.add(f, false, denom.clone());
                if clause.contains(&f.to_lowercase()) {
                    per_clause.add(f, false, denom.clone());
                }
                if raw.per.lookback.contains(denom) {
                    per_lookback.add(f, false, denom.clone());
                }
            }
        }
        let mut count_nouns = PhraseSet::default();
        let mut compound_heads = Vec::new();
        for (noun, forms) in &raw.counts.nouns {
            for f in forms {
                count_nouns.add(f, false, noun.replace('_', " "));
                if raw.counts.compound_heads
                    && f.chars().count() >= 4
                    && f.chars().all(char::is_alphabetic)
                {
                    compound_heads.push((f.to_lowercase(), noun.replace('_', " ")));
                }
            }
        }
        compound_heads.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.cmp(b)));
        let lang = raw.lang.as_str();
        let mut units = PhraseSet::default();
        let mut glued_symbols = PhraseSet::default();
        let mut final_units = PhraseSet::default();
        let mut glued_units = HashMap::default();
        for u in &shared.units {
            let def = UnitDef {
                kind: u.kind,
                unit: u.unit.clone(),
                factor: u.factor,
                offset: u.offset,
                seconds: u.seconds,
                after_article: u.after_article.iter().any(|l| l == lang),
                per: u.per.clone(),
            };
            for f in u
                .symbols
                .iter()
                .chain(u.names.get(lang).into_iter().flatten())
            {
                units.add(f, false, def.clone());
                if let Some(rest) = f
                    .strip_prefix('-')
                    .filter(|r| r.chars().all(char::is_alphabetic))
                {
                    glued_units.insert(rest.to_lowercase(), def.clone());
                }
            }
            for f in &u.symbols_cs {
                units.add(f, true, def.clone());
            }
            for f in &u.glued {
                glued_symbols.add(f, true, def.clone());
            }
            for f in u.final_names.get(lang).into_iter().flatten() {
                final_units.add(f, false, def.clone());
            }
        }
        let mut currency_before = PhraseSet::default();
        let mut dollar_codes = HashSet::default();
        let mut shared_subunits = HashSet::default();
        for c in &shared.currencies {
            if c.before.iter().any(|f| f.ends_with('$')) {
                dollar_codes.insert(c.code.clone());
            }
            let def = UnitDef {
                factor: c.factor,
                ..UnitDef::canonical(Kind::Money, c.code.clone())
            };
            // The code itself, in capitals, before and after the number ("KWD 42", "42 KWD"),
            // also with a scale letter ("MEUR 120", "120 MEUR").
            if c.factor == 1.0 {
                if !raw.word_codes.contains(&c.code) {
                    currency_before.add(&c.code, true, def.clone());
                }
                units.add(&c.code, true, def.clone());
                for (letter, scale) in &shared.code_scales {
                    let scaled = UnitDef {
                        factor: *scale,
                        ..def.clone()
                    };
                    let form = format!("{letter}{}", c.code);
                    currency_before.add(&form, true, scaled.clone());
                    units.add(&form, true, scaled);
                }
            }
            for f in &c.before {
                currency_before.add(f, false, def.clone());
            }
            for f in &c.glued {
                glued_symbols.add(f, true, def.clone());
            }
            for f in c
                .after
                .iter()
                .chain(c.names.get(lang).into_iter().flatten())
            {
                units.add(f, false, def.clone());
                // A name glued by a hyphen, as a compound's first part: "a one-yen bid".
                if f.chars().all(char::is_alphabetic) {
                    units.add(&format!("-{f}"), false, def.clone());
                }
                if c.shared {
                    shared_subunits.insert(f.to_lowercase());
                }
            }
        }
        let mut scales = PhraseSet::default();
        for (w, v) in &raw.scales.words {
            scales.add(w, false, *v);
        }
        let mut compounds = HashMap::default();
        for (tw, tv) in &raw.numbers.tens {
            for (uw, uv) in &raw.numbers.words {
                if (1.0..=9.0).contains(uv) {
                    compounds.entry(format!("{tw}{uw}")).or_insert(tv + uv);
                }
            }
        }
        let mut glued: Vec<(&String, &UnitDef)> = glued_units.iter().collect();
        glued.sort_by(|a, b| a.0.cmp(b.0));
        let mut glued_numbers = HashMap::default();
        // A multiplier by itself ("tripled"): the number and its unit, as a glued one.
        let ratio = glued_units
            .values()
            .find(|d| d.kind == Kind::Ratio)
            .cloned();
        let with_ratio = |words: &BTreeMap<String, f64>| -> HashMap<String, (f64, UnitDef)> {
            ratio
                .iter()
                .flat_map(|r| {
                    words
                        .iter()
                        .map(move |(w, v)| (w.to_lowercase(), (*v, r.clone())))
                })
                .collect()
        };
        glued_numbers.extend(with_ratio(&raw.numbers.multipliers));
        let multiplier_words = with_ratio(&raw.numbers.multiplier_words);
        // A fraction word by itself ("half"): a share, in percent.
        let percent = UnitDef::percent();
        for (w, v) in &raw.numbers.fractions {
            glued_numbers.insert(w.to_lowercase(), (*v, percent.clone()));
        }
        for (nw, v) in raw.numbers.words.iter().chain(&raw.numbers.tens) {
            for (g, def) in &glued {
                glued_numbers
                    .entry(format!("{nw}{g}"))
                    .or_insert((*v, (*def).clone()));
            }
        }
        let first_word = |form: &str| {
            tokenize(form, 0, form.len())
                .into_iter()
                .next()
                .filter(|t| t.kind == crate::token::TokKind::Word)
                .map(|t| t.lower)
        };
        let mut number_triggers: HashSet<String> = raw
            .numbers
            .words
            .keys()
            .chain(raw.numbers.tens.keys())
            .chain(compounds.keys())
            .chain(glued_numbers.keys())
            .chain(raw.numbers.multiplier_words.keys())
            .chain(&raw.numbers.every_words)
            .chain(&raw.numbers.half_words)
            .map(|w| w.to_lowercase())
            .collect();
        number_triggers.extend(raw.scales.words.keys().filter_map(|w| first_word(w)));
        for u in shared
            .units
            .iter()
            .filter(|u| u.after_article.iter().any(|l| l == lang))
        {
            number_triggers.extend(
                u.symbols
                    .iter()
                    .chain(&u.symbols_cs)
                    .chain(u.names.get(lang).into_iter().flatten())
                    .filter_map(|f| first_word(f)),
            );
        }
        let mut months = HashMap::default();
        for (i, names) in raw.time.months.iter().enumerate() {
            for n in names {
                months.insert(n.to_lowercase(), i as u32 + 1);
            }
        }
        Ok(Lexicon {
            lang: raw.lang.clone(),
            name: raw.name,
            decimal: raw.numbers.decimal,
            number_words: raw.numbers.words.into_iter().collect(),
            tens: raw.numbers.tens.into_iter().collect(),
            compounds,
            glued_numbers,
            articles: set(&raw.numbers.articles),
            range_joiners: phrases(&raw.numbers.range_joiners, ()),
            range_enclosers: raw.numbers.range_enclosers,
            bare_range_joiners: set(&raw.numbers.bare_range_joiners),
            compound_joiners: set(&raw.numbers.compound_joiners),
            not_range_before: set(&raw.numbers.not_range_before),
            range_verbs: set(&raw.numbers.range_verbs),
            from_to_verbs: set(&raw.numbers.from_to_verbs),
            sibling_joiners: set(&raw.numbers.sibling_joiners),
            index_points: shared
                .units
                .iter()
                .find(|u| u.kind == Kind::Index)
                .and_then(|u| u.names.get(lang))
                .and_then(|n| n.first().cloned()),
            index_words: raw
                .numbers
                .index_words
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            fraction_values: lower_keys(&raw.numbers.fractions),
            fractions: raw
                .numbers
                .fractions
                .keys()
                .map(|w| w.to_lowercase())
                .collect(),
            fraction_after: set(&raw.numbers.fraction_after),
            fraction_not_after: set(&raw.numbers.fraction_not_after),
            share_joiners: phrases(&raw.numbers.share_joiners, ()),
            half_after: phrases(&raw.numbers.half_after, ()),
            restating: set(&raw.numbers.restating),
            multiplier_words,
            multiplier_after: set(&raw.numbers.multiplier_after),
            multiplier_before: set(&raw.numbers.multiplier_before),
            ordinal_fractions: lower_keys(&raw.numbers.ordinal_fractions),
            fraction_words: lower_keys(&raw.numbers.fraction_words),
            clock_before: set(&raw.numbers.clock_before),
            span_prepositions: set(&raw.numbers.span_prepositions),
            rate_words: phrases(&raw.numbers.rate_words, ()),
            every_words: set(&raw.numbers.every_words),
            every_ordinals: lower_keys(&raw.numbers.every_ordinals),
            half_words: set(&raw.numbers.half_words),
            superlative_endings: raw.numbers.superlative_endings.clone(),
            not_superlatives: set(&raw.numbers.not_superlatives),
            clock_after: set(&raw.numbers.clock_after),
            negative_words: set(&raw.numbers.negative_words),
            label_words: set(&raw.numbers.label_words),
            year_prepositions: set(&raw.numbers.year_prepositions),
            period_prepositions: set(&raw.numbers.period_prepositions),
            scales,
            attached_scales: raw.scales.attached.into_iter().collect(),
            hedges_before,
            hedges_after,
            not_before_durations: set(&raw.qualifiers.not_before_durations),
            change_words,
            change_by: phrases(&raw.change.by, ()),
            change_after,
            level_before: set(&raw.change.level_before),
            prior_before: phrases(&raw.change.prior_before, ()),
            copulas: phrases(&raw.change.copulas, ()),
            coordinators: set(&raw.change.coordinators),
            per,
            per_clause,
            per_lookback,
            time_after: set(&raw.time.after),
            how_often: set(&raw.time.how_often),
            time_before: set(&raw.time.before),
            time_to_month: set(&raw.time.to_month),
            months,
            count_nouns,
            count_fillers: set(&raw.counts.fillers),
            plural_endings: raw.counts.plural_endings.clone(),
            not_counted: set(&raw.counts.not_counted),
            compound_heads,
            units,
            glued_symbols,
            final_units,
            size_words: set(&raw.numbers.size_words),
            glued_units,
            currency_before,
            shared_subunits,
            currency_notes: AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(&raw.currency_notes)
                .map_err(|e| format!("{origin}: currency_notes: {e}"))?,
            dollar_codes,
            chrome_markers: raw
                .chrome
                .markers
                .iter()
                .map(|s| s.to_lowercase())
                .collect(),
            byline_starts: raw
                .chrome
                .byline_starts
                .iter()
                .map(|s| s.to_lowercase())
                .collect(),
            teaser_starts: raw
                .chrome
                .teaser_starts
                .iter()
                .map(|s| s.to_lowercase())
                .collect(),
            teaser_headings: raw
                .chrome
                .teaser_headings
                .iter()
                .map(|s| s.to_lowercase())
                .collect(),
            letters: raw.detect.letters.chars().collect(),
            ascii_letters: raw.detect.letters.chars().any(|c| c.is_ascii()),
            stopwords: set(&raw.detect.stopwords),
            abbreviations: set(&raw.detect.abbreviations),
            number_triggers,
        })
    }
}

/// The embedded lexicon files: language code and TOML text.
pub fn embedded_texts() -> &'static [(&'static str, &'static str)] {
    LEXICONS
}

/// Bit sets over language indices (up to 64 languages).
#[derive(Debug, Default, Clone, Copy)]
pub struct WordLangs {
    /// Languages the word is a frequent word of.
    pub frequent: u64,
    /// Languages in which the word may make a number (see [`Lexicon::number_triggers`]).
    pub number: u64,
}

/// All embedded lexicons, compiled once.
pub struct Lexicons {
    pub langs: Vec<Lexicon>,
    /// Top-level domain of an outlet's address -> the currency its bare "$" means ("au" ->
    /// AUD), from `resources/currencies.toml`.
    pub dollar_hosts: HashMap<String, String>,
    /// Every language's chrome markers, matched in lower-cased lines.
    pub chrome_markers: AhoCorasick,
    /// The same markers for a leftmost search of ASCII-folded text: whether a line may hold
    /// one at all.
    pub chrome_prefilter: AhoCorasick,
    /// What a word says to segmentation, for all languages at once.
    pub word_langs: HashMap<String, WordLangs>,
}

impl Lexicons {
    pub fn embedded() -> &'static Lexicons {
        static CELL: OnceLock<Lexicons> = OnceLock::new();
        CELL.get_or_init(|| {
            let shared = Shared::parse(UNITS, CURRENCIES)
                .unwrap_or_else(|e| panic!("embedded unit table is invalid: {e}"));
            if let Some((file, l)) = shared
                .languages()
                .find(|(_, l)| !LEXICONS.iter().any(|(code, _)| code == l))
            {
                panic!("{file} names language {l:?}, which has no resources/{l}/lexicon.toml");
            }
            let langs: Vec<Lexicon> = LEXICONS
                .iter()
                .map(|(l, text)| {
                    Lexicon::parse(&format!("resources/{l}/lexicon.toml"), text, &shared)
                        .unwrap_or_else(|e| panic!("embedded lexicon is invalid: {e}"))
                })
                .collect();
            let dollar_hosts = shared
                .currencies
                .iter()
                .flat_map(|c| c.hosts.iter().map(|h| (h.to_lowercase(), c.code.clone())))
                .collect();
            let markers: Vec<&String> = langs
                .iter()
                .flat_map(|l: &Lexicon| &l.chrome_markers)
                .collect();
            let chrome_prefilter = AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&markers)
                .unwrap_or_else(|e| panic!("embedded chrome markers are invalid: {e}"));
            let chrome_markers = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(markers)
                .unwrap_or_else(|e| panic!("embedded chrome markers are invalid: {e}"));
            let mut word_langs: HashMap<String, WordLangs> = HashMap::default();
            for (i, l) in langs.iter().enumerate().take(64) {
                for w in &l.stopwords {
                    word_langs.entry(w.clone()).or_default().frequent |= 1 << i;
                }
                for w in &l.number_triggers {
                    word_langs.entry(w.clone()).or_default().number |= 1 << i;
                }
            }
            Lexicons {
                langs,
                dollar_hosts,
                chrome_markers,
                chrome_prefilter,
                word_langs,
            }
        })
    }

    pub fn get(&self, lang: &str) -> Option<&Lexicon> {
        self.index(lang).map(|i| &self.langs[i])
    }

    /// Position of a language in [`Lexicons::langs`].
    pub fn index(&self, lang: &str) -> Option<usize> {
        self.langs.iter().position(|l| l.lang == lang)
    }

    pub fn codes(&self) -> Vec<&str> {
        self.langs.iter().map(|l| l.lang.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_tokens_find_what_unmarked_ones_find() {
        let en = Lexicons::embedded().get("en").unwrap();
        let text = "US$ 12 million, 300 tonnes and 2.5 billion kronor in March; the Mt rose";
        let plain = tokenize(text, 0, text.len());
        let mut marked = plain.clone();
        crate::token::mark_starts(&mut marked);
        // Most tokens start no unit: the marks say so.
        assert!(marked.iter().any(|t| t.starts & en.units.bit == 0));
        for i in 0..plain.len() {
            let ends = |toks: &[Token]| {
                (
                    en.units.match_at(toks, i, text).map(|h| h.end),
                    en.scales.match_at(toks, i, text).map(|h| h.end),
                    en.currency_before.match_at(toks, i, text).map(|h| h.end),
                )
            };
            assert_eq!(ends(&plain), ends(&marked), "token {i}");
        }
        // A set made after the marks' words were gathered has no bit: nothing is skipped.
        let mut late = PhraseSet::default();
        late.add("and", false, ());
        assert_eq!(late.bit, 0);
        let and = plain.iter().position(|t| t.lower == "and").unwrap();
        assert!(late.match_at(&marked, and, text).is_some());
    }

    #[test]
    fn embedded_lexicons_compile() {
        let lx = Lexicons::embedded();
        assert!(lx.get("en").is_some());
        assert!(lx.get("sv").is_some());
    }

    #[test]
    fn longest_match_and_gaps() {
        let lx = Lexicons::embedded();
        let en = lx.get("en").unwrap();
        let s = "no more than A$5 and US $ 6";
        let toks = tokenize(s, 0, s.len());
        let h = en.hedges_before.match_ending(&toks, 2, 0, s).unwrap();
        assert_eq!((h.start, h.end, *h.value), (0, 3, Qualifier::AtMost));
        let c = en.currency_before.match_at(&toks, 3, s).unwrap();
        assert_eq!(c.value.unit, "AUD");
        let c = en.currency_before.match_at(&toks, 7, s).unwrap();
        assert_eq!((c.value.unit.as_str(), c.end), ("USD", 9));
    }
}
