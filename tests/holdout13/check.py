#!/usr/bin/env python3
"""Sanity checks for tests/holdout13: offsets, JSON shape, overlaps, coverage, stats.

Adapted from tests/holdout12/check.py.  Same shared rules: one gold file for both
languages, every fact row carries all fields (`direction`, `per` and every context key are
present, null when not applicable), every digit in an article must be covered by a fact or
trap row, no two spans overlap, surface == text[start:end], ISO dates on every time and
change values signed.  Changed for holdout13: 5 English and 5 Swedish general-news
articles (markets, health, critical minerals, cars, sport, weather, tech, economy) of
250-450 words, at least 15 fact rows per article.  Two articles carry a small table: en_03
a tab-flattened one (a header line and one line per row), sv_04 one with each cell on its
own line (a header of four cells, then four cells per row).  The layout check requires
those tables, requires every numeric table cell to be a fact row whose measure follows its
column (latest = level, year ago = prior, change = change), and keeps the other eight
articles prose.  One source alias: `China's customs` for sv_04's `kinesiska tullen`.

The checks themselves are the holdouts' shared ones (tests/holdout_tools/gold_check.py);
this file holds what is particular to the set.

Usage: python3 check.py   (exit status 1 on any error)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "..", "holdout_tools"))
import gold_check  # noqa: E402

# canonical source names whose wording differs from the article text
KNOWN_ALIASES = {"China's customs"}

GENRES = ("markets", "health", "critical minerals", "cars", "sport", "weather", "tech",
          "economy")

# table articles: doc -> (layout, column measures of the numeric cells of a row)
TABLES = {
    "en_03_rare_earth_magnets_table": ("flat", ("level", "prior", "change")),
    "sv_04_metallpriser_koppar_kobolt": ("cells", ("level", "prior", "change")),
}
CELL = re.compile(r"[+\-−]?\d[\d.,\u00a0\u2009 ]*( ?%)?")


def table_cells(layout, text):
    """Yields (start, end, column) for every numeric cell of the set's table."""
    lines, pos = [], 0
    for ln in text.split("\n"):
        lines.append((pos, ln))
        pos += len(ln) + 1
    if layout == "flat":
        for off, ln in lines:
            if "\t" not in ln:
                continue
            cells, c = [], off
            for cell in ln.split("\t"):
                cells.append((c, cell))
                c += len(cell) + 1
            nums = [(s, cell) for s, cell in cells if CELL.fullmatch(cell.strip())]
            for col, (s, cell) in enumerate(nums):
                yield s, s + len(cell), col
    else:
        run = [(off, ln) for off, ln in lines if CELL.fullmatch(ln.strip())]
        for i, (off, ln) in enumerate(run):
            yield off, off + len(ln), i % 3


def check_layout(texts, err):
    rows = [r for r in gold_check.load_gold(HERE) if not r.get("negative")]
    for doc, t in texts.items():
        lines = t.split("\n")
        tabbed = [ln for ln in lines if "\t" in ln or len(re.findall(r"\S {3,}\S", ln)) >= 2]
        onecell = [ln for ln in lines if CELL.fullmatch(ln.strip())]
        if doc not in TABLES:
            if tabbed:
                err(f"{doc}: table-like lines in a prose-only article: {tabbed[:2]!r}")
            if len(onecell) >= 3:
                err(f"{doc}: looks like a one-cell-per-line table")
            continue
        layout, measures = TABLES[doc]
        if layout == "flat" and len(tabbed) < 4:
            err(f"{doc}: expected a tab-flattened table of at least 4 lines")
        if layout == "cells" and (len(onecell) < 9 or tabbed):
            err(f"{doc}: expected a one-cell-per-line table and no tab lines")
        cells = list(table_cells(layout, t))
        if len(cells) < 9:
            err(f"{doc}: only {len(cells)} numeric table cells found")
        for s, e, col in cells:
            hit = [r for r in rows if r["doc"] == doc and r["start"] < e and s < r["end"]]
            if not hit:
                err(f"{doc}: table cell {t[s:e]!r} is not a fact row")
            elif hit[0]["measure"] != measures[col]:
                err(f"{doc}: table cell {t[s:e]!r} has measure {hit[0]['measure']}, "
                    f"column wants {measures[col]}")


if __name__ == "__main__":
    sys.exit(
        gold_check.run(
            HERE,
            words=(250, 450),
            per_lang=5,
            aliases=KNOWN_ALIASES,
            layout=check_layout,
            min_facts=15,
        )
    )
