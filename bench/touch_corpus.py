#!/usr/bin/env python3
"""Changes the files named on stdin, one per line: in the first article of each (the first
JSONL record, or the .txt file), the first digit 0-8 of the text becomes 9."""
import json
import re
import sys

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
    else:
        data = re.sub(r"[0-8]", "9", data, count=1)
    with open(name, "w", encoding="utf-8") as f:
        f.write(data)
