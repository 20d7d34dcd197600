import math


def rms(x):
    if not x:
        raise ValueError("empty series")
    return math.sqrt(sum(v * v for v in x) / len(x))
