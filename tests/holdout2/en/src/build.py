"""Regenerate articles/*.txt and gold.jsonl from the annotated sources here."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docs_wire, docs_company, docs_markets, docs_tables

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = docs_wire.DOCS + docs_company.DOCS + docs_markets.DOCS + docs_tables.DOCS
docs.sort(key=lambda d: d.name)
allrows = []
for d in docs:
    text, rows = d.build()
    with open(os.path.join(ROOT, "articles", d.name + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    allrows += rows
with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
    for r in allrows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(docs), "docs", len(allrows), "rows")
