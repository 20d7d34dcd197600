import math


def sdnn(rr_ms):
    n = len(rr_ms)
    if n < 2:
        raise ValueError("need at least 2 intervals")
    m = sum(rr_ms) / n
    return math.sqrt(sum((v - m) ** 2 for v in rr_ms) / (n - 1))
