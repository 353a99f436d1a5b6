"""Gold annotations for tests/holdout5, one block per article, rows in text order.

F(...) is a fact row, N(...) a trap row.  ctx(...) sets the running context
(subject, time, source) that later rows inherit, mirroring the contract's rule that
"a period set earlier in the passage carries over"; a keyword on a single F(...)
overrides it for that row only.  T(phrase, start, end) is a time phrase as
written plus the ISO period it names, resolved against the document date.
direction is derived from the sign of a change.

Table cells: `pre=` names the row label that immediately precedes a cell glued to
it, and `glued=True` marks a cell glued to its neighbours on both sides (the
builder then skips its boundary test).  See ../NOTES.md.
"""

DOCS = {}
_rows = None
_ctx = {}

NB = "\u00a0"   # no-break space
TH = "\u2009"   # thin space


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
      pre=None, glued=False, opt=False, **over):
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
    if glued:
        row["_glued"] = True
    _rows.append(row)


def N(surface, why, pre=None, glued=False):
    row = {"surface": surface, "negative": True, "why": why}
    if pre:
        row["_pre"] = pre
    if glued:
        row["_glued"] = True
    _rows.append(row)


DATE = "date line or byline date"
TOD = "time of day in byline or text"
READ = "page chrome: reading time"
COUNTER = "page chrome: share/comment/like counter"
LINK = "page chrome: number in a related-article link"
COPY = "page chrome: copyright year"
YEAR = "year used as a date or inside a time phrase, not a quantity"
ORD = "ordinal, not a quantity"
TICKER = "page chrome: ticker strip / market-overview widget"
HEADER = "table column header (period label), not a quantity"
ROWLABEL = "table row label (year), not a quantity"
PERIOD = "length of the reporting period inside a time phrase, not a quantity"
SINGULAR = "time phrase: the singular states no amount"
PHONE = "phone number"
CODE = "product specification or contract code, an identifier"

# ---------------------------------------------------------------------------
doc("en_01_tarrowin_lithium_quarter")          # dated Thursday 2025-10-30
Q3 = T("the third quarter", "2025-07-01", "2025-09-30")
N("30 October 2025", DATE)
F("more than triples", "ratio", 3, "x", q="more_than", m="change", concept="net profit",
  subject="Tarrowin")
N("30 Oct 2025", DATE)
N("09:12 AWST", TOD)
N("4 min", READ)
N("112", COUNTER, pre="Share ")
N("9", COUNTER, pre="Comments ")
ctx(subject="Tarrowin", source="Tarrowin Lithium", time=Q3)
F("US$38.4 million", "money", 38_400_000, "USD", concept="net profit")
F("more than three times", "ratio", 3, "x", q="more_than", m="change", concept="net profit")
F("US$11.9 million", "money", 11_900_000, "USD", m="prior", concept="net profit",
  time=T("a year earlier", "2024-07-01", "2024-09-30"))
N("a year earlier", SINGULAR)
F("22%", "percent", 22, "%", m="change", concept="concentrate shipments")
ctx(time=T("the three months to September 30", "2025-07-01", "2025-09-30"))
F("164,000 dry tonnes", "mass", 164_000, "t", concept="concentrate sales")
N("three months", PERIOD)
N("September 30", "date inside a time phrase")
PRIOR_Q = T("the same quarter of 2024", "2024-07-01", "2024-09-30")
F("134,500 tonnes", "mass", 134_500, "t", m="prior", concept="concentrate sales", time=PRIOR_Q)
N("2024", YEAR)
F("US$842 a tonne", "money", 842, "USD", per="t", concept="average realised price")
F("US$701", "money", 701, "USD", m="prior", per="t", concept="average realised price",
  time=PRIOR_Q)
# table, line-per-cell: header cells first
N("Q3 2025", HEADER)
N("Q3 2024", HEADER)
CUR = T("Q3 2025", "2025-07-01", "2025-09-30")
PRV = T("Q3 2024", "2024-07-01", "2024-09-30")
ctx(time=CUR)
for lvl, prv, chg, conc, kind, unit, fac, per in [
        ("138.1", "94.3", "+46%", "revenue", "money", "USD", 1e6, None),
        ("61.7", "29.8", "+107%", "EBITDA", "money", "USD", 1e6, None),
        ("38.4", "11.9", "+223%", "net profit", "money", "USD", 1e6, None),
        ("412", "447", "-8%", "unit cost", "money", "USD", 1, "t"),
        ("164.0", "134.5", "+22%", "concentrate sales", "mass", "t", 1000, None)]:
    F(lvl, kind, round(float(lvl) * fac, 6), unit, per=per, concept=conc)
    F(prv, kind, round(float(prv) * fac, 6), unit, per=per, m="prior", concept=conc, time=PRV)
    F(chg, "percent", float(chg.rstrip("%")), "%", m="change", concept=conc)
ctx(source="Alison Prewett", time=T("since the start of the year", "2025-01-01", "2025-10-30"))
F("almost US$35 a tonne", "money", -35, "USD", q="approx", m="change", per="t",
  concept="unit cost")
F("between 600,000 and 640,000 tonnes", "mass", 600_000, "t", hi=640_000,
  concept="full-year shipments", time=T("full-year", "2025-01-01", "2025-12-31"))
N("nine months", PERIOD)
N("2025", YEAR)
ctx(source="Marcus Delane", time=T("the first nine months of 2025", "2025-01-01", "2025-09-30"))
F("9%", "percent", -9, "%", m="change", concept="revenue")
F("US$371.6 million", "money", 371_600_000, "USD", concept="revenue")
F("US$214 million", "money", 214_000_000, "USD", concept="cash",
  source="Tarrowin Lithium", time=T("ended September", "2025-09-30"))
ctx(source="Quentin Marr", time=Q3)
F("US$412 a tonne", "money", 412, "USD", per="t", concept="unit cost")
F("15%", "percent", 15, "%", m="change", concept="analyst price target", time=None)
F("A$2.60", "money", 2.6, "AUD", per="share", concept="analyst price target", time=None)
ctx(source=None, time=T("by midday", "2025-10-30"))
F("4.6%", "percent", 4.6, "%", m="change", concept="share price")
F("A$2.31", "money", 2.31, "AUD", per="share", concept="share price")
F("about A$1.9 billion", "money", 1_900_000_000, "AUD", q="approx", concept="market value")
ctx(subject="Australia", source=None, time=None)
F("roughly 37%", "percent", 37, "%", q="approx", concept="share of world mined lithium")
F("about a quarter", "percent", 25, "%", q="approx", m="change", opt=True,
  concept="lithium carbonate price", subject="China",
  time=T("since June", "2025-06-01", "2025-10-30"))
N("3rd", LINK)
N("Five", LINK)
N("2025", COPY)

# ---------------------------------------------------------------------------
doc("en_02_battery_metals_weekly_wrap")        # dated Friday 2025-11-21
N("November 21, 2025", DATE)
for s in ("10,812.50", "0.42%", "2,846.00", "0.15%", "14,905.00", "1.08%", "48,300",
          "0.00%", "4,071.30", "0.31%", "7.1082"):
    N(s, TICKER)
N("November 21, 2025", DATE)
N("5:40 PM GMT", TOD)
N("3 min read", READ)
N("1x", "page chrome: audio player speed")
WEEK = T("this week", "2025-11-17", "2025-11-21")
ctx(subject="China", source="Corriston", time=WEEK)
N("fifth", ORD)
F("4.8%", "percent", 4.8, "%", m="change", concept="lithium carbonate spot price")
F("81,300 yuan a tonne", "money", 81_300, "CNY", per="t", concept="lithium carbonate spot price")
ctx(source="Li Wenjun")
F("500 to 800 tonnes", "mass", 500, "t", hi=800, per="day",
  concept="daily lithium carbonate spot trade")
F("about 200 tonnes", "mass", 200, "t", q="approx", m="prior", per="day",
  concept="daily lithium carbonate spot trade", time=T("in October", "2025-10-01", "2025-10-31"))
ctx(subject="Guangzhou Futures Exchange", source="Guangzhou Futures Exchange",
    time=T("on the day", "2025-11-21"))
N("LC2601", CODE)
F("84,020 yuan a tonne", "money", 84_020, "CNY", per="t",
  concept="lithium carbonate futures settlement price")
F("2.1%", "percent", 2.1, "%", m="change", concept="lithium carbonate futures price")
F("roughly 11%", "percent", 11, "%", q="approx", m="change",
  concept="lithium carbonate futures price",
  time=T("the start of November", "2025-11-01", "2025-11-21"))
# table, tab-flattened rows: Product, Unit, Nov 14 (prior), Nov 21 (level), Change
N("Nov 14", HEADER)
N("Nov 21", HEADER)
P14 = T("Nov 14", "2025-11-14")
L21 = T("Nov 21", "2025-11-21")
ctx(source="Corriston", time=L21)


def price_row(subj, conc, prv, lvl, chg, kind, unit, per, chg_unit="%"):
    F(prv, kind, float(prv.replace(",", "")), unit, per=per, m="prior", concept=conc,
      subject=subj, time=P14)
    F(lvl, kind, float(lvl.replace(",", "")), unit, per=per, concept=conc, subject=subj)
    v = float(chg.rstrip("%").replace(" pts", ""))
    F(chg, "percent", v, chg_unit, m="change", concept=conc, subject=subj)


price_row("China", "lithium carbonate spot price", "77,600", "81,300", "+4.8%",
          "money", "CNY", "t")
price_row("Asia", "lithium hydroxide price", "9.15", "9.40", "+2.7%", "money", "USD", "kg")
N("6%", CODE + ": ore grade in the product name")
N("Li2O", CODE + ": chemical formula")
price_row("China", "spodumene concentrate price", "1,020", "1,085", "+6.4%",
          "money", "USD", "t")
price_row("Rotterdam", "cobalt metal price", "24.60", "24.75", "+0.6%", "money", "USD", "lb")
price_row("China", "cobalt hydroxide payable", "93.5", "94.0", "+0.5 pts",
          "percent", "%", None, chg_unit="pp")
price_row("China", "graphite flake price", "432", "428", "-0.9%", "money", "USD", "t")
ctx(subject="China", source="Corriston", time=WEEK)
F("half a point", "percent", 0.5, "pp", m="change", concept="cobalt hydroxide payable")
F("94%", "percent", 94, "%", concept="cobalt hydroxide payable")
N("2019", YEAR)
ctx(subject="Democratic Republic of Congo", source="ARECOMS", time=None)
F("87,000 tonnes of cobalt a year", "mass", 87_000, "t", per="year",
  concept="cobalt export quota")
F("roughly 40%", "percent", -40, "%", q="approx", m="change",
  concept="cobalt export quota versus exports")
N("2024", YEAR)
ctx(subject="China", source="Corriston", time=WEEK)
F("0.9%", "percent", -0.9, "%", m="change", concept="graphite flake price")
F("$428 a tonne", "money", 428, "USD", per="t", concept="graphite flake price")
F("$15-20 a tonne", "money", -20, "USD", hi=-15, m="change", per="t",
  concept="spherical graphite offer price")
N("a week earlier", SINGULAR)
ctx(subject=None, source=None, time=T("next year", "2026-01-01", "2026-12-31"))
F("about 30%", "percent", 30, "%", q="approx", m="change",
  concept="energy storage battery demand")
N("at least 20 minutes", "page chrome: market data delay notice")
N("2025", LINK)
N("Three", LINK)
N("2026", LINK)

# ---------------------------------------------------------------------------
doc("en_03_lme_copper_stocks")                 # dated Tuesday 2025-12-09
N("9 December 2025", DATE)
N("9 December 2025", DATE)
N("14:05 GMT", TOD)
N("16:30 GMT", TOD)
N("47", COUNTER)
N("6", COUNTER)
MON = T("on Monday", "2025-12-08")
ctx(subject="LME", source="LME", time=MON)
N("eighth", ORD)
F("3,550 tonnes", "mass", -3550, "t", m="change", concept="copper warehouse stocks")
F("148,275 tonnes", "mass", 148_275, "t", concept="copper warehouse stocks")
N("June 2024", "date (month and year)")
ctx(subject="Comex", source="Traders", time=None)
F("more than $900 a tonne", "money", 900, "USD", q="more_than", per="t",
  concept="Comex premium over London")
F("50%", "percent", 50, "%", concept="tariff on semi-finished copper products",
  subject="United States")
# table, glued rows: MetalStocks (t)Change (t)
N("8 December", "date in the table caption")
D8 = T("8 December", "2025-12-08")
ctx(subject="LME", source="LME", time=D8)
for metal, lvl, chg in [("Copper", "148,275", "-3,550"), ("Aluminium", "528,900", "-4,125"),
                        ("Nickel", "251,634", "+1,488"), ("Zinc", "94,350", "-1,975"),
                        ("Lead", "218,700", "+2,300"), ("Tin", "3,415", "-65")]:
    conc = metal.lower() + " warehouse stocks"
    F(lvl, "mass", int(lvl.replace(",", "")), "t", concept=conc, pre=metal)
    F(chg, "mass", int(chg.replace(",", "")), "t", m="change", concept=conc, glued=True)
F("41%", "percent", 41, "%", concept="cancelled warrants share of stocks")
F("18%", "percent", 18, "%", m="prior", concept="cancelled warrants share of stocks",
  time=T("the start of November", "2025-11-01"))
N("Three-month", "contract name, not a quantity")
ctx(subject="LME", source=None, time=T("by 1400 GMT", "2025-12-09"))
F("0.8%", "percent", 0.8, "%", m="change", concept="three-month copper price")
F("$11,482.50 a tonne", "money", 11482.5, "USD", per="t", concept="three-month copper price")
N("1400 GMT", TOD)
ctx(subject="Comex", time=None)
F("$5.21 a lb", "money", 5.21, "USD", per="lb", concept="copper futures price")
F("more than 430,000 short tons", "mass", round(430_000 * 0.90718474, 4), "t",
  q="more_than", concept="copper stocks in Comex warehouses")
ctx(subject=None, source="Tomasz Weil", time=T("in 2026", "2026-01-01", "2026-12-31"))
F("about 150,000 tonnes", "mass", 150_000, "t", q="approx",
  concept="global refined copper deficit")
N("2026", YEAR)
F("90,000 tonnes", "mass", 90_000, "t", m="prior", concept="global refined copper deficit",
  time=T("this year", "2025-01-01", "2025-12-31"))
ctx(subject="Shanghai Futures Exchange", source="Shanghai Futures Exchange",
    time=T("last week", "2025-12-01", "2025-12-07"))
F("12%", "percent", -12, "%", m="change", concept="copper warehouse stocks")
F("98,412 tonnes", "mass", 98_412, "t", concept="copper warehouse stocks")
ctx(subject="LME", source="LME", time=D8)
F("1,488 tonnes", "mass", 1488, "t", m="change", concept="nickel warehouse stocks")
F("251,634 tonnes", "mass", 251_634, "t", concept="nickel warehouse stocks")
ctx(subject="Chile", source=None, time=None)
F("close to 24%", "percent", 24, "%", q="approx", concept="share of world mined copper")
F("a decade", "duration", 10, "year", concept="period of flat copper output")
N("Q3", LINK)
N("£1", "page chrome: subscription offer")
N("3 months", "page chrome: subscription offer")

# ---------------------------------------------------------------------------
doc("en_04_indonesia_nickel_quotas")           # dated Wednesday 2025-11-26
N("26 November 2025", DATE)
N("26 November 2025", DATE)
N("11:48 WIB", TOD)
N("5 min read", READ)
N("230", COUNTER)
JO = T("January-October", "2025-01-01", "2025-10-31")
ctx(subject="Indonesia", source="Indonesia's customs", time=JO)
F("9.1 million tonnes", "mass", 9_100_000, "t", concept="processed nickel exports")
F("14%", "percent", 14, "%", m="change", concept="processed nickel exports")
N("a year earlier", SINGULAR)
ctx(source="officials", time=T("for 2026", "2026-01-01", "2026-12-31"))
F("about 250 million wet tonnes", "mass", 250_000_000, "t", q="approx",
  concept="nickel ore mining quota")
N("2026", YEAR)
F("379 million tonnes", "mass", 379_000_000, "t", m="prior", concept="nickel ore mining quota",
  time=T("this year", "2025-01-01", "2025-12-31"))
F("82%", "percent", 82, "%", concept="China's share of processed exports",
  source="Indonesia's customs", time=T("the first ten months", "2025-01-01", "2025-10-31"))
N("ten months", PERIOD)
# table, rows flattened with spaces; rows are years
N("2021-2024", "year range in the table caption")
ctx(subject="Indonesia", source="Statistics Indonesia")
for yr, ore, exp, val in [("2021", "104.9", "6.1", "11.7"), ("2022", "155.0", "7.8", "17.9"),
                          ("2023", "193.5", "9.6", "22.4"), ("2024", "220.1", "10.4", "21.1")]:
    N(yr, ROWLABEL)
    ctx(time=T(yr, yr + "-01-01", yr + "-12-31"))
    F(ore, "mass", round(float(ore) * 1e6), "t", concept="nickel ore output")
    F(exp, "mass", round(float(exp) * 1e6), "t", concept="processed nickel exports")
    F(val, "money", round(float(val) * 1e9), "USD", concept="processed nickel export value")
N("2024", YEAR)
ctx(time=T("in 2024", "2024-01-01", "2024-12-31"))
F("US$21.1 billion", "money", 21_100_000_000, "USD", concept="processed nickel export value")
F("about 6%", "percent", -6, "%", q="approx", m="change",
  concept="processed nickel export value")
N("2023", YEAR)
F("more than doubled", "ratio", 2, "x", q="more_than", m="change", concept="nickel ore output",
  time=T("since 2021", "2021-01-01", "2025-11-26"))
N("2021", YEAR)
ctx(subject="Hanseong Chem", source="Hanseong Chem", time=None)
F("10-year", "duration", 10, "year", concept="supply agreement length")
F("60,000 tonnes of nickel a year", "mass", 60_000, "t", per="year",
  concept="nickel offtake volume")
F("30%", "percent", 30, "%", concept="stake in Sulawesi Prima Nikel")
F("US$420 million", "money", 420_000_000, "USD", concept="price of stake")
ctx(subject="Indonesia", source="Arjun Mehta", time=T("next year", "2026-01-01", "2026-12-31"))
F("70,000 to 90,000 tonnes", "mass", 70_000, "t", hi=90_000,
  concept="nickel supply removed by quota cuts")
F("$16,500 a tonne", "money", 16_500, "USD", per="t", concept="average nickel price forecast",
  subject="LME", time=T("in 2026", "2026-01-01", "2026-12-31"))
N("2026", YEAR)
ctx(subject="Indonesia", source=None, time=None)
F("more than 60%", "percent", 60, "%", q="more_than", concept="share of world nickel mining")
ctx(subject="LME", time=T("this year", "2025-01-01", "2025-11-26"))
F("about 7%", "percent", -7, "%", q="approx", m="change", concept="nickel price")
F("around $14,900 a tonne", "money", 14_900, "USD", q="approx", per="t", concept="nickel price")
ctx(subject="Indonesia", source="Smelter operators", time=None)
F("several weeks", "duration", 3, "week", hi=9, opt=True, concept="ore inventory cover")
N("4", LINK)
N("+62 21 5098 4410", PHONE)

# ---------------------------------------------------------------------------
doc("sv_01_rodberget_koppar_kvartal")          # dated Thursday 2025-10-23
N("23 oktober 2025", DATE)
N("23 okt 2025", DATE)
N("kl. 08:47", TOD)
N("10:15", TOD)
N("3 minuter", READ)
N("31", COUNTER, pre="Dela ")
N("4", COUNTER, pre="Kommentarer ")
KV3 = T("tredje kvartalet", "2025-07-01", "2025-09-30")
ctx(subject="Rödberget", source="Rödberget Koppar", time=KV3)
F("212 miljoner kronor", "money", 212_000_000, "SEK", concept="operating profit")
F("138 miljoner kronor", "money", 138_000_000, "SEK", m="prior", concept="operating profit",
  time=T("samma period i fjol", "2024-07-01", "2024-09-30"))
ctx(time=T("under kvartalet", "2025-07-01", "2025-09-30"))
F("9 870 dollar per ton", "money", 9870, "USD", per="t", concept="average realised copper price")
F("14 procent", "percent", 14, "%", m="change", concept="average realised copper price")
N("ett år tidigare", SINGULAR)
# table, tab-flattened rows: Nyckeltal, Kv 3 2025 (level), Kv 3 2024 (prior), Förändring, %
N("Kv 3 2025", HEADER)
N("Kv 3 2024", HEADER)
K25 = T("Kv 3 2025", "2025-07-01", "2025-09-30")
K24 = T("Kv 3 2024", "2024-07-01", "2024-09-30")
ctx(time=K25)


def sv_num(s):
    return float(s.replace(" ", "").replace(",", "."))


for lvl, prv, chg, conc, kind, unit, fac, per in [
        ("1 284", "1 097", "17", "net sales", "money", "SEK", 1e6, None),
        ("212", "138", "54", "operating profit", "money", "SEK", 1e6, None),
        ("151", "92", "64", "profit after tax", "money", "SEK", 1e6, None),
        ("9 840", "9 215", "7", "copper in concentrate", "mass", "t", 1, None),
        ("21 370", "23 020", "-7", "zinc in concentrate", "mass", "t", 1, None),
        ("1,92", "2,14", "-10", "cash cost", "money", "USD", 1, "lb")]:
    F(lvl, kind, round(sv_num(lvl) * fac, 6), unit, per=per, concept=conc)
    F(prv, kind, round(sv_num(prv) * fac, 6), unit, per=per, m="prior", concept=conc, time=K24)
    F(chg, "percent", sv_num(chg), "%", m="change", concept=conc)
ctx(source="Karin Lindqvist", time=KV3)
F("drygt 7 procent", "percent", -7, "%", q="approx", m="change", concept="zinc production")
F("1,46 miljoner ton", "mass", 1_460_000, "t", concept="ore mined")
F("två månader", "duration", 2, "month", concept="period of low ore grades")
ctx(source="Rödberget Koppar", time=T("januari–september", "2025-01-01", "2025-09-30"))
F("9 procent", "percent", 9, "%", m="change", concept="net sales")
F("3 742 Mkr", "money", 3_742_000_000, "SEK", concept="net sales")
ctx(time=T("i år", "2025-01-01", "2025-12-31"))
F("mellan 38 000 och 40 000 ton", "mass", 38_000, "t", hi=40_000,
  concept="copper production guidance")
F("runt 650 miljoner kronor", "money", 650_000_000, "SEK", q="approx", concept="investments")
ctx(source="Ulrika Sandell", time=KV3)
F("190 Mkr", "money", 190_000_000, "SEK", concept="expected operating profit")
F("86 kronor", "money", 86, "SEK", per="share", concept="analyst target price", time=None)
F("78 kronor", "money", 78, "SEK", per="share", m="prior", concept="analyst target price",
  time=None)
ctx(source=None, time=T("under förmiddagen", "2025-10-23"))
F("6,3 procent", "percent", 6.3, "%", m="change", concept="share price")
F("79,40 kronor", "money", 79.4, "SEK", per="share", concept="share price")
ctx(subject="Sweden", source=None, time=None)
F("ungefär 12 procent", "percent", 12, "%", q="approx",
  concept="share of EU copper mine production")
N("tre", LINK)
N("6 veckor", LINK)
N("2025", COPY)

# ---------------------------------------------------------------------------
doc("sv_02_bergsstaten_undersokningstillstand")  # dated Wednesday 2026-02-11
N("11 februari 2026", DATE)
N("11 feb 2026", DATE)
N("07:30", TOD)
N("4 min läsning", READ)
N("12", COUNTER)
ctx(subject="Sweden", source="Bergsstaten", time=T("under 2025", "2025-01-01", "2025-12-31"))
N("tredje", ORD)
N("2025", YEAR)
F("538 tillstånd", "count", 538, "exploration permit", concept="exploration permits granted")
F("6 procent", "percent", -6, "%", m="change", concept="exploration permits granted")
# table, glued rows: ÅrTillståndFörändring / 2021684+12 procent
for yr, lvl, chg in [("2021", "684", "+12 procent"), ("2022", "702", "+3 procent"),
                     ("2023", "611", "-13 procent"), ("2024", "574", "-6 procent"),
                     ("2025", "538", "-6 procent")]:
    N(yr, ROWLABEL + ", glued to the next cell", glued=True)
    ctx(time=T(yr, yr + "-01-01", yr + "-12-31"))
    F(lvl, "count", int(lvl), "exploration permit", concept="exploration permits granted",
      glued=True)
    F(chg, "percent", float(chg.split()[0]), "%", m="change",
      concept="exploration permits granted", glued=True)
ctx(time=T("fjolårets", "2025-01-01", "2025-12-31"))
F("143", "count", 143, "exploration permit", concept="permits for critical metals")
F("97", "count", 97, "exploration permit", m="prior", concept="permits for critical metals",
  time=T("året innan", "2024-01-01", "2024-12-31"))
ctx(source="SGU", time=T("i fjol", "2025-01-01", "2025-12-31"))
F("knappt 1,2 miljarder kronor", "money", 1_200_000_000, "SEK", q="approx",
  concept="exploration investment")
F("1,5 miljarder kronor", "money", 1_500_000_000, "SEK", m="prior",
  concept="exploration investment", time=T("2024", "2024-01-01", "2024-12-31"))
N("2024", YEAR)
N("2017", YEAR)
ctx(source="Lena Åkerlund", time=T("i dag", "2026-02-11"))
F("mellan sju och tio år", "duration", 7, "year", hi=10,
  concept="time to obtain mining concession")
ctx(source="Swedish government", time=T("i år", "2026-01-01", "2026-12-31"))
F("75 miljoner kronor", "money", 75_000_000, "SEK", concept="funding for faster permitting")
F("inom två år", "duration", 2, "year", q="at_most", concept="target concession decision time",
  time=None)
ctx(subject="China", source=None, time=None)
F("omkring 90 procent", "percent", 90, "%", q="approx",
  concept="share of world rare earth refining")
F("minst 10 procent", "percent", 10, "%", q="at_least", subject="European Union",
  concept="target share of domestic extraction",
  time=T("till 2030", "2030-01-01", "2030-12-31"))
N("2030", YEAR)
ctx(subject="Sweden", time=T("i dag", "2026-02-11"))
F("tolv gruvor", "count", 12, "mine", concept="operating metal ore mines")
N("5", LINK)
N("200 jobb", LINK)
N("87", "page chrome: cookie notice")

# ---------------------------------------------------------------------------
doc("sv_03_veckans_metallpriser")              # dated Friday 2025-11-14
N("14 november 2025", DATE)
N("14 nov 2025", DATE)
N("16:55", TOD)
N("3 min", READ)
ctx(subject="China", source="Hallsta Prisdata", time=T("fredagen", "2025-11-14"))
N("fjärde", ORD)
F("79" + NB + "850 yuan per ton", "money", 79_850, "CNY", per="t",
  concept="lithium carbonate price")
F("4,5 procent", "percent", 4.5, "%", m="change", concept="lithium carbonate price",
  time=T("på en vecka", "2025-11-10", "2025-11-14"))
N("en vecka", SINGULAR)
# table, line-per-cell: Produkt, Enhet, 7 nov (prior), 14 nov (level), Förändring
N("7 nov", HEADER)
N("14 nov", HEADER)
P7 = T("7 nov", "2025-11-07")
L14 = T("14 nov", "2025-11-14")
ctx(time=L14)


def sv_row(subj, src, conc, prv, lvl, chg, unit, per, contract=False):
    if contract:
        N("3 mån", "contract name (three-month), not a quantity")
    F(prv, "money", sv_num(prv.replace(NB, "")), unit, per=per, m="prior", concept=conc,
      subject=subj, source=src, time=P7)
    F(lvl, "money", sv_num(lvl.replace(NB, "")), unit, per=per, concept=conc,
      subject=subj, source=src)
    v = sv_num(chg.replace(" %", "").replace("\u2212", "-"))
    F(chg, "percent", v, "%", m="change", concept=conc, subject=subj, source=src)


sv_row("LME", "LME", "three-month copper price", "10" + NB + "745", "10" + NB + "902",
       "+1,5 %", "USD", "t", contract=True)
sv_row("LME", "LME", "three-month nickel price", "15" + NB + "020", "14" + NB + "760",
       "\u22121,7 %", "USD", "t", contract=True)
sv_row("Rotterdam", "Hallsta Prisdata", "cobalt metal price", "24,10", "24,60", "+2,1 %",
       "USD", "lb")
sv_row("China", "Hallsta Prisdata", "lithium carbonate price", "76" + NB + "400",
       "79" + NB + "850", "+4,5 %", "CNY", "t")
sv_row("China", "Hallsta Prisdata", "APT price", "372" + NB + "000", "381" + NB + "500",
       "+2,6 %", "CNY", "t")
ctx(subject="China", source=None, time=T("sedan januari", "2025-01-01", "2025-11-14"))
F("mer än fördubblats", "ratio", 2, "x", q="more_than", m="change", concept="APT price")
F("fyra andra metaller", "count", 4, "metal", concept="metals under export licensing",
  time=T("i februari", "2025-02-01", "2025-02-28"))
ctx(source="Sofia Reinholdsson", time=T("i år", "2025-01-01", "2025-11-14"))
F("nästan 40 procent", "percent", -40, "%", q="approx", m="change", concept="APT exports")
ctx(source="China's customs", time=T("januari–oktober", "2025-01-01", "2025-10-31"))
F("612 ton", "mass", 612, "t", concept="APT exports")
F("1 015 ton", "mass", 1015, "t", m="prior", concept="APT exports",
  time=T("samma period i fjol", "2024-01-01", "2024-10-31"))
WK = T("under veckan", "2025-11-10", "2025-11-14")
ctx(subject="LME", source=None, time=WK)
F("1,5 procent", "percent", 1.5, "%", m="change", concept="copper price")
ctx(source="LME")
F("6 325 ton", "mass", -6325, "t", m="change", concept="copper warehouse stocks")
F("152 400 ton", "mass", 152_400, "t", concept="copper warehouse stocks")
ctx(subject="Indonesia", source=None, time=None)
F("över 2 miljoner ton per år", "mass", 2_000_000, "t", q="more_than", per="year",
  concept="nickel smelting capacity")
ctx(subject="China", source=None, time=None)
F("omkring 80 procent", "percent", 80, "%", q="approx", concept="share of world tungsten mining")
N("2027", YEAR)
ctx(subject="Vindelmalm", source=None, time=WK)
F("3,8 procent", "percent", 3.8, "%", m="change", concept="share price")
N("minst 15 minuter", "page chrome: market data delay notice")
N("5", LINK)

# ---------------------------------------------------------------------------
doc("sv_04_kina_magnetexport")                 # dated Wednesday 2025-12-17
N("17 december 2025", DATE)
for s in ("OMXS30", "2" + NB + "621,44", "+0,38 %", "1" + NB + "012,7", "+0,21 %",
          "4" + NB + "318 USD", "\u22120,2 %", "11" + NB + "290 USD", "+0,6 %", "9,42"):
    N(s, TICKER)
N("17 dec 2025", DATE)
N("kl. 11:20", TOD)
N("58", COUNTER)
N("4:12", "page chrome: audio length")
NOV = T("i november", "2025-11-01", "2025-11-30")
ctx(subject="China", source="China's customs", time=NOV)
F("6" + TH + "120 ton", "mass", 6120, "t", concept="rare earth magnet exports")
F("21 procent", "percent", 21, "%", m="change", concept="rare earth magnet exports")
F("mer än fördubblades", "ratio", 2, "x", q="more_than", m="change",
  concept="magnet exports to the United States")
F("1 240 ton", "mass", 1240, "t", concept="magnet exports to the United States")
ctx(time=T("januari–november", "2025-01-01", "2025-11-30"))
F("52 800 ton", "mass", 52_800, "t", concept="rare earth magnet exports")
F("4 procent", "percent", -4, "%", m="change", concept="rare earth magnet exports")
N("2024", YEAR)
ctx(source=None, time=T("i början av november", "2025-11-01", "2025-11-10"))
F("ett år", "duration", 1, "year", concept="pause of expanded export controls")
F("sju sällsynta jordartsmetaller", "count", 7, "rare earth element",
  concept="rare earths under export controls", time=T("i april", "2025-04-01", "2025-04-30"))
ctx(source="Henrik Almqvist", time=None)
F("ungefär 45 dagar", "duration", 45, "day", q="approx", m="prior",
  concept="export licence processing time")
F("runt 30", "duration", 30, "day", q="approx", concept="export licence processing time")
ctx(subject="Ljusnan Magnetics", source="Henrik Almqvist", time=None)
F("omkring 400 ton", "mass", 400, "t", q="approx", per="year",
  concept="magnet alloy consumption")
F("fyra månader", "duration", 4, "month", concept="magnet inventory cover")
F("48 procent", "percent", 48, "%", m="change", concept="share price", source=None,
  time=T("sedan årsskiftet", "2025-01-01", "2025-12-17"))
ctx(subject="China", source=None, time=None)
F("närmare 90 procent", "percent", 90, "%", q="approx",
  concept="share of world sintered magnet production")
ctx(subject="European Commission", source="European Commission", time=None)
F("omkring 2,5 miljarder euro", "money", 2_500_000_000, "EUR", q="approx",
  concept="joint purchasing and stockpiling fund")
F("Minst tre medlemsländer", "count", 3, "member state", q="at_least",
  concept="member states backing the plan", subject="European Union",
  source="en diplomat i Bryssel")
ctx(subject="Europe", source=None, time=None)
F("omkring 850 dollar per kilo", "money", 850, "USD", q="approx", per="kg",
  concept="dysprosium oxide price")
F("mer än tre gånger", "ratio", 3, "x", q="more_than",
  concept="European dysprosium premium over China")
N("7", LINK)
N("3:e", LINK)
N("08-545 120 00", PHONE)
