"""Gold annotations for tests/holdout10, one block per article, rows in text order.

The helpers and row format of tests/holdout_tools/gold_rows.py: F(...) is a fact row, N(...)
a trap row.  ctx(...) sets the running context (subject, time, source) that later rows
inherit, mirroring the contract's rule that "a period set earlier in the passage carries
over"; a keyword on a single F(...) overrides it for that row only.  T(phrase, start,
end) is a time phrase as written plus the ISO period it names, resolved against the
document date.  direction is derived from the sign of a change.  One article (sv_02)
carries a small plain-text table in aligned columns; its cells take subject, time and
source from the caption and the text around it, and concept from the row label.
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
AUDIO = "page chrome: audio player widget"
CAPTION = "year or date in a photo caption"
QLABEL = "quarter label inside a time phrase, not a quantity"
CASE = "legal case number"


# ---------------------------------------------------------------- en_01
doc("en_01_corvane_q3_results")
N("October 29, 2026", DATE)
N("7:00 a.m. ET", CLOCK)
N("9:41 a.m. ET", CLOCK)
N("4 min read", READ)
N("Share 112", COUNTER)
N("Comments 9", COUNTER)
N("212 advertising partners", COOKIE)
Q3 = T("in the third quarter", "2026-07-01", "2026-09-30")
ctx(subject="Corvane Metals", source="Corvane Metals", time=Q3)
F("$184 million", "money", 184e6, "USD", concept="net income")
F("$91 million", "money", 91e6, "USD", m="prior", concept="net income",
  time=T("a year earlier", "2025-07-01", "2025-09-30"))
F("37%", "percent", 37, "%", m="change", concept="revenue")
F("$1.12 billion", "money", 1.12e9, "USD", concept="revenue")
F("62 cents", "money", 0.62, "USD", per="share", concept="adjusted earnings per share")
F("54 cents", "money", 0.54, "USD", per="share", source="Tessary Data",
  concept="consensus adjusted earnings per share")
ctx(time=T("the July-September quarter", "2026-07-01", "2026-09-30"))
F("71,400 tonnes", "mass", 71400, "t", concept="copper production")
F("7%", "percent", 7, "%", m="change", concept="copper production")
F("4,850 tonnes", "mass", 4850, "t", concept="cobalt production")
F("3,920 tonnes", "mass", 3920, "t", m="prior", concept="cobalt production",
  time=T("in Q3 2025", "2025-07-01", "2025-09-30"))
N("Q3", QLABEL)
N("2025", YEAR)
F("$2.31 per pound", "money", 2.31, "USD", per="lb", concept="all-in sustaining cost")
F("$2.58", "money", 2.58, "USD", per="lb", m="prior", concept="all-in sustaining cost",
  time=None)
F("$640 million", "money", 640e6, "USD", concept="net debt",
  time=T("at September 30", "2026-09-30"))
N("September 30", DATE)
F("$815 million", "money", 815e6, "USD", m="prior", concept="net debt",
  time=T("at the end of June", "2026-06-30"))
ctx(source=None)
F("$212 million", "money", 212e6, "USD", concept="free cash flow")
F("15 cents a share", "money", 0.15, "USD", per="share", concept="quarterly dividend")
F("12 cents", "money", 0.12, "USD", per="share", m="prior", concept="quarterly dividend",
  time=None)
ctx(source="Corvane Metals", time=T("for 2026", "2026-01-01", "2026-12-31"))
N("2026", YEAR)
F("18,500-19,500 tonnes", "mass", 18500, "t", hi=19500, concept="cobalt output guidance")
F("17,000-18,000 tonnes", "mass", 17000, "t", hi=18000, m="prior",
  concept="cobalt output guidance", time=None)
F("275,000-290,000 tonnes", "mass", 275000, "t", hi=290000, concept="copper output guidance")
ctx(time=T("for the year", "2026-01-01", "2026-12-31"))
F("$75 million", "money", -75e6, "USD", m="change", concept="capital spending forecast")
F("$1.05 billion", "money", 1.05e9, "USD", concept="capital spending forecast")
ctx(source="Adaeze Morrow", time=None)
F("three consecutive quarters", "duration", 9, "month",
  concept="run above nameplate capacity")
N("second", ORD)
F("about $400 million", "money", 400e6, "USD", q="approx",
  concept="second processing line cost")
F("within six months", "duration", 6, "month", q="at_most",
  concept="time to processing line decision")
ctx(source="Tomas Ekwueme", time=T("in the quarter", "2026-07-01", "2026-09-30"))
F("about 20%", "percent", 20, "%", q="approx", m="change", concept="power costs")
ctx(time=T("for 2027", "2027-01-01", "2027-12-31"))
F("roughly 40%", "percent", 40, "%", q="approx", concept="share of copper sales hedged")
N("2027", YEAR)
F("$10,900 a tonne", "money", 10900, "USD", per="t", concept="average copper hedge price")
ctx(subject=None, source="Lodestar Metals", time=None)
F("78%", "percent", 78, "%", concept="cobalt hydroxide payable rate")
F("55%", "percent", 55, "%", m="prior", concept="cobalt hydroxide payable rate",
  time=T("in January", "2026-01-01", "2026-01-31"))
N("October 2025", DATE)
ctx(subject="Corvane Metals", source=None, time=None)
F("some 6,200 people", "count", 6200, "person", q="approx", concept="employees")
F("about 85%", "percent", 85, "%", q="approx", concept="share of Zambian employees")
ctx(time=T("in early trading", "2026-10-29"))
F("4.6%", "percent", 4.6, "%", m="change", concept="share price")
F("C$31.20", "money", 31.20, "CAD", per="share", concept="share price")
F("52%", "percent", 52, "%", m="change", concept="share price",
  time=T("since the start of the year", "2026-01-01", "2026-10-29"))
F("18%", "percent", 18, "%", m="change", subject="S&P/TSX 60", concept="index level",
  time=T("over the same period", "2026-01-01", "2026-10-29"))
N("60", NAME + " (index name)", pre="S&P/TSX ")
N("July 2025", CAPTION)
N("5 copper stocks to watch in 2027", RELATED)
N("+1 416 555 0187", PHONE)
N("2026", YEAR + " (copyright line)")


# ---------------------------------------------------------------- en_02
doc("en_02_indonesia_nickel_exports")
N("March 16, 2027", DATE)
N("3:15 PM WIB", CLOCK)
N("3 min read", READ)
N("34", COUNTER)
N("March 16", DATE)
FEB = T("in February", "2027-02-01", "2027-02-28")
ctx(subject="Indonesia", source="Statistics Indonesia", time=FEB)
F("18.4%", "percent", 18.4, "%", m="change", concept="nickel product exports")
F("$3.26 billion", "money", 3.26e9, "USD", concept="nickel product exports")
ctx(time=T("in the month", "2027-02-01", "2027-02-28"))
F("1.42 million tonnes", "mass", 1.42e6, "t",
  concept="nickel pig iron and ferronickel shipments")
F("1.17 million tonnes", "mass", 1.17e6, "t", m="prior",
  concept="nickel pig iron and ferronickel shipments",
  time=T("a year earlier", "2026-02-01", "2026-02-28"))
F("9%", "percent", -9, "%", m="change", concept="nickel matte exports")
F("86,300 tonnes", "mass", 86300, "t", concept="nickel matte exports")
ctx(source=None, time=T("In January-February", "2027-01-01", "2027-02-28"))
F("$6.1 billion", "money", 6.1e9, "USD", concept="nickel product exports")
F("about 22%", "percent", 22, "%", q="approx", m="change", concept="nickel product exports")
N("2026", YEAR)
ctx(time=FEB)
F("$2.8 billion", "money", 2.8e9, "USD", concept="trade surplus")
F("$3.9 billion", "money", 3.9e9, "USD", m="prior", concept="trade surplus",
  time=T("in January", "2027-01-01", "2027-01-31"))
F("4.1%", "percent", 4.1, "%", m="change", concept="total exports")
F("11.6%", "percent", 11.6, "%", m="change", concept="total imports")
ctx(subject="South Korea", source="Rahmat Wiryono",
    time=T("over the next five years", "2027-03-16", "2032-03-15"))
F("up to $9 billion", "money", 9e9, "USD", q="up_to",
  concept="investment in Indonesian nickel processing")
N("five years", PERIOD)
ctx(source=None, time=None)
F("zero", "percent", 0, "%", concept="tariff on Indonesian nickel sulphate")
F("8%", "percent", 8, "%", m="prior", concept="tariff on Indonesian nickel sulphate")
F("at least 200,000 tonnes a year", "mass", 200000, "t", q="at_least", per="year",
  subject="Indonesia", concept="guaranteed nickel supply to Korea")
F("at least 70%", "percent", 70, "%", q="at_least", concept="local workers' share of plant jobs")
ctx(subject=None, source="Ministry of Investment")
F("10 years", "duration", 10, "year", concept="term of minerals agreement")
F("another five", "duration", 5, "year", m="change", concept="possible extension of agreement")
ctx(subject="South Korea", source="Ministry of Trade, Industry and Energy",
    time=T("by 2030", "2030-01-01", "2030-12-31"))
F("$14 billion a year", "money", 14e9, "USD", per="year",
  concept="battery materials trade with Indonesia")
N("2030", YEAR)
F("about $5.5 billion", "money", 5.5e9, "USD", q="approx", m="prior",
  concept="battery materials trade with Indonesia",
  time=T("last year", "2026-01-01", "2026-12-31"))
F("Four", "count", 4, "group", concept="Korean groups committed to plants", time=None)
ctx(subject="Indonesia", source="U.S. Geological Survey",
    time=T("last year", "2026-01-01", "2026-12-31"))
F("about 2.2 million tonnes", "mass", 2.2e6, "t", q="approx", concept="nickel mine production")
F("more than half", "percent", 50, "%", q="more_than", opt=True,
  concept="share of world nickel supply")
N("2020", YEAR)
ctx(subject="LME", source="Kembang Securities",
    time=T("over the past year", "2026-03-16", "2027-03-16"))
F("about 12%", "percent", -12, "%", q="approx", m="change", concept="nickel price")
F("near $15,200 a tonne", "money", 15200, "USD", q="approx", per="t", concept="nickel price",
  time=None)
F("another 8-10%", "percent", 8, "%", hi=10, m="change", subject="Indonesia",
  concept="nickel output growth", time=T("this year", "2027-01-01", "2027-12-31"))
N("three-month", NAME + " (contract tenor)")
ctx(subject=None, source="Lestari Hadi", time=T("in 2027", "2027-01-01", "2027-12-31"))
F("roughly 180,000 tonnes", "mass", 180000, "t", q="approx", concept="nickel market surplus")
N("2027", YEAR)
N("10% levy", RELATED)
N("+62 21 5550 1842", PHONE)


# ---------------------------------------------------------------- en_03
doc("en_03_metals_close_lithium")
N("January 14, 2027", DATE)
N("5:52 PM GMT", CLOCK)
N("6:10 PM GMT", CLOCK)
N("3 min read", READ)
N("3:48", AUDIO)
N("👍 27", COUNTER)
N("340 partners", COOKIE)
N("Jan 14", DATE)
DAY = T("on Thursday", "2027-01-14")
ctx(subject="Guangzhou Futures Exchange", source=None, time=DAY)
F("9%", "percent", 9, "%", m="change", concept="lithium carbonate futures price")
F("96,850 yuan a tonne", "money", 96850, "CNY", per="t",
  concept="lithium carbonate futures price")
N("May 2025", DATE)
F("31%", "percent", 31, "%", m="change", concept="lithium carbonate futures price",
  time=T("since the start of December", "2026-12-01", "2027-01-14"))
ctx(subject="LME")
F("0.8%", "percent", -0.8, "%", m="change", concept="copper price")
F("$12,410 a tonne", "money", 12410, "USD", per="t", concept="copper price")
N("1700 GMT", CLOCK)
F("$12,688", "money", 12688, "USD", per="t", concept="record copper price",
  time=T("on Wednesday", "2027-01-13"))
F("3.2%", "percent", 3.2, "%", m="change", concept="copper price",
  time=T("on the week", "2027-01-11", "2027-01-17"))
F("6,175 tonnes", "mass", -6175, "t", m="change", concept="on-warrant copper stocks")
F("98,450 tonnes", "mass", 98450, "t", concept="on-warrant copper stocks")
N("eight months", PERIOD)
ctx(subject="COMEX")
F("1.1%", "percent", -1.1, "%", m="change", concept="copper futures price")
F("561.40 cents a lb", "money", 5.614, "USD", per="lb", concept="copper futures price")
F("about $0.9 per pound", "money", 0.9, "USD", q="approx", per="lb",
  concept="copper premium over London")
ctx(subject="Shanghai Futures Exchange")
F("0.5%", "percent", -0.5, "%", m="change", concept="copper futures price")
F("93,120 yuan", "money", 93120, "CNY", per="t", concept="copper futures price")
ctx(subject="LME")
F("4.7%", "percent", 4.7, "%", m="change", concept="tin price")
F("$41,300 a tonne", "money", 41300, "USD", per="t", concept="tin price")
F("three months", "duration", 3, "month", m="change", subject="Wa State",
  concept="extension of tin mining halt", time=None)
F("0.2%", "percent", 0.2, "%", m="change", concept="aluminium price")
F("$2,705", "money", 2705, "USD", per="t", concept="aluminium price")
F("1.4%", "percent", -1.4, "%", m="change", concept="nickel price")
F("$15,060", "money", 15060, "USD", per="t", concept="nickel price")
F("$16.75-17.40 a lb", "money", 16.75, "USD", hi=17.40, per="lb", subject="Rotterdam",
  source="Vantor Metals Reports", concept="cobalt metal price")
ctx(subject=None, source="Imogen Rask",
    time=T("in the first half of 2027", "2027-01-01", "2027-06-30"))
F("90,000-105,000 yuan", "money", 90000, "CNY", hi=105000, per="t",
  concept="lithium carbonate price forecast")
N("2027", YEAR)
ctx(subject="Glenmoor Resources", source=None, time=DAY)
F("2.3%", "percent", -2.3, "%", m="change", concept="share price")
F("1,482 pence", "money", 14.82, "GBP", per="share", concept="share price")
ctx(subject="Saltbush Lithium")
F("14%", "percent", 14, "%", m="change", concept="share price")
F("A$3.06", "money", 3.06, "AUD", per="share", concept="share price")
F("62%", "percent", 62, "%", m="change", concept="share price",
  time=T("over the past month", "2026-12-14", "2027-01-14"))
F("More than 41 million", "count", 41e6, "share", q="more_than", concept="shares traded")
F("about four times", "ratio", 4, "x", q="approx", concept="volume relative to daily average")
ctx(subject="Birchmount Cobalt")
F("3.9%", "percent", 3.9, "%", m="change", concept="share price")
F("C$8.47", "money", 8.47, "CAD", per="share", concept="share price")
ctx(source="Birchmount Cobalt", time=T("fourth-quarter", "2026-10-01", "2026-12-31"))
F("1,180 tonnes", "mass", 1180, "t", concept="cobalt output")
F("940 tonnes", "mass", 940, "t", m="prior", concept="cobalt output",
  time=T("in the third quarter", "2026-07-01", "2026-09-30"))
ctx(subject=None, source=None, time=DAY)
F("0.3%", "percent", -0.3, "%", m="change", concept="dollar index")
F("102.6", "index", 102.6, "point", concept="dollar index")
N("2026", RELATED + " (year)")
N("1", LIST)
N("2", LIST)
N("2027", YEAR + " (copyright line)")
N("15 minutes", CHROME)


# ---------------------------------------------------------------- en_04
doc("en_04_malawi_rare_earths_feature")
F("$540 million", "money", 540e6, "USD", subject="Sable Crest Resources",
  concept="Ndolwe initial capital cost")
N("6 December 2026", DATE)
N("7 minute read", READ)
N("58 comments", COUNTER)
N("8am", NEWS + " (time of day)")
ctx(subject="Sable Crest Resources", source=None, time=None)
F("40 kilometres", "length", 40, "km", concept="distance from Zomba")
F("four years", "duration", 4, "year", concept="drilling programme duration")
ctx(source="Sable Crest Resources")
F("$1.31 billion", "money", 1.31e9, "USD", concept="post-tax net present value")
F("8%", "percent", 8, "%", concept="discount rate")
F("29%", "percent", 29, "%", concept="internal rate of return")
F("$540 million", "money", 540e6, "USD", concept="initial capital cost")
F("3.5 years", "duration", 3.5, "year", concept="payback period")
F("1.8 to 1", "ratio", 1.8, "x", concept="strip ratio")
F("less than two tonnes", "mass", 2, "t", q="less_than", per="t",
  concept="waste per tonne of ore")
F("2.4%", "percent", 2.4, "%", concept="head grade of total rare earths")
F("about 14,000 tonnes a year", "mass", 14000, "t", q="approx", per="year",
  concept="mixed rare earth carbonate output")
F("18-year", "duration", 18, "year", concept="mine life")
F("some 3,100 tonnes", "mass", 3100, "t", q="approx", per="year",
  concept="contained NdPr oxide output")
ctx(source="Priya Lindgren")
F("$780 million", "money", 780e6, "USD", concept="analyst project valuation")
F("62%", "percent", 62, "%", concept="analyst carbonate payable rate")
F("70%", "percent", 70, "%", source="Sable Crest Resources",
  concept="study carbonate payable rate")
F("five points", "percent", -5, "pp", m="change", concept="payable rate")
F("roughly $120 million", "money", -120e6, "USD", q="approx", m="change",
  concept="project value")
ctx(subject="Harunobu Trading", source="Sable Crest Resources")
F("$150 million", "money", 150e6, "USD", concept="offtake prepayment")
F("40%", "percent", 40, "%", concept="share of output under offtake")
F("eight years", "duration", 8, "year", concept="offtake term")
ctx(subject="Sable Crest Resources")
F("$200 million", "money", 200e6, "USD", concept="expected development lender funding")
F("about $190 million", "money", 190e6, "USD", q="approx", concept="equity funding gap")
ctx(subject="Malawi", source="Chikondi Banda")
F("three years", "duration", 3, "year", concept="royalty holiday")
F("5%", "percent", 5, "%", concept="royalty rate after holiday")
F("7%", "percent", 7, "%", concept="standard royalty rate")
F("10%", "percent", 10, "%", concept="free-carried state stake")
ctx(source="Westbay Partners")
F("more than $60 million a year", "money", 60e6, "USD", q="more_than", per="year",
  concept="tax and royalty revenue")
F("about 900 people", "count", 900, "person", q="approx", subject="Sable Crest Resources",
  concept="project employment")
ctx(subject="China", source="International Energy Agency",
    time=T("in 2025", "2025-01-01", "2025-12-31"))
F("about 69%", "percent", 69, "%", q="approx", concept="share of mined rare earth supply")
F("close to 90%", "percent", 90, "%", q="approx", concept="share of rare earth refining")
N("2025", YEAR)
ctx(subject=None, source=None, time=None)
F("30-40%", "percent", 30, "%", hi=40, concept="premium for non-Chinese NdPr oxide")
ctx(subject="Sable Crest Resources", time=T("this year", "2026-01-01", "2026-12-31"))
F("doubled", "ratio", 2, "x", m="change", concept="share price")
F("46 pence", "money", 0.46, "GBP", per="share", concept="share price")
N("2027", YEAR)
N("2029", YEAR)
N("3 projects", RELATED)


# ---------------------------------------------------------------- sv_01
doc("sv_01_fjallnickel_q1")
N("23 april 2027", DATE)
N("kl. 07.45", CLOCK)
N("kl. 11.20", CLOCK)
N("Lästid: 3 min", READ)
N("💬 14", COUNTER)
N("♥ 52", COUNTER)
N("63 partner", COOKIE)
Q1 = T("första kvartalet", "2027-01-01", "2027-03-31")
ctx(subject="Fjällnickel", source="Fjällnickel", time=Q1)
F("236 Mkr", "money", 236e6, "SEK", concept="operating profit")
F("171", "money", 171e6, "SEK", m="prior", concept="operating profit", time=None, pre="(")
F("1{NBSP}284 Mkr", "money", 1284e6, "SEK", concept="net sales")
F("1{NBSP}102", "money", 1102e6, "SEK", m="prior", concept="net sales", time=None, pre="(")
F("168 Mkr", "money", 168e6, "SEK", concept="net profit")
F("119", "money", 119e6, "SEK", m="prior", concept="net profit", time=None, pre="(")
F("0,84 kronor", "money", 0.84, "SEK", per="share", concept="earnings per share")
F("0,60", "money", 0.60, "SEK", per="share", m="prior", concept="earnings per share",
  time=None, pre="(")
F("31,5 procent", "percent", 31.5, "%", concept="EBITDA margin")
F("27,2", "percent", 27.2, "%", m="prior", concept="EBITDA margin", time=None, pre="(")
ctx(time=T("under kvartalet", "2027-01-01", "2027-03-31"))
F("3{NBSP}920 ton", "mass", 3920, "t", concept="nickel production")
F("3{NBSP}610", "mass", 3610, "t", m="prior", concept="nickel production", time=None, pre="(")
F("9 procent", "percent", 9, "%", m="change", concept="nickel production")
F("210 ton", "mass", 210, "t", concept="cobalt production")
F("245", "mass", 245, "t", m="prior", concept="cobalt production", time=None, pre="(")
F("två", "count", 2, "shaft", concept="mine shafts", time=None)
F("tre veckor", "duration", 3, "week", concept="shaft closure for repairs",
  time=T("i februari", "2027-02-01", "2027-02-28"))
F("15{NBSP}600 dollar per ton", "money", 15600, "USD", per="t", concept="average nickel price")
F("17{NBSP}050", "money", 17050, "USD", per="t", m="prior", concept="average nickel price",
  time=None, pre="(")
F("302 Mkr", "money", 302e6, "SEK", concept="operating cash flow")
F("2,3 miljarder kronor", "money", 2.3e9, "SEK", concept="net debt",
  time=T("per den 31 mars", "2027-03-31"))
N("31 mars", DATE)
F("2,6 miljarder", "money", 2.6e9, "SEK", m="prior", concept="net debt",
  time=T("vid årsskiftet", "2026-12-31"))
ctx(time=T("under 2027", "2027-01-01", "2027-12-31"))
F("15{NBSP}500–16{NBSP}500 ton", "mass", 15500, "t", hi=16500,
  concept="nickel production guidance")
N("2027", YEAR)
F("cirka 900 Mkr", "money", 900e6, "SEK", q="approx", concept="planned capital expenditure")
F("omkring hälften", "percent", 50, "%", q="approx", opt=True,
  concept="share of investment for Norrort")
ctx(time=T("för helåret", "2027-01-01", "2027-12-31"))
F("cirka 950 ton", "mass", 950, "t", q="approx", concept="cobalt production guidance")
F("1{NBSP}050 ton", "mass", 1050, "t", m="prior", concept="cobalt production guidance",
  time=None)
ctx(source="Linnea Stålhammar", time=None)
F("inom 18 månader", "duration", 18, "month", q="at_most", concept="time to Norrort start")
ctx(source="Siffergruppen", time=Q1)
F("204 Mkr", "money", 204e6, "SEK", concept="consensus operating profit")
F("knappt 16 procent", "percent", 16, "%", q="approx", m="change",
  concept="operating profit versus consensus")
ctx(source="Oskar Wennberg", time=None)
F("62 kronor", "money", 62, "SEK", per="share", concept="price target")
F("55 kronor", "money", 55, "SEK", per="share", m="prior", concept="price target")
ctx(source=None, time=T("vid lunchtid", "2027-04-23"))
F("6,2 procent", "percent", 6.2, "%", m="change", concept="share price")
F("48,30 kronor", "money", 48.30, "SEK", per="share", concept="share price")
F("21 procent", "percent", 21, "%", m="change", concept="share price",
  time=T("sedan årsskiftet", "2027-01-01", "2027-04-23"))
F("Omkring 1,4 miljoner aktier", "count", 1.4e6, "share", q="approx", concept="shares traded")
ctx(time=None)
F("cirka 740 anställda", "count", 740, "employee", q="approx", concept="employees")
F("fyra", "count", 4, "producer", subject="Sweden",
  concept="nickel concentrate producers")
N("16 juli", DATE)
N("3 gruvaktier som analytikerna tror på 2027", RELATED)
N("0771-44 44 00", PHONE)


# ---------------------------------------------------------------- sv_02
doc("sv_02_sgu_bergverksstatistik")
N("19 maj 2027", DATE)
N("09.30", CLOCK)
N("Lästid 4 minuter", READ)
N("Dela: 17", COUNTER)
Y26 = T("under 2026", "2026-01-01", "2026-12-31")
ctx(subject="Sweden", source="SGU", time=Y26)
F("98,4 miljoner ton", "mass", 98.4e6, "t", concept="mined ore")
N("2026", YEAR)
F("96,1 miljoner ton", "mass", 96.1e6, "t", m="prior", concept="mined ore",
  time=T("året innan", "2025-01-01", "2025-12-31"))
ctx(time=T("vid årets slut", "2026-12-31"))
F("16", "count", 16, "mine", concept="mines in operation")
F("en", "count", 1, "mine", m="change", concept="mines in operation")
ctx(time=Y26)
F("41,2 miljoner ton", "mass", 41.2e6, "t", concept="iron ore production")
F("1,7 procent", "percent", -1.7, "%", m="change", concept="iron ore production")
F("4,3 procent", "percent", 4.3, "%", m="change", concept="sulphide ore mining")
F("57,2 miljoner ton", "mass", 57.2e6, "t", concept="sulphide ore mining")
# table: caption "Metallinnehåll i svensk gruvproduktion 2026", columns Mängd / Förändring, %
ctx(time=T("2026", "2026-01-01", "2026-12-31"))
N("2026", YEAR + " (table caption)")
F("108 400 ton", "mass", 108400, "t", concept="copper mine production")
F("+3,2", "percent", 3.2, "%", m="change", concept="copper mine production")
F("246 900 ton", "mass", 246900, "t", concept="zinc mine production")
F("−1,8", "percent", -1.8, "%", m="change", concept="zinc mine production")
F("68 200 ton", "mass", 68200, "t", concept="lead mine production")
F("−4,5", "percent", -4.5, "%", m="change", concept="lead mine production")
F("8 150 kg", "mass", 8.15, "t", concept="gold mine production")
F("+6,9", "percent", 6.9, "%", m="change", concept="gold mine production")
F("412 ton", "mass", 412, "t", concept="silver mine production")
F("+0,7", "percent", 0.7, "%", m="change", concept="silver mine production")
ctx(time=Y26)
F("0,29 procent", "percent", 0.29, "%", concept="average copper ore grade")
F("0,31 procent", "percent", 0.31, "%", m="prior", concept="average copper ore grade",
  time=None)
F("omkring 3 miljoner ton", "mass", 3e6, "t", q="approx", m="change", source="Maja Örnberg",
  concept="tailings volume", time=T("under året", "2026-01-01", "2026-12-31"))
ctx(source=None)
F("cirka 1,6 miljarder kronor", "money", 1.6e9, "SEK", q="approx",
  concept="exploration spending")
N("2026", YEAR)
F("drygt 25 procent", "percent", 25, "%", q="approx", m="change",
  concept="exploration spending")
N("2025", YEAR)
ctx(source="SGU")
F("812", "count", 812, "exploration permit", concept="exploration permits granted")
F("694", "count", 694, "exploration permit", m="prior", concept="exploration permits granted",
  time=None)
F("fler än hälften", "percent", 50, "%", q="more_than", opt=True,
  concept="share of permits for critical minerals")
ctx(time=None)
F("knappt 4{NBSP}000 ton", "mass", 4000, "t", q="approx",
  concept="graphite concentrate production", time=Y26)
F("under 1 procent", "percent", 1, "%", q="less_than", concept="share of EU graphite consumption",
  time=Y26)
F("tre", "count", 3, "mine", concept="new critical metal mines expected",
  time=T("före 2030", "2027-05-19", "2029-12-31"))
N("2030", YEAR)
ctx(time=Y26)
F("6{NBSP}300 personer", "count", 6300, "person", concept="mining industry employment")
F("23 procent", "percent", 23, "%", concept="share of women employees")
F("omkring 88 procent", "percent", 88, "%", q="approx", concept="share of EU iron ore production")
ctx(source="Svemin")
F("62 miljarder kronor", "money", 62e9, "SEK", concept="value of mine production")
N("1", NAME + " (price zone name)", pre="elområde ")
F("41 öre per kilowattimme", "money", 0.41, "SEK", per="kWh",
  concept="average electricity price in zone SE1",
  time=T("under året", "2026-01-01", "2026-12-31"))
N("7 nya fyndigheter", RELATED)
N("010-555 12 00", PHONE)


# ---------------------------------------------------------------- sv_03
doc("sv_03_gaddtjarn_tillstand_sorsele")
F("280 jobb", "count", 280, "job", subject="Lappnickel", concept="jobs at the mine")
N("22 september 2026", DATE)
N("15.42", CLOCK)
N("Lästid 5 min", READ)
N("💬 43", COUNTER)
N("Dela 118", COUNTER)
N("27 leverantörer", COOKIE)
ctx(subject="Lappnickel", source=None, time=None)
F("cirka 14 kilometer", "length", 14, "km", q="approx", concept="distance from Sorsele")
N("M 2417-25", CASE)
ctx(source="Land and Environment Court")
F("upp till 2,5 miljoner ton", "mass", 2.5e6, "t", q="up_to", per="year",
  concept="permitted ore extraction")
F("22 år", "duration", 22, "year", concept="permit period")
F("högst 1,2 miljoner kubikmeter", "volume", 1.2e6, "m3", q="at_most", per="year",
  concept="permitted water withdrawal")
F("320 hektar", "area", 3.2, "km2", concept="mining area")
F("340 miljoner kronor", "money", 340e6, "SEK", concept="financial security for rehabilitation")
F("190 miljoner kronor", "money", 190e6, "SEK", concept="proposed financial security")
ctx(subject="Sorsele", source=None)
F("drygt 2{NBSP}300 invånare", "count", 2300, "inhabitant", q="approx", concept="population",
  time=T("i dag", "2026-09-22"))
F("nästan 15 procent", "percent", -15, "%", q="approx", m="change", concept="population",
  time=T("sedan 2000", "2000-01-01", "2026-09-22"))
N("2000", YEAR)
ctx(subject="Lappnickel", source="Lappnickel", time=None)
F("4,8 miljarder kronor", "money", 4.8e9, "SEK", concept="planned mine investment")
ctx(source="Tove Marklund")
F("två och ett halvt år", "duration", 2.5, "year", concept="construction period")
F("omkring 600 personer", "count", 600, "person", q="approx", concept="construction workforce")
F("280 personer", "count", 280, "person", concept="operating workforce")
N("2027", YEAR)
N("2029", YEAR)
ctx(source=None)
F("omkring 9{NBSP}000 ton", "mass", 9000, "t", q="approx", per="year",
  concept="nickel in concentrate output")
F("450 ton", "mass", 450, "t", per="year", concept="cobalt in concentrate output")
F("110 kilometer", "length", 110, "km", concept="trucking distance to Storuman")
F("0,5 procent", "percent", 0.5, "%", concept="revenue share for community fund")
ctx(subject="Vuorbejávri sameby", source="Vuorbejávri sameby")
F("omkring 40 kvadratkilometer", "area", 40, "km2", q="approx", concept="grazing land lost")
ctx(source="Nils-Ante Kuoljok", time=T("på tio år", "2016-09-22", "2026-09-22"))
F("tre flyttleder", "count", 3, "migration route", concept="reindeer migration routes lost")
N("tio år", PERIOD)
ctx(subject="Land and Environment Court", source=None, time=None)
F("inom tre veckor", "duration", 3, "week", q="at_most", concept="appeal period")
F("14 månader", "duration", 14, "month", subject="Land and Environment Court of Appeal",
  source="Länsstyrelsen i Västerbotten", concept="average appeal processing time")
N("2024", YEAR)
ctx(subject="European Union", source=None, time=T("till 2030", "2030-01-01", "2030-12-31"))
F("minst 10 procent", "percent", 10, "%", q="at_least",
  concept="domestic extraction target share")
N("2030", YEAR)
ctx(subject="Lappnickel", source="Lappnickel", time=None)
F("41 miljoner ton", "mass", 41e6, "t", concept="Gäddtjärn ore resource")
F("0,34 procent", "percent", 0.34, "%", concept="nickel grade")
F("0,02 procent", "percent", 0.02, "%", concept="cobalt grade")
N("2023", CAPTION)
N("4 gruvprojekt", RELATED)
N("090-55 51 00", PHONE)


# ---------------------------------------------------------------- sv_04
doc("sv_04_koppar_gruvaktier_vecka")
N("19 mars 2027", DATE)
N("kl. 17.35", CLOCK)
N("17.58", CLOCK)
N("👁 2,1 tn läsningar", COUNTER)
N("💬 8", COUNTER)
N("154 partner", COOKIE)
TODAY = T("I dag", "2027-03-19")
WEEK = T("Under veckan", "2027-03-15", "2027-03-21")
ctx(subject="LME", source=None, time=TODAY)
F("2,1 procent", "percent", 2.1, "%", m="change", concept="copper price")
F("11{NBSP}640 dollar per ton", "money", 11640, "USD", per="t", concept="copper price")
F("4,8 procent", "percent", 4.8, "%", m="change", concept="copper price", time=WEEK)
ctx(subject="Shanghai Futures Exchange",
    time=T("under samma period", "2027-03-15", "2027-03-21"))
F("18{NBSP}500 ton", "mass", -18500, "t", m="change", concept="copper stocks")
F("146{NBSP}000 ton", "mass", 146000, "t", concept="copper stocks")
ctx(subject="China", source="General Administration of Customs",
    time=T("I februari", "2027-02-01", "2027-02-28"))
F("12 procent", "percent", 12, "%", m="change", concept="copper concentrate imports")
F("2,6 miljoner ton", "mass", 2.6e6, "t", concept="copper concentrate imports")
ctx(subject="Norrgruvan", source=None, time=WEEK)
F("6,3 procent", "percent", 6.3, "%", m="change", concept="share price")
F("214,40 kronor", "money", 214.40, "SEK", per="share", concept="share price")
ctx(subject="Silverkronan Metall")
F("3 procent", "percent", -3, "%", m="change", concept="share price")
F("87,15 kronor", "money", 87.15, "SEK", per="share", concept="share price")
ctx(time=T("på fredagen", "2027-03-19"))
F("1,9 miljoner aktier", "count", 1.9e6, "share", concept="shares traded")
F("ungefär dubbelt så mycket", "ratio", 2, "x", q="approx",
  concept="volume relative to normal day")
ctx(subject="Bergslagens Grafit")
F("11 procent", "percent", 11, "%", m="change", concept="share price")
F("omkring 1,2 miljarder kronor", "money", 1.2e9, "SEK", q="approx",
  concept="delivery contract value", time=None)
F("sex år", "duration", 6, "year", concept="delivery contract term", time=None)
F("38 procent", "percent", 38, "%", m="change", concept="share price",
  time=T("Hittills i år", "2027-01-01", "2027-03-19"))
N("OMXS30", NAME + " (index name)")
ctx(subject="OMXS30", time=T("under dagen", "2027-03-19"))
F("0,4 procent", "percent", 0.4, "%", m="change", concept="index level")
F("2{NBSP}618 punkter", "index", 2618, "point", concept="index level")
ctx(subject=None, source="Kristina Holm", time=T("nästa år", "2028-01-01", "2028-12-31"))
F("omkring 300{NBSP}000 ton", "mass", 300000, "t", q="approx",
  concept="global copper market deficit")
F("12{NBSP}500 dollar", "money", 12500, "USD", per="t", concept="copper price forecast",
  time=T("innan sommaren", "2027-03-19", "2027-05-31"))
ctx(subject="Norrgruvan", source="Ekström & Wahl", time=None)
F("245 kronor", "money", 245, "SEK", per="share", concept="price target")
F("220 kronor", "money", 220, "SEK", per="share", m="prior", concept="price target")
ctx(subject="LME", source=None, time=T("i dag", "2027-03-19"))
F("1,2 procent", "percent", -1.2, "%", m="change", concept="nickel price")
F("15{NBSP}380 dollar per ton", "money", 15380, "USD", per="t", concept="nickel price")
F("nästan en tredjedel", "percent", -100 / 3, "%", q="approx", m="change", opt=True,
  subject="China", concept="lithium price", time=T("sedan i oktober", "2026-10-01", "2027-03-19"))
ctx(subject=None, time=T("I fjol", "2026-01-01", "2026-12-31"))
F("14 procent", "percent", 14, "%", m="change", concept="copper price")
F("9 procent", "percent", -9, "%", m="change", concept="nickel price")
ctx(time=T("vid stängning", "2027-03-19"))
F("10,42 kronor", "money", 10.42, "SEK", concept="US dollar exchange rate")
ctx(subject="Sweden")
F("5 räntepunkter", "percent", 0.05, "pp", m="change", concept="10-year government bond yield")
F("2,38 procent", "percent", 2.38, "%", concept="10-year government bond yield")
ctx(subject=None, time=T("Nästa vecka", "2027-03-22", "2027-03-28"))
F("två", "count", 2, "company", concept="miners due to report")
N("15 minuter", CHROME)
N("3 råvaror", RELATED)
N("1", LIST)
N("2", LIST)
