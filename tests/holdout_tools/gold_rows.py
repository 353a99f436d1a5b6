"""The row helpers the blind holdouts' annotations share (tests/holdout4, holdout6 to
holdout10): F(...) is a fact row, N(...) a trap row, in text order per document; doc(name)
starts a document; ctx(...) sets the running context (subject, time, source) that later rows
inherit, a keyword on a single F(...) overriding it for that row; T(phrase, start, end) is a
time phrase as written with the ISO period it names. direction is derived from the sign of a
change. Each set's build/annotations.py imports these and fills DOCS.
"""
DOCS = {}
_rows = None
_ctx = {}


def doc(name):
    global _rows
    _rows = DOCS.setdefault(name, [])
    _ctx.clear()
    _ctx.update(subject=None, time=None, source=None)


def ctx(**kw):
    _ctx.update(kw)


def T(phrase, start, end=None):
    return (phrase, start, end or start)


def F(surface, kind, lo, unit, hi=None, q="exact", m="level", per=None, concept=None,
      pre=None, opt=False, **over):
    assert concept, surface
    c = dict(_ctx)
    c.update(over)
    t = c["time"]
    hi = lo if hi is None else hi
    d = None
    if m == "change":
        d = "up" if lo > 0 else "down"
    row = {"surface": surface, "kind": kind, "value_low": lo, "value_high": hi, "unit": unit,
           "qualifier": q, "measure": m, "direction": d, "per": per,
           "context": {"subject": c["subject"], "concept": concept,
                       "time": t[0] if t else None,
                       "time_start": t[1] if t else None,
                       "time_end": t[2] if t else None,
                       "source": c["source"]}}
    if opt:
        row["optional"] = True
    if pre:
        row["_pre"] = pre
    _rows.append(row)


def N(surface, why, pre=None):
    row = {"surface": surface, "negative": True, "why": why}
    if pre:
        row["_pre"] = pre
    _rows.append(row)
