//! The context stage's knowledge, compiled once from `resources/context.toml` and
//! `resources/<lang>/context.toml`: the gazetteer, domain terms, and the words of subjects,
//! sources and time.

use crate::lexicon::{phrases, HashMap, Lexicons, PhraseSet};
use crate::token::tokenize;
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
    /// An exchange or a price market ("London Metal Exchange", "Comex"): the subject of the
    /// prices quoted on it.
    Market,
    /// A name the gazetteer does not know, of no type its words say.
    Org,
    /// A person, named beside a title ("chief executive Jane Doe"): a source, never a subject.
    Person,
    /// A site or a thing named by its shape ("the Kemerton plant", "\"Project Vault\""):
    /// neither a subject nor a source.
    Site,
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
    /// A word that narrows the term after it ("global", "average", "planned"): kept before
    /// it in the concept, never a concept by itself.
    Modifier,
}
pub(super) const ROLES: [Role; 5] = [
    Role::Commodity,
    Role::Product,
    Role::Activity,
    Role::Object,
    Role::Measure,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum Period {
    Year,
    Quarter,
    Month,
    Week,
    Day,
    Decade,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawShared {
    pub(super) entity: Vec<RawEntity>,
    pub(super) claims: RawClaims,
    pub(super) concepts: RawSharedConcepts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEntity {
    pub(super) name: String,
    #[serde(rename = "type")]
    pub(super) etype: EType,
    pub(super) names: Vec<String>,
    /// The country an agency serves, when its name does not say ("U.S. Commerce
    /// Department").
    #[serde(default)]
    pub(super) serves: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawClaims {
    pub(super) same: Vec<Vec<String>>,
    #[serde(default)]
    pub(super) forms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSharedConcepts {
    pub(super) flows: BTreeMap<String, String>,
    pub(super) percent_level: String,
    pub(super) unit_price: String,
    pub(super) unit_price_per: Vec<String>,
    pub(super) kind_heads: BTreeMap<String, String>,
    pub(super) accounts: Vec<String>,
    pub(super) moved: RawMoved,
}

/// What a change measures when the thing that moves is a bare name ("Corvina surged 14%").
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMoved {
    pub(super) company: String,
    pub(super) commodity: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLang {
    pub(super) lang: String,
    pub(super) endings: Vec<String>,
    #[serde(default)]
    pub(super) compound_joiners: Vec<String>,
    pub(super) entities: BTreeMap<String, Vec<String>>,
    pub(super) subject: RawSubject,
    pub(super) flow: RawFlow,
    pub(super) names: RawNames,
    pub(super) source: RawSource,
    pub(super) time: RawTime,
    pub(super) phrase: RawPhrase,
    pub(super) table: RawTable,
    pub(super) concepts: BTreeMap<Role, BTreeMap<String, Vec<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSubject {
    pub(super) oblique: Vec<String>,
    pub(super) locative: Vec<String>,
    pub(super) clause_marks: Vec<String>,
    pub(super) members: Vec<String>,
    pub(super) coordinators: Vec<String>,
    /// Phrases holding a clause mark that open no clause ("för att": an infinitive).
    #[serde(default)]
    pub(super) no_clause: Vec<String>,
    pub(super) determiners: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPhrase {
    pub(super) links: Vec<String>,
    pub(super) skip: Vec<String>,
    pub(super) relative: Vec<String>,
    pub(super) verb_endings: Vec<String>,
    /// Whether concepts are written in this language's own words: the noun phrase around a
    /// term is kept as written (English), rather than only the terms (Swedish, rendered in
    /// English).
    pub(super) written: bool,
    /// Endings of words that are no noun of a written phrase ("roughly", "reporting").
    #[serde(default)]
    pub(super) not_noun_endings: Vec<String>,
    /// Words that are never a noun or adjective of such a phrase: pronouns, conjunctions,
    /// prepositions and adverbs the stopwords leave out, and verb forms no ending shows.
    #[serde(default)]
    pub(super) not_nouns: Vec<String>,
    /// Words after which the next word is a verb ("would approve", "to justify").
    #[serde(default)]
    pub(super) verb_after: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTable {
    pub(super) change: Vec<String>,
    pub(super) prior: Vec<String>,
    #[serde(default)]
    pub(super) current: Vec<String>,
    #[serde(default)]
    pub(super) date: Vec<String>,
    pub(super) unit: Vec<String>,
    pub(super) world: Vec<String>,
    pub(super) source_labels: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFlow {
    pub(super) to: Vec<String>,
    pub(super) from: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawNames {
    pub(super) after: Vec<String>,
    pub(super) part_of: Vec<String>,
    pub(super) company_words: Vec<String>,
    pub(super) agency_words: Vec<String>,
    #[serde(default)]
    pub(super) agency_endings: Vec<String>,
    pub(super) market_words: Vec<String>,
    #[serde(default)]
    pub(super) market_endings: Vec<String>,
    #[serde(default)]
    pub(super) descriptor_endings: Vec<String>,
    pub(super) legal_suffixes: Vec<String>,
    pub(super) joiners: Vec<String>,
    pub(super) not_names: Vec<String>,
    pub(super) openers: Vec<String>,
    pub(super) possessive: Vec<String>,
    pub(super) glued_genitive: Vec<String>,
    pub(super) adjective_endings: Vec<String>,
    pub(super) title_links: Vec<String>,
    pub(super) person_titles: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub(super) releases: Vec<String>,
    pub(super) according: Vec<String>,
    pub(super) verbs: Vec<String>,
    pub(super) anaphors: BTreeMap<String, EType>,
    pub(super) data_nouns: Vec<String>,
    pub(super) expectation: Vec<String>,
    pub(super) subordinators: Vec<String>,
    pub(super) passive: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTime {
    pub(super) prepositions: Vec<String>,
    pub(super) baseline: Vec<String>,
    pub(super) now: Vec<String>,
    pub(super) relative: BTreeMap<String, (Period, i32)>,
    pub(super) weekdays: Vec<String>,
    pub(super) ago: Vec<String>,
    pub(super) ago_before: Vec<String>,
    pub(super) ahead: Vec<String>,
    pub(super) periods: BTreeMap<Period, Vec<String>>,
    pub(super) quarters: Vec<String>,
    pub(super) halves: Vec<String>,
    pub(super) quarter_codes: Vec<String>,
    /// Words before a week's number ("vecka 46", "week 46").
    #[serde(default)]
    pub(super) week_numbers: Vec<String>,
    pub(super) ordinals: BTreeMap<String, u32>,
    pub(super) until: Vec<String>,
    pub(super) year_links: Vec<String>,
    pub(super) same_period: Vec<String>,
    #[serde(default)]
    pub(super) told: Vec<String>,
    #[serde(default)]
    pub(super) ending: Vec<String>,
    pub(super) since: Vec<String>,
    /// Superlatives a time phrase may follow as the record it compares with ("the lowest
    /// since October", "den högsta nivån sedan 2020"): no period of the figure.
    #[serde(default)]
    pub(super) records: Vec<String>,
    pub(super) estimate_marks: Vec<String>,
}

/// A domain term: its English form and role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TermRef {
    pub(super) role: Role,
    pub(super) term: u32,
}

/// One language's compiled context knowledge.
pub(super) struct LangContext {
    pub(super) entities: PhraseSet<u32>,
    pub(super) terms: PhraseSet<TermRef>,
    /// Single-word terms with their endings, for splitting compounds.
    pub(super) words: HashMap<String, TermRef>,
    /// Single-word terms as written, the first part of a compound.
    pub(super) heads: HashMap<String, TermRef>,
    pub(super) compound_joiners: Vec<String>,
    pub(super) oblique: PhraseSet<()>,
    pub(super) locative: PhraseSet<()>,
    pub(super) clause_marks: PhraseSet<()>,
    pub(super) members: PhraseSet<()>,
    pub(super) coordinators: PhraseSet<()>,
    pub(super) no_clause: PhraseSet<()>,
    pub(super) determiners: PhraseSet<()>,
    pub(super) flow_to: PhraseSet<()>,
    pub(super) flow_from: PhraseSet<()>,
    pub(super) names_after: PhraseSet<()>,
    pub(super) part_of: PhraseSet<()>,
    pub(super) company_words: crate::lexicon::HashSet<String>,
    /// Heads of agencies' names ("Ministry", "Survey"), matched as written.
    pub(super) agency_words: crate::lexicon::HashSet<String>,
    /// Endings of agencies' names in languages that glue them on ("Energimyndigheten").
    pub(super) agency_endings: Vec<String>,
    /// Heads of markets' names ("Exchange"), matched as written.
    pub(super) market_words: crate::lexicon::HashSet<String>,
    /// Endings of markets' names in languages that glue them on ("Oslobörsen").
    pub(super) market_endings: Vec<String>,
    /// Endings of a common noun written before a name it describes ("Gruvbolaget
    /// Kopparfors"): that word is no part of the name.
    pub(super) descriptor_endings: Vec<String>,
    /// Legal forms left out of a company's short name ("Ltd", "AB").
    pub(super) legal_suffixes: crate::lexicon::HashSet<String>,
    /// Small words inside a name, between capitalised words ("Ministry of Commerce").
    pub(super) name_joiners: crate::lexicon::HashSet<String>,
    /// Capitalised words that are no names (titles, time zones, sentence openers).
    pub(super) not_names: crate::lexicon::HashSet<String>,
    /// Words that are no name alone but open an agency's or a company's ("International
    /// Copper Study Group", "National Bureau of Statistics").
    pub(super) name_openers: crate::lexicon::HashSet<String>,
    /// Token sequences after a name that make it a possessive ("'s", ":s").
    pub(super) possessive: PhraseSet<()>,
    /// Endings glued to a name's last word that make it a genitive ("Fjällmyra Metalls"),
    /// where the document also writes the name without them.
    pub(super) glued_genitive: Vec<String>,
    /// Endings of a country's adjective ("Chinese", "kinesiska"): written so, a country
    /// qualifies a noun, and is what a fact is about only in the fact's own noun phrase.
    pub(super) adjective_endings: Vec<String>,
    /// Words after a title that tie it to an employer ("an analyst at"): "X is a title at
    /// Y" makes X a person.
    pub(super) title_links: crate::lexicon::HashSet<String>,
    /// Words that stand beside a person's name ("chief executive", "analyst").
    pub(super) person_titles: PhraseSet<()>,
    /// Words at the head of a document that make it its topic company's own release.
    pub(super) releases: Vec<String>,
    pub(super) according: PhraseSet<()>,
    pub(super) verbs: PhraseSet<()>,
    pub(super) anaphors: PhraseSet<EType>,
    /// The head nouns of two-word anaphors after a determiner ("miner" of "the miner"), so
    /// that a modified one still reads as one ("the Vancouver-based miner").
    pub(super) anaphor_heads: HashMap<String, EType>,
    /// Nouns for figures a source gave ("the data", "siffrorna"), lower case.
    pub(super) data_nouns: crate::lexicon::HashSet<String>,
    /// Words of what was expected ("had expected", "konsensus"): such a sentence's source
    /// does not carry to the figures after it.
    pub(super) expectation: PhraseSet<()>,
    /// Words opening a clause of its own after a figure ("after", "efter att"): a source
    /// cited inside it speaks for that clause, not for the figure before it.
    pub(super) subordinators: PhraseSet<()>,
    /// Words before a verb of saying that make it passive ("was assessed at"): the name
    /// before it is what was assessed, no source.
    pub(super) passive: crate::lexicon::HashSet<String>,
    pub(super) prepositions: PhraseSet<()>,
    pub(super) baseline: PhraseSet<()>,
    pub(super) now: PhraseSet<()>,
    pub(super) relative: PhraseSet<(Period, i32)>,
    pub(super) weekdays: PhraseSet<u32>,
    pub(super) ago: PhraseSet<()>,
    pub(super) ago_before: PhraseSet<()>,
    pub(super) ahead: PhraseSet<()>,
    pub(super) periods: PhraseSet<Period>,
    pub(super) quarters: PhraseSet<()>,
    pub(super) halves: PhraseSet<()>,
    pub(super) quarter_codes: PhraseSet<()>,
    pub(super) week_numbers: PhraseSet<()>,
    pub(super) ordinals: PhraseSet<u32>,
    pub(super) until: PhraseSet<()>,
    /// Words between a period and its year ("the fourth quarter of 2024").
    pub(super) year_links: PhraseSet<()>,
    /// Phrases that name the period the passage has named ("in the period").
    pub(super) same_period: PhraseSet<()>,
    /// Words of publishing a figure ("published", "presenterade"): a day right after one
    /// is when it was told, as after a verb of saying.
    pub(super) told: PhraseSet<()>,
    /// Words between a run of months and the month it ends with ("to", "ended", "till").
    pub(super) ending: PhraseSet<()>,
    /// Cues of a base that opens the period of a change up to now ("since", "sedan"): that
    /// phrase is the change's period ("has gained 9% since the start of the year").
    pub(super) since: crate::lexicon::HashSet<String>,
    pub(super) records: crate::lexicon::HashSet<String>,
    /// Letters glued to a year that mark its figures estimates or forecasts ("2025e").
    pub(super) estimate_marks: crate::lexicon::HashSet<String>,
    /// Words after a number that lead to what it measures ("of", "av").
    pub(super) np_links: crate::lexicon::HashSet<String>,
    /// Words of a verb group between a measured phrase and its number ("has", "hade").
    pub(super) np_skip: crate::lexicon::HashSet<String>,
    /// Words that open a relative clause after a comma (", which", ", som").
    pub(super) relative_marks: crate::lexicon::HashSet<String>,
    /// Endings of verb forms between a measured phrase and its number ("averaged").
    pub(super) verb_endings: Vec<String>,
    /// See `RawPhrase::written`.
    pub(super) np_written: bool,
    pub(super) np_not_noun: Vec<String>,
    pub(super) np_not_nouns: crate::lexicon::HashSet<String>,
    pub(super) np_verb_after: crate::lexicon::HashSet<String>,
    /// A table's column headings for a change and for the earlier period, lower case.
    pub(super) change_columns: crate::lexicon::HashSet<String>,
    pub(super) prior_columns: crate::lexicon::HashSet<String>,
    /// A column of the latest figures named by no period ("Latest", "Senast").
    pub(super) current_columns: crate::lexicon::HashSet<String>,
    /// A column of each row's date ("Date", "Datum").
    pub(super) date_columns: crate::lexicon::HashSet<String>,
    pub(super) unit_columns: crate::lexicon::HashSet<String>,
    /// Words of a table row of the whole world ("World total", "Världen").
    pub(super) world_rows: crate::lexicon::HashSet<String>,
    /// What the line after a table starts with when it names the source ("Källa").
    pub(super) source_labels: crate::lexicon::HashSet<String>,
    /// Every lower-cased token some phrase above starts with.
    pub(super) starts: crate::lexicon::HashSet<String>,
}

pub struct Entity {
    pub name: Arc<str>,
    pub etype: EType,
    /// The country an agency serves.
    pub serves: Option<Arc<str>>,
}

/// All context knowledge, compiled once.
pub struct ContextLexicons {
    pub entities: Vec<Entity>,
    /// English terms, indexed by [`TermRef::term`].
    pub(super) terms: Vec<Arc<str>>,
    /// The same, the longest first: to read them back out of a concept phrase.
    pub(super) longest_first: Vec<Arc<str>>,
    /// Each English term's role.
    pub(super) roles: HashMap<String, Role>,
    /// Per language, in the order of [`Lexicons::langs`].
    pub(super) langs: Vec<Option<LangContext>>,
    /// Term -> the term that stands for its group in claims.
    pub(super) same: HashMap<String, String>,
    /// Products that are a form of their material ("concentrate", "ore"): beside one the
    /// material stays in a claims key.
    pub(super) forms: crate::lexicon::HashSet<String>,
    /// Flow activity -> whether its other party follows "to" (true) or "from" (false).
    pub(super) flows: HashMap<String, bool>,
    pub(super) percent_level: Arc<str>,
    /// What an amount of money per unit of goods measures ("$16,940 a ton": a price).
    pub(super) unit_price: Arc<str>,
    pub(super) unit_price_per: Vec<String>,
    pub(super) kind_heads: HashMap<String, String>,
    /// Measures of an issuer's accounts ("net debt", "dividend"): a concept by themselves,
    /// without the commodity or activity the passage is about.
    pub(super) accounts: crate::lexicon::HashSet<String>,
    /// The measure of a change of a company's name, and of a commodity's name, standing
    /// alone before the verb: "share price", "price".
    pub(super) moved_company: u32,
    pub(super) moved_commodity: u32,
    /// Every name of every language, lower-cased, to its entity: to normalise gold names.
    pub(super) by_name: HashMap<String, usize>,
}

fn lower_set(words: &[String]) -> crate::lexicon::HashSet<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

/// How many of a company name's words are its own: the trade words at its end, of one word
/// or two, are not ("Caldera Copper Corp", "Ridgeback Rare Earths"). One word always stays.
pub(super) fn own_words(words: &[&str], trade: impl Fn(&str) -> bool) -> usize {
    let mut n = words.len();
    loop {
        if n > 1 && trade(words[n - 1]) {
            n -= 1;
        } else if n > 2 && trade(&format!("{} {}", words[n - 2], words[n - 1])) {
            n -= 2;
        } else {
            return n;
        }
    }
}

pub(super) fn has_upper(s: &str) -> bool {
    s.chars().any(char::is_uppercase)
}

/// Phrase sets that remember which tokens any of them starts with (`LangContext::starts`).
#[derive(Default)]
pub(super) struct Recorder {
    pub(super) starts: crate::lexicon::HashSet<String>,
}

impl Recorder {
    pub(super) fn keep<T: Clone>(&mut self, p: PhraseSet<T>) -> PhraseSet<T> {
        self.starts.extend(p.first_tokens());
        p
    }
    pub(super) fn forms(&mut self, forms: &[String]) -> PhraseSet<()> {
        self.keep(phrases(forms, ()))
    }
    pub(super) fn pairs<'a, T: Clone + 'a>(
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

    pub(super) fn parse(
        shared: &str,
        langs: &[(&str, &str)],
        lx: &Lexicons,
    ) -> Result<Self, String> {
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
                serves: e.serves.as_deref().map(Arc::from),
            });
        }
        for e in &raw.entity {
            let Some(c) = &e.serves else { continue };
            let country = index
                .get(c)
                .is_some_and(|&k| entities[k].etype == EType::Country);
            if !country {
                return Err(format!(
                    "resources/context.toml: entity {:?} serves {c:?}, which is no country of the gazetteer",
                    e.name
                ));
            }
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
        let mut roles: HashMap<String, Role> = HashMap::default();
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
            // A form written out for one term is not an inflection of another ("shares" is a
            // share price, not a share).
            let explicit: crate::lexicon::HashSet<String> = (r.concepts.values())
                .flat_map(|table| table.values().flatten())
                .map(|f| f.to_lowercase())
                .collect();
            for (role, table) in &r.concepts {
                for (english, forms) in table {
                    let term = *term_index.entry(english.clone()).or_insert_with(|| {
                        terms.push(english.as_str().into());
                        terms.len() as u32 - 1
                    });
                    let t = TermRef { role: *role, term };
                    roles.insert(english.clone(), *role);
                    for f in forms {
                        let single = tokenize(f, 0, f.len()).len() == 1;
                        if single {
                            heads.insert(f.to_lowercase(), t);
                        }
                        for v in inflect(f) {
                            if v != *f && explicit.contains(&v.to_lowercase()) {
                                continue;
                            }
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
                no_clause: rec.forms(&r.subject.no_clause),
                determiners: rec.forms(&r.subject.determiners),
                flow_to: rec.forms(&r.flow.to),
                flow_from: rec.forms(&r.flow.from),
                names_after: rec.forms(&r.names.after),
                part_of: rec.forms(&r.names.part_of),
                company_words: r.names.company_words.iter().cloned().collect(),
                agency_words: r.names.agency_words.iter().cloned().collect(),
                agency_endings: r.names.agency_endings.clone(),
                market_words: r.names.market_words.iter().cloned().collect(),
                market_endings: r.names.market_endings.clone(),
                descriptor_endings: r.names.descriptor_endings.clone(),
                legal_suffixes: r.names.legal_suffixes.iter().cloned().collect(),
                name_joiners: r.names.joiners.iter().cloned().collect(),
                not_names: r.names.not_names.iter().cloned().collect(),
                name_openers: r.names.openers.iter().cloned().collect(),
                possessive: phrases(&r.names.possessive, ()),
                glued_genitive: r.names.glued_genitive.clone(),
                adjective_endings: r.names.adjective_endings.clone(),
                title_links: r.names.title_links.iter().cloned().collect(),
                person_titles: phrases(&r.names.person_titles, ()),
                releases: r.source.releases.iter().map(|s| s.to_lowercase()).collect(),
                according: rec.forms(&r.source.according),
                verbs: rec.forms(&r.source.verbs),
                anaphors: rec.pairs(r.source.anaphors.iter().map(|(f, t)| (f, *t))),
                anaphor_heads: (r.source.anaphors.iter())
                    .filter_map(|(f, t)| {
                        let (det, head) = f.split_once(' ')?;
                        (r.subject.determiners.iter().any(|d| d == det) && !head.contains(' '))
                            .then(|| (head.to_string(), *t))
                    })
                    .collect(),
                data_nouns: lower_set(&r.source.data_nouns),
                expectation: rec.forms(&r.source.expectation),
                subordinators: phrases(&r.source.subordinators, ()),
                passive: r.source.passive.iter().cloned().collect(),
                change_columns: lower_set(&r.table.change),
                prior_columns: lower_set(&r.table.prior),
                current_columns: lower_set(&r.table.current),
                date_columns: lower_set(&r.table.date),
                unit_columns: lower_set(&r.table.unit),
                world_rows: lower_set(&r.table.world),
                source_labels: lower_set(&r.table.source_labels),
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
                week_numbers: rec.forms(&r.time.week_numbers),
                ordinals: rec.pairs(r.time.ordinals.iter().map(|(f, n)| (f, *n))),
                until: rec.forms(&r.time.until),
                year_links: rec.forms(&r.time.year_links),
                same_period: rec.forms(&r.time.same_period),
                told: rec.forms(&r.time.told),
                since: r.time.since.iter().cloned().collect(),
                records: r.time.records.iter().cloned().collect(),
                estimate_marks: r.time.estimate_marks.iter().cloned().collect(),
                ending: rec.forms(&r.time.ending),
                np_links: r.phrase.links.iter().cloned().collect(),
                np_skip: r.phrase.skip.iter().cloned().collect(),
                relative_marks: r.phrase.relative.iter().cloned().collect(),
                verb_endings: r.phrase.verb_endings.clone(),
                np_written: r.phrase.written,
                np_not_noun: r.phrase.not_noun_endings.clone(),
                np_not_nouns: r.phrase.not_nouns.iter().cloned().collect(),
                np_verb_after: r.phrase.verb_after.iter().cloned().collect(),
                starts: rec.starts,
            });
        }
        let term = |name: &str| {
            term_index
                .get(name)
                .copied()
                .ok_or_else(|| format!("resources/context.toml: {name:?} is no concept term"))
        };
        for a in &raw.concepts.accounts {
            term(a)?;
        }
        let moved_company = term(&raw.concepts.moved.company)?;
        let moved_commodity = term(&raw.concepts.moved.commodity)?;
        let mut longest_first = terms.clone();
        longest_first.sort_by_key(|t| std::cmp::Reverse(t.split_whitespace().count()));
        Ok(ContextLexicons {
            entities,
            terms,
            longest_first,
            roles,
            langs: compiled,
            same,
            forms: raw.claims.forms.iter().cloned().collect(),
            flows,
            percent_level: raw.concepts.percent_level.as_str().into(),
            unit_price: raw.concepts.unit_price.as_str().into(),
            unit_price_per: raw.concepts.unit_price_per.clone(),
            kind_heads,
            accounts: raw.concepts.accounts.iter().cloned().collect(),
            moved_company,
            moved_commodity,
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

    /// Whether two names name the same entity: the same canonical name, or the same company
    /// by its short form ("Saltbush Lithium Ltd" and "Saltbush"; see `names.rs`).
    pub fn same_entity(&self, a: &str, b: &str) -> bool {
        let canon = |n: &str| {
            let c = self.normalize_name(n);
            let mut words: Vec<&str> = c.split_whitespace().collect();
            let trade = |w: &str| {
                self.langs
                    .iter()
                    .flatten()
                    .any(|lc| lc.company_words.contains(w) || lc.legal_suffixes.contains(w))
            };
            if words.is_empty() {
                return c.to_lowercase();
            }
            let full = words.clone();
            words.truncate(own_words(&words, trade));
            if trade(words[0]) || words.join(" ").chars().count() < 3 {
                words = full;
            }
            words.join(" ").to_lowercase()
        };
        canon(a) == canon(b)
    }

    /// The country an agency serves, as the gazetteer says or its name does ("China's
    /// customs" serves China): the figures it gives are the country's.
    pub(super) fn served_country(&self, agency: &str) -> Option<Arc<str>> {
        let own = self.by_name.get(&agency.to_lowercase());
        if let Some(c) = own.and_then(|&e| self.entities[e].serves.clone()) {
            return Some(c);
        }
        // "China's customs", "Statistics Indonesia", "Central Bank of Chile": a country named
        // in it, its owner or after "of" first.
        let country = |n: &str| {
            let &e = self.by_name.get(&n.to_lowercase())?;
            let e = &self.entities[e];
            (e.etype == EType::Country).then(|| e.name.clone())
        };
        let owner = ["'s ", "’s "]
            .iter()
            .find_map(|p| agency.split_once(p))
            .map(|(o, _)| o);
        let of = agency
            .split_once(" of ")
            .map(|(_, c)| c.trim_start_matches("the "));
        owner
            .into_iter()
            .chain(of)
            .chain(agency.split_whitespace())
            .find_map(country)
    }

    /// The term that stands for `term`'s group in claims ("refining" -> "processing").
    pub fn claim_term<'a>(&'a self, term: &'a str) -> &'a str {
        self.same.get(term).map_or(term, String::as_str)
    }

    /// The role of an English term ("magnet" is a product).
    pub fn role(&self, term: &str) -> Option<Role> {
        self.roles.get(term).copied()
    }

    /// Whether a product term is a form of its material ("copper concentrate").
    pub fn is_form(&self, term: &str) -> bool {
        self.forms.contains(term)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_company_name_without_its_trade_words() {
        let trade = |w: &str| matches!(w, "Copper" | "Corp" | "Rare Earths" | "Resources");
        assert_eq!(own_words(&["Caldera", "Copper", "Corp"], trade), 1);
        assert_eq!(own_words(&["Ridgeback", "Rare", "Earths"], trade), 1);
        assert_eq!(own_words(&["Resources"], trade), 1);
        assert_eq!(own_words(&["Mineral", "Resources"], trade), 1);
        assert_eq!(own_words(&["Lynx", "Gold"], trade), 2);
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
}
