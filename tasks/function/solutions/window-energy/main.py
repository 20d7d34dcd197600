def window_energy(x, n):
    if n < 1:
        raise ValueError("n must be >= 1")
    return [sum(v * v for v in x[i:i + n]) for i in range(0, len(x) - n + 1, n)]
