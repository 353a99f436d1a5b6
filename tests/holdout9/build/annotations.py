"""Gold annotations for tests/holdout9, one block per article, rows in text order.

The helpers and row format of tests/holdout_tools/gold_rows.py: F(...) is a fact row, N(...)
a trap row.  ctx(...) sets the running context (subject, time, source) that later rows
inherit, mirroring the contract's rule that "a period set earlier in the passage carries
over"; a keyword on a single F(...) overrides it for that row only.  T(phrase, start,
end) is a time phrase as written plus the ISO period it names, resolved against the
document date.  direction is derived from the sign of a change.  Two articles (en_01,
sv_02) carry one small plain-text table each; its cells take subject, time and source
from the caption and the text around it, and concept from the row label.
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

SUB = "page chrome: subscription offer"
AUDIO = "page chrome: audio player widget"
CAPTION = "year in a photo caption"


def OZ(n):
    """troy ounces to tonnes"""
    return round(n * 31.1035e-6, 9)


# ---------------------------------------------------------------- en_01
doc("en_01_china_magnet_exports")
N("November 18, 2026", DATE)
N("09:12 GMT", CLOCK)
N("11:40 GMT", CLOCK)
N("4 min read", READ)
N("Share: 87", COUNTER)
N("9 partners", COOKIE)
N("Nov 18", DATE)
OCT = T("in October", "2026-10-01", "2026-10-31")
ctx(subject="China", source="General Administration of Customs", time=OCT)
F("14.2%", "percent", 14.2, "%", m="change", concept="rare earth magnet exports")
F("5,318 tonnes", "mass", 5318, "t", concept="rare earth magnet exports")
F("4,962 tonnes", "mass", 4962, "t", m="prior", concept="rare earth magnet exports",
  time=T("in September", "2026-09-01", "2026-09-30"))
ctx(time=T("in the month", "2026-10-01", "2026-10-31"))
F("$287.4 million", "money", 287.4e6, "USD", concept="magnet export value")
F("about $54 per kilogram", "money", 54, "USD", q="approx", per="kg",
  concept="average magnet export price")
F("$51", "money", 51, "USD", per="kg", m="prior", concept="average magnet export price",
  time=T("a year earlier", "2025-10-01", "2025-10-31"))
N("10 months", PERIOD)
N("2026", YEAR)
ctx(source=None, time=T("In the first 10 months of 2026", "2026-01-01", "2026-10-31"))
F("47,860 tonnes", "mass", 47860, "t", concept="rare earth magnet exports")
F("9.6%", "percent", 9.6, "%", m="change", concept="rare earth magnet exports")
N("2025", YEAR)
F("seven", "count", 7, "rare earth element", concept="rare earth elements under export control",
  time=None)
ctx(time=OCT)
F("21%", "percent", -21, "%", m="change", concept="unwrought rare earth exports")
F("3,120 tonnes", "mass", 3120, "t", concept="unwrought rare earth exports")
F("46,700 tonnes", "mass", 46700, "t", concept="unwrought rare earth exports",
  time=T("For January-October", "2026-01-01", "2026-10-31"))
# table: caption "Magnet exports by destination, January-October (customs data)"
ctx(source="General Administration of Customs",
    time=T("January-October", "2026-01-01", "2026-10-31"))
F("8,912", "mass", 8912, "t", concept="magnet exports to Germany")
F("+6.4%", "percent", 6.4, "%", m="change", concept="magnet exports to Germany")
F("6,035", "mass", 6035, "t", concept="magnet exports to United States")
F("-18.2%", "percent", -18.2, "%", m="change", concept="magnet exports to United States")
F("5,870", "mass", 5870, "t", concept="magnet exports to South Korea")
F("+2.1%", "percent", 2.1, "%", m="change", concept="magnet exports to South Korea")
F("4,410", "mass", 4410, "t", concept="magnet exports to Japan")
F("-7.5%", "percent", -7.5, "%", m="change", concept="magnet exports to Japan")
ctx(source=None, time=None)
F("five consecutive months", "duration", 5, "month",
  concept="run of falling US shipments")
ctx(source="Vivian Cho", time=OCT)
F("Roughly 60%", "percent", 60, "%", q="approx",
  concept="approval rate of European licence applications")
F("about 35%", "percent", 35, "%", q="approx", m="prior",
  concept="approval rate of European licence applications",
  time=T("in the summer", "2026-06-01", "2026-08-31"))
ctx(source="Ministry of Commerce", time=T("since April", "2026-04-01", "2026-11-18"))
F("more than 1,400 licences", "count", 1400, "licence", q="more_than",
  concept="dual-use rare earth licences approved")
ctx(time=None)
F("up to 45 working days", "duration", 45, "day", q="up_to", concept="licence processing time")
F("within 30 days", "duration", 30, "day", q="at_most", concept="end-user reporting deadline")
ctx(source="IEA")
F("around 90%", "percent", 90, "%", q="approx", concept="share of world magnet output")
F("nearly 99%", "percent", 99, "%", q="approx",
  concept="share of heavy rare earth separation")
ctx(source="Dongling Metals Data", time=T("on Tuesday", "2026-11-17"))
F("562,000 yuan a tonne", "money", 562000, "CNY", per="t", concept="NdPr oxide price")
F("1.4%", "percent", 1.4, "%", m="change", concept="NdPr oxide price")
ctx(subject="Japan", source="Japan's Ministry of Finance", time=OCT)
F("1,206 tonnes", "mass", 1206, "t", concept="magnet imports")
F("8%", "percent", 8, "%", m="change", concept="magnet imports")
F("roughly three months", "duration", 3, "month", q="approx",
  concept="carmakers' magnet inventory cover", source="Vivian Cho", time=None)
N("2025", CAPTION)
N("The 7 rare earths Beijing now licenses", RELATED)
N("6 a.m.", NEWS + " (time of day)")
N("2026", YEAR + " (copyright line)")


# ---------------------------------------------------------------- en_02
doc("en_02_fairholm_lithium_note")
N("2027", YEAR + " (headline)")
N("8 September 2026", DATE)
N("7:05am AEST", CLOCK)
N("5 minute read", READ)
N("1.25x", AUDIO)
Y27 = T("2027", "2027-01-01", "2027-12-31")
NEXT = T("next year", "2027-01-01", "2027-12-31")
ctx(subject=None, source="Fairholm Capital", time=Y27)
N("2027", YEAR)
F("$14,500 a tonne", "money", 14500, "USD", per="t", concept="lithium carbonate price forecast")
F("$11,800", "money", 11800, "USD", per="t", m="prior",
  concept="lithium carbonate price forecast", time=None)
F("$1,350-1,500 a tonne", "money", 1350, "USD", hi=1500, per="t",
  concept="spodumene concentrate price forecast", time=NEXT)
ctx(source="Rohan Mehta", time=None)
F("roughly 8%", "percent", 8, "%", q="approx", subject="Yichun",
  concept="share of global lithium supply")
F("two", "count", 2, "operation", subject="Western Australia",
  concept="operations moved to care and maintenance")
ctx(source="Fairholm Capital", time=T("in 2027", "2027-01-01", "2027-12-31"))
F("about 42,000 tonnes", "mass", 42000, "t", q="approx", concept="global lithium market deficit")
N("2027", YEAR)
F("65,000 tonnes", "mass", 65000, "t", m="prior", concept="global lithium market surplus",
  time=T("this year", "2026-01-01", "2026-12-31"))
ctx(time=NEXT)
F("24%", "percent", 24, "%", m="change", concept="lithium demand")
F("1.86 million tonnes", "mass", 1.86e6, "t", concept="lithium demand")
F("28%", "percent", 28, "%", concept="energy storage share of demand")
F("19%", "percent", 19, "%", m="prior", concept="energy storage share of demand",
  time=T("in 2025", "2025-01-01", "2025-12-31"))
N("2025", YEAR)
ctx(subject="Guangzhou Futures Exchange", source="Arcwell Assessments",
    time=T("on Monday", "2026-09-07"))
F("86,450 yuan a tonne", "money", 86450, "CNY", per="t", concept="lithium carbonate futures price")
F("nearly 40%", "percent", 40, "%", q="approx", m="change",
  concept="lithium carbonate futures price",
  time=T("since the start of June", "2026-06-01", "2026-09-08"))
F("$1,210 a tonne", "money", 1210, "USD", per="t", subject="China",
  concept="delivered spodumene price")
ctx(subject=None, source="Lindqvist Partners", time=None)
F("as much as 150,000 tonnes", "mass", 150000, "t", q="up_to",
  concept="supply added by mine restarts")
F("within 12 months", "duration", 12, "month", q="at_most",
  concept="restart supply response time")
F("above 80,000 yuan", "money", 80000, "CNY", q="more_than", per="t",
  concept="lithium carbonate price threshold")
ctx(subject="Quandong Lithium", source="Fairholm Capital", time=None)
F("A$4.20 a share", "money", 4.20, "AUD", per="share", concept="price target")
F("A$3.10", "money", 3.10, "AUD", per="share", m="prior", concept="price target")
FY27 = T("in the 2027 financial year", "2026-07-01", "2027-06-30")
F("A$610 million", "money", 610e6, "AUD", concept="EBITDA forecast", time=FY27)
N("2027", YEAR)
F("almost three times", "ratio", 3, "x", q="approx", m="change", concept="EBITDA forecast",
  time=FY27)
F("A$214 million", "money", 214e6, "AUD", m="prior", concept="EBITDA forecast",
  time=T("fiscal 2026", "2025-07-01", "2026-06-30"))
N("2026", YEAR)
ctx(source=None, time=T("on Monday", "2026-09-07"))
F("A$3.42", "money", 3.42, "AUD", per="share", concept="share price")
F("31%", "percent", 31, "%", m="change", concept="share price",
  time=T("in the past month", "2026-08-07", "2026-09-07"))
ctx(source="Quandong Lithium", time=T("in fiscal 2027", "2026-07-01", "2027-06-30"))
F("540,000-580,000 tonnes", "mass", 540000, "t", hi=580000,
  concept="spodumene production guidance")
N("2027", YEAR)
F("about 12%", "percent", -12, "%", q="approx", m="change", concept="unit costs")
ctx(subject=None, source="Fairholm Capital", time=T("for 2027", "2027-01-01", "2027-12-31"))
N("2027", YEAR)
F("5%", "percent", 5, "%", m="change", concept="nickel price forecast")
F("$17,200 a tonne", "money", 17200, "USD", per="t", concept="nickel price forecast")
F("$11.50 a lb", "money", 11.50, "USD", per="lb", concept="cobalt price forecast")
F("$13", "money", 13, "USD", per="lb", m="prior", concept="cobalt price forecast", time=None)
ctx(source=None, time=None)
F("about 70%", "percent", 70, "%", q="approx", subject="Democratic Republic of Congo",
  concept="share of world cobalt mining")
N("1", LIST, pre="\n")
N("2", LIST, pre="\n")
N("$13,000 a tonne", RELATED)
N("$1 a week", SUB)
N("12 weeks", SUB)


# ---------------------------------------------------------------- en_03
doc("en_03_metals_close_wrap")
N("two-week high", PERIOD + " (headline)")
N("May 15, 2026", DATE)
N("5:48 p.m. BST", CLOCK)
N("6:02 p.m.", CLOCK)
N("👍 41", COUNTER)
N("💬 12", COUNTER)
N("156 vendors", COOKIE)
N("third session", ORD)
FRI = T("on Friday", "2026-05-15")
DAY = T("on the day", "2026-05-15")
WEEK = T("over the week", "2026-05-11", "2026-05-17")
N("three-month contract", NAME + " (contract tenor)")
ctx(subject="LME", source=None, time=FRI)
F("$11,285 a tonne", "money", 11285, "USD", per="t", concept="copper price")
F("0.9%", "percent", 0.9, "%", m="change", concept="copper price", time=DAY)
F("2.7%", "percent", 2.7, "%", m="change", concept="copper price", time=WEEK)
ctx(source="LME", time=DAY)
F("4,350 tonnes", "mass", -4350, "t", m="change", concept="copper stocks")
F("121,900 tonnes", "mass", 121900, "t", concept="copper stocks")
ctx(source=None, time=FRI)
F("0.4%", "percent", 0.4, "%", m="change", concept="aluminium price")
F("$2,612 a tonne", "money", 2612, "USD", per="t", concept="aluminium price")
F("1.2%", "percent", -1.2, "%", m="change", concept="zinc price")
F("$2,874", "money", 2874, "USD", per="t", concept="zinc price")
F("$15,940", "money", 15940, "USD", per="t", concept="nickel price")
F("$11,000-11,600 a tonne", "money", 11000, "USD", hi=11600, per="t",
  concept="copper price forecast", source="Bernard Aoki",
  time=T("in the third quarter", "2026-07-01", "2026-09-30"))
ctx(subject="Singapore Exchange", source=None, time=FRI)
F("1.6%", "percent", -1.6, "%", m="change", concept="iron ore futures price")
F("$98.40 a dry metric tonne", "money", 98.40, "USD", per="t", concept="iron ore futures price")
N("a second month", ORD)
ctx(subject="China", source="National Bureau of Statistics",
    time=T("in April", "2026-04-01", "2026-04-30"))
F("86.2 million tonnes", "mass", 86.2e6, "t", concept="crude steel production")
F("3.8%", "percent", -3.8, "%", m="change", concept="crude steel production")
ctx(time=T("Over January-April", "2026-01-01", "2026-04-30"))
F("338 million tonnes", "mass", 338e6, "t", concept="crude steel production")
F("1.1%", "percent", -1.1, "%", m="change", concept="crude steel production")
F("$16.20 a lb", "money", 16.20, "USD", per="lb", subject="Europe", concept="cobalt metal price",
  source="Ardent Metals Data", time=T("on the week", "2026-05-11", "2026-05-17"))
ctx(subject="Halberd Mining", source=None, time=FRI)
F("3.4%", "percent", 3.4, "%", m="change", concept="share price")
F("2,216 pence", "money", 22.16, "GBP", per="share", concept="share price")
ctx(source="Halberd Mining", time=T("for 2026", "2026-01-01", "2026-12-31"))
N("2026", YEAR)
F("410,000-430,000 tonnes", "mass", 410000, "t", hi=430000, concept="copper output guidance")
F("395,000-415,000 tonnes", "mass", 395000, "t", hi=415000, m="prior",
  concept="copper output guidance", time=None)
F("18%", "percent", 18, "%", m="change", concept="share price", source=None,
  time=T("this year", "2026-01-01", "2026-12-31"))
ctx(subject="Redcliff Minerals", source=None, time=FRI)
F("5.1%", "percent", -5.1, "%", m="change", concept="share price")
F("388p", "money", 3.88, "GBP", per="share", concept="share price")
ctx(source="Redcliff Minerals", time=None)
F("$1.9 billion", "money", 1.9e9, "USD", concept="Kivu cobalt project cost")
F("about 30%", "percent", 30, "%", q="approx", m="change", concept="Kivu cobalt project cost")
N("2024", YEAR)
F("12 months", "duration", 12, "month", m="change", concept="first production delay")
N("200", NAME + " (index name)", pre="S&P/ASX ")
ctx(subject="S&P/ASX 200 Materials", source=None, time=T("Earlier", "2026-05-15"))
F("0.7%", "percent", -0.7, "%", m="change", concept="index level")
F("17,402.3 points", "index", 17402.3, "point", concept="index level")
ctx(subject="Carrow Copper", source=None, time=T("by midday", "2026-05-15"))
F("1.8%", "percent", 1.8, "%", m="change", concept="share price")
F("C$14.75", "money", 14.75, "CAD", per="share", concept="share price")
F("about 2.3 million shares", "count", 2.3e6, "share", q="approx", concept="shares traded")
ctx(source="Carrow Copper", time=T("first-quarter", "2026-01-01", "2026-03-31"))
F("C$412 million", "money", 412e6, "CAD", concept="revenue")
F("C$356 million", "money", 356e6, "CAD", m="prior", concept="revenue",
  time=T("a year earlier", "2025-01-01", "2025-03-31"))
ctx(subject=None, source="Orwell Securities",
    time=T("before the end of June", "2026-05-15", "2026-06-30"))
F("$12,000 a tonne", "money", 12000, "USD", per="t", concept="copper price forecast")
F("25%", "percent", 25, "%", subject="United States", concept="proposed refined copper tariff",
  time=None)
N("20 minutes", CHROME)
N("Top 10", RELATED)
N("2026", YEAR + " (copyright line)")


# ---------------------------------------------------------------- en_04
doc("en_04_canberra_processing_loans")
F("A$1.6 billion", "money", 1.6e9, "AUD", subject="Australia", concept="processing project loans")
N("March 12, 2026", DATE)
N("8:30pm AEDT", CLOCK)
N("6 min read", READ)
N("Listen 6:12", AUDIO)
N("58 shares", COUNTER)
N("23 partners", COOKIE)
ctx(subject="Australia", source="Helen Carrick", time=None)
F("A$1.6 billion", "money", 1.6e9, "AUD", concept="processing project loans")
F("four", "count", 4, "project", concept="processing projects funded")
ctx(subject="Tallow Creek Graphite", source=None)
F("A$620 million", "money", 620e6, "AUD", concept="government loan")
F("50,000 tonnes a year", "mass", 50000, "t", per="year",
  concept="spherical graphite design capacity")
ctx(source="Helen Carrick")
F("380 construction jobs", "count", 380, "job", concept="construction jobs")
F("210 permanent positions", "count", 210, "position", concept="permanent jobs")
ctx(source="Rebecca Moana")
F("about 45%", "percent", 45, "%", q="approx", concept="loan share of plant cost")
F("A$1.38 billion", "money", 1.38e9, "AUD", concept="plant cost")
N("2028", YEAR)
ctx(subject="Ironbark Rare Earths", source=None)
F("A$415 million", "money", 415e6, "AUD", concept="government loan")
F("5,500 tonnes a year", "mass", 5500, "t", per="year",
  concept="rare earth oxide refining capacity")
F("about 1,400 tonnes", "mass", 1400, "t", q="approx", per="year",
  concept="NdPr oxide refining capacity")
F("two", "count", 2, "project", subject="Australia", concept="remaining funded projects")
ctx(subject="Australia", source="Department of Industry, Science and Resources")
F("up to 15 years", "duration", 15, "year", q="up_to", concept="loan term")
F("1.5 percentage points", "percent", 1.5, "pp", concept="interest margin over bond yield")
N("10-year", NAME + " (bond tenor)")
F("within 18 months", "duration", 18, "month", q="at_most",
  concept="investment decision deadline")
N("June 30, 2027", DATE)
ctx(source=None)
F("10%", "percent", 10, "%", concept="production tax incentive rate")
F("up to 10 years", "duration", 10, "year", q="up_to", concept="tax incentive duration")
N("2027-28", YEAR)
F("A$7.2 billion", "money", 7.2e9, "AUD", source="Treasury", concept="tax incentive cost",
  time=T("over a decade", "2027-07-01", "2037-06-30"))
N("a decade", PERIOD)
ctx(subject="Export Finance Australia", source="Export Finance Australia",
    time=T("since its budget was last topped up in 2023", "2023-01-01", "2026-03-12"))
F("37 applications", "count", 37, "application", concept="loan applications received")
F("more than A$9 billion", "money", 9e9, "AUD", q="more_than", concept="loan funding sought")
N("2023", YEAR)
ctx(subject="Australia", source="Australia", time=T("by 2030", "2030-01-01", "2030-12-31"))
F("20%", "percent", 20, "%", concept="target share of ex-China anode supply")
N("2030", YEAR)
F("more than 90%", "percent", 90, "%", q="more_than", subject="China", source="IEA", time=None,
  concept="share of world graphite refining")
N("December 2023", DATE)
ctx(subject="United States", source=None, time=T("Last week", "2026-03-02", "2026-03-08"))
F("$754 million", "money", 754e6, "USD", concept="graphite producer loan offer")
N("Two years", PERIOD)
F("within three years", "duration", 3, "year", q="at_most", subject="Australia",
  source="Mark Fenwick", time=None, concept="promised time to start processing")
F("about A$2.1 billion a year", "money", 2.1e9, "AUD", q="approx", per="year",
  subject="Australia", source="Helen Carrick", time=None, concept="added export earnings")
N("2025", CAPTION)
N("3 lessons", RELATED)
N("1800 555 014", PHONE)


# ---------------------------------------------------------------- sv_01
doc("sv_01_rodfjall_koppar_q3")
N("22 oktober 2026", DATE)
N("kl. 07.30", CLOCK)
N("kl. 10.12", CLOCK)
N("Lästid: 3 minuter", READ)
N("💬 7", COUNTER)
N("48 partner", COOKIE)
Q3 = T("tredje kvartalet", "2026-07-01", "2026-09-30")
ctx(subject="Rödfjäll Koppar", source="Rödfjäll Koppar", time=Q3)
F("412 Mkr", "money", 412e6, "SEK", concept="operating profit")
F("388", "money", 388e6, "SEK", m="prior", concept="operating profit", time=None, pre="(")
F("2{NBSP}176 Mkr", "money", 2176e6, "SEK", concept="net sales")
F("2{NBSP}041", "money", 2041e6, "SEK", m="prior", concept="net sales", time=None, pre="(")
F("297 Mkr", "money", 297e6, "SEK", concept="net profit")
F("271", "money", 271e6, "SEK", m="prior", concept="net profit", time=None, pre="(")
F("1,48 kronor", "money", 1.48, "SEK", per="share", concept="earnings per share")
F("1,35", "money", 1.35, "SEK", per="share", m="prior", concept="earnings per share",
  time=None, pre="(")
ctx(time=T("i kvartalet", "2026-07-01", "2026-09-30"))
F("18{NBSP}640 ton", "mass", 18640, "t", concept="copper production")
F("17{NBSP}910", "mass", 17910, "t", m="prior", concept="copper production", time=None,
  pre="(")
F("4 procent", "percent", 4, "%", m="change", concept="copper production")
F("21{NBSP}300 uns", "mass", OZ(21300), "t", concept="gold production")
F("24{NBSP}800 uns", "mass", OZ(24800), "t", m="prior", concept="gold production",
  time=T("ett år tidigare", "2025-07-01", "2025-09-30"))
F("10{NBSP}480 dollar per ton", "money", 10480, "USD", per="t",
  concept="average realised copper price")
F("9 procent", "percent", 9, "%", m="change", concept="average realised copper price")
N("C1", NAME)
F("2,31 dollar per pund", "money", 2.31, "USD", per="lb", concept="C1 cash cost")
F("2,05", "money", 2.05, "USD", per="lb", m="prior", concept="C1 cash cost", time=None,
  pre="(")
ctx(time=T("januari–september", "2026-01-01", "2026-09-30"))
F("6 procent", "percent", 6, "%", m="change", concept="net sales")
F("6{NBSP}318 Mkr", "money", 6318e6, "SEK", concept="net sales")
F("1{NBSP}146 Mkr", "money", 1146e6, "SEK", concept="operating profit")
F("1{NBSP}203", "money", 1203e6, "SEK", m="prior", concept="operating profit", time=None,
  pre="(")
F("588 Mkr", "money", 588e6, "SEK", concept="operating cash flow",
  time=T("under kvartalet", "2026-07-01", "2026-09-30"))
F("1,74 miljarder kronor", "money", 1.74e9, "SEK", concept="net debt",
  time=T("den 30 september", "2026-09-30"))
N("30 september", DATE)
F("2,02 miljarder", "money", 2.02e9, "SEK", m="prior", concept="net debt",
  time=T("vid halvårsskiftet", "2026-06-30"))
FY = T("för helåret", "2026-01-01", "2026-12-31")
ctx(time=FY)
F("85{NBSP}000–90{NBSP}000 uns", "mass", OZ(85000), "t", hi=OZ(90000),
  concept="gold production guidance")
F("95{NBSP}000–100{NBSP}000 uns", "mass", OZ(95000), "t", hi=OZ(100000), m="prior",
  concept="gold production guidance", time=None)
F("72{NBSP}000–75{NBSP}000 ton", "mass", 72000, "t", hi=75000,
  concept="copper production guidance")
ctx(time=T("för 2026", "2026-01-01", "2026-12-31"))
N("2026", YEAR)
F("omkring 1,3 miljarder kronor", "money", 1.3e9, "SEK", q="approx",
  concept="capital expenditure")
F("knappt 400 Mkr", "money", 400e6, "SEK", q="approx",
  concept="new concentrator line investment")
N("2027", YEAR)
F("1,5 miljoner ton malm per år", "mass", 1.5e6, "t", m="change", per="year",
  concept="ore processing capacity", time=None)
F("1{NBSP}032", "count", 1032, "employee", concept="employees",
  time=T("vid kvartalets slut", "2026-09-30"))
F("395 Mkr", "money", 395e6, "SEK", source="Sifferbanken",
  concept="consensus operating profit forecast", time=Q3)
ctx(source="Petra Lind")
F("drygt 4 procent", "percent", 4, "%", q="approx", m="change",
  concept="operating profit versus consensus", time=Q3)
F("omkring 150 Mkr", "money", -150e6, "SEK", q="approx", m="change",
  concept="gold contribution versus expectations", time=FY)
ctx(source=None, time=T("på torsdagsförmiddagen", "2026-10-22"))
F("3,2 procent", "percent", -3.2, "%", m="change", concept="share price")
F("74,10 kronor", "money", 74.10, "SEK", per="share", concept="share price")
F("41 procent", "percent", 41, "%", m="change", concept="share price",
  time=T("I fjol", "2025-01-01", "2025-12-31"))
N("tredje största", ORD)
N("5 gruvbolag", RELATED)
N("kl. 06.45", NEWS + " (time of day)")
N("0771-55 55 00", PHONE)


# ---------------------------------------------------------------- sv_02
doc("sv_02_scb_malm_metaller")
N("10 november 2026", DATE)
N("08.00", CLOCK)
N("11.45", CLOCK)
N("Lästid 4 min", READ)
N("23 delningar", COUNTER)
SEP = T("i september", "2026-09-01", "2026-09-30")
ctx(subject="Sweden", source="SCB", time=SEP)
F("4,1 miljarder kronor", "money", 4.1e9, "SEK", concept="iron ore exports")
F("11 procent", "percent", 11, "%", m="change", concept="iron ore exports")
ctx(source=None)
F("2,4 procent", "percent", -2.4, "%", m="change", concept="total goods exports")
F("162,3 miljarder kronor", "money", 162.3e9, "SEK", concept="total goods exports")
F("1,1 procent", "percent", 1.1, "%", m="change", concept="goods imports")
F("158,9 miljarder", "money", 158.9e9, "SEK", concept="goods imports")
F("3,4 miljarder kronor", "money", 3.4e9, "SEK", concept="trade surplus")
F("7,8 miljarder kronor", "money", 7.8e9, "SEK", m="prior", concept="trade surplus",
  time=T("i september förra året", "2025-09-01", "2025-09-30"))
ctx(source="SCB", time=T("januari–september", "2026-01-01", "2026-09-30"))
F("5,8 procent", "percent", 5.8, "%", m="change", concept="ore and metal exports")
F("121,6 miljarder kronor", "money", 121.6e9, "SEK", concept="ore and metal exports")
# table: caption "Export av malm och metaller, januari–september 2026", columns Mkr / Förändring, %
ctx(source="Tullverket", time=T("januari–september 2026", "2026-01-01", "2026-09-30"))
N("2026", YEAR)
F("36{NBSP}905", "money", 36905e6, "SEK", concept="iron ore exports")
F("+7,3", "percent", 7.3, "%", m="change", concept="iron ore exports")
F("18{NBSP}412", "money", 18412e6, "SEK", concept="copper and copper product exports")
F("+12,6", "percent", 12.6, "%", m="change", concept="copper and copper product exports")
F("4{NBSP}870", "money", 4870e6, "SEK", concept="zinc exports")
F("−8,1", "percent", -8.1, "%", m="change", concept="zinc exports")
F("2{NBSP}315", "money", 2315e6, "SEK", concept="nickel exports")
F("−15,4", "percent", -15.4, "%", m="change", concept="nickel exports")
F("59{NBSP}098", "money", 59098e6, "SEK", concept="other metal exports")
F("+4,2", "percent", 4.2, "%", m="change", concept="other metal exports")
ctx(time=T("under perioden", "2026-01-01", "2026-09-30"))
F("22 procent", "percent", 22, "%", concept="Germany's share of metal exports")
F("11 procent", "percent", 11, "%", concept="Norway's share of metal exports")
F("knappt 9 procent", "percent", 9, "%", q="approx", concept="Finland's share of metal exports")
ctx(time=T("under årets första nio månader", "2026-01-01", "2026-09-30"))
F("312 ton", "mass", 312, "t", concept="magnet imports from China")
N("nio månader", PERIOD)
F("37 procent", "percent", -37, "%", m="change", concept="magnet imports from China")
F("96 ton", "mass", 96, "t", concept="magnet imports from Japan")
F("nästan en tredubbling", "ratio", 3, "x", q="approx", m="change",
  concept="magnet imports from Japan")
F("omkring 40 procent", "percent", 40, "%", q="approx", source="Sofia Renberg",
  concept="magnet buyers that switched supplier",
  time=T("sedan 2025", "2025-01-01", "2026-11-10"))
N("2025", YEAR)
ctx(source="SCB", time=SEP)
F("3,2 procent", "percent", 3.2, "%", m="change", concept="metal export price index")
F("148,6", "index", 148.6, "point", concept="metal export price index")
N("2015=100", NAME + " (index base year)")
ctx(source="Svemin", time=T("under årets tre första kvartal", "2026-01-01", "2026-09-30"))
F("8,3 procent", "percent", 8.3, "%", concept="ore and metals share of exports")
N("tre första kvartal", PERIOD)
F("7,6 procent", "percent", 7.6, "%", m="prior", concept="ore and metals share of exports",
  time=T("under samma period 2025", "2025-01-01", "2025-09-30"))
N("2025", YEAR)
ctx(subject="LME", source=None, time=SEP)
F("11{NBSP}920 dollar per ton", "money", 11920, "USD", per="t", concept="average copper price")
F("drygt 20 procent", "percent", 20, "%", q="approx", m="change", concept="average copper price")
N("4 malmfält", RELATED)
N("1 kr", SUB)


# ---------------------------------------------------------------- sv_03
doc("sv_03_bergsstaten_grafit_pajala")
F("240 jobb", "count", 240, "job", subject="Nordgrafit", concept="jobs")
N("16 juni 2026", DATE)
N("kl. 14.05", CLOCK)
N("16.30", CLOCK)
N("💬 19", COUNTER)
N("Dela 64", COUNTER)
N("12 leverantörer", COOKIE)
N("12 juni", DATE)
F("25 år", "duration", 25, "year", subject="Nordgrafit", source="Bergsstaten",
  concept="mining concession validity")
ctx(subject="Nordgrafit", source="Nordgrafit", time=None)
F("cirka 11,6 miljoner ton", "mass", 11.6e6, "t", q="approx", concept="ore resource")
F("18,4 procent", "percent", 18.4, "%", concept="average graphite grade")
F("upp till 600{NBSP}000 ton malm per år", "mass", 600000, "t", q="up_to", per="year",
  concept="planned ore mining rate")
F("25{NBSP}000 ton per år", "mass", 25000, "t", per="year",
  concept="anode material plant capacity")
ctx(source=None)
F("3,8 miljarder kronor", "money", 3.8e9, "SEK", concept="total investment")
F("drygt 1,1 miljarder kronor", "money", 1.1e9, "SEK", q="approx", concept="mine investment")
F("42 miljoner euro", "money", 42e6, "EUR", concept="EU Innovation Fund grant")
F("150 miljoner euro", "money", 150e6, "EUR", concept="EIB loan application")
F("omkring 240 heltidsjobb", "count", 240, "job", q="approx", concept="full-time jobs")
F("ett 90-tal", "count", 90, "job", q="approx", concept="jobs in Pajala")
ctx(source="Henrik Alatalo")
F("två och ett halvt år", "duration", 2.5, "year", concept="construction period")
F("upp till 500 personer", "count", 500, "person", q="up_to", concept="construction workforce")
ctx(source="Länsstyrelsen i Norrbotten")
F("185 miljoner kronor", "money", 185e6, "SEK", concept="financial security for restoration")
F("1,8 kilometer", "length", 1.8, "km", concept="open pit distance to river")
N("Natura 2000", NAME)
ctx(subject="Ruovdeváre sameby", source="Ruovdeváre sameby")
F("omkring 14 kvadratkilometer", "area", 14, "km2", q="approx",
  concept="grazing land affected")
F("6 kilometer", "length", 6, "km", m="change", concept="reindeer migration route length")
F("två andra projekt", "count", 2, "project", source="Ánde Labba",
  concept="projects that took grazing land",
  time=T("de senaste tio åren", "2016-06-16", "2026-06-16"))
N("tio åren", PERIOD)
ctx(subject="Pajala", source="Kerstin Niemi")
F("400 personer", "count", 400, "person", m="change", concept="population",
  time=T("till 2032", "2032-01-01", "2032-12-31"))
N("2032", YEAR)
F("120 nya bostäder", "count", 120, "home", concept="new homes planned",
  time=T("de närmaste fem åren", "2026-06-16", "2031-06-16"))
N("fem åren", PERIOD)
ctx(source=None)
F("drygt 6{NBSP}000 invånare", "count", 6000, "inhabitant", q="approx", concept="population",
  time=T("i dag", "2026-06-16"))
F("omkring 8{NBSP}500", "count", 8500, "inhabitant", q="approx", m="prior",
  concept="population", time=T("år 1990", "1990-01-01", "1990-12-31"))
N("1990", YEAR)
ctx(time=None)
F("inom tre veckor", "duration", 3, "week", q="at_most", subject="Bergsstaten",
  concept="appeal period")
F("18–24 månader", "duration", 18, "month", hi=24, subject="Land and Environment Court",
  concept="environmental permit review time")
N("2028", YEAR)
N("2030", YEAR)
F("omkring 77 procent", "percent", 77, "%", q="approx", subject="China", source="USGS",
  concept="share of world natural graphite mining")
F("minst 10 procent", "percent", 10, "%", q="at_least", subject="European Union",
  concept="domestic extraction target for strategic materials",
  time=T("till 2030", "2030-01-01", "2030-12-31"))
N("2030", YEAR)
N("4 frågor", RELATED)
N("0920-55 55 55", PHONE)


# ---------------------------------------------------------------- sv_04
doc("sv_04_hallbergs_jarnmalm")
N("13 februari 2026", DATE)
N("06.50", CLOCK)
N("Lästid 4 min", READ)
N("Kommentarer (31)", COUNTER)
N("62 procents järnhalt", NAME + " (benchmark ore grade)")
ctx(subject=None, source="Hallbergs Enskilda", time=T("under 2026", "2026-01-01", "2026-12-31"))
F("88 dollar", "money", 88, "USD", per="t", concept="iron ore price forecast")
N("2026", YEAR)
F("97 dollar", "money", 97, "USD", per="t", m="prior", concept="iron ore price forecast",
  time=None)
N("2027", YEAR)
F("82 dollar per ton", "money", 82, "USD", per="t", concept="iron ore price forecast",
  time=T("För 2027", "2027-01-01", "2027-12-31"))
ctx(subject="China", source="NBS", time=T("i fjol", "2025-01-01", "2025-12-31"))
F("1{NBSP}005 miljoner ton", "mass", 1.005e9, "t", concept="crude steel production")
F("1,7 procent", "percent", -1.7, "%", m="change", concept="crude steel production")
F("2–3 procent", "percent", -3, "%", hi=-2, m="change", source="Hallbergs Enskilda",
  concept="crude steel production forecast", time=T("i år", "2026-01-01", "2026-12-31"))
ctx(subject="Simandou", source="Elin Backlund",
    time=T("före utgången av 2026", "2026-01-01", "2026-12-31"))
F("60 miljoner ton", "mass", 60e6, "t", per="year", concept="annual production rate")
N("2026", YEAR)
F("omkring 45 miljoner ton", "mass", 45e6, "t", q="approx", subject=None,
  concept="global seaborne iron ore surplus", time=T("nästa år", "2027-01-01", "2027-12-31"))
THU = T("på torsdagen", "2026-02-12")
ctx(subject="Singapore Exchange", source=None, time=THU)
F("101,35 dollar per ton", "money", 101.35, "USD", per="t", concept="iron ore futures price")
F("2,1 procent", "percent", -2.1, "%", m="change", concept="iron ore futures price",
  time=T("på veckan", "2026-02-09", "2026-02-15"))
F("768 yuan per ton", "money", 768, "CNY", per="t", subject="Dalian Commodity Exchange",
  concept="iron ore futures price")
ctx(subject="LKAB", source="LKAB", time=T("i fjol", "2025-01-01", "2025-12-31"))
F("25,8 miljoner ton", "mass", 25.8e6, "t", concept="iron ore product deliveries")
F("35–40 dollar per ton", "money", 35, "USD", hi=40, per="t", source="Hallbergs Enskilda",
  time=None, concept="pellet price premium")
ctx(subject="Vindelmalm", source=None, time=THU)
F("4,6 procent", "percent", -4.6, "%", m="change", concept="share price")
F("31,82 kronor", "money", 31.82, "SEK", per="share", concept="share price")
ctx(source="Hallbergs Enskilda", time=None)
F("30 kronor", "money", 30, "SEK", per="share", concept="price target")
F("38 kronor", "money", 38, "SEK", per="share", m="prior", concept="price target")
ctx(time=T("i år", "2026-01-01", "2026-12-31"))
F("drygt 40 procent", "percent", -40, "%", q="approx", m="change",
  concept="operating profit forecast")
F("omkring 620 miljoner kronor", "money", 620e6, "SEK", q="approx",
  concept="operating profit forecast")
ctx(subject="Pilbara Range Mining", source=None, time=T("på fredagen", "2026-02-13"))
F("3,3 procent", "percent", -3.3, "%", m="change", concept="share price")
F("18,44 australiska dollar", "money", 18.44, "AUD", per="share", concept="share price")
ctx(subject="Kalahari Ridge", source="Kalahari Ridge",
    time=T("under andra kvartalet", "2026-04-01", "2026-06-30"))
F("15 procent", "percent", -15, "%", m="change", concept="manganese production")
F("300 anställda", "count", 300, "employee", concept="employees given redundancy notice",
  time=None)
F("nästan en fjärdedel", "percent", -25, "%", q="approx", m="change", subject=None,
  concept="manganese ore price", time=T("sedan oktober", "2025-10-01", "2026-02-13"), opt=True)
F("95 dollar per ton", "money", 95, "USD", per="t", subject=None, source="Elin Backlund",
  concept="iron ore price recovery level",
  time=T("under andra halvåret", "2026-07-01", "2026-12-31"))
F("9,28 kronor", "money", 9.28, "SEK", subject=None, source=None,
  concept="US dollar exchange rate", time=T("på fredagsmorgonen", "2026-02-13"))
N("minst 15 minuter", CHROME)
N("3 råvaror att äga 2026", RELATED)
N("kl. 07.00", NEWS + " (time of day)")
