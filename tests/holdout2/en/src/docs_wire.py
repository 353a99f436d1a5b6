from lib import Doc, T, month, quarter, year, day, span

DOCS = []

# ---------------------------------------------------------------- 01
d = Doc("en_01_china_rare_earth_exports", """Meridian Metals Wire
[[March 9, 2026]] [[08:15 GMT]]
China's rare earth exports slide in February as magnet shipments to U.S. shrink
Home | Markets | Commodities | Critical Minerals | Energy Transition | Opinion
By Lena Hartmann, Beijing bureau | Published [[08:15 GMT]], updated [[09:02 GMT]]
Reading time: [[4 min]]

BEIJING, [[March 9]] (Meridian) - China exported [[4,126.3 metric tons]] of rare earths in February, down [[11.4%]] from January, customs data showed on Monday, as factory closures over the Lunar New Year holiday weighed on shipments.

For January-February, exports totalled [[8,784 tons]], [[3.2%]] more than in the same period a year earlier, according to the General Administration of Customs. The value of the shipments fell to [[$41.7 million]] in February from [[$52.9 million]] in January, the agency's figures showed. Imports of rare earths, mostly ores and intermediates from Myanmar and Malaysia, rose [[17%]] in the first two months to [[11,240 tons]], the data showed.

Exports of rare earth permanent magnets, which go into electric vehicle motors and wind turbines, dropped to [[3,410 tons]] last month, [[6.5%]] less than a year earlier, the customs figures showed. Shipments of magnets to the United States, the [[second]]-largest buyer after Germany, sank [[38%]] to [[402 tons]], the lowest since [[April 2025]], the data showed.

Shipments to Japan rose to [[1,018 tons]] in February from [[876 tons]] a year earlier, making it the top destination for the [[third]] month running.

"The February dip is largely seasonal, but the magnet numbers for the U.S. are a real signal," said Zhou Wenjie, an analyst at Baiyun Commodities Research in Shanghai. He estimated that licence approvals for U.S.-bound magnet cargoes were taking [[45 to 60 days]] this year, compared with [[about two weeks]] before the controls were introduced.

The Ministry of Commerce said on Sunday it had approved [[more than 1,200 export licence applications]] for rare earth items since the start of the year, and that the process was "operating normally". It did not give a breakdown by country.

Beijing expanded its export control list in October to cover [[five]] more rare earth elements, bringing the total to [[12]], and tightened rules on technologies used in refining and magnet making.

China accounts for [[roughly 70%]] of global rare earth mining and [[about 90%]] of processing, according to the International Energy Agency.

Prices of neodymium-praseodymium oxide in China rose [[2.1%]] last week to [[612,500 yuan a ton]], data from Shanghai Metals Market showed.

Share [[214]] | Comments [[37]]
Read also: Myanmar's Kachin mines halt feed to Chinese separators
Get the Critical Minerals Brief in your inbox every weekday at [[07:00 GMT]]. Sign up
We use cookies to improve your experience. By continuing to browse you accept our cookie policy. Accept | Settings
""")
FEB = T("in February", month(2026, 2))
d.t("March 9, 2026", "document date line")
d.t("08:15 GMT", "time of day in date line")
d.t("08:15 GMT", "byline publication time")
d.t("09:02 GMT", "byline update time")
d.t("4 min", "page chrome: reading time")
d.t("March 9", "dateline date")
d.p(subj="China", time=FEB, src="China's customs")
d.f("4,126.3 metric tons", "mass", 4126.3, "t", c="rare earth exports")
d.f("11.4%", "percent", -11.4, "%", m="change", d="down", c="rare earth exports")
d.p(subj="China", time=T("January-February", span("2026-01-01", "2026-02-28")), src="China's customs")
d.f("8,784 tons", "mass", 8784, "t", c="rare earth exports")
d.f("3.2%", "percent", 3.2, "%", m="change", d="up", c="rare earth exports")
d.f("$41.7 million", "money", 41.7e6, "USD", c="rare earth export value", time=FEB)
d.f("$52.9 million", "money", 52.9e6, "USD", m="prior", c="rare earth export value",
    time=T("in January", month(2026, 1)))
d.p(subj="China", time=T("the first two months", span("2026-01-01", "2026-02-28")), src="China's customs")
d.f("17%", "percent", 17, "%", m="change", d="up", c="rare earth imports")
d.f("11,240 tons", "mass", 11240, "t", c="rare earth imports")
d.p(subj="China", time=T("last month", month(2026, 2)), src="China's customs")
d.f("3,410 tons", "mass", 3410, "t", c="rare earth magnet exports")
d.f("6.5%", "percent", -6.5, "%", m="change", d="down", c="rare earth magnet exports")
d.t("second", "ordinal rank")
d.f("38%", "percent", -38, "%", m="change", d="down", c="magnet exports to the United States")
d.f("402 tons", "mass", 402, "t", c="magnet exports to the United States")
d.t("April 2025", "date")
d.p(subj="China", time=FEB)  # no attribution in this sentence
d.f("1,018 tons", "mass", 1018, "t", c="rare earth exports to Japan")
d.f("876 tons", "mass", 876, "t", m="prior", c="rare earth exports to Japan",
    time=T("a year earlier", month(2025, 2)))
d.t("third", "ordinal")
d.p(subj="China", time=T("this year", year(2026)), src="Zhou Wenjie")
d.f("45 to 60 days", "duration", 45, "day", hi=60, c="magnet export licence approval time")
d.f("about two weeks", "duration", 2, "week", q="approx", m="prior",
    c="magnet export licence approval time", time=None)
d.p(subj="China's Ministry of Commerce",
    time=T("since the start of the year", span("2026-01-01", "2026-03-08")),
    src="China's Ministry of Commerce")
d.f("more than 1,200 export licence applications", "count", 1200, "application", q="more_than",
    c="approved rare earth export licences")
d.p(subj="China", time=T("in October", month(2025, 10)))
d.f("five", "count", 5, "rare earth element", m="change", d="up", c="export-controlled rare earth elements")
d.f("12", "count", 12, "rare earth element", c="export-controlled rare earth elements")
d.p(subj="China", src="IEA")
d.f("roughly 70%", "percent", 70, "%", q="approx", c="global rare earth mining share")
d.f("about 90%", "percent", 90, "%", q="approx", c="global rare earth processing share")
d.p(subj="China", time=T("last week", span("2026-03-02", "2026-03-08")), src="Shanghai Metals Market")
d.f("2.1%", "percent", 2.1, "%", m="change", d="up", c="NdPr oxide price")
d.f("612,500 yuan a ton", "money", 612500, "CNY", per="t", c="NdPr oxide price")
d.t("214", "page chrome: share counter")
d.t("37", "page chrome: comment counter")
d.t("07:00 GMT", "newsletter delivery time")
DOCS.append(d)

# ---------------------------------------------------------------- 02
d = Doc("en_02_indonesia_nickel_quota", """Asia Resources Daily
[[April 14, 2026]] [[06:40 GMT]]
Indonesia cuts nickel ore quota to prop up prices, official says
News > Commodities > Metals & Mining
By Arif Setiawan | April 14, 2026, 06:40 GMT
Reading time: [[4 min]]
Share [[96]] · Comments [[12]]

JAKARTA, [[April 14]] (ARD) - Indonesia has approved nickel ore mining quotas of [[about 250 million wet tonnes]] for 2026, [[16%]] less than the [[298.5 million tonnes]] allowed last year, an energy ministry official said on Tuesday, as the government tries to support prices and stretch reserves.

The official, who declined to be named because the decision has not been published, said [[207 companies]] had received approval for their work plans, down from [[292]] in 2025. Halmera Nickel Resources, the largest recipient, was given [[31 million tonnes]] for 2026, compared with [[34.5 million tonnes]] last year, the official said.

Indonesia is the world's biggest nickel producer and accounted for [[roughly 60%]] of global mined supply in 2025, according to the U.S. Geological Survey. The country produced an estimated [[2.2 million tonnes]] of nickel last year, the agency estimates.

Benchmark nickel on the London Metal Exchange rose [[1.8%]] to [[$16,940 a ton]] on Tuesday after the news, its highest since early January. Prices have fallen [[about 40%]] since early 2024 as a wave of Chinese-backed smelters in Indonesia flooded the market with nickel pig iron and matte.

Indonesia had [[54 nickel smelters]] operating at the end of last year, with another [[27]] under construction, figures from the Indonesian Nickel Producers Forum show. Total smelting capacity reached [[some 2.9 million tonnes a year]] of nickel content by then, the group said.

"We expect the cut to tighten ore supply in the second half, especially for high-grade saprolite," said Rina Kusuma, an analyst at Sundara Capital in Jakarta. She estimated that smelters would have to import [[10 million to 15 million tonnes]] of ore from the Philippines this year, up from [[about 4 million tonnes]] in 2025.

Jakarta raised the royalty on nickel ore to [[as much as 19%]] from a flat [[10%]] last April. Government revenue from mineral royalties reached [[82.4 trillion rupiah]] ([[$4.9 billion]]) in 2025, the Ministry of Finance said.

Read also: Philippines weighs ban on raw ore exports from [[2027]]
Subscribe to Asia Resources Daily: free newsletter every morning
This site uses cookies. Manage preferences | Accept
""")
d.t("April 14, 2026", "document date line")
d.t("06:40 GMT", "time of day")
d.t("4 min", "page chrome: reading time")
d.t("96", "page chrome: share counter")
d.t("12", "page chrome: comment counter")
d.t("April 14", "dateline date")
Y26 = T("for 2026", year(2026))
d.p(subj="Indonesia", time=Y26, src="Indonesia's energy ministry")
d.f("about 250 million wet tonnes", "mass", 250e6, "t", q="approx", c="nickel ore mining quota")
d.f("16%", "percent", -16, "%", m="change", d="down", c="nickel ore mining quota")
d.f("298.5 million tonnes", "mass", 298.5e6, "t", m="prior", c="nickel ore mining quota",
    time=T("last year", year(2025)))
d.f("207 companies", "count", 207, "company", c="companies with approved work plans")
d.f("292", "count", 292, "company", m="prior", c="companies with approved work plans",
    time=T("in 2025", year(2025)))
d.p(subj="Halmera", time=Y26, src="Indonesia's energy ministry")
d.f("31 million tonnes", "mass", 31e6, "t", c="nickel ore quota")
d.f("34.5 million tonnes", "mass", 34.5e6, "t", m="prior", c="nickel ore quota",
    time=T("last year", year(2025)))
d.p(subj="Indonesia", time=T("in 2025", year(2025)), src="USGS")
d.f("roughly 60%", "percent", 60, "%", q="approx", c="share of global mined nickel supply")
d.f("2.2 million tonnes", "mass", 2.2e6, "t", c="nickel production", time=T("last year", year(2025)))
d.p(subj="LME", time=T("on Tuesday", day("2026-04-14")))
d.f("1.8%", "percent", 1.8, "%", m="change", d="up", c="nickel price")
d.f("$16,940 a ton", "money", 16940, "USD", per="t", c="nickel price")
d.f("about 40%", "percent", -40, "%", q="approx", m="change", d="down", c="nickel price",
    time=T("since early 2024", span("2024-01-01", "2026-04-14")))
d.p(subj="Indonesia", time=T("at the end of last year", day("2025-12-31")),
    src="Indonesian Nickel Producers Forum")
d.f("54 nickel smelters", "count", 54, "smelter", c="operating nickel smelters")
d.f("27", "count", 27, "smelter", c="nickel smelters under construction")
d.f("some 2.9 million tonnes a year", "mass", 2.9e6, "t", q="approx", per="year",
    c="nickel smelting capacity")
d.p(subj="Indonesia", time=T("this year", year(2026)), src="Rina Kusuma")
d.f("10 million to 15 million tonnes", "mass", 10e6, "t", hi=15e6,
    c="nickel ore imports from the Philippines")
d.f("about 4 million tonnes", "mass", 4e6, "t", q="approx", m="prior",
    c="nickel ore imports from the Philippines", time=T("in 2025", year(2025)))
d.p(subj="Indonesia", time=T("last April", month(2025, 4)))
d.f("as much as 19%", "percent", 19, "%", q="up_to", c="nickel ore royalty rate")
d.f("10%", "percent", 10, "%", m="prior", c="nickel ore royalty rate", time=None)
d.p(subj="Indonesia", time=T("in 2025", year(2025)), src="Indonesia's Ministry of Finance")
d.f("82.4 trillion rupiah", "money", 82.4e12, "IDR", c="mineral royalty revenue")
d.f("$4.9 billion", "money", 4.9e9, "USD", c="mineral royalty revenue")
d.t("2027", "year in teaser headline")
DOCS.append(d)

# ---------------------------------------------------------------- 03
d = Doc("en_03_congo_cobalt_quota", """Continental Commodity News
[[February 2, 2026]] [[11:30 GMT]]
Congo swaps cobalt export ban for quotas, caps [[2026]] shipments
Home › Africa › Mining › Battery Metals
Reporting by Grace Mwamba; editing by Tom Ellery | [[2 February 2026]], 11:30 GMT
Reading time: [[4 min]]

KINSHASA, [[Feb 2]] (CCN) - The Democratic Republic of Congo will allow cobalt exports of [[96,600 metric tons]] this year under a quota system that replaces an outright ban that lasted [[almost a year]], the country's strategic minerals regulator said on Monday.

The Strategic Minerals Regulatory Authority (SMRA) said [[10%]] of the annual quota would be reserved for projects of strategic importance, with the rest shared among miners according to their historical shipments. Allocations for the first quarter, shortened by the transition, would total [[about 18,125 tons]], the agency said.

The largest allocation, [[31,200 tons]], went to Luano Cobalt Mining, according to a list published by the agency. The company, which shipped [[38,700 tons]] in 2024, said in a statement it would "adjust production accordingly" and had [[about 12,000 tons]] of hydroxide stored at its Kolwezi site.

Congo's cobalt exports plunged [[62%]] to [[about 47,000 tons]] in 2025 because of the ban, SMRA figures show. The country supplies [[about 74%]] of the world's cobalt. Mining accounts for [[more than 95%]] of its export revenue, according to central bank data.

Prices of cobalt hydroxide, the intermediate product shipped to Chinese refiners, traded at [[$23.50 per pound]] last week, up from [[about $5.80]] in January last year, according to price reporting agency Corvex Metals Pricing. Cobalt metal in Rotterdam was quoted at [[$24.10-$24.90 per lb]] on Friday.

"The quota is tighter than the market expected," said Pierre Lumbala, head of research at Kivu Advisory in Lubumbashi. He estimated global cobalt demand at [[about 245,000 tons]] this year, implying a deficit of [[roughly 30,000 tons]] even if Indonesian supply grows as forecast. Indonesia, where cobalt is a by-product of nickel processing, is expected to produce [[about 40,000 tons]] in 2026, up from [[32,000 tons]] in 2025, he said.

Mines Minister Justin Kabwe said in January the government expects cobalt royalties of [[$620 million]] this year, compared with [[$410 million]] in 2024.

Read also: Zambia's copper output hits record as new smelter ramps up
Share on X | LinkedIn | WhatsApp · [[58]] comments
Sign up for Battery Metals Brief, our free weekly newsletter
Cookies: we use essential and analytics cookies. Accept all / Reject
""")
d.t("February 2, 2026", "document date line")
d.t("11:30 GMT", "time of day")
d.t("2026", "year in headline")
d.t("2 February 2026", "byline date")
d.t("4 min", "page chrome: reading time")
d.t("Feb 2", "dateline date")
DRC = "Democratic Republic of Congo"
TY = T("this year", year(2026))
d.p(subj=DRC, time=TY, src="SMRA")
d.f("96,600 metric tons", "mass", 96600, "t", c="cobalt export quota")
d.f("almost a year", "duration", 1, "year", q="approx", c="cobalt export ban duration", time=None)
d.f("10%", "percent", 10, "%", c="quota share for strategic projects")
d.f("about 18,125 tons", "mass", 18125, "t", q="approx", c="first-quarter cobalt export allocations",
    time=T("the first quarter", quarter(2026, 1)))
d.p(subj="Luano", time=TY, src="SMRA")
d.f("31,200 tons", "mass", 31200, "t", c="cobalt export quota allocation")
d.p(subj="Luano", time=T("in 2024", year(2024)))
d.f("38,700 tons", "mass", 38700, "t", c="cobalt shipments")
d.f("about 12,000 tons", "mass", 12000, "t", q="approx", c="stored cobalt hydroxide", time=None, src="Luano")
d.p(subj=DRC, time=T("in 2025", year(2025)), src="SMRA")
d.f("62%", "percent", -62, "%", m="change", d="down", c="cobalt exports")
d.f("about 47,000 tons", "mass", 47000, "t", q="approx", c="cobalt exports")
d.p(subj=DRC)
d.f("about 74%", "percent", 74, "%", q="approx", c="share of world cobalt supply")
d.f("more than 95%", "percent", 95, "%", q="more_than", c="mining share of export revenue",
    src="Central Bank of Congo")
d.p(time=T("last week", span("2026-01-26", "2026-02-01")), src="Corvex Metals Pricing")
d.f("$23.50 per pound", "money", 23.5, "USD", per="lb", c="cobalt hydroxide price")
d.f("about $5.80", "money", 5.8, "USD", q="approx", m="prior", per="lb", c="cobalt hydroxide price",
    time=T("in January last year", month(2025, 1)))
d.p(subj="Rotterdam", time=T("on Friday", day("2026-01-30")))
d.f("$24.10-$24.90 per lb", "money", 24.10, "USD", hi=24.90, per="lb", c="cobalt metal price")
d.p(time=TY, src="Pierre Lumbala")
d.f("about 245,000 tons", "mass", 245000, "t", q="approx", c="global cobalt demand")
d.f("roughly 30,000 tons", "mass", 30000, "t", q="approx", c="global cobalt supply deficit")
d.p(subj="Indonesia", time=T("in 2026", year(2026)), src="Pierre Lumbala")
d.f("about 40,000 tons", "mass", 40000, "t", q="approx", c="cobalt output")
d.f("32,000 tons", "mass", 32000, "t", m="prior", c="cobalt output", time=T("in 2025", year(2025)))
d.p(subj=DRC, time=TY, src="Justin Kabwe")
d.f("$620 million", "money", 620e6, "USD", c="cobalt royalty revenue")
d.f("$410 million", "money", 410e6, "USD", m="prior", c="cobalt royalty revenue",
    time=T("in 2024", year(2024)))
d.t("58", "page chrome: comment counter")
DOCS.append(d)

# ---------------------------------------------------------------- 04
d = Doc("en_04_us_graphite_duties", """Atlantic Markets Report
[[May 20, 2026]] [[14:05 GMT]]
U.S. sets final duties [[above 100%]] on Chinese graphite anode material
Politics | Trade | Energy | Markets | Mining
By Daniel Reyes in Washington · [[20 May 2026]] · 14:05 GMT
Reading time: [[4 min]]

WASHINGTON, [[May 20]] (AMR) - The U.S. Commerce Department on Tuesday set a final anti-dumping duty of [[102.7%]] on graphite anode material imported from China, up from a preliminary rate of [[93.5%]] in March, the department said.

The department said the duty applies to [[more than 20 Chinese exporters]] and that imports of the material from China were valued at [[$347 million]] in 2025. Combined with existing tariffs, Chinese anode material now faces total duties of [[about 160%]], according to the American Battery Materials Alliance, which brought the case.

The alliance, which represents [[six]] U.S. producers, filed its petition in [[December 2024]]. The United States imported [[about 180,000 tons]] of natural and synthetic graphite in 2025, with China supplying [[about 68%]], according to the U.S. Geological Survey. The country has had no natural graphite mining since the [[1950s]], the agency said.

China's graphite exports to the United States fell [[42%]] in the first four months of the year to [[9,870 tons]], Chinese customs data showed, after Beijing required export licences for several grades of the material.

The duties come as Washington tries to build supply chains outside China. Under a framework signed with Australia in October, the United States pledged [[at least $1.5 billion]] for mining and processing projects over [[12 months]], while Australia committed [[A$2.2 billion]]. The Export-Import Bank said it had issued letters of interest for [[more than $4 billion]] in financing for graphite, lithium and rare earth projects.

"Graphite is the single largest component by weight in a lithium-ion cell," said Dana Whitfield, an analyst at Coldwater Energy Research. She estimated U.S. anode demand at [[400,000 tons a year]] by [[2030]], against planned domestic capacity of [[about 150,000 tons]].

The International Energy Agency expects global graphite demand to grow [[about 2.5 times]] between [[2024]] and [[2040]]. China produces [[about 78%]] of the world's natural graphite and [[more than 95%]] of anode material, the agency estimates.

The department is also studying graphite imports under [[Section 232]] of the Trade Expansion Act of [[1962]].

Shares of Tallgrass Graphite Inc, which is building an anode plant in Tennessee, rose [[7.3%]] to [[$14.82]] on Tuesday.

[[12]] comments | Share
Read also: Inside the race to qualify U.S.-made anodes for EV batteries
Newsletter: The Trade Desk, every Friday. Enter your email
We and our partners use cookies to personalise content. Accept | Reject | Manage
""")
d.t("May 20, 2026", "document date line")
d.t("14:05 GMT", "time of day")
d.f("above 100%", "percent", 100, "%", q="more_than", subj="United States", time=None, src=None,
    c="anti-dumping duty on Chinese graphite")
d.t("20 May 2026", "byline date")
d.t("4 min", "page chrome: reading time")
d.t("May 20", "dateline date")
COM = "U.S. Commerce Department"
d.p(subj="United States", time=T("on Tuesday", day("2026-05-19")), src=COM)
d.f("102.7%", "percent", 102.7, "%", c="anti-dumping duty on Chinese graphite")
d.f("93.5%", "percent", 93.5, "%", m="prior", c="anti-dumping duty on Chinese graphite",
    time=T("in March", month(2026, 3)))
d.p(subj="China", src=COM)
d.f("more than 20 Chinese exporters", "count", 20, "exporter", q="more_than", c="exporters covered by duty")
d.f("$347 million", "money", 347e6, "USD", subj="United States", time=T("in 2025", year(2025)),
    c="anode material imports from China")
d.p(subj="United States", src="American Battery Materials Alliance")
d.f("about 160%", "percent", 160, "%", q="approx", c="total duties on Chinese anode material")
d.p(subj="American Battery Materials Alliance")
d.f("six", "count", 6, "producer", c="member producers")
d.t("December 2024", "date")
d.p(subj="United States", time=T("in 2025", year(2025)), src="USGS")
d.f("about 180,000 tons", "mass", 180000, "t", q="approx", c="graphite imports")
d.f("about 68%", "percent", 68, "%", q="approx", subj="China", c="share of U.S. graphite imports")
d.t("1950s", "decade (date)")
d.p(subj="China", time=T("the first four months of the year", span("2026-01-01", "2026-04-30")),
    src="China's customs")
d.f("42%", "percent", -42, "%", m="change", d="down", c="graphite exports to the United States")
d.f("9,870 tons", "mass", 9870, "t", c="graphite exports to the United States")
d.p(subj="United States", time=T("in October", month(2025, 10)))
d.f("at least $1.5 billion", "money", 1.5e9, "USD", q="at_least", c="pledged critical minerals project funding")
d.f("12 months", "duration", 12, "month", c="funding pledge period", time=None)
d.f("A$2.2 billion", "money", 2.2e9, "AUD", subj="Australia", c="pledged critical minerals project funding")
d.p(subj="Export-Import Bank", src="Export-Import Bank")
d.f("more than $4 billion", "money", 4e9, "USD", q="more_than", c="financing letters of interest")
d.p(subj="United States", time=T("by 2030", year(2030)), src="Dana Whitfield")
d.f("400,000 tons a year", "mass", 400000, "t", per="year", c="anode material demand")
d.t("2030", "year")
d.f("about 150,000 tons", "mass", 150000, "t", q="approx", c="planned domestic anode capacity")
d.p(time=T("between 2024 and 2040", span("2024-01-01", "2040-12-31")), src="IEA")
d.f("about 2.5 times", "ratio", 2.5, "x", q="approx", m="change", d="up", c="global graphite demand")
d.t("2024", "year")
d.t("2040", "year")
d.p(subj="China", src="IEA")
d.f("about 78%", "percent", 78, "%", q="approx", c="natural graphite production share")
d.f("more than 95%", "percent", 95, "%", q="more_than", c="anode material production share")
d.t("Section 232", "legal section number")
d.t("1962", "year in a law's name")
d.p(subj="Tallgrass", time=T("on Tuesday", day("2026-05-19")))
d.f("7.3%", "percent", 7.3, "%", m="change", d="up", c="share price")
d.f("$14.82", "money", 14.82, "USD", per="share", c="share price")
d.t("12", "page chrome: comment counter")
DOCS.append(d)
