def moving_average(x, n):
    if n < 1:
        raise ValueError("window must be at least 1")
    out = []
    s = sum(x[:n])
    for i in range(len(x) - n + 1):
        if i:
            s += x[i + n - 1] - x[i - 1]
        out.append(s / n)
    return out
