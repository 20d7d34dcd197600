def moving_average(x, n):
    return [sum(x[i:i + n]) / n for i in range(len(x) - n + 1)]
