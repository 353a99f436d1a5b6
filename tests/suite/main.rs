//! numfacts' integration tests, in one binary so polars is linked once.
//!
//! - `corpus`: every `resources/<lang>/corpus.toml`, positive and negative examples.
//! - `sample`: the bundled sample corpus: golden CSV files and its gold F1.
//! - `cli`: the command line on good and bad input.
//! - `reliability`: inputs and events that used to hang, lose or duplicate data, or corrupt
//!   the output folder.
//! - `scale`: threads, incremental runs, shards and the dataset layout.
//! - `shared`: the seeds and the conformance suites of `../shared` (skipped when absent).

mod cli;
mod common;
mod corpus;
mod newsquant;
mod reliability;
mod sample;
mod scale;
mod shared;
