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


hr = read("heart_rate")
out = []
in_episode = False
high_run = low_run = 0
for i, r in enumerate(hr):
    high = r["bpm"] > 100
    high_run = high_run + 1 if high else 0
    low_run = 0 if high else low_run + 1
    if not in_episode:
        if high_run == 3:
            in_episode = True
            start, last_high = hr[i - 2]["ts"], r["ts"]
            peak = max(x["bpm"] for x in hr[i - 2:i + 1])
    elif high:
        last_high, peak = r["ts"], max(peak, r["bpm"])
    elif low_run == 3:
        out.append({"start_ts": start, "end_ts": last_high, "peak_bpm": peak})
        in_episode = False
write("episodes", out)
