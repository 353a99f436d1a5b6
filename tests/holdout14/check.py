#!/usr/bin/env python3
"""Sanity checks for tests/holdout14: offsets, JSON shape, overlaps, coverage, stats.

Adapted from tests/holdout13/check.py.  Same shared rules: one gold file for both
languages, every fact row carries all fields (`direction`, `per` and every context key are
present, null when not applicable), every digit in an article must be covered by a fact or
trap row, no two spans overlap, surface == text[start:end], ISO dates on every time and
change values signed.  Changed for holdout14: 4 English and 4 Swedish articles (critical
minerals and commodities mixed with transport, weather, energy, sport, consumer tech and
public finances) of 250-450 words, at least 15 fact rows per article, and every article
carries one table, each in a layout of its own:

  en_01  Markdown pipe table (unit column, Q3 2028 / Q3 2027 / Change)
  en_02  glued table, separators lost in conversion ("Nickel16,420-1.2"), plus a market
         ticker strip on the first line that is page chrome
  en_03  table flattened into lines with runs of spaces, a date column first
  en_04  one cell per line (five header cells, then five cells per row)
  sv_01  key-figures list ("Nettoomsättning, Mkr: 1 842 (1 516)")
  sv_02  tab-separated table (unit column, Senast / För ett år sedan / Förändring, %)
  sv_03  slash-separated bullets ("2029 / 2028 / Förändring", change in points)
  sv_04  semicolon-separated table, a date column first

The layout check finds each table by its header line, splits its rows the way the layout
writes them, and requires every numeric cell of a measured column to be a required fact
row with that column's measure (current = level, earlier = prior, change = change) and
every cell of a date column to be a trap; the ticker line must hold traps only.  Source
aliases: `China's customs` (kinesiska tullen), `Ministry of Commerce` (handelsministeriet)
and `Jokkmokk Municipality` (Jokkmokks kommun).

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
KNOWN_ALIASES = {"China's customs", "Ministry of Commerce", "Jokkmokk Municipality"}

# doc -> (layout, header line, number of rows, column roles); a role is a measure, "date"
# (the cell must be a trap) or None (label or unit column, no requirement here)
TABLES = {
    "en_01_karingal_lithium_quarter": (
        "pipe", "| Metric | Unit | Q3 2028 | Q3 2027 | Change |", 6,
        (None, None, "level", "prior", "change")),
    "en_02_rare_earth_curbs_minerals_pact": (
        "glued", "MetalCashChange %", 6, (None, "level", "change")),
    "en_03_storm_edda_rail_power": (
        "spaces", "Date          Max gust (mph)", 3,
        ("date", "level", "level", "level", "level")),
    "en_04_laptop_prices_memory_shortage": (
        "cells", "Model", 3, (None, "level", "prior", "level", "level")),
    "sv_01_norrbergs_metall_kvartal": (
        "keyfig", "Nyckeltal, tredje kvartalet 2028", 8, (None, "level", "prior")),
    "sv_02_grafit_exportkontroll_kina": (
        "tab", "Material\tEnhet\tSenast", 5, (None, None, "level", "prior", "change")),
    "sv_03_esv_statsbudget_underskott": (
        "slash", "2029 / 2028 / Förändring", 5, (None, "level", "prior", "change")),
    "sv_04_rekordkyla_elpris_alvdalsloppet": (
        "semicolon", "Datum;SE1;SE3;SE4", 4, ("date", "level", "level", "level", "change")),
}
TICKER_DOC = "en_02_rare_earth_curbs_minerals_pact"

GLUED = re.compile(r"^([A-Za-z ]+?)(\d[\d,]*(?:\.\d+)?)([+\-−]\d+(?:\.\d+)?)$")
KEYFIG = re.compile(r"^([^:]+): (\S+(?:\u00a0\d+)*) \((\S+(?:\u00a0\d+)*)\)$")


def split_cells(line, off, sep):
    """(start, end) of each cell of `line` (at offset `off`) split by regex `sep`, with the
    cell's surrounding blanks trimmed."""
    cells, pos = [], 0
    for m in list(re.finditer(sep, line)) + [None]:
        end = m.start() if m else len(line)
        raw = line[pos:end]
        lead = len(raw) - len(raw.lstrip())
        cells.append((off + pos + lead, off + pos + len(raw.rstrip())))
        if m:
            pos = m.end()
    return cells


def table_rows(layout, header, nrows, text, err, doc):
    """Yields the rows of the table as lists of (start, end) cell spans."""
    lines, pos = [], 0
    for ln in text.split("\n"):
        lines.append((pos, ln))
        pos += len(ln) + 1
    heads = [i for i, (_, ln) in enumerate(lines) if ln.startswith(header)]
    if len(heads) != 1:
        err(f"{doc}: table header {header!r} found {len(heads)} times")
        return
    h = heads[0]
    if layout == "cells":
        ncols = 5
        body = lines[h + ncols:h + ncols + ncols * nrows]
        if len(body) != ncols * nrows:
            err(f"{doc}: one-cell-per-line table is short")
            return
        for r in range(nrows):
            chunk = body[r * ncols:(r + 1) * ncols]
            if any(not ln.strip() for _, ln in chunk):
                err(f"{doc}: empty line inside the one-cell-per-line table")
            yield [(off, off + len(ln)) for off, ln in chunk]
        return
    first = h + (2 if layout == "pipe" else 1)
    if layout == "pipe" and not re.fullmatch(r"\|(---\|)+", lines[h + 1][1]):
        err(f"{doc}: pipe table lacks its |---| separator line")
    for off, ln in lines[first:first + nrows]:
        if layout == "pipe":
            if not (ln.startswith("| ") and ln.endswith(" |")):
                err(f"{doc}: pipe row malformed: {ln!r}")
                continue
            yield split_cells(ln[1:-1], off + 1, r"\|")
        elif layout == "spaces":
            if "\t" in ln:
                err(f"{doc}: tab in a space-flattened table")
            yield split_cells(ln, off, r" {2,}")
        elif layout == "tab":
            yield split_cells(ln, off, r"\t")
        elif layout == "semicolon":
            yield split_cells(ln, off, r";")
        elif layout == "glued":
            m = GLUED.match(ln)
            if not m:
                err(f"{doc}: glued row malformed: {ln!r}")
                continue
            yield [(off + m.start(g), off + m.end(g)) for g in (1, 2, 3)]
        elif layout == "keyfig":
            m = KEYFIG.match(ln)
            if not m:
                err(f"{doc}: key-figure row malformed: {ln!r}")
                continue
            yield [(off + m.start(g), off + m.end(g)) for g in (1, 2, 3)]
        elif layout == "slash":
            if not ln.startswith("• ") or ": " not in ln:
                err(f"{doc}: slash row malformed: {ln!r}")
                continue
            colon = ln.index(": ")
            yield [(off + 2, off + colon)] + split_cells(ln[colon + 2:], off + colon + 2, r" / ")


def check_layout(texts, err):
    rows = gold_check.load_gold(HERE)
    if set(texts) != set(TABLES):
        err(f"articles and table list differ: {sorted(set(texts) ^ set(TABLES))}")
    if len({spec[0] for spec in TABLES.values()}) != len(TABLES):
        err("two articles share a table layout")
    for doc, (layout, header, nrows, roles) in TABLES.items():
        if doc not in texts:
            continue
        t = texts[doc]
        mine = [r for r in rows if r["doc"] == doc]
        got = list(table_rows(layout, header, nrows, t, err, doc))
        if len(got) != nrows:
            err(f"{doc}: expected {nrows} table rows, parsed {len(got)}")
        measured = 0
        for cells in got:
            if len(cells) != len(roles):
                err(f"{doc}: row {t[cells[0][0]:cells[-1][1]]!r} has {len(cells)} cells, "
                    f"want {len(roles)}")
                continue
            for (s, e), role in zip(cells, roles):
                cell = t[s:e]
                if role is None or not re.search(r"\d", cell):
                    continue
                hit = [r for r in mine if r["start"] < e and s < r["end"]]
                if role == "date":
                    if not hit or not all(r.get("negative") for r in hit):
                        err(f"{doc}: date cell {cell!r} is not a trap")
                    continue
                facts = [r for r in hit if not r.get("negative")]
                if not facts:
                    err(f"{doc}: table cell {cell!r} is not a fact row")
                elif facts[0].get("optional"):
                    err(f"{doc}: table cell {cell!r} is optional")
                elif facts[0]["measure"] != role:
                    err(f"{doc}: table cell {cell!r} has measure {facts[0]['measure']}, "
                        f"column wants {role}")
                else:
                    measured += 1
        if measured < 9:
            err(f"{doc}: only {measured} measured table cells")
    if TICKER_DOC in texts:
        t = texts[TICKER_DOC]
        end = t.index("\n")
        on = [r for r in rows if r["doc"] == TICKER_DOC and r["start"] < end]
        if len(on) < 5 or any(not r.get("negative") for r in on):
            err(f"{TICKER_DOC}: the ticker line must carry at least 5 trap rows and no facts")


if __name__ == "__main__":
    sys.exit(
        gold_check.run(
            HERE,
            words=(250, 450),
            per_lang=4,
            aliases=KNOWN_ALIASES,
            layout=check_layout,
            min_facts=15,
        )
    )
