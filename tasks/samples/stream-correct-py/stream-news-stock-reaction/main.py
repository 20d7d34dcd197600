import json
import math
import os
import sys
from itertools import groupby

IN, OUT = sys.argv[1], sys.argv[2]


def read(name):
    with open(os.path.join(IN, name + ".jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write(name, items):
    with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item) + "\n")


def windows(items, width):
    """Tumbling time windows aligned to multiples of width: [(start, items)] by start."""
    groups = {}
    for it in items:
        groups.setdefault(it["ts"] - it["ts"] % width, []).append(it)
    return sorted(groups.items())


quotes = {}
for q in read("stocks"):
    quotes.setdefault(q["symbol"], []).append(q)
out = []
for n in read("news"):
    symbol = next((w.upper() for w in n["headline"].split() if w.upper() in quotes), None)
    if symbol is None:
        continue
    before = [q for q in quotes[symbol] if q["ts"] <= n["ts"]]
    if before:
        out.append({"ts": n["ts"], "symbol": symbol, "headline": n["headline"], "price": before[-1]["price"]})
write("reactions", out)
