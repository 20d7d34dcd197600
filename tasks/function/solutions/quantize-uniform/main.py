import math


def quantize(x, lo, hi, step):
    if step <= 0 or lo >= hi:
        raise ValueError("need step > 0 and lo < hi")
    out = []
    for v in x:
        v = min(max(v, lo), hi)
        k = math.floor((v - lo) / step + 0.5)
        out.append(lo + k * step)
    return out
