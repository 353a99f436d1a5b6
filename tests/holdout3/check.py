#!/usr/bin/env python3
"""Sanity checks for tests/holdout3: offsets, JSON shape, overlaps, coverage, stats.

Adapted from tests/holdout2/en/check.py.  Differences: one gold file for both
languages, every fact row carries all fields (`direction`, `per` and every context
key are present, null when not applicable), and every digit in an article must be
covered by a fact or trap row.

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
KNOWN_ALIASES = {"China's customs", "USGS", "IEA", "LME", "China", "European Commission",
                 "EU Critical Raw Materials Act", "Gällivare Municipality"}


def no_layout_rule(texts, err):
    """This set has no rule on tables or prose."""


if __name__ == "__main__":
    sys.exit(
        gold_check.run(
            HERE,
            words=(250, 500),
            per_lang=6,
            aliases=KNOWN_ALIASES,
            layout=no_layout_rule,
        )
    )
