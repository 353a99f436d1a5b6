#!/usr/bin/env python3
"""Build tests/holdout11: write articles/*.txt from build/src/*.txt and gold.jsonl from the
annotations in build/annotations.py, with the holdouts' shared builder
(tests/holdout_tools/gold_build.py).

One local addition: tables whose cells a page glued together (`3,412.6+41.8+1.24`,
`2026+6 procent2025+7 procent`) have cells that start right where the previous row's
surface ends, so neither the shared builder's word-boundary test nor a `pre` string can
place them.  annotations.GLUE marks such rows, and the wrapper below places them right at the
previous row's end (and fails if the surface does not start there).  Every other row goes
through the shared find() unchanged.

Usage: python3 build/build.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "holdout_tools"))
import annotations  # noqa: E402
import gold_build  # noqa: E402

_find = gold_build.find


def find(text, surface, pre, cursor, where):
    if pre == annotations.GLUE:
        i = text.find(surface, cursor)
        if i != cursor:
            sys.exit(f"{where}: glued {surface!r} not found at offset {cursor}")
        return i, i + len(surface)
    return _find(text, surface, pre, cursor, where)


gold_build.find = find

if __name__ == "__main__":
    gold_build.build(HERE, annotations.DOCS)
