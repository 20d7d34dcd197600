def duty_cycle(x, threshold):
    if not x:
        raise ValueError("empty series")
    return sum(1 for v in x if v >= threshold) / len(x)
