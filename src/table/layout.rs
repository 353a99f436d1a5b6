//! Finding a table in the lines of a page: a header line of column headings (periods, a
//! change, an earlier period) and the rows under it, each a label and one cell per column.
//! Three layouts survive a page's conversion to text: cells apart by tabs or runs of spaces,
//! a row flattened with single spaces, and one cell per line.

use crate::context::{heading, periods_to_end, source_label, Column, Heading};
use crate::model::Date;

/// A table's line is at most this long: a longer one is prose.
pub const LINE_BYTES: usize = 240;

/// A table has at most this many columns: a longer run of headings is no header (and
/// trying each line of such a run stays linear).
const MAX_COLUMNS: usize = 16;

/// A byte span of the document.
pub type Span = (usize, usize);

/// A header line read: its column headings, and the heading over the row labels.
type Header = (Vec<(Span, Heading)>, Option<Span>);

/// A table as laid out: its column headings, rows, and the lines around it.
#[derive(Debug, Clone)]
pub struct Layout {
    pub caption: Option<Span>,
    /// The header's first cell, over the row labels ("Country", "US$ million").
    pub corner: Option<Span>,
    /// The source line after the table ("Source: USGS").
    pub source: Option<Span>,
    pub headings: Vec<(Span, Heading)>,
    pub rows: Vec<Row>,
    /// The lines the table takes up that are no prose: header, rows, source line.
    pub lines: Vec<Span>,
    /// Whether the rows are periods ("2024"): the corner then names them, no unit.
    pub row_periods: bool,
}

#[derive(Debug, Clone)]
pub struct Row {
    /// The whole row's span (its line, or its lines when each cell has one).
    pub line: Span,
    pub label: Span,
    /// One per column: the cell's text, or none when it holds no number ("–", "n/a").
    pub cells: Vec<Option<Span>>,
}

/// What a layout needs to know of the document.
pub struct Page<'a> {
    pub text: &'a str,
    /// Non-blank lines that may hold content; `None` for a blank line.
    pub lines: &'a [Option<Span>],
    pub lang: usize,
    pub date: Option<Date>,
}

/// Splits a line at tabs, vertical bars ("Metall | 2024 | 2025") and runs of two spaces or
/// more: the cells' spans.
fn spaced_cells(text: &str, (a, b): Span) -> Vec<Span> {
    let line = &text[a..b];
    let mut cells = Vec::new();
    let mut start: Option<usize> = None;
    let mut spaces = 0;
    let bytes = line.as_bytes();
    // A slash or colon between spaces ("12,6 / −51,0", "Budgetsaldo, mdkr: −38,4") and a
    // semicolon ("2029-02-01;41,20") part cells as a tab does.
    let apart = |i: usize| {
        let before = i > 0 && bytes[i - 1] == b' ';
        let after = bytes.get(i + 1) == Some(&b' ');
        match bytes[i] {
            b';' => true,
            b'/' => before && after,
            b':' => {
                after
                    && bytes
                        .get(i + 2)
                        .is_some_and(|c| c.is_ascii_digit() || *c == b'-' || *c == 0xe2)
            }
            _ => false,
        }
    };
    for (i, ch) in line.char_indices() {
        let sep = ch.is_ascii() && apart(i);
        if sep || ch == '\t' || ch == '|' || ch == ' ' || ch == '\u{a0}' && spaces > 0 {
            spaces += if sep || matches!(ch, '\t' | '|') {
                2
            } else {
                1
            };
            if spaces >= 2 {
                if let Some(s) = start.take() {
                    // Other whitespace ends no cell but is trimmed off it.
                    let end = line[..i].trim_end().len();
                    if end > s {
                        cells.push((a + s, a + end));
                    }
                }
            }
            continue;
        }
        spaces = 0;
        if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start.filter(|&s| line.trim_end().len() > s) {
        cells.push((a + s, a + line.trim_end().len()));
    }
    cells
}

/// Whether a cell is a date as tables write it: "2027-12-03", "03.12.2027", "3/12".
fn is_date(s: &str) -> bool {
    first_date(s) == Some((0, s.len()))
}

/// The first date in `s` written as digits ("2027-12-03", "03.12.2027"), as byte offsets.
fn first_date(s: &str) -> Option<(usize, usize)> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{4}")
            .unwrap()
    });
    re.find(s).map(|m| (m.start(), m.end()))
}

fn has_letter(s: &str) -> bool {
    s.chars().any(char::is_alphabetic)
}

/// A cell that holds a number, perhaps signed or with its unit ("−38,6", "+2.7%", "1 180"),
/// or says it holds none ("–", "n/a").
fn numberish(s: &str) -> bool {
    let s = s.trim();
    let starts = s
        .trim_start_matches(['+', '-', '−', '–', '(', '±'])
        .starts_with(|c: char| c.is_ascii_digit());
    starts
        && s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            <= 2
}

fn empty_cell(s: &str) -> bool {
    matches!(s.trim(), "-" | "–" | "—" | "n/a" | "n.a." | "na" | "..")
}

impl Page<'_> {
    fn read(&self, s: Span) -> &str {
        &self.text[s.0..s.1]
    }

    fn heading(&self, s: Span, measures: bool) -> Option<Heading> {
        heading(self.text, s.0, s.1, self.lang, self.date, measures)
    }

    /// The words of a line, as spans.
    fn words(&self, line: Span) -> Vec<Span> {
        self.read(line)
            .split_whitespace()
            .map(|w| {
                let s = w.as_ptr() as usize - self.text.as_ptr() as usize;
                (s, s + w.len())
            })
            .collect()
    }

    /// A word split where a capital follows a small letter or a bracket with no space
    /// between, as headings glued by a page's conversion read ("MetalStocks (t)Change").
    fn unglue(&self, (a, b): Span) -> Vec<Span> {
        let w = &self.text[a..b];
        let mut cuts = vec![a];
        let mut prev: Option<char> = None;
        for (i, c) in w.char_indices() {
            if c.is_uppercase() && prev.is_some_and(|p| p.is_lowercase() || p == ')') {
                cuts.push(a + i);
            }
            prev = Some(c);
        }
        cuts.push(b);
        cuts.windows(2).map(|p| (p[0], p[1])).collect()
    }

    fn is_period(&self, s: Span) -> bool {
        self.heading(s, false)
            .is_some_and(|h| h.column == Column::Period)
    }

    /// A row label: a word with a letter, or a period ("2024" in a table of years).
    fn label_ok(&self, s: Span) -> bool {
        let t = self.read(s);
        (has_letter(t) && !numberish(t)) || self.is_period(s)
    }

    /// Whether a cell fits its column: a unit column holds text, the others numbers.
    fn fits(&self, c: Span, h: &Heading) -> bool {
        let t = self.read(c);
        if h.column == Column::Unit {
            return !t.trim().is_empty();
        }
        if h.column == Column::Date {
            return is_date(t.trim());
        }
        numberish(t) || empty_cell(t)
    }

    /// The headings of a header line: every cell after an optional first (the labels'
    /// heading, "Country", "US$ million") is a column heading, two at least.
    fn header(&self, line: Span) -> Option<Header> {
        let t = self.read(line).trim_end();
        if line.1 - line.0 > LINE_BYTES || t.ends_with(['.', '!', '?', ':']) {
            return None;
        }
        let cells = spaced_cells(self.text, line);
        // Not headings apart by spaces: perhaps single-spaced ones after a corner apart by
        // two ("Country  2023 2024 2025").
        let (mut hs, mut corner) = self.headings_of(&cells).unwrap_or_default();
        if hs.len() < 2 {
            // Flattened with single spaces, or glued ("ÅrTillståndFörändring"): one-word
            // headings.
            let mut words: Vec<Span> = Vec::new();
            for w in self.words(line).into_iter().flat_map(|w| self.unglue(w)) {
                // A bracketed unit belongs to the heading before it ("Stocks (t)"), and so
                // does the unit after its comma ("Change, pts", "Förändring, %").
                match words.last_mut() {
                    Some(last)
                        if self.read(w).starts_with('(')
                            || self.read(w) == "%"
                            || self.read(*last).ends_with(',') =>
                    {
                        last.1 = w.1
                    }
                    _ => words.push(w),
                }
            }
            if words.len() > 8 {
                return None;
            }
            // Words alone head no table: a period, a change or a unit column among them.
            let telling = |(hs, _): &Header| hs.iter().any(|(_, h)| h.column != Column::Measure);
            if let Some(found) = self.headings_of(&words).filter(telling) {
                return Some(found);
            }
            // Periods one after another to the line's end.
            let periods = periods_to_end(self.text, line.0, line.1, self.lang)?;
            let before = self.text[line.0..periods[0].0].trim_end();
            corner = (!before.trim().is_empty()).then(|| {
                let lead = before.len() - before.trim_start().len();
                (line.0 + lead, line.0 + before.len())
            });
            hs = periods
                .into_iter()
                .map(|s| self.heading(s, false).map(|h| (s, h)))
                .collect::<Option<_>>()?;
        }
        (2..=MAX_COLUMNS)
            .contains(&hs.len())
            .then_some((hs, corner))
    }

    /// Cells read as column headings: every one after an optional first (the corner) is a
    /// heading, two at least.
    fn headings_of(&self, cells: &[Span]) -> Option<Header> {
        let mut hs = Vec::new();
        let mut corner = None;
        for (k, &c) in cells.iter().enumerate() {
            match self.heading(c, k > 0) {
                // Dates as the rows' labels: "Date" over them is the corner.
                Some(h) if k == 0 && h.column == Column::Date => corner = Some(c),
                Some(h) => hs.push((c, h)),
                None if k == 0 => corner = Some(c),
                None => return None,
            }
        }
        (hs.len() >= 2).then_some((hs, corner))
    }

    /// A row's cells as kept: none for an empty one ("–", "n/a").
    fn kept(&self, cells: &[Span]) -> Vec<Option<Span>> {
        cells
            .iter()
            .map(|&c| (!empty_cell(self.read(c))).then_some(c))
            .collect()
    }

    /// A row under `headings`: a label, then one cell per column, apart by runs of spaces,
    /// else (no unit column) split where each number starts.
    fn row(&self, line: Span, headings: &[(Span, Heading)]) -> Option<Row> {
        let n = headings.len();
        if line.1 - line.0 > LINE_BYTES {
            return None;
        }
        let cells = spaced_cells(self.text, line);
        let fits_all = |cs: &[Span]| cs.iter().zip(headings).all(|(&c, (_, h))| self.fits(c, h));

        if cells.len() == n + 1 && self.label_ok(cells[0]) && fits_all(&cells[1..]) {
            return Some(Row {
                line,
                label: cells[0],
                cells: self.kept(&cells[1..]),
            });
        }
        if headings.iter().any(|(_, h)| h.column == Column::Unit) {
            return None;
        }
        let dated = headings.iter().any(|(_, h)| h.column == Column::Date);
        let (label, cells) = self
            .split_numbers(line, n, false, dated)
            .or_else(|| self.split_numbers(line, n, true, dated))?;
        (self.label_ok(label) && fits_all(&cells)).then(|| Row {
            line,
            label,
            cells: self.kept(&cells),
        })
    }

    /// A row flattened into one run: the label up to the first number, then a cell where
    /// each number starts (after a space, or a sign right after a digit: "148,275-3,550";
    /// `glued`: also right after a letter, "Copper148,275"); a four-digit year glued to the
    /// first cell is the label ("2021684"). Space-grouped thousands ("1 180") are joined
    /// again when that gives `n` cells.
    fn split_numbers(
        &self,
        (a, b): Span,
        n: usize,
        glued: bool,
        dated: bool,
    ) -> Option<(Span, Vec<Span>)> {
        let t = &self.text[a..b];
        let chars: Vec<(usize, char)> = t.char_indices().collect();
        let mut starts = Vec::new();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let next_digit = chars.get(k + 1).is_some_and(|&(_, d)| d.is_ascii_digit());
            let sign = matches!(c, '+' | '-' | '−') && next_digit;
            if !(c.is_ascii_digit() || sign) {
                continue;
            }
            let begins = match k.checked_sub(1).map(|p| chars[p].1) {
                None => true,
                Some(p) if p.is_whitespace() => true,
                Some(p) if p.is_ascii_digit() => sign,
                Some(p) if p.is_alphabetic() || p == '%' => glued,
                _ => false,
            };
            if begins {
                starts.push(i);
            }
        }
        // A figure inside the label ("Arden EV10 Index3,412.6") is no cell: a cell holds no
        // letter before the next one starts.
        let mut k = 0;
        while k < starts.len() {
            let e = starts.get(k + 1).copied().unwrap_or(t.len());
            if t[starts[k]..e].contains(char::is_alphabetic) && k + 1 < starts.len() {
                starts.remove(k);
            } else {
                k += 1;
            }
        }
        // A date in a row with no date column is read with no confidence: its dashes are no
        // signs ("2028-09-11;140;95").
        if !dated && first_date(t).is_some() {
            return None;
        }
        // Under a date column, the date is one cell and the cell after it starts where the
        // date ends: "Koppar2027-12-0310 212-0,8".
        if dated {
            if let Some((ds, de)) = first_date(t) {
                starts.retain(|&x| x < ds || x >= de);
                starts.push(ds);
                if de < t.len() {
                    starts.push(de);
                }
                starts.sort_unstable();
                starts.dedup();
            }
        }
        let first = *starts.first()?;
        let mut label = (a, a + t[..first].trim_end().len());
        let year_apart = starts
            .get(1)
            .is_some_and(|&s| t[first..s].trim_end().len() == 4)
            && self.is_period((a + first, a + first + 4));
        if t[..first].trim().is_empty() && year_apart {
            // "2025 9-18 procent": a year, then the cells.
            label = (a + first, a + first + 4);
            starts.remove(0);
        } else if t[..first].trim().is_empty() {
            // "2021684": a year glued to the first cell.
            let year = t.get(first..first + 4)?;
            let glued_on = t[first + 4..].starts_with(|c: char| c.is_ascii_digit());
            if !(glued && glued_on && year.bytes().all(|b| b.is_ascii_digit())) {
                return None;
            }
            label = (a + first, a + first + 4);
            starts[0] = first + 4;
        }
        let mut cells: Vec<Span> = starts
            .iter()
            .enumerate()
            .map(|(k, &s)| {
                let e = starts.get(k + 1).copied().unwrap_or(t.len());
                (a + s, a + s + t[s..e].trim_end().len())
            })
            .collect();
        if cells.len() > n {
            // "1 180 1 640": a group of three digits after a number of one to three.
            let digits = |s: &str, max: usize| {
                let s = s.trim_start_matches(['+', '-', '−']);
                (1..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
            };
            let mut joined: Vec<Span> = Vec::new();
            for c in cells {
                match joined.last_mut() {
                    Some(last)
                        if self.read(c).len() == 3
                            && digits(self.read(c), 3)
                            && digits(self.read(*last), 3)
                            && self.text[last.1..c.0] == *" " =>
                    {
                        last.1 = c.1
                    }
                    _ => joined.push(c),
                }
            }
            cells = joined;
        }
        (cells.len() == n).then_some((label, cells))
    }

    /// A text line above a header that may be the table's caption.
    fn caption(&self, i: usize) -> Option<Span> {
        let s = (*self.lines.get(i)?)?;
        let t = self.read(s);
        let periods = periods_to_end(self.text, s.0, s.1, self.lang).is_some();
        let spaced = spaced_cells(self.text, s).len() >= 3;
        let sentence = t.trim_end().ends_with(['.', '!', '?']);
        (has_letter(t) && t.split_whitespace().count() <= 14 && !periods && !spaced && !sentence)
            .then_some(s)
    }

    /// The source line within two lines after the table at line `i` ("Source: USGS."): the
    /// line and the text after its label.
    fn source_after(&self, i: usize) -> Option<(usize, Span)> {
        (i..(i + 2).min(self.lines.len())).find_map(|k| {
            let s = self.lines[k]?;
            let (label, _) = self.read(s).split_once(':')?;
            source_label(self.lang, &label.trim().to_lowercase()).then_some((k, s))
        })
    }

    /// The table whose header is line `i`, cells apart by spaces: the layout and the line
    /// after it.
    fn spaced(&self, i: usize) -> Option<(Layout, usize)> {
        let line = self.lines[i]?;
        // A rule under the header ("|---|---|") is no row.
        let rule = |k: usize| {
            self.lines.get(k).copied().flatten().is_some_and(|s| {
                let t = self.read(s).trim();
                !t.is_empty() && t.chars().all(|c| matches!(c, '-' | '|' | ':' | '+' | ' '))
            })
        };
        let first_row = i + 1 + usize::from(rule(i + 1));
        // Cheap first: the next line is short and holds a digit, as a row does.
        let next = (*self.lines.get(first_row)?)?;
        if next.1 - next.0 > LINE_BYTES || !self.read(next).bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let (headings, corner) = self.header(line)?;
        let mut rows = Vec::new();
        let mut j = first_row;
        while let Some(Some(l)) = self.lines.get(j) {
            match self.row(*l, &headings) {
                Some(r) => rows.push(r),
                None => break,
            }
            j += 1;
        }
        self.finish(i, (headings, corner), rows, j)
    }

    /// The table whose headings stand one per line from line `i` (after an optional labels'
    /// heading), and each row's label and cells one per line after them.
    fn per_line(&self, i: usize) -> Option<(Layout, usize)> {
        let at = |k: usize| self.lines.get(k).copied().flatten();
        // Cheap first: a short line with a digit (a period heading) at `i` or after it.
        let short_digit = |k: usize| {
            at(k).is_some_and(|s| {
                let t = self.read(s);
                t.len() <= 24 && t.bytes().any(|b| b.is_ascii_digit())
            })
        };
        // Headings: periods, a change, an earlier period, or a measure ("Stocks (t)") when
        // the table also has one of those (checked when it is finished).
        let heading_at = |k: usize, measures: bool| {
            at(k).and_then(|s| {
                let t = self.read(s);
                let plain = t.len() <= 32 && !t.trim_end().ends_with(['.', '!', '?', ':']);
                self.heading(s, measures && plain).map(|h| (s, h))
            })
        };
        // Or a heading with no digit near the top: "Metall" / "Senast" / "För ett år sedan",
        // "Metal" / "Stocks (t)" / "Daily change (t)".
        let short_heading = |k: usize| {
            at(k).is_some_and(|s| s.1 - s.0 <= 24 && has_letter(self.read(s)))
                && heading_at(k, false).is_some()
        };
        if !short_digit(i) && !short_digit(i + 1) && !(1..=3).any(|d| short_heading(i + d)) {
            return None;
        }
        // The headings without measures (a row label is no heading then), after a labels'
        // heading line ("Country").
        let whole = |k: usize| heading_at(k, false);
        let mut corner = at(i)
            .filter(|&s| whole(i).is_none() && whole(i + 1).is_some() && has_letter(self.read(s)));
        let mut k = i + usize::from(corner.is_some());
        let mut headings = Vec::new();
        while let Some(h) = whole(k) {
            if headings.len() == MAX_COLUMNS {
                return None;
            }
            headings.push(h);
            k += 1;
        }
        if headings.len() < 2 {
            // Measures among the headings ("Metal" / "Stocks (t)" / "Daily change (t)" /
            // "Copper" / "87,350" / "-2,425"): the shape of the first row says which lines
            // head the table. The line before its cells is its label, the `m` lines before
            // that the headings, a line before them the labels' heading.
            let mut run = Vec::new();
            let mut x = i;
            while let Some(h) = heading_at(x, true) {
                if run.len() > MAX_COLUMNS + 1 {
                    return None;
                }
                run.push(h);
                x += 1;
            }
            let cell_line = |x: usize| {
                at(x).is_some_and(|s| numberish(self.read(s)) || empty_cell(self.read(s)))
            };
            let cells_from = |y: usize| {
                (y..y + MAX_COLUMNS + 1)
                    .take_while(|&z| cell_line(z))
                    .count()
            };
            let m = cells_from(x);
            if m >= 2 && run.len() > m {
                // The run's last line is the first row's label ("Copper").
                let first_label = run.len() - 1;
                headings = run[first_label - m..first_label].to_vec();
                corner = (first_label > m).then(|| run[first_label - m - 1].0);
                k = i + first_label;
            } else {
                // The first row's label is no heading ("Corvid Air 14"): the cells after it.
                let m = cells_from(x + 1);
                if m < 2 || run.len() < m || !at(x).is_some_and(|s| self.label_ok(s)) {
                    return None;
                }
                headings = run[run.len() - m..].to_vec();
                corner = (run.len() > m).then(|| run[run.len() - m - 1].0);
                k = x;
            }
        }
        let n = headings.len();
        if n < 2 {
            return None;
        }
        let mut rows = Vec::new();
        let label_line = |s: Span| {
            s.1 - s.0 <= LINE_BYTES
                && !self.read(s).trim_end().ends_with(['.', '!', '?'])
                && self.label_ok(s)
        };
        while let Some(label) = at(k).filter(|&s| label_line(s)) {
            let cells: Option<Vec<Span>> = (1..=n)
                .map(|d| at(k + d).filter(|&s| self.fits(s, &headings[d - 1].1)))
                .collect();
            let Some(cells) = cells else { break };
            rows.push(Row {
                line: (label.0, cells[n - 1].1),
                label,
                cells: self.kept(&cells),
            });
            k += n + 1;
        }
        self.finish(i, (headings, corner), rows, k)
    }

    /// The table of header line `i`, its rows and the line after them: two rows at least,
    /// and it says when or what it compares (a period, a change or an earlier period among
    /// its headings, or periods as its row labels; rows of figures under words alone may be
    /// a widget). Its caption, corner and source line are found around it.
    fn finish(
        &self,
        i: usize,
        (headings, corner): Header,
        rows: Vec<Row>,
        next: usize,
    ) -> Option<(Layout, usize)> {
        // Rows of periods: each label one, or a "Date" corner over them.
        let dated_rows = corner.is_some_and(|c| {
            self.heading(c, false)
                .is_some_and(|h| h.column == Column::Date)
        });
        let row_periods = dated_rows || rows.iter().all(|r| self.is_period(r.label));
        let compares = headings
            .iter()
            .any(|(_, h)| !matches!(h.column, Column::Measure | Column::Unit | Column::Date));
        if rows.len() < 2 || !(compares || row_periods) {
            return None;
        }
        // The caption: the line above the header (a blank line between), or above a labels'
        // heading line.
        let above = |k: usize| {
            let k = k.checked_sub(1)?;
            let k = if self.lines[k].is_none() {
                k.checked_sub(1)?
            } else {
                k
            };
            self.caption(k).map(|c| (k, c))
        };
        let caption = above(i).and_then(|(k, c)| {
            // A short labels' heading ("Country") under the real caption.
            let t = self.read(c);
            if t.split_whitespace().count() <= 2 {
                above(k).map(|(_, c2)| c2).or(Some(c))
            } else {
                Some(c)
            }
        });
        // A long heading over the labels of a table with no caption is its caption too
        // ("Key figures (US$ million unless stated)").
        let caption = caption.or(corner.filter(|&c| self.read(c).split_whitespace().count() > 2));
        let corner = corner.filter(|c| Some(*c) != caption || self.read(*c).contains('('));
        let source = self.source_after(next);
        // The lines that are no prose: the header, the rows, the source line (a caption
        // stays a sentence, and may hold facts of its own).
        let mut lines: Vec<Span> = self.lines[i..next].iter().flatten().copied().collect();
        let mut end = next;
        if let Some((k, s)) = source {
            lines.push(s);
            end = k + 1;
        }
        Some((
            Layout {
                row_periods,
                caption,
                corner,
                source: source.map(|(_, line)| line),
                headings,
                rows,
                lines,
            },
            end,
        ))
    }
}

/// Every table on the page, in order.
pub fn layouts(page: &Page) -> Vec<Layout> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < page.lines.len() {
        if page.lines[i].is_some() {
            if let Some((t, next)) = page.spaced(i).or_else(|| page.per_line(i)) {
                out.push(t);
                i = next.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_split_at_runs_of_spaces_and_tabs() {
        let t = "Koppar (kt)    104,2\t101,7   1 180";
        let c: Vec<&str> = spaced_cells(t, (0, t.len()))
            .iter()
            .map(|&(a, b)| &t[a..b])
            .collect();
        assert_eq!(c, ["Koppar (kt)", "104,2", "101,7", "1 180"]);
        assert!(numberish("−38,6") && numberish("+2.7%") && !numberish("Q3 2025"));
    }
}
