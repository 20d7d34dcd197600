import numpy as np


def moving_average(x, n):
    if n < 1:
        raise ValueError("n must be >= 1")
    if len(x) < n:
        return []
    return np.convolve(np.asarray(x, dtype=float), np.ones(n) / n, mode="valid")
