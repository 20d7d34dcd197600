def downsample_mean(x, m):
    if m < 1:
        raise ValueError("m must be >= 1")
    return [sum(x[i:i + m]) / m for i in range(0, len(x) - m + 1, m)]
