"""Gold annotations for tests/holdout11, one block per article, rows in text order.

The helpers and row format of tests/holdout_tools/gold_rows.py: F(...) is a fact row, N(...)
a trap row.  ctx(...) sets the running context (subject, time, source) that later rows
inherit, mirroring the contract's rule that "a period set earlier in the passage carries
over"; a keyword on a single F(...) overrides it for that row only.  T(phrase, start,
end) is a time phrase as written plus the ISO period it names, resolved against the
document date.  direction is derived from the sign of a change.

Every article carries a table, and the layouts differ: a Markdown/pipe table (en_01,
sv_03), tab-separated flattened rows (en_02), space-aligned flattened rows (sv_04), one
cell per line (en_03, sv_01), and rows glued without separators (en_04, sv_02, and one
glued line of yearly changes in sv_04).  Table cells take unit and period from the
header (or caption), subject and concept from the row label, and source from the caption
or the text that introduces the table; the current column is `level`, the earlier column
`prior`, the change column `change`.  Header dates, quarter labels, week numbers and
years are traps.  en_04 and sv_04 carry a site-wide market ticker strip (page chrome) at
the top and again at the foot: every number in it is a trap.
See ../NOTES.md for the judgement calls.
"""
from gold_rows import DOCS, F, N, T, ctx, doc  # noqa: F401 (tests/holdout_tools)
import gold_rows  # noqa: E402

# A cell glued directly to the end of the previous row's surface (`3,412.6+41.8`) cannot be
# located with a `pre` string, since the shared builder searches forward from the end of the
# previous row.  GLUE marks such a row; build/build.py then takes the first occurrence of the
# surface at or after the previous row's end without the word-boundary test.
GLUE = "\x00GLUE\x00"


def glued():
    """Marks the row just added as glued to the end of the row before it."""
    gold_rows._rows[-1]["_pre"] = GLUE


DATE = "date line or byline date"
CLOCK = "time of day in byline or text"
READ = "page chrome: reading time"
COUNTER = "page chrome: share/comment/like/view counter"
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
CAPTION = "year or date in a photo caption"
HEADER = "period label or date in a table header or caption, not a quantity"
TICK = "page chrome: site-wide market ticker strip"
AD = "page chrome: advertisement or subscription offer"

ST = 0.90718474          # short ton in t
MILE = 1.609344          # mile in km


def f2c(f):
    return (f - 32) * 5 / 9


# ---------------------------------------------------------------- en_01
doc("en_01_kestrel_bay_q2_results")
N("July 29, 2027", DATE)
N("8:12 AM AWST", CLOCK)
N("4 min read", READ)
N("Share 63", COUNTER)
N("Comments 5", COUNTER)
N("148 vendors", COOKIE)
N("July 29", DATE)
Q2 = T("in the three months to June 30", "2027-04-01", "2027-06-30")
ctx(subject="Kestrel Bay Minerals", source="Kestrel Bay Minerals", time=Q2)
F("A$96.4 million", "money", 96.4e6, "AUD", concept="net profit")
N("three months", PERIOD)
N("June 30", DATE)
F("A$58.2 million", "money", 58.2e6, "AUD", m="prior", concept="net profit",
  time=T("a year earlier", "2026-04-01", "2026-06-30"))
F("48%", "percent", 48, "%", m="change", concept="revenue")
F("A$612 million", "money", 612e6, "AUD", concept="revenue")
F("A$575 million", "money", 575e6, "AUD", source="Quillstone", concept="consensus revenue")
# pipe table: | Item | Q2 2027 | Q2 2026 | Change, % |
N("Q2 2027", HEADER)
N("Q2 2026", HEADER)
C27 = T("Q2 2027", "2027-04-01", "2027-06-30")
C26 = T("Q2 2026", "2026-04-01", "2026-06-30")
ctx(time=C27)
F("218,600", "mass", 218600, "t", concept="spodumene concentrate sold")
F("171,300", "mass", 171300, "t", m="prior", concept="spodumene concentrate sold", time=C26)
F("+27.6", "percent", 27.6, "%", m="change", concept="spodumene concentrate sold")
F("1,245", "money", 1245, "USD", per="t", concept="realised spodumene price")
F("905", "money", 905, "USD", per="t", m="prior", concept="realised spodumene price",
  time=C26)
F("+37.6", "percent", 37.6, "%", m="change", concept="realised spodumene price")
F("612", "money", 612, "AUD", per="t", concept="FOB unit cost")
F("688", "money", 688, "AUD", per="t", m="prior", concept="FOB unit cost", time=C26)
F("-11.0", "percent", -11.0, "%", m="change", concept="FOB unit cost")
F("71.8", "percent", 71.8, "%", concept="lithium recovery rate")
F("66.2", "percent", 66.2, "%", m="prior", concept="lithium recovery rate", time=C26)
F("+8.5", "percent", 8.5, "%", m="change", concept="lithium recovery rate")
ctx(source="Dominic Farrow", time=None)
F("2,160 hours", "duration", 2160, "hour", concept="run without unplanned stoppage")
F("14 autonomous haul trucks", "count", 14, "autonomous haul truck",
  concept="autonomous haul trucks on site")
F("another six", "count", 6, "autonomous haul truck", m="change",
  concept="additional haul trucks arriving",
  time=T("before Christmas", "2027-07-29", "2027-12-24"))
ctx(time=T("in June", "2027-06-01", "2027-06-30"))
F("minus 4 degrees Celsius", "temperature", -4, "°C", concept="overnight temperature")
F("about 40 minutes", "duration", 40, "minute", q="approx",
  concept="morning flotation circuit slowdown")
F("A$3.5 million", "money", 3.5e6, "AUD", concept="cost of heated tanks", time=None)
ctx(source="Kestrel Bay Minerals", time=T("for the year to June 2028", "2027-07-01", "2028-06-30"))
N("2028", YEAR)
F("820,000-880,000 tonnes", "mass", 820000, "t", hi=880000,
  concept="concentrate production guidance")
F("A$310 million", "money", 310e6, "AUD", concept="capital spending forecast")
F("A$365 million", "money", 365e6, "AUD", m="prior", concept="capital spending forecast",
  time=None)
ctx(source=None)
F("A$442 million", "money", 442e6, "AUD", concept="net cash", time=T("at June 30", "2027-06-30"))
N("June 30", DATE)
F("A$318 million", "money", 318e6, "AUD", m="prior", concept="net cash",
  time=T("at the end of March", "2027-03-31"))
F("6 Australian cents a share", "money", 0.06, "AUD", per="share", concept="interim dividend",
  time=None)
N("2025", YEAR)
ctx(source="Mei Takahara", time=None)
F("A$4.80", "money", 4.80, "AUD", per="share", concept="price target")
F("A$4.10", "money", 4.10, "AUD", per="share", m="prior", concept="price target")
F("triple", "ratio", 3, "x", m="change", concept="Wirra Creek output",
  time=T("by 2030", "2030-01-01", "2030-12-31"))
N("2030", YEAR)
N("second", ORD)
ctx(source=None, time=None)
F("7.2%", "percent", 7.2, "%", m="change", concept="share price")
F("A$4.36", "money", 4.36, "AUD", per="share", concept="share price")
N("14 months", PERIOD)
N("200", NAME + " (index name)", pre="S&P/ASX ")
F("0.3%", "percent", 0.3, "%", m="change", subject="S&P/ASX 200", concept="index level")
F("8,214.6 points", "index", 8214.6, "point", subject="S&P/ASX 200", concept="index level")
N("March 2027", CAPTION)
N("3 lithium stocks that survived the slump", RELATED)
N("1", LIST, pre="Most read: ")
N("2", LIST, pre="reopens ")
N("2027", YEAR + " (copyright line)")
N("20 minutes", CHROME)


# ---------------------------------------------------------------- en_02
doc("en_02_lithium_weekly_prices")
N("June 11, 2027", DATE)
N("4:40 PM BST", CLOCK)
N("Reading time: 3 min", READ)
N("👍 41", COUNTER)
N("💬 7", COUNTER)
N("fourth", ORD)
ctx(subject="Asia", source="Harbourline Metals Data",
    time=T("in the week to Friday", "2027-06-05", "2027-06-11"))
F("6.6%", "percent", 6.6, "%", m="change", concept="lithium carbonate price")
F("$12.15 per kg", "money", 12.15, "USD", per="kg", concept="lithium carbonate price")
ctx(subject="China", time=T("in May", "2027-05-01", "2027-05-31"))
F("about 18 days", "duration", 18, "day", q="approx",
  concept="converter inventories in days of supply")
F("nearly two months", "duration", 2, "month", q="approx", subject=None,
  concept="pause in cathode makers' spot buying", time=None)
# tab table: caption "Battery raw materials, June 4 to June 11"
N("June 4", HEADER)
N("June 11", HEADER)
N("Jun 4", HEADER)
N("Jun 11", HEADER)
LV = T("Jun 11", "2027-06-11")
PR = T("Jun 4", "2027-06-04")
CH = T("June 4 to June 11", "2027-06-04", "2027-06-11")
ctx(subject="Asia", source="Harbourline Metals Data", time=LV)
F("11.40", "money", 11.40, "USD", per="kg", m="prior", concept="lithium carbonate price", time=PR)
F("12.15", "money", 12.15, "USD", per="kg", concept="lithium carbonate price")
F("+6.6", "percent", 6.6, "%", m="change", concept="lithium carbonate price", time=CH)
F("12.05", "money", 12.05, "USD", per="kg", m="prior", concept="lithium hydroxide price", time=PR)
F("12.60", "money", 12.60, "USD", per="kg", concept="lithium hydroxide price")
F("+4.6", "percent", 4.6, "%", m="change", concept="lithium hydroxide price", time=CH)
ctx(subject=None)
F("61", "percent", 61, "%", m="prior", concept="cobalt hydroxide payable rate", time=PR)
F("63", "percent", 63, "%", concept="cobalt hydroxide payable rate")
F("+3.3", "percent", 3.3, "%", m="change", concept="cobalt hydroxide payable rate", time=CH)
ctx(subject="China")
F("27,400", "money", 27400, "CNY", per="t", m="prior", concept="nickel sulphate price", time=PR)
F("27,150", "money", 27150, "CNY", per="t", concept="nickel sulphate price")
F("-0.9", "percent", -0.9, "%", m="change", concept="nickel sulphate price", time=CH)
ctx(subject="Australia")
N("SC6", NAME + " (product grade code)")
F("1,210", "money", 1210, "USD", per="t", m="prior", concept="spodumene concentrate price",
  time=PR)
F("1,265", "money", 1265, "USD", per="t", concept="spodumene concentrate price")
F("+4.5", "percent", 4.5, "%", m="change", concept="spodumene concentrate price", time=CH)
F("more than 60%", "percent", 60, "%", q="more_than", subject="Indonesia", time=None,
  concept="share of world mined nickel")
ctx(subject=None, source="Lena Aurich")
F("between $11 and $14 per kg", "money", 11, "USD", hi=14, per="kg",
  concept="lithium carbonate price forecast",
  time=T("over the next three months", "2027-06-11", "2027-09-10"))
N("three months", PERIOD)
ctx(time=T("this year", "2027-01-01", "2027-12-31"))
F("roughly 45,000 tonnes", "mass", 45000, "t", q="approx", concept="lithium market surplus")
F("less than half", "ratio", 0.5, "x", q="less_than", opt=True,
  concept="surplus relative to 2026")
N("2026", YEAR)
ctx(source="shipbrokers", time=None)
F("10,000-tonne", "mass", 10000, "t", concept="spodumene parcel size")
F("about 14 days", "duration", 14, "day", q="approx", concept="voyage time to eastern China")
F("$38 a tonne", "money", 38, "USD", per="t", concept="spodumene freight rate")
F("$29", "money", 29, "USD", per="t", m="prior", concept="spodumene freight rate",
  time=T("a month ago", "2027-05-11"))
N("second", ORD)
ctx(subject="Chile", source="Cochilco", time=T("in May", "2027-05-01", "2027-05-31"))
F("3.1%", "percent", -3.1, "%", m="change", concept="Atacama lithium output")
F("21,800 tonnes", "mass", 21800, "t", concept="Atacama lithium output")
F("36-hour", "duration", 36, "hour", concept="power outage")
N("7am", CLOCK + " (newsletter line)")
N("5 charts on the lithium recovery", RELATED)
N("Why cobalt payables hit 63%", RELATED)
N("4:30 PM", CLOCK)
N("2027", YEAR + " (copyright line)")


# ---------------------------------------------------------------- en_03
doc("en_03_lme_stocks_copper")
N("11-month", PERIOD + " (headline 'low')")
N("September 14, 2027", DATE)
N("12:05 BST", CLOCK)
N("Comments (12)", COUNTER)
N("2 min read", READ)
N("6 types of cookies", COOKIE)
N("Sept 14", DATE)
N("ninth", ORD)
# one cell per line: caption "LME stocks, September 13"; Stocks (t) / Daily change (t)
N("September 13", HEADER)
ctx(subject="LME", source="LME", time=T("September 13", "2027-09-13"))
F("87,350", "mass", 87350, "t", concept="copper stocks")
F("-2,425", "mass", -2425, "t", m="change", concept="copper stocks")
F("512,900", "mass", 512900, "t", concept="aluminium stocks")
F("+9,750", "mass", 9750, "t", m="change", concept="aluminium stocks")
F("141,075", "mass", 141075, "t", concept="zinc stocks")
F("-1,100", "mass", -1100, "t", m="change", concept="zinc stocks")
F("198,312", "mass", 198312, "t", concept="nickel stocks")
F("+618", "mass", 618, "t", m="change", concept="nickel stocks")
F("4,285", "mass", 4285, "t", concept="tin stocks")
F("-35", "mass", -35, "t", m="change", concept="tin stocks")
ctx(source=None, time=T("on Monday", "2027-09-13"))
F("41.2%", "percent", 41.2, "%", concept="cancelled warrants share of copper stocks")
F("33.8%", "percent", 33.8, "%", m="prior", concept="cancelled warrants share of copper stocks",
  time=T("a week earlier", "2027-09-06"))
N("three-month", NAME + " (contract tenor)")
ctx(time=T("by 11:30 a.m.", "2027-09-14"))
F("1.3%", "percent", 1.3, "%", m="change", concept="three-month copper price")
F("$10,845 a tonne", "money", 10845, "USD", per="t", concept="three-month copper price")
N("11:30 a.m.", CLOCK)
ctx(source="Joaquin Berrios", time=None)
F("less than 1.5 days", "duration", 1.5, "day", q="less_than",
  concept="copper stocks in days of consumption")
F("$11,500", "money", 11500, "USD", per="t", subject=None, concept="copper price forecast",
  time=T("by the end of the year", "2027-12-31"))
ctx(subject="COMEX", source="COMEX", time=None)
F("1,870 short tons", "mass", 1870 * ST, "t", m="change", concept="copper stocks")
F("96,400 short tons", "mass", 96400 * ST, "t", concept="copper stocks")
ctx(subject="Redmesa Copper", source=None, time=None)
F("52 hours", "duration", 52, "hour", concept="rail line closure")
F("118 miles", "length", 118 * MILE, "km", concept="distance from Phoenix")
F("25 mph", "speed", 25 * MILE, "km/h", q="at_most", concept="train speed limit")
ctx(source="Redmesa Copper", time=T("last week", "2027-09-06", "2027-09-12"))
F("114 degrees Fahrenheit", "temperature", f2c(114), "°C", subject="Arizona",
  concept="heatwave temperature")
F("two hours a day", "duration", -2, "hour", m="change", per="day", concept="pit shift length")
ctx(time=T("in the first half of 2027", "2027-01-01", "2027-06-30"))
F("61,300 tonnes", "mass", 61300, "t", concept="copper cathode production")
N("2027", YEAR)
F("about a quarter", "percent", 25, "%", q="approx", opt=True,
  concept="share of cathode shipped by rail")
N("1", LIST, pre="Most popular: ")
N("2", LIST, pre="output ")
N("Tin hits $40,000", RELATED)
N("0% commission", AD)
N("2027", YEAR + " (copyright line)")
N("at least 15 minutes", CHROME)


# ---------------------------------------------------------------- en_04
doc("en_04_arden_metal_indices")
N("22 November 2027", DATE)
N("07:30 GMT", CLOCK)


def ticker():
    N("FTSE 100", TICK + " (index name with digits)")
    for s in ("8,344.1", "+0.5%", "$2,712.40", "-0.3%", "$10,420", "+0.9%", "$81.15",
              "+1.1%", "1.2710"):
        N(s, TICK)


ticker()
N("5 min read", READ)
N("Shares: 214", COUNTER)
ctx(subject="Arden Base Metals Index", source="Arden Indices",
    time=T("last week", "2027-11-15", "2027-11-21"))
F("41.8 points", "index", 41.8, "point", m="change", concept="index level")
F("1.24%", "percent", 1.24, "%", m="change", concept="index level")
F("3,412.6 points", "index", 3412.6, "point", concept="index level")
ctx(subject="Arden EV10 Index")
N("EV10", NAME + " (index name)")
F("six other materials", "count", 6, "material", time=None,
  concept="other materials tracked by index")
F("1.13%", "percent", -1.13, "%", m="change", concept="index level")
# glued table: caption "week to November 19"; Level / Change, pts / Change, %
N("November 19", HEADER)
LV = T("November 19", "2027-11-19")
CH = T("week to November 19", "2027-11-15", "2027-11-19")


def row(label, lvl, pts, pct, subject, pre=None):
    ctx(subject=subject, source="Arden Indices")
    F(lvl[0], "index", lvl[1], "point", concept="index level", pre=pre or label, time=LV)
    F(pts[0], "index", pts[1], "point", m="change", concept="index level", time=CH)
    glued()
    F(pct[0], "percent", pct[1], "%", m="change", concept="index level", time=CH)
    glued()


row("Arden Base Metals Index", ("3,412.6", 3412.6), ("+41.8", 41.8), ("+1.24", 1.24),
    "Arden Base Metals Index")
N("EV10", NAME + " (index name)")
row("Arden EV10 Index", ("1,087.3", 1087.3), ("-12.4", -12.4), ("-1.13", -1.13),
    "Arden EV10 Index", pre=" Index")
row("Arden Precious Metals Index", ("2,956.0", 2956.0), ("+7.5", 7.5), ("+0.25", 0.25),
    "Arden Precious Metals Index")
row("Arden Industrial Metals Index", ("4,118.9", 4118.9), ("+33.1", 33.1), ("+0.81", 0.81),
    "Arden Industrial Metals Index")
ctx(subject="Arden Base Metals Index", source="Arden Indices", time=T("on Friday", "2027-11-19"))
F("twice", "ratio", 2, "x", concept="futures volume against usual volume")
F("15 minutes", "duration", 15, "minute", concept="index recalculation interval", time=None)
ctx(subject="Ostrander Capital", source="Callum Reyes", time=None)
F("about $4.2 billion", "money", 4.2e9, "USD", q="approx", concept="commodity fund assets")
F("9.6%", "percent", 9.6, "%", m="change", subject="Arden Base Metals Index",
  concept="index level", time=T("since the start of October", "2027-10-01", "2027-11-22"))
N("2022", YEAR)
ctx(subject="China", source="Arden Indices", time=T("on the week", "2027-11-15", "2027-11-21"))
F("612,000 yuan a tonne", "money", 612000, "CNY", per="t",
  concept="neodymium-praseodymium oxide price")
F("2.8%", "percent", 2.8, "%", m="change", concept="neodymium-praseodymium oxide price")
N("second", ORD)
N("2027", YEAR)
F("7,500 tonnes", "mass", -7500, "t", m="change", concept="rare earth mining quota",
  time=T("for 2027", "2027-01-01", "2027-12-31"))
ctx(subject=None, source=None, time=None)
F("near $2,710 an ounce", "money", 2710, "USD", q="approx", per="oz", concept="gold price")
F("0.4%", "percent", -0.4, "%", m="change", concept="silver price")
F("$31.85", "money", 31.85, "USD", per="oz", concept="silver price")
F("42 commodity indices", "count", 42, "commodity index", subject="Arden Indices",
  concept="commodity indices published")
N("4 metals to watch in 2028", RELATED)
N("EV10", RELATED + " (index name)")
N("6am", CLOCK + " (newsletter line)")
ticker()
N("2027", YEAR + " (copyright line)")


# ---------------------------------------------------------------- sv_01
doc("sv_01_ravmyren_delarsrapport_q3")
N("21 oktober 2027", DATE)
N("kl. 08.05", CLOCK)
N("09.12", CLOCK)
N("Lästid 3 min", READ)
N("Dela 29", COUNTER)
N("Kommentarer 4", COUNTER)
N("97 partner", COOKIE)
KV = T("under tredje kvartalet", "2027-07-01", "2027-09-30")
ctx(subject="Rävmyrens Koppar", source="Rävmyrens Koppar", time=KV)
F("drygt 60 procent", "percent", 60, "%", q="approx", m="change", concept="operating profit")
# one cell per line: Nyckeltal, Mkr / Kv 3 2027 / Kv 3 2026 / Förändring, %
N("Kv 3 2027", HEADER)
N("Kv 3 2026", HEADER)
K27 = T("Kv 3 2027", "2027-07-01", "2027-09-30")
K26 = T("Kv 3 2026", "2026-07-01", "2026-09-30")
ctx(time=K27)
for label, cur, pri, chg, concept, kind, unit, scale in (
        ("Nettoomsättning", ("1{NBSP}842", 1842), ("1{NBSP}517", 1517), ("+21,4", 21.4),
         "net sales", "money", "SEK", 1e6),
        ("Rörelseresultat", ("486", 486), ("302", 302), ("+60,9", 60.9),
         "operating profit", "money", "SEK", 1e6),
        ("Resultat efter skatt", ("361", 361), ("219", 219), ("+64,8", 64.8),
         "profit after tax", "money", "SEK", 1e6),
        ("Koppar i koncentrat, ton", ("11{NBSP}260", 11260), ("10{NBSP}480", 10480),
         ("+7,4", 7.4), "copper in concentrate production", "mass", "t", 1)):
    F(cur[0], kind, cur[1] * scale, unit, concept=concept, pre=label + "\n")
    F(pri[0], kind, pri[1] * scale, unit, m="prior", concept=concept, time=K26)
    F(chg[0], "percent", chg[1], "%", m="change", concept=concept)
ctx(time=KV)
F("26,4 procent", "percent", 26.4, "%", concept="operating margin")
F("19,9 procent", "percent", 19.9, "%", m="prior", concept="operating margin", time=None)
F("0,42 procent", "percent", 0.42, "%", concept="average copper grade of milled ore")
F("0,38 procent", "percent", 0.38, "%", m="prior", concept="average copper grade of milled ore",
  time=T("ett år tidigare", "2026-07-01", "2026-09-30"))
ctx(time=T("under kvartalet", "2027-07-01", "2027-09-30"))
F("fördubblades", "ratio", 2, "x", m="change", concept="net cash")
F("1,1 miljarder kronor", "money", 1.1e9, "SEK", concept="net cash")
F("elva nya borrhål", "count", 11, "borehole", source="Anders Lövgren",
  concept="new boreholes drilled")
ctx(source=None)
F("412", "count", 412, "employee", concept="group employees",
  time=T("vid kvartalets slut", "2027-09-30"))
F("388", "count", 388, "employee", m="prior", concept="group employees",
  time=T("vid årsskiftet", "2026-12-31"))
ctx(source="Rävmyrens Koppar", time=T("för helåret", "2027-01-01", "2027-12-31"))
F("43{NBSP}000–45{NBSP}000 ton", "mass", 43000, "t", hi=45000,
  concept="copper in concentrate guidance")
F("41{NBSP}000–44{NBSP}000 ton", "mass", 41000, "t", hi=44000, m="prior",
  concept="copper in concentrate guidance", time=None)
N("2027", YEAR)
F("cirka 780 miljoner kronor", "money", 780e6, "SEK", q="approx", concept="capital expenditure",
  time=T("för 2027", "2027-01-01", "2027-12-31"))
ctx(source=None, time=None)
F("40 minuter", "duration", -40, "minute", m="change", concept="trucking time per load")
F("14 kilometer", "length", 14, "km", concept="length of new road")
ctx(time=T("i fjol", "2026-01-01", "2026-12-31"))
F("två dygn", "duration", 2, "day", concept="pump station stoppage")
F("minus 37 grader", "temperature", -37, "°C", concept="lowest winter temperature")
ctx(source="Sara Hedlund", time=None)
F("96 kronor", "money", 96, "SEK", per="share", concept="price target")
F("84 kronor", "money", 84, "SEK", per="share", m="prior", concept="price target")
ctx(source=None, time=T("vid lunchtid", "2027-10-21"))
F("5,8 procent", "percent", 5.8, "%", m="change", concept="share price")
F("88,40 kronor", "money", 88.40, "SEK", per="share", concept="share price")
N("OMXS30", NAME + " (index name)")
F("0,4 procent", "percent", 0.4, "%", m="change", subject="OMXS30", concept="index level")
N("5 gruvbolag som höjer utdelningen", RELATED)
N("Kopparpriset över 10{NBSP}000 dollar", RELATED)
N("1", LIST, pre="Mest läst: ")
N("2", LIST, pre="Malmfälten ")
N("08-555 214 00", PHONE)


# ---------------------------------------------------------------- sv_02
doc("sv_02_lme_veckopriser")
N("tredje", ORD + " (headline)")
N("3 december 2027", DATE)
N("kl. 17.40", CLOCK)
N("Visningar: 3{NBSP}912", COUNTER)
N("Dela 52", COUNTER)
N("Lästid 3 min", READ)
ctx(subject="LME", source=None, time=T("under veckan", "2027-11-29", "2027-12-05"))
F("0,8 procent", "percent", -0.8, "%", m="change", concept="copper price")
F("10{NBSP}212 dollar per ton", "money", 10212, "USD", per="t", concept="copper price",
  time=T("på fredagen", "2027-12-03"))
N("tredje", ORD)
# glued table: caption "LME:s stängningspriser, vecka 48"; Metall Datum USD/ton Förändring, %
N("vecka 48", HEADER + " (week number)")
LV = T("2027-12-03", "2027-12-03")
CH = T("vecka 48", "2027-11-29", "2027-12-05")
ctx(source="LME")
for label, price, pval, chg, cval, concept in (
        ("Koppar", "10 212", 10212, "-0,8", -0.8, "copper price"),
        ("Aluminium", "2 684", 2684, "+1,2", 1.2, "aluminium price"),
        ("Zink", "3 041", 3041, "-2,3", -2.3, "zinc price"),
        ("Nickel", "16 480", 16480, "+0,4", 0.4, "nickel price"),
        ("Tenn", "38 950", 38950, "+3,1", 3.1, "tin price")):
    N("2027-12-03", HEADER + " (date cell glued to label and price)", pre=label)
    F(price, "money", pval, "USD", per="t", concept=concept, time=LV)
    glued()
    F(chg, "percent", cval, "%", m="change", concept=concept, time=CH)
    glued()
ctx(source=None, time=None)
N("femte", ORD)
F("19 procent", "percent", 19, "%", m="change", concept="tin price",
  time=T("sedan i augusti", "2027-08-01", "2027-12-03"))
F("knappt 3{NBSP}900 ton", "mass", 3900, "t", q="approx", concept="tin stocks")
ctx(subject="Yunnan", source=None, time=None)
F("36 timmar", "duration", 36, "hour", concept="smelter production stoppage")
ctx(source="Lindqvist & Moberg")
F("450{NBSP}000 ton per år", "mass", 450000, "t", per="year", concept="smelter capacity")
F("omkring 1 procent", "percent", 1, "%", q="approx", concept="share of world aluminium supply")
ctx(subject="Indonesia", source=None)
F("10 procent", "percent", 10, "%", concept="nickel matte export levy",
  time=T("i oktober", "2027-10-01", "2027-10-31"))
F("7 procent", "percent", 7, "%", m="prior", concept="nickel matte export levy")
ctx(subject=None, source="Karin Dahlqvist")
F("8{NBSP}000–10{NBSP}000 ton", "mass", 8000, "t", hi=10000, concept="tin market deficit",
  time=T("nästa år", "2028-01-01", "2028-12-31"))
F("42{NBSP}000 dollar per ton", "money", 42000, "USD", per="t", concept="tin price forecast",
  time=T("under första halvåret 2028", "2028-01-01", "2028-06-30"))
N("2028", YEAR)
ctx(subject="China", source="General Administration of Customs",
    time=T("i oktober", "2027-10-01", "2027-10-31"))
F("31{NBSP}500 ton", "mass", 31500, "t", concept="refined zinc exports")
F("9,4 procent", "percent", 9.4, "%", m="change", concept="copper concentrate imports")
F("2,41 miljoner ton", "mass", 2.41e6, "t", concept="copper concentrate imports")
ctx(subject="Norrvidden", source=None, time=None)
F("2,6 procent", "percent", -2.6, "%", m="change", concept="share price")
F("143,20 kronor", "money", 143.20, "SEK", per="share", concept="share price")
ctx(subject="Lappsilver")
F("4,1 procent", "percent", 4.1, "%", m="change", concept="share price")
F("212 gram silver per ton", "mass", 212e-6, "t", per="t", source="Lappsilver",
  concept="silver grade in drill core")
F("10,38 kronor", "money", 10.38, "SEK", subject=None, concept="US dollar exchange rate",
  time=T("vid stängning", "2027-12-03"))
N("3 metaller som kan rusa 2028", RELATED)
N("031-555 40 80", PHONE)
N("minst 15 minuter", CHROME)


# ---------------------------------------------------------------- sv_03
doc("sv_03_shfe_lager_kallbacken")
N("18 augusti 2027", DATE)
N("06.45", CLOCK)
N("Lästid: 4 min", READ)
N("💬 11", COUNTER)
N("12 typer av kakor", COOKIE)
CH = T("under veckan fram till den 13 augusti", "2027-08-07", "2027-08-13")
ctx(subject="Shanghai Futures Exchange", source="Shanghai Futures Exchange", time=CH)
F("6{NBSP}415 ton", "mass", -6415, "t", m="change", concept="copper stocks")
N("13 augusti", DATE)
F("148{NBSP}230 ton", "mass", 148230, "t", concept="copper stocks",
  time=T("den 13 augusti", "2027-08-13"))
# pipe table: caption "Lager i SHFE:s lagerhus veckan fram till den 13 augusti"
N("13 augusti", HEADER)
LV = T("den 13 augusti", "2027-08-13")
CH = T("veckan fram till den 13 augusti", "2027-08-07", "2027-08-13")
for level, lval, chg, cval, concept in (
        ("148{NBSP}230", 148230, "−6{NBSP}415", -6415, "copper stocks"),
        ("231{NBSP}870", 231870, "+4{NBSP}090", 4090, "aluminium stocks"),
        ("62 115", 62115, "−1 280", -1280, "zinc stocks"),
        ("31{NBSP}904", 31904, "+1{NBSP}122", 1122, "nickel stocks"),
        ("8{NBSP}460", 8460, "−312", -312, "tin stocks")):
    F(level, "mass", lval, "t", concept=concept, time=LV)
    F(chg, "mass", cval, "t", m="change", concept=concept, time=CH)
ctx(subject="LME", source=None, time=T("på tisdagen", "2027-08-17"))
F("91{NBSP}275 ton", "mass", 91275, "t", concept="copper stocks")
F("2,2 procent", "percent", 2.2, "%", m="change", concept="copper stocks",
  time=T("sedan i måndags", "2027-08-16", "2027-08-17"))
ctx(subject="Nordmetall", source="Nordmetall", time=None)
F("sju mil", "length", 70, "km", concept="distance from Skellefteå")
ctx(time=T("under juli", "2027-07-01", "2027-07-31"))
F("38{NBSP}500 ton", "mass", 38500, "t", concept="copper concentrate received")
F("14 procent", "percent", 14, "%", m="change", concept="copper concentrate received")
ctx(source=None, time=T("i juli", "2027-07-01", "2027-07-31"))
F("31 grader", "temperature", 31, "°C", subject="Skellefteå", concept="heatwave temperature")
F("sex timmar", "duration", 6, "hour", concept="reduced smelter throughput")
ctx(source="Hanna Wikström", time=None)
F("640 anställda", "count", 640, "employee", concept="smelter employees")
F("ytterligare 45", "count", 45, "employee", m="change", concept="planned new hires")
F("inom ett år", "duration", 1, "year", q="at_most", concept="hiring timeframe")
ctx(subject="LME", source="Johan Ekholm")
F("10{NBSP}800 dollar per ton", "money", 10800, "USD", per="t", concept="copper price forecast",
  time=T("vid årets slut", "2027-12-31"))
F("cirka 10{NBSP}150 dollar", "money", 10150, "USD", q="approx", per="t", m="prior",
  concept="copper price", time=T("dagens", "2027-08-18"))
N("3:e", ORD)
N("4 kr första månaden", AD)
N("0910-555 31 20", PHONE)


# ---------------------------------------------------------------- sv_04
doc("sv_04_nordiska_metallindex")
N("11 maj 2027", DATE)
N("16.20", CLOCK)


def ticker_sv():
    N("OMXS30", TICK + " (index name with digits)")
    for s in ("2{NBSP}512,4", "+0,6 %", "2{NBSP}704 USD", "−0,2 %", "10{NBSP}118 USD", "+0,7 %",
              "10,38"):
        N(s, TICK)


ticker_sv()
N("Lästid 3 minuter", READ)
N("Dela 12", COUNTER)
ctx(subject="Basmetallindex", source="Ribbing Råvaror",
    time=T("under förra veckan", "2027-05-03", "2027-05-09"))
F("1,4 procent", "percent", 1.4, "%", m="change", concept="index level")
F("1{NBSP}284,6 punkter", "index", 1284.6, "point", concept="index level")
F("9,7 punkter", "index", -9.7, "point", m="change", subject="Batterimetallindex",
  concept="index level")
# space-aligned table: caption "Nordiska metallindex, vecka 18"
N("vecka 18", HEADER + " (week number)")
ctx(time=T("vecka 18", "2027-05-03", "2027-05-09"))
for subject, lvl, lval, pts, pval, pct, cval in (
        ("Basmetallindex", "1 284,6", 1284.6, "+18,2", 18.2, "+1,4", 1.4),
        ("Batterimetallindex", "642,9", 642.9, "−9,7", -9.7, "−1,5", -1.5),
        ("Ädelmetallindex", "2 031,4", 2031.4, "+5,3", 5.3, "+0,3", 0.3),
        ("Stålråvaruindex", "917,0", 917.0, "−22,6", -22.6, "−2,4", -2.4)):
    ctx(subject=subject)
    F(lvl, "index", lval, "point", concept="index level")
    F(pts, "index", pval, "point", m="change", concept="index level")
    F(pct, "percent", cval, "%", m="change", concept="index level")
# glued line of yearly changes: "2026+6 procent2025+7 procent2024−3 procent"
ctx(subject="Basmetallindex")
N("2026", YEAR + " (glued to the value)")
F("+6 procent", "percent", 6, "%", m="change", concept="index level",
  time=T("2026", "2026-01-01", "2026-12-31"))
glued()
N("2025", YEAR + " (glued to the value)")
glued()
F("+7 procent", "percent", 7, "%", m="change", concept="index level",
  time=T("2025", "2025-01-01", "2025-12-31"))
glued()
N("2024", YEAR + " (glued to the value)")
glued()
F("−3 procent", "percent", -3, "%", m="change", concept="index level",
  time=T("2024", "2024-01-01", "2024-12-31"))
glued()
ctx(time=None)
F("38 råvarukontrakt", "count", 38, "commodity contract", subject="Ribbing Råvaror",
  concept="commodity contracts in indices")
F("sex veckor", "duration", 6, "week", concept="run of weekly gains")
N("2023", YEAR)
ctx(subject="China", source=None, time=T("i fredags", "2027-05-07"))
F("78{NBSP}500 yuan per ton", "money", 78500, "CNY", per="t", concept="lithium carbonate price")
F("4,2 procent", "percent", -4.2, "%", m="change", concept="lithium carbonate price")
F("en femtedel", "percent", -20, "%", m="change", opt=True, subject=None,
  concept="cobalt metal price", time=T("sedan årsskiftet", "2027-01-01", "2027-05-11"))
ctx(time=None)
F("96,50 dollar per ton", "money", 96.50, "USD", per="t", concept="iron ore price in Qingdao")
F("4 procent", "percent", -4, "%", m="change", concept="steel production",
  source="National Bureau of Statistics", time=T("i april", "2027-04-01", "2027-04-30"))
ctx(subject="Ädelmetallindex", source=None, time=None)
F("0,3 procent", "percent", 0.3, "%", m="change", concept="index level")
F("kring 2{NBSP}690 dollar per uns", "money", 2690, "USD", q="approx", per="oz", subject=None,
  concept="gold price", time=T("i fredags", "2027-05-07"))
N("2019", YEAR)
F("fyra delindex", "count", 4, "subindex", subject="Ribbing Råvaror",
  concept="subindices in compilation")
N("femte", ORD)
ctx(subject="Tjärnberg Metall", source=None, time=T("på tisdagen", "2027-05-11"))
F("3,3 procent", "percent", -3.3, "%", m="change", concept="share price")
F("41,75 kronor", "money", 41.75, "SEK", per="share", concept="share price")
F("mer än tredubblats", "ratio", 3, "x", q="more_than", m="change", concept="market capitalisation",
  time=T("sedan noteringen 2021", "2021-01-01", "2027-05-11"))
N("2021", YEAR)
N("3 råvarufonder som gått bäst i år", RELATED)
ticker_sv()
N("kl. 18.00", CLOCK)
