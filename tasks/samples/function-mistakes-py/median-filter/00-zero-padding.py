def median_filter(x, k):
    if k < 1 or k % 2 == 0:
        raise ValueError("k must be odd and >= 1")
    h = k // 2
    padded = [0.0] * h + list(x) + [0.0] * h
    return [sorted(padded[i:i + k])[h] for i in range(len(x))]
