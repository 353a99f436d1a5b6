#!/usr/bin/env python3
"""Build tests/holdout4: write articles/*.txt from build/src/*.txt and gold.jsonl
from the annotations in build/annotations.py.

Source articles use the tokens {NBSP} (U+00A0) and {THIN} (U+2009) for the
special thousands separators, so that they survive editing.  Offsets are never
counted by hand: each annotation names its surface (optionally with a `pre`
string that must immediately precede it) and rows are listed in text order; the
builder searches forward from the end of the previous row, requiring that the
surface is not glued to a letter or digit on either side.

Usage: python3 build/build.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
ART = os.path.join(ROOT, "articles")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "holdout_tools"))
import annotations  # noqa: E402

TOKENS = {"{NBSP}": "\u00a0", "{THIN}": "\u2009"}


def render(raw):
    for k, v in TOKENS.items():
        raw = raw.replace(k, v)
    return raw


def find(text, surface, pre, cursor, where):
    needle = (pre or "") + surface
    pos = cursor
    while True:
        i = text.find(needle, pos)
        if i < 0:
            sys.exit(f"{where}: {needle!r} not found after offset {cursor}")
        s = i + len(pre or "")
        e = s + len(surface)
        before = text[s - 1] if s > 0 else " "
        after = text[e] if e < len(text) else " "
        if not (before.isalnum() or after.isalnum()) or pre:
            return s, e
        pos = i + 1


def main():
    os.makedirs(ART, exist_ok=True)
    out = []
    for name, rows in annotations.DOCS.items():
        raw = open(os.path.join(SRC, name + ".txt"), encoding="utf-8").read()
        text = render(raw)
        with open(os.path.join(ART, name + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        cursor = 0
        for r in rows:
            r = dict(r)
            pre = r.pop("_pre", None)
            where = f"{name}:{r['surface']!r}"
            s, e = find(text, r["surface"], pre, cursor, where)
            cursor = e
            row = {"doc": name, "surface": r["surface"], "start": s, "end": e}
            for k, v in r.items():
                if k != "surface":
                    row[k] = v
            out.append(row)
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(annotations.DOCS)} articles, {len(out)} rows")


if __name__ == "__main__":
    main()
