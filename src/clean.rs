//! Stage 3, clean: tells the article's text from the page chrome around it.
//!
//! The text is never changed (offsets always refer to the original); clean labels each line.
//! Chrome is recognised by what it is, not by its phrases: widget lines are very short lines
//! without sentence punctuation standing among others like them (market tickers, share
//! counters, "Reading Time" labels, audio players); bylines start like bylines; ads, cookie and
//! newsletter boxes carry the markers listed in each language's lexicon. Photo captions and
//! related-article teasers are prose and stay content. Clean also finds the title and the date.

use crate::lexicon::Lexicons;
use crate::model::Date;
use crate::token::{tokenize, TokKind};
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Content,
    Blank,
    /// Short lines among short lines: tickers, counters, players, labels.
    Widget,
    Byline,
    /// Ads, cookie notices, newsletter and share boxes.
    Boilerplate,
}

/// One line of the document, without its line break.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    pub kind: BlockKind,
}

#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    pub blocks: Vec<Block>,
    pub title: Option<String>,
    pub date: Option<Date>,
}

/// Lines whose words are at most this many, without sentence punctuation, are widget-like.
const WIDGET_WORDS: usize = 3;
/// Short lines of up to this many words are widgets when both neighbours are short too.
const SHORT_WORDS: usize = 6;
/// How many lines from the top may hold the date and title.
const HEADER_LINES: usize = 15;

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', ':', ';', '"', '”', '’', '»', ')', '…'])
}

pub fn clean(text: &str, lexicons: &Lexicons) -> Cleaned {
    let mut blocks = Vec::new();
    let mut pos = 0;
    for piece in text.split_inclusive('\n') {
        let body = piece.trim_end_matches(['\n', '\r']);
        blocks.push(Block {
            start: pos,
            end: pos + body.len(),
            kind: BlockKind::Content,
        });
        pos += piece.len();
    }
    let words: Vec<usize> = blocks
        .iter()
        .map(|b| count_words(&text[b.start..b.end]))
        .collect();
    let short: Vec<bool> = blocks
        .iter()
        .zip(&words)
        .map(|(b, &w)| w <= SHORT_WORDS && !ends_sentence(&text[b.start..b.end]))
        .collect();
    let bylines: Vec<&str> = lexicons
        .langs
        .iter()
        .flat_map(|l| l.byline_starts.iter().map(String::as_str))
        .collect();
    let folded = text.to_ascii_lowercase();
    let mut non_blank_seen = 0;
    for (i, b) in blocks.iter_mut().enumerate() {
        let line = text[b.start..b.end].trim();
        // Markers and byline starts are lower-case; ASCII case is folded by the matcher, so
        // only a line with non-ASCII capitals needs lower-casing.
        let non_ascii_capitals = line.chars().any(|c| !c.is_ascii() && c.is_uppercase());
        let lower = if non_ascii_capitals {
            std::borrow::Cow::Owned(line.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(line)
        };
        // A quick look first: most lines hold no marker at all, and a leftmost search of the
        // ASCII-folded text says so fast. Only then are word boundaries checked.
        let may_mark = non_ascii_capitals
            || lexicons
                .chrome_prefilter
                .is_match(&folded.as_bytes()[b.start..b.end]);
        let in_header = non_blank_seen < HEADER_LINES;
        if words[i] > 0 {
            non_blank_seen += 1;
        }
        b.kind = if words[i] == 0 {
            BlockKind::Blank
        } else if may_mark && has_marker(&lower, &lexicons.chrome_markers) {
            BlockKind::Boilerplate
        } else if words[i] <= 8
            && bylines.iter().any(|s| {
                lower
                    .as_bytes()
                    .get(..s.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(s.as_bytes()))
            })
        {
            BlockKind::Byline
        } else if (words[i] <= WIDGET_WORDS && !ends_sentence(line))
            || (short[i] && (is_breadcrumb(line) || (in_header && is_label_value(line))))
            || is_ticker(line, words[i])
        {
            BlockKind::Widget
        } else {
            BlockKind::Content
        };
    }
    // A text of one line is a snippet, not a page: there is no chrome around it.
    if words.iter().filter(|&&w| w > 0).count() == 1 {
        for b in &mut blocks {
            if b.kind == BlockKind::Widget {
                b.kind = BlockKind::Content;
            }
        }
    }
    let title_block = find_title(text, &blocks, lexicons);
    // Short lines standing between short lines, next to a widget, are widgets too.
    let non_blank: Vec<usize> = (0..blocks.len()).filter(|&i| words[i] > 0).collect();
    let mut promote = Vec::new();
    for (k, &i) in non_blank.iter().enumerate() {
        if blocks[i].kind != BlockKind::Content || !short[i] || Some(i) == title_block {
            continue;
        }
        let prev = k.checked_sub(1).map(|k| non_blank[k]);
        let next = non_blank.get(k + 1).copied();
        let is_short =
            |n: Option<usize>| n.is_none_or(|n| short[n] || blocks[n].kind != BlockKind::Content);
        let is_widget = |n: Option<usize>| n.is_some_and(|n| blocks[n].kind == BlockKind::Widget);
        if is_short(prev) && is_short(next) && (is_widget(prev) || is_widget(next)) {
            promote.push(i);
        }
    }
    for i in promote {
        blocks[i].kind = BlockKind::Widget;
    }
    let date = find_date(text, &blocks, lexicons);
    let title = title_block.map(|i| {
        let line = text[blocks[i].start..blocks[i].end].trim();
        line.strip_prefix("# ").unwrap_or(line).trim().to_string()
    });
    Cleaned {
        blocks: judge_long_lines(text, blocks, lexicons),
        title,
        date,
    }
}

/// A boilerplate line longer than this is judged sentence by sentence: a JSONL text without
/// line breaks is one line, and one cookie sentence in it must not wipe the article.
const LONG_LINE_BYTES: usize = 1000;

/// Splits each long boilerplate line into its sentences, and keeps as boilerplate only the
/// sentences that hold a marker themselves.
fn judge_long_lines(text: &str, blocks: Vec<Block>, lexicons: &Lexicons) -> Vec<Block> {
    if !blocks
        .iter()
        .any(|b| b.kind == BlockKind::Boilerplate && b.end - b.start > LONG_LINE_BYTES)
    {
        return blocks;
    }
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        if b.kind != BlockKind::Boilerplate || b.end - b.start <= LONG_LINE_BYTES {
            out.push(b);
            continue;
        }
        let mut start = b.start;
        let line = &text[b.start..b.end];
        let ends = line.match_indices(['.', '!', '?']).filter_map(|(i, p)| {
            let after = b.start + i + p.len();
            text[after..b.end]
                .starts_with(char::is_whitespace)
                .then_some(after)
        });
        for end in ends.chain([b.end]) {
            if end <= start {
                continue;
            }
            let piece = &text[start..end];
            let marked = has_marker(&piece.to_lowercase(), &lexicons.chrome_markers);
            out.push(Block {
                start,
                end,
                kind: if marked {
                    BlockKind::Boilerplate
                } else {
                    BlockKind::Content
                },
            });
            start = end;
        }
    }
    out
}

/// `line.split_whitespace().count()`, read by byte with only non-ASCII characters decoded.
fn count_words(line: &str) -> usize {
    let b = line.as_bytes();
    let (mut i, mut n, mut in_word) = (0, 0, false);
    while i < b.len() {
        let (space, len) = if b[i] < 0x80 {
            (b[i].is_ascii_whitespace() || b[i] == 0x0b, 1)
        } else {
            let c = line[i..].chars().next().unwrap_or('x');
            (c.is_whitespace(), c.len_utf8())
        };
        n += usize::from(!space && !in_word);
        in_word = !space;
        i += len;
    }
    n
}

/// A ticker bar or a table row: cells split by bars ("ASX 200 8,412 ▲0.6% | AUD/USD 0.65 | ..."),
/// or short cells aligned by runs of spaces or tabs ("OMXS30   2 612,4   -0,4 %").
fn is_ticker(line: &str, words: usize) -> bool {
    let t = line.trim();
    t.matches(" | ").count() >= 2 || (words <= 10 && (t.contains("   ") || t.contains('\t')))
}

/// Navigation and counters: "Markets | Battery metals", "Nyheter › Råvaror",
/// "48 shares · 7 comments".
fn is_breadcrumb(line: &str) -> bool {
    [" | ", "›", " > ", " / ", " · ", " • "]
        .iter()
        .any(|sep| line.contains(sep))
}

/// Page metadata: a short label, a colon, and a value with digits ("Reading Time: 4 minutes").
fn is_label_value(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, value)| {
        let lw = label.split_whitespace().count();
        (1..=3).contains(&lw)
            && label.chars().all(|c| c.is_alphabetic() || c == ' ')
            && value.chars().any(|c| c.is_ascii_digit())
    })
}

/// Whether `hay` holds one of the markers, starting and ending at word boundaries.
fn has_marker(hay: &str, markers: &aho_corasick::AhoCorasick) -> bool {
    markers.find_overlapping_iter(hay).any(|m| {
        let before = hay[..m.start()].chars().next_back();
        let after = hay[m.end()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn iso_date() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").unwrap())
}

/// Parses a date at the start of `s` (`2025-10-21...`), as a JSONL `date` field holds it.
pub fn parse_iso_date(s: &str) -> Option<Date> {
    let c = iso_date().captures(s.trim())?;
    Date::new(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
}

/// The first date in the header lines.
fn find_date(text: &str, blocks: &[Block], lexicons: &Lexicons) -> Option<Date> {
    blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Blank)
        .take(HEADER_LINES)
        .find_map(|b| line_date(&text[b.start..b.end], lexicons))
}

/// A date in a line: ISO, `21 okt. 2025`, `21 October 2025`, `October 21, 2025`.
fn line_date(line: &str, lexicons: &Lexicons) -> Option<Date> {
    if let Some(d) = iso_date()
        .captures(line)
        .and_then(|c| Date::new(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?))
    {
        return Some(d);
    }
    let toks: Vec<_> = tokenize(line, 0, line.len())
        .into_iter()
        .filter(|t| !(t.kind == TokKind::Sym && (t.lower == "." || t.lower == ",")))
        .collect();
    let month = |w: &str| lexicons.langs.iter().find_map(|l| l.months.get(w).copied());
    let int = |t: &crate::token::Token| {
        (t.kind == TokKind::Num)
            .then(|| t.lower.parse::<u32>().ok())
            .flatten()
    };
    toks.windows(3).find_map(|w| {
        match (
            int(&w[0]),
            month(&w[1].lower),
            int(&w[2]),
            month(&w[0].lower),
            int(&w[1]),
        ) {
            (Some(d), Some(m), Some(y), _, _) => Date::new(y as i32, m, d),
            (_, _, Some(y), Some(m), Some(d)) => Date::new(y as i32, m, d),
            _ => None,
        }
    })
}

/// The line holding the title: a Markdown `# heading` first, or the first content line in
/// the header that reads like a headline (4 to 20 words, no date, no closing point).
fn find_title(text: &str, blocks: &[Block], lexicons: &Lexicons) -> Option<usize> {
    let first = blocks.iter().position(|b| b.kind != BlockKind::Blank)?;
    if text[blocks[first].start..blocks[first].end]
        .trim()
        .starts_with("# ")
    {
        return Some(first);
    }
    let i = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind != BlockKind::Blank)
        .take(HEADER_LINES)
        .find(|(_, b)| {
            b.kind == BlockKind::Content && line_date(&text[b.start..b.end], lexicons).is_none()
        })?
        .0;
    let line = text[blocks[i].start..blocks[i].end].trim();
    let n = line.split_whitespace().count();
    ((4..=20).contains(&n) && !line.ends_with(['.', ':', ';', ','])).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, BlockKind)> {
        let c = clean(text, Lexicons::embedded());
        c.blocks
            .iter()
            .filter(|b| b.kind != BlockKind::Blank)
            .map(|b| (text[b.start..b.end].to_string(), b.kind))
            .collect()
    }

    #[test]
    fn widgets_bylines_and_boilerplate() {
        let text = "12 shares · 3 comments\n\nS&P/ASX 200 8,412.3 ▲0.6% | AUD/USD 0.6512 ▼0.2% | Gold US$4,081/oz\nOMXS30   2 612,4   -0,4 %\nLithium slides as supply floods in\n\nBy Jane Doe\nReading Time: 4 minutes\n36\nPrices fell 20% last year, the agency said in a long report.\n\nWe use cookies to improve your experience.\nMarket\n\n1 DAG %\nCopper 9 812 USD/t\nSenast\n";
        let k = kinds(text);
        let kind_of = |s: &str| k.iter().find(|(l, _)| l == s).unwrap().1;
        assert_eq!(
            kind_of("Lithium slides as supply floods in"),
            BlockKind::Content
        );
        assert_eq!(kind_of("By Jane Doe"), BlockKind::Byline);
        assert_eq!(kind_of("Reading Time: 4 minutes"), BlockKind::Widget);
        assert_eq!(kind_of("36"), BlockKind::Widget);
        assert_eq!(
            kind_of("Prices fell 20% last year, the agency said in a long report."),
            BlockKind::Content
        );
        assert_eq!(
            kind_of("We use cookies to improve your experience."),
            BlockKind::Boilerplate
        );
        assert_eq!(kind_of("1 DAG %"), BlockKind::Widget);
        assert_eq!(kind_of("Copper 9 812 USD/t"), BlockKind::Widget);
    }

    #[test]
    fn one_marker_in_a_long_line_costs_its_sentence_only() {
        let text = format!(
            "{}We use cookies to improve your experience. {}",
            "Exports rose 5 % to 300 tonnes. ".repeat(40),
            "Imports fell 7 %. ".repeat(40)
        );
        let k = kinds(&text);
        let marked: Vec<&str> = k
            .iter()
            .filter(|(_, kind)| *kind == BlockKind::Boilerplate)
            .map(|(l, _)| l.trim())
            .collect();
        assert_eq!(marked, ["We use cookies to improve your experience."]);
        assert!(k
            .iter()
            .any(|(l, kind)| l.contains("Imports fell") && *kind == BlockKind::Content));
        // A short cookie box stays boilerplate as a whole.
        let short = "We use cookies to improve your experience. Accept them all.";
        assert_eq!(kinds(short)[0].1, BlockKind::Boilerplate);
    }

    #[test]
    fn word_counts() {
        for t in ["", " a  b\tc\u{b}d ", "sjönk\u{a0}5\u{2009}%", "x\u{3000}y"] {
            assert_eq!(count_words(t), t.split_whitespace().count(), "{t:?}");
        }
    }

    #[test]
    fn title_and_date() {
        let c = clean(
            " date 2025-10-21 Dagens PS\nKina stryper mineralexporten – slår mot USA\n\nText.",
            Lexicons::embedded(),
        );
        assert_eq!(c.date, Date::new(2025, 10, 21));
        assert_eq!(
            c.title.as_deref(),
            Some("Kina stryper mineralexporten – slår mot USA")
        );
        let c = clean(
            "Publicerad: 3 nov. 2025\n\nBrödtext här.",
            Lexicons::embedded(),
        );
        assert_eq!(c.date, Date::new(2025, 11, 3));
        let c = clean(
            "# Lithium rebounds\nPublished October 21, 2025\n",
            Lexicons::embedded(),
        );
        assert_eq!(
            (c.title.as_deref(), c.date),
            (Some("Lithium rebounds"), Date::new(2025, 10, 21))
        );
    }
}
