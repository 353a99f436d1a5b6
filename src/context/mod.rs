//! Stage 6, context: who a fact is about (`subject`), what it measures (`concept`), when
//! (`time`, `time_start`, `time_end`) and who says so (`source`).
//!
//! Each sentence is read once ([`read`]) into entity mentions, domain terms, time phrases
//! and source cues. A fact takes what its own part of the sentence says (its *slot*: from
//! the fact before it to the fact after it), then what the rest of the sentence says, then
//! what the passage before it said ([`choose`]). Every word comes from
//! `resources/context.toml` and `resources/<lang>/context.toml` ([`lexicon`]).

mod choose;
mod concept;
mod lexicon;
mod names;
mod phrase;
mod read;
mod source;
mod subject;
mod table;
mod time;

pub use choose::{annotate, Document, FactSpan};
pub use concept::CONCEPT_TEXT_MAX;
pub use lexicon::{embedded_texts, ContextLexicons, EType, Entity, Role};
pub use table::{annotate_cells, heading, periods_to_end, source_label, CellSpan, Column, Heading};
