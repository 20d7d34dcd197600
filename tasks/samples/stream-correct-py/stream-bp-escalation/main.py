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


def category(s, d):
    if s >= 140 or d >= 90:
        return "stage2"
    if s >= 130 or d >= 80:
        return "stage1"
    return "elevated" if s >= 120 else "normal"


out = []
alert = prev_stage2 = False
for r in read("blood_pressure"):
    c = category(r["systolic"], r["diastolic"])
    if not alert and c == "stage2" and prev_stage2:
        out.append({"ts": r["ts"], "event": "alert"})
        alert = True
    elif alert and c in ("normal", "elevated"):
        out.append({"ts": r["ts"], "event": "clear"})
        alert = False
    prev_stage2 = c == "stage2"
write("events", out)
