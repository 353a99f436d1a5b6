"""Gold annotations for tests/holdout14, one block per article, rows in text order.

The helpers and row format of tests/holdout_tools/gold_rows.py: F(...) is a fact row, N(...)
a trap row.  ctx(...) sets the running context (subject, time, source) that later rows
inherit, mirroring the contract's rule that "a period set earlier in the passage carries
over"; a keyword on a single F(...) overrides it for that row only.  T(phrase, start,
end) is a time phrase as written plus the ISO period it names, resolved against the
document date.  direction is derived from the sign of a change.  Every article carries one
table, each in its own layout (en_01 Markdown pipes, en_02 glued cells, en_03 runs of
spaces with a date column, en_04 one cell per line, sv_01 a key-figures list, sv_02 tabs,
sv_03 slash-separated bullets, sv_04 semicolons with a date column); every numeric cell is
a fact whose measure follows its column (current column level, earlier column prior,
change column change) and every date or header cell with digits is a trap.  Unit
conversions are written out as expressions with the factors below.  See ../NOTES.md for
the judgement calls.
"""
from gold_rows import DOCS, F, N, T, ctx, doc  # noqa: F401 (tests/holdout_tools)

# conversion factors to the contract's canonical units
MPH = 1.609344                 # mph -> km/h
CM = 1e-5                      # centimetre -> km
INCH = 2.54e-5                 # inch -> km
KG = 1e-3                      # kilogram -> tonne
LB = 0.000453592               # pound (avoirdupois) -> tonne
GW = 1000                      # GW -> MW
W = 1e-6                       # watt -> MW
WH = 1e-6                      # watt-hour -> MWh
KWH = 1e-3                     # kWh -> MWh
TB = 1000                      # terabyte -> GB (decimal)
SUB = 0.01                     # cents, pence, öre -> main unit
BP = 0.01                      # basis point (baspunkt) -> percentage point
M = 1e6                        # million (A$m, Mkr, miljoner)
BN = 1e9                       # billion (mdkr, miljarder)


def hms(h, m, s):
    """A clock-style duration to seconds."""
    return h * 3600 + m * 60 + s


DATE = "date line, byline date or date cell"
CLOCK = "time of day in byline or text"
READ = "page chrome: reading time"
COUNTER = "page chrome: share/comment/like/photo counter"
YEAR = "year (a date, not a quantity)"
RELATED = "page chrome: related-article or most-read link"
PHONE = "phone number"
ORD = "ordinal or rank, not an amount"
NAME = "name, label or product code with digits"
PERIOD = "length of a period inside a time phrase, not a quantity"
LIST = "page chrome: list numbering in a most-read box"
CHROME = "page chrome: widget, update stamp, cookie banner, deal box or data-delay line"
TICKER = "page chrome: market ticker strip"
HEAD = "table header: period or column label"
ARTICLE = "article or pronoun 'one', not an amount"
ID = "identifier (bill number)"


# ---------------------------------------------------------------- en_01 (Markdown pipe table)
doc("en_01_karingal_lithium_quarter")
F("41%", "percent", 41, "%", m="change", subject="Karingal Lithium", concept="spodumene output")
N("Thursday 26 October 2028", DATE)
N("08:40 AWST", CLOCK)
N("11:15 AWST", CLOCK)
N("5 min read", READ)
N("31 comments", COUNTER)
Q3 = T("the September quarter", "2028-07-01", "2028-09-30")
ctx(subject="Karingal Lithium", source="Karingal Lithium", time=Q3)
F("41%", "percent", 41, "%", m="change", concept="spodumene output")
F("118,400 dry metric tonnes", "mass", 118400, "t", concept="spodumene concentrate output")
F("A$14.2 million", "money", 14.2 * M, "AUD", concept="net profit")
N("three months", PERIOD)
F("A$31.7 million", "money", 31.7 * M, "AUD", m="prior", concept="net loss",
  time=T("a year earlier", "2027-07-01", "2027-09-30"))
F("63%", "percent", 63, "%", m="change", concept="revenue")
F("A$287.5 million", "money", 287.5 * M, "AUD", concept="revenue")
F("US$1,020 a tonne", "money", 1020, "USD", m="prior", per="t", time=None,
  concept="average realised price")
F("US$1,385 a tonne", "money", 1385, "USD", per="t", concept="average realised price")
N("2027", YEAR)
ctx(source=None)
F("12%", "percent", -12, "%", m="change", concept="all-in sustaining costs")
F("A$742 a tonne", "money", 742, "AUD", per="t", concept="all-in sustaining cost")
FY29 = T("the 2029 financial year", "2028-07-01", "2029-06-30")
ctx(source="Fiona Ridgeway", time=FY29)
N("2029", YEAR)
F("between A$700 and A$760 a tonne", "money", 700, "AUD", hi=760, per="t",
  concept="cost guidance")
F("430,000 to 460,000 tonnes", "mass", 430000, "t", hi=460000, concept="production forecast")
F("about 400,000 tonnes", "mass", 400000, "t", q="approx", m="prior",
  concept="previous production forecast")
ctx(source=None, time=None)
F("A$412 million", "money", 412 * M, "AUD", concept="cash holdings")
F("3.5 Australian cents a share", "money", 3.5 * SUB, "AUD", per="share",
  concept="maiden dividend")
N("December 14", DATE)
ctx(time=T("by midday", "2028-10-26"))
F("9.8%", "percent", 9.8, "%", m="change", concept="share price change")
F("A$2.46", "money", 2.46, "AUD", concept="share price")
F("roughly A$1.9 billion", "money", 1.9 * BN, "AUD", q="approx", concept="market value")
# table: | Metric | Unit | Q3 2028 | Q3 2027 | Change |
N("Q3 2028", HEAD)
N("Q3 2027", HEAD)
L28 = T("Q3 2028", "2028-07-01", "2028-09-30")
P27 = T("Q3 2027", "2027-07-01", "2027-09-30")
ctx(subject="Karingal Lithium", source="Karingal Lithium", time=L28)
F("118,400", "mass", 118400, "t", concept="spodumene produced")
F("84,000", "mass", 84000, "t", m="prior", time=P27, concept="spodumene produced")
F("+41%", "percent", 41, "%", m="change", time=None, concept="spodumene produced")
F("1,385", "money", 1385, "USD", per="t", concept="realised price")
F("1,020", "money", 1020, "USD", per="t", m="prior", time=P27, concept="realised price")
F("+36%", "percent", 36, "%", m="change", time=None, concept="realised price")
F("287.5", "money", 287.5 * M, "AUD", concept="revenue")
F("176.4", "money", 176.4 * M, "AUD", m="prior", time=P27, concept="revenue")
F("+63%", "percent", 63, "%", m="change", time=None, concept="revenue")
F("742", "money", 742, "AUD", per="t", concept="all-in sustaining cost")
F("843", "money", 843, "AUD", per="t", m="prior", time=P27, concept="all-in sustaining cost")
F("-12%", "percent", -12, "%", m="change", time=None, concept="all-in sustaining cost")
F("38.2", "percent", 38.2, "%", concept="EBITDA margin")
F("9.6", "percent", 9.6, "%", m="prior", time=P27, concept="EBITDA margin")
F("+28.6 pts", "percent", 28.6, "pp", m="change", time=None, concept="EBITDA margin")
F("14.2", "money", 14.2 * M, "AUD", concept="net profit")
F("(31.7)", "money", -31.7 * M, "AUD", m="prior", time=P27, concept="net profit")
N("Q3", HEAD, pre="Karingal Lithium. ")
N("September 30", DATE)
ctx(subject=None, source=None, time=T("in 2027", "2027-01-01", "2027-12-31"))
F("below US$800 a tonne", "money", 800, "USD", q="less_than", per="t", concept="spodumene price")
N("2027", YEAR)
ctx(source="Brindle Partners", time=T("next year", "2029-01-01", "2029-12-31"))
F("US$1,450 a tonne", "money", 1450, "USD", per="t", concept="average spodumene price forecast")
F("25% to 30% a year", "percent", 25, "%", hi=30, m="change", per="year",
  time=T("through 2032", "2028-10-26", "2032-12-31"), concept="battery demand growth")
N("2032", YEAR)
F("Two", "count", 2, "mine", subject="Australia", time=None, concept="restarted hard-rock mines")
F("six", "count", 6, "mine", subject="Australia", time=T("in 2027", "2027-01-01", "2027-12-31"),
  concept="closed hard-rock mines")
N("2027", YEAR)
ctx(subject="Karingal Lithium", source="Fiona Ridgeway", time=None)
F("three potential partners", "count", 3, "partner", concept="potential refinery partners")
F("A$600 million", "money", 600 * M, "AUD", concept="hydroxide refinery cost")
N("18 months", PERIOD)
F("US$1,000 a tonne", "money", 1000, "USD", per="t", subject=None,
  concept="spodumene price too low to build")
N("Lithium's 5-year low", RELATED)
N("Top 10 ASX miners by output", RELATED)
N("1.", LIST)
N("2.", LIST)
N("Iron ore slips below $100", RELATED)
N("2028", YEAR)


# ---------------------------------------------------------------- en_02 (ticker strip, glued table)
doc("en_02_rare_earth_curbs_minerals_pact")
N("CU 9,412.50 ▲0.8%", TICKER)
N("NI 16,420 ▼1.2%", TICKER)
N("AL 2,318 ▲0.3%", TICKER)
N("GOLD 2,386.10 ▲0.2%", TICKER)
N("BRENT 84.12 ▼0.6%", TICKER)
N("AUD/USD 0.6612 ▲0.1%", TICKER)
N("Tuesday, March 13, 2029", DATE)
N("18:42 GMT", CLOCK)
F("seven more elements", "count", 7, "rare earth element", m="change", subject="China",
  concept="rare earths under export control")
N("6 min read", READ)
N("Share 1.2K", COUNTER)
TUE = T("on Tuesday", "2029-03-13")
ctx(subject="China", source="Ministry of Commerce", time=TUE)
F("seven", "count", 7, "rare earth element", m="change", concept="elements added to control list")
F("19", "count", 19, "rare earth element", concept="elements needing export licence")
F("more than 0.1%", "percent", 0.1, "%", q="more_than", time=None,
  concept="licensing threshold share of value")
F("up to 45 working days", "duration", 45, "day", q="up_to", time=None,
  concept="licence approval time")
ctx(source="US Geological Survey", time=T("last year", "2028-01-01", "2028-12-31"))
F("about 270,000 tonnes", "mass", 270000, "t", q="approx", concept="rare earth oxide mining output")
F("roughly 69%", "percent", 69, "%", q="approx", concept="share of world rare earth mining")
F("close to 90%", "percent", 90, "%", q="approx", concept="share of rare earth refining")
ctx(source="China's customs", time=T("in February", "2029-02-01", "2029-02-28"))
F("18.4%", "percent", -18.4, "%", m="change", concept="rare earth magnet exports")
F("4,105 tonnes", "mass", 4105, "t", concept="rare earth magnet exports")
ctx(subject=None, source=None, time=None)
F("US$8.5 billion", "money", 8.5 * BN, "USD", concept="minerals agreement value")
N("five years", PERIOD)
F("up to 2,000 tonnes a year", "mass", 2000, "t", q="up_to", per="year", subject="United States",
  concept="NdPr oxide purchases")
F("US$110 per kilogram", "money", 110, "USD", per="kg", subject="United States",
  concept="NdPr oxide floor price")
F("double", "ratio", 2, "x", concept="floor price versus Chinese price")
N("2027", YEAR)
F("A$1.2 billion", "money", 1.2 * BN, "AUD", subject="Australia",
  concept="processing hub investment")
F("1,400 jobs", "count", 1400, "job", subject="Australia", concept="jobs from processing hub")
ctx(subject="Banksia Rare Earths", time=TUE)
F("a third", "percent", 100 / 3, "%", time=None, concept="targeted share of US purchases")
F("11.2%", "percent", 11.2, "%", m="change", concept="share price change")
F("A$4.87", "money", 4.87, "AUD", concept="share price")
ctx(subject="Ningjin Magnetics")
F("3%", "percent", -3, "%", m="change", concept="share price change")
F("more than a dozen", "count", 12, "customer", q="more_than", source="Ningjin Magnetics",
  time=None, concept="customers seeking supply guarantees")
ctx(subject="London Metal Exchange", source=None, time=TUE)
F("1.2%", "percent", -1.2, "%", m="change", concept="nickel price change")
F("$16,420 a tonne", "money", 16420, "USD", per="t", concept="nickel price")
N("2029", YEAR)
F("240 million wet tonnes", "mass", 240 * M, "t", subject="Indonesia",
  time=T("2029", "2029-01-01", "2029-12-31"), concept="nickel ore quota")
F("220 million", "mass", 220 * M, "t", m="prior", subject="Indonesia", time=None,
  concept="nickel ore quota")
F("0.8%", "percent", 0.8, "%", m="change", concept="copper price change")
F("$9,412.50", "money", 9412.50, "USD", per="t", concept="copper price")
N("six weeks", PERIOD)
F("1.6%", "percent", 1.6, "%", m="change", concept="tin price change")
F("$31,200 a tonne", "money", 31200, "USD", per="t", concept="cobalt price")
F("less than half", "percent", 50, "%", q="less_than", opt=True, time=None,
  concept="cobalt price versus 2022 peak")
N("2022", YEAR)
# glued table: MetalCashChange % (US$ per tonne)
N("March 13", DATE)
M13 = T("March 13", "2029-03-13")
ctx(subject=None, source="LME", time=M13)
for metal, price, chg in (("Copper", "9,412.50", "+0.8"), ("Nickel", "16,420", "-1.2"),
                          ("Aluminium", "2,318", "+0.3"), ("Zinc", "2,746", "-0.4"),
                          ("Tin", "29,875", "+1.6"), ("Cobalt", "31,200", "-0.5")):
    F(price, "money", float(price.replace(",", "")), "USD", per="t", pre=metal,
      concept=f"{metal.lower()} cash price")
    F(chg, "percent", float(chg), "%", m="change", pre=price, time=None,
      concept=f"{metal.lower()} price change")
ctx(subject="China", source="Mei Anderson", time=T("in the second quarter", "2029-04-01", "2029-06-30"))
F("20% to 30%", "percent", -30, "%", hi=-20, m="change", concept="export licences granted")
N("second", ORD)
N("at least 15 minutes", CHROME)
N("1.", LIST)
N("Copper's 3 biggest risks in 2029", RELATED)
N("2.", LIST)
N("Why 737 MAX deliveries stalled again", RELATED)
N("7am", CLOCK)


# ---------------------------------------------------------------- en_03 (runs of spaces, date column)
doc("en_03_storm_edda_rail_power")
F("1,140 flights", "count", 1140, "flight", concept="cancelled flights")
F("94mph", "speed", 94 * MPH, "km/h", concept="maximum wind gust")
N("Monday 22 January 2029", DATE)
N("10:25 GMT", CLOCK)
N("2 hours ago", CHROME)
N("📷 Photos: 12", COUNTER)
N("💬 214", COUNTER)
SUN = T("on Sunday", "2029-01-21")
ctx(subject="Cumbria", source="Met Office", time=SUN)
F("up to 94mph", "speed", 94 * MPH, "km/h", q="up_to", concept="wind gusts")
F("as much as 35cm", "length", 35 * CM, "km", q="up_to", subject=None, concept="snowfall")
F("minus 14.2C", "temperature", -14.2, "°C", subject="Altnaharra", concept="minimum temperature")
N("two years", PERIOD)
ctx(subject="Northern Cross Rail", source=None, time=SUN)
F("412", "count", 412, "service", concept="cancelled train services")
F("2,600", "count", 2600, "service", concept="scheduled train services")
F("61.4%", "percent", 61.4, "%", concept="punctuality of trains run")
F("within five minutes", "duration", 5, "minute", q="at_most", opt=True, time=None,
  concept="punctuality threshold")
F("88.9%", "percent", 88.9, "%", m="prior", time=None, concept="normal weekday punctuality")
ctx(source="Northern Cross Rail", time=None)
F("at least three more days", "duration", 3, "day", q="at_least", m="change",
  concept="replacement bus service")
F("14 km", "length", 14, "km", concept="overhead wires to repair")
F("more than £6 million", "money", 6 * M, "GBP", q="more_than", concept="repair cost")
ctx(subject=None, source=None, time=T("over the weekend", "2029-01-20", "2029-01-21"))
F("1,140 flights", "count", 1140, "flight", concept="cancelled flights")
F("about 18%", "percent", 18, "%", q="approx", concept="share of flights cancelled")
F("up to £250", "money", 250, "GBP", q="up_to", source="Airlines", time=None,
  concept="passenger hotel and meal claims")
ctx(subject="United Kingdom", source="National Energy System Operator",
    time=T("on Sunday evening", "2029-01-21"))
F("47.3GW", "power", 47.3 * GW, "MW", concept="peak electricity demand")
N("2010", YEAR)
MON = T("for Monday", "2029-01-22")
F("31.2p per kilowatt hour", "money", 31.2 * SUB, "GBP", per="kWh", time=MON,
  concept="wholesale power price")
F("nearly three times", "ratio", 3, "x", q="approx", time=MON,
  concept="power price versus last week")
ctx(subject="Northern England", source="Pennine Networks",
    time=T("on Monday morning", "2029-01-22"))
F("About 38,000 homes", "count", 38000, "home", q="approx", concept="homes without power")
F("140,000", "count", 140000, "home", m="prior", time=None, concept="homes without power")
# table: Date | Max gust (mph) | Snow (cm) | Trains cancelled | On time (%)
for day, iso, gust, snow, cancelled, ontime in (
        ("Sat 20 Jan", "2029-01-20", 71, 12, 188, 79.5),
        ("Sun 21 Jan", "2029-01-21", 94, 35, 412, 61.4),
        ("Mon 22 Jan", "2029-01-22", 58, 8, 265, 70.2)):
    N(day, DATE)
    row = T(day, iso)
    F(str(gust), "speed", gust * MPH, "km/h", subject=None, source="Met Office", time=row,
      concept="maximum wind gust")
    F(str(snow), "length", snow * CM, "km", subject=None, source="Met Office", time=row,
      concept="snowfall")
    F(str(cancelled), "count", cancelled, "train", subject="Northern Cross Rail",
      source="Northern Cross Rail", time=row, concept="cancelled trains")
    F(str(ontime), "percent", ontime, "%", subject="Northern Cross Rail",
      source="Northern Cross Rail", time=row, concept="trains on time")
N("10:00", CLOCK)
ctx(subject=None, source=None, time=None)
F("Two", "count", 2, "match", subject="Premier League", concept="postponed Premier League matches")
ctx(source="Met Office")
F("23 flood warnings", "count", 23, "flood warning", concept="flood warnings issued")
F("10 to 20 cm", "length", 10 * CM, "km", hi=20 * CM, m="change", subject="Pennines",
  time=T("by Wednesday", "2029-01-22", "2029-01-24"), concept="additional snowfall")
N("105", PHONE)
N("5 ways to keep your home warm in a power cut", RELATED)
N("1,873 shares", COUNTER)


# ---------------------------------------------------------------- en_04 (one cell per line)
doc("en_04_laptop_prices_memory_shortage")
F("three", "count", 3, "model", concept="laptop models tested")
F("14-inch", "length", 14 * INCH, "km", concept="screen size")
N("Friday 18 May 2029", DATE)
N("7 min read", READ)
N("★★★★☆ 4.2 (318 ratings)", CHROME)
ctx(subject="United States", source="Quillon Data",
    time=T("since January", "2029-01-01", "2029-05-18"))
F("about 11%", "percent", 11, "%", q="approx", m="change", concept="laptop prices")
YR = T("in a year", "2028-05-18", "2029-05-18")
ctx(subject=None, time=YR)
F("16GB", "data", 16, "GB", time=None, concept="memory module capacity")
N("DDR5", NAME)
F("more than doubled", "ratio", 2, "x", q="more_than", m="change",
  concept="memory module contract prices")
F("around $96", "money", 96, "USD", q="approx", concept="memory module contract price")
F("8% to 10%", "percent", 8, "%", hi=10, m="change",
  time=T("in the third quarter", "2029-07-01", "2029-09-30"), concept="memory price rise forecast")
N("third", ORD)
ctx(subject=None, source=None, time=None)
F("three", "count", 3, "machine", concept="laptops tested")
F("14-inch", "length", 14 * INCH, "km", concept="screen size")
F("less than $1,500", "money", 1500, "USD", q="less_than", concept="price limit of tested laptops")
ctx(subject="Corvid")
N("Corvid Air 14", NAME)
F("1.18 kg", "mass", 1.18 * KG, "t", concept="laptop weight")
F("2.6 lb", "mass", 2.6 * LB, "t", concept="laptop weight")
F("62Wh", "energy", 62 * WH, "MWh", concept="battery capacity")
F("14 hours 30 minutes", "duration", 14 * 60 + 30, "minute", concept="battery life in video test")
F("120Hz", "frequency", 120, "Hz", concept="screen refresh rate")
F("$1,299", "money", 1299, "USD", concept="laptop price")
F("$1,149", "money", 1149, "USD", m="prior", time=T("a year ago", "2028-05-18"),
  concept="laptop price")
F("16GB", "data", 16, "GB", concept="memory")
F("512GB", "data", 512, "GB", concept="storage capacity")
ctx(subject="Halvard")
N("Halvard Pro 14", NAME)
F("$1,449", "money", 1449, "USD", concept="laptop price")
F("75Wh", "energy", 75 * WH, "MWh", concept="battery capacity")
F("17 hours 12 minutes", "duration", 17 * 60 + 12, "minute", concept="battery life in video test")
F("up to 100W", "power", 100 * W, "MW", q="up_to", concept="charging power")
F("50%", "percent", 50, "%", concept="battery charge level")
F("28 minutes", "duration", 28, "minute", concept="charging time to half")
F("€1,599", "money", 1599, "EUR", concept="laptop price in Europe")
F("SEK 17,990", "money", 17990, "SEK", concept="laptop price in Sweden")
ctx(subject="Tessel")
N("Tessel Book S4", NAME)
F("$1,099", "money", 1099, "USD", concept="laptop price")
F("$100", "money", -100, "USD", m="change", concept="price versus predecessor")
N("S3", NAME)
F("56Wh", "energy", 56 * WH, "MWh", concept="battery capacity")
F("just under 12 hours", "duration", 12, "hour", q="approx", concept="battery life in video test")
F("1.29 kg", "mass", 1.29 * KG, "t", concept="laptop weight")
F("1TB", "data", 1 * TB, "GB", concept="storage capacity")
# table: Model / Price (US$) / Year ago (US$) / Weight (kg) / Battery life (h)
CHK = T("on May 16", "2029-05-16")
AGO = T("Year ago", "2028-05-16")
ctx(source=None, time=None)
for model, brand, price, ago, kg, hours in (
        ("Corvid Air 14", "Corvid", "1,299", "1,149", "1.18", "14.5"),
        ("Halvard Pro 14", "Halvard", "1,449", "1,349", "1.36", "17.2"),
        ("Tessel Book S4", "Tessel", "1,099", "1,199", "1.29", "11.8")):
    N(model, NAME)
    F(price, "money", float(price.replace(",", "")), "USD", subject=brand, time=CHK,
      concept="laptop price")
    F(ago, "money", float(ago.replace(",", "")), "USD", m="prior", subject=brand, time=AGO,
      concept="laptop price")
    F(kg, "mass", float(kg) * KG, "t", subject=brand, concept="laptop weight")
    F(hours, "duration", float(hours), "hour", subject=brand, concept="battery life in video test")
F("200 nits", "count", 200, "nit", opt=True, subject=None, concept="screen brightness in test")
N("May 16", DATE)
ctx(subject=None, source="Quillon Data",
    time=T("in the first quarter", "2029-01-01", "2029-03-31"))
F("6.5%", "percent", -6.5, "%", m="change", concept="premium laptop shipments")
N("first", ORD)
F("9.8 million units", "count", 9.8 * M, "unit", concept="premium laptop shipments")
N("two years", PERIOD)
N("one", ARTICLE, pre="buy ")
N("Save $200 on the Halvard Pro 14 with code SPRING29", CHROME)
N("1.", LIST)
N("Best phones under $500", RELATED)
N("2.", LIST)
N("Wi-Fi 7", NAME)
N("3.", LIST)
N("5G", NAME)


# ---------------------------------------------------------------- sv_01 (key-figures list)
doc("sv_01_norrbergs_metall_kvartal")
F("8,6 procent", "percent", 8.6, "%", m="change", subject="Norrbergs Metall",
  concept="copper production")
N("Onsdag 25 oktober 2028", DATE)
N("kl. 07.32", CLOCK)
N("kl. 09.05", CLOCK)
N("Lästid 3 min", READ)
N("👍 56", COUNTER)
KV3 = T("tredje kvartalet", "2028-07-01", "2028-09-30")
ctx(subject="Norrbergs Metall", source="Norrbergs Metall", time=KV3)
F("214 miljoner kronor", "money", 214 * M, "SEK", concept="operating profit")
N("tredje", ORD)
F("37 miljoner kronor", "money", 37 * M, "SEK", m="prior", concept="operating loss",
  time=T("samma period i fjol", "2027-07-01", "2027-09-30"))
F("21,5 procent", "percent", 21.5, "%", m="change", concept="net sales")
F("1,84 miljarder kronor", "money", 1.84 * BN, "SEK", concept="net sales")
F("8,6 procent", "percent", 8.6, "%", m="change", concept="copper production")
F("6{NBSP}420 ton", "mass", 6420, "t", concept="copper production")
F("drygt 4 procent", "percent", -4, "%", q="approx", m="change", concept="nickel production")
F("9{NBSP}180 dollar per ton", "money", 9180, "USD", per="t",
  time=T("under kvartalet", "2028-07-01", "2028-09-30"), concept="average copper price")
F("8{NBSP}240 dollar", "money", 8240, "USD", m="prior", per="t",
  time=T("ett år tidigare", "2027-07-01", "2027-09-30"), concept="average copper price")
# key figures: "Label, unit: current (year earlier)"
N("tredje", ORD)
N("2028", YEAR)
LV = T("tredje kvartalet 2028", "2028-07-01", "2028-09-30")
PR = T("föregående år", "2027-07-01", "2027-09-30")
ctx(subject="Norrbergs Metall", source="Norrbergs Metall", time=LV)
for now, before, kind, f, unit, per, concept in (
        ("1{NBSP}842", "1{NBSP}516", "money", M, "SEK", None, "net sales"),
        ("214", "−37", "money", M, "SEK", None, "operating profit"),
        ("131", "−68", "money", M, "SEK", None, "profit after tax"),
        ("388", "96", "money", M, "SEK", None, "operating cash flow"),
        ("6{NBSP}420", "5{NBSP}910", "mass", 1, "t", None, "copper production"),
        ("1{NBSP}185", "1{NBSP}240", "mass", 1, "t", None, "nickel production"),
        ("41,3", "36,8", "percent", 1, "%", None, "equity ratio"),
        ("0,94", "−0,49", "money", 1, "SEK", "share", "earnings per share")):
    def num(s):
        return float(s.replace("{NBSP}", "").replace("−", "-").replace(",", "."))
    F(now, kind, num(now) * f, unit, per=per, concept=concept)
    F(before, kind, num(before) * f, unit, per=per, m="prior", time=PR, concept=concept)
HEL = T("helåret", "2028-01-01", "2028-12-31")
ctx(time=HEL)
F("25{NBSP}000–26{NBSP}500 ton", "mass", 25000, "t", hi=26500, concept="copper production forecast")
F("24{NBSP}000 ton", "mass", 24000, "t", m="prior", concept="previous copper production forecast")
F("cirka 2,3 miljarder kronor", "money", 2.3 * BN, "SEK", q="approx", source="Karin Lidström",
  time=T("de kommande tre åren", "2028-10-25", "2031-10-25"), concept="planned investment")
N("tre åren", PERIOD)
ctx(source=None, time=None)
F("85 miljoner euro", "money", 85 * M, "EUR", concept="European Investment Bank loan")
F("600 miljoner norska kronor", "money", 600 * M, "NOK", concept="credit facility")
F("540", "count", 540, "employee", m="prior", concept="employees")
F("640", "count", 640, "employee", time=T("på ett år", "2027-10-25", "2028-10-25"),
  concept="employees")
N("ett år", PERIOD)
ctx(time=T("under förmiddagen", "2028-10-25"))
F("7,8 procent", "percent", 7.8, "%", m="change", concept="share price change")
F("46,20 kronor", "money", 46.20, "SEK", concept="share price")
ctx(subject=None, source="Sofia Bergman", time=T("nästa år", "2029-01-01", "2029-12-31"))
F("10{NBSP}500 dollar per ton", "money", 10500, "USD", per="t", concept="copper price forecast")
F("ungefär 15 procent", "percent", 15, "%", q="approx", m="change",
  concept="forecast versus current copper price")
F("två", "count", 2, "mine", time=None, concept="mines with production halts")
N("3 råvaror att hålla koll på 2029", RELATED)
N("1.", LIST)
N("2.", LIST)
N("186 partner", CHROME)
N("0920-55 43 10", PHONE)


# ---------------------------------------------------------------- sv_02 (tab-separated table)
doc("sv_02_grafit_exportkontroll_kina")
F("32 procent", "percent", 32, "%", m="change", concept="spherical graphite price")
N("ett år", PERIOD)
N("Torsdag 7 december 2028", DATE)
N("11.48", CLOCK)
N("Lästid: 4 minuter", READ)
N("Dela 73", COUNTER)
ctx(subject="China", source="Ministry of Commerce", time=None)
F("över 99,9 procent", "percent", 99.9, "%", q="more_than", concept="graphite purity threshold")
N("1 februari", DATE)
F("ett dussin", "count", 12, "type", concept="anode material types covered")
ctx(source="IEA")
F("omkring 77 procent", "percent", 77, "%", q="approx", concept="share of graphite mining")
F("mer än 95 procent", "percent", 95, "%", q="more_than",
  concept="share of anode material production")
ctx(source="China's customs", time=T("i november", "2028-11-01", "2028-11-30"))
F("31 procent", "percent", -31, "%", m="change", concept="graphite exports")
F("9{NBSP}870 ton", "mass", 9870, "t", concept="graphite exports")
ctx(subject=None, source="Kvarts Insikt", time=None)
F("2 610", "money", 2610, "USD", m="prior", per="t", concept="spherical graphite price")
F("3 450 dollar per ton", "money", 3450, "USD", per="t",
  time=T("på ett år", "2027-12-07", "2028-12-07"), concept="spherical graphite price")
N("ett år", PERIOD)
F("nästan tre gånger", "ratio", 3, "x", q="approx", time=T("i dag", "2028-12-07"),
  concept="non-Chinese graphite price premium")
# table: Material | Enhet | Senast | För ett år sedan | Förändring, %
LV = T("per den 6 december", "2028-12-06")
PR = T("För ett år sedan", "2027-12-06")
ctx(subject=None, source="Kvarts Insikt", time=LV)
F("94 %", "percent", 94, "%", opt=True, time=None, concept="flake graphite carbon content")
for name, per, now, before, chg in (
        ("flake graphite", "t", "1 120", "780", "+43,6"),
        ("spherical graphite", "t", "3 450", "2 610", "+32,2"),
        ("lithium carbonate", "t", "11 250", "9 860", "+14,1"),
        ("cobalt", "lb", "16,40", "15,10", "+8,6"),
        ("nickel sulphate", "t", "3 980", "4 350", "−8,5")):
    def num(s):
        return float(s.replace(" ", "").replace("−", "-").replace(",", "."))
    F(now, "money", num(now), "USD", per=per, concept=f"{name} price")
    F(before, "money", num(before), "USD", per=per, m="prior", time=PR, concept=f"{name} price")
    F(chg, "percent", num(chg), "%", m="change", time=None, concept=f"{name} price")
N("6 december", DATE)
ctx(subject="Vitberg Grafit", source=None, time=None)
F("45 000 ton", "mass", 45000, "t", per="year", time=T("från 2031", "2031-01-01", "2031-12-31"),
  concept="planned graphite concentrate output")
N("2031", YEAR)
F("3,6 miljarder kronor", "money", 3.6 * BN, "SEK", concept="mine investment")
F("120 miljoner euro", "money", 120 * M, "EUR", concept="loan")
F("mellan 250 och 300", "count", 250, "job", hi=300, source="Jokkmokk Municipality",
  concept="new jobs from mine")
ctx(time=T("på onsdagen", "2028-12-06"))
F("24 procent", "percent", 24, "%", m="change", concept="share price change")
F("18,35 kronor", "money", 18.35, "SEK", concept="share price")
F("mer än fördubblats", "ratio", 2, "x", q="more_than", m="change",
  time=T("sedan i somras", "2028-06-01", "2028-12-07"), concept="share price")
N("1.", LIST)
N("Kinas nya exportlista: 7 frågor och svar", RELATED)
N("2.", LIST)
N("214 partner", CHROME)
N("08-555 123 40", PHONE)


# ---------------------------------------------------------------- sv_03 (slash-separated bullets)
doc("sv_03_esv_statsbudget_underskott")
F("38 miljarder", "money", 38 * BN, "SEK", subject="Sweden", source="ESV",
  concept="central government budget deficit")
N("Torsdag 21 september 2028", DATE)
N("10.02", CLOCK)
N("Lästid: 4 min", READ)
N("💬 88", COUNTER)
IAR = T("i år", "2028-01-01", "2028-12-31")
NASTA = T("nästa år", "2029-01-01", "2029-12-31")
Y29 = T("2029", "2029-01-01", "2029-12-31")
ctx(subject="Sweden", source="ESV")
F("12,6 miljarder kronor", "money", 12.6 * BN, "SEK", m="prior", time=IAR,
  concept="central government budget surplus")
F("38,4 miljarder kronor", "money", 38.4 * BN, "SEK", time=NASTA,
  concept="central government budget deficit")
ctx(time=NASTA)
F("drygt 1,18 biljoner kronor", "money", 1.18e12, "SEK", q="approx",
  concept="central government debt")
F("17,9 procent", "percent", 17.9, "%", concept="government debt share of GDP")
F("8,5 procent", "percent", 8.5, "%", m="prior", time=IAR, concept="unemployment rate")
F("8,1 procent", "percent", 8.1, "%", time=Y29, concept="unemployment rate")
N("2029", YEAR)
F("1,9 procent", "percent", 1.9, "%", time=Y29, concept="inflation rate")
ctx(source=None, time=None)
N("2028/29:1", ID)
F("14 miljarder kronor", "money", 14 * BN, "SEK", m="change", subject="Swedish Armed Forces",
  concept="extra defence funding")
F("3,5 miljarder", "money", 3.5 * BN, "SEK", m="change", subject="Swedish Police Authority",
  concept="extra police funding")
F("12", "percent", 12, "%", m="prior", concept="VAT rate on food")
F("6 procent", "percent", 6, "%", concept="VAT rate on food")
F("tolv månader", "duration", 12, "month", opt=True, concept="length of temporary VAT cut")
F("cirka 22 miljarder kronor", "money", 22 * BN, "SEK", q="approx", concept="cost of VAT cut")
F("9 miljarder kronor", "money", 9 * BN, "SEK", concept="earned income tax credit expansion")
# table: "2029 / 2028 / Förändring" bullets, unit in the row label
N("2029", HEAD)
N("2028", HEAD)
PR28 = T("2028", "2028-01-01", "2028-12-31")
ctx(subject="Sweden", source="ESV", time=Y29)
for now, before, chg, kind, f, unit, cunit, concept in (
        ("−38,4", "12,6", "−51,0", "money", BN, "SEK", "SEK", "budget balance"),
        ("1{NBSP}182", "1{NBSP}121", "+61", "money", BN, "SEK", "SEK", "central government debt"),
        ("17,9", "17,6", "+0,3 procentenheter", "percent", 1, "%", "pp",
         "government debt share of GDP"),
        ("8,1", "8,5", "−0,4 procentenheter", "percent", 1, "%", "pp", "unemployment rate"),
        ("−0,6", "0,2", "−0,8 procentenheter", "percent", 1, "%", "pp",
         "general government net lending")):
    def num(s):
        s = s.replace(" procentenheter", "").replace("{NBSP}", "").replace("−", "-")
        return float(s.replace(",", "."))
    F(now, kind, num(now) * f, unit, concept=concept)
    F(before, kind, num(before) * f, unit, m="prior", time=PR28, concept=concept)
    F(chg, kind, num(chg) * f, cunit, m="change", time=None, concept=concept)
ctx(subject="Swedish municipalities and regions", source=None, time=None)
F("6 miljarder kronor", "money", 6 * BN, "SEK", m="change", concept="extra general government grants")
ctx(subject="Swedish municipalities", source="Annika Wallin", time=NASTA)
F("Var tredje", "percent", 100 / 3, "%", concept="municipalities expecting a deficit")
F("minst 15 miljarder kronor", "money", 15 * BN, "SEK", q="at_least",
  subject="Swedish municipalities and regions", concept="extra funding needed for welfare")
ctx(subject="Riksgälden", source="Riksgälden")
F("145 miljarder kronor", "money", 145 * BN, "SEK", concept="central government borrowing")
F("98 miljarder", "money", 98 * BN, "SEK", m="prior", time=IAR,
  concept="central government borrowing")
ctx(subject="Riksbank", source=None, time=T("på onsdagen", "2028-09-20"))
F("1,75 procent", "percent", 1.75, "%", concept="policy rate")
F("25 baspunkter", "percent", -25 * BP, "pp", m="change",
  time=T("i juni", "2028-06-01", "2028-06-30"), concept="policy rate")
N("5 frågor om matmomsen", RELATED)
N("Så påverkas din plånbok 2029", RELATED)
N("1.", LIST)
N("2.", LIST)
N("08-555 210 90", PHONE)


# ---------------------------------------------------------------- sv_04 (semicolons, date column)
doc("sv_04_rekordkyla_elpris_alvdalsloppet")
F("en vecka", "duration", 1, "week", opt=True, subject="Älvdalsloppet",
  concept="race postponement")
N("Måndag 5 februari 2029", DATE)
N("kl. 06.45", CLOCK)
N("kl. 08.20", CLOCK)
N("Lästid 3 min", READ)
N("📷 8 bilder", COUNTER)
N("Dela 41", COUNTER)
ctx(subject="Naimakka", source="SMHI",
    time=T("Natten mot söndagen", "2029-02-03", "2029-02-04"))
F("−41,3 grader", "temperature", -41.3, "°C", concept="lowest temperature")
F("minus 33 grader", "temperature", -33, "°C", subject="Luleå", concept="temperature")
F("mellan 30 och 35 minusgrader", "temperature", -35, "°C", hi=-30, subject="Norrbotten",
  time=T("åtminstone till onsdag", "2029-02-05", "2029-02-07"), concept="forecast temperature")
ctx(subject="Sweden", source="Svenska kraftnät", time=T("på fredagsmorgonen", "2029-02-02"))
F("27{NBSP}150 megawatt", "power", 27150, "MW", concept="peak electricity consumption")
N("kl. 8 och 9", CLOCK)
N("första", ORD)
F("562 megawatt", "power", 562, "MW", subject="Svenska kraftnät", concept="power reserve capacity")
F("upp till 3 400 MW", "power", 3400, "MW", q="up_to", concept="electricity imports")
ctx(subject="SE3", source=None, time=T("på lördagen", "2029-02-03"))
N("3", NAME, pre="elområde ")
F("1,89 kronor per kilowattimme", "money", 1.89, "SEK", per="kWh", concept="average spot price")
F("nästan fyra gånger", "ratio", 4, "x", q="approx", concept="spot price versus a week earlier")
N("en vecka", PERIOD)
ctx(subject=None, source="Elkollen", time=T("i februari", "2029-02-01", "2029-02-28"))
F("3{NBSP}000 kilowattimmar", "energy", 3000 * KWH, "MWh", concept="household electricity use")
F("över 6 000 kronor", "money", 6000, "SEK", q="more_than", concept="monthly electricity bill")
# table: Datum;SE1;SE3;SE4;Förändring SE3, %  (öre/kWh in the caption)
N("SE1", HEAD)
N("SE3", HEAD)
N("SE4", HEAD)
N("SE3", HEAD)
ctx(source="Nord Pool")
for iso, se1, se3, se4, chg in (
        ("2029-02-01", "41,20", "96,35", "118,90", "+8,2"),
        ("2029-02-02", "55,75", "142,10", "171,40", "+47,5"),
        ("2029-02-03", "63,05", "188,60", "205,30", "+32,7"),
        ("2029-02-04", "48,90", "161,25", "174,80", "−14,5")):
    def num(s):
        return float(s.replace("−", "-").replace(",", "."))
    N(iso, DATE)
    row = T(iso, iso)
    for area, cell in (("SE1", se1), ("SE3", se3), ("SE4", se4)):
        F(cell, "money", num(cell) * SUB, "SEK", per="kWh", subject=area, time=row,
          concept="daily average spot price")
    F(chg, "percent", num(chg), "%", m="change", subject="SE3", time=row,
      concept="daily spot price change")
ctx(subject="Älvdalsloppet", source=None, time=None)
F("62 kilometer", "length", 62, "km", concept="race distance")
N("10", DATE, pre="från den ")
N("17 februari", DATE)
F("kallare än minus 20 grader", "temperature", -20, "°C", q="less_than", subject=None,
  concept="race cancellation temperature limit")
F("cirka 4{NBSP}800 åkare", "count", 4800, "skier", q="approx", source="Älvdalsloppet",
  concept="expected skiers")
F("högst 5{NBSP}000", "count", 5000, "skier", q="at_most", source="Älvdalsloppet",
  concept="maximum number of starters")
F("58 centimeter", "length", 58 * CM, "km", concept="snow depth on race tracks")
N("tio år", PERIOD)
ctx(subject="Emil Hedström", time=T("Förra årets", "2028-01-01", "2028-12-31"))
F("2.41.08", "duration", hms(2, 41, 8), "second", concept="winning time")
F("nästan fyra minuter", "duration", 4, "minute", q="approx", concept="winning margin")
N("tvåan", ORD)
N("Så sänker du elräkningen – 6 tips", RELATED)
N("1.", LIST)
N("2.", LIST)
N("0250-55 10 20", PHONE)
