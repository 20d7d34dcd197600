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


out = []
run = 0
prev_start = None
ws = windows(read("humidity"), 900)
for i, (start, items) in enumerate(ws):
    wet = sum(h["percent"] for h in items) / len(items) > 70
    adjacent = prev_start is not None and start - prev_start == 900
    run = (run + 1 if adjacent else 1) if wet else 0
    if run == 3:
        out.append({"first_window": ws[i - 2][0], "flagged_window": start})
    prev_start = start
write("risk", out)
