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
for moving, group in groupby(read("gps"), key=lambda g: g["speed_kmh"] > 5.0):
    run = list(group)
    if moving and len(run) >= 3:
        out.append({"start_ts": run[0]["ts"], "end_ts": run[-1]["ts"], "fixes": len(run),
                    "max_speed_kmh": max(g["speed_kmh"] for g in run)})
write("trips", out)
