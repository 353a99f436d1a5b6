#!/usr/bin/env python3
"""Generates a benchmark corpus of a given size from the bundled sample articles.

    python3 bench/gen_corpus.py --size 1GB --out /tmp/numfacts-bench/1GB [--seed 7] [--txt]

Each generated article takes a title, byline and date, then 4 to 16 paragraphs of one
language (now and then one of the other): with probability --prose-share a paragraph of
background prose without figures (bench/prose/<lang>.txt), else a paragraph of the sample
articles with every figure re-drawn at random in the same digit layout (so "349,553t" becomes
"812,094t" and "28,7 procent" becomes "61,3 procent"); and page noise between paragraphs:
cookie and newsletter boxes, market tickers, photo captions, phone numbers, "read also"
links, comment counters.

The sample articles are written dense with figures (8 to 9 facts per KB). The default
--prose-share 0.8 brings the corpus to about 1.5 facts per KB, the density numfacts finds in
the five real articles of ../shared/corpus/seeds; --prose-share 0 gives the dense corpus.

Output is crawl-shaped: JSONL dumps of about 4 MB (`crawl-00000.jsonl`, one article per line
with id, url, title, date, text), or with --txt one .txt file per article in folders of 1,000.
The same seed and size give the same bytes.
"""

import argparse
import json
import os
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "corpus" / "sample"

NOISE = {
    "en": [
        "We use cookies to improve your experience. Accept all | Manage settings",
        "Sign up for our Metals Daily newsletter. Free, every weekday at 7:00.",
        "LME COPPER 9,{d3}.50 +0.{d2}% | NICKEL 15,{d3} -1.{d1}% | ZINC 2,{d3} +0.{d1}%",
        "Call our desk on +44 20 7{d3} {d4} or email tips@example-news.com",
        "READ ALSO: Why the battery supply chain still runs through Shanghai",
        "Photo: Henrik Lund / Bloomberg",
        "{d2} comments",
        "Advertisement",
        "Share this article: Facebook | X | LinkedIn | Email",
        "Subscribe for £{d1} a month. Cancel anytime.",
    ],
    "sv": [
        "Vi använder cookies för att ge dig en bättre upplevelse. Godkänn alla | Inställningar",
        "Prenumerera på vårt nyhetsbrev Råvaror idag – gratis varje vardag.",
        "OMXS30 2 {d3},{d2} +0,{d2} % | BOLIDEN {d3},{d1}0 -1,{d1} % | LUNDIN {d2},{d2} +0,{d1} %",
        "Tipsa redaktionen på 08-{d3} {d2} {d2} eller tips@exempel-nyheter.se",
        "LÄS OCKSÅ: Därför ökar efterfrågan på svensk grafit",
        "Foto: Anna Ek / TT",
        "{d2} kommentarer",
        "Annons",
        "Dela artikeln: Facebook | X | LinkedIn | E-post",
        "Prova Premium för {d1} kr i tre månader.",
    ],
}

BYLINES = {
    "en": ["By Mark Ellison", "By Sara Quint and Tom Reyes", "Staff reporter", "By Priya Natarajan"],
    "sv": ["Av Karin Holm", "Av Erik Sjöberg, TT", "Text: Lina Ahlgren", "Av Johan Berg"],
}

DIGITS = re.compile(r"\d+")


def load_paragraphs():
    paras = {"en": [], "sv": []}
    for f in sorted(SAMPLE.iterdir()):
        lang = f.name[:2]
        if lang not in paras:
            continue
        for block in re.split(r"\n\s*\n", f.read_text(encoding="utf-8")):
            block = block.strip()
            # Prose paragraphs only: the noise is added separately.
            if len(block) > 120 and "\n" not in block:
                paras[lang].append(block)
    return paras


def load_prose():
    return {
        lang: [p.strip() for p in (HERE / "prose" / f"{lang}.txt").read_text(encoding="utf-8").split("\n\n") if p.strip()]
        for lang in ("en", "sv")
    }


def vary(rng, text):
    def digits(m):
        s = m.group(0)
        out = [str(rng.randint(1 if i == 0 and len(s) > 1 else 0, 9)) for i in range(len(s))]
        # Keep years looking like years, so dates stay dates.
        if len(s) == 4 and s[:2] in ("19", "20"):
            out[:2] = list(s[:2])
        return "".join(out)

    return DIGITS.sub(digits, text)


def fill(rng, template):
    return re.sub(
        r"\{d(\d)\}",
        lambda m: str(rng.randint(10 ** (int(m.group(1)) - 1), 10 ** int(m.group(1)) - 1)),
        template,
    )


def article(rng, pools, prose, share):
    lang = "en" if rng.random() < 0.55 else "sv"
    other = "sv" if lang == "en" else "en"
    body = []
    for _ in range(rng.randint(4, 16)):
        lg = other if rng.random() < 0.025 else lang
        body.append(rng.choice(prose[lg] if rng.random() < share else pools[lg]))
        if rng.random() < 0.3:
            body.append(fill(rng, rng.choice(NOISE[lang])))
    title = rng.choice(pools[lang]).split(". ")[0][:90]
    date = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    text = "\n\n".join([title, rng.choice(BYLINES[lang]), date] + body) + "\n"
    return lang, title, date, text


def parse_size(s):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([KMG]?)B?", s.strip().upper())
    if not m:
        raise SystemExit(f"bad --size {s!r}: use e.g. 100MB, 1GB")
    return int(float(m.group(1)) * {"": 1, "K": 1e3, "M": 1e6, "G": 1e9}[m.group(2)])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", required=True, help="total bytes of text, e.g. 100MB, 1GB, 5GB")
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--txt", action="store_true", help="one .txt per article, not JSONL dumps")
    ap.add_argument("--prose-share", type=float, default=0.8,
                    help="share of paragraphs without figures (default 0.8: news-like density)")
    args = ap.parse_args()
    target = parse_size(args.size)
    rng = random.Random(args.seed)
    paras = load_paragraphs()
    prose = load_prose()
    # A pool of varied paragraphs, drawn from at random, keeps generation fast.
    pools = {lang: [vary(rng, rng.choice(ps)) for _ in range(4000)] for lang, ps in paras.items()}
    args.out.mkdir(parents=True, exist_ok=True)
    written, n, dump, dump_bytes, files = 0, 0, None, 0, 0
    while written < target:
        lang, title, date, text = article(rng, pools, prose, args.prose_share)
        doc_id = f"a{n:08d}"
        size = len(text.encode("utf-8"))
        if args.txt:
            d = args.out / f"day-{n // 1000:04d}"
            if n % 1000 == 0:
                d.mkdir(exist_ok=True)
            (d / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            files += n % 1000 == 0
        else:
            if dump is None or dump_bytes > 4_000_000:
                if dump:
                    dump.close()
                dump = open(args.out / f"crawl-{files:05d}.jsonl", "w", encoding="utf-8")
                files, dump_bytes = files + 1, 0
            line = json.dumps(
                {"id": doc_id, "url": f"https://news.example/{lang}/{doc_id}",
                 "title": title, "date": date, "text": text},
                ensure_ascii=False,
            )
            dump.write(line + "\n")
            dump_bytes += len(line) + 1
        written += size
        n += 1
    if dump:
        dump.close()
    print(f"{args.out}: {n} articles, {written / 1e6:.1f} MB of text")


if __name__ == "__main__":
    main()
