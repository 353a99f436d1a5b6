"""Gold annotations for tests/holdout3, written from /work/shared/spec/facts.md.

One Doc per article.  d.f(...) adds a fact row, d.x(...) a trap (negative) row.
Surfaces and anchors use the same placeholders as the sources ({nbsp}, {thin}, {minus}).

f(surface, kind, lo, hi=None, unit=None, q="exact", m="level", per=None,
  s=<doc default subject>, c=concept, t=(phrase, start, end) or None, src=None,
  at=anchor, opt=False)
A change's direction is derived from the sign of its value.
"""

DEFAULT_UNIT = {"percent": "%", "mass": "t", "index": "point", "ratio": "x", "energy": "MWh",
                "power": "MW", "volume": "m3", "length": "km", "area": "km2"}
_SUBJ = object()
DOCS = {}


class Doc:
    def __init__(self, name, date, subject=None):
        self.name, self.date, self.subject = name, date, subject
        self.rows = []
        DOCS[name] = {"date": date, "rows": self.rows}

    def f(self, surface, kind, lo, hi=None, unit=None, q="exact", m="level", per=None,
          s=_SUBJ, c=None, t=None, src=None, at=None, opt=False):
        hi = lo if hi is None else hi
        unit = unit or DEFAULT_UNIT[kind]
        if m == "change":
            direction = "up" if lo > 0 else "down"
            assert (lo > 0 and hi > 0) or (lo < 0 and hi < 0), surface
        else:
            direction = None
        assert c, surface
        ctx = {"subject": self.subject if s is _SUBJ else s, "concept": c,
               "time": None, "time_start": None, "time_end": None, "source": src}
        if t is not None:
            ctx["time"], ctx["time_start"], ctx["time_end"] = t
        row = {"surface": surface, "kind": kind, "value_low": lo, "value_high": hi,
               "unit": unit, "qualifier": q, "measure": m, "direction": direction,
               "per": per, "context": ctx}
        if opt:
            row["optional"] = True
        if at is not None:
            row["at"] = at
        self.rows.append(row)

    def x(self, surface, why, at=None):
        row = {"surface": surface, "negative": True, "why": why}
        if at is not None:
            row["at"] = at
        self.rows.append(row)


DATE_LINE = "document date line"
BYLINE = "byline date/time"
READ = "page chrome: reading time"
COUNTER = "page chrome: share/comment/like counter"
YEAR = "year (part of a time phrase), not a quantity"
ORD = "ordinal, not a quantity"
ALSO = "page chrome: 'Read also' link to another article"
PERIOD = "number naming a calendar period inside a time phrase, not a quantity"

# ---------------------------------------------------------------- en_01
d = Doc("en_01_kestrel_ridge_quarterly", "2026-01-28", "Kestrel Ridge")
KR = "Kestrel Ridge"
Q4 = ("the three months to December 31", "2025-10-01", "2025-12-31")
DQ = ("December quarter", "2025-10-01", "2025-12-31")
QTR = ("the quarter", "2025-10-01", "2025-12-31")
FY26 = ("fiscal 2026", "2025-07-01", "2026-06-30")
JM = ("January-March", "2026-01-01", "2026-03-31")
WED = ("on Wednesday", "2026-01-28", "2026-01-28")
d.x("January 28, 2026", DATE_LINE)
d.f("18%", "percent", 18, m="change", c="rare earth output", t=DQ, at="output 18% in December")
d.x("28 Jan 2026", BYLINE)
d.x("10:42 AEDT", BYLINE)
d.x("11:15 AEDT", BYLINE)
d.x("3 min", READ)
d.x("46", COUNTER, at="46 shares")
d.x("12", COUNTER, at="12 comments")
d.x("Jan 28", "dateline date")
d.f("3,140 tonnes", "mass", 3140, c="NdPr oxide production", t=Q4, src=KR)
d.x("three months", PERIOD, at="the three months to December")
d.x("December 31", "date inside a time phrase")
d.f("18%", "percent", 18, m="change", c="NdPr oxide production", t=Q4, src=KR, at="up 18% from")
d.f("A$286.4 million", "money", 286.4e6, unit="AUD", c="sales revenue", t=QTR, src=KR)
d.f("A$231.9 million", "money", 231.9e6, unit="AUD", m="prior", c="sales revenue",
    t=("a year earlier", "2024-10-01", "2024-12-31"), src=KR)
d.f("27%", "percent", 27, m="change", c="average selling price", t=QTR, src=KR)
d.f("A$78.50 per kilogram", "money", 78.5, unit="AUD", per="kg", c="average selling price", t=QTR, src=KR)
d.x("2026", YEAR, at="fiscal 2026")
d.f("11,500 to 12,300 tonnes", "mass", 11500, 12300, c="NdPr production guidance", t=FY26, src=KR)
d.f("10,800 tonnes", "mass", 10800, m="prior", c="NdPr production guidance", t=FY26, src=KR)
d.f("5% to 10%", "percent", -10, -5, m="change", c="NdPr output", t=JM, src=KR)
d.f("about three weeks", "duration", 3, unit="week", q="approx", c="planned maintenance shutdown", t=JM, src=KR)
d.f("more than doubled", "ratio", 2, q="more_than", m="change", c="Mount Farrow output",
    t=("in two years", "2024-01-28", "2026-01-28"), src="Marcus Tindall")
d.f("two years", "duration", 2, unit="year", c="output doubling period", src="Marcus Tindall",
    at="in two years", opt=True)
d.f("about six weeks", "duration", 6, unit="week", q="approx", c="heavy rare earths ramp-up lead",
    src="Marcus Tindall")
d.f("A$1.12 billion", "money", 1.12e9, unit="AUD", c="cash and term deposits",
    t=("the end of December", "2025-12-31", "2025-12-31"))
d.f("about 1,450 people", "count", 1450, unit="person", q="approx", c="employees")
d.x("Five", ALSO)
d.x("2026", ALSO, at="mining in 2026")
d.f("2,900 tonnes", "mass", 2900, c="analyst NdPr production forecast",
    t=("December-quarter", "2025-10-01", "2025-12-31"), src="Priya Raman")
d.f("roughly 8%", "percent", 8, q="approx", m="change", c="output beat versus forecast",
    t=("December-quarter", "2025-10-01", "2025-12-31"), src="Priya Raman")
d.f("A$41 a kilo", "money", 41, unit="AUD", per="kg", c="unit cost", src="Priya Raman")
d.f("1,500 tonnes a year", "mass", 1500, m="change", per="year", c="dysprosium and terbium feedstock output",
    t=("by 2028", "2026-01-28", "2028-12-31"), src="Priya Raman")
d.x("2028", YEAR)
d.f("almost 70%", "percent", 70, q="approx", s="China", c="share of global rare earth mining", src="IEA")
d.f("about 90%", "percent", 90, q="approx", s="China", c="share of global rare earth refining", src="IEA")
d.x("one", "pronoun in 'one of the biggest', not an amount", at="as one of the biggest")
d.f("6.2%", "percent", 6.2, m="change", c="share price", t=WED)
d.f("A$9.84", "money", 9.84, unit="AUD", per="share", c="share price", t=WED)
d.f("about A$4.3 billion", "money", 4.3e9, unit="AUD", q="approx", c="market value", t=WED)
d.x("200", "index name with digits", at="ASX 200")
d.f("0.4%", "percent", 0.4, m="change", s="S&P/ASX 200", c="index level", t=WED)
d.x("2026", "copyright line", at="© 2026")
d.x("up to 13 months", "cookie notice")

# ---------------------------------------------------------------- en_02
d = Doc("en_02_china_graphite_exports", "2025-12-08", "China")
CUS = "China's customs"
NOV = ("in November", "2025-11-01", "2025-11-30")
M11 = ("the first 11 months of the year", "2025-01-01", "2025-11-30")
JN = ("January-November", "2025-01-01", "2025-11-30")
d.x("8 December 2025", DATE_LINE)
d.f("31%", "percent", -31, m="change", c="graphite exports", at="slump 31%")
d.x("8 Dec 2025", BYLINE)
d.x("14:05 SGT", BYLINE)
d.x("4 min", READ)
d.x("88", COUNTER, at="Share (88)")
d.x("5", COUNTER, at="Comments (5)")
d.f("31.4%", "percent", -31.4, m="change", c="graphite exports", t=NOV, src=CUS)
d.f("9,862 metric tons", "mass", 9862, c="graphite exports", t=NOV, src=CUS)
d.x("December 1, 2023", "date")
d.x("second", ORD, at="a second month")
d.f("9.1%", "percent", 9.1, m="change", c="rare earth exports", t=NOV, src=CUS)
d.f("5,418 tons", "mass", 5418, c="rare earth exports", t=NOV, src=CUS)
d.x("first 11 months", PERIOD)
d.f("56,730 tons", "mass", 56730, c="rare earth exports", t=M11, src=CUS)
d.f("2.8%", "percent", -2.8, m="change", c="rare earth exports", t=M11, src=CUS)
d.x("2024", YEAR)
d.f("$38.6 million", "money", 38.6e6, unit="USD", c="rare earth export value", t=NOV, src=CUS)
d.f("$47.3 million", "money", 47.3e6, unit="USD", m="prior", c="rare earth export value",
    t=("in October", "2025-10-01", "2025-10-31"), src=CUS, at="$47.3 million in October")
d.f("1.2 tonnes", "mass", 1.2, c="unwrought gallium exports", t=("last month", "2025-11-01", "2025-11-30"))
d.f("nearly 5 tonnes a month", "mass", 5, q="approx", m="prior", per="month", c="unwrought gallium exports")
d.f("2.9 tonnes", "mass", 2.9, c="germanium exports", t=JN)
d.f("less than a fifth", "percent", 20, q="less_than", c="germanium exports versus 2023 level", t=JN, opt=True)
d.x("2023", YEAR, at="the 2023 level")
d.f("45 to 60 working days", "duration", 45, 60, unit="day", c="graphite export licence approval time",
    src="Cheng Lihua")
d.f("about 30 days", "duration", 30, unit="day", q="approx", m="prior", c="graphite export licence approval time",
    t=("in the spring", "2025-03-01", "2025-05-31"), src="Cheng Lihua")
d.f("15%-20%", "percent", -20, -15, m="change", c="graphite exports",
    t=("in 2026", "2026-01-01", "2026-12-31"), src="Cheng Lihua")
d.x("2026", YEAR, at="20% in 2026")
d.x("doubled in 18 months", ALSO)
d.f("about 77%", "percent", 77, q="approx", c="share of world natural graphite output")
d.f("more than 95%", "percent", 95, q="more_than", c="share of battery-grade anode material")
d.f("at least 14 new plants", "count", 14, unit="plant", q="at_least", s=None,
    c="announced anode plants outside China", t=("since 2022", "2022-01-01", "2025-12-08"))
d.x("2022", YEAR)
d.f("three", "count", 3, unit="plant", s=None, c="anode plants in commercial operation", at="only three are")
d.x("2504", "customs product code")
d.x("3801", "customs product code")
d.f("one year", "duration", 1, unit="year", c="suspension of rare earth controls",
    t=("in October", "2025-10-01", "2025-10-31"), src="China", at="for one year")
d.f("$880 to $920 per kilogram", "money", 880, 920, unit="USD", per="kg", s="Rotterdam",
    c="dysprosium oxide price", t=("last week", "2025-12-01", "2025-12-07"))
d.f("roughly three times", "ratio", 3, q="approx", s="Rotterdam", c="dysprosium oxide price versus China",
    t=("last week", "2025-12-01", "2025-12-07"))
d.x("12 issues a year", "page chrome: newsletter sign-up widget")

# ---------------------------------------------------------------- en_03
d = Doc("en_03_metals_market_wrap", "2026-02-17", "LME")
TUE = ("on Tuesday", "2026-02-17", "2026-02-17")
d.x("17 February 2026", DATE_LINE)
d.x("17:48 GMT", DATE_LINE, at="2026 | 17:48 GMT")
d.f("above $13,000", "money", 13000, unit="USD", q="more_than", per="t", s=None, c="copper price",
    at="climbs above $13,000")
d.x("17 Feb 2026", BYLINE)
d.x("17:48 GMT", BYLINE, at="2026, 17:48 GMT")
d.x("3 min", READ)
d.x("27", COUNTER, at="27 comments")
d.x("Feb 17", "dateline date")
d.f("above $13,000 a tonne", "money", 13000, unit="USD", q="more_than", per="t", c="copper price", t=TUE)
d.x("first", ORD, at="for the first time")
d.f("three weeks", "duration", 3, unit="week", c="time since copper last above level", t=TUE, opt=True)
d.x("three-month", "contract name (three-month forward), not a quantity", at="Benchmark three-month")
d.f("1.6%", "percent", 1.6, m="change", c="three-month copper price", t=TUE)
d.f("$13,085 a tonne", "money", 13085, unit="USD", per="t", c="three-month copper price", t=TUE)
d.f("9 cents", "money", 0.09, unit="USD", m="change", per="lb", s="Comex", c="copper futures price", t=TUE)
d.f("$5.94 per lb", "money", 5.94, unit="USD", per="lb", s="Comex", c="copper futures price", t=TUE)
d.f("0.7%", "percent", 0.7, m="change", c="aluminium price", t=TUE)
d.f("$2,712", "money", 2712, unit="USD", per="t", c="aluminium price", t=TUE)
d.f("$3,204", "money", 3204, unit="USD", per="t", c="zinc price", t=TUE)
d.f("2.3%", "percent", -2.3, m="change", c="nickel price", t=TUE)
d.f("$16,420 a tonne", "money", 16420, unit="USD", per="t", c="nickel price", t=TUE)
d.f("around 260 million wet tonnes", "mass", 260e6, q="approx", s="Indonesia", c="nickel ore mining quota",
    t=("for 2026", "2026-01-01", "2026-12-31"), src="Indonesia's energy ministry")
d.x("2026", YEAR, at="for 2026")
d.f("230 Mwt", "mass", 230e6, s="Indonesia", c="expected nickel ore quota",
    t=("for 2026", "2026-01-01", "2026-12-31"), src="traders")
d.f("4,325 tonnes", "mass", -4325, m="change", c="LME copper inventories", t=TUE, src="LME")
d.f("158,950 tonnes", "mass", 158950, c="LME copper inventories", t=TUE, src="LME")
d.f("about 300,000 tonnes", "mass", 300000, q="approx", s=None, c="copper market deficit",
    t=("this year", "2026-01-01", "2026-12-31"), src="Sofia Lindqvist")
d.f("between $12,500 and $13,500", "money", 12500, 13500, unit="USD", per="t", s=None,
    c="average copper price forecast", t=("in the second quarter", "2026-04-01", "2026-06-30"),
    src="Sofia Lindqvist")
d.x("second", ORD, at="the second quarter")
d.x("19:00", ALSO)
d.x("March 2", ALSO)
d.f("3.8%", "percent", 3.8, m="change", s="Guangzhou Futures Exchange", c="lithium carbonate price", t=TUE)
d.f("82,350 yuan a ton", "money", 82350, unit="CNY", per="t", s="Guangzhou Futures Exchange",
    c="lithium carbonate price", t=TUE)
d.f("74,000 yuan", "money", 74000, unit="CNY", m="prior", per="t", s="Guangzhou Futures Exchange",
    c="lithium carbonate price", t=("at the start of the month", "2026-02-01", "2026-02-01"))
d.f("$24.50-$25.75 per lb", "money", 24.5, 25.75, unit="USD", per="lb", s="Rotterdam",
    c="cobalt metal price", t=TUE)
d.f("$21.40", "money", 21.4, unit="USD", m="change", per="oz", s=None, c="gold price", t=TUE)
d.f("$4,018 an ounce", "money", 4018, unit="USD", per="oz", s=None, c="gold price", t=TUE)
d.x("350", "index name with digits", at="FTSE 350")
d.f("1.1%", "percent", 1.1, m="change", s="FTSE 350 Mining index", c="index level", t=TUE)
d.f("14,863.2 points", "index", 14863.2, s="FTSE 350 Mining index", c="index level", t=TUE)
d.f("4.5%", "percent", 4.5, m="change", s="Andora Copper", c="share price", t=TUE)
d.f("12-kilometre", "length", 12, s="Andora Copper", c="ore body extension length", src="Andora Copper")
d.x("16:30 GMT", "page chrome: price timestamp")
d.x("15 minutes", "page chrome: data delay notice")

# ---------------------------------------------------------------- en_04
d = Doc("en_04_orvane_copper_q3", "2025-11-06", "Orvane")
OR = "Orvane"
Q3 = ("third-quarter", "2025-07-01", "2025-09-30")
P = ("the same quarter of 2024", "2024-07-01", "2024-09-30")
N9 = ("the first nine months of 2025", "2025-01-01", "2025-09-30")
INQ = ("in the quarter", "2025-07-01", "2025-09-30")
FY = ("full-year", "2025-01-01", "2025-12-31")
d.x("6 November 2025", DATE_LINE)
d.x("07:30 CET", DATE_LINE)
d.x("Q3", "quarter label (name with digit)")
d.x("Nov 6, 2025", BYLINE)
d.x("07:30", BYLINE, at="2025 07:30")
d.x("2 min read", READ)
d.x("31", COUNTER, at="👍 31")
d.x("4", COUNTER, at="💬 4")
d.x("third", ORD, at="third-quarter earnings")
d.x("2024", YEAR, at="quarter of 2024")
for cur, pri, con, kw in [
        ("US$612.4 million", "US$498.7 million", "revenue", {}),
        ("US$271.9 million", "US$188.3 million", "EBITDA", {}),
        ("US$118.6 million", "US$64.2 million", "net profit", {}),
        ("US$0.42", "US$0.23", "earnings per share", {"per": "share"})]:
    val = lambda s: float(s.replace("US$", "").replace(" million", "")) * (1e6 if "million" in s else 1)
    d.f(cur, "money", round(val(cur), 2), unit="USD", c=con, t=Q3, src=OR, **kw)
    d.f(pri, "money", round(val(pri), 2), unit="USD", m="prior", c=con, t=P, src=OR, **kw)
d.f("58,300 t", "mass", 58300, c="copper production", t=Q3, src=OR)
d.f("51,900 t", "mass", 51900, m="prior", c="copper production", t=P, src=OR)
d.x("C1", "name with digit (cost measure label)")
d.f("US$2.05/lb", "money", 2.05, unit="USD", per="lb", c="C1 cash cost", t=Q3, src=OR)
d.f("US$2.31/lb", "money", 2.31, unit="USD", per="lb", m="prior", c="C1 cash cost", t=P, src=OR)
d.f("44.4%", "percent", 44.4, c="EBITDA margin", t=Q3, src=OR)
d.f("37.8%", "percent", 37.8, m="prior", c="EBITDA margin", t=P, src=OR)
d.f("6.6 percentage points", "percent", 6.6, unit="pp", m="change", c="EBITDA margin", t=Q3, src=OR)
d.x("first nine months", PERIOD)
d.x("2025", YEAR, at="months of 2025")
d.f("US$1.71 billion", "money", 1.71e9, unit="USD", c="revenue", t=N9, src=OR)
d.f("19%", "percent", 19, m="change", c="revenue", t=N9, src=OR)
d.f("96,500 tonnes of ore per day", "mass", 96500, per="day", c="ore processed at Kinsara", t=INQ, src=OR)
d.f("100,000 tpd", "mass", 100000, per="day", c="concentrator design capacity", src=OR)
d.f("just under 89%", "percent", 89, q="approx", c="copper recovery rate", t=INQ, src=OR)
d.f("225,000-240,000 tonnes", "mass", 225000, 240000, c="copper production guidance", t=FY, src=OR)
d.f("$60 million", "money", 60e6, unit="USD", m="change", c="capital spending forecast", t=FY, src=OR)
d.f("$780 million", "money", 780e6, unit="USD", c="capital spending forecast", t=FY, src=OR)
d.f("12 cents per share", "money", 0.12, unit="USD", per="share", c="dividend per share", src="Daniel Okafor")
d.x("December 15", "date")
d.f("up to 5%", "percent", 5, q="up_to", c="share buyback size",
    t=("over the next 12 months", "2025-11-06", "2026-11-06"), src="Daniel Okafor")
d.f("12 months", "duration", 12, unit="month", c="buyback programme period", src="Daniel Okafor",
    at="next 12 months", opt=True)
d.x("three years", ALSO)
d.f("about 4,200 employees and contractors", "count", 4200, unit="employee", q="approx", c="workforce")
d.f("38%", "percent", 38, m="change", c="share price", t=("this year", "2025-01-01", "2025-11-06"))
d.f("by a third", "percent", 100 / 3, m="change", c="Kinsara output", opt=True)
d.x("second", ORD, at="a second grinding")
d.x("2027", YEAR)
d.x("90 days", "cookie notice")

# ---------------------------------------------------------------- en_05
d = Doc("en_05_usgs_lithium_cobalt", "2026-02-02", "World")
Y25 = ("in 2025", "2025-01-01", "2025-12-31")
Y24 = ("in 2024", "2024-01-01", "2024-12-31")
d.x("2 February 2026", DATE_LINE)
d.f("21%", "percent", 21, m="change", c="lithium mine production", t=Y25, src="USGS", at="rose 21% in")
d.x("2025", YEAR, at="21% in 2025 as")
d.x("02.02.2026", BYLINE)
d.x("16:10 ET", BYLINE)
d.x("4 minutes", READ)
d.x("112", COUNTER)
d.f("21%", "percent", 21, m="change", c="lithium mine production", t=Y25, src="USGS", at="estimated 21%")
d.x("2025", YEAR, at="21% in 2025 to")
d.f("290,000 metric tons", "mass", 290000, c="lithium mine production", t=Y25, src="USGS")
d.f("240,000 tons", "mass", 240000, m="prior", c="lithium mine production",
    t=("a year earlier", "2024-01-01", "2024-12-31"), src="USGS")
d.f("30%", "percent", 30, s="Australia", c="share of global lithium supply", t=Y25, src="USGS")
d.f("37%", "percent", 37, m="prior", s="Australia", c="share of global lithium supply", t=Y24, src="USGS")
d.x("2024", YEAR, at="37% in 2024")
d.f("nearly half", "percent", 50, q="approx", m="change", s="Zimbabwe", c="lithium mine production",
    t=Y25, src="USGS", opt=True)
d.x("2024", "table column header (year)", at="Country       2024")
d.x("2025", "table column header (year)", at="2024      2025")
for country, a, b in [("Australia", "88,000", "87,000"), ("Chile", "49,000", "53,000"),
                      ("China", "35,000", "44,000"), ("Zimbabwe", "22,000", "32,000"),
                      ("Argentina", "18,000", "24,000")]:
    line = f"{a}    {b}"
    d.f(a, "mass", int(a.replace(",", "")), m="prior", s=country, c="lithium mine production",
        t=("2024", "2024-01-01", "2024-12-31"), src="USGS", at=line)
    d.f(b, "mass", int(b.replace(",", "")), s=country, c="lithium mine production",
        t=("2025", "2025-01-01", "2025-12-31"), src="USGS", at=line)
LY = ("last year", "2025-01-01", "2025-12-31")
d.f("270,000 tons", "mass", 270000, c="cobalt mine production", t=LY, src="USGS")
d.f("roughly three-quarters", "percent", 75, q="approx", s="Democratic Republic of the Congo",
    c="share of world cobalt output", t=LY, src="USGS", opt=True)
d.f("11 million tons", "mass", 11e6, c="cobalt reserves", src="USGS")
d.f("about 76%", "percent", 76, q="approx", s="United States", c="rare earth import share from China",
    t=("2021-2024", "2021-01-01", "2024-12-31"), src="USGS")
d.x("2021-2024", YEAR)
d.f("45,000 tons", "mass", 45000, s="United States", c="rare earth concentrate mine production",
    t=Y25, src="USGS")
d.x("2025", YEAR, at="45,000 tons in 2025")
d.f("43,000 tons", "mass", 43000, m="prior", s="United States", c="rare earth concentrate mine production",
    t=Y24, src="USGS")
d.x("2024", YEAR, at="43,000 tons in 2024")
d.x("Ten", ALSO)
d.f("two minerals", "count", 2, unit="mineral", m="change", s="USGS", c="additions to critical minerals list",
    src="USGS")
d.f("52", "count", 52, unit="mineral", s="USGS", c="minerals on critical minerals list", src="USGS")
d.f("every three years", "duration", 3, unit="year", s="USGS", c="critical minerals list review interval")
d.x("2020", "year in the name of a law")
d.f("10,000 tons", "mass", 10000, m="change", s="China", c="lepidolite output estimate error",
    src="Martin Ekwueme")
d.f("more than 80%", "percent", -80, q="more_than", m="change", s=None, c="lithium price",
    t=("between late 2022 and mid-2025", "2022-10-01", "2025-06-30"), src="Martin Ekwueme")
d.x("2022", YEAR, at="late 2022")
d.x("2025", YEAR, at="mid-2025")
d.f("at least $15,000 a ton", "money", 15000, unit="USD", q="at_least", per="t", s=None,
    c="lithium carbonate price needed for mines", src="Martin Ekwueme")
d.x("2026", "copyright line", at="Review 2026")

# ---------------------------------------------------------------- en_06
d = Doc("en_06_congo_cobalt_quota", "2025-10-20", "Democratic Republic of the Congo")
d.x("20/10/2025", DATE_LINE)
d.f("96,600 tons", "mass", 96600, per="year", c="cobalt export quota",
    t=("for 2026-27", "2026-01-01", "2027-12-31"), at="at 96,600 tons")
d.x("2026-27", YEAR)
d.x("20 October 2025", BYLINE)
d.x("09:14", BYLINE)
d.x("19", COUNTER)
d.x("3 minutes", READ)
d.x("Oct 20", "dateline date")
d.f("96,600 metric tons of cobalt a year", "mass", 96600, per="year", c="cobalt export quota",
    t=("in 2026 and 2027", "2026-01-01", "2027-12-31"), src="ARECOMS")
d.x("2026", YEAR, at="in 2026 and")
d.x("2027", YEAR, at="and 2027,")
d.f("18,125 tons", "mass", 18125, c="cobalt export cap",
    t=("For the rest of 2025", "2025-10-20", "2025-12-31"), src="ARECOMS")
d.x("2025", YEAR, at="rest of 2025")
d.f("about 220,000 tons", "mass", 220000, q="approx", c="cobalt exports", t=("in 2024", "2024-01-01", "2024-12-31"))
d.x("2024", YEAR, at="cobalt in 2024")
d.f("less than half", "percent", 50, q="less_than", c="quota versus 2024 exports", opt=True)
d.f("10%", "percent", 10, c="quota share held as reserve", src="ARECOMS")
SINCE = ("since the ban was imposed", "2025-02-01", "2025-10-20")
d.f("more than tripled", "ratio", 3, q="more_than", m="change", s=None, c="cobalt hydroxide price",
    t=SINCE, src="Argent Metals Data")
d.f("around $21 per lb", "money", 21, unit="USD", q="approx", per="lb", s=None, c="cobalt hydroxide price",
    t=SINCE, src="Argent Metals Data")
d.f("about 60%", "percent", 60, q="approx", m="change", s=None, c="standard-grade cobalt metal price",
    t=("this year", "2025-01-01", "2025-10-20"), src="Argent Metals Data")
d.f("30,000 to 40,000 tons", "mass", 30000, 40000, s=None, c="cobalt market deficit",
    t=("next year", "2026-01-01", "2026-12-31"), src="Zellan Partners")
d.f("roughly five months", "duration", 5, unit="month", q="approx", s="China", c="cobalt inventory demand cover",
    src="Amara Nwosu")
d.x("first half", PERIOD, at="first half of 2026")
d.x("2026", YEAR, at="half of 2026")
d.x("5", ALSO, at="the 5 biggest")
d.f("up to $2 billion", "money", 2e9, unit="USD", q="up_to", s="United States",
    c="planned investment in Congo", t=("over ten years", "2025-10-20", "2035-10-20"), src="U.S. official")
d.f("ten years", "duration", 10, unit="year", s="United States", c="investment framework period",
    src="U.S. official", opt=True)
d.f("1,300-km", "length", 1300, s=None, c="rail corridor length")
d.f("nearly three-quarters", "percent", 75, q="approx", c="share of world cobalt output", opt=True)
d.f("41%", "percent", 41, s="Kolwezi Basin Metals", c="share of Congo's cobalt exports",
    t=("last year", "2024-01-01", "2024-12-31"), src="Congo's mines ministry")

# ---------------------------------------------------------------- sv_01
d = Doc("sv_01_sgu_bergverksstatistik", "2025-06-12", "Sweden")
U24 = ("under 2024", "2024-01-01", "2024-12-31")
YE = ("vid årets slut", "2024-12-31", "2024-12-31")
d.x("12 juni 2025", DATE_LINE, at="Torsdag 12 juni 2025")
d.x("2024", YEAR, at="rekordnivå under 2024")
d.x("12 juni 2025", BYLINE, at="Publicerad 12 juni 2025")
d.x("09.30", BYLINE)
d.x("11.05", BYLINE)
d.x("3 min", READ)
d.x("57", COUNTER)
d.x("8", COUNTER, at="Kommentarer 8")
d.f("93,4 miljoner ton", "mass", 93.4e6, c="ore mined in metal mines", t=U24, src="SGU")
d.x("2024", YEAR, at="malm under 2024")
d.f("2,6 procent", "percent", 2.6, m="change", c="ore mined in metal mines", t=U24, src="SGU")
d.f("drygt 90 procent", "percent", 90, q="approx", c="iron ore share of mined ore", t=U24, src="SGU")
d.f("4,1 procent", "percent", -4.1, m="change", c="copper concentrate production", t=U24, src="SGU")
d.f("372{nbsp}000 ton", "mass", 372000, c="copper concentrate production", t=U24, src="SGU")
d.f("två gruvor", "count", 2, unit="mine", c="mines with lower ore grades", t=U24, src="SGU")
d.f("68,2 miljarder kronor", "money", 68.2e9, unit="SEK", c="value of metal mine production",
    t=("i fjol", "2024-01-01", "2024-12-31"), src="SGU")
d.f("71,9 miljarder kronor", "money", 71.9e9, unit="SEK", m="prior", c="value of metal mine production",
    t=("2023", "2023-01-01", "2023-12-31"), src="SGU")
d.x("2023", YEAR)
d.f("7{nbsp}284", "count", 7284, unit="employee", c="mining industry employees", t=YE, src="SGU")
d.f("3 procent", "percent", 3, m="change", c="mining industry employees", t=YE, src="SGU")
d.f("21,4 procent", "percent", 21.4, c="share of women employees", t=YE, src="SGU")
d.f("19,8 procent", "percent", 19.8, m="prior", c="share of women employees",
    t=("ett år tidigare", "2023-12-31", "2023-12-31"), src="SGU")
d.x("Tre", ALSO)
d.x("2030", ALSO)
UU24 = ("Under 2024", "2024-01-01", "2024-12-31")
d.x("2024", YEAR, at="Under 2024 beviljade")
d.f("162 undersökningstillstånd", "count", 162, unit="exploration permit", s="Bergsstaten",
    c="exploration permits granted", t=UU24, src="Bergsstaten")
d.f("41", "count", 41, unit="exploration permit", s="Bergsstaten", c="permits for critical minerals",
    t=UU24, src="Bergsstaten", at="varav 41")
d.f("nästan dubbelt så många", "ratio", 2, q="approx", m="change", s="Bergsstaten",
    c="critical mineral exploration permits", t=UU24, src="Bergsstaten")
d.x("2022", YEAR)
d.f("två åren", "duration", 2, unit="year", c="period of rising interest", src="Elin Sandberg",
    at="senaste två åren", opt=True)
d.f("tolv metallgruvor", "count", 12, unit="mine", c="operating metal mines", t=("i dag", "2025-06-12", "2025-06-12"))
d.f("ytterligare fem gruvor", "count", 5, unit="mine", m="change", c="potential new mines",
    t=("inom tio år", "2025-06-12", "2035-06-12"), src="Svemin")
d.f("tio år", "duration", 10, unit="year", c="horizon for new mines", src="Svemin", at="inom tio år", opt=True)
d.f("högst två år", "duration", 2, unit="year", q="at_most", c="target permitting process duration", src="Svemin")
d.f("ungefär 80 procent", "percent", 80, q="approx", c="share of EU iron ore production")
d.f("mindre än 1 procent", "percent", 1, q="less_than", c="share of world rare earth mining")

# ---------------------------------------------------------------- sv_02
d = Doc("sv_02_vattergrafit_delarsrapport", "2025-10-23", "Vättergrafit")
V = "Vättergrafit"
Q3 = ("tredje kvartalet 2025", "2025-07-01", "2025-09-30")
P = ("motsvarande period i fjol", "2024-07-01", "2024-09-30")
PE = ("vid periodens slut", "2025-09-30", "2025-09-30")
d.x("2025-10-23 07:45", DATE_LINE)
d.f("48 procent", "percent", 48, m="change", c="order intake", at="steg 48 procent")
d.x("23 okt 2025 07:45", BYLINE)
d.x("2 min", READ)
d.x("14", COUNTER, at="14 kommentarer")
d.x("tredje", ORD)
d.x("2025", YEAR, at="kvartalet 2025")
d.f("41,7 Mkr", "money", 41.7e6, unit="SEK", c="operating profit", t=Q3, src=V)
d.f("{minus}12,3", "money", -12.3e6, unit="SEK", m="prior", c="operating profit", t=P, src=V)
d.f("486,2 Mkr", "money", 486.2e6, unit="SEK", c="net sales", t=Q3, src=V)
d.f("352,9", "money", 352.9e6, unit="SEK", m="prior", c="net sales", t=P, src=V)
d.f("612,0 Mkr", "money", 612.0e6, unit="SEK", c="order intake", t=Q3, src=V)
d.f("413,5", "money", 413.5e6, unit="SEK", m="prior", c="order intake", t=P, src=V)
d.f("31,8 %", "percent", 31.8, c="gross margin", t=Q3, src=V)
d.f("24,6", "percent", 24.6, m="prior", c="gross margin", t=P, src=V)
d.f("0,38 kr", "money", 0.38, unit="SEK", per="share", c="earnings per share", t=Q3, src=V)
d.f("{minus}0,14", "money", -0.14, unit="SEK", m="prior", per="share", c="earnings per share", t=P, src=V)
d.f("55,4 Mkr", "money", 55.4e6, unit="SEK", c="operating cash flow", t=Q3, src=V)
d.f("{minus}8,1", "money", -8.1e6, unit="SEK", m="prior", c="operating cash flow", t=P, src=V)
d.f("48 procent", "percent", 48, m="change", c="order intake", t=Q3, src=V, at="ökade med 48 procent")
JS = ("januari–september", "2025-01-01", "2025-09-30")
d.f("1{nbsp}318 miljoner kronor", "money", 1.318e9, unit="SEK", c="net sales", t=JS, src=V)
d.f("29 procent", "percent", 29, m="change", c="net sales", t=JS, src=V)
d.f("4{nbsp}150 ton", "mass", 4150, c="anode material production", t=("under kvartalet", "2025-07-01", "2025-09-30"),
    src=V)
d.f("omkring 83 procent", "percent", 83, q="approx", c="capacity utilisation",
    t=("under kvartalet", "2025-07-01", "2025-09-30"), src=V)
d.f("tioårigt", "duration", 10, unit="year", c="supply agreement term", src="Malin Rehnberg")
d.f("upp till 2,4 miljarder kronor", "money", 2.4e9, unit="SEK", q="up_to", c="supply agreement value",
    src="Malin Rehnberg")
d.f("20{nbsp}000 ton", "mass", 20000, per="year", c="annual anode capacity target",
    t=("2027", "2027-01-01", "2027-12-31"), src=V)
d.x("2027", YEAR)
d.f("1,1–1,3 miljarder kronor", "money", 1.1e9, 1.3e9, unit="SEK", c="planned investments",
    t=("under de kommande två åren", "2025-10-23", "2027-10-23"), src=V)
d.f("två åren", "duration", 2, unit="year", c="investment period", src=V, at="kommande två åren", opt=True)
d.f("740 Mkr", "money", 740e6, unit="SEK", c="net debt", t=PE, src=V)
d.f("212", "count", 212, unit="employee", c="employees", t=PE, src=V)
d.f("168", "count", 168, unit="employee", m="prior", c="employees",
    t=("vid årets början", "2025-01-01", "2025-01-01"), src=V)
d.f("ytterligare ett 30-tal tjänster", "count", 30, unit="position", q="approx", m="change",
    c="new positions in Vadstena", t=("under första kvartalet 2026", "2026-01-01", "2026-03-31"),
    src="Malin Rehnberg")
d.x("första", ORD, at="första kvartalet")
d.x("2026", YEAR)
MID = ("vid middagstid", "2025-10-23", "2025-10-23")
d.f("11,6 procent", "percent", 11.6, m="change", c="share price", t=MID)
d.f("27,40 kronor", "money", 27.4, unit="SEK", per="share", c="share price", t=MID)
d.f("drygt 60 procent", "percent", 60, q="approx", m="change", c="share price",
    t=("Sedan årsskiftet", "2025-01-01", "2025-10-23"))
d.f("28", "money", 28, unit="SEK", m="prior", per="share", c="target price", src="Fredrik Holmqvist",
    at="från 28 till")
d.f("34 kronor", "money", 34, unit="SEK", per="share", c="target price", src="Fredrik Holmqvist")
d.f("7,2 procentenheter", "percent", 7.2, unit="pp", m="change", c="gross margin", src="Fredrik Holmqvist")
d.f("över 90 procent", "percent", 90, q="more_than", s="China", c="share of world anode graphite production")

# ---------------------------------------------------------------- sv_03
d = Doc("sv_03_metallpriser_vecka", "2025-11-14", "LME")
FR = ("under fredagen", "2025-11-14", "2025-11-14")
T14 = ("14 november", "2025-11-14", "2025-11-14")
W46 = ("vecka 46", "2025-11-10", "2025-11-16")
d.x("14 november 2025", DATE_LINE, at="Fredag 14 november 2025")
d.x("18:20", DATE_LINE)
d.x("14 nov. 2025", BYLINE)
d.x("3 minuter", READ)
d.x("128", COUNTER)
d.f("0,9 procent", "percent", 0.9, m="change", c="copper price", t=FR)
d.f("10{nbsp}875 dollar per ton", "money", 10875, unit="USD", per="t", c="copper price", t=FR)
d.f("knappt 2 procent", "percent", 2, q="approx", m="change", c="copper price",
    t=("hittills i veckan", "2025-11-10", "2025-11-14"))
d.f("1,4 procent", "percent", -1.4, m="change", c="nickel price", t=FR)
d.f("14{nbsp}610 dollar per ton", "money", 14610, unit="USD", per="t", c="nickel price", t=FR)
d.f("en halv procent", "percent", 0.5, m="change", c="zinc price", t=FR)
d.x("fjärde", ORD)
d.f("86.500 yuan per ton", "money", 86500, unit="CNY", per="t", s="China", c="lithium carbonate price",
    t=("på fredagen", "2025-11-14", "2025-11-14"), src="Sinoprice Metals")
d.f("drygt 40 procent", "percent", 40, q="approx", m="change", s="China", c="lithium carbonate price",
    t=("Sedan slutet av juni", "2025-06-30", "2025-11-14"), src="Sinoprice Metals")
d.x("14 november", "date in table heading", at="stängning 14 november")
d.x("46", "week number (identifier)", at="vecka 46")
for metal, price, chg, chgv, per, subj, con in [
        ("Koppar", "10{nbsp}875 USD/t", "+1,8 %", 1.8, "t", "LME", "copper price"),
        ("Aluminium", "2{nbsp}846 USD/t", "+0,3 %", 0.3, "t", "LME", "aluminium price"),
        ("Nickel", "14{nbsp}610 USD/t", "{minus}2,1 %", -2.1, "t", "LME", "nickel price"),
        ("Kobolt", "48{nbsp}500 USD/t", "+0,4 %", 0.4, "t", "LME", "cobalt price"),
        ("Guld", "4{nbsp}084 USD/oz", "+2,6 %", 2.6, "oz", "Comex", "gold price")]:
    v = int(price.split(" ")[0].replace("{nbsp}", ""))
    d.f(price, "money", v, unit="USD", per=per, s=subj, c=con, t=T14, src=subj)
    d.f(chg, "percent", chgv, m="change", s=subj, c=con, t=W46, src=subj)
d.x("OMXS30", "index name with digits")
d.f("0,6 procent", "percent", 0.6, m="change", s="OMXS30", c="index level", t=FR)
d.f("2{nbsp}704,18 punkter", "index", 2704.18, s="OMXS30", c="index level", t=FR)
d.f("5,3 procent", "percent", 5.3, m="change", s="Norrskär Mineral", c="share price", t=FR)
d.f("2 kronor och 40 öre", "money", -2.4, unit="SEK", m="change", per="share", s="Bergsfors Stål",
    c="share price", t=FR)
d.f("61,20 kronor", "money", 61.2, unit="SEK", per="share", s="Bergsfors Stål", c="share price", t=FR)
d.f("omkring 150{nbsp}000 ton", "mass", 150000, q="approx", s=None, c="copper market deficit",
    t=("nästa år", "2026-01-01", "2026-12-31"), src="Anders Wikström")
d.f("10{nbsp}500–11{nbsp}500 dollar per ton", "money", 10500, 11500, unit="USD", per="t", s=None,
    c="copper price forecast", t=("under första halvåret 2026", "2026-01-01", "2026-06-30"),
    src="Anders Wikström")
d.x("första", ORD, at="första halvåret")
d.x("2026", YEAR)
d.x("5", ALSO, at="5 frågor")
d.x("minst 15 minuter", "page chrome: price delay notice")

# ---------------------------------------------------------------- sv_04
d = Doc("sv_04_eu_strategiska_projekt", "2026-03-05", "European Union")
WEDs = ("på onsdagen", "2026-03-04", "2026-03-04")
BY30 = ("senast 2030", "2026-03-05", "2030-12-31")
CRMA = "EU Critical Raw Materials Act"
d.x("5 mars 2026", DATE_LINE)
d.f("tre svenska gruvprojekt", "count", 3, unit="project", s="Sweden", c="Swedish strategic mining projects")
d.x("2026-03-05 10:12", BYLINE)
d.x("4 min", READ)
d.x("33", COUNTER)
d.f("13 nya strategiska projekt", "count", 13, unit="project", s="European Commission",
    c="approved strategic raw material projects", t=WEDs, src="European Commission")
d.f("tre", "count", 3, unit="project", s="Sweden", c="strategic projects in Sweden", t=WEDs,
    src="European Commission", at="varav tre i Sverige")
d.f("omkring 5,8 miljarder euro", "money", 5.8e9, unit="EUR", q="approx", s=None,
    c="investment needed for strategic projects", t=WEDs, src="European Commission")
d.f("upp till 25{nbsp}000 ton litiumhydroxid om året", "mass", 25000, q="up_to",
    per="year", s="Fjällbacka Litium", c="planned lithium hydroxide output")
d.f("längre än 27 månader", "duration", 27, unit="month", q="at_most",
    c="maximum permitting time for extraction")
d.f("15 månader", "duration", 15, unit="month", q="at_most", c="maximum permitting time for processing")
d.f("sju till tio år", "duration", 7, 10, unit="year", c="average time to open mine",
    t=("I dag", "2026-03-05", "2026-03-05"))
d.x("2030", YEAR)
d.f("minst 10 procent", "percent", 10, q="at_least", c="extraction target share of consumption", t=BY30, src=CRMA)
d.f("minst 40 procent", "percent", 40, q="at_least", c="processing target share of consumption", t=BY30, src=CRMA)
d.f("minst 25 procent", "percent", 25, q="at_least", c="recycling target share of consumption", t=BY30, src=CRMA)
d.f("mer än 65 procent", "percent", 65, q="at_most", c="maximum import share from one country",
    t=BY30, src=CRMA)
d.x("Sju", ALSO)
d.f("ungefär 3 procent", "percent", 3, q="approx", c="rare earth processing share",
    t=("i dag", "2026-03-05", "2026-03-05"), src="Helena Brandt")
d.f("runt 900 dollar per kilo", "money", 900, unit="USD", q="approx", per="kg", s="Europe",
    c="dysprosium oxide price", src="Helena Brandt")
d.f("tre gånger så mycket", "ratio", 3, s="Europe", c="dysprosium price versus China", src="Helena Brandt")
d.f("cirka 400 personer", "count", 400, unit="person", q="approx", s="Fjällbacka Litium",
    c="refinery workforce", src="Fjällbacka Litium")
d.x("2028", YEAR)
d.f("11 miljarder kronor", "money", 11e9, unit="SEK", s="Fjällbacka Litium", c="refinery cost",
    src="Fjällbacka Litium")
d.f("1,2 mdkr", "money", 1.2e9, unit="SEK", s="EU Innovation Fund", c="contribution to refinery cost",
    src="Fjällbacka Litium")
d.f("nästan 98 procent", "percent", 98, q="approx", c="share of magnet imports from China",
    t=("2024", "2024-01-01", "2024-12-31"))
d.x("2024", YEAR)

# ---------------------------------------------------------------- sv_05
d = Doc("sv_05_kina_magnetexport", "2025-11-20", "China")
CUS = "China's customs"
OKT = ("i oktober", "2025-10-01", "2025-10-31")
M10 = ("Under årets första tio månader", "2025-01-01", "2025-10-31")
d.x("20 november 2025", DATE_LINE)
d.x("13.47", DATE_LINE)
d.x("20.11.2025 13:47", BYLINE)
d.x("2 min", READ)
d.x("19", COUNTER)
d.x("6", COUNTER, at="Dela 6")
d.f("8,3 procent", "percent", -8.3, m="change", c="rare earth magnet exports", t=OKT, src=CUS)
d.f("5{nbsp}180 ton", "mass", 5180, c="rare earth magnet exports", t=OKT, src=CUS)
d.f("27 procent", "percent", -27, m="change", c="magnet exports to the United States", t=OKT, src=CUS)
d.f("420 ton", "mass", 420, c="magnet exports to the United States", t=OKT, src=CUS)
d.f("5 procent", "percent", 5, m="change", c="magnet exports to Germany", t=OKT, src=CUS)
d.x("första tio månader", PERIOD)
d.f("46{nbsp}270 ton", "mass", 46270, c="rare earth magnet exports", t=M10, src=CUS)
d.f("knappt 4 procent", "percent", -4, q="approx", m="change", c="rare earth magnet exports", t=M10, src=CUS)
d.x("9 oktober", "date")
d.f("ytterligare fem sällsynta jordartsmetaller", "count", 5, unit="rare earth element", m="change",
    c="rare earths under export controls", t=("den 9 oktober", "2025-10-09", "2025-10-09"))
d.f("ett år", "duration", 1, unit="year", c="postponement of export controls",
    t=("I början av november", "2025-11-01", "2025-11-10"), src="China", at="i ett år")
d.f("45 dagar eller mer", "duration", 45, unit="day", q="at_least", c="export licence waiting time",
    src="Wei Jianguo")
d.f("286 miljoner yuan", "money", 286e6, unit="CNY", c="rare earth export value", t=OKT, src=CUS)
d.f("311 miljoner yuan", "money", 311e6, unit="CNY", m="prior", c="rare earth export value",
    t=("i september", "2025-09-01", "2025-09-30"), src=CUS)
d.f("14 procent", "percent", -14, m="change", c="rare earth export volume", t=OKT, src=CUS)
d.f("cirka 60 procent", "percent", 60, q="approx", c="share of world rare earth mining", src="IEA")
d.f("ungefär 90 procent", "percent", 90, q="approx", c="share of world magnet production", src="IEA")
U24 = ("under 2024", "2024-01-01", "2024-12-31")
d.f("1{thin}140 miljoner kronor", "money", 1.14e9, unit="SEK", s="Sweden", c="magnet imports from China",
    t=U24, src="SCB")
d.x("2024", YEAR)
d.f("12 procent", "percent", 12, m="change", s="Sweden", c="magnet imports from China", t=U24, src="SCB")
d.x("2023", YEAR + " (after 'mer än')")
d.f("omkring två tredjedelar", "percent", 200 / 3, q="approx", s="Sweden",
    c="share of magnets for automotive industry", t=U24, src="SCB", opt=True)
d.x("08-555 012 34", "phone number")

# ---------------------------------------------------------------- sv_06
d = Doc("sv_06_ravberget_nickel", "2026-01-15", "Rävberget Nickel")
MMD = "Mark- och miljödomstolen"
d.x("15 januari 2026", DATE_LINE)
d.f("600 jobb", "count", 600, unit="job", c="expected jobs", at="– 600 jobb")
d.x("15 jan 2026 kl 06:00", BYLINE)
d.x("08:32", BYLINE)
d.x("3 min", READ)
d.f("upp till 2,8 miljoner ton malm per år", "mass", 2.8e6, q="up_to", per="year", c="permitted ore extraction",
    src=MMD)
d.f("drygt 14 månader", "duration", 14, unit="month", q="approx", c="permit processing time")
d.f("omkring 16{nbsp}000 ton", "mass", 16000, q="approx", per="year", c="nickel in concentrate output")
d.f("22 år", "duration", 22, unit="year", c="mine life")
d.x("första", ORD, at="det första nya")
d.f("mer än 40 år", "duration", 40, unit="year", q="more_than", s="Sweden",
    c="time since last nickel project", src="Jonas Pekkari")
d.x("andra", ORD, at="andra halvåret")
d.x("2026", YEAR, at="halvåret 2026")
d.f("8,6 miljarder kronor", "money", 8.6e9, unit="SEK", c="investment cost")
d.f("ungefär 60 procent", "percent", 60, q="approx", c="share of financing secured")
d.f("150 miljoner euro", "money", 150e6, unit="EUR", s="EIB", c="loan to Rävberget Nickel")
d.f("450 hektar", "area", 4.5, c="project land area")
d.f("34 kilometer", "length", 34, c="new power line length")
d.f("85 MW", "power", 85, c="concentrator power demand")
d.f("cirka 0,6 terawattimmar per år", "energy", 600000, q="approx", per="year", c="concentrator electricity use")
d.f("högst 3,5 miljoner kubikmeter per år", "volume", 3.5e6, q="at_most", per="year", c="water consumption cap",
    src=MMD)
d.x("2{nbsp}000", ALSO)
d.x("fem år", ALSO)
d.f("600 direkta jobb", "count", 600, unit="job", c="direct jobs")
d.f("minst lika många", "count", 600, unit="job", q="at_least", c="indirect jobs", opt=True)
d.f("omkring 1{nbsp}000 personer", "count", 1000, unit="person", q="approx", c="construction workforce")
d.f("4 procent", "percent", 4, m="change", s="Gällivare", c="population",
    t=("till 2032", "2026-01-15", "2032-12-31"), src="Gällivare Municipality")
d.x("2032", YEAR)
d.f("8 km", "length", 8, s=None, c="reindeer migration route length")
d.f("12 miljoner kronor", "money", 12e6, unit="SEK", c="compensation to Sami village", src=MMD)
d.f("15 procent", "percent", -15, m="change", s="LME", c="nickel price",
    t=("på ett år", "2025-01-15", "2026-01-15"))
d.f("ett år", "duration", 1, unit="year", s="LME", c="nickel price change period", at="på ett år", opt=True)
d.f("kring 15{nbsp}200 dollar per ton", "money", 15200, unit="USD", q="approx", per="t", s="LME",
    c="nickel price", t=("nu", "2026-01-15", "2026-01-15"))
d.x("första månaden för 1 krona", "page chrome: subscription advert")

# ---------------------------------------------------------------- extra traps
# "a year earlier" / "ett år tidigare" name the comparison period; the singular
# "a"/"ett" states no amount (facts.md: a singular is a fact only where it states one).
AYE = "time phrase 'a year earlier': the singular states no amount"
DOCS["en_01_kestrel_ridge_quarterly"]["rows"].append(
    {"surface": "a year earlier", "negative": True, "why": AYE})
DOCS["en_02_china_graphite_exports"]["rows"].append(
    {"surface": "a year earlier", "negative": True, "why": AYE})
DOCS["en_04_orvane_copper_q3"]["rows"].append(
    {"surface": "a year earlier", "negative": True, "why": AYE})
DOCS["en_05_usgs_lithium_cobalt"]["rows"].append(
    {"surface": "a year earlier", "negative": True, "why": AYE})
DOCS["sv_01_sgu_bergverksstatistik"]["rows"].append(
    {"surface": "ett år tidigare", "negative": True,
     "why": "time phrase 'ett år tidigare' (after 'fler än'): the singular states no amount"})
