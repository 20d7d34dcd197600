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
for activity, group in groupby(read("activity"), key=lambda a: a["activity"]):
    run = list(group)
    if len(run) >= 3:
        out.append({"activity": activity, "start_ts": run[0]["ts"], "end_ts": run[-1]["ts"],
                    "steps": sum(a["steps"] for a in run)})
write("bouts", out)
