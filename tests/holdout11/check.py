#!/usr/bin/env python3
"""Sanity checks for tests/holdout11: offsets, JSON shape, overlaps, coverage, stats.

Adapted from tests/holdout10/check.py.  Same rules: one gold file for both languages,
every fact row carries all fields (`direction`, `per` and every context key are present,
null when not applicable), every digit in an article must be covered by a fact or trap
row, no two spans overlap, surface == text[start:end], ISO dates on every time and change
values signed; 4 English and 4 Swedish articles, at least 20 fact rows per article.

Changed for holdout11: articles have 300-500 words; holdout10's rule that only one article
carries a table is dropped, and instead EVERY article must carry at least one table, each
in the layout TABLE_LAYOUTS names for it, and the set as a whole must show every layout:
  pipe    a Markdown/pipe table (`| a | b |` rows with a `|---|` separator line),
  columns flattened rows whose cells are separated by tabs or runs of 3+ spaces,
  cells   one cell per line (a run of short lines, most of them bare numbers),
  glued   rows whose cells the page glued together with no separator (a letter glued to a
          digit and a digit glued to a signed number, e.g. `Index3,412.6+41.8`), at least
          three such lines; `glued1` asks for one such line only.
The source alias list holds the canonical English names that the text writes otherwise
(`General Administration of Customs` for `den kinesiska tullmyndigheten` in sv_02,
`Shanghai Futures Exchange` for `Shanghaibörsen SHFE` / `börsens` in sv_03, `National
Bureau of Statistics` for `landets statistikmyndighet` in sv_04).

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
KNOWN_ALIASES = {"General Administration of Customs", "Shanghai Futures Exchange",
                 "National Bureau of Statistics"}

# the table layout(s) each article must carry
TABLE_LAYOUTS = {
    "en_01_kestrel_bay_q2_results": {"pipe"},
    "en_02_lithium_weekly_prices": {"columns"},
    "en_03_lme_stocks_copper": {"cells"},
    "en_04_arden_metal_indices": {"glued"},
    "sv_01_ravmyren_delarsrapport_q3": {"cells"},
    "sv_02_lme_veckopriser": {"glued"},
    "sv_03_shfe_lager_kallbacken": {"pipe"},
    "sv_04_nordiska_metallindex": {"columns", "glued1"},
}

NUM_CELL = re.compile(r"[+\-−]?\d[\d.,\u00a0\u2009 ]*")
GLUED = (re.compile(r"[^\W\d_]\d"), re.compile(r"\d[+\-−]\d"))


def pipe_lines(lines):
    rows = [ln for ln in lines if ln.startswith("|") and ln.rstrip().endswith("|")]
    has_sep = any(re.fullmatch(r"\|(\s*:?-{3,}:?\s*\|)+", ln.strip()) for ln in rows)
    return rows if has_sep else []


def column_lines(lines):
    return [ln for ln in lines if "\t" in ln or len(re.findall(r"\S {3,}\S", ln)) >= 2]


def cell_run(lines):
    """Longest run of consecutive short one-cell lines (no tab, no 3-space gap, at most
    40 characters) and how many of them are bare numbers."""
    best = (0, 0)
    run, nums = 0, 0
    for ln in lines + [""]:
        s = ln.strip()
        if s and len(s) <= 40 and "\t" not in ln and "   " not in ln and "|" not in ln \
                and not s.endswith((".", ":")):
            run += 1
            nums += bool(NUM_CELL.fullmatch(s))
        else:
            if nums > best[1]:
                best = (run, nums)
            run, nums = 0, 0
    return best


def glued_lines(lines):
    return [ln for ln in lines if all(p.search(ln) for p in GLUED)]


def found_layouts(t):
    lines = t.split("\n")
    got = set()
    if len(pipe_lines(lines)) >= 4:
        got.add("pipe")
    cl = column_lines(lines)
    if len(cl) >= 4 and sum(1 for ln in cl if re.search(r"\d", ln)) >= 3:
        got.add("columns")
    run, nums = cell_run(lines)
    if run >= 12 and nums >= 6:
        got.add("cells")
    gl = glued_lines(lines)
    if len(gl) >= 3:
        got.add("glued")
    if gl:
        got.add("glued1")
    return got


def check_tables(texts, err):
    """Every article carries the table layout(s) TABLE_LAYOUTS names for it, and the set
    shows all four layouts."""
    seen = set()
    for doc, t in texts.items():
        want = TABLE_LAYOUTS.get(doc)
        if not want:
            err(f"{doc}: no table layout declared in TABLE_LAYOUTS")
            continue
        got = found_layouts(t)
        seen |= got
        for lay in sorted(want - got):
            err(f"{doc}: should carry a table in layout {lay!r} (found {sorted(got)})")
    for lay in ("pipe", "columns", "cells", "glued"):
        if lay not in seen:
            err(f"set: no article carries a {lay!r} table")
    for doc in set(TABLE_LAYOUTS) - set(texts):
        err(f"{doc}: table article missing")


if __name__ == "__main__":
    sys.exit(
        gold_check.run(
            HERE,
            words=(300, 500),
            per_lang=4,
            aliases=KNOWN_ALIASES,
            layout=check_tables,
            min_facts=20,
        )
    )
