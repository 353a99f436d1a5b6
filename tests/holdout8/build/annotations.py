"""Gold annotations for tests/holdout8, one block per article, rows in text order.

The helpers and row format of tests/holdout_tools/gold_rows.py: F(...) is a fact row, N(...)
a trap row.  ctx(...) sets the running context (subject, time, source) that later rows
inherit, mirroring the contract's rule that "a period set earlier in the passage carries
over"; a keyword on a single F(...) overrides it for that row only.  T(phrase, start,
end) is a time phrase as written plus the ISO period it names, resolved against the
document date.  direction is derived from the sign of a change.  Prose only: every fact
is in running text and its context must be read from the sentence.
See ../NOTES.md for the judgement calls.
"""

from gold_rows import DOCS, F, N, T, ctx, doc  # noqa: F401 (tests/holdout_tools)


DATE = "date line or byline date"
CLOCK = "time of day in byline or text"
READ = "page chrome: reading time"
COUNTER = "page chrome: share/comment/like/follower counter"
YEAR = "year (a date, not a quantity)"
RELATED = "page chrome: related-article link"
COOKIE = "page chrome: cookie notice"
NEWS = "page chrome: newsletter signup"
PHONE = "phone number"
ORD = "ordinal or rank, not an amount"
NAME = "name, contract name or product code with digits"
PERIOD = "length of a period inside a time phrase, not a quantity"
LIST = "page chrome: list numbering in a most-read box"
CHROME = "page chrome: data-delay disclaimer"


# ---------------------------------------------------------------- en_01
doc("en_01_tessaly_copper_annual")
N("February 26, 2026", DATE)
N("06:45 GMT", CLOCK)
N("Reading time: 4 min", READ)
N("112 shares", COUNTER)
N("14 partners", COOKIE)
N("Feb 26", DATE)
Y25 = T("in 2025", "2025-01-01", "2025-12-31")
ctx(subject="Tessaly Copper", source="Tessaly Copper", time=Y25)
F("11%", "percent", 11, "%", m="change", concept="revenue")
F("$4.82 billion", "money", 4.82e9, "USD", concept="revenue")
N("2025", YEAR)
F("$4.34 billion", "money", 4.34e9, "USD", m="prior", concept="revenue",
  time=T("the previous year", "2024-01-01", "2024-12-31"))
F("$612 million", "money", 612e6, "USD", concept="EBITDA")
F("$538 million", "money", 538e6, "USD", m="prior", concept="EBITDA",
  time=T("a year earlier", "2024-01-01", "2024-12-31"))
F("$287 million", "money", 287e6, "USD", concept="net profit")
F("61 cents", "money", 0.61, "USD", per="share", concept="earnings per share")
F("24 cents", "money", 0.24, "USD", per="share", concept="proposed dividend per share")
F("18 cents", "money", 0.18, "USD", per="share", m="prior", concept="dividend per share",
  time=None)
N("2nd largest", ORD)
YR = T("during the year", "2025-01-01", "2025-12-31")
ctx(time=YR)
F("1.31 million tonnes", "mass", 1.31e6, "t", concept="copper concentrate treated")
F("1.35 million tonnes a year", "mass", 1.35e6, "t", per="year",
  concept="smelter nameplate capacity", time=None)
F("318,400 tonnes", "mass", 318400, "t", concept="cathode production")
F("97.6%", "percent", 97.6, "%", concept="copper recovery rate")
F("97.1%", "percent", 97.1, "%", m="prior", concept="copper recovery rate", time=None)
N("No. 2", NAME)
F("about 1.2 million tonnes", "mass", 1.2e6, "t", q="approx",
  concept="sulphuric acid output")
ctx(time=T("at the end of December", "2025-12-31"))
F("$1.05 billion", "money", 1.05e9, "USD", concept="net debt")
F("14%", "percent", -14, "%", m="change", concept="net debt",
  time=T("over the 12 months", "2025-01-01", "2025-12-31"))
N("12 months", PERIOD)
F("1.7 times", "ratio", 1.7, "x", concept="net debt to EBITDA")
ctx(source="Eleni Varga")
F("$218 per tonne", "money", 218, "USD", per="t", concept="smelter conversion cost",
  time=T("in the second half", "2025-07-01", "2025-12-31"))
F("$241 per tonne", "money", 241, "USD", per="t", concept="smelter conversion cost",
  time=T("in the first half", "2025-01-01", "2025-06-30"))
F("1,940 GWh", "energy", 1940000, "MWh", concept="electricity consumption",
  time=T("last year", "2025-01-01", "2025-12-31"))
F("almost two hours", "duration", 2, "hour", q="approx", concept="analyst call length",
  source=None, time=None)
ctx(subject=None, source=None, time=None)
F("$21.25 a tonne", "money", 21.25, "USD", per="t", concept="annual benchmark treatment charge",
  time=T("for 2025", "2025-01-01", "2025-12-31"))
N("2025", YEAR)
F("$80 a tonne", "money", 80, "USD", per="t", m="prior",
  concept="annual benchmark treatment charge", time=T("for 2024", "2024-01-01", "2024-12-31"))
N("2024", YEAR)
F("As many as 40%", "percent", 40, "%", q="up_to",
  concept="custom smelters running at loss", source="Kallisto Research",
  time=T("in the fourth quarter", "2025-10-01", "2025-12-31"))
ctx(subject="Tessaly Copper", source="Tessaly Copper",
    time=T("For 2026", "2026-01-01", "2026-12-31"))
N("2026", YEAR)
F("between 1.30 million and 1.34 million tonnes", "mass", 1.30e6, "t", hi=1.34e6,
  concept="concentrate treatment guidance")
F("roughly $290 million", "money", 290e6, "USD", q="approx", concept="capital expenditure guidance")
F("$75 million", "money", 75e6, "USD", concept="acid plant upgrade cost")
F("about 18 months", "duration", 18, "month", q="approx", concept="acid plant upgrade duration",
  time=None)
ctx(time=T("at the end of the year", "2025-12-31"))
F("2,870", "count", 2870, "person", concept="employees")
F("4%", "percent", 4, "%", m="change", concept="employees")
ctx(source="Priya Natarajan", time=None)
F("$10 a tonne", "money", 10, "USD", per="t", subject=None, concept="treatment charge move")
F("around $13 million", "money", 13e6, "USD", q="approx",
  concept="EBITDA sensitivity to treatment charges")
ctx(source=None, time=T("by midday", "2026-02-26"))
F("3.2%", "percent", 3.2, "%", m="change", concept="share price")
F("1,486 pence", "money", 14.86, "GBP", per="share", concept="share price")
F("roughly £3.9 billion", "money", 3.9e9, "GBP", q="approx", concept="market value")
N("2024", "year in a photo caption")
N("Comments (6)", COUNTER)
N("5 smelters that cut output in 2025", RELATED)
N("12-month rally", RELATED)
N("7am", NEWS + " (time of day)")
N("+30 210 555 0184", PHONE)


# ---------------------------------------------------------------- en_02
doc("en_02_indonesia_nickel_trade")
N("15 September 2025", DATE)
N("14:20 WIB", CLOCK)
N("16:05", CLOCK)
N("5 min read", READ)
AUG = T("in August", "2025-08-01", "2025-08-31")
ctx(subject="Indonesia", source="BPS", time=AUG)
F("1.07 million tonnes", "mass", 1.07e6, "t", concept="nickel pig iron and ferronickel exports")
F("6.3%", "percent", 6.3, "%", m="change", concept="nickel pig iron and ferronickel exports")
F("$1.92 billion", "money", 1.92e9, "USD", concept="nickel alloy export value")
F("$1.78 billion", "money", 1.78e9, "USD", m="prior", concept="nickel alloy export value",
  time=T("a month earlier", "2025-07-01", "2025-07-31"))
ctx(time=T("in the month", "2025-08-01", "2025-08-31"))
F("88.4%", "percent", 88.4, "%", concept="China's share of ferronickel exports")
F("91.2%", "percent", 91.2, "%", m="prior", concept="China's share of ferronickel exports",
  time=T("in August 2024", "2024-08-01", "2024-08-31"))
N("2024", YEAR)
F("more than doubled", "ratio", 2, "x", q="more_than", m="change", concept="nickel matte exports")
F("41,600 tonnes", "mass", 41600, "t", concept="nickel matte exports")
F("23%", "percent", 23, "%", concept="Japan's share of nickel matte exports")
N("eight months", PERIOD)
ctx(time=T("In the first eight months of the year", "2025-01-01", "2025-08-31"))
F("$14.6 billion", "money", 14.6e9, "USD", concept="nickel product export earnings")
F("9%", "percent", 9, "%", m="change", concept="nickel product export earnings")
N("2024", YEAR)
F("$3.1 billion", "money", 3.1e9, "USD", concept="MHP export earnings")
F("2.5%", "percent", -2.5, "%", m="change", concept="stainless steel exports")
F("5.2 million tonnes", "mass", 5.2e6, "t", concept="stainless steel exports")
F("$4.35 billion", "money", 4.35e9, "USD", concept="trade surplus", time=AUG)
N("64th", ORD)
F("about 3,900 tonnes", "mass", 3900, "t", q="approx", concept="cobalt exports", time=AUG)
F("roughly 16%", "percent", 16, "%", q="approx", concept="cobalt exports relative to Congo",
  source="Kestrel Metals Research", time=AUG)
ctx(subject="Nusantara Smelter Forum", source="Hadi Prasetyo", time=None)
F("34", "count", 34, "smelter", concept="member smelters")
F("81%", "percent", 81, "%", concept="average smelter utilisation")
F("90%", "percent", 90, "%", concept="break-even smelter utilisation")
ctx(subject="Indonesia")
F("298 million wet tonnes", "mass", 298e6, "t", concept="approved nickel ore quota",
  time=T("for 2025", "2025-01-01", "2025-12-31"))
N("2025", YEAR)
F("240 million wet tonnes", "mass", 240e6, "t", concept="nickel ore consumption by smelters",
  time=T("last year", "2024-01-01", "2024-12-31"))
ctx(subject="LME", source=None, time=AUG)
F("$15,180 a tonne", "money", 15180, "USD", per="t", concept="average nickel price")
F("about 4%", "percent", -4, "%", q="approx", m="change", concept="average nickel price")
ctx(subject="Indonesia", source="Ministry of Energy and Mineral Resources",
    time=T("last month", "2025-08-01", "2025-08-31"))
F("1.6%", "percent", 1.6, "%", concept="benchmark ore nickel grade")
F("$46 to $49 per wet tonne", "money", 46, "USD", hi=49, per="t",
  concept="domestic nickel ore price")
ctx(source="BPS", time=T("in the January-August period", "2025-01-01", "2025-08-31"))
F("1.4 million tonnes", "mass", 1.4e6, "t", concept="nickel ore imports from Philippines")
F("almost three times", "ratio", 3, "x", q="approx", m="change",
  concept="nickel ore imports from Philippines")
ctx(source="Maria Lindqvist")
F("63%", "percent", 63, "%", concept="share of world mined nickel",
  time=T("in 2026", "2026-01-01", "2026-12-31"))
N("2026", YEAR)
F("60%", "percent", 60, "%", m="prior", concept="share of world mined nickel",
  time=T("this year", "2025-01-01", "2025-12-31"))
F("more than 500,000 tonnes of nickel matte a year", "mass", 500000, "t", q="more_than",
  per="year", concept="nickel matte export potential", time=T("by 2027", "2027-01-01", "2027-12-31"))
N("2027", YEAR)
N("Facebook (31)", COUNTER)
N("10% ore export tax", RELATED)
N("Top 3 nickel projects to watch in 2026", RELATED)
N("+62 21 5790 3344", PHONE)


# ---------------------------------------------------------------- en_03
doc("en_03_canada_lithium_package")
F("C$3.2 billion", "money", 3.2e9, "CAD", subject="Canada", concept="support package size")
N("March 10, 2026", DATE)
N("11:32 a.m. ET", CLOCK)
N("6 min read", READ)
N("27", COUNTER, pre="🗨 ")
ctx(subject="Canada", source="Canada", time=None)
F("C$3.2 billion", "money", 3.2e9, "CAD", concept="support package size")
F("at least 15%", "percent", 15, "%", q="at_least",
  concept="target share of lithium demand", time=T("by 2030", "2030-01-01", "2030-12-31"))
N("2030", YEAR)
ctx(source="Claire Dufresne")
F("C$2.1 billion", "money", 2.1e9, "CAD", concept="loan funding")
F("4.25%", "percent", 4.25, "%", concept="fixed loan interest rate")
F("up to 15 years", "duration", 15, "year", q="up_to", concept="loan term")
F("C$650 million", "money", 650e6, "CAD", concept="equity funding")
F("C$450 million", "money", 450e6, "CAD", concept="tax credit funding")
F("30%", "percent", 30, "%", concept="investment tax credit rate")
ctx(subject="Northlake Lithium", source=None)
F("C$480 million", "money", 480e6, "CAD", concept="federal loan")
F("32,000 tonnes of lithium hydroxide a year", "mass", 32000, "t", per="year",
  concept="refinery design capacity")
ctx(source="Northlake Lithium")
F("about 30 months", "duration", 30, "month", q="approx", concept="refinery construction time")
F("620", "count", 620, "job", concept="construction jobs")
F("240", "count", 240, "position", concept="permanent positions")
ctx(source=None)
F("18%", "percent", 18, "%", m="change", concept="share price")
F("C$4.12", "money", 4.12, "CAD", per="share", concept="share price")
ctx(subject="Canada", source="Natural Resources Canada")
F("5,000 tonnes a year", "mass", 5000, "t", per="year", concept="NdPr oxide production target",
  time=T("by 2029", "2029-01-01", "2029-12-31"))
N("2029", YEAR)
F("roughly 8%", "percent", 8, "%", q="approx", concept="target share of global NdPr output")
ctx(subject="China")
F("about 90%", "percent", 90, "%", q="approx", concept="share of rare earth separation capacity")
F("94%", "percent", 94, "%", concept="share of sintered magnet production")
ctx(subject="Saskatchewan", source=None)
F("C$350 million", "money", 350e6, "CAD", concept="rare earth hub grant")
ctx(source="Claire Dufresne")
F("sixfold", "ratio", 6, "x", m="change", concept="rare earth hub output")
F("five years", "duration", 5, "year", q="at_most", concept="time to sixfold output")
ctx(subject="Canada", source="Statistics Canada", time=T("last year", "2025-01-01", "2025-12-31"))
F("214,000 tonnes", "mass", 214000, "t", concept="spodumene concentrate exports")
F("97%", "percent", 97, "%", concept="share of spodumene exports to China")
ctx(subject="United States", source="Amira Haddad",
    time=T("since 2022", "2022-01-01", "2026-03-10"))
F("more than US$12 billion", "money", 12e9, "USD", q="more_than",
  concept="battery supply chain loans and grants")
N("2022", YEAR)
F("about 0.1%", "percent", 0.1, "%", q="approx", subject="Canada",
  concept="package size relative to GDP", time=None)
ctx(subject="China", source=None, time=None)
F("around 98,000 yuan a tonne", "money", 98000, "CNY", q="approx", per="t",
  concept="lithium carbonate price")
F("31%", "percent", 31, "%", m="change", concept="lithium carbonate price",
  time=T("since January", "2026-01-01", "2026-03-10"))
F("almost 600,000 yuan", "money", 600000, "CNY", q="approx", per="t",
  concept="peak lithium carbonate price", time=T("in late 2022", "2022-10-01", "2022-12-31"))
N("2022", YEAR)
ctx(subject="Canada", source="Canada",
    time=T("over the next decade", "2026-03-10", "2036-03-10"))
F("4,100", "count", 4100, "job", concept="direct jobs created")
F("C$9 billion", "money", 9e9, "CAD", concept="private investment attracted")
N("1.", LIST)
N("2.", LIST)
N("6 a.m.", NEWS + " (time of day)")
N("613-555-0142", PHONE)


# ---------------------------------------------------------------- en_04
doc("en_04_base_metals_weekly")
N("four-month low", PERIOD + " (a four-month low is a time span, not an amount)")
N("14 November 2025", DATE)
N("17:40", CLOCK)
N("Reading time 3 mins", READ)
N("19", COUNTER, pre="🔗 ")
N("212 partners", COOKIE)
WK = T("the week", "2025-11-10", "2025-11-16")
ctx(subject="LME", source=None, time=WK)
F("$10,642 a tonne", "money", 10642, "USD", per="t", concept="copper price")
F("1.8%", "percent", -1.8, "%", m="change", concept="copper price")
N("fourth straight week", ORD)
F("148,275 tonnes", "mass", 148275, "t", concept="copper stocks in LME warehouses")
N("Three-month", NAME + " (contract tenor)")
F("$10,910", "money", 10910, "USD", per="t", concept="three-month copper price",
  time=T("on Tuesday", "2025-11-11"))
ctx(source="Tobias Lehner", time=T("on Friday", "2025-11-14"))
F("11%", "percent", 11, "%", concept="cancelled warrants share of stocks")
F("19%", "percent", 19, "%", m="prior", concept="cancelled warrants share of stocks",
  time=T("a week earlier", "2025-11-07"))
F("between $10,300 and $10,900", "money", 10300, "USD", hi=10900, per="t", subject=None,
  concept="copper price forecast range",
  time=T("until the end of the year", "2025-11-14", "2025-12-31"))
ctx(subject="Shanghai Futures Exchange", source=None,
    time=T("on the week", "2025-11-10", "2025-11-16"))
F("85,370 yuan a tonne", "money", 85370, "CNY", per="t", concept="copper settlement price")
F("1.1%", "percent", -1.1, "%", m="change", concept="copper settlement price")
F("9,412 tonnes", "mass", -9412, "t", m="change", concept="exchange copper stocks")
F("102,600 tonnes", "mass", 102600, "t", concept="exchange copper stocks")
F("$38 a tonne", "money", 38, "USD", per="t", subject="Yangshan",
  concept="copper import premium")
F("$52", "money", 52, "USD", per="t", m="prior", subject="Yangshan",
  concept="copper import premium", time=None)
F("$5.04 a lb", "money", 5.04, "USD", per="lb", subject="Comex", concept="copper futures price",
  time=T("late on Friday", "2025-11-14"))
ctx(subject="LME", time=WK)
F("2.4%", "percent", 2.4, "%", m="change", concept="aluminium price")
F("$2,896 a tonne", "money", 2896, "USD", per="t", concept="aluminium price")
N("2022", YEAR)
F("roughly 1,000 tonnes a day", "mass", 1000, "t", q="approx", per="day", subject="Iceland",
  concept="aluminium output lost to outage")
F("402,150 tonnes", "mass", 402150, "t", concept="aluminium stocks",
  time=T("on Friday", "2025-11-14"))
F("38%", "percent", -38, "%", m="change", concept="aluminium stocks",
  time=T("since the start of the year", "2025-01-01", "2025-11-14"))
ctx(time=T("over the week", "2025-11-10", "2025-11-16"))
F("3.1%", "percent", -3.1, "%", m="change", concept="nickel price")
F("$14,565 a tonne", "money", 14565, "USD", per="t", concept="nickel price")
ctx(time=T("this year", "2025-01-01", "2025-12-31"))
F("nearly doubled", "ratio", 2, "x", q="approx", m="change", concept="nickel inventories")
F("252,000 tonnes", "mass", 252000, "t", concept="nickel inventories")
F("about 200,000 tonnes", "mass", 200000, "t", q="approx", subject=None,
  concept="nickel market surplus", source="Singapore-based trader",
  time=T("next year", "2026-01-01", "2026-12-31"))
ctx(subject=None, source=None, time=None)
F("0.7%", "percent", 0.7, "%", m="change", concept="zinc price")
F("$3,011.50 a tonne", "money", 3011.5, "USD", per="t", concept="zinc price")
F("$1,998 a tonne", "money", 1998, "USD", per="t", concept="lead price")
N("three-month", NAME + " (contract tenor)")
F("$64 a tonne", "money", 64, "USD", per="t", concept="zinc cash to three-month backwardation",
  source="Orellana Metals Analytics")
F("1.5%", "percent", 1.5, "%", m="change", concept="tin price")
F("$36,240 a tonne", "money", 36240, "USD", per="t", concept="tin price")
F("below 1,000 tonnes a month", "mass", 1000, "t", q="less_than", per="month", subject="Myanmar",
  concept="tin concentrate shipments", source="Tobias Lehner",
  time=T("since April", "2025-04-01", "2025-11-14"))
ctx(subject="LMEX index", time=T("over the five sessions", "2025-11-10", "2025-11-14"))
F("six base metals", "count", 6, "metal", concept="metals tracked by index", time=None)
F("0.9%", "percent", -0.9, "%", m="change", concept="index level")
F("4,317.6 points", "index", 4317.6, "point", concept="index level")
N("five sessions", PERIOD)
N("at least 15 minutes", CHROME)
N("Copper's 5 biggest demand risks for 2026", RELATED)
N("4.6K followers", COUNTER)
N("© 2025", "page chrome: copyright year")


# ---------------------------------------------------------------- sv_01
doc("sv_01_norrbergs_metall_q2")
N("17 juli 2025", DATE)
N("08.15", CLOCK)
N("09.40", CLOCK + " (update stamp)")
N("Lästid 4 min", READ)
N("Dela (18)", COUNTER)
Q2 = T("andra kvartalet 2025", "2025-04-01", "2025-06-30")
ctx(subject="Norrbergs Metall", source="Norrbergs Metall", time=Q2)
F("412 miljoner kronor", "money", 412e6, "SEK", concept="operating profit")
N("2025", YEAR)
F("356 miljoner kronor", "money", 356e6, "SEK", m="prior", concept="operating profit",
  time=T("samma period i fjol", "2024-04-01", "2024-06-30"))
F("7 procent", "percent", 7, "%", m="change", concept="net sales")
F("1{NBSP}864", "money", 1864e6, "SEK", concept="net sales")
F("1{NBSP}742", "money", 1742e6, "SEK", m="prior", concept="net sales", time=None)
F("655 miljoner kronor", "money", 655e6, "SEK", concept="EBITDA")
F("2,14 kronor", "money", 2.14, "SEK", per="share", concept="earnings per share")
F("1,87", "money", 1.87, "SEK", per="share", m="prior", concept="earnings per share", time=None)
F("521 Mkr", "money", 521e6, "SEK", concept="operating cash flow")
QK = T("Under kvartalet", "2025-04-01", "2025-06-30")
ctx(time=QK)
F("1,38 miljoner ton", "mass", 1.38e6, "t", concept="ore mined")
F("5 procent", "percent", 5, "%", m="change", concept="ore mined")
F("4,6 procent", "percent", 4.6, "%", concept="zinc ore grade")
F("5,1 procent", "percent", 5.1, "%", m="prior", concept="zinc ore grade", time=None)
F("91,3 procent", "percent", 91.3, "%", concept="zinc recovery rate")
F("54{NBSP}200 ton", "mass", 54200, "t", concept="zinc in concentrate production")
F("6{NBSP}850 ton", "mass", 6850, "t", concept="lead production")
F("412{NBSP}000 troy uns", "mass", 412000 * 31.1035e-6, "t", concept="silver production")
N("C1", NAME + " (cost measure C1)")
F("0,62 dollar per pund", "money", 0.62, "USD", per="lb", concept="C1 cash cost")
F("0,71 dollar", "money", 0.71, "USD", per="lb", m="prior", concept="C1 cash cost",
  time=T("ett år tidigare", "2024-04-01", "2024-06-30"))
ctx(time=T("januari–juni", "2025-01-01", "2025-06-30"))
F("3{NBSP}611 Mkr", "money", 3611e6, "SEK", concept="net sales")
F("3{NBSP}298 Mkr", "money", 3298e6, "SEK", m="prior", concept="net sales", time=None)
F("779 Mkr", "money", 779e6, "SEK", concept="operating profit")
F("641", "money", 641e6, "SEK", m="prior", concept="operating profit", time=None)
ctx(time=T("vid periodens utgång", "2025-06-30"))
F("2,9 miljarder kronor", "money", 2.9e9, "SEK", concept="net debt")
F("1,2 gånger", "ratio", 1.2, "x", concept="net debt to EBITDA")
N("tolv månader", PERIOD)
F("1{NBSP}146", "count", 1146, "employee", concept="employees")
F("38 personer", "count", 38, "person", m="change", concept="employees",
  time=T("sedan årsskiftet", "2025-01-01", "2025-06-30"))
ctx(time=T("helåret 2025", "2025-01-01", "2025-12-31"))
F("5,4–5,6 miljoner ton", "mass", 5.4e6, "t", hi=5.6e6, concept="ore production guidance")
N("2025", YEAR)
F("cirka 1,1 miljarder kronor", "money", 1.1e9, "SEK", q="approx",
  concept="capital expenditure guidance")
F("381 miljoner kronor", "money", 381e6, "SEK", concept="consensus operating profit",
  source="Kvartalsbasen", time=Q2)
ctx(subject="LME", source="Johanna Berg", time=T("under kvartalet", "2025-04-01", "2025-06-30"))
F("2{NBSP}640 dollar per ton", "money", 2640, "USD", per="t", concept="average zinc price")
F("6 procent", "percent", -6, "%", m="change", concept="average zinc price")
ctx(subject="Norrbergs Metall", source=None, time=T("vid lunchtid", "2025-07-17"))
F("4,8 procent", "percent", 4.8, "%", m="change", concept="share price")
F("138,20 kronor", "money", 138.2, "SEK", per="share", concept="share price")
F("drygt 22 procent", "percent", 22, "%", q="approx", m="change", concept="share price",
  time=T("Sedan årsskiftet", "2025-01-01", "2025-07-17"))
N("3 gruvor", RELATED)
N("1.", LIST)
N("2.", LIST)
N("08-555 123 40", PHONE)


# ---------------------------------------------------------------- sv_02
doc("sv_02_scb_metallhandel")
N("12 november 2025", DATE)
N("11.02", CLOCK)
N("Läsningstid: 3 minuter", READ)
N("4", COUNTER, pre="💬 ")
Q3 = T("tredje kvartalet 2025", "2025-07-01", "2025-09-30")
ctx(subject="Sweden", source="SCB", time=Q3)
F("41,7 miljarder kronor", "money", 41.7e9, "SEK", concept="ore and metal exports")
N("2025", YEAR)
F("9,2 procent", "percent", 9.2, "%", m="change", concept="ore and metal exports")
F("14,9 miljarder kronor", "money", 14.9e9, "SEK", concept="metal exports",
  time=T("i september", "2025-09-01", "2025-09-30"))
F("3,1 miljarder kronor", "money", 3.1e9, "SEK", m="prior",
  concept="refined copper exports to Germany", time=None)
F("4,4 miljarder kronor", "money", 4.4e9, "SEK", concept="refined copper exports to Germany")
F("38 procent", "percent", 38, "%", concept="Germany's share of copper exports")
F("98 kronor per kilo", "money", 98, "SEK", per="kg", concept="average copper export price")
F("86 kronor", "money", 86, "SEK", per="kg", m="prior", concept="average copper export price",
  time=None)
ctx(time=T("januari–september", "2025-01-01", "2025-09-30"))
F("36,2 miljarder kronor", "money", 36.2e9, "SEK", concept="iron ore and pellet exports")
F("4 procent", "percent", -4, "%", m="change", concept="iron ore and pellet exports")
F("19,8 miljoner ton", "mass", 19.8e6, "t", concept="iron ore and pellet export volume")
F("3,5 procent", "percent", 3.5, "%", m="change", concept="aluminium exports")
F("7,3 miljarder kronor", "money", 7.3e9, "SEK", concept="aluminium exports")
ctx(source="Tullverket", time=T("i september", "2025-09-01", "2025-09-30"))
F("2{NBSP}430 ton", "mass", 2430, "t", concept="unwrought nickel imports")
F("nästan dubbelt så mycket", "ratio", 2, "x", q="approx", m="change",
  concept="unwrought nickel imports")
F("61 procent", "percent", 61, "%", concept="share of nickel imports from Norway")
F("knappt 9 procent", "percent", 9, "%", q="approx", concept="share of nickel imports from China")
ctx(time=T("årets första nio månader", "2025-01-01", "2025-09-30"))
F("27 procent", "percent", -27, "%", m="change", concept="cobalt imports")
F("312 ton", "mass", 312, "t", concept="cobalt imports")
N("nio månader", PERIOD)
F("118 miljoner kronor", "money", 118e6, "SEK", concept="cobalt import value")
F("204 miljoner kronor", "money", 204e6, "SEK", m="prior", concept="cobalt import value",
  time=None)
F("41 procent", "percent", 41, "%", m="change", concept="lithium compound imports from Chile")
F("86 miljoner kronor", "money", 86e6, "SEK", concept="lithium compound imports from Chile")
F("cirka 2 procent", "percent", 2, "%", q="approx", m="change", concept="copper export volumes",
  source="Lena Åhlund", time=T("i år", "2025-01-01", "2025-12-31"))
ctx(source="SCB", time=T("under kvartalet", "2025-07-01", "2025-09-30"))
F("12,6 miljarder kronor", "money", 12.6e9, "SEK", concept="metals trade surplus")
F("496 miljarder kronor", "money", 496e9, "SEK", concept="total goods exports",
  time=T("under perioden", "2025-07-01", "2025-09-30"))
F("8,4 procent", "percent", 8.4, "%", concept="ore and metals share of exports",
  time=T("under perioden", "2025-07-01", "2025-09-30"))
ctx(time=T("juli–september", "2025-07-01", "2025-09-30"))
F("15 procent", "percent", -15, "%", m="change", concept="zinc concentrate exports to China")
F("1,9 miljarder kronor", "money", 1.9e9, "SEK", concept="zinc concentrate exports to China")
N("tredje största", ORD)
N("5 diagram", RELATED)
N("07.00", NEWS + " (time of day)")
N("010-000 47 99", PHONE)


# ---------------------------------------------------------------- sv_03
doc("sv_03_vindelkraft_batterifabrik")
F("1{NBSP}800 jobb", "count", 1800, "job", subject="Vindelkraft", concept="jobs at full operation")
N("20 januari 2026", DATE)
N("06.00", CLOCK)
N("Lästid 5 min", READ)
N("Gilla 142", COUNTER)
N("Kommentera 23", COUNTER)
N("94 partner", COOKIE)
ctx(subject="Vindelkraft", source="Vindelkraft", time=None)
F("32 miljarder kronor", "money", 32e9, "SEK", concept="planned investment")
F("24 gigawattimmar per år", "energy", 24000, "MWh", per="year", concept="planned cell capacity")
F("ungefär 300{NBSP}000 elbilar", "count", 300000, "electric car", q="approx",
  concept="electric cars supplied per year")
F("tre etapper", "count", 3, "stage", concept="construction stages")
F("8 gigawattimmar", "energy", 8000, "MWh", concept="capacity per construction stage")
F("omkring 1{NBSP}800 personer", "count", 1800, "person", q="approx",
  concept="employees at full operation")
F("cirka 1{NBSP}200", "count", 1200, "person", q="approx", concept="production employees")
F("upp till 3{NBSP}000 byggarbetare", "count", 3000, "construction worker", q="up_to",
  concept="construction workers on site")
F("64 anställda", "count", 64, "employee", concept="current employees",
  time=T("I dag", "2026-01-20"))
ctx(source=None)
F("18–24 månader", "duration", 18, "month", hi=24, concept="time to first production line")
F("40{NBSP}000 ton katodmaterial per år", "mass", 40000, "t", per="year",
  concept="contracted cathode material supply")
F("cirka 35 procent", "percent", 35, "%", q="approx", concept="share of production sold")
ctx(subject="Örnsköldsvik", source="Gunnel Westin")
F("140 hektar", "area", 1.4, "km2", concept="land purchased")
F("450 miljoner kronor", "money", 450e6, "SEK", concept="municipal infrastructure investment")
ctx(subject="Vindelkraft", source="Länsstyrelsen i Västernorrland")
F("cirka 250 megawatt", "power", 250, "MW", q="approx", concept="factory power demand")
F("220 megawatt", "power", 220, "MW", subject="Svenska kraftnät",
  concept="promised grid connection", time=T("till 2028", "2028-01-01", "2028-12-31"))
N("2028", YEAR)
F("1,1 miljoner kubikmeter per år", "volume", 1.1e6, "m3", per="year",
  concept="annual water consumption")
ctx(source=None)
F("12–18 månader", "duration", 12, "month", hi=18, subject="Land and Environment Court",
  concept="normal permit processing time")
F("ett år", "duration", 1, "year", q="at_most", concept="hoped permit decision time")
F("9,5 miljarder kronor", "money", 9.5e9, "SEK", concept="equity secured")
F("14 miljarder kronor", "money", 14e9, "SEK", concept="loans under negotiation")
F("omkring 8,5 miljarder kronor", "money", 8.5e9, "SEK", q="approx",
  concept="customer prepayments", source="Jonas Ek")
ctx(subject="Europe", source="Sara Holm")
F("20 procent", "percent", -20, "%", m="change", concept="battery cell price",
  time=T("på två år", "2024-01-20", "2026-01-20"))
N("två år", PERIOD)
F("115 dollar per kilowattimme", "money", 115, "USD", per="kWh", concept="average battery cell price")
F("tre gånger", "ratio", 3, "x", subject="China", concept="capacity relative to European demand")
ctx(subject="Örnsköldsvik")
F("6,8 procent", "percent", 6.8, "%", concept="unemployment rate", source="Arbetsförmedlingen",
  time=T("i december", "2025-12-01", "2025-12-31"))
F("4{NBSP}000 invånare", "count", 4000, "inhabitant", m="change",
  concept="required population growth", source="Örnsköldsvik",
  time=T("till 2032", "2032-01-01", "2032-12-31"))
N("2032", YEAR)
N("7 frågor", RELATED)
N("56 delningar", COUNTER)
N("0660-123 45", PHONE)


# ---------------------------------------------------------------- sv_04
doc("sv_04_ravaruveckan_gruvaktier")
F("över 4{NBSP}800 dollar", "money", 4800, "USD", q="more_than", per="oz", concept="gold price")
N("6 februari 2026", DATE)
N("16.45", CLOCK)
N("Lästid: 4 min", READ)
VK = T("veckan", "2026-02-02", "2026-02-08")
ctx(subject="Boliden", source=None, time=VK)
F("6,2 procent", "percent", 6.2, "%", m="change", concept="share price")
F("412,80 kronor", "money", 412.8, "SEK", per="share", concept="share price")
F("9,5 procent", "percent", 9.5, "%", m="change", subject="Norrbergs Metall", concept="share price")
F("4,1 procent", "percent", 4.1, "%", m="change", subject="Kallberg Resources",
  concept="share price")
ctx(subject="Stockholm Gruv & Metall")
F("1{THIN}873,4 punkter", "index", 1873.4, "point", concept="sector index level")
F("58,2 punkter", "index", 58.2, "point", m="change", concept="sector index level")
ctx(subject=None)
F("4{NBSP}812 dollar per uns", "money", 4812, "USD", per="oz", concept="gold price",
  time=T("på torsdagen", "2026-02-05"))
F("kring 4{NBSP}790 dollar", "money", 4790, "USD", q="approx", per="oz", concept="gold price",
  time=T("på fredagseftermiddagen", "2026-02-06"))
F("drygt 11 procent", "percent", 11, "%", q="approx", m="change", concept="gold price",
  time=T("Sedan årsskiftet", "2026-01-01", "2026-02-06"))
F("över 1{NBSP}000 ton", "mass", 1000, "t", q="more_than", concept="central bank gold purchases",
  source="Ulrika Sjöström", time=T("förra året", "2025-01-01", "2025-12-31"))
ctx(subject="LME", time=T("under veckan", "2026-02-02", "2026-02-08"))
F("3,4 procent", "percent", 3.4, "%", m="change", concept="copper price")
F("12{NBSP}950 dollar per ton", "money", 12950, "USD", per="t", concept="copper price")
F("ungefär 118{NBSP}000 kronor per ton", "money", 118000, "SEK", q="approx", per="t",
  concept="copper price in kronor")
ctx(source="LME")
F("12{NBSP}400 ton", "mass", -12400, "t", m="change", concept="copper stocks")
F("137{NBSP}800 ton", "mass", 137800, "t", concept="copper stocks")
ctx(subject=None, source=None)
F("9,12 kronor", "money", 9.12, "SEK", concept="US dollar exchange rate",
  time=T("på fredagen", "2026-02-06"))
F("9,58 kronor", "money", 9.58, "SEK", m="prior", concept="US dollar exchange rate",
  time=T("vid årsskiftet", "2025-12-31"))
ctx(time=T("under veckan", "2026-02-02", "2026-02-08"))
F("1,6 procent", "percent", -1.6, "%", m="change", concept="zinc price")
F("3{NBSP}080 dollar per ton", "money", 3080, "USD", per="t", concept="zinc price")
F("kring 16{NBSP}200 dollar per ton", "money", 16200, "USD", q="approx", per="t",
  concept="nickel price")
ctx(subject="Norrbergs Metall", source="Älvstrand Fondkommission", time=None)
F("175 kronor", "money", 175, "SEK", per="share", concept="price target")
F("150 kronor", "money", 150, "SEK", per="share", m="prior", concept="price target")
ctx(source="Johanna Berg", time=T("helåret 2026", "2026-01-01", "2026-12-31"))
N("2026", YEAR)
F("1,9 miljarder kronor", "money", 1.9e9, "SEK", concept="operating profit forecast")
F("cirka 25 procent", "percent", 25, "%", q="approx", m="change", concept="operating profit forecast")
ctx(time=None)
F("11 gånger", "ratio", 11, "x", concept="price-earnings ratio")
F("14 gånger", "ratio", 14, "x", subject="Europe", concept="sector average price-earnings ratio")
ctx(subject="Kallberg Resources", source=None, time=T("på onsdagen", "2026-02-04"))
F("14 procent", "percent", -14, "%", m="change", concept="share price")
F("minst sex månader", "duration", 6, "month", q="at_least", m="change",
  concept="production start delay", time=None)
ctx(source="Kallberg Resources", time=None)
F("4,3 miljarder kronor", "money", 4.3e9, "SEK", concept="project cost estimate")
F("3,6 miljarder", "money", 3.6e9, "SEK", m="prior", concept="project cost estimate")
F("nästan åtta gånger", "ratio", 8, "x", q="approx", concept="trading volume versus normal",
  source="Handelsstatistik Norden", time=T("samma dag", "2026-02-04"))
N("OMXS30", NAME)
ctx(subject="OMXS30", source=None, time=T("under veckan", "2026-02-02", "2026-02-08"))
F("1,2 procent", "percent", 1.2, "%", m="change", concept="index level")
F("2{NBSP}731,5 punkter", "index", 2731.5, "point", concept="index level")
N("15 min", CHROME)
N("1.", LIST)
N("2.", LIST)
N("08-555 010 20", PHONE)
