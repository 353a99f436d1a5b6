#!/usr/bin/env python3
"""Build tests/holdout3: articles/*.txt and gold.jsonl from build/src/*.txt and spec.py.

The article sources use three placeholders so that special characters are visible
while editing: {nbsp} -> U+00A0, {thin} -> U+2009, {minus} -> U+2212.

Every gold row is located by searching its surface in the final text:
  * without `at`, the surface must occur exactly once in the document;
  * with `at`, the anchor string must occur exactly once and contain the surface
    (the first occurrence of the surface inside the anchor is used).
Offsets are Unicode code points (Python str indices), end exclusive.

After locating, the script checks that every digit in every article is covered by a
fact or trap row (so no number is left unannotated) and lists spelled-out number
words that are not covered, for manual review.

Usage: python3 build.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
ART = os.path.join(ROOT, "articles")
GOLD = os.path.join(ROOT, "gold.jsonl")

sys.path.insert(0, HERE)
import spec  # noqa: E402

PLACEHOLDERS = {"{nbsp}": "\u00a0", "{thin}": "\u2009", "{minus}": "\u2212"}


def expand(s):
    for k, v in PLACEHOLDERS.items():
        s = s.replace(k, v)
    return s


def locate(text, surface, at, doc):
    if at is None:
        n = text.count(surface)
        if n != 1:
            raise SystemExit(f"{doc}: surface {surface!r} occurs {n} times; give an anchor")
        s = text.index(surface)
    else:
        n = text.count(at)
        if n != 1:
            raise SystemExit(f"{doc}: anchor {at!r} occurs {n} times")
        a = text.index(at)
        i = at.find(surface)
        if i < 0:
            raise SystemExit(f"{doc}: surface {surface!r} not inside anchor {at!r}")
        s = a + i
    return s, s + len(surface)


NUMBER_WORDS = {
    "en": r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|"
          r"twice|double|doubled|triple|tripled|half|third|quarters|hundred|"
          r"thousand|million|billion)\b",
    "sv": r"\b(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|dussin|"
          r"dubbelt|halv|halva|tredjedel|tredjedelar|hundra|tusen|miljon|miljoner|"
          r"miljard|miljarder|tioårigt)\b",
}


def main():
    os.makedirs(ART, exist_ok=True)
    for fn in os.listdir(ART):
        if fn.endswith(".txt"):
            os.remove(os.path.join(ART, fn))
    out_rows = []
    problems = []
    for doc, d in spec.DOCS.items():
        raw = open(os.path.join(SRC, doc + ".txt"), encoding="utf-8").read()
        text = expand(raw)
        with open(os.path.join(ART, doc + ".txt"), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        covered = [False] * len(text)
        rows = []
        for r in d["rows"]:
            surface = expand(r.pop("surface"))
            at = r.pop("at", None)
            at = expand(at) if at is not None else None
            s, e = locate(text, surface, at, doc)
            for i in range(s, e):
                covered[i] = True
            row = {"doc": doc, "surface": surface, "start": s, "end": e}
            row.update(r)
            rows.append(row)
        rows.sort(key=lambda x: x["start"])
        for a, b in zip(rows, rows[1:]):
            if b["start"] < a["end"]:
                problems.append(f"{doc}: overlap {a['surface']!r} / {b['surface']!r}")
        # every digit must be covered
        for m in re.finditer(r"\d+", text):
            if not all(covered[m.start():m.end()]):
                ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " | ")
                problems.append(f"{doc}: uncovered digits {m.group()!r} in …{ctx}…")
        # spelled-out number words: report for review
        lang = "sv" if doc.startswith("sv_") else "en"
        for m in re.finditer(NUMBER_WORDS[lang], text, flags=re.I):
            if not any(covered[m.start():m.end()]):
                ctx = text[max(0, m.start() - 25):m.end() + 25].replace("\n", " | ")
                print(f"  review {doc}: {m.group()!r} …{ctx}…")
        words = len(text.split())
        print(f"{doc}: {words} words, {sum(1 for x in rows if not x.get('negative'))} facts, "
              f"{sum(1 for x in rows if x.get('negative'))} traps")
        out_rows.extend(rows)
    with open(GOLD, "w", encoding="utf-8") as fh:
        for r in out_rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print(f"\nwrote {len(out_rows)} rows to {GOLD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
