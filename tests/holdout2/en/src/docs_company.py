from lib import Doc, T, month, quarter, year, day, span

DOCS = []

# ---------------------------------------------------------------- 05
d = Doc("en_05_lynx_resources_march_quarter", """Pilbara Business Review
[[April 28, 2026]] [[09:10 AWST]]
Lynx Resources swings to March-quarter profit as spodumene recovers
Home | Resources | Lithium | Gold | Iron Ore | Markets Data
LYX [[1.325]] ▲[[5.6%]] | PLS [[3.41]] ▼[[0.9%]]
By Kate Morrell | 28 April 2026, 9:10am AWST | [[18]] comments
Reading time: [[4 min]]

PERTH - Lynx Resources Ltd (ASX: LYX) returned to profit in the March quarter as a rebound in lithium prices and higher sales from its Western Australian mine lifted earnings.

Lynx's revenue for the quarter to 31 March rose [[38%]] to [[A$212.4 million]], up from [[A$153.9 million]] a year earlier, the company said on Tuesday. Operating profit was [[A$41.6 million]], compared with an operating loss of [[A$18.2 million]] in the same quarter last year.

Net profit after tax came in at [[A$22.9 million]], or [[4.1 Australian cents]] a share, against a net loss of [[A$27.5 million]], or [[5.0 cents]] a share, in the March quarter of 2025. Analysts at Barrow & Finch had expected revenue of [[A$198 million]].

Lynx sold [[104,300 dry metric tonnes]] of spodumene concentrate in the period, [[12%]] more than in the December quarter, at an average realised price of [[US$1,164 a tonne]] on an [[SC6]] basis, compared with [[US$812]] in the December quarter, it said. Production was [[98,700 tonnes]], with lithia recovery improving to [[66.4%]].

Unit operating costs fell to [[A$798 a tonne]] from [[A$861]] in the December quarter. Cash stood at [[A$318 million]] at 31 March, and the company has no debt.

Lynx raised its production guidance for fiscal 2026, the year to 30 June, to [[390,000-410,000 tonnes]] from [[370,000-400,000 tonnes]]. Managing director Sarah Quinlan said the company would restart its [[Plant 2]] flotation circuit in the September quarter, adding [[about 60,000 tonnes a year]] of capacity, and hire [[around 120 workers]]. Lynx employs [[about 1,150 people]].

Lynx shares closed [[5.6%]] higher at [[A$1.325]] in Sydney on Tuesday, while the S&P/ASX [[200]] gained [[0.3%]]. Spodumene prices have risen [[about 45%]] since the start of the year, according to analysts at Corran Partners.

Investor relations: [[+61 8 6141 2200]]
Read also: WA lithium towns brace for another wave of mine restarts
Join [[40,000]] readers: get the Pilbara Business Review morning newsletter
We use cookies for analytics and advertising. OK | Learn more
""")
d.t("April 28, 2026", "document date line")
d.t("09:10 AWST", "time of day")
d.t("1.325", "ticker strip (page chrome)")
d.t("5.6%", "ticker strip (page chrome)")
d.t("3.41", "ticker strip (page chrome)")
d.t("0.9%", "ticker strip (page chrome)")
d.t("18", "page chrome: comment counter")
d.t("4 min", "page chrome: reading time")
Q = T("the quarter to 31 March", quarter(2026, 1))
d.p(subj="Lynx", time=Q, src="Lynx")
d.f("38%", "percent", 38, "%", m="change", d="up", c="revenue")
d.f("A$212.4 million", "money", 212.4e6, "AUD", c="revenue")
d.f("A$153.9 million", "money", 153.9e6, "AUD", m="prior", c="revenue",
    time=T("a year earlier", quarter(2025, 1)))
d.p(subj="Lynx", time=Q)
d.f("A$41.6 million", "money", 41.6e6, "AUD", c="operating profit")
d.f("A$18.2 million", "money", 18.2e6, "AUD", m="prior", c="operating loss",
    time=T("in the same quarter last year", quarter(2025, 1)))
d.f("A$22.9 million", "money", 22.9e6, "AUD", c="net profit after tax")
d.f("4.1 Australian cents", "money", 0.041, "AUD", per="share", c="earnings per share")
PQ = T("in the March quarter of 2025", quarter(2025, 1))
d.f("A$27.5 million", "money", 27.5e6, "AUD", m="prior", c="net loss", time=PQ)
d.f("5.0 cents", "money", 0.05, "AUD", m="prior", per="share", c="loss per share", time=PQ)
d.f("A$198 million", "money", 198e6, "AUD", c="revenue forecast", src="Barrow & Finch")
PER = T("in the period", quarter(2026, 1))
DQ = T("in the December quarter", quarter(2025, 4))
d.p(subj="Lynx", time=PER, src="Lynx")
d.f("104,300 dry metric tonnes", "mass", 104300, "t", c="spodumene concentrate sales")
d.f("12%", "percent", 12, "%", m="change", d="up", c="spodumene concentrate sales")
d.f("US$1,164 a tonne", "money", 1164, "USD", per="t", c="average realised spodumene price")
d.t("SC6", "product grade code")
d.f("US$812", "money", 812, "USD", m="prior", per="t", c="average realised spodumene price", time=DQ)
d.p(subj="Lynx", time=PER)
d.f("98,700 tonnes", "mass", 98700, "t", c="spodumene concentrate production")
d.f("66.4%", "percent", 66.4, "%", c="lithia recovery rate")
d.f("A$798 a tonne", "money", 798, "AUD", per="t", c="unit operating costs")
d.f("A$861", "money", 861, "AUD", m="prior", per="t", c="unit operating costs", time=DQ)
d.f("A$318 million", "money", 318e6, "AUD", c="cash", time=T("at 31 March", day("2026-03-31")))
d.p(subj="Lynx", time=T("fiscal 2026", span("2025-07-01", "2026-06-30")))
d.f("390,000-410,000 tonnes", "mass", 390000, "t", hi=410000, c="production guidance")
d.f("370,000-400,000 tonnes", "mass", 370000, "t", hi=400000, m="prior", c="production guidance")
d.t("Plant 2", "name with digit")
d.p(subj="Lynx", time=T("in the September quarter", quarter(2026, 3)), src="Sarah Quinlan")
d.f("about 60,000 tonnes a year", "mass", 60000, "t", q="approx", m="change", d="up", per="year",
    c="added processing capacity")
d.f("around 120 workers", "count", 120, "worker", q="approx", c="planned new hires")
d.p(subj="Lynx")
d.f("about 1,150 people", "count", 1150, "person", q="approx", c="workforce")
d.p(subj="Lynx", time=T("on Tuesday", day("2026-04-28")))
d.f("5.6%", "percent", 5.6, "%", m="change", d="up", c="share price")
d.f("A$1.325", "money", 1.325, "AUD", per="share", c="share price")
d.t("200", "index name with digits (S&P/ASX 200)")
d.f("0.3%", "percent", 0.3, "%", m="change", d="up", subj="ASX", c="S&P/ASX 200 index")
d.p(time=T("since the start of the year", span("2026-01-01", "2026-04-28")), src="Corran Partners")
d.f("about 45%", "percent", 45, "%", q="approx", m="change", d="up", c="spodumene price")
d.t("+61 8 6141 2200", "phone number")
d.t("40,000", "page chrome: newsletter readership")
DOCS.append(d)

# ---------------------------------------------------------------- 06
d = Doc("en_06_nordvik_mining_half_year", """Nordic Resource Journal
[[July 17, 2026]] [[06:00 GMT]]
Nordvik Mining profit slides as copper grades fall; graphite plan on track
Start | Mining | Energy | Industry | Markets | Jobs
Text: Erik Sandström | Published [[17.07.2026]] [[08:00 CEST]]
Reading time: [[4 min]]

STOCKHOLM - Nordvik Mining AB, the Swedish copper and graphite producer, had net sales of [[SEK 4,812 million]] ([[5,230]]) in the first six months of 2026, according to its half-year report published on Friday, as lower ore grades at its Rävberget mine cut output. Figures in brackets refer to the same period last year.

Operating profit fell to [[SEK 623 million]] ([[1,041]]), giving an operating margin of [[12.9%]] ([[19.9%]]). Earnings per share were [[SEK 2.14]] ([[3.87]]). Analysts had on average expected operating profit of [[SEK 702 million]], according to a consensus compiled by Nordic Equity Data.

In the second quarter, net sales decreased [[6%]] to [[SEK 2,391 million]], compared with [[SEK 2,544 million]] in April-June 2025. Copper production in the first half was [[41,200 tonnes]], down from [[44,800 tonnes]] a year earlier, while the average copper grade fell to [[0.28%]] from [[0.33%]].

"Lower grades and a [[three-week]] maintenance stop at the concentrator in May explain most of the decline," chief executive Maria Lindqvist said. She said grades should recover in the second half as mining moves into a richer part of the orebody.

Net debt was [[SEK 1.95 billion]] at the end of June. Nordvik kept its [[2026]] copper production guidance of [[80,000-86,000 tonnes]].

The company's Lappvik graphite project in Norrbotten, where it plans to produce [[19,000 tonnes a year]] of anode material from [[2028]], is estimated to cost [[SEK 3.4 billion]]. The project was one of [[47 strategic projects]] selected by the European Commission under the Critical Raw Materials Act last year and has been granted [[EUR 45 million]] from the EU Innovation Fund.

Nordvik's shares fell [[4.8%]] in morning trading in Stockholm on Friday. The company has [[2,340 employees]].

Comments ([[9]]) | Share
Read also: Sweden fast-tracks permits for battery mineral mines
Sign up for NRJ Metals, our newsletter every Tuesday and Friday
Cookie settings: We use cookies to give you the best experience on our site. Accept all
Nordic Resource Journal AB, org. nr [[556712-3490]]
""")
d.t("July 17, 2026", "document date line")
d.t("06:00 GMT", "time of day")
d.t("17.07.2026", "byline date")
d.t("08:00 CEST", "time of day")
d.t("4 min", "page chrome: reading time")
H1 = T("the first six months of 2026", span("2026-01-01", "2026-06-30"))
PH1 = T("the same period last year", span("2025-01-01", "2025-06-30"))
d.p(subj="Nordvik", time=H1, src="Nordvik")
d.f("SEK 4,812 million", "money", 4812e6, "SEK", c="net sales")
d.f("5,230", "money", 5230e6, "SEK", m="prior", c="net sales", time=PH1)
d.p(subj="Nordvik", time=H1)
d.f("SEK 623 million", "money", 623e6, "SEK", c="operating profit")
d.f("1,041", "money", 1041e6, "SEK", m="prior", c="operating profit", time=PH1)
d.f("12.9%", "percent", 12.9, "%", c="operating margin")
d.f("19.9%", "percent", 19.9, "%", m="prior", c="operating margin", time=PH1)
d.f("SEK 2.14", "money", 2.14, "SEK", per="share", c="earnings per share")
d.f("3.87", "money", 3.87, "SEK", m="prior", per="share", c="earnings per share", time=PH1)
d.f("SEK 702 million", "money", 702e6, "SEK", c="operating profit forecast", src="Nordic Equity Data")
d.p(subj="Nordvik", time=T("In the second quarter", quarter(2026, 2)))
d.f("6%", "percent", -6, "%", m="change", d="down", c="net sales")
d.f("SEK 2,391 million", "money", 2391e6, "SEK", c="net sales")
d.f("SEK 2,544 million", "money", 2544e6, "SEK", m="prior", c="net sales",
    time=T("April-June 2025", quarter(2025, 2)))
d.p(subj="Nordvik", time=T("in the first half", span("2026-01-01", "2026-06-30")))
YE = T("a year earlier", span("2025-01-01", "2025-06-30"))
d.f("41,200 tonnes", "mass", 41200, "t", c="copper production")
d.f("44,800 tonnes", "mass", 44800, "t", m="prior", c="copper production", time=YE)
d.f("0.28%", "percent", 0.28, "%", c="average copper ore grade")
d.f("0.33%", "percent", 0.33, "%", m="prior", c="average copper ore grade", time=YE)
d.p(subj="Nordvik", time=T("in May", month(2026, 5)), src="Maria Lindqvist")
d.f("three-week", "duration", 3, "week", c="concentrator maintenance stop")
d.p(subj="Nordvik")
d.f("SEK 1.95 billion", "money", 1.95e9, "SEK", c="net debt", time=T("at the end of June", day("2026-06-30")))
d.t("2026", "year")
d.f("80,000-86,000 tonnes", "mass", 80000, "t", hi=86000, c="copper production guidance",
    time=T("2026", year(2026)))
d.p(subj="Nordvik")
d.f("19,000 tonnes a year", "mass", 19000, "t", per="year", c="planned anode material output")
d.t("2028", "year")
d.f("SEK 3.4 billion", "money", 3.4e9, "SEK", c="Lappvik project capital cost")
d.f("47 strategic projects", "count", 47, "project", subj="European Commission",
    time=T("last year", year(2025)), c="strategic projects under CRMA")
d.f("EUR 45 million", "money", 45e6, "EUR", c="EU Innovation Fund grant")
d.p(subj="Nordvik", time=T("on Friday", day("2026-07-17")))
d.f("4.8%", "percent", -4.8, "%", m="change", d="down", c="share price")
d.f("2,340 employees", "count", 2340, "employee", c="workforce", time=None)
d.t("9", "page chrome: comment counter")
d.t("556712-3490", "company registration number")
DOCS.append(d)

# ---------------------------------------------------------------- 07
d = Doc("en_07_caldera_copper_fourth_quarter", """Andes Mining Monitor
[[February 19, 2026]] [[13:20 GMT]]
Caldera Copper beats forecasts as record prices lift fourth-quarter profit
Home / Companies / Copper / Chile / Peru
By Martín Aguirre, Santiago | Feb. 19, 2026, 13:20 GMT | [[7 min ago]]
Reading time: [[4 min]]

SANTIAGO, [[Feb 19]] (AMM) - Caldera Copper Corp said on Thursday its fourth-quarter revenue rose [[27%]] to [[$1.42 billion]] from [[$1.12 billion]] a year earlier, as the realised copper price averaged [[$5.02 per pound]], compared with [[$4.18]] in the fourth quarter of 2024.

Adjusted earnings per share were [[61 cents]], beating the [[54 cents]] analysts had expected, according to Vantage Data. Net income attributable to shareholders rose to [[$312 million]] from [[$188 million]], and operating profit climbed [[45%]] to [[$540 million]].

For the full year 2025, revenue was [[$5.06 billion]] and copper production [[318,400 tonnes]], in line with guidance of [[310,000 to 330,000 tonnes]]. [[C1]] cash costs averaged [[$1.92 a pound]].

The Vancouver-based miner forecast [[2026]] production of [[325,000-345,000 tonnes]] and capital spending of [[about $1.1 billion]], much of it for the Quebrada Alta expansion in Chile's Antofagasta region, which will add [[about 90,000 tonnes]] of annual output from [[2028]].

"We see a deficit of [[400,000 to 600,000 tonnes]] in the refined copper market this year," chief executive Tomás Ibarra told analysts on a call. Chile's copper output is expected to rise to [[5.6 million tonnes]] in 2026, according to the Chilean Copper Commission, from [[5.45 million tonnes]] last year.

Net debt stood at [[$2.3 billion]] at Dec. 31, and the board raised the quarterly dividend by [[25%]] to [[10 cents]] a share. Caldera's shares rose [[3.9%]] to [[C$38.60]] in Toronto on Thursday.

Conference call: [[10:00 a.m. ET]], dial-in [[+1 604 555 0142]]
Read also: Peru's copper exports climb as road blockades ease
[[41]] comments · Share · Save
Get our Andes Mining Monitor daily briefing. Subscribe
This website uses cookies. Continue | Privacy policy
""")
d.t("February 19, 2026", "document date line")
d.t("13:20 GMT", "time of day")
d.t("7 min ago", "page chrome: relative timestamp")
d.t("4 min", "page chrome: reading time")
d.t("Feb 19", "dateline date")
Q4 = T("fourth-quarter", quarter(2025, 4))
YE = T("a year earlier", quarter(2024, 4))
d.p(subj="Caldera", time=Q4, src="Caldera")
d.f("27%", "percent", 27, "%", m="change", d="up", c="revenue")
d.f("$1.42 billion", "money", 1.42e9, "USD", c="revenue")
d.f("$1.12 billion", "money", 1.12e9, "USD", m="prior", c="revenue", time=YE)
d.f("$5.02 per pound", "money", 5.02, "USD", per="lb", c="average realised copper price")
d.f("$4.18", "money", 4.18, "USD", m="prior", per="lb", c="average realised copper price",
    time=T("in the fourth quarter of 2024", quarter(2024, 4)))
d.p(subj="Caldera", time=Q4)
d.f("61 cents", "money", 0.61, "USD", per="share", c="adjusted earnings per share")
d.f("54 cents", "money", 0.54, "USD", per="share", c="adjusted EPS forecast", src="Vantage Data")
d.f("$312 million", "money", 312e6, "USD", c="net income attributable to shareholders")
d.f("$188 million", "money", 188e6, "USD", m="prior", c="net income attributable to shareholders", time=YE)
d.f("45%", "percent", 45, "%", m="change", d="up", c="operating profit")
d.f("$540 million", "money", 540e6, "USD", c="operating profit")
d.p(subj="Caldera", time=T("the full year 2025", year(2025)))
d.f("$5.06 billion", "money", 5.06e9, "USD", c="revenue")
d.f("318,400 tonnes", "mass", 318400, "t", c="copper production")
d.f("310,000 to 330,000 tonnes", "mass", 310000, "t", hi=330000, c="copper production guidance")
d.t("C1", "cost-metric name with digit")
d.f("$1.92 a pound", "money", 1.92, "USD", per="lb", c="C1 cash costs")
d.p(subj="Caldera", time=T("2026", year(2026)), src="Caldera")
d.t("2026", "year")
d.f("325,000-345,000 tonnes", "mass", 325000, "t", hi=345000, c="copper production forecast")
d.f("about $1.1 billion", "money", 1.1e9, "USD", q="approx", c="capital spending forecast")
d.f("about 90,000 tonnes", "mass", 90000, "t", q="approx", m="change", d="up", per="year",
    c="Quebrada Alta added annual output", time=None)
d.t("2028", "year")
d.p(time=T("this year", year(2026)), src="Tomás Ibarra")
d.f("400,000 to 600,000 tonnes", "mass", 400000, "t", hi=600000, c="refined copper market deficit")
d.p(subj="Chile", time=T("in 2026", year(2026)), src="Chilean Copper Commission")
d.f("5.6 million tonnes", "mass", 5.6e6, "t", c="copper output")
d.f("5.45 million tonnes", "mass", 5.45e6, "t", m="prior", c="copper output", time=T("last year", year(2025)))
d.p(subj="Caldera")
d.f("$2.3 billion", "money", 2.3e9, "USD", c="net debt", time=T("at Dec. 31", day("2025-12-31")))
d.f("25%", "percent", 25, "%", m="change", d="up", c="quarterly dividend")
d.f("10 cents", "money", 0.10, "USD", per="share", c="quarterly dividend")
d.p(subj="Caldera", time=T("on Thursday", day("2026-02-19")))
d.f("3.9%", "percent", 3.9, "%", m="change", d="up", c="share price")
d.f("C$38.60", "money", 38.60, "CAD", per="share", c="share price")
d.t("10:00 a.m. ET", "time of day")
d.t("+1 604 555 0142", "phone number")
d.t("41", "page chrome: comment counter")
DOCS.append(d)
