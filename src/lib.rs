//! numfacts: news articles in, normalized tables of their numeric facts out.
//!
//! The stages, one module each, data flowing one way:
//! [`ingest`] → [`decode`] → [`clean`] → [`segment`] → [`extract`] (and [`table`]) → [`normalize`] →
//! [`context`] → [`write`], driven by a declarative [`pipeline`]; [`claims`] is derived from
//! the written facts. Language knowledge lives in `resources/<lang>/`
//! and is read by [`lexicon`]; [`eval`] scores facts against gold as the project's scorer does.

pub mod claims;
pub mod clean;
pub mod context;
pub mod decode;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod invariants;
pub mod lexicon;
pub mod model;
pub mod normalize;
pub mod pipeline;
pub mod run;
pub mod segment;
pub mod table;
pub mod token;
pub mod write;
