//! Stage 3, clean: tells the article's text from the page chrome around it.
//!
//! The text is never changed (offsets always refer to the original); clean labels each line.
//! Chrome is recognised by what it is, not by its phrases: widget lines are very short lines
//! without sentence punctuation standing among others like them (market tickers, share
//! counters, "Reading Time" labels, audio players); bylines start like bylines; ads, cookie and
//! newsletter boxes carry the markers listed in each language's lexicon; a link to another
//! article starts with its label ("Read also:", "Läs också:"). Photo captions are prose and
//! stay content. Clean also finds the title and the date.

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
    clean_part(text, lexicons, true)
}

/// [`clean`] for a part of a document; a part after the first has no header (no title, no
/// date, no page metadata lines).
pub fn clean_part(text: &str, lexicons: &Lexicons, first: bool) -> Cleaned {
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
    let teasers: Vec<&str> = lexicons
        .langs
        .iter()
        .flat_map(|l| l.teaser_starts.iter().map(String::as_str))
        .collect();
    // Whether a line starts with one of `starts` (lower case), in any case: ASCII folded
    // byte by byte, else the line's first characters lower-cased.
    let starts_with = |line: &str, starts: &[&str]| {
        starts.iter().any(|s| {
            if s.is_ascii() {
                return line
                    .as_bytes()
                    .get(..s.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(s.as_bytes()));
            }
            let first = s.chars().next();
            if line.chars().next().and_then(|c| c.to_lowercase().next()) != first {
                return false;
            }
            let n = s.chars().count();
            let head: String = line.chars().take(n).flat_map(char::to_lowercase).collect();
            head == *s
        })
    };
    let folded = text.to_ascii_lowercase();
    let mut non_blank_seen = 0;
    for (i, b) in blocks.iter_mut().enumerate() {
        let line = text[b.start..b.end].trim();
        let relowered = lowered_for_markers(line);
        let lower = relowered.as_deref().unwrap_or(line);
        // A quick look first: most lines hold no marker at all, and a leftmost search of the
        // ASCII-folded text says so fast. Only then are word boundaries checked.
        let may_mark = relowered.is_some()
            || lexicons
                .chrome_prefilter
                .is_match(&folded.as_bytes()[b.start..b.end]);
        let in_header = first && non_blank_seen < HEADER_LINES;
        if words[i] > 0 {
            non_blank_seen += 1;
        }
        b.kind = if words[i] == 0 {
            BlockKind::Blank
        } else if may_mark && has_marker(lower, &lexicons.chrome_markers) {
            BlockKind::Boilerplate
        } else if words[i] <= 8 && starts_with(lower, &bylines) {
            BlockKind::Byline
        } else if words[i] <= 30 && starts_with(line, &teasers) {
            // A link to another article ("Read also: ...", "LÄS OCKSÅ: ...").
            BlockKind::Boilerplate
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
    let title_block = first.then(|| find_title(text, &blocks, lexicons)).flatten();
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
    // A heading of links to other articles ("Related articles", "Läs också") and the links
    // under it, up to a blank line.
    let headings: Vec<&str> = lexicons
        .langs
        .iter()
        .flat_map(|l| l.teaser_headings.iter().map(String::as_str))
        .collect();
    let mut i = 0;
    while i < blocks.len() {
        let line = text[blocks[i].start..blocks[i].end]
            .trim()
            .trim_end_matches(':');
        let heading = words[i] > 0
            && words[i] <= 4
            && line.len() <= 40
            && headings.contains(&line.to_lowercase().as_str());
        if !heading {
            i += 1;
            continue;
        }
        blocks[i].kind = BlockKind::Boilerplate;
        i += 1;
        let mut links = 0;
        while i < blocks.len() && words[i] > 0 && words[i] <= 20 && links < 8 {
            if ends_sentence(&text[blocks[i].start..blocks[i].end]) {
                break;
            }
            blocks[i].kind = BlockKind::Boilerplate;
            i += 1;
            links += 1;
        }
    }
    let date = first.then(|| find_date(text, &blocks, lexicons)).flatten();
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

/// A line longer than this is judged in parts: a JSONL text without line breaks is one line
/// (the page flattened), and one cookie sentence or one market ticker in it must not decide
/// for the whole article.
const LONG_LINE_BYTES: usize = 1000;

/// Splits each long line into its parts: in a boilerplate line, only the sentences that hold
/// a marker themselves stay boilerplate; in any long line, a ticker flattened into it
/// ([`ticker_runs`]) is a widget.
fn judge_long_lines(text: &str, blocks: Vec<Block>, lexicons: &Lexicons) -> Vec<Block> {
    let long = |b: &Block| {
        b.end - b.start > LONG_LINE_BYTES
            && matches!(b.kind, BlockKind::Content | BlockKind::Boilerplate)
    };
    if !blocks.iter().any(long) {
        return blocks;
    }
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        let tickers = if long(&b) {
            ticker_runs(&text[b.start..b.end])
        } else {
            vec![]
        };
        if !long(&b) || (b.kind == BlockKind::Content && tickers.is_empty()) {
            out.push(b);
            continue;
        }
        // A part of a sentence: boilerplate when it holds a marker, up to where the prose
        // resumes after it (a flattened page runs its chrome into the first sentence).
        let piece = |start: usize, end: usize, out: &mut Vec<Block>| {
            let content = |start, end| Block {
                start,
                end,
                kind: BlockKind::Content,
            };
            let part = &text[start..end];
            let relowered = (b.kind == BlockKind::Boilerplate).then(|| lowered_for_markers(part));
            let marker = relowered.as_ref().and_then(|l| {
                last_marker_end(l.as_deref().unwrap_or(part), &lexicons.chrome_markers)
            });
            let Some(m) = marker else {
                out.push(content(start, end));
                return;
            };
            // Offsets of a lower-cased text are the text's only when lower-casing kept every
            // character's length.
            let same_offsets = relowered.flatten().is_none_or(|l| l.len() == part.len());
            let prose = same_offsets.then(|| prose_after_marker(part, m)).flatten();
            let cut = prose.map_or(end, |p| start + p);
            out.push(Block {
                start,
                end: cut,
                kind: BlockKind::Boilerplate,
            });
            if cut < end {
                out.push(content(cut, end));
            }
        };
        let mut sentences = Vec::new();
        crate::segment::split_sentences(text, b.start, b.end, lexicons, &mut sentences);
        let mut tickers = tickers
            .into_iter()
            .map(|(s, e)| (b.start + s, b.start + e))
            .peekable();
        for (s, e) in sentences {
            let mut at = s;
            // A ticker may reach over sentence ends: each sentence gets its share of it.
            while let Some(&(ts, te)) = tickers.peek().filter(|&&(ts, _)| ts < e) {
                let (cs, ce) = (ts.max(at), te.min(e));
                if cs > at {
                    piece(at, cs, &mut out);
                }
                if ce > cs {
                    out.push(Block {
                        start: cs,
                        end: ce,
                        kind: BlockKind::Widget,
                    });
                }
                at = ce.max(at);
                if te > e {
                    break;
                }
                tickers.next();
            }
            if at < e {
                piece(at, e, &mut out);
            }
        }
    }
    out
}

/// Stretches of a line that read as a market ticker flattened into prose ("Copper 9,842.50
/// +1.2% Aluminium 2,615.00 -0.4% Nickel 16,210.00 +0.8%"): no word of three letters or more
/// that starts lower-case, at least three numbers, of which at least two are signed
/// changes. Byte ranges in `line`, from the first number to the last.
fn ticker_runs(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // first number's start, last number's end, numbers, signed changes
    let mut run: Option<(usize, usize, u32, u32)> = None;
    let close = |run: &mut Option<(usize, usize, u32, u32)>, out: &mut Vec<(usize, usize)>| {
        if let Some((s, e, n, signed)) = run.take() {
            if n >= 3 && signed >= 2 {
                out.push((s, e));
            }
        }
    };
    for tok in line.split_whitespace() {
        let at = tok.as_ptr() as usize - line.as_ptr() as usize;
        let mut chars = tok.chars();
        let first = chars.next();
        let lower_word = first.is_some_and(char::is_lowercase)
            && tok.chars().filter(|c| c.is_alphabetic()).count() > 2;
        if lower_word {
            close(&mut run, &mut out);
            continue;
        }
        if !tok.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let signed = matches!(first, Some('+' | '-' | '−' | '▲' | '▼'))
            && chars.next().is_some_and(|c| c.is_ascii_digit());
        let r = run.get_or_insert((at, at, 0, 0));
        r.1 = at + tok.len();
        r.2 += 1;
        r.3 += u32::from(signed);
    }
    close(&mut run, &mut out);
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
    // Arrows of a market's moves ("CU 10,812.50 ▲0.42%   AL 2,846.00 ▼0.15%"), on a line
    // no longer than a ticker strip.
    let arrows = || {
        t.chars()
            .filter(|c| matches!(c, '▲' | '▼' | '▬' | '△' | '▽' | '↑' | '↓' | '⬆' | '⬇'))
            .count()
    };
    t.matches(" | ").count() >= 2
        || (words <= 10 && (t.contains("   ") || t.contains('\t')))
        || (words <= 60 && !ends_sentence(t) && arrows() >= 2)
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

/// The text to look for markers in, when it is not `line` itself: markers and byline starts
/// are lower-case and the matchers fold ASCII case, so only a line with non-ASCII capitals
/// needs lower-casing.
fn lowered_for_markers(line: &str) -> Option<String> {
    line.chars()
        .any(|c| !c.is_ascii() && c.is_uppercase())
        .then(|| line.to_lowercase())
}

/// Whether `hay` holds one of the markers, starting and ending at word boundaries.
fn has_marker(hay: &str, markers: &aho_corasick::AhoCorasick) -> bool {
    last_marker_end(hay, markers).is_some()
}

/// Where the last marker in `hay` ends (markers start and end at word boundaries).
fn last_marker_end(hay: &str, markers: &aho_corasick::AhoCorasick) -> Option<usize> {
    markers
        .find_overlapping_iter(hay)
        .filter(|m| {
            let before = hay[..m.start()].chars().next_back();
            let after = hay[m.end()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .map(|m| m.end())
        .max()
}

/// In a sentence of a flattened page that holds a marker, where the article's prose resumes
/// after the chrome: the capitalised word that starts a run of lower-case words, after the
/// last marker ("Accept all Manage preferences Share 1.2K **China's** exports of rare
/// earth magnets fell 34.2%"). None when no such word follows the marker: the marker is
/// part of the sentence ("We use cookies to personalise content").
fn prose_after_marker(piece: &str, marker_end: usize) -> Option<usize> {
    let starts_lower = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    let starts_upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let rest = &piece[marker_end..];
    let words: Vec<&str> = rest.split_whitespace().collect();
    let at = words
        .windows(3)
        .position(|w| starts_upper(w[0]) && starts_lower(w[1]) && starts_lower(w[2]))?;
    Some(marker_end + (words[at].as_ptr() as usize - rest.as_ptr() as usize))
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
/// the header that reads like a headline (4 to 20 words, no date, no closing point), past a
/// site's name ("Baltic & Nordic Metals": a few words, each capitalised).
fn find_title(text: &str, blocks: &[Block], lexicons: &Lexicons) -> Option<usize> {
    let first = blocks.iter().position(|b| b.kind != BlockKind::Blank)?;
    if text[blocks[first].start..blocks[first].end]
        .trim()
        .starts_with("# ")
    {
        return Some(first);
    }
    let content = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind != BlockKind::Blank)
        .take(HEADER_LINES)
        .filter(|(_, b)| b.kind == BlockKind::Content)
        .map(|(i, b)| (i, text[b.start..b.end].trim()));
    // Reading a date is the costly test: last, and only for lines that may be the title.
    let undated = |line: &str| line_date(line, lexicons).is_none();
    let headline = |line: &str| {
        let n = line.split_whitespace().count();
        let wordy = (line.split_whitespace())
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        (4..=20).contains(&n) && wordy >= 3 && !line.ends_with(['.', ':', ';', ','])
    };
    let name = |line: &str| {
        line.split_whitespace().count() <= 5
            && line
                .split_whitespace()
                .all(|w| !w.starts_with(|c: char| c.is_alphabetic() && !c.is_uppercase()))
    };
    // Strips of page metadata are no headline ("Reading time: 5 min | 1.2K shares",
    // "Lästid: 3 min · Dela (24)").
    let mut lines = content.filter(|(_, line)| !is_breadcrumb(line));
    // The first headline past the site's name and the lines of chrome; else a short
    // headline in title case ("Lithium Prices Rise Again") is the title after all.
    let (i, first) = lines.find(|(_, l)| undated(l))?;
    if headline(first) && !name(first) {
        return Some(i);
    }
    lines
        .find(|(_, l)| headline(l) && !name(l) && undated(l))
        .map(|(j, _)| j)
        .or_else(|| headline(first).then_some(i))
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
    fn a_site_name_is_no_title() {
        let title = |text: &str| clean(text, Lexicons::embedded()).title;
        assert_eq!(
            title("Baltic & Nordic Metals\nOctober 23, 2026 06:30 GMT\nHalvard lifts Q3 nickel output, keeps target\n\nBody text here.\n").as_deref(),
            Some("Halvard lifts Q3 nickel output, keeps target")
        );
        assert_eq!(
            title("Lithium Prices Rise Again\n\nBy Jane Doe\n\nPrices rose 5% on Monday.\n")
                .as_deref(),
            Some("Lithium Prices Rise Again")
        );
    }

    #[test]
    fn widgets_bylines_and_boilerplate() {
        let text = "12 shares · 3 comments\n\nS&P/ASX 200 8,412.3 ▲0.6% | AUD/USD 0.6512 ▼0.2% | Gold US$4,081/oz\nLME CU 10,812.50 ▲0.42%   AL 2,846.00 ▼0.15%   NI 14,905.00 ▲1.08%   CO 48,300 ▬0.00%   XAU 4,071.30 ▼0.31%\nOMXS30   2 612,4   -0,4 %\nLithium slides as supply floods in\n\nBy Jane Doe\nReading Time: 4 minutes\n36\nPrices fell 20% last year, the agency said in a long report.\n\nWe use cookies to improve your experience.\nMarket\n\n1 DAG %\nCopper 9 812 USD/t\nSenast\n";
        let k = kinds(text);
        let kind_of = |s: &str| k.iter().find(|(l, _)| l == s).unwrap().1;
        assert_eq!(
            kind_of("Lithium slides as supply floods in"),
            BlockKind::Content
        );
        assert_eq!(kind_of("By Jane Doe"), BlockKind::Byline);
        // A reading time is chrome by its marker wherever it stands (`[chrome] markers`).
        assert_eq!(kind_of("Reading Time: 4 minutes"), BlockKind::Boilerplate);
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
        assert_eq!(
            kind_of("LME CU 10,812.50 ▲0.42%   AL 2,846.00 ▼0.15%   NI 14,905.00 ▲1.08%   CO 48,300 ▬0.00%   XAU 4,071.30 ▼0.31%"),
            BlockKind::Widget
        );
    }

    #[test]
    fn links_to_other_articles_are_chrome() {
        let text = "Nickel output rose 4% in May, the ministry said.\n\nRead also: Zambia's copper output tops 900,000 tonnes\nLÄS OCKSÅ: Gruvan anställer 120 personer\n\nRelated articles\nThree lithium projects to watch in 2026\nMiner cuts 300 jobs in Perth\n\nRead also the ministry's note on 12 new permits, which came out on Monday.\nThe ministry expects 5% growth.\n";
        let k = kinds(text);
        let kind_of = |s: &str| k.iter().find(|(l, _)| l == s).unwrap().1;
        for teaser in [
            "Read also: Zambia's copper output tops 900,000 tonnes",
            "LÄS OCKSÅ: Gruvan anställer 120 personer",
            "Related articles",
            "Three lithium projects to watch in 2026",
            "Miner cuts 300 jobs in Perth",
        ] {
            assert_eq!(kind_of(teaser), BlockKind::Boilerplate, "{teaser}");
        }
        // No label: prose.
        assert_eq!(
            kind_of("Read also the ministry's note on 12 new permits, which came out on Monday."),
            BlockKind::Content
        );
        assert_eq!(
            kind_of("The ministry expects 5% growth."),
            BlockKind::Content
        );
    }

    /// The boilerplate blocks of a long line with `middle` between plain sentences.
    fn boilerplate_in_long_line(middle: &str) -> (Vec<String>, Vec<(String, BlockKind)>) {
        let text = format!(
            "{}{middle} {}",
            "Exports rose 5 % to 300 tonnes. ".repeat(40),
            "Imports fell 7 %. ".repeat(40)
        );
        let k = kinds(&text);
        let marked = k
            .iter()
            .filter(|(_, kind)| *kind == BlockKind::Boilerplate)
            .map(|(l, _)| l.trim().to_string())
            .collect();
        (marked, k)
    }

    #[test]
    fn one_marker_in_a_long_line_costs_its_sentence_only() {
        let (marked, k) = boilerplate_in_long_line("We use cookies to improve your experience.");
        assert_eq!(marked, ["We use cookies to improve your experience."]);
        assert!(k
            .iter()
            .any(|(l, kind)| l.contains("Imports fell") && *kind == BlockKind::Content));
        // Chrome run into the first sentence of a flattened page: the prose after it stays.
        let (marked, _) = boilerplate_in_long_line(
            "We use cookies. Accept all Manage preferences Share 1.2K China's exports of magnets fell 34.2% in May.",
        );
        assert_eq!(
            marked,
            [
                "We use cookies.",
                "Accept all Manage preferences Share 1.2K"
            ]
        );
        // A short cookie box stays boilerplate as a whole.
        let short = "We use cookies to improve your experience. Accept them all.";
        assert_eq!(kinds(short)[0].1, BlockKind::Boilerplate);
    }

    #[test]
    fn a_ticker_flattened_into_a_long_line_is_a_widget() {
        let body =
            "Exports rose 5 % to 300 tonnes in March, the agency said in its report. ".repeat(10);
        let text = format!(
            "{body}Markets LME Copper 9,842.50 +1.2% Aluminium 2,615.00 -0.4% Nickel 16,210.00 +0.8% Related stories {body}Sign up at 6am ET. Copper 11,402.00 +2.6% Zinc 2,870 +0.9% 3 min read"
        );
        let k = kinds(&text);
        let widgets: Vec<&str> = k
            .iter()
            .filter(|(_, kind)| *kind == BlockKind::Widget)
            .map(|(l, _)| l.as_str())
            .collect();
        assert_eq!(
            widgets,
            [
                "9,842.50 +1.2% Aluminium 2,615.00 -0.4% Nickel 16,210.00 +0.8%",
                "6am ET.",
                "Copper 11,402.00 +2.6% Zinc 2,870 +0.9% 3"
            ]
        );
        // Signed changes in prose are not a ticker: lower-case words stand between them.
        let prose = "Exports rose +5% in May, fell -3% in June and gained +2% in July. ".repeat(20);
        assert!(kinds(&prose)
            .iter()
            .all(|(_, kind)| *kind == BlockKind::Content));
        assert!(
            ticker_runs("OMXS30 2 512,34 +0,8 % Nordmalm 38,20 kr +14,6 % Koppar 9 810 USD/t")
                .len()
                == 1
        );
    }

    #[test]
    fn a_later_part_of_a_document_has_no_header() {
        let text = "Prices: 5 % up\nExports rose 5 % to 300 tonnes in March, the agency said in a statement.\n";
        let first = clean_part(text, Lexicons::embedded(), true);
        let later = clean_part(text, Lexicons::embedded(), false);
        assert_eq!(first.blocks[0].kind, BlockKind::Widget);
        assert_eq!(later.blocks[0].kind, BlockKind::Content);
        assert!(later.title.is_none() && later.date.is_none());
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
        // Strips of metadata and a reading-time line are passed over; a headline with a
        // label stays one.
        let title = |text: &str| clean(text, Lexicons::embedded()).title;
        assert_eq!(
            title("THE WIRE\nReading time: 4 min | 310 shares\n\nCobalt slides as Congo lifts its export ban\n\nText."),
            Some("Cobalt slides as Congo lifts its export ban".into())
        );
        assert_eq!(
            title("Kuriren Ekonomi\nAv Lisa Berg\n⏱ 2 min läsning\n\nNytt tillstånd för nickelgruvan i norr\n\nText."),
            Some("Nytt tillstånd för nickelgruvan i norr".into())
        );
        assert_eq!(
            title("IEA: graphite demand to double by 2030 on batteries\n\nText."),
            Some("IEA: graphite demand to double by 2030 on batteries".into())
        );
    }
}
