#!/usr/bin/env python3
"""Build tests/holdout4: write articles/*.txt from build/src/*.txt and gold.jsonl
from the annotations in build/annotations.py.

Source articles use the tokens {NBSP} (U+00A0) and {THIN} (U+2009) for the
special thousands separators, so that they survive editing.  Offsets are never
counted by hand: each annotation names its surface (optionally with a `pre`
string that must immediately precede it) and rows are listed in text order; the
builder searches forward from the end of the previous row, requiring that the
surface is not glued to a letter or digit on either side. The builder is the holdouts'
shared one (tests/holdout_tools/gold_build.py).

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

if __name__ == "__main__":
    gold_build.build(HERE, annotations.DOCS)
