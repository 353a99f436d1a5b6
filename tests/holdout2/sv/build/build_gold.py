#!/usr/bin/env python3
"""Build articles/*.txt and gold.jsonl for the Swedish holdout2 set.

raw/*.src hold the article text with two placeholders:
  "~"  -> U+00A0 NO-BREAK SPACE (thousands grouping)
  "^"  -> U+2009 THIN SPACE (thousands grouping)
The annotation rows below are listed in document order; each surface (same
placeholders) is searched for from the end of the previous row, optionally
inside an anchoring `at` string, so offsets are computed, never typed.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RAW = os.path.join(HERE, "raw")
OUT_ART = os.path.join(ROOT, "articles")
OUT_GOLD = os.path.join(ROOT, "gold.jsonl")


def unph(s):
    return s.replace("~", "\u00a0").replace("^", "\u2009")


DOCS = []          # list of (name, date, rows)
_cur = None


def doc(name, date):
    global _cur
    _cur = (name, date, [])
    DOCS.append(_cur)


def T(phrase, start, end):
    return (phrase, start, end)


def F(surface, kind, unit, v, q="exact", m="level", per=None, subj=None,
      con=None, t=None, src=None, opt=False, at=None):
    lo, hi = (v if isinstance(v, tuple) else (v, v))
    r = dict(surface=surface, kind=kind, value_low=float(lo),
             value_high=float(hi), unit=unit, qualifier=q, measure=m)
    if m == "change":
        r["direction"] = "down" if (lo < 0 or hi < 0) else "up"
    if per:
        r["per"] = per
    if subj:
        r["subject"] = subj
    if con:
        r["concept"] = con
    if t:
        r["time"], r["time_start"], r["time_end"] = t
    if src:
        r["source"] = src
    if opt:
        r["optional"] = True
    _cur[2].append((r, at))


def N(surface, why, at=None):
    _cur[2].append((dict(surface=surface, negative=True, why=why), at))


def pct(s, v, **k): F(s, "percent", "%", v, **k)
def pp(s, v, **k): F(s, "percent", "pp", v, **k)
def ton(s, v, **k): F(s, "mass", "t", v, **k)
def sek(s, v, **k): F(s, "money", "SEK", v, **k)
def usd(s, v, **k): F(s, "money", "USD", v, **k)
def eur(s, v, **k): F(s, "money", "EUR", v, **k)
def cny(s, v, **k): F(s, "money", "CNY", v, **k)
def cnt(s, v, noun, **k): F(s, "count", noun, v, **k)
def dur(s, v, unit, **k): F(s, "duration", unit, v, **k)
def idx(s, v, **k): F(s, "index", "point", v, **k)
def ratio(s, v, **k): F(s, "ratio", "x", v, **k)


CH = dict(m="change")
LOD = "line of page chrome"

# ---------------------------------------------------------------- 01
doc("sv_01_kina_exportkontroll", "2026-01-21")
N("2026-01-21 08:15", "document date/time line")
N("21 jan 2026 kl 08:15", "byline timestamp")
N("09:02", "byline update time")
N("3 minuter", "reading-time widget", at="Lästid: 3 minuter")
N("214", "share counter", at="(214)")
N("37", "comment counter", at="(37)")
DEC = T("i december", "2025-12-01", "2025-12-31")
CUS = "China's customs"
pct("18,4 procent", -18.4, m="change", subj="China", con="rare earth exports", t=DEC, src=CUS)
ton("3~962 ton", 3962, subj="China", con="rare earth exports", t=DEC, src=CUS)
N("2025", "year inside a time phrase", at="helåret 2025")
FY25 = T("Under helåret 2025", "2025-01-01", "2025-12-31")
ton("55~431 ton", 55431, subj="China", con="rare earth exports", t=FY25, src=CUS)
pct("3,2 procent", -3.2, m="change", subj="China", con="rare earth exports", t=FY25, src=CUS)
cnt("sju medeltunga och tunga sällsynta jordartsmetaller", 7, "rare earth element", subj="China",
    con="rare earths under export licensing", t=T("i april förra året", "2025-04-01", "2025-04-30"))
cnt("ytterligare fem ämnen", 5, "element", m="change", subj="China",
    con="elements added to export controls", t=T("i oktober", "2025-10-01", "2025-10-31"))
pct("27 procent", -27, m="change", subj="China", con="magnet exports to the United States", t=DEC, src=CUS)
ton("412 ton", 412, subj="China", con="magnet exports to the United States", t=DEC, src=CUS)
pct("6,1 procent", 6.1, m="change", subj="China", con="magnet exports to Japan", t=DEC, src=CUS)
ton("1~045 ton", 1045, subj="China", con="magnet exports to Japan", t=DEC, src=CUS)
ton("knappt 5~300 ton", 5300, q="approx", subj="China", con="total magnet exports",
    t=T("under månaden", "2025-12-01", "2025-12-31"), src=CUS)
cnt("drygt 1~200 licensansökningar", 1200, "licence application", q="approx", subj="China",
    con="approved export licence applications",
    t=T("sedan systemet infördes", "2025-04-01", "2026-01-21"), src="Li Wenhua")
pct("cirka 70 procent", 70, q="approx", subj="China", con="share of global rare earth mining", src="IEA")
pct("närmare 90 procent", 90, q="approx", subj="China", con="share of global rare earth refining", src="IEA")
pct("upp till 50 procent", 50, q="up_to", m="change", con="magnet metal demand",
    t=T("till 2030", "2026-01-21", "2030-12-31"), src="IEA")
N("2030", "year inside a time phrase", at="till 2030")
Y24 = T("under 2024", "2024-01-01", "2024-12-31")
pct("över hälften", 50, q="more_than", subj="Inner Mongolia", con="share of China's mining quota",
    t=Y24, opt=True)
ton("270~000 ton", 270000, subj="China", con="rare earth mining quota", t=Y24)
N("2024", "year inside a time phrase", at="under 2024")
dur("två till tre månader", (2, 3), "month", subj="European industry",
    con="rare earth inventory coverage", src="European industrial companies")
dur("ungefär sex veckor", 6, "week", q="approx", subj="Bergmagnet", con="secured supply coverage",
    src="Bergmagnet")
dur("upp till 45 dagar", 45, "day", q="up_to", subj="Bergmagnet", con="licence waiting time",
    src="Jonas Engström")
usd("850 dollar per kilo", 850, per="kg", subj="Europe", con="dysprosium oxide price", src="Metallindex")
usd("omkring 230 dollar", 230, q="approx", per="kg", subj="China", con="dysprosium oxide price",
    src="Metallindex")
ratio("mer än tre gånger", 3, q="more_than", con="Europe-China dysprosium price gap", src="Metallindex")

# ---------------------------------------------------------------- 02
doc("sv_02_sgu_gruvstatistik", "2026-03-03")
N("2026-03-03 10:40", "document date/time line")
N("3 mars 2026, 10:40", "byline timestamp")
N("3 minuter", "reading-time widget", at="Lästid: 3 minuter")
N("124", "share counter", at="124 delningar")
N("9", "comment counter", at="9 kommentarer")
Y25 = T("under 2025", "2025-01-01", "2025-12-31")
ton("93,6 miljoner ton", 93.6e6, subj="Sweden", con="iron ore production", t=Y25, src="SGU")
N("2025", "year inside a time phrase", at="under 2025")
pct("4,1 procent", 4.1, m="change", subj="Sweden", con="iron ore production", t=Y25, src="SGU")
pct("närmare 90 procent", 90, q="approx", subj="Norrbotten", con="share of mined iron ore", t=Y25, src="SGU")
cnt("tolv", 12, "mine", subj="Norrbotten", con="active metal mines", src="SGU", at="tolv av")
cnt("tjugo aktiva metallgruvor", 20, "mine", subj="Sweden", con="active metal mines", src="SGU")
pct("2,8 procent", -2.8, m="change", subj="Sweden", con="copper concentrate production", t=Y25, src="SGU")
ton("98~400 ton", 98400, subj="Sweden", con="copper concentrate production", t=Y25, src="SGU")
ton("cirka 262~000 ton", 262000, q="approx", subj="Sweden", con="zinc production", t=Y25, src="SGU")
sek("1,12 miljarder kronor", 1.12e9, subj="Sweden", con="exploration spending", t=Y25, src="Maria Lindqvist")
sek("1,46 miljarder kronor", 1.46e9, m="prior", subj="Sweden", con="exploration spending",
    t=T("året innan", "2024-01-01", "2024-12-31"), src="Maria Lindqvist")
pct("23 procent", -23, m="change", subj="Sweden", con="exploration spending", t=Y25, src="Maria Lindqvist")
cnt("318 nya undersökningstillstånd", 318, "exploration permit", subj="Bergsstaten",
    con="exploration permits granted", t=T("förra året", "2025-01-01", "2025-12-31"), src="Bergsstaten")
cnt("402", 402, "exploration permit", m="prior", subj="Bergsstaten", con="exploration permits granted",
    t=T("under 2024", "2024-01-01", "2024-12-31"), src="Bergsstaten", at="med 402 under")
N("2024", "year inside a time phrase", at="under 2024")
dur("sju år", 7, "year", subj="Bergsstaten", con="period since permits this low", src="Bergsstaten")
cnt("Fyra ansökningar om bearbetningskoncession", 4, "application", subj="Bergsstaten",
    con="mining concession applications", t=T("under året", "2025-01-01", "2025-12-31"))
cnt("omkring 7~900 personer", 7900, "person", q="approx", subj="Sweden", con="direct mining employment",
    t=T("vid årsskiftet", "2025-12-31", "2026-01-01"), src="SGU")
ton("11,2 miljoner ton", 11.2e6, subj="Kalixmalm", con="pellets and fines deliveries", t=Y25)
N("2025", "year inside a time phrase", at="fines under 2025")
N("12 mars", "calendar date", at="den 12 mars")
pct("drygt 8 procent", -8, q="approx", m="change", subj="China", con="iron ore price",
    t=T("sedan årsskiftet", "2026-01-01", "2026-03-03"))
usd("cirka 101 dollar per ton", 101, q="approx", per="t", subj="China", con="iron ore price",
    t=T("nu", "2026-03-03", "2026-03-03"))
pct("15–20 procent", (15, 20), m="change", con="high-grade iron ore demand",
    t=T("till 2035", "2026-03-03", "2035-12-31"), src="SGU")
N("2035", "year inside a time phrase", at="till 2035")

# ---------------------------------------------------------------- 03
doc("sv_03_eu_chile_avtal", "2025-12-09")
N("2025-12-09 14:05", "document date/time line")
N("9 december 2025 14:05", "byline timestamp")
N("3 minuter", "reading-time widget", at="Lästid: 3 minuter")
N("58", "share counter", at="Dela: 58")
N("4", "comment counter", at="(4)")
EC = "European Commission"
eur("upp till 1,5 miljarder euro", 1.5e9, q="up_to", subj="EU", con="funding for Chilean mining projects",
    t=T("fram till 2030", "2025-12-09", "2030-12-31"), src=EC)
N("2030", "year inside a time phrase", at="fram till 2030")
dur("tio år", 10, "year", subj="EU", con="EU-Chile agreement term")
dur("fem år", 5, "year", subj="EU", con="agreement extension period")
pct("omkring 24 procent", 24, q="approx", subj="Chile", con="share of global lithium production", src=EC)
ton("cirka 5,3 miljoner ton", 5.3e6, q="approx", subj="Chile", con="copper production",
    t=T("förra året", "2024-01-01", "2024-12-31"), src=EC)
ton("9,3 miljoner ton", 9.3e6, subj="Chile", con="known lithium reserves")
cnt("tolv pågående projekt", 12, "project", subj="Chile", con="ongoing projects open to EU firms", src="TT")
CRMA = "EU Critical Raw Materials Act"
T30 = T("till 2030", "2025-12-09", "2030-12-31")
pct("minst 10 procent", 10, q="at_least", subj="EU", con="domestic extraction target share", t=T30, src=CRMA)
pct("minst 40 procent", 40, q="at_least", subj="EU", con="domestic processing target share", t=T30, src=CRMA)
N("2030", "year inside a time phrase", at="här till 2030")
pct("högst 65 procent", 65, q="at_most", subj="EU", con="maximum single-country supply share", t=T30, src=CRMA)
TODAY = T("I dag", "2025-12-09", "2025-12-09")
pct("nästan 100 procent", 100, q="approx", subj="EU", con="rare earth import dependence", t=TODAY)
pct("omkring 79 procent", 79, q="approx", subj="EU", con="lithium import dependence", t=TODAY)
dur("tio till femton år", (10, 15), "year", subj="Sweden", con="permitting process duration",
    t=T("dagens", "2025-12-09", "2025-12-09"), src="Erik Sandström")
dur("högst två år", 2, "year", q="at_most", subj="Sweden", con="target permitting process duration",
    src="Erik Sandström")
sek("350 miljoner kronor", 3.5e8, subj="Sweden", con="funding for Bergsstaten and counties",
    t=T("under 2026", "2026-01-01", "2026-12-31"), src="Erik Sandström")
N("2026", "year inside a time phrase", at="under 2026")
T40 = T("till 2040", "2025-12-09", "2040-12-31")
ratio("nästan femfaldigt", 5, q="approx", m="change", con="global lithium demand", t=T40, src="IEA")
N("2040", "year inside a time phrase", at="till 2040")
pct("cirka 30 procent", 30, q="approx", m="change", con="global copper demand", t=T40, src="IEA")
usd("minst 800 miljarder dollar", 800e9, q="at_least", con="required investment in new mines",
    t=T("under perioden", "2025-12-09", "2040-12-31"), src="IEA")
cnt("47 strategiska projekt", 47, "project", subj=EC, con="strategic projects designated in EU")
cnt("tre", 3, "project", subj="Sweden", con="strategic projects in Sweden", at="varav tre i Sverige")

# ---------------------------------------------------------------- 04
doc("sv_04_grafit_tullar", "2026-02-03")
N("2026-02-03 07:30", "document date/time line")
N("3 februari 2026 07:30", "byline timestamp")
N("3 minuter", "reading-time widget", at="Lästid: 3 minuter")
N("41", "like counter", at="Gilla 41")
N("17", "share counter", at="Dela 17")
N("6", "comment counter", at="6 kommentarer")
pct("93,5 procent", 93.5, subj="United States", con="antidumping duty on graphite anodes", src="Reuters")
dur("fem år", 5, "year", subj="United States", con="duty validity period")
cnt("18 kinesiska tillverkare", 18, "manufacturer", subj="United States",
    con="Chinese manufacturers covered by duty")
NBI = "Nordic Battery Insight"
pct("25 procent", 25, subj="United States", con="existing tariffs on Chinese graphite", src=NBI)
pct("160 procent", 160, q="approx", subj="United States", con="total tariff burden on Chinese exporters",
    src=NBI)
Y24 = T("under 2024", "2024-01-01", "2024-12-31")
ton("cirka 1,6 miljoner ton", 1.6e6, q="approx", subj="China", con="natural graphite production", t=Y24, src="USGS")
N("2024", "year inside a time phrase", at="under 2024")
pct("omkring 77 procent", 77, q="approx", subj="China", con="share of global graphite production", t=Y24, src="USGS")
SAME = T("samma år", "2024-01-01", "2024-12-31")
usd("347 miljoner dollar", 347e6, subj="United States", con="graphite import value", t=SAME)
pct("nästan två tredjedelar", 200 / 3, q="approx", subj="United States",
    con="share of graphite imports from China", t=SAME, opt=True)
IDAG = T("i dag", "2026-02-03", "2026-02-03")
cnt("tre amerikanska kunder", 3, "customer", subj="Talgfors", con="US customers with letters of intent",
    t=IDAG, src="Annika Rönnberg")
ton("24~000 ton per år", 24000, per="year", subj="Talgfors", con="volume under letters of intent",
    t=IDAG, src="Annika Rönnberg")
ton("18~000 ton", 18000, per="year", subj="Talgfors", con="planned graphite concentrate production",
    t=T("under 2029", "2029-01-01", "2029-12-31"), src="Talgfors")
N("2029", "year inside a time phrase", at="under 2029")
sek("2,9 mdkr", 2.9e9, subj="Talgfors", con="investment cost", src="Talgfors")
pct("14,6 procent", 14.6, m="change", subj="Talgfors", con="share price",
    t=T("under måndagen", "2026-02-02", "2026-02-02"))
pct("över 70 procent", 70, q="more_than", subj="DR Congo", con="share of global cobalt mining", src="ARECOMS")
dur("tre månader", 3, "month", m="change", subj="DR Congo", con="cobalt export ban extension", src="ARECOMS")
ton("96~600 ton per år", 96600, per="year", subj="DR Congo", con="cobalt export quota", src="ARECOMS")
pct("mer än 60 procent", 60, q="more_than", m="change", subj="Europe", con="cobalt price")
usd("omkring 24,50 dollar per pund", 24.5, q="approx", per="lb", subj="Europe", con="cobalt price")
N("30 september", "calendar date (deadline)")
sek("12 miljoner kronor", 12e6, subj="Sweden", con="stockpile inquiry budget", src="Näringsdepartementet")
N("0920-45 67 80", "phone number")

# ---------------------------------------------------------------- 05
doc("sv_05_norrmalm_bokslut", "2026-02-12")
N("2026-02-12 07:00", "document date/time line")
N("12.02.2026 07:00", "byline timestamp")
N("3 minuter", "reading-time widget", at="Lästid: 3 minuter")
N("89", "share counter", at="Dela 89")
N("12", "comment counter", at="12 kommentarer")
NM = "Norrmalm"
Q4 = T("fjärde kvartalet 2025", "2025-10-01", "2025-12-31")
Q4P = T("motsvarande period föregående år", "2024-10-01", "2024-12-31")
sek("1~842", 1.842e9, subj=NM, con="operating profit", t=Q4, src=NM)
sek("(1~517) MSEK", 1.517e9, m="prior", subj=NM, con="operating profit", t=Q4P, src=NM)
N("2025", "year inside a time phrase", at="kvartalet 2025")
sek("6~310", 6.310e9, subj=NM, con="net sales", t=Q4, src=NM)
sek("(5~874) MSEK", 5.874e9, m="prior", subj=NM, con="net sales", t=Q4P, src=NM)
sek("4,12", 4.12, per="share", subj=NM, con="earnings per share", t=Q4)
sek("(3,36) kronor", 3.36, m="prior", per="share", subj=NM, con="earnings per share", t=Q4P)
sek("1~705 Mkr", 1.705e9, subj=NM, con="consensus operating profit forecast", t=Q4, src="Infront")
QTR = T("under kvartalet", "2025-10-01", "2025-12-31")
ton("4,9 miljoner ton", 4.9e6, subj=NM, con="iron ore product deliveries", t=QTR, src=NM)
pct("7 procent", 7, m="change", subj=NM, con="iron ore product deliveries", t=QTR, src=NM)
N("ett år", "part of a relative time phrase (för ett år sedan)", at="för ett år sedan")
pct("68 procent", 68, subj=NM, con="pellet share of deliveries", t=QTR)
pct("61 procent", 61, m="prior", subj=NM, con="pellet share of deliveries",
    t=T("samma period för ett år sedan", "2024-10-01", "2024-12-31"))
FY = T("För helåret 2025", "2025-01-01", "2025-12-31")
N("2025", "year inside a time phrase", at="helåret 2025")
sek("23~940 MSEK", 23.94e9, subj=NM, con="net sales", t=FY)
sek("22~115 MSEK", 22.115e9, m="prior", subj=NM, con="net sales", t=T("under 2024", "2024-01-01", "2024-12-31"))
N("2024", "year inside a time phrase", at="under 2024")
pp("2,4 procentenheter", 2.4, m="change", subj=NM, con="operating margin", t=FY)
pct("27,1 procent", 27.1, subj=NM, con="operating margin", t=FY)
sek("5,6 miljarder kronor", 5.6e9, subj=NM, con="operating cash flow", t=T("under året", "2025-01-01", "2025-12-31"))
YE = T("vid årets slut", "2025-12-31", "2025-12-31")
sek("3~120 Mkr", 3.12e9, subj=NM, con="net debt", t=YE)
sek("6,50 kronor per aktie", 6.5, per="share", subj=NM, con="proposed dividend", src=NM)
sek("5,00 kronor", 5.0, m="prior", per="share", subj=NM, con="dividend",
    t=T("för ett år sedan", "2025-02-12", "2025-02-12"), src=NM)
N("ett år", "part of a relative time phrase (för ett år sedan)", at="för ett år sedan")
pct("cirka 55 procent", 55, q="approx", subj=NM, con="dividend payout ratio", src=NM)
Y26 = T("För 2026", "2026-01-01", "2026-12-31")
N("2026", "year inside a time phrase", at="För 2026")
ton("18,5–19,5 miljoner ton", (18.5e6, 19.5e6), subj=NM, con="expected deliveries", t=Y26, src=NM)
sek("omkring 4 miljarder kronor", 4e9, q="approx", subj=NM, con="planned investments", t=Y26, src=NM)
cnt("2~412", 2412, "employee", subj=NM, con="employees", t=YE)
pct("5,3 procent", 5.3, m="change", subj=NM, con="share price",
    t=T("i inledande handel", "2026-02-12", "2026-02-12"))
N("klockan åtta", "time of day in newsletter widget")

# ---------------------------------------------------------------- 06
doc("sv_06_kopparfors_kv1", "2026-04-24")
N("2026-04-24 07:30", "document date/time line")
N("24 april 2026 kl. 07.30", "byline timestamp")
N("3 minuter", "reading-time widget", at="Lästid: 3 minuter")
N("33", "share counter", at="(33)")
N("2", "comment counter", at="(2)")
KF = "Kopparfors"
JM = T("januari–mars", "2026-01-01", "2026-03-31")
Q1P = T("första kvartalet 2025", "2025-01-01", "2025-03-31")
sek("214 Mkr", 2.14e8, subj=KF, con="operating profit", t=JM, src=KF)
sek("431 Mkr", 4.31e8, m="prior", subj=KF, con="operating profit",
    t=T("motsvarande kvartal i fjol", "2025-01-01", "2025-03-31"), src=KF)
pct("12 procent", -12, m="change", subj=KF, con="net sales", t=JM)
sek("1~486 Mkr", 1.486e9, subj=KF, con="net sales", t=JM)
sek("139", 1.39e8, subj=KF, con="net profit", t=JM, at="blev 139 (")
sek("(312) Mkr", 3.12e8, m="prior", subj=KF, con="net profit", t=Q1P)
sek("0,87", 0.87, per="share", subj=KF, con="earnings per share", t=JM)
sek("(1,95) kronor per aktie", 1.95, m="prior", per="share", subj=KF, con="earnings per share", t=Q1P)
N("2025", "year inside a time phrase", at="kvartalet 2025")
pct("0,41 procent", 0.41, subj=KF, con="copper ore grade", t=JM, src=KF)
pct("0,52 procent", 0.52, m="prior", subj=KF, con="copper ore grade", src=KF)
dur("elva dagar", 11, "day", subj=KF, con="planned maintenance stop",
    t=T("i februari", "2026-02-01", "2026-02-28"), src=KF)
QTR = T("under kvartalet", "2026-01-01", "2026-03-31")
ton("8^950 ton", 8950, subj=KF, con="copper in concentrate production", t=QTR, src=KF)
pct("4 procent", 4, m="change", subj=KF, con="zinc production", t=QTR, src=KF)
ton("21~300 ton", 21300, subj=KF, con="zinc production", t=QTR, src=KF)
ton("9~800 troy ounce", 9800 * 31.1035e-6, subj=KF, con="gold production", t=QTR)
ton("40~000–42~000 ton", (40000, 42000), subj=KF, con="full-year copper production guidance",
    t=T("för helåret", "2026-01-01", "2026-12-31"), src="Peter Lindgren")
pct("knappt 9 procent", 9, q="approx", m="change", subj="LME", con="copper price", t=QTR)
usd("9~870 dollar per ton", 9870, per="t", subj=KF, con="average realised copper price", t=QTR)
sek("312 kronor", 312, per="t", subj=KF, con="mining cost per tonne of ore", t=QTR, src=KF)
sek("284 kronor", 284, m="prior", per="t", subj=KF, con="mining cost per tonne of ore",
    t=T("för ett år sedan", "2025-01-01", "2025-03-31"), src=KF)
N("ett år", "part of a relative time phrase (för ett år sedan)", at="för ett år sedan")
sek("356 Mkr", 3.56e8, subj=KF, con="capital expenditure", t=QTR)
pct("ungefär hälften", 50, q="approx", subj=KF, con="capex share for concentrator expansion", t=QTR, opt=True)
PE = T("vid periodens slut", "2026-03-31", "2026-03-31")
sek("190 Mkr", 1.9e8, m="change", subj=KF, con="net debt", t=PE)
sek("2,1 miljarder kronor", 2.1e9, subj=KF, con="net debt", t=PE)
sek("3 mdkr", 3e9, subj=KF, con="credit facilities")
N("2029", "year (maturity)", at="till 2029")
sek("260 Mkr", 2.6e8, subj=KF, con="analyst operating profit forecast", t=JM, src="Sofia Håkansson")
FM = T("under förmiddagen", "2026-04-24", "2026-04-24")
pct("6,8 procent", -6.8, m="change", subj=KF, con="share price", t=FM)
sek("48,20 kronor", 48.2, per="share", subj=KF, con="share price", t=FM)

# ---------------------------------------------------------------- 07
doc("sv_07_vatterlitium_kv3", "2025-10-30")
VL = "Vätterlitium"
N("2025-10-30 08:00", "document date/time line")
sek("600 miljoner", 6e8, subj=VL, con="new share issue size", at="tar in 600 miljoner")
N("30 okt 2025 08:00", "byline timestamp")
N("3 minuter", "reading-time widget", at="Lästid: 3 minuter")
N("22", "share counter", at="Dela 22")
N("15", "comment counter", at="Kommentarer 15")
Q3 = T("tredje kvartalet 2025", "2025-07-01", "2025-09-30")
sek("−48,6 Mkr", -48.6e6, subj=VL, con="operating profit", t=Q3, src=VL)
N("2025", "year inside a time phrase", at="kvartalet 2025")
sek("−31,2 Mkr", -31.2e6, m="prior", subj=VL, con="operating profit",
    t=T("för ett år sedan", "2024-07-01", "2024-09-30"), src=VL)
N("ett år", "part of a relative time phrase (för ett år sedan)", at="för ett år sedan")
N("nio månaderna", "part of a time phrase (reporting period)")
M9 = T("Under de första nio månaderna", "2025-01-01", "2025-09-30")
sek("121 Mkr", 121e6, subj=VL, con="net loss", t=M9, src=VL)
sek("214 Mkr", 214e6, subj=VL, con="cash position", t=M9, src=VL)
sek("403 Mkr", 403e6, m="prior", subj=VL, con="cash position",
    t=T("vid årets början", "2025-01-01", "2025-01-01"), src=VL)
N("kv3", "quarter label inside a time phrase")
sek("−0,39 kronor", -0.39, per="share", subj=VL, con="earnings per share", t=T("kv3", "2025-07-01", "2025-09-30"))
sek("−0,26 kronor", -0.26, m="prior", per="share", subj=VL, con="earnings per share",
    t=T("motsvarande kvartal i fjol", "2024-07-01", "2024-09-30"))
sek("cirka 600 miljoner kronor", 6e8, q="approx", subj=VL, con="new share issue size")
pct("drygt 70 procent", 70, q="approx", subj=VL, con="guaranteed share of issue")
sek("7,40 kronor", 7.4, per="share", subj=VL, con="subscription price")
pct("22 procent", 22, subj=VL, con="discount to closing price")
N("2026", "year inside a time phrase", at="halvåret 2026")
ton("27~000 ton", 27000, per="year", subj=VL, con="planned lithium hydroxide production", src=VL)
dur("19 år", 19, "year", subj=VL, con="mine life", src=VL)
sek("5,8 miljarder kronor", 5.8e9, subj=VL, con="capital expenditure estimate")
sek("7,1 miljarder kronor", 7.1e9, subj=VL, con="after-tax net present value")
pct("8 procent", 8, subj=VL, con="discount rate")
pct("35 procent", 35, m="change", subj=VL, con="mineral resources", src=VL)
ton("31,4 miljoner ton", 31.4e6, subj=VL, con="mineral resources", src=VL)
pct("1,12 procent", 1.12, subj=VL, con="average lithium oxide grade", src=VL)
cny("kring 74~000 yuan per ton", 74000, q="approx", per="t", subj="China", con="lithium carbonate price",
    t=T("nu", "2025-10-30", "2025-10-30"))
pct("nästan 85 procent", -85, q="approx", m="change", subj="China", con="lithium carbonate price")
N("november 2022", "calendar date (earlier price peak)")
cnt("41 anställda", 41, "employee", subj=VL, con="employees")
cnt("ett tjugotal", 20, "employee", q="approx", m="change", subj=VL, con="planned new hires",
    t=T("under nästa år", "2026-01-01", "2026-12-31"), src=VL)
pct("38 procent", -38, m="change", subj=VL, con="share price",
    t=T("sedan årsskiftet", "2025-01-01", "2025-10-30"))

# ---------------------------------------------------------------- 08
doc("sv_08_lme_veckan", "2026-03-06")
N("2026-03-06 17:45", "document date/time line")
N("OMXS30", "index name with digits (ticker widget)", at="just nu: OMXS30")
N("2~741,18", "ticker widget")
N("+0,62 %", "ticker widget")
N("1~012,35", "ticker widget")
N("+0,41 %", "ticker widget")
N("3M", "contract code in ticker widget")
N("10~415", "ticker widget")
N("+0,3 %", "ticker widget")
N("6 mars 2026, 17:45", "byline timestamp")
N("3 minuter", "reading-time widget", at="Lästid: 3 minuter")
N("47", "share counter", at="Dela 47")
N("3", "comment counter", at="Kommentarer 3")
WK = T("under veckan", "2026-03-02", "2026-03-06")
pct("2,3 procent", 2.3, m="change", subj="LME", con="copper price", t=WK)
usd("10~415 dollar per ton", 10415, per="t", subj="LME", con="copper price",
    t=T("på fredagseftermiddagen", "2026-03-06", "2026-03-06"))
usd("10~560 dollar", 10560, per="t", subj="LME", con="copper price year high",
    t=T("I tisdags", "2026-03-03", "2026-03-03"))
ton("11~800 ton", -11800, m="change", subj="LME", con="copper inventories", t=WK, src="LME")
ton("142~350 ton", 142350, subj="LME", con="copper inventories", t=WK, src="LME")
usd("11~000 dollar", 11000, per="t", subj="LME", con="copper price forecast",
    t=T("under andra kvartalet", "2026-04-01", "2026-06-30"), src="Henrik Ståhl")
pct("3,7 procent", -3.7, m="change", subj="LME", con="nickel price", t=WK)
usd("15~820 dollar per ton", 15820, per="t", subj="LME", con="nickel price", t=WK)
ton("300 miljoner ton", 300e6, subj="Indonesia", con="nickel ore production quota",
    t=T("i år", "2026-01-01", "2026-12-31"), src="Indonesia")
pct("1,1 procent", 1.1, m="change", subj="LME", con="nickel price",
    t=T("Förra veckan", "2026-02-23", "2026-03-01"))
usd("2~655 dollar per ton", 2655, per="t", subj="LME", con="aluminium price", t=WK)
pct("0,8 procent", 0.8, m="change", subj="LME", con="zinc price", t=WK)
usd("2~910 dollar", 2910, per="t", subj="LME", con="zinc price", t=WK)
usd("knappt 2 dollar", -2, q="approx", m="change", per="t", subj="Singapore Exchange", con="iron ore price", t=WK)
usd("99,80 dollar per ton", 99.8, per="t", subj="Singapore Exchange", con="iron ore price", t=WK)
pct("3,1 procent", 3.1, m="change", subj="Skelleftemetall", con="share price", t=WK)
pct("4,6 procent", 4.6, m="change", subj="Kopparfors", con="share price", t=WK)
FRI = T("fredagen", "2026-03-06", "2026-03-06")
pct("0,4 procent", 0.4, m="change", subj="Nasdaq Stockholm", con="OMXSPI index", t=FRI)
idx("1~012,35 punkter", 1012.35, subj="Nasdaq Stockholm", con="OMXSPI index", t=FRI)
idx("18,6 punkter", 18.6, m="change", subj="Nasdaq Stockholm", con="OMXSPI index",
    t=T("veckouppgång", "2026-03-02", "2026-03-06"))
N("OMXS30", "index name with digits", at="indexet OMXS30")
pct("0,6 procent", 0.6, m="change", subj="Nasdaq Stockholm", con="OMXS30 index", t=FRI)
pct("1,4 procent", 1.4, m="change", con="gold price", t=WK)
usd("2~915 dollar per uns", 2915, per="oz", con="gold price", t=WK)
pct("2,2 procent", 2.2, m="change", con="silver price", t=WK)
usd("32,40 dollar per uns", 32.4, per="oz", con="silver price", t=WK)

# ---------------------------------------------------------------- 09
doc("sv_09_borsen_gruvaktier", "2026-01-20")
N("2026-01-20 18:10", "document date/time line")
N("20 januari 2026 kl 18.10", "byline timestamp")
N("3 minuter", "reading-time widget", at="Lästid: 3 minuter")
N("61", "share counter", at="Dela 61")
N("8", "comment counter", at="8 kommentarer")
PBOC = "People's Bank of China"
pp("10 baspunkter", -0.1, m="change", subj=PBOC, con="lending rate")
pct("3,0 procent", 3.0, subj=PBOC, con="lending rate")
TUE = T("på tisdagen", "2026-01-20", "2026-01-20")
NS = "Nasdaq Stockholm"
pct("1,2 procent", 1.2, m="change", subj=NS, con="OMXSPI index", t=TUE)
idx("987,44 punkter", 987.44, subj=NS, con="OMXSPI index", t=TUE)
idx("11,7 punkter", 11.7, m="change", subj=NS, con="OMXSPI index", t=TUE)
pct("0,9 procent", -0.9, m="change", subj=NS, con="OMXSPI index",
    t=T("Under förra veckan", "2026-01-12", "2026-01-18"))
pct("6,1 procent", 6.1, m="change", subj="Norrmalm", con="share price", t=TUE)
sek("187,40 kronor", 187.4, per="share", subj="Norrmalm", con="share price", t=TUE)
pct("4,3 procent", 4.3, m="change", subj="Kopparfors", con="share price", t=TUE)
pct("3,8 procent", 3.8, m="change", subj="Skelleftemetall", con="share price", t=TUE)
sek("412 miljoner kronor", 412e6, subj="Norrmalm", con="share trading turnover", t=TUE)
ratio("nästan tre gånger", 3, q="approx", subj="Norrmalm", con="turnover relative to normal", t=TUE)
ratio("cirka 11", 11, q="approx", subj="Swedish mining sector", con="price-earnings ratio",
    src="Johanna Berglöf")
ratio("16", 16, subj=NS, con="price-earnings ratio", src="Johanna Berglöf", at="med 16 för")
DCE = "Dalian Commodity Exchange"
pct("2,9 procent", 2.9, m="change", subj=DCE, con="iron ore price", t=TUE, src="Bloomberg")
cny("812 yuan per ton", 812, per="t", subj=DCE, con="iron ore price", t=TUE, src="Bloomberg")
pct("1,5 procent", 1.5, m="change", subj="LME", con="copper price", t=TUE)
usd("9~705 dollar per ton", 9705, per="t", subj="LME", con="copper price", t=TUE)
pct("5,2 procent", -5.2, m="change", subj="Vätterlitium", con="share price", t=TUE)
N("fjärde", "ordinal (fourth day in a row)", at="för fjärde dagen")
pct("över 12 procent", -12, q="more_than", m="change", subj="Vätterlitium", con="share price",
    t=T("Sedan i fredags", "2026-01-16", "2026-01-20"))
pct("8,9 procent", 8.9, m="change", subj="Talgfors", con="share price", t=TUE)
ton("6~000 ton", 6000, per="year", subj="Talgfors", con="graphite supply agreement volume", src="Talgfors")
dur("fem år", 5, "year", subj="Talgfors", con="supply agreement term", src="Talgfors")
DAY = T("under dagen", "2026-01-20", "2026-01-20")
sek("21,3 miljarder kronor", 21.3e9, subj=NS, con="share trading turnover", t=DAY, src="Nasdaq")
cnt("243", 243, "company", subj=NS, con="main-list stocks that rose", t=DAY, at="steg 243")
cnt("98", 98, "company", subj=NS, con="main-list stocks that fell", t=DAY, at="98 föll")
N("1.", "rank in a most-read widget", at="\n1. Så")
N("2.", "rank in a most-read widget", at="\n2. Gruv")
N("3.", "rank in a most-read widget", at="\n3. Anal")
N("två minuter", "newsletter widget text", at="på två minuter")

# ---------------------------------------------------------------- 10
doc("sv_10_batterimetaller_veckan", "2025-11-14")
N("2025-11-14 16:30", "document date/time line")
N("14 november 2025, 16:30", "byline timestamp")
N("3 minuter", "reading-time widget", at="Lästid: 3 minuter")
N("36", "share counter", at="Dela 36")
N("5", "comment counter", at="Kommentarer 5")
WK = T("under veckan", "2025-11-10", "2025-11-14")
SMI = "Shanghai Metallinfo"
pct("6,4 procent", 6.4, m="change", subj="China", con="lithium carbonate price", t=WK, src=SMI)
cny("82~500 yuan per ton", 82500, per="t", subj="China", con="lithium carbonate price", t=WK, src=SMI)
pct("närmare 40 procent", 40, q="approx", m="change", subj="China", con="lithium carbonate price",
    t=T("sedan bottnen i juni", "2025-06-01", "2025-11-14"), src=SMI)
dur("minst tre månader", 3, "month", q="at_least", subj="Hunan Xinneng", con="mine production pause",
    src="Hunan Xinneng")
pct("omkring 3 procent", 3, q="approx", subj="Hunan Xinneng", con="mine's share of global lithium supply",
    t=T("förra året", "2024-01-01", "2024-12-31"))
usd("1~050 dollar per ton", 1050, per="t", con="spodumene concentrate price", t=WK)
usd("610 dollar", 610, m="prior", per="t", con="spodumene concentrate price",
    t=T("i juni", "2025-06-01", "2025-06-30"))
usd("9,10 dollar per kilo", 9.10, per="kg", subj="Europe", con="lithium hydroxide price", t=WK)
usd("0,35 dollar", 0.35, m="change", per="kg", subj="Europe", con="lithium hydroxide price", t=WK)
usd("23,80 dollar per pund", 23.8, per="lb", subj="Rotterdam", con="cobalt metal price", t=WK)
dur("tre år", 3, "year", subj="Rotterdam", con="period since cobalt price this high")
ratio("mer än dubbelt så högt", 2, q="more_than", m="change", subj="Rotterdam", con="cobalt metal price")
usd("14~950 dollar per ton", 14950, per="t", subj="LME", con="nickel price", t=WK)
pct("knappt 4 procent", -4, q="approx", m="change", subj="LME", con="nickel price",
    t=T("Sedan årets början", "2025-01-01", "2025-11-14"))
pct("61 procent", 61, subj="Indonesia", con="share of global nickel production",
    t=T("under 2024", "2024-01-01", "2024-12-31"))
N("2024", "year inside a time phrase", at="under 2024")
pct("10–12 procent per år", (10, 12), m="change", per="year", subj="Indonesia", con="nickel production growth",
    src="Martin Åkesson")
usd("420 dollar per ton", 420, per="t", con="flake graphite price", t=WK)
pct("2 procent", -2, m="change", subj="China", con="synthetic anode graphite price", t=WK)
OCT = T("I oktober", "2025-10-01", "2025-10-31")
ton("2,4 miljoner ton", 2.4e6, subj="China", con="lithium ore imports", t=OCT, src="China's customs")
pct("18 procent", 18, m="change", subj="China", con="lithium ore imports", t=OCT, src="China's customs")
pct("cirka 55 procent", 55, q="approx", subj="Australia", con="share of China's lithium ore imports", t=OCT)
pct("9,7 procent", 9.7, m="change", subj="Vätterlitium", con="share price", t=WK)
N("08-555 120 40", "phone number")

# ---------------------------------------------------------------- 11
doc("sv_11_tabell_metallproduktion", "2026-02-20")
N("2026-02-20 09:00", "document date/time line")
dur("fyra år", 4, "year", subj="Sweden", con="period covered by the table", opt=True, at="fyra år i siffror")
N("20 feb 2026 09:00", "byline timestamp")
N("3 minuter", "reading-time widget", at="Lästid: 3 minuter")
N("27", "share counter", at="Dela 27")
N("1", "comment counter", at="Kommentarer 1")
N("2025", "year inside a time phrase", at="någonsin under 2025")
YEARS = ["2022", "2023", "2024", "2025"]
for y in YEARS:
    N(y, "table column header (year)")
TABLE = [
    ("iron ore production", 1e6, ["86,1", "88,4", "89,9", "93,6"]),
    ("copper production", 1e3, ["104,2", "101,7", "101,2", "98,4"]),
    ("zinc production", 1e3, ["255,8", "262,5", "262,9", "261,7"]),
    ("lead production", 1e3, ["72,4", "69,1", "66,3", "64,0"]),
    ("gold production", 1.0, ["8,9", "9,3", "8,1", "7,6"]),
    ("silver production", 1.0, ["441", "428", "415", "399"]),
]
for con, scale, cells in TABLE:
    for y, c in zip(YEARS, cells):
        ton(c, round(float(c.replace(",", ".")) * scale, 6), subj="Sweden", con=con,
            t=T(y, y + "-01-01", y + "-12-31"), src="SGU")
N("2025", "year in table source line", at="uppgifter för 2025")
pct("närmare 9 procent", 9, q="approx", m="change", subj="Sweden", con="iron ore production",
    t=T("sedan 2022", "2022-01-01", "2025-12-31"))
N("2022", "year inside a time phrase", at="sedan 2022")
N("2025", "year", at="och 2025 blev")
N("fjärde", "ordinal (fourth year in a row)", at="fjärde året")
dur("tre år", 3, "year", subj="Sweden", con="consecutive years of production decline", at="tre år i följd")
pct("0,31 procent", 0.31, subj="Skellefte field", con="average copper grade", src="SGU")
pct("6 procent", -6, m="change", subj="Sweden", con="gold production",
    t=T("förra året", "2025-01-01", "2025-12-31"))
cnt("tre nya metallgruvor", 3, "mine", subj="Sweden", con="new metal mines opened",
    t=T("sedan 2015", "2015-01-01", "2026-02-20"), src="Anders Forsberg")
N("2015", "year inside a time phrase", at="sedan 2015")
TD = T("i dag", "2026-02-20", "2026-02-20")
pct("omkring 80 procent", 80, q="approx", subj="Sweden", con="share of EU iron ore production", t=TD)
pct("under 10 procent", 10, q="less_than", subj="Sweden", con="share of EU copper production", t=TD)
Y25 = T("under 2025", "2025-01-01", "2025-12-31")
sek("58,3 miljarder kronor", 58.3e9, subj="Sweden", con="ore and concentrate export value", t=Y25, src="SCB")
N("2025", "year inside a time phrase", at="under 2025, enligt")
pct("1,9 procent", -1.9, m="change", subj="Sweden", con="ore and concentrate export value", t=Y25, src="SCB")
N("300 jobb", "teaser headline (Läs också widget)")

# ---------------------------------------------------------------- 12
doc("sv_12_tabell_nordgrafit", "2026-03-17")
NG = "Nordgrafit"
N("2026-03-17 11:20", "document date/time line")
ratio("mer än fördubblade", 2, q="more_than", m="change", subj=NG, con="net sales")
N("17 mars 2026 11:20", "byline timestamp")
N("3 minuter", "reading-time widget", at="Lästid: 3 minuter")
N("19", "share counter", at="Dela 19")
N("4", "comment counter", at="Kommentarer 4")
QS = [("Kv1 2025", "2025-01-01", "2025-03-31"), ("Kv2 2025", "2025-04-01", "2025-06-30"),
      ("Kv3 2025", "2025-07-01", "2025-09-30"), ("Kv4 2025", "2025-10-01", "2025-12-31")]
for q in QS:
    N(q[0], "table column header (quarter label)")
TAB = [
    ("mass", "t", "anode material production", 1.0, ["1~180", "1~640", "2~210", "2~560"]),
    ("money", "SEK", "net sales", 1e6, ["74,2", "101,5", "139,8", "162,3"]),
    ("money", "SEK", "operating profit", 1e6, ["−38,6", "−21,4", "3,9", "12,7"]),
    ("percent", "%", "operating margin", 1.0, ["−52,0", "−21,1", "2,8", "7,8"]),
]
for kind, unit, con, scale, cells in TAB:
    for q, c in zip(QS, cells):
        v = float(c.replace("~", "").replace(",", ".").replace("−", "-"))
        F(c, kind, unit, round(v * scale, 6), subj=NG, con=con, t=T(*q), src=NG)
FY = T("För helåret 2025", "2025-01-01", "2025-12-31")
PY = T("året innan", "2024-01-01", "2024-12-31")
N("2025", "year inside a time phrase", at="helåret 2025")
sek("477,8 Mkr", 477.8e6, subj=NG, con="net sales", t=FY)
sek("205,6 Mkr", 205.6e6, m="prior", subj=NG, con="net sales", t=PY)
sek("−43,4 Mkr", -43.4e6, subj=NG, con="operating profit", t=FY)
sek("−96,0 Mkr", -96.0e6, m="prior", subj=NG, con="operating profit", t=PY)
ton("7~590 ton", 7590, subj=NG, con="anode material production", t=FY, src=NG)
pct("knappt 76 procent", 76, q="approx", subj=NG, con="capacity utilisation", t=FY, src=NG)
ton("10~000 ton per år", 10000, per="year", subj=NG, con="current production capacity", src=NG)
N("Fjärde", "ordinal quarter name in a quote", at="Fjärde kvartalet")
pct("minst 15 procent", 15, q="at_least", subj=NG, con="target operating margin",
    t=T("under 2027", "2027-01-01", "2027-12-31"), src="Elin Marklund")
N("2027", "year inside a time phrase", at="under 2027,")
ton("40~000 ton per år", 40000, per="year", subj=NG, con="planned production capacity")
sek("cirka 3,5 miljarder kronor", 3.5e9, q="approx", subj=NG, con="expansion investment")
sek("210 miljoner kronor", 210e6, subj="Swedish Energy Agency", con="grant to Nordgrafit")
pct("knappt två tredjedelar", 200 / 3, q="approx", subj=NG, con="main customer's share of volumes",
    t=T("under året", "2025-01-01", "2025-12-31"), opt=True)
ton("upp till 3~000 ton per år", 3000, q="up_to", per="year", subj=NG, con="second customer contract volume",
    t=T("under 2027 och 2028", "2027-01-01", "2028-12-31"), src=NG)
N("2027", "year inside a time phrase", at="under 2027 och")
N("2028", "year inside a time phrase", at="och 2028")
cnt("186 anställda", 186, "employee", subj=NG, con="employees")
pct("31 procent", 31, m="change", subj=NG, con="share price",
    t=T("sedan årsskiftet", "2026-01-01", "2026-03-17"))


# ---------------------------------------------------------------- build
def main():
    os.makedirs(OUT_ART, exist_ok=True)
    out = []
    errors = 0
    for name, date, rows in DOCS:
        with open(os.path.join(RAW, name + ".src"), encoding="utf-8") as fh:
            text = unph(fh.read())
        assert "\r" not in text and not text.startswith("\ufeff")
        assert text.split("\n")[1].startswith(date), (name, "date line")
        with open(os.path.join(OUT_ART, name + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        cur = 0
        for r, at in rows:
            s = unph(r["surface"])
            if at is not None:
                a = unph(at)
                ai = text.find(a, cur)
                if ai < 0:
                    print("NOT FOUND at", name, repr(at)); errors += 1; continue
                si = text.find(s, ai)
                if si < 0 or si + len(s) > ai + len(a):
                    print("surface not inside at", name, repr(s), repr(at)); errors += 1; continue
            else:
                si = text.find(s, cur)
                if si < 0:
                    print("NOT FOUND", name, repr(s)); errors += 1; continue
            ei = si + len(s)
            # token-boundary sanity
            b = text[si - 1] if si > 0 else " "
            e = text[ei] if ei < len(text) else " "
            if (s[0].isalnum() and b.isalnum()) or (s[-1].isalnum() and e.isalnum()) or \
               (s[0].isdigit() and b in ",.") or (s[-1].isdigit() and e.isdigit()):
                print("BOUNDARY", name, repr(text[si - 5:ei + 5])); errors += 1
            cur = ei
            row = {"doc": name, "surface": s, "start": si, "end": ei}
            row.update({k: v for k, v in r.items() if k != "surface"})
            out.append(row)
    with open(OUT_GOLD, "w", encoding="utf-8", newline="\n") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("rows", len(out), "errors", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
