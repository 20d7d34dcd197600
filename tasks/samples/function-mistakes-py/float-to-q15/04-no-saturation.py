import math


def to_q15(x):
    return [int(math.floor(abs(v * 32768) + 0.5)) * (1 if v >= 0 else -1) for v in x]
