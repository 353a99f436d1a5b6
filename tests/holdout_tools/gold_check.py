"""The checks the blind holdouts share (tests/holdout3, holdout4 and holdout6 to
holdout10): offsets, JSON shape, overlaps, coverage, statistics.

One gold file for both languages; every fact row carries all fields (`direction`, `per`
and every context key are present, null when not applicable); every digit in an article is
covered by a fact or trap row; no two spans overlap; surface == text[start:end]; ISO dates
on every time; change values signed. What differs between sets (word range, articles per
language, source aliases, the layout of their tables or their absence, facts per article)
each set's check.py passes to `run`.
"""
import collections
import datetime
import json
import os
import re

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
PERS = {None, "year", "t", "lb", "oz", "kg", "share", "month", "day", "barrel", "MMBtu", "kWh"}
FACT_KEYS = {"doc", "surface", "start", "end", "kind", "value_low", "value_high", "unit",
             "qualifier", "measure", "direction", "per", "context"}
CTX_KEYS = {"subject", "concept", "time", "time_start", "time_end", "source"}
NEG_KEYS = {"doc", "surface", "start", "end", "negative", "why"}

errors = []


def err(msg):
    errors.append(msg)


def load_texts(art, words_range):
    lo, hi = words_range
    texts = {}
    for fn in sorted(os.listdir(art)):
        if not fn.endswith(".txt"):
            continue
        raw = open(os.path.join(art, fn), "rb").read()
        if b"\r" in raw:
            err(f"{fn}: contains CR characters")
        t = raw.decode("utf-8")
        if t.startswith("\ufeff"):
            t = t[1:]
        if not re.match(r"^(en|sv)_\d\d_[a-z0-9_]+\.txt$", fn):
            err(f"{fn}: file name does not follow en_NN_slug.txt / sv_NN_slug.txt")
        words = len(t.split())
        if not lo <= words <= hi:
            err(f"{fn}: {words} words, outside {lo}-{hi}")
        lines = t.split("\n")
        if len(lines) < 3 or not re.search(r"\d", lines[1]):
            err(f"{fn}: second line should be a date line")
        texts[fn[:-4]] = t
    return texts


def check_languages(texts, per_lang):
    langs = collections.Counter(d[:2] for d in texts)
    want = {"en": per_lang, "sv": per_lang}
    if langs != want:
        err(f"expected {per_lang} en + {per_lang} sv articles, got {dict(langs)}")


def iso(s):
    return datetime.date.fromisoformat(s)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_fact(r, t, where, aliases):
    keys = set(r)
    missing = FACT_KEYS - keys
    extra = keys - FACT_KEYS - {"optional"}
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
        return
    if extra:
        err(f"{where}: unexpected keys {sorted(extra)}")
    if "optional" in r and r["optional"] is not True:
        err(f"{where}: optional must be true when present")
    kind, unit = r["kind"], r["unit"]
    if kind not in KINDS:
        err(f"{where}: bad kind {kind}")
    if kind in FIXED_UNITS and unit not in FIXED_UNITS[kind]:
        err(f"{where}: unit {unit} not canonical for {kind}")
    if kind == "money" and not (isinstance(unit, str) and len(unit) == 3 and unit.isupper()):
        err(f"{where}: money unit {unit} is not an ISO code")
    if kind == "count" and not (isinstance(unit, str) and unit and unit == unit.lower()):
        err(f"{where}: count unit must be a lower-case noun")
    lo, hi = r["value_low"], r["value_high"]
    if not (is_num(lo) and is_num(hi)):
        err(f"{where}: values not numeric")
        return
    if lo > hi:
        err(f"{where}: value_low > value_high")
    if r["qualifier"] not in QUALS:
        err(f"{where}: bad qualifier {r['qualifier']}")
    m, dirn = r["measure"], r["direction"]
    if m not in MEASURES:
        err(f"{where}: bad measure {m}")
    if m == "change":
        if dirn not in ("up", "down"):
            err(f"{where}: change without direction")
        elif dirn == "down" and not (lo < 0 and hi < 0):
            err(f"{where}: down change must be negative")
        elif dirn == "up" and not lo > 0:
            err(f"{where}: up change must be positive")
    elif dirn is not None:
        err(f"{where}: direction on non-change")
    if r["per"] not in PERS:
        err(f"{where}: unusual per {r['per']}")
    ctx = r["context"]
    if not isinstance(ctx, dict) or set(ctx) != CTX_KEYS:
        err(f"{where}: context must have exactly {sorted(CTX_KEYS)}")
        return
    c = ctx["concept"]
    if not isinstance(c, str) or not c or len(c.split()) > 6:
        err(f"{where}: concept missing or longer than six words")
    elif c != c.strip() or "," in c:
        err(f"{where}: concept should be one noun phrase, not a list")
    for k in ("subject", "source", "time"):
        if ctx[k] is not None and (not isinstance(ctx[k], str) or not ctx[k].strip()):
            err(f"{where}: {k} must be a non-empty string or null")
    tt = [ctx[k] is not None for k in ("time", "time_start", "time_end")]
    if any(tt) and not all(tt):
        err(f"{where}: time, time_start, time_end must be all set or all null")
    if all(tt):
        if ctx["time"] not in t:
            err(f"{where}: time phrase {ctx['time']!r} not in text")
        try:
            if iso(ctx["time_start"]) > iso(ctx["time_end"]):
                err(f"{where}: time_start after time_end")
        except (ValueError, TypeError):
            err(f"{where}: bad ISO date")
    src = ctx["source"]
    if src is not None and src not in t and src not in aliases:
        err(f"{where}: source {src!r} neither in text nor a known alias")


def load_gold(here):
    """The rows of the set's gold.jsonl in folder `here`, for a set's own layout check."""
    with open(os.path.join(here, "gold.jsonl"), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run(here, *, words, per_lang, aliases, layout, min_facts=None):
    """Checks the set in folder `here`: articles of `words` (low, high) words, `per_lang`
    articles in each language, sources written in the text or among `aliases`, the set's
    own `layout(texts, err)` check, and at least `min_facts` facts per article when given.
    Prints the set's statistics; returns the exit status (1 on any error)."""
    texts = load_texts(os.path.join(here, "articles"), words)
    check_languages(texts, per_lang)
    layout(texts, err)
    rows = []
    with open(os.path.join(here, "gold.jsonl"), encoding="utf-8") as fh:
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
            if r.get("negative") is not True or not r.get("why"):
                err(f"{where}: negative row needs negative: true and a why")
            extra = set(r) - NEG_KEYS
            if extra:
                err(f"{where}: negative row has fact fields {sorted(extra)}")
            continue
        check_fact(r, t, where, aliases)

    for doc, sp in spans.items():
        sp.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(sp, sp[1:]):
            if s2 < e1:
                err(f"{doc}: spans overlap (lines {n1} and {n2})")
    for doc, t in texts.items():
        if doc not in spans:
            err(f"{doc}: no gold rows")
            continue
        cov = [False] * len(t)
        for s, e, _ in spans[doc]:
            for i in range(s, e):
                cov[i] = True
        for m in re.finditer(r"\d+", t):
            if not all(cov[m.start():m.end()]):
                err(f"{doc}: digits {m.group()!r} at {m.start()} covered by no fact or trap row")

    # stats
    per_doc = collections.Counter()
    stat = collections.Counter()
    for _, r in rows:
        if r.get("negative"):
            stat["trap"] += 1
            per_doc[(r["doc"], "trap")] += 1
            continue
        if r.get("optional"):
            stat["optional"] += 1
            per_doc[(r["doc"], "optional")] += 1
            continue
        per_doc[(r["doc"], "fact")] += 1
        stat["fact"] += 1
        ctx = r.get("context") or {}
        for k in ("source", "time", "subject"):
            stat[("with_" if ctx.get(k) else "without_") + k] += 1
        stat["kind:" + str(r.get("kind"))] += 1
        stat["measure:" + str(r.get("measure"))] += 1
        stat["qualifier:" + str(r.get("qualifier"))] += 1
    for doc in sorted(texts):
        if min_facts is not None and per_doc[(doc, "fact")] < min_facts:
            err(f"{doc}: only {per_doc[(doc, 'fact')]} facts, fewer than {min_facts}")
    print(f"articles: {len(texts)}")
    for doc in sorted(texts):
        print(f"  {doc}: {per_doc[(doc, 'fact')]} facts, {per_doc[(doc, 'optional')]} optional, "
              f"{per_doc[(doc, 'trap')]} traps, {len(texts[doc].split())} words")
    for k in sorted(stat):
        print(f"{k}: {stat[k]}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0
