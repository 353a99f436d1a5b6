from lib import Doc, T, month, quarter, year, day, span

DOCS = []

# ---------------------------------------------------------------- 11
d = Doc("en_11_rare_earth_output_table", """Critical Minerals Observer
[[February 5, 2026]] [[10:00 GMT]]
Rare earth output outside China grows, but Beijing still mines most of the world's supply
Analysis | Rare Earths | Supply Chains | Policy | Data
By Hannah Lowe | [[5 February 2026]] | Reading time: [[4 min]]
Share [[311]] | Comments [[26]]

Global mine production of rare earths rose [[about 7.7%]] in 2025 to an estimated [[420,000 tonnes]] of rare earth oxide equivalent, according to the U.S. Geological Survey's annual survey of mineral commodities, published last week.

China produced [[290,000 tonnes]], or [[69%]] of the total, roughly unchanged from its share in 2024, the survey shows. Output in the United States, almost all of it from Mesa Verde Rare Earths Inc's mine in California, rose to [[51,000 tonnes]] from [[45,000 tonnes]] in 2024.

Myanmar's output fell for a [[second]] year, by [[about 8%]] to [[28,500 tonnes]], as fighting in Kachin State disrupted mining, while Australia's rose [[40%]] as new capacity in Western Australia came online.

Rare earth mine production (thousand tonnes, REO equivalent)

Country          [[2023]]    [[2024]]    [[2025]]
China           [[255.0]]   [[270.0]]   [[290.0]]
United States    [[41.0]]    [[45.0]]    [[51.0]]
Myanmar          [[43.0]]    [[31.0]]    [[28.5]]
Australia        [[16.0]]    [[13.0]]    [[18.2]]
Thailand          [[7.1]]    [[13.0]]    [[11.4]]
World total     [[376.0]]   [[390.0]]   [[420.0]]

Source: U.S. Geological Survey. Figures for [[2025]] are estimates.

World reserves are estimated at [[90 million tonnes]], with China holding [[44 million]], the agency said. Most Chinese output comes from the Bayan Obo deposit in Inner Mongolia, which accounted for [[about 165,000 tonnes]] last year.

"Supply outside China is growing, but from a small base, and separation is the real bottleneck," said Ines Varga, a supply-chain analyst at Danube Strategic Advisory. She estimated that building enough separation capacity outside China would take [[at least a decade]] and cost [[more than $20 billion]].

China refined [[about 91%]] of the world's rare earths in 2025, according to the International Energy Agency.

Read also: Charting China's rare earth export quotas since [[2015]]
Newsletter: sign up for the Observer's Friday data digest
This site uses cookies. Find out more | Accept
""")
d.t("February 5, 2026", "document date line")
d.t("10:00 GMT", "time of day")
d.t("5 February 2026", "byline date")
d.t("4 min", "page chrome: reading time")
d.t("311", "page chrome: share counter")
d.t("26", "page chrome: comment counter")
Y25 = T("in 2025", year(2025))
CP = "rare earth mine production"
d.p(subj="World", time=Y25, src="USGS")
d.f("about 7.7%", "percent", 7.7, "%", q="approx", m="change", d="up", c=CP)
d.f("420,000 tonnes", "mass", 420000, "t", c=CP)
d.p(subj="China", time=Y25, src="USGS")
d.f("290,000 tonnes", "mass", 290000, "t", c=CP)
d.f("69%", "percent", 69, "%", c="share of global mine production")
d.p(subj="United States", time=Y25)
d.f("51,000 tonnes", "mass", 51000, "t", c=CP)
d.f("45,000 tonnes", "mass", 45000, "t", m="prior", c=CP, time=T("in 2024", year(2024)))
d.t("second", "ordinal")
d.p(subj="Myanmar", time=Y25)
d.f("about 8%", "percent", -8, "%", q="approx", m="change", d="down", c=CP)
d.f("28,500 tonnes", "mass", 28500, "t", c=CP)
d.f("40%", "percent", 40, "%", m="change", d="up", subj="Australia", c=CP)
for y in (2023, 2024, 2025):
    d.t(str(y), "table column header (year)")
rows = [
    ("China", ["255.0", "270.0", "290.0"]),
    ("United States", ["41.0", "45.0", "51.0"]),
    ("Myanmar", ["43.0", "31.0", "28.5"]),
    ("Australia", ["16.0", "13.0", "18.2"]),
    ("Thailand", ["7.1", "13.0", "11.4"]),
    ("World", ["376.0", "390.0", "420.0"]),
]
for subj, cells in rows:
    for y, cell in zip((2023, 2024, 2025), cells):
        d.f(cell, "mass", round(float(cell) * 1000, 6), "t", subj=subj,
            time=T(str(y), year(y)), src="USGS", c=CP)
d.t("2025", "year in table footnote")
d.p(src="USGS")
d.f("90 million tonnes", "mass", 90e6, "t", subj="World", c="rare earth reserves")
d.f("44 million", "mass", 44e6, "t", subj="China", c="rare earth reserves")
d.p(subj="Inner Mongolia", time=T("last year", year(2025)))
d.f("about 165,000 tonnes", "mass", 165000, "t", q="approx", c="Bayan Obo rare earth output")
d.p(src="Ines Varga")
d.f("at least a decade", "duration", 10, "year", q="at_least", c="time to build ex-China separation capacity")
d.f("more than $20 billion", "money", 20e9, "USD", q="more_than", c="cost of ex-China separation capacity")
d.p(subj="China", time=Y25, src="IEA")
d.f("about 91%", "percent", 91, "%", q="approx", c="share of global rare earth refining")
d.t("2015", "year in teaser")
DOCS.append(d)

# ---------------------------------------------------------------- 12
d = Doc("en_12_halvard_quarterly_production_table", """Baltic & Nordic Metals
[[October 23, 2026]] [[06:30 GMT]]
Halvard Resources lifts [[Q3]] nickel output, keeps full-year target
Home | Companies | Nickel & Cobalt | Copper | Finland | Sweden
By Mikko Rantanen | [[23 Oct 2026]] [[09:30 EEST]] | Reading time: [[4 min]]
Share [[44]] | Comments [[3]]

HELSINKI - Halvard Resources Group said on Friday its nickel output rose [[3.7%]] year on year to [[8,720 tonnes]] in the third quarter, helped by higher throughput at its Kaivos mine in northern Finland, and was up [[9.5%]] from the previous quarter.

Cobalt production rose to [[640 tonnes]] from [[612 tonnes]] a year earlier. Preliminary revenue for July-September was [[EUR 318 million]], up from [[EUR 276 million]] a year earlier, and the realised nickel price averaged [[$17,050 per tonne]].

Halvard Resources: production summary

                             [[Q3 2025]]   [[Q2 2026]]   [[Q3 2026]]
Ore milled, kt                 [[1,955]]     [[1,870]]     [[2,010]]
Nickel grade, %                 [[0.52]]      [[0.50]]      [[0.51]]
Nickel in concentrate, t       [[8,410]]     [[7,960]]     [[8,720]]
Cobalt in concentrate, t         [[612]]       [[575]]       [[640]]
Copper in concentrate, t       [[5,120]]     [[4,880]]     [[5,310]]

Source: company report

"Throughput was limited by a [[ten-day]] shutdown of the grinding circuit in August, but we recovered in September," chief financial officer Anna Berg said. Halvard kept its full-year nickel production guidance of [[33,000-35,000 tonnes]].

Kaivos has ore reserves of [[42 million tonnes]], enough for [[about 20 years]] of mining at current rates, the company said.

The Geological Survey of Finland estimates the country holds [[about 2.3 million tonnes]] of nickel in known deposits, the most in the European Union. Finland produced [[roughly 38,000 tonnes]] of nickel in 2025, according to the survey's figures.

Under the EU Battery Regulation (EU) [[2023/1542]], battery makers must report the carbon footprint of their products, which Halvard says favours low-emission European supply. Its shares rose [[2.2%]] in Helsinki on Friday. The group employs [[about 1,400 people]].

Read also: Finland's battery cluster lands new cathode plant
Subscribe to the Baltic & Nordic Metals newsletter
We use cookies. By continuing you agree to our Privacy Policy. Accept
""")
d.t("October 23, 2026", "document date line")
d.t("06:30 GMT", "time of day")
d.t("Q3", "quarter label in headline")
d.t("23 Oct 2026", "byline date")
d.t("09:30 EEST", "time of day")
d.t("4 min", "page chrome: reading time")
d.t("44", "page chrome: share counter")
d.t("3", "page chrome: comment counter")
Q3 = T("the third quarter", quarter(2026, 3))
YE = T("a year earlier", quarter(2025, 3))
d.p(subj="Halvard", time=Q3, src="Halvard")
d.f("3.7%", "percent", 3.7, "%", m="change", d="up", c="nickel output")
d.f("8,720 tonnes", "mass", 8720, "t", c="nickel output")
d.f("9.5%", "percent", 9.5, "%", m="change", d="up", c="nickel output")
d.p(subj="Halvard", time=Q3)
d.f("640 tonnes", "mass", 640, "t", c="cobalt production")
d.f("612 tonnes", "mass", 612, "t", m="prior", c="cobalt production", time=YE)
JS = T("July-September", quarter(2026, 3))
d.f("EUR 318 million", "money", 318e6, "EUR", c="preliminary revenue", time=JS)
d.f("EUR 276 million", "money", 276e6, "EUR", m="prior", c="preliminary revenue", time=YE)
d.f("$17,050 per tonne", "money", 17050, "USD", per="t", c="realised nickel price", time=JS)
cols = [("Q3 2025", quarter(2025, 3)), ("Q2 2026", quarter(2026, 2)), ("Q3 2026", quarter(2026, 3))]
for h, _ in cols:
    d.t(h, "table column header (quarter)")
table = [
    ("ore milled", "mass", 1000, "t", ["1,955", "1,870", "2,010"]),
    ("nickel ore grade", "percent", 1, "%", ["0.52", "0.50", "0.51"]),
    ("nickel in concentrate", "mass", 1, "t", ["8,410", "7,960", "8,720"]),
    ("cobalt in concentrate", "mass", 1, "t", ["612", "575", "640"]),
    ("copper in concentrate", "mass", 1, "t", ["5,120", "4,880", "5,310"]),
]
for concept, kind, fac, unit, cells in table:
    for (h, se), cell in zip(cols, cells):
        v = round(float(cell.replace(",", "")) * fac, 6)
        d.f(cell, kind, v, unit, subj="Halvard", time=T(h, se), src="Halvard", c=concept)
d.p(subj="Halvard", time=T("in August", month(2026, 8)), src="Anna Berg")
d.f("ten-day", "duration", 10, "day", c="grinding circuit shutdown")
d.p(subj="Halvard", time=T("full-year", year(2026)))
d.f("33,000-35,000 tonnes", "mass", 33000, "t", hi=35000, c="nickel production guidance")
d.p(subj="Kaivos", src="Halvard")
d.f("42 million tonnes", "mass", 42e6, "t", c="ore reserves")
d.f("about 20 years", "duration", 20, "year", q="approx", c="remaining mine life")
d.p(subj="Finland", src="Geological Survey of Finland")
d.f("about 2.3 million tonnes", "mass", 2.3e6, "t", q="approx", c="nickel in known deposits")
d.f("roughly 38,000 tonnes", "mass", 38000, "t", q="approx", c="nickel production", time=T("in 2025", year(2025)))
d.t("2023/1542", "legal act number")
d.p(subj="Halvard")
d.f("2.2%", "percent", 2.2, "%", m="change", d="up", c="share price", time=T("on Friday", day("2026-10-23")))
d.f("about 1,400 people", "count", 1400, "person", q="approx", c="workforce")
DOCS.append(d)
