#!/usr/bin/env python3
"""Sanity checks for tests/holdout8: offsets, JSON shape, overlaps, coverage, stats.

Adapted from tests/holdout7/check.py (itself from holdout6).  Same rules: one gold file for both
languages, every fact row carries all fields (`direction`, `per` and every context
key are present, null when not applicable), every digit in an article must be
covered by a fact or trap row, no two spans overlap, surface == text[start:end],
ISO dates on every time and change values signed.  As in holdout7: 4 English
and 4 Swedish articles, 350-600 words per article, prose only (no tab-separated or
aligned-column lines, no runs of number-only lines), at least 25 fact rows per
article.  Changed for holdout8: the list of source aliases (empty: every source in
this set is named in its article as written).

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
KNOWN_ALIASES = set()


def check_prose(texts, err):
    """This set is prose only: no table-like lines."""
    for doc, t in texts.items():
        lines = t.split("\n")
        if any("\t" in ln for ln in lines):
            err(f"{doc}: contains a tab (tables are not part of this set)")
        if sum(1 for ln in lines if len(re.findall(r"\S {3,}\S", ln)) >= 2) >= 2:
            err(f"{doc}: looks like an aligned-column table")
        if sum(1 for ln in lines if re.fullmatch(r"[\d.,]+", ln.strip())) >= 3:
            err(f"{doc}: looks like a one-cell-per-line table")


if __name__ == "__main__":
    sys.exit(
        gold_check.run(
            HERE,
            words=(350, 600),
            per_lang=4,
            aliases=KNOWN_ALIASES,
            layout=check_prose,
            min_facts=25,
        )
    )
