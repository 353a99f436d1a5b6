"""Gold annotations for tests/holdout4, one block per article, rows in text order.

F(...) is a fact row, N(...) a trap row.  ctx(...) sets the running context
(subject, time, source) that later rows inherit, mirroring the contract's rule that
"a period set earlier in the passage carries over"; a keyword on a single F(...)
overrides it for that row only.  T(phrase, start, end) is a time phrase as
written plus the ISO period it names, resolved against the document date.
direction is derived from the sign of a change.  See ../NOTES.md.
"""

from gold_rows import DOCS, F, N, T, ctx, doc  # noqa: F401 (tests/holdout_tools)


DATE = "date line or byline date"
TIME = "time of day in byline or text"
READ = "page chrome: reading time"
CNT = "page chrome: share/comment/like counter"
LINK = "page chrome: 'Read also' link to another article"
COOKIE = "page chrome: cookie notice"
YEAR = "year (part of a time phrase), not a quantity"

Q4 = ("2025-10-01", "2025-12-31")
Q4_PRIOR = ("2024-10-01", "2024-12-31")

# ---------------------------------------------------------------- en_01 (2026-02-12)
doc("en_01_brenmoor_cobalt_quarterly")
N("February 12, 2026", DATE)
N("12 Feb 2026", DATE)
N("07:40 GMT", TIME)
N("4 min", READ)
N("58", CNT)
N("11", CNT)
ctx(subject="Brenmoor", source="Brenmoor", time=T("the fourth quarter", *Q4))
F("14%", "percent", 14, "%", m="change", concept="cobalt output")
ctx(time=T("the three months to December 31", *Q4))
F("2,860 tonnes", "mass", 2860, "t", concept="cobalt in hydroxide production")
N("three months", "length of the reporting period inside a time phrase, not a quantity")
N("December 31", "date inside a time phrase")
F("2,510 tonnes", "mass", 2510, "t", m="prior", concept="cobalt in hydroxide production",
  time=T("a year earlier", *Q4_PRIOR))
N("a year earlier", "time phrase: the singular 'a' states no amount")
F("3.2%", "percent", -3.2, "%", m="change", concept="copper cathode output")
F("41,300 tonnes", "mass", 41300, "t", concept="copper cathode output")
F("about nine days", "duration", 9, "day", q="approx", concept="planned smelter shutdown")
# table: current quarter vs prior-year quarter in brackets
CUR = T("the quarter", *Q4)
PRI = T("prior year", *Q4_PRIOR)
for cur, pri, unit_scale, per, concept in [
        ("512.4", "(468.9)", 1e6, None, "revenue"),
        ("131.7", "(142.0)", 1e6, None, "EBITDA"),
        ("38.2", "(51.6)", 1e6, None, "net profit"),
        ("11.85", "(13.40)", 1, "lb", "realised cobalt price"),
        (None, None, None, None, None),
        ("2.31", "(2.18)", 1, "lb", "C1 copper cash cost")]:
    if cur is None:
        N("C1", "name of a cost measure (C1 cash cost), not a quantity")
        continue
    v = float(cur) * unit_scale
    p = float(pri.strip("()")) * unit_scale
    F(cur, "money", round(v, 6), "USD", per=per, concept=concept, time=CUR)
    F(pri, "money", round(p, 6), "USD", m="prior", per=per, concept=concept, time=PRI)
ctx(subject=None, source="Nadia Okonjo", time=T("over the period", *Q4))
F("less than $12 a pound", "money", 12, "USD", q="less_than", per="lb",
  concept="average cobalt price")
ctx(subject="Brenmoor", source="Brenmoor", time=T("2026", "2026-01-01", "2026-12-31"))
N("2026", YEAR, pre="its ")
F("10,500 to 11,500 tonnes", "mass", 10500, "t", hi=11500, concept="cobalt production guidance")
F("roughly $40 million", "money", -40e6, "USD", q="approx", m="change",
  concept="planned capital spending")
F("$285 million", "money", 285e6, "USD", concept="planned capital spending")
F("6 cents a share", "money", 0.06, "USD", per="share", concept="final dividend", time=None)
F("9 cents", "money", 0.09, "USD", m="prior", per="share", concept="final dividend",
  time=T("last year", "2025-01-01", "2025-12-31"))
ctx(source="Tomás Reyna", time=None)
F("above $15 a pound", "money", 15, "USD", q="more_than", per="lb",
  concept="required cobalt price")
F("at least two more years", "duration", 2, "year", q="at_least", subject=None,
  concept="cobalt market surplus duration")
ctx(subject="Democratic Republic of Congo", source=None, time=None)
F("roughly 70%", "percent", 70, "%", q="approx", concept="share of world mined cobalt")
F("several months", "duration", 3, "month", hi=9, opt=True, concept="cobalt export halt",
  time=T("last year", "2025-01-01", "2025-12-31"))
N("one", "'one reason': not an amount", pre="quotas are ")
ctx(subject="Brenmoor", source=None, time=T("by midday", "2026-02-12"))
F("4.6%", "percent", -4.6, "%", m="change", concept="share price")
F("212 pence", "money", 2.12, "GBP", per="share", concept="share price")
F("about £1.9 billion", "money", 1.9e9, "GBP", q="approx", concept="market value")
N("2026", LINK)
N("55%", LINK)
N("13 months", COOKIE)
N("© 2026", "page chrome: copyright footer")

# ---------------------------------------------------------------- en_02 (2026-01-20)
doc("en_02_china_tungsten_controls")
N("20 January 2026", DATE)
N("20 Jan 2026", DATE)
N("14:05 CST", TIME)
N("3 min read", READ)
N("212", CNT)
N("19", CNT)
N("Jan 20", "dateline date")
N("March 1", "date")
ctx(subject="China", source="Ministry of Commerce",
    time=T("in February last year", "2025-02-01", "2025-02-28"))
F("five metals", "count", 5, "metal", concept="metals under export controls")
ctx(source="China's customs", time=T("in 2025", "2025-01-01", "2025-12-31"))
F("37.5%", "percent", -37.5, "%", m="change", concept="tungsten product exports")
N("2025", YEAR)
F("3,980 tonnes", "mass", 3980, "t", concept="tungsten product exports")
F("at least a decade", "duration", 10, "year", q="at_least",
  concept="time since exports were lower")
F("241 tonnes", "mass", 241, "t", concept="tungsten product exports",
  time=T("in December", "2025-12-01", "2025-12-31"))
F("402 tonnes", "mass", 402, "t", m="prior", concept="tungsten product exports",
  time=T("in November", "2025-11-01", "2025-11-30"))
ctx(source="Ministry of Commerce", time=None)
F("more than 50 kg", "mass", 0.05, "t", q="more_than", concept="licence review threshold")
F("within 45 working days", "duration", 45, "day", q="at_most", concept="licence review period")
N("8101.94", "customs tariff heading (code)")
N("8101.99", "customs tariff heading (code)")
F("about 80%", "percent", 80, "%", q="approx", source="US Geological Survey",
  concept="share of global mined tungsten supply")
ctx(source="China Tungsten Industry Association",
    time=T("last week", "2026-01-12", "2026-01-18"))
F("412,000 yuan", "money", 412000, "CNY", per="t", concept="tungsten concentrate price")
F("$59,000", "money", 59000, "USD", per="t", concept="tungsten concentrate price")
F("more than double", "ratio", 2, "x", q="more_than", m="change",
  concept="tungsten concentrate price")
N("a year ago", "time phrase: the singular 'a' states no amount")
ctx(subject=None, source="Mei Lin Harcourt", time=None)
F("six to nine months", "duration", 6, "month", hi=9,
  concept="inventory of buyers outside China")
F("roughly 4,000 tonnes a year", "mass", 4000, "t", q="approx", m="change", per="year",
  subject="Vietnam", concept="new tungsten concentrate capacity",
  time=T("by 2028", "2028-01-01", "2028-12-31"))
N("2028", YEAR)
ctx(subject="European Union", source=None, time=None)
N("one", "'one of 34': pronoun, not an amount", pre="it is ")
F("34 materials", "count", 34, "material", concept="critical raw materials list")
N("G7", "name with digits")
N("Five", LINK)
N("2026", LINK)
N("+65 6555 0142", "phone number")

# ---------------------------------------------------------------- en_03 (2026-03-04)
doc("en_03_metals_market_wrap")
N("4 March 2026", DATE)
N("4 March 2026", DATE)
N("17:52 GMT", TIME)
N("2 min read", READ)
N("1x", "page chrome: audio player speed")
N("104", CNT)
N("23", CNT)
N("March 4", "dateline date")
N("Three-month", "name of the LME three-month contract, not a quantity")
WED = T("on Wednesday", "2026-03-04")
ctx(subject="LME", source=None, time=WED)
F("2.1%", "percent", 2.1, "%", m="change", concept="three-month copper price")
F("$13,420 a tonne", "money", 13420, "USD", per="t", concept="three-month copper price")
F("$13,575", "money", 13575, "USD", per="t", concept="intraday copper high",
  time=T("earlier in the session", "2026-03-04"))
F("almost 9%", "percent", 9, "%", q="approx", m="change", concept="copper price",
  time=T("since the start of the year", "2026-01-01", "2026-03-04"))
ctx(subject="Comex")
F("11 cents", "money", 0.11, "USD", m="change", per="lb", concept="copper futures price")
F("$6.12 a pound", "money", 6.12, "USD", per="lb", concept="copper futures price")
F("about 24%", "percent", 24, "%", q="approx", subject="Chile", time=None,
  concept="share of mined copper supply")
ctx(subject="LME")
F("1.4%", "percent", -1.4, "%", m="change", concept="nickel price")
F("$15,180 a tonne", "money", 15180, "USD", per="t", concept="nickel price")
F("up to 20 million wet tonnes", "mass", 20e6, "t", q="up_to", m="change",
  subject="Indonesia", source="Indonesia's government", concept="nickel ore quota increase",
  time=T("this year", "2026-01-01", "2026-12-31"))
F("1,926 tonnes", "mass", 1926, "t", m="change", source="LME", concept="LME nickel stocks")
F("268,350 tonnes", "mass", 268350, "t", source="LME", concept="LME nickel stocks")
F("$2,940 a tonne", "money", 2940, "USD", per="t", concept="aluminium price")
N("1700 GMT", TIME)
F("78,400 yuan a tonne", "money", 78400, "CNY", per="t", subject="Guangzhou Futures Exchange",
  concept="lithium carbonate futures price")
F("$24.50-25.80 a pound", "money", 24.5, "USD", hi=25.8, per="lb", subject=None,
  source="Orecast", concept="spot cobalt metal price")
N("FTSE 350", "index name with digits")
ctx(subject="FTSE 350 Mining")
F("58.40 points", "index", 58.4, "point", m="change", concept="mining share index")
F("1.9%", "percent", 1.9, "%", m="change", concept="mining share index")
F("12,733.15", "index", 12733.15, "point", concept="mining share index")
ctx(subject="Pellworth")
F("6.3%", "percent", 6.3, "%", m="change", concept="share price")
F("15,000 tonnes", "mass", 15000, "t", m="change", concept="copper output forecast")
ctx(subject=None, source="Ingrid Falkner", time=T("this year", "2026-01-01", "2026-12-31"))
F("350,000 to 400,000 tonnes", "mass", 350000, "t", hi=400000, concept="global copper deficit")
F("$15,000 a tonne", "money", 15000, "USD", per="t", concept="copper price forecast",
  time=T("before the end of the year", "2026-03-04", "2026-12-31"))
N("at least 15 minutes", "page chrome: data delay notice")
N("148", COOKIE)

# ---------------------------------------------------------------- en_04 (2026-02-25)
doc("en_04_us_australia_manganese_pact")
N("25/02/2026", DATE)
N("25 Feb 2026", DATE)
N("6:15 pm AEDT", TIME)
N("5 minute read", READ)
N("31", CNT)
ctx(subject="EXIM", source="Australia's resources minister",
    time=T("through 2030", "2026-02-25", "2030-12-31"))
F("up to US$1.5 billion", "money", 1.5e9, "USD", q="up_to", concept="loan financing")
N("2030", YEAR)
F("A$1.35 billion", "money", 1.35e9, "AUD", subject="Australia",
  concept="critical minerals project funding")
ctx(subject="United States", source="officials", time=T("by 2030", "2030-01-01", "2030-12-31"))
F("at least 30%", "percent", 30, "%", q="at_least",
  concept="manganese sulphate demand from allies")
N("2030", YEAR)
F("less than 5%", "percent", 5, "%", q="less_than", m="prior",
  concept="manganese sulphate demand from allies", time=T("today", "2026-02-25"))
ctx(subject="Australia", source="Department of Industry, Science and Resources",
    time=T("the 2024–25 financial year", "2024-07-01", "2025-06-30"))
F("3.1 million tonnes", "mass", 3.1e6, "t", concept="manganese ore exports")
N("2024–25", "financial-year label inside a time phrase")
F("A$1.9 billion", "money", 1.9e9, "AUD", concept="manganese ore export value")
F("8%", "percent", -8, "%", m="change", concept="manganese ore export earnings",
  time=T("2025–26", "2025-07-01", "2026-06-30"))
N("2025–26", "financial-year label inside a time phrase")
ctx(subject="Corvale", source=None, time=None)
F("50,000-tonne-a-year", "mass", 50000, "t", per="year",
  concept="manganese sulphate plant capacity")
ctx(source="Corvale", time=T("half-year", "2025-07-01", "2025-12-31"))
F("A$18.6 million", "money", 18.6e6, "AUD", concept="half-year net loss")
F("(A$11.2 million)", "money", 11.2e6, "AUD", m="prior", concept="half-year net loss",
  time=T("half-year", "2024-07-01", "2024-12-31"))
F("A$96 million", "money", 96e6, "AUD", concept="cash",
  time=T("at December 31", "2025-12-31"))
N("December 31", "date inside a time phrase")
N("2027", YEAR)
F("70%", "percent", 70, "%", concept="share of output under offtake", time=None)
ctx(source=None, time=None)
F("22%", "percent", 22, "%", m="change", concept="share price")
F("A$0.64", "money", 0.64, "AUD", per="share", concept="share price")
ctx(subject=None, source="Callum Doyle", time=T("by 2035", "2035-01-01", "2035-12-31"))
F("sixfold", "ratio", 6, "x", m="change", concept="high-purity manganese demand")
N("2035", YEAR)
F("roughly 1.2 million tonnes a year", "mass", 1.2e6, "t", q="approx", per="year",
  concept="high-purity manganese demand")
ctx(source=None, time=None)
F("more than 90%", "percent", 90, "%", q="more_than", subject="China",
  concept="share of battery-grade graphite refining")
F("93.5%", "percent", 93.5, "%", subject="United States",
  concept="anti-dumping duty on Chinese anodes",
  time=T("last year", "2025-01-01", "2025-12-31"))
F("hundreds of millions of dollars", "money", 2e8, "USD", hi=9e8, opt=True,
  subject="United States", source="Industry groups", concept="planned anode capacity investment")
N("2025", LINK)
N("newsdesk24@pcreview.example", "e-mail address")
N("+61 2 5550 1234", "phone number")
N("30 days", COOKIE)

# ---------------------------------------------------------------- sv_01 (2026-02-05)
doc("sv_01_norrfjall_grafit_kvartal")
N("5 februari 2026", DATE)
N("05.02.2026", DATE)
N("kl. 08.32", TIME)
N("kl. 10.14", TIME)
N("3 min", READ)
N("27", CNT)
N("4", CNT)
ctx(subject="Norrfjäll", source="Norrfjäll", time=T("fjärde kvartalet", *Q4))
PRI = T("motsvarande kvartal 2024", *Q4_PRIOR)
F("187,4", "money", 187.4e6, "SEK", concept="net sales")
F("(112,9)", "money", 112.9e6, "SEK", m="prior", concept="net sales", time=PRI)
F("66 procent", "percent", 66, "%", m="change", concept="net sales")
F("−41,8", "money", -41.8e6, "SEK", concept="operating profit")
F("(−29,5)", "money", -29.5e6, "SEK", m="prior", concept="operating profit", time=PRI)
N("2024", YEAR)
ctx(time=T("under kvartalet", *Q4))
F("3\u00a0120 ton", "mass", 3120, "t", concept="anode material deliveries")
F("1\u2009870 ton", "mass", 1870, "t", m="prior", concept="anode material deliveries",
  time=T("samma period året innan", *Q4_PRIOR))
N("2025", YEAR)
F("9 640 ton", "mass", 9640, "t", concept="anode material deliveries",
  time=T("helåret 2025", "2025-01-01", "2025-12-31"))
ctx(source="Henrik Åberg", time=T("nu", "2026-02-05"))
F("två kunder", "count", 2, "customer", concept="full-scale customers in Germany")
F("ytterligare en battericellstillverkare", "count", 1, "battery cell maker",
  concept="battery cell makers testing material")
ctx(source="Norrfjäll", time=T("under kvartalet", *Q4))
F("7,5 procent", "percent", -7.5, "%", m="change", concept="average anode material price")
F("58 kronor per kilo", "money", 58, "SEK", per="kg", concept="average anode material price")
F("runt 16.500 yuan per ton", "money", 16500, "CNY", q="approx", per="t", subject="China",
  source="Orecast", time=T("nu", "2026-02-05"), concept="spherical graphite price")
ctx(time=T("vid årsskiftet", "2025-12-31"))
F("612 Mkr", "money", 612e6, "SEK", concept="cash")
F("250 miljoner kronor", "money", 250e6, "SEK", concept="undrawn credit facility")
F("fördubblas", "ratio", 2, "x", m="change", concept="production",
  time=T("till 2027", "2027-01-01", "2027-12-31"))
N("2027", YEAR)
F("cirka 1,1 miljarder kronor", "money", 1.1e9, "SEK", q="approx", time=None,
  concept="second line investment")
ctx(subject="European Union", source="Sofia Brandt",
    time=T("år 2030", "2030-01-01", "2030-12-31"))
F("högst 65 procent", "percent", 65, "%", q="at_most",
  concept="maximum supply share from one country")
N("en", "indefinite article, not an amount", pre="behov av ")
N("2030", YEAR)
ctx(subject="Norrfjäll", source=None, time=T("vid lunch på torsdagen", "2026-02-05"))
F("6,2 procent", "percent", -6.2, "%", m="change", concept="share price")
F("14,35 kronor", "money", 14.35, "SEK", per="share", concept="share price")
N("1 december", LINK)
N("Fem", LINK)

# ---------------------------------------------------------------- sv_02 (2026-05-20)
doc("sv_02_sgu_bergverksstatistik")
N("20 maj 2026", DATE)
N("20 maj 2026", DATE)
N("09:05", TIME)
N("4 min", READ)
N("15", CNT)
N("2", CNT, pre="Kommentera (")
Y25 = T("under 2025", "2025-01-01", "2025-12-31")
ctx(subject="Sweden", source="SGU", time=Y25)
F("98 400 ton", "mass", 98400, "t", concept="copper mine production")
N("2025", YEAR)
F("4,1 procent", "percent", -4.1, "%", m="change", concept="copper mine production")
N("2024", "table column header (year)")
N("2025", "table column header (year)")
C24 = T("2024", "2024-01-01", "2024-12-31")
C25 = T("2025", "2025-01-01", "2025-12-31")
for a, b, scale, concept in [("102 600", "98 400", 1, "copper mine production"),
                             ("231 900", "244 300", 1, "zinc mine production"),
                             ("64 800", "61 200", 1, "lead mine production"),
                             ("417", "436", 1, "silver mine production"),
                             ("7 650", "7 980", 0.001, "gold mine production"),
                             ("36,2", "37,9", 1e6, "iron ore production")]:
    va = round(float(a.replace(" ", "").replace(",", ".")) * scale, 6)
    vb = round(float(b.replace(" ", "").replace(",", ".")) * scale, 6)
    F(a, "mass", va, "t", m="prior", concept=concept, time=C24)
    F(b, "mass", vb, "t", concept=concept, time=C25)
F("37,9 miljoner ton", "mass", 37.9e6, "t", concept="iron ore production")
F("drygt 5 procent", "percent", 5, "%", q="approx", m="change", concept="zinc mine production")
F("12", "count", 12, "mine", concept="metal mines in operation",
  time=T("vid årets slut", "2025-12-31"))
F("en färre", "count", -1, "mine", m="change", concept="metal mines in operation",
  time=T("vid årets slut", "2025-12-31"))
N("ett år tidigare", "time phrase naming the comparison period, not an amount")
F("ungefär 8\u00a0300 personer", "count", 8300, "person", q="approx",
  concept="mining industry employment")
F("52,6 miljarder kronor", "money", 52.6e9, "SEK", concept="value of metal mine production")
F("drygt 3 mdkr", "money", 3e9, "SEK", q="approx", m="change",
  concept="value of metal mine production")
N("2024", YEAR)
F("tre gruvor", "count", 3, "mine", source="Linnea Holm", concept="additional mines that could open",
  time=T("före 2030", "2026-05-20", "2029-12-31"))
N("2030", YEAR)
ctx(source=None)
F("åtta år", "duration", 8, "year", concept="mining concession processing time",
  time=T("i dag", "2026-05-20"))
F("högst fyra år", "duration", 4, "year", q="at_most", source="Swedish government", time=None,
  concept="target concession processing time")
N("12 månader", COOKIE)

# ---------------------------------------------------------------- sv_03 (2026-01-16, Friday)
doc("sv_03_metallpriser_veckan")
N("16 januari 2026", DATE)
N("16 jan. 2026", DATE)
N("kl. 17.45", TIME)
N("2 minuter", READ)
N("41", CNT)
N("6", CNT)
FRI = T("under fredagen", "2026-01-16")
ctx(subject="LME", source=None, time=FRI)
F("1,8 procent", "percent", 1.8, "%", m="change", concept="copper price")
F("12 960 dollar per ton", "money", 12960, "USD", per="t", concept="copper price")
F("drygt 4 procent", "percent", 4, "%", q="approx", m="change", concept="weekly copper price gain",
  time=None)
F("närmare 700 dollar per ton", "money", 700, "USD", q="approx", m="change", per="t",
  concept="copper price", time=T("Sedan årsskiftet", "2026-01-01", "2026-01-16"))
F("2,3 procent", "percent", -2.3, "%", m="change", concept="nickel price")
F("16 420 dollar per ton", "money", 16420, "USD", per="t", concept="nickel price")
F("3.400 ton", "mass", 3400, "t", m="change", concept="LME nickel stocks",
  time=T("under veckan", "2026-01-12", "2026-01-16"))
ctx(subject="Guangzhou Futures Exchange")
F("81.500 yuan per ton", "money", 81500, "CNY", per="t", concept="lithium carbonate futures price")
F("12 procent", "percent", 12, "%", m="change", concept="lithium carbonate futures price",
  time=T("sedan mitten av december", "2025-12-15", "2026-01-16"))
F("nästan tredubblats", "ratio", 3, "x", q="approx", m="change",
  concept="lithium carbonate futures price",
  time=T("sedan juni i fjol", "2025-06-01", "2026-01-16"))
ctx(subject=None)
F("25,40 dollar per pund", "money", 25.4, "USD", per="lb", concept="cobalt price")
F("612.000 yuan per ton", "money", 612000, "CNY", per="t", subject="China",
  concept="NdPr oxide price")
N("2023", YEAR)
F("+2,7 %", "percent", 2.7, "%", m="change", concept="silver price")
F("91,80 dollar per uns", "money", 91.8, "USD", per="oz", concept="silver price")
N("OMXS30", "index name with digits", pre="steg ")
ctx(subject="OMXS30")
F("0,6 procent", "percent", 0.6, "%", m="change", concept="index level")
F("2\u00a0734,18 punkter", "index", 2734.18, "point", concept="index level")
F("8,9 procent", "percent", 8.9, "%", m="change", subject="Bergstena", concept="share price")
F("15 000 ton", "mass", 15000, "t", m="change", subject="Bergstena",
  concept="zinc production forecast")
F("−3,4 %", "percent", -3.4, "%", m="change", subject="Kalvträsk", concept="share price")
ctx(subject=None, source="Anna Reuterskiöld")
F("13 500 dollar per ton", "money", 13500, "USD", per="t", concept="average copper price forecast",
  time=T("under andra kvartalet", "2026-04-01", "2026-06-30"))
F("mellan 150 000 och 200 000 ton", "mass", 150000, "t", hi=200000,
  concept="global copper deficit", time=T("i år", "2026-01-01", "2026-12-31"))
ctx(source=None)
F("omkring 2 procent per år", "percent", 2, "%", q="approx", m="change", per="year",
  concept="copper demand growth",
  time=T("fram till 2035", "2026-01-16", "2035-12-31"))
N("2035", YEAR)
N("minst 15 minuter", "page chrome: data delay notice")
N("Tio", LINK)

# ---------------------------------------------------------------- sv_04 (2025-12-03, Wednesday)
doc("sv_04_kina_sallsynta_jordartsmetaller")
N("3 december 2025", DATE)
N("3 dec. 2025", DATE)
N("07:00", TIME)
N("4 min", READ)
N("12", CNT)
N("9", CNT)
ctx(subject="China", source="China's customs", time=T("i oktober", "2025-10-01", "2025-10-31"))
F("26,4 procent", "percent", -26.4, "%", m="change", concept="rare earth magnet exports")
F("3 870 ton", "mass", 3870, "t", concept="rare earth magnet exports")
F("41 procent", "percent", -41, "%", m="change", concept="magnet exports to the EU")
ctx(source=None, time=T("Sedan april", "2025-04-01", "2025-12-03"))
F("sju medeltunga och tunga sällsynta jordartsmetaller", "count", 7, "rare earth element",
  concept="rare earths under export licensing")
F("ytterligare fem metaller", "count", 5, "metal", m="change",
  concept="metals added to control list",
  time=T("I oktober", "2025-10-01", "2025-10-31"))
F("ett år", "duration", 1, "year", pre="i ", concept="pause of new export rules", time=None)
F("flera hundra europeiska företag", "count", 200, "company", hi=900, opt=True,
  subject=None, source="branschorganisationer", time=None,
  concept="companies awaiting export licences")
ctx(subject="European Union", source="European Commission", time=None)
F("omkring 98 procent", "percent", 98, "%", q="approx",
  concept="share of magnets imported from China")
N("artikel 5", "legal article number")
N("2024/1252", "regulation number")
ctx(source="Critical Raw Materials Act", time=T("senast 2030", "2030-01-01", "2030-12-31"))
F("minst 10 procent", "percent", 10, "%", q="at_least", concept="domestic extraction benchmark")
F("minst 40 procent", "percent", 40, "%", q="at_least", concept="domestic processing benchmark")
F("minst 25 procent", "percent", 25, "%", q="at_least", concept="recycling benchmark")
N("2030", YEAR)
ctx(subject="Solvik", source="Solvik", time=None)
F("sex veckor", "duration", 6, "week", m="prior", concept="dysprosium delivery lead time")
F("närmare fyra månader", "duration", 4, "month", q="approx",
  concept="dysprosium delivery lead time")
CUR = T("tredje kvartalet", "2025-07-01", "2025-09-30")
PRI = T("motsvarande period i fjol", "2024-07-01", "2024-09-30")
F("214", "money", 214e6, "SEK", concept="net sales", time=CUR)
F("(236)", "money", 236e6, "SEK", m="prior", concept="net sales", time=PRI)
F("3,1", "percent", 3.1, "%", concept="operating margin", time=CUR)
F("(8,4)", "percent", 8.4, "%", m="prior", concept="operating margin", time=PRI)
F("högst 20 procent", "percent", 20, "%", q="at_most", subject="Europe",
  source="Johan Vikström", concept="rare earth self-sufficiency",
  time=T("år 2030", "2030-01-01", "2030-12-31"))
N("2030", YEAR)
ctx(subject=None, source=None)
F("mer än tredubblats", "ratio", 3, "x", q="more_than", m="change",
  concept="dysprosium oxide price outside China",
  time=T("sedan april", "2025-04-01", "2025-12-03"))
ctx(time=T("nu", "2025-12-03"))
F("runt 850 dollar per kilo", "money", 850, "USD", q="approx", per="kg",
  concept="dysprosium oxide price outside China")
F("knappt 1\u00a0700 yuan per kilo", "money", 1700, "CNY", q="approx", per="kg", subject="China",
  concept="domestic dysprosium oxide price")
F("3 miljarder euro", "money", 3e9, "EUR", subject="European Commission",
  source="European Commission", concept="RESourceEU funding",
  time=T("under det kommande året", "2025-12-03", "2026-12-03"))
N("18 månaders", LINK)
