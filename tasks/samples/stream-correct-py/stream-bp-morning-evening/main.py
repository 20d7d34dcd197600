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


bp = read("blood_pressure")


def day_means(lo, hi):
    part = [r for r in bp if lo <= (r["ts"] % 86400) // 3600 < hi]
    return [{"day_start": start, "mean_systolic": sum(r["systolic"] for r in items) / len(items)}
            for start, items in windows(part, 86400)]


write("morning", day_means(6, 12))
write("evening", day_means(18, 24))
