import math


def to_q15(x):
    out = []
    for v in x:
        s = v * 32768.0
        q = int(math.floor(abs(s) + 0.5)) * (1 if s >= 0 else -1)
        out.append(max(-32768, min(32767, q)))
    return out
