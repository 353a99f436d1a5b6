#!/usr/bin/env python3
"""Sanity checks for tests/holdout10: offsets, JSON shape, overlaps, coverage, stats.

Adapted from tests/holdout9/check.py.  Same rules: one gold file for both languages,
every fact row carries all fields (`direction`, `per` and every context key are present,
null when not applicable), every digit in an article must be covered by a fact or trap
row, no two spans overlap, surface == text[start:end], ISO dates on every time and change
values signed; 4 English and 4 Swedish articles of 350-550 words, at least 25 fact rows
per article.  Changed for holdout10: exactly one article (sv_02, in TABLE_DOCS) carries a
small plain-text table (aligned columns) and every other article is prose only; the
source alias list holds the two canonical English names that the text writes in Swedish
(`General Administration of Customs` for `den kinesiska tullmyndigheten` in sv_04,
`Land and Environment Court` for `Mark- och miljödomstolen` in sv_03).

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
KNOWN_ALIASES = {"General Administration of Customs", "Land and Environment Court"}

# the one article that carries a small table of figures
TABLE_DOCS = {"sv_02_sgu_bergverksstatistik"}


def table_lines(t):
    """Lines that look like table rows: tab-separated cells, or two or more runs of
    three or more spaces between cells (aligned columns)."""
    return [ln for ln in t.split("\n")
            if "\t" in ln or len(re.findall(r"\S {3,}\S", ln)) >= 2]


def check_prose(texts, err):
    """Tables only where TABLE_DOCS says: each of those has one table with a header row
    and at least three rows of figures; every other article is prose only."""
    for doc, t in texts.items():
        lines = t.split("\n")
        tl = table_lines(t)
        if doc in TABLE_DOCS:
            rows = [ln for ln in tl if re.search(r"\d", ln)]
            if len(tl) < 4 or len(rows) < 3:
                err(f"{doc}: should carry a table (header plus at least 3 rows of figures)")
        elif tl:
            err(f"{doc}: table-like lines in a prose-only article: {tl[:2]!r}")
        if sum(1 for ln in lines if re.fullmatch(r"[\d.,]+", ln.strip())) >= 3:
            err(f"{doc}: looks like a one-cell-per-line table")
    for doc in TABLE_DOCS - set(texts):
        err(f"{doc}: table article missing")


if __name__ == "__main__":
    sys.exit(
        gold_check.run(
            HERE,
            words=(350, 550),
            per_lang=4,
            aliases=KNOWN_ALIASES,
            layout=check_prose,
            min_facts=25,
        )
    )
