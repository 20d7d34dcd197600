def find_gaps(t, period, factor):
    out = []
    for i in range(len(t) - 1):
        d = t[i + 1] - t[i]
        if d < 0:
            raise ValueError("timestamps decrease")
        if d > factor * period:
            out.append([i, d])
    return out
