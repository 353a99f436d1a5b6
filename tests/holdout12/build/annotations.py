"""Gold annotations for tests/holdout12, one block per article, rows in text order.

The helpers and row format of tests/holdout_tools/gold_rows.py: F(...) is a fact row, N(...)
a trap row.  ctx(...) sets the running context (subject, time, source) that later rows
inherit, mirroring the contract's rule that "a period set earlier in the passage carries
over"; a keyword on a single F(...) overrides it for that row only.  T(phrase, start,
end) is a time phrase as written plus the ISO period it names, resolved against the
document date.  direction is derived from the sign of a change.  All ten articles are
prose (general news: sports, weather, cars/tech, local news, markets).  Unit conversions
are written out as expressions with the factors below.  See ../NOTES.md for the
judgement calls.
"""
from gold_rows import DOCS, F, N, T, ctx, doc  # noqa: F401 (tests/holdout_tools)

# conversion factors to the contract's canonical units
MPH = 1.609344                 # mph -> km/h; also mile -> km
MS = 3.6                       # m/s -> km/h
INCH = 2.54e-5                 # inch -> km
MM = 1e-6                      # millimetre -> km
CM = 1e-5                      # centimetre -> km
M = 1e-3                       # metre -> km
M2 = 1e-6                      # square metre -> km2
HA = 1e-2                      # hectare -> km2
ACRE = 0.0040468564224         # acre -> km2
L = 1e-3                       # litre -> m3
KWH = 1e-3                     # kWh -> MWh
KW = 1e-3                      # kW -> MW
HP = 0.00074569987158227022    # mechanical (imperial) horsepower -> MW
HK = 0.00073549875             # Swedish hk / hästkrafter (metric horsepower) -> MW
NM = 1 / 3.6e9                 # newton-metre (joule) -> MWh, torque rows are optional
LBFT = 1.3558179483314004      # pound-foot -> newton-metre
RPM = 1 / 60                   # revolutions per minute -> Hz
HPA = 1e-3                     # hectopascal -> bar


def f2c(f):
    """Fahrenheit level to Celsius (with the offset)."""
    return (f - 32) * 5 / 9


def df2c(f):
    """Fahrenheit difference to Celsius (no offset)."""
    return f * 5 / 9


DATE = "date line or byline date"
CLOCK = "time of day in byline or text"
READ = "page chrome: reading time"
COUNTER = "page chrome: share/comment/like/view/follower counter"
YEAR = "year (a date, not a quantity)"
RELATED = "page chrome: related-article or sponsored link"
PHONE = "phone number"
ORD = "ordinal or rank, not an amount"
NAME = "name, label or product code with digits"
PERIOD = "length of a period inside a time phrase, not a quantity"
LIST = "page chrome: list numbering in a most-read box"
CHROME = "page chrome: data-delay disclaimer"
ARTICLE = "article or pronoun 'one'/'en'/'ett', not an amount"
ID = "identifier (planning or reference number)"
CAPTION = "page chrome: photo caption or bib number"


# ---------------------------------------------------------------- en_01
doc("en_01_harbour_city_okafor_double")
F("four points", "count", 4, "point", subject="Harbour City",
  concept="lead at top of league")
N("March 14, 2027", DATE)
N("9:48 PM GMT", CLOCK)
N("4 min read", READ)
N("Share 87", COUNTER)
N("Comments 31", COUNTER)
SUN = T("on Sunday", "2027-03-14")
ctx(subject="Harbour City", time=SUN)
F("2", "count", 2, "goal", opt=True, concept="goals scored in match")
F("1", "count", 1, "goal", opt=True, subject="Kingsmere Rovers",
  concept="goals scored in match")
F("four points", "count", 4, "point", concept="lead at top of league")
F("41,212 fans", "count", 41212, "fan", concept="match attendance")
F("11 minutes", "duration", 11, "minute", subject="Kingsmere Rovers",
  concept="time of opening goal")
ctx(subject="Tunde Okafor")
F("20 metres", "length", 20 * M, "km", concept="distance of winning shot")
N("78th", ORD)
F("112 km/h", "speed", 112, "km/h", source="Harbour City", concept="speed of winning shot")
SEASON = T("this season", "2026-08-01", "2027-05-31")
ctx(time=SEASON)
F("23 goals", "count", 23, "goal", concept="goals this season")
F("27 games", "count", 27, "game", concept="games played this season")
F("one more", "count", 1, "goal", m="change", concept="goals compared with last season")
F("22 goals", "count", 22, "goal", m="prior", concept="goals last season",
  time=T("last season", "2025-08-01", "2026-05-31"))
N("one", ARTICLE, pre="He is ")
ctx(subject="Harbour City", time=None)
F("14 first-team players", "count", 14, "player", concept="fit first-team players")
F("three or four weeks", "duration", 3, "week", hi=4, subject="Ray Cole",
  concept="injury absence")
F("15 league matches", "count", 15, "match", concept="unbeaten league run")
F("nine goals", "count", 9, "goal", concept="goals conceded",
  time=T("since October", "2026-10-01", "2027-03-14"))
ctx(subject="Leo Marsh", time=SUN)
F("11.2 km", "length", 11.2, "km", concept="distance covered in match")
F("35.8 km/h", "speed", 35.8, "km/h", concept="top sprint speed")
N("5th", ORD)
F("seven saves", "count", 7, "save", subject="Sami Lind", concept="saves in match")
ctx(subject="Harbour City", source="Harbour City",
    time=T("since 2019", "2019-01-01", "2027-03-14"))
F("sixfold", "ratio", 6, "x", m="change", concept="season-ticket sales")
N("2019", YEAR)
ctx(time=None)
N("April 3", DATE)
N("1874", NAME + " (club name)")
F("£35", "money", 35, "GBP", concept="ticket price for next home game")
F("more than 40,000", "count", 40000, "spectator", q="more_than",
  concept="expected crowd at next home game")
N("Top 10 strikers in Europe right now", RELATED)
N("15:00", CLOCK)
N("2027", YEAR + " (copyright line)")


# ---------------------------------------------------------------- en_02
doc("en_02_plains_heatwave_storms")
REGION = "north Texas and Oklahoma"
F("106F", "temperature", f2c(106), "°C", subject=REGION, concept="peak temperature forecast")
F("up to 60 mm", "length", 60 * MM, "km", q="up_to", subject=REGION,
  concept="rainfall in isolated spots")
N("July 20, 2027", DATE)
N("6:05 AM CDT", CLOCK)
N("7:30 AM CDT", CLOCK)
N("3 min read", READ)
N("👁 12.4K views", COUNTER)
WED = T("on Wednesday", "2027-07-21")
ctx(subject=REGION, source="National Weather Service", time=WED)
F("106F", "temperature", f2c(106), "°C", concept="peak temperature forecast")
F("41C", "temperature", 41, "°C", concept="peak temperature forecast")
F("about 15 degrees Fahrenheit", "temperature", df2c(15), "°C", q="approx", m="change",
  concept="temperature above normal")
ctx(subject="Dallas", source=None)
F("97F", "temperature", f2c(97), "°C", m="prior", concept="daily temperature",
  time=T("on Sunday", "2027-07-18"))
F("104F", "temperature", f2c(104), "°C", concept="daily temperature",
  time=T("on Monday", "2027-07-19"))
ctx(time=None)
F("above 80°F", "temperature", f2c(80), "°C", q="more_than", concept="overnight low temperature")
F("27 °C", "temperature", 27, "°C", q="more_than", concept="overnight low temperature")
F("11 days", "duration", 11, "day", concept="run of warm nights")
F("38 counties", "count", 38, "county", subject=REGION, source="National Weather Service",
  concept="counties under heat warnings")
ctx(subject="ERCOT", source="ERCOT", time=T("on Wednesday afternoon", "2027-07-21"))
F("86,500 MW", "power", 86500, "MW", concept="peak power demand")
N("4 p.m.", CLOCK)
N("9 p.m.", CLOCK)
F("up to 10 hours a day", "duration", 10, "hour", q="up_to", per="day", subject=None,
  source=None, time=None, concept="cooling center opening hours")
FRI = T("on Friday", "2027-07-23")
ctx(subject=REGION, source=None, time=FRI)
F("25 to 40 mm", "length", 25 * MM, "km", hi=40 * MM, concept="expected rainfall")
F("1 to 1.6 inches", "length", 1 * INCH, "km", hi=1.6 * INCH, concept="expected rainfall")
F("up to 60 mm", "length", 60 * MM, "km", q="up_to", concept="rainfall in isolated spots")
F("up to 50 mph", "speed", 50 * MPH, "km/h", q="up_to", concept="wind gusts")
ctx(time=T("by Sunday", "2027-07-25"))
F("about 20F", "temperature", -df2c(20), "°C", q="approx", m="change",
  concept="temperature")
F("the mid-80s", "temperature", f2c(85), "°C", q="approx", opt=True, concept="temperature")
ctx(source="Ben Tolliver", time=None)
N("one", ARTICLE, pre="Flash flooding is ")
N("June 1", DATE)
F("64%", "percent", -64, "%", m="change", concept="rainfall compared with average",
  time=T("since June 1", "2027-06-01", "2027-07-20"))
N("12 years", PERIOD)
ctx(subject="Wichita Falls", source=None, time=T("since Saturday", "2027-07-17", "2027-07-20"))
F("3,400 acres", "area", 3400 * ACRE, "km2", concept="grassland fires contained")
F("about three times", "ratio", 3, "x", q="approx",
  concept="area burned compared with last July")
N("5 ways to keep pets cool in a heatwave", RELATED)
N("1-800-555-0142", PHONE)


# ---------------------------------------------------------------- en_03
doc("en_03_volterra_gt_review")
ctx(subject="Volterra", source=None, time=None)
F("670 horsepower", "power", 670 * HP, "MW", concept="combined motor output")
F("610 km", "length", 610, "km", concept="WLTP driving range")
N("9 September 2027", DATE)
N("Reading time: 5 minutes", READ)
N("2.1K shares", COUNTER)
F("two motors", "count", 2, "motor", concept="electric motors")
F("670 horsepower", "power", 670 * HP, "MW", concept="combined motor output")
F("1,050 Nm", "energy", 1050 * NM, "MWh", opt=True, concept="torque")
F("100 km/h", "speed", 100, "km/h", concept="acceleration benchmark speed")
F("3.4 seconds", "duration", 3.4, "second", concept="acceleration time to 100 km/h")
F("155 mph", "speed", 155 * MPH, "km/h", concept="limited top speed")
F("250 km/h", "speed", 250, "km/h", concept="limited top speed")
F("5.0-litre", "volume", 5.0 * L, "m3", concept="predecessor engine displacement")
N("V8", NAME + " (engine layout)")
F("540 horsepower", "power", 540 * HP, "MW", concept="predecessor engine output")
F("465 pound-feet", "energy", 465 * LBFT * NM, "MWh", opt=True, concept="predecessor engine torque")
F("6,500 rpm", "frequency", 6500 * RPM, "Hz", concept="predecessor engine peak power speed")
F("up to 20,000 rpm", "frequency", 20000 * RPM, "Hz", q="up_to", concept="rear motor speed")
F("102 kWh", "energy", 102 * KWH, "MWh", concept="battery capacity")
F("610 km", "length", 610, "km", concept="WLTP driving range")
F("342 miles", "length", 342 * MPH, "km", source="US EPA", concept="EPA driving range")
F("350 kW", "power", 350 * KW, "MW", concept="fast charger power")
F("10%", "percent", 10, "%", m="prior", concept="battery charge level")
F("80%", "percent", 80, "%", concept="battery charge level")
F("22 minutes", "duration", 22, "minute", concept="fast charging time")
F("about 400 km", "length", 400, "km", q="approx", m="change", source="Volterra",
  concept="range added by fast charging")
F("2,310 kg", "mass", 2.31, "t", concept="vehicle weight")
F("520 litres", "volume", 520 * L, "m3", concept="boot volume")
F("15.6-inch", "length", 15.6 * INCH, "km", concept="central screen size")
N("V3", NAME + " (chip name)")
F("four times", "ratio", 4, "x", source="Volterra", concept="processing power versus old chip")
F("256GB", "data", 256, "GB", concept="base storage")
F("1TB", "data", 1000, "GB", q="up_to", concept="maximum storage option")
F("14-speaker", "count", 14, "speaker", concept="sound system speakers")
N("one", ARTICLE, pre="This is ")
F("12,000 units a year", "count", 12000, "unit", per="year", source="Volterra",
  concept="planned production")
F("£96,500", "money", 96500, "GBP", concept="starting price in the UK")
F("$104,900", "money", 104900, "USD", concept="starting price in the US")
F("between 15% and 20%", "percent", 15, "%", hi=20, m="change",
  concept="price increase over outgoing model")
N("Compare 3 lease deals near you", RELATED)
N("Follow us 48K", COUNTER)


# ---------------------------------------------------------------- en_04
doc("en_04_ashby_library_depot")
N("May 10, 2027", DATE)
N("10:52 pm", CLOCK)
N("6 comments", COUNTER)
ctx(subject="Ashby Town Council", source=None, time=T("on Monday", "2027-05-10"))
F("nine votes", "count", 9, "vote", concept="votes for the library")
F("four", "count", 4, "vote", concept="votes against the library", pre="to ")
ctx(time=None)
F("2.5-hectare", "area", 2.5 * HA, "km2", concept="former bus depot site area")
F("more than three years", "duration", 3, "year", q="more_than",
  concept="length of library debate")
F("£18.6 million", "money", 18.6e6, "GBP", concept="library building cost")
F("4,200 square metres", "area", 4200 * M2, "km2", concept="new library floor space")
F("three floors", "count", 3, "floor", concept="floors in new library")
F("almost five times", "ratio", 5, "x", q="approx",
  concept="space compared with current library")
N("1962", YEAR)
F("880 square metres", "area", 880 * M2, "km2", concept="current library floor space")
F("between 18 and 24 months", "duration", 18, "month", hi=24, concept="construction time")
F("eight", "duration", 8, "hour", m="prior", per="day", concept="library opening hours")
F("12 hours a day", "duration", 12, "hour", per="day", concept="library opening hours")
ctx(source="Ashby Town Council")
F("1,350 residents", "count", 1350, "resident", concept="residents surveyed")
F("68%", "percent", 68, "%", concept="residents wanting later opening")
ctx(source=None)
F("60 cars", "count", 60, "car", concept="car parking spaces")
F("200 bicycles", "count", 200, "bicycle", concept="bicycle parking spaces")
F("30,000 litres", "volume", 30000 * L, "m3", concept="rainwater tank capacity")
F("about 3,000 m²", "area", 3000 * M2, "km2", q="approx", concept="park area")
F("between seven and 10 years", "duration", 7, "year", hi=10, concept="café lease term")
N("2nd", ORD)
ctx(source="Ashby Town Council")
F("40 seconds", "duration", 40, "second", m="change", concept="average wait at crossing")
F("25 seconds", "duration", 25, "second", concept="pedestrian crossing time")
ctx(subject=None, source=None)
F("7 minutes 30 seconds", "duration", 450, "second", concept="average fire response time")
F("10-minute", "duration", 10, "minute", concept="fire response time target")
F("about 48,000 residents", "count", 48000, "resident", q="approx", subject="Ashby",
  concept="population")
N("27/00419/FUL", ID)
N("June 7", DATE)
N("19:00", CLOCK)
N("Room 2", NAME + " (room name)")
N("01632 960 418", PHONE)


# ---------------------------------------------------------------- en_05
doc("en_05_asia_gulf_markets")
F("₹4,500 crore", "money", 4500e7, "INR", subject="Kaveri Bank",
  concept="share sale proceeds")
N("February 5, 2027", DATE)
N("4:40 PM IST", CLOCK)
N("3 min read", READ)
N("19 comments", COUNTER)
FRI5 = T("on Friday", "2027-02-05")
N("50", NAME + " (index name)", pre="Nifty ")
ctx(subject="Nifty 50", source=None, time=FRI5)
F("58.06 points", "index", 58.06, "point", m="change", concept="index level")
F("0.36%", "percent", 0.36, "%", m="change", concept="index level")
F("16,369.03", "index", 16369.03, "point", concept="index level")
N("fourth", ORD)
ctx(subject="Kaveri Bank")
F("3.2%", "percent", 3.2, "%", m="change", concept="share price")
F("Rs 1,240", "money", 1240, "INR", per="share", concept="share price")
F("₹4,500 crore", "money", 4500e7, "INR", concept="share sale proceeds", time=None)
F("four times", "ratio", 4, "x", concept="bids versus offer size", time=None)
ctx(time=None)
F("up to ₹2,00,000", "money", 200000, "INR", q="up_to", concept="retail bid limit")
F("about 5 lakh shareholders", "count", 5e5, "shareholder", q="approx",
  concept="shareholders")
F("Rs 20 per share", "money", 20, "INR", per="share", concept="dividend")
F("15% to 20% a year", "percent", 15, "%", hi=20, m="change", per="year",
  source="Deccan Equity", concept="profit growth forecast",
  time=T("over the next three years", "2027-02-05", "2030-02-04"))
N("three years", PERIOD)
ctx(subject="India", source="AMFI", time=T("in 2026", "2026-01-01", "2026-12-31"))
F("₹2.5 lakh crore", "money", 2.5e12, "INR", concept="retail inflows into equity funds")
N("2026", YEAR)
F("₹1.9 lakh crore", "money", 1.9e12, "INR", m="prior",
  concept="retail inflows into equity funds",
  time=T("a year earlier", "2025-01-01", "2025-12-31"))
ctx(subject="FBM KLCI", source=None, time=FRI5)
F("4.12 points", "index", 4.12, "point", m="change", concept="index level")
F("1,587.40", "index", 1587.40, "point", concept="index level")
ctx(subject="Sarawak Hijau")
F("6%", "percent", 6, "%", m="change", concept="share price")
F("RM3.18", "money", 3.18, "MYR", per="share", concept="share price")
F("RM412 million", "money", 412e6, "MYR", source="Sarawak Hijau", concept="net profit",
  time=T("in the December quarter", "2026-10-01", "2026-12-31"))
F("RM265 million", "money", 265e6, "MYR", m="prior", source="Sarawak Hijau",
  concept="net profit", time=None)
F("1.2 billion ringgit", "money", 1.2e9, "MYR", source="Sarawak Hijau", time=None,
  concept="planned spending on new mills")
ctx(subject="Malaysia")
F("0.3%", "percent", 0.3, "%", m="change", concept="ringgit exchange rate")
F("4.412", "money", 4.412, "MYR", concept="ringgit per US dollar")
ctx(subject="Boursa Kuwait", time=None)
F("0.4%", "percent", -0.4, "%", m="change", concept="premier index level")
ctx(subject="Gulf Harbour Telecom", source="Gulf Harbour Telecom")
F("KWD 85 million", "money", 85e6, "KWD", concept="5G network spending")
N("5G", NAME + " (technology name)")
F("three or four years", "duration", 3, "year", hi=4, concept="network build time")
ctx(subject="Chicago", source=None, time=FRI5)
F("1.4¢", "money", 0.014, "USD", m="change", per="lb", concept="soybean oil futures price")
F("52.6¢ per lb", "money", 0.526, "USD", per="lb", concept="soybean oil futures price")
F("about 11%", "percent", 11, "%", q="approx", m="change", subject=None,
  concept="palm oil price", time=T("this year", "2027-01-01", "2027-12-31"))
N("1.", LIST)
N("Rupee slides past 83", RELATED)
N("2.", LIST)
N("15 minutes", CHROME)


# ---------------------------------------------------------------- sv_01
doc("sv_01_vasaloppet_lindqvist")
F("48 sekunder", "duration", 48, "second", subject="Tobias Lindqvist",
  concept="winning margin")
N("7 mars 2027", DATE)
N("16.20", CLOCK)
N("Lästid 3 min", READ)
N("Dela 54", COUNTER)
N("💬 12", COUNTER)
ctx(subject="Vasaloppet", source=None, time=T("på söndagen", "2027-03-07"))
F("90 kilometerna", "length", 90, "km", concept="race distance")
ctx(subject="Tobias Lindqvist")
F("3 timmar, 41 minuter och 5 sekunder", "duration", 3 * 3600 + 41 * 60 + 5, "second",
  concept="winning time")
F("48 sekunder", "duration", 48, "second", concept="winning margin")
F("24,4 km/h", "speed", 24.4, "km/h", concept="average speed")
F("52 km/h", "speed", 52, "km/h", concept="downhill speed")
F("minus 14 grader", "temperature", -14, "°C", subject="Sälen",
  concept="temperature at the start")
F("2,5 plusgrader", "temperature", 2.5, "°C", subject="Mora",
  concept="temperature at the finish")
N("en", ARTICLE, pre="är ")
N("4:a", ORD)
ctx(subject="Ida Moen")
N("sex år", PERIOD)
F("drygt en minut", "duration", 1, "minute", q="approx", concept="lead over Sara Falk")
ctx(subject="Vasaloppet")
F("15{NBSP}800 åkare", "count", 15800, "skier", concept="starters")
F("sju olika länder", "count", 7, "country", concept="countries represented")
F("97 procent", "percent", 97, "%", concept="share of starters finishing")
F("3 400", "count", 3400, "official", m="prior", concept="race officials",
  time=T("i fjol", "2026-01-01", "2026-12-31"))
F("3 900", "count", 3900, "official", concept="race officials",
  time=T("i år", "2027-01-01", "2027-12-31"))
ctx(time=None)
F("100{NBSP}000 kronor", "money", 100000, "SEK", concept="winner's prize money")
F("drygt 1,2 miljarder kronor", "money", 1.2e9, "SEK", q="approx", source="Vasaloppet",
  concept="race revenue for Dalarna")
ctx(time=T("på söndagen", "2027-03-07"))
F("ytterligare en timme", "duration", 1, "hour", m="change", concept="cut-off time extension")
F("13 timmar och 30 minuter", "duration", 13 * 60 + 30, "minute",
  concept="time allowed for last skiers")
N("Här är 10 tips inför Öppet spår", RELATED)
N("Startnummer 1", CAPTION)


# ---------------------------------------------------------------- sv_02
doc("sv_02_stormen_ylva_norrland")
F("upp till 40 centimeter", "length", 40 * CM, "km", q="up_to", subject="Västernorrland",
  concept="snowfall")
N("13 januari 2027", DATE)
N("kl. 06.12", CLOCK)
N("08.45", CLOCK)
N("👁 3,4 tn läsningar", COUNTER)
N("Dela 210", COUNTER)
ctx(subject="Norrland coast", source="SMHI", time=T("Under onsdagen", "2027-01-13"))
F("20–25 m/s", "speed", 20 * MS, "km/h", hi=25 * MS, concept="mean wind speed")
F("upp till 33 meter per sekund", "speed", 33 * MS, "km/h", q="up_to", concept="wind gusts")
ctx(subject="Västernorrland", source=None)
F("mellan 30 och 40 centimeter", "length", 30 * CM, "km", hi=40 * CM, concept="snowfall")
ctx(time=T("i natt", "2027-01-12", "2027-01-13"))
F("−28,4 °C", "temperature", -28.4, "°C", subject="Naimakka", concept="lowest temperature")
F("78 centimeter", "length", 78 * CM, "km", subject="Kiruna", concept="snow depth")
ctx(subject=None, source="Sofia Enqvist", time=None)
F("962 hektopascal", "pressure", 962 * HPA, "bar", concept="air pressure in storm centre")
ctx(source=None)
N("E4", NAME + " (road name)")
N("90", NAME + " (road number)", pre="väg ")
F("tre platser", "count", 3, "place", subject="Trafikverket", concept="road closure points")
F("46 avgångar", "count", 46, "departure", subject="SJ", concept="cancelled train departures")
F("cirka 3{NBSP}800 hushåll", "count", 3800, "household", q="approx", subject="Sundsvall",
  source="Ellevio", concept="households without power")
F("tredubblades", "ratio", 3, "x", m="change", subject="SOS Alarm",
  concept="calls to SOS Alarm", time=T("under natten", "2027-01-12", "2027-01-13"))
F("15–20 minusgrader", "temperature", -20, "°C", hi=-15, concept="inland temperature")
F("ytterligare fyra dygn", "duration", 4, "day", m="change", concept="length of cold spell")
ctx(subject="Stockholm")
F("runt 3 minusgrader", "temperature", -3, "°C", q="approx", concept="temperature")
F("5 millimeter", "length", 5 * MM, "km", concept="sleet")
ctx(subject="Sundsvall", source="SMHI", time=T("December", "2026-12-01", "2026-12-31"))
N("30 år", PERIOD)
F("142 millimeter", "length", 142 * MM, "km", concept="precipitation")
F("65 procent", "percent", 65, "%", m="change", concept="precipitation compared with normal")
N("7 saker du ska ha hemma när strömmen går", RELATED)
N("020-55 55 88", PHONE)


# ---------------------------------------------------------------- sv_03
doc("sv_03_nordvik_e7_provkorning")
ctx(subject="Nordvik", source=None, time=None)
N("E7", NAME + " (model name)")
F("408 hästkrafter", "power", 408 * HK, "MW", concept="combined motor output")
F("upp till 600 km", "length", 600, "km", q="up_to", concept="driving range")
N("14 oktober 2027", DATE)
N("Lästid 4 min", READ)
N("Dela 33", COUNTER)
N("E7", NAME + " (model name)")
F("två motorer", "count", 2, "motor", concept="electric motors")
F("408 hk", "power", 408 * HK, "MW", concept="combined motor output")
F("670 Nm", "energy", 670 * NM, "MWh", opt=True, concept="torque")
F("100 km/h", "speed", 100, "km/h", concept="acceleration benchmark speed")
F("4,7 sekunder", "duration", 4.7, "second", concept="acceleration time to 100 km/h")
F("180 km/h", "speed", 180, "km/h", concept="limited top speed")
F("111 kWh", "energy", 111 * KWH, "MWh", concept="battery capacity")
F("upp till 600 km", "length", 600, "km", q="up_to", source="Nordvik", concept="driving range")
F("250 kW", "power", 250 * KW, "MW", concept="fast charger power")
F("10", "percent", 10, "%", m="prior", concept="battery charge level", pre="från ")
F("80 procent", "percent", 80, "%", concept="battery charge level")
F("24 minuter", "duration", 24, "minute", concept="fast charging time")
F("upp till 18{NBSP}000 varv per minut", "frequency", 18000 * RPM, "Hz", q="up_to",
  concept="electric motor speed")
F("2 480 kilo", "mass", 2.48, "t", concept="vehicle weight")
F("1 100 liter", "volume", 1100 * L, "m3", concept="boot volume with seats folded")
F("15 tum", "length", 15 * INCH, "km", concept="central screen size")
F("128 GB", "data", 128, "GB", concept="storage")
F("3,2 GHz", "frequency", 3.2e9, "Hz", concept="processor clock speed")
N("en", ARTICLE, pre="byggt ")
N("E7", NAME + " (model name)")
F("fem olika versioner", "count", 5, "version", concept="versions offered")
F("749{NBSP}900 kronor", "money", 749900, "SEK", concept="starting price in Sweden")
F("689{NBSP}000 norska kronor", "money", 689000, "NOK", concept="starting price in Norway")
F("omkring 810{NBSP}000 nkr", "money", 810000, "NOK", q="approx",
  concept="top version price in Norway")
ctx(subject="Sweden", source="Mobility Sweden", time=T("sedan 2019", "2019-01-01", "2027-10-14"))
F("sexdubblats", "ratio", 6, "x", m="change", concept="electric car sales")
N("2019", YEAR)
ctx(source=None, time=T("dagens", "2027-10-14"))
F("2 kronor och 23 öre per kilowattimme", "money", 2.23, "SEK", per="kWh",
  concept="household electricity price")
F("knappt 250 kronor", "money", 250, "SEK", q="approx", subject="Nordvik",
  concept="cost of full home charge")
ctx(subject="Nordvik", time=None)
F("312 kilometer", "length", 312, "km", concept="test drive distance")
F("5 plusgrader", "temperature", 5, "°C", concept="temperature during test drive")
F("ett laddstopp", "count", 1, "charging stop", concept="charging stops on test drive")
N("3 elbilar under 400 000 kronor", RELATED)
N("kl. 07.00", CLOCK)


# ---------------------------------------------------------------- sv_04
doc("sv_04_visby_badhus_skarpaker")
F("ytterligare en månad", "duration", 1, "month", m="change", subject="Region Gotland",
  concept="extended swimming hall closure")
N("8 juni 2027", DATE)
N("11.05", CLOCK)
N("Lästid 3 min", READ)
N("💬 27", COUNTER)
ctx(subject="Region Gotland", source="Region Gotland", time=None)
F("ytterligare en månad", "duration", 1, "month", m="change",
  concept="extended swimming hall closure")
F("84", "money", 84e6, "SEK", m="prior", concept="swimming hall renovation cost")
F("97 miljoner kronor", "money", 97e6, "SEK", concept="swimming hall renovation cost")
ctx(source=None)
F("25 meter", "length", 25 * M, "km", concept="new pool length")
F("1,2 miljoner liter", "volume", 1.2e6 * L, "m3", concept="new pool water volume")
F("tre gånger", "ratio", 3, "x", concept="pool volume compared with old pool")
F("2{NBSP}400 kvadratmeter", "area", 2400 * M2, "km2", concept="renovated floor area")
N("ett", ARTICLE, pre="är ")
F("12 hektar", "area", 12 * HA, "km2", concept="land bought at Skarpåker")
F("mellan 350 och 400 bostäder", "count", 350, "home", hi=400,
  concept="homes planned at Skarpåker")
F("mellan sju och tio år", "duration", 7, "year", hi=10, concept="construction period")
F("sju olika arter", "count", 7, "species", concept="bat species found")
F("minst 2 hektar", "area", 2 * HA, "km2", q="at_least", concept="forest to preserve")
F("25", "duration", 25, "minute", m="prior", concept="bus travel time to Visby",
  pre="från ")
F("15 minuter", "duration", 15, "minute", concept="bus travel time to Visby")
F("omkring 62{NBSP}000 invånare", "count", 62000, "inhabitant", q="approx", subject="Gotland",
  source="Region Gotland", concept="population forecast",
  time=T("2035", "2035-01-01", "2035-12-31"))
N("2035", YEAR)
F("140 liter", "volume", 140 * L, "m3", per="day", subject="Gotland",
  concept="water use per person")
F("10 procent", "percent", -10, "%", m="change", concept="water use reduction target")
ctx(subject="Sweden", source="Energimyndigheten")
F("upp till 1 000 havsbaserade vindkraftverk", "count", 1000, "wind turbine", q="up_to",
  concept="offshore wind turbines in Baltic")
F("ett hundratal", "count", 100, "wind turbine", q="approx", opt=True,
  concept="offshore wind turbines off Gotland")
ctx(subject="Region Gotland", source=None, time=T("i sommar", "2027-06-01", "2027-08-31"))
F("180 barn", "count", 180, "child", concept="swimming school places")
N("kl. 06.30", CLOCK)
N("5 nya cykelvägar på Gotland", RELATED)
N("0498-26 90 00", PHONE)


# ---------------------------------------------------------------- sv_05
doc("sv_05_borsen_nordbanken")
N("19 november 2027", DATE)
N("17.42", CLOCK)
N("Lästid 2 min", READ)
N("Dela 15", COUNTER)
N("💬 4", COUNTER)
N("OMXS30", NAME + " (index name)")
FRI19 = T("på fredagen", "2027-11-19")
ctx(subject="OMXS30", source=None, time=FRI19)
F("0,8 procent", "percent", 0.8, "%", m="change", concept="index level")
ctx(subject="OMXSPI")
F("12,47 punkter", "index", 12.47, "point", m="change", concept="index level")
F("1{NBSP}034,58", "index", 1034.58, "point", concept="index level")
ctx(subject="Nordbanken")
F("7,4 procent", "percent", 7.4, "%", m="change", concept="share price")
F("148,60 kronor", "money", 148.60, "SEK", per="share", concept="share price")
ctx(source="Nordbanken")
F("3 120", "money", 3.12e9, "SEK", m="prior", concept="operating profit", time=None)
F("3 550 miljoner kronor", "money", 3.55e9, "SEK", concept="operating profit",
  time=T("under tredje kvartalet", "2027-07-01", "2027-09-30"))
F("4 kronor och 50 öre per aktie", "money", 4.5, "SEK", per="share", concept="dividend",
  time=None)
ctx(source=None)
F("fyra gånger", "ratio", 4, "x", concept="share turnover compared with normal")
ctx(subject="Kvarnstaden")
F("3,1 procent", "percent", -3.1, "%", m="change", concept="share price")
F("74 öre", "money", -0.74, "SEK", m="change", per="share", concept="share price")
F("23,15 kronor", "money", 23.15, "SEK", per="share", concept="share price")
F("tredubblades", "ratio", 3, "x", m="change", concept="bond turnover",
  time=T("Tidigare i veckan", "2027-11-15", "2027-11-19"))
ctx(subject=None, source="Petra Sund", time=T("nästa år", "2028-01-01", "2028-12-31"))
F("15–20 procent", "percent", 15, "%", hi=20, m="change", concept="bank earnings growth")
F("ytterligare ett år", "duration", 1, "year", m="change",
  concept="period of unchanged interest rate", time=None)
ctx(subject="Riksbank", source=None, time=T("i veckan", "2027-11-15", "2027-11-21"))
F("2,25 procent", "percent", 2.25, "%", concept="policy rate")
F("0,25 procentenheter", "percent", -0.25, "pp", m="change", concept="expected policy rate cut",
  time=T("i februari", "2028-02-01", "2028-02-29"))
ctx(subject="Equinor", time=None)
F("1,9 procent", "percent", 1.9, "%", m="change", concept="share price")
F("289,40 norska kronor", "money", 289.40, "NOK", per="share", concept="share price")
ctx(subject=None)
F("78,35 dollar per fat", "money", 78.35, "USD", per="barrel", concept="oil price")
F("11,12 kronor", "money", 11.12, "SEK", concept="euro exchange rate")
F("9,87 kronor", "money", 9.87, "SEK", concept="US dollar exchange rate")
N("15 minuter", CHROME)
N("1.", LIST)
N("2.", LIST)
