#!/usr/bin/env python3
"""Sanity checks for tests/holdout12: offsets, JSON shape, overlaps, coverage, stats.

Adapted from tests/holdout10/check.py.  Same shared rules: one gold file for both
languages, every fact row carries all fields (`direction`, `per` and every context key are
present, null when not applicable), every digit in an article must be covered by a fact or
trap row, no two spans overlap, surface == text[start:end], ISO dates on every time and
change values signed.  Changed for holdout12: 5 English and 5 Swedish general-news
articles (sports, weather, cars/tech, local news, markets) of 200-350 words, at least 15
fact rows per article; every article is prose (no table lines at all: holdout10's table
check is dropped and replaced by a prose-only check); the source alias list is empty,
since every source is written in the text as named.

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

# canonical source names whose wording differs from the article text (none in this set)
KNOWN_ALIASES = set()

GENRES = ("sports", "weather", "cars/tech", "local news", "markets")


def check_prose(texts, err):
    """Every article is prose: no tab-separated or aligned-column lines, no runs of
    one-number lines."""
    for doc, t in texts.items():
        lines = t.split("\n")
        tl = [ln for ln in lines if "\t" in ln or len(re.findall(r"\S {3,}\S", ln)) >= 2]
        if tl:
            err(f"{doc}: table-like lines in a prose-only article: {tl[:2]!r}")
        if sum(1 for ln in lines if re.fullmatch(r"[\d.,]+", ln.strip())) >= 3:
            err(f"{doc}: looks like a one-cell-per-line table")


if __name__ == "__main__":
    sys.exit(
        gold_check.run(
            HERE,
            words=(200, 350),
            per_lang=5,
            aliases=KNOWN_ALIASES,
            layout=check_prose,
            min_facts=15,
        )
    )
