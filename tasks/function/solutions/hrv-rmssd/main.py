import math


def rmssd(rr_ms):
    if len(rr_ms) < 2:
        raise ValueError("need at least 2 intervals")
    d = [b - a for a, b in zip(rr_ms, rr_ms[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))
