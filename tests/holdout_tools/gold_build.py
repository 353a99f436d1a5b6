"""The builder the blind holdouts share (tests/holdout4, holdout6 to holdout10): writes a
set's articles/*.txt from build/src/*.txt and its gold.jsonl from build/annotations.py.

Source articles (and annotation surfaces) use the tokens {NBSP} (U+00A0) and {THIN}
(U+2009) for the special thousands separators, so that they survive editing.  Offsets are
never counted by hand: each annotation names its surface (optionally with a `pre` string
that must immediately precede it) and rows are listed in text order; the builder searches
forward from the end of the previous row, requiring that the surface is not glued to a
letter or digit on either side.

Each set's build/build.py calls `build(here, annotations.DOCS)`.
"""
import json
import os
import sys

TOKENS = {"{NBSP}": "\u00a0", "{THIN}": "\u2009"}


def render(raw):
    for k, v in TOKENS.items():
        raw = raw.replace(k, v)
    return raw


def find(text, surface, pre, cursor, where):
    """The span of `surface` at or after `cursor`, after the context `pre` when given. The
    context may be text an earlier row already took (a glued table's change right after its
    price, "Nickel16,420-1.2"), so it may start before the cursor; the surface may not."""
    needle = (pre or "") + surface
    pos = max(0, cursor - len(pre or ""))
    while True:
        i = text.find(needle, pos)
        if i < 0:
            sys.exit(f"{where}: {needle!r} not found after offset {cursor}")
        s = i + len(pre or "")
        e = s + len(surface)
        if s < cursor:
            pos = i + 1
            continue
        before = text[s - 1] if s > 0 else " "
        after = text[e] if e < len(text) else " "
        if not (before.isalnum() or after.isalnum()) or pre:
            return s, e
        pos = i + 1


def build(here, docs):
    """Writes the set's articles and gold.jsonl. `here` is the set's build/ folder (with
    src/), `docs` its annotations.DOCS."""
    root = os.path.dirname(here)
    src, art = os.path.join(here, "src"), os.path.join(root, "articles")
    os.makedirs(art, exist_ok=True)
    out = []
    for name, rows in docs.items():
        raw = open(os.path.join(src, name + ".txt"), encoding="utf-8").read()
        text = render(raw)
        with open(os.path.join(art, name + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        cursor = 0
        for r in rows:
            r = dict(r)
            pre = r.pop("_pre", None)
            pre = render(pre) if pre else pre
            surface = render(r["surface"])
            where = f"{name}:{surface!r}"
            s, e = find(text, surface, pre, cursor, where)
            cursor = e
            row = {"doc": name, "surface": surface, "start": s, "end": e}
            for k, v in r.items():
                if k != "surface":
                    row[k] = v
            out.append(row)
    with open(os.path.join(root, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} articles, {len(out)} rows")
