#!/usr/bin/env python3
"""Validate the Swedish holdout2 gold set: offsets, JSON shape, value rules.

Usage: python3 check.py [-v]      (-v prints every row with its context)
Exit status 0 when everything checks out.
"""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold.jsonl")

KINDS = {"percent", "mass", "money", "count", "duration", "index", "ratio",
         "energy", "power", "volume", "length", "area", "speed", "temperature",
         "data", "frequency", "pressure"}
UNITS = {"percent": {"%", "pp"}, "mass": {"t"}, "index": {"point"}, "ratio": {"x"},
         "duration": {"second", "minute", "hour", "day", "week", "month", "year"},
         "energy": {"MWh"}, "power": {"MW"}, "volume": {"m3"}, "length": {"km"},
         "area": {"km2"}, "speed": {"km/h"}, "temperature": {"°C"}, "data": {"GB"},
         "frequency": {"Hz"}, "pressure": {"bar"}}
QUALS = {"exact", "approx", "more_than", "at_least", "less_than", "at_most", "up_to"}
MEASURES = {"level", "change", "prior"}
PERS = {"year", "t", "lb", "oz", "kg", "share", "month", "day", "barrel", "MMBtu", "kWh"}
FACT_KEYS = {"doc", "surface", "start", "end", "kind", "value_low", "value_high", "unit",
             "qualifier", "measure", "direction", "per", "subject", "concept", "time",
             "time_start", "time_end", "source", "optional"}
NEG_KEYS = {"doc", "surface", "start", "end", "negative", "why"}


def load_text(doc):
    with open(os.path.join(ART, doc + ".txt"), "rb") as fh:
        raw = fh.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("BOM present")
    if b"\r" in raw:
        raise ValueError("CR line ending present")
    return raw.decode("utf-8")


def iso(s):
    return dt.date.fromisoformat(s)


def main():
    verbose = "-v" in sys.argv
    errs = []
    texts = {}
    for fn in sorted(os.listdir(ART)):
        if not re.fullmatch(r"sv_\d\d_[a-z0-9_]+\.txt", fn):
            errs.append(f"bad article file name {fn}")
        doc = fn[:-4]
        try:
            texts[doc] = load_text(doc)
        except Exception as e:  # noqa: BLE001
            errs.append(f"{fn}: {e}")
            continue
        lines = texts[doc].split("\n")
        if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", lines[1]):
            errs.append(f"{fn}: second line is not a 'YYYY-MM-DD HH:MM' date line")

    rows = []
    with open(GOLD, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                errs.append(f"gold line {n}: blank line")
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errs.append(f"gold line {n}: bad JSON: {e}")

    spans = defaultdict(list)
    for n, r in rows:
        where = f"gold line {n} ({r.get('doc')} {r.get('surface')!r})"
        doc = r.get("doc")
        if doc not in texts:
            errs.append(f"{where}: unknown doc")
            continue
        text = texts[doc]
        s, e = r.get("start"), r.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errs.append(f"{where}: bad offsets {s},{e}")
            continue
        if text[s:e] != r.get("surface"):
            errs.append(f"{where}: text[start:end]={text[s:e]!r}")
        spans[doc].append((s, e, n))
        if r.get("negative"):
            extra = set(r) - NEG_KEYS
            if extra or not r.get("why"):
                errs.append(f"{where}: trap row needs only doc/surface/start/end/negative/why ({extra})")
            continue
        extra = set(r) - FACT_KEYS
        if extra:
            errs.append(f"{where}: unexpected keys {extra}")
        kind, unit = r.get("kind"), r.get("unit")
        if kind not in KINDS:
            errs.append(f"{where}: bad kind {kind}")
        elif kind == "money":
            if not re.fullmatch(r"[A-Z]{3}", str(unit)):
                errs.append(f"{where}: money unit must be ISO 4217 code, got {unit}")
        elif kind == "count":
            if not unit or unit != unit.lower():
                errs.append(f"{where}: count unit must be a lower-case noun")
        elif unit not in UNITS[kind]:
            errs.append(f"{where}: unit {unit} not canonical for {kind}")
        lo, hi = r.get("value_low"), r.get("value_high")
        if not all(isinstance(v, (int, float)) for v in (lo, hi)) or lo > hi:
            errs.append(f"{where}: bad values {lo},{hi}")
        if r.get("qualifier") not in QUALS:
            errs.append(f"{where}: bad qualifier")
        m = r.get("measure")
        if m not in MEASURES:
            errs.append(f"{where}: bad measure")
        if m == "change":
            d = r.get("direction")
            if d not in ("up", "down"):
                errs.append(f"{where}: change needs direction")
            elif kind != "ratio" and ((d == "down") != (hi < 0)):
                errs.append(f"{where}: direction {d} disagrees with sign of {lo},{hi}")
        elif "direction" in r:
            errs.append(f"{where}: direction only on changes")
        if "per" in r and r["per"] not in PERS:
            errs.append(f"{where}: unexpected per {r['per']}")
        con = r.get("concept")
        if not con or len(con.split()) > 6:
            errs.append(f"{where}: concept missing or longer than six words")
        if "time" in r or "time_start" in r or "time_end" in r:
            try:
                a, b = iso(r["time_start"]), iso(r["time_end"])
                if a > b:
                    errs.append(f"{where}: time_start after time_end")
            except Exception:  # noqa: BLE001
                errs.append(f"{where}: time needs time, time_start, time_end as ISO dates")
            if not r.get("time"):
                errs.append(f"{where}: empty time phrase")
            elif r["time"] not in text:
                errs.append(f"{where}: time phrase {r['time']!r} not in article")
        if "source" in r and not r["source"]:
            errs.append(f"{where}: empty source (omit the key instead)")
        if "optional" in r and r["optional"] is not True:
            errs.append(f"{where}: optional must be true")

    for doc, sp in spans.items():
        sp.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(sp, sp[1:]):
            if s2 < e1:
                errs.append(f"{doc}: overlapping spans at gold lines {n1} and {n2}")

    facts = [r for _, r in rows if not r.get("negative")]
    traps = [r for _, r in rows if r.get("negative")]
    per_doc = Counter(r["doc"] for r in facts)
    trap_doc = Counter(r["doc"] for r in traps)
    if verbose:
        for _, r in rows:
            t = texts.get(r["doc"], "")
            ctx = t[max(0, r["start"] - 30):r["end"] + 30].replace("\n", " ")
            print(r["doc"][:5], "NEG" if r.get("negative") else r["kind"], repr(r["surface"]), "|", ctx)
    print(f"articles: {len(texts)}")
    for d in sorted(texts):
        words = len(texts[d].split())
        print(f"  {d}: {per_doc[d]} facts, {trap_doc[d]} traps, {words} words")
    req = [r for r in facts if not r.get("optional")]
    print(f"fact rows: {len(facts)} (required {len(req)}, optional {len(facts) - len(req)})")
    print(f"trap rows: {len(traps)}")
    print(f"with source: {sum('source' in r for r in facts)}, without source: "
          f"{sum('source' not in r for r in facts)}")
    print(f"with time: {sum('time' in r for r in facts)}, with subject: {sum('subject' in r for r in facts)}")
    print("kinds:", dict(Counter(r["kind"] for r in facts)))
    print("measures:", dict(Counter(r["measure"] for r in facts)))
    print("qualifiers:", dict(Counter(r["qualifier"] for r in facts)))
    if errs:
        print(f"\n{len(errs)} ERROR(S):")
        for e in errs:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
