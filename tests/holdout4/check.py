#!/usr/bin/env python3
"""Sanity checks for tests/holdout4: offsets, JSON shape, overlaps, coverage, stats.

Adapted from tests/holdout3/check.py.  Same rules: one gold file for both
languages, every fact row carries all fields (`direction`, `per` and every context
key are present, null when not applicable), and every digit in an article must be
covered by a fact or trap row.  Added for holdout4: 250-450 words per article,
4 English and 4 Swedish articles, ISO dates on every time, change values signed,
and the list of source aliases used by this set.

The checks themselves are the holdouts' shared ones (tests/holdout_tools/gold_check.py);
this file holds what is particular to the set.

Usage: python3 check.py   (exit status 1 on any error)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "..", "holdout_tools"))
import gold_check  # noqa: E402

# canonical source names whose wording differs from the article text
KNOWN_ALIASES = {"China's customs", "LME", "European Commission", "Critical Raw Materials Act",
                 "Swedish government"}


def no_layout_rule(texts, err):
    """This set has no rule on tables or prose."""


if __name__ == "__main__":
    sys.exit(
        gold_check.run(
            HERE,
            words=(250, 450),
            per_lang=4,
            aliases=KNOWN_ALIASES,
            layout=no_layout_rule,
        )
    )
