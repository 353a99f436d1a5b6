#!/usr/bin/env python3
"""Sanity checks for tests/holdout6: offsets, JSON shape, overlaps, coverage, stats.

Adapted from tests/holdout4/check.py.  Same rules: one gold file for both
languages, every fact row carries all fields (`direction`, `per` and every context
key are present, null when not applicable), every digit in an article must be
covered by a fact or trap row, no two spans overlap, surface == text[start:end],
ISO dates on every time and change values signed.  Changed for holdout6: 3 English
and 3 Swedish articles, 300-500 words per article (each carries one table, and the
contract's 300-450 words may run to 500 with a table), every article holds at least
one tab, aligned or one-cell-per-line table as listed in TABLES, and the list of
source aliases used by this set.

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
KNOWN_ALIASES = {"LME", "Central Bank of Chile"}

# the table layout of each article (checked loosely, so that an edit cannot silently
# turn one layout into another)
TABLES = {"en_01": "aligned", "en_02": "tabs", "en_03": "one_per_line",
          "sv_01": "flattened", "sv_02": "aligned", "sv_03": "tabs"}


def check_tables(texts, err):
    for doc, t in texts.items():
        kind = TABLES.get(doc[:5])
        lines = t.split("\n")
        if kind == "tabs":
            ok = sum(1 for ln in lines if ln.count("\t") >= 2) >= 4
        elif kind == "aligned":
            ok = sum(1 for ln in lines if len(re.findall(r"\S {3,}\S", ln)) >= 2) >= 4
        elif kind == "one_per_line":
            ok = sum(1 for ln in lines if re.fullmatch(r"[\d.,]+", ln.strip())) >= 12
        elif kind == "flattened":
            ok = (sum(1 for ln in lines if re.fullmatch(r"[^\d\t]+( [\d.,]+){3,}", ln)) >= 4
                  and not any("\t" in ln or "   " in ln for ln in lines))
        else:
            ok = False
        if not ok:
            err(f"{doc}: table layout is not {kind}")


if __name__ == "__main__":
    sys.exit(
        gold_check.run(
            HERE,
            words=(300, 500),
            per_lang=3,
            aliases=KNOWN_ALIASES,
            layout=check_tables,
        )
    )
