//! The types that flow between stages: documents, facts and the vocabulary of the contract.

use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// What a fact measures (`kind` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Percent,
    Mass,
    Money,
    Count,
    Duration,
    Energy,
    Power,
    Volume,
    Length,
    Area,
    /// `km/h`.
    Speed,
    /// `°C`.
    Temperature,
    /// `GB`.
    Data,
    /// `Hz`.
    Frequency,
    /// `bar`.
    Pressure,
    /// Index points ("up 58.06 points"), unit `point`.
    Index,
    /// A multiplier ("four times"), unit `x`.
    Ratio,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Percent => "percent",
            Kind::Mass => "mass",
            Kind::Money => "money",
            Kind::Count => "count",
            Kind::Duration => "duration",
            Kind::Energy => "energy",
            Kind::Power => "power",
            Kind::Volume => "volume",
            Kind::Length => "length",
            Kind::Area => "area",
            Kind::Speed => "speed",
            Kind::Temperature => "temperature",
            Kind::Data => "data",
            Kind::Frequency => "frequency",
            Kind::Pressure => "pressure",
            Kind::Index => "index",
            Kind::Ratio => "ratio",
        }
    }
}

/// The hedge on a value (`qualifier` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approx,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
    UpTo,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::AtMost => "at_most",
            Qualifier::UpTo => "up_to",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Level,
    Change,
    /// An earlier period's figure given for comparison: the bracketed `(21 568)`.
    Prior,
}

impl Measure {
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Level => "level",
            Measure::Change => "change",
            Measure::Prior => "prior",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

/// One row of the facts table. Offsets are Unicode code points into the document text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    /// Shared by the facts of a document.
    pub doc_id: Arc<str>,
    pub fact_id: String,
    pub start: usize,
    pub end: usize,
    pub surface: String,
    /// The sentence, or the window of it around the fact when it is longer than
    /// [`crate::normalize::SENTENCE_WINDOW`] code points; shared by the facts of a sentence.
    pub sentence: Arc<str>,
    /// The whole sentence's code point offsets in the text.
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub lang: &'static str,
    pub kind: Kind,
    pub value_low: f64,
    pub value_high: f64,
    pub unit: String,
    pub qualifier: Qualifier,
    pub measure: Measure,
    pub direction: Option<Direction>,
    pub per: Option<String>,
    /// Whom the number is about: a canonical English name ("China", "LKAB").
    pub subject: Option<Arc<str>>,
    /// What it measures, in English ("rare earth mining share").
    pub concept: Option<String>,
    /// The text the concept was read from.
    pub concept_text: Option<String>,
    /// The phrase that says when, as written ("i september").
    pub time: Option<String>,
    pub time_start: Option<Date>,
    pub time_end: Option<Date>,
    /// Who says so ("IEA").
    pub source: Option<Arc<str>>,
}

/// A calendar date (the `date` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = [
            31,
            if leap { 29 } else { 28 },
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ];
        ((1..=12).contains(&month)
            && day >= 1
            && day <= days[month as usize - 1]
            && (1900..=2200).contains(&year))
        .then_some(Date { year, month, day })
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
    pub fn from_days(days: i32) -> Option<Date> {
        let z = days + 719468;
        let era = z.div_euclid(146097);
        let doe = z.rem_euclid(146097);
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + (month <= 2) as i32;
        Date::new(year, month, day)
    }

    /// Days since 1970-01-01 (the Arrow/Parquet date representation).
    pub fn days_since_epoch(self) -> i32 {
        // Howard Hinnant's days_from_civil.
        let y = if self.month <= 2 {
            self.year - 1
        } else {
            self.year
        };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One row of the documents table.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentRow {
    pub doc_id: String,
    pub path: String,
    pub content_hash: String,
    pub bytes: u64,
    pub chars: u64,
    pub encoding: String,
    pub lang: String,
    pub title: Option<String>,
    pub date: Option<Date>,
    pub n_facts: u64,
}

/// One row of the rejects table: an input that could not be read as a document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Reject {
    pub path: String,
    pub reason: String,
    pub detail: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_days() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2025, 10, 21).unwrap().days_since_epoch(), 20382);
        assert!(Date::new(2025, 2, 29).is_none());
        for d in [0, 20382, -1, 11016, 20513] {
            assert_eq!(Date::from_days(d).unwrap().days_since_epoch(), d);
        }
    }
}
