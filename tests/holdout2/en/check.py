#!/usr/bin/env python3
"""Sanity checks for tests/holdout2/en: offsets, JSON shape, overlap, stats.

Usage: python3 check.py   (exit status 1 on any error)
"""
import collections
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold.jsonl")

KINDS = {"percent", "mass", "money", "count", "duration", "index", "ratio",
         "energy", "power", "volume", "length", "area", "speed", "temperature",
         "data", "frequency", "pressure"}
FIXED_UNITS = {"percent": {"%", "pp"}, "mass": {"t"}, "index": {"point"}, "ratio": {"x"},
               "duration": {"second", "minute", "hour", "day", "week", "month", "year"},
               "energy": {"MWh"}, "power": {"MW"}, "volume": {"m3"}, "length": {"km"},
               "area": {"km2"}, "speed": {"km/h"}, "temperature": {"°C"}, "data": {"GB"},
               "frequency": {"Hz"}, "pressure": {"bar"}}
QUALS = {"exact", "approx", "more_than", "at_least", "less_than", "at_most", "up_to"}
MEASURES = {"level", "change", "prior"}
PERS = {"year", "t", "lb", "oz", "kg", "share", "month", "day", "barrel", "MMBtu", "kWh"}

errors = []


def err(msg):
    errors.append(msg)


def load_texts():
    texts = {}
    for fn in sorted(os.listdir(ART)):
        if not fn.endswith(".txt"):
            continue
        raw = open(os.path.join(ART, fn), "rb").read()
        if b"\r" in raw:
            err(f"{fn}: contains CR characters")
        t = raw.decode("utf-8")
        if t.startswith("\ufeff"):
            t = t[1:]
        texts[fn[:-4]] = t
    return texts


def iso(s):
    return datetime.date.fromisoformat(s)


def main():
    texts = load_texts()
    rows = []
    with open(GOLD, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"line {n}: bad JSON: {e}")

    spans = collections.defaultdict(list)
    for n, r in rows:
        where = f"line {n} ({r.get('doc')}:{r.get('surface')!r})"
        doc = r.get("doc")
        if doc not in texts:
            err(f"{where}: unknown doc")
            continue
        t = texts[doc]
        s, e = r.get("start"), r.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
            err(f"{where}: bad offsets {s}..{e}")
            continue
        if t[s:e] != r.get("surface"):
            err(f"{where}: text[{s}:{e}]={t[s:e]!r} != surface")
        spans[doc].append((s, e, n))
        if r.get("negative"):
            if not r.get("why"):
                err(f"{where}: negative row without why")
            extra = set(r) - {"doc", "surface", "start", "end", "negative", "why"}
            if extra:
                err(f"{where}: negative row has fact fields {sorted(extra)}")
            continue
        kind, unit = r.get("kind"), r.get("unit")
        if kind not in KINDS:
            err(f"{where}: bad kind {kind}")
        if kind in FIXED_UNITS and unit not in FIXED_UNITS[kind]:
            err(f"{where}: unit {unit} not canonical for {kind}")
        if kind == "money" and not (isinstance(unit, str) and len(unit) == 3 and unit.isupper()):
            err(f"{where}: money unit {unit} is not an ISO code")
        if kind == "count" and not (isinstance(unit, str) and unit == unit.lower() and unit):
            err(f"{where}: count unit must be a lower-case noun")
        lo, hi = r.get("value_low"), r.get("value_high")
        if not all(isinstance(v, (int, float)) for v in (lo, hi)):
            err(f"{where}: values not numeric")
        elif lo > hi:
            err(f"{where}: value_low > value_high")
        if r.get("qualifier") not in QUALS:
            err(f"{where}: bad qualifier")
        m = r.get("measure")
        if m not in MEASURES:
            err(f"{where}: bad measure")
        dirn = r.get("direction")
        if m == "change":
            if dirn not in ("up", "down"):
                err(f"{where}: change without direction")
            elif dirn == "down" and not (lo < 0 and hi < 0):
                err(f"{where}: down change must be negative")
            elif dirn == "up" and not lo > 0:
                err(f"{where}: up change must be positive")
        elif dirn is not None:
            err(f"{where}: direction on non-change")
        if "per" in r and r["per"] not in PERS:
            err(f"{where}: unusual per {r['per']}")
        ctx = r.get("context")
        if not isinstance(ctx, dict):
            err(f"{where}: missing context")
            continue
        c = ctx.get("concept")
        if not c or len(c.split()) > 6:
            err(f"{where}: concept missing or longer than six words")
        for k in ("subject", "source", "time"):
            if k in ctx and not ctx[k]:
                err(f"{where}: empty {k} (omit the key instead)")
        has_t = [k in ctx for k in ("time", "time_start", "time_end")]
        if any(has_t) and not all(has_t):
            err(f"{where}: time, time_start, time_end must come together")
        if all(has_t):
            if ctx["time"] not in t:
                err(f"{where}: time phrase {ctx['time']!r} not in text")
            try:
                if iso(ctx["time_start"]) > iso(ctx["time_end"]):
                    err(f"{where}: time_start after time_end")
            except ValueError:
                err(f"{where}: bad ISO date")
        if "source" in ctx and ctx["source"] not in t and ctx["source"] not in KNOWN_ALIASES:
            err(f"{where}: source {ctx['source']!r} neither in text nor a known alias")

    for doc, sp in spans.items():
        sp.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(sp, sp[1:]):
            if s2 < e1:
                err(f"{doc}: spans overlap (lines {n1} and {n2})")
    for doc in texts:
        if doc not in spans:
            err(f"{doc}: no gold rows")

    # stats
    per_doc = collections.Counter()
    stat = collections.Counter()
    for _, r in rows:
        if r.get("negative"):
            stat["trap"] += 1
            continue
        if r.get("optional"):
            stat["optional"] += 1
            continue
        per_doc[r["doc"]] += 1
        stat["fact"] += 1
        stat["with_source" if "source" in r["context"] else "without_source"] += 1
        stat["with_time" if "time" in r["context"] else "without_time"] += 1
        stat["with_subject" if "subject" in r["context"] else "without_subject"] += 1
        stat["kind:" + r["kind"]] += 1
        stat["measure:" + r["measure"]] += 1
    print(f"articles: {len(texts)}")
    for doc in sorted(texts):
        print(f"  {doc}: {per_doc[doc]} facts")
    for k in sorted(stat):
        print(f"{k}: {stat[k]}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


# canonical source names whose wording differs from the article text
KNOWN_ALIASES = {"China's customs", "USGS", "IEA", "LME", "China's Ministry of Commerce",
                 "Indonesia's energy ministry", "Indonesia's Ministry of Finance",
                 "Central Bank of Congo", "Zimbabwe's Ministry of Mines",
                 "Lynx", "Nordvik", "Caldera", "Halvard", "Corvina", "SMRA"}

if __name__ == "__main__":
    sys.exit(main())
