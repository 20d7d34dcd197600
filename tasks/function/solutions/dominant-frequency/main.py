import cmath
import math


def dominant_frequency(x, fs):
    n = len(x)
    if n < 2:
        raise ValueError("need at least 2 samples")
    best_k, best = 1, -1.0
    for k in range(1, n // 2 + 1):
        mag = abs(sum(v * cmath.exp(-2j * math.pi * k * i / n) for i, v in enumerate(x)))
        if mag > best * (1 + 1e-9) + 1e-12:
            best_k, best = k, mag
    return best_k * fs / n
