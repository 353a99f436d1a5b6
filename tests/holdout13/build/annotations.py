"""Gold annotations for tests/holdout13, one block per article, rows in text order.

The helpers and row format of tests/holdout_tools/gold_rows.py: F(...) is a fact row, N(...)
a trap row.  ctx(...) sets the running context (subject, time, source) that later rows
inherit, mirroring the contract's rule that "a period set earlier in the passage carries
over"; a keyword on a single F(...) overrides it for that row only.  T(phrase, start,
end) is a time phrase as written plus the ISO period it names, resolved against the
document date.  direction is derived from the sign of a change.  Eight articles are prose;
en_03 carries a tab-flattened price table and sv_04 a table with one cell per line (every
numeric cell is a fact: the latest column a level, the year-ago column a prior, the change
column a change).  Unit conversions are written out as expressions with the factors below.
See ../NOTES.md for the judgement calls.
"""
from gold_rows import DOCS, F, N, T, ctx, doc  # noqa: F401 (tests/holdout_tools)

# conversion factors to the contract's canonical units
MPH = 1.609344                 # mph -> km/h; also mile -> km
MS = 3.6                       # m/s -> km/h
INCH = 2.54e-5                 # inch -> km
MM = 1e-6                      # millimetre -> km
CM = 1e-5                      # centimetre -> km
L = 1e-3                       # litre -> m3
KWH = 1e-3                     # kWh -> MWh
WH = 1e-6                      # watt-hour -> MWh
KW = 1e-3                      # kW -> MW
W = 1e-6                       # watt -> MW
HP = 0.00074569987158227022    # mechanical (imperial) horsepower -> MW
NM = 1 / 3.6e9                 # newton-metre (joule) -> MWh, torque rows are optional
LBFT = 1.3558179483314004      # pound-foot -> newton-metre
LB = 0.000453592               # pound (avoirdupois) -> tonne
KG = 1e-3                      # kilogram -> tonne
G = 1e-6                       # gram -> tonne
MG = 1e-9                      # milligram -> tonne
UG = 1e-12                     # microgram -> tonne
GHZ = 1e9                      # GHz -> Hz
TB = 1000                      # terabyte -> GB (decimal)
CRORE = 1e7                    # Indian crore
LAKH = 1e5                     # Indian lakh
SUB = 0.01                     # paise, sen, pence, cents -> main unit
BP = 0.01                      # basis point (baspunkt) -> percentage point


def f2c(f):
    """Fahrenheit level to Celsius (with the offset)."""
    return (f - 32) * 5 / 9


def hms(h, m, s):
    """A clock-style duration to seconds."""
    return h * 3600 + m * 60 + s


DATE = "date line or byline date"
CLOCK = "time of day in byline or text"
READ = "page chrome: reading time"
COUNTER = "page chrome: share/comment/like/view/photo counter"
YEAR = "year (a date, not a quantity)"
RELATED = "page chrome: related-article or most-read link"
PHONE = "phone number"
ORD = "ordinal or rank, not an amount"
NAME = "name, label or product code with digits"
PERIOD = "length of a period inside a time phrase, not a quantity"
LIST = "page chrome: list numbering in a most-read box"
CHROME = "page chrome: widget, cookie banner, newsletter or subscription offer"
ARTICLE = "article or pronoun 'one'/'en'/'ett', not an amount"
ID = "identifier (bill, bib or shirt number)"
AGE = "age given after a person's name"


# ---------------------------------------------------------------- en_01
doc("en_01_sensex_shekel_gulf_currencies")
F("three-day", "duration", 3, "day", subject="BSE Sensex", concept="length of losing streak")
N("two years", PERIOD)
N("April 12, 2028", DATE)
N("5:12 PM IST", CLOCK)
N("4 min read", READ)
N("👁 8.7K", COUNTER)
N("23 comments", COUNTER)
N("(142 partners)", CHROME)
WED = T("on Wednesday", "2028-04-12")
ctx(subject="BSE Sensex", time=WED)
F("412.37 points", "index", 412.37, "point", m="change", concept="Sensex daily change")
F("0.57%", "percent", 0.57, "%", m="change", concept="Sensex daily change")
F("72,614.80", "index", 72614.80, "point", concept="Sensex close")
F("three sessions", "count", 3, "session", concept="previous losing sessions")
N("50", NAME, pre="Nifty ")
F("0.49%", "percent", 0.49, "%", m="change", subject="Nifty 50", concept="Nifty daily change")
F("₹3,870 crore", "money", 3870 * CRORE, "INR", subject="India",
  source="National Stock Exchange", concept="net foreign share purchases")
ctx(subject="India")
F("14 paise", "money", 14 * SUB, "INR", m="change", concept="rupee move against dollar")
F("82.96", "money", 82.96, "INR", concept="rupees per US dollar")
ctx(subject="Palmyra Capital")
F("7.4%", "percent", 7.4, "%", m="change", concept="share price change")
F("Rs 486.50", "money", 486.50, "INR", concept="share price")
ctx(source="Palmyra Capital", time=None)
F("₹1,250 crore", "money", 1250 * CRORE, "INR", concept="bond proceeds")
F("8.15% a year", "percent", 8.15, "%", per="year", concept="bond coupon")
F("₹42,300 crore", "money", 42300 * CRORE, "INR", concept="loan book",
  time=T("at the end of March", "2028-03-31"))
F("₹35,900 crore", "money", 35900 * CRORE, "INR", m="prior", concept="loan book",
  time=T("a year before", "2027-03-31"))
F("about 18 lakh borrowers", "count", 18 * LAKH, "borrower", q="approx",
  concept="number of borrowers")
F("₹5 lakh", "money", 5 * LAKH, "INR", q="at_least", concept="minimum deposit")
ctx(subject="TA-35", source=None, time=WED)
N("35", NAME, pre="TA-")
F("1.1%", "percent", 1.1, "%", m="change", concept="index daily change")
F("2,046.18", "index", 2046.18, "point", concept="index close")
F("3.41", "money", 3.41, "ILS", subject="Israel", concept="shekels per US dollar")
N("two years", PERIOD, pre="in ")
F("4.25%", "percent", 4.25, "%", subject="Bank of Israel", source="Bank of Israel",
  concept="key interest rate")
ctx(subject="Negev Photonics")
F("5.2%", "percent", 5.2, "%", m="change", concept="share price change")
F("₪118.40", "money", 118.40, "ILS", concept="share price")
F("NIS 240 million", "money", 240e6, "ILS", time=None, concept="defence contract value")
F("more than double", "ratio", 2, "x", q="more_than", time=None,
  concept="contract size versus largest order")
F("0.2%", "percent", -0.2, "%", m="change", subject="Boursa Kuwait",
  concept="all-share index change")
ctx(subject="Gulf Quay", source="Gulf Quay", time=T("first-quarter", "2028-01-01", "2028-03-31"))
F("9%", "percent", -9, "%", m="change", concept="net profit change")
F("KWD 14.6 million", "money", 14.6e6, "KWD", concept="net profit")
F("KWD 16.0 million", "money", 16.0e6, "KWD", m="prior", time=None, concept="net profit")
F("up to KWD 120 million", "money", 120e6, "KWD", q="up_to", concept="crane spending",
  time=T("over the next five years", "2028-04-12", "2033-04-11"))
N("five years", PERIOD)
ctx(source=None, time=WED)
F("4.52", "money", 4.52, "MYR", subject="Malaysia", concept="ringgit per US dollar")
ctx(subject="Borneo Padi")
F("3 sen", "money", 3 * SUB, "MYR", m="change", concept="share price change")
F("RM2.87", "money", 2.87, "MYR", concept="share price")
THIS_YEAR = T("this year", "2028-01-01", "2028-12-31")
F("between 6% and 8%", "percent", 6, "%", hi=8, m="change", source="Borneo Padi",
  time=THIS_YEAR, concept="crude palm oil output growth")
ctx(subject="FTSE 100")
N("100", NAME, pre="FTSE ")
F("31.4 points", "index", 31.4, "point", m="change", concept="index daily change")
F("8,102.6", "index", 8102.6, "point", concept="index close")
ctx(subject="Halden Grocers")
F("12p", "money", -12 * SUB, "GBP", m="change", concept="share price change")
F("3.8%", "percent", -3.8, "%", m="change", concept="share price change")
F("304p", "money", 304 * SUB, "GBP", concept="share price")
F("2% to 3%", "percent", -3, "%", hi=-2, m="change", source="Halden Grocers",
  time=THIS_YEAR, concept="like-for-like sales change")
F("CHF 1.1270", "money", 1.1270, "CHF", subject="United Kingdom",
  concept="Swiss francs per pound")
ctx(subject="Chicago")
F("3.2¢", "money", -3.2 * SUB, "USD", m="change", per="lb",
  concept="arabica coffee futures price")
F("241.6¢ per lb", "money", 241.6 * SUB, "USD", per="lb",
  concept="arabica coffee futures price")
N("third", ORD)
N("1.", LIST)
N("Gold tops $2,400 as central banks keep buying", RELATED)
N("2.", LIST)
N("Rupee outlook: 5 charts to watch", RELATED)
N("3.", LIST)
N("at least 20 minutes", CHROME + " (data-delay line)")
N("+91 22 5550 1842", PHONE)
N("7 AM IST", CLOCK)


# ---------------------------------------------------------------- en_02
doc("en_02_migraine_pill_trial")
ctx(subject="tavoprant")
F("a third", "percent", -100 / 3, "%", m="change", concept="reduction in migraine days")
F("year-long", "duration", 1, "year", opt=True, concept="trial length")
N("6 June 2028", DATE)
N("07:30 BST", CLOCK)
N("11:05 BST", CLOCK)
N("5 minute read", READ)
N("Share 214", COUNTER)
N("Comments 38", COUNTER)
ctx(source="University of Lindenfeld")
F("25 mg", "mass", 25 * MG, "t", per="day", concept="daily dose")
F("about a third", "percent", -100 / 3, "%", q="approx", m="change",
  concept="reduction in migraine days")
F("1,240 adults", "count", 1240, "adult", concept="trial participants")
F("4.1 migraine days a month", "duration", 4.1, "day", per="month",
  concept="migraine days per month")
F("12 weeks", "duration", 12, "week", opt=True, concept="treatment time at assessment")
F("6.3", "duration", 6.3, "day", m="prior", per="month",
  concept="migraine days before treatment")
F("5.6 days", "duration", 5.6, "day", per="month", concept="migraine days on placebo")
F("Half", "percent", 50, "%", concept="share of patients responding")
F("at least 50% fewer", "percent", -50, "%", q="at_least", m="change",
  concept="reduction defining a response")
F("27%", "percent", 27, "%", concept="placebo response rate")
F("nearly twice", "ratio", 2, "x", q="approx", concept="response rate versus placebo")
ctx(source=None)
F("38 clinics", "count", 38, "clinic", concept="trial sites")
F("six countries", "count", 6, "country", concept="countries in trial")
F("18 to 65", "duration", 18, "year", hi=65, opt=True, concept="participant age range")
ctx(source="University of Lindenfeld")
F("400 µg", "mass", 400 * UG, "t", concept="nasal spray dose")
F("within two hours", "duration", 2, "hour", q="at_most", concept="time to relief")
F("61%", "percent", 61, "%", concept="spray users with relief")
F("38%", "percent", 38, "%", concept="placebo users with relief")
ctx(subject=None, source="Mirela Ostojić")
F("six or seven days a month", "duration", 6, "day", hi=7, per="month",
  concept="migraine days lost to pain")
F("two days a month", "duration", 2, "day", per="month", concept="migraine days won back")
ctx(subject="tavoprant", source="University of Lindenfeld")
F("9%", "percent", 9, "%", concept="nausea rate on drug")
F("4%", "percent", 4, "%", concept="nausea rate on placebo")
F("14 patients", "count", 14, "patient", concept="patients who stopped treatment")
F("1.1%", "percent", 1.1, "%", concept="share who stopped treatment")
F("50 mg", "mass", 50 * MG, "t", concept="higher dose tested")
F("three times", "ratio", 3, "x", concept="liver enzyme rises versus lower dose")
F("25 mg", "mass", 25 * MG, "t", concept="chosen dose")
N("41", AGE, pre="Whitcombe, ")
ctx(subject="Sarah Whitcombe", source="Sarah Whitcombe")
F("around eight a month", "count", 8, "attack", q="approx", m="prior", per="month",
  concept="migraine attacks before trial")
F("three", "count", 3, "attack", per="month", concept="migraine attacks during trial")
ctx(subject=None, source="Migraine Action Network")
F("about one in seven", "percent", 100 / 7, "%", q="approx",
  concept="share of adults with migraine")
F("£4.4 billion a year", "money", 4.4e9, "GBP", per="year", subject="United Kingdom",
  concept="cost of lost working days")
F("fourfold", "ratio", 4, "x", m="change", subject="England", source=None,
  time=T("since 2016", "2016-01-01", "2028-06-06"),
  concept="preventive migraine drug prescriptions")
N("2016", YEAR)
ctx(subject="tavoprant", source="Thornbury Research")
F("between £150 and £200 a month", "money", 150, "GBP", hi=200, per="month",
  concept="expected monthly price")
F("roughly a fifth", "percent", 20, "%", q="approx",
  concept="price versus injected treatments")
N("18 months", PERIOD + " ('within 18 months', when a decision is due)")
N("999", PHONE)
N("111", PHONE, pre="NHS ")
N("7 foods that may trigger headaches", RELATED)
N("1.", LIST)
N("2.", LIST)


# ---------------------------------------------------------------- en_03
doc("en_03_rare_earth_magnets_table")
N("9 October 2028", DATE)
N("14:20 GMT", CLOCK)
N("Reading time: 4 min", READ)
N("52 shares", COUNTER)
SEP = T("in September", "2028-09-01", "2028-09-30")
ctx(subject="China", time=SEP, source="China's customs")
F("31.5%", "percent", -31.5, "%", m="change", concept="rare earth magnet exports")
F("3,912 tonnes", "mass", 3912, "t", concept="rare earth magnet exports")
F("almost half", "percent", -50, "%", q="approx", m="change",
  concept="magnet exports to the United States")
F("412 tonnes", "mass", 412, "t", concept="magnet exports to the United States")
F("6%", "percent", 6, "%", m="change", concept="magnet exports to Germany")
F("655 tonnes", "mass", 655, "t", concept="magnet exports to Germany")
ctx(time=None, source="IEA")
F("about 70%", "percent", 70, "%", q="approx", concept="rare earth mining share")
F("more than 90%", "percent", 90, "%", q="more_than", concept="magnet production share")
ctx(source=None)
F("14", "count", 14, "licence", concept="magnet export licences granted",
  time=T("in the third quarter", "2028-07-01", "2028-09-30"))
N("third", ORD + " (inside the time phrase 'in the third quarter')")
F("37", "count", 37, "licence", m="prior", concept="magnet export licences granted",
  time=T("in the second", "2028-04-01", "2028-06-30"))
N("second", ORD + " (inside the time phrase 'in the second')")
F("28%", "percent", 28, "%", m="change", subject=None, concept="NdPr oxide price",
  time=T("in a year", "2027-10-09", "2028-10-09"))
N("one", ARTICLE, pre=", ")
ctx(subject="Kestrel Rare Earths", source="Kestrel Rare Earths",
    time=T("in the quarter to September", "2028-07-01", "2028-09-30"))
F("2,150 tonnes", "mass", 2150, "t", concept="NdPr sales")
F("18%", "percent", 18, "%", m="change", concept="NdPr sales")
F("12,000 tpy", "mass", 12000, "t", per="year", concept="planned production capacity",
  time=T("by 2030", "2030-01-01", "2030-12-31"))
N("2030", YEAR)
ctx(subject=None, source=None, time=None)
F("near $9,850 a tonne", "money", 9850, "USD", q="approx", per="t",
  concept="lithium carbonate price")
F("more than $80,000", "money", 80000, "USD", q="more_than", m="prior", per="t",
  concept="lithium carbonate peak price",
  time=T("at the 2022 peak", "2022-01-01", "2022-12-31"))
N("2022", YEAR)
F("at least eight", "count", 8, "mine", q="at_least", concept="mines that halted output",
  time=T("since January", "2028-01-01", "2028-10-09"))
F("double", "ratio", 2, "x", m="change", source="Ravi Anand",
  concept="lithium price rise needed")
F("roughly three quarters", "percent", 75, "%", q="approx",
  subject="Democratic Republic of the Congo", concept="share of world cobalt supply")
ctx(subject="Democratic Republic of the Congo", source="Ministry of Mines")
F("88,400 tonnes a year", "mass", 88400, "t", per="year", concept="cobalt export quota")
F("another six months", "duration", 6, "month", m="change", concept="quota extension")
ctx(subject=None, source=None)
F("8%", "percent", 8, "%", m="change", concept="copper price",
  time=T("on the year", "2027-10-09", "2028-10-09"))
FIRST8 = T("in the first eight months", "2028-01-01", "2028-08-31")
F("4%", "percent", -4, "%", m="change", subject="Chile", time=FIRST8, concept="copper output")
F("1.31 million tonnes", "mass", 1.31e6, "t", subject="Chile", time=FIRST8,
  concept="copper output")
N("eight months", PERIOD)
N("October 6", DATE)
# the tab-flattened table: Latest = level, Year ago = prior, Change = change
LATEST = T("as of the October 6 close", "2028-10-06")
AGO = T("Year ago", "2027-10-06")
ctx(source="Fastmarkets")
F("78.40", "money", 78.40, "USD", per="kg", time=LATEST, concept="NdPr oxide price")
F("61.20", "money", 61.20, "USD", m="prior", per="kg", time=AGO, concept="NdPr oxide price")
F("+28.1%", "percent", 28.1, "%", m="change", concept="NdPr oxide price")
F("9,850", "money", 9850, "USD", per="t", time=LATEST, concept="lithium carbonate price")
F("13,400", "money", 13400, "USD", m="prior", per="t", time=AGO,
  concept="lithium carbonate price")
F("-26.5%", "percent", -26.5, "%", m="change", concept="lithium carbonate price")
F("15.60", "money", 15.60, "USD", per="lb", time=LATEST, concept="cobalt metal price")
F("14.90", "money", 14.90, "USD", m="prior", per="lb", time=AGO,
  concept="cobalt metal price")
F("+4.7%", "percent", 4.7, "%", m="change", concept="cobalt metal price")
ctx(source="LME")
F("9,412", "money", 9412, "USD", per="t", time=LATEST, concept="copper price")
F("8,705", "money", 8705, "USD", m="prior", per="t", time=AGO, concept="copper price")
F("+8.1%", "percent", 8.1, "%", m="change", concept="copper price")
N("Inside the 5 mines that could break China's grip", RELATED)
N("Copper's 10-year outlook", RELATED)
N("Comments (17)", COUNTER)
N("join 40,000 readers", CHROME)


# ---------------------------------------------------------------- en_04
doc("en_04_tamarack_t7_pickup_test")
N("T7", NAME, pre="Tamarack ")
F("a third", "percent", -100 / 3, "%", m="change", subject="Tamarack",
  concept="winter range loss")
N("February 17, 2028", DATE)
N("6:00 AM EST", CLOCK)
N("Photos: 24", COUNTER)
N("6 min read", READ)
N("112 comments", COUNTER)
N("Photo 1 of 24", COUNTER + " (photo caption)")
N("T7", NAME)
N("T7", NAME, pre="Tamarack ")
N("F-150", NAME)
ctx(subject="Tamarack")
F("Two motors", "count", 2, "motor", concept="electric motors")
F("580 horsepower", "power", 580 * HP, "MW", concept="combined power output")
F("710 lb-ft", "energy", 710 * LBFT * NM, "MWh", opt=True, concept="torque")
F("60 mph", "speed", 60 * MPH, "km/h", concept="sprint target speed")
F("4.3 seconds", "duration", 4.3, "second", concept="acceleration time to 60 mph")
F("112 mph", "speed", 112 * MPH, "km/h", concept="limited top speed")
F("180 km/h", "speed", 180, "km/h", concept="limited top speed")
F("131 kWh", "energy", 131 * KWH, "MWh", concept="battery capacity")
F("320 miles", "length", 320 * MPH, "km", source="EPA", concept="rated range")
ctx(source="Tamarack")
F("350 kW", "power", 350 * KW, "MW", concept="fast charger power")
F("100 miles", "length", 100 * MPH, "km", m="change", concept="range added by charging")
F("about 11 minutes", "duration", 11, "minute", q="approx", concept="charging time")
ctx(source=None)
F("3,180 kg", "mass", 3180 * KG, "t", concept="kerb weight")
F("up to 11,000 lb", "mass", 11000 * LB, "t", q="up_to", concept="towing capacity")
F("1,650 lb", "mass", 1650 * LB, "t", concept="payload")
F("17-inch", "length", 17 * INCH, "km", concept="centre screen size")
F("12.3-inch", "length", 12.3 * INCH, "km", concept="driver display size")
F("400 litres", "volume", 400 * L, "m3", concept="front trunk volume")
F("roughly three times", "ratio", 3, "x", q="approx", concept="front trunk versus rivals")
F("five days", "duration", 5, "day", concept="test length")
N("I-70", NAME)
F("between 14°F and -4°F", "temperature", f2c(-4), "°C", hi=f2c(14), subject=None,
  concept="test temperatures")
F("-10 to -20 °C", "temperature", -20, "°C", hi=-10, subject=None,
  concept="test temperatures")
F("65 mph", "speed", 65 * MPH, "km/h", concept="test speed")
F("214 miles", "length", 214 * MPH, "km", concept="winter range on full charge")
F("a third less", "percent", -100 / 3, "%", m="change", concept="winter range versus rating")
F("as much as 6.5 kW", "power", 6.5 * KW, "MW", q="up_to", concept="heat pump power draw")
N("one", ARTICLE, pre="still ")
N("T7", NAME)
F("3.5-litre", "volume", 3.5 * L, "m3", concept="hybrid engine displacement")
N("V6", NAME)
F("12.4 litres per 100 km", "volume", 12.4 * L, "m3", opt=True,
  concept="hybrid fuel use per 100 km")
F("19 mpg", "length", 19 * MPH, "km", opt=True, concept="hybrid miles per gallon")
ctx(subject="Colorado")
F("$3.89 a gallon", "money", 3.89, "USD", concept="gasoline price per gallon")
F("14 cents", "money", 14 * SUB, "USD", m="change", concept="gasoline price per gallon",
  time=T("in a month", "2028-01-17", "2028-02-17"))
ctx(subject="Tamarack")
F("15,000 miles a year", "length", 15000 * MPH, "km", per="year", subject=None,
  concept="annual driving distance")
F("about $3,070", "money", 3070, "USD", q="approx", per="year",
  concept="annual fuel cost of hybrid")
F("roughly $1,100", "money", 1100, "USD", q="approx", per="year",
  concept="annual charging cost of electric")
F("17¢ per kWh", "money", 17 * SUB, "USD", per="kWh", subject=None,
  concept="home electricity price")
F("$68,900 to $94,500", "money", 68900, "USD", hi=94500, concept="price range")
F("about $6,000 more", "money", 6000, "USD", q="approx", m="change",
  concept="price versus gas trucks")
F("more than 40,000 a year", "count", 40000, "truck", q="more_than", per="year",
  source="Tamarack", concept="planned annual production")
N("Compare: 5 electric pickups under $70,000", RELATED)
N("1-888-555-0173", PHONE)
N("2028", YEAR + " (copyright line)")


# ---------------------------------------------------------------- en_05
doc("en_05_riverside_marathon_heat")
N("May 21, 2028", DATE)
N("3:47 PM CDT", CLOCK)
N("6:10 PM", CLOCK)
N("4 min read", READ)
N("🔁 1.3K", COUNTER)
N("💬 96", COUNTER)
SUN = T("on Sunday", "2028-05-21")
N("27", AGE, pre="Kiprono, ")
ctx(subject="Daniel Kiprono", time=SUN)
F("2:06:41", "duration", hms(2, 6, 41), "second", concept="winning time")
F("77 seconds", "duration", -77, "second", m="change", concept="course record improvement")
ctx(subject="St. Louis")
F("68F", "temperature", f2c(68), "°C", m="prior", concept="race temperature")
N("7 a.m.", CLOCK)
F("84F", "temperature", f2c(84), "°C", concept="race temperature")
F("29C", "temperature", 29, "°C", concept="race temperature")
N("4", ID + " (bib)", pre="No. ")
ctx(subject="Daniel Kiprono")
F("35 km", "length", 35, "km", concept="distance at decisive break")
N("second", ORD, pre="the ")
F("1:02:50", "duration", hms(1, 2, 50), "second", concept="second-half split")
F("almost 20 km/h", "speed", 20, "km/h", q="approx", concept="average speed")
F("42.195 km", "length", 42.195, "km", subject="Riverside Marathon", concept="course length")
F("2:07:58", "duration", hms(2, 7, 58), "second", m="prior", subject="Riverside Marathon",
  time=None, concept="previous course record")
N("2019", YEAR)
F("30 kilometres", "length", 30, "km", source="Daniel Kiprono",
  concept="distance when heat hit")
ctx(subject="Tigist Alemu")
F("2 hours, 21 minutes and 9 seconds", "duration", hms(2, 21, 9), "second",
  concept="women's winning time")
F("more than three minutes", "duration", 3, "minute", q="more_than",
  concept="women's winning margin")
N("second", ORD, pre="her ")
ctx(subject="Riverside Marathon")
F("38,500 runners", "count", 38500, "runner", concept="starters")
F("36,912", "count", 36912, "runner", concept="finishers")
ctx(source="Riverside Marathon")
F("1,120 runners", "count", 1120, "runner", concept="runners needing medical help")
F("roughly three times", "ratio", 3, "x", q="approx",
  concept="medical cases versus usual")
F("46", "count", 46, "runner", concept="runners taken to hospital")
F("410,000 cups", "count", 410000, "cup", concept="cups of water handed out")
F("45,000 litres", "volume", 45000 * L, "m3", concept="sports drink handed out")
F("12 cooling buses", "count", 12, "bus", concept="cooling buses on route")
F("an hour", "duration", 1, "hour", opt=True, concept="earlier opening of cooling buses")
ctx(source=None, time=None)
F("$150,000", "money", 150000, "USD", subject="Daniel Kiprono", concept="winner's prize")
F("$50,000", "money", 50000, "USD", subject="Daniel Kiprono", concept="course record bonus")
F("$150,000", "money", 150000, "USD", subject="Tigist Alemu", concept="winner's prize")
N("2024", YEAR)
NEXT = T("next year", "2029-01-01", "2029-12-31")
F("10% to 15%", "percent", 10, "%", hi=15, m="change", source="Paula Brennan", time=NEXT,
  concept="entry growth")
F("30 minutes", "duration", 30, "minute", opt=True, time=NEXT,
  concept="earlier start time")
F("3", "count", 3, "goal", opt=True, subject="River City FC", concept="goals scored in match")
F("1", "count", 1, "goal", opt=True, subject="Portland Pines",
  concept="goals scored in match")
ctx(subject="Anders Holm")
F("twice", "count", 2, "goal", concept="goals in match")
F("15 minutes", "duration", 15, "minute", opt=True, concept="late scoring window")
F("nine goals", "count", 9, "goal", concept="season goal tally")
F("13 games", "count", 13, "game", concept="games played this season")
N("Watch: the final 2 km in 90 seconds", RELATED)
N("1.", LIST)
N("Draft grades for all 32 teams", RELATED)
N("2.", LIST)
N("314-555-0148", PHONE)


# ---------------------------------------------------------------- sv_01
doc("sv_01_kyla_norrland_snovarning")
F("minus 38,4 grader", "temperature", -38.4, "°C", subject="Nikkaluokta",
  time=T("i natt", "2028-01-23", "2028-01-24"), concept="lowest overnight temperature")
N("24 januari 2028", DATE)
N("kl. 07.42", CLOCK)
N("kl. 09.15", CLOCK)
N("Lästid 3 min", READ)
N("Dela 128", COUNTER)
N("💬 41", COUNTER)
ctx(subject="Nikkaluokta", source="SMHI",
    time=T("Natten mot måndagen", "2028-01-23", "2028-01-24"))
F("−38,4 °C", "temperature", -38.4, "°C", concept="lowest overnight temperature")
F("mellan 25 och 30 minusgrader", "temperature", -30, "°C", hi=-25, subject="Norrbotten",
  concept="overnight temperatures")
F("minus 45 grader", "temperature", -45, "°C", subject=None, concept="wind chill temperature")
F("runt 20 minusgrader", "temperature", -20, "°C", q="approx", subject="Norrbotten",
  source="Jonas Ekwall", time=T("åtminstone till torsdag", "2028-01-24", "2028-01-27"),
  concept="daytime inland temperature")
ctx(subject="Skåne and Blekinge", source="SMHI", time=None)
F("15–25 millimeter", "length", 15 * MM, "km", hi=25 * MM, concept="expected rainfall")
F("upp till 24 m/s", "speed", 24 * MS, "km/h", q="up_to", concept="coastal wind gusts")
F("16 meter per sekund", "speed", 16 * MS, "km/h", subject="Öland", concept="mean wind speed")
ctx(subject="Småland and Östergötland")
F("10 till 20 centimeter", "length", 10 * CM, "km", hi=20 * CM, concept="expected snowfall")
F("uppemot 30 centimeter", "length", 30 * CM, "km", q="up_to",
  concept="local snowfall maximum")
N("E4", NAME)
ctx(subject="SJ", source="SJ")
F("46 avgångar", "count", 46, "departure", concept="cancelled train departures")
F("upp till två timmar", "duration", 2, "hour", q="up_to", concept="train delays")
F("26{NBSP}800 megawatt", "power", 26800, "MW", subject="Sweden", source="Svenska kraftnät",
  time=T("vid åttatiden", "2028-01-24"), concept="electricity consumption")
N("åttatiden", CLOCK + " (spelled)")
N("2010", YEAR)
N("SE3", NAME)
ctx(subject="SE3", source=None)
F("2,87 kronor per kilowattimme", "money", 2.87, "SEK", per="kWh", concept="electricity price")
F("1,34 kronor", "money", 1.34, "SEK", m="prior", per="kWh",
  time=T("i fredags", "2028-01-21"), concept="electricity price")
ctx(subject="Norrland", time=T("Hittills i januari", "2028-01-01", "2028-01-24"))
F("3,2 grader kallare än normalt", "temperature", -3.2, "°C", m="change",
  concept="deviation from normal temperature")
ctx(subject="Kiruna")
F("94 centimeter", "length", 94 * CM, "km", concept="snow depth")
F("nästan dubbelt så mycket", "ratio", 2, "x", q="approx", concept="snow depth versus normal")
N("en", ARTICLE, pre="till ")
N("1987", YEAR)
ctx(subject="Luleå", time=T("sedan i lördags", "2028-01-22", "2028-01-24"))
F("minst 17 bränder", "count", 17, "fire", q="at_least", concept="house fires attended")
N("112", PHONE)
N("113 13", PHONE)
N("Läs också: 5 sätt att hålla bilbatteriet varmt i kylan", RELATED)
N("1.", LIST)
N("2.", LIST)


# ---------------------------------------------------------------- sv_02
doc("sv_02_lumo_s9_mobiltest")
N("S9", NAME, pre="Lumo ")
F("19 minuter", "duration", 19, "minute", subject="Lumo", concept="charging time")
N("2 mars 2028", DATE)
N("06.00", CLOCK)
N("Lästid 4 min", READ)
N("👍 312", COUNTER)
ctx(subject="Lumo")
N("S9", NAME)
F("6,7 tum", "length", 6.7 * INCH, "km", concept="screen size")
F("120 Hz", "frequency", 120, "Hz", concept="screen refresh rate")
F("upp till 3,4 GHz", "frequency", 3.4 * GHZ, "Hz", q="up_to", concept="processor clock speed")
F("12 GB", "data", 12, "GB", concept="working memory")
F("256 GB", "data", 256, "GB", concept="base storage")
F("1 TB", "data", 1 * TB, "GB", concept="top storage")
N("5G", NAME)
N("Wi-Fi 7", NAME)
N("Bluetooth 5.4", NAME)
F("19,4 wattimmar", "energy", 19.4 * WH, "MWh", concept="battery capacity")
F("drygt 10 procent mer", "percent", 10, "%", q="approx", m="change",
  concept="battery capacity versus S8")
N("S8", NAME)
ctx(source="Lumo")
F("90 watt", "power", 90 * W, "MW", concept="charger power")
F("20", "percent", 20, "%", m="prior", concept="battery charge level")
F("80 procent", "percent", 80, "%", concept="battery charge level")
F("19 minuter", "duration", 19, "minute", concept="charging time")
ctx(source=None)
F("nästan två dygn", "duration", 2, "day", q="approx", concept="battery life in test")
F("198 gram", "mass", 198 * G, "t", concept="phone weight")
F("tre kameror", "count", 3, "camera", concept="cameras")
F("50 megapixel", "count", 50e6, "pixel", opt=True, concept="main camera resolution")
N("8K", NAME)
F("30 bilder per sekund", "frequency", 30, "Hz", opt=True, concept="video frame rate")
F("fem gånger", "ratio", 5, "x", concept="optical zoom")
N("S9", NAME)
F("11{NBSP}990 kronor", "money", 11990, "SEK", concept="price in Sweden")
F("12 490 norska kronor", "money", 12490, "NOK", concept="price in Norway")
F("8{NBSP}299 danska kronor", "money", 8299, "DKK", concept="price in Denmark")
F("1 000 kronor mer", "money", 1000, "SEK", m="change", concept="price versus S8 at launch")
N("S8", NAME)
N("iPhone 15", NAME)
N("S9", NAME)
N("en", ARTICLE, pre="inte ")
F("13,5 kWh", "energy", 13.5 * KWH, "MWh", concept="home battery capacity")
F("5 kW", "power", 5 * KW, "MW", concept="home battery output")
F("ungefär ett halvt dygn", "duration", 0.5, "day", q="approx",
  concept="home battery supply time")
F("150 megawatt", "power", 150, "MW", concept="data centre capacity")
F("4,2 miljarder kronor", "money", 4.2e9, "SEK", concept="data centre investment")
F("omkring 300 jobb", "count", 300, "job", q="approx", concept="data centre jobs")
ctx(source="Sanna Orrefors")
F("40 procent om året", "percent", 40, "%", m="change", per="year",
  time=T("sedan 2024", "2024-01-01", "2028-03-02"), concept="annual growth")
N("2024", YEAR)
F("mellan 250 och 300 anställda", "count", 250, "employee", hi=300,
  time=T("om tre år", "2031-03-02"), concept="planned headcount")
N("tre år", PERIOD)
ctx(source="Nordtel Insight", time=T("i fjol", "2027-01-01", "2027-12-31"))
F("410{NBSP}000 telefoner", "count", 410000, "phone", concept="phones sold")
F("6,5 procent", "percent", 6.5, "%", concept="Nordic market share")
F("4,1 procent", "percent", 4.1, "%", m="prior", time=T("året innan", "2026-01-01", "2026-12-31"),
  concept="Nordic market share")
N("7 appar som tömmer ditt batteri", RELATED)
N("1.", LIST)
N("2.", LIST)
N("0771-55 90 10", PHONE)


# ---------------------------------------------------------------- sv_03
doc("sv_03_budget_arbetsloshet")
ctx(subject="Sweden")
F("42 miljarder", "money", 42e9, "SEK", concept="budget reforms")
F("7,4 procent", "percent", 7.4, "%", concept="forecast unemployment rate")
N("19 september 2028", DATE)
N("10.31", CLOCK)
N("14.05", CLOCK)
N("Lästid 5 min", READ)
N("💬 203", COUNTER)
N("Dela 88", COUNTER)
B2029 = T("för 2029", "2029-01-01", "2029-12-31")
ctx(source="Regeringen", time=B2029)
N("2029", YEAR, pre="för ")
F("42 miljarder kronor", "money", 42e9, "SEK", concept="budget reforms")
F("drygt 10 miljarder mer", "money", 10e9, "SEK", q="approx", m="change",
  concept="reforms versus last year's budget")
N("en", ARTICLE, pre="är ")
ctx(source=None)
F("12,5 miljarder kronor", "money", 12.5e9, "SEK", m="change", subject="Swedish Armed Forces",
  concept="extra defence funding")
F("3 mdkr", "money", 3e9, "SEK", m="change", subject="Swedish Police Authority",
  concept="extra police funding")
JAN = T("från januari", "2029-01-01", "2029-01-31")
F("200 kronor", "money", 200, "SEK", m="change", per="month", time=JAN,
  concept="child benefit increase")
F("1{NBSP}450 kronor", "money", 1450, "SEK", per="month", time=JAN, concept="child benefit")
F("upp till 650 kronor", "money", -650, "SEK", q="up_to", m="change", per="month",
  concept="tax cut for pensioners")
F("8 miljarder kronor mer", "money", 8e9, "SEK", m="change",
  subject="Swedish municipalities and regions", concept="extra state grants")
ctx(source="Finansdepartementet")
F("2,3 procent", "percent", 2.3, "%", m="change", concept="GDP growth",
  time=T("nästa år", "2029-01-01", "2029-12-31"))
F("0,9 procent", "percent", 0.9, "%", m="prior", concept="GDP growth",
  time=T("i år", "2028-01-01", "2028-12-31"))
F("8,1 procent", "percent", 8.1, "%", source="SCB", concept="unemployment rate",
  time=T("i augusti", "2028-08-01", "2028-08-31"))
ctx(time=T("2029", "2029-01-01", "2029-12-31"))
F("7,4 procent", "percent", 7.4, "%", concept="forecast unemployment rate")
N("2029", YEAR)
F("0,7 procentenheter", "percent", -0.7, "pp", m="change", concept="unemployment rate change")
F("1,8 procent", "percent", 1.8, "%", concept="KPIF inflation")
F("29 procent", "percent", 29, "%", concept="government debt to GDP")
N("1970", YEAR + " (decade)")
ctx(subject="Riksbank", source=None, time=T("i förra veckan", "2028-09-11", "2028-09-17"))
F("25 baspunkter", "percent", -25 * BP, "pp", m="change", concept="policy rate cut")
F("2,0 procent", "percent", 2.0, "%", concept="policy rate")
ctx(subject="Sweden", source="Jonas Berg", time=None)
F("35 till 40 miljarder kronor", "money", 35e9, "SEK", hi=40e9, concept="budget deficit")
ctx(subject="Swedish municipalities", source="Konjunkturinstitutet")
F("mellan sju och tio år", "duration", 7, "year", hi=10,
  concept="time to restore municipal finances")
F("nästan var fjärde", "percent", 25, "%", q="approx", time=T("i år", "2028-01-01", "2028-12-31"),
  concept="municipalities running deficits")
ctx(subject="OMXS30", source=None, time=T("under tisdagen", "2028-09-19"))
N("OMXS30", NAME)
F("21,36 punkter", "index", 21.36, "point", m="change", concept="index daily change")
F("0,8 procent", "percent", 0.8, "%", m="change", concept="index daily change")
F("2{THIN}689,12", "index", 2689.12, "point", concept="index close")
F("10,92 kronor", "money", 10.92, "SEK", subject="Sweden", concept="kronor per euro")
N("4 oktober", DATE)
N("2028/29:1", ID + " (bill number)")
N("10 frågor och svar om höstbudgeten", RELATED)
N("1.", LIST)
N("2.", LIST)
N("08-555 410 00", PHONE)
N("kl. 06.30", CLOCK)


# ---------------------------------------------------------------- sv_04
doc("sv_04_metallpriser_koppar_kobolt")
N("7 november 2028", DATE)
N("08.15", CLOCK)
N("Lästid 4 min", READ)
N("💬 9", COUNTER)
YEAR_BACK = T("på ett år", "2027-11-07", "2028-11-07")
MON = T("på måndagen", "2028-11-06")
ctx(subject="London Metal Exchange")
F("drygt 14 procent", "percent", 14, "%", q="approx", m="change", time=YEAR_BACK,
  concept="copper price")
N("ett år", PERIOD)
F("10{NBSP}215 dollar per ton", "money", 10215, "USD", per="t", time=MON, concept="copper price")
F("3–4 procent om året", "percent", 3, "%", hi=4, m="change", per="year", subject=None,
  source="Bergholm Research", time=T("fram till 2035", "2028-11-07", "2035-12-31"),
  concept="copper demand growth")
N("2035", YEAR)
ctx(subject=None, time=T("sedan i fjol", "2027-11-07", "2028-11-07"))
F("nästan 27 procent", "percent", -27, "%", q="approx", m="change", concept="cobalt price")
F("24{NBSP}300 dollar per ton", "money", 24300, "USD", per="t", concept="cobalt price")
F("omkring 70 procent", "percent", 70, "%", q="approx", time=None,
  subject="Democratic Republic of the Congo", concept="share of world cobalt production")
ctx(subject="China", time=None)
F("cirka 60 procent", "percent", 60, "%", q="approx", concept="rare earth mining share")
F("nästan 90 procent", "percent", 90, "%", q="approx", concept="rare earth refining share")
ctx(source="China's customs", time=T("i oktober", "2028-10-01", "2028-10-31"))
F("22 procent", "percent", -22, "%", m="change", concept="magnet exports")
F("3 450 ton", "mass", 3450, "t", concept="magnet exports")
ctx(subject="Fjällmalm", source="Fjällmalm", time=None)
F("48 miljoner ton", "mass", 48e6, "t", concept="ore resource")
F("0,31 procent", "percent", 0.31, "%", concept="copper grade")
F("22 000 ton", "mass", 22000, "t", per="year", concept="copper production")
F("minst tolv år", "duration", 12, "year", q="at_least", concept="production period")
F("6,8 miljarder kronor", "money", 6.8e9, "SEK", concept="mine investment")
F("350–400 arbetstillfällen", "count", 350, "job", hi=400, concept="mine jobs")
ctx(subject="Nordkapp Mineraler", source=None, time=MON)
F("6,4 procent", "percent", 6.4, "%", m="change", concept="share price change")
F("48,20 norska kronor", "money", 48.20, "NOK", concept="share price")
F("drygt 3,1 miljarder nkr", "money", 3.1e9, "NOK", q="approx", concept="market value")
N("6 november", DATE)
N("ett år", PERIOD, pre="För ")
# the one-cell-per-line table: Senast = level, För ett år sedan = prior, Förändring = change
NOW = T("per den 6 november", "2028-11-06")
AGO = T("För ett år sedan", "2027-11-06")
ctx(subject=None, source="LME", time=None)
F("10{NBSP}215", "money", 10215, "USD", per="t", time=NOW, concept="copper price")
F("8{NBSP}940", "money", 8940, "USD", m="prior", per="t", time=AGO, concept="copper price")
F("+14,3 %", "percent", 14.3, "%", m="change", concept="copper price")
F("15{NBSP}480", "money", 15480, "USD", per="t", time=NOW, concept="nickel price")
F("17{NBSP}020", "money", 17020, "USD", m="prior", per="t", time=AGO, concept="nickel price")
F("−9,0 %", "percent", -9.0, "%", m="change", concept="nickel price")
F("24{NBSP}300", "money", 24300, "USD", per="t", time=NOW, concept="cobalt price")
F("33{NBSP}100", "money", 33100, "USD", m="prior", per="t", time=AGO, concept="cobalt price")
F("−26,6 %", "percent", -26.6, "%", m="change", concept="cobalt price")
ctx(source="Fastmarkets")
F("81,50", "money", 81.50, "USD", per="kg", time=NOW, concept="NdPr oxide price")
F("62,75", "money", 62.75, "USD", m="prior", per="kg", time=AGO, concept="NdPr oxide price")
F("+29,9 %", "percent", 29.9, "%", m="change", concept="NdPr oxide price")
N("5 gruvbolag att hålla ögonen på", RELATED)
N("1.", LIST)
N("2.", LIST)
N("Så blir räntan 2029", RELATED)
N("1 kr första månaden", CHROME)
N("0771-44 55 00", PHONE)


# ---------------------------------------------------------------- sv_05
doc("sv_05_norrvik_derby_allsvenskan")
N("ett", ARTICLE, pre="tog ")
F("3", "count", 3, "goal", opt=True, subject="Norrvik IF", concept="goals scored in match")
F("1", "count", 1, "goal", opt=True, subject="Strandbergs BK", concept="goals scored in match")
N("27 augusti 2028", DATE)
N("19.58", CLOCK)
N("21.40", CLOCK)
N("Lästid 3 min", READ)
N("Dela 57", COUNTER)
N("💬 134", COUNTER)
ctx(subject="Norrvik IF", time=T("på söndagen", "2028-08-27"))
F("3", "count", 3, "goal", opt=True, concept="goals scored in match")
F("1", "count", 1, "goal", opt=True, subject="Strandbergs BK", concept="goals scored in match")
F("18 412 åskådare", "count", 18412, "spectator", concept="match attendance")
F("sju poäng", "count", 7, "point", concept="lead at top of league")
N("tvåan", ORD + " (spelled rank)")
F("fyra minuter", "duration", 4, "minute", subject="Strandbergs BK",
  concept="time of opening goal")
N("19", AGE, pre="Nyberg, ")
N("31:a", ORD)
ctx(subject="Oscar Lindahl")
F("två mål", "count", 2, "goal", concept="goals in match")
F("elva minuter", "duration", 11, "minute", concept="time span of two goals")
SEASON = T("den här säsongen", "2028-01-01", "2028-12-31")
F("14 mål", "count", 14, "goal", time=SEASON, concept="goals this season")
F("20 matcher", "count", 20, "match", time=SEASON, concept="matches played this season")
F("fem fler", "count", 5, "goal", m="change", time=SEASON,
  concept="goals compared with last season")
N("andra", ORD)
F("118 km/h", "speed", 118, "km/h", concept="shot speed")
F("11,8 kilometer", "length", 11.8, "km", concept="distance covered in match")
F("nio räddningar", "count", 9, "save", subject="Amir Haddad", concept="saves in match")
ctx(subject="Norrvik IF", source="Mikael Sjögren", time=None)
F("tolv matcher", "count", 12, "match", concept="unbeaten run")
F("tio omgångar", "count", 10, "round", concept="rounds remaining")
ctx(source="Norrvik IF")
F("12{NBSP}300", "count", 12300, "spectator", m="prior", concept="average attendance",
  time=T("i fjol", "2027-01-01", "2027-12-31"))
F("drygt 16{NBSP}000", "count", 16000, "spectator", q="approx", concept="average attendance",
  time=T("i år", "2028-01-01", "2028-12-31"))
N("första", ORD)
N("2011", YEAR)
ctx(subject="Elias Nyberg", source="Målgång")
F("3,5 miljoner euro", "money", 3.5e6, "EUR", concept="transfer bid")
F("drygt 40 miljoner kronor", "money", 40e6, "SEK", q="approx", concept="transfer bid")
F("ytterligare två år", "duration", 2, "year", m="change", concept="remaining contract length")
ctx(subject="Älvdalens HK", source=None)
F("31", "count", 31, "goal", opt=True, concept="goals scored in match")
F("27", "count", 27, "goal", opt=True, subject="Hagaby IK", concept="goals scored in match")
F("fem mål", "count", 5, "goal", concept="half-time deficit")
ctx(subject="Maja Dahl", time=T("på lördagen", "2028-08-26"))
F("15 kilometer", "length", 15, "km", concept="race distance")
F("38.41,2", "duration", 38 * 60 + 41.2, "second", concept="winning time")
F("nästan en halv minut", "duration", 0.5, "minute", q="approx", concept="winning margin")
N("tvåan", ORD + " (spelled rank)")
N("nr 9", ID + " (shirt number)")
N("3 talanger som kan bli nästa stjärnexport", RELATED)
N("0920-55 12 00", PHONE)
