import cmath
import math


def band_power(x, fs, f_lo, f_hi):
    n = len(x)
    if n == 0 or f_lo > f_hi:
        raise ValueError("empty series or reversed band")
    total = 0.0
    for k in range(n // 2 + 1):
        f = k * fs / n
        if f < f_lo or f > f_hi:
            continue
        xk = sum(v * cmath.exp(-2j * math.pi * k * i / n) for i, v in enumerate(x))
        p = abs(xk) ** 2 / n ** 2
        if 0 < k and not (n % 2 == 0 and k == n // 2):
            p *= 2
        total += p
    return total
