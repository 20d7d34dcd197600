def median_filter(x, k):
    if k < 1 or k % 2 == 0:
        raise ValueError("k must be odd and >= 1")
    h = k // 2
    n = len(x)
    out = []
    for i in range(n):
        w = sorted(x[min(max(j, 0), n - 1)] for j in range(i - h, i + h + 1))
        out.append(w[h])
    return out
