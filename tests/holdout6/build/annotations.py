"""Gold annotations for tests/holdout6, one block per article, rows in text order.

The helpers of tests/holdout_tools/gold_rows.py: F(...) is a fact row, N(...) a trap row.
ctx(...) sets the running context (subject, time, source) that later rows inherit,
mirroring the contract's rule that "a period set earlier in the passage carries over";
a keyword on a single F(...) overrides it for that row only.  T(phrase, start, end) is
a time phrase as written plus the ISO period it names, resolved against the document
date.  direction is derived from the sign of a change.  Table cells take the column
header as their time (a change column takes the current period's header).
See ../NOTES.md for the judgement calls.
"""

from gold_rows import DOCS, F, N, T, ctx, doc  # noqa: F401 (tests/holdout_tools)


DATE = "date line or byline date"
CLOCK = "time of day in byline or text"
READ = "page chrome: reading time"
COUNTER = "page chrome: share/comment counter"
YEAR = "year (a date, not a quantity)"
HEADER = "table column header: a period label, not a quantity"
RELATED = "page chrome: related-article link"
COOKIE = "page chrome: cookie notice"
TICKER = "page chrome: ticker strip"
ORD = "ordinal or rank, not an amount"
NAME = "name or product code with digits"
ARTICLE = "time phrase: the singular article states no amount"
PERIOD = "length of the reporting period inside a time phrase, not a quantity"


def cells(label_values, times, kind, unit, scale=1.0, per=None, concept=None,
          measures=("level",), **over):
    """One table row: values in column order, each with its column's time and measure."""
    for (surface, v), t, m in zip(label_values, times, measures):
        if surface is None:
            continue
        if m == "change":
            F(surface, "percent", v, "%", m="change", concept=concept, time=t, **over)
        else:
            F(surface, kind, round(v * scale, 6), unit, m=m, per=per, concept=concept,
              time=t, **over)


# ---------------------------------------------------------------- en_01
doc("en_01_tallowmere_nickel_quarter")
N("April 23, 2026", DATE)
N("23 Apr 2026", DATE)
N("06:15 AWST", CLOCK)
N("4 min", READ)
N("Share 37", COUNTER)
N("Comments 5", COUNTER)
Q1 = T("the three months to March 31", "2026-01-01", "2026-03-31")
ctx(subject="Tallowmere Nickel", source="Tallowmere Nickel", time=Q1)
F("threefold", "ratio", 3, "x", m="change", concept="quarterly net profit")
N("three months", PERIOD)
N("March 31", "date inside a time phrase")
FQ = T("the first quarter", "2026-01-01", "2026-03-31")
ctx(time=FQ)
F("US$18.6 million", "money", 18.6e6, "USD", concept="net profit")
F("US$6.1 million", "money", 6.1e6, "USD", m="prior", concept="net profit",
  time=T("the same period of 2025", "2025-01-01", "2025-03-31"))
N("2025", YEAR)
F("12%", "percent", 12, "%", m="change", concept="revenue")
F("US$402.7 million", "money", 402.7e6, "USD", concept="revenue")
F("11,850 tonnes", "mass", 11850, "t", concept="nickel in MHP sales")
F("10,920 tonnes", "mass", 10920, "t", m="prior", concept="nickel in MHP sales",
  time=T("a year earlier", "2025-01-01", "2025-03-31"))
N("a year earlier", ARTICLE)
ctx(source="Damon Reyes")
F("almost $40 million", "money", 40e6, "USD", q="approx", concept="cost savings",
  time=T("since last June", "2025-06-01", "2026-04-23"))
F("between 46,000 and 49,000 tonnes", "mass", 46000, "t", hi=49000,
  concept="contained nickel output guidance",
  time=T("this year", "2026-01-01", "2026-12-31"))
N("Table 1", "table number, an identifier")
N("Q1 2026", HEADER)
N("Q1 2025", HEADER)
C = T("Q1 2026", "2026-01-01", "2026-03-31")
P = T("Q1 2025", "2025-01-01", "2025-03-31")
ctx(source="Tallowmere Nickel")
TM = (C, P, C)
MS = ("level", "prior", "change")
cells([("402.7", 402.7), ("359.5", 359.5), ("+12", 12)], TM, "money", "USD", 1e6,
      concept="revenue", measures=MS)
cells([("71.3", 71.3), ("44.8", 44.8), ("+59", 59)], TM, "money", "USD", 1e6,
      concept="EBITDA", measures=MS)
cells([("18.6", 18.6), ("6.1", 6.1), ("+205", 205)], TM, "money", "USD", 1e6,
      concept="net profit", measures=MS)
cells([("11,850", 11850), ("10,920", 10920), ("+9", 9)], TM, "mass", "t",
      concept="nickel in MHP sold", measures=MS)
N("C1", NAME)
cells([("5.42", 5.42), ("6.08", 6.08), ("-11", -11)], TM, "money", "USD", per="lb",
      concept="C1 cash cost", measures=MS)
cells([("611.0", 611.0), ("688.2", 688.2), ("-11", -11)], TM, "money", "USD", 1e6,
      concept="net debt", measures=MS)
ctx(time=FQ)
F("11%", "percent", -11, "%", m="change", concept="cash cost")
F("US$5.42 a pound", "money", 5.42, "USD", per="lb", concept="cash cost")
N("2023", YEAR)
F("about US$77 million", "money", -77e6, "USD", q="approx", m="change", concept="net debt",
  time=T("the twelve months to March", "2025-04-01", "2026-03-31"))
N("twelve months", PERIOD)
ctx(source="Corrigan Hale")
F("US$12 million", "money", 12e6, "USD", concept="net profit forecast")
F("8%", "percent", 8, "%", m="change", concept="price target", time=None)
F("A$1.35 a share", "money", 1.35, "AUD", per="share", concept="price target", time=None)
ctx(subject="LME", source="LME")
F("roughly $16,300 a tonne", "money", 16300, "USD", q="approx", per="t",
  concept="average nickel price",
  time=T("so far this year", "2026-01-01", "2026-04-23"))
F("about $15,200", "money", 15200, "USD", q="approx", m="prior", per="t",
  concept="average nickel price",
  time=T("the final quarter of 2025", "2025-10-01", "2025-12-31"))
N("2025", YEAR)
ctx(subject="Indonesia", source=None, time=None)
F("more than 60%", "percent", 60, "%", q="more_than", concept="share of world mined nickel")
F("close to 15%", "percent", -15, "%", q="approx", m="change",
  concept="nickel ore mining quota", time=T("this year", "2026-01-01", "2026-12-31"))
F("about 70%", "percent", 70, "%", q="approx", subject="Tallowmere Nickel",
  concept="share of ore from third parties")
N("3 min read", READ)

# ---------------------------------------------------------------- en_02
doc("en_02_battery_metals_price_wrap")
N("March 27, 2026", DATE)
N("17:40 GMT", CLOCK)
for s in ("12,184", "0.6%", "16,245", "0.4%", "3,012", "1.1%", "2,708", "0.2%"):
    N(s, TICKER)
N("S&P/ASX 200", NAME + " (index name in the ticker strip)")
N("8,431.6", TICKER)
N("0.3%", TICKER)
N("4 minute read", READ)
N("12 comments", COUNTER)
N("fifth", ORD)
FRI = T("on Friday", "2026-03-27")
ctx(subject="China", source="Anvil Street Metals", time=FRI)
F("6.2%", "percent", 6.2, "%", m="change", concept="lithium carbonate spot price")
F("84,500 yuan a tonne", "money", 84500, "CNY", per="t", concept="lithium carbonate spot price")
WK = T("over the week", "2026-03-23", "2026-03-29")
F("3.1%", "percent", 3.1, "%", m="change", concept="lithium hydroxide price",
  subject="Asia", time=WK)
F("$45", "money", 45, "USD", m="change", per="t", concept="spodumene concentrate price",
  time=WK)
F("$1,210 a tonne", "money", 1210, "USD", per="t", concept="spodumene concentrate price",
  time=WK)
F("$16.10 a pound", "money", 16.10, "USD", per="lb", concept="cobalt metal price",
  subject="Rotterdam")
F("88%", "percent", 88, "%", concept="cobalt hydroxide payable")
F("91%", "percent", 91, "%", m="prior", concept="cobalt hydroxide payable",
  time=T("a week earlier", "2026-03-20"))
N("a week earlier", ARTICLE)
F("roughly 97,000 tonnes a year", "mass", 97000, "t", q="approx", per="year",
  concept="cobalt export quota", subject="Democratic Republic of Congo", source=None,
  time=None)
N("Mar 20", HEADER)
N("Mar 27", HEADER)
C = T("Mar 27", "2026-03-27")
P = T("Mar 20", "2026-03-20")
TM = (P, C, C)
MS = ("prior", "level", "change")
ctx(source="Anvil Street Metals", time=None)
cells([("79,550", 79550), ("84,500", 84500), ("+6.2", 6.2)], TM, "money", "CNY", per="t",
      concept="lithium carbonate spot price", measures=MS, subject="China")
cells([("10.95", 10.95), ("11.29", 11.29), ("+3.1", 3.1)], TM, "money", "USD", per="kg",
      concept="lithium hydroxide CIF price", measures=MS, subject="Asia")
N("SC6", NAME)
cells([("1,165", 1165), ("1,210", 1210), ("+3.9", 3.9)], TM, "money", "USD", per="t",
      concept="spodumene concentrate CFR price", measures=MS, subject="China")
cells([("16.25", 16.25), ("16.10", 16.10), ("-0.9", -0.9)], TM, "money", "USD", per="lb",
      concept="cobalt metal price", measures=MS, subject="Rotterdam")
cells([("91", 91), ("88", 88), ("-3.3", -3.3)], TM, "percent", "%",
      concept="cobalt hydroxide payable", measures=MS, subject="China")
N("-100 mesh", "product grade (mesh size), an identifier")
cells([("465", 465), ("465", 465)], TM, "money", "USD", per="t",
      concept="graphite flake FOB price", measures=MS, subject="China")
cells([("6,150", 6150), ("6,020", 6020), ("-2.1", -2.1)], TM, "money", "CNY", per="t",
      concept="manganese sulphate price", measures=MS, subject="China")
ctx(subject="China", time=T("this week", "2026-03-23", "2026-03-29"))
F("$465 a tonne", "money", 465, "USD", per="t", concept="graphite flake price",
  source="Lena Marsh")
F("2.1%", "percent", -2.1, "%", m="change", concept="manganese sulphate price")
F("6,020 yuan a tonne", "money", 6020, "CNY", per="t", concept="manganese sulphate price")
ctx(subject="Guangzhou Futures Exchange", source=None,
    time=T("on the week", "2026-03-23", "2026-03-29"))
F("86,020 yuan a tonne", "money", 86020, "CNY", per="t",
  concept="lithium carbonate futures settlement price")
F("4.8%", "percent", 4.8, "%", m="change", concept="lithium carbonate futures price")
F("$16,245 a tonne", "money", 16245, "USD", per="t", concept="nickel closing price",
  subject="LME", time=None)
ctx(subject="China", source="Fenwick Marlow Bank")
F("90,000 yuan a tonne", "money", 90000, "CNY", per="t",
  concept="lithium carbonate price forecast",
  time=T("the third quarter", "2026-07-01", "2026-09-30"))
F("about 40,000 tonnes", "mass", 40000, "t", q="approx", subject=None,
  concept="global lithium deficit", time=T("this year", "2026-01-01", "2026-12-31"))
N("2022", YEAR)
N("143 partners", COOKIE)
N("six-month", RELATED)

# ---------------------------------------------------------------- en_03
doc("en_03_icsg_copper_mine_output")
N("No. 2", ORD)
N("April 14, 2026", DATE)
N("5 min read", READ)
N("214 shares", COUNTER)
N("01/2026", "date in a cookie notice")
ctx(subject="Democratic Republic of Congo", source="ICSG",
    time=T("last year", "2025-01-01", "2025-12-31"))
F("about 8%", "percent", 8, "%", q="approx", m="change", concept="copper mine output")
F("3.55 million tonnes", "mass", 3.55e6, "t", concept="copper mine output")
N("second-largest", ORD)
Y25 = T("in 2025", "2025-01-01", "2025-12-31")
ctx(subject="World", time=Y25)
F("1.3%", "percent", 1.3, "%", m="change", concept="global copper mine production")
F("23.2 million tonnes", "mass", 23.2e6, "t", concept="global copper mine production")
N("2025", YEAR)
F("3.4%", "percent", 3.4, "%", m="change", concept="global refined copper output")
Y26 = T("in 2026", "2026-01-01", "2026-12-31")
F("roughly 150,000 tonnes", "mass", 150000, "t", q="approx",
  concept="refined copper surplus forecast", time=Y26)
N("2026", YEAR)
F("209,000 tonnes", "mass", 209000, "t", m="prior", concept="refined copper surplus forecast",
  time=Y26)
for y in ("2022", "2023", "2024", "2025e"):
    N(y, HEADER)
YS = [T(y, f"{y[:4]}-01-01", f"{y[:4]}-12-31") for y in ("2022", "2023", "2024", "2025e")]
ctx(source="ICSG")
ROWS = [("Chile", "5,330 5,250 5,410 5,380"),
        ("Peru", "2,450 2,760 2,630 2,710"),
        ("Democratic Republic of Congo", "2,350 2,840 3,290 3,550"),
        ("China", "1,940 1,760 1,810 1,790"),
        ("United States", "1,230 1,130 1,100 1,070"),
        ("World", "21,900 22,300 22,900 23,200")]
for subj, vals in ROWS:
    cells([(v, float(v.replace(",", ""))) for v in vals.split()], YS, "mass", "t", 1000,
          concept="copper mine production", measures=("level",) * 4, subject=subj)
N("2025", YEAR)
ctx(subject="Chile", time=Y25)
F("0.6%", "percent", -0.6, "%", m="change", concept="copper mine output")
F("5.38 million tonnes", "mass", 5.38e6, "t", concept="copper mine output")
N("third", ORD)
F("1.07 million tonnes", "mass", 1.07e6, "t", concept="copper mine production",
  subject="United States")
ctx(subject="Democratic Republic of Congo", source="Harriet Ngozi", time=None)
F("two Chinese-run mines", "count", 2, "mine", concept="Chinese-run mines driving growth")
ctx(time=T("this year", "2026-01-01", "2026-12-31"))
F("between 3.7 and 3.9 million tonnes", "mass", 3.7e6, "t", hi=3.9e6,
  concept="copper mine output forecast")
F("as much as 150,000 tonnes", "mass", -150000, "t", q="up_to", m="change",
  concept="output loss from power shortages")
ctx(subject="Peru", source=None, time=None)
N("2024", YEAR)
N("a single", "idiom of negation ('lacks a single'), no amount")
F("seven to ten years", "duration", 7, "year", hi=10,
  concept="permitting time for mine expansions")
F("near $12,000 a tonne", "money", 12000, "USD", q="approx", per="t", concept="copper price",
  subject="LME", time=T("this week", "2026-04-13", "2026-04-19"))
N("five years on", RELATED)
N("2024", "year in a photo caption")

# ---------------------------------------------------------------- sv_01
doc("sv_01_chile_gruvexport")
N("8 maj 2026", DATE)
N("09.14", CLOCK)
N("10.02", CLOCK)
N("3 min", READ)
N("Dela 24", COUNTER)
ctx(subject="Chile", source="Central Bank of Chile",
    time=T("i april", "2026-04-01", "2026-04-30"))
F("4,8 miljarder dollar", "money", 4.8e9, "USD", concept="copper exports")
F("13 procent", "percent", 13, "%", m="change", concept="copper exports")
F("14 procent", "percent", 14, "%", m="change", concept="lithium exports")
F("330 miljoner dollar", "money", 330e6, "USD", concept="lithium exports")
N("2026", YEAR + " (table caption)")
MON = [T("jan", "2026-01-01", "2026-01-31"), T("feb", "2026-02-01", "2026-02-28"),
       T("mar", "2026-03-01", "2026-03-31"), T("apr", "2026-04-01", "2026-04-30")]
ROWS = [("copper concentrate exports", "2,41 2,58 2,37 2,69"),
        ("refined copper exports", "1,92 2,05 1,88 2,11"),
        ("lithium carbonate exports", "0,27 0,24 0,29 0,33"),
        ("molybdenum exports", "0,31 0,28 0,34 0,36"),
        ("total mining sector exports", "5,12 5,34 5,08 5,71")]
for concept, vals in ROWS:
    cells([(v, float(v.replace(",", "."))) for v in vals.split()], MON, "money", "USD", 1e9,
          concept=concept, measures=("level",) * 4)
ctx(source="Cochilco", time=T("i mars", "2026-03-01", "2026-03-31"))
F("448{NBSP}000 ton", "mass", 448000, "t", concept="copper production")
F("2,1 procent", "percent", -2.1, "%", m="change", concept="copper production")
N("ett år tidigare", ARTICLE)
ctx(subject="LME", source="Karin Sjöberg",
    time=T("sedan årsskiftet", "2026-01-01", "2026-05-08"))
F("nästan 20 procent", "percent", 20, "%", q="approx", m="change", concept="copper price")
F("drygt 60 miljarder dollar", "money", 60e9, "USD", q="approx", subject="Chile",
  concept="copper exports forecast", time=T("i år", "2026-01-01", "2026-12-31"))
ctx(subject="Salinas del Norte", source="Salinas del Norte", time=None)
F("1,2 miljarder dollar", "money", 1.2e9, "USD", concept="investment in new plant")
F("40{NBSP}000 ton", "mass", 40000, "t", per="year", concept="lithium carbonate capacity")
F("omkring 600 personer", "count", 600, "person", q="approx", concept="jobs at new plant")
F("tre år", "duration", 3, "year", concept="construction time")
ctx(subject="Chile", source=None)
F("omkring 23 procent", "percent", 23, "%", q="approx", concept="share of world copper mining")
N("(2 min)", READ)

# ---------------------------------------------------------------- sv_02
doc("sv_02_fjallmyra_halvar")
N("17 juli 2026", DATE)
N("08:30", CLOCK)
N("Dela artikeln (12)", COUNTER)
H1 = T("första halvåret", "2026-01-01", "2026-06-30")
PY = T("motsvarande period i fjol", "2025-01-01", "2025-06-30")
ctx(subject="Fjällmyra Metall", source="Fjällmyra Metall", time=H1)
F("17 procent", "percent", 17, "%", m="change", concept="net sales")
F("2{NBSP}184 miljoner kronor", "money", 2.184e9, "SEK", concept="net sales")
F("412 miljoner kronor", "money", 412e6, "SEK", concept="operating profit")
F("287 miljoner kronor", "money", 287e6, "SEK", m="prior", concept="operating profit", time=PY)
F("301 Mkr", "money", 301e6, "SEK", concept="profit after tax")
F("(198)", "money", 198e6, "SEK", m="prior", concept="profit after tax", time=PY)
F("80{NBSP}000–85{NBSP}000 ton", "mass", 80000, "t", hi=85000,
  concept="zinc production target", source="Annika Lindqvist Öhrn",
  time=T("helåret", "2026-01-01", "2026-12-31"))
N("jan–jun 2026", HEADER)
N("jan–jun 2025", HEADER)
C = T("jan–jun 2026", "2026-01-01", "2026-06-30")
P = T("jan–jun 2025", "2025-01-01", "2025-06-30")
TM = (C, P, C)
MS = ("level", "prior", "change")
for concept, kind, unit, scale, vals in [
        ("net sales", "money", "SEK", 1e6, [("2 184", 2184), ("1 862", 1862), ("17", 17)]),
        ("operating profit", "money", "SEK", 1e6, [("412", 412), ("287", 287), ("44", 44)]),
        ("profit after tax", "money", "SEK", 1e6, [("301", 301), ("198", 198), ("52", 52)]),
        ("capital expenditure", "money", "SEK", 1e6, [("356", 356), ("511", 511), ("-30", -30)]),
        ("zinc production", "mass", "t", 1, [("41 250", 41250), ("38 900", 38900), ("6", 6)]),
        ("copper production", "mass", "t", 1, [("6 480", 6480), ("6 910", 6910), ("-6", -6)])]:
    cells(vals, TM, kind, unit, scale, concept=concept, measures=MS)
ctx(time=H1)
F("6 procent", "percent", -6, "%", m="change", concept="copper production")
F("6{NBSP}480 ton", "mass", 6480, "t", concept="copper production")
F("356 miljoner kronor", "money", 356e6, "SEK", concept="capital expenditure")
F("knappt 30 procent", "percent", -30, "%", q="approx", m="change",
  concept="capital expenditure")
N("ett år tidigare", ARTICLE)
ctx(subject="LME", source=None, time=T("under halvåret", "2026-01-01", "2026-06-30"))
F("3{NBSP}050 dollar per ton", "money", 3050, "USD", per="t", concept="average zinc price")
F("cirka 11 procent", "percent", 11, "%", q="approx", m="change", concept="average zinc price")
N("2025", YEAR)
F("över 12{NBSP}000 dollar per ton", "money", 12000, "USD", q="more_than", per="t",
  concept="copper price", time=T("sedan maj", "2026-05-01", "2026-07-17"))
ctx(subject="Fjällmyra Metall", source="Johan Eklöv", time=None)
F("58 kronor per aktie", "money", 58, "SEK", per="share", concept="price target")
F("51 kronor", "money", 51, "SEK", m="prior", per="share", concept="price target")
F("2,50 kronor per aktie", "money", 2.5, "SEK", per="share", concept="dividend forecast",
  time=T("för 2026", "2026-01-01", "2026-12-31"))
N("2026", YEAR)
F("1,80 kronor", "money", 1.8, "SEK", m="prior", per="share", concept="dividend",
  time=T("året innan", "2025-01-01", "2025-12-31"))
F("4,2 procent", "percent", 4.2, "%", m="change", concept="share price", source=None,
  time=T("under förmiddagen", "2026-07-17"))
N("Tio frågor", RELATED)

# ---------------------------------------------------------------- sv_03
doc("sv_03_tukes_gruvstatistik")
N("20.5.2026", DATE)
N("11:42", CLOCK)
N("20.5.2026", DATE)
N("13:05", CLOCK)
N("3 min", READ)
N("Kommentarer (4)", COUNTER)
FJ = T("i fjol", "2025-01-01", "2025-12-31")
ctx(subject="Finland", source="Tukes", time=FJ)
F("45{NBSP}300 ton", "mass", 45300, "t", concept="nickel mine production")
F("8 procent", "percent", 8, "%", m="change", concept="nickel mine production")
N("2024", YEAR)
F("knappt 7 procent", "percent", 7, "%", q="approx", m="change",
  concept="cobalt mine production")
F("2{NBSP}650 ton", "mass", 2650, "t", concept="cobalt mine production")
F("3,7 procent", "percent", -3.7, "%", m="change", concept="copper mine production")
F("11", "count", 11, "mine", concept="operating metal mines")
F("12", "count", 12, "mine", m="prior", concept="operating metal mines",
  time=T("året innan", "2024-01-01", "2024-12-31"))
F("över 40 procent", "percent", 40, "%", q="more_than", source="Mikael Rautio", time=None,
  concept="nickel-cobalt share of ore value")
for y in ("2023", "2024", "2025"):
    N(y, HEADER)
YS = [T(y, f"{y}-01-01", f"{y}-12-31") for y in ("2023", "2024", "2025")]
ctx(source="Tukes")
for concept, scale, vals in [
        ("nickel mine production", 1, "38 400|41 900|45 300"),
        ("cobalt mine production", 1, "2 310|2 480|2 650"),
        ("zinc mine production", 1, "51 700|46 200|48 900"),
        ("copper mine production", 1, "33 900|35 400|34 100"),
        ("gold mine production", 0.001, "8 150|7 620|7 980")]:
    cells([(v, float(v.replace(" ", ""))) for v in vals.split("|")], YS, "mass", "t", scale,
          concept=concept, measures=("level",) * 3)
F("12 600", "mass", 12600, "t", concept="spodumene concentrate production", time=YS[2])
ctx(subject="Lappmarks Nickel", source="Lappmarks Nickel", time=FJ)
F("31{NBSP}200 ton", "mass", 31200, "t", concept="nickel production")
F("34{NBSP}000 ton", "mass", 34000, "t", concept="nickel production target",
  time=T("i år", "2026-01-01", "2026-12-31"))
ctx(subject="Kaustby Litium", source="Kaustby Litium")
F("12{NBSP}600 ton", "mass", 12600, "t", concept="spodumene concentrate deliveries",
  time=T("under året", "2025-01-01", "2025-12-31"))
N("2027", YEAR)
F("15{NBSP}000 ton", "mass", 15000, "t", per="year", concept="lithium hydroxide capacity",
  time=T("Från 2027", "2027-01-01", "2027-12-31"))
F("cirka 650 miljoner euro", "money", 650e6, "EUR", q="approx", concept="investment cost",
  time=None)
ctx(subject="Finland", source=None, time=None)
F("ungefär 1 procent", "percent", 1, "%", q="approx",
  concept="share of world cobalt production")
F("över 70 procent", "percent", 70, "%", q="more_than", subject="Democratic Republic of Congo",
  concept="share of world cobalt production")
F("knappt 5 procent", "percent", 5, "%", q="approx", m="change", concept="gold production",
  source="Tukes", time=FJ)
N("2021", YEAR)
N("två år", RELATED)
N("200 nya anställda", RELATED)
