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


temps = read("temperature")
out = []
for start, items in windows(temps, 3600):
    for sensor in sorted({t["sensor"] for t in items}):
        out.append({"window_start": start, "sensor": sensor,
                    "max_celsius": max(t["celsius"] for t in items if t["sensor"] == sensor)})
write("hourly_max", out)
