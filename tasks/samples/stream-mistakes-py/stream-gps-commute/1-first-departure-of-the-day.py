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


def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371000.0 * math.asin(math.sqrt(a))


def zone(g):
    if haversine(g["lat"], g["lon"], 52.370000, 4.890000) < 150:
        return "home"
    if haversine(g["lat"], g["lon"], 52.300000, 4.950000) < 150:
        return "work"
    return "away"


events, commutes = [], []
prev = None
left_home = None
for g in read("gps"):
    z = zone(g)
    if prev is not None and z != prev:
        if prev != "away":
            events.append({"ts": g["ts"], "event": "left_" + prev})
        if z != "away":
            events.append({"ts": g["ts"], "event": "arrived_" + z})
        if prev == "home" and left_home is None:
            left_home = g["ts"]
        if z == "work" and left_home is not None:
            commutes.append({"left_home_ts": left_home, "arrived_work_ts": g["ts"], "minutes": (g["ts"] - left_home) / 60})
            left_home = None
    prev = z
write("events", events)
write("commutes", commutes)
