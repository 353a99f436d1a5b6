"""Gold annotations for tests/holdout7, one block per article, rows in text order.

The helpers of tests/holdout_tools/gold_rows.py: F(...) is a fact row, N(...) a trap row.
ctx(...) sets the running context (subject, time, source) that later rows inherit,
mirroring the contract's rule that "a period set earlier in the passage carries over";
a keyword on a single F(...) overrides it for that row only.  T(phrase, start, end) is
a time phrase as written plus the ISO period it names, resolved against the document
date.  direction is derived from the sign of a change.  This set has no tables: every
fact is in prose, and its context must be read from the sentence.
See ../NOTES.md for the judgement calls.
"""

from gold_rows import DOCS, F, N, T, ctx, doc  # noqa: F401 (tests/holdout_tools)


DATE = "date line or byline date"
CLOCK = "time of day in byline or text"
READ = "page chrome: reading time"
COUNTER = "page chrome: share/comment/like counter"
YEAR = "year (a date, not a quantity)"
RELATED = "page chrome: related-article link"
COOKIE = "page chrome: cookie notice"
NEWS = "page chrome: newsletter signup"
PHONE = "phone number"
ORD = "ordinal or rank, not an amount"
NAME = "name, legal number or product code with digits"
ARTICLE = "time phrase: the singular article states no amount"
PERIOD = "length of a period inside a time phrase, not a quantity"
LIST = "page chrome: list numbering in a most-read box"


# ---------------------------------------------------------------- en_01
doc("en_01_korvata_q3_wire")
N("October 29, 2025", DATE)
N("7:52 AM GMT", CLOCK)
N("2 hours ago", "page chrome: update timestamp")
N("3 minute read", READ)
N("Share this article: 48", COUNTER)
N("Oct 29", DATE)
Q3 = T("the quarter to 30 September", "2025-07-01", "2025-09-30")
ctx(subject="Korvata Minerals", source="Korvata Minerals", time=Q3)
F("14%", "percent", 14, "%", m="change", concept="copper production")
F("61,300 tonnes", "mass", 61300, "t", concept="copper production")
N("30 September", "date inside a time phrase")
ctx(time=T("the three months", "2025-07-01", "2025-09-30"))
F("$1.12 billion", "money", 1.12e9, "USD", concept="revenue")
F("$948 million", "money", 948e6, "USD", m="prior", concept="revenue",
  time=T("a year earlier", "2024-07-01", "2024-09-30"))
N("a year earlier", ARTICLE)
F("41 cents", "money", 0.41, "USD", per="share", concept="adjusted earnings per share")
F("36 cents", "money", 0.36, "USD", per="share", concept="consensus earnings per share")
F("47%", "percent", -47, "%", m="change", concept="cobalt sales")
F("1,870 tonnes", "mass", 1870, "t", concept="cobalt sales")
ctx(subject="Democratic Republic of Congo", source="ARECOMS", time=None)
F("roughly 70%", "percent", 70, "%", q="approx", concept="share of global cobalt supply")
F("96,600 tonnes a year", "mass", 96600, "t", per="year", concept="cobalt export quota",
  time=T("for 2026 and 2027", "2026-01-01", "2027-12-31"))
N("2026", YEAR)
N("2027", YEAR)
THIS = T("this year", "2025-01-01", "2025-12-31")
ctx(subject="Korvata Minerals", source="Tomasz Reilly", time=THIS)
F("between 235,000 and 250,000 tonnes", "mass", 235000, "t", hi=250000,
  concept="copper production guidance")
F("about $1.6 billion", "money", 1.6e9, "USD", q="approx",
  concept="capital expenditure guidance")
ctx(time=None)
F("2.4%", "percent", 2.4, "%", concept="copper ore grade")
F("1.9%", "percent", 1.9, "%", concept="planned copper ore grade")
F("22 years", "duration", 22, "year", concept="mine life")
ctx(source="Korvata Minerals", time=Q3)
F("tripled", "ratio", 3, "x", m="change", concept="free cash flow")
F("$214 million", "money", 214e6, "USD", concept="free cash flow")
EOS = T("at the end of September", "2025-09-30")
ctx(time=EOS)
F("$2.3 billion", "money", 2.3e9, "USD", concept="net debt")
F("9%", "percent", -9, "%", m="change", concept="net debt")
N("three months earlier", PERIOD)
F("14,200", "count", 14200, "employee", concept="headcount including contractors")
F("13,650", "count", 13650, "employee", m="prior", concept="headcount including contractors",
  time=T("the start of the year", "2025-01-01"))
ctx(source=None, time=None)
F("10%", "percent", 10, "%", concept="cobalt royalty rate")
N("2018", YEAR)
F("3.5%", "percent", 3.5, "%", concept="copper royalty rate")
ctx(source="Helen Obi", time=T("in the quarter", "2025-07-01", "2025-09-30"))
F("less than 6%", "percent", 6, "%", q="less_than", concept="cobalt share of core earnings")
F("11%", "percent", 11, "%", m="prior", concept="cobalt share of core earnings",
  time=T("the same period of 2024", "2024-07-01", "2024-09-30"))
N("2024", YEAR)
F("300,000 tonnes a year", "mass", 300000, "t", per="year", concept="copper output forecast",
  time=T("by the end of the decade", "2029-01-01", "2030-12-31"))
ctx(source=None, time=T("in early London trading", "2025-10-29"))
F("3.8%", "percent", 3.8, "%", m="change", concept="share price")
F("1,284 pence", "money", 12.84, "GBP", per="share", concept="share price")
F("about £9.6 billion", "money", 9.6e9, "GBP", q="approx", concept="market value")
F("some 35%", "percent", 35, "%", q="approx", m="change", concept="share price",
  time=T("since January", "2025-01-01", "2025-10-29"))
ctx(time=None)
F("four mines", "count", 4, "mine", concept="number of mines")
F("two smelters", "count", 2, "smelter", concept="number of smelters")
N("3 largest", ORD + " (one of the top three)")
N("February 19", DATE)
N("March 12, 2024", DATE + " (photo caption)")
N("3 million tonnes", RELATED)
N("2031", RELATED)
N("Five things", RELATED)
N("6 a.m.", NEWS + " (time of day)")
N("212 partners", COOKIE)

# ---------------------------------------------------------------- en_02
doc("en_02_china_magnet_exports")
N("Monday 20 October 2025", DATE)
N("14:05 BST", CLOCK)
N("5 min", READ)
N("1.2K shares", COUNTER)
N("a second month", ORD)
SEP = T("in September", "2025-09-01", "2025-09-30")
ctx(subject="China", source="General Administration of Customs", time=SEP)
F("7.4%", "percent", -7.4, "%", m="change", concept="rare earth magnet exports")
F("5,120 tonnes", "mass", 5120, "t", concept="rare earth magnet exports")
F("28.5%", "percent", -28.5, "%", m="change", concept="magnet exports to the United States")
F("420 tonnes", "mass", 420, "t", concept="magnet exports to the United States")
F("1,080 tonnes", "mass", 1080, "t", concept="magnet exports to Germany")
ctx(time=T("the first nine months of 2025", "2025-01-01", "2025-09-30"))
N("2025", YEAR)
F("41,860 tonnes", "mass", 41860, "t", concept="rare earth magnet exports")
F("3.2%", "percent", -3.2, "%", m="change", concept="rare earth magnet exports")
N("a year earlier", ARTICLE)
ctx(source=None, time=T("on Oct. 9", "2025-10-09"))
N("Oct. 9", DATE)
F("five", "count", 5, "rare earth element", m="change",
  concept="rare earths under export control")
F("12", "count", 12, "rare earth element", concept="rare earths requiring export licence")
F("more than 0.1%", "percent", 0.1, "%", q="more_than",
  concept="Chinese rare earth content threshold", source="Ministry of Commerce", time=None)
ctx(source="Lin Qiaohui", time=T("since April", "2025-04-01", "2025-10-20"))
F("more than 1,400", "count", 1400, "licence application", q="more_than",
  concept="export licence applications")
F("about 60%", "percent", 60, "%", q="approx", concept="licence approval rate")
F("45 working days", "duration", 45, "day", concept="licence approval time")
F("30 producers", "count", 30, "producer", concept="producers surveyed",
  subject="Hexun Dragon Research", time=None)
ctx(source="IEA", time=None)
F("roughly 70%", "percent", 70, "%", q="approx", concept="share of world rare earth mining")
F("about 90%", "percent", 90, "%", q="approx", concept="share of world rare earth refining")
F("some 94%", "percent", 94, "%", q="approx", concept="share of sintered magnet production")
LW = T("last week", "2025-10-13", "2025-10-19")
ctx(subject="Rotterdam", source="Orecast", time=LW)
F("$850 a kilogram", "money", 850, "USD", per="kg", concept="dysprosium oxide price")
F("nearly four times", "ratio", 4, "x", q="approx",
  concept="dysprosium price ratio to China")
F("between $3,400 and $3,600 a kilogram", "money", 3400, "USD", hi=3600, per="kg",
  concept="terbium oxide price", subject="Europe")
ctx(subject="Seiran Magnet Works", source="Seiran Magnet Works", time=None)
F("about three months", "duration", 3, "month", q="approx",
  concept="heavy rare earth inventory cover")
ctx(time=T("the year to March", "2025-04-01", "2026-03-31"))
F("18%", "percent", -18, "%", m="change", concept="operating profit forecast")
F("¥14.5 billion", "money", 14.5e9, "JPY", concept="operating profit forecast")
ctx(subject="Ridgeback Rare Earths", source=None, time=None)
F("$110 a kilogram", "money", 110, "USD", per="kg", concept="NdPr oxide floor price")
F("nearly double", "ratio", 2, "x", q="approx", concept="floor price ratio to China")
ctx(source="Ridgeback Rare Earths")
F("10,000 tonnes of magnets a year", "mass", 10000, "t", per="year",
  concept="magnet production capacity", time=T("by 2028", "2028-01-01", "2028-12-31"))
N("2028", YEAR)
F("roughly 1,000 tonnes", "mass", 1000, "t", q="approx", m="prior",
  concept="magnet production capacity", time=T("today", "2025-10-20"))
ctx(subject=None, source="Fairholt Securities", time=None)
F("sixfold", "ratio", 6, "x", m="change", concept="non-Chinese magnet output")
F("a decade", "duration", 10, "year", q="at_most", concept="time to cover Western demand")
F("no less than $25 billion", "money", 25e9, "USD", q="at_least",
  concept="cost of new magnet capacity")
ctx(subject="United States", source="Marcus Delane")
F("7,900 tonnes", "mass", 7900, "t", concept="magnet imports from China",
  time=T("last year", "2024-01-01", "2024-12-31"))
F("as much as 30%", "percent", -30, "%", q="up_to", m="change",
  concept="magnet imports from China", time=T("in 2025", "2025-01-01", "2025-12-31"))
N("2025", YEAR)
N("G20", NAME)
N("1.", LIST)
N("2.", LIST)
N("40%", RELATED)
N("+44 20 7946 0321", PHONE)
N("2023", YEAR + " (photo credit)")
N("148 partners", COOKIE)

# ---------------------------------------------------------------- en_03
doc("en_03_lithium_weekly_wrap")
N("13 February 2026", DATE)
N("4 min read", READ)
N("💬 7", COUNTER)
N("a sixth straight week", ORD)
N("SC6", NAME + " (spodumene grade standard)")
ctx(subject="China", source=None, time=T("on Friday", "2026-02-13"))
F("$1,085 a tonne", "money", 1085, "USD", per="t", concept="spodumene concentrate price")
F("$1,010", "money", 1010, "USD", m="prior", per="t", concept="spodumene concentrate price",
  time=T("a week earlier", "2026-02-06"))
N("a week earlier", ARTICLE)
N("2024", YEAR)
WK = T("over the week", "2026-02-09", "2026-02-15")
ctx(subject="BMM Lithium Index", time=WK)
F("6.2 points", "index", 6.2, "point", m="change", concept="lithium price index")
F("318.4", "index", 318.4, "point", concept="lithium price index")
F("about 27%", "percent", 27, "%", q="approx", m="change", concept="lithium price index",
  time=T("since the start of the year", "2026-01-01", "2026-02-13"))
ctx(subject="China", time=None)
F("74,000 yuan a tonne", "money", 74000, "CNY", per="t",
  concept="battery-grade lithium carbonate price")
ctx(subject="Asia")
F("$10.40 to $10.90 a kilogram", "money", 10.40, "USD", hi=10.90, per="kg",
  concept="lithium carbonate CIF price")
F("1.5%", "percent", 1.5, "%", m="change", concept="lithium hydroxide price")
F("$9.75 a kilogram", "money", 9.75, "USD", per="kg", concept="lithium hydroxide price")
ctx(subject="China", source="Shanghai trader")
F("around 21 days", "duration", 21, "day", q="approx", concept="converter inventory cover")
F("more than 40 days", "duration", 40, "day", q="more_than", m="prior",
  concept="converter inventory cover", time=T("in November", "2025-11-01", "2025-11-30"))
ctx(subject="Guangzhou Futures Exchange", source=None,
    time=T("on the week", "2026-02-09", "2026-02-15"))
F("76,350 yuan a tonne", "money", 76350, "CNY", per="t",
  concept="lithium carbonate futures settlement price")
F("4.1%", "percent", 4.1, "%", m="change", concept="lithium carbonate futures price")
F("about 412,000 lots", "count", 412000, "lot", q="approx", concept="open interest")
ctx(subject="Tarrawong Lithium", source="Tarrawong Lithium", time=None)
N("second processing train", ORD)
N("2024", YEAR)
F("nine to 12 months", "duration", 9, "month", hi=12, concept="processing train restart time")
F("A$85 million", "money", 85e6, "AUD", concept="processing train restart cost")
DQ = T("the December quarter", "2025-10-01", "2025-12-31")
ctx(time=DQ)
F("96,400 dry tonnes", "mass", 96400, "t", concept="concentrate shipments")
F("12%", "percent", 12, "%", m="change", concept="concentrate shipments")
F("A$1,540 a tonne", "money", 1540, "AUD", per="t", concept="realised concentrate price")
F("A$690 a tonne", "money", 690, "AUD", per="t", concept="unit costs")
F("A$760", "money", 760, "AUD", m="prior", per="t", concept="unit costs",
  time=T("the September quarter", "2025-07-01", "2025-09-30"))
ctx(time=None)
F("21 years", "duration", 21, "year", concept="Ngarra mine life")
F("14", "duration", 14, "year", m="prior", concept="Ngarra mine life")
F("38%", "percent", 38, "%", m="change", concept="ore reserves")
ctx(subject="Salar Andino", source="Salar Andino")
N("2025", YEAR)
F("58,200 tonnes", "mass", 58200, "t", concept="lithium carbonate sales",
  time=T("in 2025", "2025-01-01", "2025-12-31"))
F("up to 65,000 tonnes", "mass", 65000, "t", q="up_to", concept="lithium carbonate sales guidance",
  time=T("in 2026", "2026-01-01", "2026-12-31"))
N("2026", YEAR)
F("as much as 40%", "percent", 40, "%", q="up_to", concept="royalty rate")
ctx(subject="China", source="China Passenger Car Association")
F("19%", "percent", 19, "%", m="change", concept="electric vehicle sales",
  time=T("in January", "2026-01-01", "2026-01-31"))
N("a year earlier", ARTICLE)
F("24%", "percent", 24, "%", m="change", concept="electric vehicle sales growth",
  time=T("across 2025", "2025-01-01", "2025-12-31"))
N("2025", YEAR)
ctx(subject="World", source="Ruth Kagame", time=T("this year", "2026-01-01", "2026-12-31"))
F("1.65 million tonnes", "mass", 1.65e6, "t", concept="lithium demand forecast")
F("about 1.2 times", "ratio", 1.2, "x", q="approx", m="change", concept="lithium demand")
N("2025", YEAR)
F("30,000-50,000 tonnes", "mass", 30000, "t", hi=50000, concept="lithium market surplus")
N("the past two years", PERIOD)
F("more than 25%", "percent", 25, "%", q="more_than", m="change",
  concept="hard-rock lithium supply", subject="Africa")
F("roughly 1.1 million tonnes", "mass", 1.1e6, "t", q="approx",
  concept="spodumene concentrate shipments", subject="Zimbabwe")
N("16:30", CLOCK)
N("5 charts", RELATED)
N("one year on", RELATED)

# ---------------------------------------------------------------- en_04
doc("en_04_graphite_feasibility_tanzania")
N("4 March 2026", DATE)
N("11:20 EAT", CLOCK)
N("6 min read", READ)
ctx(subject="Halvorsen Graphite", source=None, time=None)
F("$410m", "money", 410e6, "USD", concept="initial capital cost")
ctx(source="Halvorsen Graphite")
F("US$410 million", "money", 410e6, "USD", concept="initial capital cost")
F("26 years", "duration", 26, "year", concept="planned mine life")
F("170,000 tonnes", "mass", 170000, "t", per="year", concept="average concentrate production")
F("96%", "percent", 96, "%", concept="concentrate carbon grade")
F("61 million tonnes", "mass", 61e6, "t", concept="ore reserves")
F("7.3%", "percent", 7.3, "%", concept="average ore grade")
PFS = T("the 2024 prefeasibility study", "2024-01-01", "2024-12-31")
F("54 million tonnes", "mass", 54e6, "t", m="prior", concept="ore reserves", time=PFS)
F("7.1%", "percent", 7.1, "%", m="prior", concept="average ore grade", time=PFS)
N("2024", YEAR)
F("US$1.05 billion", "money", 1.05e9, "USD", concept="after-tax net present value")
F("8%", "percent", 8, "%", concept="discount rate")
F("US$1,150 a tonne", "money", 1150, "USD", per="t", concept="long-term concentrate price assumption")
F("24%", "percent", 24, "%", concept="internal rate of return")
F("about four years", "duration", 4, "year", q="approx", concept="payback period")
F("US$520 a tonne", "money", 520, "USD", per="t", concept="all-in sustaining costs")
ctx(source="Ingrid Solberg")
N("2026", YEAR)
F("roughly 20 months", "duration", 20, "month", q="approx", concept="time to first concentrate")
F("about 650 people", "count", 650, "person", q="approx", concept="operations workforce")
F("at least 90%", "percent", 90, "%", q="at_least", concept="share of Tanzanian employees")
F("up to 1,400", "count", 1400, "person", q="up_to", concept="peak construction workforce")
ctx(subject="Tanzania", source="Ministry of Minerals")
F("7%", "percent", 7, "%", concept="graphite royalty rate",
  time=T("from July", "2026-07-01", "2026-07-31"))
F("6%", "percent", 6, "%", m="prior", concept="graphite royalty rate")
F("16%", "percent", 16, "%", concept="state free-carried interest")
FY = T("the 2024/25 financial year", "2024-07-01", "2025-06-30")
ctx(source="Rehema Kisanga", time=FY)
F("US$4.1 billion", "money", 4.1e9, "USD", concept="mineral exports")
N("2024/25", YEAR + " (financial year label)")
F("18%", "percent", 18, "%", m="change", concept="mineral exports")
F("9.0%", "percent", 9.0, "%", concept="mining share of GDP")
ctx(source="Mining Commission", time=T("in the year", "2024-07-01", "2025-06-30"))
F("9,870", "count", 9870, "licence", concept="mining licences issued")
F("12 large-scale licences", "count", 12, "licence", concept="large-scale mining licences issued")
N("fifth-largest", ORD)
ctx(subject="World", source="USGS", time=T("in 2025", "2025-01-01", "2025-12-31"))
N("2025", YEAR)
F("1.6 million tonnes", "mass", 1.6e6, "t", concept="natural graphite output")
F("79%", "percent", 79, "%", concept="share of global graphite output", subject="China")
ctx(subject="Halvorsen Graphite", source=None, time=None)
F("60,000 tonnes a year", "mass", 60000, "t", per="year", concept="offtake volume")
F("seven years", "duration", 7, "year", concept="initial offtake term")
F("US$250-280 million", "money", 250e6, "USD", hi=280e6, concept="debt financing sought",
  source="Halvorsen Graphite")
ctx(time=T("on Tuesday", "2026-03-03"))
F("11%", "percent", 11, "%", m="change", concept="share price")
F("NOK 4.85", "money", 4.85, "NOK", per="share", concept="closing share price")
F("roughly NOK 2.9 billion", "money", 2.9e9, "NOK", q="approx", concept="market value")
ctx(source="Fjordane Markets", time=None)
F("NOK 7.20", "money", 7.20, "NOK", per="share", concept="target price")
F("NOK 6.40", "money", 6.40, "NOK", m="prior", per="share", concept="target price")
ctx(source="Daniel Mkapa")
F("about US$38 million", "money", 38e6, "USD", q="approx", concept="cash",
  time=T("at the end of December", "2025-12-31"))
F("18 months", "duration", 18, "month", concept="early works funding runway")
N("Comments (3)", COUNTER)
N("60-day", RELATED)
N("Top 10", RELATED)
N("2026", RELATED)
N("+255 22 211 4870", PHONE)

# ---------------------------------------------------------------- sv_01
doc("sv_01_silverback_q3")
N("23 oktober 2025", DATE)
N("08.12", CLOCK)
N("09.40", CLOCK)
N("3 min", READ)
N("Dela (24)", COUNTER)
Q3 = T("tredje kvartalet", "2025-07-01", "2025-09-30")
PY = T("samma period i fjol", "2024-07-01", "2024-09-30")
ctx(subject="Silverbäck Gruv", source="Silverbäck Gruv", time=Q3)
F("486 miljoner kronor", "money", 486e6, "SEK", concept="operating profit")
F("31 procent", "percent", 31, "%", m="change", concept="operating profit")
F("430 miljoner kronor", "money", 430e6, "SEK", concept="expected operating profit",
  source="Nordkonsensus")
F("2,41 miljarder kronor", "money", 2.41e9, "SEK", concept="net sales")
F("2,06 miljarder kronor", "money", 2.06e9, "SEK", m="prior", concept="net sales", time=PY)
F("3,12 kronor", "money", 3.12, "SEK", per="share", concept="earnings per share")
F("(2,27)", "money", 2.27, "SEK", m="prior", per="share", concept="earnings per share", time=PY)
QK = T("under kvartalet", "2025-07-01", "2025-09-30")
ctx(time=QK)
F("11{NBSP}900 ton", "mass", 11900, "t", concept="copper in concentrate production")
F("10{NBSP}300 ton", "mass", 10300, "t", m="prior", concept="copper in concentrate production",
  time=T("ett år tidigare", "2024-07-01", "2024-09-30"))
N("ett år tidigare", ARTICLE)
F("0,92", "percent", 0.92, "%", m="prior", concept="copper ore grade", time=None)
F("1,04 procent", "percent", 1.04, "%", concept="copper ore grade")
F("fördubblat", "ratio", 2, "x", m="change", concept="concentrator throughput",
  source="Katarina Holmlund", time=T("sedan i våras", "2025-03-01", "2025-10-23"))
F("12 procent", "percent", -12, "%", m="change", concept="cobalt production")
F("184 ton", "mass", 184, "t", concept="cobalt production")
F("21,40 dollar per pund", "money", 21.40, "USD", per="lb", concept="average cobalt price",
  subject=None)
ctx(time=T("årets första nio månader", "2025-01-01", "2025-09-30"))
F("1{NBSP}302 miljoner kronor", "money", 1302e6, "SEK", concept="operating profit")
F("1{NBSP}011 miljoner kronor", "money", 1011e6, "SEK", m="prior", concept="operating profit",
  time=T("motsvarande period 2024", "2024-01-01", "2024-09-30"))
N("2024", YEAR)
F("715 Mkr", "money", 715e6, "SEK", concept="operating cash flow",
  time=T("i kvartalet", "2025-07-01", "2025-09-30"))
ctx(time=T("i år", "2025-01-01", "2025-12-31"))
F("1,6–1,8 miljarder kronor", "money", 1.6e9, "SEK", hi=1.8e9,
  concept="capital expenditure guidance")
F("ungefär 600 miljoner kronor", "money", 600e6, "SEK", q="approx",
  concept="investment in Norrliden mine")
F("1,2 miljoner ton malm per år", "mass", 1.2e6, "t", per="year",
  concept="planned ore mining rate", time=T("från 2028", "2028-01-01", "2028-12-31"))
N("2028", YEAR)
EQ = T("vid kvartalets utgång", "2025-09-30")
ctx(time=EQ)
F("1{THIN}146", "count", 1146, "employee", concept="number of employees")
F("58 personer", "count", 58, "person", m="change", concept="number of employees",
  time=T("sedan årsskiftet", "2025-01-01", "2025-09-30"))
F("3,9 procent", "percent", 3.9, "%", concept="sick leave rate")
F("2{NBSP}870 Mkr", "money", 2870e6, "SEK", concept="net debt")
F("1,1 gånger", "ratio", 1.1, "x", concept="net debt to EBITDA")
N("de senaste tolv månaderna", PERIOD)
ctx(source=None, time=T("strax efter öppningen", "2025-10-23"))
F("6,8 procent", "percent", 6.8, "%", m="change", concept="share price")
F("214,60 kronor", "money", 214.60, "SEK", per="share", concept="share price")
F("drygt 40 procent", "percent", 40, "%", q="approx", m="change", concept="share price",
  time=T("sedan årsskiftet", "2025-01-01", "2025-10-23"))
ctx(source="Peter Gradin", time=None)
F("250 kronor", "money", 250, "SEK", per="share", concept="price target")
F("225 kronor", "money", 225, "SEK", m="prior", per="share", concept="price target")
F("cirka 48{NBSP}000 ton", "mass", 48000, "t", q="approx", concept="copper production forecast",
  time=T("nästa år", "2026-01-01", "2026-12-31"))
N("näst största", ORD)
F("omkring 11 procent", "percent", 11, "%", q="approx",
  concept="share of Swedish copper mine production", time=T("i dag", "2025-10-23"))
N("5 februari 2026", DATE)
N("tredje gången", RELATED + " (ordinal)")
N("07.00", NEWS + " (time of day)")

# ---------------------------------------------------------------- sv_02
doc("sv_02_sgu_bergverksstatistik")
N("14 maj 2026", DATE)
N("10:03", CLOCK)
Y25 = T("Under 2025", "2025-01-01", "2025-12-31")
ctx(subject="Sweden", source="SGU", time=Y25)
N("2025", YEAR)
F("412 nya undersökningstillstånd", "count", 412, "exploration permit",
  concept="new exploration permits granted")
F("23 procent", "percent", 23, "%", m="change", concept="new exploration permits granted")
F("tolv stycken", "count", 12, "mine", concept="mines in operation")
F("två nya bearbetningskoncessioner", "count", 2, "mining concession",
  concept="new mining concessions granted", time=T("under året", "2025-01-01", "2025-12-31"))
F("88,1 miljoner ton", "mass", 88.1e6, "t", m="prior", concept="total ore production", time=None)
F("91,4 miljoner ton", "mass", 91.4e6, "t", concept="total ore production")
F("närmare 84 procent", "percent", 84, "%", q="approx", concept="iron ore share of mined ore")
F("88 procent", "percent", 88, "%", subject="LKAB", concept="share of iron ore production")
F("14,6 miljoner ton", "mass", 14.6e6, "t", concept="sulphide ore production")
F("8{NBSP}140 personer", "count", 8140, "person", concept="mining industry employees")
F("knappt 3 procent", "percent", 3, "%", q="approx", m="change",
  concept="mining industry employees")
N("2024", YEAR)
F("21 procent", "percent", 21, "%", concept="women's share of employees")
F("1,27 miljarder kronor", "money", 1.27e9, "SEK", concept="exploration expenditure")
F("1,04 miljarder kronor", "money", 1.04e9, "SEK", m="prior", concept="exploration expenditure",
  time=T("året innan", "2024-01-01", "2024-12-31"))
N("2012", YEAR)
F("Omkring 55 procent", "percent", 55, "%", q="approx", subject="Norrbotten",
  concept="share of exploration spending")
ctx(subject="Bergsstaten", source="Karin Fält")
F("3,5 år", "duration", 3.5, "year", concept="mining concession processing time")
F("ungefär sex månader", "duration", -6, "month", q="approx", m="change",
  concept="mining concession processing time", time=None)
N("för två år sedan", "time phrase: how long ago, not a quantity")
ctx(subject="Sweden", source="Bergsstaten", time=None)
F("97 stycken", "count", 97, "exploration permit", concept="active graphite exploration permits")
F("64", "count", 64, "exploration permit", concept="active lithium exploration permits")
F("tredubblats", "ratio", 3, "x", m="change", concept="rare earth exploration permits",
  time=T("sedan 2021", "2021-01-01", "2026-05-14"))
N("2021", YEAR)
ctx(subject="European Union", source="Critical Raw Materials Act",
    time=T("senast 2030", "2030-01-01", "2030-12-31"))
N("2024/1252", NAME + " (regulation number)")
F("minst 10 procent", "percent", 10, "%", q="at_least",
  concept="domestic extraction target share")
N("2030", YEAR)
F("högst 65 procent", "percent", 65, "%", q="at_most",
  concept="maximum single-country supply share")
ctx(source=None, time=T("I dag", "2026-05-14"))
F("nära 100 procent", "percent", 100, "%", q="approx",
  concept="heavy rare earth share from China")
F("tre projekt", "count", 3, "project", subject="Sweden", concept="EU strategic projects",
  time=None)
ctx(subject="Sweden", source="SCB", time=T("2025", "2025-01-01", "2025-12-31"))
F("58,3 miljarder kronor", "money", 58.3e9, "SEK", concept="ore and concentrate export value")
N("2025", YEAR)
F("4,6 procent", "percent", -4.6, "%", m="change", concept="ore and concentrate export value")
F("9 procent", "percent", 9, "%", m="change", concept="copper concentrate exports to Finland")
F("6,2 miljarder kronor", "money", 6.2e9, "SEK", concept="copper concentrate exports to Finland")
ctx(subject=None, source=None, time=T("i december", "2025-12-01", "2025-12-31"))
F("104 dollar per ton", "money", 104, "USD", per="t", concept="average iron ore price")
F("98 dollar", "money", 98, "USD", m="prior", per="t", concept="average iron ore price",
  time=T("i juni", "2025-06-01", "2025-06-30"))
F("38 rapporterande företag", "count", 38, "company", subject="SGU", source="SGU",
  concept="reporting companies", time=None)
N("Tio gruvprojekt", RELATED)
N("2030", RELATED)
N("7 av 10", RELATED)
N("018-17 93 40", PHONE)
N("en gång i veckan", NEWS)
N("56", COUNTER, pre="Gilla · ")
N("9", COUNTER, pre="Kommentera · ")

# ---------------------------------------------------------------- sv_03
doc("sv_03_metallpriser_oktober")
N("Måndag 3 november 2025", DATE)
N("06.45", CLOCK)
N("Lästid 4 minuter", READ)
N("31 delningar", COUNTER)
F("fördubblats", "ratio", 2, "x", m="change", concept="cobalt price")
OKT = T("under oktober", "2025-10-01", "2025-10-31")
ctx(subject="LME", source=None, time=T("i slutet av månaden", "2025-10-31"))
F("11{NBSP}200 dollar per ton", "money", 11200, "USD", per="t", concept="copper price")
F("4,8 procent", "percent", 4.8, "%", m="change", concept="copper price", time=OKT)
ctx(subject="Indonesia", source="Sara Mäki",
    time=T("för resten av året", "2025-09-01", "2025-12-31"))
F("omkring 250{NBSP}000 ton", "mass", 250000, "t", q="approx", concept="copper production loss")
F("150{NBSP}000–200{NBSP}000 ton", "mass", 150000, "t", hi=200000, subject=None,
  concept="copper market deficit", time=T("nästa år", "2026-01-01", "2026-12-31"))
ctx(subject=None, source=None, time=T("sedan februari", "2025-02-01", "2025-11-03"))
F("mer än fördubblats", "ratio", 2, "x", q="more_than", m="change", concept="cobalt price")
IOKT = T("I oktober", "2025-10-01", "2025-10-31")
ctx(subject="Europe", source="Metallkuriren", time=IOKT)
F("24,10 dollar per pund", "money", 24.10, "USD", per="lb", concept="average cobalt price")
F("10,60 dollar per pund", "money", 10.60, "USD", m="prior", per="lb",
  concept="average cobalt price", time=T("i februari", "2025-02-01", "2025-02-28"))
F("omkring 70 procent", "percent", 70, "%", q="approx", subject="Democratic Republic of Congo",
  source=None, time=None, concept="share of world cobalt supply")
ctx(subject=None, source=None, time=IOKT)
F("1,9 procent", "percent", -1.9, "%", m="change", concept="nickel price")
F("15 080 dollar per ton", "money", 15080, "USD", per="t", concept="nickel price")
F("drygt 60 procent", "percent", 60, "%", q="approx", subject="Indonesia", source="INSG",
  time=T("nu", "2025-11-03"), concept="share of world nickel supply")
ctx(subject="China", source=None, time=T("i oktober", "2025-10-01", "2025-10-31"))
F("cirka 75{NBSP}000 yuan per ton", "money", 75000, "CNY", q="approx", per="t",
  concept="lithium carbonate price")
F("7 procent", "percent", 7, "%", m="change", concept="lithium carbonate price")
N("2022", YEAR)
F("nästan sju gånger", "ratio", 7, "x", q="approx", concept="lithium carbonate price ratio",
  time=T("i slutet av 2022", "2022-10-01", "2022-12-31"))
ctx(subject="China", source="China's customs",
    time=T("årets första nio månader", "2025-01-01", "2025-09-30"))
F("36 procent", "percent", -36, "%", m="change", concept="natural graphite exports to Sweden")
F("1{NBSP}420 ton", "mass", 1420, "t", concept="natural graphite exports to Sweden")
ctx(subject="Nordic mining index", source=None, time=OKT)
F("38,6 punkter", "index", 38.6, "point", m="change", concept="mining share index")
F("3,1 procent", "percent", 3.1, "%", m="change", concept="mining share index")
F("1 284,2", "index", 1284.2, "point", concept="mining share index")
SP = T("under samma period", "2025-10-01", "2025-10-31")
F("9 procent", "percent", 9, "%", m="change", subject="Boliden", concept="share price", time=SP)
F("12 procent", "percent", 12, "%", m="change", subject="Silverbäck Gruv", concept="share price",
  time=SP)
ctx(subject=None)
F("över 4{NBSP}000 dollar per uns", "money", 4000, "USD", q="more_than", per="oz",
  concept="gold price", time=T("i mitten av oktober", "2025-10-11", "2025-10-20"))
N("för första gången", ORD)
F("3{NBSP}990 dollar", "money", 3990, "USD", per="oz", concept="gold price",
  time=T("vid månadens slut", "2025-10-31"))
F("9,41 kronor", "money", 9.41, "SEK", concept="US dollar exchange rate",
  time=T("vid månadsskiftet", "2025-10-31", "2025-11-01"))
ctx(source="Norrlandsbanken", time=T("under 2026", "2026-01-01", "2026-12-31"))
F("10{NBSP}800 dollar per ton", "money", 10800, "USD", per="t",
  concept="average copper price forecast")
N("2026", YEAR)
F("10{NBSP}200 dollar", "money", 10200, "USD", m="prior", per="t",
  concept="average copper price forecast", time=None)
ctx(time=None)
F("över 20 dollar per pund", "money", 20, "USD", q="more_than", per="lb",
  concept="cobalt price forecast")
F("minst två år", "duration", 2, "year", q="at_least", concept="period of elevated cobalt price")
N("Fem metaller", RELATED)
N("2026", RELATED)
N("100 år", RELATED)
N("07.00", NEWS + " (time of day)")
N("96 partner", COOKIE)

# ---------------------------------------------------------------- sv_04
doc("sv_04_lapptrask_grafit_tillstand")
N("12 mars 2026", DATE)
N("13:27", CLOCK)
N("15:02", CLOCK)
N("3 min läsning", READ)
ctx(subject="Lappträsk Grafit", source=None, time=None)
F("elva års", "duration", 11, "year", concept="wait for mining permit")
F("elva år", "duration", 11, "year", concept="permit process duration")
N("sin första ansökan", ORD)
ctx(source="Land and Environment Court")
F("upp till 1,5 miljoner ton malm per år", "mass", 1.5e6, "t", q="up_to", per="year",
  concept="permitted ore mining rate")
F("högst 120{NBSP}000 kubikmeter vatten per år", "volume", 120000, "m3", q="at_most", per="year",
  concept="permitted water withdrawal")
ctx(source="Lappträsk Grafit")
F("drygt 2,1 miljarder kronor", "money", 2.1e9, "SEK", q="approx", concept="planned investment")
F("26,4 miljoner ton", "mass", 26.4e6, "t", concept="ore in deposit")
F("14,8 procent", "percent", 14.8, "%", concept="average graphite ore grade")
F("18 år", "duration", 18, "year", concept="mine life")
F("omkring 70{NBSP}000 ton", "mass", 70000, "t", q="approx", per="year",
  concept="graphite concentrate production")
F("Omkring 40 procent", "percent", 40, "%", q="approx", concept="share refined to anode material")
N("ett andra steg", ORD)
F("34 anställda", "count", 34, "employee", concept="current headcount",
  time=T("i dag", "2026-03-12"))
F("cirka 400 personer", "count", 400, "person", q="approx", concept="construction workforce")
F("180–200 anställda", "count", 180, "employee", hi=200, concept="operations headcount")
F("1,6 jobb", "count", 1.6, "job", subject=None, source="Arctic Impact",
  concept="indirect jobs per mining job")
ctx(source="Gabna sameby")
F("omkring 22 kvadratkilometer", "area", 22, "km2", q="approx",
  concept="winter grazing land taken")
F("omkring 9 000 renar", "count", 9000, "reindeer", q="approx", subject="Gabna sameby",
  concept="reindeer herd size")
F("tre veckor", "duration", 3, "week", subject="Gabna sameby", concept="appeal deadline")
F("4 miljoner kronor", "money", 4e6, "SEK", per="year", source="Linnea Pavval",
  concept="annual compensation offer")
ctx(source=None, time=T("under torsdagen", "2026-03-12"))
F("46 procent", "percent", 46, "%", m="change", concept="share price")
F("8,76 kronor", "money", 8.76, "SEK", per="share", concept="share price")
F("fem gånger", "ratio", 5, "x", concept="trading volume versus normal")
F("ungefär 1,3 miljarder kronor", "money", 1.3e9, "SEK", q="approx", concept="market value")
ctx(source="Kvartalsdata", time=T("vid årsskiftet", "2025-12-31"))
N("de tio största", ORD + " (the top ten holders, a rank group)")
F("57,2 procent", "percent", 57.2, "%", concept="ten largest shareholders' stake")
N("Den största", ORD)
F("19,9 procent", "percent", 19.9, "%", subject="Wyvern Resources",
  concept="stake in Lappträsk Grafit")
ctx(subject="European Union", source="SGU", time=T("i dag", "2026-03-12"))
F("uppemot 98 procent", "percent", 98, "%", q="up_to",
  concept="share of natural graphite imported")
F("femdubblas", "ratio", 5, "x", m="change", concept="graphite demand",
  source="European Commission", time=T("till 2040", "2040-01-01", "2040-12-31"))
N("2040", YEAR)
F("knappt 45 procent", "percent", 45, "%", q="approx", subject=None, source=None, time=None,
  concept="graphite share of battery weight")
N("2026", YEAR)
N("2028", YEAR)
N("de tre första åren", PERIOD)
F("45{NBSP}000–55{NBSP}000 ton per år", "mass", 45000, "t", hi=55000, per="year",
  subject="Lappträsk Grafit", source="Lappträsk Grafit", concept="initial annual production",
  time=T("Under de tre första åren", "2028-01-01", "2030-12-31"))
F("200 nya jobb", "count", 200, "job", subject="Kiruna", source="Mats Taavola", time=None,
  concept="new jobs")
N("5 frågor", RELATED)
N("2:a största", ORD)
N("0920-45 60 00", PHONE)
