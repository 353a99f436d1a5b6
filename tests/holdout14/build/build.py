#!/usr/bin/env python3
"""Build tests/holdout14: write articles/*.txt from build/src/*.txt and gold.jsonl from the
annotations in build/annotations.py, with the holdouts' shared builder
(tests/holdout_tools/gold_build.py).

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
