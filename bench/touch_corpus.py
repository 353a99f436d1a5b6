#!/usr/bin/env python3
"""Changes the files named on stdin, one per line: in the first article of each (the first
JSONL record, or the .txt file), the first digit 0-8 of the text becomes 9.

With --add, the files are left as they are and a new file is written beside each instead
(`<name>-added.txt`, or `.jsonl` with every record under a new id), its text changed as
above: new articles in the same folders.
"""
import json
import re
import sys

add = "--add" in sys.argv[1:]
for name in sys.stdin.read().split("\n"):
    if not name:
        continue
    with open(name, encoding="utf-8") as f:
        data = f.read()
    if name.endswith(".jsonl"):
        first, _, rest = data.partition("\n")
        rec = json.loads(first)
        rec["text"] = re.sub(r"[0-8]", "9", rec["text"], count=1)
        data = json.dumps(rec, ensure_ascii=False) + "\n" + rest
        if add:
            # New articles: every record under a new id.
            recs = [json.loads(line) for line in data.splitlines() if line.strip()]
            for r in recs:
                r["id"] = f"{r['id']}-added"
            data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    else:
        data = re.sub(r"[0-8]", "9", data, count=1)
    if add:
        stem, dot, ext = name.rpartition(".")
        name = f"{stem}-added.{ext}"
    with open(name, "w", encoding="utf-8") as f:
        f.write(data)
