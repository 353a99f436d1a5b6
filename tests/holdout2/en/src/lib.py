"""Tiny annotation helper for the holdout2/en gold.

Articles are written with [[...]] around every annotated span (facts, traps,
optional rows). Rows are listed in the same order as the markers; the builder
strips the markers, computes code-point offsets and checks that each row's
surface equals the marked text.
"""
import calendar
import datetime as _dt
import re

KEEP = object()


def month(y, m):
    return (f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def quarter(y, q):
    s, _ = month(y, 3 * q - 2)
    _, e = month(y, 3 * q)
    return (s, e)


def year(y):
    return (f"{y:04d}-01-01", f"{y:04d}-12-31")


def day(s):
    return (s, s)


def span(a, b):
    return (a, b)


def T(phrase, se):
    """time tuple: phrase as written + (start, end)."""
    return (phrase, se[0], se[1])


class Doc:
    def __init__(self, name, marked):
        self.name = name
        self.marked = marked
        self.rows = []
        self._subj = None
        self._time = None
        self._src = None

    # passage context: every call resets all three
    def p(self, subj=None, time=None, src=None):
        self._subj, self._time, self._src = subj, time, src

    def f(self, s, kind, v, unit, hi=None, q="exact", m="level", d=None, per=None,
          c=None, subj=KEEP, time=KEEP, src=KEEP, opt=False):
        assert c, (self.name, s, "concept missing")
        assert len(c.split()) <= 6, (self.name, c)
        if m == "change":
            assert d in ("up", "down"), (self.name, s)
            if d == "down":
                assert v < 0 and (hi is None or hi < 0), (self.name, s)
            else:
                assert v > 0, (self.name, s)
        else:
            assert d is None, (self.name, s)
        subj = self._subj if subj is KEEP else subj
        time = self._time if time is KEEP else time
        src = self._src if src is KEEP else src
        ctx = {}
        if subj:
            ctx["subject"] = subj
        ctx["concept"] = c
        if time:
            ctx["time"], ctx["time_start"], ctx["time_end"] = time
        if src:
            ctx["source"] = src
        row = {
            "surface": s, "kind": kind,
            "value_low": v, "value_high": v if hi is None else hi,
            "unit": unit, "qualifier": q, "measure": m,
        }
        if d:
            row["direction"] = d
        if per:
            row["per"] = per
        row["context"] = ctx
        if opt:
            row["optional"] = True
        self.rows.append(row)

    def t(self, s, why):
        self.rows.append({"surface": s, "negative": True, "why": why})

    # build
    def build(self):
        out, rows, pos = [], [], 0
        text = ""
        marks = []
        i = 0
        src = self.marked
        while True:
            a = src.find("[[", i)
            if a < 0:
                text += src[i:]
                break
            b = src.find("]]", a)
            assert b > 0
            text += src[i:a]
            start = len(text)
            inner = src[a + 2:b]
            assert "[[" not in inner
            text += inner
            marks.append((start, start + len(inner), inner))
            i = b + 2
        assert len(marks) == len(self.rows), (self.name, len(marks), len(self.rows),
                                              [m[2] for m in marks][:60],
                                              [r["surface"] for r in self.rows][:60])
        for (st, en, inner), r in zip(marks, self.rows):
            assert inner == r["surface"], (self.name, inner, r["surface"])
            row = {"doc": self.name, "surface": r["surface"], "start": st, "end": en}
            row.update({k: v for k, v in r.items() if k != "surface"})
            t = row.get("context", {}).get("time")
            if t:
                assert t in text, (self.name, "time phrase not in text", t)
            rows.append(row)
        return text, rows
