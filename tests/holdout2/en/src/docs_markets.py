from lib import Doc, T, month, quarter, year, day, span

DOCS = []

# ---------------------------------------------------------------- 08
d = Doc("en_08_lme_copper_record_wrap", """Metal Markets Today
[[January 13, 2026]] [[17:45 GMT]]
Copper hits record [[above $13,300]] as Chilean supply worries mount
Markets | Base Metals | Precious Metals | Energy | Data
By Sophie Brandt | [[13 Jan 2026]], 17:45 GMT
Reading time: [[4 min]]

LONDON, [[Jan 13]] (MMT) - Copper prices hit a record high on Tuesday as disruptions at mines in Chile and Indonesia and a weaker dollar drew investors back into metals.

[[Three-month]] copper on the London Metal Exchange rose [[1.6%]] to [[$13,240 a metric ton]] by [[1700 GMT]], after touching an all-time high of [[$13,315]] earlier in the session. The metal has gained [[5.8%]] since the start of the year, after jumping [[4.1%]] last week.

Copper stocks in LME-registered warehouses fell [[3,125 tons]] to [[118,400 tons]], the lowest since July, exchange data showed. On the Shanghai Futures Exchange, the most-traded copper contract climbed [[2.3%]] to [[103,650 yuan a ton]].

"Supply is the story. Mine disruptions have taken [[about 500,000 tons]] out of the market since September," said Oliver Grant, head of metals strategy at Pemberton Bank. Analysts at Harrow Street Capital said copper could average [[$13,800 a ton]] in the second quarter.

Among other metals, aluminium added [[0.7%]] to [[$3,112]], nickel slipped [[0.4%]] to [[$17,455]] and zinc fell [[1.2%]] to [[$3,018.50]]. Tin, which is up [[11%]] in the past month, eased [[0.2%]] to [[$48,950]].

The LMEX index, which tracks the [[six]] main base metals, rose [[1.1%]] to [[4,512.3 points]]. The dollar index, which measures the U.S. currency against [[six]] others, fell [[0.3%]] to [[97.42]], making dollar-priced metals cheaper for holders of other currencies.

Gold rose [[0.5%]] to [[$4,612 an ounce]], while silver gained [[1.4%]] to [[$88.30]].

Prices: LME official and closing, Shanghai [[15:00]] local. Data delayed [[15 min]].
Share [[73]] | Comments [[5]]
Read also: Why the copper rally may have further to run
Newsletter: Metals at the Close, weekdays at [[18:00 GMT]]. Sign up free
Cookies help us deliver our services. By using our services, you agree to our use of cookies. OK
""")
d.t("January 13, 2026", "document date line")
d.t("17:45 GMT", "time of day")
d.f("above $13,300", "money", 13300, "USD", q="more_than", per="t", c="copper price")
d.t("13 Jan 2026", "byline date")
d.t("4 min", "page chrome: reading time")
d.t("Jan 13", "dateline date")
TUE = T("on Tuesday", day("2026-01-13"))
d.t("Three-month", "contract name (three-month forward), not a duration fact")
d.p(subj="LME", time=TUE)
d.f("1.6%", "percent", 1.6, "%", m="change", d="up", c="copper price")
d.f("$13,240 a metric ton", "money", 13240, "USD", per="t", c="copper price")
d.t("1700 GMT", "time of day")
d.f("$13,315", "money", 13315, "USD", per="t", c="record copper price")
d.f("5.8%", "percent", 5.8, "%", m="change", d="up", c="copper price",
    time=T("since the start of the year", span("2026-01-01", "2026-01-13")))
d.f("4.1%", "percent", 4.1, "%", m="change", d="up", c="copper price",
    time=T("last week", span("2026-01-05", "2026-01-11")))
d.p(subj="LME", time=TUE, src="LME")
d.f("3,125 tons", "mass", -3125, "t", m="change", d="down", c="LME copper warehouse stocks")
d.f("118,400 tons", "mass", 118400, "t", c="LME copper warehouse stocks")
d.p(subj="Shanghai Futures Exchange", time=TUE)
d.f("2.3%", "percent", 2.3, "%", m="change", d="up", c="copper futures price")
d.f("103,650 yuan a ton", "money", 103650, "CNY", per="t", c="copper futures price")
d.p(time=T("since September", span("2025-09-01", "2026-01-13")), src="Oliver Grant")
d.f("about 500,000 tons", "mass", 500000, "t", q="approx", c="copper supply lost to disruptions")
d.p(time=T("in the second quarter", quarter(2026, 2)), src="Harrow Street Capital")
d.f("$13,800 a ton", "money", 13800, "USD", per="t", c="average copper price forecast")
d.p(subj="LME", time=TUE)
d.f("0.7%", "percent", 0.7, "%", m="change", d="up", c="aluminium price")
d.f("$3,112", "money", 3112, "USD", per="t", c="aluminium price")
d.f("0.4%", "percent", -0.4, "%", m="change", d="down", c="nickel price")
d.f("$17,455", "money", 17455, "USD", per="t", c="nickel price")
d.f("1.2%", "percent", -1.2, "%", m="change", d="down", c="zinc price")
d.f("$3,018.50", "money", 3018.50, "USD", per="t", c="zinc price")
d.f("11%", "percent", 11, "%", m="change", d="up", c="tin price",
    time=T("in the past month", span("2025-12-13", "2026-01-13")))
d.f("0.2%", "percent", -0.2, "%", m="change", d="down", c="tin price")
d.f("$48,950", "money", 48950, "USD", per="t", c="tin price")
d.f("six", "count", 6, "metal", c="metals tracked by LMEX index", time=None)
d.f("1.1%", "percent", 1.1, "%", m="change", d="up", c="LMEX index")
d.f("4,512.3 points", "index", 4512.3, "point", c="LMEX index")
d.p(time=TUE)
d.f("six", "count", 6, "currency", c="currencies in dollar index", time=None)
d.f("0.3%", "percent", -0.3, "%", m="change", d="down", c="dollar index")
d.f("97.42", "index", 97.42, "point", c="dollar index")
d.f("0.5%", "percent", 0.5, "%", m="change", d="up", c="gold price")
d.f("$4,612 an ounce", "money", 4612, "USD", per="oz", c="gold price")
d.f("1.4%", "percent", 1.4, "%", m="change", d="up", c="silver price")
d.f("$88.30", "money", 88.30, "USD", per="oz", c="silver price")
d.t("15:00", "time of day (data note)")
d.t("15 min", "page chrome: data delay notice")
d.t("73", "page chrome: share counter")
d.t("5", "page chrome: comment counter")
d.t("18:00 GMT", "newsletter delivery time")
DOCS.append(d)

# ---------------------------------------------------------------- 09
d = Doc("en_09_lithium_price_weekly_wrap", """Battery Metals Weekly
[[March 20, 2026]] [[16:30 GMT]]
Lithium extends rally to [[16-month]] high as EV sales surge in China
Prices | Lithium | Nickel | Cobalt | Graphite | Podcasts
By Chen Yu and Tom Okafor | Updated March 20, 2026 16:30 GMT
Reading time: [[4 min]]

Lithium carbonate futures on the Guangzhou Futures Exchange rose [[4.7%]] this week to [[81,250 yuan a ton]], their highest since [[November 2024]], as strong electric vehicle sales in China and supply cuts in Africa tightened the market.

The most-active July contract ended Friday's session [[0.4%]] lower at [[80,900 yuan]], as some traders took profits. Spot battery-grade lithium carbonate in China averaged [[79,500 yuan a ton]] on Friday, up [[3,000 yuan]] from a week earlier, according to Shanghai Metals Market. Lithium hydroxide was assessed at [[74,200 yuan]], the data provider said.

Spodumene concentrate for delivery to China rose to [[$1,085 a ton]] this week from [[$1,010]] last week, price assessor Lithara Metals' figures showed.

China's sales of new energy vehicles rose [[31%]] to [[1.96 million vehicles]] in January-February, data from the China Association of Automobile Manufacturers showed. Installations of EV batteries reached [[112.4 gigawatt hours]] in the period, the China EV Battery Alliance said.

"Inventories at Chinese cathode makers are down to [[about three weeks]] of use, from [[five to six weeks]] in December," said Mei Tanaka, battery analyst at Kurose Securities in Tokyo. "That leaves little buffer if African supply disappoints."

Zimbabwe, Africa's biggest lithium producer, exported [[1.2 million tons]] of concentrate last year, up [[about 30%]] from 2024, the Ministry of Mines said. It plans to ban concentrate exports from [[January 2027]] to force local processing.

The Halden Battery Metals Index, which tracks [[24]] lithium, nickel and cobalt miners, climbed [[6.2%]] over the week to [[1,287.4 points]]. Australia's Wandoo Lithium Ltd jumped [[18%]] after restarting a mothballed mine, while Canada's Northbound Lithium Corp lost [[3.5%]] after delaying first production to [[2028]].

Ridgeway Metals Research expects lithium demand to reach [[1.9 million tonnes]] of lithium carbonate equivalent in 2026, leaving the market in a small deficit for the first time since [[2022]].

Listen: this week's Battery Metals podcast ([[24 min]])
Shares [[152]] · Comments [[21]]
Read also: Chile's lithium auction draws bids from [[six groups]]
Newsletter: The Weekly Cell, every Friday. Subscribe
We use cookies and similar technologies. Accept | Decline
""")
d.t("March 20, 2026", "document date line")
d.t("16:30 GMT", "time of day")
d.f("16-month", "duration", 16, "month", subj=None, time=None, src=None,
    c="lithium price high lookback", opt=True)
d.t("4 min", "page chrome: reading time")
WK = T("this week", span("2026-03-16", "2026-03-22"))
d.p(subj="Guangzhou Futures Exchange", time=WK)
d.f("4.7%", "percent", 4.7, "%", m="change", d="up", c="lithium carbonate futures price")
d.f("81,250 yuan a ton", "money", 81250, "CNY", per="t", c="lithium carbonate futures price")
d.t("November 2024", "date")
d.p(subj="Guangzhou Futures Exchange", time=T("Friday's session", day("2026-03-20")))
d.f("0.4%", "percent", -0.4, "%", m="change", d="down", c="July lithium contract price")
d.f("80,900 yuan", "money", 80900, "CNY", per="t", c="July lithium contract price")
d.p(subj="China", time=T("on Friday", day("2026-03-20")), src="Shanghai Metals Market")
d.f("79,500 yuan a ton", "money", 79500, "CNY", per="t", c="spot lithium carbonate price")
d.f("3,000 yuan", "money", 3000, "CNY", m="change", d="up", per="t", c="spot lithium carbonate price")
d.f("74,200 yuan", "money", 74200, "CNY", per="t", c="lithium hydroxide price")
d.p(subj="China", time=WK, src="Lithara Metals")
d.f("$1,085 a ton", "money", 1085, "USD", per="t", c="spodumene concentrate price")
d.f("$1,010", "money", 1010, "USD", m="prior", per="t", c="spodumene concentrate price",
    time=T("last week", span("2026-03-09", "2026-03-15")))
JF = T("January-February", span("2026-01-01", "2026-02-28"))
d.p(subj="China", time=JF, src="China Association of Automobile Manufacturers")
d.f("31%", "percent", 31, "%", m="change", d="up", c="new energy vehicle sales")
d.f("1.96 million vehicles", "count", 1.96e6, "vehicle", c="new energy vehicle sales")
d.f("112.4 gigawatt hours", "energy", 112400, "MWh", c="EV battery installations", src="China EV Battery Alliance")
d.p(subj="China", src="Mei Tanaka")
d.f("about three weeks", "duration", 3, "week", q="approx", c="cathode makers' lithium inventory cover")
d.f("five to six weeks", "duration", 5, "week", hi=6, m="prior", c="cathode makers' lithium inventory cover",
    time=T("in December", month(2025, 12)))
d.p(subj="Zimbabwe", time=T("last year", year(2025)), src="Zimbabwe's Ministry of Mines")
d.f("1.2 million tons", "mass", 1.2e6, "t", c="lithium concentrate exports")
d.f("about 30%", "percent", 30, "%", q="approx", m="change", d="up", c="lithium concentrate exports")
d.t("January 2027", "date")
d.p(subj="Halden Battery Metals Index")
d.f("24", "count", 24, "miner", c="miners tracked by index")
OW = T("over the week", span("2026-03-16", "2026-03-22"))
d.f("6.2%", "percent", 6.2, "%", m="change", d="up", c="index level", time=OW)
d.f("1,287.4 points", "index", 1287.4, "point", c="index level", time=OW)
d.f("18%", "percent", 18, "%", m="change", d="up", subj="Wandoo", time=OW, c="share price")
d.f("3.5%", "percent", -3.5, "%", m="change", d="down", subj="Northbound", time=OW, c="share price")
d.t("2028", "year")
d.p(time=T("in 2026", year(2026)), src="Ridgeway Metals Research")
d.f("1.9 million tonnes", "mass", 1.9e6, "t", c="lithium demand")
d.t("2022", "year")
d.t("24 min", "page chrome: podcast length")
d.t("152", "page chrome: share counter")
d.t("21", "page chrome: comment counter")
d.f("six groups", "count", 6, "group", subj="Chile", time=None, src=None,
    c="lithium auction bidders", opt=True)
DOCS.append(d)

# ---------------------------------------------------------------- 10
d = Doc("en_10_asx_rare_earths_rally_wrap", """Southern Cross Markets
[[June 9, 2026]] [[06:55 GMT]]
ASX closes higher as rare earths rally on Japanese investment deal
Markets | ASX | Commodities | Currencies | Economy
By Jack Whitmore | [[9 June 2026]], [[4:55pm AEST]] | [[11]] comments
Reading time: [[4 min]]

SYDNEY - Australian shares closed higher on Tuesday, led by rare earth and lithium miners after a Japanese government-backed fund agreed to invest in a Western Australian rare earths project.

The S&P/ASX [[200]] index rose [[42.6 points]], or [[0.5%]], to [[8,731.2]]. The materials sub-index jumped [[2.1%]], its best day since early May. The benchmark lost [[1.4%]] last week.

Corvina Rare Earths Ltd surged [[14.3%]] to [[A$2.48]] after it said it had secured [[A$180 million]] of investment from a Japanese state-backed fund for its Harkin Hill project in Western Australia. The deal gives the Japanese side offtake rights to [[up to 40%]] of the project's output. Shares in the company have [[more than tripled]] this year.

Harkin Hill is expected to produce [[about 8,500 tonnes]] of rare earth oxide a year, including [[1,900 tonnes]] of neodymium-praseodymium, the company said.

Lithium stocks also advanced. Pindan Lithium Ltd gained [[6.8%]] and Bindoon Minerals rose [[4.4%]] as lithium carbonate prices in China held near their highest since late 2024. Heavyweight Marlow Resources Group added [[1.1%]] after iron ore futures in Singapore rose [[1.3%]] to [[$108.40 a tonne]].

Resources and energy exports are forecast to earn [[A$372 billion]] in the [[2025-26]] financial year, according to the Department of Industry, Science and Resources, with lithium exports falling to [[A$4.1 billion]] from [[A$5.6 billion]] the year before.

"Rare earths are being re-rated as a strategic asset, and the Japanese money is a seal of approval," said Liam Doherty, a portfolio manager at Bellgrove Funds Management in Melbourne, which manages [[about A$2.6 billion]] in resources stocks. He said the sector trades at [[about 14 times]] forward earnings, against a [[10-year]] average of [[11 times]].

In New Zealand, the S&P/NZX [[50]] index fell [[0.2%]] to [[13,104.6]]. The Australian dollar bought [[65.42 U.S. cents]], little changed from Monday.

Market data delayed by [[at least 20 minutes]].
Read also: Japan and Australia sign rare earths stockpile pact
Get the Southern Cross Markets closing bell newsletter
We use cookies to understand how you use our site. Accept cookies
""")
d.t("June 9, 2026", "document date line")
d.t("06:55 GMT", "time of day")
d.t("9 June 2026", "byline date")
d.t("4:55pm AEST", "time of day")
d.t("11", "page chrome: comment counter")
d.t("4 min", "page chrome: reading time")
TUE = T("on Tuesday", day("2026-06-09"))
d.t("200", "index name with digits (S&P/ASX 200)")
d.p(subj="ASX", time=TUE)
d.f("42.6 points", "index", 42.6, "point", m="change", d="up", c="S&P/ASX 200 index")
d.f("0.5%", "percent", 0.5, "%", m="change", d="up", c="S&P/ASX 200 index")
d.f("8,731.2", "index", 8731.2, "point", c="S&P/ASX 200 index")
d.f("2.1%", "percent", 2.1, "%", m="change", d="up", c="materials sub-index")
d.f("1.4%", "percent", -1.4, "%", m="change", d="down", c="S&P/ASX 200 index",
    time=T("last week", span("2026-06-01", "2026-06-07")))
d.p(subj="Corvina", time=TUE)
d.f("14.3%", "percent", 14.3, "%", m="change", d="up", c="share price")
d.f("A$2.48", "money", 2.48, "AUD", per="share", c="share price")
d.f("A$180 million", "money", 180e6, "AUD", c="investment from Japanese fund", src="Corvina", time=None)
d.f("up to 40%", "percent", 40, "%", q="up_to", c="Japanese offtake share of output", time=None)
d.f("more than tripled", "ratio", 3, "x", q="more_than", m="change", d="up", c="share price",
    time=T("this year", year(2026)))
d.p(subj="Harkin Hill", src="Corvina")
d.f("about 8,500 tonnes", "mass", 8500, "t", q="approx", per="year", c="rare earth oxide output")
d.f("1,900 tonnes", "mass", 1900, "t", per="year", c="NdPr output")
d.p(time=TUE)
d.f("6.8%", "percent", 6.8, "%", m="change", d="up", subj="Pindan", c="share price")
d.f("4.4%", "percent", 4.4, "%", m="change", d="up", subj="Bindoon", c="share price")
d.f("1.1%", "percent", 1.1, "%", m="change", d="up", subj="Marlow", c="share price")
d.f("1.3%", "percent", 1.3, "%", m="change", d="up", subj="Singapore", c="iron ore futures price")
d.f("$108.40 a tonne", "money", 108.40, "USD", per="t", subj="Singapore", c="iron ore futures price")
FY = T("the 2025-26 financial year", span("2025-07-01", "2026-06-30"))
d.p(subj="Australia", time=FY, src="Department of Industry, Science and Resources")
d.f("A$372 billion", "money", 372e9, "AUD", c="resources and energy export earnings")
d.t("2025-26", "financial-year label, not a range")
d.f("A$4.1 billion", "money", 4.1e9, "AUD", c="lithium export earnings")
d.f("A$5.6 billion", "money", 5.6e9, "AUD", m="prior", c="lithium export earnings",
    time=T("the year before", span("2024-07-01", "2025-06-30")))
d.p(subj="Bellgrove")
d.f("about A$2.6 billion", "money", 2.6e9, "AUD", q="approx", c="resources stocks under management")
d.p(subj="ASX", src="Liam Doherty")
d.f("about 14 times", "ratio", 14, "x", q="approx", c="resources sector forward P/E")
d.f("10-year", "duration", 10, "year", c="averaging period for P/E", opt=True)
d.f("11 times", "ratio", 11, "x", m="prior", c="resources sector forward P/E")
d.t("50", "index name with digits (S&P/NZX 50)")
d.p(subj="NZX", time=TUE)
d.f("0.2%", "percent", -0.2, "%", m="change", d="down", c="S&P/NZX 50 index")
d.f("13,104.6", "index", 13104.6, "point", c="S&P/NZX 50 index")
d.f("65.42 U.S. cents", "money", 0.6542, "USD", subj="Australia", c="Australian dollar exchange rate")
d.t("at least 20 minutes", "page chrome: data delay notice")
DOCS.append(d)
