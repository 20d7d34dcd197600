def moving_average(x, n):
    if n < 1:
        raise ValueError("n must be >= 1")
    return [sum(x[i:i + n]) / n for i in range(len(x) - n)]
