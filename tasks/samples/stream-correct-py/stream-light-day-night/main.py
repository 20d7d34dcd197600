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
state = None
for r in read("light"):
    if r["room"] != "office":
        continue
    lux = r["lux"]
    if state is None:
        new = "day" if lux >= 200 else "night"
    elif state == "night" and lux > 200:
        new = "day"
    elif state == "day" and lux < 20:
        new = "night"
    else:
        new = state
    if new != state:
        out.append({"ts": r["ts"], "state": new})
    state = new
write("transitions", out)
